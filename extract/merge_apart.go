package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/cameo"
)

// When two mentions are two events: conflicts, retorts, people and places apart,
// acts sought, blocked or failed.

// retorts reports a spoken event whose speaker is not the speaker of o,
// an event of its type, day and names: what one said of the other and
// what the other said back are two events, though an id on names alone
// does not tell them apart.
func (d *doc) retorts(o, ev *event) bool {
	if !d.spoken(o) && !d.spoken(ev) {
		return false
	}
	x, y := d.agentOf(o), d.agentOf(ev)
	return x >= 0 && y >= 0 && x != y
}

// conflict reports two events that cannot be one: both have patients and
// share none.
func (d *doc) conflict(a, b *event) bool {
	if d.spoken(a) || d.spoken(b) {
		// what two speakers said (or denied, or asked) are two events
		if x, y := d.agentOf(a), d.agentOf(b); x >= 0 && y >= 0 && x != y {
			return true
		}
		if disjoint(a.accused(), b.accused()) {
			// "accused Dorn of lying ... also accused his party of taking
			// money": one speaker's words against two others, two events;
			// so are "Prosecutors allege that Brenn took bribes. The
			// indictment also accuses his aide, Lena Fuchs, of forgery"
			return true
		}
		if d.agentOf(a) >= 0 && d.spokenBySomeoneElse(b) || d.agentOf(b) >= 0 && d.spokenBySomeoneElse(a) {
			// "Dunst called on Keller to publish the memo. A reporter
			// asked Keller whether she would resign": two askers
			return true
		}
		if d.personAgent(a) && d.spokenByBody(b) || d.personAgent(b) && d.spokenByBody(a) {
			// "The electoral commission declared Holm the winner on
			// Saturday. Opposition leader Dube said the count was rigged":
			// a body unnamed spoke first, not the person who spoke next
			return true
		}
	}
	if d.ballotsApart(a, b) {
		return true
	}
	if a.typ == "VOTE" && b.typ == "VOTE" {
		if disjoint(d.votingLegislatures(a), d.votingLegislatures(b)) {
			// "The Senate voted on Wednesday to confirm X. Earlier in the
			// day the House passed the bill": two chambers, two votes
			return true
		}
	}
	if a.typ == "DENIAL" && b.typ == "DENIAL" && d.deniedClaimOwner(a) != d.deniedClaimOwner(b) {
		// "denied that the law targets the media ... dismissed a report
		// by Kestrelnews that ...": what two claims say, two denials
		return true
	}
	if ca, cb := d.agentStates(a), d.agentStates(b); len(ca) > 0 && len(cb) > 0 && !slices.ContainsFunc(ca, func(c string) bool { return slices.Contains(cb, c) }) {
		// "Ukraine's parliament voted on Tuesday ... Moldova's parliament
		// voted on Tuesday": two states' bodies, two acts
		return true
	}
	// "X defected from A ... A B councillor has also defected": who left
	// two bodies did two things; who acted in two towns, too
	return disjoint(d.coreParts(a), d.coreParts(b)) || disjoint(a.withRole("organization"), b.withRole("organization")) || d.placesApart(a, b) || d.peopleApart(a, b) || d.additiveApart(a, b)
}

// additiveApart reports two events the later of which its verb tells as
// one more act ("She also asked NATO to review its policy") done to or
// with ones the earlier does not name: "Holm urged Sweden to act. She
// also asked NATO to" are two requests, though of one asker and day.
func (d *doc) additiveApart(a, b *event) bool {
	if b.trig[0] < a.trig[0] {
		a, b = b, a
	}
	if !d.adverbOn(b, additiveAdverbs) {
		return false
	}
	others := b.withRole(objectRole[b.typ])
	return len(others) > 0 && !slices.ContainsFunc(others, a.has)
}

// adverbOn reports a verb event whose verb carries an adverb of words:
// "also met", "met him too" (additiveAdverbs).
func (d *doc) adverbOn(ev *event, words map[string]bool) bool {
	if ev.noun {
		return false
	}
	x, v := d.eventTree(ev)
	return v >= 0 && slices.ContainsFunc(x.childrenWith(v, "advmod"), func(c int) bool {
		return words[strings.ToLower(x.tree.Words[c])]
	})
}

