package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// possessivePronouns stand for a body named before them: "its leader",
// "their candidate" ("whose" is read apart: its body is the one the
// relative clause follows).
var possessivePronouns = set("its their")

// leadVerbs make their subject the leader of their object, and say how:
// "holds" ("X, who leads the Civic Alliance", "X heads the party"),
// "founds", where the clause's date starts the lead ("founded Civic
// Renewal in 1998"), or "forms", which founds only a party ("formed a new
// party, the Rural Voice", not "formed a committee"); a phrasal verb is
// keyed with its particle ("set up") (data/words/lead_verbs.tsv).
var leadVerbs = wordTable("lead_verbs.tsv", "holds", "founds", "forms")

// leadLemmas are leadVerbs' lemmas, a phrasal verb's its first word, for
// a look at the tags before a parse.
var leadLemmas = func() map[string]bool {
	out := map[string]bool{}
	for k := range leadVerbs {
		out[strings.Fields(k)[0]] = true
	}
	return out
}()

// officeRelations reads the offices set beside a name that the title
// before it does not give: a title in apposition before the name
// ("Kallistan's prime minister, Oskar Lindh,", "its leader, Ana Holm,"),
// a body that a pronoun stands for ("whose leader Dita Morrow"), a verb of
// leading ("X, who leads the Civic Alliance"), and the country a clause is
// set in ("In Dravonia, Foreign Minister X said").
func (d *doc) officeRelations(si int) {
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.ent < 0 || d.ents[m.ent].kind != polgraph.KindPerson || !m.named() {
			continue
		}
		d.titleInApposition(si, m)
		d.counterpartOffice(si, m)
		d.thePartysPerson(si, m)
	}
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPerson && m.group == nil {
			d.frontedTitle(si, m) // named or "she"
			d.partyBeforeRole(si, m)
		}
	}
	d.counterpartsAbroad(si)
	d.reportedStates(si)
	d.leadVerbRelations(si)
	d.leadsHandedOver(si)
	d.leadsTakenByNoun(si)
	d.lowercaseBodyJobs(si)
}

// lowercaseBodyJobs reads the jobs the press gives with a state's body
// named in lower case by its country, which names no entity of its own
// (the body stands for its state in what it does): "Chinese foreign
// ministry spokesman Li Wen", "a spokesman for China's foreign ministry",
// "X, the Swedish foreign ministry's press secretary". The body is the
// curated one of that country its words name (curatedStateBody).
func (d *doc) lowercaseBodyJobs(si int) {
	s := &d.sents[si]
	for _, ci := range d.sentMents[si] {
		c := &d.ments[ci]
		if c.ent < 0 || d.ents[c.ent].kind != polgraph.KindCountry || d.ents[c.ent].gaz == nil {
			continue
		}
		start := c.last
		if start < s.last && possessiveMarks[d.toks[start].lower] {
			start++ // "China's foreign ministry"
		}
		end := start
		for end < s.last && end < start+3 && d.toks[end].kind == tokWord && !d.toks[end].cap && d.mentionOver(si, end) == nil && !stateBodyHead(d.toks[end].lower) {
			end++
		}
		if end == start || end >= s.last || !stateBodyHead(d.toks[end].lower) || d.mentionOver(si, end) != nil {
			continue
		}
		end++
		body := curatedStateBody(polgraph.KindOrganization, d.text[d.toks[start].start:d.toks[end-1].end], d.ents[c.ent].gaz.Country)
		if body == nil {
			continue
		}
		person, role := d.holderOfLowercaseBody(si, c, end)
		if person >= 0 {
			d.addRel(&relation{typ: "WORKS_FOR", from: person, to: d.gazEntity(body), role: role, sent: si, conf: 0.6})
		}
	}
}

// stateBodyHead reports a word that ends a state body's name: "ministry",
// or one the body keys read as it ("department").
func stateBodyHead(w string) bool { return w == "ministry" || bodyKeyWords[w] == "ministry" }

// holderOfLowercaseBody is the person, and the work role, that a state's
// body named from country mention c to token end serves: a role noun
// right after it and the name after that ("ministry spokesman Li Wen"),
// or a role noun after its possessive in apposition to a name ("X, the
// Swedish foreign ministry's press secretary,"), or a role noun whose
// phrase it completes ("a spokesman for China's foreign ministry"); -1
// for none.
func (d *doc) holderOfLowercaseBody(si int, c *mention, end int) (int, string) {
	s := &d.sents[si]
	i := end
	owned := i < s.last && possessiveMarks[d.toks[i].lower]
	if owned {
		i++
	}
	for k := i; k < s.last && k < i+2; k++ {
		t := &d.toks[k]
		if t.kind != tokWord || t.cap {
			break
		}
		if !workRoles[t.lower] {
			continue // "press secretary"
		}
		if p := d.personMentionAt(si, k+1); p >= 0 && !owned {
			return p, t.lower
		}
		if r := d.mentionOver(si, k); r != nil && r.via == "role" && r.ent >= 0 && d.ents[r.ent].kind == polgraph.KindPerson {
			return r.ent, t.lower
		}
		if owned && k+1 < s.last && d.toks[k+1].text == "," || k+1 == s.last {
			// "X, the Swedish foreign ministry's press secretary,"
			if f := c.first - 1; f-1 > s.first && determiners[d.toks[f].lower] && d.toks[f-1].text == "," {
				if m := d.mentionBefore(f - 1); m != nil && m.sent == si && m.named() && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPerson {
					return m.ent, t.lower
				}
			}
		}
		break
	}
	// "a spokesman for China's foreign ministry", "a spokesperson for the
	// Chinese foreign ministry, Zhao Ming,"
	f := c.first - 1
	if f > s.first && d.toks[f].lower == "the" {
		f--
	}
	if f <= s.first || !roleCases[d.toks[f].lower] || !workRoles[d.toks[f-1].lower] {
		return -1, ""
	}
	role := d.toks[f-1].lower
	if r := d.mentionOver(si, f-1); r != nil && r.via == "role" && r.ent >= 0 && d.ents[r.ent].kind == polgraph.KindPerson {
		return r.ent, role
	}
	if end < s.last && d.toks[end].text == "," {
		if p := d.personMentionAt(si, end+1); p >= 0 && d.endsApposition(si, &d.ments[d.mentionIndexAt(si, end+1)]) {
			return p, role
		}
	}
	return -1, ""
}

// personMentionAt is the entity of the named person whose mention starts
// at token i of sentence si, or -1.
func (d *doc) personMentionAt(si, i int) int {
	if k := d.mentionIndexAt(si, i); k >= 0 {
		if m := &d.ments[k]; m.named() && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPerson {
			return m.ent
		}
	}
	return -1
}

// mentionIndexAt is the index of the mention that starts at token i of
// sentence si, or -1.
func (d *doc) mentionIndexAt(si, i int) int {
	for _, mi := range d.sentMents[si] {
		if d.ments[mi].first == i {
			return mi
		}
	}
	return -1
}

// thePartysPerson reads "The party's Ana Holm said…": "the party's"
// right before a name makes her a member of the party named last before
// it, in this sentence or the two before.
func (d *doc) thePartysPerson(si int, m *mention) {
	i := m.first
	if i-3 < d.sents[si].first || d.toks[i-3].lower != "the" || d.toks[i-2].lower != "party" || !possessiveMarks[d.toks[i-1].lower] {
		return
	}
	if p := d.partyNamedBefore(si, i-3); p >= 0 {
		d.addRel(&relation{typ: "MEMBER_OF", from: m.ent, to: p, sent: si, conf: 0.6})
	}
}

// partyBeforeRole reads a party's name right before the title of a
// described person ("A Liberal MP has quit the caucus", the MP the
// article names next): the person is the party's member, as "Liberal MP
// Ana Holm" makes her.
func (d *doc) partyBeforeRole(si int, m *mention) {
	if m.via != "role" || d.formerBefore(si, m.first) {
		return // "a former Fidesz lawmaker": once
	}
	if pi := d.mentionEndingAt(m.first, si); pi >= 0 && d.ents[d.ments[pi].ent].kind == polgraph.KindParty {
		d.addRel(&relation{typ: "MEMBER_OF", from: m.ent, to: d.ments[pi].ent, sent: si, conf: 0.6})
	}
}

// counterpartsAbroad sets the people named before a nationality and a
// counterpart noun apart from its country: "Foreign Minister X hosted her
// Chinese counterpart" in a story that names China alone leaves X's title
// hers, but not China's (dropHomeGuesses).
func (d *doc) counterpartsAbroad(si int) {
	for _, mi := range d.sentMents[si] {
		c := &d.ments[mi]
		if c.ent < 0 || d.ents[c.ent].kind != polgraph.KindCountry || c.last >= d.sents[si].last || !counterpartNouns[d.toks[c.last].lower] {
			continue
		}
		for _, pi := range d.sentMents[si] {
			if p := &d.ments[pi]; p.last < c.first && p.ent >= 0 && d.ents[p.ent].kind == polgraph.KindPerson {
				if d.abroad == nil {
					d.abroad = map[[2]int]bool{}
				}
				d.abroad[[2]int{p.ent, c.ent}] = true
			}
		}
	}
}

