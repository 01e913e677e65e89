package extract

import (
	"github.com/polgraph/polgraph/extract/cameo"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/polgraph/polgraph"
)

// dateEvents dates each event, in order of preference, from: a time
// expression of its sentence, an earlier mention of the same event, another
// event of the sentence, the next sentences for the lead, and the story's
// own date for narration that does not mark itself as earlier.
func (d *doc) dateEvents() {
	story, protagonist, storyType := "", -1, ""
	firstPara := -1
	for _, s := range d.sents {
		if !s.headline {
			firstPara = s.para
			break
		}
	}
	days := d.dayHeaders()
	named := d.phrasesNamingNouns()
	for i, ev := range d.events {
		// "claimed responsibility for the attack in a statement on
		// Thursday": the time is the claim's; the attack is the noun's,
		// dated by it or by the attack told before
		if v := d.sentenceTime(ev); v != "" && !named[ev] {
			ev.date, ev.prec = eventDate(v)
			ev.dateFrom = "sentence"
			// "New elections are expected in the autumn", told in June:
			// a year dates it, a season yet to begin tells it is to come;
			// so does a week ("faces a no-confidence vote next week"),
			// which a month dates
			ev.ahead = d.afterPublication(periodStart(v))
			d.pastTense(ev)
			continue
		}
		if v := d.overnight(ev, days[ev.sent]); v != "" && !named[ev] {
			ev.date, ev.prec, ev.dateFrom = v, polgraph.PrecisionDay, "sentence"
			continue
		}
		if prev := d.corefEvent(i); prev != nil {
			ev.date, ev.prec, ev.dateFrom = prev.date, prev.prec, "coref"
			ev.same = prev
		}
	}
	for _, ev := range d.events {
		if ev.date != "" || named[ev] {
			continue
		}
		if vote := d.decidingVote(ev); vote != nil {
			// "adopted a resolution approving the appointment of X": the
			// vote's time
			ev.date, ev.prec, ev.dateFrom = vote.date, vote.prec, "sibling"
			continue
		}
		if date, prec, ok := d.anchoredObject(ev); ok {
			// "sworn in on Monday, a week after winning the election":
			// the span before the day of the verb its clause hangs on
			ev.date, ev.prec, ev.dateFrom = date, prec, "sibling"
			continue
		}
		if o := d.toldBeforeSameDay(ev); o != nil {
			ev.date, ev.prec, ev.dateFrom = o.date, o.prec, "sibling" // "resigned hours later"
			continue
		}
		if n := d.sayingNoun(ev); n != nil {
			// "A report by the Daily Courier on Monday said ...": the day
			// the report's noun is given is the day of its saying
			ev.date, ev.prec, ev.dateFrom = n.date, n.prec, "sibling"
			continue
		}
		if ev.noun || d.onNoun(ev) {
			// a noun is no coordinated verb: "vowed on Saturday to punish
			// those behind the bombings"; nor is a clause on one
			continue
		}
		if in := d.heldDuring(ev); in != nil {
			// "interfered in the 2021 election": when the election was
			ev.date, ev.prec, ev.dateFrom = in.date, in.prec, "sibling"
			continue
		}
		// the nearest dated verb of the sentence: "spoke to X in February
		// 2021 and advised" shares its time
		var near *event
		for _, o := range d.evSent[ev.sent] {
			if o != ev && o.date != "" && !o.noun && (o.dateFrom == "sentence" || o.dateFrom == "coref") && !d.reports(o, ev) && !d.reports(ev, o) && !d.onNoun(o) && d.sameTimedClause(ev, o) && !d.reportedApart(o, ev) &&
				(near == nil || abs(o.trig[0]-ev.trig[0]) < abs(near.trig[0]-ev.trig[0])) {
				near = o
			}
		}
		if c := d.conjunctOf(ev); c != nil && c.date != "" && !c.noun && (c.dateFrom == "sentence" || c.dateFrom == "coref") {
			// "said on Wednesday that … had expelled … last year, and he
			// called on allies": the verb it is joined to, not the nearest
			near = c
		}
		if d.markedEarlier(ev) {
			near = nil // "said on Monday that Mensah had already resigned": before the telling, not on its day
		}
		if span, sign, marked := d.anchoredClause(ev); marked {
			// "two days after Holm accused him": the span away from the
			// clause it hangs on; with no span, not that day
			if a := d.anchorOf(ev); a != nil && span != "" {
				if date, prec, ok := shiftDate(a.date, a.prec, span, sign); ok {
					ev.date, ev.prec, ev.dateFrom = date, prec, "sibling"
					continue
				}
			}
			near = nil
		}
		if near != nil {
			ev.date, ev.prec, ev.dateFrom = near.date, near.prec, "sibling"
			continue
		}
		if y := d.yearAcross(ev); y != "" {
			ev.date, ev.prec, ev.dateFrom = y, polgraph.PrecisionYear, "sibling"
		}
	}
	opened := d.openedDays()
	for _, ev := range d.events {
		// an entry under a day's heading happened that day unless its
		// clause puts it earlier or not yet ("had led", "will meet"); a
		// report, as the verb that has just made it public ("have issued
		// their findings")
		if ev.date == "" && (!ev.noun || ev.typ == "REPORT" && d.reportJustOut(ev)) && !named[ev] && days[ev.sent] != "" && !d.anterior(ev) && !d.toldEarlier(ev) {
			ev.date, ev.prec, ev.dateFrom = days[ev.sent], polgraph.PrecisionDay, "section"
			continue
		}
		// "On Tuesday police arrested X. Prosecutors accused him of
		// fraud.": the day the paragraph opens with, not the story's
		if ev.date == "" && !ev.noun && !named[ev] && opened[ev.sent] != "" && d.onOpenedDay(ev) {
			ev.date, ev.prec, ev.dateFrom = opened[ev.sent], polgraph.PrecisionDay, "section"
		}
	}
	for _, ev := range d.events {
		if ev.date == "" && !ev.noun && !named[ev] && d.sents[ev.sent].para == firstPara && d.timedClauseOf(ev) < 0 && !d.describes(ev) && !d.markedEarlier(ev) {
			date, prec := eventDate(d.leadTime(ev))
			if d.spoken(ev) && prec != polgraph.PrecisionDay {
				// what is said is said on a day: a month after the lead
				// is background to it ("X said taxes would fall. Holm
				// resigned in March.")
				date = ""
			}
			if date != "" {
				ev.date, ev.prec = date, prec
				ev.dateFrom = "lead"
				if story == "" && ev.prec == polgraph.PrecisionDay && !ev.noun {
					story, protagonist, storyType = ev.date, d.agentOf(ev), ev.typ
				}
			}
		}
		if story == "" && !ev.noun && ev.dateFrom == "sentence" && ev.prec == polgraph.PrecisionDay && d.sents[ev.sent].para <= firstPara+1 && d.news(ev.date) {
			story, protagonist, storyType = ev.date, d.agentOf(ev), ev.typ
		}
	}
	d.dateSpeech(story)
	d.dateOngoing(named)
	if story == "" {
		return
	}
	for _, ev := range d.events {
		if ev.date == "" && !named[ev] && !d.anterior(ev) && (protagonist >= 0 && d.agentOf(ev) == protagonist || ev.typ == storyType && !ev.noun) && !d.background(ev, story) {
			ev.date, ev.prec, ev.dateFrom = story, polgraph.PrecisionDay, "story"
		}
	}
}

// overnight is the day before the report's for an event the tree says
// happened "overnight" ("Russia launched drones at Kyiv overnight", "a
// drone strike killed three people overnight"): the
// night before the day of its heading, its dateline or its publication;
// else "". The time tagger leaves the word untagged, as TimeML does.
func (d *doc) overnight(ev *event, heading string) string {
	s := &d.sents[ev.sent]
	found := false
	for k := s.first; k < s.last && !found; k++ {
		if d.toks[k].lower != "overnight" {
			continue // the word first: a sentence without it needs no parse
		}
		if x, v := d.eventTree(ev); x != nil && v >= 0 {
			w := x.at(k)
			if w < 0 {
				continue
			}
			// on the verb, or on its object, where the parser may hang it
			// ("killed three people overnight"); the verb may be the toll
			// of the event's noun ("a drone strike killed three overnight")
			h := x.head(w)
			for h >= 0 && h != v && !x.isVerb(h) {
				h = x.head(h)
			}
			for h >= 0 && h != v && x.rel(h) == "conj" && len(x.childrenWith(h, "nsubj", "nsubj:pass")) == 0 {
				h = x.head(h) // "killed three and wounded 12 overnight": the first verb's subject
			}
			found = h == v || h >= 0 && x.tollOf(h, map[int]bool{v: true})
		}
	}
	if !found {
		return ""
	}
	day := heading
	if day == "" {
		day = d.datelineDay()
	}
	if day == "" && !d.dct.IsZero() {
		day = d.dct.Format("2006-01-02")
	}
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, -1).Format("2006-01-02")
}

// conjunctLending is the verb that verb event ev is a conjunct of, with
// no subject of its own, where that verb tells no event of its own: its
// time may be ev's. It is -1 otherwise.
func (d *doc) conjunctLending(x *syntax, ev *event) int {
	if x == nil || ev.noun {
		return -1
	}
	v := x.eventWord(ev)
	if v < 0 || x.rel(v) != "conj" || len(x.childrenWith(v, "nsubj", "nsubj:pass")) > 0 {
		return -1
	}
	if h := x.head(v); h >= 0 && x.isVerb(h) && !d.isEventWord(x, ev.sent)(h) {
		return h
	}
	return -1
}

// conjunctOf is the event of the verb that verb event ev is coordinated
// with in the tree, or nil.
func (d *doc) conjunctOf(ev *event) *event {
	x, v := d.eventTree(ev)
	if v < 0 || ev.noun || x.rel(v) != "conj" {
		return nil
	}
	for _, o := range d.evSent[ev.sent] {
		if o != ev && x.eventWord(o) == x.head(v) {
			return o
		}
	}
	return nil
}

// describes reports a verb event told, itself or as a conjunct, in a
// relative clause: it describes someone ("was the minister who closed the
// schools and then became the party's leader"), and the lead's news is not
// its time.
func (d *doc) describes(ev *event) bool {
	x, v := d.eventTree(ev)
	for v >= 0 && x.rel(v) == "conj" {
		v = x.head(v)
	}
	return v >= 0 && x.rel(v) == "acl:relcl"
}

// onNoun reports a verb event told in a clause on a noun ("every
// contract signed by the ministry since 2016", "the MP who resigned in
// May") or by a participle before one ("released detained journalist X
// on Monday": detained before): its time is its own, no sibling's.
func (d *doc) onNoun(ev *event) bool {
	x, v := d.eventTree(ev)
	// a participle only where it has its passive's agent: the parser also
	// reads main verbs after an apposition as participles ("X, the MP for
	// Y, announced")
	return v >= 0 && (x.rel(v) == "acl:relcl" || x.rel(v) == "acl" && len(x.childrenWith(v, "obl:agent")) > 0 || x.rel(v) == "amod" && v < x.head(v))
}

// sayingNoun is the noun event, dated by a time of its own, that is the
// subject of the verb of speech that tells ev ("A report by the Daily
// Courier on Monday said ...", "a statement from the ministry on Friday
// said"), where the parse hangs the time on the noun; else nil.
func (d *doc) sayingNoun(ev *event) *event {
	if ev.noun || !ev.speech && ev.typ != "REPORT" {
		return nil
	}
	x, v := d.eventTree(ev)
	if v < 0 || !x.isVerb(v) {
		return nil
	}
	subj := x.childrenWith(v, "nsubj")
	for _, o := range d.evSent[ev.sent] {
		if o != ev && o.noun && o.dateFrom == "sentence" && o.date != "" && slices.Contains(subj, x.eventWord(o)) {
			return o
		}
	}
	return nil
}

// pastTense moves an event told in the simple past ("voted in March") out
// of the future a bare month or day gave it (an article of February: last
// March; a weekday within the coming week: the one before), where the
// time tagger, reading tense less surely than a trigger in the past does,
// kept the coming one.
func (d *doc) pastTense(ev *event) {
	if d.dct.IsZero() || ev.noun || ev.prec != polgraph.PrecisionMonth && ev.prec != polgraph.PrecisionDay {
		return
	}
	w := d.toks[ev.trig[0]].lower
	if !strings.HasSuffix(w, "ed") || ev.trig[0] > d.sents[ev.sent].first && !pastContext(d.toks[ev.trig[0]-1].lower) {
		return
	}
	ev.date = d.pastDate(ev.date)
}

