package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// representsIn adds, for "X, who represents Y in the House of Commons", the
// seat in the legislature that follows, and Y's country.
func (d *doc) representsIn(si, person, place int, pm *mention) {
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.first < pm.last || m.first > pm.last+4 || m.ent < 0 || d.toks[pm.last].lower != "in" {
			continue // "MP for Kipsoen, launched the Unity Front": no seat in it
		}
		e := d.ents[m.ent]
		if e.kind != polgraph.KindOrganization {
			continue
		}
		role := "Member of Parliament"
		if len(d.ents[person].offices) > 0 {
			role = d.ents[person].offices[0].Title
		}
		d.addRel(&relation{typ: "HOLDS_OFFICE", from: person, to: m.ent, role: role, sent: si, conf: 0.75})
		if e.gaz != nil && e.gaz.Country != "" {
			if c := d.countryEntity(e.gaz.Country); c >= 0 {
				d.addRel(&relation{typ: "LOCATED_IN", from: place, to: c, sent: si, conf: 0.6})
			}
		}
		return
	}
}

// countryEntity returns the entity of the country with an ISO code, adding
// it (without mentions) when the article does not name it.
func (d *doc) countryEntity(code string) int {
	g := d.x.gaz.Country(code)
	if g == nil {
		return -1
	}
	return d.gazEntity(g)
}

// termOrganization is the entity of the international body a leader's
// term is an office of, added unnamed where the article has none; -1 for
// a state's office.
func (d *doc) termOrganization(t *gazetteer.Term) int {
	if t.Org == "" {
		return -1
	}
	for _, g := range d.x.gaz.Entries() {
		if g.ID == t.Org {
			return d.gazEntity(g)
		}
	}
	return -1
}

// gazEntity is the entity of gazetteer entry g, added unnamed where the
// article has none.
func (d *doc) gazEntity(g *gazetteer.Entry) int {
	if ei := d.entityOf(g); ei >= 0 {
		return ei
	}
	d.ents = append(d.ents, &entity{id: g.ID, kind: g.Kind, name: g.Name, gaz: g})
	d.entOfGaz[g] = len(d.ents) - 1
	return len(d.ents) - 1
}

// countryAfter is the country or place named right after "of" at token i
// ("minister of Ruritania"), or a country named after "of the" ("Foreign
// Minister X of the Czech Republic", "of the Netherlands"), or -1.
func (d *doc) countryAfter(si, i int) int {
	if i >= d.sents[si].last || d.toks[i].lower != "of" {
		return -1
	}
	the := i+1 < d.sents[si].last && d.toks[i+1].lower == "the"
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.first == i+1 && m.ent >= 0 {
			if k := d.ents[m.ent].kind; k == polgraph.KindCountry || k == polgraph.KindPlace {
				return m.ent
			}
		} else if m.first == i+2 && the && m.ent >= 0 && m.via != "demonym" && d.ents[m.ent].kind == polgraph.KindCountry {
			return m.ent
		}
	}
	return -1
}

// judiciaryBodyAfter is the organisation named right after "of" (and
// "the") at token i, after the name a judge's or a prosecutor's title o
// opens ("Judge Anna Roth of the Velden District Court", "Prosecutor Emil
// Hart of the Tarsk Prosecutor's Office"), or -1: the body the title is
// of. Other titles are left to the readers of their bodies.
func (d *doc) judiciaryBodyAfter(si, i int, o *gazetteer.Office) int {
	last := d.sents[si].last
	if o.Body != "judiciary" || i >= last || d.toks[i].lower != "of" {
		return -1
	}
	j := i + 1
	if j < last && d.toks[j].lower == "the" {
		j++
	}
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.first == j && m.named() && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindOrganization {
			return m.ent
		}
	}
	return -1
}

// onlyDivision is the one state or province (a country's first-level
// division the gazetteer knows) the article names, or -1 where it names
// none or more than one.
func (d *doc) onlyDivision() int {
	only := -1
	for ei, e := range d.ents {
		if e.kind != polgraph.KindPlace || e.gaz == nil || e.gaz.Scope != "places-divisions" || !slices.ContainsFunc(e.ments, func(mi int) bool { return !d.afterPartyLetter(d.ments[mi].first) }) {
			continue // a legislator's label ("R-Texas") names her seat's state, not the story's
		}
		if only >= 0 {
			return -1
		}
		only = ei
	}
	return only
}

// headOffice reports whether the holder of o leads the country, region or city.
func headOffice(o *gazetteer.Office) bool {
	switch o.Title {
	case "President", "Prime Minister", "Chancellor", "Monarch", "Premier", "Head of State", "Head of Government", "Mayor", "Governor", "Chief Minister", "Emir", "Sultan", "Supreme Leader":
		return true
	}
	return false
}

// titleRelations reads a title before a person's name: the body it names
// before it ("Huawei executive", "Liberal MP", "Polish Foreign Minister").
func (d *doc) titleRelations(si int, m *mention) {
	o := m.office
	// the office title sits right before the name; find the mention before it
	var body *mention
	titleStart := m.officeStart
	if titleStart < d.sents[si].first || titleStart >= m.first {
		titleStart = m.first
	}
	if titleStart > d.sents[si].first && deputyWords[d.toks[titleStart-1].lower] {
		// "Kenyan Deputy President X": a second in rank holds no head's
		// office; a state's deputy minister holds one of its government
		if headOffice(o) || !stateOffices[o.Body] {
			return
		}
		o = d.deputyOf(o)
		titleStart--
	}
	if titleStart > d.sents[si].first && (d.toks[titleStart-1].lower == "senior" || d.toks[titleStart-1].lower == "former" || d.toks[titleStart-1].lower == "top") {
		titleStart--
	}
	for _, bi := range d.sentMents[si] {
		b := &d.ments[bi]
		if b.via == "role" || b.via == "pronoun" || b.via == "group" {
			continue
		}
		if b.last <= titleStart && b.last >= titleStart-1 && b.ent >= 0 && (d.wordsOnly(b.last, titleStart) && !d.conjunctionAt(b.last, titleStart) && (!d.verbAt(si, b.last, titleStart) || o.Body == "party" && d.ents[b.ent].kind == polgraph.KindParty) || d.toks[b.last].lower == "'s") {
			body = b
		}
		if b.first >= titleStart && b.last <= m.first && b.ent >= 0 && !(o.Body == "diplomatic" && d.afterPosting(b.first, d.sents[si].first)) {
			body = b // "Huawei" inside "Huawei executive"; not "Yemen" of "UN envoy to Yemen Karl Moss", where the envoy is posted
		}
	}
	bodyEnt := -1
	if body != nil {
		bodyEnt = body.ent
		if d.worldRegion(bodyEnt) {
			if p := d.possessorBefore(si, body.first); p >= 0 {
				bodyEnt = p // "Human Rights Watch's Asia director": the region is the post's scope, the watchdog its body
			}
		}
	} else if b := d.judiciaryBodyAfter(si, m.last, o); b >= 0 {
		bodyEnt = b // "Judge Anna Roth of the Velden District Court"
	} else if bodyEnt = d.countryAfter(si, m.last); bodyEnt < 0 && o.Body != "legislature" && o.Body != "party" {
		// "Dravonian Foreign Minister X": the country of a nationality no
		// gazetteer knows, if the article names it, else not the home
		if c, ok := d.unknownDemonymBefore(si, titleStart); ok && c < 0 || d.localTitle(si, titleStart) {
			return // "the regional police chief": not the country's
		} else if ok {
			bodyEnt = c
		}
	}
	if bodyEnt < 0 && o.Body == "legislature" && d.localTitle(si, titleStart) {
		return // "State assembly speaker X": a state's or a province's chamber, not the country's
	}
	if bodyEnt < 0 { // "Defence Minister Ilse Marwen of Varovia"
		// "whose leader Dita Morrow", "In Dravonia, Foreign Minister X said"
		if bodyEnt = d.possessorBefore(si, titleStart); bodyEnt < 0 {
			bodyEnt = d.clauseCountry(si, m)
		}
	}
	if bodyEnt < 0 && o.Body == "party" && !d.unknownNameBefore(si, titleStart) && !d.bodyNounBefore(si, titleStart) {
		// "The Civic Union met on Sunday. Deputy leader Ivo Dorn said…":
		// a party's bare title is of the one party the passage names
		// before it; not "Harbour-Left leader X", whose party no list
		// knows, nor "Council leader X", who leads a council, nor "party
		// leader X accused the Civic Union", whose party is not the one
		// accused
		if bodyEnt = d.onlyPartyNear(si, titleStart); bodyEnt >= 0 && !d.titleSaysParty(titleStart, m.first) && d.partyOfAnotherMember(si, bodyEnt, m.ent) {
			// "Ana Brisa of the Workers' Unity Party was arrested.
			// Police also detained far-right candidate Mirko Tal": the
			// party is hers, not the passage's; "party spokesman X" takes
			// it up by its noun
			bodyEnt = -1
		}
	}
	if body != nil && bodyEnt == body.ent && d.ents[bodyEnt].kind == polgraph.KindParty && d.localBodyTitle(si, body.last, titleStart) {
		o = d.partyMember() // "Labour council leader X": a member of the party, who leads the council
	}
	if d.formerTitle(m) || d.formerBefore(si, titleStart) || body != nil && d.formerBefore(si, body.first) {
		// "former Prime Minister X": held it once, when is not said; as a
		// fact with no end it would read as held still
		return
	}
	if !d.bodysEnvoyFact(si, m.ent, o, bodyEnt) {
		d.officeFacts(si, m.ent, o, bodyEnt, span{})
	}
}

// localTitle reports a title at token k of sentence si set after a word
// of localWords, right before it or before the chamber it is of: "the
// regional police chief", "the provincial assembly speaker", and "the
// state assembly speaker", where "state" is a federation's member (not
// "state media"): a region's or a town's post, not the country's.
func (d *doc) localTitle(si, k int) bool {
	first := d.sents[si].first
	if k--; k > first && legislatureWords[d.toks[k].lower] && !d.toks[k].cap {
		return localWords[d.toks[k-1].lower] || d.toks[k-1].lower == "state"
	}
	return k >= first && localWords[d.toks[k].lower]
}

// pluralTitleOver is the first name of the list person mention m is in,
// after the first, where a plural title stands right before that name
// ("MPs Ana Holm and Ivo Dorn", "Foreign ministers X, Y and Z"); nil if
// none.
func (d *doc) pluralTitleOver(si int, m *mention) *mention {
	first, _ := d.nameList(si, m)
	if first == m || first.office == nil || first.officeStart < d.sents[si].first || first.officeStart >= first.first {
		return nil
	}
	if !titleInPlural(d.toks[first.first-1].lower, first.office) {
		return nil
	}
	return first
}

// titleInPlural reports a word that is the plural of the last word of
// office o's title or of one of its other titles ("MPs", "ministers",
// "lawmakers"); not "Affairs" ending "Minister for Foreign Affairs".
func titleInPlural(w string, o *gazetteer.Office) bool {
	var singular string
	if stem, ok := strings.CutSuffix(w, "ies"); ok {
		singular = stem + "y"
	} else if stem, ok := strings.CutSuffix(w, "s"); ok {
		singular = stem
	} else {
		return false
	}
	for _, t := range append([]string{o.Title}, o.Aliases...) {
		t = strings.ToLower(t)
		if t[strings.LastIndexByte(t, ' ')+1:] == singular {
			return true
		}
	}
	return false
}

// worldRegion reports whether entity ei is a region that spans states
// (a continent, "Middle East"): a scope of work, no body that employs.
func (d *doc) worldRegion(ei int) bool {
	if ei < 0 {
		return false
	}
	e := d.ents[ei]
	return e.kind == polgraph.KindPlace && e.gaz != nil && e.gaz.Country == ""
}

