//go:build e2e

package browser

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
)

// TestBrowserRunsGuide drives the project's own Neo4j Browser in headless
// Chromium the way an analyst would: connect, apply the style sheet, open the
// guide from polgraph's handler, run the guide's first query, and check that
// Browser draws the seed graph, with fictional articles beside it
// (testdata/fictional.jsonl), with the style's colours and captions.
// The screenshot is left in artifacts/e2e/ (git ignores it).
func TestBrowserRunsGuide(t *testing.T) {
	db := graphtest.Open(t) // fails, never skips, without Neo4j
	loadSeed(t, db)
	loadFiction(t, db)

	// The guide and style sheet come from another origin than Browser, as
	// from `polgraph serve`: this exercises the CORS headers for real.
	guideSrv := httptest.NewServer(Handler())
	defer guideSrv.Close()
	addr := strings.TrimPrefix(guideSrv.URL, "http://")

	cfg := graph.ConfigFromEnv(os.Getenv)
	bolt, err := url.Parse(cfg.URI)
	if err != nil {
		t.Fatalf("NEO4J_URI %q: %v", cfg.URI, err)
	}
	// The URL polgraph neo4j start prints and neo4j env exports (make e2e
	// evaluates it), whose dbms= names this Neo4j's Bolt; built the same
	// way for a Neo4j of the user's own (NEO4J_URI set, no env evaluated).
	browserURL := envOr("NEO4J_BROWSER_URL", "http://127.0.0.1:"+envOr("NEO4J_HTTP_PORT", "7474")+"/browser/?dbms="+bolt.Scheme+"://"+cfg.User+"@"+bolt.Host)

	wd := startChrome(t)
	wd.navigate(browserURL)

	// Connect form: opened on this Neo4j's Bolt address by the URL, not on
	// Browser's default 7687; then the full URL (Browser moves its scheme
	// into the scheme selector), user, password.
	host := wd.waitElement(`input[data-testid="boltaddress"]`)
	var prefilled string
	wd.script(`return document.querySelector('input[data-testid="boltaddress"]').value;`, &prefilled)
	if !strings.Contains(prefilled, bolt.Host) {
		t.Errorf("connect form opened on %q, want %s as the printed URL says", prefilled, bolt.Host)
	}
	wd.replaceText(host, bolt.Scheme+"://"+bolt.Host)
	user := wd.waitElement(`input[data-testid="username"]`)
	wd.replaceText(user, cfg.User)
	wd.typeInto(wd.waitElement(`input[data-testid="password"]`), cfg.Password)
	wd.clickWhenReady(`button[data-testid="connect"]`)
	wd.waitFor("Browser to connect", func() bool {
		return len(wd.find(`input[data-testid="password"]`)) == 0 && wd.pageHas("You are connected")
	})

	wd.command(PlayCommand(addr))
	wd.waitFor("the guide's first slide", func() bool { return wd.pageHas("Political news as a knowledge graph") })
	served := servedGuideQueries(t, guideSrv.URL+GuidePath)

	// Browser prepends a play icon to each runnable query; clicking it runs
	// the query. The guide starts with its :style command, then the :param
	// naming the entity its queries ask about, then a query.
	var shownFirst []string
	wd.waitFor("the first slide's runnable queries", func() bool {
		wd.script(`return Array.from(document.querySelectorAll('[data-testid="carousel"] pre.runnable')).map(p => p.textContent.trim());`, &shownFirst)
		return len(shownFirst) >= 3
	})
	if shownFirst[0] != StyleCommand(addr) {
		t.Fatalf("guide's first runnable command in Browser = %q, want %q", shownFirst[0], StyleCommand(addr))
	}
	wd.runFromGuide(0, shownFirst[0])
	wd.waitFor("the style sheet to apply", func() bool { return wd.pageHas("node.Person") })
	if !strings.HasPrefix(shownFirst[1], ":param ") {
		t.Fatalf("guide's second runnable command in Browser = %q, want the :param its queries use", shownFirst[1])
	}
	wd.runFromGuide(1, shownFirst[1])
	// The parameter is computed from the graph, as Browser computes it.
	params := map[string]any{}
	if err := setParams(db, params, shownFirst[1]); err != nil {
		t.Fatal(err)
	}
	name, _ := params["name"].(string)
	if name == "" {
		t.Fatalf("%s names no one on this graph", shownFirst[1])
	}

	first := firstCypher(served)
	if normalize(shownFirst[2]) != normalize(first) {
		t.Fatalf("guide's first query in Browser = %q, want %q", shownFirst[2], first)
	}
	wd.runFromGuide(2, shownFirst[2])

	// The result frame draws nodes as <g class="node"> with a circle and
	// caption text; wait until the layout has them.
	wd.waitFor("the result to render as a graph", func() bool {
		return len(wd.find(`[data-testid="frame"] svg.neod3viz g.node circle.b-outline`)) > 1
	})
	var nodes []drawnNode
	wd.script(`return Array.from(document.querySelectorAll('svg.neod3viz g.node')).map(g => ({
		caption: Array.from(g.querySelectorAll('text')).map(t => t.textContent).join(' '),
		fill: (g.querySelector('circle.b-outline') || {getAttribute: () => ''}).getAttribute('fill') || ''
	}))`, &nodes)
	rels := wd.find(`svg.neod3viz g.relationship`)
	path := wd.screenshot("guide-first-query")
	t.Logf("graph: %d nodes, %d relationships; screenshot %s", len(nodes), len(rels), path)
	checkFirstDrawingCap(t, db, first, name, len(nodes))
	// Browser cuts a caption too long for its circle with an ellipsis,
	// mid-word ("RESIGNATI…"): every caption fits whole.
	for _, n := range nodes {
		if strings.Contains(n.Caption, "…") {
			t.Errorf("caption %q is cut", n.Caption)
		}
	}

	// Every slide renders in Browser with exactly the queries the tests run.
	var shown []string
	heading := ""
	var slide struct {
		Heading string   `json:"heading"`
		Queries []string `json:"queries"`
	}
	for slides := 1; ; slides++ {
		wd.waitFor("the next slide", func() bool {
			wd.script(`const c = document.querySelector('[data-testid="carousel"]');
				return c ? {heading: (c.querySelector('h3') || {}).textContent || '',
					queries: Array.from(c.querySelectorAll('pre.runnable')).map(p => p.textContent.trim())} : {};`, &slide)
			return slide.Heading != "" && slide.Heading != heading
		})
		heading = slide.Heading
		shown = append(shown, slide.Queries...)
		if heading == "On a large graph" {
			checkLargeGraphSlide(t, wd, db, slide.Queries, name)
		}
		next := wd.find(`[data-testid="carousel"] [data-testid="nextSlide"]`)
		if len(next) == 0 {
			t.Logf("guide: %d slides, %d runnable queries; last slide %q", slides, len(shown), heading)
			break
		}
		if slides > 20 {
			t.Fatal("the guide never reached its last slide")
		}
		wd.click(next[0])
	}
	if want := served; normalize(strings.Join(shown, "\n")) != normalize(strings.Join(want, "\n")) {
		t.Errorf("Browser shows the guide's queries as\n%q\nwant\n%q", shown, want)
	}

	checkAllegationsSlide(t, wd, slide.Heading, slide.Queries)
	checkDrawings(t, wd, db)
	checkSmallDrawingCap(t, wd, db, served[slices.IndexFunc(served, isSmallDrawing)], name)

	if len(rels) == 0 {
		t.Error("the graph has no relationships drawn")
	}
	// The person the parameter names is captioned by name in the style's
	// Person colour.
	person := computeStyle(mustParseStyle(t), "node", "Entity", "Person")
	found := false
	for _, n := range nodes {
		if strings.Join(strings.Fields(n.Caption), " ") == name {
			found = true
			if !strings.EqualFold(n.Fill, person["color"]) {
				t.Errorf("%s drawn in %q, want the style's Person colour %s", name, n.Fill, person["color"])
			}
		}
	}
	if !found {
		t.Errorf("no node captioned %s among %d nodes: %+v", name, len(nodes), nodes)
	}
}

