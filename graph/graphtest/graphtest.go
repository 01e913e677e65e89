// Package graphtest opens the real Neo4j that integration tests run against.
package graphtest

import (
	"context"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/polgraph/polgraph/graph"
)

var schemaOnce sync.Once

// Open connects to the Neo4j named by the NEO4J_* variables (`make test`
// sets them) with the schema applied. It fails the test, never skips it,
// when Neo4j cannot be reached: an integration test that silently does not
// run proves nothing.
func Open(t testing.TB) *graph.DB {
	t.Helper()
	// Generous: the first test against a Neo4j just started on an empty
	// store creates every index, which took over 30s on a shared 2-core
	// machine (make e2e failed so, then passed on the warm server).
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cfg := graph.ConfigFromEnv(os.Getenv)
	db, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("integration tests need Neo4j (run `make neo4j`, or set NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD): %v", err)
	}
	var schemaErr error
	schemaOnce.Do(func() {
		if schemaErr = db.ApplySchema(ctx); schemaErr == nil {
			schemaErr = db.MarkSchemaCurrent(ctx) // every test writes today's model
		}
		if schemaErr == nil {
			schemaErr = sweepLeftovers(ctx, db)
		}
	})
	if schemaErr != nil {
		t.Fatalf("prepare the test database: %v", schemaErr)
	}
	t.Cleanup(func() { db.Close(context.Background()) })
	return db
}