// bodyNounBefore reports a body's noun, no party's, right before the
// title at token k: "Council leader Ruth Ashby", "Senate leader X" lead
// the council or the chamber, not the party the passage names.
func (d *doc) bodyNounBefore(si, k int) bool {
	if k <= d.sents[si].first {
		return false
	}
	w := d.toks[k-1].lower
	return orgHeads[w] && !partyWord[w]
}

// localBodyTitle reports a local body's head (localBodyHeads) as the one
// word between a party's name ending at token i and a title at token k:
// "Labour council leader" is the leader of the council, of the Labour
// group that runs it, not of the party.
func (d *doc) localBodyTitle(si, i, k int) bool {
	return k == i+1 && k < d.sents[si].last && localBodyHeads[d.toks[i].lower]
}

// localBodyOfAt reports "of" at token i before a local body, named or
// not ("of the council", "of Bristol City Council"): a party's title so
// followed is the council's post.
func (d *doc) localBodyOfAt(si, i int) bool {
	last := d.sents[si].last
	if i+1 >= last || d.toks[i].lower != "of" {
		return false
	}
	k := i + 1
	if d.toks[k].lower == "the" {
		k++
	}
	for k+1 < last && d.toks[k].cap && !localBodyHeads[d.toks[k].lower] {
		k++ // "Bristol City" of "Bristol City Council"
	}
	return k < last && localBodyHeads[d.toks[k].lower]
}

// conjunctionAt reports "and" or "or" among tokens [i, j): "Congress and
// President X" joins two names; the body is not the title's.
func (d *doc) conjunctionAt(i, j int) bool {
	for k := i; k < j; k++ {
		if l := d.toks[k].lower; l == "and" || l == "or" {
			return true
		}
	}
	return false
}

// formerBefore reports a word of formerWords at token i or before it
// across at most two more words: "former" in "Former Prime Minister",
// "former Varovian President", "former oil minister", "former deputy
// interior minister"; not across "and" ("former President X and Prime
// Minister Y").
func (d *doc) formerBefore(si, i int) bool {
	for j := i; j >= d.sents[si].first && j >= i-3; j-- {
		t := &d.toks[j]
		if formerWords[t.lower] || exPrefixed(t.lower) {
			return true // "former", or "ex-defence" of "Ex-defence minister X"
		}
		if t.kind != tokWord || t.lower == "and" || t.lower == "or" {
			return false
		}
	}
	return false
}

// formerTitle reports whether the title before a person's mention is one
// they no longer hold: "Former Prime Minister X".
func (d *doc) formerTitle(m *mention) bool {
	return m.office != nil && m.officeStart >= 0 && d.formerBefore(m.sent, m.officeStart)
}

// localWords before a title make it a region's or a town's, not the
// country's: "the regional police chief".
var localWords = wordSet("local_words.txt")

// titleModifiers stand between a title's body and the title
// (data/words/title_modifiers.txt).
var titleModifiers = wordSet("title_modifiers.txt")

// pastTitleModifiers is the first token from k on in sentence si that is
// no word of titleModifiers.
func (d *doc) pastTitleModifiers(si, k int) int {
	for k+1 < d.sents[si].last && titleModifiers[d.toks[k].lower] {
		k++
	}
	return k
}

// formerWords before a title say its holder no longer holds it.
var formerWords = wordSet("former_words.txt")

// exPrefixed reports a lower-cased word that a former word's prefix
// opens: "ex-defence" of "ex-defence minister", "ex-president".
func exPrefixed(w string) bool {
	return len(w) > 3 && strings.HasPrefix(w, "ex-")
}

// appositiveTitle reads a title after a person's name, closed by a comma or
// the sentence's end: "Simon Crean, the Australian Minister for Trade,",
// "Ana Holm, foreign minister of Varovia, said", and titles joined by
// "and": "Ana Holm, the Union leader and Varovia's prime minister,". A
// former office is left alone: when it ended is not said.
func (d *doc) appositiveTitle(si int, m *mention) {
	titles, held := d.appositiveTitles(si, m)
	for _, t := range titles {
		if !d.bodysEnvoyFact(si, m.ent, t.o, t.body) {
			d.officeFacts(si, m.ent, t.o, t.body, held)
		}
	}
}

// bodyTitle is an office title with the body it names (-1 for none).
type bodyTitle struct {
	o    *gazetteer.Office
	body int
}

// appositiveTitles are the titles appositiveTitle reads after mention m
// of sentence si, and the span they are held over.
func (d *doc) appositiveTitles(si int, m *mention) ([]bodyTitle, span) {
	s := &d.sents[si]
	k := m.last
	if k+2 >= s.last || d.toks[k].text != "," {
		return nil, span{}
	}
	if d.formerTitleBody(si, k+1) || d.formerBefore(si, k+2) {
		return nil, span{} // "Ivo Dorn, (a) former ambassador": held once, when is not said
	}
	var titles []bodyTitle
	held := span{}
	for {
		o, body, end := d.titleAt(si, k+1)
		if o == nil && len(titles) > 0 {
			break // "X, Kelmora's foreign minister and a Civic Union member,": the titles before "and" are hers
		}
		if o == nil {
			return nil, span{}
		}
		if o.Title == partyLeader && indefiniteArticles[d.toks[k+1].lower] {
			o = d.partyMember() // "Sunil Rao, a Congress party leader": one of its leading members
		}
		if body < 0 && k+2 < s.last && (possessivePronouns[d.toks[k+1].lower] || d.toks[k+1].lower == "the") {
			// "Dorin Vasko, its leader,", "Dorin Vasko, the party
			// leader,": the body the pronoun or "the party" stands for,
			// as before a name ("Its leader, Dorin Vasko,")
			body = d.possessorBefore(si, k+2)
		}
		titles = append(titles, bodyTitle{o, body})
		if end+1 < s.last && d.toks[end].lower == "and" {
			k = end
			continue
		}
		end = d.pastPortfolio(si, end)  // "Kofi Mensah, Ghana's minister of information,"
		end = d.pastSeat(si, end, o)    // "Ivo Dorn, a senator from Oregon,"
		end = d.pastMandate(si, end, o) // "Ivo Dorn, the UN rapporteur on torture,"
		if end+1 < s.last && d.toks[end].lower == "since" {
			held.since, end = d.dateAt(end + 1) // "Ivo Dorn, prime minister since 2019,"
		} else if len(titles) == 1 {
			held.since = d.sinceClosing(si, k+1, end) // "Ivo Dorn, prime minister of Varovia since 2019,"
		}
		if end < s.last && d.toks[end].text != "," && d.toks[end].text != "." {
			if len(titles) > 1 {
				// "X, Vessaria's prime minister and leader of the Civic
				// Union,": the last conjunct goes on past its title
				// (the pairs read it); those before "and" are hers
				titles = titles[:len(titles)-1]
				break
			}
			return nil, span{} // "Holm, a minister's daughter": no apposition of a title
		}
		break
	}
	return titles, held
}

// formerTitleBody reads a former title of a country's in apposition from
// token k ("X, Kelmora's former deputy prime minister,", "X, a former
// Kelmoran interior minister,"): it gives no fact, as when the post
// ended is not said, but the title is that country's, so that "who
// served as deputy prime minister from 2016 to 2020" later in the text is
// dated in Kelmora. It reports whether the apposition is a former title.
func (d *doc) formerTitleBody(si, k int) bool {
	s := &d.sents[si]
	for j := k; j < min(s.last-1, k+4); j++ {
		if !formerWords[d.toks[j].lower] {
			if d.toks[j].kind != tokWord && !possessiveMarks[d.toks[j].lower] {
				return false
			}
			continue
		}
		o, body, _ := d.titleAt(si, j+1)
		if o == nil {
			return false
		}
		if body < 0 {
			body = d.possessorBefore(si, j) // "Kelmora's former deputy prime minister"
		}
		if body >= 0 && d.ents[body].kind == polgraph.KindCountry && countryOffices[o.Body] && d.givesTitle(o, body) {
			if d.officeBodies == nil {
				d.officeBodies = map[string]int{}
			}
			if _, ok := d.officeBodies[o.Title]; !ok {
				d.officeBodies[o.Title] = body
			}
		}
		return true
	}
	return false
}

// pastPortfolio is the token after a title's field when one follows the
// title ending at token i up to a comma or the sentence's end ("minister
// of information,", "spokeswoman for foreign affairs."), else i.
func (d *doc) pastPortfolio(si, i int) int {
	j := i
	for j < d.sents[si].last && d.toks[j].text != "," && d.toks[j].text != "." {
		j++
	}
	if d.portfolio(i, j) {
		return j
	}
	return i
}

// mandatePrepositions open the mandate of an envoy's title
// (data/words/mandate_prepositions.txt).
var mandatePrepositions = wordSet("mandate_prepositions.txt")

// pastMandate is the token after the mandate that follows a diplomatic
// title o ending at token i, up to a comma or the sentence's end ("the
// UN special rapporteur on torture,", "special envoy on Myanmar,"), else
// i. A mandate names no body, party or person: "envoy for the African
// Union" is posted to the Union.
func (d *doc) pastMandate(si, i int, o *gazetteer.Office) int {
	s := &d.sents[si]
	if o.Body != "diplomatic" || i+1 >= s.last || !mandatePrepositions[d.toks[i].lower] {
		return i
	}
	j := i + 1
	for ; j < s.last && d.toks[j].text != "," && d.toks[j].text != "."; j++ {
		if d.toks[j].kind != tokWord {
			return i
		}
		if k := d.mentionIndexAt(si, j); k >= 0 && d.ments[k].ent >= 0 && !isPlaceKind(d.ents[d.ments[k].ent].kind) {
			return i
		}
	}
	return j
}

// pastSeat is the token after the place a legislator's title o, ending
// at token i, names the seat of by "for" or "from" ("MP for Whitby",
// "senator from Oregon"; the seat is REPRESENTS, which the parse gives),
// else i.
func (d *doc) pastSeat(si, i int, o *gazetteer.Office) int {
	s := &d.sents[si]
	if o.Body != "legislature" || i+1 >= s.last || d.toks[i].lower != "for" && d.toks[i].lower != "from" {
		return i
	}
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.first == i+1 && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPlace {
			return m.last
		}
	}
	return i
}

