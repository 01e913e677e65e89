package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// firstPerson is the first named person in tokens [from, to) of sentence si.
func (d *doc) firstPerson(si, from, to int) []int {
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.first >= from && m.last <= to && m.ent >= 0 && m.named() && d.ents[m.ent].kind == polgraph.KindPerson {
			return []int{m.ent}
		}
	}
	return nil
}

// onlyInObliqueOfThing reports whether entity e is named after the trigger
// at o, up to token right, only inside a phrase of the trigger's verb (or
// of its object, but for an "of" phrase) that a noun for no one heads: in
// "arrested three men over the killing of X", X was killed, not arrested;
// "searched for a suspect identified as X" names the one sought. An
// adverbial clause of the verb is such a phrase too.
func (d *doc) onlyInObliqueOfThing(si int, o occurrence, e, right int) bool {
	x, v := d.verbTriggerAt(si, o.i, o.n)
	if v < 0 {
		return false
	}
	things := slices.DeleteFunc(x.verbPhrases(v, false), func(c int) bool { return x.pos(c) != "NOUN" || d.someoneNoun(si, x, c) })
	// an adverbial clause of purpose or time tells why or after what, of
	// other people: "fired tear gas to disperse supporters of X" fired at
	// no X (not a preposition the parse took for a marker: "a case
	// against X over alleged fraud")
	// and a participle's clause that has an object of its own tells a
	// second act: "clashed with police, demanding the resignation of X"
	for _, c := range x.childrenWith(v, "advcl") {
		if m := x.markOf(c); m == "to" || rightBreaks[m] || m == "" && c > v && x.tree.XPOS[c] == "VBG" && len(x.childrenWith(c, "obj")) > 0 {
			things = append(things, c)
		}
	}
	return d.namedOnlyUnder(si, x, o.i+o.n, right, e, things)
}

// onlyInActOf reports whether entity e is named after the trigger at o,
// up to token right, only inside the clause its verb governs with "of" or
// "for": the act someone is accused, convicted or praised for. In "two
// firms accused of supplying drones to Russia", Russia is in the act, not
// who is accused.
func (d *doc) onlyInActOf(si int, o occurrence, e, right int) bool {
	x, v := d.verbTriggerAt(si, o.i, o.n)
	if v < 0 {
		return false
	}
	acts := slices.DeleteFunc(x.childrenWith(v, "advcl", "acl"), func(c int) bool {
		m := x.markOf(c)
		return !x.isVerb(c) || m != "of" && m != "for"
	})
	return d.namedOnlyUnder(si, x, o.i+o.n, right, e, acts)
}

// onlyInJoinedVerb reports whether entity e is named after trigger o, up
// to token right, only under a verb joined to the trigger's verb (for a
// noun, the verb its phrase hangs on), after the trigger: in "was ousted
// in a no-confidence vote in April and replaced by Ana Holm", Holm
// replaced him; she neither ousted him nor cast the vote.
func (d *doc) onlyInJoinedVerb(si int, o occurrence, e, right int) bool {
	x, t := d.triggerTree(si, o.i, o.n)
	if t < 0 || !o.t.noun && !x.isVerb(t) {
		return false
	}
	g := t
	for steps := 0; !x.isVerb(g) && steps < 4; steps++ {
		if g = x.head(g); g < 0 {
			return false
		}
	}
	if !x.isVerb(g) {
		return false
	}
	conjs := slices.DeleteFunc(x.childrenWith(g, "conj"), func(c int) bool { return !x.isVerb(c) || c < t })
	return d.namedOnlyUnder(si, x, o.i+o.n, right, e, conjs)
}

// onlyInParticipleOnPhrase reports whether entity e is named after the
// verb trigger at o, up to token right, only inside a participle with a
// "by" phrase of its own that hangs on one of the verb's phrases: in
// "exchanged prisoners in a swap brokered by Qatar" and "freed the
// journalist under a deal mediated by Turkey", Qatar and Turkey did the
// brokering, a part in the act, not what it was done to.
func (d *doc) onlyInParticipleOnPhrase(si int, o occurrence, e, right int) bool {
	x, v := d.verbTriggerAt(si, o.i, o.n)
	if v < 0 {
		return false
	}
	var participles []int
	for _, p := range x.verbPhrases(v, false) {
		for _, c := range x.childrenWith(p, "acl") {
			if x.tree.XPOS[c] == "VBN" && slices.ContainsFunc(x.childrenWith(c, "obl:agent", "obl"), func(b int) bool { return x.caseOf(b) == "by" }) {
				participles = append(participles, c)
			}
		}
	}
	return len(participles) > 0 && d.namedOnlyUnder(si, x, o.i+o.n, right, e, participles)
}

// onlyInRelativeOnVerb reports whether entity e is named after the
// trigger at o, up to token right, only inside a relative clause that has
// a subject of its own, on the trigger's verb itself or on one of its
// phrases: "passed a law in 2016, which the United Nations criticised" and
// "funded two parties, in a report that the Kremlin dismissed" tell a
// second act, whose doer took no part in the first.
func (d *doc) onlyInRelativeOnVerb(si int, o occurrence, e, right int) bool {
	x, v := d.verbTriggerAt(si, o.i, o.n)
	if v < 0 {
		return false
	}
	clauses := x.childrenWith(v, "acl:relcl")
	for _, p := range x.childrenWith(v, "obl") {
		clauses = append(clauses, x.childrenWith(p, "acl:relcl")...) // "in a report that the Kremlin dismissed"
	}
	clauses = slices.DeleteFunc(clauses, func(c int) bool { return !x.ownSubject(c) })
	return len(clauses) > 0 && d.namedOnlyUnder(si, x, o.i+o.n, right, e, clauses)
}

// onlyInClauseOnArgument reports whether entity e is named after the
// trigger at o, up to token right, only inside a clause on one of the
// trigger's arguments that is a measure or an enactment: a relative
// clause, or a participle with an object of its own, on the noun ("voted
// on a bill that would ban strikes in Velbrook", "a vote on a bill banning
// strikes in Velbrook"). The clause tells what the measure would do, and
// where, not where the trigger's act was.
func (d *doc) onlyInClauseOnArgument(si int, o occurrence, e, right int) bool {
	x, t := d.triggerTree(si, o.i, o.n)
	if t < 0 {
		return false
	}
	args := x.childrenWith(t, "obj", "iobj", "obl", "nmod", "nsubj", "nsubj:pass")
	if h := x.head(t); !x.isVerb(t) && x.rel(t) == "obj" && h >= 0 && x.isVerb(h) {
		// "held a vote on Friday on a bill banning rallies in Velbrook":
		// the phrases of a noun's light verb are the noun's
		args = append(args, x.childrenWith(h, "obl")...)
	}
	var clauses []int
	for _, c := range args {
		if l := strings.ToLower(x.lemma(c)); !measureNouns[l] && !enactmentNouns[l] {
			continue // a measure's clause tells what it would do; not "met officials who were in Orsk"
		}
		clauses = append(clauses, x.childrenWith(c, "acl:relcl")...)
		for _, p := range x.childrenWith(c, "acl") {
			if len(x.childrenWith(p, "obj")) > 0 {
				// an act with an object of its own; not "a statement
				// released in Orsk", which tells where it was said
				clauses = append(clauses, p)
			}
		}
	}
	return len(clauses) > 0 && d.namedOnlyUnder(si, x, o.i+o.n, right, e, clauses)
}

