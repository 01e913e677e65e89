package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// accusedActs reads what an accusation accuses its target of: in "Lind
// accused Dorn of meeting Velk in Brevik" the meeting is alleged, not told
// as fact, Dorn is who is said to have met, Lind says so, and Brevik is
// where the meeting was, not the accusation. The act is the event whose
// verb the tree hangs under the accusation (or under its object) with
// "of" or "for".
func (d *doc) accusedActs() {
	for _, acc := range d.events {
		if acc.dropped || acc.noun || acc.typ != "ACCUSATION" {
			continue
		}
		x, v := d.eventTree(acc)
		if v < 0 {
			continue
		}
		d.dropChargeTargets(acc, x, v)
		d.blamedOn(acc, x, v)
		// "Velmaria and Drosnia accused each other of violating the
		// truce": each side accuses the other, so the sides are who is
		// said to have done it, not only who says so
		mutual := slices.ContainsFunc(x.childrenWith(v, "obj"), x.reciprocal)
		for _, act := range d.evSent[acc.sent] {
			if act == acc || act.dropped || speechActs[act.typ] {
				continue
			}
			w := x.eventWord(act)
			if w < 0 || !accusedAct(x, v, w) {
				continue
			}
			if act.status == "" || act.status == polgraph.StatusAsserted {
				act.status = polgraph.StatusAlleged
			}
			// the accuser is the act's source, not its doer, where the
			// clause's subject was taken for the act's: "Germany accused
			// Russia of interfering" is Russia's interference
			act.parts = slices.DeleteFunc(act.parts, func(p part) bool {
				return p.role == "agent" && slices.ContainsFunc(acc.parts, func(a part) bool { return a.role == "agent" && a.ent == p.ent })
			})
			for _, p := range acc.parts {
				switch p.role {
				case "target":
					if !act.hasRole("agent") {
						act.add(p.ent, "agent")
					}
				case "agent":
					if mutual {
						act.add(p.ent, "agent")
						continue
					}
					act.add(p.ent, "source")
				}
			}
			acc.parts = slices.DeleteFunc(acc.parts, func(p part) bool {
				return p.role == "place" && act.has(p.ent) && d.namedUnder(acc.sent, x, w, p.ent)
			})
		}
	}
}

// dropChargeTargets keeps an accusation's target to whom it accuses,
// where the tree names that one apart from the charge: in "Lim accused the
// minister of misleading Parliament" the minister is accused (the verb's
// object, or the subject the parser gives the "of" clause), and
// Parliament, named only in what the minister is accused of, is none of
// its targets.
func (d *doc) dropChargeTargets(acc *event, x *syntax, v int) {
	accused := x.childrenWith(v, "obj")
	var charges []int
	for w := range x.tree.Words {
		if w != v && x.isVerb(w) && accusedOf(x, v, w) {
			charges = append(charges, w)
			accused = append(accused, x.childrenWith(w, "nsubj")...)
		}
	}
	if len(charges) == 0 || len(accused) == 0 {
		return
	}
	acc.parts = slices.DeleteFunc(acc.parts, func(p part) bool {
		if p.role != "target" || slices.ContainsFunc(accused, func(o int) bool { return d.namedUnder(acc.sent, x, o, p.ent) }) {
			return false
		}
		return slices.ContainsFunc(charges, func(w int) bool { return d.namedUnder(acc.sent, x, w, p.ent) })
	})
}

// blamedOnWords are the obliques "on" of blaming verb v: the culprit in
// "blamed the arrest on the government".
func blamedOnWords(x *syntax, v int) []int {
	if x.lemma(v) != "blame" {
		return nil
	}
	return slices.DeleteFunc(x.childrenWith(v, "obl"), func(c int) bool { return x.caseOf(c) != "on" })
}

