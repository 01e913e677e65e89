package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

var (
	pronounsSingular = set("he she him her his hers himself herself")
	pronounsPlural   = set("they them their themselves both")
	determiners      = set("the a an this that our its his her their same senior former")
	// mediaNouns are the kind nouns that make a name a news outlet's.
	mediaNouns = wordSet("media_nouns.txt")
)

// references links what is not a name to the entities it refers to: plural
// first names ("the two Michaels"), role descriptions ("the MP") when one
// person in the article holds the role, and pronouns to the last person or
// group mentioned. It then indexes the mentions of each sentence in order.
func (d *doc) references() {
	d.groups()
	d.bindOffices()
	d.indexSentences()
	d.ledPartyOffices()
	d.holdersOf = map[*gazetteer.Office][]int{}
	for ei, e := range d.ents {
		if e.kind == polgraph.KindPerson {
			for _, o := range e.offices {
				c := d.canonicalOffice(o)
				d.holdersOf[c] = append(d.holdersOf[c], ei)
			}
		}
	}
	d.media = d.mediaOrgs()
	d.indexFirstNamed()
	for si := range d.sents {
		d.roleMentions(si)
		d.restatedSubject(si)
	}
	d.indexSentences()
	d.pronouns()
	d.calledNicknames()
	d.indexSentences()
}

// groups turns a plural first name into a group of the persons with that
// first name, when there are at least two.
func (d *doc) groups() {
	byFirst := map[string][]int{}
	for pi, p := range d.ents {
		if p.kind == polgraph.KindPerson && len(p.words) >= 2 {
			byFirst[p.words[0]] = append(byFirst[p.words[0]], pi)
		}
	}
	for _, e := range d.ents {
		if e.gaz != nil || len(e.words) != 1 || !strings.HasSuffix(e.words[0], "s") {
			continue
		}
		stem := strings.TrimSuffix(e.words[0], "s")
		members := byFirst[stem]
		if len(members) < 2 {
			continue
		}
		for _, mi := range e.ments {
			m := &d.ments[mi]
			m.via, m.group, m.ent = "group", members, -1
		}
		e.kind, e.ments = "", nil // no longer an entity
	}
}

// bindOffices gives persons the offices their context states:
// "X, who represents Y in the House of Commons" holds a legislative seat.
func (d *doc) bindOffices() {
	mp, _ := d.x.gaz.Office("Member of Parliament")
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.ent < 0 || d.ents[m.ent].kind != polgraph.KindPerson {
			continue
		}
		e := d.ents[m.ent]
		s := &d.sents[m.sent]
		j := m.last
		if j+2 < s.last && d.toks[j].text == "," && d.toks[j+1].lower == "who" && strings.HasPrefix(d.toks[j+2].lower, "represent") && mp != nil {
			if !slices.Contains(e.offices, mp) {
				e.offices = append(e.offices, mp)
			}
		}
		// "Ana Dorn, Estonia's president,": the state's title in apposition
		if o := d.statesTitleAfter(m.sent, j); o != nil {
			e.offices = appendNew(e.offices, o)
		}
		// "X, the MP for Y", "X, a Liberal MP"
		if j+1 < s.last && d.toks[j].text == "," && determiners[d.toks[j+1].lower] {
			for k := j + 2; k < min(s.last, j+6); k++ {
				if n, o := d.officeAt(k, s.last); n > 0 {
					if k+n < s.last && reportingWords[d.toks[k+n].lower] {
						break // "filled by Edgars Lapsa, a government spokesman said": the speaker, someone else
					}
					e.offices = appendNew(e.offices, o)
					if d.formerBefore(m.sent, k) {
						e.formerOffices = appendNew(e.formerOffices, o)
					}
					break
				}
			}
		}
	}
}

// ledPartyOffices gives a person the office of a party's leader where the
// story says, other than by a title before the name, that they lead a
// party now: a title in apposition after the name ("Dorin Vasko, leader
// of the Harvest Union Party,", "Dorin Vasko, its leader,") or a verb of
// leading ("who leads the party", "has led it since 2019", "the party,
// led by Dorin Vasko"), so that "the party leader" later in the story is
// that person (roleMentions). A lead told in the past ("led the party
// until 2019", "was led by") or ended, or a founding, gives none.
func (d *doc) ledPartyOffices() {
	leader, ok := d.x.gaz.Office(partyLeader)
	if !ok {
		return
	}
	for si := range d.sents {
		for _, mi := range d.sentMents[si] {
			m := &d.ments[mi]
			if m.ent < 0 || !m.named() || d.ents[m.ent].kind != polgraph.KindPerson {
				continue
			}
			if k := m.last + 1; k+2 < d.sents[si].last && d.toks[m.last].text == "," && !indefiniteArticles[d.toks[k].lower] && !d.formerBefore(si, k+1) {
				if d.toks[k].lower == "the" {
					k++
				}
				// "Dorin Vasko, leader of the Harvest Union Party,"
				if n, o := d.officeAt(k, d.sents[si].last); n > 0 && (o.Title == partyLeader || o.Title == chairman) {
					if b := d.bodyOfAfter(si, k+n); b >= 0 && d.partyLike(d.ents[b]) {
						d.ents[m.ent].offices = appendNew(d.ents[m.ent].offices, o, leader)
					}
				}
			}
			titles, held := d.appositiveTitles(si, m)
			for _, t := range titles {
				if held.until == "" && (t.o.Title == partyLeader && (t.body < 0 || d.partyLike(d.ents[t.body])) || t.o.Title == chairman && t.body >= 0 && d.partyLike(d.ents[t.body])) {
					// "the party's chairman" leads it, as officeFacts reads it
					d.ents[m.ent].offices = appendNew(d.ents[m.ent].offices, t.o, leader)
				}
			}
		}
		d.leadVerbReadings(si, func(x *syntax, v, p, led int, held span, how string) {
			if e := d.ents[p]; e.kind == polgraph.KindPerson && how == "holds" && held.until == "" && d.partyLike(d.ents[led]) && !x.pastTense(v) {
				e.offices = appendNew(e.offices, leader)
			}
		})
	}
}