// reportedStates sets the state a person's reported speech makes the
// subject of what she says apart from her: "Prime Minister Anna Falk said
// China had broken its promises" in a story filed from Geneva leaves her
// no Chinese prime minister, however often the story names China
// (dropHomeGuesses). The state the story is filed from is left out: there
// a leader speaks of her own state by name ("LONDON - Prime Minister X
// said Britain would not be bullied"); so is the story's home where it
// has no dateline to set it apart from.
func (d *doc) reportedStates(si int) {
	if !d.sentenceNames(si, polgraph.KindPerson) || !d.sentenceNames(si, polgraph.KindCountry) {
		return
	}
	if x := d.taggedOf(si); x == nil || !x.hasVerb(speechWords) {
		return // no verb of speech: no parse
	}
	x := d.syntaxOf(si)
	filed := -1
	if c := d.datelineCountry(); c != "" {
		filed = d.countryEntity(c)
	} else {
		filed = d.homeCountryEntity()
	}
	for v := range x.tree.Head {
		if !speechWords[x.lemma(v)] || !x.isVerb(v) {
			continue
		}
		var speakers []int
		for _, s := range x.childrenWith(v, "nsubj") {
			if p := d.personAt(si, x, s); p >= 0 {
				speakers = append(speakers, p)
			}
		}
		for _, c := range x.childrenWith(v, "ccomp") {
			for _, s := range x.childrenWith(c, "nsubj", "nsubj:pass") {
				cm := d.mentionOver(si, x.token(s))
				if cm == nil || cm.ent < 0 || cm.ent == filed || d.ents[cm.ent].kind != polgraph.KindCountry {
					continue
				}
				for _, p := range speakers {
					if d.abroad == nil {
						d.abroad = map[[2]int]bool{}
					}
					d.abroad[[2]int{p, cm.ent}] = true
				}
			}
		}
	}
}

// counterpartNouns stand for the holder of the same office in another
// state (data/words/counterpart_nouns.txt).
var counterpartNouns = wordSet("counterpart_nouns.txt")

// counterpartOffice reads "Ukraine's Foreign Minister Andriy Koval met his
// Polish counterpart, Jan Nowicki": a nationality and a counterpart noun
// right before the name (a comma between or none) give the name the
// office in that country that the person named before it in the sentence
// holds in another.
func (d *doc) counterpartOffice(si int, m *mention) {
	j := m.first - 1
	if j > d.sents[si].first && d.toks[j].text == "," {
		j--
	}
	if j <= d.sents[si].first || !counterpartNouns[d.toks[j].lower] {
		return
	}
	country := -1
	for _, mi := range d.sentMents[si] {
		if c := &d.ments[mi]; c.last == j && c.ent >= 0 && d.ents[c.ent].kind == polgraph.KindCountry {
			country = c.ent
		}
	}
	if country < 0 {
		return
	}
	var office *relation
	for _, mi := range d.sentMents[si] {
		p := &d.ments[mi]
		if p.last > j || p.ent < 0 || p.ent == m.ent || d.ents[p.ent].kind != polgraph.KindPerson {
			continue
		}
		for _, r := range d.rels {
			if r.typ == "HOLDS_OFFICE" && r.from == p.ent && r.role != "" && (r.to != country || r.homeGuess) && d.ents[r.to].kind == polgraph.KindCountry {
				office = r
			}
		}
	}
	if office == nil {
		return
	}
	o, ok := d.x.gaz.Office(office.role)
	if !ok {
		return
	}
	d.officeFacts(si, m.ent, o, country, span{})
}

// titleInApposition reads "Kallistan's prime minister, Oskar Lindh," and
// "Its foreign minister, Lukas Brenner,": a title, closed by a comma,
// right before the name, with the body that possesses it.
func (d *doc) titleInApposition(si int, m *mention) {
	s := &d.sents[si]
	head := d.listHead(si, m)
	first := head.first
	if head.office != nil && head.officeStart > s.first && head.officeStart < first && d.toks[head.officeStart-1].text == "," {
		first = head.officeStart // "whose leader, Opposition Leader X,": her other title is no part of the apposition
	}
	comma := first - 1
	if comma <= s.first || d.toks[comma].text != "," {
		return
	}
	if head != m && !strings.HasSuffix(d.toks[comma-1].lower, "s") {
		return // a list restates a plural title: "two Russian diplomats, X and Y"
	}
	if d.titleOfBody(si, m, comma) {
		return
	}
	if o, body := d.possessedTitle(si, comma); o != nil && body >= 0 && !d.bodysEnvoyFact(si, m.ent, o, body) {
		d.officeFacts(si, m.ent, o, body, span{})
	}
}

// bodysEnvoyFact reads an international body's envoy (bodysEnvoy) with
// the title's holder, before the name or after it: "The European Union's
// ambassador to Serbia, Petra Lind,", "Ivo Dorn, the UN's special envoy
// for Yemen,", "UN envoy to Yemen Ivo Dorn". The envoy holds an office of
// the body that owns the title, not of the place posted to; not where a
// state's possessive comes before the body's name ("Kallistan's UN
// ambassador"), which names where the state's envoy is posted: that is
// left to officeFacts. It reports whether it read one.
func (d *doc) bodysEnvoyFact(si, person int, o *gazetteer.Office, body int) bool {
	if body < 0 || !d.bodysEnvoy(o, body) {
		return false
	}
	for _, mi := range d.sentMents[si] {
		if b := &d.ments[mi]; b.ent == body && b.first > d.sents[si].first && possessiveMarks[d.toks[b.first-1].lower] {
			return false // the state's envoy, posted to the body
		}
	}
	d.addRel(&relation{typ: "HOLDS_OFFICE", from: person, to: body, role: o.Title, sent: si, conf: 0.6})
	return true
}

// bodysEnvoy reports an envoy's title (a diplomatic office other than
// the body's head, not a line of work) that an international body the
// gazetteer knows possesses: "NATO's envoy to Ukraine", "the African
// Union's ambassador to Sudan". A state's envoy is a state's office,
// which officeFacts reads.
func (d *doc) bodysEnvoy(o *gazetteer.Office, body int) bool {
	e := d.ents[body]
	return o.Body == "diplomatic" && o.Title != secretaryGeneral && occupationTitles[o.Title] == "" && e.kind == polgraph.KindOrganization && e.gaz != nil && e.gaz.International()
}

// frontedTitle reads a title that opens sentence si, closed by a comma
// right before the person m who is the subject of its clause: "Velmark's
// foreign minister since 2020, she said", "Foreign minister, Anja Korvel
// said". A former title ("A former agriculture minister, she served in
// the cabinet from 2013 to 2017") is held over the span its clause's verb
// of holding gives, and is no post where the clause gives none.
func (d *doc) frontedTitle(si int, m *mention) {
	s := &d.sents[si]
	comma := m.first - 1
	if comma <= s.first+1 || d.toks[comma].text != "," {
		return
	}
	start := s.first
	if determiners[d.toks[start].lower] && start+1 < comma && formerWords[d.toks[start+1].lower] {
		start += 2 // "A former agriculture minister,"
	} else if formerWords[d.toks[start].lower] {
		start++
	}
	o, body, end := d.titleAt(si, start)
	if o == nil || end > comma || occupationTitles[o.Title] != "" {
		return
	}
	held, ok := span{}, end == comma
	if !ok {
		held, ok = d.tenureTail(si, end, comma)
	}
	x := d.syntaxOf(si)
	if !ok || x == nil {
		return
	}
	v := -1
	for i := m.first; i < m.last; i++ {
		if w := x.at(i); w >= 0 && (x.rel(w) == "nsubj" || x.rel(w) == "nsubj:pass") {
			v = x.head(w) // the word of the name the parse hangs on the verb
		}
	}
	if v < 0 || !x.isVerb(v) && x.pos(v) != "NOUN" && x.pos(v) != "ADJ" {
		return // "Velmark's foreign minister, she" the subject of no clause
	}
	if start > s.first && formerWords[d.toks[start-1].lower] {
		if careerVerbs[x.lemma(v)] != "holds" || x.modalOrNegated(v) {
			return
		}
		if held = d.postSpan(si, x, v, v, "holds"); held.since == "" && held.until == "" {
			return
		}
	}
	if countryOffices[o.Body] {
		body = d.officeCountry(o, body, m.ent, false)
	}
	d.officeFacts(si, m.ent, o, body, held)
}

// tenureTail reads tokens [i, end) after a title as the span it was held
// over: "since 2020", "from 2013 to 2017", "until 2019", "between 2010
// and 2014"; ok is false for any other words.
func (d *doc) tenureTail(si, i, end int) (held span, ok bool) {
	if i+1 >= end {
		return span{}, false
	}
	first := d.dateOver(si, i+1)
	if first == "" {
		return span{}, false
	}
	second := ""
	for j := i + 1; j < end; j++ {
		if d.dateOver(si, j) != "" {
			continue
		}
		if l := d.toks[j].lower; (l == "to" || l == "and" || l == "until") && second == "" && j+1 < end {
			if second = d.dateOver(si, j+1); second != "" {
				continue
			}
		}
		return span{}, false
	}
	switch d.toks[i].lower {
	case "since":
		return span{since: first}, second == ""
	case "until", "till":
		return span{until: first}, second == ""
	case "from", "between":
		return span{since: first, until: second}, true
	}
	return span{}, false
}

