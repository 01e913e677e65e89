package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// speechActs are asserted when told: that someone denied or claimed is a fact.
var speechActs = map[string]bool{"DENIAL": true, "STATEMENT": true, "ACCUSATION": true, "REPORT": true, "CRITICISM": true, "SUPPORT": true}

// statusOf says whether an event is asserted, alleged or denied, from the
// hedges and the framing triggers before it and the report after it.
func (d *doc) statusOf(si, i int, before, after []occurrence, ev *event) string {
	s := &d.sents[si]
	n := ev.trig[1] - ev.trig[0]
	for j := s.first; j < s.last; j++ {
		if !allegingWords[d.toks[j].lower] || !d.hedges(si, j, i, n, ev.noun) {
			continue
		}
		if ev.typ == "REPORT" || ev.typ == "ACCUSATION" {
			break
		}
		return polgraph.StatusAlleged
	}
	if d.projected(ev) {
		return polgraph.StatusAlleged // "X won the election, exit polls suggested": an estimate, no count yet
	}
	if d.claimLabelLine(si) {
		return polgraph.StatusAlleged // "Claim: Senator X voted to close the hospital."
	}
	if !claimTypes[ev.typ] && (d.raisedByHedge(si, i, n) || d.epistemicPerfect(si, i, n)) {
		return polgraph.StatusAlleged // "is believed to have met", "may have met"
	}
	if speechActs[ev.typ] {
		return polgraph.StatusAsserted
	}
	if !claimTypes[ev.typ] && d.sideSays(si) {
		return polgraph.StatusAlleged // "Protesters said police fired tear gas at them"
	}
	if coordinated(d, s.first, i) {
		return polgraph.StatusAsserted // "accused X and called for": two acts, both told
	}
	for _, o := range after {
		if o.t.typ == "REPORT" && d.reportFrames(si, o, ev) {
			return polgraph.StatusAlleged
		}
	}
	if ev.noun && d.settingOfClaimedAct(ev) {
		return polgraph.StatusAsserted // "denied that Russia had interfered in the election": the election was held
	}
	if d.unevidenced(si, i, n) {
		return polgraph.StatusAlleged // "there is no evidence that Russia funded the party"
	}
	for _, o := range before {
		// the trigger may end in the "that" itself: "charged that"; a
		// report named as a noun frames nothing by itself ("citing a
		// report by Amnesty, Ivo Marek called for an inquiry")
		if !d.hasThat(o.i+1, i) && (o.t.typ != "REPORT" || o.t.noun || d.spokenThrough(si, o, i, n)) {
			continue
		}
		switch o.t.typ {
		case "REPORT", "ACCUSATION":
			return polgraph.StatusAlleged // "reported that ...", "accused him that ..."
		case "DENIAL":
			return polgraph.StatusDenied // "denied that ..."
		}
	}
	return polgraph.StatusAsserted
}

// sideSays reports a sentence that opens with people of one side in the
// plural and a reporting verb ("Protesters said", "Opponents say"): what
// they say happened is their claim, as what "sources said" is, where no
// one named says it.
func (d *doc) sideSays(si int) bool {
	s := &d.sents[si]
	if s.last-s.first < 3 {
		return false
	}
	w := d.toks[s.first].lower
	return (sidePlurals[w] || protesterNouns[w]) && reportingVerbs[d.toks[s.first+1].lower]
}

// claimLabels open a line that sets out a claim to be checked
// (data/words/claim_labels.txt).
var claimLabels = wordSet("claim_labels.txt")

// claimLabelLine reports whether sentence si opens with a claim's label
// and a colon, as a fact-check sets out what it checks: "Claim: Senator
// X voted to close the hospital."
func (d *doc) claimLabelLine(si int) bool {
	s := &d.sents[si]
	return s.last-s.first > 2 && claimLabels[d.toks[s.first].lower] && d.toks[s.first].cap && d.toks[s.first+1].text == ":"
}

