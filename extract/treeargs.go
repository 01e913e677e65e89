package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// treeArgs are a verb's participants as its dependency tree gives them.
type treeArgs struct {
	subj, obj, by, places []int
	passive               bool
	// marked: the passive is marked ("was arrested"), not read off a
	// participle modifying a noun
	marked bool
	// relative: the subject is the antecedent of a relative clause or a
	// participle ("a journalist detained in Belarus")
	relative bool
	// participle: the verb is a participle modifying a noun ("every
	// contract signed by the ministry"), whose subject it has, if any
	participle bool
	// unnamed: the subject is a common noun that names no one ("two
	// state employees were arrested"): the clause has its subject, and it
	// is none of the article's entities
	unnamed bool
	// left: the party or body a leaving or a removal is from ("was
	// expelled from the Harvest Party"), which neither voice makes its
	// object
	left []int
	// partLeft: what a leaving or a removal is from is a part a name
	// owns ("resigned from the Civic Party's national committee"): no
	// body the windows find after "from" is left
	partLeft bool
	// objUnnamed: the verb's object is people a common noun names, no
	// one named ("freed 150 prisoners of war"): it has its object, none
	// of the article's entities, and no name a window finds further on
	// is it
	objUnnamed bool
	// antecedent: the verb is a relative clause's whose object is the
	// noun the clause is on ("a law which the United States condemned",
	// "Nagy, whom Torok accused of treason"): what it is done to is that
	// noun, named or not, and nothing the sentence names after it
	antecedent bool
}

// argsFromTree reads a verb trigger's participants off the parse of its
// sentence: its subject (or, for a relative clause, a participle or a
// conjunct, the subject it shares), its objects, the agent of a passive and
// the places it happened. ok is false where the parser reads no verb at the
// trigger, so the caller keeps what the word windows found.
func (d *doc) argsFromTree(si int, o occurrence, typ string) (a treeArgs, ok bool) {
	x, v := d.triggerTree(si, o.i, o.n)
	if v < 0 || !x.isVerb(v) {
		return a, false
	}
	subjWords, passive, relative := x.subjectOf(v, 0)
	a.passive, a.relative, a.participle = passive, relative, x.rel(v) == "acl"
	// a conjunct with an agent of its own shares the passive its first
	// verb marks ("was tabled by X and backed by Y"; not "was re-elected
	// in 2019 and resigned in 2022"); a participle before its noun is one
	// ("the jailed politician")
	a.marked = len(x.childrenWith(v, "nsubj:pass", "aux:pass", "csubj:pass")) > 0 || passive && (x.rel(v) == "amod" || x.rel(v) == "conj" && len(x.childrenWith(v, "obl:agent")) > 0 ||
		x.rel(v) == "xcomp" && x.objectParticiple(v) || // "had X removed": the object undergoes it
		x.frontedParticiple(v)) // "Arrested on Monday, Dorn was charged"
	for _, w := range subjWords {
		// the verb whose subject w is: v, or the verb a conjunct takes its
		// subject from ("On Sunday Ivo Dorn called a strike and urged ...")
		sv := x.head(w)
		if m := d.mentionOver(si, x.token(w)); m != nil && d.inPP(m, d.sents[si].first) && !x.subjectAfterOpener(sv, w) && !x.subjectAfterPhrase(sv, w) {
			continue // "X, a reporter for Le Monde, was arrested": no subject follows a preposition
		}
		if x.rel(v) == "acl" && w == x.head(v) && deniedNouns[strings.ToLower(x.lemma(w))] == "report" {
			continue // "the report, published by the institute,": what is published is the report, not its author
		}
		ents := d.entsAt(si, x, w, typ)
		a.subj = appendNew(a.subj, ents...)
		if len(ents) == 0 && crowdTypes[typ] {
			a.places = appendNew(a.places, d.placesOfCrowd(si, x, w)...)
		}
		if len(ents) == 0 && (x.pos(w) == "NOUN" || x.tree.XPOS[w] == "NNPS" && d.mentionOver(si, x.token(w)) == nil) && !relative && !d.namesUnder(si, x, w) && len(x.childrenWith(w, "nmod:poss")) == 0 {
			// not "his office": a possessor points to someone named
			a.unnamed = true
		}
		if m := d.mentionOver(si, x.token(w)); len(ents) == 0 && x.pos(w) == "PROPN" && m != nil && m.ent < 0 && !relative && !d.namesUnder(si, x, w) {
			// "Parliament voted to remove Minister X, accusing him": a
			// name that stands for nothing the article resolves is still
			// the clause's subject, not whoever a window finds
			a.unnamed = true
		}
		if len(ents) == 0 && (strings.EqualFold(x.tree.Words[w], "he") || strings.EqualFold(x.tree.Words[w], "she")) && d.mentionOver(si, x.token(w)) == nil {
			// "the minister met officials …, a year before she was
			// appointed ambassador": one the text does not name, not
			// whoever a window finds
			a.unnamed = true
		}
		if len(ents) == 0 && stanceTypes[typ] && firstPersonSubjects[x.lemma(w)] {
			// "Moll said: \"I back the minister, and I back Skarp\"": the
			// speaker, whom quotedSpeakers names, not whoever a window
			// finds before the verb
			a.unnamed = true
		}
		if len(ents) == 0 && strings.EqualFold(x.tree.Words[w], "they") && d.pluralSpeakerBefore(si, x.token(w)) {
			// "police said they had arrested X": the speakers, whom the
			// sentence does not name
			a.unnamed = true
		}
		if len(ents) == 0 && strings.EqualFold(x.tree.Words[w], "they") && d.pluralNounBefore(si, x, w) {
			// "expelled three diplomats after they were accused": the
			// people the sentence has just told of, whom it does not name
			a.unnamed = true
		}
		if len(ents) == 0 && strings.EqualFold(x.tree.Words[w], "they") && x.rel(x.head(w)) == "acl:relcl" {
			// "a claim they deny": the relative clause's own subject,
			// who stand for no one named, not the sentence's
			a.unnamed = true
		}
	}
	if len(subjWords) == 1 && len(a.subj) == 0 && x.meetingSides(subjWords[0]) {
		// "met X on Thursday, and the two sides signed five agreements":
		// those who met, where the meeting had two named sides; of three
		// who met, which two is not told
		if sides, m := d.sidesMet(si, o.i); len(sides) == 2 {
			a.subj = sides
			if statePlurals[strings.ToLower(x.tree.Words[subjWords[0]])] {
				a.subj = d.statesServed(m.sent, sides)
			}
		} else if pair := d.statePairBefore(si, o.i); len(pair) == 2 && stateSideNouns[strings.ToLower(x.tree.Words[subjWords[0]])] {
			// "China-Indonesia relations have grown, and the two
			// countries signed 12 agreements": the pair just named
			a.subj = pair
		}
	}
	if len(subjWords) == 1 && len(a.subj) < 2 && strings.EqualFold(x.tree.Words[subjWords[0]], "they") && x.rel(v) == "conj" {
		// "met Omar Halabi on Friday, and they signed a security pact":
		// "they" in a clause joined to the meeting's are those who met
		if sides, m := d.sidesMet(si, o.i); len(sides) > 0 && m.sent == si && x.eventWord(m) == x.head(v) {
			a.subj = sides
		}
	}
	if len(a.subj) > 0 {
		a.unnamed = false
	}
	for c, h := range x.tree.Head {
		if h != v {
			continue
		}
		if x.rel(v) == "acl:relcl" && c < v && (objectRelatives[strings.ToLower(x.tree.Words[c])] || x.thatOnApposition(c, v)) && !relative && x.caseOf(c) == "" && (x.rel(c) == "obj" || x.rel(c) == "obl") &&
			!slices.ContainsFunc(x.childrenWith(v, "obj"), func(o int) bool { return o != c }) {
			// "which the United States has condemned": the relative
			// pronoun, the clause's only object, stands for the noun it
			// is on; not "that", which may open a reported clause the
			// parse took for a relative one ("said to reporters that
			// police had arrested Holm")
			a.antecedent = true
			if n := x.head(v); typ != "DENIAL" || deniedNouns[x.lemma(n)] != "" {
				if x.thatOnApposition(c, v) {
					n = x.head(n) // "Voice of Europe, a news website that the government sanctioned": the name the noun restates
				}
				a.obj = appendNew(a.obj, d.entsAt(si, x, n, typ)...)
			} // else "allegations of spying for China, which she denied": what is denied is a claim, not China
			continue
		}
		switch x.rel(c) {
		case "obj", "iobj":
			ents := d.entsAt(si, x, c, typ)
			a.obj = appendNew(a.obj, ents...)
			if len(ents) == 0 && x.rel(c) == "obj" && x.pos(c) == "NOUN" && d.objectClass(si, x, c) == "person" && !d.namesIn(si, x, c) {
				a.objUnnamed = true
			}
			if m := d.mentionOver(si, x.token(c)); len(ents) == 0 && m != nil && m.via == "demonym" && x.nationals(c) {
				a.objUnnamed = true // "expelled five Iraqis": people no one names, not a name further on
			}
			if typ == "APPOINTMENT" {
				a.obj = appendNew(a.obj, d.heldBy(si, x, c)...)
			}
			if typ == "ATTACK" && len(ents) > 0 {
				// "shelled two Ukrainian posts near the town of Hrudne":
				// the town of what was struck is where, as the state
				// whose posts they are is whom
				a.places = appendNew(a.places, d.placesUnderStruck(si, x, c)...)
			} else if typ == "ATTACK" {
				a.places = appendNew(a.places, d.placesUnderStruck(si, x, c)...) // "shelled villages near Hrudne"
			}
			if typ == "SANCTION" && envoyNouns[x.lemma(c)] {
				// "recalled its own ambassador from Minsk": the parse may
				// hang the post he leaves on the envoy, not the verb
				for _, n := range x.childrenWith(c, "nmod") {
					if x.caseOf(n) == "from" {
						d.oblique(si, x, n, typ, &a)
					}
				}
			}
		case "obl", "obl:agent", "obl:arg":
			d.oblique(si, x, c, typ, &a)
		case "ccomp":
			if takesClause[typ] {
				// "Holm's lawyer said he was innocent": who denies of
				// himself stays the one who denies
				for _, e := range d.clauseSubject(si, x, c, typ) {
					if !slices.Contains(a.subj, e) {
						a.obj = appendNew(a.obj, e)
					}
				}
			}
		}
	}
	if h := x.head(v); x.rel(v) == "xcomp" && x.objectParticiple(v) && causativeVerbs[x.lemma(h)] {
		// "Sorel had Kamm removed": who has it done does it, as a
		// passive's "by" phrase names
		for _, c := range x.childrenWith(h, "nsubj") {
			a.by = appendNew(a.by, d.entsAt(si, x, c, typ)...)
		}
	}
	if h := x.speakingHost(v); typ == "REQUEST" && h >= 0 && !slices.ContainsFunc(x.childrenWith(v, "obj", "iobj"), func(o int) bool { return x.pos(o) != "PRON" }) {
		// "wrote to the Speaker asking him": "him" is the one written to
		if to := d.addresseeOf(si, x, h, typ); len(to) > 0 {
			a.obj = to
		}
	}
	if (spokenTypes[typ] || takesClause[typ]) && len(a.places) == 0 && len(a.subj) > 0 {
		// where a named speaker spoke; a place is no speaker
		a.places = d.placeSpokenIn(si, x, v)
	}
	if len(a.places) == 0 {
		a.places = d.whereHostPlace(si, x, v, typ) // "travelled to Jakarta, where she met officials"
	}
	if len(a.places) == 0 && x.saysHere(v) && !d.toks[x.token(v)].quoted {
		// "met the visiting minister here on Tuesday": the wires' "here"
		// is where the story is filed
		if c := d.datelineCityEntity(); c >= 0 {
			a.places = []int{c}
		}
	}
	if typ == "RESIGNATION" && len(a.left) == 0 {
		d.partyDefectedFrom(si, x, v, subjWords, &a)
	}
	if typ == "ATTACK" {
		d.struckStateOfUnnamed(x, v, &a)
	}
	a.subj = slices.DeleteFunc(a.subj, func(e int) bool { return slices.Contains(a.obj, e) })
	// a town does not act: "police in Wexcombe arrested" happened there
	a.subj = slices.DeleteFunc(a.subj, func(e int) bool {
		if d.ents[e].kind == polgraph.KindPlace {
			a.places = appendNew(a.places, e)
			return true
		}
		return false
	})
	return a, true
}

