package reader

import (
	"strings"
)

// articleTitle is the article's headline. A page's <h1> that its <title>,
// og:title or go-trafilatura's title holds is the headline without the
// site name those add ("Minister quits - Daily Example"), and, unlike
// trafilatura's title, never a teaser's from a JSON-LD list; unless the
// <h1> is the site's logo (the site's name, or what follows the headline
// in <title>). Otherwise the first title found, less the site name.
func articleTitle(trafilaturaTitle, site string, page *htmlDoc) string {
	h := strings.ToLower(page.h1)
	if h != "" && len(strings.Fields(h)) >= 2 && !strings.EqualFold(page.h1, site) {
		for _, t := range []string{page.title, page.ogTitle, trafilaturaTitle} {
			if t := strings.ToLower(t); strings.Contains(t, h) && !isTail(t, h) {
				return page.h1
			}
		}
	}
	return withoutSiteName(firstNonEmpty(trafilaturaTitle, page.ogTitle, page.title, page.h1), site)
}

// isTail reports whether h ends title after a separator ("Headline | h"):
// the site's name, which many sites' logo <h1> repeats.
func isTail(title, h string) bool {
	for _, sep := range titleSeparators {
		if strings.HasSuffix(title, sep+h) {
			return true
		}
	}
	return false
}

// titleSeparators set a site name apart from a headline in <title>.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " › ", " » ", " :: ", " · "}

// withoutSiteName drops a leading or trailing site name from title.
func withoutSiteName(title, site string) string {
	title = strings.TrimSpace(title)
	site = strings.TrimSpace(site)
	if site == "" {
		return title
	}
	for _, sep := range titleSeparators {
		if head, tail, ok := cutLast(title, sep); ok && strings.EqualFold(strings.TrimSpace(tail), site) {
			return strings.TrimSpace(head)
		}
		if head, tail, ok := strings.Cut(title, sep); ok && strings.EqualFold(strings.TrimSpace(head), site) {
			return strings.TrimSpace(tail)
		}
	}
	return title
}

func cutLast(s, sep string) (before, after string, ok bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}
