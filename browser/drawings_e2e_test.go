//go:build e2e

package browser

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/polgraph/polgraph/graph"
)

// drawing is what Browser drew in its newest result frame: each node's
// caption and fill; each relationship's caption as shown (Rels), as the
// style made it (Captions: Browser shortens a caption longer than its
// edge, with an ellipsis) and type (Types).
type drawing struct {
	Nodes    []drawnNode `json:"nodes"`
	Rels     []string    `json:"rels"`
	Captions []string    `json:"captions"`
	Types    []string    `json:"types"`
}

// drawnNode is a node as Browser drew it: its caption's lines joined by a
// space, and its fill colour.
type drawnNode struct {
	Caption string `json:"caption"`
	Fill    string `json:"fill"`
}

// newestDrawing is, in Browser's page script, what the newest frame drew.
// A relationship's type is the datum d3 bound to its element: Browser
// shortens a caption to fit its edge, to nothing while the layout still
// has the nodes bunched together.
const newestDrawing = `const f = document.querySelector('[data-testid="frame"]');
	const s = f && f.querySelector('svg.neod3viz');
	if (!s) return {nodes: [], rels: [], captions: [], types: []};
	const rels = Array.from(s.querySelectorAll('g.relationship'));
	return {
		nodes: Array.from(s.querySelectorAll('g.node')).map(g => ({
			caption: Array.from(g.querySelectorAll('text')).map(t => t.textContent).join(' ').trim(),
			fill: (g.querySelector('circle.b-outline') || {getAttribute: () => ''}).getAttribute('fill') || ''})),
		rels: rels.map(g => g.textContent.trim()),
		captions: rels.map(g => (g.__data__ && g.__data__.caption) || ''),
		types: rels.map(g => (g.__data__ && g.__data__.type) || '')};`

// draw runs query from Browser's editor and returns what it drew; the
// screenshot is artifacts/e2e/<name>.png.
func (wd *webDriver) draw(query, name string) drawing {
	wd.t.Helper()
	wd.command(query)
	return wd.drawn(query, name)
}

// drawn waits until the newest frame is query's and its layout has
// captions, and returns what it drew; the screenshot is
// artifacts/e2e/<name>.png.
func (wd *webDriver) drawn(query, name string) drawing {
	wd.t.Helper()
	var d drawing
	wd.waitFor(fmt.Sprintf("Browser to draw %q", query), func() bool {
		if !wd.newestFrameRuns(query) {
			return false
		}
		wd.script(newestDrawing, &d) // the newest frame comes first
		return len(d.Nodes) > 0 && d.Nodes[0].Caption != ""
	})
	// Give the layout time to spread the nodes so that edges hold their
	// captions; a caption still missing after that is the check's to report.
	for deadline := time.Now().Add(10 * time.Second); slices.Contains(d.Rels, "") && time.Now().Before(deadline); {
		time.Sleep(250 * time.Millisecond)
		wd.script(newestDrawing, &d)
	}
	for i, n := range d.Nodes { // a caption's lines, joined by one space
		d.Nodes[i].Caption = strings.Join(strings.Fields(n.Caption), " ")
	}
	path := wd.screenshot(name)
	wd.t.Logf("%s: %d nodes, %d relationships; screenshot %s", name, len(d.Nodes), len(d.Rels), path)
	for _, n := range d.Nodes {
		if strings.Contains(n.Caption, "…") {
			wd.t.Errorf("%s: caption %q is cut", name, n.Caption)
		}
	}
	return d
}

// newestFrameRuns reports whether Browser's newest frame is query's.
func (wd *webDriver) newestFrameRuns(query string) bool {
	wd.t.Helper()
	var top string
	wd.script(`const c = document.querySelector('[data-testid="frame"] [data-testid="frameCommand"]');
		return c ? c.textContent : '';`, &top)
	// The frame's editor shows the prompt ("neo4j$", "$") before the query.
	return strings.HasSuffix(normalize(top), normalize(query))
}

