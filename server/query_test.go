package server_test

import (
	"context"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/graph/readtest"
	"github.com/polgraph/polgraph/server"
)

func TestTimeline(t *testing.T) {
	a := newAPI(t, server.Config{})
	w := readtest.Load(t, a.db, "srvq")
	var got struct {
		Timeline struct {
			Events struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						ID, Type, Precision, Status string
						Date                        *string
						Sources                     nodes[struct {
							Article    struct{ ID string }
							Provenance struct {
								Sentence   string
								Start, End int
								Extractor  string
								Confidence float64
							}
						}]
						Participants nodes[struct {
							Role   string
							Entity struct{ ID, Name string }
						}]
					}
				}
			}
			Undated nodes[struct{ Type string }]
		}
	}
	a.query(`query($ids: [ID!]) { timeline(entityIds: $ids) {
		events { totalCount edges { node { id type date precision status
			sources { edges { node { article { id } provenance { sentence start end extractor confidence } } } }
			participants { edges { node { role entity { id name } } } } } } }
		undated { edges { node { type } } } } }`, map[string]any{"ids": []string{w.Ilsa, w.Tomas, w.Mira}}, &got)

	var types []string
	for _, e := range got.Timeline.Events.Edges {
		types = append(types, e.Node.Type)
	}
	if want := []string{"ARREST", "MEETING", "RESIGNATION"}; !slices.Equal(types, want) {
		t.Fatalf("timeline = %v, want %v", types, want)
	}
	if got.Timeline.Events.TotalCount != 3 {
		t.Errorf("totalCount = %d", got.Timeline.Events.TotalCount)
	}
	arrest, meeting := got.Timeline.Events.Edges[0].Node, got.Timeline.Events.Edges[1].Node
	if arrest.Status != "ALLEGED" || arrest.Precision != "MONTH" || arrest.Date == nil || *arrest.Date != "2021-03" {
		t.Errorf("arrest = %+v", arrest)
	}
	if len(meeting.Sources) != 2 {
		t.Errorf("the meeting, reported twice, has %d sources; want 2", len(meeting.Sources))
	}
	for _, s := range meeting.Sources {
		p := s.Provenance
		if p.Sentence == "" || p.End <= p.Start || p.Extractor != "readtest/1" || p.Confidence == 0 {
			t.Errorf("provenance = %+v", p)
		}
	}
	if len(meeting.Participants) < 2 {
		t.Errorf("meeting participants = %+v", meeting.Participants)
	}
	if len(got.Timeline.Undated) != 1 || got.Timeline.Undated[0].Type != "INVESTIGATION" {
		t.Errorf("undated = %+v", got.Timeline.Undated)
	}
}

func TestPartiesAsOf(t *testing.T) {
	a := newAPI(t, server.Config{})
	w := readtest.Load(t, a.db, "srvp")
	tests := []struct {
		asOf string
		want []string
	}{
		{"2020-06-01", []string{"Northern Accord Party"}},
		{"2023-02-14", []string{"Northern Accord Party"}},
		{"2023-04-01", nil},
		{"2018-12-31", nil},
	}
	for _, tt := range tests {
		var got struct {
			Person struct {
				Parties []struct {
					To                                   struct{ Name string }
					ValidFrom, ValidTo                   *string
					ValidFromPrecision, ValidToPrecision *string
					Provenance                           []struct{ Article struct{ ID string } }
				}
			}
		}
		a.query(`query($id: ID!, $asOf: Date) { person(id: $id) { parties(asOf: $asOf) { to { name } validFrom validTo validFromPrecision validToPrecision provenance { article { id } } } } }`,
			map[string]any{"id": w.Ilsa, "asOf": tt.asOf}, &got)
		var names []string
		for _, p := range got.Person.Parties {
			names = append(names, p.To.Name)
			if p.ValidFrom == nil || *p.ValidFrom != "2019-01-01" || p.ValidTo == nil || *p.ValidTo != "2023-02-14" || len(p.Provenance) != 2 {
				t.Errorf("asOf %s: membership %+v", tt.asOf, p)
			}
			// "since 2019": the first day of a year, and said to be so
			if p.ValidFromPrecision == nil || *p.ValidFromPrecision != "YEAR" || p.ValidToPrecision == nil || *p.ValidToPrecision != "DAY" {
				t.Errorf("asOf %s: membership precisions %v, %v; want YEAR, DAY", tt.asOf, p.ValidFromPrecision, p.ValidToPrecision)
			}
		}
		if !slices.Equal(names, tt.want) {
			t.Errorf("parties asOf %s = %v, want %v", tt.asOf, names, tt.want)
		}
	}
	var party struct {
		Party struct {
			Members nodes[struct{ From struct{ ID string } }]
		}
	}
	a.query(`query($id: ID!) { party(id: $id) { members(asOf: "2022-01-01") { edges { node { from { id } } } } } }`, map[string]any{"id": w.Party}, &party)
	if len(party.Party.Members) != 1 || party.Party.Members[0].From.ID != w.Ilsa {
		t.Errorf("members = %+v", party.Party.Members)
	}
}