// predicateTitle reads a title a person's name is said to hold by a
// present copula right after it: "Jan Pover is deputy prime minister",
// "X, whose leader, Jan Pover, is deputy prime minister", "X became
// foreign minister of Varovia". "Was" is left alone unless a span says
// when it ended ("He was prime minister from 1991 to 1995"), the one
// title a pronoun is read for.
func (d *doc) predicateTitle(si int, m *mention) {
	s := &d.sents[si]
	if d.verbOfAnother(si, m) {
		return // "A protege of Mira Velk became mayor": the protege did
	}
	k := m.last
	if k < s.last && d.toks[k].text == "," {
		k++ // the comma that closes an apposition
	}
	if k > m.last && k+1 < s.last && d.toks[k].lower == "who" {
		k++ // "X, who is deputy prime minister,"
	}
	if k > m.last && k+1 < s.last && !d.predicateVerb(si, k) {
		// "X, 54, a veteran of the Coastal Party, becomes finance
		// minister": the verb after the apposition is the name's
		k = d.pastApposition(si, k)
	}
	past := false
	if n := d.predicateVerbLen(si, k); n > 0 {
		k += n
	} else {
		switch {
		case k+1 < s.last && (d.toks[k].lower == "is" || d.toks[k].lower == "became"):
			k++
		case k+2 < s.last && d.toks[k].lower == "has" && d.toks[k+1].lower == "been":
			k += 2
		case k+1 < s.last && d.toks[k].lower == "was":
			k, past = k+1, true
		case k+2 < s.last && d.toks[k].lower == "had" && d.toks[k+1].lower == "been":
			k, past = k+2, true // "X had been interior minister since 2021": held until the story's news
		default:
			return
		}
	}
	if !past && !m.named() {
		return // a pronoun's title only over a span given: "He was prime minister from 1991 to 1995"
	}
	o, body, end := d.titleAt(si, k)
	if o == nil {
		return
	}
	var held span
	if past {
		// "X, who was Britain's ambassador to Russia from 2015 to 2019,":
		// held over the span given, and only then
		end = d.pastServedUnder(si, end)
		if h, ok := d.spanClosing(si, k, end); ok {
			// "was mayor of Tarsk from 1990 to 1997 and": the title read
			// on to the clause's end past "of Tarsk", span and all
			held = h
		} else if held, end = d.heldSpanAt(si, end); held.until == "" {
			// "X was mayor until 2019", "X had been interior minister
			// since 2021": one end of the span said is enough
			held, end = d.heldEndAt(si, end)
			if held.since == "" && held.until == "" {
				if held = d.frontedSpan(si, m); held.until == "" {
					return
				}
			}
		}
		end = d.pastServedUnder(si, end)
		if body < 0 && countryOffices[o.Body] {
			// a career told over the text: the country the title was
			// named of before ("X, Kelmora's former interior minister"),
			// else the one the person's other offices were held in, as a
			// verb's post is read (postAt)
			body = d.officeCountry(o, body, m.ent, false)
		}
	} else if end+1 < s.last && d.toks[end].lower == "since" {
		held.since, end = d.dateAt(end + 1) // "X, who has been finance minister since 2021,"
	} else {
		held.since = d.sinceClosing(si, k, end) // "X has been interior minister of Varovia since 2022"
	}
	if end < s.last && d.toks[end].text != "," && d.toks[end].text != "." && d.toks[end].text != ";" && !(past && d.toks[end].lower == "and") {
		// "X is a minister's daughter", "X is prime minister material";
		// a past span may close on the next clause ("was mayor until 2019
		// and later joined")
		return
	}
	d.officeFacts(si, m.ent, o, body, held)
	if past {
		d.laterPosts(si, m, end)
	}
}

// spanClosing is the span a title read from token k to end closes on
// ("mayor of Tarsk from 1990 to 1997"), which ends at end: ok is false
// where none does.
func (d *doc) spanClosing(si, k, end int) (held span, ok bool) {
	for j := k + 1; j < end; j++ {
		if h, after := d.heldSpanAt(si, j); h.until != "" && after == end {
			return h, true
		}
		if h, after := d.heldEndAt(si, j); (h.since != "" || h.until != "") && after == end {
			return h, true
		}
	}
	return span{}, false
}

// sinceClosing is the start a "since" phrase gives the title read from
// token k to end, where the title, read on to the clause's end past a
// country's name, closes on it: "interior minister of Varovia since
// 2022". Else "".
func (d *doc) sinceClosing(si, k, end int) string {
	if h, ok := d.spanClosing(si, k, end); ok && h.until == "" {
		return h.since
	}
	return ""
}

// laterPosts reads the posts a past copula's title, dated, is joined to by
// "and" at token k: "was mayor of Tarsk from 1990 to 1997 and then finance
// minister", "and (as) envoy to Kenya from 2001 to 2004". A post after a
// word of sequence ("then", "later") came after the one before and is
// held, over the span it is given if any; one with none is held only
// over a span of its own, as the first is.
func (d *doc) laterPosts(si int, m *mention, k int) {
	s := &d.sents[si]
	for k+1 < s.last && d.toks[k].lower == "and" {
		k++
		next := false
		if sequenceAdverbs[d.toks[k].lower] {
			k, next = k+1, true
		}
		if k < s.last && d.toks[k].lower == "as" {
			k++
		}
		if k >= s.last || d.formerBefore(si, k) {
			return
		}
		o, body, end := d.titleAt(si, k)
		if o == nil {
			return
		}
		held, after := d.heldSpanAt(si, end)
		if held.until == "" {
			held, after = d.heldEndAt(si, end)
		}
		if held.since == "" && held.until == "" && !next {
			return
		}
		if end = after; end < s.last && d.toks[end].text != "," && d.toks[end].text != "." && d.toks[end].text != ";" && d.toks[end].lower != "and" {
			return // "and then finance minister Ana Holm's adviser"
		}
		if body < 0 && countryOffices[o.Body] {
			body = d.officeCountry(o, body, m.ent, false)
		}
		d.officeFacts(si, m.ent, o, body, held)
		k = end
	}
}

// subjectTitle reads a title that opens the sentence as the subject of a
// present copula with the name after it: "The new education minister is
// Marit Haugli", "Varovia's foreign minister is now Jan Pover".
func (d *doc) subjectTitle(si int, m *mention) {
	s := &d.sents[si]
	k := m.first - 1
	if k > s.first && d.toks[k].lower == "now" {
		k--
	}
	if k <= s.first || d.toks[k].lower != "is" {
		return
	}
	if m.last < s.last && d.toks[m.last].text != "," && d.toks[m.last].text != "." {
		return // "The new minister is Haugli's choice"
	}
	if o, body, end := d.titleAt(si, s.first); o != nil && end == k {
		d.officeFacts(si, m.ent, o, body, span{})
	}
}

// portfolioVerbs take a name before them to the ministry of the field
// after them: "X moves to defence", "Y keeps the foreign ministry", "Z
// takes the health portfolio".
var portfolioVerbs = [][]string{
	{"moves", "to"}, {"moved", "to"}, {"goes", "to"}, {"will", "move", "to"}, {"will", "go", "to"},
	{"takes"}, {"will", "take"}, {"keeps"}, {"retains"}, {"gets"}, {"is", "given"},
}

// portfolioTaken reads a reshuffle's "X moves to defence" or "X keeps the
// foreign ministry": the person named holds the minister's office of the
// field, where the gazetteer knows a minister of it ("defence minister").
func (d *doc) portfolioTaken(si int, m *mention) {
	s := &d.sents[si]
	k := m.last
	if k < s.last && d.toks[k].text == "," {
		k = d.pastAppositionTo(si, k+1, func(si, k int) bool { return d.portfolioVerbLen(si, k) > 0 })
	}
	n := d.portfolioVerbLen(si, k)
	if n == 0 {
		return
	}
	k += n
	closed := false
	if d.toks[k].lower == "the" {
		k++
		closed = true // "the defence" needs its noun: "the defence portfolio"
	}
	for end := k + 1; end <= k+2 && end < s.last; end++ {
		if d.toks[end-1].cap || d.toks[end-1].kind != tokWord {
			return
		}
		next := d.toks[end].lower
		switch {
		case portfolioNouns[next]:
		case !closed && (next == "," || next == "." || next == ";" || next == "and"):
		default:
			continue
		}
		if o, ok := d.x.gaz.Office(strings.Join(d.lowerWords(k, end), " ") + " minister"); ok && o.Body == "government" {
			d.officeFacts(si, m.ent, o, -1, span{})
		}
		return
	}
}

// portfolioVerbLen is the number of words of the portfolio verb at token
// k of sentence si, 0 if none starts there.
func (d *doc) portfolioVerbLen(si, k int) int {
	for _, v := range portfolioVerbs {
		if k+len(v) < d.sents[si].last && slices.Equal(d.lowerWords(k, k+len(v)), v) {
			return len(v)
		}
	}
	return 0
}

// lowerWords are the lowercased tokens [i, j).
func (d *doc) lowerWords(i, j int) []string {
	out := make([]string, 0, j-i)
	for _, t := range d.toks[i:j] {
		out = append(out, t.lower)
	}
	return out
}

// predicateVerbs are the verbs beyond a present copula that give the
// name before them the title after them, now: "becomes finance minister",
// "takes over as health minister", "was appointed justice minister".
var predicateVerbs = [][]string{
	{"becomes"}, {"will", "become"}, {"has", "become"},
	{"takes", "over", "as"}, {"took", "over", "as"}, {"will", "take", "over", "as"},
	{"was", "appointed", "as"}, {"was", "appointed"}, {"has", "been", "appointed", "as"}, {"has", "been", "appointed"},
	{"is", "appointed"}, {"will", "be", "appointed"},
	{"was", "named", "as"}, {"was", "named"}, {"has", "been", "named", "as"}, {"has", "been", "named"}, {"is", "named"},
	{"was", "sworn", "in", "as"}, {"is", "sworn", "in", "as"},
}

// predicateVerbLen is the number of words of the predicate verb at token k
// of sentence si, 0 if none starts there.
func (d *doc) predicateVerbLen(si, k int) int {
	for _, v := range predicateVerbs {
		if k+len(v) >= d.sents[si].last {
			continue
		}
		ok := true
		for i, w := range v {
			if d.toks[k+i].lower != w {
				ok = false
				break
			}
		}
		if ok {
			return len(v)
		}
	}
	return 0
}

// predicateVerb reports whether a verb that gives a title starts at token k.
func (d *doc) predicateVerb(si, k int) bool {
	w := d.toks[k].lower
	return d.predicateVerbLen(si, k) > 0 || w == "is" || w == "became" || w == "was" || w == "has" && k+1 < d.sents[si].last && d.toks[k+1].lower == "been"
}

// pastApposition is the token after the comma that closes the apposition
// starting at token k when a verb that gives a title follows that comma
// ("X, 54, a veteran of the party, becomes"), else k. A list ("and") or
// another clause ("said") is no apposition.
func (d *doc) pastApposition(si, k int) int {
	return d.pastAppositionTo(si, k, d.predicateVerb)
}

// pastAppositionTo is pastApposition, for the verbs verb accepts.
func (d *doc) pastAppositionTo(si, k int, verb func(si, k int) bool) int {
	s := &d.sents[si]
	for j := k; j < s.last && j < k+16; j++ {
		if d.toks[j].text == "," && j+1 < s.last && verb(si, j+1) {
			return j + 1
		}
		if d.toks[j].text == ";" || d.toks[j].lower == "and" || d.toks[j].lower == "said" {
			return k
		}
	}
	return k
}

// heldSpanAt reads "from 2015 to 2019" or "between 2012 and 2015" at token i
// of sentence si: the span and the token after it, else an empty span and i.
func (d *doc) heldSpanAt(si, i int) (span, int) {
	last := d.sents[si].last
	if i+1 >= last || d.toks[i].lower != "from" && d.toks[i].lower != "between" {
		return span{}, i
	}
	ends := "to until"
	if d.toks[i].lower == "between" {
		ends = "and" // "between 2012 and 2015"
	}
	since, next := d.dateAt(i + 1)
	if since == "" || next+1 >= last || !slices.Contains(strings.Fields(ends), d.toks[next].lower) {
		return span{}, i
	}
	until, end := d.dateAt(next + 1)
	if until == "" {
		return span{}, i
	}
	return span{since, until}, end
}

// frontedSpan is the span that opens sentence si right before its
// subject m ("From 1992 to 1996 he was defence minister", "Between 2010
// and 2014, Holm was mayor"), else an empty span: a past title with no
// span after it is held over that one.
func (d *doc) frontedSpan(si int, m *mention) span {
	held, end := d.heldSpanAt(si, d.sents[si].first)
	if end < m.first && d.toks[end].text == "," {
		end++
	}
	if end != m.first {
		return span{}
	}
	return held
}

// heldEndAt reads "until 2019" or "since 2021" at token i of sentence
// si, after a past copula's title: the span with that one end and the
// token after it, else an empty span and i. A title the past copula gives
// "since" a date was held from then ("had been minister since 2021").
func (d *doc) heldEndAt(si, i int) (span, int) {
	if i+1 >= d.sents[si].last {
		return span{}, i
	}
	switch d.toks[i].lower {
	case "until", "till", "through":
		if until, end := d.dateAt(i + 1); until != "" {
			return span{until: until}, end
		}
	case "since":
		if since, end := d.dateAt(i + 1); since != "" {
			return span{since: since}, end
		}
	}
	return span{}, i
}

