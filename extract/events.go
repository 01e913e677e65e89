package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"

	"github.com/polgraph/polgraph"
)

// event is an event found at a trigger, before output.
type event struct {
	typ        string
	noun       bool
	speech     bool // told by a verb of reported speech
	met        bool // a protest told by what police did to it ("used water cannon against protesters")
	sent       int
	trig       [2]int // tokens of the trigger
	parts      []part
	date, prec string
	dateFrom   string // "sentence", "coref", "sibling", "section", "lead", "story", ""
	ahead      bool   // its own time begins after publication, which its date, coarser, does not say (a season to come dated by its year)
	status     string
	conf       float64
	dropped    bool
	sought     bool   // a noun event told as sought, not done ("information leading to the arrest of X")
	same       *event // an earlier mention of the same event
	// toldBefore is the event told earlier that this definite noun
	// refers back to ("Police detained Talan. Dravonia condemned the
	// arrest"), where it was dropped for it
	toldBefore *event
	denies     []*event
	// unsaid: a denial told only by a negated clause its speaker, who
	// speaks for another, reports; see trigger.unsaid
	unsaid bool
	// attribution is the unnamed speaker the event is told on the word of
	// ("two national security sources").
	attribution string
	// wrongdoing: an accusation told by an act of wrongdoing someone
	// tells ("Prosecutors said Holm accepted bribes"), its trigger the
	// act's verb; see trigger.wrongdoing
	wrongdoing bool
	// retort: a spoken event of the type and day of one before it, between
	// the same two names the other way round ("Quill accused Dorsey ... He
	// accused Quill of scaremongering"), kept apart under an id of its own
	retort bool
	// echo: told by a phrase that tells the act before it done again
	// ("Canada followed suit"); see trigger.echo
	echo bool
	// nameless: dropped for naming no one ("Police arrested 14 people on
	// Monday"), until a list after it names those it was done to
	nameless bool
	// apart: an event of the type, day and agent of one before it, told in
	// another town ("met X in Tokyo ... visited a shipyard in Busan"), kept
	// apart under an id of its own
	apart bool
}

type part struct {
	ent  int
	role string
}

func (e *event) has(ent int) bool {
	return slices.ContainsFunc(e.parts, func(p part) bool { return p.ent == ent })
}

func (e *event) add(ent int, role string) {
	if ent < 0 || e.has(ent) {
		return
	}
	e.parts = append(e.parts, part{ent, role})
}

// setRole gives ent, which takes part in e, the role role.
func (e *event) setRole(ent int, role string) {
	for k := range e.parts {
		if e.parts[k].ent == ent {
			e.parts[k].role = role
		}
	}
}

func (e *event) hasRole(role string) bool {
	return slices.ContainsFunc(e.parts, func(p part) bool { return p.role == role })
}

// withRole lists the entities that take part in e in role.
func (e *event) withRole(role string) []int {
	var out []int
	for _, p := range e.parts {
		if p.role == role {
			out = append(out, p.ent)
		}
	}
	return out
}

// personalTypes are done to people or to their bodies, never to a town:
// an arrest, a release, a dismissal, an appointment.
var personalTypes = set("ARREST RELEASE DISMISSAL APPOINTMENT")

// placeObjectTypes are the types whose named town or region, among what
// the event is done to, is where it happens: a visit's, a search's.
var placeObjectTypes = set("MEETING INVESTIGATION")

// lightVerbDoneBy reads a noun event that is the passive subject of a
// light verb with a doer ("the accusations were made by Lumen", "charges
// were filed by prosecutors against Ivo Dorn"): the doer does the event,
// and what the noun or the verb is "against" (targetPrep) is done to. ok
// is false where the noun is no such subject or the verb names no doer.
func (d *doc) lightVerbDoneBy(si int, o occurrence, typ string) (doers, against []int, ok bool) {
	x, w := d.tokenTree(si, o.i+o.n-1)
	if w < 0 || x.rel(w) != "nsubj:pass" {
		return nil, nil, false
	}
	v := x.head(w)
	if v < 0 || !lightVerbs[strings.ToLower(x.tree.Words[v])] && !(typ == "PROTEST" && o.t.noun && x.organises(v, w)) {
		return nil, nil, false
	}
	for _, c := range x.childrenWith(v, "obl:agent") {
		doers = append(doers, d.entsAt(si, x, c, typ)...)
		if typ == "PROTEST" {
			for _, j := range x.childrenWith(c, "conj") {
				doers = appendNew(doers, d.entsAt(si, x, j, typ)...) // "called by the union and the Green Union party"
			}
		}
	}
	for _, c := range append(x.childrenWith(v, "obl"), x.childrenWith(w, "nmod")...) {
		if targetPrep(x.caseOf(c), typ) {
			against = append(against, d.entsAt(si, x, c, typ)...)
		}
	}
	return doers, against, len(doers) > 0
}

// targetPrep reports whether prep, on a noun event of type typ or on the
// light verb carrying it, names what the event is done to: "charges
// against Ivo Dorn"; "sanctions were imposed on Belarus", where sanctions
// fall "on" their target.
func targetPrep(prep, typ string) bool {
	return prep == "against" || prep == "on" && typ == "SANCTION"
}

// conferringVerbs pass a noun's event from giver to getter
// (data/words/conferring_verbs.tsv).
var conferringVerbs = wordTable("conferring_verbs.tsv", "giver", "getter")

// conferredOn reads a noun event that is the object of a verb of giving
// or getting ("was given a suspended sentence", "the court handed Kolev a
// fine", "Kolev received a two-year sentence"): getters are who it is
// passed on, givers who passes it. ok is false where the noun is no such
// object or no one named gets it.
func (d *doc) conferredOn(si int, o occurrence, typ string) (givers, getters []int, ok bool) {
	x, w := d.tokenTree(si, o.i+o.n-1)
	if w < 0 || x.rel(w) != "obj" {
		return nil, nil, false
	}
	v := x.head(w)
	if v < 0 {
		return nil, nil, false
	}
	ents := func(rels ...string) []int {
		var out []int
		for _, c := range x.childrenWith(v, rels...) {
			out = append(out, d.entsAt(si, x, c, typ)...)
		}
		return out
	}
	switch conferringVerbs[strings.ToLower(x.lemma(v))] {
	case "giver":
		givers, getters = ents("nsubj", "obl:agent"), ents("iobj", "nsubj:pass")
		for _, c := range append(x.childrenWith(v, "obl", "obj"), x.childrenWith(w, "nmod")...) {
			if x.rel(c) == "obj" && c < w || x.rel(c) != "obj" && x.caseOf(c) == "to" {
				getters = append(getters, d.entsAt(si, x, c, typ)...) // "granted Ivo Dorn a pardon", "granted a pardon to Ivo Dorn"
			}
		}
	case "getter":
		getters = ents("nsubj")
	}
	return givers, getters, len(getters) > 0
}

// objectRole is the role of what an event is done to, by type.
var objectRole = map[string]string{
	"ARREST": "patient", "RELEASE": "patient", "DISMISSAL": "patient", "LEGAL_ACTION": "patient",
	"SANCTION": "patient", "APPOINTMENT": "patient", "INVESTIGATION": "patient", "ATTACK": "patient",
	"ACCUSATION": "target", "SUPPORT": "target", "CRITICISM": "target", "DENIAL": "target",
	"MEETING": "participant", "AGREEMENT": "participant", "REQUEST": "participant",
	"RESIGNATION": "organization", "REPORT": "target", "VOTE": "participant", "APOLOGY": "target",
	"ELECTION": "participant", "STATEMENT": "participant", "PROTEST": "target", "INTERFERENCE": "place",
}

// findEvents finds triggers sentence by sentence, gives each its
// participants, date and status, then merges the mentions of one event.
func (d *doc) findEvents() {
	for si := range d.sents {
		if d.ctx.Err() != nil {
			return // the longest stage: stop within a sentence of a cancel
		}
		if d.sents[si].headline || d.question(si) || d.askedUnmarked(si) {
			continue
		}
		d.sentenceEvents(si)
	}
	d.evSent = make([][]*event, len(d.sents))
	for _, ev := range d.events {
		d.evSent[ev.sent] = append(d.evSent[ev.sent], ev)
	}
	d.turnSpeakers()     // before merging, which drops what names no one
	d.quotedSpeakers()   // before merging, which drops what names no one
	d.refusedCallRoles() // before merging, which drops what names no one
	d.placeFromSetting()
	d.remarksPlaces()
	d.dateEvents()
	d.repeatedOnDates()
	d.dropFuture()
	d.decisions()
	d.decidedActs()
	d.selfReports() // before merging, which drops what names no one
	d.interceptions()
	d.stateAgents()
	d.missionHosts()
	d.accusedActs() // before merging: the accused is the one who denies it
	d.chargedActs()
	d.answeredActs()
	d.allegedGrounds()  // before merging, which drops a noun that names no one
	d.attributedActs()  // before merging, which drops a noun that names no one
	d.electionResults() // before merging, which drops an election noun that names no one
	d.mergeEvents()     // the locators, too, tell that two mentions are one event
	d.dropLocators()
	d.listedPatients() // after merging: a list's participle tells of an event told before
	d.stanceOnActs()
	d.accuseWrongdoers() // before attributing claims, which takes an accusation as told by its agent
	d.attributeClaims()
	d.claimsWithoutActs()
	d.linkDenials()
}

// question reports a sentence that asks, in the article's own voice, what
// happened: an explainer's "Did Marek resign as party leader?", "When
// was Marek last charged?", a transcript's question put to a minister.
// It tells of no event; its answer does. The marks that set off a turn's
// label ("**Q:** You met him twice?", "- Q: …", "— Senator, you …") or open
// a quotation that is the whole sentence ("\"You met him twice?\" Rilke
// asked", the tag a sentence of its own) come before it. A question
// quoted within a sentence that tells something else ("accused her of
// \"what, exactly?\"") is left to the quote rules.
func (d *doc) question(si int) bool {
	s := &d.sents[si]
	k := s.last - 1
	for k > s.first && d.toks[k].kind == tokPunct && d.toks[k].text != "?" {
		k-- // a closing bracket or quotation mark after the question mark
	}
	first := s.first
	for first < k && d.toks[first].kind == tokPunct {
		first++
	}
	return first < k && d.toks[k].text == "?" && d.toks[k].quoted == d.toks[first].quoted
}

// reportsClause reports whether the verb at token i of sentence si reports
// a clause, one it governs ("testified that Dahl had met the envoy") or
// one it is set in as an aside ("Dahl met the envoy, Holm testified").
func (d *doc) reportsClause(si, i int) bool {
	x, w := d.wordAt(si, i)
	if w < 0 {
		return false
	}
	return x.rel(w) == "parataxis" || len(x.childrenWith(w, "ccomp", "parataxis")) > 0
}

// occurrence is a trigger found at tokens [i, i+n).
type occurrence struct {
	i, n int
	t    trigger
}

func (d *doc) triggersIn(si int) []occurrence {
	s := &d.sents[si]
	var out []occurrence
	for i := s.first; i < s.last; i++ {
		tk := &d.toks[i]
		if tk.kind != tokWord || tk.quoted && !d.accusedQuote(si, i, out) && !d.voicedStance(si, i) || d.inNamedMention(i, si) {
			continue
		}
		best, span := trigger{}, 0
		nounish := i > s.first && (determiners[d.toks[i-1].lower] || prepositions[d.toks[i-1].lower] && !(strings.HasSuffix(tk.lower, "ing") && d.gerundClause(si, i)) || d.toks[i-1].lower == "'s" || strings.HasSuffix(d.toks[i-1].lower, "est"))
		for _, t := range triggers[tk.lower] {
			k := d.spanAt(i, s.last, t.words)
			if k > 0 && d.timeTakesLastWord(i, k, t.words) {
				continue // "walked out on Monday": a walk-out on a day, not "walked out on" someone
			}
			if k == 0 || t.toOffice && !d.personToOffice(i+k, si) || t.forState && d.principalOf(si, i, k) == noPrincipal || t.covert && !d.covertDoer(si, i, k) || t.wrongdoing && !d.toldWrongdoing(si, i, k) || t.winner && d.declaredWinner(si, i, k) < 0 {
				continue // "named its candidates", "confirmed the report": no one given an office; "passed the bill", "hacked the website": no state served or acting; another sense may hold
			}
			if best.words != nil && len(t.words) == len(best.words) && t.court != best.court {
				// a court's act is its ruling, whatever else the verb
				// tells ("the court rejected the appeal", "dismissed the
				// case"); no court's is what the other reading tells
				// ("the government banned protests")
				if court := t.court; d.courtInvolved(si, i, k) == court {
					best, span = t, k
				}
				continue
			}
			if best.words != nil && len(t.words) == len(best.words) && t.ties != best.ties {
				// relations suspended between states are a sanction
				// ("suspended diplomatic relations with Kigali"); where
				// none are, the other reading ("suspended the MP")
				if ties := t.ties; d.tiesCut(si, i, k) == ties {
					best, span = t, k
				}
				continue
			}
			if best.words != nil && len(t.words) == len(best.words) && t.strikers != best.strikers {
				// a strike is a protest where workers make it ("the
				// teachers' strike"); where none do, the other reading
				// ("Israeli strikes on Gaza")
				if strikers := t.strikers; d.workersStrike(si, i, k) == strikers {
					best, span = t, k
				}
				continue
			}
			if best.words != nil && len(t.words) == len(best.words) && t.crowd != best.crowd {
				// a walk-out is a protest where a crowd makes it or it is
				// done in protest ("opposition MPs walked out of the
				// chamber in protest"); where neither, the other reading
				// ("walked out of the coalition")
				if crowd := t.crowd; d.crowdDoer(si, i, k) == crowd {
					best, span = t, k
				}
				continue
			}
			if best.words != nil && len(t.words) == len(best.words) && t.contest != best.contest {
				// an election won where a candidate wins a seat or by a
				// margin ("won the seat", "beat her rival by 300 votes");
				// where none does, the other reading ("captured the
				// town", "guards beat the activist")
				if contest := t.contest; d.contestWon(si, i, k) == contest {
					best, span = t, k
				}
				continue
			}
			if len(t.words) > len(best.words) || len(t.words) == len(best.words) && t.noun && nounish {
				best, span = t, k
			}
		}
		if best.words == nil {
			continue
		}
		if best.echo {
			out = append(out, occurrence{i, span, best}) // its type is the act's it echoes, read with its event
			i += span - 1
			continue
		}
		if !best.noun && len(best.words) > 1 {
			best = d.nounReading(si, i, best) // "a no-confidence vote on Tuesday"
		} else if !best.noun && d.nominalArgument(si, i) {
			if best = nounTrigger(tk.lower); best.words == nil {
				continue // a verb's form that is here a noun no trigger lists: "to buy votes"
			}
			span = 1 // "to tighten sanctions": the noun, which a request may ask for
		}
		n := span
		if best.noun && d.marginPhrase(si, i, n) {
			continue // "by one vote": how much, not what happened
		}
		asWritten := best.typ
		if best.typ = d.refineType(best, i, n, si); best.typ == "" {
			continue
		}
		// "a court ruled in her favour": a ruling, whatever CAMEO codes the
		// favour; "clashed with Quill", which the context reads as words,
		// stays criticism, though CAMEO codes a clash as a fight
		// "declared a state of emergency": where the class of the object
		// (data/object_senses.tsv) has given the verb another type than
		// its trigger's, a sanction, CAMEO's "declare * emergency" (012)
		// does not make it words again; where the table keeps the
		// trigger's type, CAMEO may still refine it ("expressed its
		// displeasure": criticism)
		sensed := false
		if best.typ != asWritten {
			sense, ok := d.objectSense(si, i, n)
			sensed = ok && sense == best.typ
		}
		if !best.court && !(asWritten == "ATTACK" && best.typ == "CRITICISM") && !sensed {
			best.typ = d.cameoRetype(si, occurrence{i, n, best}, best.typ)
		}
		if best.typ == "ATTACK" && !best.noun && d.crowdTargeted(si, i, n) && d.riotControlObject(si, i, n) {
			// "police fired tear gas at protesters": the protest it met;
			// a crackdown is no attack of the contract's, where "fired
			// on protesters", "fired live rounds at them" is one
			best.typ, best.crowdTarget = "PROTEST", true
		}
		if !best.noun && n == 1 && d.gerundModifier(si, i) {
			best.noun = true // "met the visiting prime minister": an adjective, read as a noun is, so the verb's meeting takes it in
		}
		if r, ok := d.doerSense(si, i, n); ok {
			best.typ = r.typ // "police raided the offices": a search, whatever CAMEO codes the raid
			if r.objectRole != "" {
				best.objectRole = r.objectRole // "voters elected Ivo Dorn": he wins
			}
		}
		if !heldWhenMissed[best.typ] && d.missedInTree(si, occurrence{i, n, best}) {
			i += n - 1
			continue // "police failed to arrest him", "failed to meet the envoy": not done
		}
		out = append(out, occurrence{i, n, best})
		if c, ok := d.claimInDenial(si, i, n, best); ok {
			out = append(out, c)
		}
		i += n - 1
	}
	return d.refusedCalls(si, d.refute(si, d.claimsThatApart(si, out)))
}