// blamedOn makes the one something is blamed on the accusation's target,
// and no one named in what is blamed: in "Rusk blamed the arrest of Ana
// Lind on the Belarusian government" Belarus is blamed, and Lind, who was
// arrested, is not.
func (d *doc) blamedOn(acc *event, x *syntax, v int) {
	var culprits []int
	for _, c := range blamedOnWords(x, v) {
		culprits = appendNew(culprits, d.entsAt(acc.sent, x, c, "ACCUSATION")...)
		if len(culprits) == 0 {
			culprits = d.nationalityOn(acc.sent, x, c) // "the Belarusian government"
		}
	}
	if len(culprits) == 0 {
		return
	}
	acc.parts = slices.DeleteFunc(acc.parts, func(p part) bool {
		return (p.role == "target" || p.role == "place") && !slices.Contains(culprits, p.ent)
	})
	for _, e := range culprits {
		acc.add(e, "target")
	}
}

// accusedOf reports whether verb w is what accusing verb v accuses of:
// an "of" or "for" clause of v, or of v's object or of a time on v
// ("accused Dorn of meeting", "accused Dorn on Monday of meeting", which
// the parser may hang on Dorn or on Monday).
func accusedOf(x *syntax, v, w int) bool {
	h := x.head(w)
	for h >= 0 && x.rel(h) == "fixed" {
		h = x.head(h) // "accused one another of breaching", hung on "another"
	}
	if h != v && (h < 0 || x.head(h) != v || x.baseRel(h) != "obj" && x.baseRel(h) != "obl") {
		return false
	}
	for _, c := range x.childrenWith(w, "mark", "case") {
		if l := x.lemma(c); l == "of" || l == "for" {
			return true
		}
	}
	return false
}

// reciprocal reports whether word w opens a reciprocal pronoun, "each
// other" or "one another"; the parser may hang the second word elsewhere
// ("accused one another on Sunday", "another" read as Sunday's).
func (x *syntax) reciprocal(w int) bool {
	if w+1 >= len(x.tree.Words) {
		return false
	}
	words := strings.ToLower(x.tree.Words[w]) + " " + strings.ToLower(x.tree.Words[w+1])
	return words == "each other" || words == "one another"
}

// accusedAct reports whether word w tells what accusing verb v accuses
// of: a verb accusedOf finds, or the object of a light verb there
// ("accused Dorn of launching drone strikes"; not "of rigging the vote",
// whose vote is no act of Dorn's), or a noun one is blamed "for". A noun
// right after "of" is not one:
// "of meeting" may be a noun trigger where the tree reads a gerund.
func accusedAct(x *syntax, v, w int) bool {
	if x.isVerb(w) {
		return accusedOf(x, v, w)
	}
	h := x.head(w)
	if h == v && x.caseOf(w) == "for" {
		return true // "blamed Russia for the attack on the dam": the attack is alleged, Russia's
	}
	if h == v && x.behind(w) != nil {
		return true // "accused Russia of being behind the explosion"
	}
	if h == v && x.baseRel(w) == "obj" && len(blamedOnWords(x, v)) > 0 {
		return true // "blamed the arrest on the government": whose act it was is alleged
	}
	if h == v && x.baseRel(w) == "obj" && slices.ContainsFunc(append(x.childrenWith(v, "obl"), x.childrenWith(w, "nmod")...), func(c int) bool { return x.caseOf(c) == "for" }) {
		// "blamed a Russian disinformation campaign for the surge" (the
		// "for" on the verb or, as the parser may hang it, on the noun):
		// the culprit blamed is the accuser's to tell; not "blamed the arrest
		// on the government", whose arrest is told as fact
		return true
	}
	return h >= 0 && x.baseRel(w) == "obj" && x.isVerb(h) && slices.ContainsFunc(verbForms(x.lemma(h)), func(f string) bool { return lightVerbs[f] }) && accusedOf(x, v, h)
}

// namedUnder reports whether entity ent is named in sentence si within the
// tree under word w.
func (d *doc) namedUnder(si int, x *syntax, w, ent int) bool {
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.ent == ent {
			if mw := x.at(m.first); mw >= 0 && x.dominates(w, mw) {
				return true
			}
		}
	}
	return false
}

