package reader

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped are elements whose text is never article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Button: true, atom.Select: true,
	atom.Iframe: true, atom.Svg: true, atom.Template: true, atom.Figure: true, atom.Textarea: true,
}

// blocks are the elements that make paragraphs of the main text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.Li: true,
	atom.Blockquote: true, atom.Pre: true,
}

// densestParagraphs finds the main text readability-style, the way polgraph
// read pages before go-trafilatura, kept for pages where that finds
// nothing: the element whose direct paragraphs hold the most text wins, and
// its paragraphs, one per line, are the text. h is the walked page.
func densestParagraphs(root *html.Node, h *htmlDoc) string {
	var best *html.Node
	for _, n := range h.order {
		if s := h.score[n]; best == nil || s > h.score[best] || (s == h.score[best] && depth(n) > depth(best)) {
			best = n
		}
	}
	if best == nil {
		return strings.TrimSpace(collapse(textOf(root)))
	}
	var paras []string
	for c := best.FirstChild; c != nil; c = c.NextSibling {
		collectBlocks(c, &paras)
	}
	return strings.Join(paras, "\n\n")
}

// walkPage collects what the paragraphs reader and the metadata fallbacks
// need from a page in one pass.
func walkPage(root *html.Node) *htmlDoc {
	h := &htmlDoc{score: map[*html.Node]int{}}
	h.walk(root, false)
	return h
}

// fallbackTitle is og:title, else <title>, else the first <h1>.
func (h *htmlDoc) fallbackTitle() string {
	return firstNonEmpty(h.ogTitle, h.title, h.h1)
}

type htmlDoc struct {
	title, ogTitle, h1, url, site string
	score                         map[*html.Node]int
	order                         []*html.Node // scored nodes in document order, for determinism
}

func (h *htmlDoc) walk(n *html.Node, skip bool) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Title:
			if h.title == "" {
				h.title = strings.TrimSpace(collapse(textOf(n)))
			}
		case atom.H1:
			if h.h1 == "" {
				h.h1 = strings.TrimSpace(collapse(textOf(n)))
			}
		case atom.Meta:
			h.meta(n)
		case atom.Link:
			if attr(n, "rel") == "canonical" && h.url == "" {
				h.url = attr(n, "href")
			}
		}
		if skipped[n.DataAtom] {
			skip = true
		}
		if !skip && (n.DataAtom == atom.P || n.DataAtom == atom.Pre || n.DataAtom == atom.Blockquote) && n.Parent != nil {
			if l := len(strings.TrimSpace(collapse(textOf(n)))); l > 25 {
				if _, ok := h.score[n.Parent]; !ok {
					h.order = append(h.order, n.Parent)
				}
				h.score[n.Parent] += l
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		h.walk(c, skip)
	}
}

func (h *htmlDoc) meta(n *html.Node) {
	key := attr(n, "property")
	if key == "" {
		key = attr(n, "name")
	}
	v := strings.TrimSpace(attr(n, "content"))
	switch strings.ToLower(key) {
	case "og:title":
		h.ogTitle = v
	case "og:url":
		if h.url == "" {
			h.url = v
		}
	case "og:site_name":
		h.site = v
	}
}

func collectBlocks(n *html.Node, out *[]string) {
	if n.Type != html.ElementNode {
		if n.Type == html.TextNode {
			if t := strings.TrimSpace(collapse(n.Data)); t != "" {
				*out = append(*out, t)
			}
		}
		return
	}
	if skipped[n.DataAtom] {
		return
	}
	if blocks[n.DataAtom] {
		if t := strings.TrimSpace(collapse(textOf(n))); t != "" {
			*out = append(*out, t)
		}
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		collectBlocks(c, out)
	}
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.ElementNode && skipped[n.DataAtom] {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Br {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return b.String()
}

// collapse turns runs of white space into one space.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func depth(n *html.Node) int {
	d := 0
	for ; n != nil; n = n.Parent {
		d++
	}
	return d
}
