package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/polgraph/polgraph"
	nametagger "github.com/polgraph/polgraph/extract/entity"
	"github.com/polgraph/polgraph/extract/gazetteer"
	"github.com/polgraph/polgraph/extract/parse"
)

// nonNames are capitalised words that are not names on their own.
var nonNames = wordSet("non_names.txt")

// orgNouns after a single capitalised word make it an organisation
// ("Huawei executive", "Google shares").
var orgNouns = wordSet("org_nouns.txt")

// acronymPlural reports a word in capitals but for a plural's final "s"
// ("PMQs", "NGOs").
func acronymPlural(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	if !ok || len(stem) < 2 {
		return false
	}
	for _, r := range stem {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// partyWord ends the name of a party and of nothing else.
var partyWord = set("party")

// partyOpeners are the words for "party" in other languages that open a
// party's name (data/words/party_openers.txt).
var partyOpeners = wordSet("party_openers.txt")

// partyMemberWord reports a one-word mention that is a party's member
// word ("the Greens") before a party's compound noun: "Green MP Ana Holm"
// names her party, not her seat, as a name no list knows would.
func (d *doc) partyMemberWord(m *mention) bool {
	return m.last-m.first == 1 && cues.kind[[2]string{"plural", d.toks[m.first].lower}] == polgraph.KindParty && d.compoundParty(m)
}

// partyLabelled reports a name right before a word that only a party's
// name labels (kind_cues.tsv's "label": "on the Wiper ticket"), but for
// the surname of a person the article has named in full ("the Varga
// ticket" after "Ilse Varga", the candidate's).
func (d *doc) partyLabelled(m *mention) bool {
	if m.last >= d.sents[m.sent].last || d.toks[m.last].kind != tokWord {
		return false
	}
	return cues.kind[[2]string{"label", d.toks[m.last].lower}] == polgraph.KindParty && !(m.last-m.first == 1 && d.surnameOfNamed(m))
}

// classify guesses the kind of an unknown name from its words and context.
func (d *doc) classify(m *mention, personCue bool) {
	toks := d.toks[m.first:m.last]
	n := len(toks)
	firstW, lastW := toks[0].lower, toks[n-1].lower
	m.strong = true
	if d.partyMemberWord(m) {
		m.kind = polgraph.KindParty // "Green MP Ana Holm", "a Green MP"
		return
	}
	if d.partyLabelled(m) {
		m.kind = polgraph.KindParty // "elected on the Wiper ticket"
		return
	}
	if n == 1 && d.memberBeforeName(m.first, d.sents[m.sent].last) {
		m.kind = "" // "Green Ilka Morav said": a party no list knows and the article names nowhere else
		return
	}
	if n == 1 && commonNouns[firstW] && !firstNames[firstW] && d.sentenceInitial(m.first, d.sents[m.sent].first) && !(familyFirstSurnames[firstW] && d.surnameOfNamed(m)) {
		// (but "Park said" after "Park Min-jae": the family name of one named)
		m.kind = "" // "Pressure mounts on ...": a word capitalised for its place
		return
	}
	if n >= 2 && (eventNames[lastW] || n >= 3 && toks[n-2].lower == "war" && (lastW == "i" || lastW == "ii")) {
		m.kind = "" // "World War II", "New Year", "Independence Day": events and days
		return
	}
	if n == 1 && hyphenLower(toks[0].text) {
		m.kind = "" // "Government-backed", "the Russian-language channel": an adjective, whatever noun follows
		return
	}
	// the noun right before the name says its kind more surely than an
	// apposition after it ("the newspaper Dagens Tid, the minister said")
	k, media := d.nounAfter(m)
	if kb, mb := d.nounBefore(m); kb != "" && (k == "" || d.toks[m.first-1].text != ",") {
		k, media = kb, mb
	} else if k != "" && n == 1 && d.nameAfterKindNoun(m) {
		m.kind = "" // "the Baltic news agency LETA": a word that says which agency, before the agency's name
		return
	} else if n == 1 && m.last < d.sents[m.sent].last && statePlurals[d.toks[m.last].lower] {
		m.kind = "" // "the three Baltic states": a region's adjective, grouping the states
		return
	}
	if k == polgraph.KindOrganization && partyWord[lastW] && !media {
		k = polgraph.KindParty // "the Sovereignty Party, the largest opposition group": a party is a group
	}
	if (k == "" || k == polgraph.KindOrganization) && !media && d.partyGroupBeside(m) {
		k = polgraph.KindParty // "the main opposition coalition, the Harvest Alliance": parties that run as one
	}
	if k != "" {
		m.kind, m.media, m.typed = k, media, true
		return
	}
	if n >= 2 && !personCue && m.office == nil && d.demonymAt(m.first) && d.acronymAfter(m.first, m.last) {
		// "the Rwandan Patriotic Shield (RPS)": a body's name, which the
		// writer abbreviates and no person's opens with a nationality
		m.kind = polgraph.KindOrganization // a party where the tree says so ("took 12 per cent")
		return
	}
	if d.pluralParty(m) {
		m.kind = polgraph.KindParty // "she left the Social Liberals"
		return
	}
	if n >= 2 && !personCue && m.office == nil && d.partyInApposition(m) {
		// "launched a new party, the Rural Voice,": what the text calls a
		// party is one, whatever words its name is made of
		m.kind = polgraph.KindParty
		return
	}
	if k, media := d.datelineKind(m); k != "" {
		m.kind, m.media = k, media
		return
	}
	if n >= 2 && partyAdjectives[d.prevWord(m.first, m.sent)] && !personCue && m.office == nil && !firstNames[firstW] {
		m.kind = polgraph.KindParty // "the centre-right Civic Union", "the ruling Popular Front"
		return
	}
	if p := d.prevWord(m.first, m.sent); p == "represents" || p == "representing" || p == "represented" || p == "for" && d.legislatorBefore(m.first-1) {
		m.kind = polgraph.KindPlace // an electoral district
		return
	}
	switch {
	case m.office != nil && !personCue && n == 1 && commonNouns[firstW] && !firstNames[firstW] && !orgHeads[firstW] && !placeHeads[firstW]:
		m.kind = "" // "official Web pages": a title word before a common noun
	case personCue || (m.office != nil && m.office.Body != "company" && m.office.Body != "organization" || m.office != nil && n >= 2):
		m.kind = polgraph.KindPerson
	case n >= 2 && (firstW == "daily" || firstW == "weekly" || mediaOpeners[firstW] && !partyWord[lastW]):
		m.kind, m.media = polgraph.KindOrganization, true // "Daily Collegian", "Radio Okavango", "Voice of Orsk"

	case n >= 2 && d.affiliationOf(m), d.workplaceOf(m):
		m.kind = polgraph.KindOrganization // "Ana Holm of Varna Sent Gaming", "an analyst at Petrokav": where she works
	case n >= 3 && allCapsRun(toks):
		m.kind = "" // "TYPES OF GOVERNMENT": a heading in capitals
	case n >= 2 && lastW == "party" || n >= 3 && d.headBeforeOf(m, partyWord):
		m.kind = polgraph.KindParty // "Labour Party of Orvania"
	case n >= 2 && partyOpeners[firstW]:
		m.kind = polgraph.KindParty // "the Partido Renovación Popular": "party" in the name's own language
	case n >= 2 && !personCue && m.office == nil && membersName([]string{lastW}) && (d.partyRoleBeforeName(m) || d.partyTitleBeside(m)):
		// "Tarvo Democrats chairman Ivo Lant", "the leader of the Alba
		// Democrats": a name ending in a party's members' plural, whose
		// post a party's title is, names the party, though its first word
		// is a given name or a town's. A head other bodies share ("Union",
		// "Front") is left to the cues below: "Teachers' Union leader Ana
		// Holm" heads a trade union
		m.kind = polgraph.KindParty
	case n >= 3 && d.stateParty(m, lastW):
		m.kind = polgraph.KindParty // "the Pakistan Justice Movement"
	case len(strings.Fields(d.text[d.toks[m.first].start:d.toks[m.last-1].end])) >= 3 && cues.partyHeads[lastW] && !bodyNameWords[lastW] && d.partyWordsOnly(m.first, m.last):
		// "United Democratic Bloc", "Freedom and Justice Alliance": a
		// name made of party names' words only, ending in a party's head
		m.kind = polgraph.KindParty
	case n >= 3 && !orgHeads[lastW] && d.andPartyName(m.first, m.last):
		// "Order and Progress", "Freedom and Homeland": two nouns of
		// parties' names joined by "and" name a party
		m.kind = polgraph.KindParty
	case n >= 2 && cues.partyHeads[lastW] && !orgHeads[lastW]:
		// "the Patriotic Bloc said", "the Yulia Varga Bloc": a head only
		// parties bear ends a party's name, whoever it is named after
		m.kind = polgraph.KindParty
	case n >= 2 && orgHeads[lastW] && cues.partyHeads[lastW] && d.memberCallsItParty(m):
		// "Ines Karro of the Ecology Front says her party will not ...":
		// the body its member calls her party is a party
		m.kind = polgraph.KindParty
	case n == 2 && nonNames[firstW] && cues.partyHeads[lastW]:
		// "the Northern Alliance", "the Christian Union": a word that
		// names nothing alone, then a party's head, name a party
		m.kind = polgraph.KindParty
	case n >= 2 && orgHeads[lastW]:
		m.kind = polgraph.KindOrganization
	case n >= 3 && d.stateClosesBody(m.first, m.last):
		m.kind = polgraph.KindOrganization // "Human Rights Network Uganda": a body's head, then the state it works in
	case n >= 2 && mediaHeads[lastW] && !firstNames[firstW]:
		m.kind, m.media = polgraph.KindOrganization, true // "the Holmark Courier", "Radio Kavar News"
	case n >= 2 && n <= 3 && !personCue && m.office == nil && d.partyWordsOnly(m.first, m.last) && !d.givenNameIn(m) && !orgHeads[lastW]:
		// "Left Forward", "New Hope": words parties' names are made of,
		// no given name among them, name a party
		m.kind = polgraph.KindParty
	case n >= 3 && d.partnersJoined(m):
		m.kind = polgraph.KindOrganization // "Patel & Greene": partners' names joined by "&" name their firm, no person
	case n == 2 && firstNames[firstW] && !orgHeads[lastW]:
		m.kind = polgraph.KindPerson // "Stuart Hall", "Michael Hill"
	case n >= 2 && familyFirstSurnames[firstW] && d.hyphenedGivenName(m):
		m.kind = polgraph.KindPerson // "Park Min-jae": a family name first, then a given name of two syllables joined
	case n >= 2 && (placeHeads[lastW] || placeNameEnds[lastW] || placeOpeners[firstW]):
		m.kind = polgraph.KindPlace
	case n >= 3 && (orgHeads[firstW] && d.hasWord(m, "of") || d.headBeforeOf(m, orgHeads)):
		m.kind = polgraph.KindOrganization // "Central Bank of Kavrania"
	case n >= 3 && placeHeads[firstW] && d.hasWord(m, "of"):
		m.kind = polgraph.KindPlace
	case firstNames[firstW] && n >= 2 && n <= 4 && !notPersonWords[lastW]:
		m.kind = polgraph.KindPerson
	case n == 1 && d.labelledParty(m.first, 1) == "-":
		m.kind = "" // "Mr Ivo Dorn (Ind)": a label that names no party, nor a seat
	case d.seatLabel(m):
		m.kind = polgraph.KindPlace // "Otieno Ogola (Nyabondo Hills)": his seat
	case n >= 2 && d.compoundParty(m) && (cues.partyHeads[lastW] || !orgHeads[lastW] && !placeHeads[lastW]):
		// "Freedom Bloc MPs", "Civic Rally candidates": the press names a
		// party by its members, whatever common words its name is made of
		m.kind = polgraph.KindParty
	case n >= 2 && !personCue && m.office == nil && !d.pluralOfCommon(lastW) && !commonWords[strings.TrimSuffix(lastW, "s")] && d.partyTitleBeside(m):
		// "Bright Path leader Marta Kovalenko", "the leader of Bright
		// Path": common words in capitals that a party's post is of; a
		// plural of a common word ends a field, not a party ("Civil
		// Rights leader")
		m.kind = polgraph.KindParty
	case n >= 2 && !d.nameLike(m):
		m.kind = "" // a title or a phrase in capitals, not a name
	case n == 1 && len([]rune(toks[0].text)) == 1:
		m.kind = ""
	case n == 1 && acronymPlural(toks[0].text):
		m.kind = "" // "at PMQs", "NGOs", "IDPs": the plural of an acronym is a common noun
	case n == 1 && toks[0].allCaps && len(toks[0].text) <= 6:
		// an acronym the article spells out nearby, "(CCM)", or one that
		// abbreviates an organisation named elsewhere (resolved later);
		// unknown acronyms ("DH", "IQ") are left out
		m.kind, m.strong = polgraph.KindOrganization, false
		if !d.parenthesised(m) {
			m.acronym = true
		}
	case n >= 2 && d.nextWord(m.last, m.sent) == "reported":
		m.kind, m.media, m.strong = polgraph.KindOrganization, true, false // "Diario Norte reported that"
	case n >= 2:
		m.kind = polgraph.KindPerson
		m.strong = false
		prev := d.prevWord(m.first, m.sent)
		if d.localBodyAfter(m) || d.localOfficeAfter(m) && !firstNames[firstW] {
			m.kind, m.cued = polgraph.KindPlace, true // "the Kovin Selo municipal council", "Nova Selo mayor Ana Holm"
		} else if (prev == "in" || prev == "near" || d.placeAdjectiveBefore(m) || routePrepositions[prev] || d.routeEnd(m) || d.partOfPlace(m) || prev == "of" && d.localHolderOf(m)) && !firstNames[firstW] && d.nextWord(m.last, m.sent) != "'s" {
			// "detained students in Novi Sad", "marched from Belgrade to
			// Kovin Selo", "residents of Stari Grad": where, not whom; a
			// given name ("in Ada Holm's office") or a possessive says a
			// person
			m.kind, m.cued = polgraph.KindPlace, true
		}
	case n == 1 && determiners[d.prevWord(m.first, m.sent)] && d.prevWord(m.first, m.sent) != "that" && !d.toks[m.first].allCaps && !d.pluralName(firstW):
		// ("reported that Varga had met": "that" opens a clause, not a noun phrase)
		// "the Treasury", "the Charter": a common noun in capitals
		switch {
		case orgHeads[firstW]:
			m.kind = polgraph.KindOrganization
		case placeHeads[firstW]:
			m.kind = polgraph.KindPlace
		case (d.localBodyAfter(m) || d.localOfficeAfter(m)) && !commonNouns[firstW] && !commonWords[firstW] && !d.lowerSeen[firstW]:
			// "the Tarsk provincial government", "the Velmora governor":
			// the region whose body or officer it is
			m.kind, m.strong, m.cued = polgraph.KindPlace, true, true
		case metonymyCues.stateNouns[d.nextWord(m.last, m.sent)] && !commonNouns[firstW] && !commonWords[firstW] && !d.lowerSeen[firstW] && !firstNames[firstW] && !d.leaderWords(toks[0].text):
			// "the Sindh government", "the Tarsk authorities": a name no
			// list knows (no state: the gazetteer has them all) before a
			// state's noun is a region's; weak, as a head of government's
			// surname the article names in full ("the Varga government")
			// is the person's
			m.kind, m.strong = polgraph.KindPlace, false
		case d.nextWord(m.last, m.sent) == "reported" || d.prevWord(m.first-1, m.sent) == "to" && d.prevWord(m.first-2, m.sent) == "according" &&
			d.nextWord(m.last, m.sent) == "," && !measureNouns[firstW] && !chamberMeasureNouns[firstW]:
			// "The Lantern reported that", "according to the Herald, …": a
			// paper, whose names are common nouns in capitals; not
			// "according to the Constitution and laws"
			m.kind, m.media, m.strong = polgraph.KindOrganization, true, false
		case commonNouns[firstW] || commonWords[firstW] || notPersonWords[firstW] || d.lowerSeen[firstW] || commonNounSuffix(firstW) || adjectiveSuffix(firstW) || calendarWords[firstW] || len(firstW) < 4:
			m.kind = ""
		case d.modifiesNoun(m):
			// "the Zotero library", "the Crown prosecutor": a name no English
			// word explains, before a noun: a body or a product, not a person
			m.kind, m.strong = polgraph.KindOrganization, false
		default:
			m.kind = ""
		}
	case n == 1 && orgHeads[firstW] && d.sentenceInitial(m.first, d.sents[m.sent].first) && d.bodyEndsWith(m):
		// "Assembly passes budget", "Assembly members left": a headline or
		// a sentence's start drops the article of "the Assembly", the body
		// the story names in full ("the National Assembly")
		m.kind = polgraph.KindOrganization
	case n == 1 && pluralPersonNoun(firstW):
		m.kind = "" // "Analysts said", "Diplomats warned": people, but no one named
	case n == 1 && d.titleNounAlone(m):
		m.kind = "" // "the Ohio Auditor of State", "the Northern District of Ohio": an office's or a district's noun, no one's name
	case n == 1 && (commonNounSuffix(firstW) || d.pluralOfCommon(firstW) || d.pluralOpener(m) || adjectiveSuffix(firstW) || commonNouns[firstW] || notPersonWords[firstW] || abbreviations[firstW] || hasDigit(firstW)) && !firstNames[firstW] && (!d.personContext(m) || d.pluralOpener(m)) && !d.surnameOfNamed(m):
		m.kind = "" // "Press", "Image", "L2": words, not names
	case n == 1 && brandCapitals(toks[0].text) && !d.surnameOfNamed(m):
		// "DisinfoLab said", "NewsGuard rated the site": a word whose
		// capital follows a run of small letters joins two words, as a
		// firm's or a body's name does; a surname's inner capital follows
		// a short prefix ("McCarthy", "MacLeod", "DeSantis")
		m.kind, m.strong = polgraph.KindOrganization, false
	default:
		// one unknown word: a person unless its context says otherwise
		m.kind, m.strong = polgraph.KindPerson, false
		prev := d.prevWord(m.first, m.sent)
		next := d.nextWord(m.last, m.sent)
		switch {
		case deities[firstW] && (prev == "my" || prev == "oh"):
			m.kind = "" // "oh my God": an exclamation
		case firstNames[firstW] && (prev == "in" || prev == "near") && next != "'s" && len(d.x.gaz.LookupLeader(toks[0].text)) == 0:
			// "the attack near Gao", "protests in Sofia": where, though
			// the word is a given name too ("Gao", a Chinese surname first)
			m.kind, m.cued = polgraph.KindPlace, true
		case firstNames[firstW] || deities[firstW] || len(d.x.gaz.LookupLeader(toks[0].text)) > 0:
			m.strong = true // a given name or a known leader's surname
		case next == "'s": // "Varga's daughter"
		case prev == "into" && probeNouns[d.prevWord(m.first-1, m.sent)]:
			// "an investigation into Hollins": whom it looks into, no place
		case prev == "to" && servingNouns[d.prevWord(m.first-1, m.sent)]:
			// "an aide to Sonko", "lawmakers loyal to Gachagua": whom they
			// serve, no place
		case next == "reported":
			// "Kolvo reported that police had fired": an outlet, as
			// people are said to say; weak, so a person of the name wins
			m.kind, m.media = polgraph.KindOrganization, true
		case prev == "to" && d.prevWord(m.first-1, m.sent) == "according":
			// "according to Korvex": a source, no place
		case placePrepositions[prev] && d.afterStancePhrase(m):
			// "hit out at Dorn", "took aim at Velk": whom the words are
			// aimed at, no place
		case placePrepositions[prev] || d.placeAdjectiveBefore(m) || next == "," && d.followedByPlace(m.last) || prev == "of" && (d.headsPlace(m.first-2) || domainTitles[d.prevWord(m.first-1, m.sent)] || placePartNouns[d.prevWord(m.first-1, m.sent)] || d.localHolderOf(m)) || placeSuffix(firstW):
			m.kind = polgraph.KindPlace
			m.strong = prev == "in" || prev == "at" || prev == "near" || d.placeAdjectiveBefore(m) || prev == "of" && d.localHolderOf(m)
			m.cued = prev != "to" && prev != "from" // "wrote to Byron" is weak evidence
		case d.localBodyAfter(m) || d.localOfficeAfter(m) && !firstNames[firstW]:
			// "the Tarsk provincial government", "the Olmbrin regional
			// council", "Velmora police", "Tarsk mayor Ivo Dorn": the
			// region or town whose body, service or officer it is
			m.kind, m.strong, m.cued = polgraph.KindPlace, true, true
		case orgNouns[next]:
			m.kind, m.strong = polgraph.KindOrganization, true
		case next == "," && m.last+1 < d.sents[m.sent].last && d.toks[m.last+1].kind == tokNum && len(d.toks[m.last+1].text) == 4,
			d.citedAuthor(m):
			m.strong = true // "(Lindqvist, 2019)", "Biggs et al.", "Tang (2011)", "Holm and Tang, 2015": authors
		case next == "said" || next == "says" || next == "told" || next == "who":
			m.strong = true
		}
	}
}

// afterStancePhrase reports whether mention m comes right after a verb
// phrase of support or criticism that ends in a preposition ("hit out
// at", "took aim at", "lashed out at"): the one it is aimed at.
func (d *doc) afterStancePhrase(m *mention) bool {
	first := d.sents[m.sent].first
	for k := m.first - 2; k >= first && k >= m.first-4; k-- {
		for _, t := range triggers[d.toks[k].lower] {
			if !t.noun && stanceTypes[t.typ] && len(t.words) == m.first-k && d.spanAt(k, m.first, t.words) == m.first-k {
				return true
			}
		}
	}
	return false
}

// placeAdjectiveBefore reports a word of placeAdjectives right before
// mention m, in lower case unless it opens the sentence ("in rural
// Olmbrin", "Neighbouring Frankton"): one in capitals mid-sentence is a
// name's own word that the run left out ("the Western District").
func (d *doc) placeAdjectiveBefore(m *mention) bool {
	p := m.first - 1
	return p >= d.sents[m.sent].first && placeAdjectives[d.toks[p].lower] && (!d.toks[p].cap || d.sentenceInitial(p, d.sents[m.sent].first))
}

// leaderWords reports a word that is, or whose parts joined by hyphens
// are, a leader's surname the gazetteer knows: "the Clinton-Gore
// administration" is theirs, no region's.
func (d *doc) leaderWords(w string) bool {
	return slices.ContainsFunc(strings.Split(w, "-"), func(p string) bool { return len(d.x.gaz.LookupLeader(p)) > 0 })
}

// localBodyAfter reports a word of a region's or a town's (localWords)
// right after mention m, in lower case, and a noun after that: "the Tarsk
// provincial government", "the Olmbrin regional council". The name before
// it is the region or the town.
func (d *doc) localBodyAfter(m *mention) bool {
	s := &d.sents[m.sent]
	j := m.last
	return j+1 < s.last && localWords[d.toks[j].lower] && !d.toks[j].cap && d.toks[j+1].kind == tokWord && !d.toks[j+1].cap
}

// localServiceNouns are a town's or a region's services
// (data/words/local_service_nouns.txt).
var localServiceNouns = wordSet("local_service_nouns.txt")

// localOfficeAfter reports a town's or a region's officer or service
// named right after mention m in lower case: "Tarsk mayor Ivo Dorn", "the
// Velmora governor", "Uvalde police chief": the name before it is the
// town's or the region's whose office or service it is.
//
// An English word is no such name ("Riot police", "Metro police",
// "Longtime mayor"): the words of the name must be none the lists or the
// tagger's training data know in lower case, nor one the article writes
// so. A name that opens its sentence, where any word is capitalised, needs
// a person named after the title too ("Tarsk mayor Ivo Dorn said"), and
// no participle's or adverb's ending ("Embattled mayor Ivo Dorn").
func (d *doc) localOfficeAfter(m *mention) bool {
	s := &d.sents[m.sent]
	j := m.last
	if j >= s.last || d.toks[j].kind != tokWord || d.toks[j].cap {
		return false
	}
	k := j + 1
	if !localServiceNouns[d.toks[j].lower] {
		n, o := d.officeAt(j, s.last)
		if o == nil || o.Body != "city" && o.Body != "region" {
			return false
		}
		k = j + n
	}
	for _, t := range d.toks[m.first:m.last] {
		if t.kind == tokWord && (commonWords[t.lower] || commonNouns[t.lower] || d.lowerSeen[t.lower] || parse.Default().CommonWord(t.lower)) {
			return false
		}
	}
	if !d.sentenceInitial(m.first, s.first) {
		return true
	}
	w := d.toks[m.first].lower
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
		return false
	}
	for k < s.last && localServiceNouns[d.toks[k].lower] || k < s.last && d.toks[k].lower == "chief" {
		k++ // "Uvalde police chief Pete Arredondo"
	}
	return k+1 < s.last && d.toks[k].kind == tokWord && d.toks[k].cap && !commonWords[d.toks[k].lower] && d.toks[k+1].kind == tokWord && d.toks[k+1].cap
}

// partyAdjectives place a party on the spectrum or in power: the name
// after one is a party's.
var partyAdjectives = wordSet("party_adjectives.txt")

// sidePlurals are plurals for people by the side they take ("opponents",
// "protesters"; data/words/side_plurals.txt).
var sidePlurals = wordSet("side_plurals.txt")

// servingNouns are who serves a person named after "to" ("an aide to
// Sonko"; data/words/serving_nouns.txt).
var servingNouns = wordSet("serving_nouns.txt")

// probeNouns are looked "into" someone or something, not somewhere.
var probeNouns = wordSet("probe_nouns.txt")

// pluralPersonNoun reports the plural of a noun for people ("analysts",
// "lawmakers", "women"), or of one for people by their side ("opponents",
// "protesters"), which the press names no one by either.
func pluralPersonNoun(w string) bool {
	if w == "men" || w == "women" || w == "people" || sidePlurals[w] || pluralSpeakers[w] || protesterNouns[w] {
		return true
	}
	stem, ok := strings.CutSuffix(w, "s")
	return ok && personNouns[stem]
}

// citedAuthor reports a surname cited as an author: "Biggs et al.",
// "Tang (2011)", or the first of two ("Lindqvist and Holm, 2015").
func (d *doc) citedAuthor(m *mention) bool {
	last := d.sents[m.sent].last
	at := func(k int) string {
		if k < last {
			return d.toks[k].lower
		}
		return ""
	}
	year := func(k int) bool { return k < last && d.toks[k].kind == tokNum && len(d.toks[k].text) == 4 }
	k := m.last
	switch {
	case at(k) == "et" && strings.HasPrefix(at(k+1), "al"):
		return true
	case at(k) == "(" && year(k+1):
		return true
	case (at(k) == "and" || at(k) == "&") && k+1 < last && d.toks[k+1].cap:
		return at(k+2) == "," && year(k+3) || at(k+2) == "(" && year(k+3) || at(k+2) == "et"
	}
	return false
}

// pluralName reports whether w is the plural of a capitalised word the
// article uses elsewhere ("the Michaels" after "Michael Kovrig").
func (d *doc) pluralName(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	return ok && d.capsSeen[stem]
}

// pluralOfCommon reports a capitalised plural of a word the article writes
// in lower case ("Rules" beside "rule"), of a common noun ("Questions") or
// of a weekday ("Mondays").
func (d *doc) pluralOfCommon(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	if !ok || strings.HasSuffix(stem, "s") {
		return false
	}
	return d.lowerSeen[stem] || calendarWords[stem] || commonNouns[stem] || d.lowerSeen[strings.TrimSuffix(stem, "e")]
}

// pluralOpener reports a one-word mention m that opens its sentence with
// a plural the tagger's training data saw in lower case ("Critics say",
// "Investors said"): capitalised for its place, no name, even before
// "said". Inside a sentence the capital still makes a name ("a man they
// called Muscles").
func (d *doc) pluralOpener(m *mention) bool {
	w := d.toks[m.first].lower
	return len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && d.sentenceInitial(m.first, d.sents[m.sent].first) && parse.Default().CommonWord(w)
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
// case: an adjective ("Government-backed"), not a name ("Lloyd-Ashby").
func hyphenLower(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z'
}

// parenthesised reports whether a mention stands alone in parentheses.
func (d *doc) parenthesised(m *mention) bool {
	return m.first > 0 && m.last < len(d.toks) && d.toks[m.first-1].text == "(" && d.toks[m.last].text == ")"
}

// acronymAfter reports whether the bracketed acronym right after tokens
// [i, k) is the initials of their capitalised words ("Rwandan Patriotic
// Shield (RPS)").
func (d *doc) acronymAfter(i, k int) bool {
	if k+2 >= len(d.toks) || d.toks[k].text != "(" || d.toks[k+2].text != ")" || !d.toks[k+1].allCaps {
		return false
	}
	var initials strings.Builder
	for _, t := range d.toks[i:k] {
		if t.kind == tokWord && t.cap {
			initials.WriteString(strings.ToUpper(t.text[:1]))
		}
	}
	return initials.Len() >= 3 && d.toks[k+1].text == initials.String()
}

// adjectiveSuffix reports endings of adjectives of peoples and places the
// gazetteer does not know ("Varovian", "Eldarian", "Tamlani").
func adjectiveSuffix(w string) bool {
	for _, s := range []string{"ian", "ean", "ese", "ish", "ani"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return true
		}
	}
	return false
}

// commonNounSuffix reports endings of English common nouns that names
// rarely have ("Foundation", "Settlement", "Fairness").
func commonNounSuffix(w string) bool {
	for _, s := range []string{"tion", "ment", "ness", "ity", "ism", "ology", "ship", "ance", "ence", "ing", "ies", "ure", "ists", "virus", "itis", "osis"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return true
		}
	}
	return false
}

