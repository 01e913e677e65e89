package graph_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/synth"
)

// envInt reads a positive integer setting, or def.
func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

// BenchmarkWriteWithHistory measures what an article costs to write when
// the people it is about already have a history: two synthetic worlds, one
// fresh and one whose people already appear in POLGRAPH_BENCH_HISTORY
// articles (default 5,000; its head of government's facts are supported by
// thousands), each then given the same POLGRAPH_BENCH_ARTICLES more
// (default 1,000), in batches of benchBatch(), alternating batch by batch
// so both see the same load on a shared machine. With a write cost that
// does not grow with history, "history/new" stays near 1. Run with
// -benchtime=1x; both worlds are unloaded afterwards.
func BenchmarkWriteWithHistory(b *testing.B) {
	db := graphtest.Open(b)
	ctx := context.Background()
	history, n, size := envInt("POLGRAPH_BENCH_HISTORY", 5000), envInt("POLGRAPH_BENCH_ARTICLES", 1000), benchBatch()
	for b.Loop() {
		b.StopTimer()
		r := make([]byte, 4)
		rand.Read(r)
		stamp := hex.EncodeToString(r)
		fresh := synth.New(1, "zz-bench-new-"+stamp+"/")
		old := synth.New(1, "zz-bench-old-"+stamp+"/")
		var written []*polgraph.Extraction
		next := func(g *synth.Generator, k int) []*polgraph.Extraction {
			exs := make([]*polgraph.Extraction, k)
			for i := range exs {
				exs[i] = g.Next()
			}
			written = append(written, exs...)
			return exs
		}
		for i := 0; i < history; i += size {
			if err := db.WriteExtractions(ctx, next(old, min(size, history-i))); err != nil {
				b.Fatal(err)
			}
		}
		var tNew, tOld time.Duration
		b.StartTimer()
		for i := 0; i < n; i += size {
			k := min(size, n-i)
			for _, w := range []struct {
				g *synth.Generator
				t *time.Duration
			}{{fresh, &tNew}, {old, &tOld}} {
				exs := next(w.g, k)
				start := time.Now()
				if err := db.WriteExtractions(ctx, exs); err != nil {
					b.Fatal(err)
				}
				*w.t += time.Since(start)
			}
		}
		b.StopTimer()
		b.ReportMetric(float64(n)/tNew.Seconds(), "new-articles/s")
		b.ReportMetric(float64(n)/tOld.Seconds(), fmt.Sprintf("history%d-articles/s", history))
		b.ReportMetric(tNew.Seconds()/tOld.Seconds(), "history/new")
		unload(b, db, written)
		b.StartTimer()
	}
}