func TestSearch(t *testing.T) {
	a := newAPI(t, server.Config{})
	w := readtest.Load(t, a.db, "srvs")
	for _, text := range []string{"brandtvik", "ILSA BRANDTVIK", "Brandvik", "Ilsa Brandtvick"} {
		var got struct {
			Search struct {
				Edges []struct {
					Score float64
					Node  struct{ ID, Kind string }
				}
			}
		}
		a.query(`query($text: String!) { search(text: $text, kinds: [PERSON], first: 50) { edges { score node { id kind } } } }`, map[string]any{"text": text}, &got)
		found := false
		for _, e := range got.Search.Edges {
			found = found || e.Node.ID == w.Ilsa
			if e.Node.Kind != "PERSON" {
				t.Errorf("search %q with kinds [PERSON] returned a %s", text, e.Node.Kind)
			}
		}
		if !found {
			t.Errorf("search %q misses %s: %+v", text, w.Ilsa, got.Search.Edges)
		}
	}
}

func TestRelationshipsAndNeighbors(t *testing.T) {
	a := newAPI(t, server.Config{})
	w := readtest.Load(t, a.db, "srvr")
	var got struct {
		Relationships []struct {
			Length int
			Nodes  []struct {
				ID, Kind, Label string
				Entity          *struct{ Name string }
				Event           *struct{ Type string }
			}
			Edges []struct {
				Type, From, To string
				Provenance     []struct {
					Sentence string
					Article  struct{ ID string }
				}
			}
		}
	}
	a.query(`query($from: ID!, $to: ID!) { relationships(from: $from, to: $to, maxHops: 4) {
		length nodes { id kind label entity { name } event { type } } edges { type from to provenance { sentence article { id } } } } }`,
		map[string]any{"from": w.Ilsa, "to": w.Mira}, &got)
	if len(got.Relationships) == 0 {
		t.Fatal("no path between Ilsa and Mira")
	}
	for _, p := range got.Relationships {
		if p.Nodes[0].ID != w.Ilsa || p.Nodes[len(p.Nodes)-1].ID != w.Mira || p.Length > 4 {
			t.Errorf("path %+v", p)
		}
		for _, n := range p.Nodes {
			if (n.Kind == "Event") != (n.Event != nil) || (n.Kind == "Event") == (n.Entity != nil) {
				t.Errorf("node %+v: entity/event do not match its kind", n)
			}
			if n.Entity != nil && n.Label != n.Entity.Name {
				t.Errorf("entity node %+v: label is not its name", n)
			}
		}
		for _, e := range p.Edges {
			if len(e.Provenance) == 0 || e.Provenance[0].Sentence == "" {
				t.Errorf("edge %+v has no evidence", e)
			}
		}
	}
	// first keeps the best paths of the same list.
	var best struct {
		Relationships []struct{ Nodes []struct{ ID string } }
	}
	a.query(`query($from: ID!, $to: ID!) { relationships(from: $from, to: $to, maxHops: 4, first: 1) { nodes { id } } }`,
		map[string]any{"from": w.Ilsa, "to": w.Mira}, &best)
	var wantIDs, gotIDs []string
	for _, n := range got.Relationships[0].Nodes {
		wantIDs = append(wantIDs, n.ID)
	}
	for _, p := range best.Relationships {
		for _, n := range p.Nodes {
			gotIDs = append(gotIDs, n.ID)
		}
	}
	if len(best.Relationships) != 1 || !slices.Equal(gotIDs, wantIDs) {
		t.Errorf("relationships(first: 1) = %v, want the first path of all, %v", gotIDs, wantIDs)
	}
	var nb struct {
		Neighbors nodes[struct {
			Distance int
			Via      string
			Node     struct{ ID, Kind, Name, Label string }
		}]
	}
	// via EVENT steps only into events and out of them. Each neighbour has
	// a short label: an entity its name, an event its type, date and who
	// takes part, not its evidence sentence.
	a.query(`query($id: ID!) { neighbors(id: $id, depth: 2, via: [EVENT], first: 50) { edges { node { distance via node { id kind name label } } } } }`, map[string]any{"id": w.Mira}, &nb)
	if len(nb.Neighbors) == 0 {
		t.Error("neighbors via EVENT: none; Mira was arrested")
	}
	for _, n := range nb.Neighbors {
		if n.Via != "PARTICIPATED_IN" || (n.Distance == 1) != (n.Node.Kind == "Event") {
			t.Errorf("neighbor via EVENT %+v: want events at 1 step, their participants at 2", n)
		}
		switch {
		case n.Node.Kind != "Event" && n.Node.Label != n.Node.Name:
			t.Errorf("neighbor %+v: an entity's label is its name", n.Node)
		case n.Node.Kind == "Event" && (n.Node.Label == n.Node.Name || len(n.Node.Label) > 80 || !strings.Contains(n.Node.Label, ": ") || !strings.Contains(n.Node.Label, "Mira Kalvane")):
			t.Errorf("neighbor %+v: an event's label is its type, date and who takes part, short", n.Node)
		}
	}
	nb.Neighbors = nil
	a.query(`query($id: ID!) { neighbors(id: $id, depth: 2, relationTypes: [WORKS_FOR, CITIZEN_OF], via: [FACT], first: 10) { edges { node { distance via node { id } } } } }`, map[string]any{"id": w.Mira}, &nb)
	var ids []string
	for _, n := range nb.Neighbors {
		ids = append(ids, n.Node.ID)
	}
	slices.Sort(ids)
	want := []string{w.Country, w.Org, w.Tomas}
	slices.Sort(want)
	if !slices.Equal(ids, want) {
		t.Errorf("neighbors = %v, want %v", ids, want)
	}

	// Page by page, following endCursor, as in one page of 100.
	q := `query($id: ID!, $first: Int, $after: String) { neighbors(id: $id, depth: 2, first: $first, after: $after) {
		pageInfo { hasNextPage endCursor } edges { cursor node { distance node { id } } } } }`
	at := func(data json.RawMessage) connection {
		var got struct{ Neighbors connection }
		if err := json.Unmarshal(data, &got); err != nil {
			t.Fatal(err)
		}
		return got.Neighbors
	}
	all, _ := walk(t, a, q, map[string]any{"id": w.Mira}, 100, at)
	if len(all) < 4 {
		t.Fatalf("%d neighbours of Mira within 2 steps, want at least 4 to page", len(all))
	}
	for _, first := range []int{1, 3} {
		if got, _ := walk(t, a, q, map[string]any{"id": w.Mira}, first, at); !slices.Equal(got, all) {
			t.Errorf("neighbours %d at a time:\n%s\nwant\n%s", first, got, all)
		}
	}
}

