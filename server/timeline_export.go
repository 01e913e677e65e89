package server

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/server/export"
)

// maxExportEvents bounds the dated events of one export: ten pages.
const maxExportEvents = 10 * graph.MaxPage

// exported is a timeline written in one format.
type exported struct {
	body      []byte
	events    int
	truncated bool
}

// exportTimeline writes the timeline f selects in format: its dated events
// page by page, its undated ones, and their participants and sources in
// one batch query each, so an export costs a fixed number of queries
// whatever its size.
func (r *Resolver) exportTimeline(ctx context.Context, format export.Format, f graph.TimelineFilter) (*exported, error) {
	title := "polgraph timeline"
	if len(f.EntityIDs) > 0 {
		found, err := r.db.EntitiesByID(ctx, f.EntityIDs)
		if err != nil {
			return nil, fmt.Errorf("export: entities: %w", err)
		}
		names := make([]string, 0, len(f.EntityIDs))
		for _, id := range f.EntityIDs {
			e, ok := found[id]
			if !ok {
				return nil, notFound("entity", id)
			}
			names = append(names, e.Name)
		}
		title = "Timeline: " + strings.Join(names, ", ")
	}
	var evs []graph.Event
	truncated := false
	for p := (graph.Page{First: graph.MaxPage}); ; p.Skip += graph.MaxPage {
		page, more, err := r.db.Timeline(ctx, f, p)
		if err != nil {
			return nil, fmt.Errorf("export: timeline: %w", err)
		}
		evs = append(evs, page...)
		if !more {
			break
		}
		if len(evs) >= maxExportEvents {
			truncated = true
			break
		}
	}
	undated, _, err := r.db.UndatedTimeline(ctx, f, graph.Page{First: graph.MaxPage})
	if err != nil {
		return nil, fmt.Errorf("export: undated events: %w", err)
	}
	evs = append(evs, undated...)

	ids := make([]string, len(evs))
	for i, v := range evs {
		ids[i] = v.ID
	}
	participants, err := r.db.Participants(ctx, ids, graph.ParticipantQuery{}, graph.Page{First: perEvent})
	if err != nil {
		return nil, fmt.Errorf("export: participants: %w", err)
	}
	sources, err := r.db.Sources(ctx, ids, graph.Page{First: perEvent})
	if err != nil {
		return nil, fmt.Errorf("export: sources: %w", err)
	}
	t := export.Timeline{Title: title, Events: make([]export.Event, 0, len(evs))}
	for _, v := range evs {
		t.Events = append(t.Events, exportEventOf(v, participants[v.ID].Items, sources[v.ID].Items))
	}
	var b bytes.Buffer
	if err := export.Write(&b, format, t, time.Now()); err != nil {
		return nil, fmt.Errorf("export: write %s: %w", format, err)
	}
	return &exported{body: b.Bytes(), events: len(evs), truncated: truncated}, nil
}

func exportEventOf(v graph.Event, ps []graph.Participant, ss []graph.Source) export.Event {
	e := eventOf(v)
	out := export.Event{ID: v.ID, Type: v.Type, Date: deref(v.Date), Precision: string(e.Precision),
		DateStart: deref(v.DateStart), DateEnd: deref(v.DateEnd), Status: string(e.Status),
		Summary: deref(v.Summary), SourceCount: v.SourceCount}
	for _, p := range ps {
		out.Participants = append(out.Participants, export.Participant{ID: p.Entity.ID, Name: p.Entity.Name,
			Kind: strings.ToUpper(p.Entity.Kind), Role: p.Role})
	}
	for _, s := range ss {
		a := s.Provenance.Article
		src := export.Source{ArticleID: a.ID, Title: a.Title, Outlet: deref(a.Source), URL: deref(a.URL),
			PublishedAt: deref(a.PublishedAt), Sentence: s.Provenance.Sentence}
		if s.Status != nil {
			src.Status = string(statusOf(*s.Status))
		}
		out.Sources = append(out.Sources, src)
	}
	return out
}