// whereHostPlace is the place a "where" clause of verb v hangs on, which
// is where v happened: the noun of a relative clause ("in Jakarta, where
// she met officials"), or the oblique that ends right before the clause of
// the verb it modifies ("travelled to Jakarta, where she met officials");
// nil where that is no place or state.
func (d *doc) whereHostPlace(si int, x *syntax, v int, typ string) []int {
	if !x.opensWith(v, "where") || x.head(v) < 0 {
		return nil
	}
	host := -1
	switch x.rel(v) {
	case "acl:relcl":
		host = x.head(v)
	case "advcl":
		start := x.phraseStart(v)
		for _, c := range x.childrenWith(x.head(v), "obl") {
			if end := slices.Max(x.subtree(c, nil)); c < v && (end == start-1 || end == start-2 && x.tree.Words[start-1] == ",") {
				host = c
			}
		}
	}
	if host < 0 {
		return nil
	}
	return slices.DeleteFunc(d.entsAt(si, x, host, typ), func(e int) bool {
		k := d.ents[e].kind
		return k != polgraph.KindPlace && k != polgraph.KindCountry
	})
}

// partyDefectedFrom reads the party a member leaves for another, which the
// member's title names, not the verb: "Conservative MP Daniel Hartwell
// defected to Reform UK", "A Labour councillor has switched to the
// Greens". That party is the one left, and an unnamed member ("a
// Conservative MP") is no party acting. A subject that is only a
// legislator's noun ("two members of the Farmers' Party defected to the
// opposition") names the party left whatever the "to" phrase names: the
// members go, not the party.
func (d *doc) partyDefectedFrom(si int, x *syntax, v int, subjWords []int, a *treeArgs) {
	joined := -1
	for _, c := range x.childrenWith(v, "obl") {
		if x.caseOf(c) != "to" {
			continue
		}
		for _, e := range d.entsAt(si, x, c, "RESIGNATION") {
			if d.partyLike(d.ents[e]) {
				joined = e
			}
		}
	}
	for _, w := range subjWords {
		if joined < 0 && !x.unnamedLegislator(w) {
			continue
		}
		titles := append([]int{w}, x.childrenWith(w, "compound", "appos")...)
		for _, n := range titles {
			if p := d.partyModifying(si, x, n); p >= 0 && p != joined {
				a.left = appendNew(a.left, p)
				if n == w {
					a.subj = slices.DeleteFunc(a.subj, func(e int) bool { return e == p })
					if len(a.subj) == 0 {
						a.subj = d.personApposed(si, x, w) // "Ana Holm, a former Labour MP who defected": she
					}
					a.unnamed = len(a.subj) == 0
				}
			}
		}
	}
}

// legislatorsOf reports a legislators' noun w whose dependent c names the
// body they sit for or on: "lawmakers from the Harvest party",
// "councillors on Tarbridge City Council".
func (x *syntax) legislatorsOf(w, c int) bool {
	return (x.caseOf(c) == "from" || x.caseOf(c) == "on") && legislatorNouns[strings.ToLower(x.lemma(w))]
}

// unnamedLegislator reports a common noun of a legislator ("members",
// "two MPs") that no name stands in apposition to.
func (x *syntax) unnamedLegislator(w int) bool {
	return x.pos(w) == "NOUN" && legislatorNouns[strings.ToLower(x.lemma(w))] && len(x.childrenWith(w, "appos")) == 0
}

// addresseeOf are the named people or bodies verb h writes or sends to,
// whom a request in a participle on it asks: in "wrote to the Speaker on
// Wednesday asking him to declare the seats vacant" and "sent a letter to
// Macron urging him to act", the one asked is who the letter went to.
func (d *doc) addresseeOf(si int, x *syntax, h int, typ string) []int {
	if h < 0 || !x.isVerb(h) {
		return nil
	}
	var out []int
	for _, c := range x.childrenWith(h, "obl", "obj") {
		if x.baseRel(c) == "obl" && x.caseOf(c) == "to" {
			out = appendNew(out, d.entsAt(si, x, c, typ)...)
		}
		for _, n := range x.childrenWith(c, "nmod") {
			if x.baseRel(c) == "obj" && x.caseOf(n) == "to" {
				out = appendNew(out, d.entsAt(si, x, n, typ)...)
			}
		}
	}
	return out
}

// crowdTypes are the types whose unnamed doers are a crowd that acts
// where it is: "farmers in France protested", "dock workers in Antwerp
// went on strike".
var crowdTypes = set("PROTEST")

// placesOfCrowd are the places and countries an unnamed subject w is in
// ("in", "across", "throughout"): not "from", which tells where it came
// from.
func (d *doc) placesOfCrowd(si int, x *syntax, w int) []int {
	var out []int
	for _, c := range x.childrenWith(w, "nmod") {
		if p := x.caseOf(c); p == "of" && x.pos(c) == "NOUN" && x.pos(w) != "PROPN" {
			out = appendNew(out, d.placesOfCrowd(si, x, c)...) // "thousands of protesters in Tbilisi"
			continue
		}
		if p := x.caseOf(c); p != "in" && p != "across" && p != "throughout" && !(p == "of" && x.tree.XPOS[c] == "NNPS") {
			continue // "thousands of Georgians": a crowd of a land's people, there
		}
		if town := d.placeOf(si, x, c); town != nil {
			out = appendNew(out, town...) // "farmers in the Hungarian city of Selk": Selk, not the state that names the city
			continue
		}
		out = appendNew(out, d.placesNamedAt(si, x, c)...)
	}
	return out
}

// struckStateOfUnnamed moves the states that verb v of an attack was
// done in to whom it was done to, where its object names no one, only
// where it stood: in "jets hit targets in southern Ukraine", "shelled
// villages in Lebanon", the state the targets were in was struck; in
// "clashed in Mali", with no object, it is only where.
func (d *doc) struckStateOfUnnamed(x *syntax, v int, a *treeArgs) {
	if len(a.obj) > 0 || len(x.childrenWith(v, "obj")) == 0 {
		return
	}
	a.places = slices.DeleteFunc(a.places, func(e int) bool {
		if d.ents[e].kind == polgraph.KindCountry {
			a.obj = appendNew(a.obj, e)
			return true
		}
		return false
	})
}

// placesNamedAt are the places and states the mention over word w
// stands for.
func (d *doc) placesNamedAt(si int, x *syntax, w int) []int {
	m := d.mentionOver(si, x.token(w))
	if m == nil {
		return nil
	}
	var out []int
	for _, e := range d.refs(m) {
		if k := d.ents[e].kind; k == polgraph.KindPlace || k == polgraph.KindCountry {
			out = append(out, e)
		}
	}
	return out
}

// crowdPlacesAt are the places the unnamed subject of the verb at token
// i is in: "dock workers in Antwerp staged a strike".
func (d *doc) crowdPlacesAt(si, i int) []int {
	x, v := d.tokenTree(si, i)
	if v < 0 || !x.isVerb(v) {
		return nil
	}
	subj, passive, _ := x.subjectOf(v, 0)
	if passive {
		return nil
	}
	var out []int
	for _, w := range subj {
		out = appendNew(out, d.placesOfCrowd(si, x, w)...)
	}
	return out
}

// namesUnder reports a name that hangs on noun w with no preposition
// between them: where the parse reads "the opposition Social Democratic
// Union demanded" as a name modifying "opposition", the noun is no proof
// of an unnamed subject; "employees of the ministry" are still unnamed.
func (d *doc) namesUnder(si int, x *syntax, w int) bool {
	for _, c := range x.childrenWith(w, "nmod", "compound", "appos", "flat", "amod") {
		if x.caseOf(c) != "" {
			continue
		}
		if m := d.mentionOver(si, x.token(c)); m != nil && d.refs(m) != nil {
			return true
		}
	}
	return false
}

// namedOwnerOf reports whether common noun w has a name for its
// possessor and names a part of what it owns, not the whole's membership
// (data/words/membership_nouns.txt): "the Civic Party's leadership
// council", not "the Civic Party's ranks".
func (x *syntax) namedOwnerOf(w int) bool {
	return x.pos(w) == "NOUN" && !membershipNouns[x.lemma(w)] && slices.ContainsFunc(x.childrenWith(w, "nmod:poss"), func(p int) bool { return x.pos(p) == "PROPN" })
}

// sideNouns name the side a named person heads (data/words/side_nouns.txt).
var sideNouns = wordSet("side_nouns.txt")

// thatOnApposition reports a relative "that", word c of clause v, on a
// noun in apposition to a name ("Voice of Europe, a news website that the
// government sanctioned"): a relative clause, which a reported clause on
// a hearer ("told reporters that police had arrested Holm") is not.
func (x *syntax) thatOnApposition(c, v int) bool {
	n := x.head(v)
	return strings.EqualFold(x.tree.Words[c], "that") && n >= 0 && x.rel(n) == "appos" && x.head(n) >= 0 && x.pos(x.head(n)) == "PROPN"
}

// membershipNouns name a party's membership as a whole.
var membershipNouns = wordSet("membership_nouns.txt")

