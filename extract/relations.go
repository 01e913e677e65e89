package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// relation is a fact between two entities found in one sentence.
type relation struct {
	typ                string
	from, to           int
	role               string
	validFrom, validTo string
	sent               int
	conf               float64
	// homeGuess: the country is the article's home, taken for want of
	// one the text gives ("Foreign Minister X said")
	homeGuess bool
}

// findRelations reads relations off the events (leaving a party ends a
// membership), off titles ("senior Huawei executive Meng Wanzhou") and off
// the words between two mentions of a sentence ("X, who represents Y in Z").
func (d *doc) findRelations() {
	for _, ev := range d.events {
		if ev.dropped || (ev.typ != "RESIGNATION" && ev.typ != "DISMISSAL") {
			continue
		}
		thePartyNoun := d.leavesThePartyNoun(ev)
		for _, o := range ev.parts {
			// the party left, or the party that expelled ("the
			// Conservative Party expelled MP X")
			// (a party no list knows, read as a body, too: "was
			// expelled from the Civic Front"); "the party" left is
			// partiesLeft's, once the memberships it may be are known
			if o.role == "organization" && !thePartyNoun || o.role == "agent" && ev.typ == "DISMISSAL" {
				d.membershipsLeft(ev, o.ent, o.role == "agent")
			}
		}
	}
	for si := range d.sents {
		d.sentenceRelations(si)
		d.treeMemberships(si)
		d.officeRelations(si)
		d.careerFacts(si)
		d.predecessorPosts(si)
		d.partiesStayedIn(si)
		d.partyPicks(si)
		d.citizenships(si)
		d.nationalsNamed(si)
		d.seatRelations(si)
		d.resultRowParties(si)
		d.jobRelations(si)
	}
	d.dropHomeGuesses()
	d.capitalRelations()
	d.compatriots()
	d.governmentLeads()
	d.postsLeft()
	d.partiesLeft()
	d.officesEnded()
	d.postsHeldUntil()
	d.officesSucceeded()
	d.leadersAreMembers()
	d.partiesOfPossessor()
	d.membershipsSwitched()
}

// membershipsLeft ends the membership of party of the people who leave
// or are put out of it in ev, and keeps that of one who expels; a party
// that expels (byParty) ends only its patients'.
func (d *doc) membershipsLeft(ev *event, party int, byParty bool) {
	if !d.partyLike(d.ents[party]) {
		return
	}
	for _, a := range ev.parts {
		if a.role != "agent" && a.role != "patient" || byParty && a.role != "patient" || d.ents[a.ent].kind != polgraph.KindPerson {
			continue
		}
		until := d.membershipEnd(ev)
		if ev.typ == "DISMISSAL" && a.role == "agent" {
			until = "" // "Dunmoor expelled Teller from the party": the one who expels stays
		}
		d.addRel(&relation{typ: "MEMBER_OF", from: a.ent, to: party, validTo: until, sent: ev.sent, conf: 0.8})
	}
}

// membershipsSwitched ends, on the day a member moves to another party,
// the membership of a party the text has them in up to that sentence and
// gives no end: in "Ana Holm, who was elected as a Civic Union MP in
// 2019, defected to the Unity Front in 2022" or "Tom Rusk, a Civic Union
// MP, ... On Monday he crossed the floor to the Unity Front", the Civic
// Union membership ends then. Not one dated from that day or later (a
// party rejoined), nor one of a body that is no party.
func (d *doc) membershipsSwitched() {
	for _, s := range d.switches {
		for _, r := range d.rels {
			if r.typ != "MEMBER_OF" || r.from != s.from || r.to == s.to || r.sent > s.sent || r.validTo != "" || !d.partyLike(d.ents[r.to]) {
				continue
			}
			if r.validFrom == "" || dateBefore(r.validFrom, s.validFrom) {
				r.validTo = s.validFrom
			}
		}
	}
}