// hedges reports whether the hedge word at j scopes over the trigger of n
// tokens at i. A hedge qualifies only what it modifies: an adjective its
// noun phrase ("alleged influence operations" leaves "has resigned" told as
// fact), an adverb the verb it governs ("allegedly advised"), a reporting
// word ("sources said", "according to", "claimed that") the whole sentence.
func (d *doc) hedges(si, j, i, n int, noun bool) bool {
	first, last := d.sents[si].first, d.sents[si].last
	switch w := d.toks[j].lower; w {
	case "allegedly", "reportedly", "purportedly", "supposedly":
		if j == first || j+1 < last && d.toks[j+1].text == "," {
			return true // "Reportedly, ...": the whole sentence
		}
		if i+n == j || i+n+1 == j && d.toks[j-1].text == "," {
			return true // "resigned, reportedly" or "resigned reportedly"
		}
		return i > j && i <= j+3 && !d.breakBetween(j+1, i) || d.hedgesConjunct(si, j, i, n)
	case "alleged", "claimed", "suspected":
		if d.verbal(j, last) {
			// "was alleged to have", "claimed that", "is suspected of
			// having", but not past its own clause: "X, who is suspected
			// of spying, met Y" tells the meeting as a fact
			return i > j && d.withinClauseOf(si, j, i, n)
		}
		return noun && i > j && i < d.nounPhraseEnd(j+1, last)
	case "suspicion":
		// "arrested on suspicion of spying for Russia": what the
		// suspicion is of, not the arrest
		return j+1 < last && d.toks[j+1].lower == "of" && i > j+1 && i <= j+3
	case "claims", "claim", "allegations", "allegation", "accusations", "accusation":
		if j+1 < last && d.toks[j+1].lower == "that" {
			// the clause on the noun, not the verb the noun is the
			// subject of: "the accusations that Russia interfered were
			// rejected by the Kremlin" alleges no rejection
			return i > j && d.withinClauseOf(si, j, i, n)
		}
		// "claims of interference", "allegations of Russian
		// interference"; not the verb of a clause on the noun ("a claim
		// Hamas dismissed")
		return noun && i > j && i < d.nounPhraseEnd(j+1, last)
	case "according":
		if j+1 < last && d.toks[j+1].lower == "to" {
			// "according to X": the whole sentence, but for the statement
			// that is X itself ("according to a statement by ...")
			return !(i > j+1 && i <= j+4 && !d.breakBetween(j+2, i))
		}
	case "sources":
		if j+1 < last && reportingVerbs[d.toks[j+1].lower] || j > first && (d.toks[j-1].lower == "citing" || d.toks[j-1].lower == "to") {
			return true // "sources said", "citing sources"
		}
	}
	return j < i+3
}

// reportingVerbs after "sources" make them the frame of the sentence.
var reportingVerbs = wordSet("reporting_verbs.txt")

// withinClauseOf reports whether the trigger of n tokens at i lies within
// the clause of the verb at token j, as the tree says; without a tree, it
// is taken to.
func (d *doc) withinClauseOf(si, j, i, n int) bool {
	x := d.syntaxOf(si)
	if x == nil {
		return true
	}
	v, e := x.at(j), x.trigger(i, n)
	return v < 0 || e < 0 || x.dominates(v, e)
}

// verbal reports whether "alleged"/"claimed" at j is a verb: after a form of
// be or have, or before "that", "to" or a comma.
func (d *doc) verbal(j, last int) bool {
	if j+1 < last {
		switch d.toks[j+1].lower {
		case "that", "to", ",", "he", "she", "they", "it":
			return true
		}
	}
	if j > 0 {
		p := d.toks[j-1].lower
		if beForms[p] || p == "has" || p == "have" || p == "had" || d.toks[j-1].cap && p != "the" {
			return true
		}
	}
	return false
}

