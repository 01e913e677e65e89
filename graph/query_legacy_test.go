package graph_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
)

// The events and timeline queries as main ran them before issue 16
// (700dc22), rendered from their templates: every filter written as
// `($x IS NULL OR …)`, which no index serves, and a timeline of several
// entities that sorts every event of every one of them. Today's queries
// must answer as they did (TestListQueriesAtScale), at a fraction of the
// cost (BenchmarkListQueryShapes).
const (
	legacyEventColumns = `v {.id, .type, .date, .precision, .status, .summary, dateStart: toString(v.dateStart), dateEnd: toString(v.dateEnd), firstReported: toString(v.firstReported), sourceCount: coalesce(v.sourceCount, 0)}`
	legacyInDateRange  = `($from IS NULL OR v.dateEnd >= date($from))
  AND ($to IS NULL OR v.dateStart <= date($to))
  AND ($precisions IS NULL OR v.precision IN $precisions)`
	// legacyEvents takes the ORDER BY clause.
	legacyEvents = `MATCH (v:Event)
WHERE ($types IS NULL OR v.type IN $types)
  AND ($status IS NULL OR v.status IN $status)
  AND ($precision IS NULL OR v.precision IN $precision)
  AND ` + legacyInDateRange + `
RETURN ` + legacyEventColumns + ` AS event
ORDER BY %s, v.id
SKIP $skip LIMIT $first`
	// legacyTimeline takes the match: of the entities $ids, or of all.
	legacyTimeline = `%s
WHERE ($types IS NULL OR v.type IN $types)
  AND ($status IS NULL OR v.status IN $status)
  AND v.dateStart IS NOT NULL
  AND ` + legacyInDateRange + `
RETURN ` + legacyEventColumns + ` AS event
ORDER BY v.dateStart, v.dateEnd, v.id
SKIP $skip LIMIT $first`
	legacyOfEntities = "MATCH (e:Entity)-[:PARTICIPATED_IN]->(v:Event)\nWHERE e.id IN $ids\nWITH DISTINCT v"
	legacyOfAll      = "MATCH (v:Event)"
	// legacyClaims is the claims query naming no entity as it ran before
	// its page was cut from the event_date index: every claim read and
	// sorted.
	legacyClaims = `CALL () {
  MATCH (v:Alleged) RETURN v
  UNION
  MATCH (v:Denied) RETURN v
  UNION
  MATCH (:Entity)-[:CLAIMS]->(v:Event) RETURN v
}
WITH v
WHERE ($status IS NULL OR v.status IN $status)
  AND ($denied IS NULL OR v:Denied = $denied)
  AND ` + legacyInDateRange + `
RETURN ` + legacyEventColumns + ` AS event
ORDER BY v.dateStart IS NULL, v.dateStart, v.id
SKIP $skip LIMIT $first`
)

// legacyParams are the parameters the legacy queries took: null for a
// filter not given.
func legacyParams(types, status []string, dates graph.DateRange, p graph.Page, ids []string) map[string]any {
	orNil := func(s []string) any {
		if len(s) == 0 {
			return nil
		}
		return s
	}
	strOrNil := func(s string) any {
		if s == "" {
			return nil
		}
		return s
	}
	var precisions any
	if dates.MinPrecision != "" {
		var ps []string
		for _, q := range polgraph.Precisions {
			if q.AtLeast(polgraph.Precision(dates.MinPrecision)) && q != polgraph.PrecisionUnknown {
				ps = append(ps, string(q))
			}
		}
		precisions = ps
	}
	return map[string]any{"types": orNil(types), "status": orNil(status), "precision": nil, "precisions": precisions,
		"from": strOrNil(dates.From), "to": strOrNil(dates.To), "ids": orNil(ids), "skip": p.Skip, "first": p.Size() + 1}
}