// oblique sorts a prepositional dependent of the verb: the agent of a
// passive ("by X"), a place ("in X") or an object ("with X", "against X").
func (d *doc) oblique(si int, x *syntax, c int, typ string, a *treeArgs) {
	prep := x.caseOf(c)
	ents := d.entsAt(si, x, c, typ)
	if len(ents) == 0 && placePreps[prep] {
		ents = d.placeOf(si, x, c) // "in the border town of Brask"
	}
	if len(ents) == 0 && prep == "by" && sideNouns[strings.ToLower(x.lemma(c))] {
		for _, p := range x.childrenWith(c, "nmod:poss") {
			if x.pos(p) == "PROPN" {
				ents = appendNew(ents, d.entsAt(si, x, p, typ)...) // "backed by President X's ruling coalition": his side does it
			}
		}
	}
	if len(ents) == 0 {
		return
	}
	kind := d.ents[ents[0]].kind
	placeKind := kind == polgraph.KindPlace || kind == polgraph.KindCountry
	switch {
	case helpNouns[x.lemma(c)]:
		return // "with the mediation of the UAE": who helps is no one it is done to
	case prep == "by":
		a.by = appendNew(a.by, ents...)
	case prep == "according to":
	case prep == "at" && typ == "ATTACK" && kind == polgraph.KindCountry:
		// "fired rockets at northern Israel": the state aimed at is struck;
		// "at two Pelsaran posts near Tamrek": the posts' town is where
		a.obj = appendNew(a.obj, ents...)
		a.places = appendNew(a.places, d.placesUnderStruck(si, x, c)...)
	case prep == "from" && typ == "ATTACK" && placeKind:
		return // "a drone launched from Lebanon": where it came from, not what it struck
	case placePreps[prep] && placeKind:
		a.places = appendNew(a.places, ents...)
	case prep == "from" && (typ == "DISMISSAL" || typ == "RESIGNATION") && x.namedOwnerOf(c):
		a.partLeft = true // "expelled from the Civic Party's leadership council": the body left is the party's, not the party
	case prep == "from" && (typ == "DISMISSAL" || typ == "RESIGNATION") && (kind == polgraph.KindParty || kind == polgraph.KindOrganization):
		a.left = appendNew(a.left, ents...)
	case audiencePrepositions[prep] && spokenTypes[typ] && kind == polgraph.KindOrganization:
		a.obj = appendNew(a.obj, ents...) // "testified before the Senate Judiciary Committee": the body heard it
	case objectPreps[prep] || prep == "for" && typ == "REQUEST" || prep == "on" && typ == "SANCTION":
		if typ == "RESIGNATION" && (kind == polgraph.KindPerson || prep == "to") {
			return // "defected to Reform UK": the party joined, not left
		}
		a.obj = appendNew(a.obj, ents...)
	}
}

// namesIn reports whether a word of w's phrase is part of a name of the
// article's: "150 prisoners of war" names no one, "the people of
// Kavrania" names a state. A nationality before the noun ("three German
// citizens") and a clause on it ("three men accused of spying for
// China", "in a case that strained relations with China") name none of
// the people; nor does the one they serve ("two aides of Ivo Dorn").
func (d *doc) namesIn(si int, x *syntax, w int) bool {
	served := x.servedBy(w)
	for _, k := range x.subtree(w, peopleUnnamedBy) {
		if served >= 0 && x.dominates(served, k) {
			continue
		}
		if m := d.mentionOver(si, x.token(k)); m != nil && len(d.refs(m)) > 0 {
			return true
		}
	}
	return false
}

// servedBy is the "of", "to" or "for" phrase on a noun w of servingNouns
// that names whom they serve ("aides of Ivo Dorn", "an adviser to the
// minister"), or -1.
func (x *syntax) servedBy(w int) int {
	if !servingNouns[strings.ToLower(x.tree.Words[w])] {
		return -1
	}
	for _, c := range x.childrenWith(w, "nmod") {
		if cs := x.caseOf(c); cs == "of" || cs == "to" || cs == "for" {
			return c
		}
	}
	return -1
}

// peopleUnnamedBy are the relations of the words that name none of the
// people a noun names (namesIn).
var peopleUnnamedBy = set("amod acl acl:relcl")

// helpNouns name the help a third party gives an act
// (data/words/help_nouns.txt).
var helpNouns = wordSet("help_nouns.txt")

// speakingLemmas are the verbs of a participle that tells the occasion of
// what is said ("Speaking to reporters in Kyiv, X said").
var speakingLemmas = set("speak talk address")

// placeSpokenIn is where speech verb v was spoken, told by the words it
// is spoken to or through or on: "told reporters in Brussels", "said in a
// statement released in Lisbon", "in an interview in Kyiv", "speaking to
// reporters in Kyiv"; nil if none.
func (d *doc) placeSpokenIn(si int, x *syntax, v int) []int {
	var hosts []int
	for _, c := range x.childrenWith(v, "obj", "iobj", "obl", "advcl") {
		switch {
		case x.rel(c) == "advcl":
			if speakingLemmas[x.lemma(c)] {
				hosts = append(hosts, c) // "Speaking to reporters in Kyiv, X said"
				hosts = append(hosts, d.speakingOccasions(si, x, c)...)
			}
		case x.rel(c) != "obl" || vehicleNouns[strings.ToLower(x.lemma(c))]:
			hosts = append(hosts, c)
			hosts = append(hosts, x.childrenWith(c, "acl")...) // "a statement released in Lisbon"
		}
	}
	for _, h := range hosts {
		for _, p := range x.childrenWith(h, "nmod", "obl") {
			if !placePreps[x.caseOf(p)] {
				continue
			}
			if m := d.mentionOver(si, x.token(p)); m != nil && m.named() {
				if ents := d.refs(m); len(ents) > 0 && (d.ents[ents[0]].kind == polgraph.KindPlace || d.ents[ents[0]].kind == polgraph.KindCountry) {
					return ents
				}
			}
		}
	}
	return nil
}

// speakingOccasions are the phrases of speaking participle p that name
// whom it spoke before or what it spoke at or in (an audience noun,
// data/words/audience_nouns.txt, or a vehicle noun): the parser hangs a
// place on them as often as on the participle ("Speaking to reporters in
// Vilnius", "Speaking at a rally in Tartu"). What it spoke about ("the
// war in Gaza") is no such phrase.
func (d *doc) speakingOccasions(si int, x *syntax, p int) []int {
	return slices.DeleteFunc(x.childrenWith(p, "obj", "obl"), func(c int) bool {
		return !d.audienceObject(si, x, c) && !vehicleNouns[strings.ToLower(x.lemma(c))]
	})
}

// placeOf is the place a noun of settlement names through "of" ("the
// port city of Dresk"; the nouns of kind_cues.tsv's "of" cues for a
// place), or nil.
func (d *doc) placeOf(si int, x *syntax, w int) []int {
	if cues.of("of", x, w) != polgraph.KindPlace {
		return nil
	}
	for _, c := range x.childrenWith(w, "nmod") {
		if x.caseOf(c) != "of" {
			continue
		}
		if m := d.mentionOver(si, x.token(c)); m != nil && m.named() {
			if ents := d.refs(m); len(ents) > 0 && (d.ents[ents[0]].kind == polgraph.KindPlace || d.ents[ents[0]].kind == polgraph.KindCountry) {
				return ents
			}
		}
	}
	return nil
}

// placePreps put a place or country dependent where the event happened.
var placePreps = set("in at near inside outside across throughout through")

// audiencePrepositions put a body a spoken event is made before among
// its participants (data/words/audience_prepositions.txt).
var audiencePrepositions = wordSet("audience_prepositions.txt")

// objectPreps put a dependent among what the event is done to or with.
var objectPreps = set("to with of from against into over")

// subjectOf finds the words that stand as verb v's subject: its own
// nsubj, or the one it shares as a conjunct ("was arrested and charged"),
// an infinitive or an adverbial clause, or the noun a relative clause or a
// participle modifies. passive tells whether that subject undergoes the
// event.
func (x *syntax) subjectOf(v, depth int) (subj []int, passive, relative bool) {
	passive = len(x.childrenWith(v, "nsubj:pass", "aux:pass", "csubj:pass")) > 0
	if s := x.childrenWith(v, "nsubj", "nsubj:pass"); len(s) > 0 {
		if x.rel(v) == "acl:relcl" && relativePronouns[strings.ToLower(x.tree.Words[s[0]])] {
			return []int{x.head(v)}, passive, true
		}
		return s, passive, false
	}
	h := x.head(v)
	if h < 0 || depth > 4 {
		return nil, passive, false
	}
	switch x.rel(v) {
	case "conj":
		if !x.isVerb(h) {
			return nil, passive, false
		}
		hs, hp, hr := x.subjectOf(h, depth+1)
		// "was arrested in October and charged with bribery": the
		// participle goes on in the passive when it takes no object, or
		// keeps the object a passive keeps ("and granted bail")
		if hp && participle(x.tree.Words[v]) && (len(x.childrenWith(v, "obj")) == 0 || x.keepsPassiveObject(v)) {
			passive = true
		}
		return hs, passive, hr
	case "acl:relcl":
		return []int{h}, passive, true
	case "acl":
		if g := x.head(h); g >= 0 && x.isVerb(g) && (x.baseRel(h) == "obl" || x.rel(h) == "conj") && len(x.childrenWith(v, "mark")) > 0 {
			// "founded the movement in 2019, weeks after finishing
			// second": a clause a conjunction opens on a span of time
			// tells of the verb's subject, not of the weeks (which the
			// parse may also read as the verb's conjunct)
			hs, _, hr := x.subjectOf(g, depth+1)
			return hs, passive, hr
		}
		if g := x.head(h); g >= 0 && x.isVerb(g) && x.rel(h) == "obj" && x.tree.XPOS[v] == "VBG" {
			if from := x.documentSenders(h); len(from) > 0 {
				// "published a letter from the grandmothers asking for
				// his return": who the letter is from asks, not who
				// publishes or receives it
				return from, passive, false
			}
			if x.authoredDocument(h, g) {
				// "issued a statement condemning the drills", "sent a
				// letter demanding higher pay": who issues the statement
				// condemns them in it
				hs, _, hr := x.subjectOf(g, depth+1)
				return hs, passive, hr
			}
		}
		// "a journalist detained in Belarus": the noun undergoes it; "a
		// group seeking talks" does it, and so does one with an object
		// ("police in Wexcombe arrested Ivo Dorn", a root read as a
		// participle)
		return []int{h}, participle(x.tree.Words[v]) && len(x.childrenWith(v, "obj")) == 0, true
	case "amod":
		if h > v && participle(x.tree.Words[v]) && x.opensNounPhrase(v) {
			// "the jailed politician", "banned content": the noun
			// undergoes it, and nothing the sentence says does it; a
			// noun that names no one leaves it to no one ("content")
			return []int{h}, true, false
		}
	case "advcl", "xcomp":
		if !x.isVerb(h) && !(x.rel(v) == "advcl" && x.tree.XPOS[v] == "VBG" && x.predicate(h)) {
			// (a nominal predicate's subject does what a gerund on it
			// tells: "Before joining the Greens, Holm was a member of
			// Labour")
			return nil, passive, false
		}
		if x.rel(v) == "xcomp" || accusingLemmas[x.lemma(h)] && slices.ContainsFunc(x.childrenWith(v, "mark"), func(m int) bool { return argumentMarks[x.lemma(m)] }) {
			if o := x.childrenWith(h, "obj"); len(o) > 0 {
				// "urged Orlov to resign": Orlov would; "charged Orlov
				// with spying": Orlov is said to have; "ordered Orlov
				// detained": Orlov undergoes it, a bare participle
				// telling what is to be done to the object
				return o, passive || x.objectParticiple(v), false
			}
		}
		if o := x.answered(h, v); len(o) > 0 {
			return o, passive, false // "sanctioned Russia for interfering": Russia is said to have
		}
		hs, _, hr := x.subjectOf(h, depth+1)
		return hs, passive || x.frontedParticiple(v), hr
	}
	return nil, passive, false
}

