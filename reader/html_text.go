package reader

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElements start a paragraph of their own; everything else flows
// inline into the paragraph around it.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Caption: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true, atom.Main: true,
	atom.Aside: true, atom.Figure: true, atom.Figcaption: true, atom.Details: true,
	atom.Summary: true, atom.Address: true, atom.Hr: true, atom.Body: true, atom.Html: true,
}

// neverText are elements whose content is code or markup, not prose.
var neverText = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Head: true, atom.Title: true,
}

// blockText renders an element tree as the plain text the extractor reads:
// one paragraph per block separated by a blank line, a <br> or a line of a
// <pre> as a line break inside it, table cells of a row on one line, and
// inline markup joined without the spaces an element boundary is not.
func blockText(n *html.Node) string {
	var t textBuilder
	t.walk(n, false)
	t.endParagraph()
	return strings.Join(t.paras, "\n\n")
}

type textBuilder struct {
	paras []string
	lines []string        // finished lines of the open paragraph
	line  strings.Builder // the open line, white space not yet collapsed
}

func (t *textBuilder) walk(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		if !pre {
			t.line.WriteString(n.Data)
			return
		}
		for i, part := range strings.Split(n.Data, "\n") {
			if i > 0 {
				t.endLine()
			}
			t.line.WriteString(part)
		}
		return
	case html.ElementNode:
		if neverText[n.DataAtom] {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			t.endLine()
			return
		case atom.Td, atom.Th:
			t.line.WriteByte(' ') // cells of a row are words apart, on one line
		case atom.Img:
			return
		case atom.Pre:
			pre = true
		}
	case html.DocumentNode:
	default:
		return
	}
	block := n.Type == html.ElementNode && blockElements[n.DataAtom]
	if block {
		t.endParagraph()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.walk(c, pre)
	}
	if block {
		t.endParagraph()
	}
}

func (t *textBuilder) endLine() {
	if s := collapse(t.line.String()); s != "" {
		t.lines = append(t.lines, s)
	}
	t.line.Reset()
}

func (t *textBuilder) endParagraph() {
	t.endLine()
	if len(t.lines) > 0 {
		t.paras = append(t.paras, strings.Join(t.lines, "\n"))
	}
	t.lines = t.lines[:0]
}
