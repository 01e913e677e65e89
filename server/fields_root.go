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

// timeline reads only what the query selects: the dated page, the undated
// page, and each one's count.
func (r *Resolver) timeline(ctx context.Context, f graph.TimelineFilter, p graph.Page) (*generated.Timeline, error) {
	out := &generated.Timeline{Events: eventConnection(nil, p, false), Undated: eventConnection(nil, graph.Page{}, false)}
	oc := graphql.GetOperationContext(ctx)
	for _, field := range graphql.CollectFieldsCtx(ctx, nil) {
		var err error
		switch field.Name {
		case "events":
			out.Events, err = r.timelinePage(ctx, oc, field, f, p, r.db.Timeline, r.db.CountTimeline)
		case "undated":
			args := field.ArgumentMap(oc.Variables)
			var first *int
			if n, ok := intArg(args["first"]); ok {
				first = &n
			}
			after, _ := args["after"].(string)
			up, perr := pageOf(first, &after)
			if perr != nil {
				return nil, perr
			}
			out.Undated, err = r.timelinePage(ctx, oc, field, f, up, r.db.UndatedTimeline, r.db.CountUndatedTimeline)
		}
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// timelineOfOne is the timeline of one entity. An event on its page is
// one the entity took part in, so the entity exists: the check that it
// does, a Neo4j transaction before the page's (the peer asks one query),
// is made only when the page is empty or the read fails, and its
// NOT_FOUND comes first then, as it would have.
func (r *Resolver) timelineOfOne(ctx context.Context, f graph.TimelineFilter, p graph.Page) (*generated.Timeline, error) {
	out, err := r.timeline(ctx, f, p)
	if err == nil && len(out.Events.Edges)+len(out.Undated.Edges) > 0 {
		return out, nil
	}
	if err := r.idsExist(ctx, f.EntityIDs, nil); err != nil {
		return nil, err
	}
	return out, err
}

// timelinePage reads one page of a timeline's dated or undated events, and
// their count when the query selects totalCount.
func (r *Resolver) timelinePage(ctx context.Context, oc *graphql.OperationContext, field graphql.CollectedField, f graph.TimelineFilter, p graph.Page,
	read func(context.Context, graph.TimelineFilter, graph.Page) ([]graph.Event, bool, error), count func(context.Context, graph.TimelineFilter) (int, error)) (*generated.EventConnection, error) {
	evs, more, err := read(ctx, f, p)
	if err != nil {
		return nil, err
	}
	conn := eventConnection(evs, p, more)
	for _, sub := range graphql.CollectFields(oc, field.Selections, nil) {
		if sub.Name == "totalCount" {
			if conn.TotalCount, err = count(ctx, f); err != nil {
				return nil, err
			}
		}
	}
	return conn, nil
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
