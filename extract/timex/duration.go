package timex

import (
	"strconv"
	"strings"
)

// hedges are words that may precede a quantity of time ("almost 1000
// days"); they belong to the expression in TIMEX3.
var hedges = map[string]bool{
	"almost": true, "nearly": true, "about": true, "around": true, "roughly": true,
	"approximately": true, "some": true, "over": true, "under": true, "only": true,
	"just": true, "barely": true, "another": true, "additional": true, "past": true,
	"last": true, "next": true, "first": true, "final": true, "recent": true,
	"coming": true, "full": true, "entire": true, "whole": true, "previous": true,
	"following": true, "initial": true, "latest": true,
}

// orderHedges place a span in time rather than qualify its length.
var orderHedges = map[string]bool{
	"past": true, "last": true, "next": true, "first": true, "final": true,
	"recent": true, "coming": true, "previous": true, "following": true,
	"initial": true, "latest": true,
}

// amountAt reports whether a quantity or a plural unit starts at i.
func (t *tagger) amountAt(i int) bool {
	if _, _, ok := t.quantity(i); ok {
		return true
	}
	w := t.word(i)
	return plural(w) && units[w].code != ""
}

// hedgePhrases are two-word hedges.
var hedgePhrases = map[[2]string]bool{
	{"more", "than"}: true, {"less", "than"}: true, {"fewer", "than"}: true,
	{"at", "least"}: true, {"at", "most"}: true, {"up", "to"}: true,
	{"as", "many"}: true, {"as", "long"}: true, {"as", "much"}: true,
	{"no", "more"}: true, {"the", "past"}: true, {"the", "last"}: true,
	{"the", "next"}: true, {"the", "first"}: true, {"the", "coming"}: true,
	{"the", "final"}: true, {"the", "previous"}: true, {"the", "following"}: true,
	{"the", "better"}: true, {"well", "over"}: true, {"a", "further"}: true,
	{"the", "entire"}: true, {"the", "whole"}: true, {"the", "full"}: true,
}

// quantity reads a number of units at i: digits, a fraction ("5 1/2"),
// words ("twenty-five", "a", "several", "one and a half"). n < 0 means an
// unspecified quantity. ok is false when there is none.
func (t *tagger) quantity(i int) (n float64, next int, ok bool) {
	if v, d, isNum := t.number(i); isNum {
		n, next = float64(v), i+1
		_ = d
		// decimal 2.5 or fraction 5 1/2
		if t.is(next, ".") && t.glued(next) && t.glued(next+1) {
			if f, fd, ok := t.number(next + 1); ok && fd > 0 {
				n += float64(f) / pow10(fd)
				next += 2
			}
		}
		if a, _, ok := t.number(next); ok && t.is(next+1, "/") && t.glued(next+1) && t.glued(next+2) {
			if b, _, ok := t.number(next + 2); ok && b > a && b > 0 {
				n += float64(a) / float64(b)
				next += 3
			}
		}
		return n, next, true
	}
	w := t.word(i)
	switch w {
	case "half":
		// "half an hour", "half a day"
		if t.isAny(i+1, "a", "an") {
			return 0.5, i + 2, true
		}
		return 0, i, false
	case "a", "an":
		switch t.word(i + 1) {
		case "few":
			return -1, i + 2, true
		case "couple":
			if t.is(i+2, "of") {
				return 2, i + 3, true
			}
			return 2, i + 2, true
		case "dozen":
			return 12, i + 2, true
		case "half":
			return 0.5, i + 2, true
		}
	case "couple":
		return 0, i, false
	}
	v, isWord := numberWords[w]
	if !isWord {
		return 0, i, false
	}
	n, next = float64(v), i+1
	if v < 0 {
		return -1, next, true
	}
	// "twenty-five", "twenty five"
	if v >= 20 && v < 100 && v%10 == 0 {
		k := next
		if t.is(k, "-") && t.glued(k) {
			k++
		}
		if u := numberWords[t.word(k)]; u > 0 && u < 10 && t.word(k) != "a" && t.word(k) != "an" {
			n, next = n+float64(u), k+1
		}
	}
	// "one hundred", "two thousand"
	if m := numberWords[t.word(next)]; m == 100 || m == 1000 {
		n, next = n*float64(m), next+1
	}
	// "one and a half"
	if t.is(next, "and") && t.is(next+1, "a") && t.is(next+2, "half") {
		n, next = n+0.5, next+3
	}
	return n, next, true
}