// roleMentions finds definite descriptions ("the MP", "the outlet") in a
// sentence and links each to the one entity that fits it, if only one does.
func (d *doc) roleMentions(si int) {
	s := &d.sents[si]
	for i := s.first; i < s.last; i++ {
		t := &d.toks[i]
		if t.kind != tokWord || d.inMention(i) {
			continue
		}
		det := i > s.first && determiners[d.toks[i-1].lower] || i > s.first+1 && determiners[d.toks[i-2].lower]
		possessor := -1 // "Pelsara's defence ministry": the country before "'s"
		if i > s.first+1 && (d.toks[i-1].lower == "'s" || d.toks[i-1].lower == "’s") {
			if mi := d.mentionEndingAt(i-1, si); mi >= 0 && d.ents[d.ments[mi].ent].kind == polgraph.KindCountry {
				possessor = d.ments[mi].ent
			}
		}
		if !det && possessor < 0 || d.newPartyMember(si, i) {
			continue
		}
		n, o := d.officeAt(i, s.last)
		var cands []int
		switch {
		case capitalNouns[t.lower] && (possessor >= 0 || d.toks[i-1].lower == "the"):
			if cands = d.seatNamed(si, i, possessor); len(cands) == 0 {
				continue
			}
			n = 1
		case !det && n > 0 && !pluralTitle(d.toks[i+n-1].lower, o) && !d.titleBeforeName(i, n, s.last):
			// "Moldova's president on Monday accused Russia": the one
			// person the article gives that title, not another state's
			// holder ("Latvian President Ivo Lind")
			cands = slices.DeleteFunc(d.namedBefore(d.holdersOf[d.canonicalOffice(o)], i), func(p int) bool {
				return slices.ContainsFunc(d.holderStates(p), func(c int) bool { return c != possessor })
			})
		case !det:
			if n, cands = d.bodyDescribed(si, i, possessor, 1); n == 0 {
				continue
			}
		case n > 0:
			if d.titleBeforeName(i, n, s.last) {
				continue // a title before a name ("the justice minister, Ada Holm"), not a description
			}
			if pluralTitle(d.toks[i+n-1].lower, o) {
				i += n - 1 // "that ministers had handed out cash": many, not the one minister named
				continue
			}
			if p := d.titleNamedInApposition(si, i+n-1); p >= 0 {
				cands = []int{p}
				break
			}
			if next := d.leadNamedNext(si, i); len(next) > 0 {
				// "A Liberal MP has quit the caucus. Liam Osei said ...":
				// the one the next sentence opens on, not another holder
				// of the title the article names later ("Conservative MP
				// Dana Roy")
				cands = next
				break
			}
			cands = d.namedBefore(d.holdersOf[d.canonicalOffice(o)], i)
			if c := d.countryRightBefore(si, i); c >= 0 {
				// "the Latvian president": the one holder of that state's
				// title, not another state's ("Ana Dorn, Estonia's president")
				cands = slices.DeleteFunc(cands, func(p int) bool {
					return slices.ContainsFunc(d.holderStates(p), func(h int) bool { return h != c })
				})
			}
			if len(cands) == 0 && !d.portfolioAfter(i+n, s.last) {
				cands = d.holdersOfKind(si, o)
			}
			if len(cands) == 0 && d.formerBefore(si, i) {
				cands = d.namedBefore(d.formerHoldersOfKind(o), i)
			}
			if len(cands) == 0 {
				cands = d.leadNamedNext(si, i)
			}
		case mediaNouns[t.lower]:
			n = 1
			if i+1 < s.last && d.toks[i+1].cap {
				continue
			}
			cands = d.media
		default:
			// "the defence ministry": a body of a longer name, not "a
			// court" or "the court" beside a Supreme Court
			if d.toks[i-1].lower != "the" {
				continue
			}
			if n, cands = d.bodyDescribed(si, i, -1, 2); n == 0 {
				continue
			}
		}
		m := mention{first: i, last: i + n, sent: si, via: "role", strong: true, ent: -1}
		m.start, m.end = d.toks[i].start, d.toks[i+n-1].end
		if len(cands) == 1 {
			m.kind = d.ents[cands[0]].kind
			d.ments = append(d.ments, m)
			d.link(len(d.ments)-1, cands[0])
		}
		i += n - 1
	}
}

// capitalNouns name a state's seat without naming it (data/words/capital_nouns.txt).
var capitalNouns = wordSet("capital_nouns.txt")

// seatNamed is the capital named before token i that the noun there
// ("the capital", "Estonia's capital") stands for: of the possessor
// state where there is one, else of the country the story is filed from
// or, with no dateline, is most about; none where the noun modifies
// another ("capital markets") or completes with "of", where its sentence
// names another state or a place of one (otherStateIn), or where no
// such capital, or more than one, is named.
func (d *doc) seatNamed(si, i, possessor int) []int {
	if i+1 < d.sents[si].last && d.toks[i+1].lower == "of" {
		return nil
	}
	x, w := d.tokenTree(si, i)
	if x == nil || w < 0 || x.pos(w) != "NOUN" {
		return nil
	}
	switch x.baseRel(w) {
	case "compound", "amod":
		return nil
	}
	state := ""
	if possessor >= 0 {
		if g := d.ents[possessor].gaz; g != nil {
			state = g.Country
		}
	} else if state = d.datelineCountry(); state == "" {
		state = d.homeCountry()
	}
	if state == "" || d.otherStateIn(si, state) {
		return nil
	}
	var out []int
	for ei, e := range d.ents {
		if e.capitalOf != nil && e.capitalOf.Country == state && e.kind == polgraph.KindPlace {
			if f := d.firstNamed[ei]; f >= 0 && f < i {
				out = append(out, ei)
			}
		}
	}
	return out
}

// otherStateIn reports whether sentence si names a state other than
// state (a code), or a place of another state or of none the lists
// know: "sanctions on officials in Varovia after police arrested
// protesters in the capital" is Varovia's capital, whatever the story
// is filed from.
func (d *doc) otherStateIn(si int, state string) bool {
	for _, mi := range d.mentionsIn(si) {
		m := &d.ments[mi]
		if !m.named() || m.ent < 0 {
			continue
		}
		e := d.ents[m.ent]
		switch {
		case e.kind != polgraph.KindCountry && e.kind != polgraph.KindPlace:
		case e.capitalOf != nil:
			if e.capitalOf.Country != state {
				return true
			}
		case e.gaz == nil || e.gaz.Country != state:
			return true
		}
	}
	return false
}

// restatingModifiers mark a description that restates someone met
// before (data/words/restating_modifiers.txt).
var restatingModifiers = wordSet("restating_modifiers.txt")

// otherPartyNouns are nouns for people a description with them names
// someone else, or many (data/words/other_party_nouns.txt).
var otherPartyNouns = wordSet("other_party_nouns.txt")

// restating reports whether word w is one of restatingModifiers, or ends
// in one of their suffixes ("52-year-old").
func restating(w string) bool {
	if restatingModifiers[w] {
		return true
	}
	for m := range restatingModifiers {
		if strings.HasPrefix(m, "-") && strings.HasSuffix(w, m) && len(w) > len(m) {
			return true
		}
	}
	return false
}

// restatedSubject links a definite description that opens sentence si and
// restates the one person the article has named before it: "Hana Lind was
// born in Vellin. The 52-year-old lawyer joined the Progress Party in
// 2014." The description is "the", lower-case modifiers of which one is
// of age or of a past ("former", "52-year-old"), and a noun for a person
// with no name after it; an article that has named several persons, or
// none, leaves it to no one.
func (d *doc) restatedSubject(si int) {
	s := &d.sents[si]
	i := s.first
	if i+2 >= s.last || d.toks[i].lower != "the" || d.inMention(i+1) {
		return
	}
	noun, marked := -1, false
	for j := i + 1; j < s.last && j <= i+4; j++ {
		t := &d.toks[j]
		if d.inMention(j) {
			return
		}
		if restating(t.lower) {
			marked = true // "52-year-old" is a number's token
			continue
		}
		if t.kind != tokWord || t.cap || t.allCaps {
			return
		}
		if personNouns[t.lower] {
			noun = j
			break
		}
	}
	if noun < 0 || !marked || otherPartyNouns[d.toks[noun].lower] {
		return
	}
	if next := &d.toks[noun+1]; next.kind == tokWord && (next.cap || personNouns[next.lower]) || next.lower == "'s" {
		return // "the former teacher Ana Holm": the name's title
	}
	person := -1
	for ei, f := range d.firstNamed {
		if f < 0 || f >= i || d.ents[ei].kind != polgraph.KindPerson {
			continue
		}
		if person >= 0 {
			return // two persons met: which one is not said
		}
		person = ei
	}
	if person < 0 {
		return
	}
	m := mention{first: noun, last: noun + 1, sent: si, via: "role", kind: polgraph.KindPerson, strong: true, ent: -1}
	m.start, m.end = d.toks[noun].start, d.toks[noun].end
	d.ments = append(d.ments, m)
	d.link(len(d.ments)-1, person)
}

// newPartyMember reports an indefinite description of a party's member
// at token i once a person has been named ("A Labour MP has also
// defected"): one of the party's many, not the one person the article
// has given the title.
func (d *doc) newPartyMember(si, i int) bool {
	if i < d.sents[si].first+2 || !indefiniteArticles[d.toks[i-2].lower] || d.firstPersonNamed < 0 || d.firstPersonNamed >= i {
		return false // a lead that holds the name back points ahead (namedBefore)
	}
	mi := d.mentionEndingAt(i, si)
	return mi >= 0 && d.ments[mi].kind == polgraph.KindParty
}

