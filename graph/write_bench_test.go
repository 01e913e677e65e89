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

// benchWrite writes benchArticles() synthetic articles (their exact
// extractions: no extraction cost) in batches of 100 with write, and
// reports articles/s. Run with -benchtime=1x.
func benchWrite(b *testing.B, write func(*graph.DB, context.Context, []*polgraph.Extraction) error) {
	db := graphtest.Open(b)
	ctx := context.Background()
	n := benchArticles()
	for b.Loop() {
		b.StopTimer()
		r := make([]byte, 4)
		rand.Read(r)
		prefix := "zz-bench-" + hex.EncodeToString(r) + "/"
		g := synth.New(1, prefix)
		exs := make([]*polgraph.Extraction, n)
		for i := range exs {
			exs[i] = g.Next()
		}
		b.StartTimer()
		start := time.Now()
		for i := 0; i < n; i += 100 {
			if err := write(db, ctx, exs[i:min(i+100, n)]); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(n)/time.Since(start).Seconds(), "articles/s")
		b.StopTimer()
		ids := make([]string, n)
		for i, ex := range exs {
			ids[i] = ex.Article.ID
		}
		for i := 0; i < n; i += 500 {
			if _, err := db.UnloadArticles(ctx, ids[i:min(i+500, n)]); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
	}
}

// BenchmarkWriteBare is the ceiling: the same nodes and relationships
// written by plain UNWIND statements, nothing more.
func BenchmarkWriteBare(b *testing.B) { benchWrite(b, (*graph.DB).WriteBare) }

// BenchmarkWriteExtractions is the real writer: change detection, event
// merge, provenance lists and recomputed summaries.
func BenchmarkWriteExtractions(b *testing.B) { benchWrite(b, (*graph.DB).WriteExtractions) }