// pastServedUnder is the token after the phrase at token i of sentence
// si that names the leader or the government a past title was held under
// ("was finance minister under prime minister Ivo Dorn from 1989 to
// 1994", "in the cabinet of Jan Broek", "in the Broek government"): the
// phrase's noun, a person or a government's head noun (governmentHeads),
// up to a word that opens the span it was held over. Else i.
func (d *doc) pastServedUnder(si, i int) int {
	x, c := d.wordAt(si, i)
	if c < 0 || x.rel(c) != "case" || d.toks[i].lower != "under" && d.toks[i].lower != "in" {
		return i
	}
	n := x.head(c)
	if d.personAt(si, x, n) < 0 && !governmentHeads[strings.ToLower(x.lemma(n))] {
		return i
	}
	j := i + 1
	for ; j < d.sents[si].last && !heldSpanOpeners[d.toks[j].lower]; j++ {
		if w := x.at(j); w < 0 || !x.dominates(n, w) || x.pos(w) == "PUNCT" {
			break
		}
	}
	return j
}

// heldSpanOpeners open the phrase of the span a post was held over
// (heldSpanAt, heldEndAt).
var heldSpanOpeners = set("from between until till through since")

// titleAt reads a title that starts at token k of sentence si, with the
// body before it ("the Australian", "Varovia's", "the country's") or "of"
// a country after it: the office, its body (-1 for none) and the token
// after the title.
func (d *doc) titleAt(si, k int) (o *gazetteer.Office, body, end int) {
	s := &d.sents[si]
	if determiners[d.toks[k].lower] {
		k++
	}
	k = d.pastTitleModifiers(si, k) // "the new Kenyan foreign minister"
	body = -1
	for _, bi := range d.sentMents[si] {
		if b := &d.ments[bi]; b.first == k && b.ent >= 0 && b.last < s.last {
			if kind := d.ents[b.ent].kind; kind == polgraph.KindCountry || kind == polgraph.KindParty || kind == polgraph.KindOrganization ||
				kind == polgraph.KindPlace && k+1 < s.last && (possessiveMarks[d.toks[b.last].lower] || d.localOfficeAt(b.last, s.last)) {
				// "the Australian", "the Liberal", "Valdera's" (a town's
				// mayor), "Tarsk" of "Tarsk mayor" (a town's office the
				// town's name modifies)
				body, k = b.ent, b.last
				if k < s.last && possessiveMarks[d.toks[k].lower] {
					k++ // "Varovia's", "the Greens'"
				}
			}
		}
	}
	if w := d.toks[k].lower; body < 0 && k+1 < s.last && (bodyKindNouns[w] != "" || owningBodyNouns[w]) && possessiveMarks[d.toks[k+1].lower] {
		if b := d.bodyNamedBy(si, k+1); b >= 0 {
			// "the country's foreign minister": the country named last;
			// "X, the committee's chairman": the committee named before
			body, k = b, k+2
		}
	}
	k = d.pastTitleModifiers(si, k) // "Kenya's new president"
	n, o := d.officeAt(k, s.last)
	if n == 0 && k+1 < s.last && deputyWords[d.toks[k].lower] {
		// "Japan's deputy foreign minister": a second in a ministry
		// holds an office of the same government, and leads nothing
		if n, o = d.officeAt(k+1, s.last); n > 0 && (headOffice(o) || !stateOffices[o.Body]) {
			n = 0
		} else if n > 0 {
			n, o = n+1, d.deputyOf(o)
		}
	}
	if n == 0 {
		return nil, -1, k
	}
	end = k + n
	if body >= 0 && o.Body == "party" && d.ents[body].kind == polgraph.KindParty && d.localBodyOfAt(si, end) {
		o = d.partyMember() // "the Labour leader of the council": a member of the party, who leads the council
	}
	if c := d.countryAfter(si, end); c >= 0 && body < 0 {
		body = c
		for end < s.last && d.toks[end].text != "," && d.toks[end].text != "." && d.toks[end].lower != "and" {
			if _, after := d.heldSpanAt(si, end); after > end {
				end = after // "between 2001 and 2011": its "and" joins no clause
				continue
			}
			end++
		}
	} else if body >= 0 {
		end = d.pastPostedTo(si, end, o) // "Varovia's ambassador to Dravonia,"
	} else if c, last := d.chamberAfter(si, end, o); c >= 0 {
		body, end = c, last // "speaker of the Riigikogu", "member of Kenya's parliament"
	}
	return o, body, end
}

// chamberAfter is the legislature that "of" at token i and its name give
// a legislature's office o ("speaker of Estonia's parliament"), and the
// token after its name; -1 if none follows.
func (d *doc) chamberAfter(si, i int, o *gazetteer.Office) (int, int) {
	s := &d.sents[si]
	if o.Body != "legislature" || i+1 >= s.last || d.toks[i].lower != "of" {
		return -1, i
	}
	k := i + 1
	if d.toks[k].lower == "the" {
		k++
	}
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.first == k && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindOrganization && isLegislature(d.ents[m.ent]) {
			return m.ent, m.last
		}
	}
	return -1, i
}

// deputyOf is the office of o's deputy as data/offices.tsv writes it:
// "Deputy Speaker" for the Speaker, "Deputy Minister" for a minister of a
// field ("deputy foreign minister"), else o.
func (d *doc) deputyOf(o *gazetteer.Office) *gazetteer.Office {
	if dep, ok := d.x.gaz.Office("Deputy " + o.Title); ok {
		return dep
	}
	if strings.HasSuffix(o.Title, " Minister") {
		if dep, ok := d.x.gaz.Office("Deputy Minister"); ok {
			return dep
		}
	}
	return o
}

// stateOffices are the kinds of office a state gives and its deputies
// hold in its name.
var stateOffices = map[string]bool{"government": true, "diplomatic": true, "military": true}

// possessiveMarks end a possessor's name: "Varovia's", "the Greens'".
var possessiveMarks = set("'s ’s ' ’")

// pastPostedTo is the token after "to" and the name of the body or
// country a diplomat is posted to, or "in" and the place or country
// where, when they follow token i after office o's title ("ambassador to
// Dravonia", "ambassador in Kyiv"), else i. A diplomat's "for" names
// where too ("special envoy for Yemen"); another's names a field or a
// post sought ("minister for Europe", "candidate for mayor").
func (d *doc) pastPostedTo(si, i int, o *gazetteer.Office) int {
	if i+1 >= d.sents[si].last || !postingCases[d.toks[i].lower] || d.toks[i].lower == "for" && o.Body != "diplomatic" {
		return i
	}
	in := d.toks[i].lower != "to"
	k := i + 1
	if d.toks[k].lower == "the" {
		k++
	}
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.first == k && m.ent >= 0 && (isBody(d.ents[m.ent].kind) && !in || isPlaceKind(d.ents[m.ent].kind)) {
			return m.last // "ambassador to Dravonia", "ambassador to Berlin", "the American ambassador in Kyiv"
		}
	}
	return i
}

// partyLeader is the title of data/offices.tsv that leads a party.
const partyLeader = "Party Leader"

// secretaryGeneral is the title of data/offices.tsv that heads an
// international body.
const secretaryGeneral = "Secretary-General"

// directorGeneral is the title of data/offices.tsv that heads an agency,
// a service or an international body ("WHO Director-General X", "the
// director general of the Security Service"), as a secretary-general does.
const directorGeneral = "Director General"

// chairman is the title of the chair of a body (offices.tsv), a party's
// leader where the body is a party.
const chairman = "Chairman"

// president is the title of a head of state (offices.tsv), a party's
// leader where the body is a party.
const president = "President"

// deputyChairman is the title of the second to a chairman.
const deputyChairman = "Deputy Chairman"

// chairOffice reports a chair's post, which in a chamber is its presiding
// office ("Deputy Chairman of the State Duma"), unlike a body's staff
// ("Director").
func chairOffice(o *gazetteer.Office) bool { return o.Title == chairman || o.Title == deputyChairman }

// unknownNameBefore reports a capitalised word right before token i that
// no mention covers, in the middle of a sentence or joined by a hyphen:
// a name no list knows ("Harbour-Left leader X").
func (d *doc) unknownNameBefore(si, i int) bool {
	k := i - 1
	if k < d.sents[si].first || d.toks[k].kind != tokWord || !d.toks[k].cap || d.mentionOver(si, k) != nil {
		return false
	}
	return k > d.sents[si].first || strings.Contains(d.toks[k].text, "-")
}

// onlyPartyNear is the one party (or body named as parties are) that
// sentence si, before token before, and the two sentences before it in
// its paragraph name, or -1 where they name none or several: a new
// paragraph may turn to someone of another party, or of none ("the murder
// of a mayoral candidate, X" after a paragraph on a coalition's leader).
func (d *doc) onlyPartyNear(si, before int) int {
	found := -1
	for s := max(0, si-2); s <= si; s++ {
		if d.sents[s].para != d.sents[si].para {
			continue
		}
		for _, mi := range d.sentMents[s] {
			if m := &d.ments[mi]; m.ent >= 0 && m.named() && m.ent != found && d.partyLike(d.ents[m.ent]) && (s < si || m.last <= before) {
				if found >= 0 {
					return -1
				}
				found = m.ent
			}
		}
	}
	return found
}

// partyOfAnotherMember reports party p named, in sentence si or the two
// before it in its paragraph, as the party someone other than person is of
// ("Lina Sarro of the Workers' Harbour Party"): there the party says which
// camp that member is of, and a bare title after it may be of any party;
// a party the passage tells of itself ("The Civic Union met on Sunday.
// Deputy leader Ivo Dorn said") is the title's.
func (d *doc) partyOfAnotherMember(si, p, person int) bool {
	for s := max(0, si-2); s <= si; s++ {
		x := d.syntaxOf(s)
		if x == nil || d.sents[s].para != d.sents[si].para {
			continue
		}
		for _, mi := range d.sentMents[s] {
			if m := &d.ments[mi]; m.ent == p {
				if o := d.personOfName(s, x, m); o >= 0 && o != person {
					return true
				}
			}
		}
	}
	return false
}

// titleSaysParty reports the noun "party" among the title's tokens
// [first, last) ("party spokesman"), which takes up the party named before.
func (d *doc) titleSaysParty(first, last int) bool {
	for i := first; i < last; i++ {
		if partyWord[d.toks[i].lower] {
			return true
		}
	}
	return false
}

// personOfName is the person whose name the name of mention m hangs on
// by "of" in sentence si's tree x ("Lina Sarro of the Harbour Party"), or -1.
func (d *doc) personOfName(si int, x *syntax, m *mention) int {
	w := x.nameHead(m.first, m.last)
	if w < 0 || x.head(w) < 0 || x.caseOf(w) != "of" {
		return -1
	}
	if o := d.mentionAtWord(si, x, x.head(w)); o != nil && o.ent >= 0 && d.ents[o.ent].kind == polgraph.KindPerson {
		return o.ent
	}
	return -1
}

// indefiniteArticles make a title one of several of its kind.
var indefiniteArticles = set("a an")

// partyMember is the office of data/offices.tsv a party's member holds.
func (d *doc) partyMember() *gazetteer.Office {
	o, _ := d.x.gaz.Office("Party Member")
	return o
}

