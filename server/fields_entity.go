package server

import (
	"context"
	"fmt"
	"strings"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/server/generated"
)

// The fields every Entity type shares, resolved by id through the
// request's loaders: a list of n entities costs one query per field.

func (r *Resolver) loadEntity(ctx context.Context, id string) (graph.Entity, bool, error) {
	l := loaderFor(ctx, "entity", r.db.EntitiesByID)
	e, err := l.load(ctx, id)
	return e, e.ID != "", err
}

// lookedUp is the entity with id as a prefetch's read looked it up beside
// its list, or, when none did (lookup nil, or no read reached Neo4j), as
// the request's entity loader reads it.
func (r *Resolver) lookedUp(ctx context.Context, lookup *graph.EntityLookup, id string) (graph.Entity, bool, error) {
	if lookup != nil {
		select {
		case <-lookup.Done():
			if e, found, served := lookup.Result(); served {
				return e, found, nil
			}
		case <-ctx.Done():
			return graph.Entity{}, false, ctx.Err()
		}
	}
	return r.loadEntity(ctx, id)
}

// entityOfKind loads id as kind (polgraph.Kind…): NOT_FOUND for an id that
// names nothing, and for a person(id) query given a party's id, which says
// what the id does name.
func (r *Resolver) entityOfKind(ctx context.Context, id, kind string) (generated.Entity, error) {
	e, ok, err := r.lookedUp(ctx, r.prefetch(ctx, id, kind), id)
	if err != nil {
		return nil, err
	}
	if !ok {
		what := "entity"
		if kind != "" {
			what = strings.ToLower(kind)
		}
		return nil, notFound(what, id)
	}
	if kind != "" && e.Kind != kind {
		return nil, &codedError{codeNotFound, fmt.Sprintf("no %s with id %q: it is a %s; ask entity(id:) or %s(id:)", strings.ToLower(kind), id, e.Kind, strings.ToLower(e.Kind))}
	}
	return entityOf(e), nil
}

// facts loads a page of the facts f selects around entity id.
func (r *Resolver) facts(ctx context.Context, id string, f graph.FactFilter, first *int, after *string) (*generated.FactConnection, error) {
	fs, p, err := loadPaged(ctx, fmt.Sprintf("facts|%v", f), id, first, after, func(ctx context.Context, ids []string, p graph.Page) (map[string]graph.Paged[graph.Fact], error) {
		return r.db.Facts(ctx, ids, f, p)
	})
	if err != nil {
		return nil, err
	}
	conn := &generated.FactConnection{TotalCount: fs.Total, PageInfo: pagedInfo(p, fs), Edges: make([]*generated.FactEdge, 0, len(fs.Items))}
	for i, fact := range factsOf(fs.Items) {
		conn.Edges = append(conn.Edges, &generated.FactEdge{Cursor: cursorAt(p.Skip + i), Node: fact})
	}
	return conn, nil
}

// factList is the first page of facts as a plain list, for the short
// lists (a person's parties and offices).
func factList(conn *generated.FactConnection, err error) ([]*generated.Fact, error) {
	if err != nil {
		return nil, err
	}
	out := make([]*generated.Fact, 0, len(conn.Edges))
	for _, e := range conn.Edges {
		out = append(out, e.Node)
	}
	return out, nil
}

// loadPaged loads page (first, after) of parent id's list through the
// request's loader named key (and the page): one fetch for every parent the
// request asks about, each given that page and its list's length.
func loadPaged[T any](ctx context.Context, key, id string, first *int, after *string, fetch func(context.Context, []string, graph.Page) (map[string]graph.Paged[T], error)) (graph.Paged[T], graph.Page, error) {
	p, err := pageOf(first, after)
	if err != nil {
		return graph.Paged[T]{}, p, err
	}
	l := loaderFor(ctx, fmt.Sprintf("%s|%v", key, p), func(ctx context.Context, ids []string) (map[string]graph.Paged[T], error) {
		return fetch(ctx, ids, p)
	})
	page, err := l.load(ctx, id)
	return page, p, err
}

// pagedInfo is the pageInfo of page, read at p.
func pagedInfo[T any](p graph.Page, page graph.Paged[T]) *generated.PageInfo {
	return pageInfo(p, len(page.Items), p.Skip+len(page.Items) < page.Total)
}

func (r *Resolver) relations(ctx context.Context, id string, types []generated.RelationType, dir *generated.Direction, asOf *string, first *int, after *string) (*generated.FactConnection, error) {
	f := graph.FactFilter{Types: upperAll(types), AsOf: deref(asOf)}
	if dir != nil && *dir != generated.DirectionBoth {
		f.Direction = string(*dir)
	}
	return r.facts(ctx, id, f, first, after)
}

func (r *Resolver) parties(ctx context.Context, id string, asOf *string, first *int) ([]*generated.Fact, error) {
	return factList(r.facts(ctx, id, graph.FactFilter{Types: []string{polgraph.RelationMemberOf}, Direction: "OUT", OtherKinds: []string{polgraph.KindParty}, AsOf: deref(asOf)}, first, nil))
}

func (r *Resolver) offices(ctx context.Context, id string, asOf *string, first *int) ([]*generated.Fact, error) {
	return factList(r.facts(ctx, id, graph.FactFilter{Types: []string{polgraph.RelationHoldsOffice, polgraph.RelationRepresents, polgraph.RelationLeads}, Direction: "OUT", AsOf: deref(asOf)}, first, nil))
}

func (r *Resolver) members(ctx context.Context, id string, asOf *string, first *int, after *string) (*generated.FactConnection, error) {
	return r.facts(ctx, id, graph.FactFilter{Types: []string{"MEMBER_OF"}, Direction: "IN", AsOf: deref(asOf)}, first, after)
}

