package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/polgraph/polgraph"
)

// standingVerbs tell a party's result in an election, by what the result
// says of who won (data/words/standing_verbs.tsv); placingWords are the
// places in the count (data/words/placing_words.txt).
var (
	standingVerbs    = wordTable("standing_verbs.tsv", "share", "loss", "place", "first")
	placingWords     = wordSet("placing_words.txt")
	prospectContests = wordSet("prospect_contests.txt")
	scantWords       = wordSet("scant_words.txt")
)

// firstPlaceForms are the written forms of the verbs that tell first place
// by themselves ("topped the poll"), which a result clause's cue takes in.
var firstPlaceForms = func() map[string]bool {
	out := map[string]bool{}
	for l, kind := range standingVerbs {
		if kind == "first" {
			for _, f := range verbForms(l) {
				out[f] = true
			}
		}
	}
	return out
}()

// shareCases are the prepositions that set a result on a verb of standing:
// "came second with 22 percent", "slumped to 17 per cent", "stood on 27
// per cent", "finished at 9 percent".
var shareCases = set("with to on at")

// electionResults joins to the story's election the parties and the
// candidates whose results later clauses tell: "The Farmers League came
// second with 22 percent", "The Greens took 12 seats", "Labour lost eight
// of its 30 seats", "the Ecology Front on 12.4 per cent". A wire story
// tells one election and then its count, clause by clause: each party in
// the count ran in that election, dated as it is, and none of those
// clauses is an election of its own. The election is the one the clause's
// own election noun names ("came second in the 2019 election"), else the
// nearest told before. Who came first, or the first result told of an
// election that has no winner yet ("Last month's election changed
// everything. Aurevia Now took 29 per cent"), won it; any other ran.
func (d *doc) electionResults() {
	for _, ev := range d.events {
		if ev.typ == "ELECTION" && ev.noun && ev.dateFrom != "sentence" && prospectContests[d.toks[ev.trig[0]].lower] {
			ev.dropped = true // "forcing a run-off": yet to come, where no time of its own says it was held
		}
	}
	for si := range d.sents {
		d.claimedWins(si)
		if d.sents[si].headline || !d.electionBy(si) || !d.resultCue(si) && !d.lossIn(si) && !d.rivalCue(si) {
			continue // no election told yet: a share of something else
		}
		x := d.syntaxOf(si)
		if x == nil {
			continue
		}
		d.concessions(si, x)
		d.rivals(si, x)
		for _, r := range d.resultsIn(si, x) {
			el := d.electionUnder(si, x, r.verb)
			if el == nil {
				el = d.storyElection(si, x, r)
			} else if el.date == "" {
				// "came first in the first round of France's legislative
				// elections on Sunday": the count's day is the election's
				el.date, el.prec, el.dateFrom = d.timeOnVerb(si, x, r.verb)
			}
			if el == nil || r.verb >= 0 && d.datedApart(si, x, r.verb, el) {
				continue // "took 12 seats in 2019": another count
			}
			role := r.role
			if role == "" {
				role = "participant"
				if !el.hasRole("agent") {
					role = "agent" // the first result told is the winner's
				}
			}
			for _, e := range r.ents {
				el.add(e, role)
			}
			for _, ev := range d.evSent[si] {
				// "The Conservatives won 36 seats": no election of its own,
				// the story's count
				if ev != el && !ev.dropped && ev.typ == "ELECTION" && !ev.noun && r.verb >= 0 && x.eventWord(ev) == r.verb {
					for _, p := range ev.parts {
						if !slices.Contains(r.ents, p.ent) {
							el.add(p.ent, p.role)
						}
					}
					ev.dropped = true
				}
			}
		}
	}
	d.dateByLeadElection()
}

