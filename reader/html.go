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
// URL and site name are go-trafilatura's (README, "Reading HTML pages"),
// the title the page's headline (articleTitle); the publication date is
// polgraph's own (findPublished), since it must say where it came from. A page go-trafilatura finds no text in, or fails on,
// falls back to the paragraphs reader polgraph had before it.
func readHTML(data []byte) (polgraph.Article, error) {
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return polgraph.Article{}, fmt.Errorf("parse HTML: %w", err)
	}
	page := walkPage(root)
	res := mainContent(root)

	var a polgraph.Article
	if u := firstNonEmpty(res.Metadata.URL, page.url); u != "" {
		u = strings.TrimSpace(u)
		a.URL = &u
	}
	site := shortField(strings.TrimSpace(firstNonEmpty(page.site, res.Metadata.Sitename)))
	if site != "" {
		a.Source = &site
	}
	a.Title = shortField(articleTitle(res.Metadata.Title, site, page))
	pageURL := ""
	if a.URL != nil {
		pageURL = *a.URL
	}
	d := findPublished(root, a.Title, pageURL)
	a.PublishedAt, a.PublishedFrom = d.date, d.source
	if res.ContentNode != nil {
		a.Text = withoutFurniture(blockText(res.ContentNode))
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
	PruneSelector:   commentSections,
}

// commentSections are the containers of reader comments, by the names
// go-trafilatura itself leaves out of the main text ("comment…",
// "post-comments", Disqus). It only prunes them from its own extraction;
// its fallbacks (readability, DOM Distiller) see the whole page, and on a
// page whose comments outweigh the article they take the comments for the
// article. Pruning them first keeps them from every candidate.
var commentSections = func() string {
	var sel []string
	for _, tag := range []string{"div", "section", "ol", "ul", "dl"} {
		for _, attr := range []string{`[id^="comment"]`, `[id^="Comment"]`, `[class^="comment"]`, `[class^="Comment"]`,
			`[class*="article-comments"]`, `[class*="post-comments"]`, `[id^="disqus_thread"]`, `[id^="dsq-comments"]`} {
			sel = append(sel, tag+attr)
		}
	}
	return strings.Join(sel, ", ")
}()

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

// withoutFurniture drops the lines of page furniture (IsFurniture: "Share",
// "Advertisement", "Leave a Reply") that go-trafilatura kept: the extractor
// would skip them anyway, and a reader of polgraph read need not see them.
func withoutFurniture(text string) string {
	paras := strings.Split(text, "\n\n")
	kept := paras[:0]
	for _, p := range paras {
		var lines []string
		for _, l := range strings.Split(p, "\n") {
			if !IsFurniture(l) {
				lines = append(lines, l)
			}
		}
		if len(lines) > 0 {
			kept = append(kept, strings.Join(lines, "\n"))
		}
	}
	return strings.Join(kept, "\n\n")
}
