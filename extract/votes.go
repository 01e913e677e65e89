package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// votingChamber is, for a vote told by a verb, the one legislature its
// sentence names, or -1: the members who vote are seldom named ("MPs
// voted 312 to 250 in the House of Commons", "the bill was passed in the
// Verkhovna Rada"), the chamber they vote in is.
func (d *doc) votingChamber(ev *event) int {
	if ev.typ != "VOTE" || ev.noun {
		return -1
	}
	found := -1
	for _, mi := range d.sentMents[ev.sent] {
		for _, e := range d.refs(&d.ments[mi]) {
			if d.ents[e].kind != polgraph.KindOrganization || !isLegislature(d.ents[e]) || e == found {
				continue
			}
			if found >= 0 {
				return -1 // two chambers: which voted is the tree's to say
			}
			found = e
		}
	}
	return found
}

// decidingVote is the vote told by a verb in the sentence of event ev
// that decides ev, dated where dated is set, or nil: in "on Tuesday the
// Sejm adopted a resolution approving the appointment of Ivo Marek", the
// appointment is made by the vote, at its time, however the parse hangs
// the time. The event hangs on the vote's object or its clause, within a
// few steps of the tree.
func (d *doc) decidingVote(ev *event, dated bool) *event {
	var told []*event
	for _, o := range d.evSent[ev.sent] {
		if o != ev && o.typ == "VOTE" && !o.noun && (o.date != "" || !dated) {
			told = append(told, o)
		}
	}
	if len(told) == 0 {
		return nil // most sentences: no parse needed
	}
	x, w := d.eventTree(ev)
	if x == nil {
		return nil
	}
	votes := map[int]*event{}
	for _, o := range told {
		votes[x.eventWord(o)] = o
	}
	for steps := 0; w >= 0 && steps < 4; w, steps = x.head(w), steps+1 {
		switch x.baseRel(w) {
		case "obj", "acl", "xcomp", "nmod", "nsubj:pass":
		case "advcl":
			if x.markOf(w) != "to" {
				return nil // "voted on Monday to dissolve itself, paving the way for an election": what follows, not what it decides
			}
		default:
			return nil
		}
		if vote := votes[x.head(w)]; vote != nil {
			return vote
		}
	}
	return nil
}

// decidedByVote are the ones the acts a vote told by a verb decides are
// done to: "deputies voted to dismiss the interior minister, Pavel Oren"
// is a vote on him, as a motion to dismiss him would be.
func (d *doc) decidedByVote(vote *event) []int {
	if vote.typ != "VOTE" || vote.noun {
		return nil
	}
	var out []int
	for _, o := range d.evSent[vote.sent] {
		if o.typ != "VOTE" && d.decidingVote(o, false) == vote {
			out = append(out, o.withRole("patient")...)
		}
	}
	return out
}

// electionVerbOf is the verb of data/words/election_verbs.tsv, or of a
// result claim ("claimed victory in the run-off"), that the election noun
// w (or the noun it is a compound of) is the object or the setting of, and
// that noun; -1 where it is none: "lost the 2016
// election", "won the 2019 state election"; "in the 2019 election, the
// BJP won 105 seats"; "held the seat in Thursday's by-election".
func (x *syntax) electionVerbOf(w int) (v, n int) {
	n = w
	for n >= 0 && x.rel(n) == "compound" {
		n = x.head(n) // "the 2019 state election"
	}
	if n >= 0 && x.rel(n) == "nmod" && x.caseOf(n) == "in" && x.baseRel(x.head(n)) == "obj" && seatNouns[strings.ToLower(x.lemma(x.head(n)))] {
		// "held the Vell East seat in Thursday's by-election": the parse
		// hangs the election on the seat the verb is done to
		if v := x.head(x.head(n)); v >= 0 && x.isVerb(v) && electionRole(x, v) != "" {
			return v, n
		}
	}
	if n < 0 || x.baseRel(n) != "obj" && !(x.baseRel(n) == "obl" && electionSettingCases[x.caseOf(n)]) || !x.isVerb(x.head(n)) || electionRole(x, x.head(n)) == "" {
		return -1, n
	}
	return x.head(n), n
}

