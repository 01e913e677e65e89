package main

import (
	"regexp"
	"strings"
)

// item is one page of trafilatura's evaluation set (tests/evaldata.json):
// snippets its main text must hold ("with") and must not ("without").
type item struct {
	File    string   `json:"file"`
	With    []string `json:"with"`
	Without []string `json:"without"`
	Date    string   `json:"date"`
	Title   string   `json:"title"`
}

// counts is a confusion matrix over snippets, as trafilatura's
// tests/eval_common.py keeps it.
type counts struct{ tp, fp, fn, tn int }

var space = regexp.MustCompile(`\s+`)

// norm collapses white space as eval_common.norm does, so that line breaks
// between paragraphs cost nothing.
func norm(s string) string { return strings.TrimSpace(space.ReplaceAllString(s, " ")) }

// score counts it's snippets in text, as eval_common.count_item does; a
// refused page (ok false) finds none of them.
func score(it item, text string, ok bool) counts {
	var c counts
	t := norm(text)
	for _, w := range it.With {
		if ok && strings.Contains(t, norm(w)) {
			c.tp++
		} else {
			c.fn++
		}
	}
	for _, w := range it.Without {
		if ok && strings.Contains(t, norm(w)) {
			c.fp++
		} else {
			c.tn++
		}
	}
	return c
}

func (c *counts) add(o counts) { c.tp, c.fp, c.fn, c.tn = c.tp+o.tp, c.fp+o.fp, c.fn+o.fn, c.tn+o.tn }

func (c counts) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c counts) recall() float64    { return ratio(c.tp, c.tp+c.fn) }
func (c counts) f1() float64        { return ratio(2*c.tp, 2*c.tp+c.fp+c.fn) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// statedDate is a publication date the raw page states in JSON-LD or a
// meta tag, found without polgraph's reader (a plain pattern over the
// bytes), so that agreement with it measures the reader, not itself.
var statedDate = regexp.MustCompile(`(?i)"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})|<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|datePublished|pubdate|publishdate|date|dc\.date|dc\.date\.issued|dcterms\.date|parsely-pub-date|sailthru\.date)["'][^>]*content\s*=\s*["'](\d{4}-\d{2}-\d{2})|<meta[^>]+content\s*=\s*["'](\d{4}-\d{2}-\d{2})[^"']*["'][^>]*(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|datePublished|pubdate|publishdate|date|dc\.date|dc\.date\.issued|dcterms\.date|parsely-pub-date|sailthru\.date)["']`)

// stated is the first date statedDate finds in page, or "".
func stated(page []byte) string {
	m := statedDate.FindSubmatch(page)
	if m == nil {
		return ""
	}
	for _, g := range m[1:] {
		if len(g) > 0 {
			return string(g)
		}
	}
	return ""
}

// sameTitle compares titles as a reader would: case and spacing aside.
func sameTitle(a, b string) bool { return strings.EqualFold(norm(a), norm(b)) }
