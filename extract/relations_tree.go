package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// partyRoles are the nouns for a party's people: a party that modifies one
// ("a Green Party councillor", "the Labour candidate") names the party of
// whoever the noun stands for.
var partyRoles = wordSet("party_roles.txt")

// ticketNouns are what a candidate stands on: "the Labour ticket"
// (data/words/ticket_nouns.txt).
var ticketNouns = wordSet("ticket_nouns.txt")

// legislatorNouns name a member of an elected assembly
// (data/words/legislator_nouns.txt).
var legislatorNouns = wordSet("legislator_nouns.txt")

// treeMemberships reads party memberships and seats off the tree of
// sentence si: a party that modifies a name ("Labour's Keir Starmer") or a
// role noun set beside the name or said of it ("Ana Lisk, a Green Party
// councillor"; "Ana Lisk is a Green Party councillor"; "Sara Holm, the
// Labour candidate for Leeds North"; "Conservative MP Priti Patel"), the
// party someone stood as (partiesStoodFor), and the district of a
// legislator's noun beside the name ("the MP for Whitby, Ann Dorr").
func (d *doc) treeMemberships(si int) {
	var persons []*mention
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.named() && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPerson {
			persons = append(persons, m)
		}
	}
	party, place := d.sentenceNames(si, polgraph.KindParty), d.sentenceNames(si, polgraph.KindPlace)
	if !party && len(persons) > 0 && d.wordIn(si, partyNouns) && d.lastNamed(si, d.sents[si].first, polgraph.KindParty) >= 0 {
		party = true // "X, the party's parliamentary leader,": the party named before
	}
	// a party no list knows, read as a body ("is standing for the Harvest
	// Union", "a Harvest Union member"): what a candidate stands for or
	// on, and what a party's role noun is of, still says whose member one is
	partyish := party || len(persons) > 0 && d.namesPartyLike(si)
	if len(persons) == 0 && !party || !partyish && !place && !(d.wordIn(si, deputyNouns) && d.partyLeaderKnown()) {
		return // a party's leader known: "Veldre's deputy, X" names no party
	}
	x := d.syntaxOf(si)
	if x == nil {
		return
	}
	if partyish {
		d.partiesStoodFor(si, x)
	}
	if party {
		d.partiesOwned(si, x)
	}
	for _, m := range persons {
		w := x.spanHead(m.first, m.last)
		if w < 0 {
			continue
		}
		// the words that stand for the person: the name, its title and
		// the role nouns in apposition to it
		words := append([]int{w}, d.titleWords(si, x, m)...)
		for _, a := range x.childrenWith(w, "nmod:npmod") {
			if legislatorNouns[strings.ToLower(x.tree.Words[a])] {
				words = append(words, a) // "Rina Dhar, MP from Chandor,", a bare noun parsed as a modifier
			}
		}
		for _, a := range x.childrenWith(w, "appos") {
			// "X, Kelmora's foreign minister and a Civic Union member,":
			// each noun of a coordinated apposition is the name's
			words = append(words, a)
			words = append(words, x.childrenWith(a, "conj")...)
		}
		if x.rel(w) == "conj" {
			// "Ana Holm and Ivo Dorn, both members of …": a plural
			// apposition on the list is each name's
			words = append(words, slices.DeleteFunc(x.childrenWith(x.head(w), "appos"), func(a int) bool { return !plural(x, a) })...)
			// "Labour MPs Ana Holm and Ivo Dorn": so is a plural title
			// before the list's first name
			if h := d.mentionOver(si, x.token(x.head(w))); h != nil && h.named() && h.ent >= 0 && d.ents[h.ent].kind == polgraph.KindPerson {
				if tw := d.titleWords(si, x, h); len(tw) > 0 && plural(x, tw[len(tw)-1]) {
					words = append(words, tw...)
				}
			}
		}
		if p := d.quantifiedParty(si, m); p >= 0 {
			// "Ana Holm and Ivo Dorn, both of the Civic Bloc,"
			d.addRel(&relation{typ: "MEMBER_OF", from: m.ent, to: p, sent: si, conf: 0.65})
		}
		if p, role := d.pluralRoleParty(si, x, m); p >= 0 {
			// "Three Labour lawmakers, Ana Holm, Ivo Dorn and Per Lind,
			// voted against": the plural role noun is each listed name's,
			// whatever the parse hangs the names on
			d.addRel(&relation{typ: "MEMBER_OF", from: m.ent, to: p, sent: si, conf: 0.65})
			if o, ok := d.x.gaz.Office(role); ok && o.Title == partyLeader {
				// "AfD co-leaders Alice Weidel and Tino Chrupalla": each leads it
				d.addRel(&relation{typ: "LEADS", from: m.ent, to: p, sent: si, conf: 0.6})
			}
		}
		if p := d.headingMembersParty(si, m); p >= 0 {
			// "Republicans Ada Pike and Tom Greer voted no"
			d.addRel(&relation{typ: "MEMBER_OF", from: m.ent, to: p, sent: si, conf: 0.65})
		}
		if p := d.countedMembersParty(si, m); p >= 0 {
			// "One Democrat, Sen. Lena Orcutt of Maine, joined
			// Republicans": the party's members counted before the
			// names, whatever the parse hangs them on
			d.addRel(&relation{typ: "MEMBER_OF", from: m.ent, to: p, sent: si, conf: 0.65})
		}
		if x.baseRel(w) == "nsubj" && x.head(w) >= 0 && len(x.childrenWith(x.head(w), "cop")) > 0 {
			words = append(words, x.head(w)) // "Ana Lisk is a Green Party councillor"
		}
		if r := x.rel(w); (r == "appos" || r == "flat" || r == "compound") && x.head(w) >= 0 && !(r == "appos" && m.first > d.sents[si].first && d.toks[m.first-1].text == ";") {
			// (not a list's item after a semicolon, which the parse may
			// hang on the item before it: "X, the party's deputy leader; Y")
			words = append(words, x.head(w))
			if r != "appos" {
				// "Defence Minister Karl Ostrow, a member of …", parsed
				// with the title as the phrase's head
				words = append(words, x.childrenWith(x.head(w), "appos")...)
			}
		}
		if x.baseRel(w) == "nmod" && memberListCases[x.caseOf(w)] && x.head(w) >= 0 {
			words = append(words, x.head(w)) // "three MPs of the Centre Party, including Lena Frisk"
		}
		seats := seatVerbs(x, w)
		for _, p := range d.districtsHeld(si, x, seats) {
			d.addRel(&relation{typ: "REPRESENTS", from: m.ent, to: p, sent: si, conf: 0.7})
		}
		for _, p := range d.seatParties(si, x, seats) {
			d.addRel(&relation{typ: "MEMBER_OF", from: m.ent, to: p, sent: si, conf: 0.65})
		}
		for _, n := range words {
			word := strings.ToLower(x.tree.Words[n])
			if p := d.partyAt(si, x, n); n != w && p >= 0 && indefiniteNoun(x, n) {
				// "Tom Ray, a Texas Republican": the party's name stands
				// for one of its members
				d.addRel(&relation{typ: "MEMBER_OF", from: m.ent, to: p, sent: si, conf: 0.65})
				continue
			}
			if n != w && !partyRoles[word] && x.rel(n) == "appos" && indefiniteNoun(x, n) && !leaverNouns[word] && !formerRole(x, n) {
				// "Zuzana Kollarova, a lawyer from the Green Way party":
				// one from a party is of it, whatever her trade
				if p := d.partyFrom(si, x, n); p >= 0 {
					d.addRel(&relation{typ: "MEMBER_OF", from: m.ent, to: p, sent: si, conf: 0.6})
				}
				continue
			}
			if n != w && !partyRoles[word] || formerRole(x, n) {
				continue // not "a former Fidesz lawmaker": a membership over, when the text does not say
			}
			if p := d.partyModifying(si, x, n); p >= 0 {
				d.addRel(&relation{typ: "MEMBER_OF", from: m.ent, to: p, validTo: d.memberUntilJoining(si, x, n), sent: si, conf: 0.65})
			} else if p := d.partyLikeCompound(si, x, n); p >= 0 && n != w {
				// "Ada Holm, a Harbour Union member since 2015,": a party
				// no list knows, with the span the noun's own phrase gives
				held := d.spanAfterNoun(si, x.token(n))
				d.addRel(&relation{typ: "MEMBER_OF", from: m.ent, to: p, validFrom: held.since, validTo: held.until, sent: si, conf: 0.6})
			} else if p := d.leadersParty(si, x, n); p >= 0 && deputyNouns[word] {
				// "Veldre's deputy, Anita Rozenberga": the second of a
				// party's leader is of the party
				d.addRel(&relation{typ: "MEMBER_OF", from: m.ent, to: p, sent: si, conf: 0.6})
			}
			if legislatorNouns[word] {
				p := d.districtOf(si, x, n)
				if p < 0 && n != w && x.head(n) == w && !formerRole(x, n) {
					// "Rina Dhar, MP from Chandor constituency,": the parse
					// may hang the seat's phrase on the name the bare
					// noun restates
					p = d.districtOf(si, x, w)
				}
				if p >= 0 {
					d.addRel(&relation{typ: "REPRESENTS", from: m.ent, to: p, sent: si, conf: 0.7})
				}
			}
		}
	}
}

