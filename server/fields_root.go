package server

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/server/generated"
)

// entityAs narrows a loaded entity to the type a typed lookup (person(id), …)
// returns.
func entityAs[T generated.Entity](e generated.Entity, err error) (T, error) {
	t, _ := e.(T)
	return t, err
}

// timeline reads only what the query selects: the dated page, its count,
// the undated events.
func (r *Resolver) timeline(ctx context.Context, f graph.TimelineFilter, p graph.Page) (*generated.Timeline, error) {
	out := &generated.Timeline{Undated: []*generated.Event{}, Events: eventConnection(nil, p, false)}
	oc := graphql.GetOperationContext(ctx)
	for _, field := range graphql.CollectFieldsCtx(ctx, nil) {
		switch field.Name {
		case "events":
			evs, more, err := r.db.Timeline(ctx, f, p)
			if err != nil {
				return nil, err
			}
			conn := eventConnection(evs, p, more)
			for _, sub := range graphql.CollectFields(oc, field.Selections, nil) {
				if sub.Name == "totalCount" {
					if conn.TotalCount, err = r.db.CountTimeline(ctx, f); err != nil {
						return nil, err
					}
				}
			}
			out.Events = conn
		case "undated":
			var first *int
			if n, ok := intArg(field.ArgumentMap(oc.Variables)["first"]); ok {
				first = &n
			}
			per, err := perParent(first)
			if err != nil {
				return nil, err
			}
			evs, err := r.db.UndatedTimeline(ctx, f, per)
			if err != nil {
				return nil, err
			}
			for _, v := range evs {
				out.Undated = append(out.Undated, eventOf(v))
			}
		}
	}
	return out, nil
}

// orNotFound turns a lookup that found nothing into NOT_FOUND naming the id.
func orNotFound[T any](v *T, err error, what, id string) (*T, error) {
	if err == nil && v == nil {
		err = notFound(what, id)
	}
	return v, err
}

// idsExist answers NOT_FOUND for the first of the entity and article ids a
// filter names ("" for none given) that names nothing: a filter on a
// mistyped id is a mistake, not an empty result.
func (r *Resolver) idsExist(ctx context.Context, entityIDs, articleIDs []string) error {
	entityIDs, articleIDs = nonEmpty(entityIDs), nonEmpty(articleIDs)
	if len(entityIDs) > 0 {
		if err := r.mustExist(ctx, entityIDs...); err != nil {
			return err
		}
	}
	if len(articleIDs) == 0 {
		return nil
	}
	found, err := r.db.ArticlesByID(ctx, articleIDs)
	if err != nil {
		return err
	}
	for _, id := range articleIDs {
		if _, ok := found[id]; !ok {
			return notFound("article", id)
		}
	}
	return nil
}

func nonEmpty(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if id != "" {
			out = append(out, id)
		}
	}
	return out
}

// mustExist answers NOT_FOUND for the first id that names no entity: a
// traversal from nowhere is a mistake, not an empty result.
func (r *Resolver) mustExist(ctx context.Context, ids ...string) error {
	found, err := r.db.EntitiesByID(ctx, ids)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if _, ok := found[id]; !ok {
			return notFound("entity", id)
		}
	}
	return nil
}