// residenceVerbs tell where someone lives or is based
// (data/words/residence_verbs.txt).
var residenceVerbs = wordSet("residence_verbs.txt")

// onlyInResidence reports whether sentence si names place e, among tokens
// [from, right), only in clauses that say where someone lives or is based
// ("who lives in Moscow", "a group based in Orsk"), which are not the
// clause of the trigger at o.
func (d *doc) onlyInResidence(si int, o occurrence, e, right int) bool {
	x, t := d.triggerTree(si, o.i, o.n)
	if t < 0 {
		return false
	}
	var clauses []int
	for w := range x.tree.Words {
		if r := x.rel(w); (r == "acl:relcl" || r == "acl") && w != t && residenceVerbs[x.lemma(w)] && !x.dominates(w, t) {
			clauses = append(clauses, w)
		}
	}
	return len(clauses) > 0 && d.namedOnlyUnder(si, x, o.i+o.n, right, e, clauses)
}

// ownSubject reports whether relative clause r has a subject of its own,
// not its relative pronoun: "that the Kremlin dismissed", not "who were".
func (x *syntax) ownSubject(r int) bool {
	return slices.ContainsFunc(x.childrenWith(r, "nsubj"), func(s int) bool { return !relativePronouns[strings.ToLower(x.tree.Words[s])] })
}

// verbPhrases are the prepositional phrases of verb v: its obliques and
// its objects' noun modifiers, where the parse may hang a phrase of the
// verb ("arrested two men in connection with the murder of X",
// "criticised the plan in an interview with X"); an object's "of" phrase
// only where withOf holds, as it may be the object's own ("the murder of
// X").
func (x *syntax) verbPhrases(v int, withOf bool) []int {
	phrases := x.childrenWith(v, "obl")
	for _, ob := range x.childrenWith(v, "obj") {
		for _, c := range x.childrenWith(ob, "nmod") {
			if withOf || x.caseOf(c) != "of" {
				phrases = append(phrases, c)
			}
		}
	}
	return phrases
}

// onlyInVehicle reports whether entity e is named after the trigger at o,
// up to token right, only inside an "in" phrase of the trigger's verb that
// a noun for what words are put in heads (data/words/vehicle_nouns.txt): in
// "defended the trip in an interview with the daily Nordposten" the
// paper asked the questions, and is not what was defended.
func (d *doc) onlyInVehicle(si int, o occurrence, e, right int) bool {
	x, v := d.verbTriggerAt(si, o.i, o.n)
	if v < 0 {
		return false
	}
	vehicles := slices.DeleteFunc(x.verbPhrases(v, true), func(c int) bool { return x.caseOf(c) != "in" || !vehicleNouns[strings.ToLower(x.lemma(c))] })
	return len(vehicles) > 0 && d.namedOnlyUnder(si, x, o.i+o.n, right, e, vehicles)
}

// besidePreps put a person who goes along with a crowd beside its act
// ("walked out behind him", "marched alongside Dorn"): no one it is done
// to. ("threw her support behind Dorn" is no crowd's act: it backs him.)
var besidePreps = set("behind alongside beside")

// onlyBesideDoers reports whether entity e is named after the trigger at
// o, up to token right, only as someone who goes along with a crowd that
// does it, behind or beside it (besidePreps): "walked out behind him",
// "marched alongside Ivo Dorn", "walked out, with Dorn behind them". He
// leads or joins them; their protest is not aimed at him.
func (d *doc) onlyBesideDoers(si int, o occurrence, e, right int) bool {
	x := d.syntaxOf(si)
	if x == nil {
		return false
	}
	named := false
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.ent != e || m.first < o.i+o.n || m.last > right {
			continue
		}
		w := x.at(m.first)
		if w < 0 {
			return false
		}
		if !besidePreps[x.caseOf(w)] && !slices.ContainsFunc(x.childrenWith(w, "obl", "nmod", "advcl"), func(c int) bool {
			return besidePreps[x.caseOf(c)] && x.pos(c) == "PRON" // "with Dorn behind them"
		}) {
			return false
		}
		named = true
	}
	return named
}

// onlyInOnPhrase reports whether entity e is named after the trigger at
// o, up to token right, only inside the trigger's "on" phrase: what a
// sanction is imposed on ("a ban on lorries registered in Belarus",
// "sanctions on firms based in Iran").
func (d *doc) onlyInOnPhrase(si int, o occurrence, e, right int) bool {
	x, t := d.triggerTree(si, o.i, o.n)
	if t < 0 {
		return false
	}
	var on []int
	for _, c := range x.childrenWith(t, "nmod", "obl") {
		if x.caseOf(c) == "on" {
			on = append(on, c)
		}
	}
	return len(on) > 0 && d.namedOnlyUnder(si, x, o.i+o.n, right, e, on)
}

// onlySubjectOfLaterClause reports whether entity e is named after the
// trigger at o, up to token right, only as the subject of a clause joined
// on, or of a relative clause of taking a stance, whose verb follows the
// trigger and is not the trigger's own: in "Vilnius imposed a ban on
// lorries and Estonia's Supreme Court threw out the conviction", the court
// does what its own verb tells and undergoes no ban; in "criticised the
// mining law, a policy which the UN has also criticised", the UN is a
// critic, not criticised.
func (d *doc) onlySubjectOfLaterClause(si int, o occurrence, e, right int) bool {
	x, t := d.triggerTree(si, o.i, o.n)
	if t < 0 {
		return false
	}
	own := t
	if !x.isVerb(t) {
		own = x.verbAbove(t)
	}
	var subjects []int
	for w := t + 1; w < len(x.tree.Words); w++ {
		if h := x.head(w); h > t && h != own && x.isVerb(h) && (x.rel(h) == "conj" || x.rel(h) == "acl:relcl" && x.takesStance(h, o.t.typ)) && (x.rel(w) == "nsubj" || x.rel(w) == "nsubj:pass") {
			subjects = append(subjects, w)
		}
	}
	return len(subjects) > 0 && d.namedOnlyUnder(si, x, o.i+o.n, right, e, subjects)
}

