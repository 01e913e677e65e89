package server

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// complexityLimit is gqlgen's complexity limit with a message that says
// what to change: the chain of fields that costs most and the first to
// lower on it, instead of a bare total.
type complexityLimit struct {
	*extension.ComplexityLimit
	max int
	es  graphql.ExecutableSchema
}

func newComplexityLimit(max int) *complexityLimit {
	return &complexityLimit{ComplexityLimit: extension.FixedComplexityLimit(max), max: max}
}

func (c *complexityLimit) Validate(es graphql.ExecutableSchema) error {
	c.es = es
	return c.ComplexityLimit.Validate(es)
}

func (c *complexityLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	err := c.ComplexityLimit.MutateOperationContext(ctx, oc)
	if err == nil {
		return nil
	}
	if op := oc.Doc.Operations.ForName(oc.OperationName); op != nil {
		w := costWalker{es: c.es, vars: oc.Variables}
		total, top := w.set(ctx, op.SelectionSet)
		if stats, ok := oc.Stats.GetExtension("ComplexityLimit").(*extension.ComplexityStats); ok {
			total = stats.Complexity // the same sum, as the limit counted it
		}
		if top != nil {
			err.Message = fmt.Sprintf("operation has complexity %d, over the limit of %d; %s", total, c.max, top.advice(total, c.max))
		}
	}
	return err
}

// priced is a field as the limit prices it, with its costliest child.
type priced struct {
	path  string // timeline.undated.participants
	name  string
	cost  int
	items int  // how many items the field may return
	paged bool // the field takes first
	child *priced
}

// advice names the chain of lists that costs most and the first to lower
// on it: the largest list there that takes first, scaled so that the
// operation would fit were the rest unchanged.
func (p *priced) advice(total, limit int) string {
	var lists []string
	var lower *priced
	deepest := p
	for q := p; q != nil; q = q.child {
		if q.items > 1 {
			deepest = q
			lists = append(lists, fmt.Sprintf("%s (%d)", q.name, q.items))
			if q.paged && (lower == nil || q.items >= lower.items) {
				lower = q
			}
		}
	}
	msg := fmt.Sprintf("%s costs most, its lists multiplying: %s", deepest.path, strings.Join(lists, " × "))
	if lower == nil {
		return msg + "; select fewer fields under it"
	}
	want := max(1, lower.items*limit/total)
	return fmt.Sprintf("%s; lower first on %s (to %d or less) or select less under it", msg, lower.path, want)
}

// costWalker prices a selection as gqlgen's complexity package does (the
// schema's Complexity, an interface's field at its costliest type's price),
// keeping the costliest field of each selection.
type costWalker struct {
	es   graphql.ExecutableSchema
	vars map[string]any
}

func (w costWalker) set(ctx context.Context, set ast.SelectionSet, prefix ...string) (int, *priced) {
	total := 0
	var top *priced
	keep := func(cost int, p *priced) {
		total = saturatingAdd(total, cost)
		if p != nil && (top == nil || p.cost > top.cost) {
			top = p
		}
	}
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Definition == nil || strings.HasPrefix(s.Name, "__") {
				continue
			}
			p := w.field(ctx, s, prefix)
			keep(p.cost, p)
		case *ast.InlineFragment:
			keep(w.set(ctx, s.SelectionSet, prefix...))
		case *ast.FragmentSpread:
			if s.Definition != nil {
				keep(w.set(ctx, s.Definition.SelectionSet, prefix...))
			}
		}
	}
	return total, top
}

func (w costWalker) field(ctx context.Context, f *ast.Field, prefix []string) *priced {
	path := append(append([]string{}, prefix...), f.Name)
	child, top := w.set(ctx, f.SelectionSet, path...)
	args := f.ArgumentMap(w.vars)
	typeName := f.ObjectDefinition.Name
	cost, ok := w.es.Complexity(ctx, typeName, f.Name, child, args)
	if !ok {
		cost = saturatingAdd(1, child)
	}
	items := 1
	if def := f.Definition; def != nil {
		items = itemsOf(w.es.Schema(), typeName, def, args)
	}
	return &priced{path: strings.Join(path, "."), name: f.Name, cost: cost, items: items,
		paged: f.Definition.Arguments.ForName("first") != nil, child: top}
}
