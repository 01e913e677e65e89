package browser

import (
	"context"
	"fmt"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
)

// TestCookbook runs every ```cypher block of docs/cypher.md against the seed
// graph: each must succeed, read only, and return rows.
func TestCookbook(t *testing.T) {
	db := graphtest.Open(t)
	loadSeed(t, db)
	qs := cookbookQueries(t)
	if len(qs) < 10 {
		t.Fatalf("docs/cypher.md has %d cypher blocks; the extraction regexp probably broke", len(qs))
	}
	runAll(t, db, qs)
}

// TestGuideQueries runs every runnable query of the guide, in slide order,
// as an analyst clicking through it would.
func TestGuideQueries(t *testing.T) {
	db := graphtest.Open(t)
	loadSeed(t, db)
	runAll(t, db, guideQueries(t))
}

// The style sheet captions nodes by these properties; the graph must have them.
func TestStyleCaptionsExistInGraph(t *testing.T) {
	db := graphtest.Open(t)
	loadSeed(t, db)
	for label, prop := range map[string]string{
		"Person": "name", "Party": "name", "Country": "name", "Organization": "name",
		"Place": "name", "Event": "type", "Article": "title", "Undated": "firstReportedText",
	} {
		q := fmt.Sprintf("MATCH (n:%s) WHERE n.%s IS NOT NULL RETURN n LIMIT 1", label, prop)
		rows, err := db.ReadOnly(context.Background(), q, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) == 0 {
			t.Errorf("no :%s node has the caption property %q", label, prop)
		}
	}
	// Event and Article captions start with {name} for the schema view,
	// where it is the label: on the graph's own nodes it must be empty.
	// Fact edges are captioned with their role and the years of their
	// validity (caption).
	for _, tc := range []struct {
		what, cypher string
		want         bool
	}{
		{"an event or article with a name", "MATCH (n) WHERE (n:Event OR n:Article) AND n.name IS NOT NULL RETURN n LIMIT 1", false},
		{"a fact with a validity", "MATCH (:Entity)-[f:MEMBER_OF]->(:Entity) WHERE f.validity IS NOT NULL RETURN f LIMIT 1", true},
		{"a fact with a validity and no caption", "MATCH (:Entity)-[f:MEMBER_OF]->(:Entity) WHERE f.validity IS NOT NULL AND coalesce(f.caption, '') = '' RETURN f LIMIT 1", false},
		{"a fact with a role and no caption", "MATCH (:Entity)-[f:HOLDS_OFFICE]->(:Entity) WHERE f.role <> '' AND coalesce(f.caption, '') = '' RETURN f LIMIT 1", false},
	} {
		rows, err := db.ReadOnly(context.Background(), tc.cypher, nil)
		if err != nil {
			t.Fatal(err)
		}
		if found := len(rows) > 0; found != tc.want {
			t.Errorf("the seed graph has %s: %v, want %v", tc.what, found, tc.want)
		}
	}
}

// runAll runs queries in order. A block of ":param name => expression" lines
// sets parameters for the blocks after it, as Browser does: Browser
// evaluates the expression with Cypher, and so does this.
func runAll(t *testing.T, db *graph.DB, queries []string) {
	t.Helper()
	params := map[string]any{}
	for i, q := range queries {
		name := fmt.Sprintf("%02d %s", i+1, firstLine(q))
		if strings.HasPrefix(q, ":style ") {
			if err := checkStyleCommand(q); err != nil {
				t.Errorf("%s: %v", name, err)
			}
			continue
		}
		if strings.HasPrefix(q, ":") {
			if err := setParams(db, params, q); err != nil {
				t.Errorf("%s: %v", name, err)
			}
			continue
		}
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			rows, err := db.ReadOnly(ctx, q, params)
			if err != nil {
				t.Fatalf("%v\n%s", err, q)
			}
			if len(rows) == 0 {
				t.Errorf("no rows from the seed graph:\n%s\nparams: %v", q, params)
			}
		})
	}
}

var paramLine = regexp.MustCompile(`^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+)$`)

// parseParams reads ":param name => expression" lines; any other Browser
// command would not run in a test, so it is an error.
func parseParams(block string) (names, exprs []string, err error) {
	for _, line := range strings.Split(block, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		m := paramLine.FindStringSubmatch(line)
		if m == nil {
			return nil, nil, fmt.Errorf("%q: only ':param name => expression' lines may mix with Cypher blocks", line)
		}
		names = append(names, m[1])
		exprs = append(exprs, strings.TrimSuffix(strings.TrimSpace(m[2]), ";"))
	}
	return names, exprs, nil
}

func setParams(db *graph.DB, params map[string]any, block string) error {
	names, exprs, err := parseParams(block)
	if err != nil {
		return err
	}
	for i, name := range names {
		rows, err := db.ReadOnly(context.Background(), "RETURN "+exprs[i]+" AS value", params)
		if err != nil {
			return fmt.Errorf(":param %s: %w", name, err)
		}
		params[name] = rows[0]["value"]
	}
	return nil
}

// checkStyleCommand checks that a ":style URL" command fetches this
// package's style sheet.
func checkStyleCommand(cmd string) error {
	u, err := url.Parse(strings.TrimSpace(strings.TrimPrefix(cmd, ":style ")))
	if err != nil {
		return err
	}
	if u.Path != StylePath {
		return fmt.Errorf("%q does not fetch %s", cmd, StylePath)
	}
	rec := httptest.NewRecorder()
	Handler().ServeHTTP(rec, httptest.NewRequest("GET", u.Path, nil))
	if rec.Code != 200 || rec.Body.String() != string(Style()) {
		return fmt.Errorf("%q: GET %s = %d, not the style sheet", cmd, u.Path, rec.Code)
	}
	return nil
}

func firstLine(q string) string {
	line, _, _ := strings.Cut(q, "\n")
	if len(line) > 60 {
		line = line[:60]
	}
	return line
}

func TestParseParams(t *testing.T) {
	tests := []struct {
		block     string
		names     []string
		exprs     []string
		wantError bool
	}{
		{block: ":param personA => 'Han Dong'", names: []string{"personA"}, exprs: []string{"'Han Dong'"}},
		{block: ":param a => 1\n\n:param b=>[1, 2];", names: []string{"a", "b"}, exprs: []string{"1", "[1, 2]"}},
		{block: ":style http://127.0.0.1:8080/browser/style.grass", wantError: true},
		{block: ":param a => 1\nMATCH (n) RETURN n", wantError: true},
		{block: ":param {a: 1}", wantError: true},
	}
	for _, tt := range tests {
		names, exprs, err := parseParams(tt.block)
		if (err != nil) != tt.wantError {
			t.Errorf("parseParams(%q) error = %v, want error %v", tt.block, err, tt.wantError)
			continue
		}
		if fmt.Sprint(names) != fmt.Sprint(tt.names) || fmt.Sprint(exprs) != fmt.Sprint(tt.exprs) {
			t.Errorf("parseParams(%q) = %q, %q; want %q, %q", tt.block, names, exprs, tt.names, tt.exprs)
		}
	}
}
