package extract

import (
	"strings"

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
	acronym     bool              // an unknown acronym: kept only if it abbreviates a name
	media       bool              // called a newspaper or broadcaster
	ent         int               // entity index after resolution, -1 before
	group       []int             // entities a plural mention stands for
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
	d.lowerSeen, d.capsSeen = map[string]bool{}, map[string]bool{}
	for i := range d.toks {
		if t := &d.toks[i]; t.kind == tokWord && !t.cap && !t.allCaps {
			d.lowerSeen[t.lower] = true
		} else if t.kind == tokWord {
			d.capsSeen[t.lower] = true
		}
	}
	for si := range d.sents {
		d.recognizeSentence(si)
	}
	d.dropUnattested()
}

// dropUnattested removes one-word names with no support: a capitalised
// word that opens a sentence and is never capitalised elsewhere ("Media
// reports ..."), or one the article also writes in lower case ("Federal").
func (d *doc) dropUnattested() {
	midCaps, lower, initials := map[string]bool{}, d.lowerSeen, map[string]int{}
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
		if m.via == "run" && m.last-m.first == 1 && !m.strong {
			t := &d.toks[m.first]
			initial := d.sentenceInitial(m.first, d.sents[m.sent].first)
			if !firstNames[t.lower] && !t.allCaps && (initial && !midCaps[t.lower] && initials[t.lower] < 2 || lower[t.lower]) {
				continue
			}
		}
		keep = append(keep, m)
	}
	d.ments = keep
}

func (d *doc) recognizeSentence(si int) {
	s := &d.sents[si]
	var office *gazetteer.Office
	officeStart := -1
	personCue := false
	for i := s.first; i < s.last; {
		t := &d.toks[i]
		if t.kind != tokWord || !t.cap {
			if t.kind == tokWord && t.lower != "of" && !connectors[t.lower] {
				office, personCue = nil, false
			}
			if t.kind == tokWord {
				if n, o := d.officeAt(i, s.last); n > 0 {
					office, officeStart = o, i
					i += n
					continue
				}
			}
			i++
			continue
		}
		// honorifics: "Mr.", "Rt. Hon.", "Dr"
		if on, o := d.officeAt(i, s.last); on > 0 && (on > 1 || !d.x.gaz.Honorific(t.text) || i+1 < s.last && (d.toks[i+1].cap || d.toks[i+1].lower == "of")) && !orgHeads[d.toks[d.runEnd(i, s.last)-1].lower] {
			office, officeStart = o, i
			i += on
			continue
		}
		if (honorifics[t.bare()] || d.x.gaz.Honorific(t.text)) && !orgHeads[d.toks[d.runEnd(i, s.last)-1].lower] {
			if !personCue && office == nil {
				officeStart = i // the title starts here, for "Dr. Bailey"
			}
			personCue = true
			i++
			if i < s.last && d.toks[i].text == "." {
				i++
			}
			continue
		}
		sentenceStart := d.sentenceInitial(i, s.first)
		// a gazetteer name, office title, or both: take the longest
		gn, gm := d.gazAt(i, s.last)
		on, o := d.officeAt(i, s.last)
		if gn > 0 && gn >= on && !(sentenceStart && gn == 1 && commonWords[t.lower] && len(gm) > 0 && gm[0].Via != "name") {
			// a capitalised run ending in an organisation word is one name
			// ("Kenya Airways", "Royal Canadian Air Force")
			if k := d.runEnd(i, s.last); k > i+gn && orgHeads[d.toks[k-1].lower] && !d.gazInside(i+gn, k) {
				d.addRun(i, k, si, office, officeStart, personCue)
				i = k
				office, personCue = nil, false
				continue
			}
			d.addMention(mention{first: i, last: i + gn, sent: si, matches: gm, via: gm[0].Via, strong: true, office: office, officeStart: officeStart})
			ofBody := office != nil && i > s.first && d.toks[i-1].lower == "of" && i+gn < s.last && d.toks[i+gn].cap
			i += gn
			if !ofBody { // "President of Kazakhstan Nursultan Nazarbayev" keeps the title
				office, personCue = nil, false
			}
			continue
		}
		if on > 0 {
			office, officeStart = o, i
			i += on
			continue
		}
		if sentenceStart && (commonWords[t.lower] || calendarWords[t.lower]) {
			i++
			continue
		}
		if calendarWords[t.lower] || nonNames[t.lower] || strings.HasPrefix(t.lower, "i'") || strings.HasPrefix(t.lower, "i’") {
			i++
			continue
		}
		k := d.runEnd(i, s.last)
		// stop the run where a gazetteer name or an office begins
		for j := i + 1; j < k; j++ {
			if d.toks[j].kind != tokWord || !d.toks[j].cap {
				continue
			}
			if n, _ := d.gazAt(j, k); n > 0 && !(orgHeads[d.toks[k-1].lower] && k-i >= 2) && !(orgHeads[d.toks[i].lower] && d.toks[i+1].lower == "of") {
				k = j
				break
			}
			if n, _ := d.officeAt(j, k); n > 0 {
				k = j
				break
			}
		}
		for k > i+1 && (connectors[d.toks[k-1].lower] || d.toks[k-1].lower == "'s") {
			k--
		}
		d.addRun(i, k, si, office, officeStart, personCue)
		office, personCue = nil, false
		i = k
	}
}

