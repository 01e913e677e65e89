package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/polgraph/polgraph/graph"
)

// pair is one question asked of both APIs: polgraph's query and the
// peer's, the variables each side cycles through (the same questions in
// the same order), and how to read each answer into a form the two must
// agree on before either is timed.
type pair struct {
	name       string
	polgraph   string
	peer       string
	vars       []map[string]any // polgraph's
	peerVars   []map[string]any // the peer's, one for one
	own, other func(data map[string]any) any
}

const eventFields = "id type date dateStart dateEnd status sourceCount summary"

// pairs builds the side-by-side set for a world whose people are people
// (synth.Generator.People: each country's head of government first).
func pairs(people []string) []pair {
	// Busy people (heads of government and foreign ministers of the first
	// countries) and quieter ones, so that both ends of the degree
	// distribution are asked about.
	at := func(is ...int) []string {
		var out []string
		for _, i := range is {
			out = append(out, people[i%len(people)])
		}
		return out
	}
	one := at(0, 40, 81, 1, 12, 57, 133, 201)
	three := [][]string{at(0, 40, 80), at(12, 57, 133), at(1, 81, 201)}
	ids := func(list []string, key string) []map[string]any {
		var out []map[string]any
		for _, id := range list {
			out = append(out, map[string]any{key: id})
		}
		return out
	}
	var threeVars []map[string]any
	for _, t := range three {
		threeVars = append(threeVars, map[string]any{"ids": t})
	}
	var searchVars, peerSearchVars []map[string]any
	for _, id := range one[:6] {
		surname := id[strings.LastIndex(id, "-")+1:]
		searchVars = append(searchVars, map[string]any{"text": surname})
		// the peer is asked the Lucene query polgraph's search builds, so both
		// rank by the same scores
		peerSearchVars = append(peerSearchVars, map[string]any{"phrase": graph.LuceneQuery(surname)})
	}
	ranges := []map[string]any{
		{"type": "ARREST", "from": "2023-01-01", "to": "2023-12-31"},
		{"type": "RESIGNATION", "from": "2023-06-01", "to": "2024-05-31"},
		{"type": "MEETING", "from": "2023-03-01", "to": "2023-03-31"},
		{"type": "ACCUSATION", "from": "2023-01-01", "to": "2024-12-31"},
	}
	const facts = "type to { id } role validFrom validTo confidence supportCount"
	const peerFact = "edges { node { id } properties { role validFrom validTo confidence supportCount } }"
	return []pair{{
		name:     "timeline",
		polgraph: `query($id: ID!) { timeline(entityIds: [$id], first: 20) { events { edges { node { ` + eventFields + ` } } } } }`,
		peer: `query($id: ID!) { people(where: {id_EQ: $id}) { events(where: {NOT: {dateStart_EQ: null}}, ` +
			`sort: [{dateStart: ASC}, {dateEnd: ASC}, {id: ASC}], limit: 20) { ` + eventFields + ` } } }`,
		vars: ids(one, "id"), peerVars: ids(one, "id"),
		own:   func(d map[string]any) any { return pluck(edges(get(d, "timeline", "events")), "id") },
		other: func(d map[string]any) any { return pluck(list(get(first(d, "people"), "events")), "id") },
	}, {
		name:     "timeline of three",
		polgraph: `query($ids: [ID!]) { timeline(entityIds: $ids, first: 20) { events { edges { node { ` + eventFields + ` } } } } }`,
		peer: `query($ids: [ID!]) { events(where: {participants_SOME: {id_IN: $ids}, NOT: {dateStart_EQ: null}}, ` +
			`sort: [{dateStart: ASC}, {dateEnd: ASC}, {id: ASC}], limit: 20) { ` + eventFields + ` } }`,
		vars: threeVars, peerVars: threeVars,
		own:   func(d map[string]any) any { return pluck(edges(get(d, "timeline", "events")), "id") },
		other: func(d map[string]any) any { return pluck(list(d["events"]), "id") },
	}, {
		name:     "search",
		polgraph: `query($text: String!) { search(text: $text, kinds: [PERSON], first: 10) { edges { score node { id name mentionCount } } } }`,
		peer: `query($phrase: String!) { searchPeople(phrase: $phrase, ` +
			`sort: [{score: DESC}, {person: {mentionCount: DESC}}, {person: {id: ASC}}], limit: 10) { score person { id name mentionCount } } }`,
		vars: searchVars, peerVars: peerSearchVars,
		// equal scores may come in either order: the set, with scores
		own: func(d map[string]any) any {
			return sorted(pairsOf(edges(get(d, "search")), "id", "score"))
		},
		other: func(d map[string]any) any {
			var out []string
			for _, h := range list(d["searchPeople"]) {
				out = append(out, fmt.Sprintf("%v %.3f", get(h, "person", "id"), num(get(h, "score"))))
			}
			return sorted(out)
		},
	}, {
		name: "facts",
		polgraph: `query($id: ID!) { person(id: $id) { relations(types: [MEMBER_OF, HOLDS_OFFICE, REPRESENTS, LEADS, CITIZEN_OF], ` +
			`direction: OUT, first: 50) { edges { node { ` + facts + ` } } } } }`,
		peer: `query($id: ID!) { people(where: {id_EQ: $id}) { memberOfConnection { ` + peerFact + ` } holdsOfficeConnection { ` + peerFact +
			` } representsConnection { ` + peerFact + ` } leadsConnection { ` + peerFact + ` } citizenOfConnection { ` + peerFact + ` } } }`,
		vars: ids(one, "id"), peerVars: ids(one, "id"),
		own: func(d map[string]any) any { return sorted(factRows(edges(get(d, "person", "relations")), "")) },
		other: func(d map[string]any) any {
			p := first(d, "people")
			var out []string
			for _, rel := range [][2]string{{"memberOf", "MEMBER_OF"}, {"holdsOffice", "HOLDS_OFFICE"}, {"represents", "REPRESENTS"}, {"leads", "LEADS"}, {"citizenOf", "CITIZEN_OF"}} {
				out = append(out, peerFactRows(list(get(p, rel[0]+"Connection", "edges")), rel[1])...)
			}
			return sorted(out)
		},
	}, {
		name:     "party memberships",
		polgraph: `query($id: ID!) { person(id: $id) { parties(first: 20) { ` + facts + ` } } }`,
		peer:     `query($id: ID!) { people(where: {id_EQ: $id}) { memberOfConnection { ` + peerFact + ` } } }`,
		vars:     ids(one, "id"), peerVars: ids(one, "id"),
		own: func(d map[string]any) any { return sorted(factRows(list(get(d, "person", "parties")), "")) },
		other: func(d map[string]any) any {
			return sorted(peerFactRows(list(get(first(d, "people"), "memberOfConnection", "edges")), "MEMBER_OF"))
		},
	}, {
		name: "events by type and dates",
		polgraph: `query($type: EventType!, $from: Date!, $to: Date!) { events(where: {types: [$type], from: $from, to: $to}, ` +
			`orderBy: {field: DATE}, first: 50) { edges { node { id type date dateStart participants(first: 100) { edges { node { role entity { id } } } } } } } }`,
		peer: `query($type: String!, $from: Date!, $to: Date!) { events(where: {type_EQ: $type, dateEnd_GTE: $from, dateStart_LTE: $to}, ` +
			`sort: [{dateStart: ASC}, {dateEnd: ASC}, {id: ASC}], limit: 50) { id type date dateStart participantsConnection { edges { properties { role } node { id } } } } }`,
		vars: ranges, peerVars: ranges,
		own: func(d map[string]any) any {
			var out []string
			for _, e := range edges(get(d, "events")) {
				var ps []string
				for _, p := range edges(e["participants"]) {
					ps = append(ps, strings.ToLower(fmt.Sprint(p["role"]))+" "+fmt.Sprint(get(p, "entity", "id")))
				}
				out = append(out, fmt.Sprint(e["id"], " ", sorted(ps)))
			}
			return out
		},
		other: func(d map[string]any) any {
			var out []string
			for _, e := range list(d["events"]) {
				var ps []string
				for _, p := range list(get(e, "participantsConnection", "edges")) {
					ps = append(ps, strings.ToLower(fmt.Sprint(get(p, "properties", "role")))+" "+fmt.Sprint(get(p, "node", "id")))
				}
				out = append(out, fmt.Sprint(e["id"], " ", sorted(ps)))
			}
			return out
		},
	}, {
		name:     "co-participants",
		polgraph: `query($id: ID!) { person(id: $id) { coParticipants(first: 20) { edges { node { sharedEvents entity { id } } } } } }`,
		peer:     `query($id: ID!) { people(where: {id_EQ: $id}) { coParticipants(limit: 20) { id sharedEvents } } }`,
		vars:     ids(one, "id"), peerVars: ids(one, "id"),
		own: func(d map[string]any) any {
			var out []string
			for _, c := range edges(get(d, "person", "coParticipants")) {
				out = append(out, fmt.Sprint(get(c, "entity", "id"), " ", c["sharedEvents"]))
			}
			return out
		},
		other: func(d map[string]any) any {
			var out []string
			for _, c := range list(get(first(d, "people"), "coParticipants")) {
				out = append(out, fmt.Sprint(c["id"], " ", c["sharedEvents"]))
			}
			return out
		},
	}}
}

