package browser

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// slide is one guide slide: its heading and runnable queries, as Browser
// sees them (text content, entities decoded, trimmed).
type slide struct {
	title    string
	runnable []string
}

// parseGuide reads the guide the way Browser does: every <slide> element is a
// slide, and clicking a <pre class="runnable"> puts its trimmed text content
// in the editor.
func parseGuide(t testing.TB, src []byte) (article bool, slides []slide) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		t.Fatalf("parse guide: %v", err)
	}
	// cur indexes the slide being read, -1 outside any.
	var walk func(n *html.Node, cur int)
	walk = func(n *html.Node, cur int) {
		if n.Type == html.ElementNode {
			switch {
			case n.Data == "article" && hasClass(n, "guide"):
				article = true
			case n.Data == "slide":
				slides = append(slides, slide{})
				cur = len(slides) - 1
			case n.Data == "h3" && cur >= 0 && slides[cur].title == "":
				slides[cur].title = strings.TrimSpace(text(n))
			case n.Data == "pre" && hasClass(n, "runnable"):
				if cur < 0 {
					t.Errorf("runnable query outside any slide: %q", text(n))
					return
				}
				slides[cur].runnable = append(slides[cur].runnable, strings.TrimSpace(text(n)))
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, cur)
		}
	}
	walk(doc, -1)
	return article, slides
}

func hasClass(n *html.Node, class string) bool {
	for _, a := range n.Attr {
		if a.Key == "class" && contains(strings.Fields(a.Val), class) {
			return true
		}
	}
	return false
}

func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// guideQueries returns every runnable query of the guide, in order.
func guideQueries(t testing.TB) []string {
	_, slides := parseGuide(t, Guide())
	var qs []string
	for _, s := range slides {
		qs = append(qs, s.runnable...)
	}
	return qs
}

var cypherFence = regexp.MustCompile("(?ms)^```cypher[ \t]*\n(.*?)^```[ \t]*$")

// cookbookQueries returns the ```cypher blocks of docs/cypher.md, in order.
func cookbookQueries(t testing.TB) []string {
	t.Helper()
	src, err := os.ReadFile("../docs/cypher.md")
	if err != nil {
		t.Fatal(err)
	}
	var qs []string
	for _, m := range cypherFence.FindAllStringSubmatch(string(src), -1) {
		qs = append(qs, strings.TrimSpace(m[1]))
	}
	return qs
}

func normalize(q string) string { return strings.Join(strings.Fields(q), " ") }

func TestGuideFormat(t *testing.T) {
	article, slides := parseGuide(t, Guide())
	if !article {
		t.Error(`guide has no <article class="guide">`)
	}
	want := []string{
		"polgraph",
		"The graph model",
		"An MP's party history",
		"A person's timeline",
		"Paths between two people",
		"On a large graph",
		"Who reported what",
		"Allegations and their denials",
	}
	var got []string
	for _, s := range slides {
		got = append(got, s.title)
		if len(s.runnable) == 0 {
			t.Errorf("slide %q has no runnable query", s.title)
		}
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("slide titles = %q, want %q", got, want)
	}
	if !bytes.Contains(Guide(), []byte("<carousel")) {
		t.Error("guide has no <carousel>")
	}
}

// firstCypher returns the guide's first runnable Cypher query (not a
// Browser command): the end-to-end test runs it and expects a picture.
func firstCypher(qs []string) string {
	for _, q := range qs {
		if !strings.HasPrefix(q, ":") {
			return q
		}
	}
	return ""
}

func TestGuideStartsWithStyleAndAGraph(t *testing.T) {
	qs := guideQueries(t)
	if len(qs) == 0 || qs[0] != guideStyle {
		t.Errorf("guide should start with %q to apply the style", guideStyle)
	}
	if first := firstCypher(qs); !regexp.MustCompile(`(?s)RETURN\s+\w+\s*,\s*\w+`).MatchString(first) {
		t.Errorf("first query %q should return nodes and relationships to draw", first)
	}
}

// Analysts copy from the cookbook: every query the guide offers is there too,
// so the guide never shows a query the cookbook does not document.
func TestGuideQueriesAreInCookbook(t *testing.T) {
	inBook := map[string]bool{}
	for _, q := range cookbookQueries(t) {
		inBook[normalize(q)] = true
	}
	for _, q := range guideQueries(t) {
		// :style is a Browser command, documented in docs/browser.md.
		if !inBook[normalize(q)] && !strings.HasPrefix(q, ":style ") {
			t.Errorf("guide query not in docs/cypher.md:\n%s", q)
		}
	}
}

// The guide works on any graph, not only the seed: each parameter its
// queries use is computed from the graph (the most mentioned person…),
// never a name written in, and no query names an entity itself.
func TestGuideNamesNoOne(t *testing.T) {
	namedInQuery := regexp.MustCompile(`\bname\s*(:|=)\s*['"]`)
	for _, q := range guideQueries(t) {
		if names, exprs, err := parseParams(q); err == nil {
			for i, expr := range exprs {
				if strings.HasPrefix(expr, "'") || strings.HasPrefix(expr, `"`) {
					t.Errorf(":param %s => %s: a name written in; compute it from the graph", names[i], expr)
				}
			}
			continue
		}
		if namedInQuery.MatchString(q) {
			t.Errorf("query names an entity itself; ask about $name:\n%s", q)
		}
	}
}