// nonNames are capitalised words that are not names on their own.
var nonNames = set("federal national provincial state government parliament independent i",
	"english latin protestant catholic christian muslim jewish islamic western eastern northern southern lord")

// orgNouns after a single capitalised word make it an organisation
// ("Huawei executive", "Google shares").
var orgNouns = set("executive executives employee employees staff shares stock headquarters spokesman spokeswoman spokesperson subsidiary chief ceo board officials boss bosses")

// sentenceInitial reports whether token i opens its sentence, possibly after quotes.
func (d *doc) sentenceInitial(i, first int) bool {
	if i == first {
		return true
	}
	p := d.toks[i-1].text
	if openers[p] || p == ":" || p == ";" || p == "—" || p == "–" {
		return true
	}
	for j := first; j < i; j++ { // "[17] Placed under ..."
		if d.toks[j].kind == tokWord {
			return false
		}
	}
	return true
}

// gazAt returns the length in tokens of the longest gazetteer name starting at token i.
func (d *doc) gazAt(i, limit int) (int, []gazetteer.Match) {
	maxN := d.x.gaz.MaxWords() + 3
	for n := min(maxN, limit-i); n >= 1; n-- {
		last := &d.toks[i+n-1]
		if last.kind != tokWord || !(last.cap || last.allCaps) {
			continue
		}
		if !d.contiguous(i, i+n) {
			continue
		}
		surface := d.text[d.toks[i].start:last.end]
		if m := d.x.gaz.Lookup(surface); len(m) > 0 {
			return n, m
		}
		if strings.HasSuffix(surface, ".") { // "U.S." at a sentence end lost its period
			continue
		}
	}
	return 0, nil
}

// gazInside reports whether a gazetteer name starts in tokens [i, k).
func (d *doc) gazInside(i, k int) bool {
	for j := i; j < k; j++ {
		if n, _ := d.gazAt(j, k); n > 0 {
			return true
		}
	}
	return false
}

// officeAt returns the length of the longest office title starting at token i.
func (d *doc) officeAt(i, limit int) (int, *gazetteer.Office) {
	if t := &d.toks[i]; t.kind != tokWord || commonWords[t.lower] && t.lower != "first" {
		return 0, nil // no title starts with "the" or "and": skip the lookups
	}
	for n := min(5, limit-i); n >= 1; n-- {
		last := &d.toks[i+n-1]
		if last.kind != tokWord || !d.contiguous(i, i+n) {
			continue
		}
		if o, ok := d.x.gaz.Office(d.text[d.toks[i].start:last.end]); ok {
			return n, o
		}
	}
	return 0, nil
}

// contiguous reports whether tokens [i, j) are separated by at most single spaces.
func (d *doc) contiguous(i, j int) bool {
	for k := i + 1; k < j; k++ {
		gap := d.toks[k].start - d.toks[k-1].end
		if gap > 1 || (gap == 1 && d.text[d.toks[k-1].end] != ' ') {
			return false
		}
		if d.toks[k].kind == tokPunct && d.toks[k].lower != "'s" && d.toks[k].text != "-" && d.toks[k].text != "&" && d.toks[k].text != "." {
			return false
		}
	}
	return true
}