// firstDrawingMost is how many neighbours the guide's first query draws at
// most (its LIMIT): a drawing stays readable.
const firstDrawingMost = 50

// checkLargeGraphSlide runs, from the guide's "On a large graph" slide, the
// views meant to stay readable on a real corpus: the most mentioned
// entities, shown as a table whose first row is the graph's most
// mentioned, and the drawing kept small, which must draw $name and at most
// 25 neighbours with every caption whole. The screenshots are
// artifacts/e2e/large-graph-top.png and large-graph-neighbours.png.
func checkLargeGraphSlide(t *testing.T, wd *webDriver, db *graph.DB, queries []string, name string) {
	t.Helper()
	top := slices.IndexFunc(queries, func(q string) bool { return strings.Contains(q, "AS mentions") })
	small := slices.IndexFunc(queries, isSmallDrawing)
	if top < 0 || small < 0 {
		t.Fatalf("the large-graph slide has no top-N table (%d) or small drawing (%d): %q", top, small, queries)
	}

	rows, err := db.ReadOnly(context.Background(), queries[top], nil)
	if err != nil || len(rows) == 0 {
		t.Fatalf("%s: %v, %d rows", queries[top], err, len(rows))
	}
	first, _ := rows[0]["name"].(string)
	wd.runFromGuide(top, queries[top])
	var table string
	wd.waitFor(fmt.Sprintf("Browser's table of the most mentioned, %s first", first), func() bool {
		if !wd.newestFrameRuns(queries[top]) {
			return false
		}
		wd.script(`const f = document.querySelector('[data-testid="frame"]'); return f ? f.innerText : '';`, &table)
		return strings.Contains(table, "mentions") && strings.Contains(table, first)
	})
	if len(rows) > 1 {
		second, _ := rows[1]["name"].(string)
		if i := strings.Index(table, `"`+second+`"`); i >= 0 && i < strings.Index(table, `"`+first+`"`) {
			t.Errorf("Browser's table of the most mentioned shows %s before %s", second, first)
		}
	}
	wd.screenshot("large-graph-top")

	wd.runFromGuide(small, queries[small])
	drawn := wd.drawn(queries[small], "large-graph-neighbours")
	if len(drawn.Nodes) > smallDrawingMost+1 {
		t.Errorf("the small drawing drew %d nodes, want %s and at most %d neighbours", len(drawn.Nodes), name, smallDrawingMost)
	}
	if !slices.ContainsFunc(drawn.Nodes, func(n drawnNode) bool { return n.Caption == name }) {
		t.Errorf("the small drawing has no node captioned %s: %+v", name, drawn.Nodes)
	}
}