// resultRowParties reads the rows of results an election report lists:
// "Ada Holm, Harbour Union, 12,400 votes; Ivo Dorn, Civic Front, 9,800
// votes". A person's name that opens a row (the sentence, or after a
// semicolon, colon or comma), its party (or a body no list knows named as
// parties are) after a comma, and a count after that, make the name the
// party's member; a name of another row never takes this row's party.
func (d *doc) resultRowParties(si int) {
	s := &d.sents[si]
	ms := d.sentMents[si]
	for k := 0; k+1 < len(ms); k++ {
		a, b := &d.ments[ms[k]], &d.ments[ms[k+1]]
		if a.ent < 0 || b.ent < 0 || !a.named() || !b.named() || d.ents[a.ent].kind != polgraph.KindPerson || !d.partyLike(d.ents[b.ent]) {
			continue
		}
		if b.first != a.last+1 || d.toks[a.last].text != "," || a.first > s.first && !rowOpeners[d.toks[a.first-1].text] {
			continue
		}
		if j := b.last; j+1 >= s.last || d.toks[j].text != "," && d.toks[j].text != ":" || d.toks[j+1].kind != tokNum {
			continue
		}
		d.addRel(&relation{typ: "MEMBER_OF", from: a.ent, to: b.ent, sent: si, conf: 0.6})
	}
}

// rowOpeners are the marks before an item of a list set out in a line.
var rowOpeners = set("; : , - – •")

// leadersAreMembers makes the leader of a party its member too, as a
// reader takes "Sara Lind, co-chair of the Left Party" to say: whatever
// pattern found the lead, the membership goes with it.
func (d *doc) leadersAreMembers() {
	for _, r := range d.rels {
		if r.typ != "LEADS" || d.ents[r.from].kind != polgraph.KindPerson || d.ents[r.to].kind != polgraph.KindParty {
			continue
		}
		if _, ok := d.rel[[3]int{relTypes["MEMBER_OF"], r.from, r.to}]; !ok {
			d.addRel(&relation{typ: "MEMBER_OF", from: r.from, to: r.to, sent: r.sent, conf: r.conf})
		}
	}
}

// membershipEnd is when leaving or removal ev ends a membership: its
// date, or "" where its trigger is a verb of pausingVerbs ("was
// suspended from the party": a member still).
func (d *doc) membershipEnd(ev *event) string {
	if x := d.taggedOf(ev.sent); x != nil {
		if w := x.at(ev.trig[0]); w >= 0 && pausingVerbs[x.lemma(w)] {
			return ""
		}
	}
	return ev.date
}

// pausingVerbs remove a member for a time (data/words/pausing_verbs.txt).
var pausingVerbs = wordSet("pausing_verbs.txt")

// partiesLeft gives a resignation or dismissal whose object is a party
// named by a common noun ("resigned from the party", "quit his party",
// "was expelled from the party") the party that noun refers to: the one
// its person is a member of, as the article says elsewhere, else the one
// named last before it within two sentences. The membership ends then.
func (d *doc) partiesLeft() {
	for _, ev := range d.events {
		if ev.dropped || ev.typ != "RESIGNATION" && ev.typ != "DISMISSAL" {
			continue
		}
		i := slices.IndexFunc(ev.parts, func(p part) bool {
			return p.role == leaverRole(ev) && d.ents[p.ent].kind == polgraph.KindPerson
		})
		if i < 0 || !d.leavesThePartyNoun(ev) {
			continue
		}
		party := d.memberParty(ev.parts[i].ent, ev)
		if party >= 0 {
			// her own party, not the one named last that the event's
			// words took "the party" for
			ev.parts = slices.DeleteFunc(ev.parts, func(p part) bool {
				return p.role == "organization" && p.ent != party && d.partyLike(d.ents[p.ent])
			})
		}
		orgs := ev.withRole("organization")
		if party < 0 && len(orgs) > 0 {
			// no membership known: the body the event's words found
			for _, o := range orgs {
				d.membershipsLeft(ev, o, false)
			}
			continue
		}
		if party < 0 {
			party = d.partyNamedBefore(ev.sent, ev.trig[0])
		}
		if party >= 0 && (len(orgs) == 0 || slices.Equal(orgs, []int{party})) {
			// a leader who quits "the party" leaves the post postsLeft gave
			// the event and the membership both
			ev.add(party, "organization")
			d.membershipsLeft(ev, party, false)
		}
	}
}