// electionVerbIn is electionVerbOf for election noun w of sentence si,
// where a leader verb counts only with a party for its object: "led the
// Harbour Party into the election", not "led the inquiry into the
// election".
func (d *doc) electionVerbIn(si int, x *syntax, w int) (v, n int) {
	v, n = x.electionVerbOf(w)
	if v >= 0 && electionVerbs[x.lemma(v)] == "leader" && !slices.ContainsFunc(x.childrenWith(v, "obj"), func(o int) bool {
		return slices.ContainsFunc(d.entsAt(si, x, o, "ELECTION"), func(e int) bool { return d.ents[e].kind == polgraph.KindParty })
	}) {
		return -1, n
	}
	return v, n
}

// electionSettingCases set an election as the one a verb's subject takes
// part in: "won a seat in the election", "at the election", "led the party
// into the election".
var electionSettingCases = set("in at into")

// winnerNouns name who won an election in their "of" phrase
// (data/words/winner_nouns.txt).
var winnerNouns = wordSet("winner_nouns.txt")

// winnerOf is the word that names who won the election noun w is the
// "of" phrase of a winner noun for, or -1: the name the winner noun is in
// apposition with ("Ana Holm, the winner of the runoff"), the copula's
// subject ("Holm was the winner of"), or the object beside it of the
// verb that makes it its second object ("declared Ana Holm the winner of
// the election").
func (x *syntax) winnerOf(w int) int {
	for w >= 0 && x.rel(w) == "compound" {
		w = x.head(w)
	}
	h := x.head(w)
	if w < 0 || h < 0 || x.rel(w) != "nmod" || x.caseOf(w) != "of" || !winnerNouns[strings.ToLower(x.tree.Words[h])] {
		return -1
	}
	if x.rel(h) == "appos" {
		return x.head(h)
	}
	if s := x.childrenWith(h, "nsubj"); len(s) > 0 && len(x.childrenWith(h, "cop")) > 0 {
		return s[0]
	}
	if v := x.head(h); v >= 0 && x.isVerb(v) && (x.rel(h) == "obj" || x.rel(h) == "xcomp") {
		for _, o := range x.childrenWith(v, "obj") {
			if o < h && o != h {
				return o
			}
		}
	}
	return -1
}

// declaredWinner is the word for whom the verb at tokens [i, i+n) of
// sentence si makes the winner, or -1: its object, or its passive
// subject, where a winner noun (winner_nouns.txt) with no "of" phrase of
// its own is its second object or complement, however the parse hangs
// that noun under the object, or sets it beside it ("declared Ada Holm
// of the Harbour Party the winner on Sunday", "declared Ada Holm the
// winner with 52 percent", "Holm has been declared the outright winner").
// A winner "of" an election is told by that election's noun (winnerOf).
// The one declared must be a person or a party named ("declared himself
// the winner" claims it).
func (d *doc) declaredWinner(si, i, n int) int {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return -1
	}
	who := slices.DeleteFunc(x.childrenWith(v, "obj"), func(o int) bool { return winnerNouns[strings.ToLower(x.tree.Words[o])] })
	if len(who) == 0 {
		who = x.childrenWith(v, "nsubj:pass")
	}
	if len(who) == 0 || !d.candidateAmong(si, x, who[:1]) {
		return -1
	}
	for w := range x.tree.Words {
		if w == who[0] || !winnerNouns[strings.ToLower(x.tree.Words[w])] || slices.ContainsFunc(x.childrenWith(w, "nmod"), func(c int) bool { return x.caseOf(c) == "of" }) {
			continue
		}
		for h, steps := w, 0; h >= 0 && steps < 3; h, steps = x.head(h), steps+1 {
			if r := x.baseRel(h); r != "obj" && r != "xcomp" && r != "nmod" && r != "appos" {
				break
			}
			if x.head(h) == v {
				return who[0]
			}
		}
	}
	return -1
}

