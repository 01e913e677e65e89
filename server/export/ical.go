package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"
)

// WriteICalendar writes t as an iCalendar (RFC 5545) calendar: one all-day
// VEVENT per dated event, spanning the days its date can mean (a day, a
// month, a year), with the sources in its DESCRIPTION. Undated events have
// no place in a calendar (a VEVENT needs DTSTART) and are left out. An
// alleged event is TENTATIVE; the status and type are also CATEGORIES, so
// that a calendar can filter on them.
func WriteICalendar(w io.Writer, t Timeline, stamp time.Time) error {
	bw := bufio.NewWriter(w)
	line := func(name, value string) { writeFolded(bw, name+":"+value) }
	line("BEGIN", "VCALENDAR")
	line("VERSION", "2.0")
	line("PRODID", "-//polgraph//timeline//EN")
	line("CALSCALE", "GREGORIAN")
	if t.Title != "" {
		line("X-WR-CALNAME", escapeText(t.Title))
	}
	for _, e := range t.Events {
		start, err1 := time.Parse(time.DateOnly, e.DateStart)
		end, err2 := time.Parse(time.DateOnly, e.DateEnd)
		if err1 != nil || err2 != nil {
			continue // undated
		}
		line("BEGIN", "VEVENT")
		line("UID", e.ID+"@polgraph")
		line("DTSTAMP", stamp.UTC().Format("20060102T150405Z"))
		line("DTSTART;VALUE=DATE", start.Format("20060102"))
		// DTEND is exclusive: the day after the last day.
		line("DTEND;VALUE=DATE", end.AddDate(0, 0, 1).Format("20060102"))
		line("SUMMARY", escapeText(headline(e)))
		line("DESCRIPTION", escapeText(description(e)))
		line("CATEGORIES", escapeText(e.Type)+","+escapeText(e.Status))
		switch e.Status {
		case "ALLEGED":
			line("STATUS", "TENTATIVE")
		case "ASSERTED":
			line("STATUS", "CONFIRMED")
		}
		if len(e.Sources) > 0 && isWebURL(e.Sources[0].URL) {
			line("URL", e.Sources[0].URL)
		}
		line("END", "VEVENT")
	}
	line("END", "VCALENDAR")
	return bw.Flush()
}

// description is the plain text a calendar shows for an event.
func description(e Event) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s, dated %s (%s precision), %s.\n", e.Type, e.Date, strings.ToLower(e.Precision), strings.ToLower(e.Status))
	if ps := participantList(e.Participants); ps != "" {
		fmt.Fprintf(&b, "Participants: %s.\n", ps)
	}
	fmt.Fprintf(&b, "Reported by %d article(s):", e.SourceCount)
	for _, s := range e.Sources {
		b.WriteString("\n\n")
		b.WriteString(sourceLine(s))
		fmt.Fprintf(&b, "\n“%s”", s.Sentence)
	}
	return b.String()
}

// sourceLine is "Title — outlet, 2023-03-23 <url>".
func sourceLine(s Source) string {
	var b strings.Builder
	b.WriteString(s.Title)
	var meta []string
	for _, m := range []string{s.Outlet, s.PublishedAt} {
		if m != "" {
			meta = append(meta, m)
		}
	}
	if len(meta) > 0 {
		b.WriteString(" — " + strings.Join(meta, ", "))
	}
	if s.URL != "" {
		b.WriteString(" <" + s.URL + ">")
	}
	return b.String()
}

// escapeText escapes a TEXT value (RFC 5545 3.3.11).
func escapeText(s string) string {
	return strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`).Replace(s)
}

// writeFolded writes a content line folded at 75 octets, never inside a
// UTF-8 sequence, each continuation starting with a space (RFC 5545 3.1).
func writeFolded(w *bufio.Writer, s string) {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		w.WriteString(s[:cut] + "\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	w.WriteString(s + "\r\n")
}
