package server_test

import (
	"testing"
	"time"

	"github.com/polgraph/polgraph/graph/readtest"
	"github.com/polgraph/polgraph/server"
)

// Lists nested in lists multiply their pages; past the limit the query is
// refused before anything runs.
func TestComplexityLimit(t *testing.T) {
	a := newAPI(t, server.Config{MaxComplexity: 5000})
	res := a.do(`{ entities(first: 100) { edges { node { mentionedIn(first: 100) { edges { node { id } } } } } } }`, nil, "")
	if len(res.Errors) == 0 || res.Errors[0].code() == "" || res.Errors[0].code() == "INTERNAL" {
		t.Errorf("errors = %+v, want a complexity error", res.Errors)
	}
	ok := a.do(`{ entities(first: 5) { edges { node { id } } } }`, nil, "")
	if len(ok.Errors) > 0 {
		t.Errorf("a small query was refused: %+v", ok.Errors)
	}
}

// Every list is priced, whether it pages with first or not: lists nested
// through fields that take no page size are refused at the default limit as
// surely as paged ones, and the queries the API is for still pass.
func TestComplexityPricesEveryList(t *testing.T) {
	a := newAPI(t, server.Config{})
	tests := []struct {
		name    string
		query   string
		refused bool
	}{
		{"facts through facts", `{ entities(first: 100) { edges { node { ... on Place { relations(first: 100) { edges { node { from { ... on Place { relations(first: 100) { edges { node { from { id } } } } } } } } } } } } } }`, true},
		{"parties of every person's co-participants", `{ entities(first: 100) { edges { node { ... on Person { coParticipants(first: 100) { edges { node { entity { ... on Person { parties { to { id } provenance { sentence } } } } } } } } } } } }`, true},
		{"undated events' participants' facts", `{ timeline(entityIds: ["x"]) { undated { edges { node { participants { edges { node { entity { ... on Person { offices { role provenance { sentence } } } } } } } } } } } }`, true},
		{"a timeline with participants and sources", `{ timeline(entityIds: ["x"], first: 20) { events { edges { node { type date participants { edges { node { role entity { id name } } } } sources { edges { node { article { id title } provenance { sentence start end } } } } } } } undated { edges { node { id type } } } } }`, false},
		{"undated events with participants and sources", `{ timeline(entityIds: ["x"]) { undated { edges { node { id type participants { edges { node { role entity { id name } } } } sources { edges { node { article { id title } provenance { sentence start end } } } } } } } } }`, false},
		{"paths with provenance", `{ relationships(from: "a", to: "b", maxHops: 4) { nodes { id name } edges { type provenance { sentence article { id } } } } }`, false},
	}
	for _, tt := range tests {
		res := a.do(tt.query, nil, "")
		refused := len(res.Errors) > 0 && res.Errors[0].code() == "COMPLEXITY_LIMIT_EXCEEDED"
		if refused != tt.refused {
			t.Errorf("%s: refused = %v, want %v (errors %+v)", tt.name, refused, tt.refused, res.Errors)
		}
	}
}

// The request's deadline bounds the request: with none left, nothing runs
// and no data comes back (graph's TestReadHonoursDeadline shows Neo4j
// calls refusing a spent context).
func TestDeadlineBoundsRequest(t *testing.T) {
	a := newAPI(t, server.Config{Timeout: time.Nanosecond})
	before := a.queryCounts()["search"]
	res := a.do(`{ search(text: "anything") { edges { score } } }`, nil, "")
	if len(res.Data) > 0 && string(res.Data) != "null" {
		t.Errorf("data = %s after the deadline", res.Data)
	}
	if after := a.queryCounts()["search"]; after != before {
		t.Errorf("%d search queries ran after the deadline", after-before)
	}
}

