package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// mention is a stretch of tokens that names or refers to an entity.
type mention struct {
	first, last int // tokens [first, last)
	start, end  int // bytes
	sent        int
	kind        string
	matches     []gazetteer.Match // gazetteer readings, when known
	via         string            // "name", "alias", "acronym", "demonym", "metonym", "run", "role", "pronoun", "group"
	strong      bool              // the kind comes from strong evidence
	office      *gazetteer.Office // an office title right before the name
	officeStart int               // its first token
	acronym     bool              // an unknown acronym or a short name: kept only if it refers to a name the article gives
	member      bool              // a plural party name in the singular ("a Social Democrat"): refers only to that party
	typed       bool              // a noun beside the name says its kind ("Holub, a town"; "the rights group Solvang")
	media       bool              // called a newspaper or broadcaster
	cued        bool              // a weak kind read off the context, not the default
	ent         int               // entity index after resolution, -1 before
	group       []int             // entities a plural mention stands for
	mission     string            // a diplomatic mission: what it is and whose ("embassy of China")
	missionOf   string            // the code of its state, where known
	missionHost string            // the code of the country it is in, where the text says
	paired      bool              // a side of two states joined by a hyphen ("Sino-US talks"): it names its state, adjective as it is
}

// named reports whether the mention names its entity (not a pronoun, role or demonym).
func (m *mention) named() bool {
	switch m.via {
	case "role", "pronoun", "group", "demonym":
		return false
	}
	return true
}

// recognize finds the named mentions and title cues of every sentence.
func (d *doc) recognize() {
	d.lowerSeen, d.capsSeen, d.bracketed = map[string]bool{}, map[string]bool{}, map[string]bool{}
	for i := range d.toks {
		if t := &d.toks[i]; t.allCaps && i >= 2 && i+1 < len(d.toks) && d.toks[i-1].text == "(" && d.toks[i+1].text == ")" && d.toks[i-2].cap {
			d.bracketed[t.text] = true // "the Democratic Alliance (DA)"
		}
		if t := &d.toks[i]; t.kind == tokWord && !t.cap && !t.allCaps {
			if !d.inAddress(i) { // "lotte.wilms@kb.nl" does not make "Lotte" a word
				d.lowerSeen[t.lower] = true
			}
		} else if t.kind == tokWord {
			d.capsSeen[t.lower] = true
		}
	}
	for si := range d.sents {
		d.recognizeSentence(si)
	}
	d.partiesTakenUp()
	d.dropUnattested()
	d.combinedStates()
	d.diplomaticMissions()
}

// numberedBody is the end of a body's name that a number opens after
// "the", the capitalised words after it ending in a body's head ("the
// 1922 Committee", "the 77 Brigade"), or 0: a year or a count before a
// name is no date of it.
func (d *doc) numberedBody(i, limit int) int {
	if d.toks[i].kind != tokNum || i == 0 || d.toks[i-1].lower != "the" || i+1 >= limit || !d.toks[i+1].cap || d.toks[i+1].kind != tokWord || d.toks[i+1].start != d.toks[i].end+1 {
		return 0
	}
	if strings.IndexFunc(d.toks[i].text, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return 0 // "the 250-member Assembly": a count of its members, no name
	}
	if n, _ := d.gazAt(i+1, limit); n > 0 {
		return 0 // "the 2019 European Parliament": a body the data knows, in a year
	}
	k := d.runEnd(i+1, limit)
	if !orgHeads[d.toks[k-1].lower] || d.firstOrgHead(i+1, k) != k-1 && !d.headOfAt(i+1, k) {
		return 0
	}
	return k
}

// combinedStates reads a state's name joined by a hyphen to a
// nationality's combining form before it ("Sino-US talks", "Indo-UK
// ties") as the nationality the pair is made of, as its partner is: the
// pair is one adjective ("Franco-German"), which names both states alike.
// Unlike a nationality alone ("Russian officials"), such a pair is what the
// phrase is about, the two states and their dealings ("Indo-US ties", "the
// Russo-Ukrainian war"): both sides are marked paired, which names their
// states as entities of the article. Two states' names so joined
// ("China-U.S. relations", "Vietnam-China talks") are the same pair.
func (d *doc) combinedStates() {
	for mi := range d.ments {
		m := &d.ments[mi]
		if !d.opensStatePair(m) || m.last+1 >= len(d.toks) || d.toks[m.last].text != "-" || !d.contiguous(m.first, m.last+2) {
			continue
		}
		for oi := range d.ments {
			o := &d.ments[oi]
			if o.first != m.last+1 || o.sent != m.sent || !statesOnly(o) {
				continue
			}
			asDemonym(m)
			asDemonym(o)
			m.paired, o.paired = true, true
		}
	}
}

// opensStatePair reports a mention that may open a pair of states joined
// by a hyphen: a nationality's combining form ("Sino") or a state's name.
func (d *doc) opensStatePair(m *mention) bool {
	if m.via == "demonym" {
		return m.last-m.first == 1 && combiningForm(d.toks[m.first].text) != ""
	}
	return statesOnly(m)
}

// statesOnly reports a mention the gazetteer knows only as states.
func statesOnly(m *mention) bool {
	return len(m.matches) > 0 && !slices.ContainsFunc(m.matches, func(g gazetteer.Match) bool { return g.Entry.Kind != polgraph.KindCountry })
}

// asDemonym makes a state's mention one read as its nationality, as a
// side of a pair is an adjective of the noun after it.
func asDemonym(m *mention) {
	if m.via == "demonym" {
		return
	}
	m.via, m.matches = "demonym", slices.Clone(m.matches)
	for k := range m.matches {
		m.matches[k].Via = "demonym"
	}
}

// inAddress reports whether token i is part of an e-mail or web address:
// joined without spaces to a neighbour by "@", "." or "/".
func (d *doc) inAddress(i int) bool {
	t := &d.toks[i]
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(d.toks) {
			continue
		}
		n := &d.toks[j]
		if (n.end == t.start || n.start == t.end) && (n.text == "@" || n.text == "." || n.text == "/") {
			if j+1 < len(d.toks) && j > 0 && d.toks[j-1].end == n.start && d.toks[j+1].start == n.end {
				return true
			}
		}
	}
	return false
}

// dropUnattested removes one-word names with no support: a capitalised
// word that opens a sentence and is never capitalised elsewhere ("Critics
// say ..."), or one the article also writes in lower case ("Federal").
func (d *doc) dropUnattested() {
	midCaps, lower, initials := map[string]bool{}, d.lowerSeen, map[string]int{}
	namingOpeners := map[string]bool{}
	for si := range d.sents {
		s := &d.sents[si]
		for i := s.first; i < s.last; i++ {
			t := &d.toks[i]
			if t.kind != tokWord {
				continue
			}
			if t.cap || t.allCaps {
				if d.sentenceInitial(i, s.first) {
					initials[t.lower]++
					namingOpeners[t.lower] = namingOpeners[t.lower] || d.personWordAt(i+1, si) || d.capitalAfterInnerMark(i, s.first)
				} else {
					midCaps[t.lower] = true
				}
			}
		}
	}
	keep := d.ments[:0]
	for _, m := range d.ments {
		if m.kind == "" && len(m.matches) == 0 {
			continue
		}
		if m.via == "run" && m.last-m.first == 1 && m.office == nil && !m.member && d.measureNameHead(m.first, d.sents[m.sent].first) {
			continue // "the Land Reform Bill", "the Public Order (Amendment) Bill": the head of a measure's name, no one called Bill
		}
		if m.via == "run" && m.last-m.first == 1 && !m.strong && !m.member {
			t := &d.toks[m.first]
			initial := d.sentenceInitial(m.first, d.sents[m.sent].first)
			if !firstNames[t.lower] && !t.allCaps && (initial && !midCaps[t.lower] && !d.repeatedOpenerName(&m, initials, namingOpeners) && !d.possessedName(&m) && !d.taggedOpener(&m) && !d.stateOpener(&m) || lower[t.lower]) {
				continue
			}
		}
		keep = append(keep, m)
	}
	d.ments = keep
}

// repeatedOpenerName reports whether the one word of mention m, which
// only ever opens sentences, opens enough of them to be a name: twice or
// more, once at least in a way that names it (namingOpeners: before a
// verb of saying or a possessive, "Dorn said"; after a quote, a bracket,
// a dash or a semicolon inside a sentence, a nickname or a short name,
// "Teodor 'Teo' Varga", "(Suhakam)"), or as the surname of a person named in full before. A
// live blog's key points repeat its entries' openings ("Turnout was 61%",
// "Clashes erupted in Karsk"), so repetition alone names no one.
func (d *doc) repeatedOpenerName(m *mention, initials map[string]int, namingOpeners map[string]bool) bool {
	w := d.toks[m.first].lower
	return initials[w] >= 2 && (namingOpeners[w] || d.surnameOfNamed(m))
}

// capitalAfterInnerMark reports whether token i follows a quote, an
// opening bracket, a dash or a semicolon that does not open its sentence
// (first), where no rule of writing asks for a capital: "Marek 'Kuba'
// Dudek", "the Human Rights Commission (Suhakam)", "; Jom gave a groan".
func (d *doc) capitalAfterInnerMark(i, first int) bool {
	if i-1 <= first {
		return false
	}
	p := d.toks[i-1].text
	return openers[p] || p == ";"
}

// measureNameHead reports a measure's noun at token i (measureNouns:
// "Bill", "Act") right after a capitalised word that is no title, or
// after a bracketed word: the last word of a measure's name ("the Land
// Reform Bill", "the Public Order (Amendment) Bill"), which the runs may
// cut off from the words before it.
func (d *doc) measureNameHead(i, first int) bool {
	t := &d.toks[i]
	if i <= first || !measureNouns[t.lower] || !d.contiguous(i-1, i+1) {
		return false
	}
	p := &d.toks[i-1]
	if p.text == ")" {
		return true
	}
	if p.kind != tokWord || !p.cap || d.honorificBefore(i, first) || genderedNouns[p.lower] != "" {
		return false
	}
	n, _ := d.officeAt(i-1, i)
	return n == 0
}

// minOpenerMargin is the margin from which the learned name tagger's
// reading of a name keeps a one-word name that opens its sentence and is
// named nowhere else (extract/entity, BENCHMARKS.md: its precision by
// margin).
const minOpenerMargin = 1.0

// taggedOpener reports a one-word name opening its sentence that the
// learned name tagger reads as a name, by at least
// minOpenerMargin: "Radiowave interviewed three experts" names a body
// where "Critics say" names none, which the tagger tells by the words
// around it, not by capitals. Words the lists know as common are left
// out, as the tagger has not seen them all in that place.
func (d *doc) taggedOpener(m *mention) bool {
	w := d.toks[m.first].lower
	if commonWords[w] || commonNouns[w] || calendarWords[w] || nonNames[w] || m.kind == "" {
		return false
	}
	x := d.taggedOf(m.sent)
	if x == nil {
		return false
	}
	lo, hi := x.at(m.first), x.lastWord(m.last-1)+1
	for _, s := range d.nameTagging(m.sent, x, false).names {
		if s.Start == lo && s.End == hi {
			for _, sc := range d.nameTagging(m.sent, x, true).spans {
				if sc.Span == s {
					return sc.Margin >= minOpenerMargin
				}
			}
		}
	}
	return false
}

// possessedName reports a one-word name that takes a possessive, which
// supports it as a name though it opens its sentence ("Varnessa's prime
// minister said"): words capitalised for their place rarely take one, and
// those that do ("Today's") are common or calendar words.
func (d *doc) possessedName(m *mention) bool {
	w := d.toks[m.first].lower
	return m.last < len(d.toks) && (d.toks[m.last].lower == "'s" || d.toks[m.last].lower == "’s") &&
		!commonWords[w] && !commonNouns[w] && !calendarWords[w]
}

// stateOpener reports a one-word name that opens its sentence as the doer
// of a verb whose object is a state's own ("Varovia on Tuesday recalled
// its ambassador", "Norland closed its border"): kind_cues.tsv's "its"
// words after "its" (and maybe one modifier), with a verb between and no
// punctuation. The tree is not built yet, so the words are read as the
// tagger tags them.
func (d *doc) stateOpener(m *mention) bool {
	w := d.toks[m.first].lower
	if commonWords[w] || commonNouns[w] || calendarWords[w] || nonNames[w] {
		return false
	}
	x := d.taggedOf(m.sent)
	if x == nil {
		return false
	}
	verb := false
	last := d.sents[m.sent].last
	if m.last < last && x.lemma(x.at(m.last)) == "be" {
		// "Kelmora is a landlocked country": kind_cues.tsv's
		// "predicate" nouns, the first noun after the copula
		return d.taggedNounCue(x, "predicate", m.last+1, min(last, m.last+5))
	}
	for j := m.last; j < last && j < m.last+8; j++ {
		t := &d.toks[j]
		if t.kind != tokWord {
			return false
		}
		if t.lower != "its" {
			if verb && m.kind == polgraph.KindPlace && d.taggedNounCue(x, "its", j, min(last, j+3)) {
				return true // "Veloria expelled two diplomats": a name its spelling reads as a place needs no "its", as mentionCues reads it
			}
			verb = verb || x.pos(x.at(j)) == "VERB"
			continue
		}
		for k := j + 1; k < last && k <= j+2 && d.toks[k].kind == tokWord; k++ {
			for _, sing := range []string{d.toks[k].lower, strings.TrimSuffix(d.toks[k].lower, "s")} {
				if cues.kind[[2]string{"its", sing}] != "" {
					return verb
				}
			}
		}
		return false
	}
	return false
}

// taggedNounCue reports whether the first noun the tagger tags among
// tokens [from, to) is a word of kind_cues.tsv's cue.
func (d *doc) taggedNounCue(x *syntax, cue string, from, to int) bool {
	for k := from; k < to; k++ {
		if d.toks[k].kind != tokWord {
			return false
		}
		if w := x.at(k); x.pos(w) == "NOUN" {
			l := d.toks[k].lower
			return cues.kind[[2]string{cue, l}] != "" || cues.kind[[2]string{cue, strings.TrimSuffix(l, "s")}] != ""
		}
	}
	return false
}