// memberUntilJoining is the date of the "before" clause on predicate n
// whose verb joins another party: "Before joining the Harvest Party in
// 2014, Ivo Dorn was a member of the Union Party" was one until then.
// Else "".
func (d *doc) memberUntilJoining(si int, x *syntax, n int) string {
	if !x.predicate(n) {
		return ""
	}
	for _, c := range x.childrenWith(n, "advcl") {
		if how, _ := x.careerHow(c); how == "joins" && x.markOf(c) == "before" {
			return d.clauseDate(si, x, c, "obl")
		}
	}
	return ""
}

// nameList is the first and the last of the list of named people that
// person mention m is in ("A, B and C"), m itself for both where it is in
// none.
func (d *doc) nameList(si int, m *mention) (first, last *mention) {
	s := &d.sents[si]
	named := map[int]*mention{} // a named person's mention by its last token
	for _, mi := range d.sentMents[si] {
		if p := &d.ments[mi]; p.named() && p.ent >= 0 && d.ents[p.ent].kind == polgraph.KindPerson {
			named[p.last] = p
		}
	}
	first, last = m, m
	for k := first.first - 1; k > s.first && (d.toks[k].text == "," || d.toks[k].lower == "and"); k = first.first - 1 {
		j := k
		if d.toks[j].lower == "and" && d.toks[j-1].text == "," {
			j-- // "A, B, and C"
		}
		p := named[j]
		if p == nil {
			break
		}
		first = p
	}
	for {
		k := last.last
		if k+1 < s.last && d.toks[k].text == "," && d.toks[k+1].lower == "and" {
			k++
		}
		if k+1 >= s.last || d.toks[k].text != "," && d.toks[k].lower != "and" {
			break
		}
		var next *mention
		for _, p := range named {
			if p.first == k+1 {
				next = p
			}
		}
		if next == nil {
			break
		}
		last = next
	}
	return first, last
}

