package export

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"
	"time"
)

// The JSON that Knight Lab's TimelineJS 3 reads
// (https://timeline.knightlab.com/docs/json-format.html).
type tlDocument struct {
	Title  *tlSlide  `json:"title,omitempty"`
	Events []tlSlide `json:"events"`
}

type tlSlide struct {
	StartDate   *tlDate `json:"start_date,omitempty"`
	EndDate     *tlDate `json:"end_date,omitempty"`
	DisplayDate string  `json:"display_date,omitempty"`
	Text        tlText  `json:"text"`
	Group       string  `json:"group,omitempty"`
	UniqueID    string  `json:"unique_id,omitempty"`
}

// tlDate gives only the parts of a date the articles gave: "2018-12" has a
// year and a month, no day.
type tlDate struct {
	Year  string `json:"year"`
	Month string `json:"month,omitempty"`
	Day   string `json:"day,omitempty"`
}

type tlText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

// WriteTimelineJS writes t as a TimelineJS document: one slide per dated
// event, grouped by event type, its text (HTML, escaped) holding the
// status, participants and each source with its evidence sentence.
// Undated events are left out: a TimelineJS slide needs a start_date.
func WriteTimelineJS(w io.Writer, t Timeline) error {
	doc := tlDocument{Events: []tlSlide{}}
	if t.Title != "" {
		doc.Title = &tlSlide{Text: tlText{Headline: t.Title, Text: ""}}
	}
	for _, e := range t.Events {
		start, end, ok := tlDates(e)
		if !ok {
			continue
		}
		doc.Events = append(doc.Events, tlSlide{
			StartDate: start, EndDate: end, DisplayDate: e.Date,
			Text:     tlText{Headline: headline(e), Text: tlBody(e)},
			Group:    e.Type,
			UniqueID: strings.ReplaceAll(e.ID, "/", "-"),
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // a file, not a script inside a page: keep the HTML readable
	return enc.Encode(doc)
}

// tlDates gives a day as its day, a month as its year and month, a year as
// its year; any other span (a season, a quarter) as its first and last day.
func tlDates(e Event) (start, end *tlDate, ok bool) {
	first, err1 := time.Parse(time.DateOnly, e.DateStart)
	last, err2 := time.Parse(time.DateOnly, e.DateEnd)
	if err1 != nil || err2 != nil {
		return nil, nil, false
	}
	year, month, day := strconv.Itoa(first.Year()), strconv.Itoa(int(first.Month())), strconv.Itoa(first.Day())
	switch e.Precision {
	case "DAY":
		return &tlDate{Year: year, Month: month, Day: day}, nil, true
	case "MONTH":
		return &tlDate{Year: year, Month: month}, nil, true
	case "YEAR":
		return &tlDate{Year: year}, nil, true
	}
	return &tlDate{Year: year, Month: month, Day: day},
		&tlDate{Year: strconv.Itoa(last.Year()), Month: strconv.Itoa(int(last.Month())), Day: strconv.Itoa(last.Day())}, true
}

// tlBody is a slide's HTML text; everything from the graph is escaped.
func tlBody(e Event) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<p>%s, %s precision. %s.</p>", html.EscapeString(e.Status), html.EscapeString(strings.ToLower(e.Precision)),
		html.EscapeString(fmt.Sprintf("Reported by %d article(s)", e.SourceCount)))
	if ps := participantList(e.Participants); ps != "" {
		fmt.Fprintf(&b, "<p>Participants: %s</p>", html.EscapeString(ps))
	}
	for _, s := range e.Sources {
		title := html.EscapeString(s.Title)
		if isWebURL(s.URL) {
			title = fmt.Sprintf(`<a href="%s">%s</a>`, html.EscapeString(s.URL), title)
		}
		var meta []string
		for _, m := range []string{s.Outlet, s.PublishedAt} {
			if m != "" {
				meta = append(meta, html.EscapeString(m))
			}
		}
		fmt.Fprintf(&b, "<blockquote>%s</blockquote><p>— %s", html.EscapeString(s.Sentence), title)
		if len(meta) > 0 {
			b.WriteString(", " + strings.Join(meta, ", "))
		}
		b.WriteString("</p>")
	}
	return b.String()
}

// isWebURL keeps a link to http and https only: a javascript: URL in an
// article's metadata must not become a link a reader can click.
func isWebURL(u string) bool {
	l := strings.ToLower(u)
	return strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")
}
