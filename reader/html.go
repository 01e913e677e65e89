package reader

import (
	"bytes"
	"fmt"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/polgraph/polgraph"
)

// readHTML reads a page already decoded to UTF-8. The main text and the
// title, URL and site name are go-trafilatura's (see README, Dependencies);
// the publication date is polgraph's own (findPublished), since it must say
// where it came from. A page go-trafilatura finds no text in, or fails on,
// falls back to the paragraphs reader polgraph had before it.
func readHTML(data []byte) (polgraph.Article, error) {
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return polgraph.Article{}, fmt.Errorf("parse HTML: %w", err)
	}
	page := walkPage(root)
	res := mainContent(root)

	var a polgraph.Article
	a.Title = strings.TrimSpace(firstNonEmpty(res.Metadata.Title, page.fallbackTitle()))
	if u := firstNonEmpty(res.Metadata.URL, page.url); u != "" {
		u = strings.TrimSpace(u)
		a.URL = &u
	}
	if s := firstNonEmpty(page.site, res.Metadata.Sitename); s != "" {
		s = strings.TrimSpace(s)
		a.Source = &s
	}
	pageURL := ""
	if a.URL != nil {
		pageURL = *a.URL
	}
	d := findPublished(root, a.Title, pageURL)
	a.PublishedAt, a.PublishedFrom = d.date, d.source
	if res.ContentNode != nil {
		a.Text = blockText(res.ContentNode)
	}
	if strings.TrimSpace(a.Text) == "" {
		a.Text = densestParagraphs(root, page)
	}
	return a, nil
}

// extractOptions are go-trafilatura's "standard" settings, the ones that
// scored best on its evaluation set (BENCHMARKS.md): its own extraction
// compared with readability's and DOM Distiller's, comments left out,
// tables kept. Its date finder is off: polgraph finds dates itself.
var extractOptions = trafilatura.Options{
	EnableFallback:  true,
	ExcludeComments: true,
	HtmlDateMode:    trafilatura.Disabled,
}

// mainContent runs go-trafilatura on the page (it prunes copies, never the
// tree it is given). A failure or a panic on a hostile page yields an empty
// result, and the caller falls back; a page is never refused for it.
func mainContent(root *html.Node) (res trafilatura.ExtractResult) {
	defer func() {
		if recover() != nil {
			res = trafilatura.ExtractResult{}
		}
	}()
	r, err := trafilatura.ExtractDocument(root, extractOptions)
	if err != nil || r == nil {
		return trafilatura.ExtractResult{}
	}
	return *r
}
