package extract

import (
	"cmp"
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
	var lead *event // the dated act that set the story's day
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
		night, told := d.overnight(ev, days[ev.sent])
		if told && !named[ev] {
			// "shot down 30 drones overnight, the air force said on
			// Sunday": the night before the telling, which is the time
			// the sentence names
			ev.date, ev.prec, ev.dateFrom = night, polgraph.PrecisionDay, "sentence"
			continue
		}
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
		if night != "" && !named[ev] {
			ev.date, ev.prec, ev.dateFrom = night, polgraph.PrecisionDay, "sentence"
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
		if vote := d.decidingVote(ev, true); vote != nil {
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
		if date, prec, ok := d.anchoredNoun(ev); ok {
			ev.date, ev.prec, ev.dateFrom = date, prec, "sibling" // "released a week after his arrest"
			continue
		}
		if o, span := d.toldBeforeLater(ev); o != nil {
			if date, prec, ok := shiftDate(o.date, o.prec, span, 1); ok {
				ev.date, ev.prec, ev.dateFrom = date, prec, "sibling" // "resigned hours later", "days later"
				continue
			}
		}
		if n := d.sayingNoun(ev); n != nil {
			// "A report by the Daily Courier on Monday said ...": the day
			// the report's noun is given is the day of its saying
			ev.date, ev.prec, ev.dateFrom = n.date, n.prec, "sibling"
			continue
		}
		if ev.noun && !d.voicedNoun(ev.sent, ev.trig[0], ev.trig[1]-ev.trig[0]) || d.onNoun(ev) {
			// a noun is no coordinated verb: "vowed on Saturday to punish
			// those behind the bombings"; nor is a clause on one. A
			// protest a verb of voicing carries is that verb's act
			// ("China lodged a protest, Lin said on Friday")
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
			if o != ev && o.date != "" && !o.noun && (o.dateFrom == "sentence" || o.dateFrom == "coref") && !d.reports(o, ev) && !d.reports(ev, o) && !d.relays(ev, o) && !d.onNoun(o) && d.sameTimedClause(ev, o) && !d.reportedApart(o, ev) && !d.earlierThan(o, ev) &&
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
			if d.afterItsTelling(ev, date) {
				// "The Herald reported on May 9 that Dorn had met an
				// envoy. On Monday he denied it.": what a report tells
				// came before the report, not on the day it was answered
				date = ""
			}
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
					story, protagonist, storyType, lead = ev.date, d.agentOf(ev), ev.typ, ev
				}
			}
		}
		if story == "" && !ev.noun && ev.dateFrom == "sentence" && ev.prec == polgraph.PrecisionDay && d.sents[ev.sent].para <= firstPara+1 && d.news(ev.date) {
			story, protagonist, storyType, lead = ev.date, d.agentOf(ev), ev.typ, ev
		}
	}
	if story == "" {
		d.dateByParagraph(named)
	}
	d.dateSpeech(story)
	d.dateOngoing(named)
	d.datePresentLead(named, firstPara, story)
	if story == "" {
		return
	}
	for _, ev := range d.events {
		if ev.date == "" && !named[ev] && !d.anterior(ev) && (protagonist >= 0 && d.agentOf(ev) == protagonist || ev.typ == storyType && !ev.noun || d.followsLead(ev, lead)) && !d.background(ev, story) {
			ev.date, ev.prec, ev.dateFrom = story, polgraph.PrecisionDay, "story"
		}
	}
}

// overnight is the day before the report's for an event the tree says
// happened "overnight" ("Russia launched drones at Kyiv overnight", "a
// drone strike killed three people overnight"): the
// night before the day of its telling ("the air force said on Sunday"),
// its heading, its dateline or its publication; else "". told says the
// telling's day anchored it. The time tagger leaves the word untagged, as
// TimeML does.
func (d *doc) overnight(ev *event, heading string) (night string, told bool) {
	s := &d.sents[ev.sent]
	found, said := false, ""
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
			said = d.tellingDay(ev.sent, x, v)
		}
	}
	if !found {
		return "", false
	}
	day := cmp.Or(said, heading)
	if day == "" {
		day = d.datelineDay()
	}
	if day == "" && !d.dct.IsZero() {
		day = d.dct.Format("2006-01-02")
	}
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return "", false
	}
	return t.AddDate(0, 0, -1).Format("2006-01-02"), said != ""
}

