package server_test

import (
	"context"
	"slices"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/seeds"
	"github.com/polgraph/polgraph/server"
)

// loadSeeds writes the seed articles as `polgraph load seeds` does. Loading
// is idempotent and the seed belongs in the graph (make run loads it), so
// the test leaves it there.
func loadSeeds(t *testing.T, db *graph.DB) {
	t.Helper()
	ctx := context.Background()
	arts, err := seeds.Articles()
	if err != nil {
		t.Fatal(err)
	}
	x := extract.New()
	var exs []*polgraph.Extraction
	for _, a := range arts {
		ex, err := x.Extract(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		exs = append(exs, ex)
	}
	if err := db.WriteExtractions(ctx, exs); err != nil {
		t.Fatal(err)
	}
}

const (
	hanDong = "person/han-dong"
	kovrig  = "person/michael-kovrig"
	spavor  = "person/michael-spavor"
	meng    = "person/meng-wanzhou"
)

func TestSeedTimeline(t *testing.T) {
	a := newAPI(t, server.Config{})
	loadSeeds(t, a.db)
	var got struct {
		Timeline struct {
			Events struct {
				Edges []struct {
					Node struct {
						Type, Status string
						Date         *string
						Participants []struct{ Entity struct{ ID string } }
						Sources      []struct{ Provenance struct{ Sentence string } }
					}
				}
			}
		}
	}
	a.query(`query($ids: [ID!]) { timeline(entityIds: $ids, first: 100) { events { edges { node {
		type status date participants { entity { id } } sources { provenance { sentence } } } } } } }`,
		map[string]any{"ids": []string{hanDong, kovrig, spavor}}, &got)

	// The four events the article is about, in this order (others may lie between).
	want := []struct{ typ, date string }{
		{"ARREST", "2018-12"},      // the two Michaels arrested in December 2018
		{"", "2021-02"},            // Han Dong's alleged February 2021 meeting/advice
		{"RELEASE", "2021-09"},     // released in September 2021
		{"RESIGNATION", "2023-03"}, // resigned from caucus on 22 March 2023
	}
	i := 0
	var seen []string
	for _, e := range got.Timeline.Events.Edges {
		n := e.Node
		date := ""
		if n.Date != nil {
			date = *n.Date
		}
		seen = append(seen, n.Type+" "+date)
		if i < len(want) && (want[i].typ == "" || n.Type == want[i].typ) && len(date) >= len(want[i].date) && date[:len(want[i].date)] == want[i].date {
			if len(n.Sources) == 0 || n.Sources[0].Provenance.Sentence == "" {
				t.Errorf("%s %s has no evidence", n.Type, date)
			}
			i++
		}
	}
	if i < len(want) {
		t.Errorf("timeline lacks %s %s in order; got %v", want[i].typ, want[i].date, seen)
	}
}

func TestSeedHanDongParty(t *testing.T) {
	a := newAPI(t, server.Config{})
	loadSeeds(t, a.db)
	tests := []struct {
		asOf string
		want []string
	}{
		{"2023-01-01", []string{"party/liberal-party-of-canada"}},
		{"2023-04-01", nil},
	}
	for _, tt := range tests {
		var got struct {
			Person struct {
				Parties []struct{ To struct{ ID string } }
			}
		}
		a.query(`query($id: ID!, $asOf: Date) { person(id: $id) { parties(asOf: $asOf) { to { id } } } }`, map[string]any{"id": hanDong, "asOf": tt.asOf}, &got)
		var ids []string
		for _, p := range got.Person.Parties {
			ids = append(ids, p.To.ID)
		}
		if !slices.Equal(ids, tt.want) {
			t.Errorf("Han Dong's parties asOf %s = %v, want %v", tt.asOf, ids, tt.want)
		}
	}
}

func TestSeedHanDongToMengWanzhou(t *testing.T) {
	a := newAPI(t, server.Config{})
	loadSeeds(t, a.db)
	var got struct {
		Relationships []struct {
			Length int
			Nodes  []struct{ ID string }
			Edges  []struct {
				Type       string
				Provenance []struct{ Sentence string }
			}
		}
	}
	a.query(`query($from: ID!, $to: ID!) { relationships(from: $from, to: $to, maxHops: 4) { length nodes { id } edges { type provenance { sentence } } } }`,
		map[string]any{"from": hanDong, "to": meng}, &got)
	if len(got.Relationships) == 0 {
		t.Fatal("no path between Han Dong and Meng Wanzhou")
	}
	for _, p := range got.Relationships {
		for _, e := range p.Edges {
			if len(e.Provenance) == 0 {
				t.Errorf("edge %s without evidence in path %v", e.Type, p.Nodes)
			}
		}
	}
}