// listHead is the first name of the list of people that m ends or is
// in, joined by commas and "and" ("Ivan Kolt and Pyotr Sarin"), or m.
func (d *doc) listHead(si int, m *mention) *mention {
	head := m
	for {
		j := head.first - 1
		if j <= d.sents[si].first || d.toks[j].lower != "and" && d.toks[j].text != "," {
			return head
		}
		var prev *mention
		for _, mi := range d.sentMents[si] {
			if p := &d.ments[mi]; p.last == j && p.ent >= 0 && p.named() && d.ents[p.ent].kind == polgraph.KindPerson {
				prev = p
			}
		}
		if prev == nil {
			return head
		}
		head = prev
	}
}

// possessedTitle is the office title that ends at the comma before a
// name, and the body that possesses it ("Kallistan's prime minister,"),
// or a nil title; the body is -1 for a former office or where none
// possesses it.
func (d *doc) possessedTitle(si, comma int) (*gazetteer.Office, int) {
	for k := max(d.sents[si].first, comma-7); k < comma; k++ {
		n, o := d.officeAt(k, comma)
		if o == nil || k+n != comma && !d.portfolio(k+n, comma) && d.pastPostedTo(si, k+n, o) != comma && d.pastMandate(si, k+n, o) != comma && !d.heldAtTheTime(k+n, comma) {
			continue
		}
		if d.formerBefore(si, k) {
			return o, -1
		}
		if b := d.possessorBefore(si, d.pastDescription(si, k)); b >= 0 {
			return o, b
		}
		if b := d.bodyRightBefore(si, k); b >= 0 {
			return o, b // "The UN special envoy for Yemen,", "The NATO Secretary General,"
		}
		if !countryOffices[o.Body] {
			return o, -1
		}
		return o, d.countryRightBefore(si, k)
	}
	return nil, -1
}

// bodyRightBefore is the international body the gazetteer knows named
// right before token k of sentence si, with no possessive ("the UN
// special envoy", "the IAEA director-general"), or -1: the body that
// owns the title at k, as "the UN's special envoy" says with one.
func (d *doc) bodyRightBefore(si, k int) int {
	for _, mi := range d.sentMents[si] {
		if b := &d.ments[mi]; b.last == k && b.ent >= 0 && b.named() {
			if e := d.ents[b.ent]; e.kind == polgraph.KindOrganization && e.gaz != nil && e.gaz.International() {
				return b.ent
			}
		}
	}
	return -1
}

// thenPhrases say a post was held at the time told of
// (data/words/then_phrases.tsv).
var thenPhrases = wordTable("then_phrases.tsv", "then")

// heldAtTheTime reports whether tokens [i, end) are a phrase of thenPhrases:
// "its editor at the time, X".
func (d *doc) heldAtTheTime(i, end int) bool {
	if i >= end || end-i > 3 {
		return false
	}
	words := make([]string, 0, end-i)
	for j := i; j < end; j++ {
		words = append(words, d.toks[j].lower)
	}
	return thenPhrases[strings.Join(words, " ")] != ""
}

// countryRightBefore is the country named, or given by its adjective,
// right before token k of sentence si ("the US ambassador to Japan,",
// "the American ambassador"), or -1: whose state's office the title is.
func (d *doc) countryRightBefore(si, k int) int {
	for _, mi := range d.sentMents[si] {
		if c := &d.ments[mi]; c.last == k && c.ent >= 0 && d.ents[c.ent].kind == polgraph.KindCountry {
			return c.ent
		}
	}
	return -1
}

// portfolio reports whether tokens [i, end) are "for" or "of" and the
// lower-case words of a field, after a title: "spokeswoman for foreign
// affairs", "minister of international relations".
func (d *doc) portfolio(i, end int) bool {
	if i+1 >= end || d.toks[i].lower != "for" && d.toks[i].lower != "of" {
		return false
	}
	for j := i + 1; j < end; j++ {
		if t := &d.toks[j]; t.kind != tokWord || t.cap {
			return false
		}
	}
	return true
}

// pastDescription is where a title at token k starts once the words
// that describe it are counted in, when a possessor's "'s" comes before
// them: "political" in "the Courier's political editor"; else k.
func (d *doc) pastDescription(si, k int) int {
	for j := k; j > d.sents[si].first && j >= k-2; j-- {
		if possessiveMarks[d.toks[j-1].lower] {
			return j
		}
		if t := &d.toks[j-1]; t.kind != tokWord || t.cap {
			break
		}
	}
	return k
}

// titleOfBody reads "The leader of the Green Alliance, Tomas Hedlund,":
// a title, "of" and a body's name, closed by the comma before the name.
// A town or region is the body of its own offices alone: "The mayor of
// Pleven, Ivo Tarn," as "Pleven's mayor, Ivo Tarn," is.
func (d *doc) titleOfBody(si int, m *mention, comma int) bool {
	s := &d.sents[si]
	var body *mention
	for _, mi := range d.sentMents[si] {
		if b := &d.ments[mi]; b.last == comma && b.ent >= 0 && b.named() && (isBody(d.ents[b.ent].kind) || d.ents[b.ent].kind == polgraph.KindPlace) {
			body = b
		}
	}
	place := body != nil && d.ents[body.ent].kind == polgraph.KindPlace
	if body == nil {
		return false
	}
	of := body.first - 1
	// "of the opposition Green Alliance", "of the newly formed X": a
	// description or two before the name
	for k := 0; k < 2 && of > s.first && d.toks[of].kind == tokWord && !d.toks[of].cap && d.toks[of].lower != "of" && d.toks[of].lower != "the"; k++ {
		of--
	}
	if of > s.first && d.toks[of].lower == "the" {
		of--
	}
	if of <= s.first || d.toks[of].lower != "of" {
		return false
	}
	for k := max(s.first, of-4); k < of; k++ {
		if n, o := d.officeAt(k, of); o != nil && k+n == of {
			if place && o.Body != "city" && o.Body != "region" {
				return false // "the foreign minister of Pleven": no town's post
			}
			if d.formerBefore(si, k) {
				return true
			}
			d.officeFacts(si, m.ent, o, body.ent, span{})
			return true
		}
	}
	// "The head of the Freedom Party, Rolf Anker,": a word of leading
	// that is no office's title, the phrase opening the sentence or the
	// clause after a comma
	start := of - 1
	if start > s.first && (d.toks[start-1].lower == "the" || d.toks[start-1].lower == "a" || d.toks[start-1].lower == "an") {
		start--
	}
	if !place && (start == s.first || start > s.first && d.toks[start-1].text == ",") {
		var words []string
		for k := start; k < body.first; k++ {
			words = append(words, d.toks[k].lower)
		}
		if between := strings.Join(words, " ") + " "; leadsAfter(between) && !d.formerBefore(si, of-1) {
			if d.ents[body.ent].kind == polgraph.KindParty {
				d.addRel(&relation{typ: "MEMBER_OF", from: m.ent, to: body.ent, sent: si, conf: 0.65})
			}
			d.addRel(&relation{typ: "LEADS", from: m.ent, to: body.ent, sent: si, conf: 0.65})
			return true
		}
	}
	return false
}

// possessorBefore is the body that possesses a title starting at token i:
// the name before "'s" ("Kallistan's"), the party last named for "the
// party leader", or the body a possessive pronoun
// stands for: for "whose", the name the relative clause follows; for "its"
// and "their", the last body named in this sentence, else the subject of
// the one before or the last body it names.
// It is -1 when there is none.
func (d *doc) possessorBefore(si, i int) int {
	s := &d.sents[si]
	if i <= s.first {
		return -1
	}
	prev := d.toks[i-1].lower
	switch {
	case possessiveMarks[prev]: // "Kallistan's", "the Netherlands'"
		for _, mi := range d.sentMents[si] {
			if m := &d.ments[mi]; m.ent >= 0 && (m.last == i-1 || m.last == i) && m.first < i-1 && isBody(d.ents[m.ent].kind) {
				return m.ent
			}
		}
		return d.bodyNamedBy(si, i-1)
	case prev == "whose":
		return d.lastBodyBefore(si, i-1)
	case prev == "the" && d.toks[i].lower == "party":
		return d.lastNamed(si, i, polgraph.KindParty) // "the party leader": the party's
	case i-2 >= s.first && d.toks[i-2].lower == "the":
		return d.bodyNamedBy(si, i) // "the council leader": the council's
	case possessivePronouns[prev]:
		if b := d.lastBodyBefore(si, i-1); b >= 0 {
			if a := d.subjectBeforeJoin(si, i-1, b); a >= 0 {
				return a
			}
			return b
		}
		if si > 0 {
			if b := d.subjectBody(si - 1); b >= 0 {
				return b
			}
			if prev == "their" {
				// "The MPs went to the High Court. Their lawyer, X,": across
				// a break "their" is the subject's, people as often as a
				// body, not the body named last
				return -1
			}
			return d.lastBodyBefore(si-1, d.sents[si-1].last)
		}
	}
	return -1
}

