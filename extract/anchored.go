package extract

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/polgraph/polgraph"
)

// anchoredClause reads an event's clause that "after" or "before" ties to
// the clause it hangs on ("resigned on Monday, two days after Holm
// accused him"): marked reports such a clause, and offset is the span
// before the mark ("P2D"), or "" where none is given. Such an event is
// not on its head's day: it is the span away, or somewhen before or after.
func (d *doc) anchoredClause(ev *event) (offset string, sign int, marked bool) {
	x, v := d.eventTree(ev)
	if v < 0 {
		return "", 0, false
	}
	return d.anchoredAt(ev.sent, x, v)
}

// anchoredAt reads the clause of word v of sentence si as anchoredClause
// does.
func (d *doc) anchoredAt(si int, x *syntax, v int) (offset string, sign int, marked bool) {
	mark := -1
	for _, c := range x.childrenWith(v, "mark") {
		switch strings.ToLower(x.tree.Words[c]) {
		case "after":
			mark, sign = c, -1
		case "before":
			mark, sign = c, 1
		}
	}
	if mark < 0 {
		return "", 0, false
	}
	return d.spanBefore(si, x.token(mark)), sign, true
}

// spanBefore is the span that ends straight before token at of sentence
// si ("P2D" before "after" in "two days after"), "PT" for one too short to
// leave the day, or "" where none is given.
func (d *doc) spanBefore(si, at int) string {
	for _, t := range d.timesOf(si) {
		if t.typ == "DURATION" && d.tokenBefore(t.end) == at-1 {
			return t.value
		}
	}
	if at > 0 && sameDaySpans[d.toks[at-1].lower] {
		return "PT" // "hours after", with no number the tagger takes
	}
	return ""
}

// spannedFromClause reports whether event ev's verb has a clause that
// "after" or "before" opens with a span of a day or more before its mark
// ("Days before the charges were filed, his lawyer denied them"): the
// verb is that span away from the clause's time, not on the story's day.
func (d *doc) spannedFromClause(ev *event) bool {
	x, v := d.eventTree(ev)
	if v < 0 {
		return false
	}
	for _, c := range x.childrenWith(v, "advcl") {
		for _, m := range x.childrenWith(c, "mark") {
			if w := strings.ToLower(x.tree.Words[m]); w != "after" && w != "before" {
				continue
			}
			at := x.token(m)
			if span := d.spanBefore(ev.sent, at); span != "" && span != "PT" || at > 0 && spanNouns[d.toks[at-1].lower] {
				return true
			}
		}
	}
	return false
}

// anchoredNoun is the date of verb event ev whose span ties it, by
// "after" or "before", to a dated event noun of its sentence: "a court
// released Rink a week after his arrest" dates the release a week after
// the day the arrest was told; "Two days after the vote, Kurz resigned",
// two days after the vote told before. The parser hangs the noun on the
// verb (the span on the noun) or on the span; ok is false elsewhere.
func (d *doc) anchoredNoun(ev *event) (date, prec string, ok bool) {
	if ev.noun {
		return "", "", false
	}
	x, v := d.eventTree(ev)
	if v < 0 {
		return "", "", false
	}
	for _, o := range x.childrenWith(v, "obl", "obl:tmod", "obl:npmod", "nmod") {
		for _, n := range append(x.childrenWith(o, "nmod"), o) {
			sign := spanSigns[x.caseOf(n)]
			a := d.nounAnchor(x, ev.sent, n)
			if sign == 0 || a == nil {
				continue
			}
			mark := x.childrenWith(n, "case")[0]
			if span := d.spanBefore(ev.sent, x.token(mark)); span != "" {
				return shiftDate(a.date, a.prec, span, sign)
			}
		}
	}
	return "", "", false
}

// spanSigns are the ways "after" and "before" move a date from the event
// it is told from.
var spanSigns = map[string]int{"after": 1, "before": -1}

// nounAnchor is the dated event that event noun n of sentence si tells:
// the noun's own event where it has a date, or, where the noun points
// back ("the vote", "his arrest"), the last dated event of its type told
// before it; nil where there is none.
func (d *doc) nounAnchor(x *syntax, si, n int) *event {
	for i, o := range d.events {
		if o.sent != si || !o.noun || x.eventWord(o) != n {
			continue
		}
		if o.date != "" {
			return o
		}
		if d.definite(o) || len(x.childrenWith(n, "nmod:poss")) > 0 {
			return d.lastDatedOfType(i)
		}
	}
	return nil
}

// lastDatedOfType is the last dated event told before event i that is of
// its type, within the window a retelling is looked for in, or nil.
func (d *doc) lastDatedOfType(i int) *event {
	for j := i - 1; j >= 0 && j >= i-corefWindow; j-- {
		if o := d.events[j]; o.typ == d.events[i].typ && o.date != "" && o.sent < d.events[i].sent {
			return o
		}
	}
	return nil
}