// kindNouns are common nouns that say what kind of thing a name before them
// ("the ruling Narodna Volya party") or in apposition after it
// ("Glas, a Varovian newspaper") denotes.
var kindNouns = wordTable("kind_nouns.tsv", polgraph.KindParty, polgraph.KindOrganization, polgraph.KindPlace)

// stateParty reports a name that a state's name opens, then party words
// only, ending in a party's head: "the Pakistan Justice Movement".
func (d *doc) stateParty(m *mention, lastW string) bool {
	if !cues.partyHeads[lastW] || bodyNameWords[lastW] {
		return false
	}
	k := d.stateWords(d.text[d.toks[m.first].start:d.toks[m.last-1].end])
	return k > 0 && d.partyWordsOnly(m.first+k, m.last)
}

// stateWords is how many of name's first words name a state the
// gazetteer knows, leaving two or more words after it ("Kenya" in "Kenya
// Freedom Party"), or 0.
func (d *doc) stateWords(name string) int {
	f := strings.Fields(name)
	for n := min(3, len(f)-2); n >= 1; n-- {
		if slices.ContainsFunc(d.x.gaz.Lookup(strings.Join(f[:n], " ")), func(m gazetteer.Match) bool {
			return m.Entry.Kind == polgraph.KindCountry && m.Via == "name"
		}) {
			return n
		}
	}
	return 0
}