// factRows and peerFactRows read facts into one line each, in the same
// form on both sides.
func factRows(facts []map[string]any, typ string) []string {
	var out []string
	for _, f := range facts {
		t := typ
		if t == "" {
			t = fmt.Sprint(f["type"])
		}
		out = append(out, factRow(t, get(f, "to", "id"), f))
	}
	return out
}

func peerFactRows(es []map[string]any, typ string) []string {
	var out []string
	for _, e := range es {
		props, _ := e["properties"].(map[string]any)
		out = append(out, factRow(typ, get(e, "node", "id"), props))
	}
	return out
}

func factRow(typ string, to any, f map[string]any) string {
	role := f["role"]
	if role == nil {
		role = "" // polgraph keeps "" for no role (a MERGE key cannot be null)
	}
	return fmt.Sprintf("%s %v %q %v %v %.2f %v", typ, to, role, f["validFrom"], f["validTo"], num(f["confidence"]), f["supportCount"])
}

// Helpers to walk decoded JSON without a type per answer.

func get(v any, path ...string) any {
	for _, k := range path {
		m, _ := v.(map[string]any)
		v = m[k]
	}
	return v
}

func list(v any) []map[string]any {
	xs, _ := v.([]any)
	out := make([]map[string]any, 0, len(xs))
	for _, x := range xs {
		m, _ := x.(map[string]any)
		out = append(out, m)
	}
	return out
}

func first(d map[string]any, key string) map[string]any {
	if l := list(d[key]); len(l) > 0 {
		return l[0]
	}
	return nil
}

func edges(conn any) []map[string]any {
	var out []map[string]any
	for _, e := range list(get(conn, "edges")) {
		n, _ := e["node"].(map[string]any)
		if s, ok := e["score"]; ok {
			n = map[string]any{"id": n["id"], "score": s}
		}
		out = append(out, n)
	}
	return out
}

func pluck(ms []map[string]any, key string) []string {
	out := []string{}
	for _, m := range ms {
		out = append(out, fmt.Sprint(m[key]))
	}
	return out
}

func pairsOf(ms []map[string]any, key, score string) []string {
	var out []string
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%v %.3f", m[key], num(m[score])))
	}
	return out
}

func num(v any) float64 {
	f, _ := v.(float64)
	return f
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	if s == nil {
		s = []string{}
	}
	return s
}