// quantifiedParty is the party a quantified "of" phrase in apposition
// after the list of names m is in gives them all: "A and B, both of the
// Civic Bloc,", "A, B and C, all of the Harvest Party,"; or a quantified
// plural of the party's members: "A and B, both Democrats,"; -1 if none.
func (d *doc) quantifiedParty(si int, m *mention) int {
	s := &d.sents[si]
	_, last := d.nameList(si, m)
	k := last.last
	if k+2 >= s.last || d.toks[k].text != "," || !listQuantifiers[d.toks[k+1].lower] {
		return -1
	}
	k += 2
	byMembers := d.toks[k].lower != "of" // "both Democrats": only the members' plural names the party
	if !byMembers {
		k++
		if k < s.last && d.toks[k].lower == "the" {
			k++
		}
	}
	for _, mi := range d.sentMents[si] {
		if p := &d.ments[mi]; p.first == k && p.ent >= 0 && d.ents[p.ent].kind == polgraph.KindParty && p.via != "demonym" && (!byMembers || d.membersPlural(p)) {
			if p.last < s.last && d.toks[p.last].text != "," && d.toks[p.last].text != "." {
				return -1 // "both of the Civic Bloc's leaders"
			}
			return p.ent
		}
	}
	return -1
}

// listQuantifiers sum up a list of names: "both of", "all of".
var listQuantifiers = set("both all")

// pluralRoleParty is the party of a plural party role noun set right
// before the list of names person mention m is in, or before a comma that
// opens the list as an apposition closed by a comma or the sentence's end
// ("Two Civic Bloc deputies, Ana Holm and Ivo Dorn, abstained"): the
// party that modifies the noun, or whose name ends right before it, and
// the noun in the singular; -1 if none.
func (d *doc) pluralRoleParty(si int, x *syntax, m *mention) (int, string) {
	s := &d.sents[si]
	first, last := d.nameList(si, m)
	k := first.first - 1
	if k > s.first && d.toks[k].text == "," {
		if end := d.toks[last.last].text; last.last < s.last && end != "," && end != "." && end != ")" {
			return -1, "" // "Asked about Labour MPs, Ana Holm said": no apposition
		}
		k--
	}
	if k < s.first {
		return -1, ""
	}
	n := x.spanHead(k, k+1)
	if n < 0 {
		return -1, ""
	}
	w := strings.ToLower(x.tree.Words[n])
	role, listed := singularRole(w)
	if !listed || !plural(x, n) && role == w || formerRole(x, n) {
		return -1, ""
	}
	if p := d.partyModifying(si, x, n); p >= 0 {
		return p, role
	}
	for _, mi := range d.sentMents[si] {
		if p := &d.ments[mi]; p.last == k && p.ent >= 0 && d.ents[p.ent].kind == polgraph.KindParty {
			return p.ent, role // "Labour MPs Ana Holm and Ivo Dorn", the parse taking "MPs" for a modifier of the name
		}
	}
	return -1, ""
}

