package server_test

import (
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph/server"
	"github.com/polgraph/polgraph/server/export"
	"github.com/polgraph/polgraph/server/export/exporttest"
)

type timelineExport struct {
	Format, ContentType, Filename, Body string
	EventCount                          int
	Truncated                           bool
}

func (a *api) export(format string, ids []string) timelineExport {
	a.t.Helper()
	var got struct{ TimelineExport timelineExport }
	a.query(`query($format: TimelineFormat!, $ids: [ID!]) { timelineExport(format: $format, entityIds: $ids) {
		format contentType filename body eventCount truncated } }`, map[string]any{"format": format, "ids": ids}, &got)
	return got.TimelineExport
}

// seedEvent is an event of the seed timeline as the timeline query gives it.
type seedEvent struct {
	ID, Type, Precision string
	Date                *string
	DateStart, DateEnd  *string
}

// The exports of Han Dong's and Michael Kovrig's seed timeline parse, hold
// the timeline query's events in its order, and keep each date's precision.
func TestTimelineExportSeed(t *testing.T) {
	a := newAPI(t, server.Config{})
	loadSeeds(t, a.db)
	ids := []string{hanDong, kovrig}
	var tl struct {
		Timeline struct {
			Events  struct{ Edges []struct{ Node seedEvent } }
			Undated nodes[seedEvent]
		}
	}
	a.query(`query($ids: [ID!]) { timeline(entityIds: $ids, first: 100) {
		events { edges { node { id type precision date dateStart dateEnd } } } undated(first: 100) { edges { node { id type precision date dateStart dateEnd } } } } }`,
		map[string]any{"ids": ids}, &tl)
	var dated []seedEvent
	for _, e := range tl.Timeline.Events.Edges {
		dated = append(dated, e.Node)
	}
	if len(dated) < 3 {
		t.Fatalf("the seed timeline has %d dated events, want at least 3", len(dated))
	}

	before := a.queryCounts()
	csvDoc := a.export("CSV", ids)
	after := a.queryCounts()
	// A fixed number of queries, whatever the number of events: one page
	// of events, the undated, participants and sources in one batch each.
	for _, q := range []string{"entities_by_id", "timeline", "timeline_undated", "participants", "sources"} {
		if d := after[q] - before[q]; d != 1 {
			t.Errorf("export ran %d %q queries, want 1", d, q)
		}
	}

	t.Run("CSV", func(t *testing.T) {
		if csvDoc.ContentType != "text/csv; charset=utf-8" || csvDoc.Filename != "polgraph-timeline.csv" {
			t.Errorf("content type %q, filename %q", csvDoc.ContentType, csvDoc.Filename)
		}
		if want := len(dated) + len(tl.Timeline.Undated); csvDoc.EventCount != want {
			t.Errorf("eventCount = %d, want %d", csvDoc.EventCount, want)
		}
		rows := exporttest.CSV(t, []byte(csvDoc.Body), export.CSVHeader)
		var order []string
		for _, r := range rows {
			if r["article_id"] == "" || r["evidence"] == "" || r["article_title"] == "" {
				t.Errorf("row without its source: %v", r)
			}
			if len(order) == 0 || order[len(order)-1] != r["event_id"] {
				order = append(order, r["event_id"])
			}
		}
		var want []string
		for _, e := range append(dated, tl.Timeline.Undated...) {
			want = append(want, e.ID)
		}
		if !slices.Equal(order, want) {
			t.Errorf("CSV events in order %v, want the timeline's %v", order, want)
		}
		resigned := slices.IndexFunc(rows, func(r map[string]string) bool { return r["type"] == "RESIGNATION" })
		if resigned < 0 || rows[resigned]["date"] != "2023-03-22" || !strings.Contains(rows[resigned]["evidence"], "resigned") {
			t.Errorf("no resignation on 2023-03-22 with its evidence in %v", rows)
		}
	})

	t.Run("ICS", func(t *testing.T) {
		doc := a.export("ICS", ids)
		events := exporttest.ICalendar(t, []byte(doc.Body))
		if len(events) != len(dated) {
			t.Fatalf("%d VEVENTs, want one per dated event (%d)", len(events), len(dated))
		}
		for i, e := range dated {
			v := events[i]
			start, end := strings.ReplaceAll(*e.DateStart, "-", ""), strings.ReplaceAll(*e.DateEnd, "-", "")
			if v["UID"] != e.ID+"@polgraph" || v["DTSTART"] != start || v["DTEND"] <= end {
				t.Errorf("VEVENT %d = %v, want %s from %s through %s", i, v, e.ID, start, end)
			}
			if !strings.Contains(v["DESCRIPTION"], "Canada MP resigns") {
				t.Errorf("VEVENT %d names no source: %q", i, v["DESCRIPTION"])
			}
		}
	})

	t.Run("TimelineJS", func(t *testing.T) {
		doc := a.export("TIMELINEJS", ids)
		slides := exporttest.TimelineJS(t, []byte(doc.Body))
		if len(slides) != len(dated) {
			t.Fatalf("%d slides, want one per dated event (%d)", len(slides), len(dated))
		}
		for i, e := range dated {
			s := slides[i]
			// A month keeps no day, a day keeps all three.
			hasDay, hasMonth := s.StartDate.Day != "", s.StartDate.Month != ""
			wantDay, wantMonth := e.Precision == "DAY", e.Precision == "DAY" || e.Precision == "MONTH"
			if hasDay != wantDay || hasMonth != wantMonth || !strings.HasPrefix(*e.Date, s.StartDate.Year) {
				t.Errorf("slide %d start_date %+v for %s (%s)", i, *s.StartDate, *e.Date, e.Precision)
			}
			if !strings.Contains(s.Text.Text, "<blockquote>") {
				t.Errorf("slide %d quotes no evidence: %s", i, s.Text.Text)
			}
		}
	})

	t.Run("HTTP", func(t *testing.T) {
		code, body := a.get("/timeline/export?format=csv&ids=" + strings.Join(ids, ","))
		if code != http.StatusOK || body != csvDoc.Body {
			t.Errorf("GET /timeline/export: %d, body differs from timelineExport's:\n%s", code, body)
		}
	})
}