func (r *Resolver) people(ctx context.Context, id string, first *int, after *string) (*generated.PersonConnection, error) {
	es, p, err := loadPaged(ctx, "countryPeople", id, first, after, r.db.CountryPeople)
	if err != nil {
		return nil, err
	}
	conn := &generated.PersonConnection{TotalCount: es.Total, PageInfo: pagedInfo(p, es), Edges: make([]*generated.PersonEdge, 0, len(es.Items))}
	for i, e := range es.Items {
		if person, ok := entityOf(e).(*generated.Person); ok { // the query keeps persons
			conn.Edges = append(conn.Edges, &generated.PersonEdge{Cursor: cursorAt(p.Skip + i), Node: person})
		}
	}
	return conn, nil
}

func (r *Resolver) organizations(ctx context.Context, id string, first *int, after *string) (*generated.EntityConnection, error) {
	es, p, err := loadPaged(ctx, "countryOrganizations", id, first, after, r.db.CountryOrganizations)
	if err != nil {
		return nil, err
	}
	conn := &generated.EntityConnection{TotalCount: es.Total, PageInfo: pagedInfo(p, es), Edges: make([]*generated.EntityEdge, 0, len(es.Items))}
	for i, e := range es.Items {
		conn.Edges = append(conn.Edges, &generated.EntityEdge{Cursor: cursorAt(p.Skip + i), Node: entityOf(e)})
	}
	return conn, nil
}

func (r *Resolver) participations(ctx context.Context, id string, role *generated.ParticipantRole, first *int, after *string) (*generated.ParticipationConnection, error) {
	p, err := pageOf(first, after)
	if err != nil {
		return nil, err
	}
	l := loaderFor(ctx, fmt.Sprintf("participations|%s|%v", roleName(role), p), func(ctx context.Context, ids []string) (map[string]graph.Participations, error) {
		return r.db.Participations(ctx, ids, roleName(role), p)
	})
	ps, err := l.load(ctx, id)
	if err != nil {
		return nil, err
	}
	conn := &generated.ParticipationConnection{TotalCount: ps.Total, Edges: []*generated.ParticipationEdge{}}
	for i, it := range ps.Items {
		conn.Edges = append(conn.Edges, &generated.ParticipationEdge{Cursor: cursorAt(p.Skip + i), Node: eventOf(it.Event), Role: roleOf(it.Role)})
	}
	conn.PageInfo = pageInfo(p, len(ps.Items), p.Skip+len(ps.Items) < ps.Total)
	return conn, nil
}

func (r *Resolver) coParticipants(ctx context.Context, id string, first *int, after *string) (*generated.CoParticipantConnection, error) {
	cs, p, err := loadPaged(ctx, "coparticipants", id, first, after, r.db.CoParticipants)
	if err != nil {
		return nil, err
	}
	conn := &generated.CoParticipantConnection{TotalCount: cs.Total, PageInfo: pagedInfo(p, cs), Edges: make([]*generated.CoParticipantEdge, 0, len(cs.Items))}
	for i, c := range cs.Items {
		conn.Edges = append(conn.Edges, &generated.CoParticipantEdge{Cursor: cursorAt(p.Skip + i),
			Node: &generated.CoParticipant{Entity: entityOf(c.Entity), SharedEvents: c.SharedEvents}})
	}
	return conn, nil
}

func (r *Resolver) mentionedIn(ctx context.Context, id string, first *int, after *string) (*generated.MentionConnection, error) {
	p, err := pageOf(first, after)
	if err != nil {
		return nil, err
	}
	l := loaderFor(ctx, fmt.Sprintf("mentions|%v", p), func(ctx context.Context, ids []string) (map[string]graph.Mentions, error) {
		return r.db.MentionedIn(ctx, ids, p)
	})
	ms, err := l.load(ctx, id)
	if err != nil {
		return nil, err
	}
	conn := &generated.MentionConnection{TotalCount: ms.Total, Edges: []*generated.MentionEdge{}}
	for i, m := range ms.Items {
		conn.Edges = append(conn.Edges, &generated.MentionEdge{Cursor: cursorAt(p.Skip + i), Node: articleOf(m.Article), Count: m.Count, Starts: nonNil(m.Starts), Ends: nonNil(m.Ends)})
	}
	conn.PageInfo = pageInfo(p, len(ms.Items), p.Skip+len(ms.Items) < ms.Total)
	return conn, nil
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// factSupports pages through the articles that state fact f, batched for
// every fact of the response that asks for the same page.
func (r *Resolver) factSupports(ctx context.Context, f *generated.Fact, first *int, after *string) (*generated.SupportConnection, error) {
	key := graph.FactKey(string(f.Type), entityID(f.From), entityID(f.To), deref(f.Role))
	ss, p, err := loadPaged(ctx, "factSupports", key, first, after, r.db.FactSupports)
	if err != nil {
		return nil, err
	}
	conn := &generated.SupportConnection{TotalCount: ss.Total, PageInfo: pagedInfo(p, ss), Edges: make([]*generated.SupportEdge, 0, len(ss.Items))}
	for i, s := range ss.Items {
		conn.Edges = append(conn.Edges, &generated.SupportEdge{Cursor: cursorAt(p.Skip + i), Node: provenanceOf(s)})
	}
	return conn, nil
}

// entityID is the id of an entity as the API returns it.
func entityID(e generated.Entity) string {
	switch e := e.(type) {
	case *generated.Person:
		return e.ID
	case *generated.Party:
		return e.ID
	case *generated.Country:
		return e.ID
	case *generated.Organization:
		return e.ID
	case *generated.Place:
		return e.ID
	}
	return ""
}
