package extract

import "slices"

// voicingVerbs voice a stance their object names ("expressed strong
// dissatisfaction", "lodged stern representations")
// (data/words/voicing_verbs.txt).
var voicingVerbs = wordSet("voicing_verbs.txt")

// voicedNoun reports whether the noun trigger at tokens [i, i+n) of
// sentence si is voiced: a verb of voicing carries it as its object or
// its passive subject, or carries a noun it is joined to ("expressed
// strong dissatisfaction and firm opposition"). A noun of disapproval
// no one voices tells of a mood or a side, no protest made ("public
// dissatisfaction grew", "the opposition party").
func (d *doc) voicedNoun(si, i, n int) bool {
	x, w := d.nounTriggerAt(si, i, n)
	if w < 0 {
		return false
	}
	if x.rel(w) == "conj" {
		w = x.head(w)
	}
	v := x.head(w)
	if v < 0 || !x.isVerb(v) || !voicingVerbs[x.lemma(v)] {
		return false
	}
	r := x.rel(w)
	return r == "obj" || r == "nsubj:pass"
}

// stateProtests reports whether the verb of protest at tokens [i, i+n) of
// sentence si has a state, its body or its agents for its subject, and
// no crowd: a state protests by its words, to another state or of what
// it did ("Japan protested to South Korea over the drills", "the
// embassy protested the arrest"), as a crowd in the street does not.
func (d *doc) stateProtests(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 || d.crowdDoer(si, i, n) {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(v, "nsubj"), func(w int) bool { _, ok := d.stateSide(si, x, w, 1); return ok })
}
