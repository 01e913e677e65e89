package reader

import (
	"encoding/json"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// jsonLDDate is the datePublished (or, lacking it, dateCreated) of the
// page's own article in its JSON-LD: the first object of an article type
// (NewsArticle, BlogPosting, …), else of a web page type, else of another
// kind of text (a Recipe, a HowTo). Objects are looked
// for at the top level, in @graph and as mainEntity(OfPage); lists of other
// articles (ItemList, related links) are not entered, so that a teaser's
// date is never the page's.
func jsonLDDate(root *html.Node) string {
	var article, page, work string
	for _, script := range jsonLDScripts(root) {
		objs, ok := parseJSONLD(script)
		if !ok {
			// broken JSON-LD is common (trailing commas, raw newlines in
			// strings); its datePublished is still the publisher's word
			if article == "" {
				if m := datePublishedRe.FindStringSubmatch(script); m != nil {
					article = plausible(NormalizeDate(m[1]))
				}
			}
			continue
		}
		for _, o := range objs {
			d := plausible(NormalizeDate(firstString(o["datePublished"], o["dateCreated"])))
			if d == "" {
				continue
			}
			switch {
			case article == "" && isArticleType(o["@type"]):
				article = d
			case page == "" && isPageType(o["@type"]):
				page = d
			case work == "" && isWorkType(o["@type"]):
				work = d
			}
		}
	}
	return firstNonEmpty(article, page, work)
}

var datePublishedRe = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{6,40})"`)

// jsonLDScripts are the texts of the page's <script type="application/ld+json">,
// and of untyped scripts that hold nothing but a schema.org object (some
// CMSs leave the type out; what they hold is JSON-LD all the same).
func jsonLDScripts(root *html.Node) []string {
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Script {
			var b strings.Builder
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.TextNode {
					b.WriteString(c.Data)
				}
			}
			typ, text := strings.ToLower(strings.TrimSpace(attr(n, "type"))), strings.TrimSpace(b.String())
			if typ == "application/ld+json" || (typ == "" && strings.HasPrefix(text, "{") && strings.Contains(text, `"@context"`)) {
				out = append(out, text)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
}

// parseJSONLD returns the objects of a JSON-LD script that may describe the
// page: the top-level ones, the members of @graph, and their mainEntity and
// mainEntityOfPage, in document order.
func parseJSONLD(script string) ([]map[string]any, bool) {
	s := strings.TrimSpace(script)
	s = strings.TrimPrefix(strings.TrimSuffix(s, "-->"), "<!--")
	s = strings.TrimPrefix(strings.TrimSuffix(strings.TrimSpace(s), "]]>"), "<![CDATA[")
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		// raw line breaks and tabs inside strings are the usual fault;
		// outside strings they are white space, so blanking them is safe
		fixed := strings.NewReplacer("\n", " ", "\r", " ", "\t", " ").Replace(s)
		if err := json.Unmarshal([]byte(fixed), &v); err != nil {
			return nil, false
		}
	}
	var out []map[string]any
	var add func(v any, depth int)
	add = func(v any, depth int) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				add(e, depth)
			}
		case map[string]any:
			out = append(out, x)
			if depth > 2 {
				return
			}
			add(x["@graph"], depth+1)
			add(x["mainEntity"], depth+1)
			add(x["mainEntityOfPage"], depth+1)
		}
	}
	add(v, 0)
	return out, true
}

// isArticleType: schema.org's Article and its kinds (NewsArticle,
// ReportageNewsArticle, BlogPosting, LiveBlogPosting, Report…).
func isArticleType(t any) bool {
	return anyType(t, func(s string) bool {
		return strings.Contains(s, "Article") || strings.HasSuffix(s, "Posting") || s == "Report"
	})
}

// isPageType: schema.org's WebPage and its kinds (ItemPage, AboutPage…).
func isPageType(t any) bool {
	return anyType(t, func(s string) bool { return strings.HasSuffix(s, "Page") })
}

// isWorkType: other kinds of text a page may be (schema.org's
// CreativeWork, Recipe, HowTo, Question). Media objects and reviews are not:
// an embedded photo's or a reader review's date is not the page's.
func isWorkType(t any) bool {
	return anyType(t, func(s string) bool {
		return s == "CreativeWork" || s == "Recipe" || s == "HowTo" || s == "Question"
	})
}

// anyType applies ok to @type, a string or a list of them, without a
// "schema:" or URL prefix.
func anyType(t any, ok func(string) bool) bool {
	switch x := t.(type) {
	case string:
		if i := strings.LastIndexAny(x, "/:"); i >= 0 {
			x = x[i+1:]
		}
		return ok(x)
	case []any:
		for _, e := range x {
			if anyType(e, ok) {
				return true
			}
		}
	}
	return false
}

// firstString is the first of vs that is a non-empty string.
func firstString(vs ...any) string {
	for _, v := range vs {
		if s, ok := v.(string); ok && strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}