// motionVotedOn reports a motion, its noun at tokens [i, i+n) of
// sentence si, that the tree tells as voted on: the subject of a verb of
// its outcome ("the motion of no confidence against X failed"; "filed a
// motion" or "faced a motion" tell of none held yet).
func (d *doc) motionVotedOn(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	if w < 0 || x.head(w) < 0 || x.baseRel(w) != "nsubj" {
		return false
	}
	return motionOutcomes[strings.ToLower(x.lemma(x.head(w)))]
}

// motionOutcomes are the verbs that tell what became of a motion put to
// the vote (data/words/motion_outcomes.txt).
var motionOutcomes = wordSet("motion_outcomes.txt")

// membersChamber is, for a vote told by a verb whose doers are legislators
// the article leaves unnamed ("MPs approved the package on Tuesday",
// "lawmakers in Hungary voted 120-80 to ..."), or a chamber it names by a
// common noun ("the parliament approved", "the upper house ratified"),
// the body they vote as: the
// one legislature the article names of their country (the one their
// phrase names, else the sentence's setting), else that country; where
// no country is known, the one legislature the article names; -1 where
// the doers are no legislators or neither is known. An appointment or a
// dismissal they make by their votes ("deputies elected Mira Zupan as
// speaker") is the legislature's only where the article names one.
func (d *doc) membersChamber(ev *event) int {
	if !chamberDeeds[ev.typ] || ev.noun || ev.date == "" {
		// "88 deputies voted for the resolution", with no time of its
		// own: the tally of a vote the article tells, not another
		return -1
	}
	x, v := d.eventTree(ev)
	if v < 0 || !x.isVerb(v) {
		return -1
	}
	doers, passive := x.verbDoers(v)
	if len(doers) == 0 && !passive && x.rel(v) == "xcomp" {
		doers, passive = x.verbDoers(x.head(v)) // "voted to approve"
	}
	if passive || len(doers) != 1 {
		return -1
	}
	w := doers[0]
	if b := d.bodyOfMembers(strings.ToLower(x.tree.Words[w])); b >= 0 {
		return b // "MEPs voted": their parliament, no one state's
	}
	if !legislatorNouns[strings.ToLower(x.lemma(w))] && !legislatorNouns[strings.TrimSuffix(strings.ToLower(x.tree.Words[w]), "s")] && !x.unnamedChamber(w) {
		return -1
	}
	country := -1
	for _, c := range x.childrenWith(w, "amod", "nmod", "compound", "nmod:poss") {
		if m := d.mentionOver(ev.sent, x.token(c)); m != nil {
			for _, e := range d.refs(m) {
				if c := d.countryOf(e); c >= 0 {
					country = c // "Romanian lawmakers", "MPs in Hungary"
				}
			}
		}
	}
	if country < 0 {
		country = d.setting(ev.sent)
	}
	found, two := d.articleChamber(country)
	if found >= 0 && !x.unnamedChamber(w) && d.firstNamed[found] >= d.sents[ev.sent].last {
		// "Lawmakers in Kenya voted on Tuesday to approve the bill. The
		// Senate is expected to debate it next week": a chamber named
		// only after the vote is more often the next the measure goes
		// to than the one its members voted in
		found = -1
	}
	if found >= 0 || ev.typ != "VOTE" {
		return found
	}
	if x.unnamedChamber(w) {
		return -1 // "the parliament approved": a chamber, which one the article does not say; not the state
	}
	if two {
		return country // two chambers: the country votes through one of them
	}
	return country
}

// chamberDeeds are the types of event a legislature does by its
// members' votes.
var chamberDeeds = set("VOTE", "APPOINTMENT", "DISMISSAL")