// leavesThePartyNoun reports whether ev's trigger takes as its object, or
// after "from", the noun "party" with a determiner or a possessive ("the
// party", "his party") and no name of its own.
func (d *doc) leavesThePartyNoun(ev *event) bool {
	x, w := d.eventTree(ev)
	if w < 0 {
		return false
	}
	for _, o := range x.childrenWith(w, "obj", "obl") {
		if x.lemma(o) == "party" && (x.rel(o) == "obj" || x.caseOf(o) == "from") && len(x.childrenWith(o, "det", "nmod:poss")) > 0 && len(x.childrenWith(o, "compound", "amod", "flat")) == 0 {
			return true
		}
	}
	return false
}

// memberParty is the party the article makes person p a member of, if
// exactly one (partyLike), else -1; not one p joins only after leaving
// event ev ("resigned from the party on Monday. She later joined the
// Civic Coalition").
func (d *doc) memberParty(p int, ev *event) int {
	found := -1
	for _, r := range d.rels {
		if r.typ == "MEMBER_OF" && r.from == p && d.partyLike(d.ents[r.to]) && r.to != found && !joinedAfter(r, ev) {
			if found >= 0 {
				return -1
			}
			found = r.to
		}
	}
	return found
}

// joinedAfter reports a membership that begins after event ev: on a date
// after its own, or, where either date is not known, in a later sentence.
func joinedAfter(r *relation, ev *event) bool {
	if r.validFrom == "" {
		return false
	}
	if ev.date != "" {
		return r.validFrom > ev.date
	}
	return r.sent > ev.sent
}

// partyLike reports a party, or a body no list knows whose name a party's
// may end in ("the United Progressive Front"): called "the party" after
// it, it is one.
func (d *doc) partyLike(e *entity) bool {
	return e.kind == polgraph.KindParty || e.kind == polgraph.KindOrganization && e.gaz == nil && len(e.words) > 0 && cues.partyHeads[e.words[len(e.words)-1]]
}

// partyNamedBefore is the party named last before token i, in sentence si
// or the two before it, or -1.
func (d *doc) partyNamedBefore(si, i int) int {
	for s := si; s >= 0 && s >= si-2; s-- {
		ms := d.sentMents[s]
		for k := len(ms) - 1; k >= 0; k-- {
			if m := &d.ments[ms[k]]; m.first < i && m.ent >= 0 && d.partyLike(d.ents[m.ent]) {
				return m.ent
			}
		}
	}
	return -1
}

// postsLeft gives a resignation or dismissal the party or body whose post
// its person leaves, where the event's own sentence gives the post: "The
// Green Alliance's leader, Tomas Hedlund, resigned" leaves the Green
// Alliance's leadership (not the party: the membership goes on).
func (d *doc) postsLeft() {
	for _, ev := range d.events {
		if ev.dropped || ev.typ != "RESIGNATION" && ev.typ != "DISMISSAL" || ev.hasRole("organization") {
			continue
		}
		for _, p := range ev.parts {
			if p.role != leaverRole(ev) || d.ents[p.ent].kind != polgraph.KindPerson {
				continue
			}
			for _, r := range d.rels {
				if r.from == p.ent && r.sent == ev.sent && postOfBody(r.typ, d.ents[r.to].kind) && !ev.has(r.to) && !takenWith(r, ev) && d.namedInEventClause(ev, r.to) {
					ev.add(r.to, "organization")
				}
			}
		}
	}
}

// takenWith reports post r as one its sentence dates from event ev's day,
// taken as ev leaves another: "resigned in March to become chief
// executive of the Harbour Trust".
func takenWith(r *relation, ev *event) bool {
	return r.sent == ev.sent && r.validFrom != "" && r.validFrom == ev.date
}