// tellingDay is the day the reporting verb that tells the clause of verb
// v names for its telling ("shot down 30 drones overnight, the air force
// said on Sunday": Sunday), a tail on v or the verb v's clause is the
// complement of; "" where there is none or it names no day.
func (d *doc) tellingDay(si int, x *syntax, v int) string {
	tellers := x.childrenWith(v, "parataxis", "advcl")
	if h := x.head(v); h >= 0 && x.baseRel(v) == "ccomp" {
		tellers = append(tellers, h)
	}
	for _, t := range d.timesOf(si) {
		if len(t.value) != len("2006-01-02") {
			continue
		}
		w := x.spanHead(d.tokenAt(t.start), d.tokenBefore(t.end)+1)
		if r := x.head(w); w >= 0 && slices.Contains(tellers, r) && reportingWords[strings.ToLower(x.tree.Words[r])] {
			return t.value
		}
	}
	return ""
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
	return takesClause[a.typ] && d.toldInClause(a, b)
}

// relays reports whether event b is told inside the clause that a verb
// of speech a introduces ("Holm said the army had shelled Kelm in 2016"):
// the time of what is said is no time of its saying. A speaker's label
// in a transcript is no verb, and a reporting tail the parse hangs on a
// ("Dorn said he would resign, Holm said Sunday") tells a rather than
// being told by it.
func (d *doc) relays(a, b *event) bool {
	if !a.speech && a.typ != "STATEMENT" {
		return false
	}
	x := d.syntaxOf(a.sent)
	if x == nil {
		return false
	}
	va, vb := x.eventWord(a), x.eventWord(b)
	if va < 0 || x.tree.UPOS[va] != "VERB" || vb >= 0 && x.head(vb) == va && tailRels[x.rel(vb)] && (b.speech || b.typ == "STATEMENT") {
		return false
	}
	return d.toldInClause(a, b)
}

// toldInClause reports whether event b is told inside a clause of verb
// event a, as reports and relays read it.
func (d *doc) toldInClause(a, b *event) bool {
	if a.noun {
		return false
	}
	va, vb := -1, -1
	x := d.syntaxOf(a.sent)
	if x != nil {
		va, vb = x.eventWord(a), x.eventWord(b)
	}
	if va < 0 || vb < 0 {
		return b.trig[0] >= a.trig[0] // with no tree to tell, what follows the verb
	}
	// the tree tells the clause a reports from a verb coordinated with
	// it ("accused her on Sunday of … and said" are two tellings), before
	// the verb as after it ("Police arrested two men in March, Holm
	// said": the arrests are what she said)
	for _, c := range x.childrenWith(va, "ccomp", "parataxis", "obl", "advcl", "xcomp", "obj") {
		if x.dominates(c, vb) {
			return true
		}
	}
	return false
}

// earlierThan reports an event o that its clause puts before the story
// or not yet real (anterior: "had warned", "would expel") beside ev, a
// saying it does not so put: "said the committee had warned him in 2021"
// was said at the story's time, not in 2021, so o's date is not ev's. An
// act beside it is another matter: in "had been arrested in 2018 soon
// after Holm was arrested" the two share the year.
func (d *doc) earlierThan(o, ev *event) bool {
	return ev.speech && d.anterior(o) && !d.anterior(ev)
}

// afterItsTelling reports whether date falls after the day of an event
// of ev's sentence that tells ev in its clause ("reported on May 9 that
// Dorn had met an envoy"): an act cannot come after its telling.
func (d *doc) afterItsTelling(ev *event, date string) bool {
	if date == "" {
		return false
	}
	for _, o := range d.evSent[ev.sent] {
		if o == ev || o.dropped || o.date == "" || o.dateFrom != "sentence" || !d.reports(o, ev) {
			continue
		}
		if n := min(len(o.date), len(date)); date[:n] > o.date[:n] {
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

// followsLead reports an act told in the simple past, in the main clause of
// the sentence right after the one of the lead's act, in a sentence with
// no time of its own: "Congress on Tuesday removed the minister. Lawmakers
// voted 88-20 to censure him." goes on telling the lead's session, whoever
// acts. A relative clause describes someone, a sentence with a time has
// moved to that time, and what the lead's patient did is most often his
// past ("Police detained Mayor X on Monday. X won the mayoralty as ...").
func (d *doc) followsLead(ev, lead *event) bool {
	if lead == nil || ev.sent != lead.sent+1 || ev.noun || len(d.timesOf(ev.sent)) > 0 || !d.simplePast(ev) {
		return false
	}
	if a := d.agentOf(ev); a >= 0 && slices.ContainsFunc(lead.parts, func(p part) bool { return p.role == "patient" && p.ent == a }) {
		return false
	}
	x, v := d.eventTree(ev)
	for v >= 0 && x.rel(v) == "conj" {
		if len(x.childrenWith(v, "cc")) == 0 {
			// "Penn said … of Tomas Vell, indicted as …": a conjunct with no
			// "and" is most often a participle the parse misread
			return false
		}
		v = x.head(v)
	}
	return v >= 0 && x.rel(v) == "root"
}
