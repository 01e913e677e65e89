package extract

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// entity is one real-world referent of the article's mentions.
type entity struct {
	id, kind, name string
	gaz            *gazetteer.Entry
	surfaces       []string // every surface form seen, in order
	ments          []int
	words          []string // lowercase name words, for persons
	weak           bool     // only weak evidence of its kind so far
	used           bool     // an event or relation refers to it
	offices        []*gazetteer.Office
	capitalOf      *gazetteer.Entry // a capital named as a place, not for its state
	titled         []string         // surfaces with a title ("Senator Holm"): aliases, never the name
	cued           bool             // its weak kind comes from a context cue
	leader         *gazetteer.Entry // the known leader a person is
	unsure         bool             // named by a shared or generic party name the article's countries do not resolve
	scope          string           // a party no list knows, or a state body of a generic name: the country that qualifies its name (partyScope) or its sentence's setting
	denied         bool             // the name tagger reads no name where it is named
	mission        string           // a diplomatic mission: what it is and whose ("embassy of China"); scope is its host's code
	missionOf      string           // the code of its state, where known

	// formerOffices are the offices it once held: "a former infrastructure minister"
	formerOffices []*gazetteer.Office
}

func (e *entity) addSurface(s string) {
	if !slices.Contains(e.surfaces, s) {
		e.surfaces = append(e.surfaces, s)
	}
}

// named reports whether the entity has a named mention.
func (d *doc) hasNamed(e *entity) bool {
	for _, mi := range e.ments {
		if d.ments[mi].named() || d.ments[mi].paired {
			return true
		}
	}
	return false
}

// kindGroup folds the kinds a reader may confuse: a name is one entity per group.
func kindGroup(k string) string {
	switch k {
	case polgraph.KindParty, polgraph.KindOrganization:
		return "org"
	case polgraph.KindCountry, polgraph.KindPlace:
		return "loc"
	}
	return "per"
}

// surfaceOf is a mention's text without a trailing possessive.
func (d *doc) surfaceOf(m *mention) string {
	if m.kind == polgraph.KindPerson {
		return d.withoutNickname(m) // 'Teodor "Teo" Varga' is Teodor Varga
	}
	return d.text[m.start:m.end]
}

