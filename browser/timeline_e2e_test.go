//go:build e2e

package browser

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/server/export"
	"github.com/polgraph/polgraph/server/export/exporttest"
)

// polgraphBin is the binary `make e2e` builds: the test runs the timeline
// page exactly as `polgraph serve` ships it, assets embedded.
const polgraphBin = "../bin/polgraph"

// TestTimelinePage drives the /timeline page in headless Chromium as an
// analyst would on the seed graph: pick Han Dong and Michael Kovrig with
// the search box, read their events in date order, click the resignation
// for its evidence, see a month drawn as a band, export the selection.
func TestTimelinePage(t *testing.T) {
	db := graphtest.Open(t) // fails, never skips, without Neo4j
	loadSeed(t, db)
	base := startServe(t)

	wd := startChrome(t)
	wd.navigate(base + "/timeline")
	wd.waitFor("the page to start", func() bool {
		var ready bool
		wd.script(`return document.body.dataset.ready === 'true';`, &ready)
		return ready
	})
	wd.pick("Han Dong", "person/han-dong")
	wd.pick("Kovrig", "person/michael-kovrig")

	// Wait until both are drawn, not one of them still loading.
	const selection = "ids=person/han-dong,person/michael-kovrig"
	wd.waitFor("both entities' events drawn", func() bool {
		var shown string
		wd.script(`return document.body.dataset.shown || '';`, &shown)
		return shown == selection
	})
	var search string
	wd.script(`return location.search;`, &search)
	if search != "?"+selection {
		t.Fatalf("the URL does not hold the selection: %q", search)
	}

	// The list and the chart, in date order.
	type row struct{ ID, Date, Start, Type, Status string }
	var rows []row
	wd.script(`return Array.from(document.querySelectorAll('#event-list li')).map(li => ({
		id: li.dataset.id, date: li.dataset.date, start: li.dataset.dateStart,
		type: li.querySelector('.row-button').textContent, status: li.className}));`, &rows)
	if len(rows) < 3 {
		t.Fatalf("%d events listed, want the seed's (at least 3)", len(rows))
	}
	for i := 1; i < len(rows); i++ {
		if rows[i].Start < rows[i-1].Start {
			t.Errorf("event %d (%s) lists before %d (%s): not in date order", i-1, rows[i-1].Date, i, rows[i].Date)
		}
	}
	type mark struct {
		ID, Lane, Date, Precision, Status, Type, Shape string
		X                                              float64 // where the event's first day starts on the axis
		Width                                          float64
		DashArray                                      float64
	}
	var marks []mark
	wd.script(`return Array.from(document.querySelectorAll('#chart g.event')).map(g => {
		const s = g.querySelector('.point, .band'); const b = s.getBBox();
		const dash = getComputedStyle(s).strokeDasharray;
		return {id: g.dataset.id, lane: g.dataset.lane, date: g.dataset.date, precision: g.dataset.precision,
			status: g.dataset.status, type: g.dataset.type, shape: s.getAttribute('class'),
			x: +g.dataset.x, width: b.width, dashArray: dash === 'none' ? 0 : parseFloat(dash)};
	});`, &marks)
	start := map[string]string{}
	for _, r := range rows {
		start[r.ID] = r.Start
	}
	for _, a := range marks {
		for _, b := range marks {
			if start[a.ID] < start[b.ID] && a.X >= b.X {
				t.Errorf("%s (%s) is drawn at x=%.1f, not left of %s (%s) at x=%.1f", a.Type, a.Date, a.X, b.Type, b.Date, b.X)
			}
		}
	}

	// The resignation: Han Dong's lane, 2023-03-22, a point (a day).
	i := slices.IndexFunc(marks, func(m mark) bool { return m.Type == "RESIGNATION" && m.Lane == "person/han-dong" })
	if i < 0 {
		t.Fatalf("no resignation in Han Dong's lane among %+v", marks)
	}
	resignation := marks[i]
	if resignation.Date != "2023-03-22" || resignation.Shape != "point" {
		t.Errorf("the resignation is drawn as %s on %s, want a point on 2023-03-22", resignation.Shape, resignation.Date)
	}

	// A month is a band as wide as its days on the axis.
	var ticks []struct {
		Date string
		X    float64
	}
	wd.script(`return Array.from(document.querySelectorAll('#chart .axis line')).map(l => ({date: l.dataset.date, x: +l.getAttribute('x1')}));`, &ticks)
	if len(ticks) < 2 {
		t.Fatalf("the axis has %d ticks", len(ticks))
	}
	pxPerDay := (ticks[len(ticks)-1].X - ticks[0].X) / days(t, ticks[0].Date, ticks[len(ticks)-1].Date)
	months := 0
	for _, m := range marks {
		if m.Precision != "MONTH" {
			continue
		}
		months++
		want := daysInMonth(t, m.Date) * pxPerDay
		if m.Shape != "band" || math.Abs(m.Width-math.Max(want, 4)) > 1.5 {
			t.Errorf("%s of %s is a %s %.1f px wide, want a band of %.1f px (its %g days)", m.Type, m.Date, m.Shape, m.Width, want, daysInMonth(t, m.Date))
		}
	}
	if months == 0 {
		t.Errorf("no month-precision event drawn among %+v", marks)
	}
	// Alleged events are dashed, asserted ones are not.
	for _, m := range marks {
		if (m.Status == "ALLEGED" || m.Status == "DENIED") != (m.DashArray > 0) {
			t.Errorf("%s %s (%s) has stroke-dasharray %v", m.Type, m.Date, m.Status, m.DashArray)
		}
	}

	// Denials: a link for each pair of a denial and an event it denies
	// that the API gives and the chart shows, and no other; none while
	// the API has no Event.denies.
	var drawnIDs []string
	for _, m := range marks {
		drawnIDs = append(drawnIDs, m.ID)
	}
	wantLinks := denialLinks(t, base, []string{"person/han-dong", "person/michael-kovrig"}, drawnIDs)
	var links []string
	wd.script(`return Array.from(document.querySelectorAll('#chart path.denial-link')).map(p => p.dataset.from + ' denies ' + p.dataset.to).sort();`, &links)
	if !slices.Equal(links, wantLinks) {
		t.Errorf("denial links drawn %q, want %q", links, wantLinks)
	}

	// Clicking the resignation shows its sources with the evidence.
	want := evidence(t, base, resignation.ID)
	wd.clickWhenReady(fmt.Sprintf(`#chart g.event[data-id="%s"][data-lane="person/han-dong"]`, resignation.ID))
	var shown struct {
		Evidence []string
		Text     string
	}
	wd.waitFor("the resignation's evidence", func() bool {
		wd.script(`const d = document.getElementById('details');
			return {evidence: Array.from(d.querySelectorAll('mark.evidence')).map(m => m.textContent), text: d.innerText};`, &shown)
		return len(shown.Evidence) > 0
	})
	if !slices.Equal(shown.Evidence, want.sentences) {
		t.Errorf("details show evidence %q, want %q", shown.Evidence, want.sentences)
	}
	for _, s := range []string{want.outlet, want.published, "Reported by 1 article", "2023-03-22"} {
		if !strings.Contains(shown.Text, s) {
			t.Errorf("details lack %q:\n%s", s, shown.Text)
		}
	}
	wd.script(`return location.search;`, &search)
	if !strings.Contains(search, "event="+resignation.ID) {
		t.Errorf("the URL does not hold the clicked event: %q", search)
	}
	wd.screenshot("timeline")

	// The URL opens the same view.
	wd.navigate(base + "/timeline" + search)
	wd.waitFor("the shared view", func() bool {
		var got struct {
			Chips    []string
			Evidence int
		}
		wd.script(`return {chips: Array.from(document.querySelectorAll('#selected .chip')).map(c => c.dataset.id),
			evidence: document.querySelectorAll('#details mark.evidence').length};`, &got)
		return slices.Equal(got.Chips, []string{"person/han-dong", "person/michael-kovrig"}) && got.Evidence > 0
	})

	// A link naming an entity the graph lacks says so and shows the rest.
	wd.navigate(base + "/timeline?ids=person/han-dong,person/nobody-at-all")
	wd.waitFor("the unknown entity reported", func() bool {
		var got struct {
			Chips  []string
			Status string
		}
		wd.script(`return {chips: Array.from(document.querySelectorAll('#selected .chip')).map(c => c.dataset.id),
			status: document.getElementById('status').textContent};`, &got)
		return slices.Equal(got.Chips, []string{"person/han-dong"}) && strings.Contains(got.Status, "person/nobody-at-all")
	})
	wd.navigate(base + "/timeline" + search)
	wd.waitFor("the shared view again", func() bool {
		var shown string
		wd.script(`return document.body.dataset.shown || '';`, &shown)
		return strings.HasPrefix(shown, selection)
	})

	// The exports the buttons download, through timelineExport.
	docs := map[string]string{}
	for _, format := range []string{"CSV", "ICS", "TIMELINEJS"} {
		var doc struct{ Body string }
		wd.script(`return window.polgraphTimeline.exportDocument(arguments[0]);`, &doc, format)
		docs[format] = doc.Body
	}
	csvRows := exporttest.CSV(t, []byte(docs["CSV"]), export.CSVHeader)
	if !slices.ContainsFunc(csvRows, func(r map[string]string) bool {
		return r["event_id"] == resignation.ID && r["date"] == "2023-03-22" && r["evidence"] == want.sentences[0]
	}) {
		t.Errorf("the CSV export has no row for the resignation with its evidence")
	}
	vevents := exporttest.ICalendar(t, []byte(docs["ICS"]))
	if !slices.ContainsFunc(vevents, func(v exporttest.VEvent) bool {
		return v["UID"] == resignation.ID+"@polgraph" && v["DTSTART"] == "20230322" && v["DTEND"] == "20230323"
	}) {
		t.Errorf("the iCalendar export has no VEVENT for the resignation on 2023-03-22")
	}
	slides := exporttest.TimelineJS(t, []byte(docs["TIMELINEJS"]))
	if len(slides) != len(rows) {
		t.Errorf("the TimelineJS export has %d slides, want one per dated event (%d)", len(slides), len(rows))
	}
	t.Logf("timeline: %d events drawn, %d of them months, %d denial links; exports: %d CSV rows, %d VEVENTs, %d slides",
		len(marks), months, len(links), len(csvRows), len(vevents), len(slides))
}

