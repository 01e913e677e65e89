package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// armedNouns are weapons and armed forces (data/words/armed_nouns.txt).
var armedNouns = wordSet("armed_nouns.txt")

// armedNoun reports whether word w is one of armedNouns, by its lemma or,
// where the lemmatiser kept a plural ("troops"), by its singular.
func (x *syntax) armedNoun(w int) bool {
	return armedNouns[x.lemma(w)] || armedNouns[strings.TrimSuffix(strings.ToLower(x.tree.Words[w]), "s")]
}

// armedDoer reports whether the verb at tokens [i, i+n) of sentence si is
// done by something armed: its subject, or a passive's by-phrase, is a
// weapon or an armed force ("Russian missiles hit", "was hit by a
// drone"), or a state that the verb takes to a place ("Russia pounded
// Kyiv"; a state hits records and tariff targets as well). A phrasal verb
// tells of something else ("hit back at critics", "hit out at").
func (d *doc) armedDoer(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 || len(x.childrenWith(v, "compound:prt")) > 0 {
		return false
	}
	doers, passive := x.verbDoers(v)
	for _, w := range doers {
		if armedNouns[x.lemma(w)] {
			return true
		}
		if m := d.mentionOver(si, x.token(w)); !passive && m != nil && d.statelike(m) {
			objs := x.objectsOf(v)
			return len(objs) > 0 && d.objectClass(si, x, objs[0]) == "place"
		}
	}
	return false
}

// verbTriggerAt is the parse of sentence si and the verb the trigger at
// tokens [i, i+n) is in it, or nil and -1 where the sentence has no parse
// or the parse reads no verb there.
func (d *doc) verbTriggerAt(si, i, n int) (*syntax, int) {
	x := d.syntaxOf(si)
	if x == nil {
		return nil, -1
	}
	if v := x.trigger(i, n); v >= 0 && x.isVerb(v) {
		return x, v
	}
	return nil, -1
}

// protesterNouns are who protest (data/words/protester_nouns.txt).
var protesterNouns = wordSet("protester_nouns.txt")

// crowdDoer reports whether the verb at tokens [i, i+n) of sentence si is
// done by protesters: its subject is one of protesterNouns, or counts
// them ("protesters gathered outside parliament", "thousands of
// demonstrators blocked roads").
func (d *doc) crowdDoer(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	doers, passive := x.verbDoers(v)
	if passive {
		return false
	}
	for _, w := range doers {
		// "thousands of protesters": the count heads the subject
		for _, c := range append([]int{w}, x.childrenWith(w, "nmod")...) {
			if (c == w || x.caseOf(c) == "of") && (protesterNouns[x.lemma(c)] || protesterNouns[strings.ToLower(x.tree.Words[c])]) {
				return true
			}
		}
	}
	return false
}

// courtNouns are courts and judges (data/words/court_nouns.txt).
var courtNouns = wordSet("court_nouns.txt")

// courtInvolved reports whether the verb at tokens [i, i+n) of sentence
// si is done by a court or a judge, or done to one or in one: its
// subject, object or an oblique is a court noun, or a name or title
// with one ("the Supreme Court upheld", "Justice Lucy Moran barred",
// "petitioned the Constitutional Court", "went to the High Court").
func (d *doc) courtInvolved(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	doers, _ := x.verbDoers(v)
	around := append(doers, x.childrenWith(v, "obj", "obl")...)
	for _, o := range x.childrenWith(v, "obj") {
		for _, c := range x.childrenWith(o, "nmod") {
			if forumCases[x.caseOf(c)] {
				around = append(around, c) // "challenged the result in the Supreme Court", as the parse may hang it
			}
		}
	}
	for _, w := range around {
		for _, c := range append([]int{w}, x.childrenWith(w, "compound", "flat", "nmod:desc", "appos")...) {
			if courtNouns[strings.ToLower(x.tree.Words[c])] {
				return true
			}
		}
		if m := d.mentionOver(si, x.token(w)); m != nil {
			for k := m.first; k < m.last; k++ {
				if courtNouns[d.toks[k].lower] {
					return true
				}
			}
		}
	}
	return false
}

// forumCases put a court where a case is brought.
var forumCases = set("in before at to")

// court reports whether entity e is a court: a body whose name has a
// court noun ("the High Court", "the International Criminal Court").
func (d *doc) court(e int) bool {
	if d.ents[e].kind != polgraph.KindOrganization {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(d.ents[e].name)) {
		if courtNouns[w] {
			return true
		}
	}
	return false
}

// chamberDoer reports whether the noun at tokens [i, i+n) of sentence si
// is done by a legislature: its possessor, a modifier or a "by" phrase
// names one or is a word for one ("parliament's approval of the bill",
// "the Senate's rejection of the nominee", "ratification by the Duma").
func (d *doc) chamberDoer(si, i, n int) bool {
	x := d.syntaxOf(si)
	if x == nil {
		return false
	}
	w := x.trigger(i, n)
	if w < 0 || x.isVerb(w) {
		return false
	}
	for _, doer := range x.doersOf(w) {
		if d.doerClass(si, x, doer) == "legislature" {
			return true
		}
	}
	return false
}