// claimInDenial is the claim a denial's verb phrase ends in, where the
// noun names who made it: "rejected accusations by Poland that ...",
// "dismissed Poland's accusations" tell Poland's accusation as well as
// the denial. Without an accuser ("rejected accusations that ...") the
// noun is only what the denial answers.
func (d *doc) claimInDenial(si, i, n int, t trigger) (occurrence, bool) {
	if t.typ != "DENIAL" || t.noun || n < 2 {
		return occurrence{}, false
	}
	last := i + n - 1
	for _, c := range triggers[d.toks[last].lower] {
		if !c.noun || len(c.words) != 1 || !claimTypes[c.typ] || !d.namedAuthor(si, last, 1) {
			continue
		}
		if c.typ = d.refineType(c, last, 1, si); c.typ != "" {
			return occurrence{last, 1, c}, true
		}
	}
	return occurrence{}, false
}

// claimsThatApart finds the verbs that accuse only with the "that" of
// their clause (data/triggers.tsv's "alleged that", "charged that") where
// a phrase stands between the verb and its "that": "Nagy alleged on
// Monday that Torok had bought votes". The tree must give the verb a
// clause its "that" marks.
func (d *doc) claimsThatApart(si int, occ []occurrence) []occurrence {
	s := &d.sents[si]
	for i := s.first; i+1 < s.last; i++ {
		tk := &d.toks[i]
		if !thatReportingWords[tk.lower] || d.toks[i+1].lower == "that" || tk.quoted {
			continue
		}
		// a one-word trigger of the verb's other sense gives way to the
		// clause ("charged on Monday that": an accusation, no charge laid)
		k := slices.IndexFunc(occ, func(o occurrence) bool { return o.i <= i && i < o.i+o.n })
		if k >= 0 && (occ[k].i != i || occ[k].n != 1) {
			continue
		}
		x := d.syntaxOf(si)
		if x == nil {
			return occ
		}
		v := x.at(i)
		if v < 0 || !x.isVerb(v) || !slices.ContainsFunc(x.childrenWith(v, "ccomp"), func(c int) bool { return x.markOf(c) == "that" && c > v+2 }) {
			continue
		}
		for _, t := range triggers[tk.lower] {
			if !t.noun && len(t.words) == 2 && t.words[1] == "that" {
				t.words = []string{tk.lower}
				if k >= 0 {
					occ[k].t = t
				} else {
					occ = insertOccurrence(occ, occurrence{i, 1, t})
				}
				break
			}
		}
	}
	return occ
}

// voicedStance reports whether quoted token i is a verb of support or
// criticism whose subject is the speaker's "I" or "we", told by a verb of
// speech outside the quotation that names the speaker: in "\"We strongly
// condemn this cowardly attack,\" the ministry said" the quotation is
// reported, but the stance it takes is the ministry's own act
// (quotedSpeakers gives it its agent).
func (d *doc) voicedStance(si, i int) bool {
	if !slices.ContainsFunc(triggers[d.toks[i].lower], func(t trigger) bool { return stanceTypes[t.typ] && !t.noun }) {
		return false
	}
	x, v := d.tokenTree(si, i) // parsed only where a quotation holds a verb of stance
	if v < 0 || !x.isVerb(v) || ownSubject(x, v) || len(x.childrenWith(v, "nsubj")) == 0 {
		return false
	}
	s := &d.sents[si]
	for j := s.first; j < s.last; j++ {
		if d.toks[j].quoted || !speechWord(d.toks[j].lower) {
			continue
		}
		if w := x.at(j); w >= 0 && w != v && x.isVerb(w) && d.tellsQuote(x, v, w, i, j) {
			return true
		}
	}
	return d.quoteGoesOn(si, i) && d.speechAfterQuoteCloses(si+1)
}

// speechWord reports a word that alone is a verb of speech ("said").
func speechWord(w string) bool {
	return slices.ContainsFunc(triggers[w], func(t trigger) bool { return t.speech && len(t.words) == 1 && !t.noun })
}

// speechAfterQuoteCloses reports whether sentence si, which goes on with
// a quotation opened before it, has a verb of speech after the quotation
// closes: "He is the right man,\" Kress said."
func (d *doc) speechAfterQuoteCloses(si int) bool {
	s := &d.sents[si]
	closed := false
	for j := s.first; j < s.last; j++ {
		closed = closed || closingQuotes[quoteMark(d.toks, j)]
		if closed && !d.toks[j].quoted && speechWord(d.toks[j].lower) {
			return true
		}
	}
	return false
}

// accusedQuote reports whether quoted token i opens a quotation that an
// accusation found before it accuses of: in `accused Calmora of "interfering
// in the internal affairs of a sovereign state"` the quotation is the act
// alleged, in the accuser's words, not speech reported as narration.
func (d *doc) accusedQuote(si, i int, found []occurrence) bool {
	k := i - 1
	for k >= 0 && d.toks[k].quoted && d.toks[k].kind == tokPunct {
		k-- // the opening mark, or the two of a typewriter one
	}
	if k == i-1 || k < 0 || d.toks[k].quoted {
		return false
	}
	for _, o := range found {
		if o.t.typ != "ACCUSATION" {
			continue
		}
		x, v := d.triggerTree(si, o.i, o.n) // parsed only where an accusation may accuse of a quotation
		if x == nil {
			return false
		}
		if w := x.at(i); w >= 0 && accusedOf(x, v, w) {
			return true
		}
	}
	return false
}

// nounReading is the one-word noun trigger at token i where the tree reads
// as a noun the first word of verb phrase t ("vote on"), else t.
func (d *doc) nounReading(si, i int, t trigger) trigger {
	n := nounTrigger(d.toks[i].lower)
	if n.words == nil {
		return t
	}
	if x := d.syntaxOf(si); x != nil && x.at(i) >= 0 && x.pos(x.at(i)) == "NOUN" {
		return n
	}
	return t
}

// nominalArgument reports whether the tree reads token i of sentence si as
// a noun that is another word's argument ("to buy votes"), not a predicate
// the tagger took for a noun ("Ivo Dorn votes against the bill").
func (d *doc) nominalArgument(si, i int) bool {
	x, w := d.tokenTree(si, i)
	if w < 0 || x.pos(w) != "NOUN" {
		return false
	}
	if strings.HasSuffix(strings.ToLower(x.tree.Words[w]), "ing") && len(x.childrenWith(w, "obj", "obl")) > 0 {
		return false // "charged with spying for China": a gerund with arguments of its own, a verb the parse read as a noun
	}
	switch x.baseRel(w) {
	case "obj", "iobj", "nsubj", "obl", "nmod":
		return true
	}
	if len(x.childrenWith(w, "cop")) > 0 && x.caseOf(w) != "" {
		return true // "who has been under EU sanctions": a preposition's noun, the copula's predicate
	}
	return false
}

// ownersOfActUndergoing reads the passive verb at o whose subject is a
// noun of an act of its own type, the act undergoing it: "Veer's
// conviction was overturned by the Supreme Court", "the sentence of Ivo
// Dorn was upheld" undo or keep an act done to Veer and Dorn, and the
// verb's act is done to them too. It lists the noun's possessor, or its
// "of" phrase, as named.
func (d *doc) ownersOfActUndergoing(si int, o occurrence, typ string) []int {
	x, v := d.verbTriggerAt(si, o.i, o.n)
	if v < 0 {
		return nil
	}
	var out []int
	for _, n := range x.childrenWith(v, "nsubj:pass") {
		if nounTrigger(strings.ToLower(x.tree.Words[n])).typ != typ {
			continue
		}
		for _, c := range x.childrenWith(n, "nmod:poss", "nmod") {
			if x.rel(c) == "nmod:poss" || x.caseOf(c) == "of" {
				out = append(out, d.entsAt(si, x, c, typ)...)
			}
		}
	}
	return out
}

// nounTrigger is the one-word noun trigger spelled w, or the zero trigger.
func nounTrigger(w string) trigger {
	for _, t := range triggers[w] {
		// a noun that needs its author named stands for no verb's form:
		// "denied reports that it had supplied weapons" keeps the report
		// the verb phrase tells
		if t.noun && !t.authored && len(t.words) == 1 {
			return t
		}
	}
	return trigger{}
}

// gerundClause reports a verb's "-ing" form at token i of sentence si
// that the tree reads as the verb of a clause with an object of its own
// ("is suspected of meeting Chinese agents"): a verb, though a
// preposition comes before it, so it takes its subject from the clause
// it hangs on.
func (d *doc) gerundClause(si, i int) bool {
	x, w := d.wordAt(si, i)
	return w >= 0 && x.tree.XPOS[w] == "VBG" && x.pos(w) == "VERB" && len(x.childrenWith(w, "obj")) > 0
}

// gerundModifier reports a verb's "-ing" form at token i of sentence si
// that the tree reads as an adjective on the noun after it ("the visiting
// prime minister", "protesting farmers").
func (d *doc) gerundModifier(si, i int) bool {
	x, w := d.wordAt(si, i)
	return w >= 0 && x.tree.XPOS[w] == "VBG" && x.rel(w) == "amod" && x.head(w) > w
}

// nounPhrase reports whether words are a nominal trigger of type typ:
// "air strikes".
func nounPhrase(words []string, typ string) bool {
	for _, t := range triggers[words[0]] {
		if t.noun && t.typ == typ && slices.Equal(t.words, words) {
			return true
		}
	}
	return false
}

// spanAt is how many tokens from token i the trigger phrase words spans,
// or 0 where it is not there; an adverb may follow its "was", and a count
// in figures may stand before a word after its first ("exchanged 150
// prisoners", as "exchanged prisoners").
func (d *doc) spanAt(i, limit int, words []string) int {
	k := i
	for n, w := range words {
		if n > 0 && k+1 < limit && d.toks[k].kind == tokNum && d.toks[k+1].lower == w {
			k++ // "swapped 84 prisoners"
		}
		if n > 0 && beForms[words[n-1]] && k+1 < limit && voiceAdverbs[d.toks[k].lower] {
			k++ // "was first elected", "were later named"
		}
		if n > 0 && (words[n-1] == "elected" || words[n-1] == "as") && k+1 < limit && titleModifiers[d.toks[k].lower] && d.toks[k+1].lower == w {
			k++ // "was elected interim leader", "elected acting speaker": the title's modifier
		}
		if n > 0 && k+1 < limit && prepositions[w] && prepositions[d.toks[k].lower] {
			if date, j := d.dateAt(k + 1); date != "" && j < limit && d.toks[j].lower == w {
				k = j // "called on Monday for an inquiry": a time inside the phrase
			}
		}
		if k >= limit || d.toks[k].lower != w {
			return 0
		}
		k++
	}
	return k - i
}

// timeTakesLastWord reports whether the preposition that ends a phrase
// trigger at tokens [i, i+k) opens a date rather than the phrase's object,
// where the phrase without it is a trigger of its own: "walked out on
// Monday" is a walk-out, not "walked out on" someone. A phrase with no
// shorter reading keeps its particle ("was sworn in Monday").
func (d *doc) timeTakesLastWord(i, k int, words []string) bool {
	if len(words) < 2 || !prepositions[words[len(words)-1]] || i+k >= len(d.toks) {
		return false
	}
	shorter := words[:len(words)-1]
	if !slices.ContainsFunc(triggers[words[0]], func(t trigger) bool { return slices.Equal(t.words, shorter) }) {
		return false
	}
	date, _ := d.dateAt(i + k)
	return date != ""
}

// voiceAdverbs may stand between a trigger's "was" and its participle.
var voiceAdverbs = wordSet("voice_adverbs.txt")

// inNamedMention reports whether token i is inside a named mention of sentence si.
func (d *doc) inNamedMention(i, si int) bool {
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.first <= i && i < m.last && m.via != "role" && m.via != "pronoun" {
			return true
		}
	}
	return false
}

