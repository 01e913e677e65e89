package server_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/polgraph/polgraph/graph/readtest"
	"github.com/polgraph/polgraph/server"
)

// A typed root field's list fields are asked beside the entity's lookup,
// not after it, and the first of them to reach Neo4j looks the entity up
// in its own query (no entities_by_id): each field's query still runs
// once (its resolver reads what was fetched for it, whatever form its
// arguments take), the answers are those of the fields asked one by one,
// and for an id that names nothing the fields were asked all the same
// (the lookup had not answered when they were).
func TestRootFieldListsFetchedBesideTheLookup(t *testing.T) {
	a := newAPI(t, server.Config{})
	w := readtest.Load(t, a.db, "srvpre")
	const all = `query($id: ID!, $n: Int) { person(id: $id) {
		parties { to { id } }
		coParticipants(first: $n) { totalCount edges { node { entity { id } } } }
		relations(types: [MEMBER_OF], direction: OUT, first: 5) { totalCount }
		events(role: AGENT) { totalCount } } }`
	type answer struct {
		Person struct {
			Parties        []struct{ To struct{ ID string } }
			CoParticipants struct {
				TotalCount int
				Edges      []struct {
					Node struct{ Entity struct{ ID string } }
				}
			}
			Relations struct{ TotalCount int }
			Events    struct{ TotalCount int }
		}
	}
	vars := map[string]any{"id": w.Ilsa, "n": 5}
	before := a.queryCounts()
	var got answer
	a.query(all, vars, &got)
	after := a.queryCounts()
	for name, want := range map[string]int{"entities_by_id": 0, "facts": 2, "coparticipants": 1, "participations": 1} {
		if n := after[name] - before[name]; n != want {
			t.Errorf("%s ran %d times; want %d (a field fetched twice reads its arguments unlike its resolver)", name, n, want)
		}
	}

	if len(got.Person.Parties) == 0 || got.Person.CoParticipants.TotalCount == 0 || got.Person.Events.TotalCount == 0 {
		t.Fatalf("fixture too small: %+v", got)
	}
	var each answer
	for _, q := range []string{
		`query($id: ID!) { person(id: $id) { parties { to { id } } } }`,
		`query($id: ID!, $n: Int) { person(id: $id) { coParticipants(first: $n) { totalCount edges { node { entity { id } } } } } }`,
		`query($id: ID!) { person(id: $id) { relations(types: [MEMBER_OF], direction: OUT, first: 5) { totalCount } } }`,
		`query($id: ID!) { person(id: $id) { events(role: AGENT) { totalCount } } }`,
	} {
		a.query(q, vars, &each) // each fills its own field
	}
	if g, e := fmt.Sprintf("%+v", got), fmt.Sprintf("%+v", each); g != e {
		t.Errorf("fields asked together:\n%s\nasked one by one:\n%s", g, e)
	}

	before = a.queryCounts()
	res := a.do(`query($id: ID!) { person(id: $id) { parties { to { id } } } }`, map[string]any{"id": "person/nobody-at-all"}, "")
	if len(res.Errors) == 0 || res.Errors[0].code() != "NOT_FOUND" {
		t.Fatalf("person(id: nobody) = %+v; want NOT_FOUND", res.Errors)
	}
	for deadline := time.Now().Add(10 * time.Second); a.queryCounts()["facts"] == before["facts"]; {
		if time.Now().After(deadline) {
			t.Fatal("person(id: nobody) { parties }: the parties were never asked; want them asked beside the lookup")
		}
		time.Sleep(50 * time.Millisecond)
	}
}
