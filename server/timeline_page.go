package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/server/export"
	"github.com/polgraph/polgraph/server/generated"
)

// TimelinePath is where `polgraph serve` serves the timeline page. Its
// script and style sheet are embedded under static/timeline/ and read the
// graph through /graphql alone.
const TimelinePath = "/timeline"

func serveTimelinePage(w http.ResponseWriter, r *http.Request) {
	page, err := static.ReadFile("static/timeline/index.html")
	if err != nil {
		http.Error(w, "timeline page missing from the binary", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(page)
}

// serveTimelineExport answers GET /timeline/export?format=csv|ics|timelinejs
// with the selection the page's URL holds (ids, from, to, minPrecision, types, status;
// lists comma-separated) as a file: timelineExport(…) for clients that
// want a link, a calendar subscribing to an .ics for one.
func (r *Resolver) serveTimelineExport(timeout time.Duration, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		format, f, err := exportRequest(req.URL.Query())
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		ctx, cancel := context.WithTimeout(req.Context(), timeout)
		defer cancel()
		out, err := r.exportTimeline(ctx, format, f)
		if err != nil {
			status, msg := exportErrorStatus(err)
			if status == http.StatusInternalServerError {
				log.ErrorContext(ctx, "timeline export", "err", err)
			}
			http.Error(w, msg, status)
			return
		}
		w.Header().Set("Content-Type", format.ContentType())
		w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", format.Filename()))
		if out.truncated {
			w.Header().Set("X-Polgraph-Truncated", "true")
		}
		w.Write(out.body)
	})
}

// exportRequest reads an export's query parameters, naming the one that is
// wrong.
func exportRequest(q url.Values) (export.Format, graph.TimelineFilter, error) {
	var f graph.TimelineFilter
	format, err := export.ParseFormat(q.Get("format"))
	if err != nil {
		return "", f, fmt.Errorf("timeline export: %w", err)
	}
	f.EntityIDs, f.Types = list(q.Get("ids")), list(q.Get("types"))
	for _, s := range list(q.Get("status")) {
		if !generated.EventStatus(strings.ToUpper(s)).IsValid() {
			return "", f, fmt.Errorf("timeline export: status %q: want ASSERTED, ALLEGED or DENIED", s)
		}
		f.Status = append(f.Status, strings.ToLower(s))
	}
	if v := q.Get("minPrecision"); v != "" {
		if !generated.DatePrecision(strings.ToUpper(v)).IsValid() {
			return "", f, fmt.Errorf("timeline export: minPrecision %q: want DAY, MONTH or YEAR", v)
		}
		f.Dates.MinPrecision = strings.ToLower(v)
	}
	for name, dst := range map[string]*string{"from": &f.Dates.From, "to": &f.Dates.To} {
		if v := q.Get(name); v != "" {
			if _, err := time.Parse(time.DateOnly, v); err != nil {
				return "", f, fmt.Errorf("timeline export: %s %q: want a date YYYY-MM-DD", name, v)
			}
			*dst = v
		}
	}
	return format, f, nil
}

// list splits a comma-separated parameter, dropping empty items.
func list(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// exportErrorStatus maps an export's error to an HTTP status and what the
// client may read of it, as presentError does for GraphQL.
func exportErrorStatus(err error) (int, string) {
	var coded *codedError
	switch {
	case errors.As(err, &coded) && coded.code == codeNotFound:
		return http.StatusNotFound, coded.msg
	case errors.As(err, &coded):
		return http.StatusBadRequest, coded.msg
	case errors.Is(err, graph.ErrInvalid):
		return http.StatusBadRequest, userMessage(err, graph.ErrInvalid)
	case isUnavailable(err):
		return http.StatusServiceUnavailable, "Neo4j is unavailable, so the graph cannot be read now; try again shortly"
	}
	return http.StatusInternalServerError, "internal error"
}
