package server

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"

	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/server/generated"
)

// perEvent bounds the participants and sources listed per event and the
// entities, events and facts listed per article.
const perEvent = graph.MaxPage

func (r *Resolver) loadEvent(ctx context.Context, id string) (*generated.Event, error) {
	v, err := loaderFor(ctx, "event", r.db.EventsByID).load(ctx, id)
	if err != nil || v.ID == "" {
		return nil, err
	}
	return eventOf(v), nil
}

func (r *Resolver) loadArticle(ctx context.Context, id string) (*generated.Article, error) {
	a, err := loaderFor(ctx, "article", r.db.ArticlesByID).load(ctx, id)
	if err != nil || a.ID == "" {
		return nil, err
	}
	return articleOf(a), nil
}

func (r *Resolver) participants(ctx context.Context, id string, role *generated.ParticipantRole, first *int, after *string) (*generated.ParticipantConnection, error) {
	q := graph.ParticipantQuery{Role: roleName(role), Provenance: selects(ctx, "edges", "node", "provenance")}
	p, err := pageOf(first, after)
	if err != nil {
		return nil, err
	}
	ps, err := r.participantsLoader(ctx, q, p).load(ctx, id)
	if err != nil {
		return nil, err
	}
	conn := &generated.ParticipantConnection{TotalCount: ps.Total, PageInfo: pagedInfo(p, ps), Edges: make([]*generated.ParticipantEdge, 0, len(ps.Items))}
	for i, it := range ps.Items {
		conn.Edges = append(conn.Edges, &generated.ParticipantEdge{Cursor: cursorAt(p.Skip + i), Node: participantOf(it)})
	}
	return conn, nil
}

// participantsLoader is the request's loader of page p of events'
// participants as q reads them.
func (r *Resolver) participantsLoader(ctx context.Context, q graph.ParticipantQuery, p graph.Page) *loader[graph.Paged[graph.Participant]] {
	return loaderFor(ctx, fmt.Sprintf("participants|%v|%v", q, p), func(ctx context.Context, ids []string) (map[string]graph.Paged[graph.Participant], error) {
		return r.db.Participants(ctx, ids, q, p)
	})
}

// events reads page p of the events f selects in s's order. When the
// query asks for one page of participants under each event (events {
// edges { node { participants } } }), the same Neo4j query reads them
// (graph.EventsWithParticipants) into the loader the participants
// resolver then reads: the page and its participants are one
// transaction, as @neo4j/graphql's one query is, not two one after the
// other, and a transaction's least cost is most of what a small read
// costs on a loaded machine.
func (r *Resolver) events(ctx context.Context, f graph.EventFilter, s graph.Sort, p graph.Page) ([]graph.Event, bool, error) {
	oc := graphql.GetOperationContext(ctx)
	fields := collectedAt(oc, graphql.CollectFieldsCtx(ctx, nil), "edges", "node", "participants")
	if len(fields) != 1 { // none, or two pages apart: the loaders read them
		return r.db.Events(ctx, f, s, p)
	}
	args := fields[0].ArgumentMap(oc.Variables)
	pp, err := pageOf(intPtrArg(args["first"]), strPtrArg(args["after"]))
	if err != nil {
		return r.db.Events(ctx, f, s, p) // the participants resolver tells
	}
	q := graph.ParticipantQuery{Role: roleName(rolePtrArg(args["role"])),
		Provenance: len(collectedAt(oc, graphql.CollectFields(oc, fields[0].Selections, nil), "edges", "node", "provenance")) > 0}
	evs, participants, more, err := r.db.EventsWithParticipants(ctx, f, s, p, q, pp)
	if err == nil {
		r.participantsLoader(ctx, q, pp).prime(participants)
	}
	return evs, more, err
}

func participantOf(p graph.Participant) *generated.Participant {
	return &generated.Participant{Entity: entityOf(p.Entity), Role: roleOf(p.Role), Provenance: provenancesOf(p.Provenance)}
}

func (r *Resolver) sources(ctx context.Context, id string, first *int, after *string) (*generated.SourceConnection, error) {
	ss, p, err := loadPaged(ctx, "sources", id, first, after, r.db.Sources)
	if err != nil {
		return nil, err
	}
	conn := &generated.SourceConnection{TotalCount: ss.Total, PageInfo: pagedInfo(p, ss), Edges: make([]*generated.SourceEdge, 0, len(ss.Items))}
	for i, s := range ss.Items {
		conn.Edges = append(conn.Edges, &generated.SourceEdge{Cursor: cursorAt(p.Skip + i), Node: sourceOf(s)})
	}
	return conn, nil
}

func sourceOf(s graph.Source) *generated.Source {
	src := &generated.Source{Article: articleOf(s.Provenance.Article), Provenance: provenanceOf(s.Provenance), By: entitiesOf(s.By), Attribution: s.Attribution}
	if s.Status != nil {
		st := statusOf(*s.Status)
		src.Status = &st
	}
	return src
}

// perParent is how many items a list under each parent holds: first, as a
// page (20 by default, at most 100), which is also what the complexity
// limit prices it at.
func perParent(first *int) (int, error) {
	p, err := pageOf(first, nil)
	return p.Size(), err
}

func (r *Resolver) articleEntities(ctx context.Context, id string, first *int) ([]*generated.ArticleMention, error) {
	per := size(first)
	l := loaderFor(ctx, fmt.Sprintf("articleEntities|%d", per), func(ctx context.Context, ids []string) (map[string][]graph.Mention, error) {
		return r.db.ArticleEntities(ctx, ids, per)
	})
	ms, err := l.load(ctx, id)
	out := make([]*generated.ArticleMention, 0, len(ms))
	for _, m := range ms {
		out = append(out, &generated.ArticleMention{Entity: entityOf(m.Entity), Count: m.Count, Starts: nonNil(m.Starts), Ends: nonNil(m.Ends)})
	}
	return out, err
}

func (r *Resolver) articleEvents(ctx context.Context, id string, first *int) ([]*generated.ArticleEvent, error) {
	per := size(first)
	l := loaderFor(ctx, fmt.Sprintf("articleEvents|%d", per), func(ctx context.Context, ids []string) (map[string][]graph.Report, error) {
		return r.db.ArticleEvents(ctx, ids, per)
	})
	rs, err := l.load(ctx, id)
	out := make([]*generated.ArticleEvent, 0, len(rs))
	for _, rep := range rs {
		out = append(out, &generated.ArticleEvent{Event: eventOf(rep.Event), Provenance: provenanceOf(rep.Provenance)})
	}
	return out, err
}

func (r *Resolver) articleRelations(ctx context.Context, id string, first *int) ([]*generated.Fact, error) {
	per := size(first)
	l := loaderFor(ctx, fmt.Sprintf("articleFacts|%d", per), func(ctx context.Context, ids []string) (map[string][]graph.Fact, error) {
		return r.db.FactsByArticle(ctx, ids, per)
	})
	fs, err := l.load(ctx, id)
	return factsOf(fs), err
}
