package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// contestObjects are what a candidate or a party wins in an election
// beside a seat (data/words/contest_objects.txt); marginNouns measure the
// win (data/words/margin_nouns.txt).
var (
	contestObjects = wordSet("contest_objects.txt")
	marginNouns    = wordSet("margin_nouns.txt")
)

// contestWon reports whether the verb at tokens [i, i+n) of sentence si
// tells of an election a candidate or a party won: its subject, a person
// or a party, wins, takes or holds a seat ("won the Norrvik seat", "took
// the seat from Jonas Ek", "held her seat") or wins by a margin ("won
// with 42 percent", "beat his rival by 300 votes"); not "won the case",
// "took the floor", "the motion was won by 14 votes".
func (d *doc) contestWon(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	doers, passive := x.verbDoers(v)
	if subj := x.childrenWith(v, "nsubj"); passive && len(subj) > 0 && len(x.childrenWith(v, "aux:pass")) == 0 {
		// "X of the Liberals won by 14 votes": a margin the parse read
		// as a passive's agent, the verb having an active subject
		doers, passive = subj, false
	}
	if passive || !d.candidateAmong(si, x, doers) {
		return false
	}
	in := x.childrenWith(v, "obl")
	for _, o := range x.childrenWith(v, "obj") {
		if electionNoun(x, o) {
			return false // "won the Nov. 5 election by a wide margin": the election's noun tells it, with its date
		}
		in = append(in, x.childrenWith(o, "nmod")...) // the parse may hang it on the seat
	}
	for _, c := range in {
		if x.caseOf(c) == "in" && electionNoun(x, c) {
			return false // "held the seat in Thursday's by-election": the same
		}
	}
	for _, o := range x.childrenWith(v, "obj") {
		if l := strings.ToLower(x.lemma(o)); seatNouns[l] || contestObjects[l] {
			return true
		}
	}
	for _, c := range x.childrenWith(v, "obl", "obl:agent") {
		if p := x.caseOf(c); (p == "with" || p == "by") && marginNouns[strings.ToLower(x.lemma(c))] {
			return true
		}
	}
	return false
}

// candidateAmong reports whether one of words ws names a person or a party.
func (d *doc) candidateAmong(si int, x *syntax, ws []int) bool {
	for _, w := range ws {
		for _, e := range d.entsAt(si, x, w, "ELECTION") {
			if k := d.ents[e].kind; k == polgraph.KindPerson || k == polgraph.KindParty {
				return true
			}
		}
	}
	return false
}

// electionNoun reports whether word w is a noun that tells of an election
// by itself ("by-election", "runoff").
func electionNoun(x *syntax, w int) bool {
	return slices.ContainsFunc(triggers[strings.ToLower(x.tree.Words[w])], func(t trigger) bool {
		return t.typ == "ELECTION" && t.noun && len(t.words) == 1
	})
}
