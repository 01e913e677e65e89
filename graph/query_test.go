package graph_test

import (
	"context"
	"slices"
	"testing"

	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/graph/readtest"
)

func TestReadQueries(t *testing.T) {
	db := graphtest.Open(t)
	w := readtest.Load(t, db, "graphq")
	ctx := context.Background()

	t.Run("lookup", func(t *testing.T) {
		got, err := db.EntitiesByID(ctx, []string{w.Ilsa, "person/nobody-graphq"})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[w.Ilsa].Name != "Ilsa Brandtvik" || got[w.Ilsa].Kind != "Person" {
			t.Errorf("EntitiesByID = %+v", got)
		}
	})

	t.Run("timeline", func(t *testing.T) {
		evs, more, err := db.Timeline(ctx, graph.TimelineFilter{EntityIDs: []string{w.Ilsa, w.Mira, w.Tomas}}, graph.Page{First: 10})
		if err != nil {
			t.Fatal(err)
		}
		var types []string
		for _, e := range evs {
			types = append(types, e.Type)
		}
		if want := []string{"ARREST", "MEETING", "RESIGNATION"}; !slices.Equal(types, want) || more {
			t.Errorf("timeline types = %v (more %v), want %v", types, more, want)
		}
		if len(evs) == 3 && evs[1].SourceCount != 2 {
			t.Errorf("merged meeting has sourceCount %d, want 2", evs[1].SourceCount)
		}
		undated, more, err := db.UndatedTimeline(ctx, graph.TimelineFilter{EntityIDs: []string{w.Tomas}}, graph.Page{})
		if err != nil {
			t.Fatal(err)
		}
		if len(undated) != 1 || undated[0].Type != "INVESTIGATION" || more {
			t.Errorf("undated = %+v (more %v)", undated, more)
		}
		if n, err := db.CountUndatedTimeline(ctx, graph.TimelineFilter{EntityIDs: []string{w.Tomas}}); err != nil || n != 1 {
			t.Errorf("CountUndatedTimeline = %d, %v; want 1", n, err)
		}
		if past, more, err := db.UndatedTimeline(ctx, graph.TimelineFilter{EntityIDs: []string{w.Tomas}}, graph.Page{First: 1, Skip: 1}); err != nil || len(past) != 0 || more {
			t.Errorf("undated after the last = %+v (more %v), %v; want none", past, more, err)
		}
		page2, _, err := db.Timeline(ctx, graph.TimelineFilter{EntityIDs: []string{w.Ilsa, w.Mira}}, graph.Page{First: 1, Skip: 1})
		if err != nil || len(page2) != 1 || page2[0].Type != "MEETING" {
			t.Errorf("second page = %+v, %v", page2, err)
		}
	})

	t.Run("parties asOf", func(t *testing.T) {
		tests := []struct {
			asOf string
			want int
		}{{"2022-01-01", 1}, {"2023-02-14", 1}, {"2023-04-01", 0}, {"", 1}}
		for _, tt := range tests {
			got, err := db.Facts(ctx, []string{w.Ilsa}, graph.FactFilter{Types: []string{"MEMBER_OF"}, Direction: "OUT", AsOf: tt.asOf}, graph.Page{First: 10})
			if err != nil {
				t.Fatal(err)
			}
			if n := got[w.Ilsa]; len(n.Items) != tt.want || n.Total != tt.want {
				t.Errorf("asOf %q: %d parties of %d, want %d", tt.asOf, len(n.Items), n.Total, tt.want)
			}
		}
		got, _ := db.Facts(ctx, []string{w.Ilsa}, graph.FactFilter{Types: []string{"MEMBER_OF"}}, graph.Page{First: 10})
		f := got[w.Ilsa].Items[0]
		if f.To.ID != w.Party || len(f.Provenance) != 2 || f.Provenance[0].Sentence == "" || f.Provenance[0].Article.ID == "" || f.Provenance[0].Extractor == nil {
			t.Errorf("fact = %+v", f)
		}
	})

	t.Run("batch", func(t *testing.T) {
		parts, err := db.Participations(ctx, []string{w.Ilsa, w.Tomas}, "", graph.Page{First: 10})
		if err != nil {
			t.Fatal(err)
		}
		if parts[w.Ilsa].Total != 2 || parts[w.Tomas].Total != 2 {
			t.Errorf("participations = %+v", parts)
		}
		meeting := parts[w.Ilsa].Items[0].Event.ID
		srcs, err := db.Sources(ctx, []string{meeting}, graph.Page{First: 10})
		if err != nil {
			t.Fatal(err)
		}
		if got := srcs[meeting]; len(got.Items) != 2 || got.Total != 2 {
			t.Errorf("meeting has %d sources of %d, want 2 of 2", len(got.Items), got.Total)
		}
		// Pages follow one another: the second source alone, the total kept.
		second, err := db.Sources(ctx, []string{meeting}, graph.Page{First: 1, Skip: 1})
		if err != nil {
			t.Fatal(err)
		}
		if got := second[meeting]; len(got.Items) != 1 || got.Total != 2 || got.Items[0].Provenance.Article.ID != srcs[meeting].Items[1].Provenance.Article.ID {
			t.Errorf("sources page 2 = %+v, want the second of 2", got)
		}
		ps, err := db.Participants(ctx, []string{meeting}, graph.ParticipantQuery{Provenance: true}, graph.Page{First: 10})
		if err != nil {
			t.Fatal(err)
		}
		psPage2, err := db.Participants(ctx, []string{meeting}, graph.ParticipantQuery{Provenance: true}, graph.Page{First: 1, Skip: 1})
		if err != nil {
			t.Fatal(err)
		}
		if all, p2 := ps[meeting], psPage2[meeting]; all.Total < 2 || all.Total != len(all.Items) || p2.Total != all.Total ||
			len(p2.Items) != 1 || p2.Items[0].Entity.ID != all.Items[1].Entity.ID {
			t.Errorf("participants = %+v, page 2 of 1 = %+v: want the second of the same list", all, p2)
		}
		co, err := db.CoParticipants(ctx, []string{w.Ilsa}, graph.Page{First: 1})
		if err != nil || len(co[w.Ilsa].Items) != 1 || co[w.Ilsa].Total < 2 {
			t.Errorf("coparticipants, a page of 1 = %+v, %v; want one of at least 2 (Tomas, Port Aster)", co, err)
		}
		facts, err := db.FactsByArticle(ctx, []string{w.Articles[2]}, 10)
		if err != nil || len(facts[w.Articles[2]]) != 2 {
			t.Errorf("facts by article = %+v, %v", facts, err)
		}
		ments, err := db.MentionedIn(ctx, []string{w.Tomas}, graph.Page{First: 2})
		if err != nil || ments[w.Tomas].Total != 3 || len(ments[w.Tomas].Items) != 2 {
			t.Errorf("mentions = %+v, %v", ments, err)
		}
	})

	t.Run("search", func(t *testing.T) {
		for _, q := range []string{"brandtvik", "Ilsa Brandvik", "BRANDTVIK"} {
			hits, _, err := db.Search(ctx, q, []string{"Person"}, graph.Page{First: 20})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(hits, func(h graph.Hit) bool { return h.Entity.ID == w.Ilsa }) {
				t.Errorf("search %q misses %s: %+v", q, w.Ilsa, hits)
			}
		}
	})

	t.Run("relationships", func(t *testing.T) {
		paths, err := db.Relationships(ctx, w.Ilsa, w.Mira, graph.PathFilter{MaxHops: 4})
		if err != nil {
			t.Fatal(err)
		}
		if len(paths) == 0 {
			t.Fatal("no path from Ilsa to Mira")
		}
		p := paths[0]
		if p.Nodes[0].ID != w.Ilsa || p.Nodes[len(p.Nodes)-1].ID != w.Mira || len(p.Edges) != len(p.Nodes)-1 {
			t.Errorf("path = %+v", p)
		}
		for _, e := range p.Edges {
			if len(e.Provenance) == 0 {
				t.Errorf("edge %+v has no provenance", e)
			}
		}
		if _, err := db.Relationships(ctx, w.Ilsa, w.Mira, graph.PathFilter{MaxHops: 5}); err == nil {
			t.Error("maxHops 5 accepted")
		}
	})

	t.Run("neighbors and stats", func(t *testing.T) {
		ns, _, err := db.Neighbors(ctx, w.Mira, 1, graph.Steps{}, graph.Page{First: 10})
		if err != nil || len(ns) != 3 {
			t.Errorf("neighbors = %+v, %v", ns, err)
		}
		s, err := db.Stats(ctx)
		if err != nil || s.Articles < 3 || s.Events < 4 {
			t.Errorf("stats = %+v, %v", s, err)
		}
		if _, err := db.EventsPerMonth(ctx, nil, graph.DateRange{}); err != nil {
			t.Error(err)
		}
		if _, err := db.MembersPerParty(ctx, "2022-01-01"); err != nil {
			t.Error(err)
		}
		if _, err := db.MentionsPerSource(ctx); err != nil {
			t.Error(err)
		}
		if es, _, err := db.Entities(ctx, graph.EntityFilter{MentionedIn: w.Articles[2], NameContains: "VALD"}, graph.Sort{Field: graph.OrderMentionCount, Desc: true}, graph.Page{}); err != nil || len(es) != 1 {
			t.Errorf("entities of article 3 = %+v, %v", es, err)
		}
		if n, err := db.CountEntities(ctx, graph.EntityFilter{MentionedIn: w.Articles[0], Kinds: []string{"Person"}}); err != nil || n != 2 {
			t.Errorf("people of article 1 = %d, %v", n, err)
		}
		if as, _, err := db.Articles(ctx, graph.ArticleFilter{Mentions: w.Tomas}, graph.Sort{}, graph.Page{}); err != nil || len(as) != 3 || as[0].ID != w.Articles[2] {
			t.Errorf("articles mentioning Tomas, newest first = %+v, %v", as, err)
		}
		if evs, _, err := db.Events(ctx, graph.EventFilter{SourceArticle: w.Articles[1]}, graph.Sort{}, graph.Page{}); err != nil || len(evs) != 2 {
			t.Errorf("events of article 2 = %+v, %v", evs, err)
		}
		for _, desc := range []bool{false, true} {
			evs, _, err := db.Events(ctx, graph.EventFilter{Participant: w.Tomas}, graph.Sort{Field: graph.OrderDate, Desc: desc}, graph.Page{})
			if err != nil || len(evs) != 2 || evs[1].Type != "INVESTIGATION" {
				t.Errorf("Tomas's events by date (desc %v), undated last = %+v, %v", desc, evs, err)
			}
		}
		if n, err := db.CountEvents(ctx, graph.EventFilter{Participant: w.Ilsa, Role: "agent"}); err != nil || n != 2 {
			t.Errorf("CountEvents = %d, %v", n, err)
		}
	})
}
