package reader

import (
	"strings"
	"unicode/utf8"
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

// maxShortField is the longest, in bytes, a title or site name found in
// the article itself may be: the first line of a text with no line break
// is the whole text, and a page's <title> can be anything. Headlines run to
// about 100 characters; what a source states itself (a JSON title) is kept.
const maxShortField = 300

// shortField is s cut to maxShortField bytes at a word boundary, ending in
// "…" when anything was cut.
func shortField(s string) string {
	if len(s) <= maxShortField {
		return s
	}
	cut := maxShortField - len("…")
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if sp := strings.LastIndexAny(s[:cut], " \t\n"); sp > maxShortField/2 {
		cut = sp
	}
	return strings.TrimRight(s[:cut], " \t\n") + "…"
}