// pastDate is a date that a verb told in the past tense is dated by, and
// that the time tagger read forward, moved back before publication: a
// weekday by a week ("agreed to form a coalition on Monday", read forward
// by the infinitive), a day or a month by a year.
func (d *doc) pastDate(date string) string {
	if !d.afterPublication(date) {
		return date
	}
	if t, err := time.Parse(time.DateOnly, date); err == nil && t.Sub(d.dct) <= 7*24*time.Hour {
		return t.AddDate(0, 0, -7).Format(time.DateOnly)
	}
	y, err := strconv.Atoi(date[:4])
	if err != nil {
		return date
	}
	if earlier := strconv.Itoa(y-1) + date[4:]; !d.afterPublication(earlier) {
		return earlier
	}
	return date
}

// afterPublication reports an event date (a day, a month or a year) that
// begins after the day the article was published; false where that day is
// not known.
func (d *doc) afterPublication(date string) bool {
	return !d.dct.IsZero() && date != "" && len(date) <= len(time.DateOnly) && date > d.dct.Format(time.DateOnly)[:len(date)]
}

// news reports whether a day is news on the article's day: within a week
// before it. A lead's "shot to death last Oct. 23" in a story of April is
// background, and no date for what is said in it. Without the article's
// day every day is.
func (d *doc) news(date string) bool {
	t, err := time.Parse(time.DateOnly, date)
	return d.dct.IsZero() || err != nil || !t.Before(d.dct.AddDate(0, 0, -newsDays))
}

// newsDays is how many days before its publication an article's news may
// have happened: a weekly's.
const newsDays = 7

// pastContext reports whether the word before a past-tense verb leaves it a
// simple past: not "will be voted", "to be held", "has voted" (present
// perfect is past too).
func pastContext(prev string) bool {
	switch prev {
	case "will", "would", "be", "to", "shall", "should", "could", "can", "may", "might", "must", "is", "are", "being":
		return false
	}
	return true
}

// reports reports whether event b is told inside the clause that reporting
// event a introduces ("Global News reported on Monday that Holm had met
// officials"): when a was told says nothing of when b happened.
func (d *doc) reports(a, b *event) bool {
	if !takesClause[a.typ] || a.noun || b.trig[0] < a.trig[0] {
		return false
	}
	x := d.syntaxOf(a.sent)
	if x == nil {
		return true
	}
	va, vb := x.eventWord(a), x.eventWord(b)
	if va < 0 || vb < 0 {
		return true
	}
	// the tree tells the clause a reports from a verb coordinated with
	// it: "accused her on Sunday of … and said" are two tellings
	for _, c := range x.childrenWith(va, "ccomp", "parataxis", "obl", "advcl", "xcomp", "obj") {
		if x.dominates(c, vb) {
			return true
		}
	}
	return false
}

// agentOf is the first agent of an event, or -1.
func (d *doc) agentOf(ev *event) int {
	for _, p := range ev.parts {
		if p.role == "agent" {
			return p.ent
		}
	}
	return -1
}

// sentenceTime is the value of the dated time expression of the event's
// sentence closest to its trigger; one beyond another trigger counts as further.
func (d *doc) sentenceTime(ev *event) string {
	best, bestDist := "", 1<<30
	treeBest, treeDist := "", 1<<30
	reportTime := "" // the time of an unnamed speaker's verb that tells the event
	trig := d.toks[ev.trig[0]].start
	rel := d.relativeClauses(ev.sent)
	times := d.timesOf(ev.sent)
	var x *syntax
	var own map[int]bool
	lent, lentTime := -1, "" // the verb a conjunct with no time of its own borrows one from, and that time
	if len(times) > 0 {      // a sentence with no time needs no parse to date it
		x, own = d.syntaxOf(ev.sent), d.eventWords(ev)
		lent = d.conjunctLending(x, ev)
	}
	for _, t := range times {
		if _, p := eventDate(t.value); p == polgraph.PrecisionUnknown {
			continue
		}
		ti := d.tokenAt(t.start)
		if ti > 0 && d.toks[ti-1].lower == "since" && ev.typ == "STATEMENT" {
			continue // "said the measures target repression since February": a span's start, which dates no saying
		}
		if x != nil && ti >= 0 {
			if d.deadlineOnInfinitive(x, ti, own) {
				continue // "urged Dorn to resign by Friday": when it is to be done by, not when asked
			}
			if w := x.timeOwner(ti, d.tokenBefore(t.end)+1, d.isEventWord(x, ev.sent)); w >= 0 {
				if !ev.noun && x.timeForObject(x.objectOf(w), w, x.spanHead(ti, d.tokenBefore(t.end)+1)) {
					continue // "called a strike for Tuesday and urged members to join": when the strike is set for, not when it was called
				}
				if own[w] || d.askedAt(x, ev, w, t.value, ti) || !ev.noun && x.at(ti) > w && x.occasionDated(x.eventWord(ev), w, d.isEventWord(x, ev.sent)) || x.asideOn(x.eventWord(ev), w) || x.tollOf(w, own) || ev.noun && x.timeAfterSequenceNoun(x.eventWord(ev), w, x.at(ti)) || ev.noun && x.timeForObject(x.eventWord(ev), w, x.spanHead(ti, d.tokenBefore(t.end)+1)) || ev.noun && x.occasionOf(x.eventWord(ev), ev.typ == "MEETING") == w || ev.noun && x.gatheringAt(x.eventWord(ev), ev.typ) == w || x.frontedOver(x.eventWord(ev), w, x.at(ti)) {
					if abs(t.start-trig) < treeDist {
						treeBest, treeDist = t.value, abs(t.start-trig)
					}
					continue
				}
				if w == lent {
					// "conceded on Sunday and congratulated Mahama": one
					// subject's acts told together, the second's time the
					// first's, where it has none of its own
					if lentTime == "" {
						lentTime = t.value
					}
					continue
				}
				if d.toldOnByNoOne(x, ev, w) && reportTime == "" {
					reportTime = t.value
				}
				// the tree says which clause the time belongs to; a time
				// on another noun may still be a noun event's own, where
				// the parse hangs a phrase on the wrong noun ("interference
				// in the 2019 elections"), so the windows judge those
				if !ev.noun || x.isVerb(w) {
					continue
				}
			}
		}
		if ti > 0 && (rel[ti] != rel[ev.trig[0]] || d.toks[ti-1].lower == "since") {
			continue // "X, who has represented Y since 2019, met officials in May": not 2019
		}
		if ti > ev.trig[1] && d.subordinateBetween(ev.trig[1], ti) {
			continue // "accused X of failing to register while he lobbied in 2021": the lobbying's year
		}
		if t.end < len(d.text) && (strings.HasPrefix(d.text[t.end:], "'s") || strings.HasPrefix(d.text[t.end:], "’s")) && !d.datesNoun(t, ev) {
			continue // "last year's vote": the time dates that noun, not this event
		}
		dist := abs(t.start - trig)
		nearer := false
		for _, o := range d.evSent[ev.sent] {
			if o != ev {
				ot := d.toks[o.trig[0]].start
				if between(ot, trig, t.start) {
					dist *= 3
				}
				if timeDist(t.start, ot) < timeDist(t.start, trig) && !(o.noun && !ev.noun) {
					nearer = true // "Varga on Friday condemned ... the raid": Friday is the condemnation's
				}
			}
		}
		if nearer {
			continue
		}
		if dist < bestDist {
			best, bestDist = t.value, dist
		}
	}
	if treeBest == "" {
		treeBest = lentTime // the verb's own times come first
	}
	if treeBest == "" && x != nil {
		treeBest = d.whenTime(x, ev, times) // "was a minister until 2022, when he resigned"
	}
	if treeBest != "" {
		return treeBest
	}
	if reportTime != "" && best == "" {
		return reportTime
	}
	return best
}

// frontedOver reports whether time word ti, which verb w owns, opens the
// sentence before a clause of time set ahead of w that holds event word
// e: "In 2012, after the party lost the election, he resigned" dates the
// resignation (frontedClauseReadAsMain) and the election lost just
// before it alike.
func (x *syntax) frontedOver(e, w, ti int) bool {
	if e < 0 || ti < 0 || !(ti < e && e < w) {
		return false
	}
	c := e
	for c >= 0 && x.head(c) != w {
		c = x.head(c)
	}
	if c < 0 || x.rel(c) != "advcl" {
		return false
	}
	for _, m := range x.childrenWith(c, "mark", "advmod") {
		if l := strings.ToLower(x.tree.Words[m]); ti < m && (clauseOpeners[l] || l == "when") {
			return true
		}
	}
	return false
}

// whenTime is the value of the time a "when" clause that tells event ev
// opens on ("was a minister until 2022, when he resigned and accused the
// president"; "led the party until 2016, when he stepped down"): the
// clause tells what happened at that time, whatever noun or verb the
// parse hangs it on, as a relative clause or a clause of time. A conjunct
// with no "when" of its own shares its first conjunct's. "" where the
// clause opens on no time.
func (d *doc) whenTime(x *syntax, ev *event, times []timeExpr) string {
	v := x.eventWord(ev)
	if ev.noun || v < 0 || !x.isVerb(v) {
		return ""
	}
	for x.rel(v) == "conj" && x.head(v) >= 0 && x.head(v) < v {
		v = x.head(v)
	}
	for _, a := range x.childrenWith(v, "advmod", "mark") {
		if a > v || !strings.EqualFold(x.tree.Words[a], "when") {
			continue
		}
		k := x.token(a) - 1
		if k >= 0 && d.toks[k].text == "," {
			k--
		}
		for _, t := range times {
			if _, p := eventDate(t.value); p != polgraph.PrecisionUnknown && k >= 0 && d.tokenBefore(t.end) == k {
				return t.value
			}
		}
	}
	return ""
}

// occasionDated reports whether the time owned by word w dates verb v
// because w is an event noun that is v's own occasion: the verb's oblique
// "in" or "during" ("arrested the vice president in a pre-dawn raid on
// Thursday", "was detained during a protest on Friday"). What the verb
// does happens within the occasion, on its day. The caller takes only a
// time after the noun: one before it names which event is meant ("charged
// in the 2019 bombing": charged over it, not in 2019).
func (x *syntax) occasionDated(v, w int, eventWord func(int) bool) bool {
	if v < 0 || w < 0 || !x.isVerb(v) || x.head(w) != v || x.baseRel(w) != "obl" || !eventWord(w) {
		return false
	}
	c := x.caseOf(w)
	return c == "in" || c == "during"
}

// toldOnByNoOne reports whether w is a verb of speech that is no event,
// its speaker unnamed ("Police said on Friday they had detained X",
// "Prosecutors said on Tuesday they had opened an investigation", "Police
// detained X, a spokesman said on Friday"),
// whose clause tells event ev as done: the day it is told bounds the
// event, and the article dates it as a named speaker's statement dates
// what it tells. A clause of what will be ("would open") is not done.
func (d *doc) toldOnByNoOne(x *syntax, ev *event, w int) bool {
	v := x.eventWord(ev)
	if ev.noun && v >= 0 && (x.rel(v) == "obj" || x.rel(v) == "nsubj:pass") {
		v = x.head(v) // the verb that carries the noun: "had opened an investigation"
	} else if ev.noun {
		return false
	}
	// the clause told, or the same told before the telling: "Police have
	// arrested Ana Holm, a spokesman said on Tuesday", whichever way the
	// parse hangs the tail and the clause on each other
	told := v >= 0 && x.head(v) == w && (x.rel(v) == "ccomp" || v < w && tailRels[x.rel(v)])
	tail := v >= 0 && w > v && x.head(w) == v && tailRels[x.rel(w)] && len(x.childrenWith(w, "nsubj")) > 0
	if !told && !tail || !speechWords[strings.ToLower(x.tree.Words[w])] || d.isEventWord(x, ev.sent)(w) {
		return false
	}
	for _, a := range x.childrenWith(v, "aux", "mark") {
		if l := strings.ToLower(x.tree.Words[a]); modals[l] || l == "to" {
			return false
		}
	}
	return !x.habit(v) && !x.markedEarlier(v)
}

// markedEarlier reports whether event ev's verb has an adverb of
// earlierWords (x.markedEarlier).
func (d *doc) markedEarlier(ev *event) bool {
	x, v := d.eventTree(ev)
	return x != nil && !ev.noun && x.markedEarlier(v)
}

// onOpenedDay reports whether event ev, told in a paragraph a day opens,
// happened on that day: not where its clause puts it before or after
// ("had led", "later confirmed"), or not yet ("will meet"), nor in a
// relative clause that describes someone, nor where it is going on as
// the report is written ("On Wednesday prosecutors questioned Dorn.
// Supporters are protesting outside the court").
func (d *doc) onOpenedDay(ev *event) bool {
	if d.anterior(ev) || d.toldEarlier(ev) || d.markedEarlier(ev) || d.markedLater(ev) || d.describes(ev) || d.ongoing(ev) {
		return false // "are protesting": going on as the report is written (dateOngoing)
	}
	// what is said in the sentence the day opens is its reporting tail
	// ("On Thursday police detained two students, the minister said"),
	// not said that day
	return !d.spoken(ev) || d.openingDay(ev.sent) == ""
}