// subjectBeforeJoin is the body that is the subject of the clause
// before possessive pronoun p when the pronoun opens the subject of a
// clause joined to that one and b, the last body named before it, is
// named in that clause's object or an oblique: in "The Harvest Party
// sued the Electoral Commission, and its leader, Ivo Dorn, said…" and
// "…wrote to the Commission; its spokeswoman said…" "its" is the party's,
// the body the first clause is about, not the one it acts on; in "The
// Commission was sued by the party, and its chairman said…" it is the
// Commission's. It is -1 where the parse does not show that shape, where
// b is in the subject, or where the clause's subject is no body or is b.
func (d *doc) subjectBeforeJoin(si, p, b int) int {
	x, pw := d.wordAt(si, p)
	if pw < 2 || !x.opensJoinedClause(pw) || !x.subjectPhrase(x.head(pw)) {
		return -1
	}
	mb := d.lastMentionBefore(si, p, b)
	if mb == nil {
		return -1
	}
	v := x.clauseVerbOver(x.spanHead(mb.first, mb.last+1))
	if v < 0 || v > pw {
		return -1
	}
	subj, _, relative := x.subjectOf(v, 0)
	if relative || len(subj) != 1 {
		return -1
	}
	if m := d.mentionOver(si, x.token(subj[0])); m != nil && m.ent >= 0 && m.ent != b && m.named() && isBody(d.ents[m.ent].kind) {
		return m.ent
	}
	return -1
}

// opensJoinedClause reports whether word w follows a semicolon or a
// comma and a coordinating conjunction (", and", ", but"): where a clause
// joined to the one before may open.
func (x *syntax) opensJoinedClause(w int) bool {
	prev := x.tree.Words[w-1]
	return prev == ";" || x.pos(w-1) == "CCONJ" && x.tree.Words[w-2] == ","
}

// subjectPhrase reports whether noun n heads a clause's subject: the
// parse makes it one, or a finite verb comes right after its phrase (an
// apposition and commas aside), as in "and its leader, Ivo Dorn, said",
// which the parse may read as one more noun of the clause before.
func (x *syntax) subjectPhrase(n int) bool {
	if n < 0 {
		return false
	}
	if x.baseRel(n) == "nsubj" {
		return true
	}
	ws := x.subtree(n, nil)
	for w := ws[len(ws)-1] + 1; w < len(x.tree.Words); w++ {
		if x.pos(w) != "PUNCT" {
			return x.isVerb(w) && (finiteTags[x.tree.XPOS[w]] || x.tree.XPOS[w] == "MD")
		}
	}
	return false
}

// clauseVerbOver is the verb of the clause word w is part of, up through
// the phrases that hold it, or -1 where w is in a subject or no verb is
// above it.
func (x *syntax) clauseVerbOver(w int) int {
	for n := 0; w >= 0 && n <= len(x.tree.Head); n++ {
		if x.isVerb(w) {
			return w
		}
		if x.baseRel(w) == "nsubj" {
			return -1
		}
		w = x.head(w)
	}
	return -1
}

// lastMentionBefore is the last mention of entity e in sentence si that
// ends before token i, or nil.
func (d *doc) lastMentionBefore(si, i, e int) *mention {
	var found *mention
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.ent == e && m.last < i {
			found = m
		}
	}
	return found
}

// subjectBody is the body named as the subject of sentence si's main
// clause, or -1: across a sentence break "its" keeps to the topic ("The
// Commission said it had a complaint from the Front. Its chairwoman…" is
// the Commission's), not to the last body named.
func (d *doc) subjectBody(si int) int {
	if m := d.mainSubject(si, func(m *mention) bool { return m.named() && isBody(d.ents[m.ent].kind) }); m != nil {
		return m.ent
	}
	return -1
}

// mainSubject is the first mention of an entity that is the subject of a
// main clause of sentence si and that ok accepts, or nil.
func (d *doc) mainSubject(si int, ok func(*mention) bool) *mention {
	x := d.syntaxOf(si)
	if x == nil {
		return nil
	}
	for w, h := range x.tree.Head {
		if h != -1 {
			continue
		}
		for _, c := range x.childrenWith(w, "nsubj", "nsubj:pass") {
			if m := d.mentionOver(si, x.token(c)); m != nil && m.ent >= 0 && ok(m) {
				return m
			}
		}
	}
	return nil
}

// bodyKindNouns stand for the last body of their kind named: "the party's
// leader", "the country's prime minister".
var bodyKindNouns = map[string]string{"party": polgraph.KindParty, "country": polgraph.KindCountry}

// bodyNamedBy is the body that "the" and a common noun ending at token i
// stand for: the last one named before, in sentence si or the three
// before it, whose name ends in that noun ("the authority" for the Northfield
// Rail Authority) or whose kind it names ("the party", "the country"),
// else the only one named before whose name ends in it, or -1.
func (d *doc) bodyNamedBy(si, i int) int {
	if i-3 >= d.sents[si].first && d.toks[i-3].lower == "the" && partyAdjectives[d.toks[i-2].lower] && d.toks[i-1].lower == "party" {
		return d.partyCalled(si, i-2)
	}
	if i-2 < d.sents[si].first || d.toks[i-2].lower != "the" || d.toks[i-1].kind != tokWord || d.toks[i-1].cap {
		return -1
	}
	noun := d.toks[i-1].lower
	b := d.lastNamedWhere(si, i, func(e *entity) bool {
		if !isBody(e.kind) {
			return false
		}
		words := lowerWords(e.name)
		return len(words) > 1 && words[len(words)-1] == noun || bodyKindNouns[noun] == e.kind ||
			bodyKindNouns[noun] == polgraph.KindCountry && d.stateBodyNamedByCountry(e)
	})
	if b >= 0 && bodyKindNouns[noun] == polgraph.KindCountry && d.ents[b].kind == polgraph.KindOrganization {
		return d.countryEntity(d.ents[b].gaz.Country)
	}
	if bodyKindNouns[noun] != "" {
		return b
	}
	byName, byText := d.bodiesCalled(si, i, noun)
	switch {
	case len(byText) > 0:
		// "the movement" after "the Silver Meadow movement": the body
		// the text called so, where no other body could be meant
		if len(byText) == 1 && len(byName) == 0 {
			return byText[0]
		}
		return -1
	case b < 0 && len(byName) == 1:
		// "the authority" said paragraphs after the Holmark Rail
		// Authority was named, where no other authority was
		return byName[0]
	}
	return b
}

// bodiesCalled are the bodies named before token i of sentence si,
// anywhere in the article, that noun fits: byName those whose name ends
// in it (the Holmark Rail Authority for "authority"), byText the others
// the text calls by it, with the noun beside a name ("the Silver Meadow
// movement", "the news agency Kordex") or in apposition to one ("Kordex,
// a news agency").
func (d *doc) bodiesCalled(si, i int, noun string) (byName, byText []int) {
	var seen []int
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.sent > si || m.sent == si && m.last > i || m.ent < 0 || !m.named() || !isBody(d.ents[m.ent].kind) || slices.Contains(seen, m.ent) {
			continue
		}
		seen = append(seen, m.ent)
		if words := lowerWords(d.ents[m.ent].name); len(words) > 1 && words[len(words)-1] == noun {
			byName = append(byName, m.ent)
		} else if slices.Contains(d.bodyNouns(m.ent, i), noun) {
			byText = append(byText, m.ent)
		}
	}
	return byName, byText
}

// stateBodyNamedByCountry reports a state body the article names by its
// country ("Kenya's parliament", "the Estonian parliament"), which names
// the country as well: "the country" after it is that one.
func (d *doc) stateBodyNamedByCountry(e *entity) bool {
	if e.kind != polgraph.KindOrganization || e.gaz == nil {
		return false
	}
	c := d.x.gaz.Country(e.gaz.Country)
	if c == nil {
		return false
	}
	for _, mi := range e.ments {
		text := d.surfaceOf(&d.ments[mi])
		for _, form := range append([]string{c.Name}, c.Demonyms...) {
			if rest, ok := strings.CutPrefix(text, form); ok && (strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’")) {
				return true
			}
		}
	}
	return false
}

// partyCalled is the party that "the governing party", "the opposition
// party" stands for, its adjective at token a of sentence si: the last
// one named before with that adjective before its name ("the governing
// Kenya Forward Party"), in the article so far, or -1.
func (d *doc) partyCalled(si, a int) int {
	adj := d.toks[a].lower
	found := -1
	for _, m := range d.ments {
		if m.sent > si || m.sent == si && m.first >= a {
			continue
		}
		if m.ent >= 0 && m.named() && d.ents[m.ent].kind == polgraph.KindParty && m.first > 0 && d.toks[m.first-1].lower == adj {
			found = m.ent
		}
	}
	return found
}