func (d *doc) recognizeSentence(si int) {
	s := &d.sents[si]
	var office *gazetteer.Office
	officeStart := -1
	personCue := false
	for i := s.first; i < s.last; {
		t := &d.toks[i]
		if k := d.numberedDistrict(i, s.last); k > 0 {
			// "the 14th District", "Ward 3": an electoral district
			// named by its number, no one's name
			d.addMention(mention{first: i, last: k, sent: si, via: "run", kind: polgraph.KindPlace, strong: true, officeStart: -1})
			office, personCue = nil, false
			i = k
			continue
		}
		if k := d.numberedBody(i, s.last); k > 0 {
			// "the 1922 Committee": a body named by a number
			d.addMention(mention{first: i, last: k, sent: si, via: "run", kind: polgraph.KindOrganization, strong: true, officeStart: -1})
			office, personCue = nil, false
			i = k
			continue
		}
		if t.kind != tokWord || !t.cap {
			// "Deputy of the Mejlis X", "Minister of Justice of the
			// Republic of Kazakhstan X": a chamber's title, or a title of
			// a state's formal name, goes on past "of the" to the name
			// after the body's; another does not ("Director of the
			// National Iodine Study", "chairman of the Cuban American
			// National Foundation")
			ofThe := t.lower == "the" && i > s.first && d.toks[i-1].lower == "of" && office != nil && (office.Body == "legislature" || d.stateFormAt(i+1, s.last))
			// "UN envoy to Yemen Karl Moss", "EU ambassador to the United
			// States Ana Holm": a diplomat's title goes on past the
			// posting, a name the gazetteer knows, to the name after it
			posting := d.postingGoesOn(office, i, s.first, s.last)
			if t.kind == tokWord && t.lower != "of" && !connectors[t.lower] && !ofThe && !posting || t.lower == "'s" || t.text == ";" || d.quoteCloses(i, s.first) {
				// a possessive closes the title too: what the Prime
				// Minister owns ("Prime Minister's Questions") is not the
				// Prime Minister; so does the end of a quotation: in
				// "'I never met a Russian minister,' X said" the title is
				// the speaker's words, not the speaker's post; a semicolon
				// parts a list's items ("X, the party's deputy leader; Y")
				office, personCue = nil, false
			}
			if t.kind == tokWord {
				if n, o := d.officeAt(i, s.last); n > 0 {
					if o.Body == "legislature" {
						d.chamberClosingTitle(si, i, i+n)
					}
					office, officeStart = o, i
					i += n
					continue
				}
			}
			i++
			continue
		}
		if office == nil && legislatorNouns[t.lower] && d.memberOfBody(i, s.last) {
			// "Deputy of the Mejlis Rustam Oralbek": a translated
			// transcript's legislator, titled by the chamber she sits in
			office, officeStart = d.memberOfParliament(), i
			i++
			continue
		}
		if office != nil && d.stateFormAt(i, s.last) && d.afterOf(i, s.first) && i+4 < s.last && d.toks[i+3].cap && d.toks[i+4].cap && d.toks[i+3].kind == tokWord {
			if gn, _ := d.gazAt(i, s.last); gn < 3 {
				// "the Minister of Justice of the Republic of Azhmara
				// Gulnara Sadyk": a state no data knows, by its formal
				// name, then the title's holder, who keeps the title; the
				// state is named by its short name, as "the Republic of
				// Azhmara" is elsewhere
				d.addMention(mention{first: i + 2, last: i + 3, sent: si, via: "run", kind: polgraph.KindCountry, strong: true, officeStart: -1})
				i += 3
				continue
			}
		}
		if k := d.lawNameEnd(i, s.last); k > 0 {
			// before the titles: "the Foreign Agents Registration Act" is
			// a law's name, no agent's; it names no entity, but a state or
			// a body the gazetteer knows inside it does
			d.lawNameParts(i, k, si)
			office, personCue = nil, false
			i = k
			continue
		}
		if k := d.memberGroupName(i, s.last); k > 0 {
			// before the titles: "Lawyers for Democracy" is no lawyer
			d.addMention(mention{first: i, last: k, sent: si, via: "run", kind: polgraph.KindOrganization, strong: true, officeStart: -1})
			office, personCue = nil, false
			i = k
			continue
		}
		if k := d.titleOpensPartyName(i, s.last); k > 0 {
			// before the titles: "the Justice Now party" is no judge
			d.addRun(i, k, si, nil, -1, false)
			office, personCue = nil, false
			i = k
			continue
		}
		titleAsGivenName := (office != nil || personCue) && d.givenNameNotTitle(i, s.last)
		// honorifics: "Mr.", "Rt. Hon.", "Dr"
		if on, o := d.officeAt(i, s.last); on > 0 && !titleAsGivenName && (on > 1 || !d.x.gaz.Honorific(t.text) || i+1 < s.last && (d.toks[i+1].cap || d.toks[i+1].lower == "of" || d.postingGoesOn(o, i+1, s.first, s.last))) && !orgHeads[d.toks[d.runEnd(i, s.last)-1].lower] && d.honorificAt(i, s.last) <= on && !d.partyOverTitle(i, on, s.last) {
			// (a longer honorific wins: "Sergeant Major" before a name)
			if k := d.titledBody(i, on, s.last); k > 0 {
				d.addRun(i, k, si, nil, -1, false)
				office, personCue = nil, false
				i = k
				continue
			}
			if gn, gm := d.gazAt(i, i+on); gn > 0 && gn < on {
				// "U.S. Secretary of State": the country inside the title is its body
				d.addMention(mention{first: i, last: i + gn, sent: si, matches: gm, via: gm[0].Via, strong: true, officeStart: -1})
			}
			if o.Body == "legislature" {
				d.chamberClosingTitle(si, i, i+on)
			}
			office, officeStart = o, i
			i += on
			continue
		}
		if nameTitles[t.lower] && i+1 < s.last && d.toks[i+1].cap && d.toks[i+1].kind == tokWord && d.runEnd(i+1, s.last) == i+2 {
			// "Sheikh Hasina": with one given name after it, the title
			// is how the press names the person
			if office == nil {
				officeStart = -1
			}
			d.addRun(i, i+2, si, office, officeStart, true)
			office, personCue = nil, false
			i += 2
			continue
		}
		if hn := d.honorificAt(i, s.last); hn > 0 && !titleAsGivenName && !orgHeads[d.toks[d.runEnd(i, s.last)-1].lower] && d.labelledState(i, 1) == "" && !d.nameSyllables(i, hn, s.last) { // "R-Miss.": a state
			if !personCue && office == nil {
				officeStart = i // the title starts here, for "Dr. Holm"
			}
			personCue = true
			i += hn
			if i < s.last && (d.toks[i].text == "." || isApos([]rune(d.toks[i].text)[0]) && d.toks[i].start == d.toks[i-1].end) {
				i++ // "Dr.", "Dato'"
			}
			continue
		}
		if eraWords[t.lower] && i > s.first && (d.toks[i-1].kind == tokNum || d.toks[i-1].lower == "century" || d.toks[i-1].lower == "millennium") {
			i++ // "3000 BC": an era, not British Columbia
			continue
		}
		if k := d.bodyOfThe(i, s.last); k > 0 {
			d.addRun(i, k, si, nil, -1, false)
			office, personCue = nil, false
			i = k
			continue
		}
		if d.chamberCaucus(i, s.last) {
			i++ // "House Republicans": the party's members in that chamber; the party is named
			office, personCue = nil, false
			continue
		}
		sentenceStart := d.sentenceInitial(i, s.first)
		// a gazetteer name, office title, or both: take the longest
		gn, gm := d.gazAt(i, s.last)
		on, o := d.officeAt(i, s.last)
		if gn < 2 && on == 0 && d.regionAdjective(i, s.last) {
			i += 2 // "the West African bloc", "Central American states": a region's adjective names nothing
			office, personCue = nil, false
			continue
		}
		// a title or an honorific right before the name, not "Mayor of London"
		titled := office != nil && officeStart >= 0 && i > s.first && d.toks[i-1].lower != "of"
		if gn == 1 && on == 0 && d.placeAsGivenName(i, s.last, gm, titled && d.toks[i-1].kind == tokWord) {
			gn = 0 // "Jordan Kessler": a person, read as a run below
		}
		if gn == 1 && on == 0 && d.placeAsSurname(i, s.last, gm, titled, personCue && d.honorificBefore(i, s.first)) {
			// "Florence denied it" after "Marco Florence": his surname,
			// whatever its ending says of a common noun
			d.addMention(mention{first: i, last: i + 1, sent: si, via: "run", kind: polgraph.KindPerson, strong: true, officeStart: -1})
			i++
			continue
		}
		if n, pm := d.oneOfKnownParty(i, s.last); n > gn && n > on && !personCue && office == nil {
			// "Karl Wendt, a Social Democrat,": one of the party the
			// gazetteer calls the Social Democrats, of the country the
			// article names (needsCountry)
			d.addMention(mention{first: i, last: i + n, sent: si, matches: pm, via: pm[0].Via, kind: polgraph.KindParty, strong: true, member: true, officeStart: -1})
			office, personCue = nil, false
			i += n
			continue
		}
		if n := d.singularOfPlural(i, s.last); n > gn && n > on && !personCue && office == nil {
			// "Social Democrat leader Irena Holub", "a Social Democrat":
			// one of the party the article calls the Social Democrats
			d.addMention(mention{first: i, last: i + n, sent: si, via: "run", kind: polgraph.KindParty, acronym: true, member: true, officeStart: -1})
			office, personCue = nil, false
			i += n
			continue
		}
		if gn == 0 && on == 0 && !personCue && office == nil && d.memberBeforeName(i, s.last) {
			// "Belgian Socialist Ivo Dorn said": the party's member word
			// says what he is, no part of his name
			d.addMention(mention{first: i, last: i + 1, sent: si, via: "run", kind: polgraph.KindParty, acronym: true, member: true, officeStart: -1})
			i++
			continue
		}
		if gn >= 2 && t.lower == "the" && d.longerNameAfterThe(i, gn, s.last) {
			i++ // "The Greens/EFA group": not the party "The Greens", the group the data knows by the longer name after "The"
			continue
		}
		if gn >= 2 && t.lower == "the" && gm[0].Entry.Kind == polgraph.KindOrganization && d.theOpensLongerName(i, gn, s.last) {
			i++ // "The Independent Electoral Commission": no newspaper "The Independent" at a sentence's start
			continue
		}
		// "US President Ana Holm said", "US forces struck": a common word
		// set in capitals where the sentence is not ("us" as "US") is the
		// acronym the gazetteer knows, at a sentence's start as anywhere
		capsAcronym := sentenceStart && t.allCaps && len(t.text) >= 2 && !d.shouting(si)
		if gn > 0 && gn >= on && !(sentenceStart && gn == 1 && commonWords[t.lower] && !capsAcronym && len(gm) > 0 && gm[0].Via != "name") {
			if k := d.nationalSectionEnd(i, gn, s.last); k > 0 {
				// "Transparency International Kenya", "the Red Cross of
				// Serbia": a state's own section of the body, one name
				d.addMention(mention{first: i, last: k, sent: si, via: "run", kind: polgraph.KindOrganization, strong: true, officeStart: -1})
				i = k
				office, personCue = nil, false
				continue
			}
			if k := d.runBeforeTitle(i+gn, d.runEnd(i, s.last)); d.gazNameGoesOn(i, gn, k, gm) {
				if pm := d.qualifiedName(i, gn, k, gm); pm != nil {
					// "Hong Kong Democratic Party": the territory's party of
					// the name, as "Hong Kong's Democratic Party" is
					d.addMention(mention{first: i, last: k, sent: si, matches: pm, via: pm[0].Via, strong: true, office: office, officeStart: officeStart})
					i = k
					office, personCue = nil, false
					continue
				}
				if d.toks[i].lower == "the" && (gm[0].Entry.Kind == polgraph.KindOrganization || gm[0].Entry.Kind == polgraph.KindParty) {
					i++ // "The Independent Electoral and Boundaries Commission": not the newspaper's "The"; "The Hague" keeps its own
				}
				d.addRun(i, k, si, office, officeStart, personCue)
				i = k
				office, personCue = nil, false
				continue
			}
			posted := office != nil && office.Body == "diplomatic" && d.afterPosting(i, s.first)
			named := mention{first: i, last: i + gn, sent: si, matches: gm, via: gm[0].Via, strong: true, office: office, officeStart: officeStart}
			if posted {
				named.office, named.officeStart = nil, -1 // "Poland" of "ambassador to Poland" holds no post
			}
			d.addMention(named)
			ofBody := office != nil && (d.afterOf(i, s.first) || posted) && i+gn < s.last && d.toks[i+gn].cap
			i += gn
			if !ofBody { // "President of Varovia Ilie Maranescu", "envoy to Yemen Karl Moss" keep the title
				office, personCue = nil, false
			}
			continue
		}
		if on > 0 {
			if k := d.titledBody(i, on, s.last); k > 0 {
				d.addRun(i, k, si, nil, -1, false)
				office, personCue = nil, false
				i = k
				continue
			}
			if gn > 0 && gn < on {
				// "U.S. Secretary of State": the country inside the title is its body
				d.addMention(mention{first: i, last: i + gn, sent: si, matches: gm, via: gm[0].Via, strong: true, officeStart: -1})
			}
			if o.Body == "legislature" {
				d.chamberClosingTitle(si, i, i+on)
			}
			office, officeStart = o, i
			i += on
			continue
		}
		// "May Holm", "Jan de Vries", "Jan van der Berg": a month's name
		// as a given name
		givenName := calendarWords[t.lower] && nameMonth(d, i, s.last) && i+1 < s.last && d.toks[i+1].kind == tokWord &&
			(d.toks[i+1].cap || particles[d.toks[i+1].lower] && i+2 < s.last && d.toks[i+2].cap || d.particleRun(i+1, s.last) > 0) ||
			d.nameAbbreviation(i, s.last)
		// "Per Sandell won": a given name that is a common word too
		givenCommon := firstNames[t.lower] && i+1 < s.last && d.toks[i+1].kind == tokWord && d.toks[i+1].cap && !commonWords[d.toks[i+1].lower] &&
			(i+2 >= s.last || !d.toks[i+2].cap) && !(s.headline && d.titleCased(si)) && !d.auxiliaryQuestion(i, si)
		// "US Airways said": a common word in capitals before a name
		// that is not in capitals ("us" as "US") is a name's acronym
		acronymOpens := t.allCaps && len(t.text) >= 2 && i+1 < s.last && d.toks[i+1].kind == tokWord && d.toks[i+1].cap && !d.toks[i+1].allCaps
		if sentenceStart && (commonWords[t.lower] && !givenCommon && !acronymOpens || calendarWords[t.lower] && !givenName) && !(placeOpeners[t.lower] && i+1 < s.last && d.toks[i+1].cap) || t.lower == "the" {
			// "..., The Daily Lantern reported": a capital "The" that opens
			// no name the gazetteer knows ("The Hague") is the article
			// before one, as in "the Daily Lantern"
			i++
			continue
		}
		if sentenceStart && partyAdjectives[t.lower] && i+1 < s.last && d.toks[i+1].cap {
			if n, _ := d.gazAt(i+1, s.last); n > 0 {
				i++ // "Ruling Fidesz party claims victory": where the party stands, no part of a name the gazetteer knows
				continue
			}
		}
		if sentenceStart && partyAdjectives[t.lower] && i+1 < s.last && d.toks[i+1].kind == tokWord && !d.toks[i+1].cap {
			i++ // "Ruling party slips to third": where a party stands, before a noun, names none
			continue
		}
		if sentenceStart && d.jobBeforeName(i, s.last) {
			i++ // "Businessman Igor Sava was convicted": what he is, no part of his name
			continue
		}
		if exPrefixed(t.lower) && (hyphenLower(t.text) || d.x.gaz.OfficeStarts(t.lower[3:])) {
			i++ // "Ex-president Tomas Brevik": a former title, no part of the name
			office, personCue = nil, false
			continue
		}
		if compassWords[t.lower] && d.opensPartyName(i, s.last) {
			// "Northern Left deputies": the compass word opens the party's name
			d.addMention(mention{first: i, last: i + 2, sent: si, via: "run", kind: polgraph.KindParty, strong: true, officeStart: -1})
			office, personCue = nil, false
			i += 2
			continue
		}
		if calendarWords[t.lower] && !givenName || nonNames[t.lower] && !d.bodyOf(i, s.last) && !d.givenNonName(i, s.last) && !d.opensBodyName(i, s.last) || contraction(t.text) || peoples[t.lower] && !(i+1 < s.last && d.toks[i+1].cap) {
			i++
			continue
		}
		if k := d.nicknamedName(i, s.last); k > 0 {
			// 'Teodor "Teo" Varga': one person, the nickname inside
			d.addMention(mention{first: i, last: k, sent: si, via: "run", kind: polgraph.KindPerson, strong: true, office: office, officeStart: officeStart})
			office, personCue = nil, false
			i = k
			continue
		}
		k := d.runEnd(i, s.last)
		// stop the run where an office begins, then where a gazetteer
		// name does among the words before the office: in "a Civic Bloc
		// MP" the name is "Civic Bloc", of party words only, not "Bloc"
		k = d.titleInRun(i, k)
		for j := i + 1; j < k; j++ {
			if d.toks[j].kind != tokWord || !d.toks[j].cap {
				continue
			}
			if n, ms := d.gazAt(j, k); n > 0 && d.nameStartsInRun(i, j, n, k, si, ms, office != nil || personCue) {
				k = j
				break
			}
		}
		for k > i+1 && (connectors[d.toks[k-1].lower] || d.toks[k-1].lower == "'s") {
			k--
		}
		if j := d.bodyThenName(i, k, si); office != nil && j > 0 {
			// "Deputy of the Mejlis Rustam Oralbek": the body the title is
			// of, then its holder, who keeps the title
			d.addMention(mention{first: i, last: j, sent: si, via: "run", kind: polgraph.KindOrganization, strong: true, officeStart: -1})
			i = j
			continue
		}
		if j := d.placeThenName(i, k, si); office != nil && j > 0 {
			// "the mayor of Trnava Peter Dulik": the place the title is
			// of, then its holder, who keeps the title
			d.addRun(i, j, si, nil, -1, false)
			i = j
			continue
		}
		if j := i - 1; j >= s.first && particles[d.toks[j].text] && (j == s.first || !d.toks[j-1].cap) && k-i == 1 {
			i = j // "de Tocqueville", "van Gogh": the particle belongs to the surname
			if j--; j >= s.first && particles[d.toks[j].text] && connectors[d.toks[i].text] && (j == s.first || !d.toks[j-1].cap) {
				i = j // "van der Berg"
			}
		}
		d.addRun(i, k, si, office, officeStart, personCue)
		office, personCue = nil, false
		i = k
	}
}

