package graph_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
)

// swapped is a dump of one prefix's graph written as if it were another's.
func swapped(lines []string, from, to string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.ReplaceAll(l, from, to)
	}
	slices.Sort(out)
	return out
}

// noProblems fails the test if Check finds anything under prefix.
func noProblems(t *testing.T, db *graph.DB, prefix string) {
	t.Helper()
	rep, err := db.Check(context.Background(), prefix)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Problems() != 0 {
		t.Errorf("check: %s%v", rep, rep.Examples)
	}
}

// writeAll runs one WriteExtractions per batch, all at once.
func writeAll(t *testing.T, db *graph.DB, batches ...[]*polgraph.Extraction) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make([]error, len(batches))
	for i, b := range batches {
		wg.Go(func() { errs[i] = db.WriteExtractions(context.Background(), b) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("writer %d: %v", i, err)
		}
	}
}

var omitVolatile = []string{"ingestedAt", "extractionHash"} // the hash covers the ids

// Eight writers of the same articles at once (eight identical ingestArticle
// calls) give the graph one writer gives: one MENTIONS and REPORTED_IN per
// article, counters counted once.
func TestConcurrentWritersOfSameArticles(t *testing.T) {
	db := graphtest.Open(t)
	ref := fixture{testPrefix(t, db)}
	a, b := ref.voss()
	write(t, db, a, b)
	want := dump(t, db, ref.p, omitVolatile...)

	f := fixture{testPrefix(t, db)}
	a, b = f.voss()
	var batches [][]*polgraph.Extraction
	for range 8 {
		batches = append(batches, []*polgraph.Extraction{a, b})
	}
	writeAll(t, db, batches...)
	diff(t, "8 writers vs 1", swapped(dump(t, db, f.p, omitVolatile...), f.p, ref.p), want)
	noProblems(t, db, f.p)
}

// Writers of overlapping batches in any order end with the graph of one of
// the sequential orders: a then b, or b then a (which one wins the lock
// first decides which article's event keeps its id).
func TestConcurrentWritersAreSomeSequentialOrder(t *testing.T) {
	db := graphtest.Open(t)
	var orders [][]string
	for _, first := range []string{"a", "b"} {
		f := fixture{testPrefix(t, db)}
		a, b := f.voss()
		if first == "a" {
			write(t, db, a)
			write(t, db, b)
		} else {
			write(t, db, b)
			write(t, db, a)
		}
		orders = append(orders, swapped(dump(t, db, f.p, omitVolatile...), f.p, "P/"))
	}
	for range 3 {
		f := fixture{testPrefix(t, db)}
		a, b := f.voss()
		writeAll(t, db, []*polgraph.Extraction{a}, []*polgraph.Extraction{b}, []*polgraph.Extraction{b},
			[]*polgraph.Extraction{a}, []*polgraph.Extraction{a, b})
		got := swapped(dump(t, db, f.p, omitVolatile...), f.p, "P/")
		if !slices.Equal(got, orders[0]) && !slices.Equal(got, orders[1]) {
			diff(t, "concurrent vs a-then-b", got, orders[0])
		}
		noProblems(t, db, f.p)
	}
}

// Repair mends a graph that writers without the lock left: each article's
// edges written twice more (WriteBare writes without looking), counters
// inflated by them, facts supported twice by one article. After it the graph equals one
// write's, and Check finds nothing.
func TestRepairFixesDuplicates(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	f := fixture{testPrefix(t, db)}
	a, _ := f.voss()
	c := f.article("c", "2024-03-25", "Mira Kell joined the Amber Union.",
		f.entity(polgraph.KindPerson, "mira-kell", "Mira Kell"), f.entity(polgraph.KindParty, "amber-union", "Amber Union"))
	c.Relations = []polgraph.Relation{f.relation("MEMBER_OF", "person/mira-kell", "party/amber-union", "", 0.6)}
	write(t, db, a, c)
	want := dump(t, db, f.p, omitVolatile...)
	noProblems(t, db, f.p)

	for range 2 {
		if err := db.WriteBare(ctx, []*polgraph.Extraction{a, c}); err != nil {
			t.Fatal(err)
		}
	}
	rep, err := db.Check(ctx, f.p)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		what      string
		got, want int
	}{
		{"duplicate mentions", rep.DuplicateMentions, 2 * 4}, // 2 extra copies of 4 mentions
		{"duplicate reports", rep.DuplicateReports, 2},
		{"duplicate supports", rep.DuplicateSupports, 2 * 2}, // 2 extra copies of 2 supports
		{"fact counters", rep.FactCounters, 0},               // they count the copies too
		{"entity counters", rep.EntityCounters, 0},           // they count the copies: inflated, as the copies go
		{"event counters", rep.EventCounters, 0},             // they count the copies too
	} {
		if tc.got != tc.want {
			t.Errorf("check before repair: %s = %d, want %d", tc.what, tc.got, tc.want)
		}
	}
	if _, err := db.Repair(ctx, f.p); err != nil {
		t.Fatal(err)
	}
	diff(t, "after repair", dump(t, db, f.p, omitVolatile...), want)
	noProblems(t, db, f.p)
}
