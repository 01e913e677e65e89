package extract

import (
	"slices"
	"strings"
)

// dropAskedAbout takes from the event of verb trigger o the participants
// named only in a question its verb asks ("asked whether she had met the
// Russian ambassador in Kavran"): what is asked about has not happened to
// them, and the event is the asking.
func (d *doc) dropAskedAbout(si int, o occurrence, ev *event) {
	x, v := d.verbTriggerAt(si, o.i, o.n)
	if v < 0 {
		return
	}
	var questions []int
	for _, c := range x.childrenWith(v, "ccomp") {
		if m := x.markOf(c); m == "whether" || m == "if" {
			questions = append(questions, c)
		}
	}
	if len(questions) == 0 {
		return
	}
	ev.parts = slices.DeleteFunc(ev.parts, func(p part) bool {
		return p.role != "agent" && d.namedOnlyUnder(si, x, o.i+o.n, d.sents[si].last, p.ent, questions)
	})
}

// peopleOf reports whether sentence si names country e after token from
// only as the nationality of people ("nine Iranian diplomats"): its
// people, not its ground.
func (d *doc) peopleOf(si, from, e int) bool {
	named := false
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.ent != e || m.first < from {
			continue
		}
		if m.via != "demonym" || m.last >= d.sents[si].last || !collectiveNouns[d.toks[m.last].lower] && !personNouns[d.toks[m.last].lower] {
			return false
		}
		named = true
	}
	return named
}

// namedAfter reports whether sentence si names entity e right after the
// word w.
func (d *doc) namedAfter(si, e int, w string) bool {
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.ent == e && m.first > d.sents[si].first && d.toks[m.first-1].lower == w {
			return true
		}
	}
	return false
}

// namedRightBefore reports whether entity e is named in sentence si right
// before word w.
func (d *doc) namedRightBefore(si, e int, w string) bool {
	return slices.ContainsFunc(d.sentMents[si], func(mi int) bool {
		m := &d.ments[mi]
		return m.ent == e && m.last < d.sents[si].last && d.toks[m.last].lower == w
	})
}

// listedAfter reports whether entity e is named right after word w (a
// "the" between), or in a list that w opens ("from Washington and
// Brussels").
func (d *doc) listedAfter(si, e int, w string) bool {
	ms, first := d.sentMents[si], d.sents[si].first
	for k, mi := range ms {
		if d.ments[mi].ent != e {
			continue
		}
		for m := &d.ments[mi]; m.first > first; m = &d.ments[ms[k]] {
			p := m.first - 1
			if d.toks[p].lower == "the" && p > first {
				p--
			}
			if d.toks[p].lower == w {
				return true
			}
			sep := d.toks[m.first-1].lower
			if k == 0 || sep != "and" && sep != "," || d.ments[ms[k-1]].last != m.first-1 {
				break
			}
			k--
		}
	}
	return false
}

// namedBetween reports whether entity e is named in a "between X and Y"
// phrase of sentence si: clashes between two states are theirs, not where
// they happened.
func (d *doc) namedBetween(si, e int) bool {
	ms := d.sentMents[si]
	for k, mi := range ms {
		m := &d.ments[mi]
		if m.ent != e || m.first == d.sents[si].first {
			continue
		}
		switch d.toks[m.first-1].lower {
		case "between":
			return true
		case "and":
			if k > 0 && d.ments[ms[k-1]].last == m.first-1 && d.namedAfter(si, d.ments[ms[k-1]].ent, "between") {
				return true
			}
		}
	}
	return false
}

// rightBreaks end the clause after a trigger.
var rightBreaks = set("after before while because as when although though but whereas until")

// commaBefore is the comma that opens the speaker of a reporting verb at
// token j, among the eight tokens before it and after token from: the
// last one (", the ministry said"), or where commas set the speaker off
// as a name and a description in apposition (", its chairwoman, Abena
// Owusu, said"), the one before both. It is j when there is none.
// participleClause is the span [a, b) of tokens in [from, to) of sentence
// si that a participle's clause after a comma takes up ("…, dealing a
// blow to President X", "…, handing a victory to Y"), or -1, -1: what
// the clause does is the sentence's outcome, and whom it names no party
// to what came before it.
func (d *doc) participleClause(si, from, to int) (a, b int) {
	for j := from; j+1 < to; j++ {
		if d.toks[j].text != "," {
			continue
		}
		if x, w := d.wordAt(si, j+1); w >= 0 && x.tree.XPOS[w] == "VBG" && x.isVerb(w) && x.baseRel(w) == "advcl" {
			last := w
			for _, k := range x.subtree(w, nil) {
				last = max(last, k)
			}
			end := x.token(last) + 1
			for k := j + 2; k+1 < end; k++ {
				if d.toks[k].text == "," && (d.toks[k+1].lower == "and" || d.toks[k+1].lower == "but") {
					return j, k // "…, winning 41 seats, and Mwangi came third": a clause of its own, whatever the parse joins it to
				}
			}
			return j, end
		}
	}
	return -1, -1
}

