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
	// "dep": the parser leaves a fronted span so ("Two days after the
	// arrest, the party expelled her"), or makes it the root with the
	// verb beside it ("Days after the arrest, the party expelled her")
	spans := x.childrenWith(v, "obl", "obl:tmod", "obl:npmod", "nmod", "dep")
	if h := x.head(v); h >= 0 && x.rel(v) == "parataxis" && spanNouns[strings.ToLower(x.tree.Words[h])] {
		spans = append(spans, h)
	}
	for _, o := range spans {
		for _, n := range append(x.childrenWith(o, "nmod"), o) {
			cases := x.childrenWith(n, "case")
			if len(cases) == 0 {
				continue
			}
			at := x.token(cases[0])
			span, sign := d.spanToNoun(ev.sent, at)
			within := ""
			if span == "" {
				within = d.withinSpan(ev.sent, at) // "within days of the arrest"
			}
			if span == "" && within == "" {
				continue
			}
			a := d.nounAnchor(x, ev.sent, n)
			switch {
			case a == nil:
			case within != "":
				return withinDate(a.date, a.prec, within)
			default:
				return shiftDate(a.date, a.prec, span, sign)
			}
		}
	}
	return "", "", false
}

// spanToNoun is the span, and its sign, that the words up to preposition
// mark of sentence si set between an act and the event noun after the
// mark: "two days after" ("P2D", 1), "the night before" ("P1D", -1), "on
// the eve of" ("P1D", -1); "" where they set none.
func (d *doc) spanToNoun(si, mark int) (span string, sign int) {
	if sign := spanSigns[d.toks[mark].lower]; sign != 0 {
		if span := d.spanBefore(si, mark); span != "" {
			return span, sign
		}
		if span := d.bareSpan(si, mark-1); span != "" {
			return span, sign // "Days after the arrest", which the tagger leaves untagged
		}
	}
	if mark < d.sents[si].first+2 || d.toks[mark-2].lower != "the" {
		return "", 0
	}
	span = dayAnchorPhrases[d.toks[mark-1].lower+" "+d.toks[mark].lower]
	if rest, ok := strings.CutPrefix(span, "-"); ok {
		return rest, -1
	}
	if span == "" {
		return "", 0
	}
	return span, 1
}

// withinSpan is the span of a time that "within" opens and that ends
// straight before token at of sentence si ("within days of", "within a
// week of"), or "".
func (d *doc) withinSpan(si, at int) string {
	for _, t := range d.timesOf(si) {
		if k := d.tokenAt(t.start); t.typ == "DURATION" && d.tokenBefore(t.end) == at-1 && k > d.sents[si].first && d.toks[k-1].lower == "within" {
			return t.value
		}
	}
	return ""
}

// withinDate is the date of an act at most span after date, of precision
// prec: "within a week of" May 3 is in May, "within days of" May 29
// somewhen in the year; a date coarser than a day moves as by one unit.
func withinDate(date, prec, span string) (string, string, bool) {
	if days := spanDays(span); days > 0 && prec == polgraph.PrecisionDay {
		return reachDate(date, 1, 0, days)
	}
	return shiftDate(date, prec, span, 1)
}

// spanDays is how many days TIMEX3 duration span reaches, counted up
// ("PT36H": 2; "PXD": as far as vagueReach says), or 0 for a span of
// months or more or one it cannot read.
func spanDays(span string) int {
	if len(span) < 3 || span[0] != 'P' {
		return 0
	}
	hours := strings.HasPrefix(span, "PT")
	num, unit := span[1:len(span)-1], span[len(span)-1]
	if hours {
		num = span[2 : len(span)-1]
	}
	if num == "X" {
		if hours {
			return 1
		}
		return vagueReach[unit]
	}
	n, err := strconv.Atoi(num)
	switch {
	case err != nil:
		return 0
	case hours && unit == 'H':
		return (n + 23) / 24
	case !hours && unit == 'D':
		return n
	case !hours && unit == 'W':
		return 7 * n
	}
	return 0
}

// bareSpan is the span a plural span noun with no count at token k of
// sentence si tells ("days", "weeks": "PXD", "PXW"), or "".
func (d *doc) bareSpan(si, k int) string {
	w := d.toks[k].lower
	if k < d.sents[si].first || !strings.HasSuffix(w, "s") || !spanNouns[w] || sameDaySpans[w] {
		return ""
	}
	if k > d.sents[si].first && (d.toks[k-1].kind == tokNum || numberWords[d.toks[k-1].lower] > 0) {
		return "" // "two days": the tagger's own span, or none it could read
	}
	return "PX" + strings.ToUpper(w[:1])
}

// dayAnchorPhrases are a day's nouns after "the" with the preposition
// that ties them to an event ("the night before the vote", "the eve of the
// summit"), and the signed span they tell
// (data/words/day_anchor_phrases.tsv).
var dayAnchorPhrases = wordTable("day_anchor_phrases.tsv", "P1D", "-P1D")

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
		return nil
	}
	return d.awaitedAnchor(x, si, n)
}