// pick types text into the search box and clicks the suggestion for id.
func (wd *webDriver) pick(text, id string) {
	wd.t.Helper()
	box := wd.waitElement("#search")
	wd.replaceText(box, text)
	wd.clickWhenReady(fmt.Sprintf(`#suggestions button.suggestion[data-id="%s"]`, id))
	wd.waitFor(id+" among the selected", func() bool {
		return len(wd.find(fmt.Sprintf(`#selected .chip[data-id="%s"]`, id))) > 0
	})
}

// startServe runs `polgraph serve` on a free port against the test's Neo4j
// (the environment `make e2e` sets) until the test ends.
func startServe(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat(polgraphBin); err != nil {
		t.Fatalf("%s is missing: run make e2e, which builds it (%v)", polgraphBin, err)
	}
	addr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	cmd := exec.Command(polgraphBin, "serve", "--addr", addr)
	if err := os.MkdirAll(artifactDir, 0o755); err != nil {
		t.Fatal(err)
	}
	logf, err := os.Create(artifactDir + "/timeline-serve.log")
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatalf("start polgraph serve: %v", err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait(); logf.Close() })
	base := "http://" + addr
	deadline := time.Now().Add(30 * time.Second)
	for {
		if res, err := http.Get(base + "/healthz"); err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return base
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("polgraph serve did not answer /healthz in 30s (log in %s/timeline-serve.log)", artifactDir)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

type eventEvidence struct {
	sentences         []string
	outlet, published string
}

// evidence asks the API, as any client would, for an event's sources.
func evidence(t *testing.T, base, id string) eventEvidence {
	t.Helper()
	var out struct {
		Event struct {
			Sources struct {
				Edges []struct {
					Node struct {
						Article    struct{ Source, PublishedAt string }
						Provenance struct{ Sentence string }
					}
				}
			}
		}
	}
	if errs := postQuery(t, base, `query($id: ID!) { event(id: $id) { sources(first: 100) { edges { node {
		article { source publishedAt } provenance { sentence } } } } } }`, map[string]any{"id": id}, &out); len(errs) > 0 || len(out.Event.Sources.Edges) == 0 {
		t.Fatalf("event %s: no sources (%v)", id, errs)
	}
	var ev eventEvidence
	for _, s := range out.Event.Sources.Edges {
		ev.sentences = append(ev.sentences, s.Node.Provenance.Sentence)
	}
	first := out.Event.Sources.Edges[0].Node
	ev.outlet, ev.published = first.Article.Source, first.Article.PublishedAt
	return ev
}

// denialLinks is what the API says the chart's denial links must be:
// "DENIAL-ID denies EVENT-ID" for each drawn denial and drawn event it
// denies, sorted; none when the API has no Event.denies (issue 14).
func denialLinks(t *testing.T, base string, ids, drawnIDs []string) []string {
	t.Helper()
	var out struct {
		Timeline struct {
			Events struct {
				Edges []struct {
					Node struct {
						ID     string
						Denies []struct{ ID string }
					}
				}
			}
		}
	}
	errs := postQuery(t, base, `query($ids: [ID!]) { timeline(entityIds: $ids, first: 100) { events { edges { node { id denies { id } } } } } }`,
		map[string]any{"ids": ids}, &out)
	if len(errs) > 0 {
		if strings.Contains(errs[0], `Cannot query field "denies"`) {
			return nil
		}
		t.Fatalf("timeline with denies: %v", errs)
	}
	drawn := map[string]bool{}
	for _, id := range drawnIDs {
		drawn[id] = true
	}
	var want []string
	for _, e := range out.Timeline.Events.Edges {
		for _, d := range e.Node.Denies {
			if drawn[e.Node.ID] && drawn[d.ID] {
				want = append(want, e.Node.ID+" denies "+d.ID)
			}
		}
	}
	slices.Sort(want)
	return want
}

// postQuery sends a GraphQL query to the served API and decodes its data
// into out, returning the errors' messages.
func postQuery(t *testing.T, base, query string, vars map[string]any, out any) []string {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	res, err := http.Post(base+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var resp struct {
		Data   json.RawMessage
		Errors []struct{ Message string }
	}
	if err := json.NewDecoder(res.Body).Decode(&resp); err != nil {
		t.Fatalf("%s: %v", base, err)
	}
	var msgs []string
	for _, e := range resp.Errors {
		msgs = append(msgs, e.Message)
	}
	if len(msgs) == 0 {
		if err := json.Unmarshal(resp.Data, out); err != nil {
			t.Fatal(err)
		}
	}
	return msgs
}

func days(t *testing.T, from, to string) float64 {
	t.Helper()
	a, err1 := time.Parse(time.DateOnly, from)
	b, err2 := time.Parse(time.DateOnly, to)
	if err1 != nil || err2 != nil {
		t.Fatalf("axis dates %q, %q", from, to)
	}
	return b.Sub(a).Hours() / 24
}

// daysInMonth is the number of days of a YYYY-MM month.
func daysInMonth(t *testing.T, month string) float64 {
	t.Helper()
	first, err := time.Parse("2006-01", month)
	if err != nil {
		t.Fatalf("month %q: %v", month, err)
	}
	return days(t, first.Format(time.DateOnly), first.AddDate(0, 1, 0).Format(time.DateOnly))
}