// settlementNouns name a place by "of" and its name (data/words/settlement_nouns.txt).
var settlementNouns = wordSet("settlement_nouns.txt")

// modifierNouns are words that modify the noun of a body's kind before its
// name ("the rights group", "the state news agency", "the opposition
// alliance") where commonNouns does not list them.
var modifierNouns = wordSet("modifier_nouns.txt")

// nounAfter reads the kind of a name off the common noun right after it or
// in an apposition after it; "" when there is none.
func (d *doc) nounAfter(m *mention) (kind string, media bool) {
	s := &d.sents[m.sent]
	j := m.last
	if j+1 < s.last && d.toks[j].lower == "and" && d.toks[j+1].cap {
		// "Tarn and Elsby lakes": the noun after the pair
		for j++; j < s.last && d.toks[j].cap; j++ {
		}
	}
	for n := 0; n < 2 && j+1 < s.last && modifierNouns[d.toks[j].lower] && d.toks[j+1].kind == tokWord && !d.toks[j+1].cap; n++ {
		j++ // "the Korvex news agency", "the Solvang rights group": the noun the modifiers modify
	}
	if j < s.last && d.toks[j].kind == tokWord && !d.toks[j].cap {
		w := d.toks[j].lower
		if k, ok := kindNouns[w]; ok {
			return k, mediaNouns[w]
		}
		if sing := strings.TrimSuffix(w, "s"); kindNouns[sing] != "" || placeHeads[sing] && len(sing) > 3 {
			if k := kindNouns[sing]; k != "" {
				return k, false
			}
			return polgraph.KindPlace, false // "Nordby and Vik districts"
		}
	}
	j = m.last
	if j+2 < s.last && closingQuote(d.toks[j].text) && d.toks[j+1].text == "," {
		j++ // "in Holub", a town: a quotation ends with the name
	}
	if j+1 < s.last && d.toks[j].text == "," {
		k := j + 1
		if l := d.toks[k].lower; l == "or" {
			// "Glas, or Voice, a Varovian newspaper"
			for k < s.last && d.toks[k].text != "," {
				k++
			}
			k++
		}
		if k < s.last && (d.toks[k].lower == "a" || d.toks[k].lower == "an" || d.toks[k].lower == "the") && !d.subjectOfSaying(k+1, s.last) && !d.clauseAfterComma(m.sent, k+1) {
			// the noun phrase's last noun is its head, which gives the
			// kind: "Norpress, the state news agency," is no state
			kind, media := "", false
			for x, end := k+1, k+4; x < s.last && x <= end; x++ {
				t := &d.toks[x]
				if t.text == "-" && x+1 < s.last && seatParticiples[d.toks[x+1].lower] {
					x, end = x+1, end+2 // "X, a Sarn-based NGO": where the body sits, then its noun
					continue
				}
				if numberCompound(t) {
					if strings.HasSuffix(t.lower, "-old") && (x+1 >= s.last || d.toks[x+1].kind != tokWord) {
						kind, media = polgraph.KindPerson, false // "X, a 39-year-old,": the age is the noun
						break
					}
					end++ // "X, a 39-year-old lawmaker": the age modifies the noun that gives the kind
					continue
				}
				if t.kind != tokWord || prepositions[t.lower] || t.lower == "and" || t.lower == "who" || t.lower == "that" {
					break
				}
				if t.cap && x+1 < s.last && d.toks[x+1].kind == tokWord {
					continue // "X, a Labour Party councillor": a name modifies the noun that gives the kind
				}
				if l := d.toks[min(x+1, s.last-1)].lower; l == "'s" || l == "’s" {
					x, end = x+1, end+1 // "X, the party's youth leader": the party owns what X is; its mark is no word of the phrase
					continue
				}
				if k, ok := kindNouns[t.lower]; ok {
					kind, media = k, mediaNouns[t.lower]
				} else if personNouns[t.lower] || workRoles[t.lower] || partyRoles[t.lower] {
					// "X, the CHP's deputy group chairman": the last noun,
					// a person's role, is the head, "group" its modifier
					kind, media = polgraph.KindPerson, false
				}
			}
			if kind == polgraph.KindPerson && d.roleOfNameAfter(k+1, s.last) {
				// "In San Rafael, the mayor, Gerardo Lucero, said": the
				// role is the name's set off after it, not the place's
				kind = ""
			}
			if kind != "" {
				return kind, media
			}
		}
	}
	return "", false
}