// holdersOfKind are the persons named in sentence si or the three before
// it who hold an office of which o is the kind, its title the last word
// of theirs: "the minister" right after "Foreign Minister Ada Holm" is
// she, where the article gives no one the bare title. Further back, the
// article may have named another minister by a title no list knows.
func (d *doc) holdersOfKind(si int, o *gazetteer.Office) []int {
	if strings.Contains(o.Title, " ") {
		return nil
	}
	var out []int
	for held, people := range d.holdersOf {
		if held == d.canonicalOffice(o) || !strings.HasSuffix(held.Title, " "+o.Title) {
			continue
		}
		for _, p := range people {
			if !slices.Contains(out, p) && slices.ContainsFunc(d.ents[p].ments, func(mi int) bool {
				return d.ments[mi].sent <= si && d.ments[mi].sent >= si-3
			}) {
				out = append(out, p)
			}
		}
	}
	slices.Sort(out) // the map's order is no order
	return out
}

// formerHoldersOfKind are the persons the article says once held an
// office of which o is the kind: "a former minister" in a lead is the
// "former infrastructure minister" named below, where only one is.
func (d *doc) formerHoldersOfKind(o *gazetteer.Office) []int {
	var out []int
	for ei, e := range d.ents {
		if slices.ContainsFunc(e.formerOffices, func(held *gazetteer.Office) bool {
			return held == o || !strings.Contains(o.Title, " ") && strings.HasSuffix(held.Title, " "+o.Title)
		}) {
			out = append(out, ei)
		}
	}
	return out
}

// portfolioAfter reports "of" or "for" at token i, before limit: the
// title goes on to its field ("its minister of international relations"),
// which the bare title's holders need not have.
func (d *doc) portfolioAfter(i, limit int) bool {
	return i < limit && (d.toks[i].lower == "of" || d.toks[i].lower == "for")
}

// titleBeforeName reports a title of n tokens at i that a name follows,
// at once or after a comma ("the justice minister, Ada Holm").
func (d *doc) titleBeforeName(i, n, last int) bool {
	return i+n < last && d.toks[i+n].cap && d.toks[i+n].kind == tokWord ||
		i+n+1 < last && d.toks[i+n].text == "," && d.toks[i+n+1].cap
}

// titleNamedInApposition is the person whose name, set off by a comma,
// completes in apposition, past the title's own phrase, a title whose last
// word is token i of sentence si ("the editor of the weekly Azadlig Press,
// Elnur Hasanli,"), or -1: the title is that person's, not a description
// of someone named before. The name need only lie in the title's subtree:
// the parse hangs it on the title, on its "of" phrase, or reads it into
// that phrase.
func (d *doc) titleNamedInApposition(si, i int) int {
	x, w := d.wordAt(si, i)
	if w < 0 {
		return -1
	}
	for _, mi := range d.mentionsIn(si) {
		m := &d.ments[mi]
		if m.first <= i+1 || d.toks[m.first-1].text != "," || !m.named() || m.ent < 0 || d.ents[m.ent].kind != polgraph.KindPerson {
			continue
		}
		if h := x.spanHead(m.first, m.last); h >= 0 && x.dominates(w, h) {
			return m.ent
		}
	}
	return -1
}

// bodyDescribed reads the words at token i as a description of a body the
// article names: "defence ministry" after "Pelsara's" is the Pelsaran
// Defence Ministry, the one organisation whose name ends in those words
// and begins with the possessor's nationality or name. It returns the
// description's length and the bodies it fits, or 0 where it has fewer
// than minWords words.
func (d *doc) bodyDescribed(si, i, possessor, minWords int) (int, []int) {
	var words []string
	end := -1 // after the last head word of a body ("defence ministry")
	for k := i; k < d.sents[si].last && k < i+4; k++ {
		t := &d.toks[k]
		if t.kind != tokWord || t.cap {
			break
		}
		words = append(words, foldWord(t.lower))
		if orgHeads[t.lower] {
			end = k + 1
		}
	}
	if end < 0 || end-i < minWords {
		return 0, nil
	}
	words = words[:end-i]
	var own []string // the words a body's name may begin with: any, without a possessor
	if possessor >= 0 {
		country := d.ents[possessor]
		own = append(cues.demonymForms(strings.ToLower(country.name)), lowerWords(country.name)...)
	}
	var cands []int
	for ei, e := range d.ents {
		pre := len(e.words) - len(words)
		if e.kind != polgraph.KindOrganization || pre < 1 || !slices.Equal(e.words[pre:], words) || !d.hasNamed(e) {
			continue
		}
		if possessor < 0 || !slices.ContainsFunc(e.words[:pre], func(w string) bool { return !slices.Contains(own, w) }) {
			cands = append(cands, ei)
		}
	}
	return end - i, cands
}

// pluralTitle reports a title written in the plural ("ministers"), whose
// last word is not the office's own: it describes many, not one holder.
func pluralTitle(last string, o *gazetteer.Office) bool {
	own := strings.ToLower(o.Title)
	if k := strings.LastIndexByte(own, ' '); k >= 0 {
		own = own[k+1:]
	}
	return last != own && strings.HasSuffix(last, "s")
}

// namedBefore keeps the entities named before token i: a description
// ("the minister") points back to someone the reader has met, not to a
// person the article names only later. A lead that holds the name back
// ("A Canadian MP has resigned", before any person is named) is the
// exception: there the description points ahead.
func (d *doc) namedBefore(ents []int, i int) []int {
	if d.firstPersonNamed < 0 || d.firstPersonNamed >= i {
		return ents
	}
	var out []int
	for _, ei := range ents {
		if f := d.firstNamed[ei]; f >= 0 && f < i {
			out = append(out, ei)
		}
	}
	return out
}

// leadNamedNext is the person a lead describes with "a" before naming
// anyone, when the sentence after it opens with that person's name and
// gives them no title of their own: "A federal MP attended three dinners
// with consulate officials, the Standard reported. Ivo Dorn, who has
// represented Kalgarra since 2016, denied it." Else nil.
func (d *doc) leadNamedNext(si, i int) []int {
	indefinite := false
	for j := i - 1; j >= d.sents[si].first && j >= i-3; j-- {
		if l := d.toks[j].lower; l == "a" || l == "an" {
			indefinite = true
			break
		}
	}
	if !indefinite || d.firstPersonNamed < 0 || d.firstPersonNamed < i || si+1 >= len(d.sents) || d.sentOf(d.firstPersonNamed) != si+1 {
		return nil
	}
	next := &d.sents[si+1]
	for _, mi := range d.sentMents[si+1] {
		m := &d.ments[mi]
		if m.first != d.firstPersonNamed {
			continue
		}
		if m.first != next.first || m.ent < 0 || len(d.ents[m.ent].offices) > 0 {
			return nil
		}
		return []int{m.ent}
	}
	return nil
}

// indexFirstNamed records where each entity, and the first person, is
// first named, for namedBefore.
func (d *doc) indexFirstNamed() {
	d.firstNamed = make([]int, len(d.ents))
	for ei := range d.firstNamed {
		d.firstNamed[ei] = -1
	}
	d.firstPersonNamed = -1
	for mi := range d.ments {
		m := &d.ments[mi]
		if !m.named() || m.ent < 0 {
			continue
		}
		if f := d.firstNamed[m.ent]; f < 0 || m.first < f {
			d.firstNamed[m.ent] = m.first
		}
		if d.ents[m.ent].kind == polgraph.KindPerson && (d.firstPersonNamed < 0 || m.first < d.firstPersonNamed) {
			d.firstPersonNamed = m.first
		}
	}
}

