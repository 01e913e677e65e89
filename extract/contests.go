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
	contestBallots = wordSet("contest_ballots.txt")
	// rivalBeatingVerbs beat a rival in a participle on a contest win
	// (data/words/rival_beating_verbs.txt)
	rivalBeatingVerbs = wordSet("rival_beating_verbs.txt")
)

// contestWon reports whether the verb at tokens [i, i+n) of sentence si
// tells of an election a candidate or a party won or lost: its subject, a
// person or a party, wins, takes, holds or loses a seat ("won the Norrvik
// seat", "took the seat from Jonas Ek", "lost his seat to X") or a place,
// its seat ("flipped Ostra"), or, done to no thing, wins by a margin ("won
// with 42 percent", "beat his rival by 300 votes"), from a place ("won
// from Vellore", as the Indian press names a seat), to another
// candidate ("lost to Ada Holm") or beats a rival in a ballot ("beat
// Ana Holm in a vote of party lawmakers"); not "won the case",
// "took the floor", "lost the vote by 12 votes", "the motion was won by 14
// votes". Where an election's own noun
// is the object or the setting ("won the Nov. 5 election", "held the seat
// in Thursday's by-election"), that noun tells the election, with its date.
func (d *doc) contestWon(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 || electionRole(x, v) == "" {
		return false // "claimed the seat": no verb of a contest, nor a result claimed
	}
	if noOneDoes(x, v) {
		return false // "after neither won a majority in Sunday's first round"
	}
	if x.lemma(v) == "hold" && (d.presentVerbInTree(si, i) || stillDone(x, v)) && !d.sents[si].headline {
		// "PAS holds 61 seats", "said Labour still held a majority": a
		// standing told in running text, no result; a headline's "Labour
		// holds Hartlepool" is one
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
	seat, thing := false, false
	settings := x.childrenWith(v, "obl")
	for _, o := range x.childrenWith(v, "obj") {
		l := strings.ToLower(x.lemma(o))
		whole := d.toks[x.token(o)].lower // "run-off", which the parse splits at the hyphen
		switch {
		case electionNoun(x, o):
			return false
		case x.claimedRole(v, o) != "":
			seat = true // "claimed victory": the result itself
		case (seatNouns[l] || contestObjects[l]) && x.noneOf(o):
			return false // "won no seats": nothing won
		case seatNouns[l] || contestObjects[l] || contestObjects[whole] || x.shareOfVote(o) || d.placeAmong(si, x, o):
			seat = true
		case !d.candidateAmong(si, x, []int{o}):
			thing = true
		}
		settings = append(settings, x.childrenWith(o, "nmod")...) // the parse may hang the setting on the seat
	}
	for _, c := range settings {
		if x.caseOf(c) == "in" && electionNoun(x, c) {
			return false
		}
	}
	if seat || thing {
		return seat
	}
	if d.rivalBeatenInBallot(si, x, v) {
		return true
	}
	for _, c := range x.childrenWith(v, "obl", "obl:agent") {
		if p := x.caseOf(c); (p == "with" || p == "by") && marginNouns[strings.ToLower(x.lemma(c))] {
			return true
		}
		if x.caseOf(c) == "from" && d.placeAmong(si, x, c) {
			return true
		}
		if x.caseOf(c) == "to" && x.lemma(v) == "lose" && d.candidateAmong(si, x, []int{c}) {
			return true // "Ali lost to Salim Mwangi": a candidate beaten by another
		}
	}
	return false
}

// rivalBeatenInBallot reports whether verb v has a candidate for its
// object and a ballot for its setting: one candidate beats another in a
// vote ("beat Radim Kopecky in a vote of party lawmakers", "defeated
// Ana Holm in a leadership ballot"), which is an election the subject
// won, whoever votes in it.
func (d *doc) rivalBeatenInBallot(si int, x *syntax, v int) bool {
	objs := x.childrenWith(v, "obj")
	if len(objs) == 0 || !d.candidateAmong(si, x, objs) {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(v, "obl"), func(c int) bool {
		return x.caseOf(c) == "in" && contestBallots[strings.ToLower(x.lemma(c))]
	})
}

// noneOf reports a noun that "no" counts: "won no seats".
func (x *syntax) noneOf(w int) bool {
	return slices.ContainsFunc(x.childrenWith(w, "det"), func(c int) bool { return strings.EqualFold(x.tree.Words[c], "no") })
}

// placeAmong reports whether word w names a place.
func (d *doc) placeAmong(si int, x *syntax, w int) bool {
	return slices.ContainsFunc(d.entsAt(si, x, w, "ELECTION"), func(e int) bool { return d.ents[e].kind == polgraph.KindPlace })
}

// noOneDoes reports whether verb v is told of no one: "neither won a
// majority" (which the parse may read as a "neither" coordinator on the
// verb, with no subject, leaving the main clause's to stand for it),
// "none of them won", "no candidate won". Whoever the sentence names did
// not do it.
func noOneDoes(x *syntax, v int) bool {
	for _, c := range x.childrenWith(v, "cc", "nsubj") {
		switch w := strings.ToLower(x.tree.Words[c]); {
		case w == "neither" && (x.rel(c) == "nsubj" || len(x.childrenWith(v, "nsubj")) == 0), w == "none", w == "nobody":
			return true
		case x.rel(c) == "nsubj" && slices.ContainsFunc(x.childrenWith(c, "det"), func(d int) bool { return strings.ToLower(x.tree.Words[d]) == "no" }):
			return true
		}
	}
	return false
}

// shareOfVote reports whether word w is a margin noun measuring a vote
// ("50 percent of the vote", "a third of the ballots"): what a party wins
// in an election, as it wins a seat.
func (x *syntax) shareOfVote(w int) bool {
	if !marginNouns[strings.ToLower(x.lemma(w))] && x.pos(w) != "NUM" {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(w, "nmod"), func(c int) bool {
		l := strings.ToLower(x.lemma(c))
		return x.caseOf(c) == "of" && (l == "vote" || l == "ballot")
	})
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

// electionVerbForms are the written forms of data/words/election_verbs.tsv's
// verbs, with their roles: the parse's lemma of a form it has not seen may
// miss ("conceded" as "conced").
var electionVerbForms = func() map[string]string {
	out := map[string]string{}
	for l, role := range electionVerbs {
		for _, f := range append(verbForms(l), irregularForms[l]...) {
			out[f] = role
		}
	}
	return out
}()

// resultClaims are the verbs that tell who won or lost an election by the
// result noun they take for their object, with the subject's role:
// "claimed victory", "admitted defeat" (data/words/result_claims.tsv).
var resultClaims = wordTable("result_claims.tsv", "agent", "participant")

// electionRole is the role election verb v gives its subject: the verb's
// own, or that of the result it claims ("claimed victory in the run-off").
func electionRole(x *syntax, v int) string {
	if role := electionVerbs[x.lemma(v)]; role != "" {
		return role
	}
	if role := electionVerbForms[strings.ToLower(x.tree.Words[v])]; role != "" {
		return role
	}
	for _, o := range x.childrenWith(v, "obj") {
		if role := x.claimedRole(v, o); role != "" {
			return role
		}
	}
	return ""
}

// claimedRole is the role verb v gives its subject where its object o is
// the result noun of a result claim ("victory" in "claimed victory"), or "".
func (x *syntax) claimedRole(v, o int) string {
	return resultClaims[x.lemma(v)+" "+strings.ToLower(x.lemma(o))]
}

// contestRoles is the role of the subject of the election verb of
// occurrence o: "agent" for who wins, "participant" for who loses or
// concedes, whom it was lost to then added to ev as its agent ("lost his
// seat to Ada Holm"), and the rivals a win beat as its participants
// ("won the seat, defeating Ivo Dorn").
func (d *doc) contestRoles(si int, o occurrence, ev *event) string {
	x, v := d.verbTriggerAt(si, o.i, o.n)
	if v < 0 {
		return "agent"
	}
	if electionRole(x, v) != "participant" {
		for _, e := range d.rivalsBeaten(si, x, v) {
			ev.add(e, "participant") // "won the Tarsk caucuses, defeating Rosa Ibarra": she ran too
		}
		return "agent"
	}
	for _, c := range x.lostTo(v) {
		for _, e := range d.entsAt(si, x, c, "ELECTION") {
			ev.add(e, "agent")
		}
	}
	return "participant"
}

// lostTo are the "to" phrases of loss verb v that name whom it was lost
// to, the winner: on the verb ("lost to Ada Holm"), or where the parse
// hangs them on its object ("lost his seat to Ada Holm"), on where it was
// lost ("lost in Kolvek to Ada Holm"), on its margin ("lost the
// election by 212 votes to Ada Holm") or on the words also given in on.
func (x *syntax) lostTo(v int, on ...int) (out []int) {
	to := x.childrenWith(v, "obl")
	for _, w := range on {
		to = append(to, x.childrenWith(w, "nmod")...)
	}
	for _, o := range x.childrenWith(v, "obj") {
		to = append(to, x.childrenWith(o, "nmod")...)
	}
	for _, o := range x.childrenWith(v, "obl") {
		if x.caseOf(o) != "to" {
			to = append(to, x.childrenWith(o, "nmod")...)
		}
	}
	for _, c := range to {
		if x.caseOf(c) == "to" {
			out = append(out, c)
		}
	}
	return out
}

// rivalsBeaten are the candidates a participle clause on win verb v
// beats ("won the Tarsk caucuses on Monday night, defeating Rosa Ibarra
// and Tom Kettering"): the rivals who ran in the election v won. Where
// the tree gives v the contest for its object, and that object a place
// ("the Tarsk caucuses"), the names a window finds after v are not read;
// the rivals are still the participle's. A party the article does not
// know may be read as an organization; no town or state is a rival.
func (d *doc) rivalsBeaten(si int, x *syntax, v int) (out []int) {
	for _, c := range x.childrenWith(v, "advcl") {
		if x.tree.XPOS[c] != "VBG" || !rivalBeatingVerbs[strings.ToLower(x.lemma(c))] {
			continue
		}
		for _, o := range x.childrenWith(c, "obj") {
			out = appendNew(out, slices.DeleteFunc(d.entsAt(si, x, o, "ELECTION"), func(e int) bool {
				k := d.ents[e].kind
				return k == polgraph.KindPlace || k == polgraph.KindCountry
			})...)
		}
	}
	return out
}

// marginPhrase reports a noun trigger at tokens [i, i+n) of sentence si
// that counts the margin of something else in a "by" phrase: "lost a
// confidence vote by one vote", "passed by 212 votes to 98", "won by a
// single vote" measure the vote or the win, and are none of their own.
func (d *doc) marginPhrase(si, i, n int) bool {
	if i-3 < d.sents[si].first || !slices.ContainsFunc(d.toks[i-3:i], func(t token) bool { return t.lower == "by" }) {
		return false // most triggers: no parse needed
	}
	x, w := d.triggerTree(si, i, n)
	return w >= 0 && x.caseOf(w) == "by" && marginNouns[strings.ToLower(x.lemma(w))] &&
		(len(x.childrenWith(w, "nummod")) > 0 || determinedBy(x, w, "a"))
}

// candidacyNouns tell a party's choice of its candidate where a party
// owns them or a race is run for them (data/words/candidacy_nouns.txt).
var candidacyNouns = wordSet("candidacy_nouns.txt")

// candidacySought reports whether the noun at tokens [i, i+n) of sentence
// si is a candidacy: a candidacy noun a party owns ("the Harbour Party
// nomination", "the Civic Union's nomination") or a race or ballot is run
// for ("the race for the nomination").
func (d *doc) candidacySought(si, i, n int) bool {
	x, w := d.wordAt(si, i+n-1)
	if w < 0 || !candidacyNouns[x.lemma(w)] && !candidacyNouns[strings.ToLower(x.tree.Words[w])] {
		return false
	}
	if d.partyModifying(si, x, w) >= 0 {
		return true
	}
	h := x.head(w)
	return h >= 0 && x.caseOf(w) == "for" && (contestBallots[x.lemma(h)] || contestObjects[x.lemma(h)])
}

// stillDone reports verb v modified by "still": a state that goes on
// ("Labour still held a majority"), no act done then.
func stillDone(x *syntax, v int) bool {
	return slices.ContainsFunc(x.childrenWith(v, "advmod"), func(c int) bool { return strings.ToLower(x.lemma(c)) == "still" })
}
