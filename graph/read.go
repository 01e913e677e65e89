package graph

import (
	"context"
	"embed"
	"fmt"
	"strings"
	"sync"
	"text/template"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// MaxPage is the most items any list returns in one page: the one place the
// API's page size is capped.
const MaxPage = 100

// DefaultPage is the page size when the caller gives none.
const DefaultPage = 20

// Page is a window over a list: Skip items, then at most First (capped to
// [1, MaxPage]).
type Page struct {
	First int
	Skip  int
}

// Size is the page size actually read.
func (p Page) Size() int {
	switch {
	case p.First <= 0:
		return DefaultPage
	case p.First > MaxPage:
		return MaxPage
	}
	return p.First
}

func (p Page) skip() int { return max(p.Skip, 0) }

// Read queries live in cypher/read, one file per query, as text/template
// so that shared map projections are written once. Template data only ever
// holds values from fixed sets (ORDER BY clauses, small integers), never
// user input: user input goes in as parameters.
//
//go:embed cypher/read/*.cypher
var readFiles embed.FS

var readTemplates = template.Must(template.New("read").Funcs(template.FuncMap{
	"maxProvenance":     func() int { return MaxProvenance },
	"maxPathProvenance": func() int { return maxPathProvenance },
	"busyFactor":        func() int { return busyFactor },
	"busySkew":          func() int { return busySkew },
	"scanPerPage":       func() int { return scanPerPage },
	"factAlternation":   func() string { return factAlternation },
}).ParseFS(readFiles, "cypher/read/*.cypher"))

// A fact can be stated by hundreds of articles; the API shows where the
// first MaxProvenance state it (and how many do), and a path's steps, where
// the point is why each step holds, the first maxPathProvenance.
const (
	MaxProvenance     = 10
	maxPathProvenance = 3
)

// renderedReads caches each query text by name and template data.
var renderedReads sync.Map

func readCypher(name string, data any) (string, error) {
	key := fmt.Sprintf("%s|%v", name, data)
	if s, ok := renderedReads.Load(key); ok {
		return s.(string), nil
	}
	var b strings.Builder
	if err := readTemplates.ExecuteTemplate(&b, name+".cypher", data); err != nil {
		return "", fmt.Errorf("graph: render %s: %w", name, err)
	}
	renderedReads.Store(key, b.String())
	return b.String(), nil
}

// query runs the read query in cypher/read/name.cypher routed to readers.
func (db *DB) query(ctx context.Context, name string, data any, params map[string]any) ([]*neo4j.Record, error) {
	cypher, err := readCypher(name, data)
	if err != nil {
		return nil, err
	}
	return db.run(ctx, name, cypher, params)
}

// run runs cypher, the read query name, routed to readers.
func (db *DB) run(ctx context.Context, name, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	profile, profiled := db.profiler()
	if profiled {
		cypher = "CYPHER replan=force PROFILE\n" + cypher // the plan for the graph as it is now
	}
	res, err := db.execRead(ctx, name, cypher, params)
	if err != nil {
		return nil, fmt.Errorf("graph: %s: %w", name, err)
	}
	if profiled {
		profile(name, res.Summary.Profile())
	}
	return res.Records, nil
}

// given is the set of parameters that are not null. The read templates
// write a filter's predicate only when its parameter is given (`{{if
// .Given.types}}AND v.type IN $types{{end}}`), never `($types IS NULL OR
// …)`: a plan is compiled once for every value of the parameters, so an
// OR with a null test hides the predicate from the index that would serve
// it, and every node of the label is read.
func given(params map[string]any) map[string]bool {
	g := make(map[string]bool, len(params))
	for k, v := range params {
		if v != nil {
			g[k] = true
		}
	}
	return g
}

// orNil turns an empty list into a null parameter, which the queries read
// as "no filter".
func orNil[T any](s []T) any {
	if len(s) == 0 {
		return nil
	}
	return s
}

// strOrNil turns "" into a null parameter.
func strOrNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}
