package graph_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
)

// A read whose context has run out does not run; the error says why.
func TestReadHonoursDeadline(t *testing.T) {
	db := graphtest.Open(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	time.Sleep(time.Millisecond)
	_, _, err := db.Search(ctx, "anything", nil, graph.Page{})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Search after the deadline: %v, want context.DeadlineExceeded", err)
	}
}