var additiveAdverbs = wordSet("additive_adverbs.txt")

// accused are the ones event ev accuses: its targets, or the doers of
// an act of wrongdoing told on someone's word, which become its targets
// once it is read as the accusation it is (accuseWrongdoers).
func (ev *event) accused() []int {
	if ev.wrongdoing {
		return ev.withRole("agent")
	}
	return ev.withRole("target")
}

// votingLegislatures are the legislatures among the agents of vote ev.
func (d *doc) votingLegislatures(ev *event) []int {
	var out []int
	for _, e := range ev.withRole("agent") {
		if d.ents[e].kind == polgraph.KindOrganization && isLegislature(d.ents[e]) {
			out = append(out, e)
		}
	}
	return out
}

// ballotsApart reports two votes on two measures, two elections of two
// tiers, or a ballot and one held again after it (measuresApart,
// contestsApart, ballotRepeated).
func (d *doc) ballotsApart(a, b *event) bool {
	return d.measuresApart(a, b) || d.contestsApart(a, b) || d.ballotRepeated(a, b)
}

// repeatAdverbs tell a ballot as held once more
// (data/words/repeat_adverbs.txt).
var repeatAdverbs = wordSet("repeat_adverbs.txt")

// ballotRepeated reports two votes, or two elections, the later of which
// its verb tells as held again: "The parliament rejected the reform on
// Wednesday. The parliament voted again and approved it" are two votes,
// though one chamber's of one story.
func (d *doc) ballotRepeated(a, b *event) bool {
	if a.typ != b.typ || a.typ != "VOTE" && a.typ != "ELECTION" {
		return false
	}
	if b.trig[0] < a.trig[0] {
		a, b = b, a
	}
	return d.adverbOn(b, repeatAdverbs)
}

// contestTiers are the modifiers of an election noun that tell the tier
// of government it fills (data/words/contest_tiers.tsv).
var contestTiers = wordTable("contest_tiers.tsv", "national-legislature", "head-of-state", "regional", "local", "supranational")

// contestsApart reports two elections of two tiers: "Moldova held a
// parliamentary election on Sunday. Municipal elections were held on the
// same day" are two elections of one day and country.
func (d *doc) contestsApart(a, b *event) bool {
	if a.typ != "ELECTION" || b.typ != "ELECTION" {
		return false
	}
	ta, tb := d.contestTier(a), d.contestTier(b)
	return ta != "" && tb != "" && ta != tb
}

// contestTier is the tier (contestTiers) that a modifier of election ev's
// noun names: the trigger's own noun, or the one its verb holds or has
// held ("held a parliamentary election", "municipal elections were
// held"); "" where none says.
func (d *doc) contestTier(ev *event) string {
	x, v := d.eventTree(ev)
	if x == nil || v < 0 {
		return ""
	}
	nouns := []int{v}
	if !ev.noun && x.isVerb(v) {
		nouns = x.childrenWith(v, "obj", "nsubj:pass")
	}
	for _, n := range nouns {
		for _, m := range x.childrenWith(n, "amod", "compound") {
			if t := contestTiers[strings.ToLower(x.tree.Words[m])]; t != "" {
				return t
			}
		}
	}
	return ""
}

// measuresApart reports two votes on two measures: "The bill passed its
// second reading ... An amendment was defeated", "MPs approved an
// amendment ... the government lost the vote on a second amendment".
func (d *doc) measuresApart(a, b *event) bool {
	if a.typ != "VOTE" || b.typ != "VOTE" {
		return false
	}
	ma, mb := d.measureVoted(a), d.measureVoted(b)
	return ma != "" && mb != "" && ma != mb
}

