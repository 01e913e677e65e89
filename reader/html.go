package reader

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/polgraph/polgraph"
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

// readHTML finds the main text readability-style: the element whose direct
// paragraphs hold the most text wins, and its paragraphs, one per line,
// become Article.Text.
func readHTML(data []byte) (polgraph.Article, error) {
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return polgraph.Article{}, fmt.Errorf("parse HTML: %w", err)
	}
	var a polgraph.Article
	h := &htmlDoc{score: map[*html.Node]int{}}
	h.walk(root, false)
	a.Title = h.title
	if h.ogTitle != "" {
		a.Title = h.ogTitle
	}
	if h.h1 != "" && a.Title == "" {
		a.Title = h.h1
	}
	a.PublishedAt = NormalizeDate(h.published)
	if h.url != "" {
		a.URL = &h.url
	}
	if h.site != "" {
		a.Source = &h.site
	}
	var best *html.Node
	for _, n := range h.order {
		if s := h.score[n]; best == nil || s > h.score[best] || (s == h.score[best] && depth(n) > depth(best)) {
			best = n
		}
	}
	if best == nil {
		a.Text = strings.TrimSpace(collapse(textOf(root)))
		return a, nil
	}
	var paras []string
	for c := best.FirstChild; c != nil; c = c.NextSibling {
		collectBlocks(c, &paras)
	}
	a.Text = strings.Join(paras, "\n\n")
	return a, nil
}

type htmlDoc struct {
	title, ogTitle, h1, published, url, site string
	score                                    map[*html.Node]int
	order                                    []*html.Node // scored nodes in document order, for determinism
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
		case atom.Time:
			if h.published == "" {
				h.published = attr(n, "datetime")
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
	case "article:published_time", "datepublished", "date", "pubdate", "dc.date":
		if h.published == "" {
			h.published = v
		}
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