// mediaOrgs are the news outlets the article names in its body (an agency
// in the dateline is not "the newspaper").
func (d *doc) mediaOrgs() []int {
	var out []int
	for ei, e := range d.ents {
		if e.kind == polgraph.KindOrganization && d.isMedia(e) && d.inBody(e) {
			out = append(out, ei)
		}
	}
	return out
}

// inBody reports whether an entity is named outside headlines and datelines.
func (d *doc) inBody(e *entity) bool {
	for _, mi := range e.ments {
		if !d.sents[d.ments[mi].sent].headline {
			return true
		}
	}
	return false
}

// isMedia reports a news outlet: listed as one ("Le Monde"), by the end of
// its name ("Global News") or by what the article calls it ("Glas, a
// Varovian newspaper").
func (d *doc) isMedia(e *entity) bool {
	if e.gaz != nil && e.gaz.Media() {
		return true
	}
	w := lowerWords(e.name)
	if len(w) > 0 && mediaHeads[w[len(w)-1]] {
		return true
	}
	for _, mi := range e.ments {
		if d.ments[mi].media {
			return true
		}
	}
	return false
}

// inMention reports whether token i is inside a named mention.
func (d *doc) inMention(i int) bool {
	for _, mi := range d.sentMentsOf(i) {
		m := &d.ments[mi]
		if m.first <= i && i < m.last {
			return true
		}
	}
	return false
}

// sentMentsOf returns the mentions of the sentence holding token i (before
// indexing, all mentions).
func (d *doc) sentMentsOf(i int) []int {
	if d.sentMents != nil {
		si := d.sentOf(i)
		if si >= 0 {
			return d.sentMents[si]
		}
	}
	out := make([]int, len(d.ments))
	for k := range out {
		out[k] = k
	}
	return out
}

// sentOf returns the sentence holding token i, or -1.
func (d *doc) sentOf(i int) int {
	k, ok := slices.BinarySearchFunc(d.sents, i, func(s sentence, i int) int {
		switch {
		case s.last <= i:
			return -1
		case s.first > i:
			return 1
		}
		return 0
	})
	if !ok {
		return -1
	}
	return k
}

// mentionsIn is sentence si's mentions in text order. Before references
// index them, while entities are still being resolved (an unknown
// party's country asks for the story's home, which reads a dateline's
// lead), they are looked up one by one.
func (d *doc) mentionsIn(si int) []int {
	if d.sentMents != nil {
		return d.sentMents[si]
	}
	var in []int
	for mi := range d.ments {
		if d.ments[mi].sent == si {
			in = append(in, mi)
		}
	}
	slices.SortFunc(in, func(a, b int) int { return d.ments[a].start - d.ments[b].start })
	return in
}

// indexSentences lists each sentence's mentions in text order.
func (d *doc) indexSentences() {
	// The lists share one array, counted out first; each is capped at
	// its end, so that appending to one cannot overwrite the next.
	start := make([]int, len(d.sents)+1)
	for mi := range d.ments {
		start[d.ments[mi].sent+1]++
	}
	for si := range d.sents {
		start[si+1] += start[si]
	}
	all := make([]int, len(d.ments))
	d.sentMents = make([][]int, len(d.sents))
	for si := range d.sents {
		if start[si] < start[si+1] {
			d.sentMents[si] = all[start[si]:start[si]:start[si+1]]
		}
	}
	for mi := range d.ments {
		m := &d.ments[mi]
		d.sentMents[m.sent] = append(d.sentMents[m.sent], mi)
	}
	for _, l := range d.sentMents {
		slices.SortFunc(l, func(a, b int) int { return d.ments[a].start - d.ments[b].start })
	}
}

// joinedTo reports mention m joined to mention p right before it by "and"
// or "or": "Ana Holm and Lea Sorn".
func (d *doc) joinedTo(p, m *mention) bool {
	return p.last < len(d.toks) && m.first == p.last+1 && (d.toks[p.last].lower == "and" || d.toks[p.last].lower == "or")
}

