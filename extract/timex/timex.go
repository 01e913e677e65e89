// Package timex finds temporal expressions in English news text and resolves them to TIMEX3 values.
package timex

import (
	"strings"
	"time"
)

// Expr is one temporal expression found in text.
type Expr struct {
	Start, End int    // UTF-8 byte offsets into text, End exclusive
	Text       string // text[Start:End]
	Value      string // TIMEX3 value; "" when nothing anchors it
	Type       string // "DATE", "TIME", "DURATION", "SET"
	Precision  string // "day","month","year","week","unknown" (for DATE values); "" otherwise
}

// Expression types.
const (
	typeDate     = "DATE"
	typeTime     = "TIME"
	typeDuration = "DURATION"
	typeSet      = "SET"
)

// Tag returns the temporal expressions of text in order of appearance.
// Relative expressions ("yesterday", "on Wednesday", "last month") are
// resolved against dct, the document creation (publication) date; a zero
// dct leaves them without a value. Expressions such as "that year" or
// "earlier in the day" are resolved against the last date the text
// mentioned before them.
func Tag(text string, dct time.Time) []Expr {
	t := &tagger{text: text, toks: scan(text), anchorAt: -1}
	t.dayFirst = t.writesDayFirst()
	if !dct.IsZero() {
		t.dct = date{dct.Year(), int(dct.Month()), dct.Day()}
		t.anchor, t.month, t.day = t.dct, t.dct, t.dct
	}
	var out []Expr
	for i := 0; i < len(t.toks); {
		m, ok := t.match(i)
		if !ok {
			i++
			continue
		}
		if t.inName(m) {
			i = m.end // a name's word, not a time: "Justice Now"
			continue
		}
		start, end := int(t.toks[m.start].start), int(t.toks[m.end-1].end)
		e := Expr{Start: start, End: end, Text: text[start:end], Value: m.value, Type: m.typ}
		if e.Type == typeDate {
			e.Precision = precision(e.Value)
		}
		out = append(out, e)
		if m.typ == typeDate || m.typ == typeTime {
			t.last = m.ref.y // a duration or a set names no time
		}
		if m.ref.y != 0 {
			t.anchor, t.anchorAt = m.ref, m.start
		}
		if m.ref.m != 0 {
			t.month = m.ref
		}
		if m.ref.d != 0 {
			t.day = m.ref
		}
		i = m.end
	}
	return out
}

// precision names the granularity of a DATE value.
func precision(v string) string {
	if len(v) < 4 || !isDigits(v[:4]) {
		return "unknown"
	}
	switch {
	case len(v) == 4:
		return "year"
	case len(v) == 7 && v[4] == '-' && isDigits(v[5:]):
		return "month"
	case len(v) >= 10 && isDigits(v[5:7]) && isDigits(v[8:10]):
		return "day"
	case strings.HasPrefix(v[4:], "-W") && len(v) <= 8:
		return "week"
	}
	return "unknown"
}