// measureVoted is the word of measureNouns ("bill", "amendment") that a
// vote's verb has as its subject or object, or a conjunct of one, as the
// parse gives it, or that a vote's noun is on ("the vote on the
// amendment"); else "". A word that makes the measure one more of its
// kind comes with it: "a second amendment" is not "an amendment".
func (d *doc) measureVoted(ev *event) string {
	x, v := d.eventTree(ev)
	if x == nil || v < 0 {
		return ""
	}
	var held []int
	switch {
	case ev.noun:
		held = x.childrenWith(v, "nmod")
		if h := x.head(v); x.baseRel(v) == "obj" && h >= 0 {
			held = append(held, x.childrenWith(h, "obl")...) // "lost the vote on the amendment", "on" hung on the verb
		}
		held = slices.DeleteFunc(held, func(c int) bool { return x.caseOf(c) != "on" })
	case x.isVerb(v):
		held = x.childrenWith(v, "nsubj", "nsubj:pass", "obj")
	}
	for _, c := range held {
		for _, w := range append([]int{c}, x.childrenWith(c, "conj")...) {
			if l := strings.ToLower(x.lemma(w)); measureNouns[l] {
				return x.furtherOne(w) + l
			}
		}
	}
	return ""
}

// furtherWords make a noun one more of its kind, not the one told
// before (data/words/further_words.txt).
var furtherWords = wordSet("further_words.txt")

// furtherOne is the word of furtherWords that modifies noun w, with a
// space after it ("second "), or "".
func (x *syntax) furtherOne(w int) string {
	for _, c := range x.childrenWith(w, "amod", "det") {
		if l := strings.ToLower(x.tree.Words[c]); furtherWords[l] {
			return l + " "
		}
	}
	return ""
}

// spokenBySomeoneElse reports an event with no agent whose verb's subject
// is someone the story brings in unnamed, with "a" or "another" ("a
// reporter asked", "another official said"): no one named before.
func (d *doc) spokenBySomeoneElse(ev *event) bool {
	x, subjects := d.subjectsWithoutAgent(ev)
	for _, s := range subjects {
		for _, c := range x.childrenWith(s, "det") {
			if l := strings.ToLower(x.tree.Words[c]); x.pos(s) == "NOUN" && (l == "a" || l == "an" || l == "another") {
				return true
			}
		}
	}
	return false
}

// spokenByBody reports an event with no agent whose verb's subject is a
// common noun for an organisation ("the electoral commission declared"):
// a body no entity names, which no person named later can be.
func (d *doc) spokenByBody(ev *event) bool {
	x, subjects := d.subjectsWithoutAgent(ev)
	return slices.ContainsFunc(subjects, func(s int) bool {
		return x.pos(s) == "NOUN" && orgHeads[strings.ToLower(x.lemma(s))]
	})
}

// subjectsWithoutAgent are the subjects of the verb that tells event ev,
// where ev has no agent: who acts, unnamed. Nil for a noun's event.
func (d *doc) subjectsWithoutAgent(ev *event) (*syntax, []int) {
	if d.agentOf(ev) >= 0 || ev.noun {
		return nil, nil
	}
	x, v := d.eventTree(ev)
	if v < 0 {
		return nil, nil
	}
	return x, x.childrenWith(v, "nsubj")
}

// personAgent reports an event whose agent is a person.
func (d *doc) personAgent(ev *event) bool {
	a := d.agentOf(ev)
	return a >= 0 && d.ents[a].kind == polgraph.KindPerson
}

// peopleApart reports two events each told with people besides their
// agents and patients, none of them in the other in any role: "met X on
// Friday. She also met Y" are two meetings; "accused Dorn of meeting X.
// Dorn denied meeting him" is one, whoever "him" was taken for.
func (d *doc) peopleApart(a, b *event) bool {
	oa, ob := d.othersOf(a), d.othersOf(b)
	return len(oa) > 0 && len(ob) > 0 && !slices.ContainsFunc(oa, b.has) && !slices.ContainsFunc(ob, a.has)
}

// othersOf are the people an event names as its participants, whom a
// meeting is held with.
func (d *doc) othersOf(ev *event) []int {
	var out []int
	for _, e := range ev.withRole("participant") {
		if d.ents[e].kind == polgraph.KindPerson {
			out = append(out, e)
		}
	}
	return out
}

// placesApart reports two events each told in towns or regions, none
// of them the other's: "met X in Tokyo" and "visited a shipyard in Busan"
// are not one event, whatever their type and day.
func (d *doc) placesApart(a, b *event) bool {
	return disjoint(d.townsOf(a), d.townsOf(b))
}