// markedLater reports whether event ev's verb has an adverb of laterWords:
// "The court later confirmed the vote" is not the day its paragraph opens
// with.
func (d *doc) markedLater(ev *event) bool {
	x, v := d.eventTree(ev)
	if x == nil || ev.noun || v < 0 {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(v, "advmod"), func(c int) bool { return laterWords[strings.ToLower(x.tree.Words[c])] })
}

// laterWords mark a clause's act as after the time told before it.
var laterWords = set("later afterwards subsequently eventually")

// earlierWords mark a clause's act as before the time it is told at:
// "had earlier arrested", "had already resigned", "had previously met".
var earlierWords = set("earlier already previously")

// markedEarlier reports whether verb v's own adverb puts its act before
// the time of the clause it is told in ("said on Monday that police had
// earlier arrested X"): the day of the telling does not date it.
func (x *syntax) markedEarlier(v int) bool {
	if v < 0 {
		return false
	}
	for _, c := range x.childrenWith(v, "advmod") {
		if earlierWords[strings.ToLower(x.tree.Words[c])] {
			return true
		}
	}
	return false
}

// habit reports a verb v that a word of its own makes a habit or a span,
// not one day's act: "has been arrested a dozen times", "has long
// opposed".
func (x *syntax) habit(v int) bool {
	for _, c := range x.childrenWith(v, "advmod", "obl", "obl:tmod", "obj", "nmod:npmod", "obl:npmod") {
		if habitWords[strings.ToLower(x.lemma(c))] {
			return true
		}
	}
	return false
}

// tailRels are the relations a parse gives a reporting tail and the
// clause before it.
var tailRels = set("parataxis", "advcl", "conj", "dep")

// speechWords are the one-word verbs of reported speech of data/triggers.tsv.
var speechWords = func() map[string]bool {
	out := map[string]bool{}
	for _, ts := range triggers {
		for _, t := range ts {
			if len(t.words) == 1 && t.speech {
				out[t.words[0]] = true
			}
		}
	}
	return out
}()

// scenePlace is the one place that a sentence before si in its
// paragraph names with no verb, as a live blog sets a scene ("Some
// trouble in the eastern city of Kovar."), where no sentence between
// names another; -1 for none.
func (d *doc) scenePlace(si int) int {
	for k := si - 1; k >= 0 && d.sents[k].para == d.sents[si].para && !d.sents[k].headline; k-- {
		place := -1
		for _, mi := range d.sentMents[k] {
			for _, e := range d.refs(&d.ments[mi]) {
				if d.ents[e].kind != polgraph.KindPlace || place == e {
					continue
				}
				if place >= 0 {
					return -1 // two places: no one scene
				}
				place = e
			}
		}
		x := d.taggedOf(k)
		if x != nil && !slices.ContainsFunc(x.tree.UPOS, func(p string) bool { return p == "VERB" || p == "AUX" }) {
			return place
		}
		if place >= 0 {
			return -1 // a place told in a clause of its own: no scene past it
		}
	}
	return -1
}

// toldBeforePhrase is the event told before that definite noun event ev
// refers back to where an undated verb phrase names ev as its object
// ("claimed responsibility for the attack"), which it makes the phrase
// the same event as; else nil.
func (d *doc) toldBeforePhrase(ev *event) *event {
	p := d.phraseNaming(ev)
	if p == nil || p.date != "" || p.dropped || p.same != nil {
		return nil
	}
	o := d.lastOfType(slices.Index(d.events, p), ev.typ)
	if o == nil || o.sent >= p.sent {
		return nil
	}
	if o = o.kept(); o == nil || o == p {
		return nil
	}
	p.same = o
	return o
}

// phrasesNamingNouns are the verb phrase triggers that name a noun event
// of their type as their object (phraseNaming): each is the noun's event,
// and the time of its verb is another act's (the claim's).
func (d *doc) phrasesNamingNouns() map[*event]bool {
	named := map[*event]bool{}
	for _, ev := range d.events {
		if ev.noun {
			if o := d.phraseNaming(ev); o != nil {
				named[o] = true
			}
		}
	}
	return named
}

// phraseNaming is the verb phrase trigger of noun event ev's type that
// names the noun as its object right after its last word ("claimed
// responsibility for the attack", "Friday's attack"), or nil.
func (d *doc) phraseNaming(ev *event) *event {
	for _, o := range d.evSent[ev.sent] {
		if o == ev || o.noun || o.typ != ev.typ || o.trig[1]-o.trig[0] < 3 || o.trig[1] > ev.trig[0] || ev.trig[0]-o.trig[1] > 3 {
			continue
		}
		between := true
		for i := o.trig[1]; i < ev.trig[0]; i++ {
			if l := d.toks[i].lower; !determiners[l] && !calendarWords[l] && l != "'s" && l != "’s" {
				between = false
			}
		}
		if between {
			return o
		}
	}
	return nil
}

// tollOf reports a casualty verb w whose subject is one of the event's
// words: "bombings on Aug. 7 killed 258 people" count the bombings' toll,
// and the time on the count is the bombings'.
func (x *syntax) tollOf(w int, own map[int]bool) bool {
	return casualtyVerbs[strings.ToLower(x.tree.Words[w])] && slices.ContainsFunc(x.childrenWith(w, "nsubj"), func(s int) bool { return own[s] })
}

// implicativeVerbs take an infinitive that tells what their subject did
// ("decided to resign"), dated as they are.
var implicativeVerbs = wordSet("implicative_verbs.txt")

// sequenceCases order one event after or before another ("after the
// arrest", "following the killing", "led it until his conviction").
var sequenceCases = set("after following since before upon until")

// timeAfterSequenceNoun reports a time (its first word tw) that the tree
// hangs on w, the verb a connective of sequence hangs event noun n on,
// where the time follows right on n's phrase: in "gathered after the
// detention of Nino Beridze on Sunday", "After Volkov's arrest in March,
// his lawyers appealed", "protests erupted following the killing of X on
// Saturday" the parse hangs the time on the verb, but the noun's phrase
// it closes is as much its owner, and a noun told as what came first has
// no other time. The verb keeps it too.
func (x *syntax) timeAfterSequenceNoun(n, w, tw int) bool {
	if n < 0 || w < 0 || tw < 0 {
		return false
	}
	c := x.head(n) // what the time may hang on: w, or the connective between
	switch {
	case x.baseRel(n) == "obl" && sequenceCases[x.caseOf(n)]:
		if c != w {
			return false
		}
	case x.baseRel(n) == "obj" && c >= 0 && sequenceCases[strings.ToLower(x.tree.Words[c])]:
		if c != w && x.head(c) != w { // "following" read as a participle
			return false
		}
	default:
		return false
	}
	th := tw // the time's phrase: the word under w or c that holds it
	for k := 0; th >= 0 && x.head(th) != w && x.head(th) != c && k < len(x.tree.Words); k++ {
		th = x.head(th)
	}
	if th < 0 || x.dominates(th, n) {
		return false
	}
	return x.phraseStart(th) == slices.Max(x.subtree(n, nil))+1
}

// deadlineWords open a time by which something is to be done.
var deadlineWords = set("by until before")

// timeForObject reports a time tw in a "for" phrase of verb v whose object
// is the noun n: the time the thing is set for, not when it was set
// ("called a snap election for April 28", "set the vote for June 1").
func (x *syntax) timeForObject(n, v, tw int) bool {
	return n >= 0 && tw >= 0 && x.head(n) == v && x.baseRel(n) == "obj" && x.head(tw) == v && x.caseOf(tw) == "for"
}

// objectOf is verb v's first object, or -1.
func (x *syntax) objectOf(v int) int {
	if os := x.childrenWith(v, "obj"); len(os) > 0 {
		return os[0]
	}
	return -1
}

// deadlineOnInfinitive reports a time at token ti that a deadline word
// opens and the tree hangs on an infinitive other than the event's own
// words: the time bounds what is to be done ("to resign by Friday").
func (d *doc) deadlineOnInfinitive(x *syntax, ti int, own map[int]bool) bool {
	w := x.at(ti)
	if w < 0 || ti == 0 || !deadlineWords[d.toks[ti-1].lower] {
		return false
	}
	h := x.head(w)
	return h >= 0 && !own[h] && x.isVerb(h) && x.marked(h, "to")
}

// askedAt reports whether a past time (value, at token ti) on the
// infinitive a request asks for (word w) dates the request: "called on
// Dorn to resign on Monday" asked on Monday for what has not happened;
// "by Friday" is a deadline.
func (d *doc) askedAt(x *syntax, ev *event, w int, value string, ti int) bool {
	if date, _ := eventDate(value); ev.typ != "REQUEST" || ev.noun || d.afterPublication(date) || x.head(w) != x.eventWord(ev) {
		return false
	}
	if ti > 0 && deadlineWords[d.toks[ti-1].lower] {
		return false
	}
	return x.rel(w) == "xcomp" || x.baseRel(w) == "advcl" && x.markOf(w) == "to"
}

// asideOn reports whether verb v is a participle's aside on verb w, with
// no subject of its own: "spoke on Tuesday, asking for calm" asks when it
// speaks, and w's time is v's.
func (x *syntax) asideOn(v, w int) bool {
	return v >= 0 && x.head(v) == w && x.circumstance(v) && x.isVerb(w)
}

// datesNoun reports whether a possessive time ("last year's") is followed,
// within three words, by the event's own noun trigger.
func (d *doc) datesNoun(t timeExpr, ev *event) bool {
	return ev.noun && d.toks[ev.trig[0]].start > t.end && d.toks[ev.trig[0]].start-t.end < 40
}

// timeDist is how far a time is from a trigger; a time after its verb
// ("spoke to a diplomat in February 2021") binds closer than one before
// the next verb.
func timeDist(t, trig int) int {
	if t < trig {
		return 2 * (trig - t)
	}
	return t - trig
}

