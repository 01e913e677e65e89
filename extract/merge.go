package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// Merging the mentions of one event, and the acts one mention tells twice.

// protestMet is the protest another verb of its sentence tells, which
// protest ev, told by what police did to it, met; or nil.
func (d *doc) protestMet(ev *event) *event {
	if !ev.met || ev.dropped {
		return nil
	}
	for _, o := range d.evSent[ev.sent] {
		if o != ev && o.typ == "PROTEST" && !o.met && !o.noun && !o.dropped {
			return o
		}
	}
	return nil
}

// conjoinedOfType is the event of ev's type whose verb ev's verb is
// conjoined to, or hangs on as a gerund, with no subject of its own, or
// nil: the second verb goes on telling the first's event ("denounced the
// verdict against X, calling it politically motivated": one criticism).
func (d *doc) conjoinedOfType(ev *event) *event {
	if ev.noun || ev.dropped {
		return nil
	}
	x, v := d.eventTree(ev)
	gerund := x != nil && v >= 0 && x.rel(v) == "advcl" && x.tree.XPOS[v] == "VBG"
	if v < 0 || x.rel(v) != "conj" && !gerund || len(x.childrenWith(v, "nsubj", "nsubj:pass")) > 0 {
		return nil
	}
	for _, o := range d.evSent[ev.sent] {
		if o != ev && !o.dropped && !o.noun && o.typ == ev.typ && x.eventWord(o) == x.head(v) && compatible(o.date, ev.date) && alleged(o) == alleged(ev) &&
			!slices.ContainsFunc(ev.parts, func(p part) bool { return !o.has(p.ent) && (p.role == "agent" || p.role == objectRole[ev.typ]) }) && !d.toldAsLater(o, ev) {
			return o // not "arrested Dorn and detained Lisk": two arrests; nor "met X and later visited a shipyard": two visits
		}
	}
	return nil
}

// reportThatSays is the report told by the verb whose subject is the
// report noun that report ev's participle is on ("the report, published
// by the institute on Monday, said"), or nil: the participle tells of the
// same report.
func (d *doc) reportThatSays(ev *event) *event {
	if ev.typ != "REPORT" || ev.noun || ev.dropped {
		return nil
	}
	x, v := d.eventTree(ev)
	if v < 0 || x.rel(v) != "acl" {
		return nil
	}
	n := x.head(v)
	if n < 0 || deniedNouns[strings.ToLower(x.lemma(n))] != "report" || x.baseRel(n) != "nsubj" {
		return nil
	}
	for _, o := range d.evSent[ev.sent] {
		if o != ev && !o.dropped && !o.noun && o.typ == "REPORT" && x.eventWord(o) == x.head(n) && compatible(o.date, ev.date) {
			return o
		}
	}
	return nil
}

// toldByParticiple reports a statement verb that reports nothing of its
// own but an act of words in a participle on it or on the statement it
// issues: in "wrote to the Speaker on Wednesday asking him to declare the
// seats vacant" the writing is the asking, one REQUEST; in "issued a
// statement on Monday condemning the verdict" the statement is the
// condemning, one CRITICISM, not a statement beside it. So is a report
// verb's publishing of a document that is no report: in "published a
// letter urging the government to resign" the letter is the request.
func (d *doc) toldByParticiple(ev *event) bool {
	if ev.typ != "STATEMENT" && ev.typ != "REPORT" || ev.noun {
		return false
	}
	x, v := d.eventTree(ev)
	if v < 0 || !x.isVerb(v) {
		return false
	}
	// a verb that reports a clause of its own tells more than the
	// participle on it; a participle on its statement tells what the
	// statement says, whatever else hangs on the verb; a report's verb
	// tells its findings, whatever a participle on it adds ("published
	// its findings on Monday, accusing the ministry of fraud")
	ownClause := ev.typ == "REPORT" || len(x.childrenWith(v, "ccomp", "parataxis")) > 0
	for _, o := range d.evSent[ev.sent] {
		if o != ev && !o.dropped && !o.noun && participleActs[o.typ] {
			if w := x.eventWord(o); w >= 0 && (!ownClause && x.head(w) == v && x.circumstance(w) || x.onIssuedStatement(w, v)) {
				return true
			}
		}
	}
	return false
}

