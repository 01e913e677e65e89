package export_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/polgraph/polgraph/server/export"
	"github.com/polgraph/polgraph/server/export/exporttest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

var stamp = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

// fixture is a fictional timeline with what the formats must get right: a
// day, a month and a year, an undated event, the three statuses, two
// sources, text with commas, quotes, semicolons, a newline and non-ASCII
// letters, and a sentence long enough to fold.
func fixture() export.Timeline {
	src := export.Source{ArticleID: "a/1", Title: "Vessa council in turmoil", Outlet: "Nordic Herald", PublishedAt: "2024-05-03",
		URL: "https://example.org/vessa?id=1&x=2", Sentence: "Mayor Ilse Brandvik resigned on 2 May, citing \"pressure; fatigue\", she said."}
	return export.Timeline{Title: "Ilse Brandvik, Tomas Øberg", Events: []export.Event{
		{ID: "event/month", Type: "MEETING", Date: "2023-11", Precision: "MONTH", DateStart: "2023-11-01", DateEnd: "2023-11-30",
			Status: "ALLEGED", Summary: "They allegedly met in November 2023.", SourceCount: 2,
			Participants: []export.Participant{{ID: "person/ilse-brandvik", Name: "Ilse Brandvik", Kind: "PERSON", Role: "agent"},
				{ID: "person/tomas-oberg", Name: "Tomas Øberg", Kind: "PERSON", Role: "participant"}},
			Sources: []export.Source{
				{ArticleID: "a/0", Title: "Øberg, Brandvik and the harbour deal", Outlet: "Vessa Post", PublishedAt: "2024-04-30", Status: "ALLEGED",
					Sentence: "Two officials said Brandvik and Øberg had met in November 2023 to discuss the harbour contract, which both later called a fabrication;\nneither gave details."},
				{ArticleID: "a/1", Title: src.Title, Outlet: src.Outlet, PublishedAt: src.PublishedAt, URL: "javascript:alert(1)", Status: "ALLEGED",
					Sentence: "The two allegedly met in November 2023."},
			}},
		{ID: "event/day", Type: "RESIGNATION", Date: "2024-05-02", Precision: "DAY", DateStart: "2024-05-02", DateEnd: "2024-05-02",
			Status: "ASSERTED", Summary: src.Sentence, SourceCount: 1,
			Participants: []export.Participant{{ID: "person/ilse-brandvik", Name: "Ilse Brandvik", Kind: "PERSON", Role: "agent"}},
			Sources:      []export.Source{src}},
		{ID: "event/year", Type: "DENIAL", Date: "2024", Precision: "YEAR", DateStart: "2024-01-01", DateEnd: "2024-12-31",
			Status: "DENIED", SourceCount: 1, Sources: []export.Source{src}},
		{ID: "event/undated", Type: "STATEMENT", Precision: "UNKNOWN", Status: "ASSERTED", SourceCount: 1, Sources: []export.Source{src}},
	}}
}

func TestGolden(t *testing.T) {
	for _, f := range export.Formats {
		t.Run(string(f), func(t *testing.T) {
			var b bytes.Buffer
			if err := export.Write(&b, f, fixture(), stamp); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "timeline."+string(f))
			if *update {
				if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("%s differs from %s (go test -update rewrites it):\n%s", f, path, b.String())
			}
		})
	}
}

func TestCSVParses(t *testing.T) {
	var b bytes.Buffer
	if err := export.WriteCSV(&b, fixture()); err != nil {
		t.Fatal(err)
	}
	rows := exporttest.CSV(t, b.Bytes(), export.CSVHeader)
	// One row per source: 2 + 1 + 1 + 1.
	tests := []struct {
		row                                   int
		event, date, precision, outlet, quote string
	}{
		{0, "event/month", "2023-11", "MONTH", "Vessa Post", fixture().Events[0].Sources[0].Sentence},
		{1, "event/month", "2023-11", "MONTH", "Nordic Herald", "The two allegedly met in November 2023."},
		{2, "event/day", "2024-05-02", "DAY", "Nordic Herald", fixture().Events[1].Sources[0].Sentence},
		{3, "event/year", "2024", "YEAR", "Nordic Herald", fixture().Events[1].Sources[0].Sentence},
		{4, "event/undated", "", "UNKNOWN", "Nordic Herald", fixture().Events[1].Sources[0].Sentence},
	}
	if len(rows) != len(tests) {
		t.Fatalf("got %d rows, want %d", len(rows), len(tests))
	}
	for _, tt := range tests {
		r := rows[tt.row]
		got := []string{r["event_id"], r["date"], r["precision"], r["outlet"], r["evidence"]}
		want := []string{tt.event, tt.date, tt.precision, tt.outlet, tt.quote}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("row %d = %q, want %q", tt.row, got, want)
		}
	}
	if got := rows[0]["participants"]; got != "Ilse Brandvik (agent); Tomas Øberg (participant)" {
		t.Errorf("participants = %q", got)
	}
}