// runEnd returns the end of the capitalised run starting at i: capitalised
// words, joined by connectors ("of" only after an organisation or place
// word) and by a possessive before a capitalised word.
func (d *doc) runEnd(i, limit int) int {
	k := i + 1
	for k < limit {
		t := &d.toks[k]
		if t.start-d.toks[k-1].end > 1 {
			break
		}
		if t.kind == tokWord && (t.cap || t.allCaps) && (!calendarWords[t.lower] || nameMonth(d, k, limit)) {
			k++
			// an initial: "Kirk M. Bart", "Ulysses S. Grant"
			if len(t.text) == 1 && k+1 < limit && d.toks[k].text == "." && d.toks[k].start == t.end && d.toks[k+1].cap && d.toks[k+1].kind == tokWord {
				k++
			}
			continue
		}
		if k+1 < limit && d.toks[k+1].cap && d.toks[k+1].kind == tokWord {
			prev := d.toks[k-1].lower
			if (t.lower == "of" && (orgHeads[prev] || placeHeads[prev] || prev == "republic" || prev == "kingdom")) ||
				(t.lower == "and" && d.districtAt(i)) ||
				(t.lower != "of" && connectors[t.lower]) || (t.text == "&") {
				k += 2
				continue
			}
			if t.lower == "'s" && orgHeads[d.toks[d.runEndSimple(k+1, limit)-1].lower] {
				k += 2
				continue
			}
		}
		break
	}
	return k
}

// nameMonth reports a month that is a surname after a name ("Theresa May"):
// no number follows it.
func nameMonth(d *doc, k, limit int) bool {
	switch d.toks[k].lower {
	case "may", "june", "april", "august":
		return k+1 >= limit || d.toks[k+1].kind != tokNum
	}
	return false
}

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
	if i > d.sents[si].first && d.toks[i-1].lower == "of" {
		office, personCue = nil, false // "mayor of Bergen": Bergen is what the mayor heads
	}
	if k-i == 1 && d.toks[i].lower == "'s" {
		return
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

// classify guesses the kind of an unknown name from its words and context.
func (d *doc) classify(m *mention, personCue bool) {
	toks := d.toks[m.first:m.last]
	n := len(toks)
	firstW, lastW := toks[0].lower, toks[n-1].lower
	m.strong = true
	if k, media := d.nounAfter(m); k != "" {
		m.kind, m.media = k, media
		return
	}
	if p := d.prevWord(m.first, m.sent); p == "represents" || p == "representing" || p == "represented" || p == "for" && d.legislatorBefore(m.first-1) {
		m.kind = polgraph.KindPlace // an electoral district
		return
	}
	switch {
	case personCue || (m.office != nil && m.office.Body != "company" && m.office.Body != "organization" || m.office != nil && n >= 2):
		m.kind = polgraph.KindPerson
	case n >= 2 && lastW == "party":
		m.kind = polgraph.KindParty
	case n >= 2 && orgHeads[lastW]:
		m.kind = polgraph.KindOrganization
	case n == 2 && firstNames[firstW] && !orgHeads[lastW]:
		m.kind = polgraph.KindPerson // "Stuart Hall", "Michael Hill"
	case n >= 2 && (placeHeads[lastW] || placeOpeners[firstW]):
		m.kind = polgraph.KindPlace
	case n >= 3 && orgHeads[firstW] && d.hasWord(m, "of"):
		m.kind = polgraph.KindOrganization
	case n >= 3 && placeHeads[firstW] && d.hasWord(m, "of"):
		m.kind = polgraph.KindPlace
	case firstNames[firstW] && n >= 2 && n <= 4 && !notPersonWords[lastW]:
		m.kind = polgraph.KindPerson
	case n >= 2 && !d.nameLike(m):
		m.kind = "" // a title or a phrase in capitals, not a name
	case n == 1 && len([]rune(toks[0].text)) == 1:
		m.kind = ""
	case n == 1 && toks[0].allCaps && len(toks[0].text) <= 6:
		// an acronym the article spells out nearby, "(CCM)", or one that
		// abbreviates an organisation named elsewhere (resolved later);
		// unknown acronyms ("DH", "IQ") are left out
		m.kind, m.strong = polgraph.KindOrganization, false
		if !d.parenthesised(m) {
			m.acronym = true
		}
	case n == 1 && hyphenLower(toks[0].text):
		m.kind = "" // "University-sponsored"
	case n >= 2:
		m.kind = polgraph.KindPerson
		m.strong = false
	case n == 1 && determiners[d.prevWord(m.first, m.sent)] && !d.toks[m.first].allCaps && !d.pluralName(firstW):
		// "the Court", "the Constitution": a common noun in capitals
		switch {
		case orgHeads[firstW]:
			m.kind = polgraph.KindOrganization
		case placeHeads[firstW]:
			m.kind = polgraph.KindPlace
		default:
			m.kind = ""
		}
	case n == 1 && (commonNounSuffix(firstW) || d.pluralOfCommon(firstW)):
		m.kind = ""
	default:
		// one unknown word: a person unless its context says otherwise
		m.kind, m.strong = polgraph.KindPerson, false
		prev := d.prevWord(m.first, m.sent)
		next := d.nextWord(m.last, m.sent)
		switch {
		case firstNames[firstW]:
			m.strong = true
		case next == "'s": // "Franco's granddaughter"
		case placePrepositions[prev] || next == "," && d.followedByPlace(m.last) || prev == "of" && d.headsPlace(m.first-2) || placeSuffix(firstW):
			m.kind = polgraph.KindPlace
			m.strong = prev == "in" || prev == "at" || prev == "near"
		case orgNouns[next]:
			m.kind, m.strong = polgraph.KindOrganization, true
		case next == "," && m.last+1 < d.sents[m.sent].last && d.toks[m.last+1].kind == tokNum && len(d.toks[m.last+1].text) == 4:
			m.strong = true // "(Williams, 2010)": an author
		case next == "said" || next == "says" || next == "told" || next == "who":
			m.strong = true
		}
	}
}

// pluralName reports whether w is the plural of a capitalised word the
// article uses elsewhere ("the Michaels" after "Michael Kovrig").
func (d *doc) pluralName(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	return ok && d.capsSeen[stem]
}

// pluralOfCommon reports a capitalised plural of a word the article writes
// in lower case ("Tasks" beside "task") or of a weekday ("Saturdays").
func (d *doc) pluralOfCommon(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	if !ok || strings.HasSuffix(stem, "s") {
		return false
	}
	return d.lowerSeen[stem] || calendarWords[stem] || d.lowerSeen[strings.TrimSuffix(stem, "e")]
}

// placeSuffix reports endings of place names ("Varovia", "Lindenburg").
func placeSuffix(w string) bool {
	for _, s := range []string{"ia", "land", "stan", "burg", "bourg", "ville", "grad", "polis", "shire", "ford", "mouth"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return true
		}
	}
	return false
}

