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
						Participants []struct {
							Role       string
							Entity     struct{ ID string }
							Provenance []struct {
								Sentence string
								Article  struct{ ID string }
							}
						}
					}
				}
			}
		}
	}
	a.query(`query($id: ID!) { person(id: $id) { events(role: "agent") { edges { role node { type
		participants(role: "agent") { role entity { id } provenance { sentence article { id } } } } } } } }`, map[string]any{"id": w.Ilsa}, &got)
	if len(got.Person.Events.Edges) != 2 {
		t.Fatalf("Ilsa's agent events = %+v", got.Person.Events.Edges)
	}
	for _, e := range got.Person.Events.Edges {
		if e.Role != "agent" || len(e.Node.Participants) != 1 || e.Node.Participants[0].Entity.ID != w.Ilsa {
			t.Errorf("event %+v", e)
			continue
		}
		wantSources := map[string]int{"MEETING": 2, "RESIGNATION": 1}[e.Node.Type]
		if p := e.Node.Participants[0].Provenance; len(p) != wantSources || p[0].Sentence == "" {
			t.Errorf("%s: participation provenance %+v, want %d sentences", e.Node.Type, p, wantSources)
		}
	}
}