// onlyInClauseOfNounsVerb reports whether entity e is named after the
// noun trigger at o, up to token right, only in a clause of the verb the
// noun is the subject of: in "the resignation showed that Labour was in
// chaos" Labour is what the resignation showed of, not what was resigned
// from.
func (d *doc) onlyInClauseOfNounsVerb(si int, o occurrence, e, right int) bool {
	x, t := d.triggerTree(si, o.i, o.n)
	if t < 0 || x.baseRel(t) != "nsubj" || x.head(t) < 0 {
		return false
	}
	clauses := x.childrenWith(x.head(t), "ccomp", "xcomp", "advcl", "parataxis")
	return len(clauses) > 0 && d.namedOnlyUnder(si, x, o.i+o.n, right, e, clauses)
}

// onlyPatientOfActNoun reports whether entity e is named after the
// trigger at o, up to token right, only in the "of" phrase of an act
// the verb is done to, where that phrase names whom the act is done to:
// in "condemned the arrest of Ivo Dorn" Dorn was arrested, and the
// criticism is of the arrest, not of him; so is what "welcomed the release
// of Ivo Dorn" supports. Not "criticised the proposal of Ivo Dorn", whose
// proposal is his own.
func (d *doc) onlyPatientOfActNoun(si int, o occurrence, e, right int) bool {
	x, v := d.verbTriggerAt(si, o.i, o.n)
	if v < 0 {
		return false
	}
	var roots []int
	for _, w := range x.childrenWith(v, "obj") {
		if t := nounTrigger(strings.ToLower(x.tree.Words[w])); t.words == nil || objectRole[t.typ] != "patient" {
			continue
		}
		for _, c := range x.childrenWith(w, "nmod") {
			if x.caseOf(c) == "of" {
				roots = append(roots, c)
			}
		}
	}
	return len(roots) > 0 && d.namedOnlyUnder(si, x, o.i+o.n, right, e, roots)
}

// onlyWhereActWas reports whether place or state e is named after the
// trigger at o, up to token right, only in a phrase of place inside an
// act the verb is done to: in "condemned an air strike on an aid convoy
// in northern Syria" Syria is where the strike fell, not whom the
// criticism is of.
func (d *doc) onlyWhereActWas(si int, o occurrence, e, right int) bool {
	if k := d.ents[e].kind; k != polgraph.KindPlace && k != polgraph.KindCountry {
		return false
	}
	x, v := d.verbTriggerAt(si, o.i, o.n)
	if v < 0 {
		return false
	}
	var roots []int
	for _, w := range x.childrenWith(v, "obj") {
		if !slices.ContainsFunc(triggers[strings.ToLower(x.tree.Words[w])], func(t trigger) bool { return t.noun }) {
			continue
		}
		for _, c := range x.subtree(w, nil) {
			if c != w && (x.rel(c) == "nmod" || x.rel(c) == "obl") && placeCases[x.caseOf(c)] {
				roots = append(roots, c)
			}
		}
	}
	return len(roots) > 0 && d.namedOnlyUnder(si, x, o.i+o.n, right, e, roots)
}

// placeCases open a phrase that tells where something happened.
var placeCases = set("in near at outside inside across")

// namedOnlyUnder reports whether entity e is named in sentence si between
// tokens from and to, and every such naming lies under one of the words
// roots of the tree x.
func (d *doc) namedOnlyUnder(si int, x *syntax, from, to, e int, roots []int) bool {
	named := false
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.ent != e || m.first < from || m.last > to {
			continue
		}
		w := x.at(m.first)
		if w < 0 || !slices.ContainsFunc(roots, func(c int) bool { return x.dominates(c, w) }) {
			return false
		}
		named = true
	}
	return named
}

// notSpeakers is ents less those sentence si names only as the speaker
// the trigger at token trig is told by (speakerOver).
func (d *doc) notSpeakers(si int, ents []int, trig int) []int {
	if len(ents) == 0 {
		return ents
	}
	return slices.DeleteFunc(slices.Clone(ents), func(e int) bool {
		speaker := false
		for _, mi := range d.sentMents[si] {
			if m := &d.ments[mi]; m.ent == e {
				if !d.speakerOver(m, trig) {
					return false // "opened a case against her, Ana Vell said": named in the event too
				}
				speaker = true
			}
		}
		return speaker
	})
}

// speakerOver reports whether mention m is, in its sentence's tree, the
// subject of a verb the trigger at token trig depends on: "Police detained
// 20 people, Ana Holm said": who tells of an event takes no part in it.
func (d *doc) speakerOver(m *mention, trig int) bool {
	x := d.syntaxOf(m.sent)
	if x == nil {
		return false
	}
	w := x.nameHead(m.first, m.last)
	if w < 0 || x.baseRel(w) != "nsubj" {
		return false
	}
	v := x.head(w)
	return v >= 0 && v != x.at(trig) && x.dominates(v, x.at(trig))
}

// relativeBefore finds "who"/"which" right before a verb (past auxiliaries
// and adverbs): the verb's subject is the relative pronoun's antecedent.
func (d *doc) relativeBefore(i, left int) (int, bool) {
	for j := i - 1; j >= left && j >= i-4; j-- {
		l := d.toks[j].lower
		switch {
		case l == "who" || l == "which":
			return j, true
		case beForms[l] || l == "had" || l == "has" || l == "have" || l == "not" || strings.HasSuffix(l, "ly"):
		default:
			return 0, false
		}
	}
	return 0, false
}

// conjunctRelative is the relative pronoun that is the subject of the
// verb trigger i is coordinated with, which the tree gives where the
// first verb tells no event of its own and the clause names no subject
// ("Kiss, who had chaired the party since 2016 and resigned in March":
// Kiss resigned).
func (d *doc) conjunctRelative(si, i int) (int, bool) {
	x, w := d.wordAt(si, i)
	if w < 0 || x.rel(w) != "conj" || len(x.childrenWith(w, "nsubj", "nsubj:pass")) > 0 {
		return 0, false
	}
	for _, s := range x.childrenWith(x.head(w), "nsubj", "nsubj:pass") {
		if l := strings.ToLower(x.tree.Words[s]); l == "who" || l == "which" {
			return x.token(s), true
		}
	}
	return 0, false
}

// coordinated reports whether the trigger follows "and" (with adverbs) at the
// start of its clause: "... and allegedly advised".
func coordinated(d *doc, left, i int) bool {
	for j := i - 1; j >= left && j >= i-3; j-- {
		switch l := d.toks[j].lower; {
		case l == "and" || l == "but" || l == "then":
			return true
		case strings.HasSuffix(l, "ly") || l == "also" || l == "later" || l == "had" || l == "has" || l == "have" || l == "then":
			continue
		default:
			return false
		}
	}
	return false
}

