package server_test

import (
	"testing"

	"github.com/polgraph/polgraph/graph/readtest"
	"github.com/polgraph/polgraph/server"
)

// minPrecision reaches every date filter of the API: a month-dated arrest
// is in a March range until the range asks for days; a minimum precision
// leaves the undated inquiry out of the timeline.
func TestMinPrecision(t *testing.T) {
	a := newAPI(t, server.Config{})
	w := readtest.Load(t, a.db, "srvd")
	for _, tt := range []struct {
		min     string
		arrests int
		undated int
	}{
		{"null", 1, 1},
		{"YEAR", 1, 0},
		{"MONTH", 1, 0},
		{"DAY", 0, 0},
	} {
		var got struct {
			Events   struct{ TotalCount int }
			Claims   struct{ TotalCount int }
			Timeline struct {
				Events  struct{ TotalCount int }
				Undated nodes[struct{ ID string }]
			}
		}
		a.query(`query($mira: ID!, $tomas: ID!) {
			events(where: {participant: $mira, from: "2021-03-01", to: "2021-03-31", minPrecision: `+tt.min+`}) { totalCount }
			claims(about: $mira, from: "2021-03-01", to: "2021-03-31", minPrecision: `+tt.min+`) { totalCount }
			timeline(entityIds: [$mira, $tomas], from: "2021-03-01", to: "2021-03-31", minPrecision: `+tt.min+`) { events { totalCount } undated { edges { node { id } } } } }`,
			map[string]any{"mira": w.Mira, "tomas": w.Tomas}, &got)
		if got.Events.TotalCount != tt.arrests || got.Claims.TotalCount != tt.arrests || got.Timeline.Events.TotalCount != tt.arrests {
			t.Errorf("minPrecision %s: events %d, claims %d, timeline %d, want %d each", tt.min, got.Events.TotalCount, got.Claims.TotalCount, got.Timeline.Events.TotalCount, tt.arrests)
		}
		if len(got.Timeline.Undated) != tt.undated {
			t.Errorf("minPrecision %s: %d undated, want %d", tt.min, len(got.Timeline.Undated), tt.undated)
		}
	}
}
