package browser

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/seeds"
)

var (
	seedOnce sync.Once
	seedErr  error
)

// loadSeed writes the seed articles into the graph as `make run` does, once
// per test binary. It leaves them there: they are the project's own data,
// which `make run` keeps in the same database, loading is idempotent (an
// unchanged extraction is skipped), and tests of other packages, running in
// parallel, may be reading them.
func loadSeed(t testing.TB, db *graph.DB) {
	t.Helper()
	seedOnce.Do(func() { seedErr = writeSeed(db) })
	if seedErr != nil {
		t.Fatalf("load the seed articles: %v", seedErr)
	}
}

func writeSeed(db *graph.DB) error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	articles, err := seeds.Articles()
	if err != nil {
		return err
	}
	x := extract.New()
	var exs []*polgraph.Extraction
	for _, a := range articles {
		ex, err := x.Extract(ctx, a)
		if err != nil {
			return fmt.Errorf("extract %s: %w", a.ID, err)
		}
		exs = append(exs, ex)
	}
	return db.WriteExtractions(ctx, exs)
}