// lastBodyBefore is the entity of the last named country, party or
// organisation of sentence si ending before token i, outside quotations,
// or -1.
func (d *doc) lastBodyBefore(si, i int) int {
	found := -1
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.last > i {
			break
		}
		if m.ent >= 0 && (m.named() || m.via == "role") && isBody(d.ents[m.ent].kind) && !d.toks[m.first].quoted {
			// also a body the text calls by its noun: "ordered the weekly
			// to pay damages; its editor, X"
			found = m.ent // a body named inside a quotation is the speaker's word, not the pronoun's antecedent
		}
	}
	return found
}

// isBody reports the kinds that hold offices: countries, parties and
// organisations.
func isBody(kind string) bool {
	return kind == polgraph.KindCountry || kind == polgraph.KindParty || kind == polgraph.KindOrganization
}

// leadVerb reports a verb of leadVerbs at word v.
func (x *syntax) leadVerb(v int) bool {
	_, ok := x.leadHow(v)
	return ok
}

// leadHow is what verb v tells of a lead (leadVerbs): the row of its
// lemma with its particle ("set up") if it has one, else of its lemma.
// The base form "found" is "to found" ("left the party to found her
// own"), whatever lemma the tagger gives it: the base form of "find" is
// "find".
func (x *syntax) leadHow(v int) (string, bool) {
	if !x.isVerb(v) {
		return "", false
	}
	lemma := x.lemma(v)
	for _, p := range x.childrenWith(v, "compound:prt") {
		lemma += " " + strings.ToLower(x.tree.Words[p])
	}
	if how, ok := leadVerbs[lemma]; ok {
		return how, true
	}
	if x.tree.XPOS[v] == "VB" {
		how, ok := leadVerbs[strings.ToLower(x.tree.Words[v])]
		return how, ok
	}
	return "", false
}

// hasLeadVerb reports whether the sentence has a verb whose lemma may be
// of leadVerbs: it looks at the tags alone, before a parse.
func (x *syntax) hasLeadVerb() bool {
	for v := range x.tree.Words {
		if x.isVerb(v) && (leadLemmas[x.lemma(v)] || x.tree.XPOS[v] == "VB" && leadLemmas[strings.ToLower(x.tree.Words[v])]) || x.leadVerbReadAsOther(v) {
			return true
		}
	}
	return false
}

// subjectLeader is the person that c, the subject of verb v of leading,
// stands for: a name, a pronoun that stands for one person, or the name
// that the relative clause v opens follows ("X, who leads"); or -1.
func (d *doc) subjectLeader(si int, x *syntax, v, c int) int {
	leader := d.personAt(si, x, c)
	if m := d.mentionOver(si, x.token(c)); leader < 0 && m != nil && x.pos(c) == "PRON" {
		if ps := d.people(d.refs(m)); len(ps) == 1 {
			leader = ps[0] // "the Civic Union, which he led until 2021"
		}
	}
	if leader < 0 && x.rel(v) == "acl:relcl" && x.head(v) >= 0 {
		leader = d.personAt(si, x, x.head(v)) // "X, who leads"
		if h := x.head(v); leader < 0 && x.rel(h) == "appos" && x.head(h) >= 0 {
			leader = d.personAt(si, x, x.head(h)) // "X, a former minister who now leads"
		}
	}
	return leader
}

// passiveLed is the party or organisation that c, the passive subject of
// verb v of leading, stands for: a name ("Civic Renewal was founded by
// X"), the body a relative clause follows ("Civic Renewal, which was led
// by X"), "it" for the body named last before in the sentence ("a year
// after it was founded by X"), or "the party" for the party named last;
// or -1.
func (d *doc) passiveLed(si int, x *syntax, v, c int) int {
	if b := d.bodyUnder(si, x, c); b >= 0 {
		return b
	}
	i := x.token(c)
	switch {
	case x.rel(v) == "acl:relcl" && x.head(v) >= 0 && relativePronouns[d.toks[i].lower]:
		return d.bodyUnder(si, x, x.head(v))
	case d.toks[i].lower == "it" && x.pos(c) == "PRON":
		return d.lastBodyBefore(si, i)
	case strings.EqualFold(x.tree.Words[c], "party") && definiteNoun(x, c):
		return d.lastNamed(si, i, polgraph.KindParty)
	}
	return -1
}

// frontedParticipleLed is the party or organisation that the subject of
// the clause stands for where verb v is a participle that opens the
// sentence before it with no word to mark it ("Founded in 2012 by Irina
// Malek, the Social Forward party has grown", "Set up by Jonas Tervik, the
// Labour Union won seats"): the participle tells of that subject; or -1.
func (d *doc) frontedParticipleLed(si int, x *syntax, v int) int {
	h := x.head(v)
	if x.rel(v) != "advcl" || x.tree.XPOS[v] != "VBN" || x.markOf(v) != "" || h < v || !x.isVerb(h) {
		return -1
	}
	for _, c := range x.childrenWith(h, "nsubj", "nsubj:pass") {
		if c > v {
			return d.bodyUnder(si, x, c)
		}
	}
	return -1
}

// agentPerson is the person the agent phrase at word c names: the name
// itself ("by Anton Brisk"), a name in apposition to a noun ("by her
// mentor, Anton Brisk") or a name right after the noun that describes it
// ("by businessman Anton Brisk", where the parse takes the noun for the
// agent and the name for a phrase of its own); or -1.
func (d *doc) agentPerson(si int, x *syntax, c int) int {
	for _, w := range append([]int{c}, x.childrenWith(c, "appos", "flat")...) {
		if p := d.personAt(si, x, w); p >= 0 {
			return p
		}
	}
	if x.pos(c) == "NOUN" {
		if m := d.mentionStartingAt(x.token(c) + 1); m != nil && m.sent == si && m.ent >= 0 && m.named() && d.ents[m.ent].kind == polgraph.KindPerson {
			return m.ent
		}
	}
	return -1
}

// leadVerbRelations reads "X, who leads the Civic Alliance" and "X heads
// the Green Front" off the tree: the verb's subject (or, for a relative
// clause, the name it follows) leads the party or body that is its object.
func (d *doc) leadVerbRelations(si int) {
	d.leadVerbReadings(si, func(_ *syntax, _, leader, led int, held span, how string) {
		d.addRel(&relation{typ: "LEADS", from: leader, to: led, validFrom: held.since, validTo: held.until, sent: si, conf: 0.65})
		if d.ents[led].kind == polgraph.KindParty {
			member := &relation{typ: "MEMBER_OF", from: leader, to: led, sent: si, conf: 0.65}
			if how == "takes" {
				member.validFrom = held.since // a founder is a member from the founding
			}
			d.addRel(member)
		}
	})
}

