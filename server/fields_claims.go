package server

import (
	"context"
	"fmt"

	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/server/generated"
)

func (r *Resolver) denials(ctx context.Context, id string, first *int) ([]*generated.Claim, error) {
	per, err := perParent(first)
	if err != nil {
		return nil, err
	}
	l := loaderFor(ctx, fmt.Sprintf("denials|%d", per), func(ctx context.Context, ids []string) (map[string][]graph.Claim, error) {
		return r.db.Denials(ctx, ids, per)
	})
	cs, err := l.load(ctx, id)
	out := make([]*generated.Claim, 0, len(cs))
	for _, c := range cs {
		out = append(out, &generated.Claim{By: entityOf(c.By), Status: statusOf(c.Status), Provenance: provenanceOf(c.Provenance)})
	}
	return out, err
}

// linkedEvents loads, through the request's loader named key, the events
// fetch links to each event: the denials of an event, or what a denial denies.
func (r *Resolver) linkedEvents(ctx context.Context, key, id string, first *int, fetch func(context.Context, []string, int) (map[string][]graph.Event, error)) ([]*generated.Event, error) {
	per, err := perParent(first)
	if err != nil {
		return nil, err
	}
	l := loaderFor(ctx, fmt.Sprintf("%s|%d", key, per), func(ctx context.Context, ids []string) (map[string][]graph.Event, error) {
		return fetch(ctx, ids, per)
	})
	evs, err := l.load(ctx, id)
	out := make([]*generated.Event, 0, len(evs))
	for _, v := range evs {
		out = append(out, eventOf(v))
	}
	return out, err
}

func (r *Resolver) claims(ctx context.Context, f graph.ClaimFilter, first *int, after *string) (*generated.EventConnection, error) {
	p, err := pageOf(first, after)
	if err != nil {
		return nil, err
	}
	evs, more, err := r.db.Claims(ctx, f, p)
	if err != nil {
		return nil, err
	}
	conn := eventConnection(evs, p, more)
	if wantsTotal(ctx) {
		conn.TotalCount, err = r.db.CountClaims(ctx, f)
	}
	return conn, err
}

func entitiesOf(es []graph.Entity) []generated.Entity {
	out := make([]generated.Entity, 0, len(es))
	for _, e := range es {
		out = append(out, entityOf(e))
	}
	return out
}