// roleOfNameAfter reports whether the noun phrase from token i, a
// person's role, is set off before a name of two capitalised words and a
// comma ("the mayor, Gerardo Lucero,", "the court's spokeswoman, Marisol
// Recalde,"): the role is that name's.
func (d *doc) roleOfNameAfter(i, last int) bool {
	for j := i; j < last && j < i+6; j++ {
		t := &d.toks[j]
		if t.text == "," {
			n := j + 1
			for n < last && d.toks[n].kind == tokWord && d.toks[n].cap {
				n++
			}
			return n-j-1 >= 2 && n < last && d.toks[n].text == ","
		}
		if t.kind != tokWord && t.lower != "'s" && t.lower != "’s" {
			return false
		}
	}
	return false
}

// nameAfterKindNoun reports whether the kind noun right after mention m
// (past its modifiers) comes right before a name: "the Baltic news agency
// LETA", "the Balkan rights group Solvang". The noun types that name; the
// word before it says where the body is from, or what it does, and names
// nothing. A title after the noun ("the Kavran party MP Ana Holm") is no
// such name.
func (d *doc) nameAfterKindNoun(m *mention) bool {
	s := &d.sents[m.sent]
	j := m.last
	for n := 0; n < 2 && j+1 < s.last && modifierNouns[d.toks[j].lower] && d.toks[j+1].kind == tokWord && !d.toks[j+1].cap; n++ {
		j++
	}
	if j+1 >= s.last || d.toks[j].cap || kindNouns[d.toks[j].lower] == "" {
		return false
	}
	t := &d.toks[j+1]
	if t.kind != tokWord || !t.cap || legislatorNouns[t.lower] || personNouns[t.lower] || workRoles[t.lower] {
		return false
	}
	n, _ := d.officeAt(j+1, s.last)
	return n == 0
}