// dateByLeadElection dates an election a verb tells with no time of its
// own, which no result joined to the story's election ("Hanna Selm was
// re-elected in Brettfeld"), on the day of the election the story leads
// with, where the lead dates only its noun ("The Progress Alliance
// retained its majority in Saturday's parliamentary election"): a results
// story tells the races of that one polling day. A noun sets no story day
// for the rest of the news (dateEvents), so this is the elections' alone.
func (d *doc) dateByLeadElection() {
	lead := d.leadElection()
	if lead == nil {
		return
	}
	for _, ev := range d.events {
		if ev.typ == "ELECTION" && !ev.noun && !ev.dropped && ev.date == "" && ev.sent > lead.sent && !d.anterior(ev) && !d.background(ev, lead.date) {
			ev.date, ev.prec, ev.dateFrom = lead.date, lead.prec, "story"
		}
	}
}

// leadElection is the election noun the story's first paragraphs date to
// a day of the news ("in Saturday's parliamentary election"), or nil.
func (d *doc) leadElection() *event {
	firstPara := -1
	for _, s := range d.sents {
		if !s.headline {
			firstPara = s.para
			break
		}
	}
	for _, ev := range d.events {
		if ev.typ == "ELECTION" && ev.noun && !ev.dropped && ev.dateFrom == "sentence" && ev.prec == polgraph.PrecisionDay && d.sents[ev.sent].para <= firstPara+1 && d.news(ev.date) {
			return ev
		}
	}
	return nil
}

// lossIn reports whether sentence si tells an election no one is said to
// win, which no time of its own dates: "Alvaro Delgano conceded defeat",
// "Holm lost her seat".
func (d *doc) lossIn(si int) bool {
	return slices.ContainsFunc(d.evSent[si], func(ev *event) bool {
		return ev.typ == "ELECTION" && !ev.noun && !ev.dropped && ev.date == "" && len(ev.parts) > 0 && !ev.hasRole("agent")
	})
}

// concessions join to the story's election the losses of sentence si that
// lossIn tells: a wire story's "The ruling coalition's candidate, Alvaro
// Delgano, conceded defeat" after its lead's "Yamandu Orsin won Sunday's
// runoff" is who lost that runoff, not an election of its own.
func (d *doc) concessions(si int, x *syntax) {
	for _, ev := range d.evSent[si] {
		if ev.typ != "ELECTION" || ev.noun || ev.dropped || ev.date != "" || len(ev.parts) == 0 || ev.hasRole("agent") {
			continue
		}
		v := x.eventWord(ev)
		if v < 0 || d.electionUnder(si, x, v) != nil {
			continue
		}
		el := d.storyElection(si, x, result{verb: v})
		if el == nil || el == ev || d.placesApart(el, ev) {
			continue // "lost his seat in Tarsk" after a race in Brettfeld: another race
		}
		for _, p := range ev.parts {
			el.add(p.ent, p.role)
		}
		ev.dropped = true
	}
}

// claimedWins join to the story's election the wins that sentence si's
// candidates claim, which no time of the sentence dates: "Bloc leader Anja
// Treu claimed victory" after "The Freedom Bloc topped the poll in
// Sunday's regional election" is who won that election, not an election
// of its own on the day of the claim. A claim that names its election
// ("claimed victory in the run-off") is that noun's.
func (d *doc) claimedWins(si int) {
	for _, ev := range d.evSent[si] {
		if ev.typ != "ELECTION" || ev.dropped || ev.dateFrom == "sentence" || !ev.hasRole("agent") {
			continue
		}
		x := d.syntaxOf(si)
		if x == nil {
			return
		}
		v := x.eventWord(ev)
		if v < 0 || electionVerbs[x.lemma(v)] != "" || electionRole(x, v) != "agent" || d.electionUnder(si, x, v) != nil {
			continue // a win told, not claimed; or a claim on an election of its own
		}
		el := d.claimedElection(ev)
		if el == nil {
			continue
		}
		for _, p := range ev.parts {
			if k := d.ents[p.ent].kind; k == polgraph.KindPerson || k == polgraph.KindParty {
				el.add(p.ent, p.role) // not the town of the rally where the claim was made
			}
		}
		ev.dropped = true
	}
}