// refineType settles triggers whose type depends on their context; "" drops one.
func (d *doc) refineType(t trigger, i, n, si int) string {
	s := &d.sents[si]
	next := func(k int) string {
		if i+n+k < s.last {
			return d.toks[i+n+k].lower
		}
		return ""
	}
	prev := ""
	if i > s.first {
		prev = d.toks[i-1].lower
	}
	w := t.words[0]
	if i >= s.first+2 && backingParticiples[w] && d.toks[i-1].text == "-" && d.toks[i-1].start == d.toks[i-2].end && d.toks[i].start == d.toks[i-1].end {
		return "" // "an Iran-backed militia": who stands behind a group, no act of support told
	}
	if t.undergo && t.typ == "APPOINTMENT" && strings.HasSuffix(t.words[len(t.words)-1], "self") && !d.officeNext(i+n, s.last) {
		return "" // "declared himself innocent": no office taken, as "declared himself president" takes one
	}
	if t.undergo && t.typ == "APPOINTMENT" && !d.officeNext(i+n, s.last) && (len(t.words) == 1 || d.postUnnamed(si, i, n)) && d.replacedBy(si, i, n) < 0 {
		return "" // "became a symbol", "was named in a police notice", "named as a suspect": no office taken
	}
	if t.armed && !t.noun && !d.armedDoer(si, i, n) || t.armed && t.noun && !d.armedStrike(si, i, n) {
		return "" // "the storm hit the coast", "the scandal hit the party": no attack
	}
	if t.truce && !d.truceBroken(si, i, n) {
		return "" // "violated the constitution", "talks broke down": no attack
	}
	if t.underFire && !d.cameUnderFire(si, i, n) {
		return "" // "the minister came under fire for his remarks", "came under pressure": no attack
	}
	if t.mutual && !d.bothSidesTalk(si, i, n, t.talkTo) {
		return "" // "Holm spoke by phone from exile": one speaker, no meeting
	}
	if t.strikers && !d.workersStrike(si, i, n) {
		return "" // "a strike on Monday", "the strike": no one named who stops work
	}
	if t.against && !d.aimedGathering(si, i, n) {
		return "" // "a campaign rally", "the stock market rally", "in March": no protest
	}
	if t.crowd && !d.crowdDoer(si, i, n) {
		return "" // "leaders gathered in Brussels", "the court blocked the law": no protest
	}
	if t.court && !d.courtInvolved(si, i, n) {
		return "" // "the party barred him from standing", "went to Brussels": no court, no legal action
	}
	if t.chamber && !d.chamberDoer(si, i, n) {
		return "" // "the approval of the board", "approval ratings": no vote
	}
	if t.funding && !d.stateFunds(si, i, n) {
		return "" // "the state funded new schools", "paid the fine": no interference
	}
	if t.label && !d.labelledPejorative(si, i, n) {
		return "" // "called a vote", "described him as a friend": no fault found
	}
	if t.crowdTarget && !d.crowdTargeted(si, i, n) {
		return "" // "used the funds against the rules", "dispersed the crowd of shoppers": no protesters
	}
	if t.pressTo && !d.pressedToAct(si, i, n) {
		return "" // "pressed the button", "pushed the bill through parliament": no one asked to act
	}
	if t.stance && !d.stanceTaken(si, i, n) {
		return "" // "came back to the capital", "support payments", "material to support an indictment": no stance taken
	}
	if t.threat && (!d.namedSpeaker(i, si, "STATEMENT") || !d.threatensAct(si, i, n)) {
		return "" // "the floods threatened the town", "Russia threatens Europe's security": no threat made
	}
	if t.orderedOut && !d.envoyOrderedOut(si, i, n) {
		return "" // "ordered the protesters to leave", "ordered an inquiry": no envoy expelled
	}
	if t.envoy && !d.envoyUndergoes(si, i, n) {
		return "" // "called in the army", "called in sick": no envoy summoned
	}
	if t.ties && !d.tiesCut(si, i, n) {
		return "" // "cut taxes", "suspended the sitting", "the party cut ties with the donor": no state's ties cut
	}
	if t.typ == "VOTE" && !t.noun && d.castInElection(si, i, n) {
		return "" // "Britons voted to leave the EU in a referendum": the referendum, no vote of a chamber
	}
	if t.contest && !d.contestWon(si, i, n) {
		return "" // "won the case", "took the floor": no election
	}
	if t.forState && d.principalOf(si, i, n) == noPrincipal {
		return "" // "spied for the newspaper", "received money from a bank": no state served
	}
	if t.noun && t.typ == "INVESTIGATION" && d.hearerNoun(si, i+n-1) {
		return "" // "told the inquiry that ...": the body told, no inquiry opened; "told a meeting" still takes part in one
	}
	if t.authored && !d.namedAuthor(si, i, n) {
		return "" // "the report", "a report on Monday": one told before, or no one's
	}
	if t.speech && !d.namedSpeaker(i, si, "STATEMENT") {
		return "" // "it is said", "as he told it": no one's statement
	}
	if t.clause && !d.reportsClause(si, i) {
		return "" // "testified against his partner": no words reported
	}
	if t.speech && t.typ == "STATEMENT" {
		if x, w := d.wordAt(si, i); w >= 0 && x.isVerb(w) && x.inReport(w) >= 0 {
			return "REPORT" // "in a report published Tuesday, Amnesty said": what it says, it reports
		}
	}
	if t.noun && (w == "vote" || w == "ballot") && prev == "the" && i-2 >= s.first && d.toks[i-2].lower == "of" && i-3 >= s.first && shareWords[d.toks[i-3].lower] {
		return "" // "34 percent of the vote": a result, not a vote held
	}
	if t.typ == "PROTEST" && !t.noun && !t.crowd && !t.crowdTarget && !d.protestVerbInTree(si, i, n) {
		return "" // "the data demonstrated that the plan works", "gave him his marching orders": no one protests
	}
	if t.noun && d.classifiesNoun(si, i, n) {
		return "" // "election observers", "an arrest warrant": no event held
	}
	if t.typ == "ARREST" && d.arrestOrdered(si, i, n) {
		return "LEGAL_ACTION" // "ordered the arrest of Dorn", "a warrant for his arrest", "ordered Dorn placed under house arrest": an order, no arrest made
	}
	if t.noun && d.modifiesGerund(si, i, n) {
		return "" // "jailed for vote rigging": a practice, no vote held
	}
	if t.noun && d.prospectInTree(si, i, n) {
		return "" // "the threat of air strikes", "a reward for information leading to the arrest": not yet
	}
	if t.noun && len(t.words) == 1 && !s.headline && d.presentVerbInTree(si, i) {
		return "" // "nobody talks to him", "she sometimes talks to her sisters": a habit, not talks held
	}
	counted := numberWords[prev] > 0 || i > s.first && d.toks[i-1].kind == tokNum
	if !t.noun && len(t.words) == 1 && strings.HasSuffix(w, "ed") && (prev == "a" || prev == "an" || (determiners[prev] || possessives[prev] || prev == "'s" || counted) && d.adjectiveOnNoun(si, i)) {
		return "" // "a sanctioned buyer", "the bombed embassy", "its expelled deputy leader", "two detained Canadians": an adjective, no event told
	}
	if !t.noun && prev == "be" && (i-2 < s.first || d.toks[i-2].lower != "to") {
		return "" // "moved that the member be suspended": asked for, not done
	}
	if !t.noun && d.subjunctiveInTree(si, i) || t.noun && d.subjunctiveObject(si, i+n-1) {
		return "" // "refused demands that he step down", "recommended that the government impose sanctions": asked for, not done
	}
	if t.typ == "REQUEST" && !t.noun && d.asksAnonymity(si, i, n) {
		return "" // "an official, who requested anonymity, said": a source unnamed, no request
	}
	if t.typ == "REQUEST" && d.tagsQuotedQuestion(si, i, n) {
		return "" // "\"You met him twice?\" Rilke asked": a question put, no request
	}
	if t.typ == "REQUEST" && d.questionPut(si, i, n) {
		return "" // "Asked whether he had met her, Holm said ...": a reporter's question put to him, no request of his
	}
	if t.typ != "VOTE" && d.proposedByMeasure(si, i, n) {
		return "" // "the impeachment motion against Holm was defeated", "rejected a motion to remove Holm": proposed, not done
	}
	if d.deemedByRule(i, s.first) {
		return "" // "who joins another is deemed to have resigned": a rule, not an event
	}
	if !(t.typ == "INTERFERENCE" && d.stateAttempt(si, i, n)) && (d.infinitiveAfterIrrealis(i, s.first) || d.wishedInTree(si, i, n)) || !t.speech && d.modalInTree(si, i, n) && !d.epistemicPerfect(si, i, n) || d.conditionalInTree(si, i, n) {
		return "" // "urged Orlov to resign", "refused to step down", "urged partners to widen sanctions": nothing happened
	}
	// a stance's plain form takes no sense from its object: "I welcome
	// him" tells a stance, where "welcomed the president" told a visit
	if (len(t.words) == 1 || objectSenseForms[d.toks[i+n-1].lower]) && !t.stance && !t.toOffice && !t.forState && !t.court && !t.wrongdoing && !t.contest && !t.ties { // "failed to pass" as "pass"; "passed secrets to a Russian diplomat" has a state's sense already, "received bribes, prosecutors said" a wrongdoing's; a court's "rejected the appeal" is its ruling, no refusal; a contest's "defeated Ana Holm in a ballot" its election
		// a noun's form the parse reads as a verb ("meeting the needs
		// of victims") is read as the verb
		if typ, ok := d.objectSense(si, i, n); ok {
			if typ == noEvent {
				if typ := d.clauseSense(si, occurrence{i, n, t}); typ != "" {
					return typ // "added the website to its sanctions list"
				}
				return "" // "rejected a proposal": a refusal, no event
			}
			return typ // "dismissed the apology as too late": a criticism
		}
	}
	if t.sensed {
		return "" // no object the table gives a sense to
	}
	switch {
	case w == "expelled" && len(t.words) == 1 || w == "expels":
		if next(0) == "from" {
			return "DISMISSAL"
		}
	case t.typ == "REPORT" && w == "published" && d.isPassive(i, s.first) && !d.byAfter(i+n, s.last):
		// "the report was published": no one named reports it; "was
		// published on Monday by the daily X" is X's report
		return ""
	case casualtyVerbs[w] && !d.doneBySomeone(si, i, n):
		// "11 were killed in Tanzania", "of those killed": the toll of an
		// attack told elsewhere, no act of its own
		return ""
	case t.typ == "ATTACK" && !t.noun && strings.HasPrefix(w, "attack"):
		// verbal attacks on people are criticism
		if d.personAfter(i+n, s.last) {
			return "CRITICISM"
		}
	case t.typ == "ATTACK" && !t.noun && w == "clashed" && next(0) == "with":
		if d.peopleClash(si, i, n) {
			return "CRITICISM" // "Dorsey clashed with Quill in parliament": words, not blows
		}
	case t.typ == "RESIGNATION" && len(t.words) == 3 && t.words[1] == "out":
		// "walked out of the governing coalition", not "walked out of the
		// chamber": a coalition quit within the phrase that follows
		for k := 0; k < 4 && next(k) != "" && !strings.ContainsAny(next(k), ",.;"); k++ {
			if coalitionNouns[next(k)] {
				return t.typ
			}
		}
		return ""
	case t.typ == "RESIGNATION" && (w == "left" || w == "leaves") && len(t.words) == 1:
		// "left the Conservative Party", not "left the country"
		if !d.partyAfter(i+n, s.last) {
			return ""
		}
	case t.typ == "REQUEST" && len(t.words) == 1 && next(0) == "not" && next(1) == "to" && next(2) == "be":
		return "" // "a Western official said, asking not to be named": a speaker kept unnamed, no request
	case t.typ == "REQUEST" && (w == "sought" || w == "seeks") && next(0) == "to":
		return "" // "sought to distance himself": an attempt, not a request
	case t.typ == "SUPPORT" && w == "backed" && beForms[prev]:
		return "SUPPORT"
	case t.typ == "MEETING" && !t.noun && t.words[len(t.words)-1] == "with" && d.isPassive(i, s.first):
		return "" // "the ruling was met with outrage": how it was received, no one met
	case t.typ == "MEETING" && t.noun && w == "talks" && prev != "held" && prev != "peace":
		return "MEETING"
	case t.typ == "VOTE" && t.noun && slices.Contains(t.words, "motion") && !(next(0) == "passed" || next(0) == "was" || next(0) == "failed") && !d.motionVotedOn(si, i, n):
		return "" // "tabled a censure motion", "filed a motion": none voted on yet
	case t.typ == "AGREEMENT" && w == "signed" && beForms[prev]:
		return "AGREEMENT"
	case t.typ == "SANCTION" && w == "sanctions" && prev == "imposed":
		return ""
	case t.typ == "RELEASE" && w == "released" && (next(0) == "a" || next(0) == "its" || next(0) == "the") && d.nounReport(i+n+1, s.last):
		return "STATEMENT"
	}
	return t.typ
}

// bothSidesTalk reports whether the verb of talking at tokens [i, i+n)
// of sentence si names both sides of the talk: a subject of two or more
// (coordinated names, or a plural noun: "Holm and Dorn spoke by phone",
// "the two ministers talked by phone"), or a "with" or "to" phrase that
// names the other side ("spoke by video link with Dorn"). One speaker
// alone is talking to the one who reports it ("Holm, who spoke by phone
// from exile, said"). With phraseOnly only the phrase counts. Without a
// parse it answers no.
func (d *doc) bothSidesTalk(si, i, n int, phraseOnly bool) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	if subj, _, _ := x.subjectOf(v, 0); phraseOnly && len(subj) == 0 {
		return false // "Talk to Melanie's mom": a bidding, no talk told
	}
	other := func(c int) bool { return x.caseOf(c) == "with" || x.caseOf(c) == "to" }
	for _, c := range x.childrenWith(v, "obl", "obj") {
		// the parse may hang the other side on the means, which it may
		// read as an object: "talked by phone with Dorn", "spoke by
		// video link with Dorn"
		if other(c) || slices.ContainsFunc(x.childrenWith(c, "nmod"), other) {
			return true
		}
	}
	subj, passive, _ := x.subjectOf(v, 0)
	if passive || phraseOnly {
		return false
	}
	return slices.ContainsFunc(subj, func(s int) bool {
		if x.pos(s) == "NOUN" && x.tree.XPOS[s] == "NNS" {
			return true // "the two leaders"
		}
		// "Aron Vasko and Petra Lind": the parse may hang the second
		// name on the first's last word
		return slices.ContainsFunc(x.subtree(s, sideSkips), func(w int) bool { return x.rel(w) == "conj" })
	})
}

// sideSkips are the dependents of a subject that name no side of its own:
// "Holm, the leader of the Greens and the Left, spoke".
var sideSkips = set("nmod appos acl acl:relcl parataxis")

// speakersAt are the persons who speak at or to the gathering noun w
// tells, or in it: the subject of the active verb w is the oblique "at",
// "in" or "during" of ("Holm spoke at the summit", "at the summit, Holm
// said", "speaking at the summit, Holm said", "Holm and Dorn discussed
// the war in a phone call"), or of the verb of saying w is the object of
// ("Holm told the meeting that ..."). others are whom that verb is done
// with or told to ("in a phone call, Holm told Dorn", "discussed the war
// with Dorn during talks"). Who is done something to there ("was arrested
// at the summit") is not named by it.
func (d *doc) speakersAt(si int, x *syntax, w int) (speakers, others []int) {
	v := x.gatheringAt(w, "MEETING")
	if v < 0 && w >= 0 && x.baseRel(w) == "obl" && (x.caseOf(w) == "in" || x.caseOf(w) == "during") && x.isVerb(x.head(w)) {
		if v = x.head(w); x.circumstance(v) {
			v = x.head(v) // "speaking during talks in Tarsk, Holm said"
		}
	}
	if v < 0 && w >= 0 && x.baseRel(w) == "obj" && x.head(w) >= 0 && sayingVerbs[strings.ToLower(x.tree.Words[x.head(w)])] {
		v = x.head(w)
	}
	if v < 0 {
		return nil, nil
	}
	subj, passive, _ := x.subjectOf(v, 0)
	if passive {
		return nil, nil
	}
	persons := func(ws []int) []int {
		var out []int
		for _, s := range ws {
			for _, e := range d.entsAt(si, x, s, "MEETING") {
				if d.ents[e].kind == polgraph.KindPerson {
					out = appendNew(out, e)
				}
			}
		}
		return out
	}
	var sides []int
	for _, s := range subj {
		// "Holm and Dorn": the parse may hang the second name on the
		// first's last word
		sides = append(sides, s)
		sides = append(sides, slices.DeleteFunc(x.subtree(s, sideSkips), func(c int) bool { return x.rel(c) != "conj" })...)
	}
	var to []int
	for _, c := range x.childrenWith(v, "obl", "iobj", "obj") {
		if c != w && (x.rel(c) == "iobj" || x.baseRel(c) == "obl" && x.caseOf(c) == "with" || x.rel(c) == "obj" && sayingVerbs[strings.ToLower(x.tree.Words[v])]) {
			to = append(to, c)
		}
	}
	speakers = persons(sides)
	return speakers, slices.DeleteFunc(persons(to), func(e int) bool { return slices.Contains(speakers, e) })
}

// coalitionNouns name what a party quits by walking out of it
// (data/words/coalition_nouns.txt).
var coalitionNouns = wordSet("coalition_nouns.txt")

// casualtyVerbs tell what befell people (data/words/casualty_verbs.txt).
var casualtyVerbs = wordSet("casualty_verbs.txt")

// doneBySomeone reports whether the verb at tokens [i, i+n) of sentence
// si says who does it: a subject in the active voice or a passive's
// by-phrase that is no attack itself, nor a relative pronoun that stands
// for one ("the blast killed 12", "the bombing that killed 12": the
// attack's toll). Without a parse it answers yes.
func (d *doc) doneBySomeone(si, i, n int) bool {
	x, v := d.triggerTree(si, i, n)
	if v < 0 {
		return true
	}
	doers := x.childrenWith(v, "nsubj")
	for _, c := range x.childrenWith(v, "obl", "obl:agent") {
		if x.caseOf(c) == "by" {
			doers = append(doers, c)
		}
	}
	for _, c := range doers {
		// "the bombing that killed", "the blasts, which killed": what
		// the attack did; the parser may hang the clause on a place
		if x.tree.XPOS[c] != "WDT" && nounTrigger(strings.ToLower(x.tree.Words[c])).typ != "ATTACK" && !nounPhrase(x.compoundOf(c), "ATTACK") {
			return true
		}
	}
	return false
}

// byAfter reports whether "by" follows within six tokens of token i: a
// passive's agent.
func (d *doc) byAfter(i, limit int) bool {
	for k := i; k < limit && k < i+6; k++ {
		if d.toks[k].lower == "by" {
			return true
		}
	}
	return false
}

// postUnnamed reports whether the trigger phrase at tokens [i, i+n) of
// sentence si names no post, in its own words or as its verb's
// complement: "was named deputy head of the service" names one the titles
// may not know, "joined the cabinet" its body; "was named in a police
// notice" and "named as a suspect" none.
func (d *doc) postUnnamed(si, i, n int) bool {
	x, v := d.triggerTree(si, i, n)
	if v < 0 {
		return false
	}
	if w := x.at(i + n - 1); w >= 0 && (x.pos(w) == "NOUN" || x.pos(w) == "PROPN") {
		return false
	}
	for _, c := range x.childrenWith(v, "xcomp", "obj") {
		if !calendarWords[d.toks[x.token(c)].lower] { // "were named Thursday": a day, not a post
			return false
		}
	}
	return true
}

// nounReport reports whether a report-like noun ("report", "statement") follows.
func (d *doc) nounReport(i, limit int) bool {
	for k := i; k < min(limit, i+3); k++ {
		switch d.toks[k].lower {
		case "report", "statement", "video", "list", "figures", "data", "study", "album", "film", "book":
			return true
		}
	}
	return false
}

// partyAfter reports whether a party or organisation is named within the
// three tokens from i.
func (d *doc) partyAfter(i, limit int) bool {
	for _, mi := range d.sentMents[d.sentOf(i-1)] {
		m := &d.ments[mi]
		if m.first >= i && m.first < min(limit, i+3) && m.ent >= 0 {
			if k := d.ents[m.ent].kind; k == polgraph.KindParty || k == polgraph.KindOrganization {
				return true
			}
		}
	}
	return false
}