// partOfPlace reports a mention after "of" and a place's head, a place's
// office or a part or people of a place ("the mayor of Kovin Selo", "the
// residents of Stari Grad"), as a one-word name's default reads it. The
// offices of a state and the titles of a domain are left out: "King of
// Fighters XIV" is a game's.
func (d *doc) partOfPlace(m *mention) bool {
	if d.prevWord(m.first, m.sent) != "of" || m.first-2 < d.sents[m.sent].first {
		return false
	}
	t := &d.toks[m.first-2]
	o, ok := d.x.gaz.Office(t.text)
	return placeHeads[t.lower] && !ownedPlaceHeads[t.lower] || placePartNouns[t.lower] || ok && (o.Body == "city" || o.Body == "region")
}

// ownedPlaceHeads name a building, a way or grounds, which a person has
// as well as a place ("the palace of Ana Holm", "the long road of Marit
// Varn").
var ownedPlaceHeads = wordSet("owned_place_heads.txt")

// memberCallsItParty reports a name after a person's name and "of (the)",
// or before a party role and a name, whose sentence goes on to "his
// party", "her party" or "their party": "Ines Karro of the Ecology Front
// says her party will not join", "Ecology Front leader Ines Karro says her
// party will not join".
func (d *doc) memberCallsItParty(m *mention) bool {
	s := &d.sents[m.sent]
	j := m.first - 1
	if j > s.first && d.toks[j].lower == "the" {
		j--
	}
	roleAfter := d.partyRoleBeforeName(m)
	if !roleAfter && (j <= s.first || d.toks[j].lower != "of" || !d.toks[j-1].cap || d.toks[j-1].kind != tokWord) {
		return false
	}
	for k := m.last; k+1 < s.last; k++ {
		if w := d.toks[k].lower; (w == "his" || w == "her" || w == "their") && d.toks[k+1].lower == "party" {
			return true
		}
	}
	return false
}

// partyRoleBeforeName reports a party's role noun (party_roles.txt) right
// after mention m and before a capitalised word: "Ecology Front leader
// Ines Karro", "Tarvo Democrats chairman Ivo Lant".
func (d *doc) partyRoleBeforeName(m *mention) bool {
	s := &d.sents[m.sent]
	return m.last+1 < s.last && partyRoles[d.toks[m.last].lower] && d.toks[m.last+1].cap && d.toks[m.last+1].kind == tokWord
}

// partiesTakenUp reads as a party a body's name ending in a head that
// parties' names share with other bodies ("Alliance", "Front") where "the
// party" takes it up after it: "Members of the Civic Alliance elected Ivo
// Dorn as their leader, ending rifts over the party's stance". It runs
// once every sentence's names are found, as the next sentence's may stand
// between.
func (d *doc) partiesTakenUp() {
	for mi := range d.ments {
		m := &d.ments[mi]
		if last := d.toks[m.last-1].lower; m.kind == polgraph.KindOrganization && !m.media && m.last-m.first >= 2 && orgHeads[last] && cues.partyHeads[last] && d.theParty(m) {
			m.kind = polgraph.KindParty
		}
	}
}

// theParty reports a name that "the party" takes up after it, in its
// sentence or the next, with no party-like name between. A name of another
// party or body between ("…, not the Unity Party; the party …") may be
// what it takes up.
func (d *doc) theParty(m *mention) bool {
	end := d.sents[m.sent].last
	if m.sent+1 < len(d.sents) {
		end = d.sents[m.sent+1].last
	}
	for k := m.last; k+1 < end; k++ {
		t := &d.toks[k]
		if t.cap && (partyWord[t.lower] || cues.partyHeads[t.lower]) {
			return false
		}
		if t.lower == "the" && d.toks[k+1].lower == "party" && !d.toks[k+1].cap && (k+2 >= end || !d.toks[k+2].cap && d.toks[k+2].lower != "of") {
			return !d.partyLikeNameIn(m.last, k)
		}
	}
	return false
}

// partyLikeNameIn reports a name among tokens [i, j) that is or may be a
// party or another body: "… the Economic and Monetary Union. He later
// joined the June List, … the party lost": the party is the list.
func (d *doc) partyLikeNameIn(i, j int) bool {
	for _, o := range d.ments {
		if o.first < i || o.first >= j {
			continue
		}
		if o.kind == polgraph.KindParty || o.kind == polgraph.KindOrganization || orgHeads[d.toks[o.last-1].lower] || slices.ContainsFunc(o.matches, func(g gazetteer.Match) bool {
			return g.Entry.Kind == polgraph.KindParty || g.Entry.Kind == polgraph.KindOrganization
		}) {
			return true
		}
	}
	return false
}

// statePlurals are the plural nouns of states ("the Baltic states").
var statePlurals = wordSet("state_plurals.txt")

// routePrepositions take a route or an extent, which places have and
// people do not ("through Kovin Selo").
var routePrepositions = wordSet("route_prepositions.txt")

// routeEnd reports a mention after "to" that ends a route from a known
// place ("from Belgrade to Kovin Selo") or a journey's verb ("travelled to
// Kovin Selo"): where one went, not to whom one spoke.
func (d *doc) routeEnd(m *mention) bool {
	first := d.sents[m.sent].first
	if m.first-2 < first || d.toks[m.first-1].lower != "to" {
		return false
	}
	if travelVerbs[d.toks[m.first-2].lower] {
		return true
	}
	for _, o := range d.ments {
		if o.sent == m.sent && o.last == m.first-1 && o.first-1 >= first && d.toks[o.first-1].lower == "from" && slices.ContainsFunc(o.matches, func(g gazetteer.Match) bool {
			return g.Entry.Kind == polgraph.KindPlace || g.Entry.Kind == polgraph.KindCountry || g.Via == "metonym"
		}) {
			return true
		}
	}
	return false
}

// sayingVerbs are the verbs of saying whose subject a wire story puts after
// what it tells ("..., the news agency Korvex reported").
var sayingVerbs = wordSet("saying_verbs.txt")

// subjectOfSaying reports whether the words from k on, with no punctuation
// but a hyphen, run into a verb of saying: "Ana Holm, the Baltic news
// agency LETA reported" puts who told it behind a comma, and that noun
// phrase is the verb's subject, no apposition to the name before.
func (d *doc) subjectOfSaying(k, last int) bool {
	for x := k; x < last && x < k+8; x++ {
		t := &d.toks[x]
		switch {
		case t.text == "-":
			continue
		case t.kind != tokWord || t.lower == "who" || t.lower == "that" || t.lower == "which":
			return false
		case !t.cap && sayingVerbs[t.lower]:
			return x > k
		}
	}
	return false
}

// clauseAfterComma reports whether the words from token k up to the next
// comma hold a verb in a finite form, as the tagger reads them, with no
// relative word before it: in "According to the Lantern, the minister met
// a diplomat", what follows the comma is a clause, whose subject is no
// apposition that says what the Lantern is.
func (d *doc) clauseAfterComma(si, k int) bool {
	x := d.taggedOf(si)
	if x == nil {
		return false
	}
	for i := k; i < d.sents[si].last && i < k+8; i++ {
		t := &d.toks[i]
		if t.kind != tokWord || t.lower == "who" || t.lower == "which" || t.lower == "that" {
			return false
		}
		if x.contactRelative(k, i) {
			return false // "Popular Force, the party he has led since 2019,": the clause is the noun's
		}
		if w := x.at(i); w >= 0 && !t.cap && finiteTags[x.tree.XPOS[w]] {
			return true
		}
	}
	return false
}