// pronouns links he/she to the last person referred to, they to the last
// group, looking back at most two sentences.
func (d *doc) pronouns() {
	var lastPerson, lastGroup *mention
	var antecedentBefore func(si, i, g int) int
	lastPersonSent, lastGroupSent := -10, -10
	var named []namedPerson                   // the persons named so far, in order, without repeats in a row
	lastReferred, lastReferredSent := -1, -10 // the person the last pronoun stood for
	lastReferredTok := -1                     // and the pronoun's token
	subjects := make([]int, len(d.sents))     // each sentence's subject if a person, else -1
	for si := range d.sents {
		subjects[si] = -1
		var inPhrase *mention // the last name a preposition governs
		for _, mi := range d.sentMents[si] {
			m := &d.ments[mi]
			if d.inPP(m, d.sents[si].first) || inPhrase != nil && d.joinedTo(inPhrase, m) {
				inPhrase = m // "Backed by Ana Holm and Lea Sorn, he won": Sorn is the phrase's too
				continue
			}
			if m.via == "demonym" || d.toks[m.first].quoted || d.inOpeningQuote(si, m.first) {
				continue // a name inside the quote that opens "…, Holm said" is not its subject
			}
			if m.group == nil && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPerson {
				if m.last < d.sents[si].last && possessiveMarks[d.toks[m.last].lower] {
					break // "Dorn's story is told, she said": whose story, not the subject
				}
				subjects[si] = mi
			} else if d.personNamedAfter(si, mi) {
				subjects[si] = unparsedSubject // "Dravonia's defence minister, Sabina Korr, said": the tree tells
			}
			break // a group, an organisation or a place: not a "he" or "she"
		}
	}
	subject := func(si int) int {
		if subjects[si] == unparsedSubject {
			subjects[si] = d.personSubject(si)
		}
		return subjects[si]
	}
	// antecedent prefers the subject of this sentence (if it comes before
	// the pronoun), then of the two sentences before, then the last person
	// named, then the last one a pronoun stood for; a candidate of the
	// wrong gender is passed over: "Orlov accepted her
	// resignation" is not Orlov's. In an interview's turn, "he" and "she"
	// are someone other than the one who speaks it, who says "I", or the
	// one a question is put to, who is "you" (barred): "DORN: The party
	// expelled him" is not Dorn's.
	barred := -1
	agrees := func(g, ei int) bool { return ei != barred && d.agrees(g, ei) }
	antecedent := func(si, i, g int) int {
		barred = d.turnVoice(si, i)
		ei := antecedentBefore(si, i, g)
		if ei >= 0 && (ei == d.controllingSubject(si, i) || ei == barred) {
			return -1
		}
		return ei
	}
	antecedentBefore = func(si, i, g int) int {
		if ei := d.credited(si, i, g); ei >= 0 {
			return ei // "congratulated Ivo Dorn on his election"
		}
		if mi := subject(si); mi >= 0 && d.ments[mi].last <= i && agrees(g, d.ments[mi].ent) && !d.objectOfSubject(si, i, mi) {
			return d.ments[mi].ent
		}

		if lastPerson != nil && lastPersonSent == si && lastPerson.last+1 == i && d.toks[lastPerson.last].lower == "and" && agrees(g, lastPerson.ent) {
			// "The agency warned that Penwright and his family…": the
			// person just named, not an earlier subject
			return lastPerson.ent
		}
		if si > 0 && d.quoteTail(si, i) {
			// a quotation after a sentence that has someone speak is
			// theirs: "…, his spokeswoman Ana Holm told reporters. “They
			// broke down the door,” she said" is Holm's, not its subject's
			if mi := d.lastSpeaker(si - 1); mi >= 0 && agrees(g, d.ments[mi].ent) {
				return d.ments[mi].ent
			}
		}
		if lastPerson != nil && lastPersonSent == si && agrees(g, lastPerson.ent) && d.namedAboveClause(si, i, lastPerson) {
			// "Prosecutors opened an inquiry into Vornicu after a paper
			// reported that he had …": the person the clause above names
			return lastPerson.ent
		}
		if si > 0 && lastReferredSent == si-1 {
			if ei := d.topicKept(si, i, g, subject(si-1), lastReferred, lastReferredTok); ei >= 0 {
				return ei
			}
		}
		for k := si - 1; k >= 0 && k >= si-2; k-- {
			if mi := subject(k); mi >= 0 && agrees(g, d.ments[mi].ent) {
				return d.ments[mi].ent
			}
		}
		if mi := subject(si); mi >= 0 && d.ments[mi].first > i && d.inOpeningPhrase(si, i, d.ments[mi].first) && agrees(g, d.ments[mi].ent) {
			// "Since his appointment in June, Jan Serov has visited":
			// with no one just before to stand for, the phrase that
			// opens the sentence looks ahead to its subject
			return d.ments[mi].ent
		}
		if lastPerson != nil && si-lastPersonSent <= 2 && agrees(g, lastPerson.ent) {
			return lastPerson.ent
		}
		if lastReferred >= 0 && si-lastReferredSent <= 2 && agrees(g, lastReferred) {
			return lastReferred
		}
		return -1
	}
	d.turns = d.interviewTurns()
	for si := range d.sents {
		s := &d.sents[si]
		mis := d.sentMents[si]
		k := 0
		for i := s.first; i < s.last; i++ {
			for k < len(mis) && d.ments[mis[k]].first <= i {
				m := &d.ments[mis[k]]
				if m.via == "group" {
					lastGroup, lastGroupSent = m, si
				} else if m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPerson && m.ent != d.turnVoice(si, m.first) {
					// (the speaker a turn's label names is no one its
					// "he" or "she" looks back to)
					if lastPerson != nil && lastPersonSent == si && lastPerson.group == nil && lastPerson.ent != m.ent && d.namedAsPair(lastPerson, m) {
						// "Eva Lind and Otto Brand … They denied": two
						// persons named together are a group "they" and
						// "both" stand for
						lastGroup, lastGroupSent = &mention{via: "group", ent: -1, group: []int{lastPerson.ent, m.ent}}, si
					}
					lastPerson, lastPersonSent = m, si
					if n := len(named); n == 0 || named[n-1].ent != m.ent {
						named = append(named, namedPerson{m.ent, si})
					}
				}
				k++
			}
			t := &d.toks[i]
			if t.kind != tokWord || pronounsSingular[t.lower] && d.styleOfAddress(i) {
				continue
			}
			switch {
			case d.turns != nil && !t.quoted && d.turnPerson(si, t.lower) >= 0:
				// an interview's "I" is who answers, its question's "you"
				// the one it is put to
				p := mention{first: i, last: i + 1, sent: si, via: "pronoun", kind: polgraph.KindPerson, strong: true, start: t.start, end: t.end}
				d.ments = append(d.ments, p)
				d.link(len(d.ments)-1, d.turnPerson(si, t.lower))
			case pronounsSingular[t.lower]:
				d.genderFromOnlyPerson(named, si, i)
				if ei := antecedent(si, i, pronounGender(t.lower)); ei >= 0 {
					p := mention{first: i, last: i + 1, sent: si, via: "pronoun", kind: polgraph.KindPerson, strong: true, start: t.start, end: t.end}
					d.ments = append(d.ments, p)
					pi := len(d.ments) - 1
					d.link(pi, ei)
					// a profile names its subject once and then says "she"
					// for paragraphs: the person a pronoun stands for is
					// referred to again, and a "she" that opens its sentence
					// is the sentence's subject, for the pronouns after it
					// to look back to
					lastReferred, lastReferredSent, lastReferredTok = ei, si, i
					if subjectPronouns[t.lower] && d.opensSentence(si, i) {
						subjects[si] = pi
					}
				}
			case t.lower == "it" && i > s.first && (d.toks[i-1].lower == "that" || clauseVerbs[d.toks[i-1].lower] || d.clauseVerbBeforeTime(si, i)):
				// "China denied that it interfered", "Russia said it had
				// struck": a state or body speaks of itself
				if ei := d.bodySubject(si, i); ei >= 0 {
					p := mention{first: i, last: i + 1, sent: si, via: "pronoun", kind: d.ents[ei].kind, strong: true, start: t.start, end: t.end}
					d.ments = append(d.ments, p)
					d.link(len(d.ments)-1, ei)
				}
			case t.lower == "it" && si > 0 && i+1 < s.last && reportingWords[d.toks[i+1].lower] && (d.opensSentence(si, i) || d.toks[i-1].lower == ",") && d.tailSpeaker(si-1) >= 0:
				// "Russia launched 85 drones, Ukraine's air force said.
				// Air defences destroyed 60 of them, it said": the body
				// that spoke in the tail before speaks again, not the
				// subject of what it told
				ei := d.tailSpeaker(si - 1)
				d.ments = append(d.ments, mention{first: i, last: i + 1, sent: si, via: "pronoun", kind: d.ents[ei].kind, strong: true, start: t.start, end: t.end})
				d.link(len(d.ments)-1, ei)
			case t.lower == "it" && si > 0 && d.opensSentence(si, i) && i+1 < s.last && clauseVerbs[d.toks[i+1].lower]:
				// "The ministry said 40 people were held. It accused
				// radical groups of …": the body the sentence before
				// opened with speaks again
				if ei := d.bodySubject(si-1, d.sents[si-1].last); ei >= 0 {
					p := mention{first: i, last: i + 1, sent: si, via: "pronoun", kind: d.ents[ei].kind, strong: true, start: t.start, end: t.end}
					d.ments = append(d.ments, p)
					d.link(len(d.ments)-1, ei)
				}
			case t.lower == "both" && (lastGroup == nil || si-lastGroupSent > 2) && i+1 < s.last && personNouns[d.toks[i+1].lower]:
				// "Police arrested Tomas Drell. His partner, Ivan Venn,
				// was detained. Both men deny the charges": the last two
				// persons named, though named apart
				if pair := lastPairNamed(named, si); pair != nil && !d.pairCountedBefore(si, i) {
					d.ments = append(d.ments, mention{first: i, last: i + 2, sent: si, via: "group", kind: polgraph.KindPerson, strong: true, start: t.start, end: d.toks[i+1].end, ent: -1, group: pair})
				}
			case (t.lower == "two" || pairNouns[t.lower]) && d.bareTwo(si, i):
				// "Vasko met Morvik on Monday. The two (the pair) signed a deal": the
				// pair named together last, or else the last two persons
				// named, as "both men" stands for them
				group := lastPairNamed(named, si)
				if lastGroup != nil && si-lastGroupSent <= 2 {
					group = lastGroup.group
				}
				if group != nil {
					d.ments = append(d.ments, mention{first: i - 1, last: i + 1, sent: si, via: "group", kind: polgraph.KindPerson, strong: true, start: d.toks[i-1].start, end: t.end, ent: -1, group: group})
				}
			case numberWords[t.lower] > 2 && d.countedGroup(si, i) > 0:
				// "Ivo Dorn, Ada Holm and Petra Lind arrived … The three
				// leaders met", "All three denied": the list of that many
				// persons named last
				if group := d.listOf(numberWords[t.lower], si, i); group != nil {
					last := d.countedGroup(si, i)
					d.ments = append(d.ments, mention{first: i - 1, last: last, sent: si, via: "group", kind: polgraph.KindPerson, strong: true, start: d.toks[i-1].start, end: d.toks[last-1].end, ent: -1, group: group})
				}
			case pronounsPlural[t.lower] && lastGroup != nil && si-lastGroupSent <= 2:
				if t.lower == "they" && d.pluralSpeakerBefore(si, i) {
					continue // "officials said they had detained": the speakers
				}
				if lastGroupSent < si-1 && d.pluralNounSubject(si-1) {
					// "Drell and Venn appeared in court. Prosecutors accuse
					// Drell of fraud. They also accuse Venn": those named
					// between, not the pair named before them
					continue
				}
				last := i + 1
				if t.lower == "both" {
					// "Both men denied", "Both denied": not "both parties"
					if i+1 >= s.last {
						continue
					}
					switch next := d.toks[i+1].lower; {
					case personNouns[next]:
						last = i + 2
					case len(triggers[next]) == 0:
						continue
					}
				}
				p := mention{first: i, last: last, sent: si, via: "group", kind: polgraph.KindPerson, strong: true, start: t.start, end: d.toks[last-1].end, ent: -1, group: lastGroup.group}
				d.ments = append(d.ments, p)
			}
		}
	}
}

