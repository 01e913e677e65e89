package export

import (
	"encoding/csv"
	"io"
	"strconv"
)

// CSVHeader names the CSV columns. A row is one source of one event, so
// that every evidence sentence has its own cell; the event's columns repeat
// on each of its rows, and an event no article reports (none should be)
// still has one row with the source columns empty.
var CSVHeader = []string{
	"event_id", "date", "precision", "date_start", "date_end", "type", "status", "summary",
	"participants", "source_count", "article_id", "article_title", "outlet", "published_at", "url",
	"source_status", "evidence",
}

// WriteCSV writes t as CSV (RFC 4180) with CSVHeader as its first row.
func WriteCSV(w io.Writer, t Timeline) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, e := range t.Events {
		event := []string{e.ID, e.Date, e.Precision, e.DateStart, e.DateEnd, e.Type, e.Status, e.Summary,
			participantList(e.Participants), strconv.Itoa(e.SourceCount)}
		sources := e.Sources
		if len(sources) == 0 {
			sources = []Source{{}}
		}
		for _, s := range sources {
			row := append(event[:len(event):len(event)], s.ArticleID, s.Title, s.Outlet, s.PublishedAt, s.URL, s.Status, s.Sentence)
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