// toldAsLater reports two acts one sentence tells by two verbs, the
// later's joined to the earlier's with a word of sequence: "met X in
// Lyon and later visited a shipyard there" tells two visits, though one
// agent, type, day and town would take them for one.
func (d *doc) toldAsLater(a, b *event) bool {
	if a.noun || b.noun || a.sent != b.sent || a.trig == b.trig {
		return false
	}
	x := d.syntaxOf(a.sent)
	if x == nil {
		return false
	}
	va, vb := x.eventWord(a), x.eventWord(b)
	if va < 0 || vb < 0 || va == vb {
		return false
	}
	if va > vb {
		va, vb = vb, va
	}
	if x.head(vb) != va || x.baseRel(vb) != "conj" {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(vb, "advmod"), func(c int) bool {
		return sequenceAdverbs[strings.ToLower(x.tree.Words[c])]
	})
}

// sequenceAdverbs tell an act as coming after another
// (data/words/sequence_adverbs.txt).
var sequenceAdverbs = wordSet("sequence_adverbs.txt")

// townsOf are an event's places that are places proper, not countries
// ("in Japan" may stand beside "in Tokyo" for one meeting).
func (d *doc) townsOf(ev *event) []int {
	var out []int
	for _, e := range ev.withRole("place") {
		if d.ents[e].kind == polgraph.KindPlace {
			out = append(out, e)
		}
	}
	return out
}

// disjoint reports two lists of entities, neither empty, that share none.
func disjoint(a, b []int) bool {
	return len(a) > 0 && len(b) > 0 && !slices.ContainsFunc(a, func(e int) bool { return slices.Contains(b, e) })
}

// agentStates are the codes of the countries of an event's agents: each a
// country, a body of one, or a person the text gives an office of one.
func (d *doc) agentStates(ev *event) []string {
	var out []string
	for _, p := range ev.parts {
		if p.role != "agent" {
			continue
		}
		code := ""
		if c := d.countryOf(p.ent); c >= 0 && d.ents[c].gaz != nil {
			code = d.ents[c].gaz.Country
		} else if e := d.ents[p.ent]; e.scope != "" && isBody(e.kind) {
			code = strings.ToUpper(e.scope) // "Romania's Constitutional Court", a body no list knows
		}
		if code != "" && !slices.Contains(out, code) {
			out = append(out, code)
		}
	}
	return out
}

// soughtResult reports a noun event that a clause on a noun tells as what
// something would lead to: "a reward for information that leads to the
// arrest and conviction of X", "information leading to her arrest"; an
// arrest sought, not made. "Her testimony led to his arrest" tells it done.
func (d *doc) soughtResult(ev *event) bool {
	x, n := d.eventTree(ev)
	for n >= 0 && x.rel(n) == "conj" {
		n = x.head(n) // "the arrest and conviction"
	}
	if n < 0 || x.caseOf(n) != "to" {
		return false
	}
	v := x.head(n)
	return v >= 0 && resultVerbs[x.lemma(v)] && x.tree.XPOS[v] != "VBD" && strings.HasPrefix(x.rel(v), "acl")
}

// requested reports a noun event that a request in its sentence asks for:
// next to the request's verb, or inside its object as the tree reads it
// ("called for a parliamentary commission of inquiry").
func (d *doc) requested(ev *event) bool {
	x := d.syntaxOf(ev.sent)
	for _, o := range d.evSent[ev.sent] {
		if o.typ != "REQUEST" || o.noun {
			continue
		}
		if o.trig[1] <= ev.trig[0] && ev.trig[0]-o.trig[1] <= 3 {
			return true
		}
		if x == nil {
			continue
		}
		if n := x.eventWord(ev); x.hangsOn(x.eventWord(o), n) && !x.setsTheAsking(n, ev.typ) {
			return true // "called for an inquiry into the deal": asked for, not done
		}
	}
	return x != nil && x.objectOfDemand(x.eventWord(ev))
}

// setsTheAsking reports a noun event n of type typ hung on a request's
// verb as the time or occasion it is asked in, not what is asked for:
// "after his arrest, his lawyers appealed" (what came before the asking),
// "amid the protests, she urged calm", "during (on) a visit to Ankara on
// Monday, she asked Turkey to reopen the crossing", "speaking at the
// summit, she urged ..." (the visit was made, the summit held).
func (x *syntax) setsTheAsking(n int, typ string) bool {
	c := x.caseOf(n)
	if x.baseRel(n) == "obl" && (sequenceCases[c] || duringCases[c]) {
		return true
	}
	return x.occasionOf(n, typ == "MEETING") >= 0 || x.gatheringAt(n, typ) >= 0
}

