package server_test

import (
	"bufio"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/polgraph/polgraph/graph/readtest"
	"github.com/polgraph/polgraph/server"
)

// queryCounts reads how many Neo4j queries of each name the server has run
// from its /metrics.
func (a *api) queryCounts() map[string]int {
	a.t.Helper()
	_, body := a.get("/metrics")
	out := make(map[string]int)
	sc := bufio.NewScanner(strings.NewReader(body))
	for sc.Scan() {
		line := sc.Text()
		rest, ok := strings.CutPrefix(line, `polgraph_neo4j_query_duration_seconds_count{query="`)
		if !ok {
			continue
		}
		name, val, _ := strings.Cut(rest, `"} `)
		n, _ := strconv.Atoi(val)
		out[name] = n
	}
	return out
}

// Nested lists cost one query per field, however many parents: the
// request's loaders batch them.
func TestNoNPlusOne(t *testing.T) {
	a := newAPI(t, server.Config{})
	w := readtest.Load(t, a.db, "srvn")
	before := a.queryCounts()
	var got struct {
		Timeline struct {
			Events struct {
				Edges []struct {
					Node struct {
						Sources      nodes[struct{ Article struct{ ID string } }]
						Participants nodes[struct {
							Entity struct {
								ID          string
								MentionedIn struct{ TotalCount int }
								Relations   nodes[struct{ Type string }]
							}
						}]
					}
				}
			}
		}
	}
	a.query(`query($ids: [ID!]) { timeline(entityIds: $ids) { events { edges { node {
		sources { edges { node { article { id } } } }
		participants { edges { node { entity { id mentionedIn(first: 1) { totalCount } relations { edges { node { type } } } } } } } } } } } }`,
		map[string]any{"ids": []string{w.Ilsa, w.Tomas, w.Mira}}, &got)
	after := a.queryCounts()

	events, participants := len(got.Timeline.Events.Edges), 0
	for _, e := range got.Timeline.Events.Edges {
		participants += len(e.Node.Participants)
	}
	if events < 3 || participants < 5 {
		t.Fatalf("fixture too small to show N+1: %d events, %d participants", events, participants)
	}
	// One query per field. A loader batches what its resolvers ask within
	// a millisecond, so on a loaded machine a field may take a second
	// query; never one per parent: every field below has at least three
	// parents (events, or participants).
	// entities_by_id is the root's check that the ids name entities.
	fields := []string{"entities_by_id", "timeline", "sources", "participants", "mentions", "facts"}
	total := 0
	for name, n := range after {
		d := n - before[name]
		if d <= 0 {
			continue
		}
		total += d
		if !slices.Contains(fields, name) {
			t.Errorf("%d %q queries, want none", d, name)
		} else if (name == "timeline" || name == "entities_by_id") && d != 1 || d > 2 {
			t.Errorf("%d %q queries for %d events and %d participants, want 1 (at most 2 below the root)", d, name, events, participants)
		}
	}
	if total < len(fields) {
		t.Errorf("%d queries in all, want one per field (%d)", total, len(fields))
	}
}

// A fact's supports are read once for every fact of the response, as the
// other nested lists are.
func TestFactSupportsBatched(t *testing.T) {
	a := newAPI(t, server.Config{})
	w := readtest.Load(t, a.db, "srvfs")
	before := a.queryCounts()
	var got struct {
		Entities nodes[struct {
			Relations nodes[struct {
				Supports struct{ TotalCount int }
			}]
		}]
	}
	a.query(`query($a: ID!) { entities(where: {mentionedIn: $a}, first: 20) { edges { node {
		relations { edges { node { supports(first: 1) { totalCount } } } } } } } }`, map[string]any{"a": w.Articles[1]}, &got)
	after := a.queryCounts()
	facts := 0
	for _, e := range got.Entities {
		for _, f := range e.Relations {
			facts++
			if f.Supports.TotalCount == 0 {
				t.Errorf("a fact with no supporting article: %+v", e)
			}
		}
	}
	if facts < 3 {
		t.Fatalf("fixture too small to show N+1: %d facts", facts)
	}
	if d := after["fact_supports"] - before["fact_supports"]; d < 1 || d > 2 {
		t.Errorf("%d fact_supports queries for %d facts, want 1 (2 on a loaded machine)", d, facts)
	}
}

// One entity's timeline with events on its page is one Neo4j query: an
// event on the page is one the entity took part in, so the check that
// the entity exists (entities_by_id) is left out; with the page empty it
// is made (TestUnknownIDs: NOT_FOUND).
func TestTimelineOfOneIsOneQuery(t *testing.T) {
	a := newAPI(t, server.Config{})
	w := readtest.Load(t, a.db, "srvt1")
	before := a.queryCounts()
	var got struct {
		Timeline struct{ Events nodes[struct{ ID string }] }
	}
	a.query(`query($ids: [ID!]) { timeline(entityIds: $ids, first: 20) { events { edges { node { id } } } } }`,
		map[string]any{"ids": []string{w.Ilsa}}, &got)
	after := a.queryCounts()
	if len(got.Timeline.Events) == 0 {
		t.Fatalf("fixture: %s took part in no dated event", w.Ilsa)
	}
	for name, n := range after {
		if d := n - before[name]; d > 0 && (name != "timeline" || d != 1) {
			t.Errorf("%d %q queries, want one timeline query and nothing else", d, name)
		}
	}
}

// A typed root field and one list under it, person(id:) { coParticipants },
// is one Neo4j query: the list's read looks the person up beside it
// (graph.WithEntityLookup), with no entities_by_id of its own; two lists
// take two queries, one of them with the lookup. The answers are those
// of the lookup and the list read apart (TestUnknownIDs: NOT_FOUND and a
// wrong kind, with a list under them).
func TestTypedRootAndListIsOneQuery(t *testing.T) {
	a := newAPI(t, server.Config{})
	w := readtest.Load(t, a.db, "srvr1")
	for _, tt := range []struct {
		name, query string
		want        map[string]int
	}{
		{"one list", `query($id: ID!) { person(id: $id) { name coParticipants(first: 5) { totalCount edges { node { sharedEvents entity { id } } } } } }`,
			map[string]int{"coparticipants": 1}},
		{"two lists", `query($id: ID!) { person(id: $id) { name parties { type } coParticipants(first: 5) { totalCount } } }`,
			map[string]int{"coparticipants": 1, "facts": 1}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			before := a.queryCounts()
			var got struct {
				Person struct {
					Name           string
					CoParticipants struct{ TotalCount int }
				}
			}
			a.query(tt.query, map[string]any{"id": w.Ilsa}, &got)
			after := a.queryCounts()
			if got.Person.Name != "Ilsa Brandtvik" || got.Person.CoParticipants.TotalCount < 2 {
				t.Errorf("person = %+v, want Ilsa Brandtvik with co-participants", got.Person)
			}
			for name := range merged(after, tt.want) {
				if d := after[name] - before[name]; d != tt.want[name] {
					t.Errorf("%d %q queries, want %d", d, name, tt.want[name])
				}
			}
		})
	}
}

func merged(a, b map[string]int) map[string]int {
	out := maps.Clone(a)
	maps.Copy(out, b)
	return out
}