// genderFromOnlyPerson gives the one person the text has named before
// the "he" or "she" at token i of sentence si, whose name says no gender
// ("Kim", "Sasha", a name no list knows), the pronoun's gender: "Kim Tavor
// has died aged 74, his family said" tells that Tavor is a man, so a "she"
// after another person is named is not Tavor's. Only where one person
// fits, named in that sentence or the two before it, and not in a quote.
func (d *doc) genderFromOnlyPerson(named []namedPerson, si, i int) {
	g := pronounGender(d.toks[i].lower)
	if g == genderUnknown || len(named) != 1 || si-named[0].sent > 2 || d.toks[i].quoted {
		return
	}
	if ei := named[0].ent; d.genderOf(ei) == genderUnknown {
		d.genders[ei] = g
	}
}

// topicKept is the person a "he" or "she" that opens sentence si stands
// for when the sentence before named someone else as its subject and
// referred to this person by a pronoun as the object of the subject's
// verb: in "President Ivo Marn appointed him defence minister in 1993. He
// resigned in 1995", the one a pronoun already stood for is the one the
// article is telling of, not the one it names in passing; else -1.
func (d *doc) topicKept(si, i, g, subj, referred, referredTok int) int {
	if subj < 0 || referred < 0 || referredTok < 0 ||
		!subjectPronouns[d.toks[i].lower] || d.toks[i].quoted || !d.opensSentence(si, i) {
		return -1
	}
	m := &d.ments[subj]
	if m.via == "pronoun" || m.ent == referred || referredTok < m.last || !d.agrees(g, referred) || !d.objectOfSubject(si-1, referredTok, subj) {
		return -1
	}
	return referred
}

// pairNouns stand for two persons named together, as "the two" does
// (data/words/pair_nouns.txt).
var pairNouns = wordSet("pair_nouns.txt")

// pairCountedBefore reports a pair counted but not named in sentence si
// before token i: in "prosecutors charged two of its members with
// inciting violence, charges both men deny", "both men" are the two
// members, not the last two persons the article named.
func (d *doc) pairCountedBefore(si, i int) bool {
	for k := d.sents[si].first; k < i; k++ {
		if t := d.toks[k].lower; t == "two" || t == "2" {
			return true
		}
	}
	return false
}

// namedPerson is a person named in a sentence.
type namedPerson struct{ ent, sent int }

// lastPairNamed is the last two different persons named before sentence
// si, where both are named in the two sentences before it, and no third
// one between: not one named in si itself, who does what is done to
// "both men" ("Roth criticised both men").
func lastPairNamed(named []namedPerson, si int) []int {
	n := len(named)
	for n > 0 && named[n-1].sent >= si {
		n--
	}
	if n < 2 || named[n-2].sent < si-2 {
		return nil
	}
	a, b := named[n-2].ent, named[n-1].ent
	if a == b {
		return nil
	}
	return []int{a, b}
}

// listOf is the list of n persons named last before token i of sentence
// si, in it or the two sentences before it, or nil: the group "the three
// leaders" stands for. Only a sentence that names n persons or more is
// parsed for its lists.
func (d *doc) listOf(n, si, i int) []int {
	for sj := si; sj >= 0 && sj >= si-2; sj-- {
		count := 0
		for _, mi := range d.sentMents[sj] {
			if m := &d.ments[mi]; m.named() && m.ent >= 0 && m.first < i && d.ents[m.ent].kind == polgraph.KindPerson {
				count++
			}
		}
		if count < n {
			continue
		}
		var best []int
		at := -1
		for first, l := range d.personLists(sj) {
			if len(l) == n && first < i && first > at {
				best, at = l, first
			}
		}
		if best != nil {
			return best
		}
	}
	return nil
}

// personLists gives the lists of three persons or more that sentence si
// names as conjuncts of one another in its tree, joined by "and" ("Ivo
// Dorn, Ada Holm and Petra Lind met"), each under the first token of the
// mention that names its last member.
func (d *doc) personLists(si int) map[int][]int {
	x := d.syntaxOf(si)
	if x == nil {
		return nil
	}
	person := func(w int) *mention {
		m := d.mentionOver(si, x.token(w))
		if m == nil || m.ent < 0 || m.group != nil || !m.named() || d.ents[m.ent].kind != polgraph.KindPerson {
			return nil
		}
		return m
	}
	type list struct {
		ents  []int
		last  *mention
		anded bool
	}
	var lists []*list
	of := map[*mention]*list{}
	for w, rel := range x.tree.Rel {
		h := x.head(w)
		if rel != "conj" || h < 0 || h > w {
			continue
		}
		a, b := person(h), person(w)
		if a == nil || b == nil || a == b {
			continue
		}
		l := of[a]
		if l == nil {
			l = &list{ents: []int{a.ent}, last: a}
			lists = append(lists, l)
			of[a] = l
		}
		if of[b] != nil || slices.Contains(l.ents, b.ent) {
			continue
		}
		of[b], l.last = l, b
		l.ents = append(l.ents, b.ent)
		for _, c := range x.childrenWith(w, "cc") {
			l.anded = l.anded || strings.EqualFold(x.tree.Words[c], "and")
		}
	}
	var out map[int][]int
	for _, l := range lists {
		if len(l.ents) >= 3 && l.anded {
			if out == nil {
				out = map[int][]int{}
			}
			out[l.last.first] = l.ents
		}
	}
	return out
}

// countedGroup is the end of the phrase a number word at token i of
// sentence si opens after "the" or "all" that counts persons: "the three
// leaders", "all three", "the three" before a verb; or 0.
func (d *doc) countedGroup(si, i int) int {
	s := &d.sents[si]
	if i == s.first || d.toks[i-1].lower != "the" && d.toks[i-1].lower != "all" || i+1 >= s.last {
		return 0
	}
	if next := d.toks[i+1].lower; personNouns[next] || personNouns[strings.TrimSuffix(next, "s")] {
		return i + 2
	}
	if d.toks[i-1].lower == "all" || d.bareTwo(si, i) {
		return i + 1
	}
	return 0
}

// namedAsPair reports two persons' mentions joined by "and", right after
// each other ("Eva Lind and Otto Brand") or each with a charge of its own
// ("accused Eva Lind of fraud and Otto Brand of bribery", "charged Lind
// with fraud and Brand with perjury").
func (d *doc) namedAsPair(a, b *mention) bool {
	if b.first < 1 || a.last >= b.first || d.toks[b.first-1].lower != "and" {
		return false
	}
	if a.last+1 == b.first {
		return true
	}
	if p := d.toks[a.last].lower; p != "of" && p != "with" || b.first-a.last > 6 {
		return false
	}
	for j := a.last + 1; j < b.first-1; j++ {
		if t := d.toks[j]; t.kind != tokWord || t.cap {
			return false
		}
	}
	return true
}