func TestTimelineExportRefuses(t *testing.T) {
	a := newAPI(t, server.Config{})
	tests := []struct {
		query    string
		wantCode int
		wantMsg  string
	}{
		{"format=pdf", 400, `format "pdf"`},
		{"", 400, `format ""`},
		{"format=csv&from=2023-02-30", 400, `from "2023-02-30"`},
		{"format=ics&status=rumoured", 400, `status "rumoured"`},
		{"format=csv&ids=person/nobody-at-all", 404, `no entity with id "person/nobody-at-all"`},
	}
	for _, tt := range tests {
		code, body := a.get("/timeline/export?" + tt.query)
		if code != tt.wantCode || !strings.Contains(body, tt.wantMsg) {
			t.Errorf("GET /timeline/export?%s = %d %q, want %d naming %q", tt.query, code, body, tt.wantCode, tt.wantMsg)
		}
	}
	res := a.do(`{ timelineExport(format: CSV, entityIds: ["person/nobody-at-all"]) { body } }`, nil, "")
	if len(res.Errors) != 1 || res.Errors[0].Extensions["code"] != "NOT_FOUND" {
		t.Errorf("timelineExport of an unknown entity: %+v, want NOT_FOUND", res.Errors)
	}
}

// The page and its assets come from the binary and name nothing outside
// polgraph: no CDN is reachable where analysts run it.
func TestTimelinePageSelfContained(t *testing.T) {
	a := newAPI(t, server.Config{})
	code, page := a.get("/timeline")
	if code != http.StatusOK || !strings.Contains(page, "/static/timeline/timeline.js") {
		t.Fatalf("GET /timeline = %d %.200q", code, page)
	}
	refs := regexp.MustCompile(`(?:src|href)="([^"]*)"`).FindAllStringSubmatch(page, -1)
	if len(refs) < 3 {
		t.Fatalf("the page references %d files, want its script, style sheet and more", len(refs))
	}
	for _, m := range refs {
		ref := m[1]
		if !strings.HasPrefix(ref, "/") || strings.HasPrefix(ref, "//") {
			t.Errorf("the page references %q, outside polgraph", ref)
			continue
		}
		if strings.HasPrefix(ref, "/static/") {
			if code, body := a.get(ref); code != http.StatusOK || body == "" {
				t.Errorf("GET %s = %d", ref, code)
			}
		}
	}
	_, js := a.get("/static/timeline/timeline.js")
	if urls := regexp.MustCompile(`https?://[^'"\s]+`).FindAllString(js, -1); slices.ContainsFunc(urls, func(u string) bool {
		return u != "http://www.w3.org/2000/svg" // a namespace name, never fetched
	}) {
		t.Errorf("timeline.js names URLs outside polgraph: %v", urls)
	}
}
