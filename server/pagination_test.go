package server_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/polgraph/polgraph/graph/readtest"
	"github.com/polgraph/polgraph/server"
)

// connection is a connection as a test reads it: its nodes' keys, where
// the page ends, and how many there are in all.
type connection struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage bool
		EndCursor   *string
	}
	Edges []struct {
		Cursor string
		Node   json.RawMessage
	}
}

// walk reads a connection page by page, first items at a time, following
// pageInfo.endCursor; at returns the connection in a response. It returns
// every node's raw JSON in order and the totalCount each page gave.
func walk(t *testing.T, a *api, query string, vars map[string]any, first int, at func(json.RawMessage) connection) (nodes []string, totals []int) {
	t.Helper()
	var after any
	for page := 0; ; page++ {
		if page > 50 {
			t.Fatalf("still paging after 50 pages of %d", first)
		}
		v := map[string]any{"first": first, "after": after}
		for k, x := range vars {
			v[k] = x
		}
		var data json.RawMessage
		a.query(query, v, &data)
		c := at(data)
		totals = append(totals, c.TotalCount)
		for _, e := range c.Edges {
			nodes = append(nodes, string(e.Node))
		}
		if len(c.Edges) > first {
			t.Errorf("page %d holds %d items, asked for %d", page, len(c.Edges), first)
		}
		if !c.PageInfo.HasNextPage {
			return nodes, totals
		}
		if c.PageInfo.EndCursor == nil || len(c.Edges) == 0 {
			t.Fatalf("page %d: hasNextPage with no endCursor: %+v", page, c)
		}
		after = *c.PageInfo.EndCursor
	}
}

// The lists under an item that can grow page: following endCursor one or
// two items at a time lists what one page of 100 lists, in the same order,
// each page telling the same totalCount.
func TestNestedListsPage(t *testing.T) {
	a := newAPI(t, server.Config{})
	loadSeeds(t, a.db)
	w := readtest.Load(t, a.db, "srvpg")

	var meeting struct {
		Timeline struct {
			Events struct {
				Edges []struct{ Node struct{ ID, Type string } }
			}
		}
	}
	a.query(`query($id: ID!) { timeline(entityIds: [$id]) { events { edges { node { id type } } } } }`, map[string]any{"id": w.Ilsa}, &meeting)
	var meetingID string
	for _, e := range meeting.Timeline.Events.Edges {
		if e.Node.Type == "MEETING" {
			meetingID = e.Node.ID
		}
	}
	if meetingID == "" {
		t.Fatalf("no meeting on Ilsa Brandtvik's timeline: %+v", meeting)
	}

	event := func(field string) func(json.RawMessage) connection {
		return func(data json.RawMessage) connection {
			var got struct{ Event map[string]connection }
			if err := json.Unmarshal(data, &got); err != nil {
				t.Fatal(err)
			}
			return got.Event[field]
		}
	}
	entity := func(field string) func(json.RawMessage) connection {
		return func(data json.RawMessage) connection {
			var got struct{ Entity map[string]connection }
			if err := json.Unmarshal(data, &got); err != nil {
				t.Fatal(err)
			}
			return got.Entity[field]
		}
	}
	undated := func(data json.RawMessage) connection {
		var got struct{ Timeline struct{ Undated connection } }
		if err := json.Unmarshal(data, &got); err != nil {
			t.Fatal(err)
		}
		return got.Timeline.Undated
	}
	supports := func(data json.RawMessage) connection {
		var got struct {
			Entity struct {
				Relations struct {
					Edges []struct{ Node struct{ Supports connection } }
				}
			}
		}
		if err := json.Unmarshal(data, &got); err != nil {
			t.Fatal(err)
		}
		if len(got.Entity.Relations.Edges) != 1 {
			t.Fatalf("Ilsa Brandtvik's memberships: %s", data)
		}
		return got.Entity.Relations.Edges[0].Node.Supports
	}
	tests := []struct {
		name, query string
		vars        map[string]any
		at          func(json.RawMessage) connection
		atLeast     int // items the list must have for paging to be tried
	}{
		{"undated events of the seed", `query($first: Int, $after: String) { timeline(entityIds: ["person/han-dong"]) {
			undated(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type } } } } }`,
			nil, undated, 3},
		{"participants of the meeting", `query($id: ID!, $first: Int, $after: String) { event(id: $id) {
			participants(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { role entity { id } } } } } }`,
			map[string]any{"id": meetingID}, event("participants"), 3},
		{"sources of the meeting", `query($id: ID!, $first: Int, $after: String) { event(id: $id) {
			sources(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { article { id } provenance { sentence } } } } } }`,
			map[string]any{"id": meetingID}, event("sources"), 2},
		{"relations of Kestrel Energy", `query($id: ID!, $first: Int, $after: String) { entity(id: $id) {
			relations(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { type from { id } to { id } } } } } }`,
			map[string]any{"id": w.Org}, entity("relations"), 2},
		{"co-participants of Ilsa Brandtvik", `query($id: ID!, $first: Int, $after: String) { entity(id: $id) {
			coParticipants(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { entity { id } sharedEvents } } } } }`,
			map[string]any{"id": w.Ilsa}, entity("coParticipants"), 2},
		{"events of Ilsa Brandtvik", `query($id: ID!, $first: Int, $after: String) { entity(id: $id) {
			events(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor role node { id } } } } }`,
			map[string]any{"id": w.Ilsa}, entity("events"), 2},
		{"articles mentioning Ilsa Brandtvik", `query($id: ID!, $first: Int, $after: String) { entity(id: $id) {
			mentionedIn(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor count node { id } } } } }`,
			map[string]any{"id": w.Ilsa}, entity("mentionedIn"), 2},
		{"members of the Northern Accord Party", `query($id: ID!, $first: Int, $after: String) { entity: party(id: $id) {
			members(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { from { id } validFrom validTo } } } } }`,
			map[string]any{"id": w.Party}, entity("members"), 1},
		{"articles stating Ilsa Brandtvik's membership", `query($id: ID!, $first: Int, $after: String) { entity(id: $id) {
			relations(types: [MEMBER_OF], first: 1) { edges { node {
				supports(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { article { id } sentence start end } } } } } } } }`,
			map[string]any{"id": w.Ilsa}, supports, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, wantTotals := walk(t, a, tt.query, tt.vars, 100, tt.at)
			if len(want) < tt.atLeast || wantTotals[0] != len(want) {
				t.Fatalf("one page of 100 holds %d items, totalCount %d; want at least %d, all counted", len(want), wantTotals[0], tt.atLeast)
			}
			for _, first := range []int{1, 2} {
				got, totals := walk(t, a, tt.query, tt.vars, first, tt.at)
				if !slices.Equal(got, want) {
					t.Errorf("first %d, page by page:\n%s\nwant\n%s", first, got, want)
				}
				for i, n := range totals {
					if n != len(want) {
						t.Errorf("first %d: page %d says totalCount %d, want %d", first, i, n, len(want))
					}
				}
			}
		})
	}

	// A cursor of another API is refused by name, not read as the start.
	res := a.do(`query($id: ID!) { event(id: $id) { sources(after: "bm90LWEtY3Vyc29y") { totalCount } } }`, map[string]any{"id": meetingID}, "")
	if len(res.Errors) != 1 || res.Errors[0].code() != "BAD_USER_INPUT" {
		t.Errorf("a foreign cursor answered %s, want BAD_USER_INPUT", fmt.Sprint(res.Errors))
	}
}
