package extract

import (
	"strings"

	"github.com/polgraph/polgraph"
)

// groundsPrepositions open the wrong an act answers
// (data/words/grounds_prepositions.txt).
var groundsPrepositions = wordSet("grounds_prepositions.txt")

// labellingVerbs name an act in someone's words, not the article's
// (data/words/labelling_verbs.txt).
var labellingVerbs = wordSet("labelling_verbs.txt")

// allegedGrounds reads the wrong that an act answers, told on the actor's
// word: in "Velmark summoned Russia's ambassador over alleged
// interference" (or "over what it called interference") the interference
// is Velmark's claim, so Velmark is its source, and Russia, to whom the
// act is done, is who is said to have interfered. Where another labels the
// wrong ("over what officials described as incitement") the labeller, if
// named, is the source instead. Where the article tells the wrong as fact
// ("over the attack on its embassy") it is no one's claim and is left as
// it is.
func (d *doc) allegedGrounds() {
	for _, act := range d.events {
		if act.dropped || act.noun || speechActs[act.typ] {
			continue
		}
		x, v := d.eventTree(act)
		if v < 0 {
			continue
		}
		for _, wrong := range d.evSent[act.sent] {
			if wrong == act || wrong.dropped || !wrong.noun || speechActs[wrong.typ] {
				continue
			}
			w := x.eventWord(wrong)
			if w < 0 || !x.allegedGround(v, w) {
				continue
			}
			if wrong.status == "" || wrong.status == polgraph.StatusAsserted {
				wrong.status = polgraph.StatusAlleged
			}
			for _, s := range d.labellers(act, x, w) {
				wrong.add(s, "source")
			}
			for _, p := range act.parts {
				if (p.role == "patient" || p.role == "target") && !wrong.hasRole("agent") {
					wrong.add(p.ent, "agent")
				}
			}
		}
	}
}

// labellers are who names wrong w that act answers: the named subject of
// the relative that labels it ("over what officials in Tarsk called
// incitement"), or, where that subject is a pronoun or there is no such
// relative ("over alleged interference"), the act's own doers.
func (d *doc) labellers(act *event, x *syntax, w int) []int {
	if h := x.labelledBy(w); h >= 0 {
		for _, s := range x.childrenWith(h, "nsubj") {
			if x.tree.UPOS[s] != "PRON" {
				return d.entsAt(act.sent, x, s, act.typ)
			}
		}
	}
	return act.withRole("agent")
}

// allegedGround reports whether noun w is a wrong that verb v answers on
// someone's word: an oblique of v opened by one of groundsPrepositions
// that an alleging word modifies ("over alleged interference"), or what a
// free relative on such an oblique labels ("over what it called
// interference").
func (x *syntax) allegedGround(v, w int) bool {
	if h := x.labelledBy(w); h >= 0 {
		o := x.head(h)
		return strings.EqualFold(x.tree.Words[o], "what") && x.head(o) == v && x.baseRel(o) == "obl" && groundsPrepositions[x.caseOf(o)]
	}
	if x.head(w) != v || x.baseRel(w) != "obl" || !groundsPrepositions[x.caseOf(w)] {
		return false
	}
	for _, a := range x.childrenWith(w, "amod") {
		if allegingWords[strings.ToLower(x.tree.Words[a])] {
			return true
		}
	}
	return false
}

// labelledBy is the relative labelling verb that names noun w, or -1: its
// object or complement ("what it called interference", "what it described
// as interference"), or what that object is "of" ("what it called a
// campaign of interference").
func (x *syntax) labelledBy(w int) int {
	h := x.head(w)
	if h >= 0 && x.baseRel(w) == "nmod" && x.caseOf(w) == "of" {
		w, h = h, x.head(h)
	}
	if h < 0 || !labellingVerbs[strings.ToLower(x.lemma(h))] || x.baseRel(h) != "acl" || x.head(h) < 0 {
		return -1
	}
	switch x.baseRel(w) {
	case "obj", "xcomp":
		return h
	case "obl":
		if x.caseOf(w) == "as" {
			return h
		}
	}
	return -1
}