// singularRole is party role noun w in the singular ("co-leaders":
// "co-leader"), and whether w or its singular is a party role.
func singularRole(w string) (string, bool) {
	if stem, ok := strings.CutSuffix(w, "ies"); ok && partyRoles[stem+"y"] {
		return stem + "y", true
	}
	if stem, ok := strings.CutSuffix(w, "s"); ok && partyRoles[stem] {
		return stem, true
	}
	return w, partyRoles[w]
}

// membersPlural reports a party mention that is the plural of its
// members' word (kind_cues.tsv's "plural": "Democrats", "Social
// Democrats"), which, unlike the party's name, may stand for each of
// the names listed with it.
func (d *doc) membersPlural(p *mention) bool {
	return membersName([]string{d.toks[p.last-1].lower})
}

// headingMembersParty is the party whose members' plural stands right
// before the list of two names or more that person mention m is in:
// "Republicans Ada Pike and Tom Greer voted no" names each one's party,
// as "Labour MPs Ana Holm and Ivo Dorn" does (pluralRoleParty); -1 if
// none.
func (d *doc) headingMembersParty(si int, m *mention) int {
	first, last := d.nameList(si, m)
	if first == last {
		return -1 // one name: the singular's rules read "Democrat Theo Marr"
	}
	for _, mi := range d.sentMents[si] {
		if p := &d.ments[mi]; p.last == first.first && p.ent >= 0 && d.ents[p.ent].kind == polgraph.KindParty && p.via != "demonym" && d.membersPlural(p) {
			return p.ent
		}
	}
	return -1
}

// countedMembersParty is the party whose members' name, counted ("One
// Democrat", "Two Social Democrats", "The lone Republican", "Another
// Green"), stands before the comma that opens the list of names person
// mention m is in, as an apposition closed by a comma or the sentence's
// end; a title before the first name and the seat after the last ("Sen.
// Lena Orcutt of Maine") are the names'. -1 if none.
func (d *doc) countedMembersParty(si int, m *mention) int {
	s := &d.sents[si]
	first, last := d.nameList(si, m)
	k := first.first - 1
	if first.officeStart >= s.first && first.officeStart < first.first {
		k = first.officeStart - 1
	}
	end := last.last
	if end+1 < s.last && d.toks[end].lower == "of" {
		if p := d.mentionIndexAt(si, end+1); p >= 0 && d.ents[d.ments[p].ent].kind == polgraph.KindPlace {
			end = d.ments[p].last // "Sen. Lena Orcutt of Maine"
		}
	}
	if k <= s.first || d.toks[k].text != "," || end < s.last && d.toks[end].text != "," && d.toks[end].text != "." {
		return -1
	}
	for _, mi := range d.sentMents[si] {
		p := &d.ments[mi]
		if p.last != k || p.ent < 0 || d.ents[p.ent].kind != polgraph.KindParty || p.first <= s.first {
			continue
		}
		if q := &d.toks[p.first-1]; q.kind == tokNum || memberCounts[q.lower] {
			return p.ent
		}
	}
	return -1
}

// memberCounts count a party's members named after them: "One Democrat,
// X,", "Another Republican, X,", "The lone Green, X," (with the numbers
// in figures, data/words/member_counts.txt).
var memberCounts = wordSet("member_counts.txt")

// partyNouns are the nouns that stand for a party named before: "the
// party's leader".
var partyNouns = set("party")

// deputyNouns name the one who stands in for a leader: "X's deputy"
// (data/words/deputy_nouns.txt).
var deputyNouns = wordSet("deputy_nouns.txt")

// partyLeaderKnown reports whether the article has made someone a
// party's leader yet.
func (d *doc) partyLeaderKnown() bool {
	return slices.ContainsFunc(d.rels, func(r *relation) bool { return r.typ == "LEADS" && d.partyLike(d.ents[r.to]) })
}

// wordIn reports whether a word of sentence si is in words.
func (d *doc) wordIn(si int, words map[string]bool) bool {
	for i := d.sents[si].first; i < d.sents[si].last; i++ {
		if words[d.toks[i].lower] {
			return true
		}
	}
	return false
}

// leadersParty is the party that the person who owns word n ("Veldre's
// deputy") leads, as the article has said before, or -1; -1 also where
// the person leads more than one.
func (d *doc) leadersParty(si int, x *syntax, n int) int {
	for _, c := range x.childrenWith(n, "nmod:poss") {
		if m := d.mentionOver(si, x.token(c)); m != nil && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPerson {
			return d.partyLedBy(m.ent)
		}
	}
	return -1
}