// memberOfBody reports a legislator's noun at token i ("Deputy",
// "Member") that opens no longer title and that "of", maybe "the", and a
// capitalised word follow: "Deputy of the Mejlis".
// chamberCaucus reports a chamber's word that opens a run of its party's
// members ("House Republicans", "Assembly Democrats"): what follows is a
// party the gazetteer knows, closing the run, and the chamber's word is
// no part of the party's name.
func (d *doc) chamberCaucus(i, limit int) bool {
	if !legislatureWords[foldWord(d.toks[i].lower)] || i+1 >= limit || !d.contiguous(i, i+2) {
		return false
	}
	if gn, _ := d.gazAt(i, limit); gn > 0 {
		return false // "House of Lords"; "Senate Democrats", where the chamber is a name of its own
	}
	gn, gm := d.gazAt(i+1, limit)
	return gn > 0 && i+1+gn == d.runEnd(i, limit) && gm[0].Entry.Kind == polgraph.KindParty
}

func (d *doc) memberOfBody(i, limit int) bool {
	if n, _ := d.officeAt(i, limit); n > 0 || i+2 >= limit || d.toks[i+1].lower != "of" {
		return false
	}
	k := i + 2
	if d.toks[k].lower == "the" {
		k++
	}
	return k < limit && d.toks[k].kind == tokWord && d.toks[k].cap
}

// stateFormWords open a state's formal name
// (data/words/state_form_words.txt).
var stateFormWords = wordSet("state_form_words.txt")

// stateFormAt reports a state's formal name at token i, before limit: a
// word of stateFormWords, "of" and a capitalised word ("Republic of
// Azhmara").
func (d *doc) stateFormAt(i, limit int) bool {
	return i+2 < limit && d.toks[i].cap && stateFormWords[d.toks[i].lower] && d.toks[i+1].lower == "of" && d.toks[i+2].cap && d.toks[i+2].kind == tokWord
}

// afterOf reports "of" or "of the" right before token i, in a sentence
// that starts at token first: "President of Varovia", "Deputy of the
// Mejlis".
func (d *doc) afterOf(i, first int) bool {
	j := i - 1
	if j > first && d.toks[j].lower == "the" {
		j--
	}
	return j > first && d.toks[j].lower == "of"
}

// postingCases open the place or body a diplomat is posted to, after the
// title: "ambassador to Japan", "envoy for Yemen", "consul in Lyon".
var postingCases = set("to for in")

// afterPosting reports a word of postingCases, maybe with "the", right
// before token i, in a sentence that starts at token first: "envoy to
// Yemen", "ambassador to the United States".
func (d *doc) afterPosting(i, first int) bool {
	j := i - 1
	if j > first && d.toks[j].lower == "the" {
		j--
	}
	return j > first && postingCases[d.toks[j].lower]
}

// postingGoesOn reports a diplomat's title, of office o, going on at
// token i past the posting to a name the gazetteer knows: "to" of "envoy
// to Yemen Karl Moss", "the" of "Ambassador to the United States Ana
// Holm". A title that is an honorific too ("Ambassador") is a title there,
// not the honorific of a name.
func (d *doc) postingGoesOn(o *gazetteer.Office, i, first, limit int) bool {
	return o != nil && o.Body == "diplomatic" && (postingCases[d.toks[i].lower] || d.toks[i].lower == "the" && d.afterPosting(i, first)) && d.knownNameAfter(i, limit)
}

// knownNameAfter reports a name the gazetteer knows right after token i,
// or after "the" there: where the name is none it knows, its capitalised
// words may run on into the holder's ("to Dravonia Ana Lisk").
func (d *doc) knownNameAfter(i, limit int) bool {
	k := i + 1
	if k < limit && d.toks[k].lower == "the" {
		k++
	}
	n, _ := d.gazAt(k, limit)
	return n > 0
}

// memberOfParliament is the office of data/offices.tsv a legislator holds.
func (d *doc) memberOfParliament() *gazetteer.Office {
	o, _ := d.x.gaz.Office("Member of Parliament")
	return o
}

// bodyThenName is where a name starts in the run [i, k) of sentence si
// that follows a title and "of" or "of the" ("Deputy of the Mejlis Rustam
// Oralbek"): after a word that ends a body's name (a legislature's word,
// an organisation's head, the short name of a state's formal one: "the
// Republic of Azhmara Gulnara Sadyk"), two or more capitalised words, none
// a connector; else 0.
func (d *doc) bodyThenName(i, k, si int) int {
	if !d.afterOf(i, d.sents[si].first) {
		return 0
	}
	for n := i + 1; n+2 <= k; n++ {
		if w := d.toks[n-1].lower; !legislatureWords[foldWord(w)] && !orgHeads[w] && !(n-3 == i && d.stateFormAt(i, k)) {
			continue
		}
		name := true
		for q := n; q < k && name; q++ {
			name = d.toks[q].kind == tokWord && d.toks[q].cap && !connectors[d.toks[q].lower] && !orgHeads[d.toks[q].lower]
		}
		if name {
			return n
		}
	}
	return 0
}

// placeThenName is where a person's name starts in the run [i, k) of
// sentence si that follows a title and "of" ("the mayor of Trnava Peter
// Dulik"): one word, no given name, then a given name and a surname or
// two; else 0.
func (d *doc) placeThenName(i, k, si int) int {
	if k-i < 3 || k-i > 4 || !d.afterOf(i, d.sents[si].first) || d.toks[i-1].lower != "of" || firstNames[d.toks[i].lower] || !firstNames[d.toks[i+1].lower] {
		return 0
	}
	for q := i; q < k; q++ {
		if t := &d.toks[q]; t.kind != tokWord || !t.cap || t.allCaps || connectors[t.lower] || orgHeads[t.lower] || placeHeads[t.lower] {
			return 0
		}
	}
	return i + 1
}

// gazNameGoesOn reports whether the gazetteer's name of gn tokens at i
// (its matches gm) opens the longer name that the capitalised run [i, k)
// is. A run ending in an organisation's word is one name ("Varovia
// Airways", "Royal Varovian Air Force"), and so is one that goes on with
// "of" or "for" after a body's head ("National Assembly of Kavrania": not
// France's) or after a broadcaster's medium ("Voice of Kyiv": no city),
// unless another name the gazetteer knows is inside it. A longer name of
// party words only is the article's own party ("Freedom and Justice
// Alliance"), not the shorter ones inside; a nationality is the first word
// of the name an acronym abbreviates ("the Rwandan Patriotic Shield
// (RPS)"); and a place of another state inside a nationality's body's
// name is part of the name, not where the body is ("the Ukrainian
// Helsinki Human Rights Union"; "the Georgian Tbilisi City Court" is
// Tbilisi's).
func (d *doc) gazNameGoesOn(i, gn, k int, gm []gazetteer.Match) bool {
	if k <= i+gn {
		return false
	}
	end, last, next := d.toks[k-1].lower, d.toks[i+gn-1].lower, d.toks[i+gn].lower
	demonym := gn == 1 && gm[0].Via == "demonym"
	partyWordsOnly := d.partyWordsOnly(i, k)
	abbreviated := demonym && d.acronymAfter(i, k)
	headed := partyWordsOnly || abbreviated || demonym && d.beforeBodyNoun(k) && !d.partyWordsAfter(i+gn, k) || orgHeads[end] || placeHeads[end] && k == i+gn+1 ||
		(orgHeads[last] || mediaOpeners[last]) && (next == "of" || next == "for") || d.headOfAt(i+gn, k)
	if gm[0].Entry.Kind == polgraph.KindCountry && gm[0].Via == "name" && d.partyWordsOnly(i+gn, k) && cues.partyHeads[end] {
		return true // "the Pakistan Justice Movement", "the Kenya Freedom Party": a state's name opens its party's
	}
	if gm[0].Entry.Kind == polgraph.KindParty && k == i+gn+1 && membersName([]string{end}) {
		return true // "the Alba Democrats": a known party's short name opens another party's, named by its members
	}
	if demonym && d.federatedBodyAt(i+gn, k) {
		return true // "the Ghanaian Red Cross": the country's own society, not the international body
	}
	return headed && (!d.gazInside(i+gn, k) || gn == 1 && mediaOpeners[d.toks[i].lower] || partyWordsOnly || abbreviated ||
		demonym && orgHeads[end] && d.foreignPlacesInside(i+gn, k, gm[0].Entry.Country))
}

// federatedBodies are the international bodies made of national
// societies or sections that the press names by their country's demonym
// (data/words/federated_bodies.txt).
var federatedBodies = wordSet("federated_bodies.txt")

// federatedBodyAt reports whether tokens [i, k) are, whole, the name of
// one of the federatedBodies.
func (d *doc) federatedBodyAt(i, k int) bool {
	n, ms := d.gazAt(i, k)
	if n != k-i {
		return false
	}
	for _, m := range ms {
		if federatedBodies[m.Entry.ID] {
			return true
		}
	}
	return false
}