// objectOfDemand reports a noun n that is the object of a gerund the
// CAMEO dictionary reads, whatever its object, as a demand: in "protesters
// demanding the resignation of the minister", "marched to demand the
// resignation of the minister" no trigger tells the request
// (a participle on a noun is no act of a named one), but the resignation
// is still only asked for. A finite "ordered the arrest of" is left to
// the triggers: what a court orders is mostly done.
func (x *syntax) objectOfDemand(n int) bool {
	if n < 0 || x.baseRel(n) != "obj" {
		return false
	}
	v := x.head(n)
	if v < 0 || x.tree.XPOS[v] != "VBG" && !(x.tree.XPOS[v] == "VB" && x.marked(v, "to") && x.rel(v) != "root") {
		// "marched through the capital to demand the resignation of X":
		// an infinitive of purpose asks as a participle does
		return false
	}
	m, ok := cameo.Default().Lookup(cameo.Frame{Verb: x.lemma(v)})
	return ok && !m.Specific && m.Type == "REQUEST"
}

// blockingVerbs stop what their object names (data/words/blocking_verbs.txt).
var blockingVerbs = wordSet("blocking_verbs.txt")

// blocked reports an event told by a noun (the tree's, whatever the
// trigger table says: "sanctions", "calls") that a verb of its sentence
// stops from happening: its object, or inside it ("vetoed the EU's new
// sanctions package", "rejected calls for his resignation"). What answers
// words (an accusation, a report) is denied, not blocked: that is
// refutations'.
func (d *doc) blocked(ev *event) bool {
	switch ev.typ {
	case "ACCUSATION", "CRITICISM", "REPORT", "STATEMENT":
		return false
	}
	x, n := d.eventTree(ev)
	if n < 0 || x.pos(n) != "NOUN" {
		return false
	}
	for v := range x.tree.Words {
		if x.isVerb(v) && blockingVerbs[x.lemma(v)] && x.hangsOn(v, n) && !(ev.typ == "ELECTION" && x.votersDo(v)) && !x.outcomeBetween(n, v) {
			return true
		}
	}
	if ev.typ == "MEETING" && (x.rel(n) == "obj" || x.rel(n) == "nsubj:pass") && x.contactStopped(x.head(n), n) {
		return true // "halted talks with India", "negotiations were suspended": talks stopped, none held
	}
	if (ev.typ == "MEETING" || ev.typ == "AGREEMENT") && x.baseRel(n) == "nsubj" && x.failingVerb(x.head(n)) {
		return true // "talks between Serbia and Kosovo broke down", "the deal collapsed": none held, none made
	}
	return false
}

// outcomeNouns name what an event came to or how it was run
// (data/words/outcome_nouns.txt).
var outcomeNouns = wordSet("outcome_nouns.txt")

// outcomeBetween reports a noun of outcomeNouns between event noun n and
// verb v, which n hangs on: "rejected the results of Saturday's election"
// rejects what the election came to, not the election, which was held.
func (x *syntax) outcomeBetween(n, v int) bool {
	for w := x.head(n); w >= 0 && w != v; w = x.head(w) {
		if outcomeNouns[strings.ToLower(x.lemma(w))] {
			return true
		}
	}
	return false
}

// votersDo reports a verb whose subject is the voters ("voters in Ireland
// rejected the referendum"): they reject at the ballot, so the vote was
// held, where a parliament that rejects a referendum stops it.
func (x *syntax) votersDo(v int) bool {
	return v >= 0 && slices.ContainsFunc(x.childrenWith(v, "nsubj"), func(s int) bool {
		return electorateNouns[strings.ToLower(x.tree.Words[s])]
	})
}

// failingVerbs tell that what their subject names came to nothing:
// lemma -> the particles it takes in that sense, or "-"
// (data/words/failing_verbs.tsv).
var failingVerbs = wordTable("failing_verbs.tsv")

