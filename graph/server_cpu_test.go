package graph_test

import (
	"context"
	"testing"

	"github.com/polgraph/polgraph/graph/graphtest"
)

// ServerCPU reads Neo4j's CPU time, which grows as Neo4j works.
func TestServerCPU(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	before, err := db.ServerCPU(ctx)
	if err != nil || before <= 0 {
		t.Fatalf("ServerCPU = %v, %v; want a positive time", before, err)
	}
	if _, err := db.ReadRaw(ctx, "UNWIND range(1, 300000) AS i WITH i WHERE i % 7 = 0 RETURN count(i) AS n", nil); err != nil {
		t.Fatal(err)
	}
	after, err := db.ServerCPU(ctx)
	if err != nil || after <= before {
		t.Errorf("ServerCPU after work = %v, %v; want more than %v", after, err, before)
	}
}