func TestParticipantProvenance(t *testing.T) {
	a := newAPI(t, server.Config{})
	w := readtest.Load(t, a.db, "srvpp")
	var got struct {
		Person struct {
			Events struct {
				Edges []struct {
					Role string
					Node struct {
						Type         string
						Participants nodes[struct {
							Role       string
							Entity     struct{ ID string }
							Provenance []struct {
								Sentence string
								Article  struct{ ID string }
							}
						}]
					}
				}
			}
		}
	}
	a.query(`query($id: ID!) { person(id: $id) { events(role: AGENT) { edges { role node { type
		participants(role: AGENT) { edges { node { role entity { id } provenance { sentence article { id } } } } } } } } } }`, map[string]any{"id": w.Ilsa}, &got)
	if len(got.Person.Events.Edges) != 2 {
		t.Fatalf("Ilsa's agent events = %+v", got.Person.Events.Edges)
	}
	for _, e := range got.Person.Events.Edges {
		if e.Role != "AGENT" || len(e.Node.Participants) != 1 || e.Node.Participants[0].Entity.ID != w.Ilsa {
			t.Errorf("event %+v", e)
			continue
		}
		wantSources := map[string]int{"MEETING": 2, "RESIGNATION": 1}[e.Node.Type]
		if p := e.Node.Participants[0].Provenance; len(p) != wantSources || p[0].Sentence == "" {
			t.Errorf("%s: participation provenance %+v, want %d sentences", e.Node.Type, p, wantSources)
		}
	}
}

// Participants are read with their provenance only when the query asks
// for it, through a fragment too; the same list asked without it, beside,
// names the same participants.
func TestParticipantProvenanceThroughAFragment(t *testing.T) {
	a := newAPI(t, server.Config{})
	w := readtest.Load(t, a.db, "srvpf")
	type participant struct {
		Role       string
		Entity     struct{ ID string }
		Provenance []struct{ Sentence string }
	}
	var got struct {
		Person struct {
			Events nodes[struct {
				Type         string
				Asked, Plain nodes[participant]
			}]
		}
	}
	a.query(`query($id: ID!) { person(id: $id) { events(role: AGENT) { edges { node { type
		asked: participants(role: AGENT) { edges { node { ...withProvenance } } }
		plain: participants(role: AGENT) { edges { node { role entity { id } } } } } } } } }
	fragment withProvenance on Participant { role entity { id } provenance { sentence } }`, map[string]any{"id": w.Ilsa}, &got)
	if len(got.Person.Events) != 2 {
		t.Fatalf("Ilsa's agent events = %+v", got.Person.Events)
	}
	for _, e := range got.Person.Events {
		if len(e.Asked) != 1 || len(e.Plain) != 1 || e.Asked[0].Entity.ID != w.Ilsa || e.Plain[0].Entity.ID != w.Ilsa {
			t.Errorf("%s: participants asked %+v, plain %+v; want Ilsa in both", e.Type, e.Asked, e.Plain)
			continue
		}
		wantSources := map[string]int{"MEETING": 2, "RESIGNATION": 1}[e.Type]
		if p := e.Asked[0].Provenance; len(p) != wantSources || p[0].Sentence == "" {
			t.Errorf("%s: provenance through a fragment %+v, want %d sentences", e.Type, p, wantSources)
		}
	}
}

// A refused query is told which chain of lists costs most and which first
// to lower, to what.
func TestComplexityErrorSaysWhatToLower(t *testing.T) {
	a := newAPI(t, server.Config{MaxComplexity: 5000})
	res := a.do(`{ entities(first: 100) { edges { node { id mentionedIn(first: 100) { edges { node { id } } } } } } }`, nil, "")
	if len(res.Errors) != 1 || res.Errors[0].code() != "COMPLEXITY_LIMIT_EXCEEDED" {
		t.Fatalf("errors = %+v, want a complexity error", res.Errors)
	}
	want := "operation has complexity 30401, over the limit of 5000; entities.edges.node.mentionedIn costs most, its lists multiplying: entities (100) × mentionedIn (100); lower first on entities.edges.node.mentionedIn (to 16 or less) or select less under it"
	if got := res.Errors[0].Message; got != want {
		t.Errorf("message\n%s\nwant\n%s", got, want)
	}
}