// namedInEventClause reports whether entity e is named in the clause of
// ev's trigger, under it in the parse ("The Green Alliance's leader, X,
// resigned"), not in another the sentence joins to it ("X, who resigned as
// minister in 2019, now leads the Civic Party"). Without a parse, a name
// in the sentence will do.
func (d *doc) namedInEventClause(ev *event, e int) bool {
	x, w := d.eventTree(ev)
	for _, mi := range d.mentionsIn(ev.sent) {
		if m := &d.ments[mi]; m.ent == e && (w < 0 || x.dominates(w, x.at(m.first))) {
			return true
		}
	}
	return false
}

// leaverRole is the role of who leaves in a resignation (its agent) or a
// dismissal (its patient).
func leaverRole(ev *event) string {
	if ev.typ == "DISMISSAL" {
		return "patient"
	}
	return "agent"
}

// postOfBody reports the relations that give a person a post in a party
// or an organisation: leading it, working for it or holding its office.
func postOfBody(typ, kind string) bool {
	switch typ {
	case "LEADS":
		return kind == polgraph.KindParty || kind == polgraph.KindOrganization
	case "WORKS_FOR", "HOLDS_OFFICE":
		return kind == polgraph.KindOrganization
	}
	return false
}

// compatriots: an article that opens by giving its subject's nationality
// ("X (1921 – 1999) was a Varovian politician", "X is a Varovian
// orchestra") is set in that country, and the people it names are, unless
// it says otherwise, its citizens.
func (d *doc) compatriots() {
	country := d.bioNationality()
	if country < 0 {
		return
	}
	has := map[int]bool{}
	for _, r := range d.rels {
		if r.typ == "CITIZEN_OF" {
			has[r.from] = true
		}
	}
	for ei, e := range d.ents {
		if e.kind == polgraph.KindPerson && !has[ei] && len(e.words) >= 2 && d.hasNamed(e) {
			d.addRel(&relation{typ: "CITIZEN_OF", from: ei, to: country, sent: d.ments[e.ments[0]].sent, conf: 0.4})
		}
	}
}

// bioNationality reads an encyclopedic opening, "X (1920 – 1992) was a
// politician in the Canadian province of Alberta": the first country or
// nationality the sentence names is its subject's, a person's citizenship.
// It returns that country's entity, or -1.
func (d *doc) bioNationality() int {
	si := d.firstBodySentence()
	if si < 0 || len(d.sentMents[si]) == 0 {
		return -1
	}
	subj := &d.ments[d.sentMents[si][0]]
	if first := d.sents[si].first; subj.ent < 0 || subj.first != first && (subj.first != first+1 || d.toks[first].lower != "the") {
		return -1 // the sentence's subject: "X was", "The X is"
	}
	switch d.ents[subj.ent].kind {
	case polgraph.KindPerson, polgraph.KindOrganization, polgraph.KindParty:
	default:
		return -1
	}
	j := subj.last
	for depth := 0; j < d.sents[si].last; j++ { // skip "(August 20, 1920 – January 16, 1992)"
		switch d.toks[j].text {
		case "(":
			depth++
			continue
		case ")":
			depth--
			continue
		}
		if depth == 0 && d.toks[j].text != "," {
			break
		}
	}
	if j+1 >= d.sents[si].last || !(d.toks[j].lower == "is" || d.toks[j].lower == "was") {
		return -1
	}
	if next := d.toks[j+1].lower; next != "a" && next != "an" && next != "the" && d.mentionOver(si, j+1) == nil {
		return -1 // "X was a Varovian politician", "X is Varovian"; not "X was extradited from Britain"
	}
	for _, mi := range d.sentMents[si][1:] {
		m := &d.ments[mi]
		if m.first > j && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindCountry {
			if d.ents[subj.ent].kind == polgraph.KindPerson {
				d.addRel(&relation{typ: "CITIZEN_OF", from: subj.ent, to: m.ent, sent: si, conf: 0.5})
			}
			return m.ent
		}
	}
	return -1
}

// firstBodySentence is the index of the first sentence that is not a headline.
func (d *doc) firstBodySentence() int {
	for si, s := range d.sents {
		if !s.headline {
			return si
		}
	}
	return -1
}

var relTypes = map[string]int{"MEMBER_OF": 1, "HOLDS_OFFICE": 2, "REPRESENTS": 3, "LEADS": 4, "WORKS_FOR": 5, "CITIZEN_OF": 6, "LOCATED_IN": 7}