// partyLedBy is the one party the article has made person p the leader
// of, or -1; -1 also where p holds a state's post, whose deputy may be
// the government's, of another party of a coalition.
func (d *doc) partyLedBy(p int) int {
	if d.holdsStatePost(p) {
		return -1
	}
	found := -1
	for _, r := range d.rels {
		if r.typ == "LEADS" && r.from == p && r.validTo == "" && d.partyLike(d.ents[r.to]) && r.to != found {
			if found >= 0 {
				return -1
			}
			found = r.to
		}
	}
	return found
}

// holdsStatePost reports whether the article gives person p a post of a
// state: a title before a mention ("Prime Minister X") or an office held.
func (d *doc) holdsStatePost(p int) bool {
	for _, mi := range d.ents[p].ments {
		if o := d.ments[mi].office; o != nil && (stateOffices[o.Body] || o.Body == "head-of-state") {
			return true
		}
	}
	return slices.ContainsFunc(d.rels, func(r *relation) bool { return r.typ == "HOLDS_OFFICE" && r.from == p })
}

// deputyNamed reads "Veldre's deputy, Anita Rozenberga", where the parse
// does not set the name beside the noun: between, the words from the
// possessor a to the name b, is a possessive, a noun of deputyNouns and a
// comma.
func (d *doc) deputyNamed(si int, a, b *mention, from, to int, between string) {
	w := strings.Fields(between)
	if len(w) != 2 || w[0] != "'s" && w[0] != "’s" && w[0] != "'" || !strings.HasSuffix(w[1], ",") || !deputyNouns[strings.TrimSuffix(w[1], ",")] || !b.named() {
		return
	}
	if p := d.partyLedBy(from); p >= 0 {
		d.addRel(&relation{typ: "MEMBER_OF", from: to, to: p, sent: si, conf: 0.6})
	}
}

// formerRole reports a role noun n that a word of formerWords modifies,
// among the words before it in its phrase: "a former Fidesz lawmaker"
// (also where the parse hangs "former" on the party), "Former Fidesz MP".
func formerRole(x *syntax, n int) bool {
	for k := n - 1; k >= 0 && x.dominates(n, k); k-- {
		if w := strings.ToLower(x.tree.Words[k]); formerWords[w] || exPrefixed(w) {
			return true
		}
	}
	return false
}

// titleWords are the words of x, in order, of the title or role noun
// right before person mention m: its office's title ("Conservative MP
// Priti Patel"), else a role noun no office list gives ("Liberal Democrat
// peer Tamsin Rudd"), which is the name's all the same.
func (d *doc) titleWords(si int, x *syntax, m *mention) []int {
	first := m.first
	if m.office != nil && m.officeStart >= 0 && m.officeStart < first {
		first = m.officeStart
	}
	var out []int
	for k := x.at(first); k >= 0 && k < x.at(m.first); k++ {
		out = append(out, k)
	}
	if r := m.first - 1; first == m.first && r > d.sents[si].first && d.toks[r].kind == tokWord && !d.toks[r].cap && partyRoles[d.toks[r].lower] {
		if k := x.at(r); k >= 0 {
			out = append(out, k)
		}
	}
	return out
}

// partiesStoodFor reads "X was elected as a Democrat", "she returned to
// parliament as a Christian Democrat", "X won as the candidate of the Unity
// Front" off the tree of sentence si: a party, or a party's role noun the
// party modifies, in an "as" phrase of a verb makes the verb's subject its
// member, and so does the party of a ticket it stands on ("elected on the
// Labour ticket", "ran on the Unity Front list"), and the party a verb of
// candidacyVerbs stands for ("is standing for the Harvest Union"). A verb
// whose object is a name or a pronoun says what the object
// is ("described him as a Democrat"); one whose object is no one does not
// ("won the seat as a Democrat").
func (d *doc) partiesStoodFor(si int, x *syntax) {
	for n := range x.tree.Words {
		v := x.head(n)
		if x.baseRel(n) != "obl" || v < 0 || !x.isVerb(v) || slices.ContainsFunc(x.childrenWith(v, "obj"), x.nameOrPronoun) {
			continue
		}
		word := strings.ToLower(x.tree.Words[n])
		p := -1
		switch c := x.caseOf(n); {
		case c == "as":
			if p = d.partyAt(si, x, n); p < 0 && partyRoles[word] {
				p = d.partyModifying(si, x, n)
			}
		case (c == "on" || c == "from") && ticketNouns[word]:
			if p = d.partyModifying(si, x, n); p < 0 {
				// "running on the Harvest Union ticket", a party no list knows
				if ps := d.partiesOver(si, x, x.childrenWith(n, "compound", "nmod:poss")); len(ps) == 1 {
					p = ps[0]
				}
			}
		case c != "" && c == candidacyVerbs[x.lemma(v)] && !x.negated(v):
			// "is standing for the Harvest Union", whatever stands
			// between the name and the verb ("Ada Holm, 52, a teacher
			// from Tarsk, is standing for …")
			if ps := d.partiesOver(si, x, []int{n}); len(ps) == 1 {
				p = ps[0]
			}
		}
		if p >= 0 {
			d.memberships(si, x, v, []int{p}, span{})
		}
	}
}