// peopleClash reports a clash told by the verb at tokens [i, i+n) of
// sentence si between named persons: its subject and the one after its
// "with" ("Dorsey clashed with opposition leader Quill"), not a crowd and
// police ("Protesters clashed with police").
func (d *doc) peopleClash(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	person := func(w int) bool {
		return slices.ContainsFunc(d.entsAt(si, x, w, "ATTACK"), func(e int) bool { return d.ents[e].kind == polgraph.KindPerson })
	}
	subj, _, _ := x.subjectOf(v, 0)
	// the "with" may hang on a title before the name, which the parse
	// then makes the verb's object: "with opposition leader Quill"
	return slices.ContainsFunc(subj, person) && slices.ContainsFunc(x.childrenWith(v, "obl", "obj"), func(c int) bool { return c > v && person(c) })
}

func (d *doc) personAfter(i, limit int) bool {
	for _, mi := range d.sentMents[d.sentOf(i-1)] {
		m := &d.ments[mi]
		if m.first >= i && m.first < min(limit, i+3) && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPerson {
			return true
		}
	}
	return false
}

// sentenceEvents builds an event per trigger of sentence si.
func (d *doc) sentenceEvents(si int) {
	s := &d.sents[si]
	occ := d.triggersIn(si)
	rel := d.relativeClauses(si)
	var prevAgent, prevPatient []int // of the last verb: who did it; who it was done to, when passive
	lefts := make([]int, len(occ))
	for k, o := range occ {
		ev := &event{typ: o.t.typ, noun: o.t.noun, speech: o.t.speech, met: o.t.crowdTarget, unsaid: o.t.unsaid, wrongdoing: o.t.wrongdoing, sent: si, trig: [2]int{o.i, o.i + o.n}, status: polgraph.StatusAsserted}
		var echoed *event
		if o.t.echo {
			if echoed = d.echoed(si, o.i); echoed == nil {
				lefts[k] = s.first
				continue // "followed suit" with no act told before it to follow
			}
			ev.typ, ev.echo = echoed.typ, true
		}
		left := s.first
		for j := o.i - 1; j >= s.first; j-- {
			if rel[j] && !rel[o.i] {
				continue // "X, who has represented Y since 2019, met": X's verb
			}
			if clauseBreaks[d.toks[j].lower] || (k > 0 && !occ[k-1].t.noun && j < occ[k-1].i+occ[k-1].n) {
				left = j + 1
				break
			}
		}
		if k > 0 && o.t.noun && !occ[k-1].t.noun && left == occ[k-1].i+occ[k-1].n {
			// a verb that tells an event of its own and carries this noun
			// ("China announced an export ban"): the noun's clause is the
			// verb's, whose subject does what the noun tells
			if lv := d.lightVerbBefore(si, o.i, occ[k-1].i); lv >= occ[k-1].i && lv < left {
				left = lefts[k-1]
			}
		}
		lefts[k] = left
		if (ev.typ == "REPORT" || ev.typ == "STATEMENT") && d.finalReportingClause(o, si) {
			for j := o.i - 1; j >= left; j-- {
				if d.toks[j].text == "," {
					left = j + 1
					break
				}
			}
		}
		// a clause-taking verb ("denied that …") governs the rest of the
		// sentence; a denial of a noun ("denied the allegations and
		// accused X") ends at the next verb, as other events do (a report
		// "cited a spokesperson as saying that …" goes on)
		clause := takesClause[ev.typ] && !(ev.typ == "DENIAL" && o.i+o.n < s.last && nounObjectStarts[d.toks[o.i+o.n].lower])
		right := s.last
		for k2 := k + 1; k2 < len(occ); k2++ {
			if !clause && !occ[k2].t.noun {
				right = occ[k2].i
				if reportingWords[occ[k2].t.words[0]] {
					// "..., The Standard reported on Wednesday, citing
					// sources": who reports is no object of what came before
					right = d.commaBefore(si, o.i+o.n, right)
				}
				break
			}
		}
		for j := o.i + o.n; j < right; j++ {
			if d.toks[j].lower == ";" || (!clause && rightBreaks[d.toks[j].lower]) {
				right = j
				break
			}
		}
		if c := d.reportingTail(si); c > o.i && c < right {
			right = c // "..., the Justice Department said": the source, not an object
		}
		if c := d.subjectNounEnd(si, o); c > o.i && c < right {
			right = c // "the vote followed a report by the agency": the report's author, not the vote's
		}
		passive := !o.t.noun && (d.isPassive(o.i, s.first) || d.reducedRelative(o, si))
		if o.t.words[0] == "allowed" {
			passive = true
		}
		// subject: the first mention of the clause outside prepositional
		// phrases and relative clauses; "and advised" shares the subject before it
		var subj []int
		relative := false // the subject is a relative pronoun's antecedent, named or not
		if !o.t.noun {
			if o.t.words[0] == "as" { // "cited a spokesperson for the PMO as saying"
				subj = d.nearestBefore(o.i, s.first, si)
			} else if coordinated(d, left, o.i) && prevAgent != nil {
				subj = prevAgent
			} else if coordinated(d, left, o.i) && prevPatient != nil && strings.HasSuffix(o.t.words[0], "ed") {
				// "was arrested in October and charged with bribery": the
				// passive goes on, with the same subject
				subj, passive = prevPatient, true
			} else if w, ok := d.relativeBefore(o.i, left); ok {
				subj = d.nearestBefore(w, max(s.first, w-3), si) // the antecedent of "who"
				if subj == nil {
					subj = d.appositionHead(w, si) // "Ilan Shor, a fugitive politician who was sentenced"
				}
				relative = true
			} else if subj = d.subjectIn(si, left, o.i, rel); subj == nil {
				if w, ok := d.conjunctRelative(si, o.i); ok {
					subj = d.nearestBefore(w, max(s.first, w-3), si)
					relative = subj != nil
				}
			}
		} else {
			// "a Ukrainian drone attack": the means before the noun is
			// the act's, and the modifier before it too
			at, n := o.i, o.n
			if ev.typ == "ATTACK" {
				at = d.meansStart(si, o.i)
				n += o.i - at
			}
			subj = d.modifierBefore(at, si)
			// "China's new sanctions", "American sanctions": a state or
			// a body that owns sanctions imposes them, as one that owns
			// strikes makes them
			attacker := (ev.typ == "ATTACK" || ev.typ == "SANCTION") && d.agentiveModifier(at, n, si) || ev.typ == "SANCTION" && d.targetNamedAfter(si, o)
			if ev.typ == "ELECTION" {
				// "the 2019 European Parliament election": the body
				// elected takes part in it; it does not win it
				subj = slices.DeleteFunc(subj, func(e int) bool {
					switch d.ents[e].kind {
					case polgraph.KindOrganization:
						ev.add(e, "participant")
						return true
					case polgraph.KindCountry, polgraph.KindPlace:
						ev.add(e, "place") // "Austria's election": held there, and who won it is still to find
						return true
					}
					return false
				})
				if len(subj) == 0 {
					subj = nil // who won it, the verb's subject, is still to find
				}
			}
			light, undergoes := false, false
			if lv := d.lightVerbBefore(si, o.i, left); ev.typ == "MEETING" && lv >= 0 && len(subj) > 0 && !slices.ContainsFunc(subj, func(e int) bool { return d.ents[e].kind != polgraph.KindOrganization }) {
				// "Poland hosted a NATO summit": the body names the
				// forum, which takes part; the host holds it
				if host := d.subjectIn(si, left, lv, rel); len(host) > 0 && !slices.ContainsFunc(host, func(e int) bool { return slices.Contains(subj, e) }) {
					for _, e := range subj {
						ev.add(e, "participant")
					}
					subj, light = host, true
				}
			}
			if subj == nil && ev.typ == "MEETING" && d.lightVerbBefore(si, o.i, left) < 0 {
				// "X laid a wreath on a visit to Kenya": who does what
				// the visit is the occasion of makes the visit (a verb
				// that carries the noun, "arrived on a visit", is read
				// below)
				if x, w := d.triggerTree(si, o.i, o.n); x != nil {
					if v := x.occasionOf(w, true); v >= 0 && x.token(v) >= left && x.token(v) < o.i {
						subj, light = d.subjectIn(si, left, x.token(v), rel), true
					}
				}
			}
			if subj == nil && ev.typ == "MEETING" && d.lightVerbBefore(si, o.i, left) < 0 && !d.definite(ev) {
				// "said after talks with X": who speaks held them; not
				// "said after the meeting", told before with its sides,
				// which the speaker may only have attended
				if x, w := d.triggerTree(si, o.i, o.n); x != nil {
					if h := d.occasionHolders(si, x, w); len(h) > 0 {
						subj, light = h, true
					}
				}
			}
			if len(subj) == 0 && ev.typ == "MEETING" && d.lightVerbBefore(si, o.i, left) < 0 {
				// "Holm spoke at the summit", "speaking at the summit,
				// Holm said", "Holm told the meeting": who speaks at a
				// gathering or to it takes part in it
				if x, w := d.triggerTree(si, o.i, o.n); x != nil {
					if at, others := d.speakersAt(si, x, w); len(at) > 0 {
						subj, light = at, true
						for _, e := range others {
							ev.add(e, "participant") // "in a phone call, Holm told Dorn"
						}
					}
				}
			}
			if placed, placers := d.placedUnder(si, o, ev.typ); len(placed) > 0 {
				for _, e := range placed {
					ev.add(e, objectRole[ev.typ]) // "placed Ali Bongo under house arrest": he is arrested
				}
				if len(placers) > 0 {
					subj = placers
				}
				subj, light = slices.DeleteFunc(subj, ev.has), true // "EU sanctions": the EU's, still
			}
			if subj == nil {
				if p := d.plotters(si, o); len(p) > 0 {
					subj, light = p, true // "the attacks were plotted by Ivo Dorn": his
				}
			}
			lv := d.lightVerbBefore(si, o.i, left)
			if lv < 0 {
				lv = d.organiserVerb(si, o, left) // "the union called a strike": the union holds it
			}
			if subj == nil && lv >= 0 {
				// "The Justice Department opened an investigation": who
				// opened it leads it; who "faced an investigation" or
				// "survived a vote" undergoes it
				subj, light = d.subjectIn(si, left, lv, rel), true
				undergoes = undergoingVerbs[d.toks[lv].lower]
				if undergoes && len(subj) == 0 {
					// "the government of Prime Minister X survived a
					// confidence vote": the leader it is named after
					// undergoes it
					if p := d.governmentLeaderIn(si, left, lv); p >= 0 {
						subj = []int{p}
					}
				}
				for _, p := range d.destinations(si, lv) {
					ev.add(p, "place") // "travelled to Beijing for talks": the talks were held there
				}
				if len(subj) == 0 && crowdTypes[ev.typ] {
					for _, p := range d.crowdPlacesAt(si, lv) {
						ev.add(p, "place") // "teachers in France held a nationwide strike": held there
					}
				}
				if len(subj) == 0 && !undergoes {
					if inst := d.institutionOf(si, d.subjectStart(si, lv, left), lv); len(inst) == 1 && d.ents[inst[0]].kind == polgraph.KindPlace {
						ev.add(inst[0], "place") // "prosecutors in Riga opened an inquiry": a town's prosecutors act there
					}
				}
			} else if subj == nil {
				subj = d.relativeCarrier(si, o) // "a protest she led in January"
				light = len(subj) > 0
			}
			if (subj == nil || undergoes) && ev.typ == "ELECTION" {
				// "Mahama lost the 2016 and 2020 elections to X": who
				// wins an election is its agent, who loses or contests it
				// a participant
				for _, c := range d.contenders(si, o) {
					ev.add(c.ent, c.role)
				}
			}
			if (objectRole[ev.typ] == "patient" && !light || undergoes) && len(subj) > 0 {
				for _, e := range subj { // "his release": he is released
					if attacker && d.ents[e].kind != polgraph.KindPerson {
						continue // "Israeli air strikes", "Hamas's attack": a state or a group strikes; "Dorn's assassination" is done to him
					}
					if ev.typ == "ATTACK" && d.ents[e].kind == polgraph.KindPlace {
						continue // "the Nairobi bombing": where it struck, as "the bombing in Nairobi"
					}
					ev.add(e, objectRole[ev.typ])
				}
				subj = slices.DeleteFunc(subj, ev.has)
			}
			if len(subj) > 0 && ev.typ != "INTERFERENCE" && ev.typ != "SANCTION" {
				// "the Varovia talks" were held there; a state that
				// "put out a statement" made it
				// two states joined ("Russian-Ukrainian talks") are its sides
				k0 := d.ents[subj[0]].kind
				// "Russia's accusation", "Moscow's denial": a state that
				// owns what is said says it, as a person who owns it does
				speaker := k0 == polgraph.KindCountry && (spokenTypes[ev.typ] || claimTypes[ev.typ]) && o.i-1 > s.first && d.toks[o.i-1].lower == "'s"
				// a state that holds an election holds it at home: "Hungary
				// held a referendum on Sunday"
				held := light && ev.typ == "ELECTION"
				if k := d.ents[subj[0]].kind; k == polgraph.KindPlace || k == polgraph.KindCountry && (!light || held) && !attacker && !speaker && len(subj) == 1 {
					for _, e := range subj {
						ev.add(e, "place")
					}
					subj = nil
				}
			}
		}
		obj, by, places := d.objectsIn(si, o.i+o.n, right, ev.typ, o.t.noun)
		if o.t.noun {
			if a, b := d.participleClause(si, o.i+o.n, right); a >= 0 {
				// "in a referendum on Sunday, dealing a blow to President
				// X": whom the outcome's clause names, not the vote's
				only := func(e int) bool { return d.onlyNamedIn(si, e, o.i+o.n, right, a, b) }
				obj, by, places = slices.DeleteFunc(obj, only), slices.DeleteFunc(by, only), slices.DeleteFunc(places, only)
			}
		}
		if o.t.noun && len(subj) == 0 && spokenTypes[ev.typ] {
			if s := d.speakerOfStatementIn(si, o); len(s) > 0 {
				subj, obj = s, nil // "In a statement, X praised": X's statement, about no one it names
			}
		}
		// the tree decides where it names someone; where it finds no one
		// (a parse gone astray, a name it cannot reach) the windows'
		// reading stands
		treeSubj, treeObj, antecedent := false, false, false
		var leftBody []int
		if !o.t.noun && o.t.words[0] != "as" {
			if a, ok := d.argsFromTree(si, o, ev.typ); ok {
				// a participle read as modifying a noun is passive only
				// where the windows see a reduced relative too: "His party,
				// the Civic Alliance, called for" is no one calling it
				passive = a.passive && (a.marked || passive) || a.participle && len(a.by) > 0 // "a report published by Amnesty"
				if beForms[o.t.words[0]] {
					// the table words the voice itself: "was elected"
					// names who won; "was named" who was given the
					// office, what an appointment is done to
					passive = objectRole[ev.typ] == "patient"
				}
				if treeSubj = len(a.subj) > 0; treeSubj || a.participle || a.unnamed {
					// a participle on a noun no one is named by has no
					// subject the windows could find: "every contract
					// signed by the ministry"
					subj, relative, treeSubj = a.subj, a.relative, true
				}
				antecedent = a.antecedent
				if treeObj = len(a.obj) > 0 || a.antecedent || a.partLeft || a.objUnnamed && objectRole[ev.typ] == "patient"; treeObj {
					obj = a.obj
				}
				if len(a.by) > 0 || len(a.places) > 0 || a.antecedent {
					by, places = a.by, a.places // a relative clause's own, not the sentence's after it
				}
				leftBody = a.left
				if o.t.speech || ev.typ == "STATEMENT" {
					// who is told, and where: the names inside what was
					// said, warned against or promised are not the
					// statement's participants
					obj, by, places, treeObj = a.obj, a.by, a.places, true
				} else if takesClause[ev.typ] && ev.typ == "REPORT" {
					// "reported that Russia had interfered in the vote in
					// Dunmere": the town is where the act reported was, not
					// where the report was; only the verb's own places are
					// the report's ("In Dunmere, the Herald reported")
					places = a.places
				}
			}
		}
		if o.t.noun {
			if doers, against, ok := d.lightVerbDoneBy(si, o, ev.typ); ok {
				// "The accusations were made last week by the website
				// Lumen": who made them accuses; the one they are against
				// is their target, no one else the sentence names
				subj, obj, treeSubj, treeObj, passive = doers, against, true, true, false
			}
			if doers, ok := d.claimedBy(si, o); ok && ev.typ == "ATTACK" {
				// "the bombing was claimed by the Karvan Front": who
				// claims it did it, whom the noun's own words left out
				subj, treeSubj, passive = doers, true, false
			}
		}
		if o.t.authored && ev.typ == "REPORT" {
			if x, w := d.tokenTree(si, o.i+o.n-1); w >= 0 {
				if doers := d.publishedBy(si, x, w); len(doers) > 0 {
					subj, treeSubj = doers, true // "observers from the OSCE issued their findings": the OSCE's report
				}
			}
		}
		by = slices.DeleteFunc(by, func(e int) bool { return d.onlyInJoinedVerb(si, o, e, right) })
		var removed, removers []int // "Serrat replaced Dorn with Rask": Dorn, removed by Serrat
		if o.t.undergo {
			passive, by = true, nil // the subject undergoes it; no one named does it
			if p := d.replacedBy(si, o.i, o.n); p >= 0 && ev.typ == "APPOINTMENT" {
				subj = []int{p} // "she was replaced by Holm": Holm takes her post; she takes no part
			}
			if givers, next, left := d.substitution(si, o.i, o.n); len(next) > 0 && ev.typ == "APPOINTMENT" {
				subj, by = next, givers // "Serrat replaced Dorn with Rask": Rask is appointed, by Serrat
				removed, removers = left, givers
			}
		}
		conferred := false
		if givers, getters, ok := d.conferredOn(si, o, ev.typ); ok && o.t.noun && objectRole[ev.typ] == "patient" {
			// "Kolev was given a suspended sentence", "Kolev received a
			// two-year sentence": the sentence is passed on him, whatever
			// the noun's subject otherwise undergoes, and he is no speaker
			// of it; who gives it passes it
			subj, obj, by, treeSubj, treeObj, passive, conferred = givers, getters, nil, true, true, false, true
		}
		if len(obj) == 0 && !passive && !treeObj && (objectRole[ev.typ] == "patient" || objectRole[ev.typ] == "target") {
			obj = d.firstPerson(si, o.i+o.n, right) // "searched for a suspect identified as X"
		}
		if !treeObj && len(subj) > 0 {
			// where the event has a doer of its own; one with none still
			// reads the window ("The motion was carried by 110 votes to
			// 79, and Lim was escorted from the chamber": the vote on him)
			obj = slices.DeleteFunc(obj, func(e int) bool { return d.onlySubjectOfLaterClause(si, o, e, right) })
		}
		if !treeObj && o.t.noun && objectRole[ev.typ] != "patient" && objectRole[ev.typ] != "target" {
			// what an investigation found names whom it is into ("an
			// investigation by The Guardian found that Dal had met"); what
			// a resignation showed names no body resigned from
			obj = slices.DeleteFunc(obj, func(e int) bool { return d.onlyInClauseOfNounsVerb(si, o, e, right) })
		}
		if !treeObj && !o.t.noun {
			obj = slices.DeleteFunc(obj, func(e int) bool {
				return d.ents[e].kind == polgraph.KindPerson && objectRole[ev.typ] == "patient" && d.onlyInObliqueOfThing(si, o, e, right) ||
					d.onlyInActOf(si, o, e, right) || d.onlyInVehicle(si, o, e, right) || crowdTypes[ev.typ] && d.onlyBesideDoers(si, o, e, right) || d.onlyInRelativeOnVerb(si, o, e, right) || stanceTypes[ev.typ] && (d.onlyPatientOfActNoun(si, o, e, right) || d.onlyWhereActWas(si, o, e, right))
			})
		}
		if o.t.winner {
			// "the commission declared Ada Holm the winner": she won;
			// the commission declares, and takes no part in the election
			x := d.syntaxOf(si)
			subj, by, obj, treeObj, passive = nil, nil, d.entsAt(si, x, d.declaredWinner(si, o.i, o.n), ev.typ), true, false
		}
		agentRole := "agent"
		if ev.typ == "REPORT" {
			agentRole = "source"
		}
		if o.t.contest {
			agentRole = d.contestRoles(si, o, ev) // "lost his seat to X": the loser takes part, X won
		}
		if len(subj) == 0 && !o.t.noun {
			subj = d.institutionOf(si, left, o.i)
			if r, ok := doerSenses[doerSenseForms[o.t.words[0]]]["police"]; ok && len(subj) > 0 {
				ev.typ = r.typ // "police in X raided", where the parse misses the subject
			}
			if len(subj) == 1 && d.ents[subj[0]].kind == polgraph.KindPlace {
				ev.add(subj[0], "place") // a town's police are not the town acting
				subj = nil
			}
		}
		oRole := objectRole[ev.typ]
		if o.t.objectRole != "" {
			oRole = o.t.objectRole
		}
		if passive {
			if len(subj) == 0 && left > s.first && !relative && !treeSubj {
				subj = d.subjectIn(si, s.first, o.i, rel) // not for "a Libyan who was questioned"
			}
			if len(subj) == 0 && !relative {
				subj = d.ownersOfActUndergoing(si, o, ev.typ) // "Veer's conviction was overturned": done to Veer
			}
			if ev.typ == "ATTACK" && !o.t.noun {
				// "A school in Hrudne was shelled", "a checkpoint near
				// Kopany came under fire": the town of what was struck is
				// where the attack was
				places = append(places, d.placesOfStruck(si, o)...)
			}
			for _, e := range subj {
				if k := d.ents[e].kind; ev.typ == "ELECTION" && (k == polgraph.KindPerson || k == polgraph.KindParty) {
					ev.add(e, agentRole) // "X was re-elected": who is elected wins
					continue
				}
				if ev.typ == "ATTACK" && d.ents[e].kind == polgraph.KindPlace {
					places = append(places, e) // "Hrudne came under fire": where, as a town shelled is
					continue
				}
				ev.add(e, oRole)
			}
			for _, e := range by {
				ev.add(e, agentRole)
			}
			obj = nil // "released on Thursday, the ministry said": not what was released
		} else {
			if o.t.noun && len(subj) == 0 && len(by) > 0 {
				subj, by = by, nil // "a statement by X": X made it
			}
			for _, e := range subj {
				ev.add(e, agentRole)
			}
			if !treeObj || len(obj) == 0 {
				// "plotted by X" inside a reported clause; where the tree
				// gives an active verb its object, a "by" it hangs on the
				// verb is a noun's it missed ("summoned the ambassador
				// over remarks by a lawmaker"), which names no one done to
				for _, e := range by {
					if !o.t.noun && d.onlyInParticipleOnPhrase(si, o, e, right) {
						ev.add(e, "participant") // "exchanged prisoners in a swap brokered by Qatar": Qatar brokered it
						continue
					}
					obj = append(obj, e)
				}
			}
		}
		for _, e := range leftBody {
			ev.add(e, "organization")
		}
		if !antecedent && !conferred { // "Nagy, whom Torok accused of treason, said": the noun the clause is on is its object
			obj = d.notSpeakers(si, obj, o.i) // "Police detained 20 people, Memorial said"
		}
		if ev.typ == "INTERFERENCE" || ev.typ == "ATTACK" || ev.typ == "ELECTION" || ev.typ == "PROTEST" {
			for _, e := range obj {
				if ev.typ == "PROTEST" && d.listedAfter(si, e, "from") && !d.namedRightBefore(si, e, "to") {
					// "protests and warnings from Washington": where the
					// warning came from, not where a protest was held; but
					// "protests from Paris to Lyon" went through Paris
					continue
				}
				// a town attacked is where it happened; a country the tree
				// makes the object ("shelled Armenia") or an attack is
				// "on" or "against" ("an attack on Israel", "an offensive
				// against Armenia") what it was done to, as is one whose
				// people were ("the killing of nine Iranian diplomats")
				if k := d.ents[e].kind; k == polgraph.KindPlace || k == polgraph.KindCountry && !(ev.typ == "ATTACK" && (treeObj || d.namedAfter(si, e, "on") || d.namedAfter(si, e, "against") || d.namedBetween(si, e) || d.peopleOf(si, o.i+o.n, e))) {
					places = append(places, e)
				} else if d.namedBetween(si, e) {
					ev.add(e, "participant") // "clashes between A and B": each side does it and undergoes it
				} else if oRole == "place" {
					ev.add(e, "target") // "a campaign targeting Ana Holm": a person, a party or a body is no place
				} else {
					ev.add(e, oRole)
				}
			}
		} else {
			for _, e := range obj {
				if placeObjectTypes[ev.typ] && d.ents[e].kind == polgraph.KindPlace {
					places = append(places, e) // "visited Kyiv", "a police raid on a flat in the city of Dresk": where, not whom
					continue
				}
				if ev.typ == "LEGAL_ACTION" && d.court(e) {
					ev.add(e, "participant") // "petitioned the High Court": the court hears it, nothing is done to it
					continue
				}
				if ev.typ == "SANCTION" && d.ents[e].kind == polgraph.KindPlace && d.namedAfter(si, e, "from") {
					places = append(places, e) // "recalled its envoy from Vilnius": where he served, not whom it strikes
					if c := d.ents[e].capitalOf; c != nil {
						ev.add(d.countryEntity(c.Country), oRole) // "recalled its ambassador from Minsk": the state he was posted to is struck
					}
					continue
				}
				if personalTypes[ev.typ] && oRole == "patient" && d.ents[e].kind == polgraph.KindPlace {
					continue // "detained a lawmaker suspected of taking money from Moscow": no town is detained
				}
				if o.t.noun && spokenTypes[ev.typ] && slices.Contains(d.media, e) && (d.listedAfter(si, e, "to") || d.listedAfter(si, e, "with")) {
					// "a statement to Reuters": whom it was told, not whom it
					// is about (a verb's "in an interview with X" is
					// onlyInVehicle's)
					continue
				}
				ev.add(e, oRole)
			}
		}
		if ev.typ == "SANCTION" {
			places = slices.DeleteFunc(places, func(e int) bool {
				if d.ents[e].kind == polgraph.KindCountry && d.onlyInOnPhrase(si, o, e, right) {
					ev.add(e, oRole) // "a ban on lorries registered in Belarus": the state whose goods it strikes
					return true
				}
				return false
			})
		}
		// "voted on a bill that would ban strikes in Velbrook": where the
		// bill's act would be, not where the vote was
		places = slices.DeleteFunc(places, func(e int) bool {
			return d.onlyInClauseOnArgument(si, o, e, right) || d.onlyInResidence(si, o, e, right)
		})
		for _, e := range places {
			ev.add(e, "place")
		}
		if !o.t.noun && !ev.hasRole("place") {
			if p := d.placeThere(si, o.i+o.n, right); p >= 0 {
				ev.add(p, "place") // "Twenty-three people were arrested there"
			}
		}
		if ev.speech && (d.outletSpeaks(ev) || d.reportSays(si, o)) {
			ev.typ = "REPORT" // "the newspaper Uhuru said", "a report by Amnesty said": a report
			for k := range ev.parts {
				if ev.parts[k].role == "agent" {
					ev.parts[k].role = "source"
				}
			}
			if a, ok := d.argsFromTree(si, o, ev.typ); ok && !o.t.noun {
				for _, e := range a.obj {
					ev.add(e, "target") // "Le Monde said X had met": a report on X, as "reported that" is
				}
			}
		}
		if o.t.crowdTarget {
			// "Serbian police used water cannon against protesters": the
			// police end the protest, they do not hold it
			ev.parts = slices.DeleteFunc(ev.parts, func(p part) bool { return p.role == "agent" })
		}
		if ev.typ == "ELECTION" && !o.t.noun && d.missedInTree(si, o) {
			for k := range ev.parts {
				if ev.parts[k].role == "agent" {
					ev.parts[k].role = "participant" // "failed to win re-election": she ran and lost
				}
			}
		}
		if ev.typ == "ELECTION" {
			d.electoratePlace(ev, si)
		}
		if ev.typ == "ELECTION" && len(ev.parts) == 0 {
			d.electionPlace(ev, si)
		}
		if ev.typ == "SANCTION" && strings.HasPrefix(o.t.words[0], "expel") {
			d.partyExpulsion(ev, si)
		}
		if ev.typ == "DISMISSAL" {
			d.stateRemoval(ev)
		}
		if echoed != nil {
			for _, p := range echoed.parts {
				if echoedRoles[p.role] && !ev.has(p.ent) {
					ev.add(p.ent, p.role) // "Canada followed suit": sanctioned whom the act it follows sanctioned
				}
			}
		}
		if !o.t.noun {
			d.dropAskedAbout(si, o, ev)
		}
		if o.t.noun { // "and advised" shares the subject of the verb before, not of a noun
			ev.status = d.statusOf(si, o.i, occ[:k], occ[k+1:], ev)
			d.events = append(d.events, ev)
			continue
		}
		prevAgent, prevPatient = nil, nil
		for _, p := range ev.parts {
			if p.role == agentRole {
				prevAgent = append(prevAgent, p.ent)
			}
			if passive && p.role == objectRole[ev.typ] && slices.Contains(subj, p.ent) {
				prevPatient = append(prevPatient, p.ent)
			}
		}
		ev.status = d.statusOf(si, o.i, occ[:k], occ[k+1:], ev)
		d.events = append(d.events, ev)
		if ev.typ == "APPOINTMENT" && len(removed) > 0 {
			// "Serrat replaced Dorn with Rask": Dorn is removed, by Serrat
			out := *ev
			out.typ, out.parts = "DISMISSAL", nil
			for _, e := range removed {
				out.add(e, "patient")
			}
			for _, e := range removers {
				out.add(e, "agent")
			}
			d.events = append(d.events, &out)
		}
	}
}

