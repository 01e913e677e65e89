package server

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/polgraph/polgraph/server/generated"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// depthLimit rejects operations nested deeper than max fields before any
// resolver runs. Introspection fields (__schema, …) do not count: GraphiQL's
// own introspection query is deep but cheap.
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string                          { return "DepthLimit" }
func (depthLimit) Validate(schema graphql.ExecutableSchema) error { return nil }

func (d depthLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	if depth := selectionDepth(oc.Operation.SelectionSet, map[string]bool{}); depth > d.max {
		err := gqlerror.Errorf("query is nested %d levels deep; at most %d are allowed", depth, d.max)
		err.Extensions = map[string]any{"code": codeBadUserInput}
		return err
	}
	return nil
}

// selectionDepth is the deepest chain of fields in set. Fragments are
// followed once per chain (visiting guards against fragment cycles, which
// validation also rejects).
func selectionDepth(set ast.SelectionSet, visiting map[string]bool) int {
	deepest := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if len(s.Name) > 1 && s.Name[:2] == "__" {
				continue
			}
			d = 1 + selectionDepth(s.SelectionSet, visiting)
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, visiting)
		case *ast.FragmentSpread:
			if visiting[s.Name] || s.Definition == nil {
				continue
			}
			visiting[s.Name] = true
			d = selectionDepth(s.Definition.SelectionSet, visiting)
			delete(visiting, s.Name)
		default:
			panic(fmt.Sprintf("unknown selection %T", sel))
		}
		deepest = max(deepest, d)
	}
	return deepest
}

// complexity prices list fields by the page they ask for, so that nesting
// lists multiplies: entities(first: 100) { … events(first: 100) } costs
// 10,000 times its items.
func complexity(c *generated.ComplexityRoot) {
	page := func(child int, first *int) int { return child * size(first) }
	c.Query.Search = func(ch int, _ string, _ []generated.EntityKind, first *int, _ *string) int { return page(ch, first) }
	c.Query.Entities = func(ch int, _ *generated.EntityWhere, _ *generated.EntityOrder, first *int, _ *string) int {
		return page(ch, first)
	}
	c.Query.Events = func(ch int, _ *generated.EventWhere, _ *generated.EventOrder, first *int, _ *string) int {
		return page(ch, first)
	}
	c.Query.Articles = func(ch int, _ *generated.ArticleWhere, _ *generated.ArticleOrder, first *int, _ *string) int {
		return page(ch, first)
	}
	c.Query.Timeline = func(ch int, _ []string, _, _ *string, _ []string, _ []generated.EventStatus, first *int, _ *string) int {
		return page(ch, first)
	}
	c.Query.Neighbors = func(ch int, _ string, _ *int, _ []string, first *int) int { return page(ch, first) }
	c.Query.Relationships = func(ch int, _, _ string, _ *int) int { return 10 * ch }
	c.Event.Participants = func(ch int, _ *string) int { return 10 * ch }
	c.Event.Sources = func(ch int) int { return 10 * ch }
	c.Article.Entities = func(ch int, first *int) int { return page(ch, first) }
	c.Article.Events = func(ch int, first *int) int { return page(ch, first) }
	c.Article.Relations = func(ch int, first *int) int { return page(ch, first) }
	c.Person.Events = func(ch int, _ *string, first *int, _ *string) int { return page(ch, first) }
	c.Person.MentionedIn = func(ch int, first *int, _ *string) int { return page(ch, first) }
	c.Person.Relations = func(ch int, _ []generated.RelationType, _ *generated.Direction, _ *string, first *int) int {
		return page(ch, first)
	}
	c.Person.CoParticipants = func(ch int, first *int) int { return page(ch, first) }
	c.Party.Members = func(ch int, _ *string, first *int) int { return page(ch, first) }
	c.Party.Events = func(ch int, _ *string, first *int, _ *string) int { return page(ch, first) }
	c.Party.MentionedIn = func(ch int, first *int, _ *string) int { return page(ch, first) }
	c.Country.People = func(ch int, first *int) int { return page(ch, first) }
	c.Country.Organizations = func(ch int, first *int) int { return page(ch, first) }
	c.Country.Events = func(ch int, _ *string, first *int, _ *string) int { return page(ch, first) }
	c.Country.MentionedIn = func(ch int, first *int, _ *string) int { return page(ch, first) }
	c.Organization.Events = func(ch int, _ *string, first *int, _ *string) int { return page(ch, first) }
	c.Organization.MentionedIn = func(ch int, first *int, _ *string) int { return page(ch, first) }
	c.Place.Events = func(ch int, _ *string, first *int, _ *string) int { return page(ch, first) }
	c.Place.MentionedIn = func(ch int, first *int, _ *string) int { return page(ch, first) }
}