// frontedParticiple reports a bare past participle v fronted before the
// clause it is on ("Arrested on Monday, Dorn was charged", "Criticised by
// the unions, the plan was dropped"): what the clause's subject underwent.
func (x *syntax) frontedParticiple(v int) bool {
	return x.rel(v) == "advcl" && v < x.head(v) && x.objectParticiple(v)
}

// statementNoun reports a noun w that names a statement one issues (a
// STATEMENT noun trigger): what a participle on it tells, its issuer
// does. Not a measure a chamber adopts ("adopted a resolution condemning
// X" is the vote).
func (x *syntax) statementNoun(w int) bool {
	return nounTrigger(strings.ToLower(x.tree.Words[w])).typ == "STATEMENT"
}

// authoringVerbs make their object, a document, their subject's words
// (data/words/authoring_verbs.txt).
var authoringVerbs = wordSet("authoring_verbs.txt")

// documentSenders are the phrases on a document w
// (data/words/vehicle_nouns.txt) that name who speaks through it: its
// "by" ("a statement by the union"), or a "from" that names them ("a
// letter from the Teachers Union"); a common noun after "from" may tell
// where it was sent from ("a letter from prison").
func (x *syntax) documentSenders(w int) []int {
	if !vehicleNouns[strings.ToLower(x.lemma(w))] {
		return nil
	}
	return slices.DeleteFunc(x.childrenWith(w, "nmod"), func(c int) bool {
		return x.caseOf(c) != "by" && (x.caseOf(c) != "from" || x.pos(c) != "PROPN")
	})
}

// speakingHost is the verb whose act a participle v tells the words of:
// the clause it hangs on ("wrote to the Speaker asking him to act"), or
// the verb that issues the document it is on ("sent a letter to Macron
// urging him to act"); -1 for any other word.
func (x *syntax) speakingHost(v int) int {
	if x.circumstance(v) {
		return x.head(v)
	}
	if n := x.head(v); n >= 0 && x.head(n) >= 0 && x.onIssuedStatement(v, x.head(n)) {
		return x.head(n)
	}
	return -1
}

// authoredDocument reports a noun w, verb v's object, through which v's
// subject speaks: a statement, whatever v issues it ("issued a statement
// condemning"), or a document v authors ("sent a letter demanding", not
// "received a letter urging him to resign").
func (x *syntax) authoredDocument(w, v int) bool {
	return x.statementNoun(w) || vehicleNouns[strings.ToLower(x.lemma(w))] && authoringVerbs[strings.ToLower(x.lemma(v))]
}

// objectParticiple reports a past participle v with neither a marker,
// an auxiliary nor an object of its own: the complement of "ordered X
// detained", "wanted X removed", "had X arrested", which its verb's
// object undergoes.
func (x *syntax) objectParticiple(v int) bool {
	// the tagger may take the participle for a past tense ("ordered
	// Koric released"), which a complement never is
	return (x.tree.XPOS[v] == "VBN" || participle(x.tree.Words[v])) && x.bareParticiple(v) && len(x.childrenWith(v, "obj")) == 0
}

// causativeVerbs have their object undergo what a bare participle after
// it tells, done at their subject's behest (data/words/causative_verbs.txt).
var causativeVerbs = wordSet("causative_verbs.txt")

// answeringVerbs answer a wrong a "for" clause tells, done by the one
// they are done to (data/words/answering_verbs.tsv): "sanctioned Russia
// for interfering", "imposed sanctions on the agency for running a
// campaign".
var answeringVerbs = wordTable("answering_verbs.tsv", "object", "on")

// answered is who does what clause v, a gerund that "for" opens with no
// subject of its own, tells, where verb h answers it: h's object, or its
// phrase "on" ("imposed sanctions on the agency for running a
// campaign"); nil for any other clause.
func (x *syntax) answered(h, v int) []int {
	slot := answeringVerbs[x.lemma(h)]
	if slot == "" || x.tree.XPOS[v] != "VBG" || x.markOf(v) != "for" {
		return nil
	}
	if slot == "object" {
		return x.childrenWith(h, "obj")
	}
	for _, c := range x.childrenWith(h, "obl") {
		if x.caseOf(c) == "on" {
			return []int{c} // the first: "imposed sanctions on Russia on Monday"
		}
	}
	for _, o := range x.childrenWith(h, "obj") {
		for _, c := range x.childrenWith(o, "nmod") {
			if x.caseOf(c) == "on" {
				return []int{c} // the phrase hung on the object: "imposed sanctions on the agency"
			}
		}
	}
	return nil
}

// opensNounPhrase reports a word where a noun phrase may start: first in
// its sentence, or after a determiner, a preposition, a verb or another
// modifier ("released detained journalist X"), not after a noun or a
// comma, where a verb the parse read as a modifier stands ("X, speaking
// on Friday, accused Y").
func (x *syntax) opensNounPhrase(w int) bool {
	if w == 0 {
		return true
	}
	switch x.pos(w - 1) {
	case "DET", "ADP", "VERB", "AUX", "ADJ", "NUM", "CCONJ", "PRON":
		return true
	}
	return false
}

var relativePronouns = set("who which that whom")

// objectRelatives are the relative pronouns that may stand for what a
// relative clause's verb is done to.
var objectRelatives = set("which whom")

// argumentMarks open the clause of the act an accusing verb charges its
// object with ("charged X with spying", "accused X of lying").
var argumentMarks = set("with of for")

// namedAs is the words that say who pronoun p, a relative clause's head,
// stands for, where the sentence says it after a copula ("Those who left
// were Kai Norrby and Lena Falk": Norrby and Falk), else p itself.
func (x *syntax) namedAs(p int) []int {
	h := x.head(p)
	if x.pos(p) != "PRON" || x.rel(p) != "nsubj" || h < 0 || h < p || len(x.childrenWith(h, "cop")) == 0 {
		return []int{p}
	}
	names := []int{h}
	for k := 0; k < len(names); k++ {
		// a list's names may hang on the one before, or on its last word
		for _, w := range append([]int{names[k]}, x.childrenWith(names[k], "flat")...) {
			names = append(names, x.childrenWith(w, "conj")...)
		}
	}
	return names
}

// participle reports a past participle by its form: "detained", "held",
// "taken"; not "seeking".
func participle(w string) bool {
	l := strings.ToLower(w)
	return strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "en") || irregularParticiples[l]
}

// retainedObjectVerbs keep their object in the passive, whose subject is
// the one given to (data/words/retained_object_verbs.txt).
var retainedObjectVerbs = wordSet("retained_object_verbs.txt")

// keepsPassiveObject reports a verb v of retainedObjectVerbs that names no
// one it gives to: in the passive, its subject is who gets the object
// ("and granted bail"); with a "to" phrase or an indirect object, who
// gives it ("and granted an interview to the BBC").
func (x *syntax) keepsPassiveObject(v int) bool {
	return retainedObjectVerbs[strings.ToLower(x.lemma(v))] && !slices.ContainsFunc(x.childrenWith(v, "obl", "iobj"), func(c int) bool {
		return x.rel(c) == "iobj" || x.caseOf(c) == "to"
	})
}

// irregularParticiples are past participles in neither "-ed" nor "-en".
var irregularParticiples = wordSet("irregular_participles.txt")

// heldBy reads "her" before an office title that is a verb's object as
// the one given the office, where the parser took it for a possessive:
// "appointed her health minister" (her, as health minister), not her
// minister. Only "her" is both; "his health minister" is his.
func (d *doc) heldBy(si int, x *syntax, w int) []int {
	for _, p := range x.childrenWith(w, "nmod:poss") {
		if !strings.EqualFold(x.tree.Words[p], "her") || p+1 >= len(x.tok) {
			continue
		}
		if o, _, _ := d.titleAt(si, x.token(p)+1); o == nil {
			continue
		}
		if m := d.mentionOver(si, x.token(p)); m != nil && m.via == "pronoun" {
			return d.refs(m)
		}
	}
	return nil
}

// stanceTypes are the events of one side's stance on another's act, whose
// object's nationality names the other side.
var stanceTypes = set("CRITICISM", "SUPPORT")

// nationalityOn is the state whose demonym modifies noun w ("three
// Chinese firms", "Russian officials"), or nil; the parse may take a
// demonym it does not know for a name ("two Pelsaran border posts").
func (d *doc) nationalityOn(si int, x *syntax, w int) []int {
	for _, a := range x.childrenWith(w, "amod", "compound") {
		if m := d.mentionOver(si, x.token(a)); m != nil && m.via == "demonym" {
			// "the Franco-German proposal", "Saudi and Emirati firms":
			// each state's
			return d.demonymListRefs(si, d.demonymListOver(si, m))
		}
	}
	return nil
}

// tradeFlowNouns name goods moving between states
// (data/words/trade_flow_nouns.txt).
var tradeFlowNouns = wordSet("trade_flow_nouns.txt")

// goodsStateOf is the state whose goods trade noun w names in its "of"
// phrase ("imports of Lithuanian beef", "shipments of Chinese steel and
// Latvian pork"), or the trade noun of w's "on" phrase ("a ban on imports
// of Lithuanian beef"): a ban on them is done to that state; nil for any
// other noun.
func (d *doc) goodsStateOf(si int, x *syntax, w int) []int {
	trades := []int{w}
	for _, c := range x.childrenWith(w, "nmod") {
		if x.caseOf(c) == "on" {
			trades = append(trades, c)
		}
	}
	var out []int
	for _, t := range trades {
		if !tradeFlowNouns[strings.ToLower(x.tree.Words[t])] {
			continue
		}
		for _, c := range x.childrenWith(t, "nmod") {
			if x.caseOf(c) != "of" {
				continue
			}
			for _, g := range append([]int{c}, x.childrenWith(c, "conj")...) {
				out = appendNew(out, d.nationalityOn(si, x, g)...)
			}
		}
	}
	return out
}