func between(x, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	return a < x && x < b
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// timesOf returns the time expressions of sentence si.
func (d *doc) timesOf(si int) []timeExpr {
	lo, _ := slices.BinarySearchFunc(d.times, si, func(t timeExpr, si int) int { return t.sent - si })
	hi := lo
	for hi < len(d.times) && d.times[hi].sent == si {
		hi++
	}
	return d.times[lo:hi]
}

// corefEvent is an earlier dated event of the same type that shares a
// patient (or, without patients, an agent) with event i: the same event told again.
func (d *doc) corefEvent(i int) *event {
	ev := d.events[i]
	key := d.coreParts(ev)
	if len(key) == 0 {
		return nil
	}
	for j := i - 1; j >= 0 && j >= i-corefWindow; j-- {
		o := d.events[j]
		if o.typ != ev.typ || o.date == "" || ev.typ == "LEGAL_ACTION" && !d.sameStage(o, ev) {
			continue
		}
		for _, e := range d.coreParts(o) {
			if slices.Contains(key, e) {
				return o
			}
		}
	}
	return nil
}

// sameStage reports whether two legal actions are told by the same verb
// ("charged" twice) or one is a noun: being charged and being sentenced
// are two steps of a case, not one event told again.
func (d *doc) sameStage(a, b *event) bool {
	if a.noun || b.noun {
		return true
	}
	wa, wb := d.toks[a.trig[0]].lower, d.toks[b.trig[0]].lower
	return wa[:min(4, len(wa))] == wb[:min(4, len(wb))]
}

// corefWindow is how many events back a retelling of an event is looked
// for; it keeps long articles linear.
const corefWindow = 100

// coreParts are the patients of an event: who is arrested or freed names
// the event; a source or agent alone does not (an outlet reports often).
func (d *doc) coreParts(ev *event) []int {
	var pat []int
	for _, p := range ev.parts {
		switch p.role {
		case "patient":
			pat = append(pat, p.ent)
		case "place":
			if ev.typ == "ATTACK" {
				pat = append(pat, p.ent)
			}
		}
	}
	return pat
}

// leadTime is the first dated time of the two sentences after the lead
// sentence that tells event ev, where it tells ev again.
func (d *doc) leadTime(ev *event) string {
	si := ev.sent
	for k := si - 1; k >= 0 && k >= si-2; k-- { // "OSLO, March 3 (Reuters) -"
		if d.sents[k].dateline {
			for _, t := range d.timesOf(k) {
				if _, p := eventDate(t.value); p == polgraph.PrecisionDay {
					return t.value
				}
			}
		}
	}
	// the lead's news is recent: a day or a month dates it, a bare year
	// in the next sentences is background ("joined the party in 2010"),
	// as is a month years back ("In March 2021 X was elected")
	for k := si + 1; k < len(d.sents) && k <= si+2; k++ {
		if d.sents[k].dateline {
			break // a round-up's next story, filed from elsewhere
		}
		for _, t := range d.timesOf(k) {
			if _, p := eventDate(t.value); p == polgraph.PrecisionDay || p == polgraph.PrecisionMonth && d.recentMonth(t.value) {
				if d.datesOtherAct(ev, k, t.value) || d.othersActAt(ev, k, t) {
					// "He was arrested by police. Ana Holm was charged on
					// Tuesday.": the story has moved on to another act
					return ""
				}
				return t.value
			}
		}
	}
	return ""
}

// datesOtherAct reports whether time value dates an act of sentence k
// other than event ev: an event of another type that the time's clause
// tells, not words that tell ev again ("made the announcement on
// Wednesday").
func (d *doc) datesOtherAct(ev *event, k int, value string) bool {
	for _, o := range d.evSent[k] {
		if o.typ != ev.typ && !spokenTypes[o.typ] && o.typ != "REPORT" && o.dateFrom == "sentence" && o.date == value {
			return true
		}
	}
	return false
}

// othersActAt reports whether time t of sentence k dates a verb whose
// subject is none of event ev's participants, and whose verb tells of no
// words: in "Police arrested Ivo Dorn. On Tuesday the finance committee
// amended the budget." the time is the committee's act, not the lead's. A
// pronoun may stand for a participant ("He made the announcement on
// Tuesday").
func (d *doc) othersActAt(ev *event, k int, t timeExpr) bool {
	x := d.syntaxOf(k)
	ti := d.tokenAt(t.start)
	if x == nil || ti < 0 {
		return false
	}
	w := x.timeOwner(ti, d.tokenBefore(t.end)+1, d.isEventWord(x, k))
	if w < 0 || !x.isVerb(w) {
		return false
	}
	subj := x.childrenWith(w, "nsubj", "nsubj:pass")
	if len(subj) == 0 || x.pos(subj[0]) == "PRON" || tellingWord(x.tree.Words[w]) {
		return false // "A spokesman confirmed the news on Tuesday": the lead told again
	}
	for _, mi := range d.sentMents[k] {
		if m := &d.ments[mi]; x.dominates(subj[0], x.at(m.first)) && slices.ContainsFunc(d.refs(m), ev.has) {
			return false
		}
	}
	return true
}

// tellingWord reports a verb form that tells of words: a trigger of
// reported speech, a statement or a report ("confirmed", "announced").
func tellingWord(w string) bool {
	return slices.ContainsFunc(triggers[strings.ToLower(w)], func(t trigger) bool {
		return !t.noun && (t.speech || spokenTypes[t.typ] || t.typ == "REPORT")
	})
}

// recentMonths is how many months before its publication a month may be
// and still date an article's news.
const recentMonths = 3

// recentMonth reports whether month value ("2021-03") is at most
// recentMonths before the article's publication, or the article has no
// publication date to tell.
func (d *doc) recentMonth(value string) bool {
	t, err := time.Parse("2006-01", value)
	if d.dct.IsZero() || err != nil {
		return true
	}
	return !t.Before(time.Date(d.dct.Year(), d.dct.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -recentMonths, 0))
}

// anterior reports whether the event's clause marks it as before the story
// or not yet real: past perfect, "earlier", modals.
func (d *doc) anterior(ev *event) bool {
	if x, v := d.eventTree(ev); x != nil && !ev.noun && v >= 0 && x.isVerb(v) {
		// the tree tells the verb's own clause: not "An amendment, which
		// would have capped rents, was defeated"
		return x.anteriorClause(v)
	}
	s := &d.sents[ev.sent]
	for j := s.first; j < ev.trig[0]; j++ {
		switch d.toks[j].lower {
		case "earlier", "previously", "recently", "once", "formerly", "will", "would", "could", "may", "might", "should", "must":
			return true
		}
	}
	for j := ev.trig[0] - 1; j >= s.first && j >= ev.trig[0]-3; j-- {
		if d.toks[j].lower == "had" {
			return true
		}
	}
	return false
}

// anteriorWords, as an auxiliary or an adverb of a verb, put its event
// before the story or not yet real.
var anteriorWords = set("earlier", "previously", "recently", "once", "formerly", "will", "would", "could", "may", "might", "should", "must")

// anteriorClause reports a verb v whose clause is in the past perfect
// ("had resigned"), under a modal ("would resign") or told as earlier
// ("previously led"), by its own auxiliaries and adverbs or those of the
// verb whose infinitive it is ("would try to arrest") or whose subject
// and auxiliaries it shares as a conjunct ("had resigned and joined").
func (x *syntax) anteriorClause(v int) bool {
	for n := 0; v >= 0 && n < 4; n++ {
		for _, c := range x.childrenWith(v, "aux", "advmod") {
			if w := strings.ToLower(x.tree.Words[c]); anteriorWords[w] || w == "had" && x.rel(c) == "aux" {
				return true
			}
		}
		if r := x.rel(v); r != "xcomp" && !(r == "conj" && len(x.childrenWith(v, "nsubj", "nsubj:pass", "aux")) == 0) {
			return false
		}
		v = x.head(v)
	}
	return false
}

// protestMet is the protest another verb of its sentence tells, which
// protest ev, told by what police did to it, met; or nil.
func (d *doc) protestMet(ev *event) *event {
	if !ev.met || ev.dropped {
		return nil
	}
	for _, o := range d.evSent[ev.sent] {
		if o != ev && o.typ == "PROTEST" && !o.met && !o.noun && !o.dropped {
			return o
		}
	}
	return nil
}

// conjoinedOfType is the event of ev's type whose verb ev's verb is
// conjoined to with no subject of its own, or nil: the second verb goes
// on telling the first's event.
func (d *doc) conjoinedOfType(ev *event) *event {
	if ev.noun || ev.dropped {
		return nil
	}
	x, v := d.eventTree(ev)
	if v < 0 || x.rel(v) != "conj" || len(x.childrenWith(v, "nsubj", "nsubj:pass")) > 0 {
		return nil
	}
	for _, o := range d.evSent[ev.sent] {
		if o != ev && !o.dropped && !o.noun && o.typ == ev.typ && x.eventWord(o) == x.head(v) && compatible(o.date, ev.date) && alleged(o) == alleged(ev) &&
			!slices.ContainsFunc(ev.parts, func(p part) bool { return !o.has(p.ent) && (p.role == "agent" || p.role == objectRole[ev.typ]) }) && !d.toldAsLater(o, ev) {
			return o // not "arrested Dorn and detained Lisk": two arrests; nor "met X and later visited a shipyard": two visits
		}
	}
	return nil
}

// reportThatSays is the report told by the verb whose subject is the
// report noun that report ev's participle is on ("the report, published
// by the institute on Monday, said"), or nil: the participle tells of the
// same report.
func (d *doc) reportThatSays(ev *event) *event {
	if ev.typ != "REPORT" || ev.noun || ev.dropped {
		return nil
	}
	x, v := d.eventTree(ev)
	if v < 0 || x.rel(v) != "acl" {
		return nil
	}
	n := x.head(v)
	if n < 0 || deniedNouns[strings.ToLower(x.lemma(n))] != "report" || x.baseRel(n) != "nsubj" {
		return nil
	}
	for _, o := range d.evSent[ev.sent] {
		if o != ev && !o.dropped && !o.noun && o.typ == "REPORT" && x.eventWord(o) == x.head(n) && compatible(o.date, ev.date) {
			return o
		}
	}
	return nil
}

// toldAsRequest reports a statement verb that reports nothing of its own
// but a request in a participle on it: in "wrote to the Speaker on
// Wednesday asking him to declare the seats vacant" the writing is the
// asking, one REQUEST, not a statement beside it.
func (d *doc) toldAsRequest(ev *event) bool {
	if ev.typ != "STATEMENT" || ev.noun {
		return false
	}
	x, v := d.eventTree(ev)
	if v < 0 || !x.isVerb(v) || len(x.childrenWith(v, "ccomp", "parataxis")) > 0 {
		return false
	}
	for _, o := range d.evSent[ev.sent] {
		if o != ev && !o.dropped && !o.noun && o.typ == "REQUEST" {
			if w := x.eventWord(o); w >= 0 && x.head(w) == v && x.circumstance(w) {
				return true
			}
		}
	}
	return false
}

// electionDeclared is, for an election ev told by who was declared its
// winner ("declared Ada Holm the winner", "Holm was declared the winner"),
// the election the story told in the sentences just before, which the
// declaration ends, or nil: the last one told within two sentences, in
// no other place, won by no one else.
func (d *doc) electionDeclared(i int, ev *event) *event {
	if ev.typ != "ELECTION" || ev.noun || ev.dropped || !d.winnerDeclaration(ev) {
		return nil
	}
	for j := i - 1; j >= 0; j-- {
		o := d.events[j]
		if ev.sent-o.sent > 2 {
			return nil
		}
		if o.sent == ev.sent || o.typ != "ELECTION" || o.dropped || o.sought {
			continue
		}
		if d.placesApart(o, ev) || slices.ContainsFunc(o.withRole("agent"), func(e int) bool { return !ev.has(e) }) ||
			slices.ContainsFunc(ev.withRole("agent"), func(e int) bool { return o.has(e) && !slices.Contains(o.withRole("agent"), e) }) {
			return nil // another race, one someone else won, or one the winner lost ("lost in 2019; on Sunday she was declared the winner")
		}
		if o.date != "" && ev.date != "" && (o.date > ev.date || o.date[:4] != ev.date[:4]) {
			return nil // an election of another year, or after the declaration
		}
		return o
	}
	return nil
}

// winnerDeclaration reports an event told by a verb that declares its
// winner: a declares-winner row of data/triggers.tsv, or a phrase with a
// winner noun ("was declared the winner").
func (d *doc) winnerDeclaration(ev *event) bool {
	for k := ev.trig[0]; k < ev.trig[1]; k++ {
		if winnerNouns[d.toks[k].lower] {
			return true
		}
	}
	return slices.ContainsFunc(triggers[d.toks[ev.trig[0]].lower], func(t trigger) bool { return t.winner && len(t.words) == 1 }) &&
		ev.trig[1]-ev.trig[0] == 1 && d.declaredWinner(ev.sent, ev.trig[0], 1) >= 0
}

// mergeEvents drops nominal mentions of events already told by a verb,
// joins nominal mentions of one event, then events with the same id.
func (d *doc) mergeEvents() {
	for _, ev := range d.events {
		if ev.typ == "ARREST" {
			// "the arrest of Mozambique's best-known opposition leader":
			// a state is no one arrested, whose leader the possessor names
			ev.parts = slices.DeleteFunc(ev.parts, func(p part) bool {
				return p.role == "patient" && d.ents[p.ent].kind == polgraph.KindCountry
			})
		}
		if c := d.votingChamber(ev); c >= 0 && !ev.hasRole("agent") {
			// "MPs voted 312 to 250 ... in the House of Commons",
			// "Deputies in the State Duma voted to ratify the treaty with
			// North Korea": the chamber the unnamed members vote in
			ev.add(c, "participant")
		} else if c := d.membersChamber(ev); c >= 0 && !ev.hasRole("agent") {
			ev.add(c, "agent") // "MPs approved the package on Tuesday"
		} else if c := d.measureChamber(ev); c >= 0 {
			ev.add(c, "participant") // "The motion was carried by 110 votes to 79"
		}
		if !ev.noun && len(ev.parts) == 0 {
			if p := d.scenePlace(ev.sent); p >= 0 {
				ev.add(p, "place") // "Some trouble in Kovar. Police detained eleven people"
				continue
			}
			if p := d.filedFrom(ev.sent); p >= 0 && ev.typ == "PROTEST" && !d.namesPlace(ev.sent) {
				ev.add(p, "place") // "TBILISI - ... as thousands of protesters gathered outside parliament"
				continue
			}
			ev.dropped, ev.nameless = true, true // "three men were also deported": nothing to link
		}
		if _, v := d.callRefusal(ev); d.blocked(ev) && v < 0 {
			ev.dropped = true // "vetoed the sanctions package": stopped, not done; a call refused was still made
		}
		if d.toldAsRequest(ev) {
			ev.dropped = true // "wrote to the Speaker asking him to act": the letter is the request
		}
		if o := d.protestMet(ev); o != nil {
			// "Police used water cannon against protesters in X, as
			// thousands rallied against the government": one protest
			for _, p := range ev.parts {
				o.add(p.ent, p.role)
			}
			ev.dropped, ev.same = true, o
			continue
		}
		if o := d.reportThatSays(ev); o != nil {
			// "the report, published by the institute on Monday, said
			// ...": one report, published and saying
			for _, p := range ev.parts {
				o.add(p.ent, p.role)
			}
			ev.dropped, ev.same = true, o
			continue
		}
		if o := d.conjoinedOfType(ev); o != nil {
			// "went to the High Court on Wednesday and filed a petition":
			// one legal action, told in two verbs
			for _, p := range ev.parts {
				o.add(p.ent, p.role)
			}
			ev.dropped, ev.same = true, o
		}
	}
	for i, ev := range d.events {
		if o := d.electionDeclared(i, ev); o != nil {
			// "Ghana voted on Thursday. The commission declared Ada
			// Holm the winner on Sunday": she won Thursday's election;
			// the day of the declaration is not the election's
			for _, p := range ev.parts {
				o.add(p.ent, p.role)
			}
			ev.dropped, ev.same = true, o
		}
	}
	for _, ev := range d.events {
		// sought, not done, before anything may be taken for a later
		// mention of it
		ev.sought = ev.noun && d.soughtResult(ev)
		ev.dropped = ev.dropped || ev.sought
	}
	for i, ev := range d.events {
		if !ev.noun || ev.sought {
			continue
		}
		if d.inSpeakersWords(ev) {
			// "people familiar with the investigation said": who speaks,
			// not what happened
			ev.dropped = true
			continue
		}
		if d.definite(ev) {
			if o := d.toldBeforePhrase(ev); o != nil {
				// "A bomb killed 12 people on Tuesday. The Front claimed
				// responsibility for the attack on Wednesday": the bombing,
				// which the phrase naming the noun claims
				for _, p := range ev.parts {
					o.add(p.ent, p.role)
				}
				ev.dropped, ev.toldBefore = true, o
				continue
			}
			// "the attacks", "the arrest": an event told before
			// o.kept(), not a walk along same, which can circle: the earlier
			// mention may have been merged into ev, whose own same (the
			// event its date came from) leads back to it
			if o := d.lastOfType(i, ev.typ); o != nil && o.kept() != ev {
				if o = o.kept(); o != nil {
					for _, p := range ev.parts {
						o.add(p.ent, p.role)
					}
					if ev.dateFrom == "sentence" && len(ev.date) > len(o.date) && compatible(ev.date, o.date) {
						o.date, o.prec, o.dateFrom = ev.date, ev.prec, ev.dateFrom
					}
				}
				ev.dropped, ev.toldBefore = true, o
				continue
			}
		}
		if len(ev.parts) == 0 || d.requested(ev) {
			ev.dropped = true // "called for her resignation": asked for, not done
			continue
		}
		if o := d.phraseNaming(ev); o != nil {
			// "claimed responsibility for Friday's attack": the attack
			// the phrase tells, whoever claims it, dated by the noun
			for _, p := range ev.parts {
				o.add(p.ent, p.role)
			}
			if o.date == "" {
				o.date, o.prec, o.dateFrom = ev.date, ev.prec, ev.dateFrom
			}
			ev.dropped, ev.same = true, o
			continue
		}
		for _, o := range d.events[max(0, i-corefWindow):min(len(d.events), i+corefWindow)] {
			if o == ev || o.dropped || o.typ != ev.typ {
				continue
			}
			if !o.noun && alleged(o) == alleged(ev) && (shares(o, ev) && compatible(o.date, ev.date) || o.sent == ev.sent) && !d.relativeApart(ev, o) {
				if o.date == "" && o.sent == ev.sent && ev.dateFrom == "sentence" {
					// "lost its majority in an election in October": the
					// verb's event, named and dated by the noun
					o.date, o.prec, o.dateFrom = ev.date, ev.prec, ev.dateFrom
				}
				ev.dropped, ev.same = true, o
				break
			}
			if o.noun && shares(o, ev) && compatible(o.date, ev.date) && len(o.date) >= len(ev.date) {
				for _, p := range ev.parts {
					o.add(p.ent, p.role)
				}
				ev.dropped, ev.same = true, o
				break
			}
		}
	}
	for _, ev := range d.events {
		if ev.same != nil && !ev.dropped && !ev.same.dropped {
			for _, p := range ev.parts {
				ev.same.add(p.ent, p.role)
			}
			ev.dropped = true
		}
	}
	d.foldIntoEcho()
	for i, ev := range d.events {
		if ev.dropped || ev.date == "" {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-corefWindow; j-- {
			o := d.events[j]
			if ev.sent-o.sent > 2 {
				break
			}
			if o.dropped || o.sent == ev.sent || o.typ != ev.typ || o.date != ev.date || d.conflict(o, ev) || d.deniesApart(o, ev) {
				continue
			}
			// "The two leaders have signed" then "Varga and Holm signed":
			// one event told twice
			for _, p := range ev.parts {
				o.add(p.ent, p.role)
			}
			ev.dropped, ev.same = true, o
			break
		}
	}
	byID := map[string]*event{}
	for _, ev := range d.events {
		if ev.dropped {
			continue
		}
		ev.conf = confidence(ev)
		id := d.eventID(ev)
		if o, ok := byID[id]; ok && d.retorts(o, ev) {
			ev.retort = true
			id = d.eventID(ev)
		}
		if o, ok := byID[id]; ok && (d.placesApart(o, ev) || d.peopleApart(o, ev) || d.toldAsLater(o, ev) || d.deniesApart(o, ev)) {
			// "visited a shipyard in Busan. She then met X in Seoul": one
			// agent's acts of a day in two towns are two events; so are
			// its meetings with two people
			ev.apart = true
			id = d.eventID(ev)
		}
		if o, ok := byID[id]; ok {
			for _, p := range ev.parts {
				o.add(p.ent, p.role)
			}
			if a := d.agentOf(ev); a >= 0 && ev.typ == "DENIAL" && !o.hasRole("agent") {
				// "A spokesman for the ministry denied the report, saying
				// the minister had not seen the memo. Kell's office said
				// the story was false": who one telling names the denier
				// denies in both, not only what the other was about
				o.setRole(a, "agent")
			}
			o.conf = max(o.conf, ev.conf)
			ev.dropped, ev.same = true, o
			continue
		}
		byID[id] = ev
	}
}

// retorts reports a spoken event whose speaker is not the speaker of o,
// an event of its type, day and names: what one said of the other and
// what the other said back are two events, though an id on names alone
// does not tell them apart.
func (d *doc) retorts(o, ev *event) bool {
	if !d.spoken(o) && !d.spoken(ev) {
		return false
	}
	x, y := d.agentOf(o), d.agentOf(ev)
	return x >= 0 && y >= 0 && x != y
}

// conflict reports two events that cannot be one: both have patients and
// share none.
func (d *doc) conflict(a, b *event) bool {
	if d.spoken(a) || d.spoken(b) {
		// what two speakers said (or denied, or asked) are two events
		if x, y := d.agentOf(a), d.agentOf(b); x >= 0 && y >= 0 && x != y {
			return true
		}
		if disjoint(a.accused(), b.accused()) {
			// "accused Dorn of lying ... also accused his party of taking
			// money": one speaker's words against two others, two events;
			// so are "Prosecutors allege that Brenn took bribes. The
			// indictment also accuses his aide, Lena Fuchs, of forgery"
			return true
		}
		if d.agentOf(a) >= 0 && d.spokenBySomeoneElse(b) || d.agentOf(b) >= 0 && d.spokenBySomeoneElse(a) {
			// "Dunst called on Keller to publish the memo. A reporter
			// asked Keller whether she would resign": two askers
			return true
		}
	}
	if a.typ == "VOTE" && b.typ == "VOTE" {
		// "The bill passed its second reading ... An amendment was
		// defeated": votes on two measures are two votes
		if ma, mb := d.measureVoted(a), d.measureVoted(b); ma != "" && mb != "" && ma != mb {
			return true
		}
	}
	if a.typ == "DENIAL" && b.typ == "DENIAL" && d.deniedClaimOwner(a) != d.deniedClaimOwner(b) {
		// "denied that the law targets the media ... dismissed a report
		// by Kestrelnews that ...": what two claims say, two denials
		return true
	}
	if ca, cb := d.agentStates(a), d.agentStates(b); len(ca) > 0 && len(cb) > 0 && !slices.ContainsFunc(ca, func(c string) bool { return slices.Contains(cb, c) }) {
		// "Ukraine's parliament voted on Tuesday ... Moldova's parliament
		// voted on Tuesday": two states' bodies, two acts
		return true
	}
	// "X defected from A ... A B councillor has also defected": who left
	// two bodies did two things; who acted in two towns, too
	return disjoint(d.coreParts(a), d.coreParts(b)) || disjoint(a.withRole("organization"), b.withRole("organization")) || d.placesApart(a, b) || d.peopleApart(a, b)
}

// accused are the ones event ev accuses: its targets, or the doers of
// an act of wrongdoing told on someone's word, which become its targets
// once it is read as the accusation it is (accuseWrongdoers).
func (ev *event) accused() []int {
	if ev.wrongdoing {
		return ev.withRole("agent")
	}
	return ev.withRole("target")
}

// measureVoted is the word of measureNouns ("bill", "amendment") that a
// vote's verb has as its subject or object, or a conjunct of one, as the
// parse gives it; else "".
func (d *doc) measureVoted(ev *event) string {
	x, v := d.eventTree(ev)
	if x == nil || ev.noun || v < 0 || !x.isVerb(v) {
		return ""
	}
	for _, c := range x.childrenWith(v, "nsubj", "nsubj:pass", "obj") {
		for _, w := range append([]int{c}, x.childrenWith(c, "conj")...) {
			if l := strings.ToLower(x.lemma(w)); measureNouns[l] {
				return l
			}
		}
	}
	return ""
}

// spokenBySomeoneElse reports an event with no agent whose verb's subject
// is someone the story brings in unnamed, with "a" or "another" ("a
// reporter asked", "another official said"): no one named before.
func (d *doc) spokenBySomeoneElse(ev *event) bool {
	if d.agentOf(ev) >= 0 || ev.noun {
		return false
	}
	x, v := d.eventTree(ev)
	if v < 0 {
		return false
	}
	for _, s := range x.childrenWith(v, "nsubj") {
		for _, c := range x.childrenWith(s, "det") {
			if l := strings.ToLower(x.tree.Words[c]); x.pos(s) == "NOUN" && (l == "a" || l == "an" || l == "another") {
				return true
			}
		}
	}
	return false
}

// peopleApart reports two events each told with people besides their
// agents and patients, none of them in the other in any role: "met X on
// Friday. She also met Y" are two meetings; "accused Dorn of meeting X.
// Dorn denied meeting him" is one, whoever "him" was taken for.
func (d *doc) peopleApart(a, b *event) bool {
	oa, ob := d.othersOf(a), d.othersOf(b)
	return len(oa) > 0 && len(ob) > 0 && !slices.ContainsFunc(oa, b.has) && !slices.ContainsFunc(ob, a.has)
}

// othersOf are the people an event names as its participants, whom a
// meeting is held with.
func (d *doc) othersOf(ev *event) []int {
	var out []int
	for _, e := range ev.withRole("participant") {
		if d.ents[e].kind == polgraph.KindPerson {
			out = append(out, e)
		}
	}
	return out
}

// placesApart reports two events each told in towns or regions, none
// of them the other's: "met X in Tokyo" and "visited a shipyard in Busan"
// are not one event, whatever their type and day.
func (d *doc) placesApart(a, b *event) bool {
	return disjoint(d.townsOf(a), d.townsOf(b))
}

// toldAsLater reports two acts one sentence tells by two verbs, the
// later's joined to the earlier's with a word of sequence: "met X in
// Lyon and later visited a shipyard there" tells two visits, though one
// agent, type, day and town would take them for one.
func (d *doc) toldAsLater(a, b *event) bool {
	if a.noun || b.noun || a.sent != b.sent || a.trig == b.trig {
		return false
	}
	x := d.syntaxOf(a.sent)
	if x == nil {
		return false
	}
	va, vb := x.eventWord(a), x.eventWord(b)
	if va < 0 || vb < 0 || va == vb {
		return false
	}
	if va > vb {
		va, vb = vb, va
	}
	if x.head(vb) != va || x.baseRel(vb) != "conj" {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(vb, "advmod"), func(c int) bool {
		return sequenceAdverbs[strings.ToLower(x.tree.Words[c])]
	})
}

// sequenceAdverbs tell an act as coming after another
// (data/words/sequence_adverbs.txt).
var sequenceAdverbs = wordSet("sequence_adverbs.txt")

// townsOf are an event's places that are places proper, not countries
// ("in Japan" may stand beside "in Tokyo" for one meeting).
func (d *doc) townsOf(ev *event) []int {
	var out []int
	for _, e := range ev.withRole("place") {
		if d.ents[e].kind == polgraph.KindPlace {
			out = append(out, e)
		}
	}
	return out
}

// disjoint reports two lists of entities, neither empty, that share none.
func disjoint(a, b []int) bool {
	return len(a) > 0 && len(b) > 0 && !slices.ContainsFunc(a, func(e int) bool { return slices.Contains(b, e) })
}

// agentStates are the codes of the countries of an event's agents: each a
// country, a body of one, or a person the text gives an office of one.
func (d *doc) agentStates(ev *event) []string {
	var out []string
	for _, p := range ev.parts {
		if p.role != "agent" {
			continue
		}
		code := ""
		if c := d.countryOf(p.ent); c >= 0 && d.ents[c].gaz != nil {
			code = d.ents[c].gaz.Country
		} else if e := d.ents[p.ent]; e.scope != "" && isBody(e.kind) {
			code = strings.ToUpper(e.scope) // "Romania's Constitutional Court", a body no list knows
		}
		if code != "" && !slices.Contains(out, code) {
			out = append(out, code)
		}
	}
	return out
}

// soughtResult reports a noun event that a clause on a noun tells as what
// something would lead to: "a reward for information that leads to the
// arrest and conviction of X", "information leading to her arrest"; an
// arrest sought, not made. "Her testimony led to his arrest" tells it done.
func (d *doc) soughtResult(ev *event) bool {
	x, n := d.eventTree(ev)
	for n >= 0 && x.rel(n) == "conj" {
		n = x.head(n) // "the arrest and conviction"
	}
	if n < 0 || x.caseOf(n) != "to" {
		return false
	}
	v := x.head(n)
	return v >= 0 && resultVerbs[x.lemma(v)] && x.tree.XPOS[v] != "VBD" && strings.HasPrefix(x.rel(v), "acl")
}

// requested reports a noun event that a request in its sentence asks for:
// next to the request's verb, or inside its object as the tree reads it
// ("called for a parliamentary commission of inquiry").
func (d *doc) requested(ev *event) bool {
	x := d.syntaxOf(ev.sent)
	for _, o := range d.evSent[ev.sent] {
		if o.typ != "REQUEST" || o.noun {
			continue
		}
		if o.trig[1] <= ev.trig[0] && ev.trig[0]-o.trig[1] <= 3 {
			return true
		}
		if x == nil {
			continue
		}
		if n := x.eventWord(ev); x.hangsOn(x.eventWord(o), n) && !(x.baseRel(n) == "obl" && sequenceCases[x.caseOf(n)]) {
			return true // not "after his arrest, his lawyers appealed": what came before the asking
		}
	}
	return x != nil && x.objectOfDemand(x.eventWord(ev))
}

// objectOfDemand reports a noun n that is the object of a gerund the
// CAMEO dictionary reads, whatever its object, as a demand: in "protesters
// demanding the resignation of the minister", "marched to demand the
// resignation of the minister" no trigger tells the request
// (a participle on a noun is no act of a named one), but the resignation
// is still only asked for. A finite "ordered the arrest of" is left to
// the triggers: what a court orders is mostly done.
func (x *syntax) objectOfDemand(n int) bool {
	if n < 0 || x.baseRel(n) != "obj" {
		return false
	}
	v := x.head(n)
	if v < 0 || x.tree.XPOS[v] != "VBG" && !(x.tree.XPOS[v] == "VB" && x.marked(v, "to") && x.rel(v) != "root") {
		// "marched through the capital to demand the resignation of X":
		// an infinitive of purpose asks as a participle does
		return false
	}
	m, ok := cameo.Default().Lookup(cameo.Frame{Verb: x.lemma(v)})
	return ok && !m.Specific && m.Type == "REQUEST"
}

// blockingVerbs stop what their object names (data/words/blocking_verbs.txt).
var blockingVerbs = wordSet("blocking_verbs.txt")

// blocked reports an event told by a noun (the tree's, whatever the
// trigger table says: "sanctions", "calls") that a verb of its sentence
// stops from happening: its object, or inside it ("vetoed the EU's new
// sanctions package", "rejected calls for his resignation"). What answers
// words (an accusation, a report) is denied, not blocked: that is
// refutations'.
func (d *doc) blocked(ev *event) bool {
	switch ev.typ {
	case "ACCUSATION", "CRITICISM", "REPORT", "STATEMENT":
		return false
	}
	x, n := d.eventTree(ev)
	if n < 0 || x.pos(n) != "NOUN" {
		return false
	}
	for v := range x.tree.Words {
		if x.isVerb(v) && blockingVerbs[x.lemma(v)] && x.hangsOn(v, n) && !(ev.typ == "ELECTION" && x.votersDo(v)) && !x.outcomeBetween(n, v) {
			return true
		}
	}
	if (ev.typ == "MEETING" || ev.typ == "AGREEMENT") && x.baseRel(n) == "nsubj" && x.failingVerb(x.head(n)) {
		return true // "talks between Serbia and Kosovo broke down", "the deal collapsed": none held, none made
	}
	return false
}

// outcomeNouns name what an event came to or how it was run
// (data/words/outcome_nouns.txt).
var outcomeNouns = wordSet("outcome_nouns.txt")

// outcomeBetween reports a noun of outcomeNouns between event noun n and
// verb v, which n hangs on: "rejected the results of Saturday's election"
// rejects what the election came to, not the election, which was held.
func (x *syntax) outcomeBetween(n, v int) bool {
	for w := x.head(n); w >= 0 && w != v; w = x.head(w) {
		if outcomeNouns[strings.ToLower(x.lemma(w))] {
			return true
		}
	}
	return false
}

// votersDo reports a verb whose subject is the voters ("voters in Ireland
// rejected the referendum"): they reject at the ballot, so the vote was
// held, where a parliament that rejects a referendum stops it.
func (x *syntax) votersDo(v int) bool {
	return v >= 0 && slices.ContainsFunc(x.childrenWith(v, "nsubj"), func(s int) bool {
		return electorateNouns[strings.ToLower(x.tree.Words[s])]
	})
}

// failingVerbs tell that what their subject names came to nothing:
// lemma -> the particles it takes in that sense, or "-"
// (data/words/failing_verbs.tsv).
var failingVerbs = wordTable("failing_verbs.tsv")

// failingVerb reports a verb of failingVerbs, with a particle the list
// gives it or, where it gives none, with none ("broke down"; not "broke
// out").
func (x *syntax) failingVerb(v int) bool {
	if v < 0 || !x.isVerb(v) {
		return false
	}
	want, ok := failingVerbs[strings.ToLower(x.lemma(v))]
	if !ok {
		return false
	}
	prt := ""
	for _, p := range x.childrenWith(v, "compound:prt") {
		prt = strings.ToLower(x.tree.Words[p])
	}
	if want == "-" {
		return prt == ""
	}
	if prt == "" && v+1 < len(x.tree.Words) {
		prt = strings.ToLower(x.tree.Words[v+1]) // "fell through on Sunday", its particle read as a preposition
	}
	return slices.Contains(strings.Fields(want), prt)
}

// hangsOn reports whether noun n is the object of verb v, or hangs on it
// through nouns, prepositions and the verb v asks for ("calling on the EU
// to tighten sanctions").
func (x *syntax) hangsOn(v, n int) bool {
	if v < 0 || n < 0 {
		return false
	}
	for w, depth := n, 0; depth < 4; depth++ {
		h := x.head(w)
		if h < 0 {
			return false
		}
		rel := x.baseRel(w)
		if rel == "advcl" && x.marked(w, "to") {
			rel = "xcomp" // "to tighten", read as an adverbial clause
		}
		switch rel {
		case "obj", "obl", "nmod", "compound", "conj", "xcomp":
			if h == v {
				return true
			}
			w = h
		default:
			return false
		}
	}
	return false
}

// definite reports a nominal trigger after "the", "this" or "those".
func (d *doc) definite(ev *event) bool {
	i := ev.trig[0]
	for j := i - 1; j >= d.sents[ev.sent].first && j >= i-3; j-- {
		switch l := d.toks[j].lower; l {
		case "the", "this", "that", "these", "those":
			return true
		case "latest", "recent", "same", "deadly", "alleged":
		default:
			return false
		}
	}
	return false
}

// lastOfType is the last event of a type before event i that is kept;
// for a vote, one on no other measure than the one event i names.
func (d *doc) lastOfType(i int, typ string) *event {
	m := ""
	if typ == "VOTE" {
		m = d.voteMeasure(d.events[i])
	}
	for j := i - 1; j >= 0 && j >= i-corefWindow; j-- {
		if o := d.events[j]; o.typ == typ && !o.sought {
			if om := d.voteMeasure(o); m != "" && om != "" && om != m {
				continue // "passed the bill ... The motion was carried": the motion is another measure, voted on apart
			}
			return o
		}
	}
	return nil
}

// voteMeasure is the lemma of the measure noun (measureNouns) a vote is
// on, where its words name one: its noun's ("the motion", "a motion of
// no confidence"), or its verb's (measureVoted: "passed the bill", "the
// bill passed"); else "".
func (d *doc) voteMeasure(ev *event) string {
	if !ev.noun {
		return d.measureVoted(ev)
	}
	if x, w := d.eventTree(ev); w >= 0 && measureNouns[strings.ToLower(x.lemma(w))] {
		return strings.ToLower(x.lemma(w))
	}
	return ""
}

func shares(a, b *event) bool {
	for _, p := range a.parts {
		if b.has(p.ent) {
			return true
		}
	}
	return false
}

// compatible dates: one is a prefix of the other, or either is unknown.
func compatible(a, b string) bool {
	return a == "" || b == "" || strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// confidence grows with the evidence: a verb, an agent, a date stated in the sentence.
func confidence(ev *event) float64 {
	c := 0.5
	if !ev.noun {
		c += 0.15
	}
	if len(ev.parts) > 0 {
		c += 0.1
	}
	switch ev.dateFrom {
	case "sentence", "coref":
		c += 0.15
	case "sibling", "lead":
		c += 0.1
	}
	if ev.status == polgraph.StatusAlleged {
		c -= 0.05
	}
	return float64(int(c*100+0.5)) / 100
}

// subordinateBetween reports a subordinating word in tokens [i, j): what
// follows it is another clause, with times of its own.
func (d *doc) subordinateBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if subordinators[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// subordinators open a clause with times of its own.
var subordinators = set("while when because although whereas until")

// tokenAt is the index of the token that starts at byte offset off, or -1.
func (d *doc) tokenAt(off int) int {
	k, ok := slices.BinarySearchFunc(d.toks, off, func(t token, off int) int { return t.start - off })
	if !ok {
		return -1
	}
	return k
}

// eventWords are the words whose times date event ev: its trigger's, and
// for a noun told through a light verb or the subject of a verb, that
// verb's.
func (d *doc) eventWords(ev *event) map[int]bool {
	x, v := d.eventTree(ev)
	if x == nil {
		return nil
	}
	own := map[int]bool{}
	if v < 0 {
		return own
	}
	own[v] = true
	if h := x.head(v); ev.noun && h >= 0 && (carriesNoun(strings.ToLower(x.tree.Words[h])) || x.travelledFor(v) || x.baseRel(v) == "nsubj" && !x.sequelVerb(h) || x.baseRel(v) == "obl" && duringCases[x.caseOf(v)] ||
		x.baseRel(v) == "obl" && x.caseOf(v) == "in" && tollWord(x.tree.Words[h]) || x.placingVerb(v) == h ||
		x.baseRel(v) == "obj" && (contestingVerbs[strings.ToLower(x.tree.Words[h])] || elicitingVerbs[strings.ToLower(x.tree.Words[h])] || ev.typ == "ELECTION" && x.votersDo(h) || ev.typ == "REPORT" && publishingVerbs[strings.ToLower(x.lemma(h))])) {
		// "opened an investigation on Monday"; "the bombings on Aug. 7
		// killed 258 people": what the event itself did dates it; so
		// does what happened during it ("detained on Monday during a
		// police raid"); a report's publishing ("released a report on
		// Monday"); so does its outcome ("won the parliamentary
		// election on Sunday", "voters rejected the referendum on
		// Sunday"), and its toll ("were killed in an air
		// strike on Monday")
		own[h] = true
	}
	if ev.noun && ev.typ == "ELECTION" && x.caseOf(v) == "in" {
		// "backed the treaty in a referendum on Sunday": what the voters
		// did in the vote dates it, wherever the parse hangs the vote
		h := x.head(v)
		if h >= 0 && !x.isVerb(h) && x.baseRel(h) == "obj" {
			h = x.head(h)
		}
		for h >= 0 && x.isVerb(h) {
			own[h] = true
			if x.rel(h) != "xcomp" {
				break
			}
			h = x.head(h) // "backed joining the EU in a referendum on Sunday"
		}
	}
	if n := x.head(v); !ev.noun && x.rel(v) == "acl" && n >= 0 && enactmentNouns[strings.ToLower(x.lemma(n))] && x.baseRel(n) == "obj" && x.head(n) >= 0 {
		own[x.head(n)] = true // "issued a decree on Monday dismissing X": the decree does it when issued
	}
	if h := x.head(v); ev.noun && h >= 0 && x.baseRel(v) == "obl" && x.caseOf(v) == "in" && x.rel(h) == "conj" {
		if k := x.head(h); k >= 0 && tollWord(x.tree.Words[k]) && tollWord(x.tree.Words[h]) {
			// "were killed and over 1,000 injured in a bomb blast on
			// Friday": the toll's conjuncts share the attack and its
			// time, which the parse hangs on either
			own[h], own[k] = true, true
		}
	}
	if ev.noun {
		for _, c := range x.childrenWith(v, "acl:relcl") {
			if lightVerbs[strings.ToLower(x.tree.Words[c])] && len(x.childrenWith(c, "obj")) == 0 {
				own[c] = true // "a protest she led in January": the clause that carries it dates it
			}
		}
		for _, p := range x.participlesOn(v) {
			own[p] = true // "a report released last week": as the clause that carries it
		}
	}
	if h, _ := x.electionVerbOf(v); ev.typ == "ELECTION" && ev.noun && h >= 0 {
		own[h] = true // "won a seat in the election on Sunday": the contest's time
	}
	if h := x.head(v); h >= 0 && !ev.noun && (implicativeVerbs[strings.ToLower(x.tree.Words[h])] || missingVerbs[strings.ToLower(x.tree.Words[h])]) && (x.rel(v) == "xcomp" || x.baseRel(v) == "advcl" && x.markOf(v) == "to") {
		own[h] = true // "decided on Friday to resign": resigned by deciding, then; "failed on Monday to win re-election": the contest lost then
	}
	if ev.typ == "VOTE" && !ev.noun {
		// "voted 289-265 to approve the bill on Monday": what a vote
		// decides is done by the vote, at its time
		for _, c := range x.childrenWith(v, "xcomp", "advcl") {
			if x.rel(c) == "xcomp" || x.markOf(c) == "to" {
				own[c] = true
			}
		}
	}
	// a clause of the same time hands its time up, through any clause of
	// the same time it hangs on in turn: the loop runs until no word is
	// added (a map's iteration may miss the words added during it)
	for added := true; added; {
		added = false
		for w := range own {
			h := x.head(w)
			if h < 0 || own[h] {
				continue
			}
			if x.baseRel(w) == "advcl" && (x.whenClause(w) || x.opensWith(w, "as") || x.opensWith(w, "while") || x.opensWith(w, "by") || x.opensWith(w, "in") && x.tree.XPOS[w] == "VBG") ||
				// "while Poland imposed a ban and Brazil's court threw
				// out a conviction": a conjunct of such a clause is of
				// its time
				x.rel(w) == "conj" && x.isVerb(w) && x.baseRel(h) == "advcl" && (x.whenClause(h) || x.opensWith(h, "as") || x.opensWith(h, "while")) {
				// "began in 2019, when OLAF opened an investigation",
				// "pushed into Chechnya on Sunday as warplanes bombed",
				// "responded on Tuesday by expelling him", "last month
				// joined Lithuania in calling for", "lost its majority
				// on Wednesday when A walked out, while B imposed a
				// ban": one time for both
				own[h], added = true, true
			}
		}
	}
	if h := x.whereClauseHost(v); h >= 0 {
		own[h] = true // "was in Suva on Thursday, where I met X and we signed an accord"
	}
	if d.spoken(ev) && !ev.noun {
		for _, c := range x.childrenWith(v, "obl") {
			if vehicleNoun(x.lemma(c)) && x.caseOf(c) == "in" {
				own[c] = true // "in a statement on Tuesday, X said": the statement is the saying, its time the saying's
			}
		}
	}
	if !ev.noun {
		for w := range x.tree.Words {
			if x.groundsGerund(w, v) {
				own[w] = true // "detained a man on suspicion of spying on Thursday": the parse hangs the day on the grounds
			}
		}
		for _, c := range x.childrenWith(v, "advcl") {
			if d.sameDayClause(x, c) && !d.isEventWord(x, ev.sent)(c) {
				own[c] = true // "was arrested hours after he returned on Friday": that Friday
			}
		}
		for _, c := range x.childrenWith(v, "obl") {
			if !sameDaySpans[strings.ToLower(x.tree.Words[c])] {
				continue
			}
			for _, n := range x.childrenWith(c, "nmod") {
				if cs := x.caseOf(n); cs == "of" || cs == "after" || cs == "before" {
					own[n] = true // "resigned within hours of the vote on Wednesday": that Wednesday
				}
			}
		}
	}
	return own
}

// tollWords are the verbs of an attack's toll beside casualtyVerbs
// (data/words/toll_words.txt).
var tollWords = wordSet("toll_words.txt")

// tollWord reports a verb of an attack's toll: "killed", "wounded",
// "died".
func tollWord(w string) bool {
	w = strings.ToLower(w)
	return casualtyVerbs[w] || tollWords[w]
}

// sequelVerb reports a verb that tells what its subject led to, its
// object ("the arrest sparked protests on Sunday", "the plan drew
// criticism on Friday"): its time is the sequel's, which came after the
// subject's happening, not the subject's own ("the attack followed on
// Sunday" tells none).
func (x *syntax) sequelVerb(v int) bool {
	return (sequenceVerbs[x.lemma(v)] || elicitingVerbs[strings.ToLower(x.tree.Words[v])]) && len(x.childrenWith(v, "obj")) > 0
}

// groundsGerund reports a gerund g with no subject of its own that "of"
// hangs on a noun of verb v's phrases, or of the phrases of its object:
// the grounds of the act ("detained a national on suspicion of spying",
// "arrested him on charges of spying"), no act told with its own time.
func (x *syntax) groundsGerund(g, v int) bool {
	if x.tree.XPOS[g] != "VBG" || x.rel(g) != "acl" || x.markOf(g) != "of" || len(x.childrenWith(g, "nsubj")) > 0 {
		return false
	}
	n := x.head(g)
	for range 2 {
		if n < 0 || x.pos(n) != "NOUN" {
			return false
		}
		h := x.head(n)
		if h == v && (x.baseRel(n) == "obl" || x.baseRel(n) == "obj") {
			return true
		}
		if x.baseRel(n) != "nmod" {
			return false
		}
		n = h
	}
	return false
}

// sameDayClause reports a clause c that "after" or "before" opens with a
// span too short to leave the day before it ("hours after he returned").
func (d *doc) sameDayClause(x *syntax, c int) bool {
	for _, m := range x.childrenWith(c, "mark") {
		if w := strings.ToLower(x.tree.Words[m]); w == "after" || w == "before" {
			at := x.token(m)
			return at > 0 && sameDaySpans[d.toks[at-1].lower]
		}
	}
	return false
}

// whereClauseHost is the verb whose place a "where" clause that v tells
// of (or goes on, as a conjunct) describes, or -1: what happened there
// happened in that verb's time ("I was in Suva on Thursday, where I met
// the prime minister").
func (x *syntax) whereClauseHost(v int) int {
	for x.rel(v) == "conj" && x.head(v) >= 0 {
		v = x.head(v)
	}
	place := x.head(v)
	if x.rel(v) != "acl:relcl" || place < 0 || !x.opensWith(v, "where") {
		return -1
	}
	// the clause hangs on the place, or on the time beside it; "I was in
	// Suva" makes the place the head of its clause
	if x.predicate(place) {
		return place
	}
	if h := x.head(place); h >= 0 && (x.baseRel(place) == "obl" || x.baseRel(place) == "nmod") && (x.isVerb(h) || x.predicate(h)) {
		return h
	}
	return -1
}

// predicate reports a word with a copula: the head of its clause.
func (x *syntax) predicate(w int) bool { return len(x.childrenWith(w, "cop")) > 0 }

// opensWith reports whether clause v is opened by the adverb or marker word.
func (x *syntax) opensWith(v int, word string) bool {
	for _, c := range x.childrenWith(v, "advmod", "mark") {
		if c < v && strings.EqualFold(x.tree.Words[c], word) {
			return true
		}
	}
	return false
}

// relativeApart reports whether noun event n of verb event v's sentence
// is told in a relative clause that does not hold v: in "Lee, who lost
// the 2022 election, won his seat in Incheon" the election Lee lost is not
// the one he won his seat in, nor is its year the seat's.
func (d *doc) relativeApart(n, v *event) bool {
	if n.sent != v.sent {
		return false
	}
	x, wn := d.eventTree(n)
	if wn < 0 {
		return false
	}
	wv := x.eventWord(v)
	if wv < 0 {
		return false
	}
	for w := wn; w >= 0; w = x.head(w) {
		if x.dominates(w, wv) {
			return false
		}
		if x.rel(w) == "acl:relcl" && x.tree.XPOS[x.head(w)] != "WP" {
			return true // not a free relative, which names the thing: "what he called a stolen election"
		}
	}
	return false
}

// sameTimedClause reports whether two events of one sentence sit in the
// same clause as far as time goes: an adverbial clause opened by "after",
// "before", "since"… tells a time apart from the clause it hangs on
// ("expelled four diplomats on Thursday after two employees were
// arrested": the arrests were not on Thursday).
func (d *doc) sameTimedClause(a, b *event) bool {
	return d.timedClauseOf(a) == d.timedClauseOf(b)
}

// reportedApart reports whether event o is told in a reported clause
// (a verb's ccomp) that neither holds event ev nor is ev's, or in a clause
// a semicolon parts from ev's: the time of what was reported is not the
// time of a clause beside the report ("The BBC reported that two aides
// had met agents in 2022; the ministry said the report was false").
func (d *doc) reportedApart(o, ev *event) bool {
	x := d.syntaxOf(o.sent)
	if x == nil {
		return false
	}
	vo, ve := x.eventWord(o), x.eventWord(ev)
	if vo < 0 || ve < 0 {
		return false
	}
	if x.apart(vo, ve) {
		return true // "…, the Herald reported on Sunday; her office said the report was false"
	}
	for w := vo; w >= 0; w = x.head(w) {
		if x.dominates(w, ve) {
			return false
		}
		if x.rel(w) == "ccomp" {
			// the verb that reports it after it takes its time: "X was
			// released on Thursday, the ministry said"
			return x.head(w) != ve
		}
	}
	return false
}

// yearAcross is the year of the clause an event's "after" or "before"
// clause hangs on, where that clause is dated: "arrested Halem in March
// 2020, two days after he resigned" tells the resignation's year, not its
// day.
func (d *doc) yearAcross(ev *event) string {
	x := d.syntaxOf(ev.sent)
	c := d.timedClauseOf(ev)
	if x == nil || c < 0 || !nearTimeMarks[x.markOf(c)] {
		return ""
	}
	var near *event
	for _, o := range d.evSent[ev.sent] {
		if o == ev || o.noun || o.dateFrom != "sentence" || len(o.date) < 4 {
			continue
		}
		if v := x.eventWord(o); v >= 0 && !x.dominates(c, v) &&
			(near == nil || abs(o.trig[0]-ev.trig[0]) < abs(near.trig[0]-ev.trig[0])) {
			near = o
		}
	}
	if near == nil {
		return ""
	}
	return near.date[:4]
}

// nearTimeMarks open a clause whose event is close in time to the one it
// hangs on, though not at its time.
var nearTimeMarks = set("after before")

// timedClauseOf is the timed clause (timedClause) an event is told in, or
// -1 for its sentence's main clause or an unparsed sentence.
func (d *doc) timedClauseOf(ev *event) int {
	if x, v := d.eventTree(ev); v >= 0 {
		return x.timedClause(v)
	}
	return -1
}

// timedClause is the innermost adverbial clause over word w (w itself
// included) that a time-setting subordinator opens, or -1.
func (x *syntax) timedClause(w int) int {
	for ; w >= 0; w = x.head(w) {
		if x.baseRel(w) != "advcl" {
			continue
		}
		if clauseTimeMarks[x.markOf(w)] {
			return w
		}
	}
	return -1
}

// markOf is the lowercase word that opens clause w ("after", "if"), or "".
func (x *syntax) markOf(w int) string {
	for _, c := range x.childrenWith(w, "mark") {
		if c < w {
			return strings.ToLower(x.tree.Words[c])
		}
	}
	return ""
}

// duringCases set a noun event beside the verb it hangs on, in time.
var duringCases = set("during amid amidst")

// clauseTimeMarks open an adverbial clause whose event happened at
// another time than the clause it hangs on.
var clauseTimeMarks = set("after before since until till once because unless if although though")

// whenClause reports whether clause v is opened by "when": what it tells
// happened at the time of the clause it hangs on.
func (x *syntax) whenClause(v int) bool { return x.opensWith(v, "when") }

// isEventWord tells, for the tree of sentence si, whether a word is the
// trigger of one of the sentence's events.
func (d *doc) isEventWord(x *syntax, si int) func(w int) bool {
	return func(w int) bool {
		for _, o := range d.evSent[si] {
			if x.eventWord(o) == w {
				return true
			}
		}
		return false
	}
}

// dateSpeech dates what is said (a statement, a denial, a criticism…) with
// no time of its own, nor a day's heading above it, on the day the report
// is datelined, else the day of its lead story, else the day it was
// published: news reports what was said for it, and says so when it was
// said earlier ("had said", "said last year").
func (d *doc) dateSpeech(story string) {
	day := d.reportDay
	if day == "" {
		day = d.datelineDay()
	}
	if day == "" {
		day = story
	}
	if day == "" && !d.dct.IsZero() {
		day = d.dct.Format("2006-01-02")
	}
	if day == "" {
		return
	}
	d.reportDay = day
	for _, ev := range d.events {
		if d.spoken(ev) && ev.date == "" && !d.toldEarlier(ev) {
			if o := d.occasionBefore(ev); o != nil {
				ev.date, ev.prec, ev.dateFrom = o.date, o.prec, "sibling"
				continue
			}
			on := day
			if v := d.sectionDay(ev.sent); v != "" {
				on = v // "STOCKHOLM, May 1 - X said": a round-up's section is filed on its own day
			}
			if d.background(ev, on) {
				continue
			}
			ev.date, ev.prec, ev.dateFrom = on, polgraph.PrecisionDay, "story"
		}
	}
}

// sectionDay is the day of the dateline that opens sentence si's section
// of a round-up filed from several places (sectionDatelines), or "".
func (d *doc) sectionDay(si int) string {
	if !d.sectionDatelines() {
		return ""
	}
	for sj := si; sj >= 0; sj-- {
		if d.sents[sj].dateline {
			for _, t := range d.timesOf(sj) {
				if v, p := eventDate(t.value); p == polgraph.PrecisionDay {
					return v
				}
			}
			return ""
		}
	}
	return ""
}

// dateOngoing dates an event told as going on as the report is written,
// with no time of its own ("Farmers are protesting outside parliament",
// "Police are questioning the minister", "talks are being held in
// Tarsk"), on the day the report is datelined, else the day it was
// published: the present progressive tells what is happening now. What
// is done as a habit or a trend ("are often arrested"), or is to come
// ("are meeting soon") is not.
func (d *doc) dateOngoing(named map[*event]bool) {
	day := d.datelineDay()
	if day == "" && !d.dct.IsZero() {
		day = d.dct.Format(time.DateOnly)
	}
	if day == "" {
		return
	}
	for _, ev := range d.events {
		if ev.date == "" && !named[ev] && d.ongoing(ev) {
			on := day
			if v := d.sectionDay(ev.sent); v != "" {
				on = v // a round-up's section is filed on its own day
			}
			ev.date, ev.prec, ev.dateFrom = on, polgraph.PrecisionDay, "story"
		}
	}
}

// ongoing reports an event whose verb is in the present progressive,
// active or passive ("are protesting", "is being questioned"), or a
// noun such a verb carries as its object or subject ("are holding talks",
// "a protest is taking place"), with no auxiliary besides, no habit and
// nothing that puts it later.
func (d *doc) ongoing(ev *event) bool {
	x, v := d.eventTree(ev)
	if v < 0 {
		return false
	}
	if ev.noun {
		if r := x.baseRel(v); r != "obj" && r != "nsubj" || !x.isVerb(x.head(v)) {
			return false
		}
		v = x.head(v)
	}
	now, being := false, false
	for _, a := range x.childrenWith(v, "aux", "aux:pass") {
		switch strings.ToLower(x.tree.Words[a]) {
		case "is", "are", "am", "'s", "'re", "'m":
			now = true
		case "being":
			being = true
		default:
			return false // "will be meeting", "have been protesting", "were protesting"
		}
	}
	tag := x.tree.XPOS[v]
	if !now || !(tag == "VBG" && !being || tag == "VBN" && being) {
		return false
	}
	for _, m := range x.childrenWith(v, "mark") {
		if l := strings.ToLower(x.tree.Words[m]); l == "if" || l == "unless" {
			return false
		}
	}
	return !x.habit(v) && !slices.ContainsFunc(x.childrenWith(v, "advmod"), func(c int) bool { return comingWords[strings.ToLower(x.tree.Words[c])] })
}

// comingWords put a present progressive's act ahead of its telling: "are
// meeting soon", "is leaving later".
var comingWords = set("soon later shortly tomorrow next")

// background reports an event told in the simple past with no time of
// its own in a sentence set back in time: past the lead, the last date
// its sentence tells before it ended before the news of day ("In 2014 he
// was accused of abuses, an accusation he denied"). A feature's
// background is not the day's news, and its undated acts are left
// undated rather than given the story's day. A sentence with no time of
// its own may return to the news after the background ("Dong refuted the
// report"), and words only reported ("said") are most often said to the
// reporter: neither is background.
func (d *doc) background(ev *event, day string) bool {
	first := -1
	for _, s := range d.sents {
		if !s.headline {
			first = s.para
			break
		}
	}
	para := d.sents[ev.sent].para
	if para <= first || ev.speech || ev.typ == "STATEMENT" || !d.simplePast(ev) {
		// what a feature quotes ("…, said Ivo Dorn") is most often said
		// to its reporter, on the story's day
		return false
	}
	news, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return false
	}
	trig := d.toks[ev.trig[0]].start
	x, v := d.eventTree(ev)
	last := ""
	for _, t := range d.timesOf(ev.sent) {
		if t.start >= trig {
			break
		}
		if x != nil && v >= 0 && x.asideFrom(x.at(d.tokenAt(t.start)), v) {
			continue // "Cardenas, who took office in October, denied ...": October is his, not the sentence's
		}
		if v, p := eventDate(t.value); p != polgraph.PrecisionUnknown {
			last = v
		}
	}
	return last != "" && periodEnd(last).Before(news.AddDate(0, 0, -newsDays))
}

// asideFrom reports whether word w lies in a relative clause or an
// apposition that word v is not part of: an aside about a participant,
// whose times tell of the participant, not of v's clause.
func (x *syntax) asideFrom(w, v int) bool {
	for c := w; c >= 0; c = x.head(c) {
		if x.rel(c) == "acl:relcl" || x.baseRel(c) == "appos" {
			return !x.dominates(c, v)
		}
	}
	return false
}

// periodEnd is the last day of a date at its precision: 2023 ends on 31
// December, 2023-03 on 31 March.
func periodEnd(date string) time.Time {
	switch len(date) {
	case 4:
		t, _ := time.Parse("2006", date)
		return t.AddDate(1, 0, -1)
	case 7:
		t, _ := time.Parse("2006-01", date)
		return t.AddDate(0, 1, -1)
	}
	t, _ := time.Parse(time.DateOnly, date)
	return t
}

// simplePast reports an event whose verb is told in the simple past
// ("condemned", "denied"), not the present ("denies") or the perfect
// ("has always denied"), which reach the day of the telling.
func (d *doc) simplePast(ev *event) bool {
	x, v := d.eventTree(ev)
	return v >= 0 && !ev.noun && x.tree.XPOS[v] == "VBD" && len(x.childrenWith(v, "aux", "aux:pass")) == 0
}

// occasionBefore is the dated speech of the same speaker in the sentence
// before ev's, in its paragraph, or nil: "X, speaking at a news conference
// on Wednesday, accused Y. \"…,\" she said." goes on telling Wednesday's
// conference, not the day of the report.
func (d *doc) occasionBefore(ev *event) *event {
	a := d.agentOf(ev)
	if a < 0 || ev.sent == 0 || d.sents[ev.sent-1].para != d.sents[ev.sent].para {
		return nil
	}
	for _, o := range d.evSent[ev.sent-1] {
		if d.spoken(o) && o.dateFrom == "sentence" && d.agentOf(o) == a {
			return o
		}
	}
	return nil
}

// spokenTypes are the events a verb tells as something said: a statement
// by any verb ("told reporters", "warned"), a denial, a criticism, an
// accusation, a request, an apology or words of support ("congratulated",
// "welcomed", "praised") is news the day it is made.
var spokenTypes = set("STATEMENT DENIAL CRITICISM ACCUSATION REQUEST APOLOGY SUPPORT")

// spoken reports an event told by a verb of saying, not by a participle
// with its agent on a noun ("the bill, backed by X's coalition,"), which
// tells of the noun, not of the day.
func (d *doc) spoken(ev *event) bool {
	if ev.speech {
		return true
	}
	if ev.typ == "REPORT" {
		return d.reportJustOut(ev)
	}
	if !spokenTypes[ev.typ] || ev.noun {
		return false
	}
	x, v := d.eventTree(ev)
	return v < 0 || x.rel(v) != "acl" || len(x.childrenWith(v, "obl:agent")) == 0
}

// reportJustOut reports a report told in the present perfect, by its
// own verb or by the verb that makes it public ("the OSCE has issued its
// findings", "the paper has reported that"): news of the day, as what is
// said is.
func (d *doc) reportJustOut(ev *event) bool {
	x, v := d.eventTree(ev)
	if v < 0 {
		return false
	}
	if ev.noun {
		if h := x.head(v); h >= 0 && x.baseRel(v) == "obj" && publishingVerbs[strings.ToLower(x.lemma(h))] {
			v = h
		} else {
			return false
		}
	}
	return slices.ContainsFunc(x.childrenWith(v, "aux"), func(a int) bool {
		w := strings.ToLower(x.tree.Words[a])
		return w == "has" || w == "have"
	})
}

// toldEarlier reports a speech verb in the past perfect or under a modal,
// or in a clause that hangs on one: "had said", "would say", "Trudeau had
// defended the MP, as he said".
func (d *doc) toldEarlier(ev *event) bool {
	x, v := d.eventTree(ev)
	if x == nil {
		return d.anterior(ev)
	}
	for n := 0; v >= 0 && n < 4; v, n = x.head(v), n+1 {
		for _, a := range x.childrenWith(v, "aux") {
			if w := strings.ToLower(x.tree.Words[a]); w == "had" || w == "'d" || modals[w] {
				return true
			}
		}
		if r := x.rel(v); r != "advcl" && r != "conj" {
			// a reporting clause hangs on the quote it reports ("…, he
			// said"): the quote's tense is not the telling's
			break
		}
	}
	return false
}

var modals = set("will would shall should can could may might must")

// datelineDay is the day a dateline gives ("VALDORA, May 11 (Reuters) -"), or "".
func (d *doc) datelineDay() string {
	for si, s := range d.sents {
		if !s.dateline {
			continue
		}
		for _, t := range d.timesOf(si) {
			if v, p := eventDate(t.value); p == polgraph.PrecisionDay {
				return v
			}
		}
	}
	return ""
}

// tokenBefore is the last token that starts before byte offset off.
func (d *doc) tokenBefore(off int) int {
	k, _ := slices.BinarySearchFunc(d.toks, off, func(t token, off int) int { return t.start - off })
	return k - 1
}

// dropFuture drops the events dated after the day the article was
// published: "ahead of the 2027 election" in 2023 tells of no election
// held. An article reports what has happened; what is to come is no event.
func (d *doc) dropFuture() {
	for _, ev := range d.events {
		if ev.ahead || d.afterPublication(ev.date) {
			ev.dropped = true
		}
	}
}

// alleged reports whether ev is told as alleged, not as done: "said her
// troops had shelled the posts and accused Calmora of launching drone
// strikes" tells two attacks, one of them alleged.
func alleged(ev *event) bool { return ev.status == polgraph.StatusAlleged }

// heldDuring is the dated event a verb's oblique names as what it
// happened in or during ("interfered in the 2021 election", "were
// detained during the 2019 protests"), or the election interference sways
// ("influenced the 2021 election"), dated by the noun's own time, or nil.
func (d *doc) heldDuring(ev *event) *event {
	x, v := d.eventTree(ev)
	if v < 0 || !x.isVerb(v) {
		return nil
	}
	for _, o := range d.evSent[ev.sent] {
		if o == ev || !o.noun || o.date == "" || o.dateFrom != "sentence" {
			continue
		}
		w := x.eventWord(o)
		if w < 0 || x.head(w) != v {
			continue
		}
		if x.baseRel(w) == "obj" && ev.typ == "INTERFERENCE" {
			return o // "tried to influence the 2024 election": swayed while it was held
		}
		if x.baseRel(w) != "obl" {
			continue
		}
		if c := x.caseOf(w); c == "during" || c == "in" && !(caseTypes[ev.typ] && crimeTypes[o.typ]) {
			return o
		}
	}
	return nil
}

// caseTypes are the acts of a case against someone, and crimeTypes the
// acts such a case is brought over: "charged in the Aug. 7 bombings" is
// charged over them, not during them ("detained in the 2019 protests").
var (
	caseTypes  = set("LEGAL_ACTION", "ARREST", "ACCUSATION", "INVESTIGATION")
	crimeTypes = set("ATTACK", "INTERFERENCE")
)
