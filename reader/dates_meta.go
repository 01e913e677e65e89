package reader

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// publishedMetaNames are the meta names and properties that state a page's
// publication date, lowercased, most specific first: where a page has
// several, the earliest in this list wins. Names of modification dates
// (article:modified_time, dc.date.modified, last-modified) are not here on
// purpose: a correction made later does not move what "yesterday" meant.
var publishedMetaNames = []string{
	"article:published_time", "og:article:published_time", "og:published_time", "article:published",
	"article.published", "published_time", "datepublished", "date_published", "publishdate",
	"publish-date", "publish_date", "publication_date", "publicationdate", "pubdate", "pub_date",
	"parsely-pub-date", "sailthru.date", "cxenseparse:recs:publishtime", "originalpublicationdate",
	"article_date_original", "dc.date.issued", "dcterms.issued", "dc.date.created",
	"dcterms.created", "dc.date", "dcterms.date", "citation_publication_date", "citation_date",
	"citation_online_date", "prism.publicationdate", "rnews:datepublished", "bt:pubdate",
	"og:pubdate", "date", "created", "displaydate",
}

var publishedMetaRank = func() map[string]int {
	m := map[string]int{}
	for i, n := range publishedMetaNames {
		m[n] = i
	}
	return m
}()

// metaDate is the publication date the page's meta tags state, or a
// microdata itemprop="datePublished" (on a meta, a <time> or any element),
// or the pub_date of a parsely-page meta tag. A datePublished inside a
// teaser (see insideTeaser) is another text's.
func metaDate(root, headline *html.Node) string {
	best, bestRank := "", len(publishedMetaNames)
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") && !insideTeaser(n, headline) {
				v := firstNonEmpty(attr(n, "content"), attr(n, "datetime"), collapse(textOf(n)))
				if d := plausible(NormalizeDate(v)); d != "" && publishedMetaRank["datepublished"] < bestRank {
					best, bestRank = d, publishedMetaRank["datepublished"]
				}
			}
			if n.DataAtom == atom.Meta {
				key := strings.ToLower(strings.TrimSpace(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"), attr(n, "http-equiv"))))
				content := attr(n, "content")
				if key == "parsely-page" {
					content, key = parselyDate(content), "parsely-pub-date"
				}
				if r, ok := publishedMetaRank[key]; ok && r < bestRank {
					if d := plausible(NormalizeDate(content)); d != "" {
						best, bestRank = d, r
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return best
}

// parselyDate is pub_date of a parsely-page meta tag's JSON content.
func parselyDate(content string) string {
	var p struct {
		PubDate string `json:"pub_date"`
	}
	if json.Unmarshal([]byte(content), &p) != nil {
		return ""
	}
	return p.PubDate
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}
