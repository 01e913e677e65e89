package loader_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/loader"
	"github.com/polgraph/polgraph/synth"
)

// oracle is the extractor of these tests: for a synthetic article it returns
// the generator's exact extraction; for any other article, one mention of a
// fictional town. Every id it returns starts with the test's prefix, so the
// test removes exactly its own data from the shared database.
type oracle struct {
	prefix string
	mu     sync.Mutex
	known  map[string]*polgraph.Extraction
	fail   map[string]bool // article titles whose extraction fails
}

func newOracle(prefix string) *oracle {
	return &oracle{prefix: prefix, known: make(map[string]*polgraph.Extraction), fail: make(map[string]bool)}
}

// synth generates n articles into a JSON Lines file and remembers them.
func (o *oracle) synth(t *testing.T, path string, seed uint64, n int) {
	t.Helper()
	g := synth.New(seed, o.prefix)
	var buf bytes.Buffer
	gen := synth.New(seed, o.prefix)
	if err := gen.WriteJSONL(&buf, n); err != nil {
		t.Fatal(err)
	}
	for range n {
		ex := g.Next()
		o.known[ex.Article.ID] = ex
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func (o *oracle) Extract(ctx context.Context, a polgraph.Article) (*polgraph.Extraction, error) {
	o.mu.Lock()
	ex, ok := o.known[a.ID]
	fail := o.fail[a.Title]
	o.mu.Unlock()
	if fail {
		return nil, errors.New("the extractor gave up")
	}
	if ok {
		c := *ex
		c.Article = a
		return &c, nil
	}
	a.ID = o.prefix + a.ID
	town := "Elsbridge"
	return &polgraph.Extraction{Article: a, Extractor: "oracle", Entities: []polgraph.Entity{{
		ID: o.prefix + "place/elsbridge", Kind: polgraph.KindPlace, Name: town,
		Mentions: []polgraph.Span{{Start: 0, End: len(town), Text: town}}}}}, nil
}

func newPrefix(t *testing.T, db *graph.DB) string { return graphtest.Prefix(t, db, "load") }

// cleanup unloads the prefix's articles, and so everything they supported.
func cleanup(t *testing.T, db *graph.DB, prefix string) { graphtest.Unload(t, db, prefix) }

func newLoader(db loader.Store, o *oracle, dead *bytes.Buffer) *loader.Loader {
	l := &loader.Loader{Extractor: o, Store: db, BatchSize: 25, Retryable: graph.Retryable}
	if dead != nil {
		l.DeadLetter = dead
	}
	return l
}

func dump(t *testing.T, db *graph.DB, prefix string, omit ...string) []string {
	t.Helper()
	lines, err := db.Dump(context.Background(), prefix, omit...)
	if err != nil {
		t.Fatal(err)
	}
	return lines
}

// swap rewrites a dump of one prefix's graph as if it were another's.
func swap(lines []string, from, to string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.ReplaceAll(l, from, to)
	}
	slices.Sort(out)
	return out
}

func sameLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if slices.Equal(got, want) {
		return
	}
	n := 0
	for _, l := range got {
		if !slices.Contains(want, l) && n < 5 {
			t.Errorf("%s: unexpected %s", what, l)
			n++
		}
	}
	for _, l := range want {
		if !slices.Contains(got, l) && n < 10 {
			t.Errorf("%s: missing %s", what, l)
			n++
		}
	}
	t.Errorf("%s: %d lines, want %d", what, len(got), len(want))
}

func TestLoadTwiceChangesNothing(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	p := newPrefix(t, db)
	o := newOracle(p)
	dir := t.TempDir()
	o.synth(t, filepath.Join(dir, "news.jsonl"), 1, 120)

	s, err := newLoader(db, o, nil).Load(ctx, []string{dir})
	if err != nil || s.Written != 120 || s.Failed != 0 {
		t.Fatalf("first load: %+v, %v", s, err)
	}
	first := dump(t, db, p)
	s, err = newLoader(db, o, nil).Load(ctx, []string{dir})
	if err != nil || s.Written != 120 {
		t.Fatalf("second load: %+v, %v", s, err)
	}
	sameLines(t, "after loading again", dump(t, db, p), first) // ingestedAt included

	counts, _ := db.Counts(ctx, p)
	if counts[":Article"] != 120 || counts[":Event"] == 0 || counts["REPORTED_IN"] <= counts[":Event"] {
		t.Errorf("counts %v: want 120 articles and events reported by several articles", counts)
	}
}

// referenceLoad loads n synthetic articles (generator seed) under a fresh
// prefix without interruption, and returns the prefix: what an interrupted
// or disturbed load of the same articles must end up equal to.
func referenceLoad(t *testing.T, db *graph.DB, seed uint64, n int) string {
	t.Helper()
	ref := newPrefix(t, db)
	dir := t.TempDir()
	o := newOracle(ref)
	o.synth(t, filepath.Join(dir, "news.jsonl"), seed, n)
	if s, err := newLoader(db, o, nil).Load(context.Background(), []string{dir}); err != nil || s.Written != n {
		t.Fatalf("reference load: %+v, %v", s, err)
	}
	return ref
}

// TestInterruptedLoadRerun cancels a load midway (as Ctrl-C does), loads
// again, and compares with an uninterrupted load of the same articles
// under another prefix.
func TestInterruptedLoadRerun(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	const n = 300

	ref := referenceLoad(t, db, 2, n)

	p := newPrefix(t, db)
	o := newOracle(p)
	dir := t.TempDir()
	o.synth(t, filepath.Join(dir, "news.jsonl"), 2, n)
	cctx, cancel := context.WithCancel(ctx)
	stopper := &cancelAfter{Store: db, after: 3, cancel: cancel}
	s, err := newLoader(stopper, o, nil).Load(cctx, []string{dir})
	if !errors.Is(err, context.Canceled) || s.Written >= n {
		t.Fatalf("interrupted load: %+v, %v; want it cancelled midway", s, err)
	}
	if s, err := newLoader(db, o, nil).Load(ctx, []string{dir}); err != nil || s.Written != n {
		t.Fatalf("rerun: %+v, %v", s, err)
	}
	omit := []string{"ingestedAt", "extractionHash"} // the hash covers the ids
	sameLines(t, "rerun vs uninterrupted", swap(dump(t, db, p, omit...), p, ref), dump(t, db, ref, omit...))
}

// cancelAfter is the real store, cancelling the load's context once it has
// written some batches, while the next is in flight.
type cancelAfter struct {
	loader.Store
	mu     sync.Mutex
	after  int
	cancel func()
}

func (c *cancelAfter) WriteExtractions(ctx context.Context, exs []*polgraph.Extraction) error {
	c.mu.Lock()
	c.after--
	if c.after < 0 {
		c.cancel()
	}
	c.mu.Unlock()
	return c.Store.WriteExtractions(ctx, exs)
}