// claimedElection is the election of this year or last, told before the
// claimed win ev, nearest first, that no other candidate of a claimant's
// kind has won: a party may have won the election its leader claims
// ("the National Party on 34 per cent ... Holm claims victory"), but a
// constituency race another person won is not the one claimed.
func (d *doc) claimedElection(ev *event) *event {
	for i := len(d.events) - 1; i >= 0; i-- {
		el := d.events[i]
		if el.typ != "ELECTION" || el.dropped || el.sought || el.sent >= ev.sent || d.olderThanLastYear(el.date) {
			continue
		}
		if !slices.ContainsFunc(el.withRole("agent"), func(a int) bool {
			return !ev.has(a) && slices.ContainsFunc(ev.withRole("agent"), func(c int) bool { return d.ents[c].kind == d.ents[a].kind })
		}) {
			return el
		}
	}
	return nil
}

// rivalCue reports whether sentence si tells an election beside a word
// that may name a rival ("against", "beating").
func (d *doc) rivalCue(si int) bool {
	s := &d.sents[si]
	return slices.ContainsFunc(d.evSent[si], func(ev *event) bool { return ev.typ == "ELECTION" }) &&
		slices.ContainsFunc(d.toks[s.first:s.last], func(t token) bool { return t.lower == "against" || strings.HasPrefix(t.lower, "beat") })
}

// rivals adds to each election of sentence si won by someone the rivals
// its clause names, who ran and lost: "won the run-off on Sunday, beating
// Economy Minister Sergio Masson", "was re-elected, winning 74 percent
// against Prime Minister Ingrida Simonyte", "won the runoff against X".
// The rival is the object of a verb of defeat (data/words/election_verbs.tsv,
// a winner's verb) that goes on the win's clause without a subject of its
// own, or the "against" phrase of either.
func (d *doc) rivals(si int, x *syntax) {
	for _, ev := range d.evSent[si] {
		if ev.typ != "ELECTION" || ev.dropped || !ev.hasRole("agent") {
			continue
		}
		v := x.eventWord(ev)
		if v >= 0 && ev.noun && x.head(v) >= 0 && x.isVerb(x.head(v)) {
			v = x.head(v) // "won Sunday's run-off": the win's verb
		}
		if v < 0 || !x.isVerb(v) {
			continue
		}
		verbs := []int{v}
		for _, c := range x.childrenWith(v, "advcl", "conj") {
			if x.isVerb(c) && len(x.childrenWith(c, "nsubj", "nsubj:pass")) == 0 && electionRole(x, c) == "agent" {
				verbs = append(verbs, c)
			}
		}
		for k, w := range verbs {
			args := x.childrenWith(w, "obl", "obj")
			for i := 0; i < len(args); i++ {
				for _, n := range x.childrenWith(args[i], "nmod") {
					if x.caseOf(n) == "against" || x.caseOf(n) == "of" {
						// "74 percent of the vote against X": the parse may
						// hang it on the share, or on what it is of
						args = append(args, n)
					}
				}
			}
			for _, c := range args {
				if x.caseOf(c) == "against" || k > 0 && x.rel(c) == "obj" && (x.lemma(w) == "beat" || x.lemma(w) == "defeat") {
					for _, e := range d.candidatesAt(si, x, c) {
						ev.add(e, "participant")
					}
				}
			}
		}
	}
}

// electionBy reports whether an election is told by sentence si.
func (d *doc) electionBy(si int) bool {
	return slices.ContainsFunc(d.events, func(ev *event) bool { return ev.typ == "ELECTION" && ev.sent <= si })
}

// timeOnVerb is the date of the time expression that hangs on verb v of
// sentence si, with its precision and "sentence"; all "" where none does.
func (d *doc) timeOnVerb(si int, x *syntax, v int) (date, prec, from string) {
	for _, t := range d.timesOf(si) {
		ti := d.tokenAt(t.start)
		if ti < 0 {
			continue
		}
		if h := x.spanHead(ti, d.tokenBefore(t.end)+1); h >= 0 && x.timeOf(h, v) {
			if date, prec = eventDate(t.value); date != "" {
				return date, prec, "sentence"
			}
		}
	}
	return "", "", ""
}