// chargingLemmas are the verbs of a legal action that charge someone with
// an act the prosecution alleges ("charged with spying", "indicted for
// taking bribes"); a conviction's act a court found, which stays told.
var chargingLemmas = set("charge indict")

// chargedActs makes alleged the act a charge names, on the word of who
// charges: in "prosecutors charged Ivo Dorn with spying for China" the
// spying is what the prosecutors allege, not told as fact. The act is
// the event whose verb the tree hangs with "with", "of" or "for" under
// the charging verb or under the one it charges.
func (d *doc) chargedActs() {
	for _, ch := range d.events {
		if ch.dropped || ch.noun || ch.typ != "LEGAL_ACTION" {
			continue
		}
		x, v := d.eventTree(ch)
		if v < 0 || !chargingLemmas[x.lemma(v)] {
			continue
		}
		for _, act := range d.evSent[ch.sent] {
			if act == ch || act.dropped || speechActs[act.typ] {
				continue
			}
			if w := x.eventWord(act); w < 0 || !x.isVerb(w) || !chargedWith(x, v, w) {
				continue
			}
			if act.status == "" || act.status == polgraph.StatusAsserted {
				act.status = polgraph.StatusAlleged
			}
			for _, p := range ch.parts {
				if p.role == "agent" {
					act.add(p.ent, "source")
				}
			}
		}
	}
}

// chargedWith reports whether verb w is the act charging verb v charges
// with: a clause on v or on its object that "with", "of" or "for" opens.
func chargedWith(x *syntax, v, w int) bool {
	h := x.head(w)
	if h != v && (h < 0 || x.head(h) != v || x.baseRel(h) != "obj" && x.baseRel(h) != "nsubj") {
		return false
	}
	for _, c := range x.childrenWith(w, "mark", "case") {
		if l := x.lemma(c); l == "with" || l == "of" || l == "for" {
			return true
		}
	}
	return false
}

// answeredActs makes alleged the wrong an act answers, told by a "for"
// clause, on the word of who answers it: in "the EU sanctioned Russia for
// interfering in the election" the interference is the EU's reason, not
// told as fact, and the EU its source; Russia, who is sanctioned, is its
// doer (answered).
func (d *doc) answeredActs() {
	for _, ans := range d.events {
		if ans.dropped || ans.noun || speechActs[ans.typ] {
			continue
		}
		x, v := d.eventTree(ans)
		if v < 0 || answeringVerbs[x.lemma(v)] == "" {
			continue
		}
		for _, act := range d.evSent[ans.sent] {
			if act == ans || act.dropped || speechActs[act.typ] {
				continue
			}
			w := x.eventWord(act)
			if w >= 0 && x.baseRel(w) == "obj" && x.head(w) >= 0 && x.head(x.head(w)) == v {
				w = x.head(w) // "for running a disinformation campaign": the gerund the act's noun is the object of
			}
			if w < 0 || x.head(w) != v || x.baseRel(w) != "advcl" || len(x.answered(v, w)) == 0 {
				continue
			}
			if act.status == "" || act.status == polgraph.StatusAsserted {
				act.status = polgraph.StatusAlleged
			}
			var doers []int
			for _, o := range x.answered(v, w) {
				doers = appendNew(doers, d.entsAt(act.sent, x, o, act.typ)...)
			}
			sources := ans.withRole("agent")
			// who answers is no doer, and who is answered takes no other
			// part (a gerund read as a noun has no tree subject)
			act.parts = slices.DeleteFunc(act.parts, func(p part) bool {
				return slices.Contains(sources, p.ent) || slices.Contains(doers, p.ent) && p.role != "agent"
			})
			if !act.hasRole("agent") {
				for _, e := range doers {
					act.add(e, "agent")
				}
			}
			for _, e := range sources {
				act.add(e, "source")
			}
		}
	}
}
