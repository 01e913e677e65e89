package loader_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/polgraph/polgraph/extract"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/loader"
	"github.com/polgraph/polgraph/synth"
)

func benchArticles() int {
	if n, err := strconv.Atoi(os.Getenv("POLGRAPH_BENCH_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return 10000
}

// BenchmarkLoadEndToEnd loads a JSON Lines file of synthetic articles
// through the real reader, extractor and graph writer into Neo4j, and
// reports articles/s. Run with -benchtime=1x; compare with
// graph.BenchmarkWriteBare, the ceiling of writing the same graph.
func BenchmarkLoadEndToEnd(b *testing.B) {
	db := graphtest.Open(b)
	ctx := context.Background()
	n := benchArticles()
	for b.Loop() {
		b.StopTimer()
		prefix := "zz-bench-e2e-" + strconv.FormatInt(time.Now().UnixNano(), 36) + "/"
		path := filepath.Join(b.TempDir(), "news.jsonl")
		f, err := os.Create(path)
		if err != nil {
			b.Fatal(err)
		}
		if err := synth.New(1, prefix).WriteJSONL(f, n); err != nil {
			b.Fatal(err)
		}
		f.Close()
		l := &loader.Loader{Extractor: extract.New(), Store: db, Retryable: graph.Retryable}
		if size, err := strconv.Atoi(os.Getenv("POLGRAPH_BENCH_BATCH")); err == nil {
			l.BatchSize = size
		}
		b.StartTimer()
		s, err := l.Load(ctx, []string{path})
		b.StopTimer()
		if err != nil || s.Written != n {
			b.Fatalf("load: %+v, %v", s, err)
		}
		b.ReportMetric(float64(n)/s.Elapsed.Seconds(), "articles/s")
		b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "cores")
		ids := make([]string, n)
		g := synth.New(1, prefix)
		for i := range ids {
			ids[i] = g.Next().Article.ID
		}
		for i := 0; i < n; i += 500 {
			if _, err := db.UnloadArticles(ctx, ids[i:min(i+500, n)]); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
	}
}
