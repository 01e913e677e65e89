package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
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
	Kind  string // the entity kind, or "Event"
	Label string // short: the entity's name, or "ARREST 2018-12: Meng Wanzhou"
}

// maxLabelNames bounds the participants an event's label names.
const maxLabelNames = 2

// eventLabel is an event's short label: its type, its date ("undated" for
// none) and the names of its participants other than sources, the roles of
// polgraph.Roles in their order, then by name ("+2" for those left out).
func eventLabel(typ string, date *string, who []readRow) string {
	when := "undated"
	if date != nil && *date != "" {
		when = *date
	}
	slices.SortFunc(who, func(a, b readRow) int {
		if c := cmp.Compare(roleRank(a.str("role")), roleRank(b.str("role"))); c != 0 {
			return c
		}
		return cmp.Compare(a.str("name"), b.str("name"))
	})
	var names []string
	for _, w := range who {
		if n := w.str("name"); !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	label := typ + " " + when
	if len(names) == 0 {
		return label
	}
	more := ""
	if len(names) > maxLabelNames {
		more = fmt.Sprintf(" +%d", len(names)-maxLabelNames)
		names = names[:maxLabelNames]
	}
	return label + ": " + strings.Join(names, ", ") + more
}

func roleRank(role string) int {
	if i := slices.Index(polgraph.Roles, polgraph.Role(role)); i >= 0 {
		return i
	}
	return len(polgraph.Roles)
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

// Steps says which relationships a path or a neighbourhood may follow;
// zero fields do not filter.
type Steps struct {
	// RelationTypes are the fact types it may follow (all when empty),
	// less ExcludeRelationTypes.
	RelationTypes, ExcludeRelationTypes []string
	// Facts and Events say whether it may take a fact, or a participation
	// in an event, as a step; both false means both.
	Facts, Events bool
}

// PathFilter says which paths Relationships returns.
type PathFilter struct {
	Steps
	// MaxHops bounds the entity-to-entity steps (1..MaxHops).
	MaxHops int
	// First is how many paths to return, best first (1..MaxPaths; 0 is
	// MaxPaths). MaxPaths are read and sorted whatever First is, so the
	// first path is the same for every First.
	First int
}

// types is the relationship type pattern the steps may follow
// ("MEMBER_OF|PARTICIPATED_IN"), from names checked against the
// vocabulary, so that it can be written into the query.
func (f Steps) types() (string, error) {
	for _, t := range slices.Concat(f.RelationTypes, f.ExcludeRelationTypes) {
		if !slices.Contains(polgraph.RelationTypes, polgraph.RelationType(t)) {
			return "", fmt.Errorf("%w: unknown relation type %q", ErrInvalid, t)
		}
	}
	var types []string
	if f.Facts || !f.Events {
		for _, t := range polgraph.RelationTypes {
			if (len(f.RelationTypes) == 0 || slices.Contains(f.RelationTypes, string(t))) && !slices.Contains(f.ExcludeRelationTypes, string(t)) {
				types = append(types, string(t))
			}
		}
	}
	if f.Events || !f.Facts {
		types = append(types, "PARTICIPATED_IN")
	}
	if len(types) == 0 {
		return "", fmt.Errorf("%w: no relation type is left to follow", ErrInvalid)
	}
	return strings.Join(types, "|"), nil
}

// Relationships returns the shortest paths between two entities through
// the steps f allows, of at most f.MaxHops steps: fewest steps first, then
// the best supported (the weakest step's article count, then all steps').
func (db *DB) Relationships(ctx context.Context, from, to string, f PathFilter) ([]Path, error) {
	maxHops := f.MaxHops
	if maxHops < 1 || maxHops > MaxHops {
		return nil, fmt.Errorf("%w: maxHops must be between 1 and %d", ErrInvalid, MaxHops)
	}
	if from == to {
		return nil, fmt.Errorf("%w: from and to are the same entity", ErrInvalid)
	}
	first := cmp.Or(f.First, MaxPaths)
	if first < 1 || first > MaxPaths {
		return nil, fmt.Errorf("%w: first is %d, but relationships returns at most %d paths", ErrInvalid, f.First, MaxPaths)
	}
	types, err := f.types()
	if err != nil {
		return nil, err
	}
	data := struct {
		MaxLen int
		Types  string
	}{2 * maxHops, types}
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
	slices.SortStableFunc(out, func(a, b Path) int {
		if c := cmp.Compare(a.Hops(), b.Hops()); c != 0 {
			return c
		}
		aw, at := a.support()
		bw, bt := b.support()
		if c := cmp.Compare(bw, aw); c != 0 {
			return c
		}
		return cmp.Compare(bt, at)
	})
	return out[:min(first, len(out))], nil
}

// support is the article count of a path's weakest step and of all its
// steps together.
func (p Path) support() (weakest, total int) {
	for i, e := range p.Edges {
		if i == 0 || e.Support < weakest {
			weakest = e.Support
		}
		total += e.Support
	}
	return weakest, total
}

func (m readRow) pathNode() PathNode {
	n := PathNode{ID: m.str("id"), Name: m.str("name"), Kind: m.str("kind"), Label: m.str("name")}
	if n.Kind == "Event" {
		n.Label = eventLabel(m.str("type"), m.strp("date"), m.rows("who"))
	}
	return n
}

// Neighbor is a node near another.
type Neighbor struct {
	Node     PathNode
	Distance int
	Via      string // the relationship type of the last step
}

// Neighbors returns a page of the entities and events within depth
// (1..MaxDepth) steps of entity id through the steps s allows, nearest
// first, and whether another page follows.
func (db *DB) Neighbors(ctx context.Context, id string, depth int, s Steps, p Page) ([]Neighbor, bool, error) {
	if depth < 1 || depth > MaxDepth {
		return nil, false, fmt.Errorf("%w: depth must be between 1 and %d", ErrInvalid, MaxDepth)
	}
	types, err := s.types()
	if err != nil {
		return nil, false, err
	}
	data := struct {
		Depth int
		Types string
	}{depth, types}
	recs, err := db.query(ctx, "neighbors", data, p.params(map[string]any{"id": id}))
	if err != nil {
		return nil, false, err
	}
	out := make([]Neighbor, 0, len(recs))
	for _, r := range recs {
		row := recordRow(r)
		out = append(out, Neighbor{Node: row.row("node").pathNode(), Distance: row.int("distance"), Via: row.str("via")})
	}
	return trim(out, p)
}
