package server

import (
	"context"
	"encoding/json"
	"math"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/polgraph/polgraph/graph"
	"github.com/vektah/gqlparser/v2/ast"
)

// pricedSchema prices every field from the schema itself, so that no list
// field, present or added later, escapes the complexity limit:
//
//   - a field with a first argument costs 1 plus its page size times its
//     selection: entities(first: 100) { … mentionedIn(first: 100) } costs
//     10,000 times the items it selects;
//   - any other list of objects costs 1 plus its bound (listBounds, or the
//     page cap) times its selection;
//   - a connection's edges are paid for by the field that returned it.
//
// Scalar fields and single objects keep gqlgen's price: 1 plus their
// selection.
type pricedSchema struct{ graphql.ExecutableSchema }

// listBounds are the lists not paged by first whose length the graph
// package bounds below the page cap (or above it, for the group-by counts).
var listBounds = map[string]int{
	"Query.relationships":     graph.MaxPaths,
	"Path.nodes":              graph.MaxHops + 1,
	"Path.edges":              graph.MaxHops,
	"PathEdge.provenance":     graph.MaxProvenance,
	"Fact.provenance":         graph.MaxProvenance,
	"Participant.provenance":  graph.MaxProvenance,
	"Source.by":               graph.MaxProvenance,
	"Stats.eventsPerMonth":    graph.MaxGroups,
	"Stats.membersPerParty":   graph.MaxGroups,
	"Stats.mentionsPerSource": graph.MaxGroups,
	"Stats.entities":          graph.MaxGroups,
}

func (s pricedSchema) Complexity(ctx context.Context, typeName, field string, child int, args map[string]any) (int, bool) {
	def := s.Schema().Types[typeName]
	if def == nil {
		return 0, false
	}
	f := def.Fields.ForName(field)
	if f == nil {
		return 0, false
	}
	n := itemsOf(s.Schema(), typeName, f, args)
	if n <= 1 {
		return 0, false
	}
	return saturatingAdd(1, saturatingMul(n, child)), true
}

// itemsOf is how many items field f of typeName can return at most.
func itemsOf(schema *ast.Schema, typeName string, f *ast.FieldDefinition, args map[string]any) int {
	bound, bounded := listBounds[typeName+"."+f.Name]
	if f.Arguments.ForName("first") != nil {
		first, _ := intArg(args["first"])
		n := graph.Page{First: first}.Size()
		if bounded {
			n = min(n, bound) // relationships(first: 20) reads 10 paths
		}
		return n
	}
	if f.Type.Elem == nil {
		return 1
	}
	if bounded {
		return bound
	}
	if strings.HasSuffix(typeName, "Connection") && f.Name == "edges" {
		return 1
	}
	switch schema.Types[f.Type.Name()].Kind {
	case ast.Object, ast.Interface, ast.Union:
		return graph.MaxPage
	}
	return 1 // a list of scalars costs what one does: its items select nothing
}

// intArg reads an Int argument as the query or its JSON variables give it.
func intArg(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	case float64:
		return int(max(min(n, math.MaxInt32), math.MinInt32)), true // a float beyond int has no int value
	case json.Number:
		i, err := n.Int64()
		return int(i), err == nil
	}
	return 0, false
}

func saturatingMul(a, b int) int {
	if a <= 0 || b <= 0 {
		return 0
	}
	if a > math.MaxInt/b {
		return math.MaxInt
	}
	return a * b
}

func saturatingAdd(a, b int) int {
	if a > math.MaxInt-b {
		return math.MaxInt
	}
	return a + b
}