// anchoredObject is the date of noun event ev that is the object of a
// clause "after" or "before" ties, with a span, to a dated verb of its
// sentence: "was sworn in on Monday, a week after winning the election"
// dates the election a week before the swearing-in. ok is false
// elsewhere.
func (d *doc) anchoredObject(ev *event) (date, prec string, ok bool) {
	if !ev.noun {
		return "", "", false
	}
	x, n := d.eventTree(ev)
	if n < 0 || x.baseRel(n) != "obj" || x.head(n) < 0 {
		return "", "", false
	}
	v := x.head(n)
	// the clause of the verb, or of the span before its mark ("three days
	// after losing the election", the clause read as the span's)
	if !x.isVerb(v) || x.baseRel(v) != "advcl" && !(x.baseRel(v) == "acl" && x.head(v) >= 0 && spanNouns[strings.ToLower(x.tree.Words[x.head(v)])]) {
		return "", "", false
	}
	span, sign, marked := d.anchoredAt(ev.sent, x, v)
	if !marked || span == "" {
		return "", "", false
	}
	a := d.anchorAt(x, ev, v)
	if a == nil {
		return "", "", false
	}
	return shiftDate(a.date, a.prec, span, sign)
}

// sameDaySpans are spans too short to leave the day: "hours after".
var sameDaySpans = set("hours minutes moments")

// toldBeforeSameDay is the event told before event ev, in its sentence or
// the two before, that ev follows by a span too short to leave the day
// ("Prosecutors on Monday charged Dorn. He resigned hours later."), or
// nil: ev is on its day.
func (d *doc) toldBeforeSameDay(ev *event) *event {
	x, v := d.eventTree(ev)
	if v < 0 {
		return nil
	}
	later := slices.ContainsFunc(x.childrenWith(v, "advmod"), func(c int) bool {
		return strings.EqualFold(x.tree.Words[c], "later") && c > 0 && sameDaySpans[strings.ToLower(x.tree.Words[c-1])]
	})
	if !later {
		return nil
	}
	var before *event
	for _, o := range d.events {
		if o.sent >= ev.sent-2 && (o.sent < ev.sent || o.sent == ev.sent && o.trig[0] < ev.trig[0]) && o.date != "" && o.prec == polgraph.PrecisionDay && !o.noun {
			if before == nil || o.sent > before.sent || o.sent == before.sent && o.trig[0] > before.trig[0] {
				before = o
			}
		}
	}
	return before
}

// anchorOf is the dated verb event whose clause event ev's clause hangs
// on in the tree, or nil.
func (d *doc) anchorOf(ev *event) *event {
	x, v := d.eventTree(ev)
	if x == nil {
		return nil
	}
	return d.anchorAt(x, ev, v)
}

// anchorAt is the dated verb event of event ev's sentence whose clause
// word v hangs on in the tree, or nil.
func (d *doc) anchorAt(x *syntax, ev *event, v int) *event {
	for _, o := range d.evSent[ev.sent] {
		if o != ev && o.date != "" && !o.noun && (o.dateFrom == "sentence" || o.dateFrom == "coref") {
			if w := x.eventWord(o); w >= 0 && w != v && x.dominates(w, v) {
				return o
			}
		}
	}
	return nil
}

// shiftDate moves date, of precision prec, by sign times the TIMEX3
// duration span ("P2D", "P1W", "PT5H"): "two days after" a day is a day,
// "three months after" a month a month. A span of hours or minutes is the
// same day; a span finer than the date ("two days after" March 2020,
// "two months after" 2018) its year, which it rarely leaves. ok is false
// where the span is vague ("PXD") or coarser than the date's precision.
func shiftDate(date, prec, span string, sign int) (string, string, bool) {
	if strings.HasPrefix(span, "PT") {
		return date, prec, true // "hours after"
	}
	if len(span) < 3 {
		return "", "", false
	}
	unit := span[len(span)-1]
	n, err := strconv.Atoi(span[1 : len(span)-1])
	if err != nil {
		return "", "", false
	}
	n *= sign
	switch {
	case prec == polgraph.PrecisionDay && (unit == 'D' || unit == 'W'):
		t, err := time.Parse("2006-01-02", date)
		if err != nil {
			return "", "", false
		}
		if unit == 'W' {
			n *= 7
		}
		return t.AddDate(0, 0, n).Format("2006-01-02"), prec, true
	case prec == polgraph.PrecisionMonth && unit == 'M':
		t, err := time.Parse("2006-01", date)
		if err != nil {
			return "", "", false
		}
		return t.AddDate(0, n, 0).Format("2006-01"), prec, true
	case prec == polgraph.PrecisionYear && unit == 'Y':
		y, err := strconv.Atoi(date)
		if err != nil {
			return "", "", false
		}
		return strconv.Itoa(y + n), prec, true
	case prec == polgraph.PrecisionMonth && (unit == 'D' || unit == 'W'):
		return date[:4], polgraph.PrecisionYear, true
	case prec == polgraph.PrecisionYear && (unit == 'D' || unit == 'W' || unit == 'M'):
		return date, prec, true // "two months after" a year: most likely that year
	}
	return "", "", false
}