func TestArticleAndStats(t *testing.T) {
	a := newAPI(t, server.Config{})
	w := readtest.Load(t, a.db, "srva")
	var got struct {
		Article struct {
			Title    string
			Entities []struct {
				Count  int
				Entity struct{ ID string }
			}
			Events []struct {
				Event      struct{ Type string }
				Provenance struct{ Sentence string }
			}
			Relations []struct{ Type string }
		}
		Stats struct {
			Articles        int
			MembersPerParty []struct {
				Party   struct{ ID string }
				Members int
			}
			EventsPerMonth []struct {
				Month, Type string
				Count       int
			}
			MentionsPerSource []struct {
				Source   string
				Mentions int
			}
		}
		Events struct {
			TotalCount int
			Edges      []struct{ Node struct{ Type string } }
		}
	}
	a.query(`query($id: ID!, $ilsa: ID!) {
		article(id: $id) { title entities { count entity { id } } events { event { type } provenance { sentence } } relations { type } }
		stats { articles membersPerParty(asOf: "2022-01-01") { party { id } members } eventsPerMonth(types: [ARREST]) { month type count } mentionsPerSource { source mentions } }
		events(where: { participant: $ilsa, role: AGENT }, orderBy: { field: DATE, direction: DESC }) { totalCount edges { node { type } } } }`,
		map[string]any{"id": w.Articles[2], "ilsa": w.Ilsa}, &got)
	if got.Article.Title != "Kalvane arrest alleged" || len(got.Article.Entities) != 4 || len(got.Article.Events) != 2 || len(got.Article.Relations) != 2 {
		t.Errorf("article = %+v", got.Article)
	}
	if got.Stats.Articles < 3 || len(got.Stats.EventsPerMonth) == 0 || len(got.Stats.MentionsPerSource) == 0 {
		t.Errorf("stats = %+v", got.Stats)
	}
	if !slices.ContainsFunc(got.Stats.MembersPerParty, func(p struct {
		Party   struct{ ID string }
		Members int
	}) bool {
		return p.Party.ID == w.Party && p.Members == 1
	}) {
		t.Errorf("membersPerParty lacks %s: %+v", w.Party, got.Stats.MembersPerParty)
	}
	if got.Events.TotalCount != 2 || len(got.Events.Edges) != 2 || got.Events.Edges[0].Node.Type != "RESIGNATION" {
		t.Errorf("events = %+v", got.Events)
	}
}