// hyphenLower reports a capitalised word whose part after a hyphen is lower
// case: an adjective ("University-sponsored"), not a name ("Hartsell-Gundy").
func hyphenLower(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z'
}

// parenthesised reports whether a mention stands alone in parentheses.
func (d *doc) parenthesised(m *mention) bool {
	return m.first > 0 && m.last < len(d.toks) && d.toks[m.first-1].text == "(" && d.toks[m.last].text == ")"
}

// commonNounSuffix reports endings of English common nouns that names
// rarely have ("Constitution", "Government", "Wellness").
func commonNounSuffix(w string) bool {
	for _, s := range []string{"tion", "ment", "ness", "ity", "ism", "ology", "ship", "ance", "ence", "ing", "ies", "ure", "ists"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return true
		}
	}
	return false
}

// kindNouns are common nouns that say what kind of thing a name before them
// ("the ruling Chama Cha Mapinduzi party") or in apposition after it
// ("Uhuru, a Swahili newspaper") denotes.
var kindNouns = map[string]string{
	"party": polgraph.KindParty, "newspaper": polgraph.KindOrganization, "daily": polgraph.KindOrganization,
	"company": polgraph.KindOrganization, "firm": polgraph.KindOrganization, "agency": polgraph.KindOrganization,
	"group": polgraph.KindOrganization, "organisation": polgraph.KindOrganization, "organization": polgraph.KindOrganization,
	"movement": polgraph.KindOrganization, "militia": polgraph.KindOrganization, "university": polgraph.KindOrganization,
	"broadcaster": polgraph.KindOrganization, "network": polgraph.KindOrganization, "magazine": polgraph.KindOrganization,
	"bank": polgraph.KindOrganization, "ministry": polgraph.KindOrganization, "band": polgraph.KindOrganization,
	"city": polgraph.KindPlace, "town": polgraph.KindPlace, "village": polgraph.KindPlace, "province": polgraph.KindPlace,
	"county": polgraph.KindPlace, "district": polgraph.KindPlace, "region": polgraph.KindPlace, "river": polgraph.KindPlace,
	"island": polgraph.KindPlace, "state": polgraph.KindPlace, "capital": polgraph.KindPlace, "municipality": polgraph.KindPlace,
	"neighbourhood": polgraph.KindPlace, "neighborhood": polgraph.KindPlace, "suburb": polgraph.KindPlace, "port": polgraph.KindPlace,
}

