package server

import (
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph/server/generated"
	"github.com/vektah/gqlparser/v2/ast"
)

// Every list of objects the API returns takes first, unless the graph
// package bounds it (listBounds) or it is a connection's page: a list
// added without either fails here, not on a large graph.
func TestEveryListHasFirst(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	var missing []string
	for name, def := range schema.Types {
		if def.Kind != ast.Object || strings.HasPrefix(name, "__") {
			continue
		}
		for _, f := range def.Fields {
			if f.Type.Elem == nil || strings.HasPrefix(f.Name, "__") {
				continue
			}
			switch schema.Types[f.Type.Name()].Kind {
			case ast.Object, ast.Interface, ast.Union:
			default:
				continue // a list of scalars selects nothing
			}
			key := name + "." + f.Name
			_, bounded := listBounds[key]
			page := strings.HasSuffix(name, "Connection") && f.Name == "edges"
			if f.Arguments.ForName("first") == nil && !bounded && !page {
				missing = append(missing, key)
			}
		}
	}
	slices.Sort(missing)
	if len(missing) > 0 {
		t.Errorf("lists with neither first nor a bound in listBounds: %v", missing)
	}
}