// nationalSectionEnd is the end of the name of a federated body's
// section in one state that starts with the body's name at tokens [i,
// i+gn): the state's name right after it ("Transparency International
// Kenya", "Amnesty International Nigeria") or after "of" ("the Red Cross
// of Serbia"); else 0. The section is a body of its own, and the state
// no agent of what it does.
func (d *doc) nationalSectionEnd(i, gn, limit int) int {
	j := i + gn
	if j < limit && d.toks[j].lower == "of" {
		j++
	}
	if j >= limit || !d.contiguous(i, j+1) || !d.federatedBodyAt(i, i+gn) {
		return 0
	}
	if n := d.stateNameAt(j, limit); n > 0 {
		return j + n
	}
	return 0
}

// stateNameAt is the length in tokens of a state's own name (not its
// nationality, nor a city standing for it) that the gazetteer knows at
// token i, or 0.
func (d *doc) stateNameAt(i, limit int) int {
	n, ms := d.gazAt(i, limit)
	if n > 0 && slices.ContainsFunc(ms, func(m gazetteer.Match) bool {
		return m.Entry.Kind == polgraph.KindCountry && (m.Via == "name" || m.Via == "alias")
	}) {
		return n
	}
	return 0
}

// nameStartsInRun reports whether the gazetteer's name of n tokens at j,
// inside the run [i, k) of capitalised words in sentence si, names a
// thing of its own, so that the run ends before it. ms are its matches;
// titled says a title or a person's cue comes before the run.
func (d *doc) nameStartsInRun(i, j, n, k, si int, ms []gazetteer.Match, titled bool) bool {
	switch {
	case d.genericMatch(j, n, ms), d.partyEnds(j, n, k, ms):
		return false
	case j == i+1 && placeOpeners[d.toks[i].lower] && j+n == k:
		return false // "New England" is not England: an opener makes another place
	case d.placeInsideName(i, j, k, ms) && (titled || firstNames[d.toks[i].lower]):
		return false
	case d.bodyWordEndsName(i, j, k, si, ms):
		return false
	case j == k-1 && n == 1 && (firstNames[d.toks[i].lower] || titled) && demonymNoun(d.toks[j].text, ms):
		return false // "Ella Swede", "Sir Graham Pole": a nationality's noun after a given name or a title is a surname
	}
	return !d.runIsOneName(i, k, si)
}

// demonymNoun reports a word that the matches ms read only as one of a
// nationality, in the singular and not its adjective ("Pole", "Dane",
// "Swede"; not "Polish", "Russian", "Poles"): a word surnames share, where
// the adjective before a noun ("Maria Russian troops") is no name's.
func demonymNoun(w string, ms []gazetteer.Match) bool {
	if len(ms) == 0 || strings.HasSuffix(w, "s") {
		return false
	}
	for _, g := range ms {
		if g.Via != "demonym" || len(g.Entry.Demonyms) == 0 || strings.EqualFold(g.Entry.Demonyms[0], w) {
			return false
		}
	}
	return true
}

// runIsOneName reports a run of capitalised words [i, k) in sentence si
// that is one name, whatever names the gazetteer knows inside it: a
// person's by the apposition after it; a party's in the plural ("the
// Social Liberals" are not the Liberals) or of party words only (not the
// party of a shorter name inside); a body's that its head ends or opens
// with "of" or "for"; a broadcaster's that its medium opens ("Radio
// Dakar" is no city).
func (d *doc) runIsOneName(i, k, si int) bool {
	first, next := d.toks[i].lower, d.toks[i+1].lower
	return d.personByApposition(i, k, si) || d.pluralPartyRun(i, k) || d.partyWordsOnly(i, k) || d.beforePartyNoun(k) ||
		orgHeads[d.toks[k-1].lower] && k-i >= 2 || orgHeads[first] && (next == "of" || next == "for") ||
		mediaOpeners[first] || d.stateClosesBody(i, k)
}

// stateClosesBody reports a run [i, k) of two words or more and a body's
// head, then the name of the state the body works in, which closes it:
// "the Anti-Corruption Coalition Uganda", "Human Rights Network Uganda"
// name a national body, and the state is no agent of what it does.
func (d *doc) stateClosesBody(i, k int) bool {
	for j := i + 2; j < k; j++ {
		if orgHeads[d.toks[j-1].lower] && d.stateNameAt(j, k) == k-j {
			return true
		}
	}
	return false
}

// beforeBodyNoun reports a run that ends right before a lower-case noun
// the press calls a party by ("party", "movement", "bloc"): "the
// Hungarian Way movement" names one body whole, the nationality its
// name's first word.
func (d *doc) beforeBodyNoun(k int) bool {
	return k < len(d.toks) && (d.toks[k].text == "party" || partyBodyNouns[d.toks[k].text]) && d.toks[k].start-d.toks[k-1].end <= 1
}

// partyWordsAfter reports tokens [j, k) that are all words of parties'
// names: "the Hungarian Socialist party" is Hungary's socialist party,
// whose name the gazetteer may know by other words.
func (d *doc) partyWordsAfter(j, k int) bool {
	return allWordsIn(d.text[d.toks[j].start:d.toks[k-1].end], partyNameWords)
}

// beforePartyNoun reports a run that ends right before a lower-case noun
// of a body ("party", "group"): "the opposition Pheu Thai party", "the
// ruling Georgian Dream party", "the Renew Europe group" name a body
// whole, whatever nationality or place is inside.
func (d *doc) beforePartyNoun(k int) bool {
	return k < len(d.toks) && nameGroupNouns[d.toks[k].text]
}

// runBeforeTitle is the end k of a run cut where an office title starts
// in tokens [from, k), less the connectors before it: "the Civic Union of
// Prime Minister Karel Vodak" is the party and its leader, not one name.
func (d *doc) runBeforeTitle(from, k int) int {
	for j := from; j < k; j++ {
		if n, _ := d.officeAt(j, k); n > 0 && d.toks[j].cap && !d.fieldTitle(j, n, k) {
			for k = j; k > from && connectors[d.toks[k-1].lower]; k-- {
			}
			return k
		}
	}
	return k
}

// fieldTitle reports a title of n tokens at j that ends a run at k right
// after a body's head word and "of", with at most two words of the field
// between: "Ministry of Justice", "Association of Journalists", "Court of
// Electoral Justice" name the body's field, and no holder follows; so does a
// title in the plural before the head that ends the run ("Serbian
// Journalists Association").
func (d *doc) fieldTitle(j, n, k int) bool {
	if j+n < k && orgHeads[d.toks[k-1].lower] {
		if _, o := d.officeAt(j, k); o != nil && pluralTitle(d.toks[j+n-1].lower, o) {
			return true
		}
	}
	if j+n == k-1 && cues.partyHeads[d.toks[k-1].lower] {
		return true // "Pakistan Justice Movement": the field right before a party's head; not "National Executive Committee", a body of the party
	}
	if j+n != k {
		return false
	}
	of := j - 1
	for of > j-3 && of > 0 && d.toks[of].cap && d.toks[of].kind == tokWord {
		of-- // "Court of Electoral Justice": the field's own words before the title
	}
	return of >= 1 && d.toks[of].lower == "of" && orgHeads[d.toks[of-1].lower]
}

// titledBody is the end of a body named after a title's holder that
// starts with the title at tokens [i, i+n) ("King's College", "Prime
// Minister's Office"), or 0: the run is one organisation's name, and
// no person holds the title in it.
func (d *doc) titledBody(i, n, limit int) int {
	j := i + n
	if n == 1 && j < limit && d.toks[j].kind == tokWord && d.toks[j].cap && !d.toks[j].allCaps && !firstNames[d.toks[j].lower] && d.contiguous(i, j+1) &&
		(i == 0 || d.toks[i-1].kind != tokWord || !d.toks[i-1].cap || determiners[d.toks[i-1].lower] || d.demonymAt(i-1)) {
		// "the General Intelligence Service", "General Directorate": a
		// one-word title opening a run that a body's head ends is the
		// first word of the body's name, no one's title (a title inside
		// a run, "National Executive Committee", is left as it was read);
		// so after a nationality ("the Ukrainian General Staff")
		if k := d.runEndSimple(j, limit); orgHeads[d.toks[k-1].lower] && d.firstOrgHead(j, k) == k-1 {
			if e := d.runEnd(i, limit); e > k && d.headOfAt(j, e) {
				return e // "the General Union of Workers": the head goes on with what the body is of
			}
			return k
		}
	}
	if j+1 >= limit || d.toks[j].lower != "'s" || d.toks[j+1].kind != tokWord || !d.toks[j+1].cap {
		return 0
	}
	if k := d.runEndSimple(j+1, limit); orgHeads[d.toks[k-1].lower] {
		return k
	}
	return 0
}

// theOpensLongerName reports whether the gazetteer name of gn tokens at
// i, which opens with a capital "The", is the start of a longer run of
// capitalised words with a body's head after it: "The" is the article
// before that name.
func (d *doc) theOpensLongerName(i, gn, limit int) bool {
	k := d.runEnd(i+1, limit)
	return k > i+gn && d.firstOrgHead(i+gn, k) >= 0
}

// longerNameAfterThe reports whether the gazetteer name of gn tokens at
// i, which opens with a capital "The", is outrun by one the gazetteer
// knows from the word after "The": "The" is the article before it.
func (d *doc) longerNameAfterThe(i, gn, limit int) bool {
	n, _ := d.gazAt(i+1, limit)
	return n > 0 && i+1+n > i+gn
}

// opensBodyName reports a word that names nothing alone ("Northern",
// "Independent") opening a run of three or more words that ends in a
// body's head ("Northern Liberation Army"): the first word of its name.
// A word state bodies' names are made of opens a name of two where an
// armed force or police heads it ("the National Guard", "the Federal
// Police"); any such word opens one of two where a party's head ends it
// ("the Northern Alliance", "the Southern Front"), a head no state body's
// name ends in.
func (d *doc) opensBodyName(i, limit int) bool {
	k := d.runEnd(i, limit)
	if k-i == 2 {
		h := d.toks[k-1].lower
		return orgHeads[h] && (cues.partyHeads[h] || bodyNameWords[d.toks[i].lower] && (armedNouns[h] || armedNouns[strings.TrimSuffix(h, "s")]))
	}
	return k-i >= 3 && orgHeads[d.toks[k-1].lower]
}

// opensPartyName reports a compass word ("Northern") opening a run of two words that is a party's name: right before a
// lower-case noun of a party, of a group of parties or of a party's
// member ("Northern Left deputies", "the Northern Left party"), or the
// same two words so placed elsewhere in the article ("The Northern Left
// on Saturday elected ..."): the compass word is no adjective of a place
// there. A second word a people's adjective or a name the gazetteer
// knows ("Eastern European leaders", "Northern Ireland MPs"), or a
// place's or a body's head, is read as before.
func (d *doc) opensPartyName(i, limit int) bool {
	if d.runEnd(i, limit) != i+2 {
		return false
	}
	w := d.toks[i+1].lower
	if peoples[w] || nonNames[w] || d.demonymAt(i+1) || orgHeads[w] || placeHeads[w] {
		return false
	}
	if n, _ := d.gazAt(i, limit); n > 0 {
		return false
	}
	if n, _ := d.gazAt(i+1, limit); n > 0 {
		return false
	}
	if d.beforePartyCueNoun(i + 2) {
		return true
	}
	for j := 0; j+2 < len(d.toks); j++ {
		if j != i && d.toks[j].text == d.toks[i].text && d.toks[j+1].text == d.toks[i+1].text && d.contiguous(j, j+2) && d.beforePartyCueNoun(j+2) {
			return true
		}
	}
	return false
}

// beforePartyCueNoun reports a run that ends right before a lower-case
// noun of a party, of a group of parties or of a party's member ("party",
// "alliance", "deputies", "spokesman").
func (d *doc) beforePartyCueNoun(k int) bool {
	if k >= len(d.toks) || d.toks[k].cap || d.toks[k].start-d.toks[k-1].end > 1 {
		return false
	}
	next := d.toks[k].text
	return d.beforePartyNoun(k) || partyGroupNouns[next] || partyRoles[next]
}

// bodyOf reports an organisation word that opens "X of Name" ("Parliament
// of Kavrania"), which names a body though the word alone does not.
func (d *doc) bodyOf(i, limit int) bool {
	return orgHeads[d.toks[i].lower] && i+2 < limit && d.toks[i+1].lower == "of" && d.toks[i+2].cap && d.toks[i+2].kind == tokWord
}

// contraction reports a word like "They're", "I'll" or "Don't": an apostrophe
// followed by lower case ends no name ("O'Brien" has a capital after it).
func contraction(w string) bool {
	for i, r := range w {
		if r == '\'' || r == '’' {
			rest := w[i+len(string(r)):]
			return rest != "" && rest[0] >= 'a' && rest[0] <= 'z'
		}
	}
	return false
}

// sentenceInitial reports whether token i opens its sentence, possibly after quotes.
func (d *doc) sentenceInitial(i, first int) bool {
	if i == first {
		return true
	}
	p := d.toks[i-1].text
	if openers[p] || p == ":" || p == ";" || p == "—" || p == "–" {
		return true
	}
	for j := first; j < i; j++ { // "[3] Elected in 1990, ..."
		if d.toks[j].kind == tokWord {
			return false
		}
	}
	return true
}

// serviceWords end the lowercase names of states' intelligence and
// security services (data/words/service_words.txt).
var serviceWords = wordSet("service_words.txt")

// chamberClosingTitle adds the chamber whose name, after "of the",
// closes a legislator's title over tokens [i, end): "a member of the
// European Parliament" names the European Parliament, where the member
// sits. A bare "Member of Parliament" names no chamber: which one is the
// story's to say.
func (d *doc) chamberClosingTitle(si, i, end int) {
	for j := i + 2; j < end; j++ {
		if !d.toks[j].cap || d.toks[j-1].lower != "the" || d.toks[j-2].lower != "of" {
			continue
		}
		if gn, gm := d.gazAt(j, end); gn > 0 && j+gn == end && gm[0].Entry.Kind == polgraph.KindOrganization {
			d.addMention(mention{first: j, last: end, sent: si, matches: gm, via: gm[0].Via, strong: true, officeStart: -1})
			return
		}
		if j+1 == end && legislatureWords[d.toks[j].lower] {
			// "Speaker of the House": the chamber by its noun alone, as
			// "the House voted" names it
			d.addMention(mention{first: j, last: end, sent: si, via: "run", kind: polgraph.KindOrganization, strong: true, officeStart: -1})
			return
		}
	}
}