// resolve groups mentions into entities: gazetteer entries by id, names by
// their words, surnames and acronyms to the unique full name that has them.
func (d *doc) resolve() {
	d.names = newNameIndex()
	d.edges = nil // the mentions are final now; partyScope's lookups index them
	defer func() { d.edges = nil }()
	tails, own := d.unknownNameTails(), d.unknownBodyInitials()
	for mi := range d.ments {
		if m := &d.ments[mi]; d.ownAcronym(m, own) {
			// "the DRC" after "the Democratic Renewal Congress": the
			// letters of the article's own body, not of the state the
			// gazetteer abbreviates so; left to find it by its initials
			m.matches = nil
			m.via, m.strong = "run", false
			m.kind, m.acronym = polgraph.KindOrganization, true
			continue
		}
		if m := &d.ments[mi]; (aliasesOnly(m.matches) || d.outletHead(m)) && tails[d.tailKey(m)] {
			// "the People's Alliance" after "the Kavranian People's
			// Alliance": the article's own party, not a namesake the
			// gazetteer knows by that short form (nor evidence of the
			// namesake's country); so "The Gazette" or "the Times" after
			// "the Harlow Gazette" or "the Vellin Times" is that paper
			m.matches = nil
			m.via, m.strong = "run", true
			if d.toks[m.first].lower == "the" && m.last-m.first > 1 {
				m.first++ // the name's own words, which find the longer name
				m.start = d.toks[m.first].start
			}
		}
	}
	home := d.homeCountry()
	named := map[string]bool{} // countries (and places, as "region:" and name) the article names unambiguously
	for mi := range d.ments {
		if c := d.countryNamed(&d.ments[mi]); c != "" {
			named[c] = true
			if e := d.ments[mi].matches[0].Entry; e.Kind == polgraph.KindPlace {
				named["region:"+e.Name] = true
			}
		} else if c := d.localBodyCountry(&d.ments[mi]); c != "" {
			named[c] = true // "Leeds City Council": the town it governs is named
		}
	}
	dateline := d.datelineCountry()
	if dateline != "" {
		named[dateline] = true // where the story is filed is named, if only by its capital
	}
	if c := d.capitalsCountry(); len(named) == 0 && c != "" {
		named[c] = true // "said in London", no state named outright: the capital's, as the city is read
	}
	byKey := map[string]int{}
	get := func(key, kind, name string, g *gazetteer.Entry) int {
		if i, ok := byKey[key]; ok {
			return i
		}
		e := &entity{kind: kind, name: name, gaz: g}
		if g != nil {
			e.id, e.name = g.ID, g.Name
		}
		d.ents = append(d.ents, e)
		byKey[key] = len(d.ents) - 1
		return len(d.ents) - 1
	}
	// gazetteer mentions first: they are certain
	unsure := map[int]bool{} // mentions of parties context cannot choose among
	aboutEP := sync.OnceValue(d.aboutEuropeanParliament)
	attributed := map[string]string{} // a shared form's paragraph and surface -> the country a cue gave it last
	for mi := range d.ments {
		m := &d.ments[mi]
		if len(m.matches) == 0 {
			continue
		}
		local, formKey := "", ""
		if sharedCountries(m.matches) {
			formKey = fmt.Sprint(d.sents[m.sent].para, "|", strings.ToLower(d.surfaceOf(m)))
			if local = d.localCountry(m); local != "" {
				attributed[formKey] = local
			} else if local = attributed[formKey]; local == "" { // the paragraph's last "New Zealand's Labour Party"
				local = d.settingCode(m.sent) // "the Labour Party" under the heading "NEW ZEALAND"
			}
			if g := d.euGroupOf(m, local, aboutEP); g != nil {
				// "the Greens blocked the proposal in the European
				// Parliament": the group, not the dateline's party
				m.matches = []gazetteer.Match{{Entry: g, Via: "alias"}}
			} else if local == "" {
				local = partyHome(m.matches, dateline)
			}
		}
		match := pickMatch(m.matches, home, local, named, d.sents[m.sent].dateline)
		if b := d.bodyNamedInFull(mi); b != nil {
			match = gazetteer.Match{Entry: b, Via: "alias"}
		}
		byOffice := false
		if alts := d.placesOfOffice(m); len(alts) > 0 {
			match, byOffice = pickMatch(alts, home, local, named, false), true // "New York Governor X": the state, not the city
		} else if i := d.stateReading(m); i >= 0 {
			match, byOffice = m.matches[i], true // "Georgia's president": the state, not the US state
		}
		if d.datelinePlace(m) && !slices.ContainsFunc(m.matches, func(g gazetteer.Match) bool {
			return g.Entry.Kind == polgraph.KindPlace || g.Entry.Kind == polgraph.KindCountry || g.Via == "metonym"
		}) {
			// "DAVOS (Reuters) -": where the story is filed is a place,
			// not the forum the town gives its name to
			m.matches, m.via, m.strong = nil, "run", true
			m.kind = polgraph.KindPlace
			continue
		}
		outlet := d.outletReading(m)
		if outlet >= 0 {
			match = m.matches[outlet] // "AFP reported": the agency, not the police of the same letters
			var outlets []gazetteer.Match
			for _, g := range m.matches {
				if g.Entry.Media() {
					outlets = append(outlets, g)
				}
			}
			// "APA reported" in a story from Vienna: of two countries'
			// outlets of one name, the one the article's countries choose
			outletLocal := local
			if outletLocal == "" {
				outletLocal = partyHome(outlets, dateline)
			}
			match = pickMatch(outlets, home, outletLocal, named, false)
		}
		if k, media := d.typedNotParty(m, match); k != "" {
			// "the rights group Svoboda", "the newspaper Reform": a body
			// of a party's name, which the noun beside it says it is not
			m.matches, m.via, m.strong = nil, "run", true
			m.kind, m.media, m.typed = k, media, true
			continue
		}
		if not, body := d.notTheCountry(m, match); not {
			// "the INDIA bloc": a body's name, the article's own; alone
			// in capitals it is an acronym, kept only where the article
			// spells it out
			m.matches, m.via, m.strong = nil, "run", true
			m.kind, m.acronym = polgraph.KindOrganization, !body
			continue
		}
		// "Russia's Ministry of Defence", "Chile's Socialist Party": a
		// state body or party its owner names outright is that owner's,
		// whichever other country's body the words also name; with no
		// reading of the owner's, it is a name of the owner's own, scoped
		// by it, never the other country's body
		foreignOwned := false
		if owner := d.explicitOwner(m); owner != "" && stateBodyEntry(match.Entry) && !ofLocal(match.Entry, owner) {
			if i := slices.IndexFunc(m.matches, func(g gazetteer.Match) bool { return ofLocal(g.Entry, owner) }); i >= 0 {
				match = m.matches[i]
			} else if alt, ok := d.byMembers(m, home, owner, named); ok && ofLocal(alt.Entry, owner) {
				// "Germany's Green Party": the party the country's members name
				m.matches, match = []gazetteer.Match{alt}, alt
			} else {
				foreignOwned = true
			}
		}
		if !supported(match.Entry, named) && d.needsCountry(match.Entry, m) || d.otherThanDateline(m, match, dateline) {
			if alt, ok := d.withoutThe(m, home, named); ok {
				// "The Greens" is another country's party's name, "Greens"
				// the article's country's: the mention is "Greens"
				m.first++
				m.start, m.matches, match = d.toks[m.first].start, []gazetteer.Match{alt}, alt
			} else if alt, ok := d.byMembers(m, home, local, named); ok {
				// "Green Party" is other countries' parties' name, "Greens"
				// the article's country's
				m.matches, match = []gazetteer.Match{alt}, alt
			}
		}
		if match.Via != "metonym" && !sharedCountries(m.matches) && d.nextWord(m.last, m.sent) != "'s" && d.acting(m) {
			// "Delhi said": a capital that acts is its state, though a
			// place of its country has the name too ("Delhi's chief
			// minister" is the place's)
			if i := slices.IndexFunc(m.matches, func(g gazetteer.Match) bool { return g.Via == "metonym" }); i >= 0 {
				match = m.matches[i]
			}
		}
		capital := match.Via == "metonym" && !d.acting(m)
		seat := false
		if match.Via == "metonym" && !capital {
			// "accused Brussels of hypocrisy": a capital that stands for
			// a state and for a union of states seated there stands for
			// the union, which no country of the article need support
			if i := slices.IndexFunc(m.matches, func(g gazetteer.Match) bool {
				return g.Entry.Kind == polgraph.KindOrganization && g.Entry.Country == ""
			}); i >= 0 {
				match, seat = m.matches[i], true
			}
		}
		// "in Brussels", "in London": the city, whichever state it stands
		// for, and "Washington warned": the state, though the article
		// names none; not a name's last word ("Denzel Washington")
		sharedCapital := match.Via == "metonym" && !d.afterNameWord(m)
		// "Armenia held talks with Georgia": among other states, a
		// state's own name needs no country named, unless the article
		// names the country of another reading (a US story's Georgia is
		// the state); with no state named at all, nothing tells which
		ownName := match.Entry.Kind == polgraph.KindCountry && match.Via == "name" && len(named) > 0 && !slices.ContainsFunc(m.matches, func(g gazetteer.Match) bool {
			return g.Entry != match.Entry && supported(g.Entry, named)
		})
		filedParty := false
		if d.partyFiledElsewhere(match.Entry, m, dateline) && d.needsCountry(match.Entry, m) {
			// "DAKAR - The Socialist Party said ...", France named only
			// further down: the party of that name the story's own
			// country has ("Socialist Party of Senegal"), else its own
			// party of that name, never France's
			if alt, ok := d.partyOfCountry(m, dateline); ok {
				m.matches, match = []gazetteer.Match{alt}, alt
			} else {
				filedParty = true
			}
		}
		if foreignOwned || (!supported(match.Entry, named) || filedParty || d.foreignBody(match.Entry, m, local) || d.foreignParty(match.Entry, m)) && d.needsCountry(match.Entry, m) && !sharedCapital && !seat && outlet < 0 && !ownName && !byOffice {
			// "Labor" or "House of Commons" names the party or body of a
			// country the article names; without one, "Labour Party" is a
			// party of that name and "Labor" alone nothing sure
			unsure[mi] = match.Entry.Kind == polgraph.KindParty
			m.matches = nil
			m.via, m.strong = "run", true
			if m.last-m.first < 2 && !d.pluralParty(m) && !(match.Entry.Kind == polgraph.KindParty && d.labelsAPartysPerson(m)) && !(match.Entry.Kind == polgraph.KindParty && d.nextWord(m.last, m.sent) == "party") {
				// "the NRP", "Labour": the acronym or short name of a
				// body the article names ("the National Renewal Party",
				// "the Labour Party"), or nothing; "the Greens" names a
				// party by its members all the same, and "Nepal's Congress
				// party" a party by its noun
				m.kind, m.strong, m.acronym = polgraph.KindOrganization, false, true
				delete(unsure, mi)
			}
			continue
		}
		m.kind, m.via = match.Entry.Kind, match.Via
		if capital {
			// "in Beijing" is the city; "Beijing said" is the state
			name := capitalPlaceName(match.Entry, d.surfaceOf(m))
			m.kind, m.via = polgraph.KindPlace, "name"
			ei := get("name:loc:"+strings.ToLower(name), polgraph.KindPlace, name, nil)
			d.ents[ei].capitalOf = match.Entry
			d.ents[ei].words = lowerWords(name)
			d.link(mi, ei)
			continue
		}
		ei := get("gaz:"+match.Entry.ID, match.Entry.Kind, match.Entry.Name, match.Entry)
		d.link(mi, ei)
	}
	// then the other names, strongest evidence of kind first
	order := make([]int, 0, len(d.ments))
	for mi := range d.ments {
		if len(d.ments[mi].matches) == 0 && d.ments[mi].kind != "" {
			order = append(order, mi)
		}
	}
	nameWords := func(m *mention) []string {
		var w []string
		qa, qb := d.nickname(m)
		for i, t := range d.toks[m.first:m.last] {
			if m.first+i >= qa && m.first+i < qb {
				continue // the nickname: no word of the name it goes by
			}
			if t.kind == tokWord && !(i == 0 && t.lower == "the" && m.last-m.first > 1) || i == 0 && t.kind == tokNum && m.last-m.first > 1 {
				// "The Greens" opening a sentence is "the Greens" later;
				// the number opening "the 1922 Committee" is a word of its
				// name, no other committee's
				w = append(w, foldWord(t.bare()))
			}
		}
		if m.kind == polgraph.KindPerson {
			w = w[:withoutNameSuffix(w)] // "Marcus Hale Jr." is Marcus Hale; "Hale" is he
		}
		return w
	}
	type scoped struct {
		base  []string // the party's words without its country
		scope string
		set   bool // the scope is the sentence's setting, not a country the name's own words give
	}
	scopes := map[int]scoped{}
	for _, mi := range order {
		if m := &d.ments[mi]; kindGroup(m.kind) == "org" {
			base, sc := d.partyScope(m, nameWords(m))
			set := false
			if sc == "" && d.countryBound(m) {
				// "the Democratic Party" under the heading "LITHUANIA", "In
				// Tallinn, the Supreme Court": that country's
				sc, set = d.settingScope(m.sent), true
			}
			if sc == "" && m.kind == polgraph.KindOrganization && d.countryBound(m) && d.datelineCountry() == "" {
				// "Moldova's President Elena Rusu said the Constitutional
				// Court would rule": a body every state has is, in a story
				// filed from nowhere, of the state its own sentence names
				// before it, not of the one the story names most (Russia,
				// commenting further down)
				if c := d.localCountry(m); c != "" && !strings.Contains(c, "|") {
					sc, set = strings.ToLower(c), true
				}
			}
			if sc == "" && m.kind == polgraph.KindParty && unsure[mi] && d.datelineCountry() == "" {
				// "Chile's reform was criticised by a senator for the
				// Democratic Party": a party of a name known parties of
				// states the article does not name have is, so, of the
				// state its sentence names before it
				if c := d.stateNamedBefore(m); c != "" {
					sc, set = strings.ToLower(c), true
				}
			}
			if sc != "" {
				scopes[mi] = scoped{base, sc, set}
			}
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		_, sa := scopes[a]
		_, sb := scopes[b]
		if sa != sb {
			if sa {
				return -1 // a country's party before the mentions that leave the country out
			}
			return 1
		}
		ma, mb := &d.ments[a], &d.ments[b]
		wa, ia := d.wordsAndInitials(ma)
		wb, ib := d.wordsAndInitials(mb)
		if wa != wb {
			return wb - wa // longer names first
		}
		return ia - ib // "Nurlan Bekov" before "N. Bekov"
	})
	for _, mi := range order {
		m := &d.ments[mi]
		if m.mission != "" {
			// "the Chinese embassy", "China's embassy in Canberra": one
			// body, whatever the article calls it
			ei := get("mission:"+m.mission, m.kind, d.surfaceOf(m), nil)
			e := d.ents[ei]
			e.mission, e.missionOf, e.words = m.mission, m.missionOf, lowerWords(d.surfaceOf(m))
			if e.scope == "" {
				e.scope = m.missionHost
			}
			d.link(mi, ei)
			continue
		}
		words := nameWords(m)
		if len(words) == 0 {
			continue
		}
		if sc, ok := scopes[mi]; ok {
			if ei, ok := d.findByWords(words, m); ok && !slices.Contains(d.names.same[strings.Join(words, " ")], ei) && !d.otherStates(ei, sc.scope) && (sc.set || d.knownPartyOf(ei, sc.scope)) {
				// "the Democrats" under a heading: the Democratic Party
				// named there; "Romania's Social Democrats": the
				// Social Democratic Party of Romania the gazetteer knows
				d.link(mi, ei)
				continue
			}
			// "Kelmora's Labour Party", "the Labour Party of Orvania":
			// one node per country, whatever else the article names so
			ei := get("scoped:"+m.kind+":"+strings.Join(sc.base, " ")+"|"+sc.scope, m.kind, d.surfaceOf(m), nil)
			e := d.ents[ei]
			e.words, e.scope = sc.base, sc.scope
			d.link(mi, ei)
			if o := d.countryAfterOf(m); o != nil && m.kind == polgraph.KindOrganization {
				e.addSurface(d.surfaceOf(m) + " of " + d.surfaceOf(o)) // "the Human Rights Commission of Malaysia": its name in full
			}
			continue
		}
		if kindGroup(m.kind) == "org" {
			if c := d.scopedParties(words); len(c) > 0 {
				d.link(mi, d.pickScoped(c, m)) // "the Labour Party": of the country the context gives
				continue
			}
		}
		key := strings.Join(words, " ")
		// an earlier entity of the same name (of any kind group) wins
		if ei, ok := d.findByWords(words, m); ok {
			d.link(mi, ei)
			continue
		}
		if ei, ok := d.titledGivenName(words, m); ok {
			d.link(mi, ei) // "Sheikh Tamim" after "Sheikh Tamim bin Hamad"
			continue
		}
		if d.headBeforeRole(m, words) {
			// "Ministry spokesman X" where no one body of the article is a
			// ministry: the word names none
			if ei := d.bodyHeadedBy(words[0], m); ei >= 0 {
				d.link(mi, ei) // "the Ministry of Justice": its head opens its name
			}
			continue
		}
		if m.member {
			// "Social Democrat": one of a party the article names in the
			// plural; else ("Smith" beside "the Smiths") a name as any other
			m.member, m.acronym = false, false
			if ei, ok := d.memberOf(words); ok {
				d.link(mi, ei)
				continue
			}
			if unsure[mi] {
				// "a Social Democrat" where the Social Democrats the
				// gazetteer lists are no country's the article names:
				// the article's own party of that plural name
				plural := append(slices.Clone(words[:len(words)-1]), words[len(words)-1]+"s")
				ei := get("name:org:"+strings.Join(plural, " "), polgraph.KindParty, d.surfaceOf(m)+"s", nil)
				d.ents[ei].words = plural
				d.link(mi, ei)
				continue
			}
			if d.classify(m, false); m.kind == "" {
				continue
			}
		}
		if m.acronym && d.toks[m.first].allCaps && m.last-m.first == 1 && d.nextWord(m.last, m.sent) == "party" {
			// "the ruling UDA party": the noun says the letters are a
			// party's name, which the article need not spell out
			m.acronym, m.kind = false, polgraph.KindParty
		}
		if m.acronym {
			continue // an acronym or short name of nothing the article names
		}
		ei := get("name:"+kindGroup(m.kind)+":"+key, m.kind, d.surfaceOf(m), nil)
		e := d.ents[ei]
		e.words = words
		e.weak = !m.strong
		d.link(mi, ei)
	}
	for mi := range unsure {
		if ei := d.ments[mi].ent; ei >= 0 && d.ents[ei].gaz == nil {
			d.ents[ei].unsure = true
		}
	}
	d.spelledOutAcronyms()
	d.contextKinds()
	d.oneWordBodies()
	d.bareChambers()
	d.honorificSurnames()
	d.namesakeSurnames()
	d.finishEntities(aboutEP)
}

// capitalsCountry is the one country whose capital the article names by a
// form other places share ("London": London, Ontario), the reading
// pickMatch gives such a form where no country is named; "" where there
// are none or several, or the form is a name's last word ("Jack London").
func (d *doc) capitalsCountry() string {
	c := ""
	for mi := range d.ments {
		m := &d.ments[mi]
		k := capitalReading(m.matches)
		if k == "" || d.afterNameWord(m) {
			continue
		}
		if c != "" && c != k {
			return ""
		}
		c = k
	}
	return c
}

// otherStates reports an entity of a state other than scope's (a code
// or "code|territory", lowercase): "In Austria, the Social Democrats" is
// no German party named before, whatever the words they share.
func (d *doc) otherStates(ei int, scope string) bool {
	e := d.ents[ei]
	switch {
	case e.gaz != nil && e.gaz.Country != "":
		return !strings.EqualFold(e.gaz.Country, scope) && !strings.EqualFold(e.gaz.Country+"|"+e.gaz.Region, scope)
	case e.scope != "":
		return e.scope != scope
	}
	return false
}

// knownPartyOf reports a party the gazetteer knows as the one of the
// state scope (a lowercase code) names: a country's party its members
// name ("Romania's Social Democrats") is that party, not one of the
// article's own beside it.
func (d *doc) knownPartyOf(ei int, scope string) bool {
	e := d.ents[ei]
	return e.gaz != nil && e.kind == polgraph.KindParty && e.gaz.Region == "" && strings.EqualFold(e.gaz.Country, scope)
}

