package server

import (
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/server/generated"
)

// prefetch starts the fetches of the list fields under the entity a
// typed root field names (person(id:), party(id:), …), which need nothing
// of the entity but its id, and the first of them to reach Neo4j looks
// the entity up in its own query (graph.WithEntityLookup): the lookup it
// returns answers the root field, so person(id:) { coParticipants } is
// one transaction, as @neo4j/graphql's one query is. A transaction's
// least cost (its round trips and the waits of two busy processes for a
// core) is most of what a small read costs on a loaded machine: looking
// the entity up first and then asking, person(id:) { parties } took two
// transactions' time; beside it, two transactions' work. Each fetch goes
// through the field's resolver with the field's arguments, so it lands in
// the request's loader the resolver then reads (loaderFor keys a loader
// by the field's arguments); arguments read differently only cost a
// fetch. An id that names nothing, or an entity of another kind, costs
// the fetches and changes no answer. Only a root field alone in its
// operation prefetches (alone: nothing can join its loaders' batches).
// The lookup is nil when nothing was prefetched.
func (r *Resolver) prefetch(ctx context.Context, id, kind string) *graph.EntityLookup {
	if kind == "" || !alone(ctx) {
		return nil
	}
	var fetches []func(context.Context)
	oc := graphql.GetOperationContext(ctx)
	for _, f := range graphql.CollectFieldsCtx(ctx, []string{kind}) {
		args := f.ArgumentMap(oc.Variables)
		first, after, asOf := intPtrArg(args["first"]), strPtrArg(args["after"]), strPtrArg(args["asOf"])
		var fetch func(context.Context)
		switch f.Name {
		case "relations":
			var types []generated.RelationType
			list, _ := args["types"].([]any)
			for _, t := range list {
				s, _ := t.(string)
				types = append(types, generated.RelationType(s))
			}
			var dir *generated.Direction
			if s, ok := args["direction"].(string); ok {
				d := generated.Direction(s)
				dir = &d
			}
			fetch = func(ctx context.Context) { _, _ = r.relations(ctx, id, types, dir, asOf, first, after) }
		case "events":
			role := rolePtrArg(args["role"])
			fetch = func(ctx context.Context) { _, _ = r.participations(ctx, id, role, first, after) }
		case "coParticipants":
			fetch = func(ctx context.Context) { _, _ = r.coParticipants(ctx, id, first, after) }
		case "mentionedIn":
			fetch = func(ctx context.Context) { _, _ = r.mentionedIn(ctx, id, first, after) }
		case "parties":
			fetch = func(ctx context.Context) { _, _ = r.parties(ctx, id, asOf, first) }
		case "offices":
			fetch = func(ctx context.Context) { _, _ = r.offices(ctx, id, asOf, first) }
		case "members":
			fetch = func(ctx context.Context) { _, _ = r.members(ctx, id, asOf, first, after) }
		default:
			continue
		}
		fetches = append(fetches, fetch)
	}
	if len(fetches) == 0 {
		return nil
	}
	lookup := graph.NewEntityLookup(id)
	lctx := graph.WithEntityLookup(ctx, lookup)
	var wg sync.WaitGroup
	for _, fetch := range fetches {
		wg.Go(func() { fetch(lctx) })
	}
	go func() { wg.Wait(); lookup.Release() }() // none of them read (a bad cursor, say)
	return lookup
}

func intPtrArg(v any) *int {
	if n, ok := intArg(v); ok {
		return &n
	}
	return nil
}

func rolePtrArg(v any) *generated.ParticipantRole {
	if s, ok := v.(string); ok {
		role := generated.ParticipantRole(s)
		return &role
	}
	return nil
}

func strPtrArg(v any) *string {
	if s, ok := v.(string); ok {
		return &s
	}
	return nil
}