// candidacyVerbs tell that their subject is of the party their phrase of
// a preposition names (data/words/candidacy_verbs.tsv).
var candidacyVerbs = wordTable("candidacy_verbs.tsv")

// namesPartyLike reports whether sentence si names a party, or a body no
// list knows whose name a party's may end in (partyLike).
func (d *doc) namesPartyLike(si int) bool {
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.ent >= 0 && m.named() && d.partyLike(d.ents[m.ent]) {
			return true
		}
	}
	return false
}

// partiesOwned reads a person's party off a possessive: "Ada Holm's
// party, the Harvest Party," "the Harvest Party of Ada Holm", "the
// Harvest party of Ada Holm" and "Ivo
// Dorn, whose Harvest Party came second," make them its members. The possessor of a party, or of the noun
// "party" that a party's name restates, is a person named, or the "whose"
// of a relative clause on one.
func (d *doc) partiesOwned(si int, x *syntax) {
	for n := range x.tree.Words {
		p := d.partyAt(si, x, n)
		if w := strings.ToLower(x.tree.Words[n]); p < 0 && (w == "party" || partyBodyNouns[w]) {
			// "the Harvest Party, the party of Ada Holm", "the Fidesz
			// party of Viktor Orban", "the ANO movement of Andrej Babis"
			for _, a := range x.childrenWith(n, "appos", "compound") {
				if p = d.partyAt(si, x, a); p >= 0 {
					break
				}
			}
		}
		if p < 0 {
			continue
		}
		for _, c := range x.childrenWith(n, "nmod:poss", "nmod") {
			if x.rel(c) == "nmod" && x.caseOf(c) != "of" {
				continue
			}
			owner := c // "the Party for Freedom of Geert Wilders" too
			if strings.EqualFold(x.tree.Words[c], "whose") {
				// the clause's verb hangs on the name it is about
				v := x.head(n)
				if v < 0 || x.rel(v) != "acl:relcl" {
					continue
				}
				owner = x.head(v)
			}
			if m := d.mentionOver(si, x.token(owner)); m != nil && m.named() && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPerson {
				d.addRel(&relation{typ: "MEMBER_OF", from: m.ent, to: p, sent: si, conf: 0.6})
			}
		}
	}
}

// nationalsNamed reads a nationality set before the names it describes:
// "a US citizen, Ada Holm," and "two Chinese nationals, Ada Holm and Ivo
// Dorn," make each named person a citizen of the country that modifies
// the person noun their names restate.
func (d *doc) nationalsNamed(si int) {
	if !d.sentenceNames(si, polgraph.KindCountry) || !d.sentenceNames(si, polgraph.KindPerson) {
		return
	}
	if x := d.taggedOf(si); x == nil || !x.hasWord(personNouns) {
		return
	}
	x := d.syntaxOf(si)
	for n := range x.tree.Words {
		if x.pos(n) != "NOUN" || !personNouns[x.lemma(n)] {
			continue
		}
		country, after := -1, 0
		for _, c := range x.childrenWith(n, "amod", "compound") {
			if m := d.mentionOver(si, x.token(c)); c < n && m != nil && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindCountry {
				country, after = m.ent, m.last
			}
		}
		if country < 0 {
			continue
		}
		if k, o := d.officeAt(after, d.sents[si].last); o != nil && after+k > x.token(n) && o.Body != "organization" && o.Body != "company" && occupationTitles[o.Title] == "" {
			continue // "the Polish foreign minister, X": whose office, not whose citizen; "a French journalist", "three Russian diplomats" are hers
		}
		// the names in apposition, also where the parse hangs them on
		// the comma that opens them
		names := x.childrenWith(n, "appos")
		for _, p := range x.childrenWith(n, "punct") {
			names = append(names, x.childrenWith(p, "appos")...)
		}
		for _, a := range names {
			for _, w := range append([]int{a}, x.childrenWith(a, "conj")...) {
				if m := d.mentionOver(si, x.token(w)); w > n && m != nil && m.named() && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPerson {
					d.addRel(&relation{typ: "CITIZEN_OF", from: m.ent, to: country, sent: si, conf: 0.65})
				}
			}
		}
	}
}