// labelsAPartysPerson reports whether the one-word mention m stands where
// only a party's name does: before a legislator's noun or a party's
// compound cue (kind_cues.tsv: "Labour MP Ana Holm", "a Tory
// backbencher") or a party's leader ("Labour leader X"), or as the possessive of a name
// ("Labour's Ana Holm"). A shared short form ("Labour") is then a party
// for sure, of whichever country, though the article names none.
func (d *doc) labelsAPartysPerson(m *mention) bool {
	next := d.nextWord(m.last, m.sent)
	if legislatorNouns[next] || legislatorNouns[strings.TrimSuffix(next, "s")] || cues.kind[[2]string{"compound", next}] == polgraph.KindParty {
		return true // not "Justice Minister X": a minister's portfolio may be a party's name
	}
	if next == "minister" || next == "ministers" || next == "cabinet" && d.nextWord(m.last+1, m.sent) == "minister" {
		// "Conservative minister Rupert Hale", "a former Conservative
		// cabinet minister": a word that with "minister" makes no office
		// ("Justice Minister", "Labour Minister" do) is the minister's
		// party
		if n, _ := d.officeAt(m.first, d.sents[m.sent].last); n == 0 {
			return true
		}
	}
	if (next == "leader" || next == "co-leader" || next == "chief") && !legislatureWords[d.toks[m.first].lower] {
		return true // "Labour leader X", "Liberal chief X"; not "Congress leader", a chamber's
	}
	return (next == "'s" || next == "’s") && m.last+1 < d.sents[m.sent].last && d.toks[m.last+1].cap && d.toks[m.last+1].kind == tokWord
}

// withoutThe is the reading of mention m without its opening "The" where
// that is a form the article's countries support ("The Greens" at a
// sentence's start, a form of several parties, where "Greens" is the
// article's country's Green Party's).
func (d *doc) withoutThe(m *mention, home string, named map[string]bool) (gazetteer.Match, bool) {
	if m.last-m.first < 2 || d.toks[m.first].lower != "the" {
		return gazetteer.Match{}, false
	}
	n, ms := d.gazAt(m.first+1, m.last)
	if n != m.last-m.first-1 {
		return gazetteer.Match{}, false
	}
	alt := pickMatch(ms, home, partyHome(ms, d.datelineCountry()), named, d.sents[m.sent].dateline)
	rest := *m
	rest.first++
	rest.start = d.toks[rest.first].start
	return alt, supported(alt.Entry, named) || !d.needsCountry(alt.Entry, &rest)
}

// byMembers is the party of the article's countries that the press calls
// by its members where mention m names "<word> Party" ("Green Party": the
// Greens, "Liberal Party": the Liberals), a plural party_name_words.txt
// lists; false where the plural names no party of a country the article
// names, or of another than the one m's context gives (local).
func (d *doc) byMembers(m *mention, home, local string, named map[string]bool) (gazetteer.Match, bool) {
	if m.last-m.first != 2 || d.toks[m.last-1].lower != "party" || !partyNameWords[d.toks[m.first].lower+"s"] {
		return gazetteer.Match{}, false
	}
	ms := d.x.gaz.Lookup(d.toks[m.first].text + "s")
	if len(ms) == 0 {
		return gazetteer.Match{}, false
	}
	alt := pickMatch(ms, home, local, named, d.sents[m.sent].dateline)
	return alt, alt.Entry.Kind == polgraph.KindParty && supported(alt.Entry, named) && (local == "" || ofLocal(alt.Entry, local))
}

// nameIndex finds entities by the words of their names without scanning
// them all, which keeps resolution linear in long articles.
type nameIndex struct {
	same           map[string][]int // all words of the name
	suffix, prefix map[string][]int // proper suffixes and prefixes of persons' names
	orgSuffix      map[string][]int // proper suffixes of organisations' names
	initials       map[string][]int // organisations by initials
	partyStem      map[string][]int // parties by their name's words before "Party", and their plural ("liberal", "liberals")
	partyTail      map[string][]int // known parties by the members' word that ends those words, and its plural ("National Liberal Party": "liberal", "liberals")
	ends           map[string][]int // persons of three words or more by first and last word
	penult         map[string][]int // persons of three words or more by the word before the last, no given name
	done           map[indexed]bool // what is already indexed
}

// indexed is an entity indexed by its name as of one kind, or, where
// surface is set, by that surface form of it.
type indexed struct {
	ent           int
	kind, surface string
}

func newNameIndex() *nameIndex {
	return &nameIndex{same: map[string][]int{}, suffix: map[string][]int{}, prefix: map[string][]int{},
		orgSuffix: map[string][]int{}, initials: map[string][]int{}, partyStem: map[string][]int{}, partyTail: map[string][]int{}, ends: map[string][]int{}, penult: map[string][]int{}, done: map[indexed]bool{}}
}

func (x *nameIndex) add(m map[string][]int, key string, ei int) {
	if l := m[key]; len(l) > 0 && l[len(l)-1] == ei {
		return
	}
	m[key] = append(m[key], ei)
}

// index records entity ei under its name and one new surface form s.
func (d *doc) index(ei int, s string) {
	x, e := d.names, d.ents[ei]
	if k := (indexed{ent: ei, kind: e.kind}); !x.done[k] {
		x.done[k] = true
		ew := e.words
		if e.gaz != nil || ew == nil {
			ew = lowerWords(e.name)
		}
		x.add(x.same, strings.Join(ew, " "), ei)
		if e.kind == polgraph.KindPerson {
			for n := 1; n < len(ew); n++ {
				x.add(x.suffix, strings.Join(ew[len(ew)-n:], " "), ei)
				x.add(x.prefix, strings.Join(ew[:n], " "), ei)
			}
			if len(ew) >= 3 {
				x.add(x.ends, ew[0]+" "+ew[len(ew)-1], ei) // "Joshua Norton" for "Joshua Abraham Norton"
				if p := ew[len(ew)-2]; !firstNames[p] && !particles[p] && len([]rune(p)) > 1 {
					// "Rodriguez" for "José Luis Rodríguez Zapata": the first
					// of two surnames, as the Spanish-speaking press names him
					x.add(x.penult, p, ei)
				}
			}
		}
		if kindGroup(e.kind) == "org" {
			x.add(x.initials, initials(e.name), ei)
			if parts := initials(strings.ReplaceAll(e.name, "-", " ")); parts != initials(e.name) {
				// "EACC" for "Ethics and Anti-Corruption Commission": each
				// capitalised part of a hyphened word gives its letter too
				x.add(x.initials, parts, ei)
			}
			if e.kind == polgraph.KindParty && membersName(ew) {
				// "the SDP" after "the Social Democrats": the acronym of
				// the party's name in full ("Social Democratic Party")
				x.add(x.initials, initials(e.name)+"p", ei)
			}
		}
	}
	if k := (indexed{ent: ei, surface: s}); kindGroup(e.kind) == "org" && s != "" && !x.done[k] {
		x.done[k] = true
		w := lowerWords(s)
		for n := 1; n < len(w); n++ {
			x.add(x.orgSuffix, strings.Join(w[len(w)-n:], " "), ei)
		}
		x.addPartyStem(w, ei) // the name of a body of any kind yet: "Harvest Party of Velmoria" is a party later
		x.addPartyStem(lowerWords(withoutCountryQualifier(e.name)), ei)
		if e.gaz != nil && e.kind == polgraph.KindParty {
			x.addPartyTail(lowerWords(withoutCountryQualifier(e.name)), ei)
		}
	}
}

// addPartyTail indexes a party by the last of two or more words before
// "Party" where that word names its members (kind_cues.tsv's "plural"
// words): the press calls the National Liberal Party "the Liberals" and
// its leader "Liberal leader X".
func (x *nameIndex) addPartyTail(w []string, ei int) {
	k := slices.Index(w, "party")
	if k < 2 || k+1 < len(w) && w[k+1] != "of" {
		return
	}
	if tail := w[k-1]; cues.kind[[2]string{"plural", tail}] == polgraph.KindParty {
		x.add(x.partyTail, tail, ei)
		x.add(x.partyTail, tail+"s", ei)
	}
}

// withoutCountryQualifier is a name without the country the gazetteer
// puts in parentheses after it to tell namesakes apart ("Social
// Democratic Party (Romania)"): the press leaves it out, so the words
// before "Party" are the party's stem all the same.
func withoutCountryQualifier(name string) string {
	if base, _, ok := strings.Cut(name, " ("); ok && strings.HasSuffix(name, ")") {
		return base
	}
	return name
}

// membersName reports a party's name that ends in its members' plural
// (kind_cues.tsv's "plural" words: "Social Democrats", "the Greens"), not
// in "Party": its acronym ends in the "P" the name leaves out.
func membersName(w []string) bool {
	if len(w) == 0 {
		return false
	}
	stem, ok := strings.CutSuffix(w[len(w)-1], "s")
	return ok && cues.kind[[2]string{"plural", stem}] == polgraph.KindParty
}

// addPartyStem indexes a party by the words of its name before "Party"
// ("Harvest Party", "Liberal Party of Australia": "harvest", "liberal"), as
// the press names a party without the word or its country ("Harvest",
// "the Liberals", "the Liberal Party"), or by its members where the
// words end in an adjective of "-ic" ("the Democrats"); a name of a
// members' word and a party's last word other than "Party" by its
// members only ("Green Alliance": "the Greens").
func (x *nameIndex) addPartyStem(w []string, ei int) {
	if len(w) > 0 && w[0] == "the" {
		w = w[1:]
	}
	k := slices.Index(w, "party")
	if k < 0 && len(w) == 2 && cues.kind[[2]string{"plural", w[0]}] == polgraph.KindParty && cues.partyHeads[w[1]] {
		x.add(x.partyStem, w[0]+"s", ei) // "the Greens" for "Green Alliance", as for "Green Party"
		return
	}
	if k < 1 || k+1 < len(w) && w[k+1] != "of" {
		return
	}
	stem := strings.Join(w[:k], " ")
	x.add(x.partyStem, stem, ei)
	x.add(x.partyStem, stem+"s", ei)
	if members, ok := strings.CutSuffix(stem, "ic"); ok && len(members) > 3 {
		x.add(x.partyStem, members+"s", ei) // "the Democrats", "the Social Democrats"
	}
	if k+1 < len(w) {
		x.add(x.partyStem, stem+" party", ei) // "Harvest Party" for "Harvest Party of Velmoria"
	}
}

// memberOf is the one party (or body) the article names in the plural of
// words ("social democrat": the Social Democrats).
func (d *doc) memberOf(words []string) (int, bool) {
	if len(words) == 0 {
		return 0, false
	}
	plural := slices.Clone(words)
	plural[len(plural)-1] += "s"
	var found []int
	for _, ei := range d.names.same[strings.Join(plural, " ")] {
		if kindGroup(d.ents[ei].kind) == "org" && !slices.Contains(found, ei) {
			found = append(found, ei)
		}
	}
	if len(found) != 1 {
		return 0, false
	}
	return found[0], true
}

// openingSetting reports a name between a sentence's opening "In" and a
// comma: where the sentence is set ("In Kingsley, Mayor Harold Kingsley
// opposed the plan"), a place, no part of a person's name.
func (d *doc) openingSetting(m *mention) bool {
	s := &d.sents[m.sent]
	return m.first == s.first+1 && d.toks[s.first].lower == "in" && m.last < s.last && d.toks[m.last].text == ","
}