// pluralNounSubject reports a sentence whose main verb's subject is a
// plural common noun ("Prosecutors accuse Drell of fraud"), which a "they"
// after it stands for sooner than two persons named before it.
func (d *doc) pluralNounSubject(si int) bool {
	x := d.syntaxOf(si)
	if x == nil {
		return false
	}
	r := x.tree.Root()
	return r >= 0 && slices.ContainsFunc(x.childrenWith(r, "nsubj", "nsubj:pass"), func(s int) bool {
		return x.tree.XPOS[s] == "NNS" && d.mentionOver(si, x.token(s)) == nil
	})
}

// pluralSpeakers are unnamed speakers in the plural who speak of
// themselves as "they" (data/words/plural_speakers.txt).
var pluralSpeakers = wordSet("plural_speakers.txt")

// pluralSpeakerBefore reports a "they" at token i right after a verb of
// saying (and its "that" or its time) whose subject, right before it, is
// one of pluralSpeakers or policeNouns: "Police said on Friday they had
// arrested X" is the police speaking of themselves; a passive after it
// ("they had been released") is told of others.
func (d *doc) pluralSpeakerBefore(si, i int) bool {
	first := d.sents[si].first
	for k := i + 1; k < min(i+3, d.sents[si].last); k++ {
		if l := d.toks[k].lower; l == "been" || l == "were" || l == "are" {
			return false // "officials said they had been released": those they speak of
		}
	}
	j := i - 1
	if j > first && d.toks[j].lower == "that" {
		j--
	}
	for _, t := range d.timesOf(si) {
		if j > first && t.end == d.toks[j].end {
			if j = d.tokenAt(t.start) - 1; j > first && prepositions[d.toks[j].lower] {
				j--
			}
		}
	}
	if j <= first || !clauseVerbs[d.toks[j].lower] {
		return false
	}
	w := d.toks[j-1].lower
	return pluralSpeakers[w] || policeNouns[w]
}

// clauseVerbBeforeTime reports a time expression right before token i
// that itself follows a verb of saying, with its preposition: "the
// ministry said on Tuesday it had opened an investigation".
func (d *doc) clauseVerbBeforeTime(si, i int) bool {
	for _, t := range d.timesOf(si) {
		if t.end != d.toks[i-1].end {
			continue
		}
		j := d.tokenAt(t.start)
		if j > d.sents[si].first && prepositions[d.toks[j-1].lower] {
			j--
		}
		return j > d.sents[si].first && clauseVerbs[d.toks[j-1].lower]
	}
	return false
}

// tailSpeaker is the state, party or body that speaks in a reporting
// tail of sentence si, after the clause it tells ("Russia launched 85
// drones overnight, Ukraine's air force said": Ukraine), or -1.
func (d *doc) tailSpeaker(si int) int {
	x := d.syntaxOf(si)
	if x == nil {
		return -1
	}
	for r, w := range x.tree.Words {
		h := x.head(r)
		tail := h >= 0 && h < r && reportedTail[x.baseRel(r)] || x.rel(r) == "root" && slices.ContainsFunc(x.childrenWith(r, "ccomp"), func(c int) bool { return c < r })
		if !tail || !reportingWords[strings.ToLower(w)] {
			continue
		}
		for _, c := range x.childrenWith(r, "nsubj") {
			// the body named, or the state whose force or ministry it is
			// ("the Ukrainian air force", "Ukraine's air force")
			for _, w := range append([]int{c}, x.childrenWith(c, "nmod:poss", "amod")...) {
				m := d.mentionOver(si, x.token(w))
				if m == nil || m.ent < 0 {
					continue
				}
				switch d.ents[m.ent].kind {
				case polgraph.KindCountry, polgraph.KindOrganization, polgraph.KindParty:
					return m.ent
				}
			}
		}
	}
	return -1
}

// bodySubject is the state, party or body that opens sentence si as its
// subject, before token i, or -1.
func (d *doc) bodySubject(si, i int) int {
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.via == "demonym" && m.first < i && d.demonymOfStateSubject(si, m) {
			return m.ent // "The French foreign ministry said it condemned": France's
		}
		if m.via == "demonym" || d.inPP(m, d.sents[si].first) || d.toks[m.first].quoted {
			continue
		}
		if m.first >= i || m.ent < 0 || m.group != nil || m.last < d.sents[si].last && possessiveMarks[d.toks[m.last].lower] {
			return -1
		}
		switch d.ents[m.ent].kind {
		case polgraph.KindCountry, polgraph.KindOrganization, polgraph.KindParty:
			return m.ent
		}
		return -1
	}
	return -1
}

// demonymOfStateSubject reports whether demonym mention m modifies the
// subject of its sentence, a noun that stands for a state ("the French
// foreign ministry", "the German government"): the state speaks.
func (d *doc) demonymOfStateSubject(si int, m *mention) bool {
	x, w := d.wordAt(si, m.first)
	if x == nil || w < 0 || x.rel(w) != "amod" {
		return false
	}
	h := x.head(w)
	return h >= 0 && x.rel(h) == "nsubj" && metonymyCues.stateNouns[strings.ToLower(x.tree.Words[h])]
}

// clauseVerbs are the one-word verbs of saying, reporting, accusing and
// denying, which a clause may follow without "that": "Russia said it had
// struck", "China denied it had interfered".
var clauseVerbs = func() map[string]bool {
	out := map[string]bool{}
	for w, ts := range triggers {
		for _, t := range ts {
			if len(t.words) == 1 && !t.noun && (t.speech || t.typ == "REPORT" || t.typ == "ACCUSATION" || t.typ == "DENIAL") {
				out[w] = true
			}
		}
	}
	return out
}()

// inOpeningPhrase reports whether token i lies in a phrase a preposition
// or conjunction of time opens at the start of sentence si, which a comma
// closes before token subj: "After her arrest in March, ...".
func (d *doc) inOpeningPhrase(si, i, subj int) bool {
	first := d.sents[si].first
	if !sequenceCases[d.toks[first].lower] && !subordinators[d.toks[first].lower] {
		return false
	}
	for j := first + 1; j < subj; j++ {
		if d.toks[j].text == "," {
			return j > i
		}
	}
	return false
}

// subjectPronouns are the singular pronouns that stand only as subjects.
var subjectPronouns = set("he she")

// opensSentence reports whether token i of sentence si comes before every
// mention of it outside a prepositional phrase: "After leaving parliament,
// she served", not "Holm said she".
func (d *doc) opensSentence(si, i int) bool {
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.first < i && !d.inPP(m, d.sents[si].first) {
			return false
		}
	}
	return true
}

// unparsedSubject marks a sentence whose subject only its tree can tell.
const unparsedSubject = -2

// personNamedAfter reports whether a person is named in sentence si after
// mention mi.
func (d *doc) personNamedAfter(si, mi int) bool {
	for _, mj := range d.sentMents[si] {
		if m := &d.ments[mj]; m.first >= d.ments[mi].last && m.group == nil && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPerson && m.named() {
			return true
		}
	}
	return false
}

// personSubject is the mention of the person the tree makes the subject
// of sentence si's main verb, itself or in apposition to it ("Freedom and
// Homeland's leader, Piet Mallory, has resigned"), or -1. It is asked only
// of a sentence whose first name is not a person's, when a pronoun after it
// looks back.
func (d *doc) personSubject(si int) int {
	x := d.syntaxOf(si)
	if x == nil {
		return -1
	}
	for root, h := range x.tree.Head {
		if h >= 0 {
			continue
		}
		for _, subj := range x.childrenWith(root, "nsubj", "nsubj:pass") {
			if mi := d.personAsSubject(si, x, subj); mi >= 0 {
				return mi
			}
		}
	}
	return d.openingApposition(si, x)
}