// isSmallDrawing tells the large-graph slide's small drawing among the
// guide's queries.
func isSmallDrawing(q string) bool {
	return strings.Contains(q, fmt.Sprintf("LIMIT %d", smallDrawingMost)) && strings.Contains(q, "RETURN p, r, n")
}

// checkAllegationsSlide runs, from the guide's last slide ("Allegations
// and their denials"), the query that draws denied claims with their
// denials, and checks that Browser draws them apart: denied and alleged
// events in their own colours and captions, never in the asserted events'
// colour, and DENIES edges drawn. The screenshot is
// artifacts/e2e/allegations-denied.png.
func checkAllegationsSlide(t *testing.T, wd *webDriver, heading string, queries []string) {
	t.Helper()
	if heading != "Allegations and their denials" {
		t.Fatalf("the guide's last slide is %q, want the allegations slide", heading)
	}
	i := slices.IndexFunc(queries, func(q string) bool {
		return strings.Contains(q, "[d:DENIES]") && strings.Contains(q, "RETURN x, r, claim, d")
	})
	param := slices.IndexFunc(queries, func(q string) bool { return strings.HasPrefix(q, ":param name ") })
	if i < 0 || param < 0 || param > i {
		t.Fatalf("the allegations slide has no :param name (%d) before a query drawing DENIES (%d): %q", param, i, queries)
	}
	// The slide sets $name to the entity the most allegations are about.
	wd.runFromGuide(param, queries[param])
	wd.runFromGuide(i, queries[i])
	drawn := wd.drawn(queries[i], "allegations-denied")

	rules := mustParseStyle(t)
	asserted := computeStyle(rules, "node", "Event")["color"]
	denied := computeStyle(rules, "node", "Event", "Denied")["color"]
	alleged := computeStyle(rules, "node", "Event", "Alleged")["color"]
	deniedEvents := 0
	for _, n := range drawn.Nodes {
		switch {
		case strings.Contains(n.Caption, "(denied)"):
			deniedEvents++
			if !strings.EqualFold(n.Fill, denied) {
				t.Errorf("denied event %q drawn in %q, want the style's Denied colour %s", n.Caption, n.Fill, denied)
			}
		case strings.Contains(n.Caption, "(alleged)"):
			if !strings.EqualFold(n.Fill, alleged) {
				t.Errorf("alleged event %q drawn in %q, want the style's Alleged colour %s", n.Caption, n.Fill, alleged)
			}
		}
	}
	if deniedEvents == 0 || strings.EqualFold(denied, asserted) {
		t.Errorf("no event drawn as denied (colour %s, asserted events %s) among %+v", denied, asserted, drawn.Nodes)
	}
	if !slices.Contains(drawn.Types, "DENIES") {
		t.Errorf("no DENIES edge drawn among %q", drawn.Types)
	}
}