// findByWords finds the entity a name refers to: the same words, or the
// unique longer person name that ends or starts with them ("Dong" ->
// "Han Dong"), or the organisation an acronym abbreviates.
func (d *doc) findByWords(words []string, m *mention) (int, bool) {
	key := strings.Join(words, " ")
	x := d.names
	var same, suffix, prefix, acro []int
	for _, ei := range x.same[key] {
		e := d.ents[ei]
		if kindGroup(e.kind) == kindGroup(m.kind) || !m.strong || e.weak {
			same = append(same, ei)
		}
	}
	if (!d.toks[m.first].allCaps || d.surnameInCapitals(m)) && !(m.typed && kindGroup(m.kind) != "per") && !d.openingSetting(m) {
		// a part of a person's name, unless a noun beside it says it is
		// something else ("in Holub, a town" after "Irena Holub")
		suffix = append(suffix, x.suffix[key]...)
		prefix = append(prefix, x.prefix[key]...)
	}
	if kindGroup(m.kind) == "org" && (len(words) >= 2 || m.first > 0 && d.toks[m.first-1].lower == "the" || d.headBeforeRole(m, words)) {
		// "the Commission" after "the European Commission", "the
		// Standard" after "The Harbour Standard": the one body whose name
		// ends so; "Ministry spokesman X" after "the Defence Ministry"
		for _, ei := range x.orgSuffix[key] {
			if !d.laterForeignBody(ei, m, key) && !chamberForSeat(d.ents[ei], words) {
				suffix = append(suffix, ei)
			}
		}
	}
	if len(suffix) == 0 {
		if ei, ok := d.partyByLastWord(m, words); ok {
			suffix = append(suffix, ei) // "Congress leader X" after "the Nepali Congress"
		}
	}
	if len(words) == 1 && m.last-m.first == 1 && d.toks[m.first].allCaps {
		acro = x.initials[strings.ToLower(d.toks[m.first].bare())]
		if len(acro) > 1 {
			// "PSP" for two parties of those initials: the one of the
			// country the sentence is set in, else the one named last
			acro = d.ofSettingOrLast(acro, m)
		}
	}
	if len(words) == 2 && (m.kind == polgraph.KindPerson || !m.strong) {
		acro = append(acro, x.ends[key]...) // a middle name left out
	}
	var party []int
	if kindGroup(m.kind) == "org" || !m.strong || d.kindFromShapeOnly(m) {
		stem := words
		if len(stem) > 1 && stem[0] == "the" {
			stem = stem[1:]
		}
		if !otherBodyHeads[d.nextWord(m.last, m.sent)] {
			party = x.partyStem[strings.Join(stem, " ")]
			if tail := slices.Compact(slices.Clone(x.partyTail[strings.Join(stem, " ")])); len(party) == 0 && len(tail) == 1 {
				// "the Liberals" for the National Liberal Party: the one
				// known party the word ends; of two, neither
				party = tail
			}
		}
		if len(party) > 1 {
			// "the Liberals" after "the Liberal Party" and before "the
			// Liberal Party of Canada": the one of the country the
			// sentence is set in, else the one named last before it
			party = d.ofSettingOrLast(party, m)
		}
	}
	if m.kind == polgraph.KindPerson || !m.strong {
		acro = append(acro, d.initialled(words)...)
	}
	suffix = slices.Compact(suffix)
	for _, c := range [][]int{same, party, suffix, acro} {
		if len(c) == 1 {
			return c[0], true
		}
	}
	if len(prefix) == 1 && len(suffix) == 0 && (m.kind == polgraph.KindPerson || !m.strong) {
		// "Elian" after "Elian Gonzalez", where no other person has that
		// first name nor anyone that surname: a name nothing else types
		return prefix[0], true
	}
	if len(prefix) > 1 && len(suffix) == 0 && len(words) == 1 && familyFirstSurnames[words[0]] && (m.kind == polgraph.KindPerson || !m.strong) {
		// "Han told reporters" after "Han Dong-hoon" and before "Han
		// Duck-soo": a family name written first, the one named last
		if ei := d.lastNamedBefore(prefix, m.start, ""); ei >= 0 {
			return ei, true
		}
	}
	if pen := slices.Compact(x.penult[key]); len(words) == 1 && len(pen) == 1 && len(suffix) == 0 && len(prefix) == 0 && (m.kind == polgraph.KindPerson || !m.strong) {
		return pen[0], true // "Rodriguez" for "José Luis Rodríguez Zapata"
	}
	return 0, false
}

// kindFromShapeOnly reports a mention whose kind only its words' shape
// gives: no gazetteer reading, no noun beside it and no preposition of
// place before it. "Civic Harbour won the most seats", after "the Civic
// Harbour Party", is that party, whatever its head word suggests; "in
// Civic Harbour" stays a place.
func (d *doc) kindFromShapeOnly(m *mention) bool {
	return len(m.matches) == 0 && m.via == "run" && !m.typed && !m.cued && !placePrepositions[d.prevWord(m.first, m.sent)]
}

// otherBodyHeads are the nouns after a name that make it a body of their
// kind ("the Green Horizon movement"), not a party's short name ("the Green
// Horizon Party").
var otherBodyHeads = wordSet("other_body_heads.txt")

// chamberForSeat reports a chamber's one-word name ("the House", "the
// Assembly") that would shorten a body that is no chamber and no party
// ("the White House", "Government House"): the chamber the article's
// country has is meant, not the seat of government whose name ends so.
// A party keeps its head word ("the Congress" after "the Indian National
// Congress").
func chamberForSeat(e *entity, words []string) bool {
	return len(words) == 1 && legislatureWords[foldWord(words[0])] && e.kind != polgraph.KindParty && !isLegislature(e)
}

// surnameInCapitals reports a person's name in capitals that a title or
// an honorific opens, or that labels a transcript's turn: "PRESIDENT
// DORN: …", "MR. DORN: …", "DORN: …" are the president Ivo Dorn the
// article names in full, no acronym of anything.
func (d *doc) surnameInCapitals(m *mention) bool {
	if m.kind != polgraph.KindPerson {
		return false
	}
	if m.office != nil || d.leadColon(m.sent) == m.last {
		return true
	}
	p := m.first - 1
	if p >= 0 && d.toks[p].text == "." {
		p-- // "MR. DORN"
	}
	return p >= d.sents[m.sent].first && d.honorificAt(p, m.first) > 0
}

// familyFirstSurnames are Korean and Chinese family names, which come
// first in a name (data/words/family_first_surnames.txt).
var familyFirstSurnames = wordSet("family_first_surnames.txt")

// wordsAndInitials counts the words of mention m, and those of one letter
// among them: 2 and 1 for "N. Bekov".
func (d *doc) wordsAndInitials(m *mention) (words, initials int) {
	for _, t := range d.toks[m.first:m.last] {
		if t.kind == tokWord {
			words++
			if len([]rune(t.text)) == 1 {
				initials++
			}
		}
	}
	return words, initials
}

// initialled lists the persons a name that gives its first names by
// their initials may stand for: "N. Bekov" (words "n", "bekov") for Nurlan
// Bekov, "J. R. Holm" for Jon Rolf Holm, not for Peter Bekov.
func (d *doc) initialled(words []string) []int {
	k := 0
	for k < len(words)-1 && len([]rune(words[k])) == 1 {
		k++
	}
	if k == 0 {
		return nil
	}
	var out []int
	for _, ei := range d.names.suffix[strings.Join(words[k:], " ")] {
		e := d.ents[ei]
		given := e.words[:max(0, len(e.words)-(len(words)-k))]
		if e.kind != polgraph.KindPerson || len(given) < k {
			continue
		}
		agree := true
		for i, w := range words[:k] {
			agree = agree && strings.HasPrefix(given[i], w)
		}
		if agree {
			out = append(out, ei)
		}
	}
	return out
}

// wordsOnly reports whether tokens [i, j) are words or periods ("Dr.", "Rt. Hon.").
func (d *doc) wordsOnly(i, j int) bool {
	for k := i; k < j; k++ {
		if d.toks[k].kind != tokWord && d.toks[k].text != "." {
			return false
		}
	}
	return true
}

// lowerWords splits a name into lowercase words without periods, their
// diacritics folded.
func lowerWords(name string) []string {
	var w []string
	for f := range strings.FieldsSeq(strings.ToLower(name)) {
		f = strings.ReplaceAll(f, ".", "")
		f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")
		if f == "" {
			continue
		}
		if w == nil {
			w = make([]string, 0, strings.Count(name, " ")+1) // room for every word at once
		}
		w = append(w, foldWord(f))
	}
	return w
}

// foldWord folds the diacritics of a lowercase name word, so that a name
// written with and without them is one name ("Kovács" and "Kovacs",
// "Erdoğan" and "Erdogan"), as its id already is, and then its
// transliteration (spellingKey).
func foldWord(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			if f := gazetteer.Slug(w); f != "" && !strings.HasPrefix(f, "x-") {
				return spellingKey(f)
			}
			return w
		}
	}
	return spellingKey(w)
}

// nameVariants are the press's spellings of one given name or surname
// ending from another script, each with the form its key takes
// (data/words/name_variants.tsv).
var nameVariants = wordTable("name_variants.tsv")

// nameEndings are the surname endings of nameVariants ("-skyy"), without
// the dash, the longest first.
var nameEndings = func() (out []struct{ from, to string }) {
	for k, v := range nameVariants {
		if from, ok := strings.CutPrefix(k, "-"); ok {
			out = append(out, struct{ from, to string }{from, strings.TrimPrefix(v, "-")})
		}
	}
	slices.SortFunc(out, func(a, b struct{ from, to string }) int {
		return cmp.Or(len(b.from)-len(a.from), strings.Compare(a.from, b.from))
	})
	return out
}()

// spellingKey is the form a lowercase name word takes whichever way the
// press transliterated it: "dmitri" and "dmitriy" are "dmitry",
// "zelenskyy" is "zelensky".
func spellingKey(w string) string {
	if k, ok := nameVariants[w]; ok {
		return k
	}
	for _, e := range nameEndings {
		if len(w) >= len(e.from)+3 && strings.HasSuffix(w, e.from) { // after a stem of three letters
			return w[:len(w)-len(e.from)] + e.to
		}
	}
	return w
}

// personKey is the name a person's id is made from: name with each word
// a transliteration of another spelling put in its key's form, so that
// "Dmitri Peskov" and "Dmitry Peskov" are one id across articles; less
// what one article writes and another leaves out: a middle initial ("John
// F. Keller"), a patronymic ("Sergei Petrovich Lavrenko"). A hyphen is
// a space in the id, as the slug makes it: "Lee Jae-myung" and "Lee Jae
// Myung" are one, the two ways the press writes Korean given names (a
// hyphen left out, "Li Wen-hua" for "Li Wenhua", would part those).
// fullPersonKey keeps all, for two people of one article that the
// shorter key would make one (personIDsApart).
func personKey(name string) string {
	f := strings.Fields(name)
	out := make([]string, 0, len(f))
	for i, w := range f {
		if len(f) >= 3 && 0 < i && i < len(f)-1 && (middleInitial(w) || patronymic(w)) {
			continue
		}
		out = append(out, w)
	}
	for i := 0; i < len(out); i++ {
		// "Abdel Rahman", "Abdel-Rahman", "Abdelrahman": one name
		a, b, hyphened := strings.Cut(out[i], "-")
		if !joinedNamePrefixes[foldWord(strings.ToLower(a))] {
			if p, rest := joinedPrefixOf(strings.ToLower(a)); p != "" && !hyphened {
				out[i] = p + rest // "Abdelrahman" is "Abdulrahman"
			}
			continue
		}
		if !hyphened && i+1 < len(out) {
			b = out[i+1]
			out = slices.Delete(out, i+1, i+2)
		}
		if b != "" {
			out[i] = foldWord(strings.ToLower(a)) + foldWord(strings.ToLower(b))
		}
	}
	return fullPersonKey(strings.Join(out, " "))
}

