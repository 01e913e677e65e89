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
	at := x.token(mark)
	for _, t := range d.timesOf(si) {
		if t.typ == "DURATION" && d.tokenBefore(t.end) == at-1 {
			return t.value, sign, true
		}
	}
	if at > 0 && sameDaySpans[d.toks[at-1].lower] {
		return "PT", sign, true // "hours after", with no number the tagger takes
	}
	return "", sign, true
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