// districtVerbs are how a legislator holds a district
// (data/words/district_verbs.txt).
var districtVerbs = wordSet("district_verbs.txt")

// districtsHeld are the electoral districts that the objects of verbs, a
// person's seatVerbs, name: "Ivo Dorn, who represents the northern
// constituency of Brevik", "Ana Holm represents Kavran East", "Ivo Dorn,
// who was returned to represent Brevik in 2019". A town alone is one
// only as a place, not a country ("represents Germany at the talks"
// holds no seat).
func (d *doc) districtsHeld(si int, x *syntax, verbs []int) []int {
	var out []int
	for _, v := range verbs {
		for _, o := range x.objectsOf(v) {
			named := []int{o}
			if districtNouns[strings.ToLower(x.lemma(o))] {
				named = slices.DeleteFunc(x.childrenWith(o, "nmod"), func(c int) bool { return x.caseOf(c) != "of" })
			}
			for _, c := range named {
				if m := d.mentionOver(si, x.token(c)); m != nil && m.ent >= 0 && m.via != "demonym" && d.ents[m.ent].kind == polgraph.KindPlace {
					out = appendNew(out, m.ent)
				}
			}
		}
	}
	return out
}

// seatVerbs are the verbs of districtVerbs by which the person name word
// w stands for holds a seat: those whose subject the name is or whose
// relative clause is on it, and such a verb's infinitive on a passive so
// placed ("was elected to represent Kavran East").
func seatVerbs(x *syntax, w int) []int {
	var verbs []int
	if x.baseRel(w) == "nsubj" && x.head(w) >= 0 {
		verbs = append(verbs, x.head(w))
	}
	verbs = append(verbs, x.childrenWith(w, "acl:relcl")...)
	for _, v := range verbs {
		if len(x.childrenWith(v, "nsubj:pass", "aux:pass")) > 0 {
			verbs = append(verbs, x.childrenWith(v, "xcomp")...)
		}
	}
	return slices.DeleteFunc(verbs, func(v int) bool { return !x.isVerb(v) || !districtVerbs[x.lemma(v)] })
}

// seatParties are the parties a seat is held for: a party after "for"
// on a verb of seatVerbs ("Ivo Hart, who represents Northgate for the
// Conservatives", "Kit Rowe has served the ward for Labour since 2019").
// One who holds a seat for a party sits as its member.
func (d *doc) seatParties(si int, x *syntax, verbs []int) []int {
	var out []int
	for _, v := range verbs {
		for _, c := range x.childrenWith(v, "obl") {
			if p := d.partyAt(si, x, c); p >= 0 && x.caseOf(c) == "for" {
				out = appendNew(out, p)
			}
		}
	}
	return out
}

// districtOf is the place a legislator's noun n is "for" ("the MP for
// Whitby"), or -1.
func (d *doc) districtOf(si int, x *syntax, n int) int {
	for _, c := range x.childrenWith(n, "amod", "compound") {
		if envoyTitles[strings.ToLower(x.tree.Words[c])] {
			return -1 // "the EU's special representative for Central Asia": an envoy's title, no seat
		}
	}
	for _, c := range x.childrenWith(n, "nmod") {
		if cs := x.caseOf(c); cs != "for" && cs != "from" {
			// "the MP for Whitby"; "the MLA from Chandor", as the South
			// Asian and US press write a seat
			continue
		}
		if p := d.placeAt(si, x, c); p >= 0 {
			return p
		}
		if districtNouns[strings.ToLower(x.lemma(c))] {
			// "the MLA from Chandor constituency": the district's noun
			// after its name, with no "the"
			for _, k := range x.childrenWith(c, "compound", "flat") {
				if p := d.placeAt(si, x, k); p >= 0 {
					return p
				}
			}
		}
	}
	return -1
}

// placeAt is the place that word c names, or -1; not a demonym's
// ("Ghanaian").
func (d *doc) placeAt(si int, x *syntax, c int) int {
	if m := d.mentionOver(si, x.token(c)); m != nil && m.ent >= 0 && m.via != "demonym" && d.ents[m.ent].kind == polgraph.KindPlace {
		return m.ent
	}
	return -1
}

// envoyTitles make "representative" an envoy's title (data/words/envoy_titles.txt).
var envoyTitles = wordSet("envoy_titles.txt")

// memberListCases set a name among the people a plural noun stands for.
var memberListCases = map[string]bool{"including": true, "such as": true}

// partyAt is the party that word c names, or -1.
func (d *doc) partyAt(si int, x *syntax, c int) int {
	if m := d.mentionOver(si, x.token(c)); m != nil && m.ent >= 0 && m.via != "demonym" && d.ents[m.ent].kind == polgraph.KindParty {
		return m.ent
	}
	return -1
}

