package server_test

import (
	"cmp"
	"context"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/synth"
)

// benchPrefix starts every id of the API benchmark's synthetic world.
const benchPrefix = "zz-apibench/"

// benchPerson is a person of the benchmark world.
type benchPerson struct{ ID, Name string }

// benchWorld makes sure the database holds the benchmark's synthetic world
// (POLGRAPH_BENCH_ARTICLES articles, default 10,000, written as the loader
// writes them; unchanged articles are skipped, so a second run is quick) and
// returns its most mentioned people. The world is unloaded afterwards unless
// POLGRAPH_BENCH_KEEP is set.
func benchWorld(b *testing.B, db *graph.DB) []benchPerson {
	b.Helper()
	n := 10000
	if v, err := strconv.Atoi(os.Getenv("POLGRAPH_BENCH_ARTICLES")); err == nil && v > 0 {
		n = v
	}
	ctx := context.Background()
	g := synth.New(7, benchPrefix)
	exs := make([]*polgraph.Extraction, n)
	mentions := make(map[benchPerson]int)
	ids := make([]string, n)
	for i := range exs {
		exs[i] = g.Next()
		ids[i] = exs[i].Article.ID
		for _, e := range exs[i].Entities {
			if e.Kind == polgraph.KindPerson {
				mentions[benchPerson{e.ID, e.Name}] += len(e.Mentions)
			}
		}
	}
	start := time.Now()
	for i := 0; i < n; i += 100 {
		if err := db.WriteExtractions(ctx, exs[i:min(i+100, n)]); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("benchmark world: %d articles written or checked in %v", n, time.Since(start).Round(time.Second))
	if os.Getenv("POLGRAPH_BENCH_KEEP") == "" {
		b.Cleanup(func() {
			for i := 0; i < n; i += 500 {
				if _, err := db.UnloadArticles(context.Background(), ids[i:min(i+500, n)]); err != nil {
					b.Error(err)
				}
			}
		})
	}
	var people []benchPerson
	for p := range mentions {
		people = append(people, p)
	}
	slices.SortFunc(people, func(x, y benchPerson) int {
		return cmp.Or(cmp.Compare(mentions[y], mentions[x]), cmp.Compare(x.ID, y.ID))
	})
	return people[:min(20, len(people))]
}
