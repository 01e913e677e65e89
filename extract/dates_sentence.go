package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// How the times of an event's own sentence, and the clauses they sit in, date it.

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
		if ti > ev.trig[1] && d.groundsGerundBetween(ev.sent, ev.trig[1], ti) {
			continue // "sanctioned Dorn for bribing officials in 2021": when the wrong was done, not the sanction
		}
		if !ev.noun && ti > ev.trig[1] && d.awaitedTime(ev.sent, ti) {
			continue // "signed a memorandum on the eve of the summit on Wednesday": the summit's Wednesday, still to come
		}
		if x != nil && ti >= 0 {
			if !ev.noun && x.clauseOnTimeNoun(x.eventWord(ev), x.spanHead(ti, d.tokenBefore(t.end)+1)) {
				if abs(t.start-trig) < treeDist {
					treeBest, treeDist = t.value, abs(t.start-trig)
				}
				continue
			}
			if d.deadlineOnInfinitive(x, ti, d.tokenBefore(t.end)+1, own) {
				continue // "urged Dorn to resign by Friday": when it is to be done by, not when asked
			}
			if !ev.noun && d.wishedActTime(x, ev.sent, x.eventWord(ev), ti, d.tokenBefore(t.end)+1, t.value) {
				continue // "urged members to join a strike on Friday": the strike's day, not the urging's
			}
			if !ev.noun && d.aheadOnInfinitive(x, x.eventWord(ev), ti, d.tokenBefore(t.end)+1, t) {
				continue // "subpoenaed Holm to testify on Feb. 10": the testimony's day, not the subpoena's
			}
			if h := x.nounHead(x.at(ti)); ti > 0 && d.toks[ti-1].lower == "since" && h >= 0 && !own[h] {
				continue // "lost its majority, the first such defeat since 2009": a span's start on another noun, which dates no act; not "under sanctions since 2022"
			}
			if w := x.timeOwner(ti, d.tokenBefore(t.end)+1, d.isEventWord(x, ev.sent)); w >= 0 {
				if !ev.noun && x.timeForObject(x.objectOf(w), w, x.spanHead(ti, d.tokenBefore(t.end)+1)) {
					continue // "called a strike for Tuesday and urged members to join": when the strike is set for, not when it was called
				}
				if own[w] || d.askedAt(x, ev, w, t.value, ti) || d.votedAt(x, ev, w, t.value, ti, own) || !ev.noun && x.at(ti) > w && x.occasionDated(x.eventWord(ev), w, d.isEventWord(x, ev.sent)) || x.asideOn(x.eventWord(ev), w) || x.tollOf(w, own) || ev.noun && x.timeAfterSequenceNoun(x.eventWord(ev), w, x.at(ti)) || ev.noun && x.timeForObject(x.eventWord(ev), w, x.spanHead(ti, d.tokenBefore(t.end)+1)) || ev.noun && x.occasionOf(x.eventWord(ev), ev.typ == "MEETING") == w || ev.noun && x.gatheringAt(x.eventWord(ev), ev.typ) == w || ev.noun && ev.typ == "MEETING" && x.talkedIn(x.eventWord(ev)) == w || x.frontedOver(x.eventWord(ev), w, x.at(ti)) {
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
				if (d.toldOnByNoOne(x, ev, w) || countedTypes[ev.typ] && x.countTells(w, x.eventWord(ev))) && reportTime == "" {
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

// clauseOnTimeNoun reports whether verb v tells a relative clause on the
// head noun h of a time expression: "the day she was sworn in", "and the
// following month he resigned" (which the parse may read as "the month
// [that] he resigned") name the time the clause's act was done. A name
// of a month or a year is no such noun: "briefed officials in March 2023
// that he was being courted" is a clause of what was said, hung astray.
func (x *syntax) clauseOnTimeNoun(v, h int) bool {
	return v >= 0 && h >= 0 && x.rel(v) == "acl:relcl" && x.head(v) == h && x.pos(h) == "NOUN"
}

// awaitedTime reports a time at token ti of sentence si that follows,
// with its preposition, an event noun a prospect phrase sets ahead of the
// act ("on the eve of the summit on Wednesday", "ahead of talks on
// Friday"): the noun's time, however the parse hangs it, which the act
// came before.
func (d *doc) awaitedTime(si, ti int) bool {
	x := d.syntaxOf(si)
	if x == nil {
		return false
	}
	w := d.nounBeforeTime(x, si, ti)
	return w >= 0 && x.awaitedByPhrase(w, d.dct.Year())
}

// nounBeforeTime is the noun that a time at token ti of sentence si
// follows with its preposition ("the summit on Wednesday"), or -1.
func (d *doc) nounBeforeTime(x *syntax, si, ti int) int {
	k := ti - 1
	if k > d.sents[si].first && (d.toks[k].lower == "on" || d.toks[k].lower == "in") {
		k--
	}
	if w := x.at(k); w >= 0 && (x.pos(w) == "NOUN" || x.pos(w) == "PROPN") {
		return w
	}
	return -1
}

// groundsGerundBetween reports a gerund with an object of its own in
// tokens [i, j) of sentence si that one of groundsPrepositions opens, an
// adverb ("allegedly") perhaps between, its object right after it: the wrong an act answers, told as
// a clause whose times are its own ("sanctioned Dorn for bribing
// officials in 2021", "over allegedly financing the militia in 2014").
// The tagger, not the parse, tells the gerund, which a parse may read as
// an adjective on its object.
func (d *doc) groundsGerundBetween(si, i, j int) bool {
	x := d.syntaxOf(si)
	if x == nil {
		return false
	}
	for k := i; k+2 < j; k++ {
		if !groundsPrepositions[d.toks[k].lower] {
			continue
		}
		g := k + 1
		if strings.HasSuffix(d.toks[g].lower, "ly") && g+3 < j {
			g++ // "for allegedly bribing"
		}
		w, o := x.at(g), x.at(g+1)
		if w < 0 || o < 0 || x.tree.XPOS[w] != "VBG" {
			continue
		}
		switch x.pos(o) {
		case "NOUN", "PROPN", "DET", "NUM", "PRON", "ADJ":
			return true // its object opens right after it: "bribing officials", "financing the militia"
		}
	}
	return false
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
// "in", "during" or a fronted "at" ("arrested the vice president in a
// pre-dawn raid on Thursday", "was detained during a protest on Friday",
// "at a joint news conference with Dorn on Tuesday, Holm urged"), or an occasion
// frame's "of" ("on the sidelines of the summit on Wednesday"). What the verb
// does happens within the occasion, on its day. The caller takes only a
// time after the noun: one before it names which event is meant ("charged
// in the 2019 bombing": charged over it, not in 2019).
func (x *syntax) occasionDated(v, w int, eventWord func(int) bool) bool {
	if v < 0 || w < 0 || !x.isVerb(v) || !eventWord(w) {
		return false
	}
	if f := x.head(w); f >= 0 && x.head(f) == v && x.baseRel(f) == "obl" && x.caseOf(w) == "of" && occasionFrames[strings.ToLower(x.lemma(f))] {
		// "signed a memorandum on the sidelines of the summit on
		// Wednesday": the frame puts the act within the summit
		w = f
	}
	if x.head(w) != v || x.baseRel(w) != "obl" {
		return false
	}
	c := x.caseOf(w)
	// "at" only where fronted, setting the scene of the clause: after the
	// verb it may name the occasion of a figure set beside the act's ("up
	// from 54 per cent at the 2019 election")
	return c == "in" || c == "at" && w < v || c == "during" || c == "on" && occasionFrames[strings.ToLower(x.lemma(w))]
}

// occasionFrames frame an event noun as an act's occasion ("on the
// sidelines of the summit"; data/words/occasion_frames.txt).
var occasionFrames = wordSet("occasion_frames.txt")

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

// deadlineOnInfinitive reports a time over tokens [ti, last) that a
// deadline word opens and the tree hangs, by its head word, on an
// infinitive other than the event's own words: the time bounds what is
// to be done ("to resign by Friday", "to call elections by the end of
// the year").
func (d *doc) deadlineOnInfinitive(x *syntax, ti, last int, own map[int]bool) bool {
	w := x.spanHead(ti, last)
	if w < 0 || ti == 0 || !deadlineWords[d.toks[ti-1].lower] {
		return false
	}
	h := x.head(w)
	return h >= 0 && !own[h] && x.isVerb(h) && x.marked(h, "to")
}

// wishedActTime reports whether a time over tokens [ti, last) of sentence
// si, of the given value, dates what verb v asks for, plans, threatens or
// vows, and not v: a time yet to come that the tree hangs on v's
// infinitive ("threatened to strike again next month"), or the day set
// for a stoppage or an occasion that is called for ("urged members to
// walk out on Monday", "to join a national strike on Friday", "called
// for a protest on Saturday"). A union calls its people to a day ahead;
// a past day on "called on Dorn to resign on Monday" stays the asking's
// (askedAt).
func (d *doc) wishedActTime(x *syntax, si, v, ti, last int, value string) bool {
	if v < 0 || !irrealisVerbs[strings.ToLower(x.tree.Words[v])] {
		return false
	}
	if n := d.nounBeforeTime(x, si, ti); n >= 0 && occasionNouns[strings.ToLower(x.tree.Words[n])] && x.askedFor(v, n) {
		return true
	}
	c := x.timedInfinitive(v, x.spanHead(ti, last))
	if c < 0 {
		return false
	}
	date, _ := eventDate(value)
	return d.afterPublication(date) || x.stoppage(c)
}

// aheadOnInfinitive reports whether time t, over tokens [ti, last), is
// still to come and the tree hangs it on verb v's "to" infinitive:
// "subpoenaed Holm to testify on Feb. 10", "ordered Dorn to appear in
// court next month" date what is to be done, not v. A past time there
// may date v ("called on Dorn to resign on Monday", askedAt), and so may
// a bare day, which the tagger reads ahead by the infinitive alone
// ("agreed to form a coalition on Monday").
func (d *doc) aheadOnInfinitive(x *syntax, v, ti, last int, t timeExpr) bool {
	date, _ := eventDate(t.value)
	return d.afterPublication(date) && !bareDays[strings.ToLower(t.text)] && x.timedInfinitive(v, x.spanHead(ti, last)) >= 0
}

// timedInfinitive is the "to" infinitive of verb v that the time headed
// by word tw hangs on, or -1.
func (x *syntax) timedInfinitive(v, tw int) int {
	if v < 0 || tw < 0 {
		return -1
	}
	c := x.verbAbove(tw)
	if c < 0 || x.head(c) != v || !x.infinitiveOf(c) {
		return -1
	}
	return c
}

// wishedAt reports whether time t of sentence k dates what a verb there
// asks for, plans or threatens (wishedActTime), not that verb.
func (d *doc) wishedAt(k int, t timeExpr) bool {
	x, ti := d.syntaxOf(k), d.tokenAt(t.start)
	if x == nil || ti < 0 {
		return false
	}
	last := d.tokenBefore(t.end) + 1
	tw := x.spanHead(ti, last)
	if tw < 0 {
		return false
	}
	v := x.verbAbove(tw)
	if v >= 0 && x.infinitiveOf(v) {
		v = x.head(v) // the verb that asks: "called on members to walk out on Monday"
	}
	return d.wishedActTime(x, k, v, ti, last, t.value)
}

// askedFor reports whether noun n is what verb v calls for ("called for a
// protest") or the object of the act its infinitive asks ("urged members
// to join a strike", "to take part in a rally"). Not v's own object,
// which may be done then: "called off the strike on Sunday".
func (x *syntax) askedFor(v, n int) bool {
	if x.head(n) == v {
		return x.baseRel(n) == "obl" && x.caseOf(n) == "for"
	}
	c := x.head(n)
	return c >= 0 && x.head(c) == v && x.infinitiveOf(c) && (x.baseRel(n) == "obj" || x.baseRel(n) == "obl")
}

// infinitiveOf reports whether verb c is the "to" infinitive of the verb
// it hangs on, as a complement or a clause of purpose.
func (x *syntax) infinitiveOf(c int) bool {
	return x.rel(c) == "xcomp" || x.baseRel(c) == "advcl" && x.markOf(c) == "to"
}

// stoppage reports whether verb c tells a strike or a protest, alone or
// with the particle or object that completes it ("walk out", "stop work").
func (x *syntax) stoppage(c int) bool {
	with, ok := stoppageVerbs[strings.ToLower(x.lemma(c))]
	if !ok {
		return false
	}
	if with == "alone" {
		return true
	}
	for _, k := range x.childrenWith(c, "compound:prt", "advmod", "obj") { // "out" read as an adverb too
		if slices.Contains(strings.Fields(with), strings.ToLower(x.tree.Words[k])) {
			return true
		}
	}
	return false
}

// stoppageVerbs are the acts of a strike or a protest a day is set for:
// lemma -> "alone" or the words that complete it
// (data/words/stoppage_verbs.tsv).
var stoppageVerbs = wordTable("stoppage_verbs.tsv")

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

// votedAt reports whether a past time (value, at token ti) on the
// infinitive a vote decides (word w) dates the vote: "failed to pass a
// motion to remove Dorn on Friday", "voted to oust Dorn on Tuesday". The
// vote does what it decides, so a done time of that act is the vote's,
// whether the parse hangs the infinitive on the motion or on the verb
// passing it; "by Friday" is a deadline.
func (d *doc) votedAt(x *syntax, ev *event, w int, value string, ti int, own map[int]bool) bool {
	if date, _ := eventDate(value); ev.typ != "VOTE" || ev.noun || d.afterPublication(date) || x.markOf(w) != "to" {
		return false
	}
	if ti > 0 && deadlineWords[d.toks[ti-1].lower] {
		return false
	}
	h := x.head(w)
	if h >= 0 && x.rel(h) == "obj" {
		h = x.head(h) // "a motion to remove": the verb that passes the motion
	}
	for h >= 0 && !own[h] && x.rel(h) == "xcomp" {
		h = x.head(h) // "failed to pass": the trigger's own verb
	}
	return h >= 0 && own[h]
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

// nounHead is the noun word w hangs on, or -1.
func (x *syntax) nounHead(w int) int {
	if w < 0 {
		return -1
	}
	if h := x.head(w); h >= 0 && (x.pos(h) == "NOUN" || x.pos(h) == "PROPN") {
		return h
	}
	return -1
}
