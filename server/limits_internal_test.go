package server

import (
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

func TestSelectionDepth(t *testing.T) {
	tests := []struct {
		query string
		want  int
	}{
		{`{ a }`, 1},
		{`{ a { b { c } } d }`, 3},
		{`{ __schema { types { fields { type { ofType { name } } } } } a }`, 1},
		{`{ a { ...F } } fragment F on T { b { c } }`, 3},
		{`{ a { ... on T { b } } }`, 2},
		{`{ a { ...F } } fragment F on T { b { ...F } }`, 2}, // a cycle, which validation rejects, does not hang
	}
	for _, tt := range tests {
		doc, err := parser.ParseQuery(&ast.Source{Input: tt.query})
		if err != nil {
			t.Fatal(err)
		}
		// Resolve spreads to their definitions, as validation does.
		for _, op := range doc.Operations {
			link(op.SelectionSet, doc.Fragments)
		}
		for _, f := range doc.Fragments {
			link(f.SelectionSet, doc.Fragments)
		}
		if got := selectionDepth(doc.Operations[0].SelectionSet, map[string]bool{}); got != tt.want {
			t.Errorf("depth of %s = %d, want %d", tt.query, got, tt.want)
		}
	}
}

func link(set ast.SelectionSet, frags ast.FragmentDefinitionList) {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			link(s.SelectionSet, frags)
		case *ast.InlineFragment:
			link(s.SelectionSet, frags)
		case *ast.FragmentSpread:
			s.Definition = frags.ForName(s.Name)
		}
	}
}
