package graph_test

import (
	"context"
	"strings"
	"testing"

	"github.com/polgraph/polgraph/graph/graphtest"
)

func TestReadOnly(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()

	rows, err := db.ReadOnly(ctx, "UNWIND $xs AS x RETURN x, x * 2 AS double", map[string]any{"xs": []any{1, 2}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[1]["x"] != int64(2) || rows[1]["double"] != int64(4) {
		t.Errorf("rows = %v, want x and double for 1 and 2", rows)
	}

	// A cookbook query that writes must fail, not change the shared graph.
	// The node would be deleted in the same transaction, so even a broken
	// read mode leaves nothing behind.
	_, err = db.ReadOnly(ctx, "CREATE (n:ZzReadOnlyProbe) DELETE n RETURN 1 AS one", nil)
	if err == nil || !strings.Contains(err.Error(), "Neo.ClientError.Statement.AccessMode") {
		t.Errorf("ReadOnly(write query) error = %v, want Neo4j's access-mode refusal", err)
	}
	if _, err := db.ReadOnly(ctx, "MATCH (n) RETURN n.nope +", nil); err == nil {
		t.Error("ReadOnly accepted a syntax error")
	}
}
