package server_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph/graph/readtest"
	"github.com/polgraph/polgraph/server"
)

// searchEvidence finds what was said: the sentences reporting events and
// those stating facts, each hit with the one it says and where it says it;
// types keeps events of those types, relationTypes facts of those types.
func TestSearchEvidence(t *testing.T) {
	a := newAPI(t, server.Config{})
	w := readtest.Load(t, a.db, "srvev")
	type hit struct {
		Event *struct{ ID, Type string }
		Fact  *struct {
			Type         string
			Role         *string
			From, To     struct{ ID string }
			SupportCount int
		}
		Provenance struct {
			Sentence   string
			Start, End int
			Article    struct{ ID string }
		}
	}
	tests := []struct {
		name, args string
		// wantEvents and wantFacts are the types of the events and facts
		// that the world's matching sentences say, one a sentence, sorted.
		wantEvents, wantFacts []string
	}{
		{"events and facts", `text: "left"`, []string{"RESIGNATION"}, []string{"MEMBER_OF"}},
		{"event types alone keep events", `text: "left", types: [RESIGNATION]`, []string{"RESIGNATION"}, nil},
		{"relation types alone keep facts", `text: "left", relationTypes: [MEMBER_OF]`, nil, []string{"MEMBER_OF"}},
		{"both keep either", `text: "arrested", types: [ARREST], relationTypes: [WORKS_FOR]`, []string{"ARREST"}, []string{"WORKS_FOR"}},
		{"a fact of two articles, once each", `text: "Kestrel", relationTypes: [WORKS_FOR]`, nil, []string{"WORKS_FOR", "WORKS_FOR"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got struct {
				SearchEvidence struct{ Edges []struct{ Node hit } }
			}
			// Other tests' worlds say the same sentences: a page large
			// enough for all of them, of which this world's are kept.
			a.query(`{ searchEvidence(`+tt.args+`, first: 100) { edges { node {
				event { id type } fact { type role from { id } to { id } supportCount }
				provenance { sentence start end article { id } } } } } }`, nil, &got)
			var events, facts []string
			factSaid := map[string]bool{} // sentences (article and start) a fact hit has said
			for _, e := range got.SearchEvidence.Edges {
				h := e.Node
				if !slices.Contains(w.Articles, h.Provenance.Article.ID) {
					continue
				}
				said := fmt.Sprint(h.Provenance.Article.ID, h.Provenance.Start)
				if h.Event != nil && factSaid[said] {
					t.Errorf("event %+v after a fact of its sentence: of one sentence, events come first", h.Event)
				}
				factSaid[said] = factSaid[said] || h.Fact != nil
				if (h.Event == nil) == (h.Fact == nil) {
					t.Errorf("hit %+v: want an event or a fact, not both or neither", h)
					continue
				}
				if p := h.Provenance; p.Sentence == "" || p.End-p.Start != len(p.Sentence) {
					t.Errorf("hit %+v: its offsets do not span its sentence", h)
				}
				if h.Event != nil {
					events = append(events, h.Event.Type)
					continue
				}
				facts = append(facts, h.Fact.Type)
				if !strings.HasSuffix(h.Fact.From.ID, "-srvev") || !strings.HasSuffix(h.Fact.To.ID, "-srvev") || h.Fact.SupportCount == 0 {
					t.Errorf("fact %+v: want this world's entities and its support", h.Fact)
				}
				if h.Fact.Type == "MEMBER_OF" && (h.Fact.From.ID != w.Ilsa || h.Fact.To.ID != w.Party || h.Fact.SupportCount != 2) {
					t.Errorf("MEMBER_OF %+v: want Ilsa's membership of the party, stated by two articles", h.Fact)
				}
			}
			slices.Sort(events)
			slices.Sort(facts)
			if !slices.Equal(events, tt.wantEvents) || !slices.Equal(facts, tt.wantFacts) {
				t.Errorf("events %v and facts %v, want %v and %v", events, facts, tt.wantEvents, tt.wantFacts)
			}
		})
	}
}
