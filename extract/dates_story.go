package extract

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/polgraph/polgraph"
)

// Dates from the story: its speech, its sections, what is ongoing or background,
// its dateline.

// dateSpeech dates what is said (a statement, a denial, a criticism…) with
// no time of its own, nor a day's heading above it, on the day the report
// is datelined, else the day of its lead story, else the day it was
// published: news reports what was said for it, and says so when it was
// said earlier ("had said", "said last year", "days before the charges
// were filed").
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
		if d.spoken(ev) && ev.date == "" && !d.toldEarlier(ev) && !d.spannedFromClause(ev) && !d.afterAnotherAct(ev) {
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

// dateByParagraph dates, in a feature (no dateline, no day of news in
// its lead), an event told in the simple past in a sentence with no time
// of its own by the year of the last time its paragraph told before it,
// where that time was well before the news: "Three years later the party
// split. A faction accused her of running it as a fiefdom." goes on in
// that year, not on the day of publication. News is not read so: it
// returns to its day after a sentence of background ("Dong refuted the
// report").
func (d *doc) dateByParagraph(named map[*event]bool) {
	if d.reportDay != "" || d.datelineDay() != "" || d.dct.IsZero() {
		return
	}
	day := d.dct.Format(time.DateOnly)
	for _, ev := range d.events {
		if ev.date != "" || named[ev] || ev.noun || ev.speech || len(d.timesOf(ev.sent)) > 0 || !d.simplePast(ev) || d.anterior(ev) {
			continue
		}
		if last := d.paragraphTime(ev.sent); len(last) >= 4 && longBefore(last, day) {
			ev.date, ev.prec, ev.dateFrom = last[:4], polgraph.PrecisionYear, "paragraph"
		}
	}
}

// paragraphTime is the time that frames the nearest sentence before
// sentence si in its paragraph that tells a time, or "": the last dated
// time told before that sentence's root ("In 2013 farmers marched",
// "Three years later the party split", "When she stood in 2009, few
// expected"). A time after the root dates that sentence's own act
// ("Germany accused Russia of hacking in 2015"), not the story's.
func (d *doc) paragraphTime(si int) string {
	para := d.sents[si].para
	for sj := si - 1; sj >= 0 && d.sents[sj].para == para; sj-- {
		times := d.timesOf(sj)
		if len(times) == 0 {
			continue
		}
		x := d.syntaxOf(sj)
		if x == nil {
			return ""
		}
		root := d.toks[x.token(x.rootWord())].start
		last := ""
		for _, t := range times {
			if v, p := eventDate(t.value); p != polgraph.PrecisionUnknown && t.start < root {
				last = v
			}
		}
		return last
	}
	return ""
}

// longBefore reports whether date ended before the news of day: more
// than newsDays before it.
func longBefore(date, day string) bool {
	news, err := time.Parse(time.DateOnly, day)
	return err == nil && periodEnd(date).Before(news.AddDate(0, 0, -newsDays))
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

// datePresentLead dates an act the lead's first sentence tells in the
// simple present with no time of its own ("Prosecutors charge former
// mayor X with fraud", "President Y appoints Z as prime minister"), as
// wires open a story, on the story's day, else the day the report is
// datelined, else the day it was published: the news's present is the
// day of its telling. A sentence past the first, or a clause on a noun,
// tells what is so rather than what was done.
func (d *doc) datePresentLead(named map[*event]bool, firstPara int, story string) {
	day := cmp.Or(story, d.datelineDay())
	if day == "" && !d.dct.IsZero() {
		day = d.dct.Format(time.DateOnly)
	}
	lead := slices.IndexFunc(d.sents, func(s sentence) bool { return s.para == firstPara })
	if day == "" || lead < 0 {
		return
	}
	for _, ev := range d.events {
		if ev.date == "" && !named[ev] && ev.sent == lead && d.simplePresent(ev) && !d.describes(ev) && !d.onNoun(ev) {
			ev.date, ev.prec, ev.dateFrom = day, polgraph.PrecisionDay, "story"
		}
	}
}

// simplePresent reports a verb event told in the simple present
// ("charges", "appoint") with no auxiliary, no habit and no "if". The
// tagger may read a lead's present as a past ("appoints"); its form,
// the lemma and an "s", tells it.
func (d *doc) simplePresent(ev *event) bool {
	x, v := d.eventTree(ev)
	if v < 0 || ev.noun || !x.isVerb(v) || len(x.childrenWith(v, "aux", "aux:pass")) > 0 || x.habit(v) {
		return false
	}
	form, lemma := strings.ToLower(x.tree.Words[v]), x.lemma(v)
	if tag := x.tree.XPOS[v]; tag != "VBZ" && tag != "VBP" && form != lemma+"s" && form != lemma+"es" {
		return false
	}
	return !slices.ContainsFunc(x.childrenWith(v, "mark"), func(m int) bool {
		l := strings.ToLower(x.tree.Words[m])
		return l == "if" || l == "unless" || l == "when"
	})
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
	if _, err := time.Parse(time.DateOnly, day); err != nil {
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
	return last != "" && longBefore(last, day)
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
