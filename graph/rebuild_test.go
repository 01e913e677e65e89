package graph_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
)

// tableExtractor extracts an article by looking its text up: the
// "current extractor" of a rebuild test, which reads the stored texts
// differently from the one that wrote the old graph.
type tableExtractor map[string]*polgraph.Extraction

func (x tableExtractor) Extract(_ context.Context, a polgraph.Article) (*polgraph.Extraction, error) {
	ex, ok := x[a.Text]
	if !ok {
		return nil, fmt.Errorf("no extraction for %q", a.Text)
	}
	c := *ex
	c.Article = a
	return &c, nil
}

// TestRebuildEqualsFreshLoad writes articles with an old extractor into
// the list model of schema version 1 (texts kept), rebuilds them with a
// new extractor (other entity ids, another fact), and compares the graph
// with a fresh load of the new extractions; a second rebuild changes
// nothing.
func TestRebuildEqualsFreshLoad(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	current := func(f fixture) []*polgraph.Extraction {
		a, b := f.voss()
		b.Relations = append(b.Relations, f.relation("WORKS_FOR", "person/mira-kell", "party/amber-union", "2020", 0.8))
		b.Extractor, a.Extractor = "test-2", "test-2"
		return []*polgraph.Extraction{a, b}
	}
	old := func(f fixture) []*polgraph.Extraction {
		var out []*polgraph.Extraction
		for _, ex := range current(f) {
			c := *ex
			c.Extractor = "test-1"
			c.Relations = c.Relations[:1]
			c.Entities = nil
			for _, e := range ex.Entities {
				e.ID += "-old" // version 1 named entities otherwise
				c.Entities = append(c.Entities, e)
			}
			for i, r := range c.Relations {
				c.Relations[i].From, c.Relations[i].To = r.From+"-old", r.To+"-old"
			}
			c.Events = nil
			out = append(out, &c)
		}
		return out
	}

	fresh := fixture{testPrefix(t, db)}
	write(t, db, current(fresh)...)
	want := dump(t, db, fresh.p, omitVolatile...)

	f := fixture{testPrefix(t, db)}
	write(t, db, old(f)...)
	if err := db.ToListModel(ctx, f.p); err != nil {
		t.Fatal(err)
	}
	if l := line(t, dump(t, db, f.p), "-[:MEMBER_OF]->"); !strings.Contains(l, "articles: [") {
		t.Fatalf("not the list model: %s", l)
	}
	x := tableExtractor{}
	for _, ex := range current(f) {
		x[ex.Article.Text] = ex
	}
	for range 2 {
		rep, err := db.Rebuild(ctx, x, graph.RebuildOptions{Prefix: f.p, Batch: 1})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Rewritten != 2 || rep.NoText != 0 || rep.Failed != 0 {
			t.Errorf("rebuild = %+v, want 2 rewritten", rep)
		}
		diff(t, "rebuilt vs fresh", swapped(dump(t, db, f.p, omitVolatile...), f.p, fresh.p), want)
		noProblems(t, db, f.p)
	}
}

func TestSchemaStateProblem(t *testing.T) {
	db := graphtest.Open(t) // which marks the test database current
	if s, err := db.SchemaState(context.Background()); err != nil || s != (graph.SchemaState{Version: graph.SchemaVersion}) {
		t.Errorf("SchemaState = %+v, %v; want version %d, no rebuild", s, err, graph.SchemaVersion)
	}
	for _, tc := range []struct {
		s        graph.SchemaState
		outdated bool
		want     string
	}{
		{graph.SchemaState{Version: graph.SchemaVersion}, false, ""},
		{graph.SchemaState{Version: 1}, true, "run `polgraph rebuild`"},
		{graph.SchemaState{Version: graph.SchemaVersion, Rebuilding: "extract"}, true, "interrupted"},
		{graph.SchemaState{Version: graph.SchemaVersion + 1}, false, "newer polgraph"},
	} {
		err := tc.s.Problem()
		if got := errors.Is(err, graph.ErrSchemaOutdated); got != tc.outdated {
			t.Errorf("%+v: outdated = %v, want %v (%v)", tc.s, got, tc.outdated, err)
		}
		if (err == nil) != (tc.want == "") || err != nil && !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want %q", tc.s, err, tc.want)
		}
	}
}