func TestICalendarParses(t *testing.T) {
	var b bytes.Buffer
	if err := export.WriteICalendar(&b, fixture(), stamp); err != nil {
		t.Fatal(err)
	}
	events := exporttest.ICalendar(t, b.Bytes())
	// The undated event has no place in a calendar; the others span the
	// days their date can mean, DTEND exclusive.
	tests := []struct{ uid, start, end, status string }{
		{"event/month@polgraph", "20231101", "20231201", "TENTATIVE"},
		{"event/day@polgraph", "20240502", "20240503", "CONFIRMED"},
		{"event/year@polgraph", "20240101", "20250101", ""},
	}
	if len(events) != len(tests) {
		t.Fatalf("got %d VEVENTs, want %d", len(events), len(tests))
	}
	for i, tt := range tests {
		e := events[i]
		got := []string{e["UID"], e["DTSTART"], e["DTEND"], e["STATUS"]}
		if strings.Join(got, "|") != strings.Join([]string{tt.uid, tt.start, tt.end, tt.status}, "|") {
			t.Errorf("VEVENT %d = %q, want %+v", i, got, tt)
		}
	}
	// The folded, escaped description comes back whole, with every source.
	for _, s := range fixture().Events[0].Sources {
		if !strings.Contains(events[0]["DESCRIPTION"], s.Sentence) || !strings.Contains(events[0]["DESCRIPTION"], s.Outlet+", "+s.PublishedAt) {
			t.Errorf("DESCRIPTION lacks the source %q:\n%s", s.Sentence, events[0]["DESCRIPTION"])
		}
	}
	if got, want := events[0]["SUMMARY"], "MEETING: Ilse Brandvik, Tomas Øberg (alleged)"; got != want {
		t.Errorf("SUMMARY = %q, want %q", got, want)
	}
}

func TestTimelineJSParses(t *testing.T) {
	var b bytes.Buffer
	if err := export.WriteTimelineJS(&b, fixture()); err != nil {
		t.Fatal(err)
	}
	slides := exporttest.TimelineJS(t, b.Bytes())
	// The date keeps its precision: a month has no day, a year no month.
	tests := []struct{ id, year, month, day string }{
		{"event-month", "2023", "11", ""},
		{"event-day", "2024", "5", "2"},
		{"event-year", "2024", "", ""},
	}
	if len(slides) != len(tests) {
		t.Fatalf("got %d slides, want %d", len(slides), len(tests))
	}
	for i, tt := range tests {
		s := slides[i]
		got := []string{s.UniqueID, s.StartDate.Year, s.StartDate.Month, s.StartDate.Day}
		if strings.Join(got, "|") != strings.Join([]string{tt.id, tt.year, tt.month, tt.day}, "|") {
			t.Errorf("slide %d = %q, want %+v", i, got, tt)
		}
	}
	text := slides[0].Text.Text
	if strings.Contains(text, "javascript:") {
		t.Errorf("a javascript: URL became a link: %s", text)
	}
	if !strings.Contains(text, "<blockquote>The two allegedly met in November 2023.</blockquote>") {
		t.Errorf("the evidence sentence is not quoted: %s", text)
	}
	if !strings.Contains(slides[1].Text.Text, `<a href="https://example.org/vessa?id=1&amp;x=2">`) {
		t.Errorf("the source's link is missing or unescaped: %s", slides[1].Text.Text)
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in      string
		want    export.Format
		wantErr bool
	}{{"csv", export.CSV, false}, {"ICS", export.ICalendar, false}, {"timelinejs", export.TimelineJS, false}, {"pdf", "", true}, {"", "", true}}
	for _, tt := range tests {
		got, err := export.ParseFormat(tt.in)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}
