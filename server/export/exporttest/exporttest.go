// Package exporttest parses the export formats strictly, so that tests of
// the exports (the package's own, the API's, the page's end to end) check
// each document as the tools that read them would, not by comparing text.
package exporttest

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// CSV parses a CSV export and returns its rows as column → value, failing t
// when the header is not want or a row has another number of cells.
func CSV(t testing.TB, body []byte, want []string) []map[string]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("CSV export does not parse: %v", err)
	}
	if len(rows) == 0 || strings.Join(rows[0], ",") != strings.Join(want, ",") {
		t.Fatalf("CSV header = %q, want %q", rows[0], want)
	}
	var out []map[string]string
	for _, r := range rows[1:] {
		m := map[string]string{}
		for i, name := range rows[0] {
			m[name] = r[i]
		}
		out = append(out, m)
	}
	return out
}

// VEvent is a VEVENT's properties by name (parameters dropped) with TEXT
// values unescaped.
type VEvent map[string]string

// ICalendar parses an iCalendar export as RFC 5545 asks: CRLF line ends,
// lines of at most 75 octets unfolded, BEGIN and END nested, one VCALENDAR
// with VERSION 2.0 and a PRODID, each VEVENT with UID, DTSTAMP and DTSTART.
func ICalendar(t testing.TB, body []byte) []VEvent {
	t.Helper()
	text := string(body)
	if !strings.HasSuffix(text, "\r\n") {
		t.Fatalf("iCalendar export does not end with CRLF")
	}
	var lines []string
	for i, raw := range strings.Split(strings.TrimSuffix(text, "\r\n"), "\r\n") {
		if strings.Contains(raw, "\n") || strings.Contains(raw, "\r") {
			t.Fatalf("iCalendar line %d has a bare LF or CR: %q", i+1, raw)
		}
		if len(raw) > 75 {
			t.Fatalf("iCalendar line %d is %d octets, more than 75: %q", i+1, len(raw), raw)
		}
		if strings.HasPrefix(raw, " ") || strings.HasPrefix(raw, "\t") {
			if len(lines) == 0 {
				t.Fatalf("iCalendar starts with a continuation line")
			}
			lines[len(lines)-1] += raw[1:]
			continue
		}
		lines = append(lines, raw)
	}
	var stack []string
	var cal map[string]string
	var events []VEvent
	var cur VEvent
	for _, l := range lines {
		name, value, ok := strings.Cut(l, ":")
		if !ok {
			t.Fatalf("iCalendar line without a colon: %q", l)
		}
		name, _, _ = strings.Cut(name, ";")
		switch name {
		case "BEGIN":
			stack = append(stack, value)
			switch value {
			case "VCALENDAR":
				if cal != nil {
					t.Fatalf("iCalendar has a second VCALENDAR")
				}
				cal = map[string]string{}
			case "VEVENT":
				cur = VEvent{}
			}
			continue
		case "END":
			if len(stack) == 0 || stack[len(stack)-1] != value {
				t.Fatalf("iCalendar END:%s closes %v", value, stack)
			}
			stack = stack[:len(stack)-1]
			if value == "VEVENT" {
				for _, p := range []string{"UID", "DTSTAMP", "DTSTART"} {
					if cur[p] == "" {
						t.Fatalf("VEVENT without %s: %v", p, cur)
					}
				}
				events = append(events, cur)
				cur = nil
			}
			continue
		}
		if cur != nil {
			cur[name] = unescape(value)
		} else if cal != nil {
			cal[name] = value
		}
	}
	if cal == nil || len(stack) != 0 {
		t.Fatalf("iCalendar is not one closed VCALENDAR (open: %v)", stack)
	}
	if cal["VERSION"] != "2.0" || cal["PRODID"] == "" {
		t.Fatalf("VCALENDAR VERSION %q PRODID %q, want 2.0 and a PRODID", cal["VERSION"], cal["PRODID"])
	}
	return events
}

func unescape(v string) string {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		if v[i] == '\\' && i+1 < len(v) {
			i++
			if v[i] == 'n' || v[i] == 'N' {
				b.WriteByte('\n')
			} else {
				b.WriteByte(v[i])
			}
			continue
		}
		b.WriteByte(v[i])
	}
	return b.String()
}

// TimelineJSDate is a TimelineJS date object.
type TimelineJSDate struct{ Year, Month, Day string }

// TimelineJSSlide is a TimelineJS slide.
type TimelineJSSlide struct {
	StartDate   *TimelineJSDate `json:"start_date"`
	EndDate     *TimelineJSDate `json:"end_date"`
	DisplayDate string          `json:"display_date"`
	Text        struct{ Headline, Text string }
	Group       string
	UniqueID    string `json:"unique_id"`
}

// TimelineJS parses a TimelineJS export, failing t unless it has the shape
// TimelineJS reads: an events list whose slides each have a start_date with
// a year, a headline and a unique id.
func TimelineJS(t testing.TB, body []byte) []TimelineJSSlide {
	t.Helper()
	var doc struct {
		Events *[]TimelineJSSlide `json:"events"`
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("TimelineJS export does not parse: %v", err)
	}
	if doc.Events == nil {
		t.Fatalf("TimelineJS export has no events list")
	}
	seen := map[string]bool{}
	for i, s := range *doc.Events {
		if err := checkSlide(s); err != nil {
			t.Fatalf("TimelineJS slide %d: %v", i, err)
		}
		if seen[s.UniqueID] {
			t.Fatalf("TimelineJS slide %d: unique_id %q repeats", i, s.UniqueID)
		}
		seen[s.UniqueID] = true
	}
	return *doc.Events
}

func checkSlide(s TimelineJSSlide) error {
	if s.StartDate == nil || s.StartDate.Year == "" {
		return fmt.Errorf("no start_date year")
	}
	if s.StartDate.Day != "" && s.StartDate.Month == "" {
		return fmt.Errorf("a day without a month")
	}
	if s.Text.Headline == "" || s.UniqueID == "" {
		return fmt.Errorf("no headline or unique_id")
	}
	return nil
}