// contactRelative reports a personal pronoun at token i right after a
// common noun of the phrase that opens at token k: the subject of a
// relative clause with no relative word ("the party he has led", "the
// movement they founded"), whose verb tells of the noun, not a clause of
// its own after the comma.
func (x *syntax) contactRelative(k, i int) bool {
	if i <= k {
		return false
	}
	w, n := x.at(i), x.at(i-1)
	return w >= 0 && n >= 0 && x.tree.XPOS[w] == "PRP" && (x.tree.XPOS[n] == "NN" || x.tree.XPOS[n] == "NNS")
}

// datelineKind is the kind a dateline's form gives a name no list knows:
// the name in its parentheses is the agency that filed the story
// ("RAVELLO, May 6 (Baltic Wire) -"), and the name opening it is the place
// it is filed from.
func (d *doc) datelineKind(m *mention) (kind string, media bool) {
	s := &d.sents[m.sent]
	if !s.dateline {
		return "", false
	}
	if m.first > s.first && d.toks[m.first-1].text == "(" && m.last < s.last && d.toks[m.last].text == ")" {
		return polgraph.KindOrganization, true
	}
	if d.datelinePlace(m) {
		return polgraph.KindPlace, false // "KRALJEVO, Feb 11 -": where the story is filed from
	}
	return "", false
}

// partyGroupNouns name a group of parties that runs as one, where a
// party's standing modifies them (data/words/party_group_nouns.txt).
var partyGroupNouns = wordSet("party_group_nouns.txt")

// partyGroupBeside reports an apposition right before or after mention m
// whose noun is a group of parties' that a party's standing modifies:
// "the main opposition coalition, the Harvest Alliance," and "the Harvest
// Alliance, the ruling bloc,".
func (d *doc) partyGroupBeside(m *mention) bool {
	s := &d.sents[m.sent]
	if j := m.last; j+2 < s.last && d.toks[j].text == "," && determiners[d.toks[j+1].lower] {
		for x := j + 2; x < s.last && x <= j+5 && d.toks[x].kind == tokWord && !d.toks[x].cap; x++ {
			if partyGroupNouns[d.toks[x].lower] {
				return d.standingIn(j+2, x)
			}
		}
	}
	j := m.first - 1
	if j > s.first && d.toks[j].lower == "the" {
		j--
	}
	if j-1 <= s.first || d.toks[j].text != "," || !partyGroupNouns[d.toks[j-1].lower] {
		return false
	}
	for x := j - 2; x >= s.first && x >= j-5; x-- {
		if determiners[d.toks[x].lower] {
			return d.standingIn(x+1, j-1)
		}
		if d.toks[x].kind != tokWord || d.toks[x].cap && x > s.first {
			return false
		}
	}
	return false
}

// standingIn reports a party's standing among tokens [i, j): "ruling",
// "opposition", "centre-right".
func (d *doc) standingIn(i, j int) bool {
	for x := i; x < j; x++ {
		if partyAdjectives[d.toks[x].lower] {
			return true
		}
	}
	return false
}

// ownNameBefore reports a noun at token j whose own name comes right before
// it: a capitalised word other than a lone nationality ("the Civic Renewal
// party", "the Pheu Thai party"; not "the Thai party").
func (d *doc) ownNameBefore(j, first int) bool {
	p := j - 1
	if p < first || !d.toks[p].cap || determiners[d.toks[p].lower] || possessives[d.toks[p].lower] {
		return false // "His party, the Civic Alliance,"
	}
	return !d.demonymAt(p) || p > first && d.toks[p-1].cap
}

// nounBefore is the kind a common noun right before the name gives it:
// "the daily Jurnalul Nou", "the capital, Valdora," (an apposition, closed
// by punctuation: "in the capital, Smith said" is no name of the capital).
func (d *doc) nounBefore(m *mention) (kind string, media bool) {
	s := &d.sents[m.sent]
	j := m.first - 1
	if j > s.first+1 && d.toks[j].lower == "the" && d.toks[j-1].text == "," {
		j-- // "the ruling party, the Velmar Front,"
	}
	if k, media, ok := d.calledNoun(m); ok {
		return k, media // "two parties called the Farmers' Union"
	}
	if j > s.first && d.toks[j].lower == "of" && settlementNouns[d.toks[j-1].lower] {
		return polgraph.KindPlace, false // "the border city of Pedro Juan Caballero"
	}
	if d.settlementListBefore(m) {
		return polgraph.KindPlace, false // "the villages of Dorvik, Lanmere and Oskel": each one of the list
	}
	comma := j > s.first && d.toks[j].text == ","
	if comma {
		if m.last < s.last && (d.toks[m.last].kind == tokWord || d.toks[m.last].text == "(") {
			// "in the capital, Smith said", "In the northern district,
			// Maria Holm (Labour Party) faces": a comma that closes an
			// opening phrase, and a label in brackets a candidate's
			return "", false
		}
		j--
	}
	if j <= s.first || d.toks[j].kind != tokWord || d.toks[j].cap {
		return "", false
	}
	w := d.toks[j].lower
	if d.owningCompound(j) && !comma {
		return polgraph.KindOrganization, false // "the state-owned Petrokav", "the Kremlin-run Norcom"
	}
	k, ok := kindNouns[w]
	media = mediaNouns[w]
	if !ok && outletNounsBefore[w] && !comma {
		k, ok, media = polgraph.KindOrganization, true, true // "the news site Korvex"
	}
	if !ok {
		return "", false
	}
	if comma && d.ownNameBefore(j, s.first) {
		// "the opposition Pheu Thai party, Chaikasem Nitisiri,": the
		// noun has its name already; who stands beside it is another
		return "", false
	}
	// "the rights group Solvang", "the independent news site Korvex": up
	// to two words in lower case may modify the noun between it and its
	// determiner, adjectives, nationalities or nouns, but no word of
	// grammar ("Ilsa Varn told the newspaper Korvex" is no paper)
	for x, lim := j-1, j-3; x >= s.first && x >= lim; x-- {
		t := &d.toks[x]
		if (backingParticiples[t.lower] || seatParticiples[t.lower]) && x-2 >= s.first && d.toks[x-1].text == "-" && d.toks[x-2].cap {
			// "the Israeli-owned company Nevatech", "the Oslo-based
			// group Solvang": who stands behind the body, or where it
			// sits, modifies the noun too
			x, lim = x-2, lim-3
			continue
		}
		// a capital opens the noun phrase: "Rights group Solvang said",
		// "Human rights group Solvang said"
		// a possessive ends the noun phrase's owner, which determines it:
		// "Sweden's newspaper Dagens Tid", "the party's weekly Glas"
		if determiners[t.lower] || possessives[t.lower] || t.lower == "'s" && !comma && x > s.first && d.toks[x-1].kind == tokWord || (x == j-1 || x == s.first) && t.cap {
			if comma && d.roleOfBodyAt(x-1) {
				// "a spokesperson for the foreign ministry, Anna
				// Volkova,": the name restates the role, not the body
				return "", false
			}
			return k, media
		}
		if d.demonymAt(x) {
			continue // "the Portuguese news agency Lusa": a nationality modifies the noun too
		}
		if t.kind != tokWord || t.cap || prepositions[t.lower] || commonWords[t.lower] && !commonNouns[t.lower] && !modifierNouns[t.lower] {
			break
		}
	}
	return "", false
}

// titleNounAlone reports a one-word mention that is the common noun of
// an office, a role or a place's part, capitalised as a title's or a
// district's head is, in a noun phrase of its own: a determiner opens it,
// maybe with one modifier between ("the Ohio Auditor", "the Northern
// District"), or "of" and a capitalised name follow ("Auditor of State",
// "District of Ohio"). A given name, a known leader's name, or the
// surname of a person named before keeps the person.
func (d *doc) titleNounAlone(m *mention) bool {
	w := d.toks[m.first].lower
	if !(placeHeads[w] || districtNouns[w] || personNouns[w] || workRoles[w] || d.x.gaz.OfficeStarts(w)) ||
		firstNames[w] || len(d.x.gaz.LookupLeader(d.toks[m.first].text)) > 0 || d.surnameOfNamed(m) {
		return false
	}
	s := &d.sents[m.sent]
	if m.last+1 < s.last && d.toks[m.last].lower == "of" && d.toks[m.last+1].cap {
		return true
	}
	for j := m.first - 1; j >= s.first && j >= m.first-2; j-- {
		if determiners[d.toks[j].lower] && d.toks[j].lower != "that" {
			return true
		}
		if d.toks[j].kind != tokWord {
			return false
		}
	}
	return false
}