// reducedRelative reports a participle right after a noun that it
// modifies, or set off from it by a comma: "a journalist detained in
// Belarus", "Ivo Dorn, backed by his party, ...", "two Russian
// diplomats accused of spying".
func (d *doc) reducedRelative(o occurrence, si int) bool {
	s := &d.sents[si]
	w := d.toks[o.i].lower
	if intransitive[o.t.typ] {
		return false // "Marwen of Varovia resigned on Wednesday": no one resigns someone
	}
	if !strings.HasSuffix(w, "ed") || o.n > 1 || o.i == s.first || o.i+o.n >= s.last {
		return false
	}
	switch d.toks[o.i+o.n].lower {
	case "in", "by", "at", "on", "over", "for", "after", "during", "last", "earlier":
	case "of", "with", "to":
		// "a businessman accused of bribery", "an aide charged with
		// espionage", "a lawyer sentenced to five years": the charge or
		// the sentence follows the one it is laid on; not "Holm met with
		// Dorn", whose verb is no charge
		if o.t.typ != "ACCUSATION" && o.t.typ != "LEGAL_ACTION" {
			return false
		}
	default:
		return false
	}
	if !s.headline && d.hasThat(o.i+o.n, min(o.i+o.n+5, s.last)) {
		return false // "Global News reported on Monday that…": a clause follows, the verb is the sentence's
	}
	prev := &d.toks[o.i-1]
	if prev.lower == "," && o.i-1 > s.first {
		prev = &d.toks[o.i-2]
	}
	return prev.kind == tokWord && !calendarWords[prev.lower] && !beForms[prev.lower] && prev.lower != "had" && prev.lower != "has" && prev.lower != "have" && !strings.HasSuffix(prev.lower, "ly") && (prev.cap || personNouns[prev.lower] || workRoles[prev.lower] || stateOrganNouns[prev.lower])
}

// intransitive are the types whose verbs take no object to make passive.
var intransitive = map[string]bool{"RESIGNATION": true, "APOLOGY": true, "PROTEST": true}

// isPassive reports whether the verb at i follows a form of "be".
func (d *doc) isPassive(i, first int) bool {
	if strings.HasSuffix(d.toks[i].lower, "ing") {
		return false // "was stepping down": progressive, not passive
	}
	for j := i - 1; j >= first && j >= i-3; j-- {
		l := d.toks[j].lower
		if beForms[l] {
			return true
		}
		if !(strings.HasSuffix(l, "ly") || l == "not" || l == "also" || l == "been" || l == "later" || l == "then" || l == "reportedly" || l == "first" || l == "already" || l == "just" || l == "never" || l == "once") {
			return false
		}
	}
	return false
}

// relativeClauses marks the tokens of ", who ... ," clauses of sentence si.
func (d *doc) relativeClauses(si int) map[int]bool {
	if d.relClauses == nil {
		d.relClauses = make(map[int]map[int]bool)
	}
	if rel, ok := d.relClauses[si]; ok {
		return rel // events and their dates both ask, sentence by sentence
	}
	rel := d.readRelativeClauses(si)
	d.relClauses[si] = rel
	return rel
}

func (d *doc) readRelativeClauses(si int) map[int]bool {
	s := &d.sents[si]
	var rel map[int]bool
	for i := s.first + 1; i < s.last; i++ {
		l := d.toks[i].lower
		if (l == "who" || l == "which" || l == "whose") && d.toks[i-1].text == "," {
			if rel == nil {
				rel = map[int]bool{}
			}
			for j := i; j < s.last && d.toks[j].text != ","; j++ {
				rel[j] = true
			}
		}
	}
	return rel
}

// refs returns the entities a mention stands for.
func (d *doc) refs(m *mention) []int {
	if m.group != nil {
		return m.group
	}
	if m.ent >= 0 && d.ents[m.ent].kind != "" {
		return []int{m.ent}
	}
	return nil
}

// inPP reports whether mention m sits in a prepositional phrase that
// starts at or after token first.
func (d *doc) inPP(m *mention, first int) bool {
	if m.via == "pronoun" && m.first > first && d.clauseVerbBeforeTime(m.sent, m.first) {
		// "said on Thursday he had quit", "said on Tuesday it had
		// opened": the preposition is the time's, the pronoun the
		// reported clause's subject
		return false
	}
	start := m.first
	if m.office != nil && m.officeStart >= first && m.officeStart < m.first && !d.openingAside(m) {
		start = m.officeStart // "Secretary of State Ana Holm": the "of" is the title's
	}
	for j := start - 1; j >= first && j >= start-4; j-- {
		l := d.toks[j].lower
		if prepositions[l] {
			return true
		}
		if l == "that" && j == start-1 {
			return false // "a report by Politico that she had met": the clause's subject, after its "that"
		}
		if determiners[l] || numberWords[l] > 0 || l == "'s" || d.toks[j].cap || strings.HasSuffix(l, "ly") {
			continue
		}
		return false
	}
	return false
}

// openingAside reports whether the title before mention m's name is the
// end of a phrase the sentence opens with, set off by a comma, and the
// name goes straight on to its verb: in "Through a spokesperson, Mirko Dal
// denied the report" the spokesperson is Dal's means, not Dal, whose name
// would close with a comma as an apposition ("A spokesperson, Mirko Dal,
// said").
func (d *doc) openingAside(m *mention) bool {
	if m.last >= len(d.toks) || d.toks[m.last].kind != tokWord {
		return false
	}
	for j := m.officeStart; j < m.first; j++ {
		if d.toks[j].text == "," {
			return true
		}
	}
	return false
}

// institutionOf reads "police in X", "authorities of X" at the start of a
// clause as X acting through its institution.
func (d *doc) institutionOf(si, left, i int) []int {
	for j := left; j < i-1 && j < left+8; j++ {
		if !collectiveNouns[d.toks[j].lower] {
			continue
		}
		if p := d.toks[j+1].lower; p != "in" && p != "of" && p != "from" {
			return nil
		}
		for _, mi := range d.sentMents[si] {
			m := &d.ments[mi]
			if m.via == "demonym" && !d.demonymOfBody(si, m, i) {
				continue // "leaders of three Varovian parties": the demonym qualifies the parties, not the leaders' body
			}
			if m.first > j+1 && m.first <= j+3 && m.last <= i && m.ent >= 0 {
				if k := d.ents[m.ent].kind; k == polgraph.KindCountry || k == polgraph.KindPlace {
					return []int{m.ent}
				}
			}
		}
		return nil
	}
	return nil
}

var possessives = set("his her their its")

// collectiveNouns after a demonym make it stand for its state ("Varovian authorities").
var collectiveNouns = wordSet("collective_nouns.txt")

// demonymOfBody reports whether demonym mention m, alone or in a list of
// nationalities ("Egyptian and Qatari mediators"), modifies a collective
// noun before token to: each state of the list acts through its body.
func (d *doc) demonymOfBody(si int, m *mention, to int) bool {
	end := d.demonymListEnd(si, m)
	return end < to && collectiveNouns[d.toks[end].lower]
}