// officeFacts are the facts a person's office title gives, with the body
// the text names for it (a country, party, organisation or place; -1 for
// none): MEMBER_OF and LEADS a party, WORKS_FOR a company, HOLDS_OFFICE in
// a legislature or a country, which its head LEADS, over the span held
// when the text gives one.
func (d *doc) officeFacts(si, person int, o *gazetteer.Office, bodyEnt int, held span) {
	add := func(r *relation) {
		if posts[r.typ] {
			r.validFrom, r.validTo = held.since, held.until
		}
		d.addRel(r)
	}
	if occupationTitles[o.Title] != "" {
		// "Swedish diplomat X", "a Russian official": a line of work, no
		// post of the state; only a body named employs the person
		if bodyEnt >= 0 && d.ents[bodyEnt].kind == polgraph.KindOrganization && !d.partyLike(d.ents[bodyEnt]) {
			add(&relation{typ: "WORKS_FOR", from: person, to: bodyEnt, role: strings.ToLower(o.Title), sent: si, conf: 0.65})
		}
		return
	}
	var country int = -1
	if bodyEnt >= 0 {
		be := d.ents[bodyEnt]
		switch be.kind {
		case polgraph.KindCountry:
			if d.someStatesGive(o) && !d.givesTitle(o, bodyEnt) {
				// "India's Foreign Secretary": a civil servant there, where
				// the title is the foreign minister's in Britain (a state
				// with no prime minister today may have had one: "the
				// first prime minister of Ghana" is the text's word)
				return
			}
			country = bodyEnt
		case polgraph.KindParty:
			add(&relation{typ: "MEMBER_OF", from: person, to: bodyEnt, sent: si, conf: 0.7})
			// a candidate or a deputy leads nothing; a party's chairman
			// ("its chairwoman, X") or president ("elected X as its new
			// president") leads it, as the press of many countries names
			// party leaders
			if o.Body == "party" && o.Title == partyLeader || o.Title == chairman || o.Title == president {
				add(&relation{typ: "LEADS", from: person, to: bodyEnt, sent: si, conf: 0.65})
			}
			return
		case polgraph.KindOrganization:
			if o.Body == "party" && d.partyLike(be) {
				// "the Unity Front, whose leader, X": a body named as
				// parties are, with a party's post
				add(&relation{typ: "MEMBER_OF", from: person, to: bodyEnt, sent: si, conf: 0.65})
				if o.Title == partyLeader {
					add(&relation{typ: "LEADS", from: person, to: bodyEnt, sent: si, conf: 0.6})
				}
				return
			}
			if o.Title == partyLeader && !isLegislature(be) {
				// "the council's leader, X", "the union leader, X": a
				// leader's bare title, of a body no party, heads that body;
				// not "the SNP's Westminster leader", a party's in a chamber
				add(&relation{typ: "LEADS", from: person, to: bodyEnt, sent: si, conf: 0.6})
				return
			}
			if o.Title == chairman && isPanel(be) {
				// "the committee's chair, X", "X, chairman of the Foreign
				// Affairs Committee": the chair leads the panel, whose
				// members sit on it and work for none of it
				add(&relation{typ: "LEADS", from: person, to: bodyEnt, sent: si, conf: 0.65})
				return
			}
			if o.Body == "judiciary" {
				// "Velden District Court Judge Anna Roth", "Judge Anna Roth
				// of the Velden District Court": a judge or prosecutor
				// holds an office of the body named, no state's
				add(&relation{typ: "HOLDS_OFFICE", from: person, to: bodyEnt, role: o.Title, sent: si, conf: 0.65})
				return
			}
			if o.Title == directorGeneral {
				// "WHO Director-General X": the head of the body, no staff of it
				add(&relation{typ: "LEADS", from: person, to: bodyEnt, sent: si, conf: 0.65})
				return
			}
			if o.Body == "company" || o.Body == "organization" && !(chairOffice(o) && isLegislature(be)) {
				add(&relation{typ: "WORKS_FOR", from: person, to: bodyEnt, role: strings.ToLower(o.Title), sent: si, conf: 0.7})
				return
			}
			// "State Duma Deputy Chairman X": a chamber's presiding post,
			// whatever bodies else bear its title, is an office in it
			if (o.Body == "legislature" || chairOffice(o)) && isLegislature(be) {
				add(&relation{typ: "HOLDS_OFFICE", from: person, to: bodyEnt, role: o.Title, sent: si, conf: 0.7})
				return
			}
			if headOffice(o) || o.Title == secretaryGeneral {
				// "World Bank President X", "NATO Secretary General X": the
				// head of the body named, no state's, whatever country the
				// story is set in
				add(&relation{typ: "LEADS", from: person, to: bodyEnt, sent: si, conf: 0.65})
				return
			}
		case polgraph.KindPlace:
			country = bodyEnt
			if o.Body == "city" || o.Body == "region" {
				if headOffice(o) { // a deputy mayor leads nothing
					add(&relation{typ: "LEADS", from: person, to: bodyEnt, sent: si, conf: 0.65})
				}
				return
			}
		}
	}
	if o.Body == "legislature" && bodyEnt < 0 {
		// "Senator Dana Whitcombe": the one chamber of that name the
		// article names
		if l := d.chamberOf(o, si); l >= 0 {
			add(&relation{typ: "HOLDS_OFFICE", from: person, to: l, role: o.Title, sent: si, conf: 0.6})
			return
		}
		if w := chamberWords[o.Title]; country < 0 && w != "" && w != "european" {
			// "MP Eva Sulik voted against", "Speaker Eva Sulik" in a
			// story set in Slovakia: a seat in its parliament or the chair
			// of it, a guess of the story's home that a sentence setting
			// her elsewhere drops; not a seat in the European Parliament,
			// which no one state's chamber is
			if c := d.settingOf(si, func(c int) bool { return d.givesTitle(o, c) && !d.metFrom(si, person, c) }); c >= 0 {
				to := c
				if l := d.committeesChamber(w, c); l >= 0 {
					to = l // "Senator X" in a story of the Senate Judiciary Committee
				}
				add(&relation{typ: "HOLDS_OFFICE", from: person, to: to, role: o.Title, sent: si, conf: 0.6, homeGuess: true})
			}
		}
		return
	}
	if o.Body == "legislature" && country >= 0 {
		// "Kenya's Speaker, X": the one chamber of that title the article
		// names, else the state whose legislature it is
		to := country
		if l := d.chamberOf(o, si); l >= 0 {
			to = l
		} else if d.ents[country].kind == polgraph.KindPlace {
			return // "Kisumu East MP X": a seat, which REPRESENTS gives; no office a place holds
		}
		add(&relation{typ: "HOLDS_OFFICE", from: person, to: to, role: o.Title, sent: si, conf: 0.6})
		return
	}
	if o.Body == "judiciary" && bodyEnt < 0 {
		// "Justice Lucy Wambui": the one court the article names, where
		// it names it before her; a court named only after her is
		// mostly another that hears her case ("Judge X ruled ... The
		// Supreme Court will hear the appeal")
		if c := d.chamberOf(o, si); c >= 0 {
			if d.courtNamedBefore(c, si, person) {
				add(&relation{typ: "HOLDS_OFFICE", from: person, to: c, role: o.Title, sent: si, conf: 0.6})
			}
			return
		}
	}
	switch o.Body {
	case "government", "head-of-state", "diplomatic", "military", "judiciary", "region", "city":
		if country < 0 && o.Body == "region" && headOffice(o) {
			if r := d.onlyDivision(); r >= 0 {
				// "Gov. Lena Marsh" in a story that names Ohio and no
				// other state: she governs Ohio
				add(&relation{typ: "LEADS", from: person, to: r, sent: si, conf: 0.6})
			}
			return
		}
		if country < 0 && (o.Body == "region" || o.Body == "city") {
			return
		}
		if t := leaderTerm(d.ents[person], o.Title); country < 0 && t != nil {
			if org := d.termOrganization(t); org >= 0 {
				// "Commission President Ursula von der Leyen": the
				// international body she heads, not a state a guess
				// would give the title to
				add(&relation{typ: "HOLDS_OFFICE", from: person, to: org, role: o.Title, sent: si, conf: 0.6})
				if headOffice(o) {
					add(&relation{typ: "LEADS", from: person, to: org, sent: si, conf: 0.55})
				}
				return
			}
			country = d.countryEntity(t.Country) // "Prime Minister Trudeau": the country he led
		}
		if country < 0 {
			if c := d.curatedCountry(person); c >= 0 && d.givesTitle(o, c) {
				country = c // "Attorney General Janet Reno" in a story set in Cuba
			}
		}
		if only := d.onlyState(o); country < 0 && only != "" {
			// "Taoiseach X" in a story filed from Washington: the title
			// is one state's alone, wherever the story is set, but for a
			// story set in a state that gives it too ("Treasury Secretary
			// X" in a Kenyan budget story)
			country = d.settingOf(si, func(c int) bool {
				return d.givesTitle(o, c) && !d.metFrom(si, person, c)
			})
			if country < 0 {
				country = d.countryEntity(only)
			}
		}
		guessed := false
		if country < 0 && o.Body != "diplomatic" {
			// an envoy is posted abroad: the country the story is set in
			// is more often where she serves than whom she serves; a
			// title only some states give is one of theirs or none
			if c := d.hostOf(si, person); c >= 0 && d.givesTitle(o, c) && !d.heldByAnother(c, o.Title, person) {
				// "Wanjiru met President Grace Lyimo" after Wanjiru
				// arrived in Tanzania: the one met is her host's, and no
				// guess of the story's home: the visit sets the host
				// against the visitor's side, as no other country's
				// official is
				country = c
			} else {
				if d.titleOfUnnamedBody(si, person) {
					return // "the board's vice president, X": the board's, whose name the text leaves unsaid
				}
				country, guessed = d.settingOf(si, func(c int) bool {
					return d.givesTitle(o, c) && !d.heldByAnother(c, o.Title, person) && !d.metFrom(si, person, c)
				}), true
			}
		}
		if country >= 0 {
			add(&relation{typ: "HOLDS_OFFICE", from: person, to: country, role: o.Title, sent: si, conf: 0.6, homeGuess: guessed})
			if headOffice(o) {
				// no CITIZEN_OF: that a president is the country's citizen
				// is inferred, not told, and a fact is what its sentence says
				add(&relation{typ: "LEADS", from: person, to: country, sent: si, conf: 0.55, homeGuess: guessed})
			}
		}
	}
	return
}

// chamberWords name the chamber a legislator's title belongs to.
var chamberWords = wordTable("chamber_words.tsv")

// occupationTitles are the office titles that name a line of work or a
// rank, not a post (data/words/occupation_titles.tsv).
var occupationTitles = wordTable("occupation_titles.tsv", "occupation", "rank")

// committeesChamber is country c's one chamber the gazetteer knows whose
// name has word w ("senate"), where the article names a committee with
// that word and no chamber ("the Senate Judiciary Committee"): a senator
// in a story of a Senate committee sits in that Senate. -1 if none, or if
// the country has several bodies so named.
func (d *doc) committeesChamber(w string, c int) int {
	if d.ents[c].gaz == nil || !slices.ContainsFunc(d.ents, func(e *entity) bool {
		return e.kind == polgraph.KindOrganization && isPanel(e) && slices.Contains(lowerWords(e.name), w)
	}) {
		return -1
	}
	var chamber *gazetteer.Entry
	for _, g := range d.x.gaz.Entries() {
		words := lowerWords(g.Name)
		if g.Kind != polgraph.KindOrganization || g.Country != d.ents[c].gaz.Country || !slices.Contains(words, w) || slices.ContainsFunc(words, func(x string) bool { return panelNouns[x] }) {
			continue
		}
		if chamber != nil {
			return -1
		}
		chamber = g
	}
	if chamber == nil {
		return -1
	}
	return d.gazEntity(chamber)
}

