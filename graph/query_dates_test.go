package graph_test

import (
	"context"
	"slices"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
)

// One date range, one meaning: events, timeline, claims and eventsPerMonth
// keep the same events of a month range, a year-dated event among them
// unless a minimum precision leaves it out. 1913 is a year no other test
// dates anything in, so the unfiltered per-month counts are this test's.
func TestDateRangeIsOneFilter(t *testing.T) {
	db := graphtest.Open(t)
	f := fixture{testPrefix(t, db)}
	ossian := f.entity(polgraph.KindPerson, "ossian-hale", "Ossian Hale")
	a := f.article("dates", "1913-05-01", "Ossian Hale was arrested, met, elected, protested and voted.", ossian)
	who := "person/ossian-hale"
	a.Events = []polgraph.Event{
		f.event("dates-day", "ARREST", "1913-03-10", "day", who, "agent"),
		f.event("dates-month", "MEETING", "1913-03", "month", who, "agent"),
		f.event("dates-year", "ELECTION", "1913", "year", who, "agent"),
		f.event("dates-april", "VOTE", "1913-04-02", "day", who, "agent"),
		f.event("dates-undated", "PROTEST", "", "unknown", who, "agent"),
	}
	for i := range a.Events {
		a.Events[i].Status = polgraph.StatusAlleged // so that claims lists them
	}
	write(t, db, a)
	ctx := context.Background()
	person := f.p + who
	march := func(min string) graph.DateRange {
		return graph.DateRange{From: "1913-03-01", To: "1913-03-31", MinPrecision: min}
	}
	day, month, year := f.p+"dates-day", f.p+"dates-month", f.p+"dates-year"

	tests := []struct {
		name  string
		dates graph.DateRange
		want  []string // in date order
	}{
		{"March, any precision", march(""), []string{year, month, day}},
		{"March, to the month", march(polgraph.PrecisionMonth), []string{month, day}},
		{"March, to the day", march(polgraph.PrecisionDay), []string{day}},
		{"March, to the year", march(polgraph.PrecisionYear), []string{year, month, day}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs, _, err := db.Events(ctx, graph.EventFilter{Participant: person, Dates: tt.dates}, graph.Sort{Field: graph.OrderDate}, graph.Page{})
			checkIDs(t, "events", eventIDs(evs), err, tt.want)
			evs, _, err = db.Timeline(ctx, graph.TimelineFilter{EntityIDs: []string{person}, Dates: tt.dates}, graph.Page{})
			checkIDs(t, "timeline", eventIDs(evs), err, tt.want)
			evs, _, err = db.Claims(ctx, graph.ClaimFilter{About: person, Dates: tt.dates}, graph.Page{})
			checkIDs(t, "claims", eventIDs(evs), err, tt.want)

			// eventsPerMonth counts what events lists at least to the month.
			monthly, err := db.EventsPerMonth(ctx, nil, tt.dates)
			if err != nil {
				t.Fatal(err)
			}
			counted := 0
			for _, m := range monthly {
				if m.Month == "1913-03" {
					counted += m.Count
				}
			}
			evs, _, _ = db.Events(ctx, graph.EventFilter{Participant: person, Dates: atLeastMonth(tt.dates)}, graph.Sort{}, graph.Page{})
			if counted != len(evs) {
				t.Errorf("eventsPerMonth counts %d in March, events lists %d at least to the month", counted, len(evs))
			}
		})
	}

	undated, _, err := db.UndatedTimeline(ctx, graph.TimelineFilter{EntityIDs: []string{person}}, graph.Page{})
	checkIDs(t, "undated", eventIDs(undated), err, []string{f.p + "dates-undated"})
	undated, _, err = db.UndatedTimeline(ctx, graph.TimelineFilter{EntityIDs: []string{person}, Dates: graph.DateRange{MinPrecision: polgraph.PrecisionYear}}, graph.Page{})
	checkIDs(t, "undated with a minimum precision", eventIDs(undated), err, nil)
}

func atLeastMonth(r graph.DateRange) graph.DateRange {
	if !polgraph.Precision(r.MinPrecision).AtLeast(polgraph.PrecisionMonth) {
		r.MinPrecision = polgraph.PrecisionMonth
	}
	return r
}

func eventIDs(evs []graph.Event) []string {
	var out []string
	for _, v := range evs {
		out = append(out, v.ID)
	}
	return out
}

func checkIDs(t *testing.T, what string, got []string, err error, want []string) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if !slices.Equal(got, want) {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}