// goodsDemonym reports demonym mention m on the goods a trade noun names
// ("a ban on imports of Lithuanian beef"): the state the goods are from,
// which a ban on them is done to (see goodsStateOf).
func (d *doc) goodsDemonym(si int, m *mention) bool {
	x, w := d.wordAt(si, m.first)
	if w < 0 || x.rel(w) != "amod" {
		return false
	}
	g := x.head(w)
	for x.rel(g) == "conj" {
		g = x.head(g) // "imports of Lithuanian beef and Latvian pork"
	}
	return x.rel(g) == "nmod" && x.caseOf(g) == "of" && tradeFlowNouns[strings.ToLower(x.tree.Words[x.head(g)])]
}

// statelike reports a mention of a country (or its capital standing for it).
func (d *doc) statelike(m *mention) bool {
	r := d.refs(m)
	return len(r) == 1 && d.ents[r[0]].kind == polgraph.KindCountry
}

// subjectIn picks the subject of a verb at tokens [left, i).
func (d *doc) subjectIn(si, left, i int, rel map[int]bool) []int {
	var firstRefs []int
	mis := d.sentMents[si]
	for k, mi := range mis {
		m := &d.ments[mi]
		if m.first < left || m.last > i || rel[m.first] && !rel[i] {
			continue
		}
		if m.via == "demonym" && !d.demonymOfBody(si, m, i) {
			continue // "a Varovian", "Canadian MP": a person, not the state
		}
		if m.last < i && d.toks[m.last].lower == "'s" && !(m.last+1 < i && collectiveNouns[d.toks[m.last+1].lower] && d.statelike(m)) {
			continue // "Varovia's Maranescu": the possessor is not the subject; "China's embassy" is the state
		}
		if k+1 < len(mis) && d.modifies(m, &d.ments[mis[k+1]]) {
			continue // "Huawei executive Meng Wanzhou": the name after is the subject
		}
		if d.inPP(m, left) {
			continue
		}
		r := d.refs(m)
		if r == nil || m.via == "pronoun" && possessives[d.toks[m.first].lower] || d.ents[r[0]].kind == polgraph.KindPlace {
			continue // "His party, the Civic Alliance, called": not he
		}
		// "Michael Kovrig and Michael Spavor"
		out := slices.Clone(r)
		if m.via == "demonym" {
			out = appendNew(out, d.demonymListRefs(si, m)...) // "Franco-German officials"
		}
		for k2 := k + 1; k2 < len(mis); k2++ {
			n := &d.ments[mis[k2]]
			start := n.first
			if k2+1 < len(mis) && d.modifies(n, &d.ments[mis[k2+1]]) {
				// "X and Turkish President Recep Tayyip Erdogan": the
				// demonym opens the conjunct, the person it modifies is it
				k2++
				n = &d.ments[mis[k2]]
			} else if n.office != nil && n.officeStart > m.last && n.officeStart < n.first {
				start = n.officeStart // "X and Prime Minister Tomas Rell": the title opens the conjunct
			}
			if n.last > i || start-m.last > 2 || !d.joinedByAnd(m.last, start) {
				break
			}
			out = append(out, d.refs(n)...)
			m = n
		}
		firstRefs = out
		break
	}
	return firstRefs
}

// modifies reports whether mention m modifies the person named right after
// it, with at most two lowercase words between, or, as a possessor, a
// title ("Peru's Interior Minister Julio Marten").
func (d *doc) modifies(m, next *mention) bool {
	if next.first < m.last || next.first > m.last+4 || next.ent < 0 || d.ents[next.ent].kind != polgraph.KindPerson || !next.named() && next.via != "role" {
		return false
	}
	for j := m.last; j < next.first; {
		if j == m.last && (d.toks[j].lower == "'s" || d.toks[j].lower == "’s") && j+1 < next.first {
			j++ // "Peru's Interior Minister Julio Marten": the state's officer
			continue
		}
		if n, _ := d.officeAt(j, next.first); n > 0 {
			j += n // "U.S. Secretary of State Ana Holm": a title, capitals and all
			continue
		}
		t := &d.toks[j]
		if honorifics[t.lower] && t.cap {
			j++ // "U.S. Attorney Ana Holm"
			continue
		}
		if t.kind != tokWord || t.cap && next.via != "role" {
			return false
		}
		if n, _ := d.officeAt(j, next.first+1); n == 0 && !personNouns[t.lower] && !workRoles[t.lower] && t.lower != "senior" && t.lower != "former" {
			return false // "Moreau appointed Bhandari": a verb, not a title
		}
		j++
	}
	return true
}

// joinedByAnd reports whether tokens [a, b) are "and" or ", and" or ",".
func (d *doc) joinedByAnd(a, b int) bool {
	if b <= a {
		return false
	}
	for j := a; j < b; j++ {
		// "Poland, the Czech Republic and Hungary", "Canada and the EU"
		if l := d.toks[j].lower; l != "and" && l != "," && l != "or" && !(l == "the" && j+1 == b) {
			return false
		}
	}
	return true
}

// nearestBefore is the entity of the mention closest before token i, with
// those coordinated before it ("Poland, the Czech Republic and Hungary,
// who were invited").
func (d *doc) nearestBefore(i, first, si int) []int {
	mis := d.sentMents[si]
	best := -1
	for k, mi := range mis {
		m := &d.ments[mi]
		if m.last <= i && m.first >= first && m.via != "demonym" && d.refs(m) != nil {
			best = k
		}
	}
	if best < 0 {
		return nil
	}
	out := slices.Clone(d.refs(&d.ments[mis[best]]))
	for k := best - 1; k >= 0; k-- {
		prev, next := &d.ments[mis[k]], &d.ments[mis[k+1]]
		if next.first-prev.last > 2 || !d.joinedByAnd(prev.last, next.first) || d.refs(prev) == nil {
			break
		}
		out = slices.Concat(d.refs(prev), out) // a copy: refs may be a mention's own group
	}
	return out
}

// appositionHead is the name a relative pronoun at w reaches through an
// apposition: "Ilan Shor, a fugitive politician who …" (at most four words
// between the comma's article and "who").
func (d *doc) appositionHead(w, si int) []int {
	first := d.sents[si].first
	for j := w - 1; j > first && j >= w-5; j-- {
		t := d.toks[j].lower
		if t != "a" && t != "an" && t != "the" {
			if d.toks[j].kind != tokWord || d.toks[j].cap {
				return nil
			}
			continue
		}
		if j-1 <= first || d.toks[j-1].text != "," {
			return nil
		}
		for _, mi := range d.sentMents[si] {
			if m := &d.ments[mi]; m.last == j-1 && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPerson {
				return d.refs(m)
			}
		}
		return nil
	}
	return nil
}