// leadVerbReadings calls found for each verb of leading v in sentence si
// whose leader and led body the tree gives, with the span held and how
// the verb gives the lead ("holds", "takes" for a founding, or "given"
// for a lead taken by the one a verb of giving posts picks).
func (d *doc) leadVerbReadings(si int, found func(x *syntax, v, leader, led int, held span, how string)) {
	if !d.sentenceNames(si, polgraph.KindPerson) {
		return
	}
	if x := d.taggedOf(si); x == nil || !x.hasLeadVerb() {
		return // no lead verb: no parse
	}
	x := d.syntaxOf(si)
	for v := range x.tree.Head {
		verbHow, ok := x.leadHow(v)
		if !ok {
			continue
		}
		leader, led, purposeOf := -1, -1, -1
		leaderWord := -1 // the word that names the leader, for the names listed with it
		for c, h := range x.tree.Head {
			if h != v {
				continue
			}
			switch x.baseRel(c) {
			case "nsubj":
				if x.rel(c) == "nsubj:pass" {
					if !x.modalOrNegated(v) {
						led = d.passiveLed(si, x, v, c) // "the party was founded by X in 2011"
					}
					break
				}
				leader, leaderWord = d.subjectLeader(si, x, v, c), c
			case "obj":
				if i := x.token(c); x.rel(v) == "acl:relcl" && x.head(v) >= 0 && relativePronouns[d.toks[i].lower] {
					led = d.bodyUnder(si, x, x.head(v)) // "the Civic Union, which Ivo Dorn led"
					break
				}
				if by := x.tokenAfterParticles(v); x.rel(v) == "acl" && x.head(v) >= 0 && by < d.sents[si].last && d.toks[by].lower == "by" {
					// "the Progress Party, led by Prime Minister X", "the
					// Civic Bloc, set up by former minister X": the title
					// before the name takes "by", the name read as the
					// participle's object
					leader, led, leaderWord = d.personAt(si, x, c), d.bodyUnder(si, x, x.head(v)), c
					break
				}
				if led = d.bodyUnder(si, x, c); led < 0 && strings.EqualFold(x.tree.Words[c], "party") && definiteNoun(x, c) {
					led = d.lastNamed(si, x.token(c), polgraph.KindParty) // "who heads the party"
				}
				if h := x.head(v); led < 0 && strings.EqualFold(x.tree.Words[c], "it") && x.rel(v) == "conj" && h >= 0 {
					// "co-founded the Harvest Party in 1998 and chaired it
					// until 2006": the body the verb it goes on from has
					for _, o := range x.childrenWith(h, "obj") {
						if b := d.bodyUnder(si, x, o); b >= 0 {
							led = b
						}
					}
				}
			case "obl":
				if x.rel(v) == "acl" && x.caseOf(c) == "by" && x.head(v) >= 0 {
					// "the Party of Socialists, led by Igor Dodan": the
					// participle on the body, its leader after "by"
					leader, led, leaderWord = d.agentPerson(si, x, c), d.bodyUnder(si, x, x.head(v)), c
				} else if x.rel(c) == "obl:agent" || x.caseOf(c) == "by" && len(x.childrenWith(v, "nsubj:pass")) > 0 {
					leader, leaderWord = d.agentPerson(si, x, c), c // "was founded by her mentor, Anton Brisk"
				}
			}
		}
		if led < 0 && leader >= 0 {
			led = d.frontedParticipleLed(si, x, v) // "Founded in 2012 by Irina Malek, the Social Forward party has grown"
		}
		if h := x.head(v); leader < 0 && led >= 0 && x.rel(v) == "advcl" && x.markOf(v) == "to" && h >= 0 && x.isVerb(h) && !x.modalOrNegated(h) {
			// "left the Harvest Party to found the New Dawn party", "who
			// quit in 2018 to found X": the clause of purpose has the
			// subject of the verb it hangs on
			for _, c := range x.childrenWith(h, "nsubj") {
				leader, purposeOf = d.subjectLeader(si, x, h, c), h
			}
		}
		chosenBy := -1
		if h := x.head(v); leader < 0 && led >= 0 && x.rel(v) == "xcomp" && h >= 0 && careerVerbs[x.lemma(h)] == "gives" && !x.modalOrNegated(h) {
			// "was chosen to lead the Harbour Party in 2009": the one
			// the verb of giving posts picks, its passive subject, takes
			// the lead then
			for _, c := range x.childrenWith(h, "nsubj:pass") {
				leader, chosenBy = d.subjectLeader(si, x, h, c), h
			}
		}
		if h := x.head(v); leader < 0 && led >= 0 && (x.rel(v) == "conj" || x.rel(v) == "advcl" && x.markOf(v) != "to" || x.rel(v) == "xcomp" && sharingVerbs[x.lemma(h)] && !x.modalOrNegated(h)) && h >= 0 && x.isVerb(h) && !x.modalOrNegated(v) {
			// "co-founded X and chaired it", "Having led the Harvest Party
			// since 1999, he became prime minister", "helped found the
			// Harvest Party": the subject of the verb it goes on from or
			// hangs on
			subj, passive, _ := x.subjectOf(v, 0)
			if len(subj) == 1 && !passive {
				leader = d.subjectLeader(si, x, v, subj[0])
			}
		}
		if leader < 0 || led < 0 || verbHow == "forms" && d.ents[led].kind != polgraph.KindParty {
			continue
		}
		how := "holds"
		if verbHow != "holds" {
			how = "takes" // "founded Civic Renewal in 1998": the lead from then
		}
		held := d.postSpan(si, x, v, v, how) // "which he led until 2021"
		if chosenBy >= 0 {
			how, held = "given", d.postSpan(si, x, chosenBy, v, "takes")
		}
		if held.since == "" && purposeOf >= 0 {
			held.since = d.postSpan(si, x, purposeOf, purposeOf, "joins").since // "left it in 2018 to found X": X led from 2018
		}
		if d.afterPublication(held.until) {
			held.until = "" // "will lead the party until 2027": nothing ended yet
		}
		for _, p := range append([]int{leader}, d.coLeaders(si, x, v, verbHow != "holds", leaderWord, leader)...) {
			found(x, v, p, led, held, how)
		}
	}
}