// dateFacts dates the facts from entity f to t that hold over time and
// have no start yet: "a member of the Amber Union since 2005", "MP for
// Northgate from 2016 until 2020", whether this sentence or an earlier one
// found the fact. until may be "".
func (d *doc) dateFacts(f, t int, since, until, between string) {
	said := factSaid(between)
	for _, typ := range []string{"MEMBER_OF", "HOLDS_OFFICE", "REPRESENTS", "LEADS", "WORKS_FOR"} {
		if said == "MEMBER_OF" && typ == "LEADS" || said == "LEADS" && typ == "MEMBER_OF" {
			// "X is a member of the Harvest Party since 2009" dates no
			// leadership said before, "who has led it since 2019" no
			// membership
			continue
		}
		r, ok := d.rel[[3]int{relTypes[typ], f, t}]
		if !ok || r.validFrom != "" || r.validTo != "" && r.validTo < since {
			continue
		}
		r.validFrom = since
		if r.validTo == "" {
			r.validTo = until
		}
	}
}

// endFact ends, at until, the fact between f and t that the words
// between their mentions state ("who led the Harvest Party until 2020"
// ends the leadership, not the membership).
func (d *doc) endFact(f, t int, until, between string) {
	typ := factSaid(between)
	if typ == "" {
		return
	}
	if r, ok := d.rel[[3]int{relTypes[typ], f, t}]; ok && r.validTo == "" && (r.validFrom == "" || r.validFrom <= until) {
		r.validTo = until
	}
}

// reJoinedBetween finds the words of joining between a person and a
// party: "became a member of", "joined".
var reJoinedBetween = mustWords(`^((then|later) )?(became|becomes|has become|joined|joins|rejoined) (a member of )?(the )?$`)

// frontedSince is the date of a "since" phrase that opens sentence si
// ("Since 2022 X has been a member of Y"), or "".
func (d *doc) frontedSince(si int) string {
	first := d.sents[si].first
	if first+1 >= d.sents[si].last || d.toks[first].lower != "since" {
		return ""
	}
	return d.dateOver(si, first+1)
}

// factSaid is the type of the fact the words between two mentions state
// ("who led", "a member of"), or "" where they state none of these.
func factSaid(between string) string {
	switch {
	case leadsAfter(between) || reLeadVerb.MatchString(between):
		return "LEADS"
	case reMemberAfter.MatchString(between) || reMemberVerb.MatchString(between):
		return "MEMBER_OF"
	case reWorkAfter.MatchString(between) || reWorkVerb.MatchString(between):
		return "WORKS_FOR"
	case reRepresents.MatchString(between):
		return "REPRESENTS"
	}
	return ""
}

// addRel adds r, or merges it into the same fact found before: one
// person's offices in one country are one fact unless the text dates them
// apart ("minister of education in 1983", "ambassador from 1998 to 2003").
// It returns the fact kept, nil when r links nothing.
func (d *doc) addRel(r *relation) *relation {
	if r.from < 0 || r.to < 0 || r.from == r.to || d.ents[r.from].kind == "" || d.ents[r.to].kind == "" {
		return nil
	}
	key := [3]int{relTypes[r.typ], r.from, r.to}
	if o, ok := d.rel[key]; ok {
		if o = d.sameOffice(o, r); o == nil {
			d.rels = append(d.rels, r)
			return r
		}
		o.date(r.validFrom, r.validTo)
		if o.role == "" {
			o.role = r.role
		}
		o.homeGuess = o.homeGuess && r.homeGuess // the text gives it after all
		return o
	}
	if d.rel == nil {
		d.rel = map[[3]int]*relation{}
	}
	d.rel[key] = r
	d.rels = append(d.rels, r)
	return r
}