// modifierBefore is the entity right before a noun trigger ("Chinese
// interference", "Dong's resignation").
func (d *doc) modifierBefore(i, si int) []int {
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		gap := i - m.last
		if gap == 0 || gap == 1 && (d.toks[m.last].lower == "'s" || d.toks[m.last].lower == "foreign") {
			if o := d.hyphenedBefore(si, m); o != nil {
				return appendNew(slices.Clone(d.refs(o)), d.refs(m)...) // "Russian-Ukrainian talks": both sides
			}
			return d.refs(m)
		}
	}
	if m := d.possessorOver(i, si); m != nil {
		return d.refs(m)
	}
	return nil
}

// possessorOver is the named possessor of the noun at token i that
// adjectives part from it ("Russia's latest strikes", "Holm's surprise
// resignation", "Hong Kong's district council elections", whose
// "district" modifies "council"), as the tree gives it, or nil.
func (d *doc) possessorOver(i, si int) *mention {
	x := d.syntaxOf(si)
	if x == nil {
		return nil
	}
	w := x.at(i)
	if w < 0 || len(x.childrenWith(w, "conj")) > 0 {
		return nil // "Tanzania's criminal investigation and immigration departments": bodies' names the parse split
	}
	for _, c := range x.childrenWith(w, "nmod:poss") {
		m := d.mentionOver(si, x.token(c))
		if m == nil || !m.named() || m.last >= i || d.toks[m.last].lower != "'s" {
			continue
		}
		between := true
		for j := m.last + 1; j < i && between; j++ {
			v := x.at(j)
			between = v >= 0 && (x.rel(v) == "amod" || x.rel(v) == "compound" && x.pos(v) == "NOUN")
			if between {
				h := x.head(v)
				between = h == w || h > v && x.token(h) < i // on a later modifier, itself checked
			}
		}
		if between {
			return m
		}
	}
	return nil
}

// meansStart is the first token of the weapons' words right before token
// i of sentence si ("drone" in "a Ukrainian drone attack"), or i.
func (d *doc) meansStart(si, i int) int {
	for i > d.sents[si].first && d.toks[i-1].kind == tokWord && (armedNouns[d.toks[i-1].lower] || armedNouns[strings.TrimSuffix(d.toks[i-1].lower, "s")]) {
		i--
	}
	return i
}

// hyphenedBefore is the demonym joined right before demonym mention m
// by a hyphen ("Russian" in "Russian-Ukrainian"), or nil.
func (d *doc) hyphenedBefore(si int, m *mention) *mention {
	for _, oi := range d.sentMents[si] {
		if o := &d.ments[oi]; o.last == m.first-1 && d.hyphenedAfter(si, o) == m {
			return o
		}
	}
	return nil
}

// hyphenedAfter is the demonym joined right after demonym mention m by a
// hyphen with no space ("Iranian" in "British-Iranian"), or nil.
func (d *doc) hyphenedAfter(si int, m *mention) *mention {
	if m.via != "demonym" || m.last+1 >= len(d.toks) || d.toks[m.last].text != "-" || d.toks[m.last].start != d.toks[m.last-1].end || d.toks[m.last+1].start != d.toks[m.last].end {
		return nil
	}
	for _, oi := range d.sentMents[si] {
		if o := &d.ments[oi]; o.first == m.last+1 && o.via == "demonym" {
			return o
		}
	}
	return nil
}

// agentiveModifier reports whether the name right before the nominal
// trigger at token i names who does it, as a demonym or a possessive
// does ("Israeli air strikes", "Hamas's attack"), where a bare name
// before it may tell where ("the Kenya bombing"), unless the trigger opens
// with the means it is done by, a weapon or a word of the trigger's phrase
// of n tokens: a bare name before the means owns it ("the U.S. missile
// strike", "NATO air strikes").
func (d *doc) agentiveModifier(i, n, si int) bool {
	weapon := n > 1 || i < len(d.toks) && armedNouns[d.toks[i].lower]
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.last == i && m.via == "demonym" || m.last == i-1 && d.toks[m.last].lower == "'s" || m.last == i && weapon {
			return true
		}
	}
	return d.possessorOver(i, si) != nil
}

// clauseOpensBetween reports whether a clause opens between tokens a and
// b: a "that", "who" or "which" there.
func (d *doc) clauseOpensBetween(a, b int) bool {
	for j := a; j < b; j++ {
		switch d.toks[j].lower {
		case "that", "who", "which", "whom":
			return true
		}
	}
	return false
}

// beBetween reports whether a form of "be" stands between tokens a and
// b: a passive verb's, whose "by" phrase is its own.
func (d *doc) beBetween(a, b int) bool {
	for j := a; j < b; j++ {
		if beForms[d.toks[j].lower] {
			return true
		}
	}
	return false
}

