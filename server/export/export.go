// Package export writes a timeline in the formats journalists take
// elsewhere: CSV for spreadsheets, iCalendar for calendars and the JSON that
// Knight Lab's TimelineJS reads. Every format carries each event's sources:
// the article, its outlet and date, and the sentence that reports the event.
//
// A date keeps the precision the articles gave it: an event of "December
// 2018" is the month in every format (a month-long all-day span in
// iCalendar, a year and month in TimelineJS), never a day nobody said.
package export

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// Timeline is what an export holds: events in date order, undated ones
// last.
type Timeline struct {
	Title  string
	Events []Event
}

// Event is one event with its participants and sources.
type Event struct {
	ID   string
	Type string // RESIGNATION, …
	// Date is the TIMEX value as read (2018-12, 2023-03-22); "" when undated.
	Date      string
	Precision string // DAY, MONTH, YEAR, UNKNOWN
	// DateStart and DateEnd are the first and last day Date can mean.
	DateStart, DateEnd string
	Status             string // ASSERTED, ALLEGED, DENIED
	Summary            string
	SourceCount        int
	Participants       []Participant
	Sources            []Source
}

// Participant is an entity's role in an event.
type Participant struct {
	ID, Name, Kind, Role string
}

// Source is one article's report of an event.
type Source struct {
	ArticleID, Title, Outlet, URL, PublishedAt string
	Status                                     string // as this article reports it; "" when it does not say
	Sentence                                   string // the evidence sentence
}

// Format names an export format.
type Format string

const (
	CSV        Format = "csv"
	ICalendar  Format = "ics"
	TimelineJS Format = "timelinejs"
)

// Formats lists every format, in the order the page offers them.
var Formats = []Format{CSV, ICalendar, TimelineJS}

// ParseFormat reads a format's name as the export URL gives it.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if strings.EqualFold(s, string(f)) {
			return f, nil
		}
	}
	return "", fmt.Errorf("format %q: want one of csv, ics, timelinejs", s)
}

// ContentType is the media type of a format.
func (f Format) ContentType() string {
	switch f {
	case CSV:
		return "text/csv; charset=utf-8"
	case ICalendar:
		return "text/calendar; charset=utf-8"
	default:
		return "application/json"
	}
}

// Filename is the name a download of the format gets.
func (f Format) Filename() string {
	switch f {
	case CSV:
		return "polgraph-timeline.csv"
	case ICalendar:
		return "polgraph-timeline.ics"
	default:
		return "polgraph-timeline.timelinejs.json"
	}
}

// Write writes t in format f; stamp is the iCalendar DTSTAMP, the time the
// export was made.
func Write(w io.Writer, f Format, t Timeline, stamp time.Time) error {
	switch f {
	case CSV:
		return WriteCSV(w, t)
	case ICalendar:
		return WriteICalendar(w, t, stamp)
	case TimelineJS:
		return WriteTimelineJS(w, t)
	}
	return fmt.Errorf("export: unknown format %q", f)
}

// participantList is "Han Dong (agent); China (participant)".
func participantList(ps []Participant) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = p.Name + " (" + p.Role + ")"
	}
	return strings.Join(parts, "; ")
}

// headline is "RESIGNATION: Han Dong, Liberal Party of Canada".
func headline(e Event) string {
	names := make([]string, len(e.Participants))
	for i, p := range e.Participants {
		names[i] = p.Name
	}
	h := e.Type
	if len(names) > 0 {
		h += ": " + strings.Join(names, ", ")
	}
	if e.Status != "" && e.Status != "ASSERTED" {
		h += " (" + strings.ToLower(e.Status) + ")"
	}
	return h
}