// servedGuideQueries fetches the guide as Browser does and returns its
// runnable queries.
func servedGuideQueries(t *testing.T, url string) []string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	_, slides := parseGuide(t, body)
	var qs []string
	for _, s := range slides {
		qs = append(qs, s.runnable...)
	}
	return qs
}

// runFromGuide clicks the play icon of the guide's i-th runnable query and
// waits until Browser has opened a frame for it. A click that lands while
// the stream is still moving (a frame or a banner being inserted above the
// guide) can miss the icon without any error; it is clicked again then.
func (wd *webDriver) runFromGuide(i int, query string) {
	wd.t.Helper()
	opened := func() bool { return wd.newestFrameRuns(query) }
	for try := 1; ; try++ {
		wd.clickNth(`[data-testid="carousel"] pre.runnable i.fa-play-circle-o`, i)
		deadline := time.Now().Add(10 * time.Second)
		for time.Now().Before(deadline) {
			if opened() {
				return
			}
			time.Sleep(250 * time.Millisecond)
		}
		if try == 3 {
			wd.waitFor(fmt.Sprintf("a frame running the guide's query #%d %q", i, query), opened)
			return
		}
		wd.t.Logf("clicked the play icon of the guide's query #%d, no frame opened in 10s: clicking again", i)
	}
}

// command types a command into Browser's editor and runs it with Enter.
func (wd *webDriver) command(cmd string) {
	wd.t.Helper()
	wd.click(wd.waitElement(`[data-testid="activeEditor"] .view-lines`))
	wd.clearEditor()
	wd.keys(cmd + "\uE007")
}

// pageHas reports whether the page's visible text contains s.
func (wd *webDriver) pageHas(s string) bool {
	wd.t.Helper()
	var has bool
	wd.script(`return document.body.innerText.includes(arguments[0]);`, &has, s)
	return has
}

func mustParseStyle(t *testing.T) []rule {
	t.Helper()
	rules, err := parseGrass(string(Style()))
	if err != nil {
		t.Fatal(err)
	}
	return rules
}
