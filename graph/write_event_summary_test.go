package graph_test

import (
	"context"
	"slices"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
)

// eventReport is one article's report of the one event of
// TestEventSummaryFollowsReports.
type eventReport struct {
	id, published, date, precision, status string
}

func (f fixture) reportOf(r eventReport) *polgraph.Extraction {
	voss := f.entity(polgraph.KindPerson, "alder-voss", "Alder Voss")
	ex := f.article(r.id, r.published, "Alder Voss resigned, said "+r.id+".", voss)
	ev := f.event("resignation", "RESIGNATION", r.date, r.precision, "person/alder-voss", "agent")
	ev.Status = r.status
	ev.Evidence.Text = "report " + r.id
	ex.Events = []polgraph.Event{ev}
	return ex
}

// An event's summary is folded report by report as articles are written,
// and decremented or recomputed as they are unloaded or corrected: after
// every step the graph equals a fresh write of the articles left, in the
// order they were written. The reports disagree on date, precision and
// status, and are written out of publication order, so every step moves
// the first report, the dating or the status.
func TestEventSummaryFollowsReports(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	reports := map[string]eventReport{
		"r1": {"r1", "2024-03-20", "2024-03", "month", polgraph.StatusDenied},
		"r2": {"r2", "2024-03-22", "2024-03-12", "day", polgraph.StatusAlleged},
		"r3": {"r3", "2024-03-18", "2024-03", "month", polgraph.StatusAlleged}, // first, written third
		"r4": {"r4", "", "2024-03-12", "day", polgraph.StatusAsserted},         // undated: last of all
		"r5": {"r5", "2024-03-18", "2024-03-12", "day", polgraph.StatusDenied}, // ties r3's day: ids decide
		"r6": {"r6", "2024-03-25", "2024-W11", "week", polgraph.StatusAlleged},
	}
	g := fixture{testPrefix(t, db)}
	var written []string // the articles in the graph, in the order written
	steps := []struct {
		what         string
		write        []string
		unload       []string
		correctFirst bool // r1 dates it to the day
	}{
		{what: "one report", write: []string{"r1"}},
		{what: "a batch of two", write: []string{"r2", "r3"}},
		{what: "an undated article", write: []string{"r4"}},
		{what: "a tie on publication", write: []string{"r5", "r6"}},
		{what: "the first report unloaded", unload: []string{"r3"}},
		{what: "the dating unloaded", unload: []string{"r5"}},
		{what: "the asserting report unloaded", unload: []string{"r4"}},
		{what: "r1 corrected", write: []string{"r1"}, correctFirst: true},
		{what: "all but one unloaded", unload: []string{"r1", "r2"}},
	}
	for _, s := range steps {
		var exs []*polgraph.Extraction
		for _, id := range s.write {
			r := reports[id]
			if s.correctFirst {
				r.date, r.precision = "2024-03-11", "day"
				reports[id] = r
			}
			exs = append(exs, g.reportOf(r))
			written = append(slices.DeleteFunc(written, func(x string) bool { return x == id }), id)
		}
		if len(exs) > 0 {
			write(t, db, exs...)
		}
		if len(s.unload) > 0 {
			var ids []string
			for _, id := range s.unload {
				ids = append(ids, g.p+id)
				written = slices.DeleteFunc(written, func(x string) bool { return x == id })
			}
			if _, err := db.UnloadArticles(ctx, ids); err != nil {
				t.Fatal(err)
			}
		}

		fresh := fixture{testPrefix(t, db)}
		var all []*polgraph.Extraction
		for _, id := range written {
			all = append(all, fresh.reportOf(reports[id]))
		}
		write(t, db, all...)
		diff(t, s.what, dump(t, db, g.p, omitVolatile...), swapped(dump(t, db, fresh.p, omitVolatile...), fresh.p, g.p))
		noProblems(t, db, g.p)
	}
}

// Check finds events whose counts or keys disagree with their reports, as
// a version 2 graph's events or a failed write would leave them, and Repair
// recomputes them from the reports.
func TestRepairFixesEventSummaries(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	for _, tc := range []struct {
		what  string
		props map[string]any
	}{
		{"counts off", map[string]any{"sourceCount": 7, "assertedCount": 0}},
		{"first report lost", map[string]any{"firstKey": "~|nobody"}},
		{"version 2 event", map[string]any{"assertedCount": nil, "allegedCount": nil, "deniedCount": nil,
			"firstKey": nil, "datingKey": nil}},
	} {
		t.Run(tc.what, func(t *testing.T) {
			f := fixture{testPrefix(t, db)}
			a, b := f.voss()
			write(t, db, a, b)
			want := dump(t, db, f.p, omitVolatile...)
			if err := db.SetEventProperties(ctx, f.p, tc.props); err != nil {
				t.Fatal(err)
			}
			rep, err := db.Check(ctx, f.p)
			if err != nil {
				t.Fatal(err)
			}
			if rep.EventCounters != 2 || rep.Problems() != 2 {
				t.Errorf("check found %+v, want 2 event counters", rep)
			}
			if _, err := db.Repair(ctx, f.p); err != nil {
				t.Fatal(err)
			}
			diff(t, "after repair", dump(t, db, f.p, omitVolatile...), want)
			noProblems(t, db, f.p)
		})
	}
}

// Rebuild upgrades a version 2 graph's events, which kept no counts by
// status and no keys, to what a fresh load writes.
func TestRebuildUpgradesEventSummaries(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	fresh := fixture{testPrefix(t, db)}
	a, b := fresh.voss()
	write(t, db, a, b)
	want := dump(t, db, fresh.p, omitVolatile...)

	f := fixture{testPrefix(t, db)}
	a, b = f.voss()
	write(t, db, a, b)
	if err := db.SetEventProperties(ctx, f.p, map[string]any{"assertedCount": nil, "allegedCount": nil,
		"deniedCount": nil, "firstKey": nil, "datingKey": nil}); err != nil {
		t.Fatal(err)
	}
	x := tableExtractor{a.Article.Text: a, b.Article.Text: b}
	if _, err := db.Rebuild(ctx, x, graph.RebuildOptions{Prefix: f.p}); err != nil {
		t.Fatal(err)
	}
	diff(t, "rebuilt vs fresh", swapped(dump(t, db, f.p, omitVolatile...), f.p, fresh.p), want)
	noProblems(t, db, f.p)
}