// measureSays reports a stance told by a participle on a measure a vote
// adopts: in "the Sejm adopted a resolution condemning Ivo Marek" the
// resolution condemns, and what the chamber did is the vote.
func (d *doc) measureSays(ev *event) bool {
	if ev.typ != "CRITICISM" && ev.typ != "SUPPORT" || ev.noun || ev.dropped {
		return false
	}
	x, v := d.eventTree(ev)
	return v >= 0 && x.rel(v) == "acl" && d.decidingVote(ev, false) != nil
}

// participleActs are the acts of words a participle on a statement verb
// tells in its stead.
var participleActs = set("REQUEST", "CRITICISM", "SUPPORT")

// onIssuedStatement reports a participle w on the statement noun, or the
// document verb v authors, that is v's object: "issued a statement
// condemning the verdict", "published a letter urging the government to
// resign".
func (x *syntax) onIssuedStatement(w, v int) bool {
	n := x.head(w)
	return x.rel(w) == "acl" && x.tree.XPOS[w] == "VBG" && n >= 0 && x.head(n) == v && x.baseRel(n) == "obj" && x.authoredDocument(n, v)
}

// electionDeclared is, for an election ev told by who was declared its
// winner ("declared Ada Holm the winner", "Holm was declared the winner"),
// the election the story told in the sentences just before, which the
// declaration ends, or nil: the last one told within two sentences, in
// no other place, won by no one else.
func (d *doc) electionDeclared(i int, ev *event) *event {
	if ev.typ != "ELECTION" || ev.noun || ev.dropped || !d.winnerDeclaration(ev) {
		return nil
	}
	for j := i - 1; j >= 0; j-- {
		o := d.events[j]
		if ev.sent-o.sent > 2 {
			return nil
		}
		if o.sent == ev.sent || o.typ != "ELECTION" || o.dropped || o.sought {
			continue
		}
		if d.placesApart(o, ev) || slices.ContainsFunc(o.withRole("agent"), func(e int) bool { return !ev.has(e) }) ||
			slices.ContainsFunc(ev.withRole("agent"), func(e int) bool { return o.has(e) && !slices.Contains(o.withRole("agent"), e) }) {
			return nil // another race, one someone else won, or one the winner lost ("lost in 2019; on Sunday she was declared the winner")
		}
		if o.date != "" && ev.date != "" && (o.date > ev.date || o.date[:4] != ev.date[:4]) {
			return nil // an election of another year, or after the declaration
		}
		return o
	}
	return nil
}

// winnerDeclaration reports an event told by a verb that declares its
// winner: a declares-winner row of data/triggers.tsv, or a phrase with a
// winner noun ("was declared the winner").
func (d *doc) winnerDeclaration(ev *event) bool {
	for k := ev.trig[0]; k < ev.trig[1]; k++ {
		if winnerNouns[d.toks[k].lower] {
			return true
		}
	}
	return slices.ContainsFunc(triggers[d.toks[ev.trig[0]].lower], func(t trigger) bool { return t.winner && len(t.words) == 1 }) &&
		ev.trig[1]-ev.trig[0] == 1 && d.declaredWinner(ev.sent, ev.trig[0], 1) >= 0
}