// joinedNamePrefixes are the name words the press writes apart from the
// word after them or joined to it (data/words/joined_name_prefixes.txt).
var joinedNamePrefixes = wordSet("joined_name_prefixes.txt")

// joinedPrefixOf splits a lowercase name word written joined ("abdelrahman")
// into the key of the prefix it opens with, in any spelling of
// nameVariants ("abdul"), and the rest, three letters or more; "" where it
// opens with none.
func joinedPrefixOf(w string) (string, string) {
	for _, vk := range joinedVariants {
		if v, key := vk[0], vk[1]; len(w) >= len(v)+3 && strings.HasPrefix(w, v) {
			return key, w[len(v):]
		}
	}
	for p := range joinedNamePrefixes {
		if len(w) >= len(p)+3 && strings.HasPrefix(w, p) {
			return p, w[len(p):]
		}
	}
	return "", ""
}

// joinedVariants are the spellings of nameVariants whose key is one of
// joinedNamePrefixes, as [spelling, key] pairs: the few joinedPrefixOf
// tries for every name word, where going through all the variants cost
// more than the rest of a person's key.
var joinedVariants = func() [][2]string {
	var out [][2]string
	for v, key := range nameVariants {
		if joinedNamePrefixes[key] {
			out = append(out, [2]string{v, key})
		}
	}
	slices.SortFunc(out, func(a, b [2]string) int { return strings.Compare(a[0], b[0]) })
	return out
}()

// fullPersonKey is name with each word a transliteration of another
// spelling put in its key's form, and nothing left out.
func fullPersonKey(name string) string {
	f := strings.Fields(name)
	for i, w := range f {
		lw := strings.ToLower(w)
		if k := foldWord(lw); k != lw {
			f[i] = k // a word with diacritics slugs as its folded form anyway
		}
	}
	return strings.Join(f, " ")
}

// middleInitial reports a capital letter alone, with or without its
// period: the "F." of "John F. Keller".
func middleInitial(w string) bool {
	r := []rune(strings.TrimSuffix(w, "."))
	return len(r) == 1 && unicode.IsUpper(r[0])
}

// patronymicEndings end a patronymic (data/words/patronymic_endings.txt).
var patronymicEndings = wordSet("patronymic_endings.txt")