// nationals reports a demonym used as a noun for people done something
// to ("expelled five Iraqis and a Libyan", "arrested two Kenyans"): a
// plural, or one counted or determined, that is no subject; they are
// people of that state, not the state.
func (x *syntax) nationals(w int) bool {
	if x.pos(w) != "NOUN" && x.pos(w) != "PROPN" || x.baseRel(w) == "nsubj" || x.baseRel(w) == "compound" {
		return false
	}
	xpos := x.tree.XPOS[w]
	return xpos == "NNS" || xpos == "NNPS" || len(x.childrenWith(w, "det", "nummod")) > 0
}

// entsAt lists the entities a word names: the mention over it (a title
// before a name is the name's), else a name set in apposition to it, a body
// that holds it ("the Liberal caucus") or, for a body's members ("police in
// Valdora", "China's embassy"), the state behind them, with the entities
// coordinated with it ("Poland, Hungary and the Czech Republic").
func (d *doc) entsAt(si int, x *syntax, w int, typ string) []int {
	var out []int
	if p := d.personFlatOn(si, x, w); p != nil {
		out = p
	} else if p := d.holderApposedToStatesTitle(si, x, w); p != nil {
		out = p
	} else if m := d.mentionOver(si, x.token(w)); m != nil && d.refs(m) != nil && !(m.via == "demonym" && (x.rel(w) == "amod" || x.nationals(w))) {
		out = appendNew(out, d.refs(m)...)
	} else {
		out = d.nameUnder(si, x, w)
		// "Holm's office denied": who denies for Holm denies as Holm; a
		// statement a lawyer makes stays his, one her office or her
		// spokeswoman makes is hers ("a spokeswoman for Holm said"), but
		// not an aside after what it reports, that only tells whence the
		// news came ("Holm met the envoy, her office said")
		word := strings.ToLower(x.tree.Words[w])
		voice := typ == "STATEMENT" && metonymyCues.voiceOf[word] && !x.reportsBefore(x.head(w))
		if len(out) == 0 && (collectiveNouns[word] || typ == "DENIAL" && x.speaksForIn(w) || voice) {
			out = d.bodyOfMember(si, x, w, typ == "DENIAL" || voice)
		}
		if len(out) == 0 && clientNouns[x.lemma(w)] {
			out = d.clientOfSpeaker(si, x, w) // "Lund's lawyer said his client denied": Lund
		}
		if len(out) == 0 && metonymyCues.stateNouns[word] {
			// "The ministry said" after "Velmark's Interior Ministry
			// announced": the ministry the story named, not its state
			if b := d.bodyCalledBy(si, x.token(w)); b >= 0 {
				out = []int{b}
			}
		}
		if len(out) == 0 {
			out = d.theState(si, x, w)
		}
		if len(out) == 0 {
			out = d.titlesState(si, x, w) // "Velmark's president said": the state's word
		}
		if len(out) == 0 {
			out = d.authorOf(si, x, w) // "a report by Amnesty said": Amnesty's words
		}
		if len(out) == 0 {
			out = d.groupLeader(si, x, w) // "a delegation led by Ivo Dorn held talks": his
		}
		if len(out) == 0 && typ == "VOTE" && x.rel(w) != "nsubj" { // not "the bill sponsored by Ana Holm passed the Senate": she is no voter
			out = d.moverOf(si, x, w) // "an amendment tabled by Ivo Dorn was defeated": his measure voted on
			if len(out) == 0 {
				out = d.motionAgainst(si, x, w) // "a motion of no confidence in Ana Holm was defeated": hers
			}
		}
		if len(out) == 0 && (typ == "SANCTION" && (x.rel(w) == "obj" || x.caseOf(w) == "on") || stanceTypes[typ] && x.rel(w) == "obj") {
			// "sanctioned three Chinese firms", "imposed sanctions on two
			// Iranian companies": China's, Iran's, as the press counts
			// sanctions; "condemned the Indian nuclear tests": India's
			// acts, as "India's nuclear tests" are
			out = d.nationalityOn(si, x, w)
			if len(out) == 0 && typ == "SANCTION" {
				out = d.goodsStateOf(si, x, w) // "banned imports of Lithuanian beef": Lithuania's
			}
		}
		if len(out) == 0 && typ == "ATTACK" && struckWord(x, w) {
			// "shelled two Pelsaran border posts", "fired rockets at
			// Ukrainian positions", "a Valdorian depot was hit by a
			// missile": the state whose posts they are is struck
			out = d.nationalityOn(si, x, w)
		}
		if o := x.objectTakenUp(w); len(out) == 0 && typ == "ACCUSATION" && (x.rel(w) == "obj" || x.rel(w) == "nsubj" && x.markOf(x.head(w)) == "of") && stateOrganNouns[strings.ToLower(x.lemma(o))] {
			// "accused Russian intelligence of hacking" (its object, or
			// the subject the parse gives the "of" clause), "expelled two
			// Russian diplomats, accusing them of spying": the state
			// whose agents they are is accused; not "accused two Chinese
			// nationals", who are no state's organ
			out = d.nationalityOn(si, x, o)
		}
		if len(out) == 0 && typ == "LEGAL_ACTION" && x.rel(w) == "obj" {
			out = d.defendantOf(si, x, w) // "a court upheld his conviction": his
		}
		if len(out) == 0 {
			out = d.appositionAfter(si, x.token(w))
		}
		if len(out) == 0 {
			out = d.appositionOn(si, x, w) // "Ivo Marsh, a businessman accused of bribery": Marsh is accused
		}
		if len(out) == 0 && (typ == "RESIGNATION" || typ == "DISMISSAL") {
			out = d.bodyOfKindNoun(si, x, w) // "left the party", "was expelled from the party"
		}
		if len(out) == 0 && spokenTypes[typ] && x.rel(w) == "nsubj" {
			// "the party denied the claims", "the embassy said the
			// allegations were baseless", "the party said it would
			// appeal": the body named before as such
			if b := d.bodyNamedBy(si, x.token(w)+1); b >= 0 {
				out = []int{b}
			}
		}
		if len(out) == 0 && x.rel(w) == "nsubj" {
			// "The ministry denied the report" after the Ostland
			// Ministry of Defence, "The court rejected the appeal"
			// after the Supreme Court of Veldoria: the one body named
			// before that the noun calls, as the doer; read for the
			// subject only, as a reader would not guess on others'
			// roles
			if b := d.bodyCalledBy(si, x.token(w)); b >= 0 {
				out = []int{b}
			}
		}
		if len(out) == 0 && x.tree.XPOS[w] == "NNS" {
			out = d.peopleListedUnder(si, x, w)
		}
	}
	// the conjuncts, which the parser may hang on a name's last word
	// ("Olga Marchuk and Ivan Teplov": Teplov's Ivan on Marchuk)
	for _, n := range append(x.childrenWith(w, "flat"), w) {
		for _, c := range x.childrenWith(n, "conj") {
			out = appendNew(out, d.entsAt(si, x, c, typ)...)
		}
	}
	// "Poland, the Czech Republic and Hungary" read as a name with another
	// in apposition: a list when both are named things of one kind
	for _, c := range x.childrenWith(w, "appos") {
		if len(out) == 0 {
			break
		}
		if m := d.mentionOver(si, x.token(c)); m != nil && m.named() && m.ent >= 0 && d.ents[m.ent].kind == d.ents[out[0]].kind {
			out = appendNew(out, d.entsAt(si, x, c, typ)...)
		}
	}
	return out
}

// holderApposedToStatesTitle is the person set in apposition to an office
// title whose words run on to a state's or a place's name: in "the
// Minister of Interior of Moldova, Petru Vasca, said" the title is read
// as Moldova's, but the one who speaks is Vasca.
func (d *doc) holderApposedToStatesTitle(si int, x *syntax, w int) []int {
	m := d.mentionOver(si, x.token(w))
	if m == nil || x.token(w) >= m.first || m.ent < 0 {
		return nil
	}
	if k := d.ents[m.ent].kind; k != polgraph.KindCountry && k != polgraph.KindPlace {
		return nil
	}
	for _, c := range x.childrenWith(w, "appos") {
		if p := d.mentionOver(si, x.token(c)); p != nil && p.ent >= 0 && d.ents[p.ent].kind == polgraph.KindPerson {
			return d.refs(p)
		}
	}
	return nil
}

// personFlatOn is the person named by the words the parser joined to
// word w as one name when w itself names a party or a body: in "Democrat
// Sidney Yates voted", "Democrat" heads the name and the voter is Yates.
func (d *doc) personFlatOn(si int, x *syntax, w int) []int {
	m := d.mentionOver(si, x.token(w))
	if m == nil || m.ent < 0 || d.ents[m.ent].kind == polgraph.KindPerson {
		return nil
	}
	for _, c := range x.childrenWith(w, "flat") {
		if p := d.mentionOver(si, x.token(c)); p != nil && p != m && p.ent >= 0 && d.ents[p.ent].kind == polgraph.KindPerson {
			return d.refs(p)
		}
	}
	return nil
}

// authorOf is who made the report that word w names ("a report by
// Amnesty International", "a study from the institute", "the report,
// published by the institute on Monday,"), or nil.
func (d *doc) authorOf(si int, x *syntax, w int) []int {
	if deniedNouns[strings.ToLower(x.lemma(w))] != "report" && !vehicleNouns[strings.ToLower(x.lemma(w))] {
		return nil
	}
	for _, c := range append(x.childrenWith(w, "nmod"), x.participleAgents(w)...) {
		if cs := x.caseOf(c); cs != "by" && cs != "from" {
			continue
		}
		if out := d.namedAuthors(si, x, c); len(out) > 0 {
			return out
		}
	}
	return nil
}

// namedAuthors are the named entities at the author word c and the words
// coordinated with it: "a joint statement by Poland and Lithuania" is
// both states' words, every signatory's.
func (d *doc) namedAuthors(si int, x *syntax, c int) []int {
	var out []int
	for _, k := range append([]int{c}, x.childrenWith(c, "conj")...) {
		if m := d.mentionOver(si, x.token(k)); m != nil && m.named() && d.refs(m) != nil {
			out = appendNew(out, d.refs(m)...)
		}
	}
	return out
}

// caseNouns are what a court rules on that stands for whom it is against.
var caseNouns = wordSet("case_nouns.txt")