// awaitedAnchor is the dated event that event noun n of sentence si
// tells where the noun, set ahead of the act by a phrase ("on the eve of
// the vote", "the night before his arrest"), is no event of its own: a
// time on the noun or straight after it dates it ("the vote on Sunday"), else the last event
// of its type told before, where the noun points back ("the vote", "his
// arrest"); nil where there is none.
func (d *doc) awaitedAnchor(x *syntax, si, n int) *event {
	typ := nounTrigger(strings.ToLower(x.tree.Words[n])).typ
	if typ == "" || !x.awaitedByPhrase(n, d.dct.Year()) {
		return nil
	}
	for _, t := range d.timesOf(si) {
		// however the parse hangs it, a time straight after the noun is
		// the noun's, as awaitedTime reads it
		first, last := d.tokenAt(t.start), d.tokenBefore(t.end)+1
		if w := x.spanHead(first, last); w >= 0 && x.head(w) == n || d.nounBeforeTime(x, si, first) == n {
			date, prec := eventDate(t.value)
			if date == "" {
				return nil
			}
			return &event{typ: typ, date: date, prec: prec}
		}
	}
	if !slices.ContainsFunc(x.childrenWith(n, "det", "nmod:poss"), func(c int) bool {
		return x.rel(c) == "nmod:poss" || strings.EqualFold(x.tree.Words[c], "the")
	}) {
		return nil
	}
	from := slices.IndexFunc(d.events, func(o *event) bool { return o.sent >= si })
	if from < 0 {
		from = len(d.events)
	}
	return d.lastDatedBefore(typ, si, from)
}

// lastDatedOfType is the last dated event told before event i that is of
// its type, within the window a retelling is looked for in, or nil.
func (d *doc) lastDatedOfType(i int) *event {
	return d.lastDatedBefore(d.events[i].typ, d.events[i].sent, i)
}

// lastDatedBefore is the last dated event of type typ told in a sentence
// before si, among the corefWindow events before event index from, or nil.
func (d *doc) lastDatedBefore(typ string, si, from int) *event {
	for j := from - 1; j >= 0 && j >= from-corefWindow; j-- {
		if o := d.events[j]; o.typ == typ && o.date != "" && o.sent < si {
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

// toldBeforeLater is the event told before event ev, in its sentence or
// the two before, that ev follows "later" by a span with no count, and
// that span: "PT" for one too short to leave the day ("Prosecutors on
// Monday charged Dorn. He resigned hours later."), "PXD" or "PXW" for
// days or weeks ("Days later, police raided the party's offices"); nil
// where ev is told so of none.
func (d *doc) toldBeforeLater(ev *event) (*event, string) {
	x, v := d.eventTree(ev)
	if v < 0 {
		return nil, ""
	}
	span := ""
	for _, c := range x.childrenWith(v, "advmod") {
		if k := x.token(c) - 1; strings.EqualFold(x.tree.Words[c], "later") && c > 0 && k >= d.sents[ev.sent].first {
			if sameDaySpans[d.toks[k].lower] {
				span = "PT"
			} else if b := d.bareSpan(ev.sent, k); b != "" {
				span = b
			}
		}
	}
	if span == "" {
		return nil, ""
	}
	var before *event
	for _, o := range d.events {
		if o.sent >= ev.sent-2 && (o.sent < ev.sent || o.sent == ev.sent && o.trig[0] < ev.trig[0]) && o.date != "" && o.prec == polgraph.PrecisionDay && !o.noun {
			if before == nil || o.sent > before.sent || o.sent == before.sent && o.trig[0] > before.trig[0] {
				before = o
			}
		}
	}
	return before, span
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
	if span[1] == 'X' {
		// "days after the vote": some days on, the stretch they may
		// reach; a date coarser than a day moves as by one such unit
		if reach := vagueReach[unit]; reach > 0 && prec == polgraph.PrecisionDay {
			return reachDate(date, sign, 1, reach)
		}
		span = "P1" + span[2:]
	}
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

// vagueReach is how many days a span of TIMEX3 unit with no count
// ("days after", "weeks later") may reach: the act is between one day
// and that many days away.
var vagueReach = map[byte]int{'D': 10, 'W': 6 * 7}

// reachDate is the date, at the finest precision both ends share, of an
// act from near to far days (signed by sign) away from day date: "days
// after" May 3 is in May, "days after" May 29 somewhen in the year; ok is
// false where the ends fall in different years.
func reachDate(date string, sign, near, far int) (string, string, bool) {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return "", "", false
	}
	a, b := t.AddDate(0, 0, sign*near), t.AddDate(0, 0, sign*far)
	switch {
	case a.Equal(b):
		return a.Format(time.DateOnly), polgraph.PrecisionDay, true
	case a.Year() == b.Year() && a.Month() == b.Month():
		return a.Format("2006-01"), polgraph.PrecisionMonth, true
	case a.Year() == b.Year():
		return a.Format("2006"), polgraph.PrecisionYear, true
	}
	return "", "", false
}