// personAsSubject is the mention of one person that subject word subj of
// sentence si names, or -1: the subject itself, or a name in apposition
// under it (which the parser may hang on the comma before it).
func (d *doc) personAsSubject(si int, x *syntax, subj int) int {
	if t := x.tree.XPOS[subj]; t == "NNS" || t == "NNPS" || len(x.childrenWith(subj, "conj")) > 0 {
		return -1 // "The two Michels, Michel Arnaud and Michel Dufresne,": no one "he"
	}
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.group != nil || m.ent < 0 || d.ents[m.ent].kind != polgraph.KindPerson {
			continue
		}
		if w := x.spanHead(m.first, m.last); w == subj || w >= 0 && x.rel(w) == "appos" && x.dominates(subj, w) && len(x.childrenWith(w, "conj")) == 0 {
			return mi
		}
	}
	return -1
}

// lastSpeaker is the person sentence si has speak last, the subject of
// its last verb of reporting ("Dorn was taken away, his spokeswoman Ana
// Holm told reporters": Holm), or -1.
func (d *doc) lastSpeaker(si int) int {
	x := d.syntaxOf(si)
	if x == nil {
		return -1
	}
	speaker := -1
	for t, word := range x.tree.Words {
		if !x.isVerb(t) || !reportingWords[strings.ToLower(word)] {
			continue
		}
		for _, subj := range x.childrenWith(t, "nsubj") {
			if mi := d.personAsSubject(si, x, subj); mi >= 0 {
				speaker = mi
			}
		}
	}
	return speaker
}

// inOpeningQuote reports whether token i lies inside a quotation that
// opens sentence si and that a verb of speech closes, however short:
// in "“The minister must go,” she said" the minister is spoken of, not
// the one who speaks, whom "she" stands for.
func (d *doc) inOpeningQuote(si, i int) bool {
	s := &d.sents[si]
	if i <= s.first || !openingQuotes[quoteMark(d.toks, s.first)] {
		return false
	}
	for k := i + 1; k < s.last; k++ {
		if closingQuotes[quoteMark(d.toks, k)] {
			for j := k + 1; j < s.last && j <= k+2; j++ {
				if reportingWords[d.toks[j].lower] {
					return true // "…,” she said", "…,” said Holm"
				}
			}
			return false
		}
	}
	return false
}

// quoteTail reports a pronoun at token i of sentence si that a quotation
// closes right before and a verb of speech follows: "“They broke down
// the door,” she said".
func (d *doc) quoteTail(si, i int) bool {
	return i > d.sents[si].first && i+1 < d.sents[si].last && closingQuotes[quoteMark(d.toks, i-1)] && reportingWords[d.toks[i+1].lower]
}

// openingApposition is the person named between commas after the verbless
// noun phrase that opens sentence si ("Varovia's foreign minister, Tomas
// Brevik, who has pushed for tougher measures, welcomed the move"), or
// -1: the name is that phrase's apposition and so the subject, which the
// parser, misled by a relative clause after it, may not have found.
func (d *doc) openingApposition(si int, x *syntax) int {
	first := d.sents[si].first
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.group != nil || m.ent < 0 || d.ents[m.ent].kind != polgraph.KindPerson || !m.named() {
			continue
		}
		if m.first-1 <= first || d.toks[m.first-1].text != "," || m.last >= d.sents[si].last || d.toks[m.last].text != "," {
			return -1
		}
		for i := first; i < m.first-1; i++ {
			if w := x.at(i); w >= 0 && (x.isVerb(w) || x.tree.XPOS[w] == "MD") {
				return -1
			}
		}
		return mi
	}
	return -1
}

// controllingSubject is the person named as the subject of the clause
// whose object (or oblique) is the pronoun at token i, or -1: in "Brask
// wrote to the Speaker asking him to declare the seats vacant", "asking"
// has no subject of its own and shares Brask, so "him" is someone else,
// as "himself" would be Brask.
// namedAboveClause reports whether pronoun i is the subject of a clause
// that leaves out person mention m, named before it in the sentence and
// outside a quote: the clause hangs under the one that names m, whose
// person it looks up to
// before the subjects of earlier sentences (a pronoun in m's own clause
// is bound apart from it, "Dorn thanked him").
func (d *doc) namedAboveClause(si, i int, m *mention) bool {
	x, p := d.tokenTree(si, i)
	if p < 0 || m.last > i || !subjectPronouns[d.toks[i].lower] {
		return false
	}
	switch x.rel(p) {
	case "nsubj", "nsubj:pass":
	default:
		return false
	}
	c, q := x.head(p), x.at(m.last-1)
	switch x.baseRel(c) {
	case "advcl", "ccomp", "acl", "xcomp":
		return q >= 0 && !d.toks[m.first].quoted && !x.dominates(c, q)
	}
	return false // a clause beside m's ("…, he told the paper"), not under it
}

func (d *doc) controllingSubject(si, i int) int {
	if l := d.toks[i].lower; l != "him" && l != "her" {
		return -1
	}
	x, p := d.tokenTree(si, i)
	if p < 0 {
		return -1
	}
	switch x.baseRel(p) {
	case "obj", "iobj", "obl":
	default:
		return -1
	}
	v := x.head(p)
	for v >= 0 && len(x.childrenWith(v, "nsubj", "nsubj:pass")) == 0 && (x.circumstance(v) || x.gerundOfTime(v)) {
		v = x.head(v) // "wrote …, asking him", "sacked … after accusing him": the participle's subject is the verb's
	}
	if v < 0 || !x.isVerb(v) {
		return -1
	}
	for _, s := range x.childrenWith(v, "nsubj") {
		for _, w := range append([]int{s}, x.childrenWith(s, "flat", "compound", "appos")...) {
			for k := len(d.ments) - 1; k >= 0; k-- { // the pronouns linked so far come last
				if m := &d.ments[k]; m.sent == si && m.first <= x.token(w) && x.token(w) < m.last && m.group == nil && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPerson {
					return m.ent
				}
			}
		}
	}
	return -1
}

// objectOfSubject reports whether the pronoun at token i is an object of
// the clause whose subject is mention mi: "Brandolin accused her" is not
// Brandolin, as a clause's object pronoun never stands for its own subject
// (that is what "herself" is for), while "Vonn announced her resignation"
// and "Vonn said the party had expelled her" may. Only object forms ask,
// so only their sentences are parsed for it.
func (d *doc) objectOfSubject(si, i, mi int) bool {
	if l := d.toks[i].lower; l != "him" && l != "her" {
		return false
	}
	x := d.syntaxOf(si)
	if x == nil {
		return false
	}
	p, s := x.at(i), x.spanHead(d.ments[mi].first, d.ments[mi].last)
	for s >= 0 && x.rel(s) == "appos" { // "leader Matthias Brandolin": the name is the title's
		s = x.head(s)
	}
	if p < 0 || s < 0 || x.baseRel(s) != "nsubj" {
		return false
	}
	switch x.baseRel(p) {
	case "obj", "iobj", "obl":
		return x.head(p) == x.head(s)
	}
	return false
}

// bareTwo reports a "the two" at token i of sentence si that stands alone
// for two persons: no noun after it, but a verb that tells an event, an
// auxiliary or a modal ("the two signed a deal", "the two have met
// twice", "the two will meet again"); not "the two countries", "the two
// leaders" (which the meeting's sides stand for), "the two of them"; so
// too "the pair" and the other words of pairNouns.
func (d *doc) bareTwo(si, i int) bool {
	s := &d.sents[si]
	if i == s.first || d.toks[i-1].lower != "the" || i+1 >= s.last {
		return false
	}
	next := d.toks[i+1].lower
	return len(triggers[next]) > 0 || beForms[next] || modals[next] || next == "have" || next == "had" || next == "also"
}

// styleOfAddress reports whether token i is a style written before the
// name that follows it, not a pronoun: "HE Oskar Brenn met", His
// Excellency abbreviated.
func (d *doc) styleOfAddress(i int) bool {
	return i+1 < len(d.toks) && d.toks[i+1].cap && d.x.gaz.Honorific(d.toks[i].text)
}