// objectsIn collects what follows a trigger in [from, to): the objects, the
// agent of a passive ("by China") and places ("in Vancouver").
func (d *doc) objectsIn(si, from, to int, typ string, noun bool) (obj, by, places []int) {
	passiveDoerEnd := -1 // the end of the last name a passive verb's "by" gave, for a noun
	doerEnd := -1        // the end of the last name the event's own "by" gave
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.first < from || m.last > to {
			continue
		}
		r := d.refs(m)
		if r == nil || m.via == "demonym" && !d.demonymOfBody(si, m, to) && !(typ == "SANCTION" && d.goodsDemonym(si, m)) {
			continue
		}
		if m.last < to && d.toks[m.last].lower == "'s" && (len(obj) > 0 || d.mentionAt(si, m.last+1)) {
			continue // "the Communist Party's United Front Work Department": the department
		}
		if m.via == "pronoun" && possessives[d.toks[m.first].lower] && m.last < to && d.toks[m.last].kind == tokWord {
			continue // "appointed his deputy, Andrei Cazan": the deputy, not him
		}
		if d.accordingTo(m, from) {
			continue // "met officials in May, according to the Globe and Mail": who tells it
		}
		if k := slices.Index(d.sentMents[si], mi); k+1 < len(d.sentMents[si]) && d.modifies(m, &d.ments[d.sentMents[si][k+1]]) {
			continue // "by U.S. Attorney Ana Holm": the country qualifies the person
		}
		prep := ""
		for j := m.first - 1; j >= from && j >= m.first-4; j-- {
			l := d.toks[j].lower
			if prepositions[l] {
				prep = l
				break
			}
			if l == "that" {
				break // "reported on Monday that Ana Holm…": a clause opens, "on" is not hers
			}
			if !(determiners[l] || d.toks[j].cap || l == "'s" || numberWords[l] > 0 || l == "senior" || l == "two" || kindNouns[l] != "" || honorifics[l] || personNouns[l]) {
				// "by prosecutor Ivo Dorn": a title in lower case is still the name's
				break
			}
		}
		kind := d.ents[r[0]].kind
		outlet := noun && typ == "REPORT" && slices.Contains(d.media, r[0])
		if c := d.restatedCase(si, m); prep == "" && noun && typ == "REPORT" && (c == "by" || c == "in" && outlet) {
			prep = c // "a report by the online portal Kestrelnews", "in the news site Kestrelnews": whose it is
		}
		if prep == "in" && outlet {
			prep = "by" // "a report in the Harbour Gazette": the outlet's report
		}
		if prep == "with" && noun && d.withOtherNoun(si, from-1, m) {
			continue // "spoke about the deal in an interview with Reuters": the interview's, not the deal's
		}
		if prep == "by" && noun && d.beBetween(from, m.first) || prep == "" && noun && passiveDoerEnd >= 0 && d.joinedByAnd(passiveDoerEnd, m.first) {
			// "The accusations were rejected by the Kremlin": the
			// passive verb's doer, not the accusation's; so are those
			// listed with it ("by Norway and Cuba")
			passiveDoerEnd = m.last
			continue
		}
		if prep == "from" && noun && speechActs[typ] && d.clauseOpensBetween(from, m.first) {
			// "faces accusations from the government that she took
			// money from Lev Orlin": the clause's "from", not the claim's
			continue
		}
		switch {
		case prep == "by" || prep == "from" && noun && speechActs[typ],
			prep == "from" && noun && typ == "PROTEST" && kind != polgraph.KindPlace, // "protests from Beijing": China protests
			prep == "of" && noun && typ == "RESIGNATION" && kind == polgraph.KindPerson,
			prep == "" && doerEnd >= 0 && d.joinedByAnd(doerEnd, m.first): // "a joint statement by Poland and Lithuania": each signatory's
			by = append(by, r...) // "a statement by X", "criticism from X": X's; "the resignation of X": X resigned
			doerEnd = m.last
		case (prep == "in" || prep == "at" || prep == "near" || prep == "across" || prep == "throughout") && (kind == polgraph.KindPlace || kind == polgraph.KindCountry) && typ != "INTERFERENCE",
			prep == "on" && typ == "ATTACK" && kind == polgraph.KindPlace: // "a drone strike on Moscow": where it struck
			places = append(places, r...)
		case (prep == "in" || prep == "at") && typ == "INTERFERENCE" && (kind == polgraph.KindPlace || kind == polgraph.KindCountry):
			places = append(places, r...)
		case prep == "" || prep == "to" || prep == "with" || prep == "between" || prep == "of" || prep == "from" || prep == "against" || prep == "for" && typ == "REQUEST" || prep == "on" && (typ == "SANCTION" || typ == "ATTACK") ||
			prep == "in" && typ == "VOTE": // "a motion of no confidence in Ana Holm": a vote on her (a place "in" is where, above)
			if len(obj) > 0 && !d.joinedByAnd(d.lastObjEnd, m.first) {
				continue // a reported clause's subject is its target, not all it names
			}
			if typ == "RESIGNATION" && (kind == polgraph.KindPerson || prep == "to") {
				continue // "defected to Reform UK": the party joined, not left
			}
			obj = append(obj, r...)
			d.lastObjEnd = m.last
		}
	}
	return obj, by, places
}

// withOtherNoun reports whether the tree hangs the "with" phrase of
// mention m on a noun after the trigger at token t other than the
// trigger's: a partner of that noun, not of the event.
func (d *doc) withOtherNoun(si, t int, m *mention) bool {
	x := d.syntaxOf(si)
	if x == nil {
		return false
	}
	tw, w := x.at(t), x.spanHead(m.first, m.last)
	if tw < 0 || w < 0 || x.caseOf(w) != "with" {
		return false
	}
	h := x.head(w)
	return h > tw && x.pos(h) == "NOUN"
}

// restatedCase is the preposition that mention m's phrase opens with,
// read off the tree where common nouns stand between them ("by the online
// portal Kestrelnews"), or that of the noun m restates in apposition ("by
// the portal, Kestrelnews"); "" where the tree says none.
func (d *doc) restatedCase(si int, m *mention) string {
	x := d.syntaxOf(si)
	if x == nil {
		return ""
	}
	w := x.spanHead(m.first, m.last)
	if w < 0 {
		return ""
	}
	if c := x.caseOf(w); c != "" {
		return c
	}
	if x.rel(w) != "appos" || x.head(w) < 0 {
		return ""
	}
	return x.caseOf(x.head(w))
}

// electionPlace gives an election with no participants the countries its
// sentence names outright; a demonym modifying another noun ("Chinese
// interference in the elections") says nothing of where the vote was, so
// without one the article's home country holds it.
func (d *doc) electionPlace(ev *event, si int) {
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.ent < 0 || d.ents[m.ent].kind != polgraph.KindCountry {
			continue
		}
		// near its trigger ("Moldova's referendum", "the election in
		// Moldova"): a country that acts elsewhere in the sentence ("Russia
		// had funded activists to sway the referendum") held no vote
		if m.last < ev.trig[0]-4 || m.first > ev.trig[1]+3 {
			continue
		}
		if d.possessesElection(ev, m) {
			ev.add(m.ent, "place") // "Canada's 2021 election"
			continue
		}
		if m.via == "demonym" || m.last < len(d.toks) && d.toks[m.last].lower == "'s" || d.actsOnElection(ev, m) {
			continue
		}
		ev.add(m.ent, "place")
	}
	if len(ev.parts) == 0 {
		if h := d.politicalHome(); h >= 0 && !slices.ContainsFunc(d.sentMents[si], func(mi int) bool { return d.ments[mi].ent == h && d.actsOnElection(ev, &d.ments[mi]) }) {
			ev.add(h, "place")
		}
	}
}

// ballotVerbs are what a people does at the ballot box
// (data/words/ballot_verbs.txt).
var ballotVerbs = wordSet("ballot_verbs.txt")

// electoratePlace gives an election that voters hold by electing someone,
// or by a verdict on the vote its noun names, the country or place that
// modifies the voters, or whose people the voters are: "Algerian voters
// elected Ivo Dorn", "voters in Kavran elected him", "voters in Ireland
// rejected the EU referendum", "Britons voted in a referendum".
func (d *doc) electoratePlace(ev *event, si int) {
	x, w := d.eventTree(ev)
	if w >= 0 && x.baseRel(w) == "nmod" && x.caseOf(w) == "in" && x.baseRel(x.head(w)) == "obj" {
		w = x.head(w) // "voters in Kavran rejected the amendment in a vote", the vote hung on "amendment"
	}
	if w >= 0 && !x.isVerb(w) && (x.baseRel(w) == "obj" || x.baseRel(w) == "obl" && x.caseOf(w) == "in") {
		w = x.head(w)
	}
	if w >= 0 && x.isVerb(w) && x.rel(w) == "xcomp" && len(x.childrenWith(w, "nsubj")) == 0 {
		w = x.head(w) // "Britons voted to leave the EU in a referendum"
	}
	if w < 0 || !x.isVerb(w) {
		return
	}
	doers, _ := x.verbDoers(w)
	for _, v := range doers {
		if m := d.mentionOver(si, x.token(v)); m != nil && m.via == "demonym" && m.first == x.token(v) && m.last == x.token(v)+1 && ballotVerbs[x.lemma(w)] {
			// "Britons voted to leave the EU in a referendum": a people
			// votes where it lives
			for _, e := range d.refs(m) {
				if d.ents[e].kind == polgraph.KindCountry {
					ev.add(e, "place")
				}
			}
			continue
		}
		if !electorateNouns[strings.ToLower(x.tree.Words[v])] {
			continue
		}
		for _, c := range x.childrenWith(v, "amod", "nmod", "compound") {
			m := d.mentionOver(si, x.token(c))
			if m == nil {
				continue
			}
			for _, e := range d.refs(m) {
				if k := d.ents[e].kind; k == polgraph.KindCountry || k == polgraph.KindPlace {
					ev.add(e, "place")
				}
			}
		}
	}
}