// legacyIDs runs a legacy query and returns the ids of its events, the
// one that tells whether another page follows dropped.
func legacyIDs(ctx context.Context, db *graph.DB, cypher string, params map[string]any, p graph.Page) ([]string, error) {
	res, err := db.ReadRaw(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, r := range res.Records {
		ev, _ := r.Get("event")
		ids = append(ids, ev.(map[string]any)["id"].(string))
	}
	return ids[:min(len(ids), p.Size())], nil
}

// answersAsBefore compares events, claims and timelines with the legacy
// queries' answers on w, for filters that take every path the new queries have.
// Other tests write and remove their own worlds meanwhile: the pages
// compared hold only w's events (the oldest in the database, or the
// entities' own), so that what they add or take away cannot make the two
// answers differ.
func answersAsBefore(t *testing.T, db *graph.DB, w planWorld) {
	ctx := context.Background()
	types := []string{"MEETING", "ARREST"}
	ranges := []graph.DateRange{
		{},
		{From: "1404-05-14"},                   // inside a week, month, quarter and year that start before it
		{From: "1406-01-01"},                   // where every period holding it starts
		{To: "1402-03-31"},                     //
		{From: "1404-05-14", To: "1405-05-13"}, //
		{From: "1403-07-04", To: "1403-09-30", MinPrecision: "month"},
	}
	pages := []graph.Page{{First: 20, Skip: 40}}
	compared, empty := 0, 0
	defer func() {
		if empty > compared/4 {
			t.Errorf("%d of %d comparisons had no events: they prove little", empty, compared)
		}
	}()
	for i, dates := range ranges {
		pages := pages
		if i == 0 {
			pages = append(pages, graph.Page{First: 100}) // a window where a busy entity is read as a quiet one (timeline.cypher)
		}
		for _, f := range []graph.EventFilter{{Dates: dates}, {Types: types, Dates: dates}, {Types: types[:1], Dates: dates}, {Status: []string{"alleged"}, Dates: dates}} {
			sorts := []graph.Sort{{}}
			if dates.To != "" { // newest first, the world's own events come first only up to To
				sorts = append(sorts, graph.Sort{Field: graph.OrderDate, Desc: true})
			}
			for _, s := range sorts {
				order := "v.dateStart IS NULL, v.dateStart"
				if s.Desc {
					order += " DESC"
				}
				for _, p := range pages {
					got, _, err := db.Events(ctx, f, s, p)
					if err != nil {
						t.Fatal(err)
					}
					want, err := legacyIDs(ctx, db, fmt.Sprintf(legacyEvents, order), legacyParams(f.Types, f.Status, f.Dates, p, nil), p)
					if err != nil {
						t.Fatal(err)
					}
					compared++
					if len(want) == 0 {
						empty++
					}
					if !slices.Equal(eventIDs(got), want) {
						t.Errorf("events(%+v, %+v, %+v) = %d events %v…, want %d %v…", f, s, p, len(got), head(eventIDs(got)), len(want), head(want))
					}
				}
			}
		}
		yes, no := true, false
		for _, f := range []graph.ClaimFilter{{Dates: dates}, {Denied: &yes, Dates: dates}, {Status: []string{"alleged"}, Denied: &no, Dates: dates}} {
			for _, p := range pages {
				got, _, err := db.Claims(ctx, f, p)
				if err != nil {
					t.Fatal(err)
				}
				params := legacyParams(nil, f.Status, f.Dates, p, nil)
				params["denied"] = nil
				if f.Denied != nil {
					params["denied"] = *f.Denied
				}
				want, err := legacyIDs(ctx, db, legacyClaims, params, p)
				if err != nil {
					t.Fatal(err)
				}
				compared++
				if len(want) == 0 {
					empty++
				}
				if !slices.Equal(eventIDs(got), want) {
					t.Errorf("claims(%+v, %+v) = %d events %v…, want %d %v…", f, p, len(got), head(eventIDs(got)), len(want), head(want))
				}
			}
		}
		for _, ids := range [][]string{nil, w.hubs[:1], w.hubs[:3], {w.hubs[4], w.people[9], w.hubs[4]}} {
			for _, f := range []graph.TimelineFilter{{EntityIDs: ids, Dates: dates}, {EntityIDs: ids, Types: types, Status: []string{"asserted"}, Dates: dates}} {
				match := legacyOfAll
				if len(ids) > 0 {
					match = legacyOfEntities
				}
				for _, p := range pages {
					got, _, err := db.Timeline(ctx, f, p)
					if err != nil {
						t.Fatal(err)
					}
					want, err := legacyIDs(ctx, db, fmt.Sprintf(legacyTimeline, match), legacyParams(f.Types, f.Status, f.Dates, p, ids), p)
					if err != nil {
						t.Fatal(err)
					}
					compared++
					if len(want) == 0 {
						empty++
					}
					if !slices.Equal(eventIDs(got), want) {
						t.Errorf("timeline(%+v, %+v) = %d events %v…, want %d %v…", f, p, len(got), head(eventIDs(got)), len(want), head(want))
					}
				}
			}
		}
	}
}

func head(ids []string) []string { return ids[:min(len(ids), 3)] }

// BenchmarkListQueryShapes runs the events and timeline queries of issue
// 16's measurements in the legacy shape and today's, side by side on one
// graph of 20,000 events: ns/op, and the DB hits of one PROFILE of each.
func BenchmarkListQueryShapes(b *testing.B) {
	db := graphtest.Open(b)
	const events = 20000
	w := writePlanWorld(b, db, events)
	ctx := context.Background()
	types := []string{"MEETING", "ARREST"}
	year := graph.DateRange{From: "1404-05-14", To: "1405-05-13"}
	page50, page20 := graph.Page{First: 50}, graph.Page{First: 20}
	three := w.hubs[:3]
	cases := []struct {
		name     string
		legacy   string
		params   map[string]any
		today    func() error
		todaysAs string // the query name today's read runs under
	}{
		{"events(types,from,to,first:50)", fmt.Sprintf(legacyEvents, "v.dateStart IS NULL, v.dateStart"),
			legacyParams(types, nil, year, page50, nil), func() error {
				_, _, err := db.Events(ctx, graph.EventFilter{Types: types, Dates: year}, graph.Sort{}, page50)
				return err
			}, "events"},
		{"events(first:50)", fmt.Sprintf(legacyEvents, "v.dateStart IS NULL, v.dateStart"),
			legacyParams(nil, nil, graph.DateRange{}, page50, nil), func() error {
				_, _, err := db.Events(ctx, graph.EventFilter{}, graph.Sort{}, page50)
				return err
			}, "events"},
		{"timeline(three people,first:20)", fmt.Sprintf(legacyTimeline, legacyOfEntities),
			legacyParams(nil, nil, graph.DateRange{}, page20, three), func() error {
				_, _, err := db.Timeline(ctx, graph.TimelineFilter{EntityIDs: three}, page20)
				return err
			}, "timeline"},
		{"timeline(from,to,first:20)", fmt.Sprintf(legacyTimeline, legacyOfAll),
			legacyParams(nil, nil, year, page20, nil), func() error {
				_, _, err := db.Timeline(ctx, graph.TimelineFilter{Dates: year}, page20)
				return err
			}, "timeline"},
	}
	for _, c := range cases {
		b.Run(c.name+"/legacy", func(b *testing.B) {
			res, err := db.ReadRaw(ctx, "PROFILE "+c.legacy, c.params)
			if err != nil {
				b.Fatal(err)
			}
			hits := dbHits(res.Summary.Profile())
			b.ResetTimer()
			for range b.N {
				if _, err := db.ReadRaw(ctx, c.legacy, c.params); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(hits), "dbhits/op")
		})
		b.Run(c.name+"/today", func(b *testing.B) {
			var plan neo4j.ProfiledPlan
			db.Profile(func(name string, p neo4j.ProfiledPlan) {
				if name == c.todaysAs {
					plan = p
				}
			})
			err := c.today()
			db.Profile(nil)
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for range b.N {
				if err := c.today(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(dbHits(plan)), "dbhits/op")
		})
	}
}