// settlementListBefore reports a name that goes on a list of names after
// the plural of a settlement's noun and "of": in "the villages of Dorvik,
// Lanmere and Oskel" each name after a comma or "and" is a place too, as
// the first is. A singular noun opens no list ("the town of Kessaw,
// Tarrin said" sets off a speaker).
func (d *doc) settlementListBefore(m *mention) bool {
	s := &d.sents[m.sent]
	j := m.first - 1
	for range 12 { // a list of a dozen names at most
		if j <= s.first || d.toks[j].text != "," && !coordinators[d.toks[j].lower] {
			return false
		}
		if j--; coordinators[d.toks[j+1].lower] && d.toks[j].text == "," {
			j-- // "Dorvik, Lanmere, and Oskel"
		}
		k := j
		for j >= s.first && d.toks[j].kind == tokWord && d.toks[j].cap {
			j--
		}
		if j == k || j <= s.first {
			return false // no name before the comma
		}
		if w := d.toks[j-1].lower; d.toks[j].lower == "of" {
			return settlementNouns[w] && strings.HasSuffix(w, "s")
		}
	}
	return false
}

// partyTitleBeside reports a party's post before mention m with "of"
// ("the leader of Bright Path") or after it before a capitalised name
// ("Bright Path leader Marta Kovalenko"): m names the party the post is
// of.
func (d *doc) partyTitleBeside(m *mention) bool {
	limit := d.sents[m.sent].last
	if m.last >= limit {
		return false
	}
	if n, o := d.officeAt(m.last, limit); n > 0 && o.Body == "party" && m.last+n < limit && d.toks[m.last+n].cap && d.toks[m.last+n].kind == tokWord {
		return true
	}
	of := m.first - 1
	if of > 0 && d.toks[of].lower == "the" {
		of--
	}
	if of < 1 || d.toks[of].lower != "of" {
		return false
	}
	for k := max(of-3, d.sents[m.sent].first); k < of; k++ {
		if n, o := d.officeAt(k, of); n == of-k && o.Body == "party" {
			return true
		}
	}
	return false
}

// calledNoun is the kind of the noun that mention m's name is given by
// "called" or "named" after a count of it ("a party called Civic Dawn",
// "two parties called the Farmers' Union", "a town named Frankton"), or
// by "known as" after any determiner ("the group, known as Kimsuky,"):
// the count makes the participle a modifier of the noun, where after
// "the" it may be the verb ("the party named Ana Holm its leader");
// "known as" never names an object so. Modifiers may stand between the
// count and the noun ("a state-backed hacking group called Amber Storm").
func (d *doc) calledNoun(m *mention) (kind string, media, ok bool) {
	s := &d.sents[m.sent]
	j := m.first - 1
	if j > s.first && d.toks[j].lower == "the" {
		j--
	}
	known := j-1 > s.first && d.toks[j].lower == "as" && d.toks[j-1].lower == "known"
	if known {
		j-- // "known"
		if j-1 > s.first && d.toks[j-1].text == "," {
			j-- // "The group, known as Kimsuky,"
		}
	} else if j-2 < s.first || d.toks[j].lower != "called" && d.toks[j].lower != "named" {
		return "", false, false
	}
	noun := j - 1
	if d.toks[noun].kind != tokWord || !d.countedNoun(noun, s.first, known) {
		return "", false, false
	}
	for _, w := range inflectedSingulars(d.toks[noun].lower) {
		if k, found := kindNouns[w]; found {
			return k, mediaNouns[w], true
		}
	}
	return "", false, false
}

// inflectedSingulars are the forms a plural noun w may have in the
// singular, w itself first.
func inflectedSingulars(w string) []string {
	return []string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es"), strings.TrimSuffix(w, "ies") + "y"}
}

// countedNoun reports a noun at token noun that a count opens ("a",
// "an", "two", "3"), or, where anyDeterminer, any determiner or
// possessive, with up to three modifiers between them: lower-case words,
// hyphens and nationalities ("a Chinese state-backed group").
func (d *doc) countedNoun(noun, first int, anyDeterminer bool) bool {
	for x := noun - 1; x >= first && x >= noun-4; x-- {
		t := &d.toks[x]
		if t.lower == "a" || t.lower == "an" || numberWords[t.lower] > 0 || t.kind == tokNum {
			return true
		}
		if anyDeterminer && (determiners[t.lower] || possessives[t.lower]) {
			return true
		}
		if t.text == "-" || d.demonymAt(x) {
			continue
		}
		if t.kind != tokWord || t.cap || prepositions[t.lower] || determiners[t.lower] || possessives[t.lower] || commonWords[t.lower] && !commonNouns[t.lower] && !modifierNouns[t.lower] {
			return false
		}
	}
	return false
}

// outletNounsBefore type a news outlet's name after them, not before
// (data/words/outlet_nouns_before.txt).
var outletNounsBefore = wordSet("outlet_nouns_before.txt")

// owningParticiples end a hyphened word that makes the name after it a
// company's: "state-owned", "Kremlin-run" (data/words/owning_participles.txt).
var owningParticiples = wordSet("owning_participles.txt")

// owningCompound reports a hyphened word at token j, one token or split
// after a name ("Kremlin - run"), whose last part is an owning participle.
func (d *doc) owningCompound(j int) bool {
	if _, part, ok := strings.Cut(d.toks[j].lower, "-"); ok && owningParticiples[part] {
		return true
	}
	return j >= 2 && owningParticiples[d.toks[j].lower] && d.toks[j-1].text == "-" && d.toks[j-1].start == d.toks[j-2].end && d.toks[j].start == d.toks[j-1].end
}

// roleOfBodyAt reports a work role's noun and the word joining it to a
// body at token p and before it: "spokesperson for" in "a spokesperson
// for the foreign ministry".
func (d *doc) roleOfBodyAt(p int) bool {
	return p >= 1 && roleCases[d.toks[p].lower] && d.toks[p-1].kind == tokWord && !d.toks[p-1].cap && (workRoles[d.toks[p-1].lower] || personNouns[d.toks[p-1].lower])
}

// nameLike reports whether a run of capitalised words can be a person's
// name: no function words ("The Return", "We Stand"), no words the article
// also writes in lower case ("Green Revolution"), no words of events
// or works, and not all in capitals.
func (d *doc) nameLike(m *mention) bool {
	if f := d.toks[m.first].lower; !firstNames[f] && (commonNounSuffix(f) || wordSuffix(f)) && !d.speakerAfter(m) {
		// "Childish Recollections", "Medicinal Properties": a title; but
		// "Tjalling Roos, who leads the union", "Haiming Zhou said": a
		// given name a list lacks, which a person's cue after it shows
		return false
	}
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
		if commonWords[t.lower] || notPersonWords[t.lower] || commonNouns[t.lower] && !firstNames[t.lower] || (d.lowerSeen[t.lower] && !firstNames[t.lower]) {
			if t.end == d.toks[m.last-1].end && m.last-m.first >= 3 && d.taggedPersonSpan(m) {
				// "Amina Wanjiru Hope", "Joseph Kiprop Too": a surname
				// that is an English word too, after two name words, where
				// the learned tagger reads a person's name in context
				continue
			}
			return false
		}
	}
	return caps < 2
}

// taggedPersonSpan reports a mention whose words the learned name tagger
// reads as one person's name, by at least minTaggerMargin.
func (d *doc) taggedPersonSpan(m *mention) bool {
	x := d.taggedOf(m.sent)
	if x == nil {
		return false
	}
	want := nametagger.Span{Start: x.at(m.first), End: x.lastWord(m.last-1) + 1, Label: "PER"}
	if !slices.Contains(d.nameTagging(m.sent, x, false).names, want) {
		return false
	}
	for _, sc := range d.nameTagging(m.sent, x, true).spans {
		if sc.Span == want {
			return sc.Margin >= minTaggerMargin
		}
	}
	return false
}

// speakerAfter reports a cue beside mention m that only a person has: a
// verb of speaking after it ("said", "told") or, behind a comma, before it
// ("..., said Tjalling Roos"), or a comma and "who" or an age after it
// ("Tjalling Roos, who leads ...", "Tjalling Roos, 54, said").
func (d *doc) speakerAfter(m *mention) bool {
	if p := d.prevWord(m.first, m.sent); (p == "said" || p == "says") && d.prevWord(m.first-1, m.sent) == "," {
		return true
	}
	switch d.nextWord(m.last, m.sent) {
	case "said", "says", "told", "asked", "replied", "wrote":
		return true
	case ",":
		next := d.nextWord(m.last+1, m.sent)
		return next == "who" || m.last+2 < d.sents[m.sent].last && d.toks[m.last+1].kind == tokNum && len(d.toks[m.last+1].text) <= 3 && d.toks[m.last+2].text == ","
	}
	return false
}

// notPersonWords never occur in people's names.
var notPersonWords = wordSet("not_person_words.txt")

// headBeforeOf reports whether the word before the name's first "of" or
// "for" is one of heads: "Central Bank of X", "National Assembly of X",
// "Movement for Democratic Change".
func (d *doc) headBeforeOf(m *mention, heads map[string]bool) bool {
	for j := m.first + 1; j < m.last; j++ {
		if d.toks[j].lower == "of" || d.toks[j].lower == "for" {
			return heads[d.toks[j-1].lower]
		}
	}
	return false
}

func (d *doc) hasWord(m *mention, w string) bool {
	for _, t := range d.toks[m.first:m.last] {
		if t.lower == w {
			return true
		}
	}
	return false
}

