package browser

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/polgraph/polgraph/extract"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/loader"
	"github.com/polgraph/polgraph/reader"
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

// writeSeed loads the seed articles through the project's loader, handed
// over as one JSON Lines file exactly as `polgraph seed` (make run) does, so
// the tests query the graph an analyst sees.
func writeSeed(db *graph.DB) error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	articles, err := seeds.Articles()
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "polgraph-browser-seed-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "seeds.jsonl")
	var lines bytes.Buffer
	enc := json.NewEncoder(&lines)
	for _, a := range articles {
		// the input form `polgraph seed` writes, so that both load the
		// same article (and neither rewrites the other's)
		if err := enc.Encode(reader.InputOf(a)); err != nil {
			return err
		}
	}
	if err := os.WriteFile(path, lines.Bytes(), 0o644); err != nil {
		return err
	}
	l := &loader.Loader{Extractor: extract.New(), Store: db, Format: loader.FormatJSONL}
	sum, err := l.Load(ctx, []string{path})
	if err != nil {
		return err
	}
	if sum.Written != len(articles) {
		return fmt.Errorf("loader wrote %d of %d seed articles", sum.Written, len(articles))
	}
	return nil
}
