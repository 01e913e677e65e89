package graph

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func openDB(t *testing.T) *DB {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	db, err := Open(ctx, ConfigFromEnv(os.Getenv))
	if err != nil {
		t.Fatalf("integration tests need Neo4j: %v", err)
	}
	t.Cleanup(func() { db.Close(context.Background()) })
	return db
}

// A write transaction is reported to the observer under its name, and the
// server itself stops it at the request's deadline, as it does a read.
func TestExecuteWriteAsReads(t *testing.T) {
	db := openDB(t)
	var seen []string
	db.Observe(func(name string, took time.Duration, err error) { seen = append(seen, name) })

	if _, err := db.executeWrite(context.Background(), "test_write", func(tx neo4j.ManagedTransaction) (any, error) {
		_, err := run(context.Background(), tx, "RETURN 1 AS one", nil)
		return nil, err
	}); err != nil {
		t.Fatal(err)
	}
	if len(seen) != 1 || seen[0] != "test_write" {
		t.Errorf("observer saw %v, want [test_write]", seen)
	}

	// The slow query reads its answer under a context of its own, so that
	// only the server, at the timeout the transaction began with, can end it
	// (its check runs every 2s or so; the query alone takes minutes).
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	start := time.Now()
	var workErr error
	_, err := db.executeWrite(ctx, "test_slow_write", func(tx neo4j.ManagedTransaction) (any, error) {
		runCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_, workErr = run(runCtx, tx, "UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n", nil)
		return nil, workErr
	})
	var nerr *neo4j.Neo4jError
	if !errors.As(workErr, &nerr) || !strings.Contains(nerr.Code, "TransactionTimedOut") {
		t.Errorf("slow write after %v: %v, want the server's transaction timeout", time.Since(start).Round(time.Millisecond), workErr)
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("executeWrite after the deadline: %v, want context.DeadlineExceeded", err)
	}
	if len(seen) != 2 || seen[1] != "test_slow_write" {
		t.Errorf("observer saw %v, want the timed-out write too", seen)
	}
}