// nounPhraseEnd is the token after the noun phrase that starts at i: it ends
// at punctuation, a preposition other than "of", a clause break or a verb.
func (d *doc) nounPhraseEnd(i, last int) int {
	for k := i; k < last && k < i+6; k++ {
		t := &d.toks[k]
		if t.kind == tokPunct || clauseBreaks[t.lower] || prepositions[t.lower] && t.lower != "of" || beForms[t.lower] || t.lower == "has" || t.lower == "have" || t.lower == "had" || t.lower == "and" {
			return k
		}
	}
	return min(i+6, last)
}

// breakBetween reports punctuation or a clause break in tokens [a, b).
func (d *doc) breakBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if t := &d.toks[k]; t.kind == tokPunct || clauseBreaks[t.lower] {
			return true
		}
	}
	return false
}

// hasThat reports a complementiser "that" in tokens [i, j).
func (d *doc) hasThat(i, j int) bool {
	for k := i; k < j; k++ {
		if d.toks[k].lower == "that" {
			return true
		}
	}
	return false
}

// reportFrames reports whether the report told at o, after event ev in
// its sentence, frames the clause that tells ev: the event is in a clause
// the report's verb governs ("Police arrested X, the Lantern reported"),
// or the verb closes the sentence hung on the event's clause, as the
// parser may read it, with no object or clause of its own and its subject
// after a comma ("X attended dinners with Y, The Standard reported on
// Wednesday, citing sources").
func (d *doc) reportFrames(si int, o occurrence, ev *event) bool {
	x := d.syntaxOf(si)
	if x == nil || speechActs[ev.typ] {
		return false
	}
	r, e := x.trigger(o.i, o.n), x.eventWord(ev)
	if r < 0 || e < 0 || !x.isVerb(r) {
		return false
	}
	if x.dominates(r, e) {
		c := e
		for x.head(c) != r {
			c = x.head(c)
		}
		return reportedClause[x.baseRel(c)]
	}
	// a closing tail, whatever relation the parse gives it ("Dorn was
	// arrested, Reuters reported" is read as a conjunct, an aside, even
	// a time): its subject after a comma, nothing said of its own
	if x.head(r) < 0 || len(x.childrenWith(r, "obj", "ccomp")) > 0 || !x.dominates(x.head(r), e) {
		return false
	}
	subj := x.childrenWith(r, "nsubj")
	return len(subj) > 0 && x.afterComma(subj[0])
}

// raisedByHedge reports a trigger of n tokens at i told in the infinitive
// a hedging verb raises its subject from: "is believed to have met", "is
// said to have ordered", "appears to have left". The verb is followed by
// "to" and a verb, so "said to reporters that ..." is no hedge; or, after
// "it is", by a clause: "it is understood that".
func (d *doc) raisedByHedge(si, i, n int) bool {
	first, last := d.sents[si].first, d.sents[si].last
	for j := first; j+2 < last && j+1 < i; j++ {
		if !hedgingRaisers[d.toks[j].lower] {
			continue
		}
		if d.toks[j+1].lower == "that" && j-2 >= first && d.toks[j-2].lower == "it" && beForms[d.toks[j-1].lower] {
			// "It is understood that X met": the same hedge, with "it"
			// for its subject
			if d.withinClauseOf(si, j, i, n) {
				return true
			}
			continue
		}
		if d.toks[j+1].lower != "to" {
			continue
		}
		if x, w := d.wordAt(si, j+2); w < 0 || !x.isVerb(w) {
			continue
		}
		if d.withinClauseOf(si, j, i, n) {
			return true
		}
	}
	return false
}

// hedgingRaisers raise their subject into a hedged infinitive.
var hedgingRaisers = wordSet("hedging_raisers.txt")

// epistemicPerfect reports a trigger under a modal of likelihood and
// "have": "may have met", "might have been detained", "must have known".
// What may have happened is not told as fact, nor dropped as what may
// happen yet.
func (d *doc) epistemicPerfect(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	if w < 0 || !x.isVerb(w) {
		return false
	}
	modal, have := false, false
	for _, a := range x.childrenWith(w, "aux", "aux:pass") {
		switch strings.ToLower(x.tree.Words[a]) {
		case "may", "might", "must":
			modal = true
		case "have":
			have = modal
		}
	}
	return have
}