// sameOffice is the fact that r repeats, given o, the first of its type
// between its two entities: o itself, or for an office of another title
// held over another span, the one of r's title already kept; nil when there
// is none yet.
func (d *doc) sameOffice(o, r *relation) *relation {
	if r.typ == "MEMBER_OF" {
		// a membership the text dates apart from the one kept is
		// another: "left the Civic Union in June 2021 ... rejoined it in
		// March 2023"
		for _, k := range d.rels {
			if k.typ == r.typ && k.from == r.from && k.to == r.to && !spansApart(k, r) {
				return k
			}
		}
		return nil
	}
	if r.typ != "HOLDS_OFFICE" || o.role == "" || r.role == "" || o.role == r.role || r.validFrom == "" && r.validTo == "" || o.validFrom == r.validFrom && o.validTo == r.validTo {
		return o
	}
	for _, k := range d.rels {
		if k.typ == r.typ && k.from == r.from && k.to == r.to && k.role == r.role {
			return k
		}
	}
	return nil
}

// spansApart reports whether facts a and b are dated apart: one begins
// after the other ended ("2023-03" after "2021-06"; not "2021-06" after
// "2021", the same year as precise as the text gives it).
func spansApart(a, b *relation) bool {
	return dateBefore(a.validTo, b.validFrom) || dateBefore(b.validTo, a.validFrom)
}

// dateBefore reports whether date x ends before date y begins, both given,
// at the precision of the less precise.
func dateBefore(x, y string) bool {
	if x == "" || y == "" {
		return false
	}
	n := min(len(x), len(y))
	return x[:n] < y[:n]
}

// sentenceRelations tries the patterns on each ordered pair of close mentions.
func (d *doc) sentenceRelations(si int) {
	mis := d.sentMents[si]
	for x, ai := range mis {
		a := &d.ments[ai]
		ar := d.refs(a)
		if ar == nil {
			continue
		}
		// a relative clause after a name ("X, who represents Y in the Z,
		// has been a member of W") puts the name's own verb further away,
		// as does the subject's second verb ("X joined the Y in 2010 and
		// served as MP for Z")
		maxGap := 16
		if a.last+1 < d.sents[si].last && d.toks[a.last].text == "," && (d.toks[a.last+1].lower == "who" || d.toks[a.last+1].lower == "whose") || d.isSubject(a, si) {
			maxGap = 28
		}
		for y, bi := range mis[x+1:] {
			b := &d.ments[bi]
			if b.first-a.last > maxGap {
				break
			}
			if b.first < a.last {
				continue
			}
			br := d.refs(b)
			if br == nil {
				continue
			}
			between := d.between(mis[x+1:x+2+y], a.last, b.first) // b too: a party's standing before it is dropped
			at := b.last
			if at+1 < d.sents[si].last && (d.toks[at].lower == "member" || d.toks[at].lower == "members") && d.toks[at+1].lower == "since" {
				at++ // "a Fidesz member since 2005": the membership's start
			}
			if at+1 < d.sents[si].last && d.toks[at].lower == "party" && br != nil && d.partyLike(d.ents[br[0]]) {
				at++ // "led the National Renewal party from 2008 to 2019": the party's noun
			}
			since, until := d.periodAfter(si, at, between)
			if since == "" && until == "" && d.isSubject(a, si) {
				since = d.frontedSince(si) // "Since 2022 Dorn has been a member of the Civic Bloc"
			}
			if since != "" && d.partyLeftAt(si, b) {
				// "joined the Greens after quitting the Civic Union in
				// 2020": the year is when the party named last was left,
				// which partyLeft reads, not when it was joined
				since = ""
			}
			if since == "" && until == "" && reJoinedBetween.MatchString(between) {
				since = d.frontedDate(si, a.first) // "In 2022 Veres became a member of the Citizens' Party"
			}
			if (since != "" || until != "") && formerIn(between) {
				// "X, the former mayor of Durnik from 2010 to 2015": a
				// former post the text dates is a fact, as a current one is
				between = withoutFormer(between)
			}
			for _, f := range ar {
				for _, t := range br {
					d.pairRelations(si, a, b, f, t, between)
					if since != "" {
						d.dateFacts(f, t, since, until, between)
					} else if until != "" {
						d.endFact(f, t, until, between)
					}
				}
			}
		}
	}
	// titles: "senior Huawei executive Meng Wanzhou", "Canadian Prime Minister X"
	for _, mi := range mis {
		m := &d.ments[mi]
		if m.ent < 0 || d.ents[m.ent].kind != polgraph.KindPerson {
			continue
		}
		if !m.named() {
			if m.via == "pronoun" {
				d.predicateTitle(si, m) // "He was prime minister from 1991 to 1995"
			}
			continue
		}
		if m.office != nil {
			d.titleRelations(si, m)
		} else if f := d.pluralTitleOver(si, m); f != nil {
			// "MPs Tomas Vrba and Eva Sulik": the plural title before
			// the list's first name is each listed name's
			each := *f
			each.ent = m.ent
			d.titleRelations(si, &each)
		}
		d.appositiveTitle(si, m)
		d.predicateTitle(si, m)
		d.subjectTitle(si, m)
		d.portfolioTaken(si, m)
	}
}