// defendantOf is whom the case word w names is against: its possessor or
// the one its "of", "against" or "on" phrase names ("his conviction", "the
// appeal of Ana Holm", "the case against Ivo Dorn", "the ban on Holm"),
// or nil.
func (d *doc) defendantOf(si int, x *syntax, w int) []int {
	if !caseNouns[strings.ToLower(x.tree.Words[w])] {
		return nil
	}
	for _, c := range x.childrenWith(w, "nmod:poss") {
		if m := d.mentionOver(si, x.token(c)); m != nil && d.refs(m) != nil {
			return d.refs(m)
		}
	}
	for _, c := range x.childrenWith(w, "nmod") {
		switch x.caseOf(c) {
		case "of", "against", "on":
			if out := d.entsAt(si, x, c, ""); len(out) > 0 {
				return out
			}
		}
	}
	return nil
}

// moverOf is who put forward the measure word w names ("an amendment
// tabled by Ivo Dorn", "a motion put forward by the Greens", "a bill
// sponsored by Senator Ana Holm", "Holm's amendment"), or nil: a vote on
// a measure is a vote on its mover's proposal, whether or not the
// chamber is named.
func (d *doc) moverOf(si int, x *syntax, w int) []int {
	if !measureNouns[strings.ToLower(x.lemma(w))] && !measureNouns[strings.ToLower(x.tree.Words[w])] {
		return nil
	}
	for _, c := range x.childrenWith(w, "nmod:poss") {
		if m := d.mentionOver(si, x.token(c)); m != nil && m.named() && d.refs(m) != nil {
			return d.refs(m)
		}
	}
	for _, c := range x.childrenWith(w, "nmod", "acl") {
		by := c
		if x.rel(c) == "acl" {
			agents := x.childrenWith(c, "obl:agent")
			if len(agents) == 0 {
				continue
			}
			by = agents[0]
		}
		if x.caseOf(by) != "by" {
			continue
		}
		if out := d.entsAt(si, x, by, ""); len(out) > 0 {
			return out
		}
	}
	return nil
}

// motionAgainst is whom the measure word w names is moved against: the
// one its "in" or "against" phrase names, on it or on its "of" phrase ("a
// motion of no confidence in Ana Holm", "a censure motion against the
// Harbour Party"), or nil: a vote of confidence in someone is a vote on
// them.
func (d *doc) motionAgainst(si int, x *syntax, w int) []int {
	if !measureNouns[strings.ToLower(x.lemma(w))] && !measureNouns[strings.ToLower(x.tree.Words[w])] {
		return nil
	}
	heads := []int{w}
	for _, c := range x.childrenWith(w, "nmod") {
		if x.caseOf(c) == "of" {
			heads = append(heads, c) // "of no confidence in ..."
		}
	}
	for _, h := range heads {
		for _, c := range x.childrenWith(h, "nmod") {
			if k := x.caseOf(c); k != "in" && k != "against" {
				continue
			}
			if out := d.entsAt(si, x, c, ""); len(out) > 0 && d.ents[out[0]].kind != polgraph.KindPlace && d.ents[out[0]].kind != polgraph.KindCountry {
				return out
			}
		}
	}
	return nil
}

// bodyOfKindNoun is the body "the party" or "the country" at word w
// stands for: the last of that kind named, or nil.
func (d *doc) bodyOfKindNoun(si int, x *syntax, w int) []int {
	i := x.token(w)
	if b := d.bodyNamedBy(si, i+1); b >= 0 && bodyKindNouns[d.toks[i].lower] != "" {
		return []int{b}
	}
	return nil
}

// nameUnder is the name a common noun stands for through its dependents:
// a name in apposition ("the minister, Ana Holm"), a person first, or the
// party or body a noun belongs to ("the Liberal caucus", "the Labour
// leadership"), or the place a place noun is of ("the city of Odesa");
// never a demonym or a country a modifier names ("a Canadian MP" is no
// Canada).
func (d *doc) nameUnder(si int, x *syntax, w int) []int {
	var body []int
	for c, h := range x.tree.Head {
		if h != w {
			continue
		}
		if p := d.nameAfterBodyOf(si, x, c); p != nil {
			return p
		}
		m := d.mentionOver(si, x.token(c))
		if (m == nil || d.refs(m) == nil) && x.rel(c) == "nmod" && x.caseOf(c) == "for" && workRoles[strings.ToLower(x.tree.Words[w])] && body == nil {
			// "a spokesman for the UN secretary-general": the body the
			// head he speaks for serves
			body = d.bodyNamedIn(si, x, c)
			continue
		}
		if m == nil && body == nil && x.rel(c) == "nmod" && (x.caseOf(c) == "of" || x.legislatorsOf(w, c)) {
			// "members of the ruling Harvest party", "lawmakers from the
			// Harvest party": the body whose name modifies the noun of
			// its kind
			body = d.bodyOfKindNamed(si, x, c)
			continue
		}
		if m == nil || d.refs(m) == nil || m.via == "demonym" {
			continue
		}
		kind := d.ents[d.refs(m)[0]].kind
		switch x.rel(c) {
		case "appos", "flat":
			if kind == polgraph.KindPerson {
				return d.refs(m)
			}
			if body == nil {
				body = d.refs(m)
			}
		case "compound", "amod", "nmod:poss", "nmod":
			if x.rel(c) == "nmod" && x.caseOf(c) != "of" && !(x.caseOf(c) == "for" && workRoles[strings.ToLower(x.tree.Words[w])]) && !x.legislatorsOf(w, c) {
				continue // "a spokesman for the Commission" speaks for it; "deputies from the Green Union" are its members
			}
			// "the Liberal caucus", "the caucus of the Liberal Party"
			if (kind == polgraph.KindParty || kind == polgraph.KindOrganization) && body == nil {
				body = d.refs(m)
			}
			if (kind == polgraph.KindPlace || kind == polgraph.KindCountry) && x.rel(c) == "nmod" && placeHeads[strings.ToLower(x.tree.Words[w])] && body == nil {
				body = d.refs(m) // "the port city of Odesa was hit": the city is Odesa
			}
		}
	}
	return body
}

// reportsBefore reports a verb of saying set after the clause it reports,
// as a closing tail or an aside: "Holm met the envoy, her office said",
// "The talks were brief, her office said", "Holm spoke to him, her office
// said, and invited him".
func (x *syntax) reportsBefore(v int) bool {
	if v < 0 {
		return false
	}
	if x.rel(v) == "parataxis" && x.head(v) < v {
		return true
	}
	return slices.ContainsFunc(x.childrenWith(v, "ccomp", "parataxis"), func(c int) bool { return c < v })
}

// bodyOfKindNamed is the party or organisation a noun of its kind, c,
// takes its name from ("the ruling Harvest party"), or nil.
func (d *doc) bodyOfKindNamed(si int, x *syntax, c int) []int {
	kind := kindNouns[strings.ToLower(x.lemma(c))]
	if kind != polgraph.KindParty && kind != polgraph.KindOrganization {
		return nil
	}
	for _, n := range x.childrenWith(c, "compound", "amod", "flat") {
		if m := d.mentionOver(si, x.token(n)); m != nil && m.named() {
			if r := d.refs(m); len(r) > 0 && d.ents[r[0]].kind == kind {
				return r
			}
		}
	}
	return nil
}

// nameAfterBodyOf is the person the parse sets in apposition to the
// "of" phrase c of a noun, where that phrase names no one:
// in "the head of the department Anwar Hakimi was detained" Hakimi is the
// head, as he is with commas; in "the wife of the minister Ivo Dorn" the
// name is the minister's, not the wife's.
func (d *doc) nameAfterBodyOf(si int, x *syntax, c int) []int {
	if x.rel(c) != "nmod" || x.caseOf(c) != "of" || x.pos(c) != "NOUN" {
		return nil
	}
	if d.someoneNoun(si, x, c) {
		return nil
	}
	for _, a := range x.childrenWith(c, "appos") {
		if m := d.mentionOver(si, x.token(a)); m != nil && m.named() && d.refs(m) != nil && d.ents[d.refs(m)[0]].kind == polgraph.KindPerson {
			return d.refs(m)
		}
	}
	return nil
}

// someoneNoun reports a noun for someone: a word for people, a work role
// or an office title ("the head", "the chairman").
func (d *doc) someoneNoun(si int, x *syntax, w int) bool {
	return personNouns[strings.ToLower(x.lemma(w))] || workRoles[strings.ToLower(x.tree.Words[w])] || d.officeObject(si, x, w)
}

// bodyNamedIn is the organisation or party named among the compounds
// and possessors of noun w, nested ("the United Nations
// secretary-general"), or nil.
func (d *doc) bodyNamedIn(si int, x *syntax, w int) []int {
	for _, c := range x.childrenWith(w, "compound", "nmod:poss") {
		if m := d.mentionOver(si, x.token(c)); m != nil && m.named() && d.refs(m) != nil {
			if k := d.ents[d.refs(m)[0]].kind; k == polgraph.KindOrganization || k == polgraph.KindParty {
				return d.refs(m)
			}
		}
		if b := d.bodyNamedIn(si, x, c); b != nil {
			return b
		}
	}
	return nil
}

// pronounOwner is the body possessive pronoun c on noun w stands for
// (possessorBefore). A state noun of data/metonymy.tsv ("its foreign
// ministry", "its army") is a state's: where the pronoun would fall to an
// organisation the sentence names outside its subjects, the object a
// state acts on ("Canada fined Pardis Aero, its foreign ministry said"),
// it is the state named last before the pronoun instead. An organisation
// a clause is about keeps the noun: "Hamas said its military wing".
func (d *doc) pronounOwner(si int, x *syntax, c, w int) int {
	p := x.token(c)
	b := d.possessorBefore(si, p+1)
	if b < 0 || d.ents[b].kind != polgraph.KindOrganization || !metonymyCues.stateNouns[strings.ToLower(x.lemma(w))] {
		return b
	}
	mb := d.lastMentionBefore(si, p, b)
	if mb == nil || strings.HasPrefix(x.rel(x.spanHead(mb.first, mb.last+1)), "nsubj") {
		return b
	}
	if s := d.lastStateBefore(si, mb.first); s >= 0 {
		return s
	}
	return b
}

// lastStateBefore is the country named last before token i of sentence
// si, a capital standing for its state included, or -1.
func (d *doc) lastStateBefore(si, i int) int {
	found := -1
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.last < i && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindCountry && !d.toks[m.first].quoted {
			found = m.ent
		}
	}
	return found
}

