package graph_test

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
)

// ExtractionHash streams what it hashes; the hash must stay what it was
// when it hashed json.Marshal's bytes, or every article of every graph
// would look changed and be rewritten on the next load.
func TestExtractionHashIsUnchanged(t *testing.T) {
	text := "Alder Voss <of the Amber Union> & Ilsa Brandtvik met in Varnholm on Monday."
	date, role := "2023-03-20", "chair"
	ex := &polgraph.Extraction{
		Article:   polgraph.Article{ID: "hash-1", Title: "Voss & Brandtvik", PublishedAt: "2023-03-23", Text: text},
		Extractor: "test",
		Entities: []polgraph.Entity{
			{ID: "person/ilsa-brandtvik", Kind: "PERSON", Name: "Ilsa Brandtvik", Aliases: []string{}, Mentions: []polgraph.Span{{Start: 36, End: 50, Text: "Ilsa Brandtvik"}}},
			{ID: "person/alder-voss", Kind: "PERSON", Name: "Alder Voss", Aliases: []string{"Voss"}, Mentions: []polgraph.Span{{Start: 0, End: 10, Text: "Alder Voss"}},
				External: &polgraph.ExternalKeys{Wikidata: "Q1"}},
		},
		Times:     []polgraph.Time{{Start: 63, End: 69, Text: "Monday", Value: &date}},
		Events:    []polgraph.Event{{ID: "event/1", Type: "MEETING", Date: &date, Precision: "day", Status: "asserted", Participants: []polgraph.Participant{{Entity: "person/alder-voss", Role: "participant"}}, Evidence: polgraph.Span{Start: 0, End: len(text), Text: text}, Confidence: 0.9}},
		Relations: []polgraph.Relation{{Type: "LEADS", From: "person/alder-voss", To: "person/ilsa-brandtvik", Role: &role, Evidence: polgraph.Span{Start: 0, End: 10, Text: "Alder Voss"}, Confidence: 0.5}},
	}
	for _, tc := range []struct {
		name string
		ex   *polgraph.Extraction
	}{
		{"full", ex},
		{"empty lists", &polgraph.Extraction{Article: ex.Article}},
		{"long text", &polgraph.Extraction{Article: polgraph.Article{ID: "hash-2", Text: strings.Repeat(text, 2000)}, Entities: ex.Entities}},
		{"lists in order", &polgraph.Extraction{Article: ex.Article, Entities: []polgraph.Entity{ex.Entities[1], ex.Entities[0]},
			Times: []polgraph.Time{{Start: 1, End: 2, Text: "x"}, {Start: 63, End: 69, Text: "Monday", Value: &date}}}},
		{"lists out of order", &polgraph.Extraction{Article: ex.Article, Entities: ex.Entities,
			Times:  []polgraph.Time{{Start: 63, End: 69, Text: "Monday", Value: &date}, {Start: 1, End: 2, Text: "x"}},
			Events: []polgraph.Event{{ID: "event/2"}, ex.Events[0], {ID: "event/0"}}}},
	} {
		before := fmt.Sprint(*tc.ex)
		if got, want := graph.ExtractionHash(tc.ex), marshalHash(tc.ex); got != want {
			t.Errorf("%s: ExtractionHash = %s, want %s", tc.name, got, want)
		}
		if after := fmt.Sprint(*tc.ex); after != before {
			t.Errorf("%s: ExtractionHash reordered the extraction it hashed", tc.name)
		}
	}
}

// An extraction that keeps its mentions compact (polgraph load's, of a long
// article) hashes as the same extraction with every entity's mentions
// listed: loading an article and ingesting it are the same version.
func TestExtractionHashOfCompactMentions(t *testing.T) {
	a := polgraph.Article{ID: "hash-3", Text: "Alder Voss met Ilsa Brandtvik. Voss spoke."}
	voss := polgraph.Entity{ID: "person/alder-voss", Kind: "PERSON", Name: "Alder Voss", Aliases: []string{},
		Mentions: []polgraph.Span{{Start: 0, End: 10, Text: "Alder Voss"}, {Start: 31, End: 35, Text: "Voss"}}}
	ilsa := polgraph.Entity{ID: "person/ilsa-brandtvik", Kind: "PERSON", Name: "Ilsa Brandtvik", Aliases: []string{},
		Mentions: []polgraph.Span{{Start: 15, End: 29, Text: "Ilsa Brandtvik"}}}
	none := polgraph.Entity{ID: "place/varnholm", Kind: "PLACE", Name: "Varnholm", Aliases: []string{}, Mentions: []polgraph.Span{}}
	for _, tc := range []struct {
		name     string
		entities []polgraph.Entity
	}{
		{"in order", []polgraph.Entity{voss, ilsa, none}},
		{"out of order", []polgraph.Entity{none, ilsa, voss}},
	} {
		ex := &polgraph.Extraction{Article: a, Entities: tc.entities}
		if got, want := graph.ExtractionHash(compact(ex)), graph.ExtractionHash(ex); got != want {
			t.Errorf("%s: ExtractionHash with compact mentions = %s, want %s", tc.name, got, want)
		}
	}
}

// marshalHash is ExtractionHash as it was written first.
func marshalHash(ex *polgraph.Extraction) string {
	c := *ex
	c.Entities = slices.Clone(c.Entities)
	slices.SortStableFunc(c.Entities, func(a, b polgraph.Entity) int { return strings.Compare(a.ID, b.ID) })
	c.Events = slices.Clone(c.Events)
	slices.SortStableFunc(c.Events, func(a, b polgraph.Event) int {
		return cmp.Or(strings.Compare(a.ID, b.ID), cmp.Compare(a.Evidence.Start, b.Evidence.Start))
	})
	c.Relations = slices.Clone(c.Relations)
	slices.SortStableFunc(c.Relations, func(a, b polgraph.Relation) int {
		return cmp.Or(strings.Compare(a.Type, b.Type), strings.Compare(a.From, b.From),
			strings.Compare(a.To, b.To), cmp.Compare(a.Evidence.Start, b.Evidence.Start))
	})
	c.Times = slices.Clone(c.Times)
	slices.SortStableFunc(c.Times, func(a, b polgraph.Time) int { return cmp.Compare(a.Start, b.Start) })
	h := sha256.New()
	b, _ := json.Marshal(c)
	h.Write(b)
	h.Write([]byte{0})
	h.Write([]byte(ex.Article.Text))
	return hex.EncodeToString(h.Sum(nil))
}
