package graph

import (
	"context"
	"fmt"
	"slices"
)

// Limits of the traversals, which grow fast with depth on a dense graph.
const (
	MaxHops  = 4
	MaxDepth = 2
	MaxPaths = 10
)

// PathNode is an entity or an event on a path.
type PathNode struct {
	ID    string
	Name  string
	Label string // the entity kind, or "Event"
}

// PathEdge is one step of a path: a fact, or a participation in an event.
type PathEdge struct {
	Type                       string
	From, To                   string
	Role                       *string
	ValidFrom                  *string
	ValidTo                    *string
	FromPrecision, ToPrecision string // as in Fact
	Support                    int    // how many articles state it
	Provenance                 []Provenance
}

// Path joins two entities; Edges[i] joins Nodes[i] and Nodes[i+1].
type Path struct {
	Nodes []PathNode
	Edges []PathEdge
}

// Hops counts a path's entity-to-entity steps: a fact is one, a shared
// event (two PARTICIPATED_IN edges) is one.
func (p Path) Hops() int {
	n := 0
	for _, e := range p.Edges {
		if e.Type != "PARTICIPATED_IN" {
			n += 2
		} else {
			n++
		}
	}
	return n / 2
}

// Relationships returns the shortest paths between two entities through
// facts and shared events, of at most maxHops (1..MaxHops) steps.
func (db *DB) Relationships(ctx context.Context, from, to string, maxHops int) ([]Path, error) {
	if maxHops < 1 || maxHops > MaxHops {
		return nil, fmt.Errorf("%w: maxHops must be between 1 and %d", ErrInvalid, MaxHops)
	}
	if from == to {
		return nil, fmt.Errorf("%w: from and to are the same entity", ErrInvalid)
	}
	data := struct{ MaxLen int }{2 * maxHops}
	recs, err := db.query(ctx, "paths", data, map[string]any{"from": from, "to": to, "first": MaxPaths})
	if err != nil {
		return nil, err
	}
	var out []Path
	for _, r := range recs {
		row := recordRow(r)
		var p Path
		for _, n := range row.rows("nodes") {
			p.Nodes = append(p.Nodes, n.pathNode())
		}
		for _, e := range row.rows("edges") {
			edge := PathEdge{Type: e.str("type"), From: e.str("from"), To: e.str("to"), Role: nonEmpty(e.strp("role")),
				ValidFrom: e.strp("validFrom"), ValidTo: e.strp("validTo"), FromPrecision: e.str("validFromPrecision"), ToPrecision: e.str("validToPrecision"),
				Support: e.int("support"), Provenance: e.provenances("reports")}
			if edge.Type != "PARTICIPATED_IN" {
				edge.Provenance = e.support()
			}
			p.Edges = append(p.Edges, edge)
		}
		if p.Hops() <= maxHops {
			out = append(out, p)
		}
	}
	return out, nil
}

func (m readRow) pathNode() PathNode {
	return PathNode{ID: m.str("id"), Name: m.str("name"), Label: m.str("label")}
}

// Neighbor is a node near another.
type Neighbor struct {
	Node     PathNode
	Distance int
	Via      string // the relationship type of the last step
}

// Neighbors returns the entities and events within depth (1..MaxDepth)
// steps of entity id through the given relationship types (facts and
// PARTICIPATED_IN; all when empty), nearest first.
func (db *DB) Neighbors(ctx context.Context, id string, depth int, types []string, p Page) ([]Neighbor, error) {
	if depth < 1 || depth > MaxDepth {
		return nil, fmt.Errorf("%w: depth must be between 1 and %d", ErrInvalid, MaxDepth)
	}
	for _, t := range types {
		if t != "PARTICIPATED_IN" && !slices.Contains(FactTypes, t) {
			return nil, fmt.Errorf("%w: unknown relationship type %q", ErrInvalid, t)
		}
	}
	data := struct{ Depth int }{depth}
	recs, err := db.query(ctx, "neighbors", data, map[string]any{"id": id, "types": orNil(types), "first": p.Size()})
	if err != nil {
		return nil, err
	}
	out := make([]Neighbor, 0, len(recs))
	for _, r := range recs {
		row := recordRow(r)
		out = append(out, Neighbor{Node: row.row("node").pathNode(), Distance: row.int("distance"), Via: row.str("via")})
	}
	return out, nil
}