// capitalRelations places the cities and regions the gazetteer knows in
// their country, when the article names that country: a reader of "arrested
// in Vancouver" in a story about Canada knows where Vancouver is. The
// world cities table places a city the curated tables do not know
// (cityCountry).
func (d *doc) capitalRelations() {
	for ei, e := range d.ents {
		if e.kind != polgraph.KindPlace {
			continue
		}
		var country *gazetteer.Entry
		switch {
		case e.capitalOf != nil:
			country = e.capitalOf
		case e.gaz != nil && e.gaz.Country != "":
			country = d.x.gaz.Country(e.gaz.Country)
		case e.gaz == nil:
			if c := d.cityCountry(ei); c != "" {
				country = d.x.gaz.Country(c) // "talks in Caxias do Sul" in a story that names Brazil
			}
		}
		if country == nil {
			continue
		}
		if ci := d.entityOf(country); ci >= 0 && ci != ei && d.hasNamed(d.ents[ci]) {
			d.addRel(&relation{typ: "LOCATED_IN", from: ei, to: ci, sent: d.ments[e.ments[0]].sent, conf: 0.6})
		}
	}
}

func (d *doc) outRelations() []polgraph.Relation {
	out := []polgraph.Relation{}
	slices.SortStableFunc(d.rels, func(a, b *relation) int { return a.sent - b.sent })
	for _, r := range d.rels {
		pr := polgraph.Relation{Type: r.typ, From: d.ents[r.from].id, To: d.ents[r.to].id, Confidence: r.conf}
		if r.role != "" {
			role := r.role
			pr.Role = &role
		}
		if r.validTo != "" {
			v := r.validTo
			pr.ValidTo = &v
		}
		if r.validFrom != "" {
			v := r.validFrom
			pr.ValidFrom = &v
		}
		s := &d.sents[r.sent]
		pr.Evidence = d.span(s.start, s.end)
		d.ents[r.from].used = true
		d.ents[r.to].used = true
		out = append(out, pr)
	}
	return out
}

// periodAfter is when a fact held, from the words right after its second
// mention: "a member of the Amber Union since 2005", "joined the Amber Union
// in 2004" (between holds the words before that mention), "MP for
// Northgate from 2016 until 2020". until is "" when the fact still holds or
// the text does not say.
func (d *doc) periodAfter(si, i int, between string) (since, until string) {
	last := d.sents[si].last
	if i+1 >= last {
		return "", ""
	}
	switch w := d.toks[i].lower; {
	case w == "since":
	case w == "in" && reJoined.MatchString(between):
	case w == "until" || w == "till":
		// "who led the Harvest Party until 2020"; "until 2027", still to
		// come, ends nothing yet
		if until, _ = d.dateAt(i + 1); d.afterPublication(until) {
			until = ""
		}
		return "", until
	case w == "from":
		since, next := d.dateAt(i + 1)
		if since != "" && next+1 < last && (d.toks[next].lower == "until" || d.toks[next].lower == "to" || d.toks[next].lower == "till") {
			until, _ = d.dateAt(next + 1)
		}
		if until == "" {
			return "", "" // "from 2016" alone is as often a source as a start
		}
		return since, until
	default:
		return "", ""
	}
	since, _ = d.dateAt(i + 1)
	return since, ""
}