// dropAskedAbout takes from the event of verb trigger o the participants
// named only in a question its verb asks ("asked whether she had met the
// Russian ambassador in Kavran"): what is asked about has not happened to
// them, and the event is the asking.
func (d *doc) dropAskedAbout(si int, o occurrence, ev *event) {
	x, v := d.verbTriggerAt(si, o.i, o.n)
	if v < 0 {
		return
	}
	var questions []int
	for _, c := range x.childrenWith(v, "ccomp") {
		if m := x.markOf(c); m == "whether" || m == "if" {
			questions = append(questions, c)
		}
	}
	if len(questions) == 0 {
		return
	}
	ev.parts = slices.DeleteFunc(ev.parts, func(p part) bool {
		return p.role != "agent" && d.namedOnlyUnder(si, x, o.i+o.n, d.sents[si].last, p.ent, questions)
	})
}

// peopleOf reports whether sentence si names country e after token from
// only as the nationality of people ("nine Iranian diplomats"): its
// people, not its ground.
func (d *doc) peopleOf(si, from, e int) bool {
	named := false
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.ent != e || m.first < from {
			continue
		}
		if m.via != "demonym" || m.last >= d.sents[si].last || !collectiveNouns[d.toks[m.last].lower] && !personNouns[d.toks[m.last].lower] {
			return false
		}
		named = true
	}
	return named
}

// namedAfter reports whether sentence si names entity e right after the
// word w.
func (d *doc) namedAfter(si, e int, w string) bool {
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.ent == e && m.first > d.sents[si].first && d.toks[m.first-1].lower == w {
			return true
		}
	}
	return false
}

// namedRightBefore reports whether entity e is named in sentence si right
// before word w.
func (d *doc) namedRightBefore(si, e int, w string) bool {
	return slices.ContainsFunc(d.sentMents[si], func(mi int) bool {
		m := &d.ments[mi]
		return m.ent == e && m.last < d.sents[si].last && d.toks[m.last].lower == w
	})
}

// listedAfter reports whether entity e is named right after word w (a
// "the" between), or in a list that w opens ("from Washington and
// Brussels").
func (d *doc) listedAfter(si, e int, w string) bool {
	ms, first := d.sentMents[si], d.sents[si].first
	for k, mi := range ms {
		if d.ments[mi].ent != e {
			continue
		}
		for m := &d.ments[mi]; m.first > first; m = &d.ments[ms[k]] {
			p := m.first - 1
			if d.toks[p].lower == "the" && p > first {
				p--
			}
			if d.toks[p].lower == w {
				return true
			}
			sep := d.toks[m.first-1].lower
			if k == 0 || sep != "and" && sep != "," || d.ments[ms[k-1]].last != m.first-1 {
				break
			}
			k--
		}
	}
	return false
}

// namedBetween reports whether entity e is named in a "between X and Y"
// phrase of sentence si: clashes between two states are theirs, not where
// they happened.
func (d *doc) namedBetween(si, e int) bool {
	ms := d.sentMents[si]
	for k, mi := range ms {
		m := &d.ments[mi]
		if m.ent != e || m.first == d.sents[si].first {
			continue
		}
		switch d.toks[m.first-1].lower {
		case "between":
			return true
		case "and":
			if k > 0 && d.ments[ms[k-1]].last == m.first-1 && d.namedAfter(si, d.ments[ms[k-1]].ent, "between") {
				return true
			}
		}
	}
	return false
}