// checkDrawings types, as an analyst would, the views the style must make
// readable beyond the guide's, on the seed and the fictional articles:
// the schema view, undated events, and fact edges.
func checkDrawings(t *testing.T, wd *webDriver, db *graph.DB) {
	t.Helper()
	// db.schema.visualization() draws one node per label, whose only
	// caption property is its name: none may be blank.
	schema := wd.draw("CALL db.schema.visualization()", "schema-view")
	for _, label := range []string{"Event", "Article", "Person", "Party", "Undated"} {
		found := false
		for _, n := range schema.Nodes {
			found = found || strings.HasPrefix(n.Caption, label) || label == "Undated" && strings.Contains(n.Caption, "undated")
		}
		if !found {
			t.Errorf("the schema view has no node captioned %s among %+v", label, schema.Nodes)
		}
	}
	for _, n := range schema.Nodes {
		if n.Caption == "" {
			t.Errorf("the schema view draws a blank node: %+v", schema.Nodes)
		}
	}

	// Every undated event says so and when it was first reported, so
	// that two of one type are told apart.
	undated := wd.draw("MATCH (v:Undated)<-[p:PARTICIPATED_IN]-(e:Entity) RETURN v, p, e", "undated-events")
	want := count(t, db, "MATCH (v:Undated) WHERE EXISTS { (:Entity)-[:PARTICIPATED_IN]->(v) } RETURN count(v) AS n")
	byType := map[string][]string{}
	for _, n := range undated.Nodes {
		if strings.Contains(n.Caption, " undated, reported ") {
			typ, _, _ := strings.Cut(n.Caption, " ")
			byType[typ] = append(byType[typ], n.Caption)
		}
	}
	drawn, twins := 0, 0
	for typ, captions := range byType {
		drawn += len(captions)
		seen := map[string]bool{}
		for _, c := range captions {
			if seen[c] {
				t.Errorf("two undated %s events both captioned %q", typ, c)
			}
			seen[c] = true
		}
		if len(captions) > 1 {
			twins++
		}
	}
	if want < 2 || drawn != want || twins == 0 {
		t.Errorf("%d undated events drawn as undated, the graph has %d (%d types with several); want all, and two of one type: %v", drawn, want, twins, byType)
	}

	// A fact's edge shows its role and the years of its validity, as the
	// writer keeps them (caption, the role abbreviated where the whole
	// would be longer than an edge): whole, never cut with an ellipsis.
	rows, err := db.ReadOnly(context.Background(), `MATCH (:Entity)-[f]->(:Entity) WHERE f.validity IS NOT NULL
		RETURN f.caption AS caption, f.role AS role, f.validity AS validity`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(rows, func(r map[string]any) bool { return r["role"] != "" && r["role"] != nil }) || len(rows) < 2 {
		t.Fatalf("facts with a validity in the graph: %v; want the seed's and the fictional articles', one with a role", rows)
	}
	facts := wd.draw("MATCH (a:Entity)-[f]->(b:Entity) WHERE f.validity IS NOT NULL RETURN a, f, b", "fact-edges")
	for _, r := range rows {
		want, _ := r["caption"].(string)
		validity, _ := r["validity"].(string)
		for _, year := range yearPattern.FindAllString(validity, -1) {
			if !strings.Contains(want, year) {
				t.Errorf("fact %v: caption %q lacks the year %s of its validity", r, want, year)
			}
		}
		i := slices.IndexFunc(facts.Captions, func(c string) bool { return normalize(c) == want }) // SVG collapses spaces
		if i < 0 {
			t.Errorf("no edge captioned %q among %q", want, facts.Captions)
			continue
		}
		if shown := normalize(facts.Rels[i]); shown != want {
			t.Errorf("edge captioned %q (role %q, validity %s) shows %q", want, r["role"], validity, shown)
		}
	}
}

// yearPattern finds the years in a fact's validity ("2019–2023-02-14").
var yearPattern = regexp.MustCompile(`\b\d{4}\b`)

func count(t *testing.T, db *graph.DB, cypher string) int {
	t.Helper()
	rows, err := db.ReadOnly(context.Background(), cypher, nil)
	if err != nil || len(rows) != 1 {
		t.Fatalf("%s: %v", cypher, err)
	}
	n, _ := rows[0]["n"].(int64)
	return int(n)
}
