package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

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
			if k == 0 || !d.senseHolds(t, si, i, k) {
				continue // "named its candidates", "confirmed the report": no one given an office; "passed the bill", "hacked the website": no state served or acting; another sense may hold
			}
			if best.words != nil && len(t.words) == len(best.words) {
				if sense := senseApart(t, best); sense != nil {
					if sense.holds(d, si, i, k) == sense.flag(t) {
						best, span = t, k
					}
					continue
				}
			}
			if len(t.words) > len(best.words) || len(t.words) == len(best.words) && t.noun && nounish {
				best, span = t, k
			}
		}
		if best.words == nil {
			continue
		}
		if best.echo {
			if d.echoUnreal(si, i, span) {
				continue // "urged partners to follow suit", "Canada is expected to follow suit": nothing done again yet
			}
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
		if d.documentNoun(si, i+span-1) {
			continue // "according to a press release from the party": a document, no one freed
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
	return d.refusedCalls(si, d.refute(si, d.claimsOfObject(si, d.claimsThatApart(si, out))))
}

// accusesWithThat reports a word that accuses with the "that" of its
// clause (data/triggers.tsv's "alleged that").
func accusesWithThat(w string) bool {
	return slices.ContainsFunc(triggers[w], func(t trigger) bool {
		return t.typ == "ACCUSATION" && len(t.words) == 2 && t.words[1] == "that"
	})
}

// claimsOfObject finds the verbs that accuse only with the "that" of
// their clause where a noun they accuse of stands in its place, a past
// whose present form accuses alone: "Holm alleged widespread
// irregularities in the count" is her accusation as "Holm alleges fraud"
// is. The tree must make the word a clause's verb with a subject and an
// object, not the adjective of "the alleged fraud".
func (d *doc) claimsOfObject(si int, occ []occurrence) []occurrence {
	s := &d.sents[si]
	for i := s.first; i < s.last; i++ {
		tk := &d.toks[i]
		if !accusesWithThat(tk.lower) || tk.quoted || slices.ContainsFunc(occ, func(o occurrence) bool { return o.i <= i && i < o.i+o.n }) {
			continue
		}
		x := d.syntaxOf(si) // parsed only where such a verb stands
		if x == nil {
			return occ
		}
		v := x.at(i)
		if v < 0 || !x.isVerb(v) || x.baseRel(v) == "amod" || len(x.childrenWith(v, "nsubj")) == 0 || len(x.childrenWith(v, "obj")) == 0 {
			continue
		}
		for _, t := range triggers[strings.ToLower(x.lemma(v))] {
			if t.typ == "ACCUSATION" && !t.noun && !t.speech && len(t.words) == 1 {
				t.words = []string{tk.lower}
				occ = insertOccurrence(occ, occurrence{i, 1, t})
				break
			}
		}
	}
	return occ
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

// documentCompounds are the compound modifiers that make a trigger noun a
// document of words, each with the noun (data/words/document_compounds.tsv).
var documentCompounds = wordTable("document_compounds.tsv")

// documentNoun reports whether the tree reads token i as a noun that a
// compound modifier makes a document ("a press release"): the text a body
// put out, not the act the noun tells alone.
func (d *doc) documentNoun(si, i int) bool {
	x, w := d.tokenTree(si, i)
	if w < 0 || x.pos(w) != "NOUN" {
		return false
	}
	head := strings.ToLower(x.lemma(w))
	return slices.ContainsFunc(x.childrenWith(w, "compound"), func(c int) bool {
		return documentCompounds[strings.ToLower(x.tree.Words[c])] == head
	})
}

// nominalArgument reports whether the tree reads token i of sentence si as
// a noun that is another word's argument ("to buy votes") or modifies
// another noun ("an appeals court upheld the sentence": a court, no one's
// appeal), not a predicate the tagger took for a noun ("Ivo Dorn votes
// against the bill").
func (d *doc) nominalArgument(si, i int) bool {
	x, w := d.tokenTree(si, i)
	if w < 0 || x.pos(w) != "NOUN" {
		return false
	}
	if strings.HasSuffix(strings.ToLower(x.tree.Words[w]), "ing") && len(x.childrenWith(w, "obj", "obl")) > 0 {
		return false // "charged with spying for China": a gerund with arguments of its own, a verb the parse read as a noun
	}
	switch x.baseRel(w) {
	case "obj", "iobj", "nsubj", "obl", "nmod", "compound":
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
// prime minister", "protesting farmers"), or that a mend retagged as one
// ("visiting Zambian Foreign Minister X", titleModifierBefore).
func (d *doc) gerundModifier(si, i int) bool {
	x, w := d.wordAt(si, i)
	return w >= 0 && (x.tree.XPOS[w] == "VBG" || x.pos(w) == "ADJ" && strings.HasSuffix(d.toks[i].lower, "ing")) && x.rel(w) == "amod" && x.head(w) > w
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
	if d.figurativeTrigger(si, i, n) {
		return "" // "practically kidnapped": a way of speaking, no event
	}
	typ := d.senseOfTrigger(t, i, n, si)
	if typ == "ARREST" && d.irregularForceDoes(si, i, n) {
		return "ATTACK" // "gunmen seized two journalists": an abduction; an arrest is the state's
	}
	return typ
}

// figurativeAdverbs say a verb is a way of speaking: "practically".
var figurativeAdverbs = wordSet("figurative_adverbs.txt")

// figurativeTrigger reports a verb trigger at tokens [i, i+n) of sentence
// si that an adverb of figurativeAdverbs modifies.
func (d *doc) figurativeTrigger(si, i, n int) bool {
	x, w := d.verbTriggerAt(si, i, n)
	if w < 0 {
		return false
	}
	for _, a := range x.childrenWith(w, "advmod") {
		if figurativeAdverbs[strings.ToLower(x.tree.Words[a])] {
			return true
		}
	}
	return false
}

// senseOfTrigger is the event type trigger t at tokens [i, i+n) of
// sentence si tells in its context, or "" where it tells none.
func (d *doc) senseOfTrigger(t trigger, i, n, si int) string {
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
	if t.joint && !d.jointSides(si, i, n) {
		return "" // "at a joint news conference, Holm said": no other side named
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
		if d.labelSaid(si, i, n) {
			return "STATEMENT" // "Lind called the vote a victory for democracy": words said of it, no fault found
		}
		return "" // "called a vote", "a party called the Front": nothing said of anything
	}
	if t.noun && t.typ == "APPOINTMENT" && d.candidacySought(si, i, n) {
		return "" // "dropped out of the race for the Harbour Party nomination": a candidacy sought, no office given
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
	if t.privilege {
		// "stripped Holm of his immunity" a sanction, "of his seat" a
		// dismissal; "lifted the ban", "stripped the walls" neither
		if t.typ = d.privilegeTaken(si, i, n); t.typ == "" {
			return ""
		}
	}
	if t.typ == "VOTE" && !t.noun && d.castInElection(si, i, n) {
		return "" // "Britons voted to leave the EU in a referendum": the referendum, no vote of a chamber
	}
	if t.typ == "VOTE" && t.noun && d.votersBallot(si, i, n) {
		t.typ = "ELECTION" // "voters approved the change in Sunday's vote": the citizens' ballot, no chamber's vote
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
	if t.voiced && !d.voicedNoun(si, i, n) {
		return "" // "public dissatisfaction grew", "led the opposition": no one voices it
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
	if t.typ == "PROTEST" && !t.noun && !t.crowd && d.stateProtests(si, i, n) {
		return "CRITICISM" // "Japan protested to South Korea over the drills": a state's protest is its words, no crowd in the street
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
	if t.noun && (t.typ == "ELECTION" || t.typ == "VOTE") && d.contestCalled(si, i, n) {
		return "" // "ordered a new vote within 150 days", "called snap elections for June": still to be held
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
	if t.noun && t.typ != "AGREEMENT" && d.undertakenNoun(si, i, n) {
		return "" // "agreed to further talks": consented to, not held; the agreement is the verb's
	}
	if d.deemedByRule(i, s.first) {
		return "" // "who joins another is deemed to have resigned": a rule, not an event
	}
	if !(t.typ == "INTERFERENCE" && d.stateAttempt(si, i, n)) && (d.infinitiveAfterIrrealis(i, s.first) || d.wishedInTree(si, i, n)) || !t.speech && d.modalInTree(si, i, n) && !d.epistemicPerfect(si, i, n) || t.speech && d.unsaidInTree(si, i, n) || d.conditionalInTree(si, i, n) {
		return "" // "urged Orlov to resign", "refused to step down", "urged partners to widen sanctions": nothing happened
	}
	// a stance's plain form takes no sense from its object: "I welcome
	// him" tells a stance, where "welcomed the president" told a visit
	if (len(t.words) == 1 || objectSenseForms[d.toks[i+n-1].lower]) && !t.stance && !t.toOffice && !t.forState && !t.court && !t.wrongdoing && !t.contest && !t.ties && !t.privilege { // "failed to pass" as "pass"; "passed secrets to a Russian diplomat" has a state's sense already, "received bribes, prosecutors said" a wrongdoing's; a court's "rejected the appeal" is its ruling, no refusal; a contest's "defeated Ana Holm in a ballot" its election
		// a noun's form the parse reads as a verb ("meeting the needs
		// of victims") is read as the verb
		if typ, ok := d.objectSense(si, i, n); ok {
			if typ == noEvent {
				if typ := d.clauseSense(si, occurrence{i, n, t}); typ != "" {
					return typ // "added the website to its sanctions list"
				}
				if r, ok := d.doerSense(si, i, n); ok {
					return r.typ // "police seized documents": a search, where "rebels seized power" is none
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
		// "left the Conservative Party", not "left the country" nor "the
		// result leaves the Conservatives with 24 seats"
		if !d.partyAfter(i+n, s.last) || d.leavesWithRemainder(si, i, n) {
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

// jointSides reports whether the noun of a joint appearance at tokens
// [i, i+n) names the other side: its own "with" phrase ("a joint news
// conference with Dorn"), one on the verb it is the object of ("held a
// joint news conference with Dorn"), or that verb's subject of two or
// more ("Holm and Dorn held a joint news conference"), which
// bothSidesTalk reads.
func (d *doc) jointSides(si, i, n int) bool {
	x, w := d.nounTriggerAt(si, i, n)
	if w < 0 {
		return false
	}
	if slices.ContainsFunc(x.childrenWith(w, "nmod"), func(c int) bool { return x.caseOf(c) == "with" }) {
		return true
	}
	v := x.head(w)
	if x.baseRel(w) != "obj" || v < 0 || !x.isVerb(v) {
		return false
	}
	return d.bothSidesTalk(si, x.token(v), 1, false)
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
	if v < 0 {
		if v = x.talkedIn(w); v >= 0 && x.circumstance(v) {
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

// talkedIn is the verb that gathering noun w is the oblique "in" or
// "during" of ("discussed the war in a phone call"), or -1. The parse may
// hang the phrase on the verb's object instead ("discussed the grain deal
// in a telephone conversation"), where a talk is no part of the thing
// discussed but the means of discussing it.
func (x *syntax) talkedIn(w int) int {
	if w < 0 || x.caseOf(w) != "in" && x.caseOf(w) != "during" {
		return -1
	}
	h := x.head(w)
	if x.baseRel(w) == "nmod" && h >= 0 && x.rel(h) == "obj" {
		h = x.head(h)
	} else if x.baseRel(w) != "obl" {
		return -1
	}
	if h < 0 || !x.isVerb(h) {
		return -1
	}
	return h
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
		return x.rel(w) == "compound" // "won the leadership election": the post's noun only modifies another
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

// leavesWithRemainder reports the verb "leave" at tokens [i, i+n) of
// sentence si told of what an outcome leaves a party with, not of who
// quits it: a subject that is a common noun for no person, and a "with"
// of what remains ("the result leaves the Conservatives with 24 seats",
// "the defection left Labour with a majority of one").
func (d *doc) leavesWithRemainder(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 || !slices.ContainsFunc(x.childrenWith(v, "obl"), func(c int) bool { return x.caseOf(c) == "with" }) {
		return false
	}
	subj, passive, _ := x.subjectOf(v, 0)
	return !passive && len(subj) > 0 && !slices.ContainsFunc(subj, func(w int) bool { return x.pos(w) != "NOUN" || personNouns[x.lemma(w)] })
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

// phraseSense tells which of two readings of one phrase holds where they
// differ by one flag of the trigger: the flagged reading holds where the
// reader finds what the flag asks.
type phraseSense struct {
	flag  func(t trigger) bool
	holds func(d *doc, si, i, n int) bool
}

// phraseSenses, in the order they are asked.
var phraseSenses = []phraseSense{
	// a court's act is its ruling, whatever else the verb tells ("the
	// court rejected the appeal", "dismissed the case"); no court's is
	// what the other reading tells ("the government banned protests")
	{func(t trigger) bool { return t.court }, (*doc).courtInvolved},
	// relations suspended between states are a sanction ("suspended
	// diplomatic relations with Kigali"); where none are, the other
	// reading ("suspended the MP")
	{func(t trigger) bool { return t.ties }, (*doc).tiesCut},
	// a privilege taken from its holder is what the privilege tells
	// ("suspended the broadcaster's licence", "suspended the mandate of
	// two deputies"); where none is taken, the other reading ("suspended
	// the MP", "suspended talks")
	{func(t trigger) bool { return t.privilege }, (*doc).takesPrivilege},
	// a strike is a protest where workers make it ("the teachers'
	// strike"); where none do, the other reading ("Israeli strikes on
	// Gaza")
	{func(t trigger) bool { return t.strikers }, (*doc).workersStrike},
	// a walk-out is a protest where a crowd makes it or it is done in
	// protest ("opposition MPs walked out of the chamber in protest");
	// where neither, the other reading ("walked out of the coalition")
	{func(t trigger) bool { return t.crowd }, (*doc).crowdDoer},
	// an election won where a candidate wins a seat or by a margin ("won
	// the seat", "beat her rival by 300 votes"); where none does, the
	// other reading ("captured the town", "guards beat the activist")
	{func(t trigger) bool { return t.contest }, (*doc).contestWon},
}

// senseApart is the first of phraseSenses by which triggers a and b, of
// one phrase, differ, or nil.
func senseApart(a, b trigger) *phraseSense {
	for k := range phraseSenses {
		if s := &phraseSenses[k]; s.flag(a) != s.flag(b) {
			return s
		}
	}
	return nil
}

// senseHolds reports whether the condition trigger t's form puts on its
// words, found at token i of sentence si and k tokens long, holds: a
// trigger of an office given needs its person, a state-run effort its
// state, a win its declared winner, an election by voters its electorate.
func (d *doc) senseHolds(t trigger, si, i, k int) bool {
	return !(t.toOffice && !d.personToOffice(i+k, si) || t.forState && d.principalOf(si, i, k) == noPrincipal ||
		t.covert && !d.covertDoer(si, i, k) || t.stateRun && !d.stateRunEffort(si, i, k) ||
		t.cyber && !t.noun && !d.cyberAttack(si, i, k, t.cyberDoer) || t.cyber && t.noun && !d.cyberAttackNoun(si, i, k) ||
		t.wrongdoing && !d.toldWrongdoing(si, i, k) || t.winner && d.declaredWinner(si, i, k) < 0 ||
		t.outcast && !d.declaredOutcast(si, i, k) || t.electorate && !d.electorateDoes(si, i, k) ||
		t.assets && !d.assetsFrozen(si, i, k) || t.hostage && !d.takenHostage(si, i, k))
}