// nounAfter reads the kind of a name off the common noun right after it or
// in an apposition after it; "" when there is none.
func (d *doc) nounAfter(m *mention) (kind string, media bool) {
	s := &d.sents[m.sent]
	j := m.last
	if j < s.last && d.toks[j].kind == tokWord && !d.toks[j].cap {
		if k, ok := kindNouns[d.toks[j].lower]; ok {
			return k, mediaNouns[d.toks[j].lower]
		}
	}
	if j+1 < s.last && d.toks[j].text == "," {
		k := j + 1
		if l := d.toks[k].lower; l == "or" {
			// "Uhuru, or Freedom, a Swahili newspaper"
			for k < s.last && d.toks[k].text != "," {
				k++
			}
			k++
		}
		if k < s.last && (d.toks[k].lower == "a" || d.toks[k].lower == "an" || d.toks[k].lower == "the") {
			for x := k + 1; x < s.last && x <= k+4; x++ {
				t := &d.toks[x]
				if t.kind != tokWord {
					break
				}
				if kind, ok := kindNouns[t.lower]; ok {
					return kind, mediaNouns[t.lower]
				}
				if personNouns[t.lower] {
					return polgraph.KindPerson, false
				}
			}
		}
	}
	return "", false
}

// nameLike reports whether a run of capitalised words can be a person's
// name: no function words ("The Wealth", "We Have"), no words the article
// also writes in lower case ("Industrial Revolution"), no words of events
// or works, and not all in capitals.
func (d *doc) nameLike(m *mention) bool {
	caps := 0
	for _, t := range d.toks[m.first:m.last] {
		if t.kind != tokWord {
			continue
		}
		if t.allCaps && len(t.text) > 2 {
			caps++
		}
		if connectors[t.lower] {
			continue
		}
		if commonWords[t.lower] || notPersonWords[t.lower] || (d.lowerSeen[t.lower] && !firstNames[t.lower]) {
			return false
		}
	}
	return caps < 2
}

// notPersonWords never occur in people's names.
var notPersonWords = set(
	"war wars revolution dynasty empire award awards prize medal festival games olympic olympics cup championship league",
	"act bill code article title chapter section amendment treaty agreement plan programme program project crisis era age",
	"day week month year century studies study law science history theory principle report manifesto",
	"water juice properties tail category cyclone hurricane storm virus disease syndrome",
)

func (d *doc) hasWord(m *mention, w string) bool {
	for _, t := range d.toks[m.first:m.last] {
		if t.lower == w {
			return true
		}
	}
	return false
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

// headsPlace reports whether token i is an office or place word that "of X"
// completes with a place ("mayor of X", "city of X").
func (d *doc) headsPlace(i int) bool {
	if i < 0 {
		return false
	}
	l := d.toks[i].lower
	if placeHeads[l] {
		return true
	}
	o, ok := d.x.gaz.Office(d.toks[i].text)
	return ok && (o.Body == "city" || o.Body == "region" || o.Body == "head-of-state" || o.Body == "government")
}

// legislatorBefore reports a legislator's title ending right before token
// i ("the MP for", "member for").
func (d *doc) legislatorBefore(i int) bool {
	for n := 1; n <= 4 && i-n >= 0; n++ {
		if o, ok := d.x.gaz.Office(d.text[d.toks[i-n].start:d.toks[i-1].end]); ok {
			return o.Body == "legislature"
		}
	}
	return i > 0 && d.toks[i-1].lower == "member"
}

// followedByPlace reports whether ", Country" follows token i-1.
func (d *doc) followedByPlace(i int) bool {
	if i+1 >= len(d.toks) {
		return false
	}
	n, m := d.gazAt(i+1, min(len(d.toks), i+1+d.x.gaz.MaxWords()))
	if n == 0 {
		return false
	}
	k := m[0].Entry.Kind
	return k == polgraph.KindCountry || k == polgraph.KindPlace
}