// bodyOfMember is the state or organisation a collective noun stands for: "the
// Varovian authorities", "China's embassy", "police in Valdora", "its
// troops", "Iranian intelligence officers".
func (d *doc) bodyOfMember(si int, x *syntax, w int, denial bool) []int {
	for _, c := range x.childrenWith(w, "nmod:poss", "amod", "nmod", "compound") {
		if x.rel(c) == "nmod:poss" && possessivePronouns[strings.ToLower(x.tree.Words[c])] {
			// "Israel said its forces had": the body the pronoun stands for
			if b := d.pronounOwner(si, x, c, w); b >= 0 {
				return []int{b}
			}
			continue
		}
		m := d.mentionOver(si, x.token(c))
		if m == nil && denial && (x.rel(c) == "nmod:poss" || x.rel(c) == "nmod" && (x.caseOf(c) == "for" || x.caseOf(c) == "of")) {
			// "a spokesman for the ministry", "the ruling party's
			// secretary-general": the body the noun stands for, named
			// before
			if b := d.bodyNamedBy(si, x.token(c)+1); b >= 0 {
				return []int{b}
			}
		}
		if m == nil && x.rel(c) == "compound" && stateOrganNouns[strings.ToLower(x.lemma(c))] {
			// "two Iranian intelligence officers": the state that
			// modifies the service is the one its members serve
			if out := d.bodyOfMember(si, x, c, denial); len(out) > 0 {
				return out
			}
		}
		if m == nil || d.refs(m) == nil {
			continue
		}
		if cs := x.caseOf(c); x.rel(c) == "nmod" && !placePreps[cs] && cs != "of" && cs != "from" && !(denial && (cs == "for" || cs == "to")) { // "a spokesman for Holm", "an aide to Holm"
			continue
		}
		if x.caseOf(w) == "by" && x.rel(c) == "nmod" && placePreps[x.caseOf(c)] && d.ents[d.refs(m)[0]].kind == polgraph.KindPlace {
			// "was arrested by security forces in Grodno": the town is
			// where the passive's doers acted, not a body that acted
			continue
		}
		if x.rel(c) == "nmod:poss" && x.armedNoun(w) {
			// "Dravonia's defence minister, Sabina Korr, said her troops
			// had shelled": a minister's troops are her state's
			if b := d.bodyServed(si, d.refs(m)); b >= 0 {
				return []int{b}
			}
		}
		if m.via == "demonym" && x.partyMembers(w) {
			continue // "three Varovian opposition leaders": a party's, not the state's
		}
		out := slices.Clone(d.refs(m))
		if m.via == "demonym" {
			// "Jordanian, Egyptian and Saudi officials", however the
			// parse hangs the list: each state's
			out = appendNew(out, d.demonymListRefs(si, m)...)
		}
		for _, cj := range x.childrenWith(c, "conj") {
			// "the French and German foreign ministries": each state's
			if m := d.mentionOver(si, x.token(cj)); m != nil {
				out = appendNew(out, d.refs(m)...)
			}
		}
		return out
	}
	return nil
}

// partyMembers reports a collective noun w that a party's standing or
// the word "party" modifies ("opposition leaders", "party officials"):
// members of a party, whom a nationality before them does not make a
// state's body.
func (x *syntax) partyMembers(w int) bool {
	return slices.ContainsFunc(x.childrenWith(w, "compound", "amod"), func(c int) bool {
		return partyAdjectives[strings.ToLower(x.tree.Words[c])] || strings.ToLower(x.lemma(c)) == "party"
	})
}

// statesServed are the states whose offices the persons of sides hold
// by titles in sentence si ("Chilean President Ivo Dorn met Peruvian
// President Ana Holm. The two countries signed a pact": Chile and Peru),
// where each is a person holding a different state's; else sides as
// they are.
func (d *doc) statesServed(si int, sides []int) []int {
	var states []int
	for _, p := range sides {
		b := d.bodyServed(si, []int{p})
		if b < 0 || slices.Contains(states, b) {
			return sides
		}
		states = append(states, b)
	}
	return states
}

// bodyServed is the state whose office the one person of ents holds by
// a title before the person's name in sentence si: in apposition
// ("Dravonia's defence minister, Sabina Korr,") or with the state's
// demonym ("Dravonian Defence Minister Sabina Korr"); else -1.
func (d *doc) bodyServed(si int, ents []int) int {
	if len(ents) != 1 || d.ents[ents[0]].kind != polgraph.KindPerson {
		return -1
	}
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.ent != ents[0] || !m.named() {
			continue
		}
		if m.office != nil && m.officeStart > d.sents[si].first {
			if s := d.mentionOver(si, m.officeStart-1); s != nil && s.via == "demonym" && s.ent >= 0 && d.ents[s.ent].kind == polgraph.KindCountry {
				return s.ent
			}
		}
		if m.first-1 <= d.sents[si].first || d.toks[m.first-1].text != "," {
			continue
		}
		if _, b := d.possessedTitle(si, m.first-1); b >= 0 && d.ents[b].kind == polgraph.KindCountry {
			return b
		}
	}
	return -1
}

// occasionHolders are the named subject of the verb that meeting noun w
// is the occasion of ("During a visit to Ankara, Holm asked", before the
// verb or after it), or that it tells what came after or before ("Holm
// said after talks with Dorn"), where the verb names no one it is done
// to: who does the verb's act held the meeting; not "Police arrested
// Dorn after a meeting with the envoy", where Dorn met him.
func (d *doc) occasionHolders(si int, x *syntax, w int) []int {
	v := x.occasionOf(w, true)
	if v < 0 && x.baseRel(w) == "obl" && sequenceCases[x.caseOf(w)] {
		v = x.head(w)
		if v >= 0 && slices.ContainsFunc(x.childrenWith(v, "obj", "iobj"), func(c int) bool { return d.namesUnder(si, x, c) }) {
			return nil
		}
	}
	if v < 0 || !x.isVerb(v) {
		return nil
	}
	subjWords, passive, _ := x.subjectOf(v, 0)
	if passive {
		return nil
	}
	var out []int
	for _, s := range subjWords {
		out = appendNew(out, d.entsAt(si, x, s, "MEETING")...)
	}
	return out
}

// mentionOver is the mention of sentence si that covers token i, or nil;
// an office title before a name is the name's ("Secretary of State Ana
// Holm"), where the name is a person's: a party's name after an office's
// words is no holder of it ("the leader of the opposition Pheu Thai
// party": the leader is someone else).
func (d *doc) mentionOver(si, i int) *mention {
	ments := d.mentionsIn(si)
	for _, mi := range ments {
		if m := &d.ments[mi]; m.first <= i && i < m.last {
			return m
		}
	}
	for _, mi := range ments {
		if m := &d.ments[mi]; m.office != nil && m.officeStart <= i && i < m.first && !(m.ent >= 0 && (d.ents[m.ent].kind == polgraph.KindParty || d.ents[m.ent].kind == polgraph.KindOrganization)) {
			return m
		}
	}
	return nil
}

// appendNew appends the values of add not already in s.
func appendNew[T comparable](s []T, add ...T) []T {
	for _, v := range add {
		if !slices.Contains(s, v) {
			s = append(s, v)
		}
	}
	return s
}

// namedSpeaker reports whether the verb of reported speech at token i has
// a subject that names a person or body: "Holm said", "the ministry said
// in a statement", not "it is said" or "analysts say".
func (d *doc) namedSpeaker(i, si int, typ string) bool {
	x, v := d.tokenTree(si, i)
	if v < 0 || !x.isVerb(v) {
		return false
	}
	subj, passive, _ := x.subjectOf(v, 0)
	if passive {
		return false
	}
	for _, m := range x.childrenWith(v, "mark") {
		if strings.EqualFold(x.tree.Words[m], "as") {
			return false // "had defended the MP, as he said": the saying backs another event
		}
	}
	for _, w := range subj {
		if len(d.entsAt(si, x, w, typ)) > 0 {
			return true
		}
	}
	return false
}

// clauseSubject is whom a reported clause is about: its subject, or where
// that names no one ("sources said that the MP had met"), the subject of
// the clause it reports in turn.
func (d *doc) clauseSubject(si int, x *syntax, c int, typ string) []int {
	for depth := 0; c >= 0 && depth < 3; depth++ {
		var out []int
		for _, s := range x.childrenWith(c, "nsubj", "nsubj:pass") {
			for _, e := range d.entsAt(si, x, s, typ) {
				if d.ents[e].kind != polgraph.KindPlace { // "police in Wexcombe arrested": where, not whom it is about
					out = appendNew(out, e)
				}
			}
		}
		if len(out) > 0 {
			return out
		}
		next := x.childrenWith(c, "ccomp")
		if len(next) == 0 {
			return nil
		}
		c = next[0]
	}
	return nil
}

// peopleListedUnder is the people a plural noun w lists after a comma,
// wherever in w's phrase the parser hangs them: "two reporters for the
// news site Zerkalo, Olga Marchuk and Ivan Teplov," read as Zerkalo's
// conjuncts are the reporters. A name after a preposition of its own
// ("two aides to Ana Holm") is not one of them, nor one in apposition to
// another noun (listHost). Those the noun says it includes ("Several
// MPs, including Ana Holm, criticised the plan") are among them.
func (d *doc) peopleListedUnder(si int, x *syntax, w int) []int {
	var out []int
	for c := range x.tree.Head {
		if c <= w || !x.dominates(w, c) {
			continue
		}
		if x.head(c) == w && x.rel(c) == "nmod" && memberListCases[x.caseOf(c)] {
			if m := d.mentionOver(si, x.token(c)); m != nil && m.named() && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPerson {
				out = appendNew(out, d.refs(m)...)
				for _, j := range x.childrenWith(c, "conj") {
					out = appendNew(out, d.entsAt(si, x, j, "")...)
				}
			}
			continue
		}
		if x.rel(c) != "appos" && x.rel(c) != "conj" || x.caseOf(c) != "" || !d.listHost(si, x, w, x.head(c)) {
			continue
		}
		m := d.mentionOver(si, x.token(c))
		if m == nil || !m.named() || m.ent < 0 || d.ents[m.ent].kind != polgraph.KindPerson || m.first == 0 {
			continue
		}
		if p := d.toks[m.first-1].lower; p == "," || p == "and" {
			out = appendNew(out, d.refs(m)...)
		}
	}
	return out
}

// listHost reports whether word h may carry the list of people a plural
// noun w names: w itself, or a name of something else in its phrase that
// the parser took for the list's first item; not another person noun
// ("eleven people ..., the regional police chief, Arne Vosk," is the chief).
func (d *doc) listHost(si int, x *syntax, w, h int) bool {
	if h == w {
		return true
	}
	m := d.mentionOver(si, x.token(h))
	return m != nil && m.named() && m.ent >= 0 && d.ents[m.ent].kind != polgraph.KindPerson
}

// appositionAfter is the person named in apposition right after token i
// ("his deputy, Andrei Cazan,"), which a parse may hang elsewhere.
func (d *doc) appositionAfter(si, i int) []int {
	if i+2 >= d.sents[si].last || d.toks[i+1].text != "," {
		return nil
	}
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.first == i+2 && m.named() && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPerson {
			return d.refs(m)
		}
	}
	return nil
}