// chamberOf is the only legislature the article names whose name has the
// word of o's chamber ("Senate" for a senator), or for a judge the only
// court, or -1; in a sentence set in a country (a round-up's section), a
// chamber of another country is none: a Kenyan lawmaker sits in no
// parliament of the Moldovan section before.
func (d *doc) chamberOf(o *gazetteer.Office, si int) int {
	w, ok := chamberWords[o.Title]
	if !ok {
		return -1
	}
	if w == "*" {
		return d.presidedChamber()
	}
	found, setting := -1, d.settingCode(si)
	for ei, e := range d.ents {
		words := lowerWords(e.name)
		if e.kind != polgraph.KindOrganization || o.Body == "legislature" && !isLegislature(e) || !slices.Contains(words, w) ||
			slices.Contains(words, "committee") || slices.Contains(words, "caucus") {
			continue // a committee of the Senate is no chamber
		}
		if setting != "" && e.gaz != nil && e.gaz.Country != "" && e.gaz.Country != setting {
			continue
		}
		if found >= 0 {
			return -1 // two senates: which one is not said
		}
		found = ei
	}
	return found
}

// courtNamedBefore reports whether entity e is named before the first mention
// of entity p in sentence si.
func (d *doc) courtNamedBefore(e, si, p int) bool {
	at := -1
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.ent == p && (at < 0 || m.first < at) {
			at = m.first
		}
	}
	if at < 0 {
		at = d.sents[si].first
	}
	for _, mi := range d.ents[e].ments {
		if d.ments[mi].first < at {
			return true
		}
	}
	return false
}

// upperChamberWords are the words of an upper house's name
// (data/words/upper_chamber_words.txt).
var upperChamberWords = wordSet("upper_chamber_words.txt")

// wholeLegislatureWords name a parliament of two houses as a whole
// (data/words/whole_legislature_words.txt).
var wholeLegislatureWords = wordSet("whole_legislature_words.txt")

// presidedChamber is the chamber a speaker with no chamber named beside
// the title presides over: the one legislature the article names ("The
// Knesset voted... Speaker X said"); where it names several, the one
// lower house, a bare "Parliament" or "House" being another name of it
// and a "Parliament of" the whole it is one house of; else -1. A
// unicameral "Parliament of Ruritania" named alone is the chamber.
func (d *doc) presidedChamber() int {
	var lower, upper, bare []int
	for ei, e := range d.ents {
		if e.kind != polgraph.KindOrganization || len(e.ments) == 0 || !isLegislature(e) {
			continue
		}
		words := lowerWords(e.name)
		switch {
		case slices.Contains(words, "committee") || slices.Contains(words, "caucus"):
			// a committee of the House is no chamber
		case slices.ContainsFunc(words, func(w string) bool { return upperChamberWords[w] }):
			upper = append(upper, ei)
		case len(words) == 1 && e.gaz == nil || slices.ContainsFunc(words, func(w string) bool { return wholeLegislatureWords[w] }):
			// "the House", "Parliament" no data names: the chamber under
			// another name ("the Knesset" is one by its own); "the
			// Parliament of Malaysia": the whole, with its chambers
			bare = append(bare, ei)
		default:
			lower = append(lower, ei)
		}
	}
	for _, c := range [][]int{lower, bare, upper} {
		switch len(c) {
		case 0:
			continue
		case 1:
			return c[0]
		}
		return -1 // two chambers of one rank: which one is not said
	}
	return -1
}

// bareChambers moves the mentions of a chamber named by its noun alone
// ("the House", "the Assembly"), which no data names, to the one chamber
// of the article whose name has that noun ("the Maharashtra Legislative
// Assembly ... the Assembly"), "House" standing for any lower house ("the
// Lok Sabha ... the House"): a short form of a body the story names,
// not a body of its own. An upper house is never one so named, and where
// two chambers fit, which one is not said.
func (d *doc) bareChambers() {
	var bare, named []int
	for ei, e := range d.ents {
		if e.kind != polgraph.KindOrganization || len(e.ments) == 0 || !isLegislature(e) {
			continue
		}
		words := lowerWords(e.name)
		switch {
		case len(words) == 1 && e.gaz == nil:
			bare = append(bare, ei)
		case slices.Contains(words, "committee") || slices.Contains(words, "caucus"),
			slices.ContainsFunc(words, func(w string) bool { return upperChamberWords[w] || wholeLegislatureWords[w] }):
		default:
			named = append(named, ei)
		}
	}
	for _, b := range bare {
		noun := lowerWords(d.ents[b].name)[0]
		to := -1
		for _, n := range named {
			if noun != "house" && !slices.Contains(lowerWords(d.ents[n].name), noun) {
				continue
			}
			if to >= 0 {
				to = -2 // two chambers fit
				break
			}
			to = n
		}
		if to < 0 {
			continue
		}
		for _, mi := range slices.Clone(d.ents[b].ments) {
			d.moveMention(mi, to)
			d.ents[to].addSurface(d.surfaceOf(&d.ments[mi]))
		}
	}
}

// legislatureWords are the words of a legislature's name.
var legislatureWords = wordSet("legislature_words.txt")

// isLegislature reports whether an organisation is a legislature: its
// name says so, or one of the names the gazetteer knows it by ("the
// Riksdag", also "the Swedish Parliament").
func isLegislature(e *entity) bool {
	names := []string{e.name}
	if e.gaz != nil {
		names = append(names, e.gaz.Aliases...)
	}
	for _, n := range names {
		words := lowerWords(n)
		for k, w := range words {
			if legislatureWords[w] && (w != "house" || chamberHouse(words, k)) {
				return true
			}
		}
	}
	return false
}

// chamberHouse reports whether "house", word k of a name's words, names
// a chamber ("House of Representatives", "the lower house", "the House"),
// not a seat of government ("White House", "Blue House").
func chamberHouse(words []string, k int) bool {
	return k+1 < len(words) && words[k+1] == "of" || k == 0 || words[k-1] == "lower" || words[k-1] == "upper"
}

// homeCountryEntity is the entity of the country the article is about:
// named half as often again as any other, a headline or dateline counting
// thrice; -1 if none stands out.
func (d *doc) homeCountryEntity() int {
	if d.home != -2 {
		return d.home
	}
	d.home = -1 // what finding it parses asks for none
	d.home = d.findHomeCountry()
	return d.home
}

func (d *doc) findHomeCountry() int {
	count := map[int]int{}
	byName := map[int]bool{} // counted for a mention of its name, not only a demonym's
	var order []int
	for ei := 0; ei < len(d.ents); ei++ {
		e := d.ents[ei]
		if e.kind != polgraph.KindCountry && e.capitalOf == nil && !d.headlineSetting(e) {
			continue
		}
		n, named := 0, false
		for _, mi := range e.ments {
			if d.visitedAt(d.ments[mi].first) {
				continue // "will travel to Beijing": where one goes is not where one is from
			}
			if d.nationalityOfNamed(&d.ments[mi]) || d.nationalityOfOne(&d.ments[mi]) {
				continue // "appointed Swedish diplomat Lars Eklund": his country, not the story's
			}
			if d.partnerAt(d.ments[mi].first) {
				continue // "held talks with Belarus": the other side, not the story's country
			}
			if d.envoysState(&d.ments[mi]) {
				continue // "met the ambassador of Kallistan", "appointed ambassador to Canada": one side of a mission abroad
			}
			if d.counterpartMetAt(d.ments[mi].first) {
				continue // "met his Varovian counterpart in Brussels": where two states' officials meet, not whose they are
			}
			if d.placesATownAbroad(d.ments[mi].first) {
				continue // "twinned with Sejny, a town in Poland": where a place abroad is, not the story's country
			}
			if e.capitalOf != nil && d.sents[d.ments[mi].sent].dateline && d.filedWhereABodySits() {
				continue // "BRUSSELS - NATO agreed": where the body sits, not the story's country
			}
			n++
			if d.sents[d.ments[mi].sent].headline {
				n += 2
			}
			named = named || d.ments[mi].via != "demonym"
		}
		if d.titleApart() && e.kind == polgraph.KindCountry && d.titleNames(e) {
			n += 3 // the headline is not in the text ("Ambrenia election night")
		}
		ci := ei
		if e.capitalOf != nil { // a capital, in a dateline or not, counts for its country
			if ci = d.countryEntity(e.capitalOf.Country); ci < 0 {
				continue
			}
		} else if c := d.datelineTownsCountry(e); c >= 0 {
			ci = c // "MARSK, Latvia (AP) -": a town no list knows counts for the country its dateline names
		}
		if _, ok := count[ci]; !ok {
			order = append(order, ci)
		}
		count[ci] += n
		byName[ci] = byName[ci] || named && n > 0
	}
	for _, ci := range d.outletsCapitals() {
		// "the Wellington Ledger": a paper named after a capital is that
		// country's paper, and tells the story's country as the capital
		// named alone would
		if _, ok := count[ci]; ok {
			count[ci]++
		}
	}
	best, bestN, second := -1, 0, 0
	for _, ci := range order { // in order of first appearance, for determinism
		switch n := count[ci]; {
		case n > bestN:
			best, bestN, second = ci, n, bestN
		case n > second:
			second = n
		}
	}
	if bestN == 0 {
		return d.bodiesCountry()
	}
	if 2*bestN < 3*second || d.ents[best].kind != polgraph.KindCountry && d.ents[best].capitalOf == nil {
		return -1 // a place we know nothing of is what the story is about
	}
	if d.interferingStates()[best] {
		// "Beijing interfered in the election": the state interfered in,
		// which the story may not name, is the home of its titles
		return -1
	}
	if b := d.domesticCountry(); !byName[best] && b >= 0 && b != best {
		// "Senator Lea Varga said Russian agents had approached her
		// staff": a country told only by the nationality of some of its
		// people, in a story whose state bodies, parties and places are
		// all another's, is not the story's
		return b
	}
	return best
}

// interferingStates are the countries the words tell interfering in
// another's affairs: one named right before a verb or a noun of
// interference ("Beijing had meddled", "Russia hacked the servers",
// "Chinese interference", "Russia's disinformation campaign", "accused
// Moscow of meddling") or right after a noun of it and "by", "from" or
// "of" ("interference by Beijing"). Such a state is the story's foreign
// side: the offices and bodies it names with no country are those of the
// state interfered in, not the interferer's, however often the story
// names the interferer; nor, unnamed, is that state the one the story
// names next most often (a third country's). Read from the words: the
// home country is found before any sentence is parsed. The verbs of
// paying and swaying
// ("funded", "targeted") are left out: they tell of interference only
// with what is paid, which the words do not give.
func (d *doc) interferingStates() map[int]bool {
	out := map[int]bool{}
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.ent < 0 {
			continue
		}
		ci := m.ent
		if e := d.ents[m.ent]; e.capitalOf != nil {
			ci = d.countryEntity(e.capitalOf.Country)
		} else if e.kind != polgraph.KindCountry {
			continue
		}
		if ci >= 0 && (d.interferenceAfter(m) || d.interferenceBefore(m)) {
			out[ci] = true
		}
	}
	return out
}

// interferenceAfter reports a mention followed, past a possessive, an
// auxiliary, an adverb or "of", by a word of interference.
func (d *doc) interferenceAfter(m *mention) bool {
	s := &d.sents[m.sent]
	k := m.last
	if k < s.last && possessiveMarks[d.toks[k].lower] {
		k++
	}
	for k < s.last && (auxVerbs[d.toks[k].lower] || voiceAdverbs[d.toks[k].lower] || allegingWords[d.toks[k].lower] || d.toks[k].lower == "of") {
		k++
	}
	return k < s.last && d.interferenceAt(k, s.last) > 0
}

// interferenceBefore reports a mention that "by", "from" or "of" (and
// "the") joins to a word of interference right before it.
func (d *doc) interferenceBefore(m *mention) bool {
	first := d.sents[m.sent].first
	j := m.first - 1
	if j > first && d.toks[j].lower == "the" {
		j--
	}
	if j <= first || !agentPrepositions[d.toks[j].lower] {
		return false
	}
	for i := max(first, j-3); i < j; i++ {
		if d.interferenceAt(i, j) == j-i {
			return true
		}
	}
	return false
}

// agentPrepositions join a doer to a noun of interference.
var agentPrepositions = set("by from of")