func TestPagination(t *testing.T) {
	a := newAPI(t, server.Config{})
	w := readtest.Load(t, a.db, "srvg")
	type page struct {
		Timeline struct {
			Events struct {
				Edges    []struct{ Node struct{ Type string } }
				PageInfo struct {
					HasNextPage bool
					EndCursor   *string
				}
			}
		}
	}
	var types []string
	var after *string
	for range 5 {
		var got page
		a.query(`query($ids: [ID!], $after: String) { timeline(entityIds: $ids, first: 1, after: $after) { events { edges { node { type } } pageInfo { hasNextPage endCursor } } } }`,
			map[string]any{"ids": []string{w.Ilsa, w.Mira}, "after": after}, &got)
		for _, e := range got.Timeline.Events.Edges {
			types = append(types, e.Node.Type)
		}
		if !got.Timeline.Events.PageInfo.HasNextPage {
			break
		}
		after = got.Timeline.Events.PageInfo.EndCursor
	}
	if want := []string{"ARREST", "MEETING", "RESIGNATION"}; !slices.Equal(types, want) {
		t.Errorf("paged timeline = %v, want %v", types, want)
	}
}

// search counts its matches like every other connection.
func TestSearchTotalCount(t *testing.T) {
	a := newAPI(t, server.Config{})
	p := graphtest.Prefix(t, a.db, "search")
	var text strings.Builder
	var entities []polgraph.Entity
	for _, e := range []struct{ kind, slug, name string }{
		{polgraph.KindPerson, "zephyrine-quorvexilith", "Zephyrine Quorvexilith"},
		{polgraph.KindOrganization, "quorvexilith-foundation", "Quorvexilith Foundation"},
		{polgraph.KindPlace, "quorvexilith-bay", "Quorvexilith Bay"},
	} {
		start := text.Len()
		text.WriteString(e.name + ". ")
		entities = append(entities, polgraph.Entity{ID: p + e.slug, Kind: e.kind, Name: e.name,
			Mentions: []polgraph.Span{{Start: start, End: start + len(e.name), Text: e.name}}})
	}
	ex := &polgraph.Extraction{Extractor: "test-1", Entities: entities,
		Article: polgraph.Article{ID: p + "a", Title: "Quorvexilith", PublishedAt: "2024-05-01", Text: text.String()}}
	if err := a.db.WriteExtractions(context.Background(), []*polgraph.Extraction{ex}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		kinds        []string
		total, edges int
		wantNextPage bool
	}{
		{nil, 3, 1, true},
		{[]string{"PERSON"}, 1, 1, false},
		{[]string{"PARTY"}, 0, 0, false},
	}
	for _, tt := range tests {
		var got struct {
			Search struct {
				TotalCount int
				Edges      []struct{ Node struct{ ID string } }
				PageInfo   struct{ HasNextPage bool }
			}
		}
		a.query(`query($kinds: [EntityKind!]) { search(text: "quorvexilith", kinds: $kinds, first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage } } }`,
			map[string]any{"kinds": tt.kinds}, &got)
		if s := got.Search; s.TotalCount != tt.total || len(s.Edges) != tt.edges || s.PageInfo.HasNextPage != tt.wantNextPage {
			t.Errorf("search kinds %v: totalCount %d, %d edges, hasNextPage %v; want %d, %d, %v",
				tt.kinds, s.TotalCount, len(s.Edges), s.PageInfo.HasNextPage, tt.total, tt.edges, tt.wantNextPage)
		}
	}
}

