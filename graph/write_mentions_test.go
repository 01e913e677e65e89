package graph_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
)

// An article with more mentions than one MENTIONS statement sends (a long
// article's) is written in several, in its one transaction: each entity's
// edge holds all its mentions' offsets, in order, an entity listed twice
// holds both lists, and writing it again changes nothing.
func TestManyMentionsAreWrittenInChunks(t *testing.T) {
	db := graphtest.Open(t)
	f := fixture{testPrefix(t, db)}
	const name = "Alder Voss "
	n := graph.MentionChunk + 10
	text := strings.Repeat(name, n)
	spans := func(from, to int) []polgraph.Span {
		var s []polgraph.Span
		for i := from; i < to; i++ {
			s = append(s, polgraph.Span{Start: i * len(name), End: i*len(name) + len(name) - 1, Text: name[:len(name)-1]})
		}
		return s
	}
	voss := f.entity(polgraph.KindPerson, "alder-voss", "Alder Voss")
	voss.Mentions = spans(0, n-4)
	var small []polgraph.Entity
	for i := range 3 {
		e := f.entity(polgraph.KindPerson, fmt.Sprintf("small-%d", i), fmt.Sprintf("Small %d", i))
		e.Mentions = spans(n-4+i, n-3+i)
		small = append(small, e)
	}
	again := small[0] // listed twice: its edge holds both lists
	again.Mentions = spans(n-1, n)
	ex := f.article("many", "2024-03-20", text, append([]polgraph.Entity{small[0], voss, small[1]}, small[2], again)...)
	write(t, db, ex)
	before := dump(t, db, f.p)
	write(t, db, ex)
	diff(t, "graph after writing again", dump(t, db, f.p), before)

	// the same article with its mentions compact, as polgraph load writes
	// a long one, is the same graph
	full := dump(t, db, f.p, "ingestedAt")
	graphtest.Unload(t, db, f.p)
	write(t, db, compact(ex))
	diff(t, "graph written from compact mentions", dump(t, db, f.p, "ingestedAt"), full)

	res, err := db.Exec(context.Background(), `
MATCH (:Article {id: $article})-[m:MENTIONS]->(n:Entity)
RETURN n.id AS id, m.count AS count, m.starts AS starts, m.ends AS ends ORDER BY id`, map[string]any{"article": f.p + "many"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]polgraph.Span{
		voss.ID: voss.Mentions, small[0].ID: append(slices.Clone(small[0].Mentions), again.Mentions...),
		small[1].ID: small[1].Mentions, small[2].ID: small[2].Mentions,
	}
	if len(res.Records) != len(want) {
		t.Fatalf("%d MENTIONS edges, want %d", len(res.Records), len(want))
	}
	for _, r := range res.Records {
		id, _ := r.Get("id")
		count, _ := r.Get("count")
		starts, _ := r.Get("starts")
		ends, _ := r.Get("ends")
		w := want[id.(string)]
		var ws, we []any
		for _, s := range w {
			ws, we = append(ws, int64(s.Start)), append(we, int64(s.End))
		}
		if count != int64(len(w)) || !slices.Equal(starts.([]any), ws) || !slices.Equal(ends.([]any), we) {
			t.Errorf("%s: count %v and %d starts, %d ends, want %d in order", id, count, len(starts.([]any)), len(ends.([]any)), len(w))
		}
	}
}

// compact is ex with its entities' mentions given by MentionsOf, as
// extract.Lazily gives a long article's.
func compact(ex *polgraph.Extraction) *polgraph.Extraction {
	c := *ex
	c.Entities = slices.Clone(ex.Entities)
	for i := range c.Entities {
		c.Entities[i].Mentions = nil
	}
	c.MentionsOf = func(i int) []polgraph.Span { return slices.Clone(ex.Entities[i].Mentions) }
	return &c
}

// A batch whose events, participations and claims are more rows than one
// statement sends is written in several statements of its one
// transaction, a chunk of rows built at a time, and gives the graph one
// statement a step gives: two articles' reports of one event stay one row
// (its summary folded once), and the events a batch's probes find in the
// graph (matchEvents) are each a candidate once, whatever the chunk.
func TestRowsAreWrittenInChunks(t *testing.T) {
	db := graphtest.Open(t)
	f := fixture{testPrefix(t, db)}
	a, b := f.voss()
	c, d := f.claimArticles()
	writeBoth := func() []string { // b's resignation merges into a's, found in the graph
		write(t, db, a, c)
		write(t, db, b, d)
		return dump(t, db, f.p, "ingestedAt")
	}
	whole := writeBoth()
	for _, n := range []int{1, 2} {
		graphtest.Unload(t, db, f.p)
		restore := graph.SetRowChunk(n)
		got := writeBoth()
		restore()
		diff(t, fmt.Sprintf("graph written %d rows a statement", n), got, whole)
	}
}