// partnersJoined reports a name whose "&" joins two words that are
// names, no common words ("Patel & Greene", not the journal "Social
// Science & Medicine"): the partners a firm is named after.
func (d *doc) partnersJoined(m *mention) bool {
	for j := m.first + 1; j+1 < m.last; j++ {
		if d.toks[j].text == "&" {
			return d.nameWord(j-1) && d.nameWord(j+1)
		}
	}
	return false
}

// nameWord reports a capitalised word at token j that no list knows as a
// common word or noun.
func (d *doc) nameWord(j int) bool {
	t := &d.toks[j]
	return t.kind == tokWord && t.cap && !commonWords[t.lower] && !commonNouns[t.lower]
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
			if o.Body == "legislature" {
				return true
			}
			break // "the candidate for": a title of no body, which the word says
		}
	}
	if i > 0 {
		switch d.toks[i-1].lower {
		case "member", "parliament", "assembly", "congress", "senate", "legislature", "seat", "riding", "constituency", "candidate":
			return true // "elected to parliament for Hedmark", "the Labour candidate for Hedmark"
		}
	}
	return false
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

// personContext reports a cue right after a single word that it names a
// person: a possessive, a reporting verb, "who".
func (d *doc) personContext(m *mention) bool {
	return d.personWordAt(m.last, m.sent)
}

// personWordAt reports whether token i of sentence si is a word that
// follows a person's name: a possessive or a verb of saying.
func (d *doc) personWordAt(i, si int) bool {
	switch d.nextWord(i, si) {
	case "'s", "said", "says", "told", "who", "asked", "replied", "wrote":
		return true
	}
	return false
}

// bodyEndsWith reports whether the one word of mention m ends a longer
// name anywhere in the article, before it or after ("Assembly", "the
// National Assembly"): a capitalised word right after another.
func (d *doc) bodyEndsWith(m *mention) bool {
	w := d.toks[m.first].lower
	for i := 1; i < len(d.toks); i++ {
		if i != m.first && d.toks[i].lower == w && d.toks[i].cap && d.toks[i-1].cap && d.toks[i-1].kind == tokWord {
			return true
		}
	}
	return false
}

// hyphenedGivenName reports a name whose words after the first are one
// given name of two syllables joined by a hyphen, the second in lower
// case, as Korean names are romanised ("Min-jae", "Chung-hee").
func (d *doc) hyphenedGivenName(m *mention) bool {
	rest := strings.TrimSpace(d.text[d.toks[m.first].end:d.toks[m.last-1].end])
	a, b, ok := strings.Cut(rest, "-")
	return ok && len(a) > 1 && !strings.ContainsAny(a, " -") && len(b) > 1 && strings.ToLower(b) == b && !strings.ContainsAny(b, " -")
}

// surnameOfNamed reports a one-word name that is the last word of a
// person's full name named before it: "Tenning, a Republican," after
// "Marla Tenning" is her surname, whatever its ending says of a common
// noun.
func (d *doc) surnameOfNamed(m *mention) bool {
	w := d.toks[m.first].lower
	for pi := range d.ments {
		p := &d.ments[pi]
		if p.last > m.first || p.kind != polgraph.KindPerson || p.via != "run" || p.last-p.first < 2 {
			continue
		}
		if d.toks[p.last-1].lower == w && d.toks[p.first].lower != w || familyFirstSurnames[w] && d.toks[p.first].lower == w {
			return true // "Holm" after "Ana Holm"; "Park" after "Park Min-jae", the family name first
		}
	}
	return false
}

// hasDigit reports a digit in w ("L2", "COVID-19"): a code, not a name.
func hasDigit(w string) bool {
	for _, r := range w {
		if r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

// domainTitles are titles held "of" a place: "Earl of X", "King of X".
var domainTitles = wordSet("domain_titles.txt")

// placePartNouns are the parts and people of a place that "of" joins to
// its name: "the walls of X", "the residents of X".
var placePartNouns = wordSet("place_part_nouns.txt")

// allCapsRun reports a run whose words are all in capitals.
func allCapsRun(toks []token) bool {
	for _, t := range toks {
		if t.kind == tokWord && !t.allCaps && !connectors[t.lower] {
			return false
		}
	}
	return true
}

// modifiesNoun reports a common noun right after the mention.
func (d *doc) modifiesNoun(m *mention) bool {
	if m.last >= d.sents[m.sent].last {
		return false
	}
	t := &d.toks[m.last]
	if t.kind != tokWord || t.cap {
		return false
	}
	if n, _ := d.officeAt(m.last, d.sents[m.sent].last); n > 0 {
		return true // "the Orvane prime minister": whose office, a body's or a state's (kind_cues.tsv's "modifier")
	}
	return commonNouns[t.lower] || personNouns[t.lower] || workRoles[t.lower]
}

// affiliationOf reports "Person of X": X is the body the person belongs to.
func (d *doc) affiliationOf(m *mention) bool {
	if m.first < 2 || d.toks[m.first-1].lower != "of" || len(d.ments) == 0 {
		return false
	}
	p := &d.ments[len(d.ments)-1]
	return p.last == m.first-1 && p.kind == polgraph.KindPerson && p.office == nil && p.last-p.first >= 2
}

// localHolderOf reports a name that completes with "of" the name of a
// person titled by a town's or a region's office or a legislator's seat:
// "Councillor Ruth Ashby of Frankton" and "Sen. Lena Orcutt of Toledo"
// sit for a place, as "Mayor Ana Holm of Velka" leads one.
func (d *doc) localHolderOf(m *mention) bool {
	if m.first < 2 || d.toks[m.first-1].lower != "of" {
		return false
	}
	for i := range d.ments {
		if p := &d.ments[i]; p.sent == m.sent && p.last == m.first-1 {
			return p.kind == polgraph.KindPerson && p.office != nil && (p.office.Body == "city" || p.office.Body == "region" || seatTitle(p.office))
		}
	}
	return false
}

// placeAdjectives before a name say it is a place ("neighbouring
// Frankton").
var placeAdjectives = wordSet("place_adjectives.txt")

// workplaceOf reports a name that completes a work role with "at" or
// "with": "an analyst at Petrokav", "works as an engineer at Dravco
// Capital", "an analyst with Nordbank". One works at a body, not at a
// place, though "at" before an unknown name otherwise says where.
func (d *doc) workplaceOf(m *mention) bool {
	return m.first >= 2 && (d.toks[m.first-1].lower == "at" || d.toks[m.first-1].lower == "with") && workRoles[d.toks[m.first-2].lower] && !firstNames[d.toks[m.first].lower]
}

// deities are named as persons whatever the preposition before them.
var deities = wordSet("deities.txt")

// eventNames end the names of events and days, which are no entities here.
var eventNames = wordSet("event_names.txt")

// wordSuffix reports endings of English adjectives and participles that
// open titles of works, not names ("Medicinal", "Glorious", "Forgotten").
func wordSuffix(w string) bool {
	for _, s := range []string{"ish", "ous", "ive", "ful", "less", "able", "ible"} {
		if strings.HasSuffix(w, s) && len(w) > len(s)+3 {
			return true
		}
	}
	// "al" and "ed" end many names too ("Kamal", "Javed"): only long words
	return len(w) >= 8 && (strings.HasSuffix(w, "al") || strings.HasSuffix(w, "ed"))
}

// closingQuote reports a quotation mark that may close a quotation.
func closingQuote(t string) bool { return t == "\"" || t == "”" || t == "’" }

// seatLabel reports a name in a member's label after a person's name
// ("Ada Holm (Wexcombe)", "Ada Holm (LP-Wexcombe)"): the seat she holds.
func (d *doc) seatLabel(m *mention) bool {
	p := d.labelOpen(m.first, m.last)
	if p < 0 {
		return false
	}
	for i := len(d.ments) - 1; i >= 0 && d.ments[i].last >= p; i-- {
		if pm := &d.ments[i]; pm.last == p && pm.kind == polgraph.KindPerson {
			return true
		}
	}
	return false
}

// givenNameIn reports a given name among mention m's words.
func (d *doc) givenNameIn(m *mention) bool {
	for _, t := range d.toks[m.first:m.last] {
		if firstNames[t.lower] {
			return true
		}
	}
	return false
}

// numberCompound reports a hyphened word that opens with a number and
// ends in letters, one token: "39-year-old", "20-member", "12-year". It
// modifies a noun after it as an adjective would.
func numberCompound(t *token) bool {
	if t.kind != tokNum || !strings.Contains(t.text, "-") {
		return false
	}
	last := t.text[len(t.text)-1]
	return last >= 'a' && last <= 'z'
}

// brandCapitals reports whether word w has a capital inside it after
// three or more small letters, as names made of two words joined have
// ("DisinfoLab", "NewsGuard") and surnames with a prefix do not
// ("McCarthy", "MacLeod", "DeSantis", "LaGuardia").
func brandCapitals(w string) bool {
	small := 0
	for i, r := range w {
		switch {
		case unicode.IsLower(r):
			small++
		case unicode.IsUpper(r) && i > 0 && small >= 3:
			return true
		default:
			small = 0
		}
	}
	return false
}