// resultCue reports whether sentence si has a word a result clause needs:
// a share, a seat or a place in the count. Most sentences have none, and
// need no parse for this.
func (d *doc) resultCue(si int) bool {
	s := &d.sents[si]
	for i := s.first; i < s.last; i++ {
		w := d.toks[i].lower
		if shareWords[w] || seatNouns[strings.TrimSuffix(w, "s")] || placingWords[w] || firstPlaceForms[w] {
			return true
		}
	}
	return false
}

// storyElection is the election told last before result r of sentence
// si, still kept: in an earlier sentence, or earlier in this one by
// another verb ("won Sunday's election with 26 percent, while the
// Democratic Party came second with 19 percent"). It is the story's news,
// held this year or last: an older one is background ("up from 54 per
// cent at the last election in 2019"), whose count the story does not
// tell without naming it.
func (d *doc) storyElection(si int, x *syntax, r result) *event {
	var out *event
	for _, ev := range d.events {
		if ev.typ != "ELECTION" || ev.dropped || ev.sought || ev.sent > si || out != nil && ev.sent < out.sent || d.olderThanLastYear(ev.date) {
			continue // those repeatedOnDates adds come last
		}
		if ev.sent == si && (r.verb < 0 || ev.trig[0] >= x.token(r.verb) || x.eventWord(ev) == r.verb) {
			continue
		}
		out = ev
	}
	return out
}

// olderThanLastYear reports whether date falls before the year before the
// article's.
func (d *doc) olderThanLastYear(date string) bool {
	if d.dct.IsZero() || len(date) < 4 {
		return false
	}
	y, err := strconv.Atoi(date[:4])
	return err == nil && y < d.dct.Year()-1
}

// electionUnder is the election whose noun the clause of verb v holds
// ("came first in the first round of France's legislative elections"),
// or nil.
func (d *doc) electionUnder(si int, x *syntax, v int) *event {
	if v < 0 {
		return nil
	}
	for _, ev := range d.evSent[si] {
		if ev.typ != "ELECTION" || !ev.noun || ev.dropped {
			continue
		}
		if w := x.eventWord(ev); w >= 0 && w != v && x.dominates(v, w) {
			return ev
		}
	}
	return nil
}

// datedApart reports whether the result of verb v is dated in its sentence
// apart from election el.
func (d *doc) datedApart(si int, x *syntax, v int, el *event) bool {
	for _, ev := range d.evSent[si] {
		if x.eventWord(ev) == v && ev.dateFrom == "sentence" && !compatible(ev.date, el.date) {
			return true
		}
	}
	return false
}

// result is a clause's result: the parties or candidates it tells of, the
// verb that tells it (-1 for a noun's "on" phrase), and the role it gives
// them, "" where it says nothing of who won.
type result struct {
	ents []int
	verb int
	role string
}

// resultsIn are the results sentence si's tree tells.
func (d *doc) resultsIn(si int, x *syntax) []result {
	var out []result
	told := func(e int) bool {
		return slices.ContainsFunc(out, func(r result) bool { return slices.Contains(r.ents, e) })
	}
	for w := range x.tree.Words {
		if r, ok := d.standingClause(si, x, w); ok {
			out = append(out, r)
		}
		if x.isVerb(w) {
			continue
		}
		// "the commission has the National Renewal Party on 33.8 per cent,
		// the Labour Federation on 28.1": a party set on its share
		if d.candidateAmong(si, x, []int{w}) && slices.ContainsFunc(x.childrenWith(w, "nmod"), func(c int) bool {
			return x.onShare(c)
		}) {
			// the word's own name: each party of a list is set on its own
			// share ("the Valley Party on 28.1 and the Fjord Party on 9.7")
			ents := d.candidateNamed(si, x, w)
			if len(ents) == 0 {
				ents = slices.DeleteFunc(d.candidatesAt(si, x, w), told)
			}
			out = append(out, result{ents: ents, verb: -1})
		}
	}
	return out
}

