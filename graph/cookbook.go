package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// ReadOnly runs one query in a read transaction and returns its records as
// maps from column name to value. It is for the Cypher that people type in
// Neo4j Browser (the cookbook in docs/cypher.md, the Browser guide), which
// tests run verbatim: the read access mode makes Neo4j refuse any write, so
// a query that would change the graph fails instead of changing it.
func (db *DB) ReadOnly(ctx context.Context, cypher string, params map[string]any) ([]map[string]any, error) {
	session := db.driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName: db.database,
		AccessMode:   neo4j.AccessModeRead,
	})
	defer session.Close(ctx)
	rows, err := session.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		records, err := res.Collect(ctx)
		if err != nil {
			return nil, err
		}
		rows := make([]map[string]any, len(records))
		for i, r := range records {
			rows[i] = r.AsMap()
		}
		return rows, nil
	})
	if err != nil {
		return nil, fmt.Errorf("graph: read-only query: %w", err)
	}
	return rows.([]map[string]any), nil
}