// failingVerb reports a verb of failingVerbs, with a particle the list
// gives it or, where it gives none, with none ("broke down"; not "broke
// out").
func (x *syntax) failingVerb(v int) bool {
	if v < 0 || !x.isVerb(v) {
		return false
	}
	want, ok := failingVerbs[strings.ToLower(x.lemma(v))]
	if !ok {
		return false
	}
	prt := ""
	for _, p := range x.childrenWith(v, "compound:prt") {
		prt = strings.ToLower(x.tree.Words[p])
	}
	if want == "-" {
		return prt == ""
	}
	if prt == "" && v+1 < len(x.tree.Words) {
		prt = strings.ToLower(x.tree.Words[v+1]) // "fell through on Sunday", its particle read as a preposition
	}
	return slices.Contains(strings.Fields(want), prt)
}

// hangsOn reports whether noun n is the object of verb v, or hangs on it
// through nouns, prepositions and the verb v asks for ("calling on the EU
// to tighten sanctions").
func (x *syntax) hangsOn(v, n int) bool {
	if v < 0 || n < 0 {
		return false
	}
	for w, depth := n, 0; depth < 4; depth++ {
		h := x.head(w)
		if h < 0 {
			return false
		}
		rel := x.baseRel(w)
		if rel == "advcl" && x.marked(w, "to") {
			rel = "xcomp" // "to tighten", read as an adverbial clause
		}
		switch rel {
		case "obj", "obl", "nmod", "compound", "conj", "xcomp":
			if h == v {
				return true
			}
			w = h
		default:
			return false
		}
	}
	return false
}

// definite reports a nominal trigger after "the", "this" or "those".
func (d *doc) definite(ev *event) bool {
	i := ev.trig[0]
	for j := i - 1; j >= d.sents[ev.sent].first && j >= i-3; j-- {
		switch l := d.toks[j].lower; l {
		case "the", "this", "that", "these", "those":
			return true
		case "latest", "recent", "same", "deadly", "alleged":
		default:
			return false
		}
	}
	return false
}

// lastOfType is the last event of a type before event i that is kept;
// for a vote, one on no other measure than the one event i names.
func (d *doc) lastOfType(i int, typ string) *event {
	m := ""
	if typ == "VOTE" {
		m = d.voteMeasure(d.events[i])
	}
	for j := i - 1; j >= 0 && j >= i-corefWindow; j-- {
		if o := d.events[j]; o.typ == typ && !o.sought {
			if om := d.voteMeasure(o); m != "" && om != "" && om != m {
				continue // "passed the bill ... The motion was carried": the motion is another measure, voted on apart
			}
			if o.kept() == nil && slices.ContainsFunc(d.evSent[o.sent], func(k *event) bool { return k.typ == typ && !k.dropped }) {
				// "A bomb exploded at a police station on Friday, killing
				// four officers": the act its sentence keeps, not the
				// mention of it dropped for naming no one
				continue
			}
			return o
		}
	}
	return nil
}

// voteMeasure is the lemma of the measure noun (measureNouns) a vote is
// on, where its words name one: its noun's ("the motion", "a motion of
// no confidence"), or its verb's (measureVoted: "passed the bill", "the
// bill passed"); else "".
func (d *doc) voteMeasure(ev *event) string {
	if !ev.noun {
		return d.measureVoted(ev)
	}
	if x, w := d.eventTree(ev); w >= 0 && measureNouns[strings.ToLower(x.lemma(w))] {
		return strings.ToLower(x.lemma(w))
	}
	return ""
}

func shares(a, b *event) bool {
	for _, p := range a.parts {
		if b.has(p.ent) {
			return true
		}
	}
	return false
}

// compatible dates: one is a prefix of the other, or either is unknown.
func compatible(a, b string) bool {
	return a == "" || b == "" || strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// confidence grows with the evidence: a verb, an agent, a date stated in the sentence.
func confidence(ev *event) float64 {
	c := 0.5
	if !ev.noun {
		c += 0.15
	}
	if len(ev.parts) > 0 {
		c += 0.1
	}
	switch ev.dateFrom {
	case "sentence", "coref":
		c += 0.15
	case "sibling", "lead":
		c += 0.1
	}
	if ev.status == polgraph.StatusAlleged {
		c -= 0.05
	}
	return float64(int(c*100+0.5)) / 100
}