// rightBreaks end the clause after a trigger.
var rightBreaks = set("after before while because as when although though but whereas until")

// commaBefore is the comma that opens the speaker of a reporting verb at
// token j, among the eight tokens before it and after token from: the
// last one (", the ministry said"), or where commas set the speaker off
// as a name and a description in apposition (", its chairwoman, Abena
// Owusu, said"), the one before both. It is j when there is none.
// participleClause is the span [a, b) of tokens in [from, to) of sentence
// si that a participle's clause after a comma takes up ("…, dealing a
// blow to President X", "…, handing a victory to Y"), or -1, -1: what
// the clause does is the sentence's outcome, and whom it names no party
// to what came before it.
func (d *doc) participleClause(si, from, to int) (a, b int) {
	for j := from; j+1 < to; j++ {
		if d.toks[j].text != "," {
			continue
		}
		if x, w := d.wordAt(si, j+1); w >= 0 && x.tree.XPOS[w] == "VBG" && x.isVerb(w) && x.baseRel(w) == "advcl" {
			last := w
			for _, k := range x.subtree(w, nil) {
				last = max(last, k)
			}
			end := x.token(last) + 1
			for k := j + 2; k+1 < end; k++ {
				if d.toks[k].text == "," && (d.toks[k+1].lower == "and" || d.toks[k+1].lower == "but") {
					return j, k // "…, winning 41 seats, and Mwangi came third": a clause of its own, whatever the parse joins it to
				}
			}
			return j, end
		}
	}
	return -1, -1
}

// onlyNamedIn reports whether entity e is named in tokens [from, to) of
// sentence si only inside [a, b).
func (d *doc) onlyNamedIn(si, e, from, to, a, b int) bool {
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.first >= from && m.last <= to && (m.first < a || m.first >= b) && slices.Contains(d.refs(m), e) {
			return false
		}
	}
	return true
}

func (d *doc) commaBefore(si, from, j int) int {
	c := j - 1
	for c >= from && c >= j-8 && d.toks[c].text != "," {
		c--
	}
	if c < from || c < j-8 {
		return j
	}
	if c != j-1 {
		return c
	}
	start := c // the comma before the segments read so far
	for seg := 0; seg < 2; seg++ {
		b := start - 1
		for b >= from && b >= start-6 && d.toks[b].text != "," {
			b--
		}
		if b < from || b < start-6 || !d.speakerSegment(si, b+1, start) {
			break
		}
		start = b
	}
	return start
}

// speakerSegment reports whether tokens [i, k) are a name or a short
// description of someone ("its chairwoman", "the party's spokesman"), as
// set off by commas before a reporting verb; not a clause's end ("Police
// arrested Ivo Dorn").
func (d *doc) speakerSegment(si, i, k int) bool {
	if m := d.mentionOver(si, i); m != nil && m.first == i && m.last == k && m.named() {
		return i == 0 || !d.objectBefore(i)
	}
	for x := i; x < k; x++ {
		t := &d.toks[x]
		if t.kind != tokWord || t.cap && !commonWords[t.lower] || t.lower != "'s" && strings.HasSuffix(t.lower, "ed") {
			return false
		}
	}
	return k > i && (determiners[d.toks[i].lower] || possessives[d.toks[i].lower])
}

// objectBefore reports a verb right before token i, whose object a name
// there is ("Police arrested Ivo Dorn, Ana Holm said").
func (d *doc) objectBefore(i int) bool {
	t := &d.toks[i-1]
	return t.kind == tokWord && !t.cap && (strings.HasSuffix(t.lower, "ed") || carriesNoun(t.lower))
}

// reportingTail returns the comma that opens a sentence-final reporting
// clause (", the ministry said."), or -1.
func (d *doc) reportingTail(si int) int {
	s := &d.sents[si]
	for j := s.last - 1; j > s.first && j >= s.last-8; j-- {
		switch d.toks[j].lower {
		case "said", "says", "reported", "reports", "told", "added", "announced", "stated":
			if c := d.commaBefore(si, s.first+1, j); c < j { // ", the Committee to Protect Journalists said."
				return c
			}
			return -1
		}
	}
	return -1
}

// finalReportingClause reports a reporting verb closing its sentence after
// a comma: "..., a broadcaster reported on Monday."
func (d *doc) finalReportingClause(o occurrence, si int) bool {
	s := &d.sents[si]
	comma := false
	for j := o.i - 1; j >= s.first && j >= o.i-4; j-- {
		if d.toks[j].text == "," {
			comma = true
			break
		}
	}
	if !comma {
		return false
	}
	for j := o.i + o.n; j < s.last; j++ {
		if t := &d.toks[j]; t.kind == tokPunct && t.text != "." || j > o.i+o.n+3 {
			return false
		}
	}
	return true
}

// shareWords before "of the vote" make it a share of the votes cast.
var shareWords = wordSet("share_words.txt")

// lightVerbs carry an event told by its noun: "opened an investigation",
// "imposed sanctions", "held talks".
var lightVerbs = wordSet("light_verbs.txt")

// undergoingVerbs carry an event told by its noun that their subject
// undergoes: "faced an investigation", "survived a no-confidence vote".
var undergoingVerbs = wordSet("undergoing_verbs.txt")

// contestingVerbs tell the outcome of an event told by their object's
// noun: "won the parliamentary election on Sunday" dates the election.
var contestingVerbs = wordSet("contesting_verbs.txt")

// elicitingVerbs date the reaction their object's noun tells
// (data/words/eliciting_verbs.txt).
var elicitingVerbs = wordSet("eliciting_verbs.txt")

// carriesNoun reports a verb that carries an event told by its noun.
func carriesNoun(w string) bool { return lightVerbs[w] || undergoingVerbs[w] }

// sequenceVerbs relate two happenings by order or cause
// (data/words/sequence_verbs.txt).
var sequenceVerbs = wordSet("sequence_verbs.txt")

// subjectNounEnd is the token after the phrase of noun trigger o where
// the tree makes it the subject of a verb of sequence or of one that
// draws a reaction (elicitingVerbs): what follows the verb is another
// happening ("the vote followed a report by the agency", "the arrest
// sparked protests in Minsk", "the visit drew protests from China") and
// names no one of its own. It is -1 for any other trigger.
func (d *doc) subjectNounEnd(si int, o occurrence) int {
	x, w := d.triggerTree(si, o.i, o.n)
	if w < 0 || !o.t.noun || x.baseRel(w) != "nsubj" || x.head(w) < 0 || !x.isVerb(x.head(w)) || !sequenceVerbs[x.lemma(x.head(w))] && !elicitingVerbs[strings.ToLower(x.tree.Words[x.head(w)])] {
		return -1
	}
	return x.token(slices.Max(x.subtree(w, nil))) + 1
}

// relativeCarrier is who does what the noun trigger o tells, where a
// relative clause on the noun carries it with a light verb ("a protest
// she led in January", "the talks they held in Doha", "the tariffs,
// which Washington imposed on Monday"): the clause's subject; nil for
// none.
func (d *doc) relativeCarrier(si int, o occurrence) []int {
	x, w := d.triggerTree(si, o.i, o.n)
	if w < 0 {
		return nil
	}
	for _, v := range x.childrenWith(w, "acl:relcl") {
		if !lightVerbs[strings.ToLower(x.tree.Words[v])] || len(x.ownObjects(v)) > 0 {
			continue // "the protest that led to clashes": the noun is the subject
		}
		var out []int
		for _, s := range x.childrenWith(v, "nsubj") {
			out = appendNew(out, d.entsAt(si, x, s, "")...)
		}
		return out
	}
	return nil
}

// targetNamedAfter reports a noun trigger o that the tree gives a phrase
// of whom it targets ("on Iran", "against Belarus"): a name that
// modifies the noun is then who imposes it, not who it is imposed on
// ("US sanctions on Iran", "EU tariffs on Chinese steel").
func (d *doc) targetNamedAfter(si int, o occurrence) bool {
	x, w := d.triggerTree(si, o.i, o.n)
	if w < 0 {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(w, "nmod"), func(c int) bool {
		if cs := x.caseOf(c); cs != "on" && cs != "against" || c < w {
			return false
		}
		m := d.mentionOver(si, x.token(c))
		return m != nil && m.named()
	})
}

// ownObjects are the objects of verb v but a relative pronoun, which
// stands for the noun its clause is on: "which" in "the tariffs, which
// Washington imposed" is the tariffs.
func (x *syntax) ownObjects(v int) []int {
	return slices.DeleteFunc(x.childrenWith(v, "obj"), func(c int) bool { return relativePronouns[strings.ToLower(x.tree.Words[c])] })
}

// plottingVerbs make their doer the author of what their object names
// (data/words/plotting_verbs.txt).
var plottingVerbs = wordSet("plotting_verbs.txt")

// plotters are who plot what the noun trigger o tells, where the tree
// makes the noun the object of a verb of plottingVerbs ("Ivo Dorn
// orchestrated the attack") or the subject of its passive with a "by"
// phrase ("the attacks were plotted by Ivo Dorn"), or who is said to be
// behind it ("Russia was behind the explosion"); nil for none.
func (d *doc) plotters(si int, o occurrence) []int {
	x, w := d.triggerTree(si, o.i, o.n)
	if w < 0 {
		return nil
	}
	doers := x.behind(w)
	if doers == nil {
		if x.head(w) < 0 || !x.isVerb(x.head(w)) || !plottingVerbs[x.lemma(x.head(w))] {
			return nil
		}
		var passive bool
		doers, passive = x.verbDoers(x.head(w))
		if passive != (x.rel(w) == "nsubj:pass") || !passive && x.rel(w) != "obj" {
			return nil
		}
	}
	var out []int
	for _, c := range doers {
		if m := d.mentionOver(si, x.token(c)); m != nil && m.named() {
			out = appendNew(out, d.refs(m)...)
		}
	}
	return out
}

// behind is who is said to be "behind" what noun w tells, the subject of
// the copula it is the predicate of: "Russia was behind the explosion",
// and the one accused in "accused Russia of being behind the explosion".
// It is nil where w is no such predicate.
func (x *syntax) behind(w int) []int {
	if x.caseOf(w) != "behind" || len(x.childrenWith(w, "cop")) == 0 {
		return nil
	}
	if s := x.childrenWith(w, "nsubj"); len(s) > 0 {
		return s
	}
	if v := x.head(w); v >= 0 && accusingLemmas[x.lemma(v)] && x.marked(w, "of") {
		return x.childrenWith(v, "obj")
	}
	return nil
}

// lightVerbBefore is the light verb right before the noun trigger at i
// (across an article or a determiner and one adjective), else the one
// the tree makes the noun the object of, or -1.
func (d *doc) lightVerbBefore(si, i, left int) int {
	for j := i - 1; j >= left && j >= i-3; j-- {
		w := d.toks[j].lower
		if carriesNoun(w) {
			return j
		}
		if !determiners[w] && !(d.toks[j].kind == tokWord && !d.toks[j].cap) {
			break
		}
	}
	// further off, the tree tells: "received a three-year suspended
	// sentence", "travelled to Beijing on Tuesday for talks"; a verb
	// that steps up its object carries it too ("stepped up strikes")
	if x := d.syntaxOf(si); x != nil && x.at(i) >= 0 {
		if v := x.head(x.at(i)); v >= 0 && x.token(v) >= left && x.token(v) < i && (x.rel(x.at(i)) == "obj" && (carriesNoun(strings.ToLower(x.tree.Words[v])) || escalatingVerbs[strings.ToLower(x.tree.Words[v])]) || x.travelledFor(x.at(i))) {
			return x.token(v)
		}
	}
	return -1
}

// organisingVerbs carry a protest told by its noun: who calls it holds
// it (data/words/organising_verbs.txt).
var organisingVerbs = wordSet("organising_verbs.txt")

// organises reports whether verb v carries the protest noun w that it
// calls, as its object or its passive subject: "the union
// called a general strike for Monday", "the strike was called by the
// dockers' union"; not "called the strike illegal", where the verb says
// what the strike is.
func (x *syntax) organises(v, w int) bool {
	if v < 0 || w < 0 || x.head(w) != v || !organisingVerbs[strings.ToLower(x.tree.Words[v])] {
		return false
	}
	if r := x.rel(w); r != "obj" && r != "nsubj:pass" {
		return false
	}
	return len(x.childrenWith(v, "xcomp", "ccomp")) == 0 && len(x.childrenWith(v, "obj")) <= 1
}

// organiserVerb is the verb before noun trigger o of a PROTEST, from token
// left, that calls the protest (organises), or -1.
func (d *doc) organiserVerb(si int, o occurrence, left int) int {
	if o.t.typ != "PROTEST" || !o.t.noun {
		return -1
	}
	x, w := d.nounTriggerAt(si, o.i, o.n)
	if w < 0 {
		return -1
	}
	if v := x.head(w); x.organises(v, w) && x.token(v) >= left && x.token(v) < o.i {
		return x.token(v)
	}
	return -1
}

// subjectStart is the first token of the subject the tree gives the verb
// at token v, or left where it gives none: "people familiar with the
// talks said prosecutors in Riga opened" starts at "prosecutors".
func (d *doc) subjectStart(si, v, left int) int {
	x, w := d.wordAt(si, v)
	if w < 0 {
		return left
	}
	if ss := x.childrenWith(w, "nsubj"); len(ss) > 0 {
		return max(left, x.token(x.phraseStart(ss[0])))
	}
	return left
}

// travelVerbs take their subject somewhere for an event
// (data/words/travel_verbs.txt).
var travelVerbs = wordSet("travel_verbs.txt")

// travelledFor reports a noun w that a verb of travel is "for" or "on":
// its subject goes to take part in it ("flew to Kyiv for talks", "arrived
// in Kyiv on an unannounced visit").
func (x *syntax) travelledFor(w int) bool {
	h := x.head(w)
	return h >= 0 && x.baseRel(w) == "obl" && (x.caseOf(w) == "for" || x.caseOf(w) == "on") && travelVerbs[strings.ToLower(x.tree.Words[h])]
}

// destinations are the places and countries a verb of travel at token
// lv goes "to", or arrives "in".
func (d *doc) destinations(si, lv int) []int {
	x, v := d.wordAt(si, lv)
	if v < 0 || !travelVerbs[strings.ToLower(x.tree.Words[v])] {
		return nil
	}
	var out []int
	for _, c := range x.childrenWith(v, "obl") {
		if p := x.caseOf(c); p != "to" && !(p == "in" && x.lemma(v) == "arrive") {
			continue
		}
		out = append(out, d.placesNamedAt(si, x, c)...)
	}
	return out
}

// nounObjectStarts open a noun phrase object right after a verb.
var nounObjectStarts = set("the a an any all his her their its those these such")

// takesClause are the types whose trigger takes a whole clause as object
// ("reported that ..."): their object runs to the end of the sentence.
var takesClause = map[string]bool{"REPORT": true, "ACCUSATION": true, "DENIAL": true}