// appositionOn is the person named by the phrase that common noun w is
// in apposition to ("Ivo Marsh, a businessman accused of bribery"): what
// the noun's own clause tells of it, it tells of the one named.
func (d *doc) appositionOn(si int, x *syntax, w int) []int {
	if x.pos(w) != "NOUN" {
		return nil
	}
	return d.personApposed(si, x, w)
}

// personApposed is the named person that word w, whatever its tag, stands
// in apposition to after the name ("Ana Holm, a former Harvest Front MP
// who defected"), or nil.
func (d *doc) personApposed(si int, x *syntax, w int) []int {
	h := x.head(w)
	if h < 0 || x.rel(w) != "appos" || h > w {
		return nil
	}
	if m := d.mentionOver(si, x.token(h)); m != nil && m.named() && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPerson {
		return d.refs(m)
	}
	return nil
}

// speakerOfStatementIn is who speaks in the statement that noun trigger o
// tells where the sentence opens with it: "In a statement released in
// Harare, Tendai Mukwashi praised the police" is Mukwashi's statement, the
// subject of the verb "in a statement" hangs on; nil where there is none.
func (d *doc) speakerOfStatementIn(si int, o occurrence) []int {
	x, w := d.triggerTree(si, o.i, o.n)
	if w < 0 || x.caseOf(w) != "in" || x.baseRel(w) != "obl" {
		return nil
	}
	v := x.head(w)
	if v < 0 || !x.isVerb(v) {
		return nil
	}
	var out []int
	for _, c := range x.childrenWith(v, "nsubj") {
		out = appendNew(out, d.entsAt(si, x, c, "STATEMENT")...)
	}
	return out
}

// ledGroups are data/words/led_groups.tsv: group nouns and the
// participles that name who leads one.
var ledGroups = wordTable("led_groups.tsv", "group", "leading")

// groupLeader is who leads the group that noun w names, by a participle
// of ledGroups with a "by" phrase ("a delegation led by Ivo Dorn"), or
// nil.
func (d *doc) groupLeader(si int, x *syntax, w int) []int {
	if ledGroups[strings.ToLower(x.lemma(w))] != "group" {
		return nil
	}
	for _, p := range x.childrenWith(w, "acl") {
		if ledGroups[strings.ToLower(x.tree.Words[p])] != "leading" {
			continue
		}
		for _, c := range x.childrenWith(p, "obl", "obl:agent") {
			if x.caseOf(c) != "by" {
				continue
			}
			if m := d.mentionOver(si, x.token(c)); m != nil && m.named() {
				return d.people(d.refs(m))
			}
		}
	}
	return nil
}

// sidesNouns are plural nouns for the parties to a meeting
// (data/words/sides_nouns.txt).
var sidesNouns = wordSet("sides_nouns.txt")

// meetingSides reports a plural noun w for the parties to a meeting that
// "both" or "the two" sets out as two, "the two sides", "both leaders",
// or that "the" alone makes the ones just told of: "the leaders agreed"
// after their meeting. A word that says whose or which ("the opposition
// leaders", "the leaders of the region") makes them others.
func (x *syntax) meetingSides(w int) bool {
	if !sidesNouns[strings.ToLower(x.tree.Words[w])] {
		return false
	}
	definite := false
	for _, c := range x.childrenWith(w, "det", "nummod", "det:predet") {
		switch strings.ToLower(x.tree.Words[c]) {
		case "both", "two":
			return true
		case "the":
			definite = true
		}
	}
	return definite && len(x.childrenWith(w, "amod", "compound", "nmod", "nmod:poss", "acl", "acl:relcl", "appos")) == 0
}

// sidesMet are the named parties to the last meeting told before token i
// in sentence si or the one before it, and that meeting, where it has two
// or more; else nil.
func (d *doc) sidesMet(si, i int) ([]int, *event) {
	for k := len(d.events) - 1; k >= 0; k-- {
		ev := d.events[k]
		if ev.sent < si-1 {
			break
		}
		if ev.typ != "MEETING" || ev.trig[0] >= i {
			continue
		}
		var sides []int
		for _, p := range ev.parts {
			if p.role == "agent" || p.role == "participant" {
				sides = append(sides, p.ent)
			}
		}
		if len(sides) >= 2 {
			return sides, ev
		}
		if !ev.noun {
			return nil, nil
		}
		// "met visiting Zambian Foreign Minister X": the noun the verb's
		// meeting takes in, whose sides are the verb's
	}
	return nil, nil
}

// stateSideNouns are the sides nouns that may stand for two states
// (data/words/state_side_nouns.txt).
var stateSideNouns = wordSet("state_side_nouns.txt")

// statePairBefore is the two states of the last pair joined by a hyphen
// ("China-Indonesia relations", "Sino-US ties") told before token i in
// sentence si or in the one before it; else nil.
func (d *doc) statePairBefore(si, i int) []int {
	for s := si; s >= max(0, si-1); s-- {
		var pair []int
		for _, mi := range d.mentionsIn(s) {
			if m := &d.ments[mi]; m.paired && (s < si || m.last <= i) {
				if r := d.refs(m); len(r) == 1 && !slices.Contains(pair, r[0]) {
					pair = append(pair, r[0])
				}
			}
		}
		if len(pair) >= 2 {
			return pair[len(pair)-2:]
		}
	}
	return nil
}

// subjectAfterPhrase reports whether w is verb v's subject right after an
// oblique of v that a preposition opens ("In March Ivo Dorn resigned"):
// the preposition is the oblique's, not the name's.
func (x *syntax) subjectAfterPhrase(v, w int) bool {
	if x.head(w) != v || x.rel(w) != "nsubj" && x.rel(w) != "nsubj:pass" {
		return false
	}
	start := x.phraseStart(w)
	return slices.ContainsFunc(x.childrenWith(v, "obl"), func(c int) bool {
		return c < start && x.caseOf(c) != "" && slices.Max(x.subtree(c, nil)) == start-1
	})
}

// subjectAfterOpener reports whether w is verb v's subject right after the
// word that opens v's clause ("resigned after Mira Kask, his rival,
// accused him"): the opener is the clause's, no preposition of the name.
func (x *syntax) subjectAfterOpener(v, w int) bool {
	if x.head(w) != v || x.rel(w) != "nsubj" && x.rel(w) != "nsubj:pass" {
		return false
	}
	ms := x.childrenWith(v, "mark")
	return len(ms) > 0 && clauseOpeners[strings.ToLower(x.tree.Words[ms[0]])] && ms[0] == x.phraseStart(w)-1
}

// clientNouns name the one a lawyer or a spokesman speaks for
// (data/words/client_nouns.txt).
var clientNouns = wordSet("client_nouns.txt")

// clientOfSpeaker is the one the speaker of the clause that word w, a
// client noun, is in speaks for: in "Lund's lawyer, Tobias Fenn, said his
// client denied the charges" the client is Lund. nil where no speaker up
// the reported clauses speaks for one named.
func (d *doc) clientOfSpeaker(si int, x *syntax, w int) []int {
	for c, depth := x.head(w), 0; c >= 0 && depth < 4 && reportedClause[x.baseRel(c)]; depth++ {
		h := x.head(c)
		if h < 0 || !x.isVerb(h) {
			return nil
		}
		if p := d.speakersPrincipals(si, x, h, "nsubj"); len(p) > 0 {
			return p[:1]
		}
		c = h
	}
	return nil
}

// speakersPrincipals are, in order, the ones the subjects of verb v (by
// the relations rels) speak for, where a subject or a name in apposition
// to it is a word of one who speaks for another ("Lund's lawyer, Tobias
// Fenn, said", "Holm's party, the Civic Forum, said").
func (d *doc) speakersPrincipals(si int, x *syntax, v int, rels ...string) []int {
	var out []int
	for _, s := range x.childrenWith(v, rels...) {
		words := append([]int{s}, x.childrenWith(s, "appos")...)
		if x.rel(s) == "appos" && x.head(s) >= 0 {
			words = append(words, x.head(s))
		}
		for _, w := range words {
			if !x.speaksForIn(w) {
				continue
			}
			if p := d.bodyOfMember(si, x, w, true); len(p) == 1 {
				out = append(out, p[0])
			}
		}
	}
	return out
}

// pluralNounBefore reports whether the nearest of what could stand for
// the "they" at word w, looking back through its sentence, is a plural
// common noun that names no one ("three diplomats"), not a name.
func (d *doc) pluralNounBefore(si int, x *syntax, w int) bool {
	for k := w - 1; k >= 0; k-- {
		if m := d.mentionOver(si, x.token(k)); m != nil && m.ent >= 0 {
			return false
		}
		if x.tree.XPOS[k] == "NNS" && (x.baseRel(k) == "obj" || x.baseRel(k) == "nsubj") {
			return true
		}
	}
	return false
}

// struckWord reports whether word w names what an attack is done to:
// the object of its verb ("shelled two border posts"), a passive's
// subject ("a depot was hit"), or a phrase it is aimed at ("fired at
// positions near Brask", "strikes on energy sites", "an offensive
// against rebel posts").
func struckWord(x *syntax, w int) bool {
	switch x.rel(w) {
	case "obj", "nsubj:pass":
		return true
	case "obl", "nmod":
		k := x.caseOf(w)
		return k == "at" || k == "on" || k == "against"
	}
	return false
}

// takenUpPronouns are the object pronouns objectTakenUp reads, each with
// the tag of the noun it may stand for.
var takenUpPronouns = map[string]string{"them": "NNS", "him": "NN", "her": "NN"}

// objectTakenUp is the object of the verb that object pronoun w takes up,
// where w is the object of a participle with no subject of its own hung on
// that verb ("expelled two Russian diplomats, accusing them of spying":
// the diplomats, whom the expelling and the accusing are done to), and
// the object agrees with the pronoun in number; else w itself.
func (x *syntax) objectTakenUp(w int) int {
	tag, ok := takenUpPronouns[strings.ToLower(x.tree.Words[w])]
	v := x.head(w)
	if !ok || x.rel(w) != "obj" || v < 0 || x.tree.XPOS[v] != "VBG" || x.rel(v) != "advcl" || len(x.childrenWith(v, "nsubj", "nsubj:pass")) > 0 {
		return w
	}
	h := x.head(v)
	if h < 0 || !x.isVerb(h) {
		return w
	}
	objs := x.childrenWith(h, "obj")
	if len(objs) != 1 || objs[0] > v || x.tree.XPOS[objs[0]] != tag {
		return w
	}
	return objs[0]
}

// saysHere reports an adverb "here" on verb v.
func (x *syntax) saysHere(v int) bool {
	return slices.ContainsFunc(x.childrenWith(v, "advmod"), func(c int) bool { return strings.EqualFold(x.tree.Words[c], "here") })
}