// standingClause reads word w as the predicate of a result clause: a verb
// of standing with a share ("took 29 per cent", "won 36 seats", "trailed
// with 18 percent") or a place ("came second", "finished third"), or a
// place itself with a copula ("were third with 9 percent"); its subject,
// or the subject a gapped conjunct leaves out ("The Finns took 46 seats
// and the Social Democrats 43"), a party or a candidate. Any other verb
// that sets its object on a share or in a place tells the object's
// result ("the exit poll puts the Renewal Party in first place on 34 per
// cent", "the commission has the Renewal Party on 33.8 per cent").
func (d *doc) standingClause(si int, x *syntax, w int) (result, bool) {
	var place string
	kind := ""
	switch {
	case placingWords[strings.ToLower(x.tree.Words[w])] && len(x.childrenWith(w, "cop")) > 0:
		kind, place = "place", strings.ToLower(x.tree.Words[w])
	case x.isVerb(w):
		kind = standingVerbs[x.lemma(w)]
		if kind == "" {
			kind = "object"
		}
	default:
		return result{}, false
	}
	share, scant := false, false
	for _, c := range x.childrenWith(w, "obj", "obl", "advmod", "xcomp", "nmod:npmod", "obl:npmod") {
		word := strings.ToLower(x.tree.Words[c])
		switch {
		case placingWords[word] && x.rel(c) != "obl" && kind != "object":
			place = word // "came second"
		case kind == "first" && x.rel(c) == "obj" && contestBallots[strings.ToLower(x.lemma(c))]:
			place = "first" // "topped the poll"
		case x.rel(c) == "obl" && x.lemma(c) == "place" && x.caseOf(c) == "in":
			for _, a := range x.childrenWith(c, "amod", "advmod") {
				if p := strings.ToLower(x.tree.Words[a]); placingWords[p] {
					place = p // "finished in third place"
				}
			}
		case kind == "object" && x.onShare(c):
			share = true // "puts the party on 34 per cent"
		case kind != "object" && (x.rel(c) == "obj" || shareCases[x.caseOf(c)]) && x.shareAt(c):
			share = true
			scant = x.scantCount(c)
		}
	}
	role := ""
	switch {
	case place == "first" || place == "top":
		role = "agent"
	case place != "":
		role = "participant"
	case !share || kind == "place" && x.lemma(w) == "be":
		return result{}, false
	case kind == "loss" || scant:
		role = "participant" // "lost 20 seats", "won only nine seats": not the winner
	}
	var ents []int
	if kind == "object" {
		for _, o := range x.childrenWith(w, "obj") {
			ents = appendNew(ents, d.candidateNamed(si, x, o)...) // not the list it heads: each its own share
		}
		return result{ents: ents, verb: w, role: role}, len(ents) > 0
	}
	subj, passive, _ := x.subjectOf(w, 0)
	if passive || len(x.childrenWith(w, "nsubj", "nsubj:pass")) == 0 {
		// a clause with a subject of its own: "winning 41 seats" after
		// the main clause's win tells that win
		return result{}, false
	}
	for _, s := range subj {
		ents = appendNew(ents, d.candidatesAt(si, x, s)...)
	}
	for _, c := range x.childrenWith(w, "conj") {
		if !x.isVerb(c) {
			ents = appendNew(ents, d.candidatesAt(si, x, c)...) // "and the Social Democrats 43"
		}
	}
	return result{ents: ents, verb: w, role: role}, len(ents) > 0
}

// candidatesAt are the parties and the persons word w names.
func (d *doc) candidatesAt(si int, x *syntax, w int) []int {
	var out []int
	for _, e := range d.entsAt(si, x, w, "ELECTION") {
		if k := d.ents[e].kind; k == polgraph.KindPerson || k == polgraph.KindParty {
			out = append(out, e)
		}
	}
	return out
}