// coLeaders are the other people who lead or found a body with leader,
// named at word w of verb v: those listed with the leader's name ("founded
// by Ivo Dorn and Lena Marsh", "Ivo Dorn and Lena Marsh led it"), or with
// the name in apposition to w ("founded by two former ministers, Ivo Dorn
// and Lena Marsh"), and, for
// a founding verb (founding), one it is founded with ("co-founded the
// party with Ada Lind"): a co-founder leads what she founds, as the
// founder does.
func (d *doc) coLeaders(si int, x *syntax, v int, founding bool, w, leader int) []int {
	var words []int
	if w >= 0 {
		words = x.nameConjuncts(w)
		for _, a := range x.childrenWith(w, "appos") {
			words = append(words, x.nameConjuncts(a)...)
		}
	}
	if founding {
		for _, o := range x.childrenWith(v, "obl") {
			if x.caseOf(o) == "with" {
				words = append(words, o)
			}
		}
	}
	var out []int
	for _, c := range words {
		if p := d.agentPerson(si, x, c); p >= 0 && p != leader && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// handoverVerbs and leadPostNouns: "handed the party (the leadership) to
// X" (data/words/handover_verbs.txt, lead_post_nouns.txt).
var (
	handoverVerbs = wordSet("handover_verbs.txt")
	leadPostNouns = wordSet("lead_post_nouns.txt")
)

// leadsHandedOver reads a party's lead passed on off the tree of sentence
// si: in "In 2009 he handed the party to his deputy, X" the subject's lead
// of the party ends in 2009 and X's begins. The party is the object, a
// party named or called "the party", or a lead noun's ("the leadership
// of the Harbour Party", "the reins": the one party the subject leads);
// the one taking it over is the person the "to" phrase names.
func (d *doc) leadsHandedOver(si int) {
	if x := d.taggedOf(si); x == nil || !x.hasVerb(handoverVerbs) || !d.sentenceNames(si, polgraph.KindPerson) {
		return
	}
	x := d.syntaxOf(si)
	for v := range x.tree.Words {
		if !x.isVerb(v) || !handoverVerbs[x.lemma(v)] || x.modalOrNegated(v) || d.wishedInTree(si, x.token(v), 1) {
			continue
		}
		subj, passive, _ := x.subjectOf(v, 0)
		if passive || len(subj) != 1 {
			continue
		}
		var givers []int
		if m := d.mentionOver(si, x.token(subj[0])); m != nil {
			givers = d.people(d.refs(m))
		}
		if len(givers) != 1 {
			continue
		}
		giver, party, taker := givers[0], -1, -1
		for _, o := range x.childrenWith(v, "obj") {
			party = d.handedParty(si, x, o, giver)
		}
		tos := x.childrenWith(v, "obl")
		for _, o := range x.childrenWith(v, "obj") {
			tos = append(tos, x.childrenWith(o, "nmod")...) // "the leadership to X", the "to" hung on the object
		}
		for _, c := range tos {
			if x.caseOf(c) != "to" {
				continue
			}
			words := append([]int{c}, x.childrenWith(c, "appos", "flat")...)
			for _, n := range x.childrenWith(v, "obl") {
				// "to his deputy, X", the name parsed as the verb's own
				if n > c && x.pos(n) == "PROPN" && x.caseOf(n) == "" && x.token(n) > x.token(c) {
					words = append(words, n)
				}
			}
			for _, w := range words {
				if p := d.personAt(si, x, w); p >= 0 && p != giver {
					taker = p
					break
				}
			}
		}
		if party < 0 || taker < 0 || d.ents[party].kind != polgraph.KindParty {
			continue
		}
		date := d.postSpan(si, x, v, v, "takes").since
		if date == "" || d.afterPublication(date) {
			continue
		}
		if l, ok := d.rel[[3]int{relTypes["LEADS"], giver, party}]; ok {
			if l.validTo == "" && l.validFrom <= date {
				l.validTo = date
			}
		} else {
			d.addRel(&relation{typ: "LEADS", from: giver, to: party, validTo: date, sent: si, conf: 0.65})
		}
		d.addRel(&relation{typ: "LEADS", from: taker, to: party, validFrom: date, sent: si, conf: 0.65})
	}
}

// leadTakingVerbs take or lose the lead of the body their lead noun
// object names (data/words/lead_taking_verbs.tsv).
var leadTakingVerbs = wordTable("lead_taking_verbs.tsv", "takes", "leaves")

// leadsTakenByNoun reads a lead taken or lost by a lead noun off the
// tree of sentence si: in "X took over the leadership of the Harbour
// Party in 2009" X leads the party from 2009; in "X lost the party's
// leadership in 2014" her lead of the party named last ends then. The
// one who takes it is the verb's subject, a name, a pronoun for one
// person, or the name a relative clause follows.
func (d *doc) leadsTakenByNoun(si int) {
	if x := d.taggedOf(si); x == nil || !x.hasWord(leadPostNouns) || !d.sentenceNames(si, polgraph.KindPerson) {
		return
	}
	x := d.syntaxOf(si)
	for v := range x.tree.Words {
		if !x.isVerb(v) || x.modalOrNegated(v) || d.wishedInTree(si, x.token(v), 1) {
			continue
		}
		how, noun := x.leadNounTaken(v)
		if noun < 0 {
			continue
		}
		subj, passive, _ := x.subjectOf(v, 0)
		if passive || len(subj) != 1 {
			continue
		}
		leader, led := d.subjectLeader(si, x, v, subj[0]), d.bodyOfLeadNoun(si, x, noun)
		if leader < 0 || led < 0 || d.ents[led].kind != polgraph.KindParty && d.ents[led].kind != polgraph.KindOrganization {
			continue
		}
		d.leadChanged(si, leader, led, d.postSpan(si, x, v, noun, how), how)
	}
}

// leadNounTaken is what verb v does to the lead (leadTakingVerbs) and
// the lead noun it does it to: its object, or the noun of the oblique
// whose preposition is its particle ("took over the leadership", the
// particle parsed as the noun's preposition); else "" and -1.
func (x *syntax) leadNounTaken(v int) (string, int) {
	lemma := x.lemma(v)
	for _, p := range x.childrenWith(v, "compound:prt") {
		lemma += " " + strings.ToLower(x.tree.Words[p])
	}
	for _, c := range x.childrenWith(v, "obj", "obl") {
		if !leadPostNouns[x.lemma(c)] || plural(x, c) {
			continue
		}
		key := lemma
		if x.rel(c) == "obl" {
			key = lemma + " " + x.caseOf(c)
		}
		if how, ok := leadTakingVerbs[key]; ok {
			return how, c
		}
	}
	return "", -1
}

// bodyOfLeadNoun is the body whose lead noun n is: the one its "of"
// phrase or its possessor names ("the leadership of the Harbour Party",
// "the Harbour Party's leadership"), the party named last for "the
// party" there or for "party" before the noun ("the party leadership");
// else -1.
func (d *doc) bodyOfLeadNoun(si int, x *syntax, n int) int {
	for _, c := range x.childrenWith(n, "nmod", "nmod:poss", "compound") {
		if x.rel(c) == "nmod" && x.caseOf(c) != "of" {
			continue
		}
		if b := d.bodyUnder(si, x, c); b >= 0 {
			return b
		}
		if strings.EqualFold(x.tree.Words[c], "party") && (x.rel(c) == "compound" || definiteNoun(x, c)) {
			return d.lastNamed(si, x.token(c), polgraph.KindParty)
		}
	}
	return -1
}

// leadChanged records the lead of body led that leader takes or leaves
// (how) over span held: a lead taken is held from its start, a party's
// leader being its member; a lead left ends the one found before, or is
// a lead that ends then.
func (d *doc) leadChanged(si, leader, led int, held span, how string) {
	if d.afterPublication(held.since) || d.afterPublication(held.until) {
		return // "will take over the leadership in June": not yet
	}
	if how == "takes" {
		d.addRel(&relation{typ: "LEADS", from: leader, to: led, validFrom: held.since, validTo: held.until, sent: si, conf: 0.65})
		if d.ents[led].kind == polgraph.KindParty {
			d.addRel(&relation{typ: "MEMBER_OF", from: leader, to: led, sent: si, conf: 0.65})
		}
		return
	}
	if held.until == "" {
		return // a lead lost at no date said is a former one: no fact
	}
	if l, ok := d.rel[[3]int{relTypes["LEADS"], leader, led}]; ok {
		if l.validTo == "" && l.validFrom <= held.until {
			l.validTo = held.until
		}
		return
	}
	d.addRel(&relation{typ: "LEADS", from: leader, to: led, validTo: held.until, sent: si, conf: 0.65})
}

// handedParty is the party that object o of a handover verb names: a
// party named, "the party" for the last named, or a lead noun's "of"
// party or, without one, the one party giver leads; else -1.
func (d *doc) handedParty(si int, x *syntax, o, giver int) int {
	if b := d.bodyUnder(si, x, o); b >= 0 {
		return b
	}
	if strings.EqualFold(x.tree.Words[o], "party") && definiteNoun(x, o) {
		return d.lastNamed(si, x.token(o), polgraph.KindParty)
	}
	if !leadPostNouns[x.lemma(o)] {
		return -1
	}
	for _, c := range x.childrenWith(o, "nmod") {
		if x.caseOf(c) == "of" {
			return d.bodyUnder(si, x, c)
		}
	}
	led := -1
	for _, r := range d.rels {
		if r.typ == "LEADS" && r.from == giver && r.validTo == "" && d.ents[r.to].kind == polgraph.KindParty {
			if led >= 0 && led != r.to {
				return -1
			}
			led = r.to
		}
	}
	return led
}

// definiteNoun reports a noun with "the" for determiner: it refers to one
// already named.
func definiteNoun(x *syntax, w int) bool { return determinedBy(x, w, "the") }

// indefiniteNoun reports a noun with "a" or "an" for determiner: one of
// many ("a Republican").
func indefiniteNoun(x *syntax, w int) bool { return determinedBy(x, w, "a", "an") }

// determinedBy reports whether one of dets is a determiner of word w.
func determinedBy(x *syntax, w int, dets ...string) bool {
	return slices.ContainsFunc(x.childrenWith(w, "det"), func(c int) bool {
		return slices.Contains(dets, strings.ToLower(x.tree.Words[c]))
	})
}

// lastNamed is the entity of the given kind named last before token i of
// sentence si, in it or the three sentences before, or -1.
func (d *doc) lastNamed(si, i int, kind string) int {
	return d.lastNamedWhere(si, i, func(e *entity) bool { return e.kind == kind })
}

// lastNamedWhere is the entity named last before token i of sentence si,
// in it or the three sentences before, that ok accepts, or -1.
func (d *doc) lastNamedWhere(si, i int, ok func(*entity) bool) int {
	for k := si; k >= 0 && k >= si-3; k-- {
		ms := d.sentMents[k]
		for j := len(ms) - 1; j >= 0; j-- {
			m := &d.ments[ms[j]]
			if (k < si || m.last <= i) && m.ent >= 0 && m.named() && ok(d.ents[m.ent]) {
				return m.ent
			}
		}
	}
	return -1
}

// personAt is the person named at word w, or -1.
func (d *doc) personAt(si int, x *syntax, w int) int {
	if m := d.mentionOver(si, x.token(w)); m != nil && m.ent >= 0 && m.named() && d.ents[m.ent].kind == polgraph.KindPerson {
		return m.ent
	}
	return -1
}

// bodyUnder is the party or organisation named at word w or in apposition
// to it ("the centre-right Civic Alliance", "a new movement called
// Forward Together"), or -1.
func (d *doc) bodyUnder(si int, x *syntax, w int) int {
	for _, c := range append(append([]int{w}, x.childrenWith(w, "appos", "compound", "flat")...), x.calledNames(w)...) {
		if m := d.mentionOver(si, x.token(c)); m != nil && m.ent >= 0 && m.named() {
			if c != w && m.last < d.sents[si].last && possessiveMarks[d.toks[m.last].lower] && !(m.first <= x.token(w) && x.token(w) < m.last) {
				continue // "heads the Civic Bloc's parliamentary group": the group is led, not its owner
			}
			if k := d.ents[m.ent].kind; k == polgraph.KindParty || k == polgraph.KindOrganization {
				return m.ent
			}
		}
	}
	return -1
}

// calledNames are the names a participle of naming on noun w gives it: "Forward
// Together" in "a movement called Forward Together", which is the
// movement's name as an apposition is (data/words/naming_verbs.txt).
func (x *syntax) calledNames(w int) []int {
	var out []int
	for _, a := range x.childrenWith(w, "acl") {
		if namingVerbs[x.lemma(a)] {
			out = append(out, x.childrenWith(a, "xcomp", "obj")...)
		}
	}
	return out
}

// clauseCountry is the country a clause with subject m is set in: "In
// Dravonia, Foreign Minister X dismissed the apology". It is -1 when the
// tree names none.
func (d *doc) clauseCountry(si int, m *mention) int {
	x := d.syntaxOf(si)
	if x == nil {
		return -1
	}
	w := x.spanHead(m.first, m.last)
	if w < 0 || x.baseRel(w) != "nsubj" || x.head(w) < 0 {
		return -1
	}
	for _, c := range x.childrenWith(x.head(w), "obl") {
		if x.caseOf(c) != "in" || c > w {
			// "In Dravonia, Foreign Minister X said" sets the scene; "X
			// met Y in Varovia" says only where they met
			continue
		}
		if cm := d.mentionOver(si, x.token(c)); cm != nil && cm.ent >= 0 && d.ents[cm.ent].kind == polgraph.KindCountry {
			return cm.ent
		}
	}
	return -1
}

// unknownDemonymBefore reads a capitalised word right before the title
// at token i that is made like a nationality ("Dravonian", "Kallistani")
// and that no mention covers: ok reports one, and country is the country
// of the article's it is made from, or -1 when the article names none, so
// the office is some other country's and the article's home no guess
// for it.
func (d *doc) unknownDemonymBefore(si, i int) (country int, ok bool) {
	if i <= d.sents[si].first {
		return -1, false
	}
	t := &d.toks[i-1]
	if t.kind != tokWord || !t.cap || len(t.lower) < 5 || commonWords[t.lower] || formerWords[t.lower] || d.mentionOver(si, i-1) != nil {
		return -1, false
	}
	made := false
	for _, suf := range cues.suffixes {
		made = made || len(suf) > 1 && strings.HasSuffix(t.lower, suf)
	}
	if !made {
		return -1, false
	}
	for ei, e := range d.ents {
		if e.kind == polgraph.KindCountry && !strings.Contains(e.name, " ") && slices.Contains(cues.demonymForms(strings.ToLower(e.name)), t.lower) {
			return ei, true
		}
	}
	return -1, true
}

// dropHomeGuesses takes back the offices given the article's home country
// for want of another from a person the text elsewhere places in another
// country: "France's foreign minister, Jean Dorval" in one sentence and
// "Foreign Minister Dorval" in a British story's next; and from one it
// sets apart from the home country: a visitor there, or one who meets
// its holder of the same office ("her Chinese counterpart"); and a
// legislator's seat guessed the home's from one the text seats in a
// chamber it names ("Conservative MP X, who sits in the House of
// Commons").
func (d *doc) dropHomeGuesses() {
	elsewhere := map[int]int{} // person -> a country the text gives them
	seated := map[int]bool{}   // person -> a seat in a chamber the text names
	for _, r := range d.rels {
		if r.homeGuess || r.typ != "HOLDS_OFFICE" && r.typ != "CITIZEN_OF" {
			continue
		}
		switch to := d.ents[r.to]; {
		case to.kind == polgraph.KindCountry:
			elsewhere[r.from] = r.to
		case r.typ == "HOLDS_OFFICE" && to.kind == polgraph.KindOrganization && isLegislature(to):
			seated[r.from] = true
		}
	}
	visited := d.visitedCountries()
	sides := d.otherSides(elsewhere)
	// one holder of a title is one state's: "President Pedro Castillo"
	// guessed Peru's in the lead stays Peru's where a later sentence about
	// another state names him ("Washington rejects any act by President
	// Castillo")
	type title struct {
		person    int
		typ, role string
	}
	firstGuess := map[title]int{}
	for _, r := range d.rels {
		if k := (title{r.from, r.typ, r.role}); r.homeGuess && (r.typ == "HOLDS_OFFICE" || r.typ == "LEADS") && d.ents[r.to].kind == polgraph.KindCountry {
			if _, ok := firstGuess[k]; !ok {
				firstGuess[k] = r.to
			}
		}
	}
	apart := func(p, c int) bool { return visited[[2]int{p, c}] || d.abroad[[2]int{p, c}] || sides[[2]int{p, c}] }
	unsupported := d.guessesBetweenTwoStates(apart)
	kept := d.rels[:0]
	for _, r := range d.rels {
		first, guessed := firstGuess[title{r.from, r.typ, r.role}]
		if c, ok := elsewhere[r.from]; r.homeGuess && (ok && c != r.to || guessed && first != r.to || apart(r.from, r.to) || unsupported[[2]int{r.from, r.to}] || seated[r.from] && d.legislatorTitle(r.role)) {
			delete(d.rel, [3]int{relTypes[r.typ], r.from, r.to})
			continue
		}
		kept = append(kept, r)
	}
	d.rels = kept
}

// legislatorTitle reports whether role is the title of a seat in a
// legislature ("Member of Parliament", "Senator").
func (d *doc) legislatorTitle(role string) bool {
	o, ok := d.x.gaz.Office(role)
	return ok && o.Body == "legislature"
}

// guessesBetweenTwoStates are the (person, home country) pairs of the
// offices guessed the story's home where its headline or lead has another
// state for subject, one that gives the title too: "Japan urges Iran to
// resume talks ... Foreign Minister Aiko Tamura said" tells no more whose
// minister she is than her name does, however often the story names Iran:
// the lead is Japan's. The text supports the home only where it sets the
// person apart from the other state (apart: a visitor there, one who
// meets its side) or makes the home her sentence's subject.
func (d *doc) guessesBetweenTwoStates(apart func(p, c int) bool) map[[2]int]bool {
	out := map[[2]int]bool{}
	home := d.homeCountryEntity()
	if home < 0 {
		return out
	}
	rivals := d.leadStatesBesides(home)
	if len(rivals) == 0 {
		return out
	}
	for _, r := range d.rels {
		if !r.homeGuess || r.typ != "HOLDS_OFFICE" || r.to != home || d.subjectCountry(r.sent) == home {
			continue
		}
		o, ok := d.x.gaz.Office(r.role)
		if !ok {
			continue
		}
		for _, c := range rivals {
			if d.givesTitle(o, c) && !apart(r.from, c) {
				out[[2]int{r.from, home}] = true
			}
		}
	}
	return out
}

// leadStatesBesides are the countries other than home that are the
// subject of the headline or the lead sentence ("Japan urges Iran to
// return to talks"): the story tells their act, however often it names
// home. A lead whose subject is home ("Vessaria expels two Ruvanian
// diplomats") names the other state as its foreign side.
func (d *doc) leadStatesBesides(home int) []int {
	lead := d.firstBodySentence()
	if lead >= 0 && d.sents[lead].dateline && d.mainSubject(lead, func(*mention) bool { return true }) == nil && lead+1 < len(d.sents) {
		lead++ // the dateline is a sentence of its own, the lead the next
	}
	var out []int
	for si := range d.sents {
		if si != lead && !d.sents[si].headline {
			continue
		}
		if c := d.subjectCountry(si); c >= 0 && c != home && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// twoSidedTypes are the events between two sides, each of which the
// other is foreign to: one meets, sanctions, signs with, criticises or
// accuses another state or its people.
var twoSidedTypes = set("MEETING SANCTION AGREEMENT CRITICISM ACCUSATION")

// otherSides are the (person, country) pairs of people an event between
// two sides sets against a country: the country itself, or its capital
// standing for it, on the other side ("met Chinese officials", "held
// talks with Russia", "accused Moscow of meddling") or a person the
// text gives an office or a citizenship of it (countries, from
// dropHomeGuesses). "Foreign Minister X met Chinese officials in
// Beijing" names China for the officials X met, not for X: the office is
// not China's, however much the story names China. The country the story
// is filed from is left out: there an official the reporter leaves
// unqualified is its own, whoever she meets ("NAIROBI - President X met
// Kenyan business leaders").
func (d *doc) otherSides(countries map[int]int) map[[2]int]bool {
	out := map[[2]int]bool{}
	filed := -1
	if c := d.datelineCountry(); c != "" {
		filed = d.countryEntity(c)
	}
	side := func(p part) bool { return p.role != "place" && p.role != "source" && p.role != "organization" }
	mark := func(p, c int) {
		if c != filed {
			out[[2]int{p, c}] = true
		}
	}
	for _, ev := range d.events {
		if ev.dropped || !twoSidedTypes[ev.typ] {
			continue
		}
		for _, a := range ev.parts {
			if !side(a) || d.ents[a.ent].kind != polgraph.KindPerson {
				continue
			}
			for _, b := range ev.parts {
				if b.ent == a.ent || !side(b) {
					continue
				}
				if c := d.placeCountry(b.ent); c >= 0 {
					mark(a.ent, c) // "accused Russia", or its capital for it: "accused Moscow"
				} else if c, ok := countries[b.ent]; ok {
					mark(a.ent, c)
				}
			}
		}
	}
	return out
}

// visitVerbs take their subject to a country from elsewhere
// (data/words/visit_verbs.txt).
var visitVerbs = wordSet("visit_verbs.txt")

// visitedCountries are the (person, country) pairs of people the parsed
// sentences take to a country or its capital ("visited Kyiv", "travelled
// to Beijing"): a visitor is a foreigner there.
func (d *doc) visitedCountries() map[[2]int]bool {
	out := map[[2]int]bool{}
	for si, x := range d.trees {
		if x == nil || x.tree.Head == nil {
			continue // only the sentences parsed for their cues
		}
		for v, word := range x.tree.Words {
			if !x.isVerb(v) || !visitVerbs[strings.ToLower(word)] { // the tag first: cheaper than the lookup
				continue
			}
			places := x.visitPlaces(v)
			doers, _ := x.verbDoers(v)
			for _, doer := range doers {
				for _, p := range d.people(d.entsAt(si, x, doer, "MEETING")) {
					for _, w := range places {
						for _, c := range d.entsAt(si, x, w, "MEETING") {
							if country := d.placeCountry(c); country >= 0 {
								out[[2]int{p, country}] = true
							}
						}
					}
				}
			}
		}
	}
	return out
}

// visitPlaces are the words verb of travel v goes to: its objects and
// its "to" and "in" phrases.
func (x *syntax) visitPlaces(v int) []int {
	places := x.objectsOf(v)
	for _, c := range x.childrenWith(v, "obl") {
		if p := x.caseOf(c); p == "to" || p == "in" {
			places = append(places, c)
		}
	}
	return places
}

// placeCountry is country entity e itself, or the country whose capital
// e is, or -1.
func (d *doc) placeCountry(e int) int {
	switch {
	case d.ents[e].kind == polgraph.KindCountry:
		return e
	case d.ents[e].capitalOf != nil:
		return d.countryEntity(d.ents[e].capitalOf.Country)
	}
	return -1
}
