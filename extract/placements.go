package extract

import "strings"

// placingVerbs (lemmas) put whom they are done to under the event a noun
// tells (data/words/placing_verbs.txt).
var placingVerbs = wordSet("placing_verbs.txt")

// placingCases open the noun a placing verb puts someone under.
var placingCases = set("under into in")

// placingVerb is the word of the verb that puts someone under noun
// trigger n ("placed the president under house arrest"), or -1.
func (x *syntax) placingVerb(n int) int {
	if n < 0 || x.baseRel(n) != "obl" || !placingCases[x.caseOf(n)] {
		return -1
	}
	if h := x.head(n); h >= 0 && x.isVerb(h) && placingVerbs[x.lemma(h)] {
		return h
	}
	return -1
}

// placedUnder reads the noun trigger of occurrence o where a placing verb
// puts someone under it: "Soldiers placed Ali Bongo under house arrest"
// (whom the verb places undergoes the event, who places him does it),
// "Bongo was placed under house arrest by the army". placed is empty
// where the tree tells no such verb.
func (d *doc) placedUnder(si int, o occurrence, typ string) (placed, placers []int) {
	x, n := d.triggerTree(si, o.i, o.n)
	if n < 0 {
		return nil, nil
	}
	if s := x.subjectUnder(n); s >= 0 {
		// "Lyubchenko, who has been under EU sanctions since 2022": who
		// is under it undergoes it
		return d.entsAt(si, x, s, typ), nil
	}
	v := x.placingVerb(n)
	if v < 0 {
		return nil, nil
	}
	doers, passive := x.verbDoers(v) // the "by" phrase of a passive
	undergo := x.childrenWith(v, "obj")
	if passive {
		undergo, _, _ = x.subjectOf(v, 0)
	}
	for _, w := range undergo {
		placed = appendNew(placed, d.entsAt(si, x, w, typ)...)
	}
	for _, w := range doers {
		placers = appendNew(placers, d.entsAt(si, x, w, typ)...)
	}
	return placed, placers
}

// subjectUnder is the subject of noun n as the predicate of a copula
// "under" opens ("X is under investigation", "X, who has been under
// sanctions"), the antecedent for a relative "who"; -1 if none.
func (x *syntax) subjectUnder(n int) int {
	if n < 0 || x.caseOf(n) != "under" || len(x.childrenWith(n, "cop")) == 0 {
		return -1
	}
	for _, s := range x.childrenWith(n, "nsubj") {
		if strings.EqualFold(x.tree.Words[s], "who") {
			if x.rel(n) != "acl:relcl" {
				return -1
			}
			return x.head(n)
		}
		return s
	}
	return -1
}