func pow10(n int) float64 {
	p := 1.0
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

// durationValue writes n units as a TIMEX3 duration ("P3Y", "PT5H30M",
// "PXD").
func durationValue(n float64, u unit) string {
	p := "P"
	if u.time {
		p = "PT"
	}
	if n < 0 {
		return p + "X" + u.code
	}
	n *= float64(u.mul)
	if n != float64(int(n)) {
		switch u.code {
		case "H":
			if !u.time {
				break
			}
			h := int(n)
			m := int((n - float64(h)) * 60)
			if h == 0 {
				return "PT" + strconv.Itoa(m) + "M"
			}
			return "PT" + strconv.Itoa(h) + "H" + strconv.Itoa(m) + "M"
		case "D":
			if n < 1 {
				return "PT" + strconv.Itoa(int(n*24)) + "H"
			}
		case "Y":
			if n < 1 {
				return "P" + strconv.Itoa(int(n*12)) + "M"
			}
		}
		return p + strconv.FormatFloat(n, 'f', -1, 64) + u.code
	}
	return p + strconv.Itoa(int(n)) + u.code
}

// rateWords end an amount that "a year" or "a day" can follow as a rate.
var rateWords = map[string]bool{
	"million": true, "billion": true, "trillion": true, "thousand": true,
	"hundred": true, "percent": true, "times": true, "once": true, "twice": true,
	"thrice": true, "dollars": true, "euros": true, "pounds": true, "bn": true,
	"m": true, "k": true,
}

// bareUnitPrefix are words after which a plural unit without a number is
// an unspecified duration: "for years", "in recent weeks".
var bareUnitPrefix = map[string]bool{
	"for": true, "within": true, "over": true, "after": true, "recent": true,
	"coming": true, "past": true, "several": true, "few": true, "many": true,
	"last": true, "next": true, "in": true, "following": true, "ensuing": true,
}

// duration matches "three years", "almost 1000 days", "16-hour", "the past
// two months", "for years", and the dates "two years ago", "three days
// later".
func (t *tagger) duration(i int) (match, bool) {
	j := i
	for {
		if hedgePhrases[[2]string{t.word(j), t.word(j + 1)}] {
			j += 2
			if t.is(j, "than") {
				j++
			}
			continue
		}
		if w := t.word(j); hedges[w] && !(w == "over" && t.is(j+1, "the")) {
			// "last", "next", "first"... are hedges only right before the
			// amount: not in "the talks last about four hours".
			if orderHedges[w] && !t.amountAt(j+1) {
				break
			}
			j++
			continue
		}
		break
	}
	n, k, ok := t.quantity(j)
	if ok && t.is(k, "more") {
		k++
	}
	hyphen := false
	if ok && t.is(k, "-") && t.glued(k) && t.glued(k+1) {
		k, hyphen = k+1, true
	}
	uw := t.word(k)
	u, isUnit := units[uw]
	end := k + 1
	long := t.is(end, "-") && t.glued(end) && t.is(end+1, "long") && t.glued(end+1)
	switch {
	case !isUnit:
		return match{}, false
	case !ok && long:
		// "day-long", "decades-long"
		n, end = 1, end+2
		if plural(uw) {
			n = -1
		}
	case !ok:
		// A plural unit with no number: "for years", "in recent weeks".
		if !plural(uw) || t.capital(k) || !bareUnitPrefix[t.word(k-1)] {
			return match{}, false
		}
		n = -1
	}
	if hyphen && plural(uw) && n >= 0 {
		return match{}, false // "2-years"
	}
	// Ages ("a 6-year-old", "44 years old") are not durations of events.
	if t.is(end, "-") && t.glued(end) && t.is(end+1, "old") || t.is(end, "old") {
		return match{}, false
	}
	// "60 Minutes" is a title; "a second betrayal" an ordinal.
	if ok && t.capital(k) && t.toks[j].kind == kNum {
		return match{}, false
	}
	if uw == "second" && t.isAny(j, "a", "one") && t.word(end) != "" && !t.isAny(end, "ago", "later", "earlier", "or", "and") {
		return match{}, false
	}
	// "a year" after an amount ("$5 million a year", "24 hours a day") is a
	// rate: a SET, not a length.
	if t.isAny(j, "a", "an") && i == j && !plural(uw) && !hyphen {
		prev := t.word(j - 1)
		// "walk miles a day": a plural noun before "a day" also counts.
		if _, _, isNum := t.number(j - 1); isNum || rateWords[prev] || plural(prev) && len(prev) > 3 && !strings.HasSuffix(prev, "ss") {
			return match{start: i, end: end, value: durationValue(1, u), typ: typeSet}, true
		}
	}
	m := match{start: i, end: end, value: durationValue(n, u), typ: typeDuration}
	// Dates counted from now or from the last date: "two years ago".
	w, after := t.word(end), end+1
	if t.isAny(end, "after", "before") && t.isAny(end+1, "that", "this") &&
		(t.word(end+2) == "" || clauseWords[t.word(end+2)] && !t.is(end+2, "of")) {
		// "two days after that, police detained her deputy": counted from
		// the last date told, as "two days later" is
		w, after = map[string]string{"after": "later", "before": "earlier"}[w], end+2
	}
	switch w {
	case "ago":
		return t.shifted(i, end+1, n, u, t.dct, -1), true
	case "earlier", "later":
		if !t.is(end+1, "than") && n > 0 && !u.time { // not "two days later than planned"
			s, base := -1, t.anchor
			if w == "later" {
				s = 1
			}
			switch u.code {
			case "M":
				base = t.month
			case "D", "W":
				base = t.day
			}
			if !t.anchor.within(base) {
				// "In March 2019, police arrested her. She was released
				// three days later": the last date told is coarser than
				// the unit, and the shift keeps its precision
				base = t.anchor
			}
			if base.ok() {
				return t.shifted(i, after, n, u, base, s), true
			}
		}
	case "from":
		if t.is(end+1, "now") {
			return t.shifted(i, end+2, n, u, t.dct, 1), true
		}
	}
	return m, true
}

// shifted resolves a date n units before (s < 0) or after base, at the
// precision of the unit.
func (t *tagger) shifted(i, end int, n float64, u unit, base date, s int) match {
	m := match{start: i, end: end, typ: typeDate}
	if n < 0 {
		if s < 0 {
			m.value = "PAST_REF"
		} else {
			m.value = "FUTURE_REF"
		}
		return m
	}
	if !base.ok() {
		return m
	}
	k := int(n*float64(u.mul)+0.5) * s
	switch {
	case u.code == "Y" && !u.time:
		if base.y+k < 1 {
			m.value = "PAST_REF" // "10,000 years ago"
			return m
		}
		m.ref = date{base.y + k, 0, 0}
	case u.code == "M" && !u.time && base.m != 0:
		m.ref = base.addMonths(k)
	case (u.code == "M" || u.code == "W" || u.code == "D") && !u.time && base.m == 0:
		m.ref = date{base.y, 0, 0} // days or months from a year: that year, which they rarely leave
	case (u.code == "W" || u.code == "D") && base.d == 0:
		m.ref = date{base.y, base.m, 0} // days from a month: that month
	case u.code == "W" && base.d != 0:
		m.value = base.addDays(7 * k).week()
		return m
	case u.code == "D" && base.d != 0:
		m.ref = base.addDays(k)
	case u.time && base.d != 0:
		m.ref = base
	}
	m.value = m.ref.String()
	return m
}
