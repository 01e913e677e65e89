package reader

import (
	"time"

	"golang.org/x/net/html"
)

// Where an article's publication date came from (Article.PublishedFrom).
// A page's own sources are tried in the order of trust below; what the user
// says (a sidecar, --published) always wins over what the page says.
const (
	DateFromFlag    = "flag"    // --published on the command line
	DateFromSidecar = "sidecar" // NAME.meta.json beside the article file
	DateFromJSONLD  = "json-ld" // datePublished of the page's Article in JSON-LD
	DateFromMeta    = "meta"    // a meta tag (article:published_time…) or itemprop="datePublished"
	DateFromTime    = "time"    // a <time> in the article's own header
	DateFromURL     = "url"     // a date in the page's URL (/2019/05/31/)
)

// pageDate is the publication date a page states and where it states it.
type pageDate struct {
	date, source string
}

// findPublished finds a page's publication date in the order of trust:
// structured data the publisher wrote for machines first (JSON-LD, then
// meta tags), then what readers see in the article's header, then the URL.
// url is the page's URL when it declares one.
func findPublished(root *html.Node, title, url string) pageDate {
	if d := jsonLDDate(root); d != "" {
		return pageDate{d, DateFromJSONLD}
	}
	h := headline(root, title)
	if d := metaDate(root, h); d != "" {
		return pageDate{d, DateFromMeta}
	}
	if d := headerTimeDate(root, h); d != "" {
		return pageDate{d, DateFromTime}
	}
	if d := urlDate(url); d != "" {
		return pageDate{d, DateFromURL}
	}
	return pageDate{}
}

// plausible keeps a date a page may really have been published on: not a
// CMS placeholder (the Unix epoch, year 1 or 1900), not after tomorrow (a
// page cannot have been published later than it was saved). Pages of
// archives state print dates long before the web, so there is no lower
// bound beyond the placeholders.
func plausible(d string) string {
	if d == "" || d == "1970-01-01" || d == "1900-01-01" || d < "1000" {
		return ""
	}
	if d > time.Now().AddDate(0, 0, 1).Format("2006-01-02") {
		return ""
	}
	return d
}

// webEra keeps a date read from a page's text or URL only from the years
// there were web pages: a "1887" in a slug or a heading is a subject, not a
// date of publication.
func webEra(d string) string {
	if d = plausible(d); d < "1994" {
		return ""
	}
	return d
}