// onlyNamedIn reports whether entity e is named in tokens [from, to) of
// sentence si only inside [a, b).
func (d *doc) onlyNamedIn(si, e, from, to, a, b int) bool {
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.first >= from && m.last <= to && (m.first < a || m.first >= b) && slices.Contains(d.refs(m), e) {
			return false
		}
	}
	return true
}

func (d *doc) commaBefore(si, from, j int) int {
	c := j - 1
	for c >= from && c >= j-8 && d.toks[c].text != "," {
		c--
	}
	if c < from || c < j-8 {
		return j
	}
	if c != j-1 {
		return c
	}
	start := c // the comma before the segments read so far
	for seg := 0; seg < 2; seg++ {
		b := start - 1
		for b >= from && b >= start-6 && d.toks[b].text != "," {
			b--
		}
		if b < from || b < start-6 || !d.speakerSegment(si, b+1, start) {
			break
		}
		start = b
	}
	return start
}

// speakerSegment reports whether tokens [i, k) are a name or a short
// description of someone ("its chairwoman", "the party's spokesman"), as
// set off by commas before a reporting verb; not a clause's end ("Police
// arrested Ivo Dorn").
func (d *doc) speakerSegment(si, i, k int) bool {
	if m := d.mentionOver(si, i); m != nil && m.first == i && m.last == k && m.named() {
		return i == 0 || !d.objectBefore(i)
	}
	for x := i; x < k; x++ {
		t := &d.toks[x]
		if t.kind != tokWord || t.cap && !commonWords[t.lower] || t.lower != "'s" && strings.HasSuffix(t.lower, "ed") {
			return false
		}
	}
	return k > i && (determiners[d.toks[i].lower] || possessives[d.toks[i].lower])
}

// objectBefore reports a verb right before token i, whose object a name
// there is ("Police arrested Ivo Dorn, Ana Holm said").
func (d *doc) objectBefore(i int) bool {
	t := &d.toks[i-1]
	return t.kind == tokWord && !t.cap && (strings.HasSuffix(t.lower, "ed") || carriesNoun(t.lower))
}

// reportingTail returns the comma that opens a sentence-final reporting
// clause (", the ministry said."), or -1.
func (d *doc) reportingTail(si int) int {
	s := &d.sents[si]
	for j := s.last - 1; j > s.first && j >= s.last-8; j-- {
		switch d.toks[j].lower {
		case "said", "says", "reported", "reports", "told", "added", "announced", "stated":
			if c := d.commaBefore(si, s.first+1, j); c < j { // ", the Committee to Protect Journalists said."
				return c
			}
			return -1
		}
	}
	return -1
}

// finalReportingClause reports a reporting verb closing its sentence after
// a comma: "..., a broadcaster reported on Monday."
func (d *doc) finalReportingClause(o occurrence, si int) bool {
	s := &d.sents[si]
	comma := false
	for j := o.i - 1; j >= s.first && j >= o.i-4; j-- {
		if d.toks[j].text == "," {
			comma = true
			break
		}
	}
	if !comma {
		return false
	}
	for j := o.i + o.n; j < s.last; j++ {
		if t := &d.toks[j]; t.kind == tokPunct && t.text != "." || j > o.i+o.n+3 {
			return false
		}
	}
	return true
}

// shareWords before "of the vote" make it a share of the votes cast.
var shareWords = wordSet("share_words.txt")

// lightVerbs carry an event told by its noun: "opened an investigation",
// "imposed sanctions", "held talks".
var lightVerbs = wordSet("light_verbs.txt")

// undergoingVerbs carry an event told by its noun that their subject
// undergoes: "faced an investigation", "survived a no-confidence vote".
var undergoingVerbs = wordSet("undergoing_verbs.txt")

// contestingVerbs tell the outcome of an event told by their object's
// noun: "won the parliamentary election on Sunday" dates the election.
var contestingVerbs = wordSet("contesting_verbs.txt")

// elicitingVerbs date the reaction their object's noun tells
// (data/words/eliciting_verbs.txt).
var elicitingVerbs = wordSet("eliciting_verbs.txt")

// carriesNoun reports a verb that carries an event told by its noun.
func carriesNoun(w string) bool { return lightVerbs[w] || undergoingVerbs[w] }