// An event dated only by year has no month: eventsPerMonth leaves it out
// rather than count it under January.
func TestEventsPerMonthLeavesOutYears(t *testing.T) {
	a := newAPI(t, server.Config{})
	p := graphtest.Prefix(t, a.db, "months")
	const text = "Orla Fenwick denied it in 1712. Piet Varga denied it in March 1712. Quin Adler denied it on 9 March 1712."
	var entities []polgraph.Entity
	var events []polgraph.Event
	for i, e := range []struct{ slug, name, date, precision string }{
		{"orla-fenwick", "Orla Fenwick", "1712", polgraph.PrecisionYear},
		{"piet-varga", "Piet Varga", "1712-03", polgraph.PrecisionMonth},
		{"quin-adler", "Quin Adler", "1712-03-09", polgraph.PrecisionDay},
	} {
		id := p + "person/" + e.slug
		start := strings.Index(text, e.name)
		entities = append(entities, polgraph.Entity{ID: id, Kind: polgraph.KindPerson, Name: e.name,
			Mentions: []polgraph.Span{{Start: start, End: start + len(e.name), Text: e.name}}})
		events = append(events, polgraph.Event{ID: p + "denial-" + strconv.Itoa(i), Type: "DENIAL", Date: &e.date, Precision: e.precision,
			Status: polgraph.StatusAsserted, Confidence: 0.8, Participants: []polgraph.Participant{{Entity: id, Role: "agent"}},
			Evidence: polgraph.Span{Start: start, End: start + len(e.name), Text: e.name}})
	}
	ex := &polgraph.Extraction{Extractor: "test-1", Entities: entities, Events: events,
		Article: polgraph.Article{ID: p + "a", Title: "Denials of 1712", PublishedAt: "1712-04-01", Text: text}}
	if err := a.db.WriteExtractions(context.Background(), []*polgraph.Extraction{ex}); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Stats struct {
			EventsPerMonth []struct {
				Month, Type string
				Count       int
			}
		}
	}
	a.query(`{ stats { eventsPerMonth(types: [DENIAL], from: "1712-01-01", to: "1712-12-31") { month type count } } }`, nil, &got)
	want := []struct {
		Month, Type string
		Count       int
	}{{"1712-03", "DENIAL", 2}}
	if !slices.Equal(got.Stats.EventsPerMonth, want) {
		t.Errorf("eventsPerMonth in 1712 = %+v, want %+v (the year-dated denial left out)", got.Stats.EventsPerMonth, want)
	}
	// The two views of "denials in March 1712" agree at each precision:
	// the count under March is what events lists with that minPrecision.
	for _, tt := range []struct {
		min  string
		want int
	}{{"MONTH", 2}, {"DAY", 1}} {
		var both struct {
			Events struct{ TotalCount int }
			Stats  struct{ EventsPerMonth []struct{ Count int } }
		}
		a.query(`{ events(where: {types: [DENIAL], from: "1712-03-01", to: "1712-03-31", minPrecision: `+tt.min+`}) { totalCount }
			stats { eventsPerMonth(types: [DENIAL], from: "1712-03-01", to: "1712-03-31", minPrecision: `+tt.min+`) { count } } }`, nil, &both)
		perMonth := 0
		for _, m := range both.Stats.EventsPerMonth {
			perMonth += m.Count
		}
		if both.Events.TotalCount != tt.want || perMonth != tt.want {
			t.Errorf("March 1712, minPrecision %s: events %d, eventsPerMonth %d, want %d each", tt.min, both.Events.TotalCount, perMonth, tt.want)
		}
	}
}