// namedAuthor reports whether the noun at tokens [i, i+n) of sentence si
// names who wrote it: its possessor, a modifier or a "by" phrase, on it or
// on a participle after it, names a person or a body ("a report by
// Amnesty International", "the OSCE's report", "a report released last
// week by the commission"). "The report" names none: it refers back to a
// report told before, or to none the article dates.
func (d *doc) namedAuthor(si, i, n int) bool {
	x := d.syntaxOf(si)
	if x == nil {
		return false
	}
	w := x.trigger(i, n)
	if w < 0 || x.isVerb(w) {
		return false
	}
	authors := x.doersOf(w)
	for _, p := range x.participlesOn(w) {
		for _, c := range x.childrenWith(p, "obl", "obl:agent") {
			if x.caseOf(c) == "by" {
				authors = append(authors, c) // "released last week by the commission"
			}
		}
	}
	for _, a := range authors {
		if m := d.mentionOver(si, x.token(a)); m != nil && m.named() && len(d.refs(m)) > 0 {
			return true
		}
	}
	return false
}

// politicalObjects are who and what a state funds to sway politics
// (data/words/political_objects.txt).
var politicalObjects = wordSet("political_objects.txt")

// stateFunds reports whether the verb at tokens [i, i+n) of sentence si
// is a state paying or funding people or means of politics: its doer (the
// subject, or a passive's "by" phrase) is a state, and what it funds is
// one of politicalObjects or a party or politician named ("Beijing funded
// candidates", "candidates funded by Moscow", "China paid two MPs").
func (d *doc) stateFunds(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	doers, passive := x.verbDoers(v)
	state := slices.ContainsFunc(doers, func(w int) bool {
		m := d.mentionOver(si, x.token(w))
		return m != nil && d.statelike(m)
	})
	if !state {
		return false
	}
	funded := x.objectsOf(v)
	if passive {
		funded, _, _ = x.subjectOf(v, 0)
	}
	return slices.ContainsFunc(funded, func(o int) bool {
		if politicalObjects[strings.ToLower(x.lemma(o))] || politicalObjects[strings.ToLower(x.tree.Words[o])] {
			return true
		}
		m := d.mentionOver(si, x.token(o))
		return m != nil && m.ent >= 0 && (d.ents[m.ent].kind == polgraph.KindParty || d.ents[m.ent].kind == polgraph.KindPerson)
	})
}

// participlesOn are the past participles that modify noun w ("a report
// released last week", "the protest held in May"). The parse may hang one
// after an object on the object's verb, as its complement ("citing a
// report released by ...").
func (x *syntax) participlesOn(w int) []int {
	var out []int
	for _, p := range x.childrenWith(w, "acl") {
		if x.tree.XPOS[p] == "VBN" {
			out = append(out, p)
		}
	}
	if h := x.head(w); h >= 0 && x.baseRel(w) == "obj" {
		for _, p := range x.childrenWith(h, "xcomp") {
			if p > w && x.tree.XPOS[p] == "VBN" {
				out = append(out, p)
			}
		}
	}
	return out
}

// interceptingVerbs stop a weapon in flight (data/words/intercepting_verbs.txt).
var interceptingVerbs = wordSet("intercepting_verbs.txt")

// interceptions turn an attack told by its stopping round: in "Ukraine
// downed 40 Russian drones" the state whose weapons were downed attacked,
// and the one that downed them was attacked. The weapon's state, which
// the parse makes the object's modifier and the windows the patient,
// becomes the agent; the subject becomes the patient.
func (d *doc) interceptions() {
	for _, ev := range d.events {
		if ev.typ != "ATTACK" || ev.noun || ev.dropped || !interceptingVerbs[d.toks[ev.trig[1]-1].lower] {
			continue
		}
		x, v := d.eventTree(ev)
		if v < 0 {
			continue
		}
		var weaponStates []int
		for _, o := range x.objectsOf(v) {
			if !x.armedNoun(o) {
				continue
			}
			weaponStates = append(weaponStates, d.entsAt(ev.sent, x, o, ev.typ)...)
			for _, a := range x.childrenWith(o, "acl") {
				// "a missile fired from Yemen", "drones launched by Russia"
				for _, c := range x.childrenWith(a, "obl", "obl:agent") {
					if k := x.caseOf(c); k == "from" || k == "by" {
						weaponStates = append(weaponStates, d.entsAt(ev.sent, x, c, ev.typ)...)
					}
				}
			}
		}
		if len(weaponStates) == 0 {
			continue
		}
		for k := range ev.parts {
			p := &ev.parts[k]
			switch {
			case slices.Contains(weaponStates, p.ent):
				p.role = "agent"
			case p.role == "agent":
				p.role = "patient"
			}
		}
		for _, e := range weaponStates {
			if !ev.has(e) {
				ev.add(e, "agent")
			}
		}
	}
}