// sequenceVerbs relate two happenings by order or cause
// (data/words/sequence_verbs.txt).
var sequenceVerbs = wordSet("sequence_verbs.txt")

// subjectNounEnd is the token after the phrase of noun trigger o where
// the tree makes it the subject of a verb of sequence or of one that
// draws a reaction (elicitingVerbs): what follows the verb is another
// happening ("the vote followed a report by the agency", "the arrest
// sparked protests in Minsk", "the visit drew protests from China") and
// names no one of its own. It is -1 for any other trigger.
func (d *doc) subjectNounEnd(si int, o occurrence) int {
	x, w := d.triggerTree(si, o.i, o.n)
	if w < 0 || !o.t.noun || x.baseRel(w) != "nsubj" || x.head(w) < 0 || !x.isVerb(x.head(w)) || !sequenceVerbs[x.lemma(x.head(w))] && !elicitingVerbs[strings.ToLower(x.tree.Words[x.head(w)])] {
		return -1
	}
	return x.token(slices.Max(x.subtree(w, nil))) + 1
}

// relativeCarrier is who does what the noun trigger o tells, where a
// relative clause on the noun carries it with a light verb ("a protest
// she led in January", "the talks they held in Doha", "the tariffs,
// which Washington imposed on Monday"): the clause's subject; nil for
// none.
func (d *doc) relativeCarrier(si int, o occurrence) []int {
	x, w := d.triggerTree(si, o.i, o.n)
	if w < 0 {
		return nil
	}
	for _, v := range x.childrenWith(w, "acl:relcl") {
		if !lightVerbs[strings.ToLower(x.tree.Words[v])] || len(x.ownObjects(v)) > 0 {
			continue // "the protest that led to clashes": the noun is the subject
		}
		var out []int
		for _, s := range x.childrenWith(v, "nsubj") {
			out = appendNew(out, d.entsAt(si, x, s, "")...)
		}
		return out
	}
	return nil
}

// targetNamedAfter reports a noun trigger o that the tree gives a phrase
// of whom it targets ("on Iran", "against Belarus"): a name that
// modifies the noun is then who imposes it, not who it is imposed on
// ("US sanctions on Iran", "EU tariffs on Chinese steel").
func (d *doc) targetNamedAfter(si int, o occurrence) bool {
	x, w := d.triggerTree(si, o.i, o.n)
	if w < 0 {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(w, "nmod"), func(c int) bool {
		if cs := x.caseOf(c); cs != "on" && cs != "against" || c < w {
			return false
		}
		m := d.mentionOver(si, x.token(c))
		return m != nil && m.named()
	})
}

// ownObjects are the objects of verb v but a relative pronoun, which
// stands for the noun its clause is on: "which" in "the tariffs, which
// Washington imposed" is the tariffs.
func (x *syntax) ownObjects(v int) []int {
	return slices.DeleteFunc(x.childrenWith(v, "obj"), func(c int) bool { return relativePronouns[strings.ToLower(x.tree.Words[c])] })
}

// plottingVerbs make their doer the author of what their object names
// (data/words/plotting_verbs.txt).
var plottingVerbs = wordSet("plotting_verbs.txt")

// plotters are who plot what the noun trigger o tells, where the tree
// makes the noun the object of a verb of plottingVerbs ("Ivo Dorn
// orchestrated the attack") or the subject of its passive with a "by"
// phrase ("the attacks were plotted by Ivo Dorn"), or who is said to be
// behind it ("Russia was behind the explosion"); nil for none.
func (d *doc) plotters(si int, o occurrence) []int {
	x, w := d.triggerTree(si, o.i, o.n)
	if w < 0 {
		return nil
	}
	doers := x.behind(w)
	if doers == nil {
		if x.head(w) < 0 || !x.isVerb(x.head(w)) || !plottingVerbs[x.lemma(x.head(w))] {
			return nil
		}
		var passive bool
		doers, passive = x.verbDoers(x.head(w))
		if passive != (x.rel(w) == "nsubj:pass") || !passive && x.rel(w) != "obj" {
			return nil
		}
	}
	var out []int
	for _, c := range doers {
		if m := d.mentionOver(si, x.token(c)); m != nil && m.named() {
			out = appendNew(out, d.refs(m)...)
		}
	}
	return out
}