// possessesElection reports whether the tree makes country mention m the
// possessor of election ev's noun: "Canada's 2021 election" was held in
// Canada, whatever else the sentence says of Canada.
func (d *doc) possessesElection(ev *event, m *mention) bool {
	x, w := d.eventTree(ev)
	if w < 0 {
		return false
	}
	c := x.at(m.first)
	return c >= 0 && x.rel(c) == "nmod:poss" && x.head(c) == w
}

// actsOnElection reports whether mention m is the subject of the verb
// that takes election ev as its object or oblique: "Beijing interfered in
// the 2019 election" is no vote held in China.
func (d *doc) actsOnElection(ev *event, m *mention) bool {
	x, w := d.eventTree(ev)
	if w < 0 || x.head(w) < 0 || !x.isVerb(x.head(w)) {
		return false
	}
	for _, t := range []int{m.first, m.last - 1} {
		if s := x.at(t); s >= 0 && x.head(s) == x.head(w) && (x.baseRel(s) == "nsubj") {
			return true
		}
	}
	return false
}

// politicalHome is the home country or, when two countries are named as
// often, the one whose parties and legislatures the article names: votes
// are held where its institutions are.
func (d *doc) politicalHome() int {
	if h := d.homeCountryEntity(); h >= 0 {
		return h
	}
	count := map[string]int{}
	best, bestN, tie := "", 0, false
	for _, e := range d.ents {
		if e.gaz == nil || e.gaz.Country == "" || e.gaz.Media() || e.kind != polgraph.KindParty && e.kind != polgraph.KindOrganization {
			continue // a news agency's country is not where its stories' votes are held
		}
		count[e.gaz.Country]++
		switch n := count[e.gaz.Country]; {
		case n > bestN:
			best, bestN, tie = e.gaz.Country, n, false
		case n == bestN && e.gaz.Country != best:
			tie = true
		}
	}
	if best == "" || tie {
		return -1
	}
	return d.countryEntity(best)
}

// accordingTo reports whether mention m follows "according to" at or
// after token from: right after it but for an article, or as who made
// what it names ("according to a report by Global News", "according to
// declassified documents released by the council").
func (d *doc) accordingTo(m *mention, from int) bool {
	j := m.first - 1
	if j >= from && determiners[d.toks[j].lower] {
		j--
	}
	if j >= from+2 && (d.toks[j].lower == "by" || d.toks[j].lower == "from") {
		k := j - 1
		if k > from && participle(d.toks[k].lower) {
			k-- // "documents released by", "a memo seen by"
		}
		if deniedNouns[strings.TrimSuffix(d.toks[k].lower, "s")] == "report" || claimSpeakers[d.toks[k].lower] {
			// "a report by", "reports from": "according to" opens the
			// noun's phrase, with an article or a modifier or two
			// before the noun ("according to declassified documents")
			for j = k - 1; j > k-4 && j-1 >= from; j-- {
				if d.toks[j].lower == "to" && d.toks[j-1].lower == "according" {
					return true
				}
			}
			return false
		}
	}
	return j-1 >= from && d.toks[j].lower == "to" && d.toks[j-1].lower == "according"
}

// mentionAt reports whether a mention of an entity starts at token i of
// sentence si.
func (d *doc) mentionAt(si, i int) bool {
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.first == i && m.ent >= 0 {
			return true
		}
	}
	return false
}

// placeThere is the place that "there" after a verb, among tokens [from,
// to) of sentence si, points back to: the last place or country named in
// that sentence or the one before, before "there"; else -1.
func (d *doc) placeThere(si, from, to int) int {
	there := -1
	for i := from; i < to; i++ {
		if d.toks[i].lower == "there" {
			there = i
			break
		}
	}
	if there < 0 {
		return -1
	}
	place := -1
	for _, mi := range d.sentMents[max(0, si-1)] {
		if m := &d.ments[mi]; si > 0 && m.ent >= 0 && m.named() && isPlaceKind(d.ents[m.ent].kind) {
			place = m.ent
		}
	}
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.first < there && m.ent >= 0 && m.named() && isPlaceKind(d.ents[m.ent].kind) {
			place = m.ent
		}
	}
	return place
}

// isPlaceKind reports the kinds of entity an event can happen in.
func isPlaceKind(kind string) bool {
	return kind == polgraph.KindPlace || kind == polgraph.KindCountry
}

// stanceOnActs gives a criticism or support of an act, told by a verb
// whose object is the act's noun, the act's doer for its target, where
// it has none: in "Pelsaran police detained Mirko Talan. Dravonia
// condemned the arrest" Dravonia criticises Pelsara, who arrested him,
// as "condemned Russia's attack" criticises Russia. The one the act was
// done to is no target (onlyPatientOfActNoun).
func (d *doc) stanceOnActs() {
	for _, ev := range d.events {
		if ev.dropped || ev.noun || !stanceTypes[ev.typ] || ev.hasRole("target") {
			continue
		}
		x, v := d.eventTree(ev)
		if v < 0 || !x.isVerb(v) {
			continue
		}
		for _, o := range x.childrenWith(v, "obj") {
			for _, n := range d.evSent[ev.sent] {
				if n == ev || !n.noun || x.eventWord(n) != o {
					continue
				}
				act := n
				if act.dropped && act.toldBefore != nil {
					act = act.toldBefore
				}
				if act = act.kept(); act == nil {
					continue
				}
				for _, p := range act.parts {
					if p.role == "agent" && !ev.has(p.ent) {
						ev.add(p.ent, "target")
					}
				}
			}
		}
	}
}

// takesStance reports whether verb v tells a stance of type typ, a
// criticism or a support: "criticised the law, which the UN also
// condemned" tells a second critic.
func (x *syntax) takesStance(v int, typ string) bool {
	return stanceTypes[typ] && slices.ContainsFunc(triggers[strings.ToLower(x.tree.Words[v])], func(t trigger) bool {
		return len(t.words) == 1 && !t.noun && t.typ == typ
	})
}
