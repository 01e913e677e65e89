package graph_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/synth"
)

// benchArticles is how many synthetic articles a writer benchmark loads
// (POLGRAPH_BENCH_ARTICLES; default 10,000).
func benchArticles() int {
	if n, err := strconv.Atoi(os.Getenv("POLGRAPH_BENCH_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return 10000
}

// benchBatch is the batch size (POLGRAPH_BENCH_BATCH; default 100).
func benchBatch() int {
	if n, err := strconv.Atoi(os.Getenv("POLGRAPH_BENCH_BATCH")); err == nil && n > 0 {
		return n
	}
	return 100
}

// BenchmarkWriters writes benchArticles() synthetic articles (their exact
// extractions: no extraction cost) twice, in batches of benchBatch(), alternating
// batch by batch so both writers see the same load on a shared machine:
//
//   - bare: WriteBare, the same nodes and relationships by plain UNWIND
//     statements, nothing more: the ceiling;
//   - full: WriteExtractions, with change detection, event merge,
//     provenance lists and summaries.
//
// Run with -benchtime=1x. Both graphs are unloaded afterwards.
func BenchmarkWriters(b *testing.B) {
	db := graphtest.Open(b)
	ctx := context.Background()
	n := benchArticles()
	for b.Loop() {
		b.StopTimer()
		r := make([]byte, 4)
		rand.Read(r)
		stamp := hex.EncodeToString(r)
		gen := func(prefix string) []*polgraph.Extraction {
			g := synth.New(1, prefix)
			exs := make([]*polgraph.Extraction, n)
			for i := range exs {
				exs[i] = g.Next()
			}
			return exs
		}
		bare, full := gen("zz-bench-bare-"+stamp+"/"), gen("zz-bench-full-"+stamp+"/")
		var tBare, tFull time.Duration
		b.StartTimer()
		size := benchBatch()
		for i := 0; i < n; i += size {
			start := time.Now()
			if err := db.WriteBare(ctx, bare[i:min(i+size, n)]); err != nil {
				b.Fatal(err)
			}
			tBare += time.Since(start)
			start = time.Now()
			if err := db.WriteExtractions(ctx, full[i:min(i+size, n)]); err != nil {
				b.Fatal(err)
			}
			tFull += time.Since(start)
		}
		b.StopTimer()
		b.ReportMetric(float64(n)/tBare.Seconds(), "bare-articles/s")
		b.ReportMetric(float64(n)/tFull.Seconds(), "full-articles/s")
		b.ReportMetric(tBare.Seconds()/tFull.Seconds(), "full/bare")
		for _, exs := range [][]*polgraph.Extraction{bare, full} {
			unload(b, db, exs)
		}
		b.StartTimer()
	}
}

func unload(b *testing.B, db *graph.DB, exs []*polgraph.Extraction) {
	ids := make([]string, len(exs))
	for i, ex := range exs {
		ids[i] = ex.Article.ID
	}
	for i := 0; i < len(ids); i += 500 {
		if _, err := db.UnloadArticles(context.Background(), ids[i:min(i+500, len(ids))]); err != nil {
			b.Fatal(err)
		}
	}
}