// memberCases join a party's role noun to the party it is of: "a member
// of", "a lawmaker from", "an MP for", "a senior figure in", "a lawmaker
// with" the party.
var memberCases = set("of from for in with")

// partyModifying is the party named by a modifier of word n ("Labour's",
// "the Green Party", "of the Labour Party", "from Ghana's opposition
// National Democratic Congress"), or -1.
func (d *doc) partyModifying(si int, x *syntax, n int) int {
	for c, h := range x.tree.Head {
		if h != n {
			continue
		}
		switch x.rel(c) {
		case "compound", "nmod:poss", "amod", "nmod":
			if x.rel(c) == "nmod" && !memberCases[x.caseOf(c)] {
				continue
			}
			if p := d.partyAt(si, x, c); p >= 0 {
				return p
			}
			if strings.EqualFold(x.tree.Words[c], "party") {
				// "the Congress party's general secretary": the name
				// modifies the noun "party"
				for _, a := range x.childrenWith(c, "compound", "flat", "amod") {
					if p := d.partyAt(si, x, a); p >= 0 {
						return p
					}
				}
				if x.rel(c) == "nmod:poss" && definiteNoun(x, c) && len(x.childrenWith(c, "compound", "flat", "amod")) == 0 {
					// "X, the party's parliamentary leader,": the party
					// named last
					if p := d.lastNamed(si, x.token(c), polgraph.KindParty); p >= 0 {
						return p
					}
				}
			}
			if x.rel(c) == "nmod" {
				// "a member of the ruling Centre Party", parsed as "ruling"
				// with the name in apposition to it
				for _, a := range x.childrenWith(c, "appos", "compound", "flat") {
					if p := d.partyAt(si, x, a); p >= 0 {
						return p
					}
				}
			}
			if x.rel(c) == "nmod" && x.caseOf(c) == "of" {
				// "a member of the Sejm from the Civic Party", parsed with
				// the party's phrase on the body the role is of
				for _, a := range x.childrenWith(c, "nmod") {
					if x.caseOf(a) == "from" {
						if p := d.partyAt(si, x, a); p >= 0 {
							return p
						}
					}
				}
			}
		}
	}
	return -1
}

// leaverNouns are the nouns for one who has left a party
// (data/words/leaver_nouns.txt).
var leaverNouns = wordSet("leaver_nouns.txt")

// partyFrom is the party a "from" phrase on word n names ("a teacher from
// the Harvest Union", "from the Green Way party"), also one no list knows
// named as parties are, or -1.
func (d *doc) partyFrom(si int, x *syntax, n int) int {
	for _, c := range x.childrenWith(n, "nmod") {
		if x.caseOf(c) != "from" {
			continue
		}
		at := []int{c}
		if strings.EqualFold(x.tree.Words[c], "party") {
			at = append(at, x.childrenWith(c, "compound", "flat", "amod")...)
		}
		for _, a := range at {
			if m := d.mentionOver(si, x.token(a)); m != nil && m.ent >= 0 && m.named() && m.via != "demonym" && d.partyLike(d.ents[m.ent]) {
				return m.ent
			}
		}
	}
	return -1
}

// sentenceNames reports whether sentence si names an entity of a kind.
func (d *doc) sentenceNames(si int, kind string) bool {
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.ent >= 0 && d.ents[m.ent].kind == kind {
			return true
		}
	}
	return false
}

// sentenceGroups reports whether sentence si has a mention that stands for
// people named before it: "they", "the two", "the pair".
func (d *doc) sentenceGroups(si int) bool {
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; len(m.group) > 0 {
			return true
		}
	}
	return false
}

// partyLikeCompound is the party no list knows (partyLike) whose name
// modifies word n as a compound ("a Harbour Union member"), or -1.
func (d *doc) partyLikeCompound(si int, x *syntax, n int) int {
	if ps := d.partiesOver(si, x, x.childrenWith(n, "compound")); len(ps) == 1 {
		return ps[0]
	}
	return -1
}

// spanAfterNoun is the span a "since" or "until" phrase right after the
// noun at token i gives it ("a member since 2015", "a member until
// 2019"); an end still to come ends nothing yet.
func (d *doc) spanAfterNoun(si, i int) span {
	var held span
	if i+2 >= d.sents[si].last {
		return held
	}
	switch d.toks[i+1].lower {
	case "since":
		held.since, _ = d.dateAt(i + 2)
	case "until", "till":
		if held.until, _ = d.dateAt(i + 2); d.afterPublication(held.until) {
			held.until = ""
		}
	}
	return held
}