// gazAt returns the length in tokens of the longest gazetteer name starting at token i.
func (d *doc) gazAt(i, limit int) (int, []gazetteer.Match) {
	if dem := combiningForm(d.toks[i].text); dem != "" && i+1 < limit && d.toks[i+1].text == "-" && d.toks[i+1].start == d.toks[i].end {
		// "Franco-German": the tokenizer split the pair at the hyphen
		// (combiningPair); the form is its state's demonym
		return 1, d.x.gaz.Lookup(dem)
	}
	maxN := d.x.gaz.MaxWords() + 3
	for n := min(maxN, limit-i); n >= 1; n-- {
		last := &d.toks[i+n-1]
		if last.text == ")" {
			if m := d.parenthesisedName(i, n); len(m) > 0 {
				return n, m
			}
			continue
		}
		if last.kind != tokWord || !(last.cap || last.allCaps) && (n < 2 || !placeHeads[last.lower] && !legislatureWords[last.lower] && !serviceWords[last.lower] || len(d.x.gaz.Lookup(d.text[d.toks[i].start:last.end])) == 0) {
			// a name ends in a capital, but for the places the data spells
			// with a lowercase last word ("Washington state", "Kyiv
			// region"), which tell a state from its namesake city, and the
			// legislatures and services the press names by their country
			// ("the Estonian parliament", "Kenya's upper house",
			// "Australia's spy agency")
			continue
		}
		if !d.contiguous(i, i+n) && !d.slashJoined(i, i+n) {
			continue
		}
		surface := d.text[d.toks[i].start:last.end]
		if m := d.x.gaz.Lookup(surface); len(m) > 0 {
			return n, m
		}
		if joined := strings.ReplaceAll(surface, " - ", "-"); joined != surface {
			// "Asia - Pacific Economic Cooperation": a text tokenised
			// for a corpus spaces the hyphens of the names it knows
			if m := d.x.gaz.Lookup(joined); len(m) > 0 {
				return n, m
			}
		}
		if m := d.hyphenedParty(surface); len(m) > 0 {
			return n, m
		}
		if state := d.labelledState(i, n); state != "" {
			return n, d.x.gaz.Lookup(state)
		}
		if party := d.labelledParty(i, n); party != "" && party != "-" {
			return n, d.x.gaz.Lookup(party)
		}
		if strings.HasSuffix(surface, ".") { // "U.S." at a sentence end lost its period
			continue
		}
	}
	return 0, nil
}

// parenthesisedName is the gazetteer's names that tokens [i, i+n), a
// capitalised word to a closing parenthesis, spell with a parenthesised
// part of their own ("Janata Dal (United)", "JD(U)"), or nil.
func (d *doc) parenthesisedName(i, n int) []gazetteer.Match {
	if n < 4 || !d.toks[i].cap && !d.toks[i].allCaps {
		return nil // a word, "(", a word and ")" at least
	}
	return d.x.gaz.LookupParenthesised(d.text[d.toks[i].start:d.toks[i+n-1].end])
}

// hyphenedParty is the gazetteer's parties that a name of capitalised
// words joined by hyphens names with spaces or as one word ("Green-Left"
// for GreenLeft, also written "Green Left"), or nil.
func (d *doc) hyphenedParty(surface string) []gazetteer.Match {
	if !strings.Contains(surface, "-") || strings.Contains(surface, " ") {
		return nil // the usual surface, with no hyphen or with a space no part may hold: no split to make
	}
	parts := strings.Split(surface, "-")
	if len(parts) < 2 || slices.ContainsFunc(parts, func(p string) bool { return p == "" || strings.ContainsRune(p, ' ') || !unicode.IsUpper([]rune(p)[0]) }) {
		return nil
	}
	for _, form := range []string{strings.Join(parts, " "), strings.Join(parts, "")} {
		m := d.x.gaz.Lookup(form)
		if len(m) > 0 && !slices.ContainsFunc(m, func(g gazetteer.Match) bool { return g.Entry.Kind != polgraph.KindParty }) {
			return m
		}
	}
	return nil
}

// labelledParty is the party's name for which token i, a short label
// of partyLabels, stands in a member's label after her name ("Mr Tom Lind
// (Con)", "(Lab, Leeds North)", "(Leeds North, Lab)"), "-" where the label names no party
// ("(Ind)"), else "".
func (d *doc) labelledParty(i, n int) string {
	if n == 1 && i >= 2 && i+1 < len(d.toks) && d.toks[i-1].text == "," && d.toks[i+1].text == ")" && d.seatBefore(i-1) {
		return partyLabels[d.toks[i].lower] // "(Leeds North, Lab)": after her seat
	}
	if n != 1 || i < 2 || i+1 >= len(d.toks) || d.toks[i-1].text != "(" || !d.toks[i-2].cap || d.toks[i-2].kind != tokWord {
		return ""
	}
	if next := d.toks[i+1].text; next != ")" && next != "," {
		return ""
	}
	return partyLabels[d.toks[i].lower]
}

// seatBefore reports a seat's name in capitalised words between the comma
// at token c and the "(" that opens a member's label right after her
// name: "Ms Ana Holm (Leeds North, Lab)".
func (d *doc) seatBefore(c int) bool {
	for k := c - 1; k >= 2 && k >= c-5; k-- {
		if d.toks[k].text == "(" {
			return k < c-1 && d.toks[k-1].cap && d.toks[k-1].kind == tokWord
		}
		if t := &d.toks[k]; t.kind != tokWord || !t.cap {
			return false
		}
	}
	return false
}

// partyLabels are the parties parliamentary reports' short labels stand
// for (data/words/party_labels.tsv).
var partyLabels = wordTable("party_labels.tsv")

// afterPartyLetter reports token i right after a party's letter and its
// hyphen in a legislator's label: "Texas" in "R-Texas", "Calif" in "D-Calif.".
func (d *doc) afterPartyLetter(i int) bool {
	return i >= 2 && d.toks[i-1].text == "-" && partyLetters[d.toks[i-2].lower] != ""
}

// labelledState is the name of the state that tokens [i, i+n) abbreviate
// in a party letter's label ("D-Calif.", "R-N.H."), or "".
func (d *doc) labelledState(i, n int) string {
	if !d.afterPartyLetter(i) {
		return ""
	}
	abbr := d.text[d.toks[i].start:d.toks[i+n-1].end]
	if k := i + n; k < len(d.toks) && d.toks[k].text == "." && d.toks[k].start == d.toks[k-1].end {
		abbr += "." // "Calif.": the tokens split its period off
	}
	return apStates[strings.ToLower(abbr)]
}

// apStates are the AP's abbreviations of US states
// (data/words/ap_state_abbreviations.tsv).
var apStates = wordTable("ap_state_abbreviations.tsv")

// knownNameAt reports whether a gazetteer name starts at token i.
func (d *doc) knownNameAt(i, limit int) bool {
	n, _ := d.gazAt(i, limit)
	return n > 0
}

// gazInside reports whether a gazetteer name starts in tokens [i, k).
func (d *doc) gazInside(i, k int) bool {
	for j := i; j < k; j++ {
		if j > i+1 && d.toks[j-1].lower == "'s" && (commonNouns[d.toks[j-2].lower] || pluralPersonNoun(d.toks[j-2].lower)) {
			continue // "Malaysian People's Congress": a possessive inside the name owns nothing
		}
		if n, ms := d.gazAt(j, k); n > 0 && (j > i && d.toks[j-1].lower == "'s" || !d.genericMatch(j, n, ms) && !d.sharedMatch(j, n, ms)) {
			return true // "Canada's Supreme Court" is Canada's, the court known
		}
	}
	return false
}

// foreignPlacesInside reports whether the gazetteer names among tokens
// [i, k) are all places or capitals of states other than country, and
// there is one at least.
func (d *doc) foreignPlacesInside(i, k int, country string) bool {
	found := false
	for j := i; j < k; j++ {
		n, ms := d.gazAt(j, k)
		for _, m := range ms {
			if m.Entry.Kind != polgraph.KindPlace && m.Via != "metonym" || m.Entry.Country == "" || m.Entry.Country == country {
				return false
			}
			found = true
		}
		if n > 0 {
			j += n - 1
		}
	}
	return found
}

// partyWordsOnly reports whether tokens [i, k) are words party names are
// made of, and nothing else ("United Democratic Bloc", "People's Reform
// Party"): a name longer than the one the gazetteer knows inside it is the
// article's own party, not the shorter one.
func (d *doc) partyWordsOnly(i, k int) bool {
	return k-i >= 2 && allWordsIn(d.text[d.toks[i].start:d.toks[k-1].end], partyNameWords)
}

// bodyWordsOnly reports whether tokens [i, k) are words of state bodies'
// names but no head of one: "Information" in "Information and Security
// Service", where "British Library and Columbia University" are two names.
func (d *doc) bodyWordsOnly(i, k int) bool {
	for j := i; j < k; j++ {
		if w := d.toks[j].lower; !bodyNameWords[w] && !d.demonymAt(j) {
			return false
		}
	}
	return !orgHeads[d.toks[k-1].lower]
}

// regionAdjective reports whether a compass word at i and an adjective of
// a people or a continent after it, the gazetteer knowing the two as no
// state's, are an adjective before a noun ("West African", "Central
// American states"; "South African" is matched as South Africa's demonym
// before this is asked).
func (d *doc) regionAdjective(i, limit int) bool {
	if i+1 >= limit || !compassWords[d.toks[i].lower] || !d.toks[i].cap || !d.toks[i+1].cap || i+2 < limit && d.toks[i+2].cap {
		return false
	}
	return peoples[d.toks[i+1].lower] || d.demonymAt(i+1)
}

// demonymAt reports whether token j is a demonym the gazetteer knows.
func (d *doc) demonymAt(j int) bool {
	for _, m := range d.x.gaz.Lookup(d.toks[j].text) {
		if m.Via == "demonym" {
			return true
		}
	}
	return false
}

// genericMatch reports whether the gazetteer readings ms of the n tokens
// at j are only a generic name of state bodies ("Security Service",
// "Supreme Court"), which a longer name around it ("Moldovan Information
// and Security Service") makes a part of, not a namesake.
func (d *doc) genericMatch(j, n int, ms []gazetteer.Match) bool {
	surface := d.text[d.toks[j].start:d.toks[j+n-1].end]
	for _, m := range ms {
		if m.Entry.Kind != polgraph.KindOrganization || !genericBodyName(surface) {
			return false
		}
	}
	return true
}

// partyEnds reports whether the gazetteer readings ms of the n tokens at
// j, which end a capitalised run at k, are only parties named by several
// words ("Movement for Change") or by one common word ("Voice", "Bloc"):
// the end of a longer name no gazetteer knows ("the Vesta Movement for
// Change", "Harbour Voice"), not that party.
func (d *doc) partyEnds(j, n, k int, ms []gazetteer.Match) bool {
	w := d.toks[j].lower
	if j+n != k || n == 1 && !(commonNouns[w] || partyNameWords[w] || cues.partyHeads[w]) {
		return false
	}
	for _, m := range ms {
		if m.Entry.Kind != polgraph.KindParty {
			return false
		}
	}
	return true
}

// personByApposition reports whether the apposition after the run
// [i, k) says it is a person ("Dorn Vale, a lawmaker,"): one name, though
// a list knows a body by its last word (the miner Vale).
func (d *doc) personByApposition(i, k, si int) bool {
	kind, _ := d.nounAfter(&mention{first: i, last: k, sent: si})
	return kind == polgraph.KindPerson
}

// sharedMatch reports whether the n tokens at j are only a form that the
// gazetteer's entries share with others ("People's Congress", of Uganda's
// and Lesotho's parties): inside a longer name ("the Malaysian People's
// Congress") a part of it, which names none of them.
func (d *doc) sharedMatch(j, n int, ms []gazetteer.Match) bool {
	surface := d.text[d.toks[j].start:d.toks[j+n-1].end]
	for _, m := range ms {
		if !d.sharedForm(m.Entry, surface) {
			return false
		}
	}
	return true
}

// honorificAt is the length in tokens of the honorific starting at token
// i, or 0: one word ("Mr", "Datuk") or several that are one title only
// together ("Tan Sri", "Datuk Seri": "Tan" alone is a surname, "Sri" opens
// "Sri Lanka").
func (d *doc) honorificAt(i, limit int) int {
	for n := min(3, limit-i); n >= 2; n-- {
		if d.toks[i+n-1].kind == tokWord && d.contiguous(i, i+n) && d.x.gaz.Honorific(d.text[d.toks[i].start:d.toks[i+n-1].end]) {
			return n
		}
	}
	if t := &d.toks[i]; (honorifics[t.bare()] || d.x.gaz.Honorific(t.text)) && !d.acronymName(i) {
		return 1
	}
	return 0
}

// nameSyllables reports an honorific of hn words at token i that is a
// name's first syllable: one word that is a syllable of names too
// (nameSyllableHonorifics), then two or more capitalised words of at most
// five letters each, no honorific among them, as names written syllable
// by syllable are: "the businessman Tun Kyaw Oo", not "Tun Mahathir
// Mohamad".
func (d *doc) nameSyllables(i, hn, limit int) bool {
	if hn != 1 || !nameSyllableHonorifics[d.toks[i].lower] {
		return false
	}
	k := d.runEnd(i+1, limit)
	if k-(i+1) < 2 {
		return false
	}
	for j := i + 1; j < k; j++ {
		if t := &d.toks[j]; t.kind != tokWord || !t.cap || len([]rune(t.text)) > 5 || d.honorificAt(j, limit) > 0 {
			return false
		}
	}
	return true
}

