// Package graph is polgraph's knowledge graph in Neo4j: the only package that speaks Cypher.
package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Config says how to reach Neo4j. Any URI scheme the driver knows works:
// bolt:// for one server, neo4j:// and neo4j+s:// for routed clusters and Aura.
type Config struct {
	URI      string
	User     string
	Password string
	Database string
}

// DB is the knowledge graph. It holds the process's one driver and is safe
// for concurrent use.
type DB struct {
	driver   neo4j.DriverWithContext
	database string
}

// Open connects to Neo4j and verifies that it answers.
func Open(ctx context.Context, cfg Config) (*DB, error) {
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""))
	if err != nil {
		return nil, fmt.Errorf("graph: create driver for %s: %w", cfg.URI, err)
	}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		driver.Close(ctx)
		return nil, fmt.Errorf("graph: connect to %s: %w", cfg.URI, err)
	}
	return &DB{driver: driver, database: cfg.Database}, nil
}

// Close releases the driver's connections.
func (db *DB) Close(ctx context.Context) error { return db.driver.Close(ctx) }

// Ping reports whether Neo4j answers; /healthz uses it.
func (db *DB) Ping(ctx context.Context) error { return db.driver.VerifyConnectivity(ctx) }

// read and write run a parameterised query routed as a read or as a write.
func (db *DB) read(ctx context.Context, cypher string, params map[string]any) (*neo4j.EagerResult, error) {
	return neo4j.ExecuteQuery(ctx, db.driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(db.database), neo4j.ExecuteQueryWithReadersRouting())
}

func (db *DB) write(ctx context.Context, cypher string, params map[string]any) (*neo4j.EagerResult, error) {
	return neo4j.ExecuteQuery(ctx, db.driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(db.database), neo4j.ExecuteQueryWithWritersRouting())
}
