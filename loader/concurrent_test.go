package loader_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"

	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/loader"
)

// TestConcurrentLoadersSameGraph runs two and then three loaders at once
// over the same articles (with different batch sizes, so their
// transactions overlap in every way) and compares the graph, line for line,
// with one uninterrupted load of the same articles: the same node ids,
// edges, counters and provenance, and no duplicate edge.
func TestConcurrentLoadersSameGraph(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	n := graphtest.Soak(160, 2500)
	ref := referenceLoad(t, db, 5, n)
	omit := []string{"ingestedAt", "extractionHash"} // the hash covers the ids
	want := dump(t, db, ref, omit...)

	for _, tc := range []struct {
		name    string
		batches []int
	}{
		{"two loaders", []int{25, 25}},
		{"three loaders", []int{25, 40, 7}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := newPrefix(t, db)
			o := newOracle(p)
			dir := t.TempDir()
			o.synth(t, filepath.Join(dir, "news.jsonl"), 5, n)
			var wg sync.WaitGroup
			sums := make([]loader.Summary, len(tc.batches))
			errs := make([]error, len(tc.batches))
			for i, b := range tc.batches {
				wg.Go(func() {
					l := newLoader(db, o, nil)
					l.BatchSize = b
					sums[i], errs[i] = l.Load(ctx, []string{dir})
				})
			}
			wg.Wait()
			for i := range tc.batches {
				if errs[i] != nil || sums[i].Written != n || sums[i].Failed != 0 {
					t.Fatalf("loader %d: %+v, %v", i, sums[i], errs[i])
				}
			}
			sameLines(t, tc.name+" vs one load", swap(dump(t, db, p, omit...), p, ref), want)
			rep, err := db.Check(ctx, p)
			if err != nil {
				t.Fatal(err)
			}
			if rep.Problems() != 0 {
				t.Errorf("check after %s: %+v", tc.name, rep)
			}
		})
	}
}