// candidateNamed is the party or the person whose name word w is part of,
// alone, or none.
func (d *doc) candidateNamed(si int, x *syntax, w int) []int {
	m := d.mentionOver(si, x.token(w))
	if m == nil || m.ent < 0 {
		return nil
	}
	if k := d.ents[m.ent].kind; k == polgraph.KindPerson || k == polgraph.KindParty {
		return []int{m.ent}
	}
	return nil
}

// onShare reports whether word w is a share set "on" ("on 34 per cent"),
// the preposition on the share or, as the parse may hang it, on its number.
func (x *syntax) onShare(w int) bool {
	if !x.shareAt(w) {
		return false
	}
	return x.caseOf(w) == "on" || slices.ContainsFunc(x.childrenWith(w, "nummod"), func(n int) bool { return x.caseOf(n) == "on" })
}

// scantCount reports whether share w is told as small: a scant word on it,
// on its number or, as the parse may hang it, on a determiner ("only nine
// seats", "a mere 3 percent", "just 4 per cent").
func (x *syntax) scantCount(w int) bool {
	for _, m := range append([]int{w}, x.childrenWith(w, "nummod", "det")...) {
		if slices.ContainsFunc(x.childrenWith(m, "advmod", "amod"), func(c int) bool { return scantWords[strings.ToLower(x.tree.Words[c])] }) {
			return true
		}
	}
	return false
}

// shareAt reports whether word w tells a share of the vote or of the
// seats: "29 per cent", "36 seats", "eight of its 30 seats", "28.1" after
// "on", "50 percent of the vote".
func (x *syntax) shareAt(w int) bool {
	l := strings.ToLower(x.lemma(w))
	counted := x.pos(w) == "NUM" || len(x.childrenWith(w, "nummod")) > 0
	switch {
	case x.shareOfVote(w):
		return true
	case (l == "percent" || l == "cent" || l == "%" || seatNouns[l]) && counted:
		// not "41 percent of the shares": a share of something else
		return !slices.ContainsFunc(x.childrenWith(w, "nmod"), func(c int) bool { return x.caseOf(c) == "of" })
	case x.pos(w) == "NUM":
		for _, c := range x.childrenWith(w, "nmod") {
			if x.caseOf(c) == "of" && seatNouns[strings.ToLower(x.lemma(c))] {
				return true // "eight of its 30 seats"
			}
		}
		return x.caseOf(w) == "on" // "the Labour Federation on 28.1"
	}
	return false
}

// votersBallot reports whether the noun at tokens [i, i+n) of sentence si
// is the vote "in" which the voters did what their verb tells ("voters
// approved the change in Sunday's vote", "voters rejected the amendment in
// a vote on Sunday"): the citizens' ballot, a referendum, not a chamber's
// vote. The parse may hang the vote on the verb's object.
func (d *doc) votersBallot(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	if w < 0 || x.caseOf(w) != "in" {
		return false
	}
	h := x.head(w)
	if h >= 0 && !x.isVerb(h) && x.baseRel(h) == "obj" {
		h = x.head(h) // "approved the change in Sunday's vote", the vote hung on "change"
	}
	return h >= 0 && x.isVerb(h) && x.votersDo(h)
}

// castInElection reports whether the verb at tokens [i, i+n) of sentence
// si is voting "in" an election or a referendum that a noun of the
// trigger table names ("Britons voted to leave the EU in a referendum",
// "voted in the election"): the citizens' ballot, which the election
// tells, not a chamber's vote.
func (d *doc) castInElection(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	heads := append([]int{v}, x.childrenWith(v, "xcomp")...) // "voted to leave the EU in a referendum", as the parse may hang it
	for _, h := range heads {
		for _, c := range x.childrenWith(h, "obl") {
			if x.caseOf(c) == "in" && nounPhrase([]string{strings.ToLower(x.tree.Words[c])}, "ELECTION") {
				return true
			}
		}
	}
	return false
}