// acronymName reports a word in capitals at token i that the gazetteer
// knows as a name, in a sentence not set in capitals: "RT reported" is
// the broadcaster, not "Rt." of "Rt Hon".
func (d *doc) acronymName(i int) bool {
	t := &d.toks[i]
	if !t.allCaps || len(t.text) < 2 || strings.Contains(t.text, ".") {
		return false
	}
	if si := d.sentOf(i); si < 0 || d.shouting(si) {
		return false
	}
	n, _ := d.gazAt(i, i+1)
	return n == 1
}

// honorificBefore reports an honorific that ends right before token i
// ("Ms", "Dr.").
func (d *doc) honorificBefore(i, first int) bool {
	j := i - 1
	if j > first && d.toks[j].text == "." {
		j--
	}
	for n := 1; n <= 3 && j-n+1 >= first; n++ {
		if d.honorificAt(j-n+1, j+1) == n {
			return true
		}
	}
	return false
}

// officeAt returns the length of the longest office title starting at token i.
func (d *doc) officeAt(i, limit int) (int, *gazetteer.Office) {
	if t := &d.toks[i]; t.kind != tokWord || !d.x.gaz.OfficeStarts(t.lower) {
		return d.portfolioTitleAt(i, limit) // no title starts with "the" or "said": skip the lookups
	}
	for n := min(5, limit-i); n >= 1; n-- {
		last := &d.toks[i+n-1]
		if last.kind != tokWord && !(n == 2 && last.text == ".") || !d.contiguous(i, i+n) {
			continue // "Rep." and "Sen." are titles with their stop
		}
		if n == 1 && d.bracketed[last.text] {
			continue // "DA" is no district attorney where the article spells it out as a name's
		}
		if o, ok := d.x.gaz.Office(d.text[d.toks[i].start:last.end]); ok {
			return d.withPortfolio(i, n, limit, o), d.titledOffice(o, d.text[d.toks[i].start:last.end])
		}
	}
	return d.portfolioTitleAt(i, limit)
}

// portfolioTitleHeads are the heads that make a minister's title after a
// portfolio's words (data/words/portfolio_title_heads.txt).
var portfolioTitleHeads = wordSet("portfolio_title_heads.txt")

// portfolioTitleAt returns the length and office of a minister's title
// the gazetteer does not list, made of a portfolio's capitalised words and
// a capitalised title head, starting at token i: "Finance Secretary Chidi
// Eze". The portfolio must be one of a minister the gazetteer knows
// ("Finance Minister" or "Minister of Finance"), whose office the title
// names; a party's "National Secretary" names none.
func (d *doc) portfolioTitleAt(i, limit int) (int, *gazetteer.Office) {
	for k := i; k+1 < limit && k < i+3 && d.toks[k].kind == tokWord && d.toks[k].cap && d.x.gaz.PortfolioWord(d.toks[k].lower); k++ {
		if head := &d.toks[k+1]; !head.cap || !portfolioTitleHeads[head.lower] || !d.contiguous(i, k+2) {
			continue
		}
		portfolio := d.text[d.toks[i].start:d.toks[k].end]
		if o, ok := d.x.gaz.Office(portfolio + " Minister"); ok {
			return k + 2 - i, o
		}
		if o, ok := d.x.gaz.Office("Minister of " + portfolio); ok {
			return k + 2 - i, o
		}
	}
	return 0, nil
}

// withPortfolio is the length of office o's title at tokens [i, i+n)
// with the portfolio words after it, up to the name of the one who holds
// it: "Minister of Fisheries Ivo Dorn", "Minister of Foreign Affairs and
// Trade Peter Szijjarto". A minister's title, written as one ("Minister",
// not "ministers of Azerbaijan"), takes its portfolio after "of" or "for",
// a title with a portfolio a second one after "and". The word after
// either is the portfolio's, unless it opens a name the gazetteer knows
// (a state's); so is each later word that names portfolios in the titles
// the gazetteer knows, or that no second capitalised word follows. The
// holder's name starts at the first that does not; where none follows,
// the title ends with the capitalised words ("Minister of Public Service
// and Administration from 2015").
func (d *doc) withPortfolio(i, n, limit int, o *gazetteer.Office) int {
	j := i + n
	if j+2 >= limit {
		return n
	}
	switch d.toks[j].lower {
	case "of", "for":
		if d.toks[j].lower == "for" && d.toks[j-1].text != "Minister" {
			return d.forPortfolio(i, n, limit, o)
		}
		if d.toks[j-1].text != "Minister" {
			return n // "Deputy Minister of Foreign Affairs" reads on, as a minister's title
		}
	case "and":
		if !slices.ContainsFunc(d.toks[i:j], func(t token) bool { return t.lower == "of" || t.lower == "for" }) {
			return n
		}
	default:
		return n
	}
	capWord := func(k int) bool { return k < limit && d.toks[k].kind == tokWord && d.toks[k].cap }
	for k := j + 1; k < limit && k <= j+6; k++ {
		t := &d.toks[k]
		if !capWord(k) && t.lower != "and" {
			if k > j+1 && d.toks[k-1].lower != "and" {
				return k - i // the title alone
			}
			return n
		}
		if t.lower == "and" {
			continue
		}
		if joined := d.toks[k-1].lower == "and" || k == j+1; joined {
			if gn, _ := d.gazAt(k, limit); gn > 0 {
				return n // "Minister of Ghana", "Minister of Justice and Ghana's …": a name, no portfolio
			}
			continue
		}
		if !d.x.gaz.PortfolioWord(t.lower) && capWord(k+1) {
			return k - i // the holder's name
		}
	}
	return n
}

// forPortfolio is the length of a title other than a minister's at
// tokens [i, i+n) with the field or region "for" gives it, up to the name
// of the one who holds it: "State Secretary for Foreign Affairs Jana
// Holm", "Director-General for Asian Affairs Kenta Mori", "Commissioner
// for European Integration Petra Vosk". The field's capitalised words run
// into the name's; the name starts after the last word of a portfolio the
// gazetteer knows ("Affairs", "Trade"), else it is the run's last two
// words, the usual length of a name. Where no name is left, or the field
// holds a name the gazetteer knows ("for the Sahel", "for Syria") or a
// body's ("for the Interior Ministry"), which stays a name of its own, or
// the title is written in lower case ("a spokesman for") or is a
// legislator's, whose "for" names a district ("MP for Wexcombe"), the
// title is o's alone.
func (d *doc) forPortfolio(i, n, limit int, o *gazetteer.Office) int {
	if !d.toks[i+n-1].cap {
		return n // "a spokesman for the Interior Ministry": a line of work, for the body named
	}
	if o.Body == "legislature" {
		return n // "MP for Wexcombe": a district, which the member represents
	}
	k := i + n + 1 // past "for"
	if k < limit && d.toks[k].lower == "the" {
		k++
	}
	field, end := k, k
	for end < limit && end < k+8 && d.toks[end].kind == tokWord && (d.toks[end].cap || d.toks[end].lower == "and") {
		if _, ms := d.gazAt(end, limit); slices.ContainsFunc(ms, func(m gazetteer.Match) bool { return m.Entry.Kind != polgraph.KindPerson }) {
			return n // "Special Envoy for the Sahel": a name of its own, kept as one
		}
		if orgHeads[d.toks[end].lower] || orgNouns[d.toks[end].lower] {
			return n // "Spokesman for the Interior Ministry": a body's name, no field
		}
		if d.x.gaz.PortfolioWord(d.toks[end].lower) || d.toks[end].lower == "and" {
			field = end + 1
		}
		end++
	}
	if field == k && end-k >= 3 {
		field = end - 2 // "European Integration Petra Vosk"
	}
	if field == k || field >= end || d.toks[field].lower == "and" || d.toks[end-1].lower == "and" || !d.contiguous(i, end) {
		return n
	}
	return field - i
}

// contiguous reports whether tokens [i, j) are separated by at most single
// spaces, with no punctuation between but that of names: a possessive, a
// plural's apostrophe ("Workers' Party"), "-", "&" or ".".
func (d *doc) contiguous(i, j int) bool {
	for k := i + 1; k < j; k++ {
		gap := d.toks[k].start - d.toks[k-1].end
		if gap > 1 || (gap == 1 && d.text[d.toks[k-1].end] != ' ') {
			return false
		}
		if d.toks[k].kind == tokPunct && d.toks[k].lower != "'s" && d.toks[k].text != "-" && d.toks[k].text != "&" && d.toks[k].text != "." && !d.pluralPossessive(k) {
			return false
		}
	}
	return true
}

// slashJoined reports whether tokens [i, j) are words joined, at least
// once, by a slash with no space on either side and otherwise as
// contiguous joins them: "Greens/EFA", "GUE/NGL", "Alliance 90/The
// Greens", names the data writes with their slash.
func (d *doc) slashJoined(i, j int) bool {
	slashed := false
	for k := i + 1; k < j-1; k++ {
		if d.toks[k].text == "/" && d.toks[k].start == d.toks[k-1].end && d.toks[k+1].start == d.toks[k].end {
			if !d.contiguous(i, k) {
				return false
			}
			slashed, i = true, k+1
		}
	}
	return slashed && d.contiguous(i, j)
}

// leadingInitial reports a one-letter word at token j with its dot that
// opens a name: a capitalised word follows, or another initial does.
func (d *doc) leadingInitial(j, limit int) bool {
	t := &d.toks[j]
	if len(t.text) != 1 || t.kind != tokWord || j+2 >= limit || d.toks[j+1].text != "." || d.toks[j+1].start != t.end {
		return false
	}
	next := &d.toks[j+2]
	return next.cap && next.kind == tokWord && (len(next.text) > 1 && !next.allCaps || d.leadingInitial(j+2, limit))
}

// runEnd returns the end of the capitalised run starting at i: capitalised
// words, joined by connectors ("of" only after an organisation or place
// word or a broadcaster's medium that opens the run, "for" only after an
// organisation word that opens the run) and by
// a possessive before a capitalised word.
func (d *doc) runEnd(i, limit int) int {
	k := i + 1
	for j := i; d.leadingInitial(j, limit); j += 2 {
		k = j + 2 // a leading initial, or several: "K. Anna Holm", "D. K. Murthy"
	}
	for k < limit {
		t := &d.toks[k]
		if t.start-d.toks[k-1].end > 1 {
			break
		}
		if acronymPlural(t.text) {
			break // "Freedom Bloc MPs": the plural of an acronym is a common noun after the name
		}
		if t.kind == tokWord && (t.cap || t.allCaps) && (!calendarWords[t.lower] || nameMonth(d, k, limit) || k-i >= 2 && d.surnameAbbreviation(k, limit) || d.nameAbbreviation(k, limit)) {
			k++
			// an initial: "Anna K. Holm", "John Q. Varga"
			if len(t.text) == 1 && k+1 < limit && d.toks[k].text == "." && d.toks[k].start == t.end && d.toks[k+1].cap && d.toks[k+1].kind == tokWord {
				k++
			}
			continue
		}
		if d.nasalApostrophe(k, limit) {
			k += 2 // "Beatrice Achieng' Okello"
			continue
		}
		if n := d.particleRun(k, limit); n > 1 && k == i+1 {
			k += n + 1 // "Maria de la Cruz", "Joost van der Berg": the particles open the surname
			continue
		}
		if t.lower == "of" && k+2 < limit && d.toks[k+1].lower == "the" && d.toks[k+2].cap && d.toks[k+2].kind == tokWord && !stateFormWords[d.toks[k+2].lower] &&
			d.contiguous(k-1, k+3) && d.headOfAt(i, k) && d.unlisted(k+2, limit) {
			// "the Association of Families of the Disappeared": a body's
			// name that its head took on with "of" goes on with "of the"
			// to a name no data knows (not "of the Interior Ministry")
			k += 3
			continue
		}
		if k+1 < limit && d.toks[k+1].cap && d.toks[k+1].kind == tokWord {
			prev := d.toks[k-1].lower
			if (t.lower == "of" && (orgHeads[prev] || placeHeads[prev] || prev == "republic" || prev == "kingdom" || mediaOpeners[prev] && k == i+1)) ||
				// "Movement for Democratic Renewal", "the Vesta Movement for
				// Change": a body's head goes on to what it is for, not to a
				// person; a nationality's body goes on only to what no
				// list names ("the Syrian Observatory for Human Rights",
				// not "the Australian Centre for Ukraine")
				(t.lower == "for" && orgHeads[prev] && (k == i+1 || !firstNames[d.toks[k+1].lower] && (!d.demonymAt(i) || d.unlisted(k+1, limit)))) ||
				(t.lower == "and" && d.districtAt(i)) ||
				(t.lower != "of" && connectors[t.lower]) || (t.text == "&") {
				k += 2
				continue
			}
			end := d.runEndSimple(k+1, limit)
			if d.pluralPossessive(k) {
				// "Farmers' League", "Workers' Party": a plural's possessive
				// inside a body's name, which goes on to its head word
				// (and there ends: "Workers' Front MPs")
				if h := d.firstOrgHead(k+1, end); h > 0 {
					k = h + 1
					continue
				}
			}
			if t.lower == "'s" && k == i+1 && pluralPersonNoun(d.toks[i].lower) {
				// "People's Voice", "Women's Voice": a plural of people
				// owns no one named; its possessive opens a body's name
				k += 2
				continue
			}
			if t.lower == "'s" && (k-i >= 2 && end-(k+1) >= 2 || d.stateOwner(i, k) || d.knownNameAt(k+1, limit) && !commonNouns[d.toks[k-1].lower]) {
				// "Hanne Marquist's National Renewal Party", "Maia Sandu's
				// Party of Action and Solidarity": a named owner of a named
				// body, the body's name one the gazetteer knows
				break
			}
			if t.lower == "and" && (d.andPartyName(i, end) || d.andGroupName(i, k, end)) {
				// "Peace and Unity Party", "Freedom and Homeland's
				// leader": a party's name of two nouns, no two names
				k = end
				continue
			}
			if (t.lower == "'s" || t.lower == "and" && (d.bodyWordsOnly(i, k) || allWordsIn(d.text[d.toks[i].start:d.toks[end-1].end], partyNameWords))) && orgHeads[d.toks[end-1].lower] {
				// "Information and Security Service", "Ministry of Foreign
				// Affairs and Trade", "Freedom and Justice Alliance": the
				// name goes on to its head word
				k += 2
				continue
			}
		}
		break
	}
	return k
}