// eventID hashes what identifies an event across articles: its type, date
// and principal participants.
func (d *doc) eventID(ev *event) string {
	var ids []string
	for _, p := range ev.parts {
		// whom a statement is made to tells its occasion: "told the
		// Courier" and "said at a rally" the same day are two statements
		// and whom words are aimed at tells them apart: "accused Dorn" and
		// "accused his party" the same day are two accusations
		if p.role == "agent" || p.role == "patient" || (p.role == "participant" || p.role == "target") && spokenTypes[ev.typ] {
			ids = append(ids, d.ents[p.ent].id)
		}
	}
	if len(ids) == 0 {
		for _, p := range ev.parts {
			ids = append(ids, d.ents[p.ent].id)
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	key := ev.typ + "|" + ev.date + "|" + strings.Join(ids, ",")
	if ev.retort {
		key += "|retort"
	}
	if o := d.deniedClaimOwner(ev); o >= 0 {
		// "dismissed a report by Kestrelnews" and "denied that the law
		// targets the press" the same day: whose claim tells them apart
		key += "|of:" + d.ents[o].id
	}
	if ev.apart {
		// an event its type, day and agent would take for another, told
		// in another town: the town tells it apart
		var at []string
		for _, e := range d.townsOf(ev) {
			at = append(at, d.ents[e].id)
		}
		for _, e := range d.othersOf(ev) {
			at = append(at, d.ents[e].id)
		}
		slices.Sort(at)
		key += "|at:" + strings.Join(at, ",")
		if ev.typ == "DENIAL" {
			// "denied meeting the envoy … also denied taking bribes":
			// what each denies tells them apart
			key += "|acts:" + d.deniedActsKey(ev)
		}
	}
	sum := sha256.Sum256([]byte(key))
	return "event/" + hex.EncodeToString(sum[:8])
}

// firstTold is the sentence that first tells kept event ev: its own, or
// an earlier one whose mention was merged into it ("A drone strike on
// Kharkiv killed three people overnight. Russia launched 85 drones at the
// country overnight": the strike is first told by its noun). A definite
// noun ("the accusations") refers to what was told, and tells nothing first.
func (d *doc) firstTold(ev *event) int {
	first := ev.sent
	for _, e := range d.events {
		if e.dropped && e.same != nil && e.sent < first && e.kept() == ev && !(e.noun && d.definite(e)) {
			first = e.sent
		}
	}
	return first
}

func (d *doc) outEvents() []polgraph.Event {
	out := []polgraph.Event{}
	for _, ev := range d.events {
		if ev.dropped {
			continue
		}
		pe := polgraph.Event{
			ID: d.eventID(ev), Type: ev.typ, Precision: polgraph.PrecisionUnknown, Status: ev.status,
			Participants: []polgraph.Participant{}, Confidence: ev.conf, Attribution: ev.attribution,
		}
		if ev.date != "" {
			date := ev.date
			pe.Date, pe.Precision = &date, ev.prec
		}
		for _, p := range ev.parts {
			pe.Participants = append(pe.Participants, polgraph.Participant{Entity: d.ents[p.ent].id, Role: p.role})
			d.ents[p.ent].used = true
		}
		for _, t := range ev.denies {
			if id := d.eventID(t); !slices.Contains(pe.Denies, id) {
				pe.Denies = append(pe.Denies, id)
			}
		}
		s := &d.sents[d.firstTold(ev)]
		pe.Evidence = d.span(s.start, s.end)
		out = append(out, pe)
	}
	return out
}

// partyExpulsion makes an expulsion of a person from a party the sentence
// names a dismissal from it ("a member of the Smer party until he was
// expelled", "the Harbour Union expelled Ivo Dorn", a party no list
// knows); a state expelling a diplomat stays a sanction.
func (d *doc) partyExpulsion(ev *event, si int) {
	person := false
	for _, p := range ev.parts {
		if p.role == "patient" && d.ents[p.ent].kind == polgraph.KindPerson {
			person = true
		}
		if p.role == "agent" && d.ents[p.ent].kind == polgraph.KindCountry {
			return
		}
	}
	if !person {
		return
	}
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.ent >= 0 && d.partyLike(d.ents[m.ent]) {
			ev.typ = "DISMISSAL"
			ev.add(m.ent, "organization")
			return
		}
	}
}

// stateRemoval makes a removal of a state from a body a sanction of the
// state by that body ("Mali was suspended from the African Union",
// "Norland was expelled from the bloc"): a state holds no post to be
// dismissed from, and the body that suspends its membership punishes it,
// as "the African Union suspended Mali" does.
func (d *doc) stateRemoval(ev *event) {
	if !slices.ContainsFunc(ev.parts, func(p part) bool { return p.role == "patient" && d.ents[p.ent].kind == polgraph.KindCountry }) ||
		slices.ContainsFunc(ev.parts, func(p part) bool {
			return (p.role == "patient" || p.role == "agent") && d.ents[p.ent].kind == polgraph.KindPerson
		}) {
		return // a body suspends a state; not "Alarcon dismissed suggestions by U.S. politicians"
	}
	ev.typ = "SANCTION"
	if ev.hasRole("agent") {
		return
	}
	for k := range ev.parts {
		if ev.parts[k].role == "organization" {
			ev.parts[k].role = "agent" // the body it was removed from removed it
		}
	}
}

// awaitingVerbs take as object an event still to come.
var awaitingVerbs = wordSet("awaiting_verbs.txt")

// irrealisVerbs before "to VERB" make the verb's event wished, planned or
// refused, not told: "urged him to resign", "threatened to quit".
var irrealisVerbs = wordSet("irrealis_verbs.txt")

// infinitiveAfterIrrealis reports a trigger at token i that opens an
// infinitive ("to visit", "to be appointed", "to have met") an irrealis
// verb governs: "plans to visit Latvia", "is set to be appointed".
func (d *doc) infinitiveAfterIrrealis(i, first int) bool {
	j := i - 1
	if j > first && infinitiveAuxiliaries[d.toks[j].lower] {
		j--
	}
	return j > first && d.toks[j].lower == "to" && d.irrealisBefore(j, first)
}

// deemingVerbs state what a rule takes to be so
// (data/words/deeming_verbs.txt).
var deemingVerbs = wordSet("deeming_verbs.txt")

// deemedByRule reports a trigger at token i told as what a rule deems in
// the present: "is deemed to have resigned", "shall be considered to have
// vacated"; not "was deemed to have resigned".
func (d *doc) deemedByRule(i, first int) bool {
	j := i - 1
	if j < first || d.toks[j].lower != "have" {
		return false
	}
	if j -= 2; j < first+1 || d.toks[j+1].lower != "to" || !deemingVerbs[d.toks[j].lower] {
		return false
	}
	switch d.toks[j-1].lower {
	case "is", "are", "be":
		return true
	}
	return false
}

// infinitiveAuxiliaries stand between "to" and a participle.
var infinitiveAuxiliaries = set("be have")

// irrealisBefore reports an irrealis verb in the clause before the "to" at
// token to.
func (d *doc) irrealisBefore(to, first int) bool {
	for j := to - 1; j >= first && j >= to-10; j-- { // "invited Polish Foreign Minister X Y to visit"
		t := &d.toks[j]
		if t.kind == tokPunct || clauseBreaks[t.lower] {
			return false
		}
		if irrealisVerbs[t.lower] {
			return true
		}
	}
	return false
}

// tagsQuotedQuestion reports the verb "ask" at tokens [i, i+n) of
// sentence si as the tag of a quoted question that is the sentence
// before, in the same paragraph ("\"You met the envoy twice?\" Rilke
// asked Brenn."), where it asks for nothing of its own: no infinitive,
// clause or "for" phrase ("Rilke asked him to resign" still requests).
func (d *doc) tagsQuotedQuestion(si, i, n int) bool {
	if si == 0 || d.sents[si-1].para != d.sents[si].para || !d.question(si-1) {
		return false
	}
	prev := &d.sents[si-1]
	if !closingQuotes[quoteMark(d.toks, prev.last-1)] && !closingQuotes[d.toks[prev.last-1].text] {
		return false // the question closes its quotation
	}
	x, w := d.triggerTree(si, i, n)
	if w < 0 || n != 1 || x.lemma(w) != "ask" {
		return false
	}
	for _, c := range x.childrenWith(w, "xcomp", "ccomp", "obl", "advcl") {
		if x.baseRel(c) != "obl" || x.caseOf(c) == "for" {
			return false
		}
	}
	return true
}

// wishedInTree reports a trigger that is, or is the object of, an infinitive governed by a verb
// of wishing, asking or planning takes as object: "urged partners to widen
// sanctions", "plans to hold a referendum", through the infinitives between
// ("want the court to let them meet"). Nothing has happened yet.
// questionPut reports "asked" as a clause with no subject of its own set
// before its verb's subject and asking a question ("Asked whether he had
// met her, Holm said", "When asked about the payments, Holm declined to
// comment"): a participle read passive, its subject the one asked, by
// reporters or an interviewer. Press conferences and interviews tell
// their answers so; the question is no request the speaker made.
func (d *doc) questionPut(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	if w < 0 || n != 1 || x.lemma(w) != "ask" || x.baseRel(w) != "advcl" || len(x.childrenWith(w, "nsubj", "nsubj:pass", "aux", "aux:pass", "obj", "iobj")) > 0 {
		return false
	}
	if w+1 < len(x.tree.Words) {
		if kw := strings.ToLower(x.tree.Words[w+1]); kw == "whether" || kw == "if" || wh[kw] && kw != "which" {
			return true // "When asked if she would resign, Dorn laughed", the question's clause hung on the verb
		}
	}
	h := x.head(w)
	subj := slices.IndexFunc(x.childrenWith(h, "nsubj", "nsubj:pass"), func(c int) bool { return c > w })
	if h < w || subj < 0 {
		return false
	}
	for k := w + 1; k < x.childrenWith(h, "nsubj", "nsubj:pass")[subj]; k++ {
		if kw := strings.ToLower(x.tree.Words[k]); (kw == "whether" || wh[kw]) && x.rel(w+1) == "case" {
			return true // "Asked by reporters whether ...", the question's clause misread as the verb's
		}
	}
	for _, c := range x.childrenWith(w, "ccomp", "obl", "advcl") {
		if m := x.markOf(c); m == "whether" || m == "if" {
			return true // "Asked whether/if ..."
		}
		for _, k := range x.childrenWith(c, "case") {
			if p := strings.ToLower(x.tree.Words[k]); p == "about" || p == "on" {
				return true // "Asked about the payments", "Pressed on ..."
			}
		}
		if st := x.phraseStart(c); st > w && wh[strings.ToLower(x.tree.Words[st])] {
			return true // "Asked why he had resigned"
		}
	}
	return false
}

// wh are the words that open an indirect question.
var wh = set("why what who whom when where how which")

func (d *doc) wishedInTree(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	for depth := 0; w >= 0 && depth < 4; depth++ {
		if x.arrangedByBe(w) {
			return true // "is to meet Dorn on Friday", "the aim is to sign a deal": arranged, not done
		}
		h := x.head(w)
		if h < 0 {
			return false
		}
		rel := x.baseRel(w)
		if rel == "advcl" && x.markOf(w) == "to" {
			rel = "xcomp" // "seek the votes of the Alliance to pass the budget", the purpose read as the noun's
		}
		switch rel {
		case "xcomp":
			if hw := strings.ToLower(x.tree.Words[h]); irrealisVerbs[hw] || x.modalOrNegated(h) && !hesitatingVerbs[hw] {
				return true // "may decide to resign", "did not agree to resign"
			}
			w = h // "want the court to let them meet": the wish holds what it lets happen
		case "acl":
			// "urged partners to widen sanctions", parsed with the
			// infinitive on the object the verb of wishing asks
			if g := x.head(h); g >= 0 && x.markOf(w) == "to" && x.baseRel(h) == "obj" {
				return irrealisVerbs[strings.ToLower(x.tree.Words[g])]
			}
			return false
		case "obj", "obl", "nmod", "compound":
			if x.caseOf(w) == "according to" {
				return false // "was due to appear, according to a statement": the statement was made
			}
			if x.baseRel(w) == "obj" && awaitingVerbs[strings.ToLower(x.tree.Words[h])] {
				return true // "is awaiting extradition": still to come
			}
			w = h
		default:
			return false
		}
	}
	return false
}

// arrangedByBe reports a verb told as an arrangement, a duty or an aim by
// a form of "be" right before its infinitive's "to", or before a word of
// irrealisVerbs that leads to it: "the president is to meet Dorn on
// Friday", "Dorn was to sign the deal, but ...", "is due to sign" (which
// the parse may read with "due" the verb's mark), "the aim of the visit is
// to sign a deal", "are to hold talks" (the parse may hang the verb on
// "are"). What was to be done is not told as done; but a later act told
// from before it ("was later to become prime minister") is.
func (x *syntax) arrangedByBe(v int) bool {
	if v < 0 || !x.isVerb(v) {
		return false
	}
	for _, m := range x.childrenWith(v, "mark") {
		if m > v {
			continue
		}
		k := m - 1
		if w := strings.ToLower(x.tree.Words[m]); w != "to" && !irrealisVerbs[w] {
			continue
		}
		if k >= 0 && irrealisVerbs[strings.ToLower(x.tree.Words[k])] {
			k-- // "is due to", "was about to"
		}
		if k < 0 || x.lemma(k) != "be" || strings.ToLower(x.tree.Words[k]) == "be" {
			continue // "will be to blame" is no arrangement
		}
		if k > 0 && sequenceAdverbs[strings.ToLower(x.tree.Words[k-1])] || k+1 < m && sequenceAdverbs[strings.ToLower(x.tree.Words[k+1])] {
			continue
		}
		return true
	}
	return false
}

// missingVerbs take an infinitive their subject tried and did not
// achieve (data/words/missing_verbs.txt).
var missingVerbs = wordSet("missing_verbs.txt")

// missedInTree reports a verb trigger that is the infinitive of a verb
// of missingVerbs ("failed to win re-election"), or the parse's adverbial
// clause of purpose in its place ("failed on Monday to arrest him").
func (d *doc) missedInTree(si int, o occurrence) bool {
	x, w := d.triggerTree(si, o.i, o.n)
	if w < 0 || x.baseRel(w) != "xcomp" && !(x.baseRel(w) == "advcl" && x.markOf(w) == "to") {
		return false
	}
	return x.head(w) >= 0 && missingVerbs[strings.ToLower(x.tree.Words[x.head(w)])]
}

// heldWhenMissed are the event types whose attempt is itself the
// event, so that one who fails at it still took part in one held:
// "failed to win re-election" (an election she lost), "the bill failed to
// pass" (a vote it lost). Others failed at are not done: "police failed
// to arrest him", "failed to meet the envoy".
var heldWhenMissed = set("ELECTION", "VOTE")

// hesitatingVerbs, negated, do what their infinitive tells ("did not
// hesitate to criticise").
var hesitatingVerbs = wordSet("hesitating_verbs.txt")

// prospectNouns name what may come ("threat", "reward").
var prospectNouns = wordSet("prospect_nouns.txt")

// prospectModifiers say an event noun is to come ("planned", "upcoming").
var prospectModifiers = wordSet("prospect_modifiers.txt")

// prospectInTree reports a noun trigger that a word of prospectModifiers
// modifies ("a planned visit"), or that the tree hangs, within four steps
// through prepositions, participles, objects and conjuncts, under a noun of
// prospectNouns: "the threat of NATO air strikes", "a reward for
// information leading to the arrest of the bombers".
func (d *doc) prospectInTree(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	if w >= 0 && slices.ContainsFunc(x.childrenWith(w, "amod", "acl"), func(a int) bool {
		// not "an election expected to be close", "a vote proposed by the
		// opposition", which says what was thought or done of it
		return prospectModifiers[strings.ToLower(x.tree.Words[a])] && len(x.childrenWith(a, "xcomp", "obl:agent")) == 0 &&
			!slices.ContainsFunc(x.childrenWith(a, "obl"), func(c int) bool { return x.caseOf(c) == "by" })
	}) {
		return true // "a planned visit", "the upcoming summit", "an election expected later this year"
	}
	if x.awaitedByPhrase(w, d.dct.Year()) {
		return true // "flew to Tarsk ahead of talks with Dorn", "on the eve of the summit": still to come
	}
	if w >= 0 && (x.baseRel(w) == "nsubj" || x.baseRel(w) == "nsubj:pass") && x.prospectPredicate(w, x.head(w)) {
		return true // "elections are due in October", "the vote is scheduled for May"
	}
	if w >= 0 && x.baseRel(w) == "nmod" && x.caseOf(w) == "in" && x.head(w) >= 0 && prospectNouns[strings.ToLower(x.lemma(x.head(w)))] {
		return false // "rejected the plan in a referendum": the vote the plan met, not one planned
	}
	for depth := 0; w >= 0 && depth < 4; depth++ {
		switch x.baseRel(w) {
		case "obl", "nmod", "obj", "acl", "conj": // "the arrest and conviction of"
		default:
			return false
		}
		if w = x.head(w); w >= 0 && prospectNouns[strings.ToLower(x.lemma(w))] {
			return true
		}
	}
	return false
}

// prospectPhrases set an event noun ahead of the act it is told with
// (data/words/prospect_phrases.tsv).
var prospectPhrases = wordTable("prospect_phrases.tsv", "prospect")

// awaitedByPhrase reports an event noun w that a phrase of prospectPhrases
// sets ahead of the act it hangs on: its preposition alone ("pending
// trial"), or the word it hangs on with it ("ahead of talks", "on the eve
// of the summit", "in the run-up to the vote"), that word itself an
// adverbial or an oblique, not what the verb is done to ("discussed the
// preparation for the summit"). A year of its own before the story's
// ("ahead of the 2019 election") tells one held since.
func (x *syntax) awaitedByPhrase(w, storyYear int) bool {
	if w < 0 || x.baseRel(w) != "obl" && x.baseRel(w) != "nmod" {
		return false
	}
	c := x.caseOf(w)
	if c == "" {
		return false
	}
	found := prospectPhrases[c] != ""
	if h := x.head(w); !found && h >= 0 {
		switch x.baseRel(h) {
		case "obl", "nmod", "advmod", "advcl":
			hw := strings.ToLower(x.tree.Words[h])
			if h >= 2 && x.tree.Words[h-1] == "-" {
				hw = strings.ToLower(x.tree.Words[h-2]) + "-" + hw // "run-up", split by the tokens
			}
			found = prospectPhrases[hw+" "+c] != ""
		}
	}
	return found && !x.yearBefore(w, storyYear)
}

// yearBefore reports a year on noun w, as a number modifying it, before
// year, the story's ("the 2019 election"); none where the story has no date.
func (x *syntax) yearBefore(w, year int) bool {
	return slices.ContainsFunc(x.childrenWith(w, "nummod", "compound", "amod"), func(c int) bool {
		y, err := strconv.Atoi(x.tree.Words[c])
		return err == nil && y >= 1000 && y < year && year > 1
	})
}

// prospectPredicate reports whether h, the predicate of subject w, or a
// word between them is a word of prospectModifiers, with no clause of
// its own: "are due in October" (which the parse may read with "due" a
// case of the month), "is scheduled for May"; not "was expected to fail",
// which says what was thought of the event.
func (x *syntax) prospectPredicate(w, h int) bool {
	if h < 0 || len(x.childrenWith(h, "xcomp", "ccomp")) > 0 {
		return false
	}
	if prospectModifiers[strings.ToLower(x.tree.Words[h])] {
		return true
	}
	return slices.ContainsFunc(x.childrenWith(h, "case", "amod", "advmod"), func(c int) bool {
		return c > w && c < h && prospectModifiers[strings.ToLower(x.tree.Words[c])]
	})
}

// presentVerbInTree reports a word at token i of sentence si that the tree
// reads as a verb in the simple present: in a report's body, a noun
// trigger's form so used tells what someone does by habit, not an event.
func (d *doc) presentVerbInTree(si, i int) bool {
	x, w := d.wordAt(si, i)
	return w >= 0 && x.isVerb(w) && (x.tree.XPOS[w] == "VBZ" || x.tree.XPOS[w] == "VBP")
}

// subjunctiveInTree reports a verb trigger at token i in the mandative
// subjunctive: the base form in a clause "that" marks, with a subject in
// the third person singular and no auxiliary ("demanded that he step
// down", "calls that the minister resign"), which asks for the act, and
// tells of none done.
func (d *doc) subjunctiveInTree(si, i int) bool {
	x, w := d.wordAt(si, i)
	return w >= 0 && x.subjunctive(w)
}

// hearerNoun reports a noun trigger at token i of sentence si that a verb
// of speech takes as whom it tells: its indirect object, or the object of
// "tell" or "inform" ("told the inquiry that", "informed the commission").
func (d *doc) hearerNoun(si, i int) bool {
	x, w := d.wordAt(si, i)
	if w < 0 || x.head(w) < 0 || !x.isVerb(x.head(w)) || !speechWords[strings.ToLower(x.tree.Words[x.head(w)])] {
		return false
	}
	l := strings.ToLower(x.lemma(x.head(w)))
	return x.baseRel(w) == "iobj" || x.baseRel(w) == "obj" && (l == "tell" || l == "inform")
}

// subjunctiveObject reports a noun trigger at token i of sentence si that
// is the object of a verb in the mandative subjunctive ("recommended that
// the government impose sanctions on Russia"): asked for, none imposed.
func (d *doc) subjunctiveObject(si, i int) bool {
	x, w := d.wordAt(si, i)
	return w >= 0 && x.baseRel(w) == "obj" && x.head(w) >= 0 && x.subjunctive(x.head(w))
}

// subjunctive reports verb w in the mandative subjunctive, as
// subjunctiveInTree tells it.
func (x *syntax) subjunctive(w int) bool {
	if !x.isVerb(w) || x.tree.XPOS[w] != "VB" && x.tree.XPOS[w] != "VBP" && !x.baseFormAsPast(w) || len(x.childrenWith(w, "aux", "aux:pass")) > 0 {
		return false
	}
	if h := x.head(w); x.rel(w) == "conj" && h >= 0 && h < w && len(x.childrenWith(w, "nsubj", "mark")) == 0 {
		return x.subjunctive(h) // "that the government impose sanctions and expel two diplomats": the conjunct shares the mood
	}
	if !x.marked(w, "that") {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(w, "nsubj"), func(s int) bool {
		switch strings.ToLower(x.tree.Words[s]) {
		case "he", "she", "it":
			return true
		}
		return x.tree.XPOS[s] == "NN" || x.tree.XPOS[s] == "NNP"
	})
}

// baseFormAsPast reports verb w tagged as a past tense or a third person
// present though its form is its base ("that the government impose
// sanctions", "impose" tagged VBD; "that the government expel them",
// "expel" tagged VBZ): not a form that ends in "-ed", nor one whose past
// is the same word ("cut", "put", "set"; irregularParticiples), which may
// be either.
func (x *syntax) baseFormAsPast(w int) bool {
	l := strings.ToLower(x.tree.Words[w])
	if l != strings.ToLower(x.lemma(w)) {
		return false
	}
	switch x.tree.XPOS[w] {
	case "VBD":
		return !strings.HasSuffix(l, "ed") && !irregularParticiples[l]
	case "VBZ":
		return !strings.HasSuffix(l, "s")
	}
	return false
}

// modalInTree reports a trigger whose clause a modal puts in the future
// or the hypothetical ("would appeal to the Supreme Court", "will hold
// talks"), or a negation denies ("did not resign"): no event happened.
func (d *doc) modalInTree(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	if w >= 0 && !x.isVerb(w) {
		switch x.baseRel(w) {
		case "nsubj":
			if h := x.head(w); x.rel(w) == "nsubj:pass" && h >= 0 && lightVerbs[strings.ToLower(x.tree.Words[h])] {
				w = h // "the next summit will be held in May", "the deal will be signed": the verb that carries it says it is to come
				break
			}
			if !slices.ContainsFunc(x.childrenWith(w, "det"), func(a int) bool { return indefiniteArticles[strings.ToLower(x.tree.Words[a])] }) {
				return false // "the attack could lead to war": one that happened
			}
			w = x.head(w) // "an assault on Rafah could lead to a slaughter": one that may come
		case "obj", "nsubj:pass":
			w = x.head(w) // "would launch an inquiry"
		case "obl":
			if x.caseOf(w) != "in" && !x.travelledFor(w) {
				return false // "will comment after the meeting": held, maybe, before the comment
			}
			w = x.head(w) // "will go to the polls on Sunday in a snap election", "will fly to Tarsk for talks": one yet to be held
		default:
			return false
		}
	}
	return w >= 0 && x.modalOrNegated(w)
}

// modalOrNegated reports a verb a modal puts in the future or the
// hypothetical, or a negation denies.
func (x *syntax) modalOrNegated(w int) bool {
	for _, a := range x.childrenWith(w, "aux") {
		if futureModals[strings.ToLower(x.tree.Words[a])] {
			return true
		}
	}
	for _, a := range x.childrenWith(w, "advmod") {
		if negations[strings.ToLower(x.tree.Words[a])] {
			return true
		}
	}
	return false
}

var negations = set("not n't never")

// conditionalInTree reports a trigger inside a clause the tree opens with
// a conjunction of condition ("if the ministry promised to release him",
// "unless the talks are held"), or of time under a clause still to come
// ("would not resign until the court had ruled"): what may happen, not
// what did (unrealClause).
func (d *doc) conditionalInTree(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	for depth := 0; w >= 0 && depth <= len(x.tree.Head); w, depth = x.head(w), depth+1 {
		if x.baseRel(w) == "advcl" && x.unrealClause(w, d.sents[si].headline) {
			return true
		}
		if x.baseRel(w) == "ccomp" && (x.markOf(w) == "whether" || x.markOf(w) == "if") {
			return true // "asked whether she had met him": a question, not what happened
		}
	}
	return false
}

// unrealSubordinators open an adverbial clause whose event is not told
// as done: always ("condition") or under a clause still to come ("time")
// (data/words/unreal_subordinators.tsv).
var unrealSubordinators = wordTable("unreal_subordinators.tsv", "condition", "time")

// subordinator is the entry of unrealSubordinators that opens adverbial
// clause w, read off the words that end at its mark ("as soon as the
// inquiry is completed", "on condition that the prisoners are freed",
// whose first words the parse hangs elsewhere), the longest that fits;
// "" if none.
func (x *syntax) subordinator(w int) string {
	for _, c := range x.childrenWith(w, "mark", "advmod") {
		if c >= w || x.rel(c) == "advmod" && unrealSubordinators[strings.ToLower(x.tree.Words[c])] != "time" {
			continue // "when" may be read as an adverb; "not", "also" are none
		}
		found := ""
		for k := 1; k <= 4 && c-k+1 >= 0; k++ {
			words := make([]string, 0, k)
			for j := c - k + 1; j <= c; j++ {
				words = append(words, strings.ToLower(x.tree.Words[j]))
			}
			if key := strings.Join(words, " "); unrealSubordinators[key] != "" {
				found = key
			}
		}
		if found != "" {
			return found
		}
	}
	return ""
}

// unrealClause reports adverbial clause w as one whose event is not
// told as done: opened by a conjunction of condition ("if", "unless", "as
// long as"), or by one of time ("until", "before", "once") where the
// clause it hangs on is still to come ("would not resign until the court
// had ruled", "vowed to stay until the inquiry reports") or, outside a
// headline (whose present tells the past), where its own verb is in the
// present with the clause it hangs on not in the past ("no deal will be
// signed before any vote is held").
func (x *syntax) unrealClause(w int, headline bool) bool {
	switch unrealSubordinators[x.subordinator(w)] {
	case "condition":
		return true
	case "time":
	default:
		return false
	}
	g := x.head(w)
	for g >= 0 && x.baseRel(g) == "advmod" {
		g = x.head(g) // "as soon as", "as long as": the clause hangs on "soon"
	}
	if g < 0 {
		return false
	}
	if x.futureModal(g) {
		return true
	}
	if h := x.head(g); x.baseRel(g) == "xcomp" && h >= 0 && irrealisVerbs[strings.ToLower(x.tree.Words[h])] {
		return true // "vowed to stay until the inquiry reports"
	}
	return !headline && x.presentTense(w) && !x.pastTense(g)
}

// futureModal reports a clause a modal puts in the future or the
// hypothetical ("would not resign", "will comment"), negated or not.
func (x *syntax) futureModal(v int) bool {
	return slices.ContainsFunc(x.childrenWith(v, "aux"), func(a int) bool { return futureModals[strings.ToLower(x.tree.Words[a])] })
}

// presentTense reports a clause whose finite verb, or its first
// auxiliary, is in the present ("rules", "is held", "has ruled").
func (x *syntax) presentTense(v int) bool {
	return x.finiteTag(v) == "VBZ" || x.finiteTag(v) == "VBP"
}

// pastTense reports a clause whose finite verb, or its first auxiliary,
// is in the past ("ruled", "was held", "had ruled").
func (x *syntax) pastTense(v int) bool { return x.finiteTag(v) == "VBD" }

// finiteTag is the tag of clause v's first auxiliary before it, else of
// v itself.
func (x *syntax) finiteTag(v int) string {
	for _, a := range x.childrenWith(v, "aux", "aux:pass", "cop") {
		if a < v {
			return x.tree.XPOS[a]
		}
	}
	return x.tree.XPOS[v]
}

var futureModals = set("will would shall should could may might must 'll wo")

// outletSpeaks reports whether every agent of a speech event is a news
// outlet.
func (d *doc) outletSpeaks(ev *event) bool {
	n := 0
	for _, p := range ev.parts {
		if p.role == "agent" {
			if !slices.Contains(d.media, p.ent) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// reportSays reports whether the subject of speech verb o is a report
// ("a report by Amnesty International said").
func (d *doc) reportSays(si int, o occurrence) bool {
	x, v := d.triggerTree(si, o.i, o.n)
	if v < 0 {
		return false
	}
	subj, _, _ := x.subjectOf(v, 0)
	return slices.ContainsFunc(subj, func(w int) bool { return deniedNouns[strings.ToLower(x.lemma(w))] == "report" })
}

// placeFromSetting gives a verb event told as happening during a noun
// event the noun event's place, where it names none of its own: "were
// detained during a police raid on a flat in Dresk" happened in Dresk.
func (d *doc) placeFromSetting() {
	for si, evs := range d.evSent {
		if len(evs) < 2 {
			continue
		}
		x := d.syntaxOf(si)
		if x == nil {
			continue
		}
		for _, ev := range evs {
			if ev.noun || ev.hasRole("place") {
				continue
			}
			v := x.eventWord(ev)
			if v < 0 {
				continue
			}
			for _, n := range evs {
				w := x.eventWord(n)
				if !n.noun || w < 0 || x.head(w) != v || x.baseRel(w) != "obl" || !duringCases[x.caseOf(w)] {
					continue
				}
				for _, p := range n.parts {
					if p.role == "place" {
						ev.add(p.ent, "place")
					}
				}
			}
		}
	}
}

// electionVerbs are the verbs whose object is an election and whose
// subject takes part in it, with the subject's role: the winner is the
// agent, one who loses or contests it a participant.
var electionVerbs = wordTable("election_verbs.tsv", "agent", "participant")

// contenders are the subjects of the verb an election noun at o is the
// object of ("lost the 2020 election"), in their roles, as the tree reads
// them; none where it is no such verb's object.
func (d *doc) contenders(si int, o occurrence) (out []part) {
	x, w := d.triggerTree(si, o.i, o.n)
	if x == nil {
		return nil
	}
	if win := x.winnerOf(w); win >= 0 {
		for _, e := range d.entsAt(si, x, win, "ELECTION") {
			out = append(out, part{ent: e, role: "agent"}) // "declared Ana Holm the winner of the election"
		}
		return out
	}
	v, n := x.electionVerbOf(w)
	if v < 0 {
		return nil
	}
	role := electionVerbs[x.lemma(v)]
	if role == "agent" && slices.ContainsFunc(x.childrenWith(v, "obj"), x.noneOf) {
		role = "participant" // "won no seats at the last election": ran, and lost
	}
	subj, passive, _ := x.subjectOf(v, 0)
	if passive {
		return nil
	}
	for _, w := range subj {
		for _, e := range d.entsAt(si, x, w, "ELECTION") {
			out = append(out, part{ent: e, role: role})
		}
	}
	if role == "participant" {
		// "lost the 2019 election to Ana Holm": whom it was lost to won it
		for _, c := range append(x.childrenWith(v, "obl"), x.childrenWith(n, "nmod")...) { // the parse may hang it on the election
			if x.caseOf(c) == "to" {
				for _, e := range d.entsAt(si, x, c, "ELECTION") {
					out = append(out, part{ent: e, role: "agent"})
				}
			}
		}
	}
	for _, c := range x.childrenWith(v, "obj") {
		if c == n {
			continue
		}
		for _, e := range d.entsAt(si, x, c, "ELECTION") {
			if k := d.ents[e].kind; k == polgraph.KindPerson || k == polgraph.KindParty {
				out = append(out, part{ent: e, role: "participant"}) // "defeated Ivo Marek in the runoff": the rival beaten lost it
			}
		}
	}
	return out
}

// adjectiveOnNoun reports a word at token i the parse reads as an adjective
// on the noun after it.
func (d *doc) adjectiveOnNoun(si, i int) bool {
	x, w := d.wordAt(si, i)
	return w >= 0 && x.rel(w) == "amod" && x.head(w) > w
}

// protestVerbInTree reports whether a verb of protest at tokens [i, i+n)
// of sentence si tells a protest as the tree reads it: not with a clause
// for its complement ("demonstrated that the plan works", "protested that
// he was innocent": something shown or said), nor as the modifier of a
// noun other than a plural with no possessor ("protesting farmers",
// "marching students"; not "his marching orders", "a marching band").
// Without a parse it answers yes.
func (d *doc) protestVerbInTree(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	if w < 0 {
		return true
	}
	if len(x.childrenWith(w, "ccomp")) > 0 || w+1 < len(x.tree.Words) && x.rel(w+1) == "mark" && strings.EqualFold(x.tree.Words[w+1], "that") {
		return false // a clause the parse may hang elsewhere still opens right after it
	}
	if x.rel(w) == "amod" && x.head(w) > w {
		h := x.head(w)
		return x.tree.XPOS[h] == "NNS" && len(x.childrenWith(h, "nmod:poss", "det")) == 0
	}
	return true
}
