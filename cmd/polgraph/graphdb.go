package main

import (
	"cmp"
	"context"
	"fmt"
	"os"

	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/neo4jlocal"
)

// cacheDir is where polgraph keeps the Neo4j it provisions and that
// server's generated password.
func cacheDir() string { return cmp.Or(os.Getenv("POLGRAPH_CACHE"), ".cache") }

// openGraph connects to the Neo4j that the NEO4J_* variables name, or to the
// local server with its kept password, applies the schema and checks that
// the graph's schema version is this polgraph's (else `polgraph rebuild`).
func openGraph(ctx context.Context) (*graph.DB, error) {
	db, err := openGraphAnyVersion(ctx)
	if err != nil {
		return nil, err
	}
	s, err := db.SchemaState(ctx)
	if err == nil {
		err = s.Problem()
	}
	if err != nil {
		db.Close(ctx)
		return nil, err
	}
	return db, nil
}

// openGraphAnyVersion is openGraph for polgraph rebuild, which upgrades the
// graph's schema version.
func openGraphAnyVersion(ctx context.Context) (*graph.DB, error) {
	cfg := graph.ConfigFromEnv(os.Getenv)
	if os.Getenv(graph.EnvURI) == "" {
		// The local server, wherever NEO4J_BOLT_PORT put it.
		local, err := neo4jlocal.NewServer(cacheDir(), os.Getenv)
		if err != nil {
			return nil, err
		}
		cfg.URI = local.BoltURI()
	}
	if cfg.Password == "" {
		pw, err := neo4jlocal.ReadPassword(cacheDir())
		if err != nil {
			return nil, fmt.Errorf("no NEO4J_PASSWORD and no local Neo4j (run `polgraph neo4j start` or set NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD): %w", err)
		}
		cfg.Password = pw
	}
	db, err := graph.Open(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if err := db.ApplySchema(ctx); err != nil {
		db.Close(ctx)
		return nil, err
	}
	return db, nil
}