// hedgesConjunct reports whether the adverb at j hedges a verb the trigger
// of n tokens at i is joined to with its subject shared: "allegedly
// received instructions and met them" hedges the meeting too.
func (d *doc) hedgesConjunct(si, j, i, n int) bool {
	x := d.syntaxOf(si)
	if x == nil || i < j {
		return false
	}
	a, e := x.at(j), x.trigger(i, n)
	if a < 0 || e < 0 || x.rel(a) != "advmod" || x.head(a) < 0 || x.rel(e) != "conj" || x.head(e) != x.head(a) {
		return false
	}
	return len(x.childrenWith(e, "nsubj", "nsubj:pass")) == 0
}

// settingOfClaimedAct reports whether noun event ev is the occasion a
// claimed act is done in, at or during, as the tree hangs it on the act's
// verb, itself a trigger: in "denied that Russia had interfered in the
// Moldovan election" what is denied is the interference, and the election
// it was done in was held all the same; so in "reported that Holm had met
// the envoy at the summit". What the act is done to or charged with stays
// claimed: "denied that Russia had carried out the attack".
func (d *doc) settingOfClaimedAct(ev *event) bool {
	x, w := d.eventTree(ev)
	if w < 0 || x.baseRel(w) != "obl" || !settingCases[x.caseOf(w)] {
		return false
	}
	h := x.head(w)
	return h >= 0 && x.isVerb(h) && len(triggers[strings.ToLower(x.tree.Words[h])]) > 0
}

// settingCases hang the occasion an act is done in on its verb.
var settingCases = set("in at during before after ahead around")

// evidenceNouns are the nouns of what would show an act was done
// (data/words/evidence_nouns.txt).
var evidenceNouns = wordSet("evidence_nouns.txt")

// thatContent reports whether clause c is marked "that" as a content
// clause: its "that" the marker, or read as the object of a clause with a
// subject of its own ("no evidence that Russia had interfered", "that"
// taken for a relative's object); not a relative whose "that" is its
// subject ("no evidence that links him").
func (x *syntax) thatContent(c int) bool {
	for k := 0; k < c; k++ {
		if x.head(k) != c || !strings.EqualFold(x.tree.Words[k], "that") {
			continue
		}
		switch x.baseRel(k) {
		case "mark":
			return true
		case "obj", "obl":
			return len(x.childrenWith(c, "nsubj", "nsubj:pass")) > 0
		}
	}
	return false
}

// unevidenced reports whether the trigger of n tokens at i of sentence si
// lies in a clause marked "that" on a noun of evidence denied by "no":
// "there is no evidence that Russia funded the party", "found no sign
// that she had met them" raise the act, they do not tell it.
func (d *doc) unevidenced(si, i, n int) bool {
	if !slices.ContainsFunc(d.toks[d.sents[si].first:d.sents[si].last], func(t token) bool { return evidenceNouns[t.lower] }) {
		return false // most sentences: no parse needed
	}
	for x, c := d.triggerTree(si, i, n); c >= 0 && x.head(c) >= 0; c = x.head(c) {
		h := x.head(c)
		if (x.baseRel(c) == "acl" || x.rel(c) == "ccomp") && evidenceNouns[strings.ToLower(x.lemma(h))] && x.negated(h) && x.thatContent(c) {
			return true
		}
	}
	return false
}

// spokenThrough reports a trigger of n tokens at i that is a participle on
// the document report verb o publishes: in "published a letter urging the
// government to resign" the letter's authors ask, no report frames it.
func (d *doc) spokenThrough(si int, o occurrence, i, n int) bool {
	x, v := d.triggerTree(si, o.i, o.n)
	if v < 0 {
		return false
	}
	w := x.trigger(i, n)
	return w >= 0 && x.onIssuedStatement(w, v)
}