// partyLeftAt reports a mention m of sentence si that the parse makes
// what a verb of leaving leaves: its object or its "from" phrase.
func (d *doc) partyLeftAt(si int, m *mention) bool {
	x := d.syntaxOf(si)
	if x == nil {
		return false
	}
	w := x.spanHead(m.first, m.last)
	if w < 0 {
		return false
	}
	h := x.head(w)
	return h >= 0 && x.isVerb(h) && leavingVerbs[x.lemma(h)] && (x.rel(w) == "obj" || x.caseOf(w) == "from")
}

// dateAt is the date of a time expression starting at token i and the
// token after it, or "".
func (d *doc) dateAt(i int) (string, int) {
	start := d.toks[i].start
	// d.times is in text order
	k, found := slices.BinarySearchFunc(d.times, start, func(t timeExpr, s int) int { return t.start - s })
	if !found || d.times[k].typ != "DATE" {
		return "", i
	}
	t := d.times[k]
	date, _ := eventDate(t.value)
	j := i
	for j < len(d.toks) && d.toks[j].start < t.end {
		j++
	}
	return date, j
}

// partiesOfPossessor gives an event whose verb (or the verb its noun is
// set in) has for subject or object a person's party named by a
// possessive pronoun ("His party won 12 seats at the last election", "her
// party expelled him") that party: the one the article makes the
// pronoun's person a member of or leader of, where it names exactly one
// (calledParty).
func (d *doc) partiesOfPossessor() {
	for _, ev := range d.events {
		if ev.dropped {
			continue
		}
		x, v := d.eventTree(ev)
		if v >= 0 && ev.noun && (x.baseRel(v) == "obl" || x.baseRel(v) == "obj") {
			v = x.head(v) // "won 12 seats at the last election": the verb the noun is set in
		}
		if v < 0 || !x.isVerb(v) {
			continue
		}
		for _, c := range x.childrenWith(v, "nsubj", "obj") {
			p := d.partyOwner(ev.sent, x, c)
			if p < 0 || x.rel(c) == "obj" && len(x.childrenWith(v, "ccomp", "xcomp")) > 0 {
				continue // "said his party would hold ...": the clause's subject read as the verb's object
			}
			party := d.calledParty(p, ev)
			if party < 0 || ev.has(party) {
				continue
			}
			role := "agent"
			if x.rel(c) == "obj" {
				role = cmp.Or(objectRole[ev.typ], "participant")
			}
			ev.add(party, role)
		}
	}
}

// calledParty is the body person p's party stands for: the one party
// the article makes p a member of (memberParty), else the one body no
// list knows that p leads or is a member of ("Tomas Marsk, the leader of
// the Movement for Civic Renewal ... His party"), which "his party" tells
// is a party; -1 where there is none or more than one.
func (d *doc) calledParty(p int, ev *event) int {
	if party := d.memberParty(p, ev); party >= 0 {
		return party
	}
	found := -1
	for _, r := range d.rels {
		if (r.typ == "MEMBER_OF" || r.typ == "LEADS") && r.from == p && d.ents[r.to].kind == polgraph.KindOrganization && d.ents[r.to].gaz == nil && r.to != found && !joinedAfter(r, ev) {
			if found >= 0 {
				return -1
			}
			found = r.to
		}
	}
	return found
}

// partyOwner is the person a personal possessive pronoun on the noun
// "party" at word w stands for ("his party", "her party"), or -1.
func (d *doc) partyOwner(si int, x *syntax, w int) int {
	if x.lemma(w) != "party" || len(x.childrenWith(w, "compound", "flat", "amod")) > 0 {
		return -1
	}
	for _, c := range x.childrenWith(w, "nmod:poss") {
		if !personalPossessives[strings.ToLower(x.tree.Words[c])] {
			continue
		}
		m := d.mentionOver(si, x.token(c))
		if m == nil {
			continue
		}
		if refs := d.refs(m); len(refs) == 1 && d.ents[refs[0]].kind == polgraph.KindPerson {
			return refs[0]
		}
	}
	return -1
}

// personalPossessives are the possessive pronouns that stand for a person.
var personalPossessives = set("his her")