// partyOverTitle reports a party's name the gazetteer knows at token i,
// longer than the title of on tokens that opens it ("Mayors and
// Independents"): the party, not a mayor.
func (d *doc) partyOverTitle(i, on, limit int) bool {
	gn, gm := d.gazAt(i, limit)
	return gn > on && slices.ContainsFunc(gm, func(g gazetteer.Match) bool { return g.Entry.Kind == polgraph.KindParty })
}

// titleOpensPartyName is the end of a run of capitalised words at i, a
// title or an honorific its first word, that ends right before a
// lower-case noun of a party or of its member, or 0: "the Justice Now
// party", "a Justice Now deputy" name the party whole, and no judge called
// Now; no title and name stand before such a noun.
func (d *doc) titleOpensPartyName(i, limit int) int {
	k := d.runEnd(i, limit)
	if k-i < 2 || k >= limit {
		return 0
	}
	if n, _ := d.officeAt(i, limit); n == 0 && d.honorificAt(i, limit) == 0 {
		return 0
	}
	next := &d.toks[k]
	if d.beforePartyNoun(k) || !next.cap && legislatorNouns[next.text] && next.start-d.toks[k-1].end <= 1 {
		return k
	}
	return 0
}

// andNameNouns are the abstract nouns that parties' names join with "and"
// ("Truth and Dignity"), beside partyNameWords.
var andNameNouns = wordSet("and_name_nouns.txt")

// andPartyName reports whether tokens [i, end) are words of parties' names
// joined by one "and", a word or two on each side, the last word a party's
// head if none of these ("Order and Progress Movement"): "Freedom and
// Homeland", "Peace and Unity Party" name one party. Names of people and
// places are no such words ("Varga and Holm", "Kavra and Selo"), and nor
// are the plurals of members ("Socialists and Communists" are two).
func (d *doc) andPartyName(i, end int) bool {
	and, words := -1, 0
	for j := i; j < end; j++ {
		t := &d.toks[j]
		switch {
		case t.lower == "and" && and < 0 && j > i:
			and = j
			continue
		case t.kind != tokWord || !t.cap || t.allCaps || firstNames[t.lower]:
			return false
		case strings.HasSuffix(t.lower, "s") && !andNameNouns[t.lower]:
			return false // "Socialists and Communists": two parties, named by their members
		case partyNameWords[t.lower] && t.lower != "and" && t.lower != "of" && t.lower != "for" && t.lower != "the" || andNameNouns[t.lower]:
		case j == end-1 && (cues.partyHeads[t.lower] || orgHeads[t.lower]) && words >= 2:
		default:
			return false
		}
		words++
	}
	return and > i && and-i <= 2 && end-and-1 >= 1 && end-and-1 <= 3
}

// nameGroupNouns say that the capitalised words before them are one
// body's name (data/words/name_group_nouns.txt).
var nameGroupNouns = wordSet("name_group_nouns.txt")

// andGroupName reports capitalised words [i, end), joined by the "and" at
// token and, a word or two on each side and no given name among them,
// right before a lower-case noun that says they are one body's name:
// "the Socialists and Democrats group", "the Law and Liberty party".
func (d *doc) andGroupName(i, and, end int) bool {
	if end >= len(d.toks) || !nameGroupNouns[d.toks[end].text] || and-i > 2 || end-and-1 > 2 || d.toks[end].start-d.toks[end-1].end > 1 {
		return false
	}
	for j := i; j < end; j++ {
		if t := &d.toks[j]; j != and && (t.kind != tokWord || !t.cap || t.allCaps || firstNames[t.lower]) {
			return false
		}
	}
	return true
}

// unlisted reports that no gazetteer name starts at token i, and that the
// capitalised words from i end there, joined to no more by a connector
// ("Centre for Control of Iodine ...": where the name ends is unclear).
func (d *doc) unlisted(i, limit int) bool {
	if n, _ := d.gazAt(i, limit); n > 0 {
		return false
	}
	e := d.runEndSimple(i, limit)
	return !(e+1 < limit && connectors[d.toks[e].lower] && d.toks[e+1].cap)
}

// particleRun is the number of lower-case particles from token k
// ("de la", "van der", "van den") that a capitalised word follows, two
// or three, or 0: one particle joins as any connector does. runEnd takes
// them after a run's first word only ("Maria de la Cruz"), a given name's
// place.
func (d *doc) particleRun(k, limit int) int {
	n := 0
	for k+n < limit && n < 3 && d.toks[k+n].kind == tokWord && !d.toks[k+n].cap && d.toks[k+n].lower != "of" && connectors[d.toks[k+n].lower] {
		n++
	}
	if n < 2 || k+n >= limit || d.toks[k+n].kind != tokWord || !d.toks[k+n].cap || !d.contiguous(k-1, k+n+1) {
		return 0
	}
	return n
}

// nasalApostrophe reports an apostrophe at token k that ends the name
// word before it in "ng'" (the velar nasal of Luo, Kikuyu and Swahili
// spelling: "Achieng'", "Oching'") before another capitalised word: a
// letter of the name, where a quotation's closing mark follows a space
// or ends a phrase.
func (d *doc) nasalApostrophe(k, limit int) bool {
	t, p := &d.toks[k], &d.toks[k-1]
	if t.kind != tokPunct || !isApos([]rune(t.text)[0]) || t.start != p.end || !p.cap || !strings.HasSuffix(p.lower, "ng") || k+1 >= limit {
		return false
	}
	n := &d.toks[k+1]
	return n.kind == tokWord && n.cap && n.start == t.end+1
}

// bodyOfThe is the end of a body's name made of a bare head word and
// "of the" with a capitalised name ("Ministry of the Interior", "Office of
// the UN High Commissioner for Human Rights", "Embassy of the Kingdom of
// Norvia"), or 0. The head alone names nothing, so what follows is its
// name, titles and places inside it included; "of", "for" and "and" join
// it where a capitalised word follows. A possessive that goes on to
// another capitalised word ("Embassy of the People's Republic") ends it
// nowhere sure: 0, and so does a head that is not bare ("National
// Library of the Netherlands" is the National Library's).
func (d *doc) bodyOfThe(i, limit int) int {
	k := i + 3
	if !orgHeads[d.toks[i].lower] || k >= limit || i > 0 && d.toks[i-1].kind == tokWord && d.toks[i-1].cap && !commonWords[d.toks[i-1].lower] || d.toks[i+1].lower != "of" || d.toks[i+2].lower != "the" || !d.contiguous(i, k+1) {
		return 0
	}
	for k < limit && d.toks[k].kind == tokWord && d.toks[k].cap && !calendarWords[d.toks[k].lower] {
		k++
		if k+1 < limit && (d.toks[k].lower == "of" || d.toks[k].lower == "for" || d.toks[k].lower == "and") && d.toks[k+1].kind == tokWord && d.toks[k+1].cap {
			k++
		}
	}
	if k == i+3 || k+1 < limit && d.toks[k].lower == "'s" && d.toks[k+1].cap {
		return 0
	}
	return k
}

// memberGroupName is the end of a body named by its members and what
// they stand for, or against, that opens at token i ("Physicians for
// Human Rights", "Reporters Without Borders", "Mothers of the
// Disappeared"), or 0. A plural noun for people opens no person's name,
// so the words after it name the body, not someone in it.
func (d *doc) memberGroupName(i, limit int) int {
	if t := &d.toks[i]; !t.cap || !memberGroupNouns[t.lower] || i+2 >= limit {
		return 0
	}
	j := i + 2
	switch d.toks[i+1].lower {
	case "for", "without", "against":
	case "of":
		if d.toks[j].lower != "the" {
			return 0 // "Friends of Tom Hale" may be anyone's
		}
		j++
	default:
		return 0
	}
	if j >= limit || d.toks[j].kind != tokWord || !d.toks[j].cap || !d.contiguous(i, j+1) {
		return 0
	}
	return d.runEnd(j, limit)
}

// headOfAt reports an organisation's head word followed by "of" or "for"
// in tokens [i, k): "Belarusian Association of Journalists", "Bratislava
// Institute for Peace Studies" are one body's name, whatever its last
// word, and no city.
func (d *doc) headOfAt(i, k int) bool {
	h := d.firstOrgHead(i, k)
	return h >= 0 && h+1 < k && (d.toks[h+1].lower == "of" || d.toks[h+1].lower == "for")
}

// firstOrgHead is the first token in [i, j) that is an organisation's
// head word, or -1.
func (d *doc) firstOrgHead(i, j int) int {
	for h := i; h < j; h++ {
		if orgHeads[d.toks[h].lower] {
			return h
		}
	}
	return -1
}

// auxiliaryQuestion reports an auxiliary that is a given name too
// (auxiliaryGivenNames) opening sentence si at token i as a question's
// verb: "Will Parliament vote?", "Can Labour win?", where the name after
// it is one the gazetteer knows or the verb after that is in its base
// form, as the tagger reads it. "Will Hurd said" is a person's name.
func (d *doc) auxiliaryQuestion(i, si int) bool {
	s := &d.sents[si]
	if !auxiliaryGivenNames[d.toks[i].lower] || !d.sentenceInitial(i, s.first) {
		return false
	}
	if d.knownNameAt(i+1, s.last) || d.toks[s.last-1].text == "?" {
		return true
	}
	x := d.taggedOf(si)
	if x == nil || i+2 >= s.last {
		return false
	}
	return x.tree.XPOS[x.at(i+2)] == "VB"
}

// nameMonth reports a month that is a surname after a name ("Theresa May"):
// no number follows it.
func nameMonth(d *doc, k, limit int) bool {
	switch d.toks[k].lower {
	case "may", "june", "april", "august", "jan", "jun":
		// given names, unless a day follows ("May 3"); "Jun" is a given
		// name across East Asia ("Wang Jun"), far likelier after a name
		// than the month's abbreviation
		return k+1 >= limit || d.toks[k+1].kind != tokNum
	}
	return false
}

// surnameAbbreviation reports a weekday's or month's short form at token
// k that ends a run of two name words or more ("Peter Ochieng Sun",
// "Daniel Otieno Sat"): a surname, as an abbreviated date right after a
// name is none, unless a day's number or another calendar word follows it
// ("Sat 3 May", "Sun., Jan. 5") or a name goes on after it.
func (d *doc) surnameAbbreviation(k, limit int) bool {
	t := &d.toks[k]
	if p := &d.toks[k-1]; !calendarAbbreviations()[t.lower] || !t.cap || t.allCaps || p.kind != tokWord || !p.cap || p.allCaps || determiners[p.lower] || commonWords[p.lower] {
		return false
	}
	if k+1 < limit && d.toks[k+1].kind == tokWord && d.toks[k+1].cap {
		return false // "... Holm Sun Times": no surname ends there
	}
	for j := k + 1; j < limit && j <= k+2; j++ {
		if n := &d.toks[j]; n.kind == tokNum || calendarWords[strings.TrimSuffix(n.lower, ".")] {
			return false
		} else if n.text != "." && n.text != "," {
			break
		}
	}
	return true
}

// nameAbbreviation reports a weekday's or month's short form at token k
// that a name word follows, joined to it by one space: a syllable of a
// name ("Pham Thu Hang", "Bui Tue Minh", "Sun Weidong"), as a date's
// short form goes on to a day's number or another calendar word
// ("Thu May 8"), never to a name. A body's, a place's or an office's
// word after it, or one the article writes in lower case too ("Sun
// Times", "Sun City", "the Sun Prince"), leaves it a name of its own.
func (d *doc) nameAbbreviation(k, limit int) bool {
	t := &d.toks[k]
	if !calendarAbbreviations()[t.lower] || !t.cap || t.allCaps || k+1 >= limit || !d.contiguous(k, k+2) {
		return false
	}
	n := d.toks[k+1].lower
	return d.nameWord(k+1) && !d.toks[k+1].allCaps && !calendarWords[n] && !orgHeads[n] && !mediaHeads[n] && !placeHeads[n] && !placeNameEnds[n] &&
		!d.lowerSeen[n] && !d.x.gaz.OfficeStarts(n)
}

// calendarAbbreviations are the calendar words that shorten another
// ("sun" for "sunday", "sept" for "september").
var calendarAbbreviations = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for w := range calendarWords {
		for o := range calendarWords {
			if o != w && strings.HasPrefix(o, w) {
				out[w] = true
			}
		}
	}
	return out
})

// districtAt reports whether token i starts an electoral district's name,
// which may hold "and" ("MP for Wexcombe and Thorne").
func (d *doc) districtAt(i int) bool {
	if i == 0 {
		return false
	}
	switch d.toks[i-1].lower {
	case "represents", "representing", "represented":
		return true
	case "for":
		return d.legislatorBefore(i - 1)
	}
	return false
}

// runEndSimple is the end of plain capitalised words from i.
func (d *doc) runEndSimple(i, limit int) int {
	k := i
	for k < limit && d.toks[k].kind == tokWord && d.toks[k].cap {
		k++
	}
	if k == i {
		return i + 1
	}
	return k
}

// addRun classifies an unknown capitalised run and records it.
func (d *doc) addRun(i, k, si int, office *gazetteer.Office, officeStart int, personCue bool) {
	if k <= i {
		return
	}
	if d.afterOf(i, d.sents[si].first) {
		office, personCue = nil, false // "mayor of Bergen", "head of the Bergen Trust": what the title heads
	}
	if k-i == 1 && d.toks[i].lower == "'s" {
		return
	}
	if d.sents[si].headline && !d.sents[si].dateline && d.titleCased(si) && !d.namedInBody(i, k) {
		return // "Justice Reviews Elian's Guardians": a headline's capitals name nothing the story does not
	}
	m := mention{first: i, last: k, sent: si, via: "run", office: office, officeStart: officeStart}
	if office == nil && !personCue {
		m.officeStart = -1
	}
	d.classify(&m, personCue)
	d.addMention(m)
}