// articleChamber is the one legislature the article names of country (of
// any country where country is -1), or -1, and whether it names two.
func (d *doc) articleChamber(country int) (found int, two bool) {
	found = -1
	for ei, e := range d.ents {
		if e.kind != polgraph.KindOrganization || !isLegislature(e) || country >= 0 && d.countryOf(ei) != country {
			continue
		}
		if found >= 0 {
			return -1, true
		}
		found = ei // where no country is known, the one chamber the article names
	}
	return found, false
}

// measureChamber is, for a vote told by a passive verb whose subject is
// the measure voted on and that names no voter ("the amendment was
// defeated"), or by a motion's noun a verb of its outcome carries ("The
// motion was carried by 110 votes to 79"), the one legislature the
// article names (of the sentence's setting, where it has one), or -1: a
// measure is carried in the chamber the report is about, though the
// sentence may not name it again.
func (d *doc) measureChamber(ev *event) int {
	if ev.typ != "VOTE" {
		return -1
	}
	x, v := d.eventTree(ev)
	if v < 0 {
		return -1
	}
	if ev.noun {
		v = d.carriedMotionVerb(ev, x, v)
	} else if !d.measureUndergoes(ev, x, v) {
		return -1
	}
	if v < 0 {
		return -1
	}
	for _, c := range x.childrenWith(v, "obl", "obl:agent") {
		if x.caseOf(c) == "by" && d.mentionOver(ev.sent, x.token(c)) != nil {
			return -1 // "was rejected by the Senate": the voter the parse leaves unnamed is named
		}
	}
	found, _ := d.articleChamber(d.setting(ev.sent))
	return found
}

// measureUndergoes reports a vote told by verb v, with no participant
// yet, whose one passive subject is a measure ("the amendment was
// defeated"), or one that is a measure where a chamber acts on it, as
// the vote already says it does ("the treaty was approved by 201 votes
// to 12").
func (d *doc) measureUndergoes(ev *event, x *syntax, v int) bool {
	if len(ev.parts) > 0 || !x.isVerb(v) {
		return false
	}
	subj := x.childrenWith(v, "nsubj:pass")
	return len(subj) == 1 && (d.objectClass(ev.sent, x, subj[0]) == "measure" || chamberMeasureNouns[strings.ToLower(x.lemma(subj[0]))])
}

// carriedMotionVerb is the verb of a motion's outcome that the vote noun
// w is the subject of ("the motion was carried", "the motion failed"),
// where no one takes part in the vote yet, else -1: a motion on someone
// ("The motion was carried by 110 votes to 79, and Marsk was escorted
// from the chamber") is told apart from the chamber's other votes by
// them.
func (d *doc) carriedMotionVerb(ev *event, x *syntax, w int) int {
	if len(ev.parts) > 0 || !d.motionVotedOn(ev.sent, ev.trig[0], ev.trig[1]-ev.trig[0]) {
		return -1
	}
	return x.head(w)
}

// unnamedChamber reports a legislature named by a lower-case common noun
// (data/words/legislature_words.txt): "the parliament", "the upper
// house", "the legislature".
func (x *syntax) unnamedChamber(w int) bool {
	word := x.tree.Words[w]
	return word == strings.ToLower(word) && legislatureWords[word]
}

// voteNouns name a vote held on a matter (data/words/vote_nouns.txt).
var voteNouns = wordSet("vote_nouns.txt")

// carryingVerbs carry a measure put to the vote
// (data/words/carrying_verbs.txt).
var carryingVerbs = wordSet("carrying_verbs.txt")

// proposedByMeasure reports a trigger that names what a measure
// (data/words/measure_nouns.txt), or a vote (data/words/vote_nouns.txt),
// proposes, where the tree does not tell the measure carried: "the
// impeachment motion against Ana Holm was
// defeated", "rejected a motion to remove Holm", "tabled a bill to ban
// the rallies" tell a proposal, not a removal or a ban; "parliament
// passed a motion to remove Holm" removes her.
func (d *doc) proposedByMeasure(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	if w < 0 {
		return false
	}
	m := x.proposingMeasure(w)
	return m >= 0 && !x.measureCarried(m)
}