// interferenceAt is the length of the word or phrase of interference
// starting at token i and ending by limit (0 if none): a trigger of
// interference that tells it by itself, not a verb of paying or swaying
// nor one of acting for a state, which tell it only with what they take.
func (d *doc) interferenceAt(i, limit int) int {
	for _, t := range triggers[d.toks[i].lower] {
		if t.typ != "INTERFERENCE" || t.funding || t.forState {
			continue
		}
		if k := d.spanAt(i, limit, t.words); k > 0 {
			return k
		}
	}
	return 0
}

// outletsCapitals lists, once a mention, the entities of the countries
// whose capital opens the name of a news outlet the article names ("the
// Tallinn Ledger": Estonia), the outlet's run having taken the capital in.
func (d *doc) outletsCapitals() []int {
	var out []int
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.via != "run" || m.kind != polgraph.KindOrganization || m.last-m.first < 2 || !mediaHeads[d.toks[m.last-1].lower] {
			continue
		}
		if n, gm := d.gazAt(m.first, m.last); n > 0 && n < m.last-m.first {
			if c := capitalReading(gm); c != "" {
				if ci := d.countryEntity(c); ci >= 0 {
					out = append(out, ci)
				}
			}
		}
	}
	return out
}

// bodiesCountry is the country of the state bodies an article that
// names no country names, where they are all one country's ("The Polish
// parliament approved the bill", read as the Sejm); else -1.
func (d *doc) bodiesCountry() int {
	return d.oneCountryOf(func(e *entity) bool { return e.kind == polgraph.KindOrganization && stateBodyEntry(e.gaz) })
}

// domesticCountry is the one country all the article's state bodies,
// parties and places inside a country ("Ohio") belong to, or -1 where
// they belong to several or none: the country whose own affairs the
// story tells, where no country is named by its name.
func (d *doc) domesticCountry() int {
	return d.oneCountryOf(func(e *entity) bool {
		return e.capitalOf == nil && e.gaz.Country != "" && (stateBodyEntry(e.gaz) || e.kind == polgraph.KindPlace)
	})
}

// oneCountryOf is the country entity of the one country that all the
// article's mentioned gazetteer entities that keep accepts belong to, or
// -1 where they belong to several or none.
func (d *doc) oneCountryOf(keep func(e *entity) bool) int {
	code := ""
	for _, e := range d.ents {
		if e.gaz == nil || len(e.ments) == 0 || !keep(e) {
			continue
		}
		if code != "" && e.gaz.Country != code {
			return -1
		}
		code = e.gaz.Country
	}
	if code == "" {
		return -1
	}
	return d.countryEntity(code)
}

// nationalityOfNamed reports a nationality that describes named people
// by no office: "(former) Swedish diplomat Lars Eklund", "Lars Eklund, a
// Swedish national,", "two Swedish nationals, Lars Eklund and Per Holt". It tells that person's country, not the
// country of the story, so it is no cue of whose the other offices it
// names are. A state's office after it ("Swedish Prime Minister X") is a
// cue, as the office is the state's.
func (d *doc) nationalityOfNamed(m *mention) bool {
	if m.via != "demonym" {
		return false
	}
	s := &d.sents[m.sent]
	// (the home country is read before the sentences' mentions are listed)
	person := func(ok func(o *mention) bool) bool {
		for mi := range d.ments {
			if o := &d.ments[mi]; o.sent == m.sent && ok(o) && o.named() && (o.ent >= 0 && d.ents[o.ent].kind == polgraph.KindPerson || o.ent < 0 && o.kind == polgraph.KindPerson) {
				return true
			}
		}
		return false
	}
	// the words of description after it, lower case, no state's office
	k := m.last
	for k < s.last && k-m.last < 3 && d.toks[k].kind == tokWord && !d.toks[k].cap {
		if n, o := d.officeAt(k, s.last); n > 0 && occupationTitles[o.Title] == "" {
			return false
		}
		k++
	}
	if k == m.last {
		return false
	}
	if k < s.last && person(func(o *mention) bool { return o.first == k }) {
		return true // "Swedish diplomat Lars Eklund", "Swedish mediator Lars Eklund"
	}
	if !personNouns[d.toks[k-1].lower] && !personNouns[strings.TrimSuffix(d.toks[k-1].lower, "s")] {
		return false
	}
	if k+1 < s.last && d.toks[k].text == "," && person(func(o *mention) bool { return o.first == k+1 }) {
		return true // "a Swedish national, Lars Eklund,", "two Swedish nationals, Lars Eklund and Per Holt"
	}
	// "Lars Eklund, a Swedish national,"
	a := m.first - 1
	return a-2 >= s.first && indefiniteArticles[d.toks[a].lower] && d.toks[a-1].text == "," && k < s.last && (d.toks[k].text == "," || d.toks[k].text == ".") &&
		person(func(o *mention) bool { return o.last == a-1 })
}

// nationalityOfOne reports a demonym that describes one person or one
// party of visitors the story names no further: "a Russian officer was
// seen", "met a Polish delegation". It tells where they are from, not
// the story's country; "a Polish court" (no person) is the state's.
func (d *doc) nationalityOfOne(m *mention) bool {
	s := &d.sents[m.sent]
	if m.via != "demonym" || m.first <= s.first || m.last >= s.last || !indefiniteArticles[d.toks[m.first-1].lower] {
		return false
	}
	if m.first-2 >= s.first && beForms[d.toks[m.first-2].lower] {
		return false // "X is an Equatorial Guinean sculptor": what a profile's subject is, the story's country
	}
	t := &d.toks[m.last]
	if t.kind != tokWord || t.cap || !personNouns[t.lower] && !visitorNouns[t.lower] {
		return false
	}
	if n, _ := d.officeAt(m.last, s.last); n > 0 {
		return false // "a Russian minister": a state's office is a cue of the state's
	}
	return m.last+1 >= s.last || !d.toks[m.last+1].cap // "a Polish diplomat, Jan Nowak," is nationalityOfNamed's
}

// visitorNouns are the nouns for a party of people sent abroad: "a Polish
// delegation".
var visitorNouns = set("delegation mission")

// partnerAt reports a name at token i that "with" (or "with the") opens:
// "held talks with Belarus", "a deal with the Czech Republic" name the
// other side of what the story's country does.
func (d *doc) partnerAt(i int) bool {
	si := d.sentOf(i)
	j := i - 1
	if j > d.sents[si].first && d.toks[j].lower == "the" {
		j--
	}
	return j >= d.sents[si].first && d.toks[j].lower == "with"
}

// counterpartMetAt reports a name at token i that "in" or "at" opens in a
// sentence that names a counterpart before it: "met his Varovian
// counterpart in Brussels", "held talks with her Kenyan counterparts in
// Nairobi" tell where officials of two states meet, the one's host or
// neither's, and not the story's country.
func (d *doc) counterpartMetAt(i int) bool {
	first := d.sents[d.sentOf(i)].first
	j := i - 1
	if j <= first || d.toks[j].lower != "in" && d.toks[j].lower != "at" {
		return false
	}
	for k := first; k < j; k++ {
		if l := d.toks[k].lower; counterpartNouns[l] || counterpartNouns[strings.TrimSuffix(l, "s")] {
			return true
		}
	}
	return false
}

// placesATownAbroad reports a name at token i that only tells where a place
// named before it lies, in an apposition that says what the place is:
// "Sejny, a town in Poland", "Sejny, a small town in northern Poland".
// One places a town so for readers it is foreign to, read from the
// words: the home country is found before any sentence is parsed.
func (d *doc) placesATownAbroad(i int) bool {
	first := d.sents[d.sentOf(i)].first
	j := i - 1
	if j > first && d.toks[j].kind == tokWord && !d.toks[j].cap && strings.HasSuffix(d.toks[j].lower, "ern") {
		j-- // "northern"
	}
	if j-2 <= first || d.toks[j].lower != "in" || !placeHeads[d.toks[j-1].lower] || d.toks[j-1].cap {
		return false
	}
	k := j - 2
	if k > first && !indefiniteArticles[d.toks[k].lower] && d.toks[k].kind == tokWord && !d.toks[k].cap {
		k-- // "a small town"
	}
	return k-1 > first && indefiniteArticles[d.toks[k].lower] && d.toks[k-1].text == ","
}

// envoysState reports a country's mention that only says which state
// an envoy is of, where the text says of no post he is sent to: "the
// ambassador of Kallistan", "Kallistan's ambassador", "the Kallistani
// envoy". Such an envoy is news where he is posted, abroad: the state
// that sent him is no cue of the story's country. An envoy sent "to" a
// place named ("Velmark's ambassador to Norway", "Vestria's ambassador
// to Holmark") is a career's post or the story's host, and counts. Read
// from the words: the home country is found before any sentence is
// parsed.
func (d *doc) envoysState(m *mention) bool {
	s := &d.sents[m.sent]
	posted := func(k int) bool { return k+1 < s.last && d.toks[k+1].lower == "to" }
	j := m.first - 1
	if j > s.first && d.toks[j].lower == "the" {
		j--
	}
	if j-1 >= s.first && (d.toks[j].lower == "of" || d.toks[j].lower == "from") && envoyNouns[d.toks[j-1].lower] {
		return !posted(m.last - 1)
	}
	k := m.last
	if k < s.last && possessiveMarks[d.toks[k].lower] {
		k++
	}
	return k < s.last && envoyNouns[d.toks[k].lower] && !posted(k)
}

// visitedAt reports a name at token i that a verb of travel right before
// it goes to ("visit China", "travel to Beijing", "arrived in Kyiv"), read
// from the words: the home country is found before any sentence is parsed.
func (d *doc) visitedAt(i int) bool {
	si := d.sentOf(i)
	j := i - 1
	if j > d.sents[si].first && (d.toks[j].lower == "to" || d.toks[j].lower == "in") {
		j--
	}
	return j >= d.sents[si].first && visitVerbs[d.toks[j].lower] || d.postedTo(si, i)
}

// postedTo reports a name at token i that an envoy's title right before
// "to" posts the envoy to ("will become ambassador to Germany"): the
// country the envoy serves in, not the one the story is about. An envoy
// whose state is named ("Vestria's ambassador to Holmark", "the Vestrian
// ambassador to Holmark") is a foreign one, posted where the story is.
func (d *doc) postedTo(si, i int) bool {
	to := i - 1
	if to > d.sents[si].first && d.toks[to].lower == "the" {
		to--
	}
	if to <= d.sents[si].first || d.toks[to].lower != "to" {
		return false
	}
	for k := max(d.sents[si].first, to-3); k < to; k++ {
		if n, o := d.officeAt(k, to); n > 0 && k+n == to && o.Body == "diplomatic" {
			return !d.envoysStateBefore(si, k)
		}
	}
	return false
}

// envoysStateBefore reports a state named right before an envoy's title
// starting at token k: a possessive ("Vestria's") or a capitalised word
// past the sentence's first ("the Vestrian").
func (d *doc) envoysStateBefore(si, k int) bool {
	j := k - 1
	if j > d.sents[si].first && (d.toks[j].lower == "new" || d.toks[j].lower == "former") {
		j--
	}
	return j >= d.sents[si].first && (possessiveMarks[d.toks[j].lower] || d.toks[j].cap && j > d.sents[si].first)
}

// titleApart reports an article whose title is given apart from its
// text: no sentence of the text is the headline.
func (d *doc) titleApart() bool {
	if d.title == "" {
		return false
	}
	for _, s := range d.sents {
		if s.headline {
			return false
		}
	}
	return true
}

// titleNames reports whether the article's title has one of e's surface
// forms as whole words.
func (d *doc) titleNames(e *entity) bool {
	for _, f := range e.surfaces {
		for at := 0; ; {
			k := strings.Index(d.title[at:], f)
			if k < 0 {
				break
			}
			k += at
			end := k + len(f)
			if (k == 0 || !isWordByte(d.title, k-1)) && (end == len(d.title) || !isWordByte(d.title, end)) {
				return true
			}
			at = end
		}
	}
	return false
}

