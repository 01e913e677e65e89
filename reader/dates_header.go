package reader

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// headerTimeDate is the date of a <time> in the article's own header: in
// the <article> of the headline h when it has one, else in the few levels
// of page around the headline before the article's body starts (its first
// long paragraph after the headline), where a list of more posts cannot be
// yet; an <article> says where it ends, a few levels of page do not. Past
// the body's start only a <time> marked as the publication's counts (a
// "Created" line under the text). A <time> in a sidebar, a list of related posts, the
// comments or another <article> is some other text's date, whatever comes
// first in the page. Among the header's <time>s, one marked as the
// publication (pubdate, class "published", itemprop) wins over one marked
// as an update; otherwise the first.
func headerTimeDate(root, h *html.Node) string {
	scope := articleScope(root, h)
	if scope == nil {
		return ""
	}
	first, published := "", ""
	seenHeadline, bodyStarted := h == nil, false
	bounded := isArticleElement(scope) // else the body's start bounds the header
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if n != scope && (n.DataAtom == atom.Article || teaserContainer(n)) && !contains(n, h) {
				return // another article's card, or page furniture
			}
			switch n.DataAtom {
			case atom.H1:
				seenHeadline = seenHeadline || n == h
			case atom.P:
				if !bounded && seenHeadline && len(collapse(textOf(n))) >= bodyParagraph {
					bodyStarted = true
				}
			case atom.Time:
				d := webEra(NormalizeDate(firstNonEmpty(attr(n, "datetime"), collapse(textOf(n)))))
				marks := strings.ToLower(attr(n, "class") + " " + attr(n, "itemprop") + " " + attr(n, "id"))
				switch {
				case d == "":
				case hasAttr(n, "pubdate") || strings.Contains(marks, "publish") || strings.Contains(marks, "pubdate") || strings.Contains(marks, "created"):
					if published == "" {
						published = d
					}
				case strings.Contains(marks, "updated") || strings.Contains(marks, "modified") || bodyStarted:
				case first == "":
					first = d
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(scope)
	return firstNonEmpty(published, first)
}

// bodyParagraph is how long a paragraph after the headline must be to be
// the article's body rather than a standfirst or a byline.
const bodyParagraph = 150

// articleScope is the part of the page that is the article's own: the
// <article> (or itemtype …Article, role="article") around the headline h,
// else the headline's ancestor three levels up, which holds a byline and a
// date beside it but not the page. With no headline, the first <article>
// of the page that is no teaser.
func articleScope(root, h *html.Node) *html.Node {
	if h == nil {
		return firstArticle(root)
	}
	for p := h.Parent; p != nil; p = p.Parent {
		if isArticleElement(p) {
			return p
		}
	}
	scope := h
	for i := 0; i < 3 && scope.Parent != nil && scope.Parent.DataAtom != atom.Body && scope.Parent.Type == html.ElementNode; i++ {
		scope = scope.Parent
	}
	return scope
}

func isArticleElement(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.DataAtom == atom.Article ||
		strings.Contains(attr(n, "itemtype"), "Article") || strings.Contains(attr(n, "itemtype"), "BlogPosting") ||
		attr(n, "role") == "article")
}

// headline is the page's <h1> whose text is the title (or holds it, or is
// held by it), else its first <h1>; nil when the page has none.
func headline(root *html.Node, title string) *html.Node {
	var first, match *html.Node
	t := strings.ToLower(collapse(title))
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if match != nil {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
			h := strings.ToLower(collapse(textOf(n)))
			if h != "" && first == nil {
				first = n
			}
			if h != "" && t != "" && (strings.Contains(h, t) || strings.Contains(t, h)) {
				match = n
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if match != nil {
		return match
	}
	return first
}

func firstArticle(root *html.Node) *html.Node {
	var found *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if found != nil || (n.Type == html.ElementNode && teaserContainer(n)) {
			return
		}
		if isArticleElement(n) {
			found = n
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return found
}

// teaserWords open a class or id of a container of other texts or of page
// furniture: related posts, comments, sidebars, teasers. Only at the start
// of a class: "sidebar-left" is a sidebar, "has-sidebar" on <body> or a
// wrapper is a layout that holds the article too.
var teaserWords = regexp.MustCompile(`(?i)^(related|comment|sidebar|widget|teaser|recommend|popular|trending|more-?stories|read-?more|newsletter|promo|breadcrumb|footer|menu|nav)`)

// teaserContainer is an element that holds no part of the article itself.
func teaserContainer(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Aside, atom.Nav, atom.Footer, atom.Form:
		return true
	case atom.Html, atom.Body, atom.Main:
		return false
	}
	for _, c := range strings.Fields(attr(n, "class") + " " + attr(n, "id")) {
		if teaserWords.MatchString(c) {
			return true
		}
	}
	return false
}

// insideTeaser reports whether n is within a teaser container that does
// not also hold the headline h (a container around the headline is the
// article's, whatever its class says).
func insideTeaser(n, h *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && teaserContainer(p) && (h == nil || !contains(p, h)) {
			return true
		}
	}
	return false
}

// contains reports whether x is n or below it.
func contains(n, x *html.Node) bool {
	for ; x != nil; x = x.Parent {
		if x == n {
			return true
		}
	}
	return false
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
