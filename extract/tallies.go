package extract

// How a count of votes, or an estimate before it, tells an election's
// outcome: a count is no one's claim and its day dates the win it shows;
// an estimate leaves the win alleged.

// tallyNouns name a count of the votes cast (data/words/tally_nouns.txt).
var tallyNouns = wordSet("tally_nouns.txt")

// projectionNouns name an estimate of an outcome before the count
// (data/words/projection_nouns.txt).
var projectionNouns = wordSet("projection_nouns.txt")

// tallyVerbs are what a count or an estimate does when it tells an
// outcome (data/words/tally_verbs.txt).
var tallyVerbs = wordSet("tally_verbs.txt")

// countedTypes are the events a count of votes tells.
var countedTypes = set("ELECTION", "VOTE")

// countTells reports whether word w, which owns a time, is a count of
// votes that tells verb v: the count's verb with v its clause or v's
// tail ("X won the election, official results showed on Tuesday"), or
// the count or a clause on it that "according to" hangs on v ("won 40
// seats, according to results released on Tuesday").
func (x *syntax) countTells(w, v int) bool {
	if w < 0 || v < 0 {
		return false
	}
	if !x.isVerb(v) && x.head(v) >= 0 {
		v = x.head(v) // "won 40 seats in Norway's election": the clause of the verb that takes the event's noun
	}
	if x.rel(w) == "acl" {
		w = x.head(w) // "results released on Tuesday"
	}
	if w >= 0 && tallyNouns[x.lemma(w)] {
		if x.caseOf(w) == "according to" {
			return x.head(w) == v
		}
		if x.rel(w) != "nsubj" {
			return false
		}
		w = x.head(w) // "results on Tuesday showed that"
	}
	return x.estimateVerb(w, tallyNouns) && x.tellsClause(w, v)
}

// estimateVerb reports whether w is a verb of tallyVerbs whose subject
// is a noun of nouns: "official results showed", "exit polls suggested".
func (x *syntax) estimateVerb(w int, nouns map[string]bool) bool {
	if w < 0 || !tallyVerbs[x.lemma(w)] {
		return false
	}
	for _, s := range x.childrenWith(w, "nsubj") {
		if nouns[x.lemma(s)] {
			return true
		}
	}
	return false
}

// tellsClause reports whether verb w tells verb v's clause: v is its
// complement ("showed that X won") or w a tail on v ("X won, results
// showed").
func (x *syntax) tellsClause(w, v int) bool {
	return x.head(v) == w && x.rel(v) == "ccomp" || x.head(w) == v && w > v && tailRels[x.rel(w)]
}

// projected reports whether an estimate before the count tells election
// or vote ev ("X won the election, exit polls suggested"): the win is
// not yet a fact.
func (d *doc) projected(ev *event) bool {
	if ev.noun || !countedTypes[ev.typ] {
		return false
	}
	x, v := d.eventTree(ev)
	if v < 0 {
		return false
	}
	if h := x.head(v); h >= 0 && x.estimateVerb(h, projectionNouns) && x.tellsClause(h, v) {
		return true
	}
	for _, w := range x.childrenWith(v, "parataxis", "advcl", "conj", "dep") {
		if x.estimateVerb(w, projectionNouns) && x.tellsClause(w, v) {
			return true
		}
	}
	return false
}