// headlineSetting reports a place the gazetteer does not know that the
// headline names ("Opposition leader arrested in Varnholt"). It competes
// with the countries for the article's home: a story set there is not the
// home of the one country it mentions in passing ("Washington urged…").
func (d *doc) headlineSetting(e *entity) bool {
	if e.kind != polgraph.KindPlace || e.gaz != nil || e.capitalOf != nil {
		return false
	}
	for _, mi := range e.ments {
		if d.sents[d.ments[mi].sent].headline {
			return true
		}
	}
	return false
}

// datelineTownsCountry is the country entity a dateline names after
// place e, a town no list knows that opens it ("MARSK, Latvia (AP) -"),
// or -1: the town stands in that country, not beside it.
func (d *doc) datelineTownsCountry(e *entity) int {
	if e.kind != polgraph.KindPlace || e.gaz != nil || !slices.ContainsFunc(e.ments, func(mi int) bool { return d.datelinePlace(&d.ments[mi]) }) {
		return -1
	}
	if code := d.datelineCountry(); code != "" {
		return d.countryEntity(code)
	}
	return -1
}

// entityOf returns the entity of a gazetteer entry, or -1.
func (d *doc) entityOf(g *gazetteer.Entry) int {
	if d.entOfGaz == nil {
		d.entOfGaz = map[*gazetteer.Entry]int{}
		for ei, e := range d.ents {
			if e.gaz != nil {
				d.entOfGaz[e.gaz] = ei
			}
		}
	}
	if ei, ok := d.entOfGaz[g]; ok {
		return ei
	}
	return -1
}

// officeNext reports whether an office title follows token i within a
// noun phrase: "prime minister", "the country's first female prime
// minister".
func (d *doc) officeNext(i, limit int) bool {
	for k := i; k < limit && k < i+6; k++ {
		if d.toks[k].kind != tokWord && d.toks[k].lower != "'s" && d.toks[k].lower != "’s" {
			return false
		}
		if nounTrigger(d.toks[k].lower).typ != "" {
			return false // "confirmed her resignation as labor secretary": the office is the act's, no post given
		}
		if n, _ := d.officeAt(k, limit); n > 0 {
			return true
		}
	}
	return false
}

// personToOffice reports whether a person's mention starts at token i
// (its title included: "named Deputy Minister Pavo Strand") and an office
// title follows it, after "as" or not: "named Pavo Strand (as) acting
// energy minister". The words are read in order rather than from the
// tree, which often takes "Tovik named Strand" for "a Tovik named Strand".
// A few lower-case words of description may come first: "elected
// pro-Western candidate Ana Holm (as) president".
func (d *doc) personToOffice(i, si int) bool {
	s := &d.sents[si]
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		start := m.first
		if m.office != nil && m.officeStart >= 0 {
			start = m.officeStart
		}
		// the name set off by commas after a description: "named her
		// deputy, Felix Marr, as transport minister"
		appos := m.first-1 > i && d.toks[m.first-1].lower == "," && d.descriptionBetween(i, m.first-1) && m.last+1 < s.last && d.toks[m.last].lower == ","
		if start != i && !d.descriptionBetween(i, start) && !appos || m.ent < 0 || d.ents[m.ent].kind != polgraph.KindPerson {
			continue
		}
		k := m.last
		if appos {
			k++
		}
		if k+1 < s.last && d.toks[k].lower == "to" && careerVerbs[d.toks[k+1].lower] == "succeeds" {
			return true // "named X to replace her": given the post of the one replaced
		}
		if k < s.last && d.toks[k].lower == "as" {
			k++
		}
		if d.officeNext(k, s.last) || d.successorNext(k, s.last) {
			return true
		}
		// else a later name may still be the one named: "named her
		// deputy, Felix Marr, as ...", where "her" is not
	}
	return false
}

// successorNext reports whether a possessive and a successor noun stand
// at token i: "named Ana Ruhl as his successor" gives her the post of the
// one succeeded, as "named Ana Ruhl to replace him" does; not "as his
// preferred successor", a wish.
func (d *doc) successorNext(i, limit int) bool {
	return i+1 < limit && possessives[d.toks[i].lower] && successorNouns[d.toks[i+1].lower]
}

// descriptionBetween reports whether tokens [i, j) are one to four
// lower-case words, no preposition or conjunction among them, that
// describe the name at j: "pro-Western candidate", "his longtime ally".
func (d *doc) descriptionBetween(i, j int) bool {
	if j <= i || j-i > 4 {
		return false
	}
	for _, t := range d.toks[i:j] {
		if t.kind != tokWord || t.cap || prepositions[t.lower] || t.lower == "as" || t.lower == "and" || t.lower == "or" {
			return false
		}
	}
	return true
}

// verbAt reports a word the tagger reads as a verb among tokens [i, j)
// of sentence si: "the Constitutional Court removed President X" names
// the court as what acts on the president, not as the body of the
// president's office; a party that chooses its own "deputy leader X"
// still names the party's office.
func (d *doc) verbAt(si, i, j int) bool {
	x := d.taggedOf(si)
	if x == nil {
		return false
	}
	for k := i; k < j; k++ {
		// also a verb's past read as a noun, where a verb after the
		// subject's in the sentence kept the parse from mending it: "The
		// Harvest Party quit Prime Minister X's coalition after talks
		// collapsed"
		if w := x.at(k); w >= 0 && (x.isVerb(w) || pastAfterNoun(&x.tree, w)) {
			return true
		}
	}
	return false
}

// metFrom reports whether person p is met in sentence si by someone of
// country c: "Prime Minister X of Estonia met President Y at the Elysee"
// sets no Estonian president beside her; the one met is the host, or a
// guest, of another state. The source who tells of the meeting is not
// met: "Foreign Minister X said the government had summoned the
// ambassador" is her state's act.
func (d *doc) metFrom(si, p, c int) bool {
	if si >= len(d.evSent) || c < 0 || d.ents[c].gaz == nil {
		return false
	}
	return slices.ContainsFunc(d.evSent[si], func(ev *event) bool {
		return ev.typ == "MEETING" && slices.ContainsFunc(ev.parts, func(pt part) bool { return pt.ent == p && pt.role != "agent" && pt.role != "source" }) &&
			slices.Contains(d.agentStates(ev), d.ents[c].gaz.Country)
	})
}

// hostOf is the country that the people who meet person p in sentence si
// are said to visit, where they visit one country only and are not
// themselves of it: the one they meet there is its official, whether she
// meets them or they her ("X met Y", "she was welcomed by Y", "Y received
// her"). -1 if none.
func (d *doc) hostOf(si, p int) int {
	if si >= len(d.evSent) {
		return -1
	}
	host := -1
	visited := d.visitedCountries()
	for k := range d.metAbroad() {
		visited[k] = true
	}
	side := func(pt part) bool { return pt.role != "place" && pt.role != "source" && pt.role != "organization" }
	for _, ev := range d.evSent[si] {
		if ev.typ != "MEETING" || !slices.ContainsFunc(ev.parts, func(pt part) bool { return pt.ent == p && side(pt) }) {
			continue
		}
		for _, pt := range ev.parts {
			if pt.ent == p || !side(pt) {
				continue
			}
			for k := range visited {
				if k[0] != pt.ent || k[1] == host {
					continue
				}
				if visited[[2]int{p, k[1]}] {
					return -1 // two visitors who meet abroad: neither the host
				}
				if host >= 0 || d.countryOf(pt.ent) == k[1] {
					return -1 // two countries visited, or a visit home
				}
				host = k[1]
			}
		}
	}
	return host
}

// metAbroad are the (person, country) pairs of the agents of meetings
// set in a place of a country not theirs: "Menon met Japan's defence
// minister in Tokyo" takes Menon to Japan as a visit does.
func (d *doc) metAbroad() map[[2]int]bool {
	out := map[[2]int]bool{}
	for _, evs := range d.evSent {
		for _, ev := range evs {
			if ev.typ != "MEETING" {
				continue
			}
			for _, pl := range ev.parts {
				if pl.role != "place" {
					continue
				}
				c := d.placeCountry(pl.ent)
				if c < 0 {
					continue
				}
				for _, pt := range ev.parts {
					if pt.role == "agent" && d.ents[pt.ent].kind == polgraph.KindPerson {
						if own := d.countryOf(pt.ent); own >= 0 && own != c {
							out[[2]int{pt.ent, c}] = true
						}
					}
				}
			}
		}
	}
	return out
}

// heldByAnother reports whether the text gives someone other than person
// p the office of the title in country c (not as a guess).
func (d *doc) heldByAnother(c int, title string, p int) bool {
	return slices.ContainsFunc(d.rels, func(r *relation) bool {
		return r.typ == "HOLDS_OFFICE" && r.to == c && r.role == title && r.from != p && !r.homeGuess && r.validTo == ""
	})
}

// localOfficeAt reports a town's or a region's office whose title starts
// at token i, before last ("mayor", "governor").
func (d *doc) localOfficeAt(i, last int) bool {
	n, o := d.officeAt(i, last)
	return n > 0 && (o.Body == "city" || o.Body == "region")
}

// owningBodyNouns are common nouns for a body, not a state, that owns a
// title (data/words/owning_body_nouns.txt).
var owningBodyNouns = wordSet("owning_body_nouns.txt")

// titleOfUnnamedBody reports a title beside person's name in sentence si
// that a body the text names only by a common noun owns: "The committee's
// president, Ana Lisk,", "Ruth Kamau, president of the tribunal,", "the
// commission's chairman ... its president, Joy Wanjala": the office is
// that body's, which no guess of the story's home country may take for
// the state's.
func (d *doc) titleOfUnnamedBody(si, person int) bool {
	x := d.syntaxOf(si)
	if x == nil {
		return false
	}
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.ent != person {
			continue
		}
		h := x.spanHead(m.first, m.last)
		if h < 0 {
			continue
		}
		titles := x.childrenWith(h, "appos", "nmod:desc", "compound")
		if x.rel(h) == "appos" && x.head(h) >= 0 {
			titles = append(titles, x.head(h)) // "the committee's president, Ana Lisk"
		}
		for _, t := range titles {
			if slices.ContainsFunc(x.childrenWith(t, "nmod:poss", "nmod"), func(o int) bool { return d.unnamedBodyOwner(si, x, o) }) {
				return true
			}
		}
	}
	return false
}

// unnamedBodyOwner reports word o of sentence si, the owner of a title, a
// body named by a common noun ("the committee's", "of the board") and no
// name, or "its" standing for one named so before it in the sentence or
// as the subject of the sentence before.
func (d *doc) unnamedBodyOwner(si int, x *syntax, o int) bool {
	if strings.EqualFold(x.tree.Words[o], "its") && x.rel(o) == "nmod:poss" {
		for w := range o {
			if d.commonBodyNoun(si, x, w) {
				return true
			}
		}
		if si == 0 {
			return false
		}
		px := d.syntaxOf(si - 1)
		return px != nil && slices.ContainsFunc(px.childrenWith(px.rootWord(), "nsubj", "nsubj:pass"), func(w int) bool { return d.commonBodyNoun(si-1, px, w) })
	}
	if x.rel(o) == "nmod" && x.caseOf(o) != "of" {
		return false
	}
	return d.commonBodyNoun(si, x, o)
}

// commonBodyNoun reports word w of sentence si a noun of owningBodyNouns
// with "the" and no name over it: "the commission", not "the Harbour
// Commission".
func (d *doc) commonBodyNoun(si int, x *syntax, w int) bool {
	if !owningBodyNouns[strings.ToLower(x.tree.Words[w])] || d.mentionOver(si, x.token(w)) != nil {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(w, "det"), func(c int) bool { return strings.EqualFold(x.tree.Words[c], "the") })
}