// mergeEvents drops nominal mentions of events already told by a verb,
// joins nominal mentions of one event, then events with the same id.
func (d *doc) mergeEvents() {
	for _, ev := range d.events {
		if ev.typ == "ARREST" {
			// "the arrest of Mozambique's best-known opposition leader":
			// a state is no one arrested, whose leader the possessor names
			ev.parts = slices.DeleteFunc(ev.parts, func(p part) bool {
				return p.role == "patient" && d.ents[p.ent].kind == polgraph.KindCountry
			})
		}
		for _, e := range d.doneByVote(ev) {
			ev.add(e, objectRole[ev.typ]) // "failed to oust Holm in a confidence vote": a vote on her
		}
		for _, e := range d.decidedByVote(ev) {
			ev.add(e, objectRole[ev.typ]) // "voted to dismiss Holm": a vote on her
		}
		if c := d.votingChamber(ev); c >= 0 && !ev.hasRole("agent") {
			// "MPs voted 312 to 250 ... in the House of Commons",
			// "Deputies in the State Duma voted to ratify the treaty with
			// North Korea": the chamber the unnamed members vote in
			ev.add(c, "participant")
		} else if c := d.membersChamber(ev); c >= 0 && !ev.hasRole("agent") {
			ev.add(c, "agent") // "MPs approved the package on Tuesday"
		} else if c := d.measureChamber(ev); c >= 0 {
			ev.add(c, "participant") // "The motion was carried by 110 votes to 79"
		}
		if !ev.noun && len(ev.parts) == 0 {
			if ev.typ == "PROTEST" && d.heldAtBody(ev) {
				// "Workers at Norvik Steel went on strike": held at the
				// works, whose town no other sentence ties it to
				ev.dropped, ev.nameless = true, true
				continue
			}
			if p := d.scenePlace(ev.sent); p >= 0 {
				ev.add(p, "place") // "Some trouble in Kovar. Police detained eleven people"
				continue
			}
			if p := d.unrestPlace(ev); p >= 0 {
				ev.add(p, "place") // "Thousands marched in Tarsk on Friday. Police detained 40 people": held there
				continue
			}
			if p := d.filedFrom(ev.sent); p >= 0 && ev.typ == "PROTEST" && !d.namesPlace(ev.sent) {
				ev.add(p, "place") // "TBILISI - ... as thousands of protesters gathered outside parliament"
				continue
			}
			ev.dropped, ev.nameless = true, true // "three men were also deported": nothing to link
		}
		if _, v := d.callRefusal(ev); d.blocked(ev) && v < 0 {
			ev.dropped = true // "vetoed the sanctions package": stopped, not done; a call refused was still made
		}
		if d.measureSays(ev) {
			ev.dropped = true // "adopted a resolution condemning X": the vote
		}
		if d.voteSetting(ev) {
			ev.dropped = true // "approved the increase after a four-hour meeting": the vote's sitting
		}
		if d.toldByParticiple(ev) {
			ev.dropped = true // "wrote to the Speaker asking him to act": the letter is the request
		}
		if o := d.protestMet(ev); o != nil {
			// "Police used water cannon against protesters in X, as
			// thousands rallied against the government": one protest
			for _, p := range ev.parts {
				o.add(p.ent, p.role)
			}
			ev.dropped, ev.same = true, o
			continue
		}
		if o := d.reportThatSays(ev); o != nil {
			// "the report, published by the institute on Monday, said
			// ...": one report, published and saying
			for _, p := range ev.parts {
				o.add(p.ent, p.role)
			}
			ev.dropped, ev.same = true, o
			continue
		}
		if o := d.conjoinedOfType(ev); o != nil {
			// "went to the High Court on Wednesday and filed a petition":
			// one legal action, told in two verbs
			for _, p := range ev.parts {
				o.add(p.ent, p.role)
			}
			ev.dropped, ev.same = true, o
		}
	}
	for i, ev := range d.events {
		if o := d.electionDeclared(i, ev); o != nil {
			// "Ghana voted on Thursday. The commission declared Ada
			// Holm the winner on Sunday": she won Thursday's election;
			// the day of the declaration is not the election's
			for _, p := range ev.parts {
				o.add(p.ent, p.role)
			}
			ev.dropped, ev.same = true, o
		}
	}
	for _, ev := range d.events {
		// sought, not done, before anything may be taken for a later
		// mention of it
		ev.sought = ev.noun && d.soughtResult(ev)
		ev.dropped = ev.dropped || ev.sought
	}
	for i, ev := range d.events {
		if !ev.noun || ev.sought {
			continue
		}
		if d.inSpeakersWords(ev) {
			// "people familiar with the investigation said": who speaks,
			// not what happened
			ev.dropped = true
			continue
		}
		if d.definite(ev) && !(ev.typ == "LEGAL_ACTION" && d.arrestOrdered(ev.sent, ev.trig[0], ev.trig[1]-ev.trig[0])) { // "ordered the arrest of X": a new order, not an act told before
			if o := d.toldBeforePhrase(ev); o != nil {
				// "A bomb killed 12 people on Tuesday. The Front claimed
				// responsibility for the attack on Wednesday": the bombing,
				// which the phrase naming the noun claims
				for _, p := range ev.parts {
					o.add(p.ent, p.role)
				}
				ev.dropped, ev.toldBefore = true, o
				continue
			}
			// "the attacks", "the arrest": an event told before
			// o.kept(), not a walk along same, which can circle: the earlier
			// mention may have been merged into ev, whose own same (the
			// event its date came from) leads back to it
			if o := d.lastOfType(i, ev.typ); o != nil && o.kept() != ev && !d.ballotsApart(o, ev) {
				if o = o.kept(); o != nil {
					for _, p := range ev.parts {
						o.add(p.ent, p.role)
					}
					if ev.dateFrom == "sentence" && len(ev.date) > len(o.date) && compatible(ev.date, o.date) {
						o.date, o.prec, o.dateFrom = ev.date, ev.prec, ev.dateFrom
					}
				}
				ev.dropped, ev.toldBefore = true, o
				continue
			}
		}
		if len(ev.parts) == 0 || d.requested(ev) {
			ev.dropped = true // "called for her resignation": asked for, not done
			continue
		}
		if o := d.phraseNaming(ev); o != nil {
			// "claimed responsibility for Friday's attack": the attack
			// the phrase tells, whoever claims it, dated by the noun
			for _, p := range ev.parts {
				o.add(p.ent, p.role)
			}
			if o.date == "" {
				o.date, o.prec, o.dateFrom = ev.date, ev.prec, ev.dateFrom
			}
			ev.dropped, ev.same = true, o
			continue
		}
		for _, o := range d.events[max(0, i-corefWindow):min(len(d.events), i+corefWindow)] {
			if o == ev || o.dropped || o.typ != ev.typ {
				continue
			}
			if !o.noun && alleged(o) == alleged(ev) && (shares(o, ev) && compatible(o.date, ev.date) || o.sent == ev.sent) && !d.relativeApart(ev, o) && !d.peopleApart(o, ev) && !d.ballotsApart(o, ev) && !d.stagesApart(o, ev) {
				if (o.date == "" || !datedInItsSentence(o)) && o.sent == ev.sent && ev.dateFrom == "sentence" {
					// "lost its majority in an election in October",
					// "in Sunday's election": the verb's event, named and
					// dated by the noun, whatever the story lent it
					o.date, o.prec, o.dateFrom = ev.date, ev.prec, ev.dateFrom
				}
				if towns := ev.withRole("place"); o.sent != ev.sent && !o.hasRole("place") && len(towns) == 1 {
					// "A drone strike on Kharkiv killed three overnight.
					// Russia launched 85 drones overnight": the one town
					// the noun told it in is the act's
					o.add(towns[0], "place")
				}
				ev.dropped, ev.same = true, o
				break
			}
			if o.noun && shares(o, ev) && compatible(o.date, ev.date) && len(o.date) >= len(ev.date) {
				for _, p := range ev.parts {
					o.add(p.ent, p.role)
				}
				ev.dropped, ev.same = true, o
				break
			}
		}
	}
	for _, ev := range d.events {
		if ev.same != nil && !ev.dropped && !ev.same.dropped {
			for _, p := range ev.parts {
				ev.same.add(p.ent, p.role)
			}
			ev.dropped = true
		}
	}
	d.foldIntoEcho()
	for i, ev := range d.events {
		if ev.dropped || ev.date == "" {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-corefWindow; j-- {
			o := d.events[j]
			if ev.sent-o.sent > 2 {
				break
			}
			if o.dropped || o.sent == ev.sent || o.typ != ev.typ || o.date != ev.date || d.conflict(o, ev) || d.deniesApart(o, ev) {
				continue
			}
			// "The two leaders have signed" then "Varga and Holm signed":
			// one event told twice
			for _, p := range ev.parts {
				o.add(p.ent, p.role)
			}
			ev.dropped, ev.same = true, o
			break
		}
	}
	byID := map[string]*event{}
	for _, ev := range d.events {
		if ev.dropped {
			continue
		}
		ev.conf = confidence(ev)
		id := d.eventID(ev)
		if o, ok := byID[id]; ok && d.retorts(o, ev) {
			ev.retort = true
			id = d.eventID(ev)
		}
		if o, ok := byID[id]; ok && (d.placesApart(o, ev) || d.peopleApart(o, ev) || d.additiveApart(o, ev) || d.toldAsLater(o, ev) || d.deniesApart(o, ev) || d.ballotsApart(o, ev)) {
			// "visited a shipyard in Busan. She then met X in Seoul": one
			// agent's acts of a day in two towns are two events; so are
			// its meetings with two people
			ev.apart = true
			id = d.eventID(ev)
		}
		if o, ok := byID[id]; ok {
			for _, p := range ev.parts {
				o.add(p.ent, p.role)
			}
			if a := d.agentOf(ev); a >= 0 && ev.typ == "DENIAL" && !o.hasRole("agent") {
				// "A spokesman for the ministry denied the report, saying
				// the minister had not seen the memo. Kell's office said
				// the story was false": who one telling names the denier
				// denies in both, not only what the other was about
				o.setRole(a, "agent")
			}
			o.conf = max(o.conf, ev.conf)
			ev.dropped, ev.same = true, o
			continue
		}
		byID[id] = ev
	}
}

// unrestTypes are the events a protest's unrest goes on with: arrests
// of its crowd, force used on it, more protest.
var unrestTypes = set("ARREST", "ATTACK", "PROTEST")

// unrestPlace is the one place of the protest a verb tells shortly before
// nameless event ev of unrestTypes, where neither ev's sentence nor any
// after the protest's names a place: "Thousands marched through Tarsk
// on Friday. Police detained 40 people on Saturday" were detained in
// Tarsk. -1 for none.
func (d *doc) unrestPlace(ev *event) int {
	if !unrestTypes[ev.typ] {
		return -1
	}
	for si := ev.sent; si >= 0 && ev.sent-si <= 3; si-- {
		for _, o := range d.evSent[si] {
			if o == ev || o.noun || o.typ != "PROTEST" || si == ev.sent {
				continue
			}
			if o.nameless && d.heldAtBody(o) {
				return -1 // "Staff at Norvik Steel walked out": the unrest is at the works
			}
			if o.dropped {
				continue
			}
			if ps := o.withRole("place"); len(ps) == 1 {
				return ps[0]
			}
		}
		if d.namesPlace(si) || d.sents[si].headline {
			return -1 // another place, or the headline: no one scene
		}
	}
	return -1
}

// sitePrepositions say where a protest is held when their phrase names
// a body (data/words/site_prepositions.txt).
var sitePrepositions = wordSet("site_prepositions.txt")

// heldAtBody reports whether protest ev's own sentence says where it is
// held by naming a body, in a phrase of sitePrepositions on the trigger
// ("nurses walked out at Corlen Hospital") or on its subject ("workers
// at Norvik Steel went on strike"). The sentence places it at the body;
// a town another sentence names is another scene, or the body's town
// only by a guess.
func (d *doc) heldAtBody(ev *event) bool {
	x := d.syntaxOf(ev.sent)
	if x == nil {
		return false
	}
	v := x.eventWord(ev)
	if v < 0 {
		return false
	}
	for _, h := range append([]int{v}, x.childrenWith(v, "nsubj", "nsubj:pass")...) {
		for _, c := range x.childrenWith(h, "obl", "nmod") {
			if sitePrepositions[x.caseOf(c)] && d.namesBody(ev.sent, x, c) {
				return true
			}
		}
	}
	return false
}

// namesBody reports whether the phrase of word w names an organisation.
func (d *doc) namesBody(si int, x *syntax, w int) bool {
	for _, c := range x.subtree(w, nil) {
		if m := d.mentionAtWord(si, x, c); m != nil && m.kind == polgraph.KindOrganization {
			return true
		}
	}
	return false
}

// datedInItsSentence reports whether event ev's date comes from its own
// sentence or the events told in it, not from the story around it (the
// lead's day, a section's heading, the paragraph's year).
func datedInItsSentence(ev *event) bool {
	switch ev.dateFrom {
	case "sentence", "coref", "sibling":
		return true
	}
	return false
}
