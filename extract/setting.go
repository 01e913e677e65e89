package extract

import (
	"strings"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// What an article leaves unsaid, whose "Interior Minister", whose "Supreme
// Court", which "Democratic Party", belongs to the country the sentence is
// set in. A round-up sets each section in the country its heading names
// ("LATVIA" on a line of its own), and a sentence that opens "In Tallinn,"
// is set in that city's country. Where neither says, an office is of the
// country of the sentence's subject, else of the story's dateline where it
// has a home, else of its home; a party or a body is of the story's
// dateline, else its home (partyCountry, bodyCountry).

// settingCode is the code of the country sentence si is set in by its own
// opening ("In Tallinn, the court ...") or by its section's heading, or ""
// where neither names one.
func (d *doc) settingCode(si int) string {
	if d.settings == nil {
		d.settings = d.settingCodes()
	}
	return d.settings[si]
}

// setting is the entity of the country sentence si is set in: its
// settingCode's, else its subject's country (subjectCountry), else the
// subject's country of an earlier sentence of its paragraph, else the
// article's home country, else -1; where the story has a home, the country
// it is filed from comes first: a reporter names the country of foreign
// officials and leaves the home ones' unsaid, so "Attorney General X" in a
// story filed from Washington about Cuba is Washington's. A story with no
// home, filed from abroad, may as well leave its own country's unsaid
// ("President X" in a wire from a foreign capital), so it guesses none.
func (d *doc) setting(si int) int {
	return d.settingOf(si, func(int) bool { return true })
}

// settingOf is setting, of the countries ok accepts: the title's holder
// is a country's one holder, so a country where another holds it is no
// setting of hers ("French Foreign Minister X met Foreign Secretary Y in
// London": Y is no second French foreign minister).
func (d *doc) settingOf(si int, ok func(country int) bool) int {
	if c := d.settingCode(si); c != "" {
		if ei := d.countryEntity(c); ei >= 0 && ok(ei) {
			return ei
		}
	}
	if c := d.subjectCountry(si); c >= 0 && ok(c) {
		return c
	}
	home := d.homeCountryEntity()
	if home >= 0 && !ok(home) {
		home = -1
	}
	if c := d.datelineCountry(); c != "" && home >= 0 && !d.filedWhereABodySits() && !d.filedFromAbroad(home) {
		if ei := d.countryEntity(c); ei >= 0 && ok(ei) {
			return ei
		}
	}
	if c := d.paragraphSubjectCountry(si); home >= 0 && c >= 0 && ok(c) {
		return c
	}
	return home
}

// filedFromAbroad reports a story filed from a bureau in another country
// about the home one: its lead's subject is the home country's, or one the
// text gives an office of it ("ALMATY (Reuters) - Turkmenistan's President
// X opened a pipeline"), and the text names the dateline's country nowhere
// but in the dateline. Its unqualified titles ("Deputy Prime Minister Y")
// are then the home country's, not the bureau's.
func (d *doc) filedFromAbroad(home int) bool {
	filed := d.countryEntity(d.datelineCountry())
	if filed < 0 || filed == home {
		return false
	}
	for si := range d.sents {
		if !d.sents[si].dateline {
			continue
		}
		for _, mi := range d.ents[filed].ments {
			if !d.sents[d.ments[mi].sent].dateline {
				return false // "LONDON - X said Britain would not be bullied": the bureau's country is the story's too
			}
		}
		if d.mainSubject(si, func(*mention) bool { return true }) == nil && si+1 < len(d.sents) {
			si++ // the dateline is a sentence of its own, the lead the next
		}
		return d.subjectCountry(si) == home
	}
	return false
}

// filedWhereABodySits reports a story whose lead has a body of states
// for its subject ("BRUSSELS (Reuters) - The European Union on Monday
// imposed sanctions on …"): its dateline tells where the body sits, not
// whose officials the story's unqualified titles are.
func (d *doc) filedWhereABodySits() bool {
	international := func(m *mention) bool {
		e := d.ents[m.ent]
		return e.kind == polgraph.KindOrganization && e.gaz != nil && e.gaz.Country == ""
	}
	for si := range d.sents {
		if !d.sents[si].dateline {
			continue
		}
		if d.mainSubject(si, func(*mention) bool { return true }) == nil && si+1 < len(d.sents) {
			si++ // the dateline is a sentence of its own, the lead the next
		}
		return d.mainSubject(si, international) != nil
	}
	return false
}

// subjectCountry is the country of the subject of sentence si's main
// clause, or -1: a country itself, a body of a country the gazetteer
// knows, or a person the text has given an office of a country before
// ("She was joined by the Minister of Foreign Affairs, X" after "New
// Zealand Prime Minister Y": New Zealand's minister, however often the
// story names the country she visits). A citizenship is no cue: a citizen
// may run against another country's officials.
func (d *doc) subjectCountry(si int) int {
	if m := d.mainSubject(si, func(*mention) bool { return true }); m != nil {
		return d.countryOf(m.ent)
	}
	return -1
}

// paragraphSubjectCountry is the subject's country (subjectCountry) of
// the last sentence before si in its paragraph that has one, or -1: a
// paragraph tells one side's part ("Slovakia welcomed the deal. Prime
// Minister Jan Kovac said it was fair."), whichever state the story
// names most.
func (d *doc) paragraphSubjectCountry(si int) int {
	for sj := si - 1; sj >= 0 && d.sents[sj].para == d.sents[si].para; sj-- {
		if d.sents[sj].headline || d.sents[sj].dateline {
			break
		}
		if c := d.subjectCountry(sj); c >= 0 {
			return c
		}
	}
	return -1
}

// countryOf is the country entity ei is, or belongs to as a body the
// gazetteer knows, or as a person the text gives (not guesses) an office
// of; -1 for none.
func (d *doc) countryOf(ei int) int {
	e := d.ents[ei]
	switch {
	case e.kind == polgraph.KindCountry:
		return ei
	case e.kind == polgraph.KindPerson:
		for _, r := range d.rels {
			if r.from == ei && !r.homeGuess && r.typ == "HOLDS_OFFICE" && d.ents[r.to].kind == polgraph.KindCountry {
				return r.to
			}
		}
	case e.gaz != nil && e.gaz.Country != "" && isBody(e.kind):
		return d.countryEntity(e.gaz.Country)
	}
	return -1
}

// settingScope is settingCode as a scope key (partyScope): the code in
// lower case, or "".
func (d *doc) settingScope(si int) string { return strings.ToLower(d.settingCode(si)) }

// settingCodes is settingCode of every sentence. A heading is a short
// line of its own that does not end as a sentence does; one that names a
// country and nothing else opens that country's section, any other ends
// it.
func (d *doc) settingCodes() []string {
	bySent := make([][]int, len(d.sents))
	for mi := range d.ments {
		bySent[d.ments[mi].sent] = append(bySent[d.ments[mi].sent], mi)
	}
	out := make([]string, len(d.sents))
	section := ""
	roundup := d.sectionDatelines()
	for si := range d.sents {
		if d.isHeading(si) {
			section = d.headingCountry(si, bySent[si])
		}
		if roundup && d.sents[si].dateline {
			section = d.datelineCode(func(sj int) bool { return sj == si })
		}
		out[si] = section
		if c := d.openingCountry(si, bySent[si]); c != "" {
			out[si] = c
		}
	}
	return out
}

// sectionDatelines reports a round-up whose sections each open with a
// dateline of their own ("NAIROBI - ...", "SEOUL, Feb 10 - ..."): each
// sets what follows it in the country it is filed from, as a heading does.
func (d *doc) sectionDatelines() bool {
	para := -1
	for _, s := range d.sents {
		if s.dateline && para >= 0 && s.para != para {
			return true
		}
		if s.dateline {
			para = s.para
		}
	}
	return false
}

// openingCountry is the code of the country a sentence's opening phrase
// sets it in: "In" and a place the gazetteer knows (a country, a capital,
// a city), closed by a comma; else "". ments are the sentence's mentions.
func (d *doc) openingCountry(si int, ments []int) string {
	s := &d.sents[si]
	if s.last-s.first < 4 || d.toks[s.first].lower != "in" {
		return ""
	}
	for _, mi := range ments {
		if m := &d.ments[mi]; m.first == s.first+1 && m.last < s.last && d.toks[m.last].text == "," {
			if c := d.countryNamed(m); c != "" || m.ent < 0 {
				return c
			}
			return d.cityCountry(m.ent) // "In Pleven, ...": a city the world table places
		}
	}
	return ""
}

// maxHeadingWords is the most words a heading line has.
const maxHeadingWords = 6

// isHeading reports a sentence that is a short paragraph of its own,
// neither headline nor dateline, that does not end in a full stop, a
// colon or a comma: "LATVIA", "What happens next?", "Reaction".
func (d *doc) isHeading(si int) bool {
	s := &d.sents[si]
	if s.headline || s.dateline || si > 0 && d.sents[si-1].para == s.para || si+1 < len(d.sents) && d.sents[si+1].para == s.para {
		return false
	}
	words := 0
	for _, t := range d.toks[s.first:s.last] {
		if t.kind == tokWord {
			words++
		}
	}
	end := d.toks[s.last-1].text
	return words > 0 && words <= maxHeadingWords && end != "." && end != ":" && end != ","
}

// headingCountry is the code of the country a heading names by its name
// alone ("LATVIA", "Estonia"), or "". ments are the heading's mentions.
func (d *doc) headingCountry(si int, ments []int) string {
	s := &d.sents[si]
	for _, mi := range ments {
		m := &d.ments[mi]
		if len(m.matches) != 1 || m.matches[0].Entry.Kind != polgraph.KindCountry || d.wordsIn(s.first, m.first) || d.wordsIn(m.last, s.last) {
			continue
		}
		return d.countryNamed(m)
	}
	return ""
}

// wordsIn reports a word among tokens [i, j).
func (d *doc) wordsIn(i, j int) bool {
	for _, t := range d.toks[i:j] {
		if t.kind == tokWord {
			return true
		}
	}
	return false
}

// countryBound reports a name that stands for a different thing in each
// country, so that the country its sentence is set in decides which: a
// party no list knows or whose name several countries' parties share, and
// a state body of a generic name ("the Supreme Court"). Acronyms and short
// names refer to a name the article gives instead.
func (d *doc) countryBound(m *mention) bool {
	if m.acronym || m.member {
		return false
	}
	return m.kind == polgraph.KindParty || m.kind == polgraph.KindOrganization && genericBodyName(d.surfaceOf(m))
}

// ofSettingOrLast narrows the entities a short form may stand for to the
// one scoped by the country mention m's sentence is set in, else to the
// one named last before m; it keeps them all where neither decides.
func (d *doc) ofSettingOrLast(cands []int, m *mention) []int {
	if sc := d.settingScope(m.sent); sc != "" {
		var of []int
		for _, ei := range cands {
			if d.ents[ei].scope == sc {
				of = append(of, ei)
			}
		}
		if len(of) == 1 {
			return of
		}
	}
	if ei := d.lastNamedBefore(cands, m.start, ""); ei >= 0 {
		return []int{ei}
	}
	return cands
}

// foreignBody reports a state body's reading of a form that needs its
// country named ("Parliament", "the Interior Ministry") where mention m's
// context names another country: local (localCountry) or, without one,
// the country its sentence is set in, or for a name every state's body
// has, the one the story is filed from. "Parliament in Wellington" is not
// Britain's, however often the story names Britain.
func (d *doc) foreignBody(e *gazetteer.Entry, m *mention, local string) bool {
	if e.Kind != polgraph.KindOrganization {
		return false
	}
	if local == "" {
		local = d.settingCode(m.sent)
	}
	if local == "" && genericBodyName(d.surfaceOf(m)) && !d.stateNamedFor(m.sent, e.Country) {
		// "DAKAR - ... before the Constitutional Council": a body every
		// state names so is the one of the state the story is filed
		// from, though a later paragraph names the state of a namesake
		// in passing
		local = d.datelineCountry()
	}
	return local != "" && !ofLocal(e, local)
}

// stateNamedFor reports whether the article names the state of code by
// sentence si, in its paragraph or more than once before it: a state the
// story is about, whose bodies it may name without it (a story filed from
// Havana about the US names "the Justice Department"). A state first
// named after that paragraph ("DAKAR - ... the Constitutional Council
// ...", then "In Paris, the ministry said France was following the
// situation"), or in a later sentence of its paragraph, was not what the
// story was about when it named the body.
func (d *doc) stateNamedFor(si int, code string) bool {
	n := 0
	for mi := range d.ments {
		m := &d.ments[mi]
		if d.countryNamed(m) != code || d.sents[m.sent].para > d.sents[si].para || m.sent > si {
			continue
		}
		if n++; n > 1 || d.sents[m.sent].para == d.sents[si].para {
			return true
		}
	}
	return false
}

// filedFrom is the town that the dateline over sentence si names
// ("TBILISI, May 14 (Wire) -"), or -1 where none does.
func (d *doc) filedFrom(si int) int {
	for k := si; k >= 0; k-- {
		if !d.sents[k].dateline {
			continue
		}
		for _, mi := range d.sentMents[k] {
			if m := &d.ments[mi]; m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPlace && d.datelinePlace(m) {
				return m.ent
			}
		}
		return -1
	}
	return -1
}

// namesPlace reports whether sentence si names a town or a country.
func (d *doc) namesPlace(si int) bool {
	for _, mi := range d.sentMents[si] {
		if e := d.ments[mi].ent; e >= 0 && (d.ents[e].kind == polgraph.KindPlace || d.ents[e].kind == polgraph.KindCountry) {
			return true
		}
	}
	return false
}