// behind is who is said to be "behind" what noun w tells, the subject of
// the copula it is the predicate of: "Russia was behind the explosion",
// and the one accused in "accused Russia of being behind the explosion".
// It is nil where w is no such predicate.
func (x *syntax) behind(w int) []int {
	if x.caseOf(w) != "behind" || len(x.childrenWith(w, "cop")) == 0 {
		return nil
	}
	if s := x.childrenWith(w, "nsubj"); len(s) > 0 {
		return s
	}
	if v := x.head(w); v >= 0 && accusingLemmas[x.lemma(v)] && x.marked(w, "of") {
		return x.childrenWith(v, "obj")
	}
	return nil
}

// lightVerbBefore is the light verb right before the noun trigger at i
// (across an article or a determiner and one adjective), else the one
// the tree makes the noun the object of, or -1.
func (d *doc) lightVerbBefore(si, i, left int) int {
	for j := i - 1; j >= left && j >= i-3; j-- {
		w := d.toks[j].lower
		if carriesNoun(w) {
			return j
		}
		if !determiners[w] && !(d.toks[j].kind == tokWord && !d.toks[j].cap) {
			break
		}
	}
	// further off, the tree tells: "received a three-year suspended
	// sentence", "travelled to Beijing on Tuesday for talks"; a verb
	// that steps up its object carries it too ("stepped up strikes")
	if x := d.syntaxOf(si); x != nil && x.at(i) >= 0 {
		if v := x.head(x.at(i)); v >= 0 && x.token(v) >= left && x.token(v) < i && (x.rel(x.at(i)) == "obj" && (carriesNoun(strings.ToLower(x.tree.Words[v])) || escalatingVerbs[strings.ToLower(x.tree.Words[v])]) || x.travelledFor(x.at(i))) {
			return x.token(v)
		}
	}
	return -1
}

// organisingVerbs carry a protest told by its noun: who calls it holds
// it (data/words/organising_verbs.txt).
var organisingVerbs = wordSet("organising_verbs.txt")

// organises reports whether verb v carries the protest noun w that it
// calls, as its object or its passive subject: "the union
// called a general strike for Monday", "the strike was called by the
// dockers' union"; not "called the strike illegal", where the verb says
// what the strike is.
func (x *syntax) organises(v, w int) bool {
	if v < 0 || w < 0 || x.head(w) != v || !organisingVerbs[strings.ToLower(x.tree.Words[v])] {
		return false
	}
	if r := x.rel(w); r != "obj" && r != "nsubj:pass" {
		return false
	}
	return len(x.childrenWith(v, "xcomp", "ccomp")) == 0 && len(x.childrenWith(v, "obj")) <= 1
}

// organiserVerb is the verb before noun trigger o of a PROTEST, from token
// left, that calls the protest (organises), or -1.
func (d *doc) organiserVerb(si int, o occurrence, left int) int {
	if o.t.typ != "PROTEST" || !o.t.noun {
		return -1
	}
	x, w := d.nounTriggerAt(si, o.i, o.n)
	if w < 0 {
		return -1
	}
	if v := x.head(w); x.organises(v, w) && x.token(v) >= left && x.token(v) < o.i {
		return x.token(v)
	}
	return -1
}

// subjectStart is the first token of the subject the tree gives the verb
// at token v, or left where it gives none: "people familiar with the
// talks said prosecutors in Riga opened" starts at "prosecutors".
func (d *doc) subjectStart(si, v, left int) int {
	x, w := d.wordAt(si, v)
	if w < 0 {
		return left
	}
	if ss := x.childrenWith(w, "nsubj"); len(ss) > 0 {
		return max(left, x.token(x.phraseStart(ss[0])))
	}
	return left
}

// travelVerbs take their subject somewhere for an event
// (data/words/travel_verbs.txt).
var travelVerbs = wordSet("travel_verbs.txt")

// travelledFor reports a noun w that a verb of travel is "for" or "on":
// its subject goes to take part in it ("flew to Kyiv for talks", "arrived
// in Kyiv on an unannounced visit").
func (x *syntax) travelledFor(w int) bool {
	h := x.head(w)
	return h >= 0 && x.baseRel(w) == "obl" && (x.caseOf(w) == "for" || x.caseOf(w) == "on") && travelVerbs[strings.ToLower(x.tree.Words[h])]
}

// destinations are the places and countries a verb of travel at token
// lv goes "to", or arrives "in".
func (d *doc) destinations(si, lv int) []int {
	x, v := d.wordAt(si, lv)
	if v < 0 || !travelVerbs[strings.ToLower(x.tree.Words[v])] {
		return nil
	}
	var out []int
	for _, c := range x.childrenWith(v, "obl") {
		if p := x.caseOf(c); p != "to" && !(p == "in" && x.lemma(v) == "arrive") {
			continue
		}
		out = append(out, d.placesNamedAt(si, x, c)...)
	}
	return out
}