// proposingMeasure is the measure or vote noun that word w tells the
// matter of, as its modifier or its infinitive, or -1: "the impeachment motion",
// "a motion to remove Holm", and the infinitive the parse reads as the
// purpose of the verb done to the measure ("failed to pass a motion to
// remove Holm").
func (x *syntax) proposingMeasure(w int) int {
	h := x.head(w)
	if h < 0 {
		return -1
	}
	switch r := x.baseRel(w); {
	case r == "compound" || r == "amod" || r == "acl" && x.markOf(w) == "to":
	case r == "advcl" && x.markOf(w) == "to":
		objs := x.childrenWith(h, "obj", "nsubj:pass")
		if len(objs) == 0 || objs[0] > w {
			return -1
		}
		h = objs[0]
	default:
		return -1
	}
	if l := strings.ToLower(x.lemma(h)); !measureNouns[l] && !voteNouns[l] {
		return -1
	}
	return h
}

// measureCarried reports a measure noun w that a verb of carryingVerbs
// carries, not negated, modal or failed at: w its object or its subject
// ("passed the motion", "the motion was adopted", "the motion passed";
// not "failed to pass the motion", "will approve the bill").
func (x *syntax) measureCarried(w int) bool {
	v := x.head(w)
	if v < 0 || !x.isVerb(v) || !carryingVerbs[x.lemma(v)] || x.modalOrNegated(v) {
		return false
	}
	if h := x.head(v); x.baseRel(v) == "xcomp" && h >= 0 && missingVerbs[strings.ToLower(x.tree.Words[h])] {
		return false // "failed to pass the motion"
	}
	switch x.baseRel(w) {
	case "obj", "nsubj", "nsubj:pass":
		return true
	}
	return false
}

// doneByVote is what the verb a vote noun is the means of is done to,
// named: its objects, where the noun is its "in" oblique ("failed to oust
// Ana Holm in a confidence vote on Thursday", "re-elected Holm as speaker
// in a secret ballot"). The vote decided on them; not where the verb
// tells an election, whose rival the ballot is no vote on ("defeated Ana
// Holm in a leadership ballot").
func (d *doc) doneByVote(ev *event) []int {
	if ev.typ != "VOTE" || !ev.noun {
		return nil
	}
	x, w := d.eventTree(ev)
	if w < 0 || x.baseRel(w) != "obl" || x.caseOf(w) != "in" || !x.isVerb(x.head(w)) {
		return nil
	}
	for _, o := range d.evSent[ev.sent] {
		if o.typ == "ELECTION" && x.eventWord(o) == x.head(w) {
			return nil
		}
	}
	var out []int
	for _, o := range x.childrenWith(x.head(w), "obj") {
		out = append(out, d.entsAt(ev.sent, x, o, ev.typ)...)
	}
	return out
}

// voteSettingNouns name the sitting at which a body votes.
var voteSettingNouns = wordSet("vote_setting_nouns.txt")

// voteSetting reports a meeting told by a noun that is an oblique of a
// vote's verb, with no one met "with": in "the council approved the
// increase after a four-hour meeting" the meeting is where the vote was
// taken, no event of its own.
func (d *doc) voteSetting(ev *event) bool {
	if ev.typ != "MEETING" || !ev.noun || ev.dropped {
		return false
	}
	x, w := d.eventTree(ev)
	if w < 0 || x.baseRel(w) != "obl" || !voteSettingNouns[strings.ToLower(x.tree.Words[w])] {
		return false
	}
	for _, c := range x.childrenWith(w, "nmod") {
		if x.caseOf(c) == "with" {
			return false // "after a meeting with the developer": someone met
		}
	}
	for _, o := range d.evSent[ev.sent] {
		if o.typ == "VOTE" && !o.noun && !o.dropped && x.eventWord(o) == x.head(w) {
			return true
		}
	}
	return false
}