// patronymic reports a capitalised word that ends as a patronymic does,
// after a stem of three letters: "Petrovich", "Ivanivna", "Kemeluly".
func patronymic(w string) bool {
	lw := strings.ToLower(w)
	if lw == w {
		return false
	}
	for e := range patronymicEndings {
		if len(lw) >= len(e)+3 && strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}

// personIDsApart gives two people of one article whose names personKey
// makes one id their full keys: "John F. Keller" and his son "John A.
// Keller" are two nodes.
func (d *doc) personIDsApart() {
	byID := map[string][]*entity{}
	for _, e := range d.ents {
		if e.kind == polgraph.KindPerson && e.gaz == nil {
			byID[e.id] = append(byID[e.id], e)
		}
	}
	for _, es := range byID {
		if len(es) < 2 {
			continue
		}
		for _, e := range es {
			e.id = gazetteer.ID(e.kind, fullPersonKey(e.name))
		}
	}
}

// initials are the lowercase first letters of a name's capitalised words
// ("Prime Minister's Office" -> "pmo").
func initials(name string) string {
	var b strings.Builder
	for f := range strings.FieldsSeq(name) {
		if lf := strings.ToLower(f); f == "" || connectors[lf] || lf == "and" || lf == "the" || lf == "for" {
			continue
		}
		r := []rune(f)[0]
		if r >= 'A' && r <= 'Z' {
			b.WriteRune(r + 'a' - 'A')
		}
	}
	return b.String()
}

func (d *doc) link(mi, ei int) {
	m := &d.ments[mi]
	e := d.ents[ei]
	m.ent = ei
	e.ments = append(e.ments, mi)
	if m.via != "pronoun" && m.via != "role" && m.via != "group" {
		e.addSurface(d.surfaceOf(m))
		if m.officeStart >= 0 && m.officeStart < m.first && m.first-m.officeStart <= 4 && m.kind == polgraph.KindPerson && d.sentOf(m.officeStart) == m.sent && d.wordsOnly(m.officeStart, m.first) && d.toks[m.officeStart].cap {
			// "Senator Holm", "Dr. Varga": the titled name is an alias too
			t := d.text[d.toks[m.officeStart].start:m.end]
			e.addSurface(t)
			e.titled = append(e.titled, t)
		}
	}
	if m.strong && e.weak && m.via == "run" {
		e.kind, e.weak = m.kind, false
	}
	if e.weak && m.cued && !e.cued {
		// "in Eldoria" outweighs a bare "Eldoria" taken for a person
		e.kind, e.cued = m.kind, true
	}
	if m.office != nil && e.kind == polgraph.KindPerson {
		if d.formerTitle(m) {
			// not "former president Igor Dodan": "the president" is someone else
			e.formerOffices = appendNew(e.formerOffices, m.office)
		} else {
			e.offices = appendNew(e.offices, m.office)
		}
	}
	if nick := d.nicknameText(m); nick != "" && e.kind == polgraph.KindPerson {
		// 'Teodor "Teo" Varga': "Teo" names him alone later
		e.addSurface(nick)
		if d.names != nil {
			d.names.add(d.names.same, strings.Join(lowerWords(nick), " "), ei)
		}
	}
	if d.names != nil && e.kind != "" {
		d.index(ei, d.surfaceOf(m))
	}
}

// aliasesOnly reports whether every reading is another name of a body or
// place (no person, no canonical name, no acronym or demonym).
func aliasesOnly(ms []gazetteer.Match) bool {
	for _, x := range ms {
		if x.Via != "alias" || x.Entry.Kind == polgraph.KindPerson {
			return false
		}
	}
	return len(ms) > 0
}

// outletHead reports a mention of one word that ends outlets' names
// ("Times", "Gazette"), after "the" or not, that the gazetteer reads only
// as outlets: a paper's short name, whichever paper the article names.
func (d *doc) outletHead(m *mention) bool {
	first := m.first
	if d.toks[first].lower == "the" {
		first++
	}
	if m.last-first != 1 || !mediaHeads[d.toks[first].lower] || len(m.matches) == 0 {
		return false
	}
	return !slices.ContainsFunc(m.matches, func(g gazetteer.Match) bool { return !g.Entry.Media() })
}

// tailKey is mention m's words as a tail of a longer name: without an
// opening "the" ("The Gazette" is the tail "gazette" of "the Harlow
// Gazette").
func (d *doc) tailKey(m *mention) string {
	if first := m.first; d.toks[first].lower == "the" && m.last-first > 1 {
		return d.wordsKey(first+1, m.last)
	}
	return d.wordsKey(m.first, m.last)
}

// unknownNameTails are the proper tails of the names the article gives
// without any gazetteer reading: "people's alliance" and "alliance" for
// "Kavranian People's Alliance".
func (d *doc) unknownNameTails() map[string]bool {
	tails := map[string]bool{}
	for i := range d.ments {
		o := &d.ments[i]
		if len(o.matches) > 0 || o.kind == "" {
			continue
		}
		for k := o.first + 1; k < o.last; k++ {
			tails[d.wordsKey(k, o.last)] = true
		}
	}
	return tails
}

// unknownBodyInitials are the initials of the bodies' names of three
// words or more the article gives without any gazetteer reading: "drc"
// for "Democratic Renewal Congress".
func (d *doc) unknownBodyInitials() map[string]bool {
	out := map[string]bool{}
	for i := range d.ments {
		o := &d.ments[i]
		if len(o.matches) > 0 || kindGroup(o.kind) != "org" {
			continue
		}
		if in := initials(d.surfaceOf(o)); len(in) >= 3 {
			out[in] = true
		}
	}
	return out
}

// ownAcronym reports a one-word mention in capitals that the gazetteer
// reads by an alias or acronym only and that is the initials of a body
// the article names without any gazetteer reading (unknownBodyInitials).
func (d *doc) ownAcronym(m *mention, own map[string]bool) bool {
	if m.last-m.first != 1 || !d.toks[m.first].allCaps || len(m.matches) == 0 || !own[strings.ToLower(d.toks[m.first].bare())] {
		return false
	}
	return !slices.ContainsFunc(m.matches, func(g gazetteer.Match) bool {
		return g.Via != "alias" && g.Via != "acronym" || g.Entry.Kind == polgraph.KindPerson
	})
}

// wordsKey is tokens [i, j) lowercased and joined by spaces.
func (d *doc) wordsKey(i, j int) string {
	if j == i+1 {
		return d.toks[i].lower // most keys asked for: one word, no copy
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(d.toks[k].lower)
	}
	return b.String()
}

// homeCountry is the country the article is most about: the one its
// unambiguous mentions name most often. Shared names ("Liberal Party",
// "House of Commons") are read as that country's.
func (d *doc) homeCountry() string {
	count := map[string]int{}
	best, bestN := "", 0
	for mi := range d.ments {
		c := d.countryNamed(&d.ments[mi])
		if c == "" {
			continue
		}
		count[c]++
		if count[c] > bestN || (count[c] == bestN && c < best) {
			best, bestN = c, count[c]
		}
	}
	return best
}

// datelineCountry is the country the dateline names ("OSLO, Norway
// (Reuters) -"), or "": where a story is filed is surer than the country it
// names most, which may be a foreign one commenting on it. A round-up
// filed from several countries' capitals ("RIGA/VILNIUS/TALLINN") is filed
// from none of them. Once resolved, a capital whose name others share
// names its country too ("WASHINGTON", read as the capital, not the
// state); before, where nothing else in the dateline names a country, its
// one reading as a capital does ("LONDON", not "LONDON, Ontario").
func (d *doc) datelineCountry() string {
	return d.datelineCode(func(si int) bool { return d.sents[si].dateline })
}

// datelineCode is datelineCountry of the dateline sentences in accepts.
func (d *doc) datelineCode(in func(si int) bool) string {
	found, capital := "", ""
	for mi := range d.ments {
		if m := &d.ments[mi]; in(m.sent) {
			c := d.countryNamed(m)
			if c == "" && m.ent >= 0 && d.ents[m.ent].capitalOf != nil {
				c = d.ents[m.ent].capitalOf.Country
			}
			if c == "" && m.ent >= 0 {
				c = d.cityCountry(m.ent) // "PLEVEN, May 10 -": a city the world table places
			}
			if c == "" && m.ent < 0 && capital == "" {
				capital = capitalReading(m.matches)
			}
			if c != "" && found != "" && c != found {
				return ""
			} else if c != "" {
				found = c
			}
		}
	}
	if found == "" {
		return capital
	}
	return found
}

// capitalReading is the country of the one reading of ms as a capital
// standing for its state, or "".
func capitalReading(ms []gazetteer.Match) string {
	c := ""
	for _, m := range ms {
		if m.Via == "metonym" {
			if c != "" {
				return ""
			}
			c = m.Entry.Country
		}
	}
	return c
}

// datelinePlace reports a mention that opens a dateline, in capitals
// before a comma or the agency's bracket ("DAVOS (Reuters) -", "DAVOS,
// Switzerland"): the place the story is filed from.
func (d *doc) datelinePlace(m *mention) bool {
	s := &d.sents[m.sent]
	if !s.dateline || m.first != s.first || m.last >= s.last || !d.toks[m.first].allCaps {
		return false
	}
	next := d.toks[m.last].text
	return next == "," || next == "("
}

// titledGivenName is the one person named in full whose name opens with
// the given name that a name's title ("Sheikh", "Prince") is read with
// (words: "sheikh tamim"), as the press names a Gulf ruler by title and
// given name after his full name ("Sheikh Tamim bin Hamad").
func (d *doc) titledGivenName(words []string, m *mention) (int, bool) {
	if m.kind != polgraph.KindPerson || len(words) != 2 || !nameTitles[words[0]] {
		return -1, false
	}
	found := -1
	for _, ei := range d.names.prefix[words[1]] {
		if e := d.ents[ei]; e.kind == polgraph.KindPerson && len(e.words) > 1 && e.words[0] == words[1] && ei != found {
			if found >= 0 {
				return -1, false
			}
			found = ei
		}
	}
	return found, found >= 0
}

// headBeforeRole reports a one-word name that is a body's head word
// before a role its people hold ("Ministry spokesman Pavel Orlov",
// "Commission chairman X"): the press's short name of the body it named.
func (d *doc) headBeforeRole(m *mention, words []string) bool {
	return len(words) == 1 && orgHeads[words[0]] && workRoles[d.nextWord(m.last, m.sent)]
}

// partyByLastWord is the party whose name ends in a one-word name before
// a party's post ("Congress leader Sita Rana" after "the Nepali
// Congress"): the press's short name of the party, where it is the one
// body the article names with that last word (not where the US Congress
// is named too), as "Harbour leader X" is the Harbour Party's.
func (d *doc) partyByLastWord(m *mention, words []string) (int, bool) {
	if len(words) != 1 || !(kindGroup(m.kind) == "org" || !m.strong) || !partyRoles[d.nextWord(m.last, m.sent)] {
		return 0, false
	}
	bodies := slices.Compact(slices.Clone(d.names.orgSuffix[words[0]]))
	if len(bodies) != 1 || d.ents[bodies[0]].kind != polgraph.KindParty {
		return 0, false
	}
	return bodies[0], true
}

// bodyHeadedBy is the one organisation or party named before mention m
// whose name opens with head and "of" ("Ministry of Justice" for
// "Ministry"), or -1 where none or several are.
func (d *doc) bodyHeadedBy(head string, m *mention) int {
	found := -1
	for ei, e := range d.ents {
		if kindGroup(e.kind) != "org" || len(e.ments) == 0 || d.ments[e.ments[0]].start >= m.start {
			continue
		}
		for _, s := range e.surfaces {
			if w := lowerWords(s); len(w) > 2 && (w[0] == head && w[1] == "of" || w[0] == "the" && w[1] == head && w[2] == "of") {
				if found >= 0 && found != ei {
					return -1
				}
				found = ei
			}
		}
	}
	return found
}

// laterForeignBody reports a state body of another country than the one
// the story is filed from, named only after mention m, which names a body
// as every state's is named (key, "defence ministry"): "KYIV - The
// Defence Ministry said Russian forces shelled Kharkiv. ... the Russian
// Defence Ministry said" names Ukraine's first, as a short form refers
// back to the name it shortens, not ahead.
func (d *doc) laterForeignBody(ei int, m *mention, key string) bool {
	e := d.ents[ei]
	filed := d.datelineCountry()
	if e.gaz == nil || e.gaz.Country == "" || filed == "" || e.gaz.Country == filed || !genericBodyName(key) {
		return false
	}
	for _, mi := range e.ments {
		if d.ments[mi].start < m.start {
			return false
		}
	}
	return true
}

// bodyCountry is the country a state body of a generic name belongs to
// when the article does not say: the one it is filed from, a state no
// list knows included ("VELMOR, Kelmora (AP) - The Ministry of Defence",
// Kelmora's, as a party no list knows there is: datelineScope), else the
// one it names most, else "".
func (d *doc) bodyCountry() string {
	if c := d.datelineScope(); c != "" {
		return c
	}
	return d.homeCountry()
}

// partyCountry is the scope of a party name no list knows: the country the
// story is filed from (datelineScope), else the known state it is about
// where one stands out (findHomeCountry), else "". A state no gazetteer
// knows scopes only from the dateline: elsewhere the parser's cues may not
// have shown it to be one, and another the article names in passing would
// then stand out.
func (d *doc) partyCountry() string {
	if c := d.datelineScope(); c != "" {
		return c
	}
	if h := d.findHomeCountry(); h >= 0 && d.ents[h].gaz != nil {
		return d.ents[h].gaz.Country
	}
	return ""
}

// acting reports whether a capital stands for its state: it does something
// ("Beijing delay", "Washington warned"), as the sentence's tree says where
// it has one (actorInTree), or owns something ("Ottawa's decision"); "in
// Beijing" or "Amsterdam, the Netherlands" is the city.
func (d *doc) acting(m *mention) bool {
	s := &d.sents[m.sent]
	if p := d.prevWord(m.first, m.sent); p == "from" && m.first >= 2 && reactionNoun(d.toks[m.first-2].lower) {
		return true // "drew criticism from Washington": the state reacts
	} else if p == "from" && m.first >= 2 && protestedAt(d, m) {
		return true // "drew protests from Beijing": the state protests, as a diplomatic protest
	} else if (p == "on" || p == "against") && m.first >= 2 && sanctionNoun(d.toks[m.first-2].lower) {
		return true // "imposed sanctions on Moscow": the state is sanctioned
	} else if p == "by" && m.first >= 2 && claimNoun(d.toks[m.first-2].lower) {
		return true // "a claim by Moscow", "accusations by Beijing": the state says it
	} else if p == "of" && m.first >= 2 && metonymyCues.servedBy[d.toks[m.first-2].lower] {
		return true // "an agent of Beijing", "on behalf of Moscow": the state is served
	} else if s.dateline || placePrepositions[p] || p == "of" || m.last >= s.last {
		return false // "the last days of Rome doesn't...": the verb is not Rome's
	}
	next := &d.toks[m.last]
	if next.lower == "'s" {
		return !d.cityOfficeAt(m.last+1, s.last) // "London's mayor" is the city's
	}
	if next.text == "-" && m.last+1 < s.last && backingParticiples[d.toks[m.last+1].lower] {
		return true // "Beijing-funded", "Moscow-backed": a state funds and backs, a city does not
	}
	if next.lower == "to" && urgingVerbs[d.prevWord(m.first, m.sent)] {
		return true // "urged Washington to follow suit": the state is asked to act
	}
	if actor, ok := d.actorInTree(m); ok {
		return actor
	}
	return next.kind == tokWord && !next.cap && !prepositions[next.lower] && !determiners[next.lower] && next.lower != "and" && next.lower != "or"
}

// cityOfficeAt reports the title of a city's office at token i, after a
// word of rank ("deputy mayor"): what a capital owns so is the city's.
func (d *doc) cityOfficeAt(i, last int) bool {
	if i < last && deputyWords[d.toks[i].lower] {
		i++
	}
	if i >= last {
		return false
	}
	_, o := d.officeAt(i, last)
	return bodyOf(o) == "city"
}

// protestedAt reports a capital that a protest noun comes "from", which
// no verb that holds protests carries and no "to" follows: "drew protests
// from Beijing" are Beijing's, the state's, where "staged protests from
// Paris to Lyon" went through the cities.
func protestedAt(d *doc, m *mention) bool {
	n := m.first - 2
	if !slices.ContainsFunc(triggers[d.toks[n].lower], func(t trigger) bool { return t.noun && t.typ == "PROTEST" }) {
		return false
	}
	if m.last < d.sents[m.sent].last && d.toks[m.last].lower == "to" {
		return false
	}
	for k := n - 1; k >= d.sents[m.sent].first && k >= n-2; k-- {
		if lightVerbs[d.toks[k].lower] {
			return false
		}
	}
	return true
}

// reactionNoun reports a noun that tells of words spoken ("criticism",
// "condemnation", "praise"), alone or as the head of a noun trigger
// ("an angry response"): who it comes "from" speaks them.
func reactionNoun(w string) bool {
	return reactionHeads[w]
}

// claimNoun reports a noun of what someone claims or reports
// (data/denied_nouns.tsv: "claim", "accusations", "report"): whose it is,
// in a "by" phrase, is a state, not a city.
func claimNoun(w string) bool {
	return deniedNouns[w] != "" || deniedNouns[strings.TrimSuffix(w, "s")] != ""
}

// sanctionNoun reports a noun that tells of a sanction ("sanctions", "an
// embargo"): whom it is "on" or "against" is a state, not a city.
func sanctionNoun(w string) bool {
	return slices.ContainsFunc(triggers[w], func(t trigger) bool { return t.noun && t.typ == "SANCTION" })
}

// reactionHeads are the last words of the noun triggers of words spoken.
var reactionHeads = func() map[string]bool {
	out := map[string]bool{}
	for _, ts := range triggers {
		for _, t := range ts {
			if t.noun && (spokenTypes[t.typ] || t.typ == "SUPPORT") {
				out[t.words[len(t.words)-1]] = true
			}
		}
	}
	return out
}()

// countryNamed is the country a mention names without doubt, or "": it has
// one reading, which is not an outlet or a company (Reuters is British,
// its reports are of everywhere) nor a form that itself needs its country
// named.
func (d *doc) countryNamed(m *mention) string {
	if len(m.matches) != 1 {
		return ""
	}
	e := m.matches[0].Entry
	if e.Media() || e.Company() || d.needsCountry(e, m) {
		return ""
	}
	return e.Country
}

// localBodyHeads end a local body's name after the place it governs
// (data/words/local_body_heads.txt).
var localBodyHeads = wordSet("local_body_heads.txt")

// localBodyCountry is the country of the place that opens the name of a
// local body no list knows ("Leeds City Council", "Dublin City Council"),
// where every reading of the place, a capital's included, is in that one
// country; else "". A council's name says where it sits, so local news
// that names only its council names the country as surely as the town
// alone would.
func (d *doc) localBodyCountry(m *mention) string {
	if len(m.matches) > 0 || m.last-m.first < 2 || !localBodyHeads[d.toks[m.last-1].lower] {
		return ""
	}
	n, ms := d.gazAt(m.first, m.last-1)
	if n == 0 {
		return ""
	}
	c := ""
	for _, g := range ms {
		if g.Entry.Kind != polgraph.KindPlace && g.Via != "metonym" || g.Entry.Country == "" || c != "" && g.Entry.Country != c {
			return ""
		}
		c = g.Entry.Country
	}
	return c
}

// afterNameWord reports whether a capitalised word, no acronym nor common
// word, comes right before mention m, as a given name before its surname.
func (d *doc) afterNameWord(m *mention) bool {
	if m.first == d.sents[m.sent].first {
		return false
	}
	p := &d.toks[m.first-1]
	return p.kind == tokWord && p.cap && !p.allCaps && p.end+1 >= d.toks[m.first].start && !commonWords[p.lower] && !placeOpeners[p.lower]
}

// needsCountry reports whether m names entry e only where the article names
// e's country too: a form other entries share, or a party name or another
// name of a state body made of words such names everywhere are made of
// ("National Unity", "Security Service"), or the acronym of a body's name
// other states' bodies share ("SSA").
func (d *doc) needsCountry(e *gazetteer.Entry, m *mention) bool {
	surface := d.surfaceOf(m)
	// a member's name for the party ("a Social Democrat") is a form of
	// many countries' parties, whichever the gazetteer marks shared
	// a form only one country's entries share ("Delhi": India's capital
	// and the territory) is no other country's, whether or not the
	// article names that one; after a name's word it is that name's
	// ("Tomas Washington")
	shared := d.sharedForm(e, surface) && (len(m.matches) < 2 || sharedCountries(m.matches) || d.afterNameWord(m))
	// a party's acronym of two letters is many bodies' and offices'
	// ("Treasury CS" is a Kenyan cabinet secretary, not Spain's Cs)
	twoLetters := e.Kind == polgraph.KindParty && len([]rune(surface)) == 2 && readAsAcronym(m, e)
	return m.member || shared || twoLetters || e.Kind == polgraph.KindParty && genericPartyName(surface) ||
		e.Kind == polgraph.KindOrganization && e.Country != "" && (!strings.EqualFold(surface, e.Name) && genericBodyName(surface) || readAsAcronym(m, e) && slices.Contains(e.Ambiguous, e.Name))
}

// readAsAcronym reports whether mention m reads entry e by its acronym:
// the acronym of a name other states' bodies share ("SSA" of "State
// Security Agency") is as much another state's body as the name is.
func readAsAcronym(m *mention, e *gazetteer.Entry) bool {
	return slices.ContainsFunc(m.matches, func(g gazetteer.Match) bool { return g.Entry == e && g.Via == "acronym" })
}

// outletReading is the index of the news outlet among mention m's
// gazetteer readings where the sentence makes m an outlet ("AFP
// reported", "the news agency AFP"), which needs no country named to
// tell it from namesakes; else -1.
func (d *doc) outletReading(m *mention) int {
	i := slices.IndexFunc(m.matches, func(g gazetteer.Match) bool { return g.Entry.Media() })
	if i < 0 {
		return -1
	}
	if next := d.nextWord(m.last, m.sent); next == "reported" || next == "reports" {
		return i
	}
	if _, media := d.nounBefore(m); media {
		return i
	}
	if _, media := d.nounAfter(m); media {
		return i
	}
	return -1
}

// explicitOwner is the code of the state (or "code|territory") that owns
// mention m outright, by a possessive before it ("Russia's Ministry of
// Defence") or "of" or "in" after it ("the Socialist Party of Chile"),
// else "".
func (d *doc) explicitOwner(m *mention) string {
	o := d.ownerBefore(m)
	if o == nil {
		o = d.countryAfterOf(m)
	}
	if o == nil {
		return ""
	}
	if e := o.matches; len(e) == 1 && e[0].Entry.Kind == polgraph.KindPlace {
		return placeScope(e[0].Entry)
	}
	return d.countryNamed(o)
}

// stateBodyEntry reports a gazetteer entry of one country's party,
// government body or legislature: what another state cannot own.
func stateBodyEntry(e *gazetteer.Entry) bool {
	return e.Country != "" && (e.Kind == polgraph.KindParty || e.Scope == "organizations-government" || e.Scope == "organizations-legislatures")
}

// sharedForm reports whether surface is a form other entries share.
func (d *doc) sharedForm(e *gazetteer.Entry, surface string) bool {
	for _, a := range e.Ambiguous {
		if gazetteer.SameForm(a, surface) {
			return true
		}
	}
	return false
}

// supported reports whether the article names the country of an entry, or
// for a party of a territory ("Hong Kong") the territory.
func supported(e *gazetteer.Entry, named map[string]bool) bool {
	if e.Region != "" {
		return named["region:"+e.Region]
	}
	return named[e.Country]
}

// pickMatch chooses among a shared surface's readings: the country its
// context attributes it to (local: a code, or a code, "|" and a
// territory's name, localCountry), then the home country's, then names
// over aliases over demonyms.
func pickMatch(ms []gazetteer.Match, home, local string, named map[string]bool, dateline bool) gazetteer.Match {
	best := ms[0]
	score := func(m gazetteer.Match) int {
		s := 0
		if local != "" && ofLocal(m.Entry, local) {
			s += 20
		}
		if home != "" && m.Entry.Country == home && (m.Entry.Region == "" || supported(m.Entry, named)) {
			s += 10
		}
		if supported(m.Entry, named) {
			s += 5
		}
		if dateline && m.Via == "metonym" {
			s += 4 // "WASHINGTON (AP)": the capital, not the state of that name
		}
		switch m.Via {
		case "name":
			s += 3
		case "alias", "acronym", "metonym":
			// a capital ties with a place's other name and, listed first,
			// wins: in the news "Washington" is more often the capital
			s += 2
		}
		return s
	}
	for _, m := range ms[1:] {
		if score(m) > score(best) {
			best = m
		}
	}
	return best
}

// otherThanDateline reports a party's name of party words that only
// another country's party has in full ("The Greens", Australia's), where
// the sentence ties it to no country and the story is filed from a
// country with a party of the shorter form ("Greens"): withoutThe then
// reads the shorter form, the dateline country's (partyHome).
func (d *doc) otherThanDateline(m *mention, match gazetteer.Match, dateline string) bool {
	if dateline == "" || match.Entry.Kind != polgraph.KindParty || match.Entry.Country == dateline || !d.needsCountry(match.Entry, m) || d.localCountry(m) != "" ||
		slices.ContainsFunc(m.matches, func(g gazetteer.Match) bool { return g.Entry.Country == dateline }) {
		return false
	}
	if m.last-m.first < 2 || d.toks[m.first].lower != "the" {
		return false
	}
	_, ms := d.gazAt(m.first+1, m.last)
	return slices.ContainsFunc(ms, func(g gazetteer.Match) bool { return g.Entry.Kind == polgraph.KindParty && g.Entry.Country == dateline })
}

// partyHome is the country dateline names where ms are parties, or media
// outlets, of several countries, else "": "OTTAWA (Reuters) - The
// Liberals won", a party the sentence ties to no country, is of the
// country the story is filed from, though the article names another with
// a party of that name more often; so is "NTV" in a story from Moscow that
// names Japan. Only these: "Georgia" in a story from Washington is as
// often the country as the state.
func partyHome(ms []gazetteer.Match, dateline string) string {
	if len(ms) == 0 || !sharedCountries(ms) {
		return ""
	}
	party := func(g gazetteer.Match) bool { return g.Entry.Kind == polgraph.KindParty }
	outlet := func(g gazetteer.Match) bool { return g.Entry.Media() }
	if !allOf(ms, party) && !allOf(ms, outlet) {
		return ""
	}
	return dateline
}

// allOf reports whether every match satisfies f.
func allOf(ms []gazetteer.Match, f func(gazetteer.Match) bool) bool {
	return !slices.ContainsFunc(ms, func(g gazetteer.Match) bool { return !f(g) })
}

// foreignParty reports a party's form of one country's party that needs
// its country named, where mention m's own words or its sentence's
// setting name another country: "In Estonia, the Farmers' Union" is no
// Latvian party of that short name, however often the article names
// Latvia. A form of several countries' parties is chosen among them by
// the same cues (pickMatch), but where the setting names a country none
// of them is of, it is none of them.
func (d *doc) foreignParty(e *gazetteer.Entry, m *mention) bool {
	if e.Kind != polgraph.KindParty {
		return false
	}
	local := d.localCountry(m)
	if local == "" {
		local = d.settingCode(m.sent)
	}
	if local == "" {
		return false
	}
	if sharedCountries(m.matches) {
		// "In Austria, the Social Democrats": a form of several
		// countries' parties, none of them the setting's, is none of
		// them, however often the article names their countries
		return !slices.ContainsFunc(m.matches, func(g gazetteer.Match) bool {
			return ofLocal(g.Entry, local) || g.Entry.Kind == polgraph.KindParty && g.Entry.Country == local
		})
	}
	return !ofLocal(e, local) && local != e.Country
}

// stateNamedBefore is the code of the last known state named outright in
// mention m's sentence before it ("Chile's reform ... the Democratic
// Party"), or "".
func (d *doc) stateNamedBefore(m *mention) string {
	c := ""
	for _, mi := range d.mentionEdges().bySent[m.sent] {
		if o := &d.ments[mi]; o.last <= m.first && len(o.matches) == 1 && o.matches[0].Entry.Kind == polgraph.KindCountry {
			if k := d.countryNamed(o); k != "" {
				c = k
			}
		}
	}
	return c
}

// partyFiledElsewhere reports a party e of another country than the one
// the story is filed from (dateline), chosen for mention m though nothing
// ties m to e's country: not its own words or sentence (localCountry, the
// setting), nor e's country named in m's paragraph or twice before it
// (stateNamedFor). A story filed from Dakar that names France in a later
// paragraph does not make "the Socialist Party" France's.
func (d *doc) partyFiledElsewhere(e *gazetteer.Entry, m *mention, dateline string) bool {
	if e.Kind != polgraph.KindParty || dateline == "" || e.Country == "" || e.Country == dateline || d.sents[m.sent].dateline {
		return false
	}
	if d.localCountry(m) != "" || d.settingCode(m.sent) != "" {
		return false
	}
	return !d.stateNamedFor(m.sent, e.Country)
}

// partyOfCountry is the known party of country code that mention m names
// without its country, by the name the data gives it with the country
// after "of" or in parentheses: "the Socialist Party" filed from Dakar is
// the Socialist Party of Senegal.
func (d *doc) partyOfCountry(m *mention, code string) (gazetteer.Match, bool) {
	c := d.x.gaz.Country(code)
	if c == nil {
		return gazetteer.Match{}, false
	}
	first := m.first
	if d.toks[first].lower == "the" && m.last-first > 1 {
		first++
	}
	base := d.text[d.toks[first].start:d.toks[m.last-1].end]
	for _, name := range []string{base + " of " + c.Name, base + " (" + c.Name + ")"} {
		for _, g := range d.x.gaz.Lookup(name) {
			if g.Entry.Kind == polgraph.KindParty && g.Entry.Country == c.Country && g.Entry.Region == "" {
				return gazetteer.Match{Entry: g.Entry, Via: "alias"}, true
			}
		}
	}
	return gazetteer.Match{}, false
}

// ofLocal reports whether entry e is of the country (or territory) local
// names: a code, or a code, "|" and a territory's name (localCountry).
func ofLocal(e *gazetteer.Entry, local string) bool {
	return e.Region == "" && e.Country == local || e.Region != "" && local == e.Country+"|"+e.Region
}

// placesOfOffice are the readings of a place name shared by a city (or a
// capital) and a region that the office title after it (or its
// possessive) or before "of" it belongs to: "New York Governor",
// "Georgia's governor", "Governor of New York", "Washington
// Governor" the state, "New York Mayor" the city; a country's name that a
// region shares ("Georgia Governor") is the region's. A capital is a
// city, so a city's office may be one of two cities': "the mayor of
// London" is London's, the capital's, in a British story and London,
// Ontario's in a Canadian one (pickMatch chooses). None where the name
// names fewer than two places.
func (d *doc) placesOfOffice(m *mention) []gazetteer.Match {
	s := &d.sents[m.sent]
	var o *gazetteer.Office
	if m.last < s.last {
		_, o = d.officeAt(m.last, s.last)
	}
	if o == nil && m.last+1 < s.last && possessiveMarks[d.toks[m.last].lower] {
		_, o = d.officeAt(m.last+1, s.last) // "Georgia's governor"
	}
	if o == nil && m.first-2 >= s.first && d.toks[m.first-1].lower == "of" {
		for k := max(s.first, m.first-4); k < m.first-1 && o == nil; k++ {
			if n, oo := d.officeAt(k, m.first-1); k+n == m.first-1 {
				o = oo
			}
		}
	}
	scope := map[string]string{"region": "places-divisions", "city": "places-cities"}[bodyOf(o)]
	if scope == "" {
		return nil
	}
	places := 0
	var found []gazetteer.Match
	for _, g := range m.matches {
		if g.Entry.Kind == polgraph.KindPlace || g.Entry.Kind == polgraph.KindCountry || g.Via == "metonym" { // "Georgia Governor" is no state's
			places++
			if g.Entry.Scope == scope || scope == "places-cities" && g.Via == "metonym" {
				found = append(found, g)
			}
		}
	}
	if places < 2 {
		return nil
	}
	return found
}

// stateReading is the index of the sovereign state among the readings of
// a name a region shares ("Georgia") where the name owns, or completes
// with "of", what only a state has: a head of state's or a diplomat's
// office ("Georgia's president", "the ambassador of Georgia"), or a
// state's institution kind_cues.tsv lists ("Georgia's foreign
// minister", "the government of Georgia"); else -1.
func (d *doc) stateReading(m *mention) int {
	state, region := -1, false
	for i, g := range m.matches {
		switch {
		case g.Entry.Kind == polgraph.KindCountry && g.Via == "name":
			state = i
		case g.Entry.Kind == polgraph.KindPlace && g.Entry.Scope == "places-divisions":
			region = true
		}
	}
	if state < 0 || !region {
		return -1
	}
	s := &d.sents[m.sent]
	var o *gazetteer.Office
	if m.last+1 < s.last && possessiveMarks[d.toks[m.last].lower] {
		_, o = d.officeAt(m.last+1, s.last)
	}
	if o == nil && m.first-2 >= s.first && d.toks[m.first-1].lower == "of" {
		for k := max(s.first, m.first-4); k < m.first-1 && o == nil; k++ {
			if n, oo := d.officeAt(k, m.first-1); k+n == m.first-1 {
				o = oo
			}
		}
	}
	if b := bodyOf(o); b == "head-of-state" || b == "diplomatic" {
		return state
	}
	x := d.syntaxOf(m.sent)
	if x == nil {
		return -1
	}
	w := x.nameHead(m.first, m.last)
	if w < 0 || x.head(w) < 0 {
		return -1
	}
	switch {
	case x.rel(w) == "nmod:poss" && cues.of("poss", x, x.nounModified(x.head(w))) == polgraph.KindCountry,
		x.baseRel(w) == "nmod" && x.caseOf(w) == "of" && cues.of("of", x, x.nounModified(x.head(w))) == polgraph.KindCountry:
		return state
	}
	return -1
}

// bodyOf is the kind of body office o belongs to, "" for none.
func bodyOf(o *gazetteer.Office) string {
	if o == nil {
		return ""
	}
	return o.Body
}

// sharedCountries reports whether the readings of a form are of several
// countries ("Labour Party": the UK's, New Zealand's).
func sharedCountries(ms []gazetteer.Match) bool {
	for _, x := range ms[1:] {
		if x.Entry.Country != ms[0].Entry.Country {
			return true
		}
	}
	return false
}

// finishEntities fills ids and canonical names of the entities made from
// names; aboutEP reports a story about the European Parliament.
func (d *doc) finishEntities(aboutEP func() bool) {
	partyCountry := sync.OnceValue(d.partyCountry)
	for _, e := range d.ents {
		if e.gaz != nil {
			continue
		}
		// the fullest surface is the name
		n := len(lowerWords(e.name))
		for _, s := range e.surfaces {
			sn := len(lowerWords(s))
			longer := sn > n
			// a dateline's capitals ("OSTRAVEN, Sept 14") are no spelling
			cased := sn == n && shouted(e.name) && !shouted(s)
			if (longer || cased) && !slices.Contains(e.titled, s) {
				e.name, n = s, sn
			}
		}
		e.name = cleanName(e.name)
		if e.kind == polgraph.KindPerson {
			// the surface with the suffix stays an alias
			f := strings.Fields(e.name)
			e.name = strings.Join(f[:withoutNameSuffix(lowerWords(e.name))], " ")
		}
		if rest, ok := strings.CutPrefix(e.name, "The "); ok && e.kind == polgraph.KindParty && len(e.words) > 0 && e.words[0] != "the" {
			e.name = rest // "The Liberals" opening a sentence: its words, the key, leave "The" out
		}
		if n := d.curatedName(e); n != "" {
			e.name = n // the spelling the article used stays an alias
		}
		if e.kind == polgraph.KindPerson {
			e.id = gazetteer.ID(e.kind, personKey(e.name))
		} else {
			e.id = gazetteer.ID(e.kind, e.name)
		}
		if g := d.euGroupOfParty(e, aboutEP); g != nil {
			// "Socialist MEP Irene Valsecchi": a group of the
			// European Parliament, no state's party
			e.addSurface(e.name)
			e.gaz, e.id, e.name, e.kind = g, g.ID, g.Name, g.Kind
			continue
		}
		if b := d.stateBodyOf(e, partyCountry); b != nil {
			// a state's body named as every state's is ("Russia's
			// Ministry of Defence"): the one the data knows, one node
			// whatever the wording
			e.addSurface(e.name)
			e.gaz, e.id, e.name = b, b.ID, b.Name
			continue
		}
		switch {
		case e.mission != "":
			// the state's mission in one country: where the article does
			// not say which, the country it is filed from, if another,
			// else the article's own
			host := e.scope
			if host == "" {
				host = d.datelineCountry()
			}
			if host == e.missionOf {
				host = ""
			}
			if e.missionOf == "" { // "the Oskavian embassy": Oskavia's, where the article names it
				noun, state, _ := strings.Cut(e.mission, " of ")
				e.mission = noun + " of " + d.missionState(state)
			}
			e.id = gazetteer.ScopedID(gazetteer.ID(e.kind, e.mission), host, d.text)
		case e.scope != "" && e.kind == polgraph.KindParty:
			// the country its name was qualified by, as the dateline
			// scopes it elsewhere: "Kelmora's Labour Party" is the
			// "Labour Party" of a story filed from Kelmora
			e.id = gazetteer.ScopedID(gazetteer.ID(e.kind, strings.Join(e.words, " ")), e.scope, d.text)
		case e.unsure && e.kind == polgraph.KindParty:
			// a form parties of several states share, none of them one the
			// article names ("the Greens"): the party of that form of the
			// state the story is filed from or is about, as a party no
			// list knows is (partyCountry), else the article's own
			e.id = gazetteer.ScopedID(e.id, partyCountry(), d.text)
		case e.kind == polgraph.KindParty && d.stateWords(e.name) > 0:
			// "the Kenya Freedom Party": the state its name opens with
			// sets it apart, whatever country the story is from
		case e.kind == polgraph.KindParty:
			// a party no list knows: parties of two countries may share
			// the name ("Farmers' League"), so the id carries the country
			// the story is from where it says; where it does not, the name,
			// unless it is a member's word that parties of every country
			// go by ("Green", "Liberal"): then the article's own
			if c := partyCountry(); c != "" || len(e.words) == 1 && cues.kind[[2]string{"plural", e.words[0]}] == polgraph.KindParty {
				e.id = gazetteer.ScopedID(e.id, c, d.text)
			}
		case e.scope != "" && e.kind == polgraph.KindOrganization:
			// "In Tallinn, the Supreme Court": the court of the country
			// the sentence is set in; "the Electoral Commission of
			// Kenya" is Kenya's Electoral Commission, whichever name
			// the article gives it
			if len(e.words) > 0 {
				e.id = gazetteer.ID(e.kind, strings.Join(e.words, " "))
			}
			e.id = gazetteer.ScopedID(e.id, e.scope, d.text)
		case e.kind == polgraph.KindOrganization && genericBodyName(e.name):
			// "the Ministry of Defence" of a country the article does not
			// name: every state has one, so it is the dateline's or the
			// home country's, else the article's own, never one node for all
			e.id = gazetteer.ScopedID(e.id, d.bodyCountry(), d.text)
		}
	}
	d.personIDsApart()
	d.resolveLeaders()
}

// stateBodyOf is the curated institution or party an organisation or a
// party named in a generic way, or without its country, stands for: by
// the country its name was qualified by or, for a state body's name every
// state's body has, the country the story is filed from; for a party,
// the country its id would be scoped by (partyCountry). The country the
// story names most is no ground for a state body: "The Foreign Ministry
// summoned China's ambassador" is not China's.
func (d *doc) stateBodyOf(e *entity, partyCountry func() string) *gazetteer.Entry {
	switch {
	case e.mission != "":
		return nil
	case e.unsure && e.kind == polgraph.KindParty && e.scope == "":
		return curatedStateBody(e.kind, e.name, partyCountry()) // a form known parties share: the dateline's or the home state's, if it has one
	case e.scope != "" && (e.kind == polgraph.KindOrganization || e.kind == polgraph.KindParty):
		// a country its context gave it ("In Latvia, the Social
		// Democrats") before the dateline's
		if b := curatedStateBody(e.kind, e.name, e.scope); b != nil || len(e.words) == 0 {
			return b
		}
		// "the Defence Ministry in Moscow", named in full "Defence
		// Ministry of Moscow": its words without the place are its name
		return curatedStateBody(e.kind, strings.Join(e.words, " "), e.scope)
	case e.kind == polgraph.KindOrganization && genericBodyName(e.name):
		if b := d.seatBody(e.name); b != nil {
			return b
		}
		return curatedStateBody(e.kind, e.name, d.datelineCountry())
	case e.kind == polgraph.KindParty:
		return curatedStateBody(e.kind, e.name, partyCountry())
	}
	return nil
}

// bodyNamedInFull is the body the gazetteer knows that a mention before
// mention mi names in full, where mi's words are a generic body's name
// that ends that name: after "The European Parliament voted", "Parliament
// President Ana Holm" is its president, wherever the story is filed; nil
// where no such body, or two, are named before.
func (d *doc) bodyNamedInFull(mi int) *gazetteer.Entry {
	m := &d.ments[mi]
	surface := strings.TrimPrefix(d.surfaceOf(m), "The ")
	if !genericBodyName(surface) {
		return nil
	}
	words := lowerWords(surface)
	var found *gazetteer.Entry
	for k := range mi {
		o := &d.ments[k]
		if len(o.matches) != 1 || o.matches[0].Entry.Kind != polgraph.KindOrganization {
			continue
		}
		full := lowerWords(o.matches[0].Entry.Name)
		if len(full) <= len(words) || !slices.Equal(full[len(full)-len(words):], words) {
			continue
		}
		if found != nil && found != o.matches[0].Entry {
			return nil
		}
		found = o.matches[0].Entry
	}
	return found
}

// nameSuffixes close a person's name without being part of it ("Jr.",
// "III").
var nameSuffixes = wordSet("name_suffixes.txt")

// withoutNameSuffix is the number of a person's name words before a closing
// generational suffix: a numeral only after a surname, as "Charles III"
// and "John Paul II" are a reign's names, not a family's.
func withoutNameSuffix(words []string) int {
	n := len(words)
	if n < 2 || !nameSuffixes[words[n-1]] {
		return n
	}
	if w := words[n-1]; (w != "jr" && w != "sr") && (n < 3 || firstNames[words[n-2]]) {
		return n
	}
	return n - 1
}

// shouted reports a name written in capitals throughout.
func shouted(s string) bool {
	return strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// cleanName drops a possessive and surrounding punctuation from a name.
func cleanName(s string) string {
	s = strings.Join(strings.Fields(s), " ") // a name wrapped across lines
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	s = strings.Trim(s, " ,;:\"“”‘’'()")
	if n := len(s); n >= 3 && s[n-1] == '.' && s[n-3] == '.' {
		return s // "Washington D.C.": the period is the abbreviation's
	}
	return strings.Trim(s, " ,.;:\"“”‘’'()")
}

// urgingVerbs take a state as object and an infinitive after it.
var urgingVerbs = wordSet("urging_verbs.txt")