func (d *doc) addMention(m mention) {
	m.start, m.end = d.toks[m.first].start, d.toks[m.last-1].end
	m.ent = -1
	if m.kind == "" && len(m.matches) > 0 {
		m.kind = m.matches[0].Entry.Kind
	}
	d.ments = append(d.ments, m)
}

// prevWord is the lowercase token before i in sentence si, or "".
func (d *doc) prevWord(i, si int) string {
	if i-1 < d.sents[si].first || i-1 < 0 {
		return ""
	}
	return d.toks[i-1].lower
}

// nextWord is the lowercase token at i in sentence si, or "".
func (d *doc) nextWord(i, si int) string {
	if i >= d.sents[si].last {
		return ""
	}
	return d.toks[i].lower
}

// eraWords after a year mark an era ("3000 BC", "AD 79" aside).
var eraWords = wordSet("era_words.txt")

// peoples are adjectives of continents, empires and peoples without a state
// of their own: alone they name nothing ("Asian kingdoms", "its Ottoman
// past"); before a name they are part of it ("Ottoman Empire").
var peoples = wordSet("peoples.txt")

// particles are the lowercase words that open a surname used alone.
var particles = wordSet("particles.txt")

// pluralPossessive reports a bare apostrophe at token k closing the plural
// before it ("Farmers'"): written against that word and followed by a space.
func (d *doc) pluralPossessive(k int) bool {
	t := &d.toks[k]
	if k == 0 || t.kind != tokPunct || utf8.RuneCountInString(t.text) != 1 || !isApos([]rune(t.text)[0]) {
		return false // "Wilders's Party for Freedom": a name's own possessive, one "s" too many for a plural
	}
	p := &d.toks[k-1]
	return p.kind == tokWord && p.cap && p.end == t.start && strings.HasSuffix(p.lower, "s") &&
		k+1 < len(d.toks) && d.toks[k+1].start == t.end+1
}

// stateOwner reports a one-word name at token i before the possessive at k
// that owns a state's institution or party ("Kelmora's Ministry of Finance",
// "Kelmora's Labour Party": kind_cues.tsv's poss and owner cues), or a
// state the gazetteer knows ("Poland's Constitutional Court"): a state and
// its body, two names; a person's ("Chrétien's Government": a leader's or
// given name) stays one.
func (d *doc) stateOwner(i, k int) bool {
	w := d.toks[i]
	if k != i+1 || firstNames[w.lower] || len(d.x.gaz.LookupLeader(w.text)) > 0 || commonNouns[w.lower] {
		return false // "the People's Reform Party": a common noun's possessive is the name's
	}
	if n, ms := d.gazAt(i, k); n == 1 && slices.ContainsFunc(ms, func(m gazetteer.Match) bool { return m.Entry.Kind == polgraph.KindCountry }) {
		return true
	}
	owned := d.titleCue("poss", k+1)
	if owned == "" {
		owned = d.titleCue("owner", k+1) // "Kelmora's Labour Party"
	}
	return owned == polgraph.KindCountry
}

// singularOfPlural is the length of a capitalised run at token i that is
// the singular of a name the article writes in the plural ("Social
// Democrat" beside "the Social Democrats") and ends there ("the Green
// Party" is a name of its own), or 0.
func (d *doc) singularOfPlural(i, limit int) int {
	if d.plurals == nil {
		d.plurals = d.pluralNames()
	}
	if len(d.plurals) == 0 {
		return 0 // no key to build
	}
	for n := min(3, limit-i); n >= 1; n-- {
		// the key last
		if (i+n == limit || !d.toks[i+n].cap) && d.contiguous(i, i+n) && d.hasWordsKey(d.plurals, i, i+n) {
			return n
		}
	}
	return 0
}

// hasWordsKey reports whether set holds wordsKey(i, j), built in a buffer
// of its own: most keys a scan of runs asks for are in no set, and a
// lookup needs no copy of its key.
func (d *doc) hasWordsKey(set map[string]bool, i, j int) bool {
	var buf [64]byte
	key := buf[:0]
	for k := i; k < j; k++ {
		if k > i {
			key = append(key, ' ')
		}
		key = append(key, d.toks[k].lower...)
	}
	return set[string(key)]
}

// titleInRun is the first token after i in the run [i, k) where an
// office's title begins ("Civic Bloc MP"), or k.
func (d *doc) titleInRun(i, k int) int {
	for j := i + 1; j < k; j++ {
		if d.toks[j].kind != tokWord || !d.toks[j].cap {
			continue
		}
		if n, _ := d.officeAt(j, k); n > 0 && !d.fieldTitle(j, n, k) && !d.surnameTitle(j, n, k) && !(j+n < k && orgHeads[d.toks[k-1].lower] && d.toks[j-1].lower == "and") {
			// "Freedom and Justice Alliance": a title word joined to
			// the name's words before a body's head is one of them
			return j
		}
	}
	return k
}

// surnameTitle reports a one-word title at token j that ends the run at
// k right after a given name: "Martin King", "Tom Judge" are a person's
// given name and surname, as a title comes before the name it goes with.
func (d *doc) surnameTitle(j, n, k int) bool {
	return n == 1 && j+1 == k && firstNames[d.toks[j-1].lower] && d.contiguous(j-1, k)
}

// givenNameNotTitle reports a word at token i, right after a title or an
// honorific, that a title starts but the name list shows to be a given
// name, with a surname after it that is no title: "Councillor Amir
// Hussain", "Dr Sultan Rahimi". Before a second title it is a title
// too: "Amir Sheikh Tamim".
func (d *doc) givenNameNotTitle(i, limit int) bool {
	if !d.givenNameAndSurname(i, limit) {
		return false
	}
	n, _ := d.officeAt(i+1, limit)
	return n == 0 && d.honorificAt(i+1, limit) == 0 && !nameTitles[d.toks[i+1].lower]
}

// numberedDistrict is the end of an electoral district's name made of a
// number and a capitalised district noun from token i, an ordinal before
// it with up to one capitalised word between ("the 14th District", "the
// 3rd Congressional District") or a number after it ("Ward 3",
// "District 14"); 0 if none opens there.
func (d *doc) numberedDistrict(i, limit int) int {
	t := &d.toks[i]
	if t.kind == tokWord && t.cap && districtNouns[t.lower] && t.lower != "division" && i+1 < limit && d.toks[i+1].kind == tokNum && d.contiguous(i, i+2) {
		return i + 2
	}
	if t.kind != tokNum || !ordinalNumber(t.lower) {
		return 0
	}
	for k := i + 1; k < limit && k <= i+2 && d.toks[k].kind == tokWord && d.toks[k].cap && d.contiguous(i, k+1); k++ {
		if districtNouns[d.toks[k].lower] && d.toks[k].lower != "division" { // "the 2nd Division": an army's
			return k + 1
		}
	}
	return 0
}

// ordinalNumber reports an ordinal in figures: "14th", "3rd", "21st".
func ordinalNumber(w string) bool {
	digits := strings.TrimLeft(w, "0123456789")
	return len(digits) < len(w) && (digits == "st" || digits == "nd" || digits == "rd" || digits == "th")
}

// memberBeforeName reports a party's member word at token i ("Socialist",
// "Green": the singular of "the Socialists", "the Greens") that opens a
// capitalised run whose other words are a person's name: a given name
// first, or two words that no party's, body's or place's name is made of
// ("Green Ilka Morav"). "Socialist Workers Party", "Green Left" go on as
// names.
func (d *doc) memberBeforeName(i, limit int) bool {
	t := &d.toks[i]
	if t.allCaps || cues.kind[[2]string{"plural", t.lower}] != polgraph.KindParty || i+1 >= limit || !d.contiguous(i, i+2) {
		return false
	}
	k := d.runEnd(i, limit)
	if k-(i+1) < 2 || k-(i+1) > 3 {
		return false
	}
	for j := i + 1; j < k; j++ {
		w := &d.toks[j]
		if w.kind != tokWord || !w.cap || w.allCaps || partyNameWords[w.lower] || orgHeads[w.lower] || placeHeads[w.lower] {
			return false
		}
	}
	return firstNames[d.toks[i+1].lower] || k-(i+1) == 2 && !commonWords[d.toks[i+1].lower] && !commonWords[d.toks[i+2].lower]
}

// partyLastWords are the lowercase last words of the known parties' names
// and aliases ("democrats", "greens").
var partyLastWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, e := range gazetteer.Default().Entries() {
		if e.Kind != polgraph.KindParty {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if f := strings.Fields(strings.ToLower(strings.TrimPrefix(n, "~"))); len(f) > 0 {
				out[f[len(f)-1]] = true
			}
		}
	}
	return out
})

// oneOfKnownParty is the number of tokens from i, and the gazetteer's
// parties, of a capitalised run of up to three words whose plural is a
// party's name ("Social Democrat" of "Social Democrats"): a member named
// by the party's members. One word is read so only after "a" or "an" ("a
// Green"); 0 where there is none.
func (d *doc) oneOfKnownParty(i, limit int) (int, []gazetteer.Match) {
	for n := min(3, limit-i); n >= 1; n-- {
		last := &d.toks[i+n-1]
		if last.kind != tokWord || !last.cap || last.allCaps || strings.HasSuffix(last.lower, "s") || !d.contiguous(i, i+n) || i+n < limit && d.toks[i+n].cap && !d.givenNameAndSurname(i+n, limit) {
			continue
		}
		if n == 1 && (i == 0 || d.toks[i-1].lower != "a" && d.toks[i-1].lower != "an") {
			continue
		}
		if !partyLastWords()[last.lower+"s"] {
			continue // no party's name ends so: spare the lookup
		}
		var out []gazetteer.Match
		for _, g := range d.x.gaz.Lookup(d.text[d.toks[i].start:last.end] + "s") {
			if g.Entry.Kind == polgraph.KindParty {
				out = append(out, g)
			}
		}
		if len(out) > 0 {
			return n, out
		}
	}
	return 0, nil
}

// givenNameAndSurname reports a given name at token i and a capitalised
// word after it: a person's name, as after "Social Democrat" in "Social
// Democrat Ana Holm said".
func (d *doc) givenNameAndSurname(i, limit int) bool {
	return i+1 < limit && firstNames[d.toks[i].lower] && d.toks[i+1].kind == tokWord && d.toks[i+1].cap && d.contiguous(i, i+2)
}

// pluralNames are the lowercase words, in the singular, of the article's
// capitalised runs of up to three words that end in a plural after a
// capitalised word or "the" ("the Greens", "Social Democrats").
func (d *doc) pluralNames() map[string]bool {
	out := map[string]bool{}
	for k := 1; k < len(d.toks); k++ {
		t := &d.toks[k]
		stem, ok := strings.CutSuffix(t.lower, "s")
		if !ok || !t.cap || t.kind != tokWord || len(stem) < 4 || strings.HasSuffix(stem, "s") || k+1 < len(d.toks) && d.toks[k+1].cap {
			continue
		}
		i := k
		for i > 0 && k-i < 2 && d.toks[i-1].cap && d.toks[i-1].kind == tokWord && d.toks[i-1].lower != "the" && d.contiguous(i-1, k+1) {
			i--
		}
		if i == k && d.toks[i-1].lower != "the" {
			continue
		}
		words := strings.Fields(d.wordsKey(i, k))
		out[strings.Join(append(words, stem), " ")] = true
	}
	return out
}

// titleCased reports a headline that capitalises its words: most of its
// words start with a capital, counting every word but the small ones
// title case leaves in lower case ("of", "to", "after"). The whole
// headline line counts, not only sentence si, so that a short line
// ("Minister Quits") or a question that splits it ("Will Kovar Run?
// Party Weighs Its Options") is judged as one.
func (d *doc) titleCased(si int) bool {
	para, first := d.sents[si].para, si
	for first > 0 && d.sents[first-1].para == para {
		first--
	}
	caps, words := 0, 0
	for _, s := range d.sents[first:] {
		if s.para != para {
			break
		}
		if !s.headline {
			continue // the story after a dateline on the same line
		}
		for _, t := range d.toks[s.first:s.last] {
			if t.kind != tokWord || !t.cap && titleSmallWords[t.lower] {
				continue
			}
			words++
			if t.cap {
				caps++
			}
		}
	}
	return words >= 2 && 2*caps > words
}

// namedInBody reports whether the words of tokens [i, k) stand together
// outside the headlines and datelines, as the story names them.
func (d *doc) namedInBody(i, k int) bool {
	name := d.text[d.toks[i].start:d.toks[k-1].end]
	for _, s := range d.sents {
		if !s.headline && strings.Contains(d.text[d.toks[s.first].start:d.toks[s.last-1].end], name) {
			return true
		}
	}
	return false
}

// contenderNouns are nouns for a person by where they stand in a race
// ("Challenger", "Incumbent", "Newcomer"): before a name, what the person
// is and no part of the name.
var contenderNouns = wordSet("contender_nouns.txt")

// jobBeforeName reports whether token i, capitalised at a sentence's
// start, is a noun for a person's trade or station before two more
// capitalised words, a given name and a surname ("Businessman Igor Sava",
// "Tycoon Ana Veli", "Challenger Teo Brask"); not a given name ("Christian Lund") or the start of a
// name the gazetteer knows ("Christian Democratic Union"). Office titles
// ("President", "King") are read before, as offices.
func (d *doc) jobBeforeName(i, limit int) bool {
	t := &d.toks[i]
	if !personNouns[t.lower] && !workRoles[t.lower] && !contenderNouns[t.lower] || firstNames[t.lower] || i+2 >= limit {
		return false
	}
	for j := i + 1; j <= i+2; j++ {
		if d.toks[j].kind != tokWord || !d.toks[j].cap {
			return false
		}
	}
	n, _ := d.gazAt(i, limit)
	return n == 0
}

// quoteCloses reports a quotation mark at token i that closes a quoted
// clause: it comes right after the clause's closing punctuation
// ("...minister," X said).
func (d *doc) quoteCloses(i, first int) bool {
	switch quoteMark(d.toks, i) {
	case "\"", "”", "»", "''", "’":
	default:
		return false
	}
	if i <= first {
		return false
	}
	switch d.toks[i-1].text {
	case ",", ".", "?", "!":
		return true
	}
	return false
}
