package extract

import (
	"slices"
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

// leftBodyRole is the role of body e that an event's subject leaves or is
// put out of: the body concerned, but the party a member is expelled
// from expels, where no one else is told to ("was expelled from the
// Civic Front on Monday": the Civic Front expelled him).
func (d *doc) leftBodyRole(ev *event, e int) string {
	if ev.typ == "DISMISSAL" && !ev.hasRole("agent") && d.partyLike(d.ents[e]) {
		return "agent"
	}
	return "organization"
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
	d.attributionAccusations() // before dating, which dates the accusation by its clause
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
					} else {
						subj = d.stateUndergoing(si, lv) // "the government lost the vote": the state's
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
				if k := d.ents[e].kind; o.t.electorate && (k == polgraph.KindCountry || k == polgraph.KindPlace) {
					ev.add(e, "place") // "Velmarans chose a new president": the state's people vote at home; who they choose wins
					continue
				}
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
			ev.add(e, d.leftBodyRole(ev, e))
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

// nounObjectStarts open a noun phrase object right after a verb.
var nounObjectStarts = set("the a an any all his her their its those these such")

// takesClause are the types whose trigger takes a whole clause as object
// ("reported that ..."): their object runs to the end of the sentence.
var takesClause = map[string]bool{"REPORT": true, "ACCUSATION": true, "DENIAL": true}

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
var electionVerbs = wordTable("election_verbs.tsv", "agent", "participant", "leader")

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
	v, n := d.electionVerbIn(si, x, w)
	if v < 0 {
		return nil
	}
	role := electionRole(x, v)
	if role == "leader" {
		role = "participant" // who leads a party into it runs, as the party does
	}
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
		for _, c := range x.lostTo(v, n) { // the parse may hang it on the election
			for _, e := range d.entsAt(si, x, c, "ELECTION") {
				out = append(out, part{ent: e, role: "agent"})
			}
		}
	}
	if role == "agent" {
		for _, e := range d.rivalsBeaten(si, x, v) {
			out = append(out, part{ent: e, role: "participant"}) // "won the runoff, beating Ivo Marek and Lena Dorn"
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
