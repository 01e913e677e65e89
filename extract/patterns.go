package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// link patterns: the words between two mentions, lowercased, with
// parentheses dropped and other mentions written <per>, <org>, <loc>, <dem>.
var (
	reJoined   = mustWords(`\b(joined|rejoined|became a member of|was elected leader of|became leader of|took over as leader of)\b`)
	reAge      = mustWords(`^, \d{1,3}, `)
	reOwnParty = mustWords(`^'s ((ruling|governing|own|opposition|centrist|conservative|liberal|nationalist|populist|right-wing|left-wing|far-right|far-left) )?$`)
	// "X, a former minister from the Y": a government's office held
	// once, by a man of the party
	reFormerOfficeFrom = mustWords(`(^|\s)former (\S+ )?(minister|president|prime minister|premier|governor|mayor|ambassador|diplomat) from (the )?$`)
	reMemberAfter      = mustWords(`^(, )?(((who|which) (is|was|has been|had been) |is |was |has been |had been |became |((who|which) )?(has |had )?(serves|served) as |, )(a |an |the )?|a |an |the )(\S+ ){0,2}(member|members|politician|candidate|mp|senator|deputy|representative|councillor|activist|official|leader|chairman|minister|spokesman|spokeswoman|spokesperson|founder|co-founder|figure|legislator|lawmaker|congressman|congresswoman)s? (of|for|from|in|with) (the )?((faction|parliamentary group|caucus) (of|for) (the )?)?$`)
	// "X, running for the Liberal Union, came second": the party a
	// candidate stands for, in apposition
	reRunningFor   = mustWords(`^, (\w+ )?(running|standing) for (the )?$`)
	reMemberVerb   = mustWords(`^(, who )?(\w+ ){0,2}(joined|rejoined|represented|represents|ran for|running for|stood for|standing for|sat for|sits for|(won|held|holds|retained|kept|took) ((the|a) (<loc> )?seat|<loc>) for|was a member of|is a member of|became a member of|elected for|elected as a member of|belongs to|belonged to|led|leads|founded|co-founded|headed|heads|chaired|chairs) (the )?$`)
	rePartyFrom    = mustWords(`^, (a|an) <org> from $`)
	reMemberFrom   = mustWords(`^, (from|of) (the )?((party|faction|bloc) ["“«]? ?)?$`)
	reMembersOf    = mustWords(`^((, <per>)*,? )?and <per>(,? (both|all) members)? of (the )?$`)
	reMemberBefore = mustWords(`^(('s|'|’) )?((fellow|former|senior|veteran|prominent|then) )?((\w+ )?(mp|mps|senator|congressman|congresswoman|politician|leader|co-leader|candidate|member|lawmaker|representative|deputy|councillor|minister|president|chairman|activist|figure|governor|mayor|premier|prime minister|legislator|party leader|whip|speaker)s?,? )?$`)
	reLeadAfter    = mustWords(`^(, )?(who |which )?((is|was|became|has been|had been|served as|serves as|also served|also|then|later|as|the|a|an|first|future|former|longtime) )*(\w+ )?(leader|co-leader|convenor|convener|head|chairman|chairwoman|chairperson|chair|co-chair|co-chairman|co-chairwoman|co-chairperson|president|prime minister|premier|mayor|governor|king|queen|emperor|chief|director|founder|secretary-general|secretary general|general secretary|director general|director-general|ceo|chief executive|chancellor|ruler|commander) (of|for) (the )?$`)
	reLeadVerb     = mustWords(`^(, who )?(\w+ )?(led|leads|co-led|co-leads|heads|headed|chaired|chairs|co-chaired|co-chairs|founded|ruled|rules|governed|governs|runs|ran) (the )?$`)
	reLeadBefore   = mustWords(`^(and |, )?(its |their |the )?(('s|'|’) )?((former|acting|interim|founding|longtime|then|party|new) )?(leader|co-leader|president|prime minister|premier|mayor|governor|chairman|chairwoman|chairperson|co-chair|co-chairman|co-chairwoman|co-chairperson|head|chief|ceo|king|queen|emperor|chancellor|ruler|founder|co-founder)( |, )?$`)
	reWorkAfter    = mustWords(`^(, )?((who|which) (is|was) |is |was |, )?(a |an |the )?(\w+ )?(executive|employee|spokesman|spokeswoman|spokesperson|reporter|correspondent|editor|journalist|columnist|analyst|engineer|official|officer|adviser|advisor|aide|lawyer|economist|researcher|scientist|director|manager|agent|consultant|ceo|chief executive|president|chairman|founder|professor|lecturer|worker|staffer|producer|presenter|anchor|photographer|cameraman|camerawoman|photojournalist|writer|commentator|stringer) (at|of|for|with) (the )?$`)
	// "a senior adviser to the Ministry of Finance": one advises a body
	// as its staff; "adviser to the president" names a person, no body
	reAdviserTo  = mustWords(`^(, )?((who|which) (is|was) |is |, )?(a |an |the )?(\w+ )?(adviser|advisor|consultant) to (the )?$`)
	reWorkVerb   = mustWords(`^(, who |(is|was) (a|an) (\w+ ){0,2}who )?(\w+ )?(works for|worked for|works at|worked at|writes for|wrote for|reports for|reported for|joined|was hired by|is employed by|was employed by) (the )?$`)
	reRoleOpens  = mustWords(`^, (a|an|the) ((senior|top|chief|deputy|veteran|longtime) )?$`)
	reWorkBefore = mustWords(`^(('s|'|’) )?((senior|former|top|chief|deputy|vice) )?(executive|executives|employee|spokesman|spokeswoman|spokesperson|reporter|correspondent|editor|journalist|columnist|analyst|engineer|official|adviser|advisor|aide|lawyer|economist|researcher|scientist|director|manager|ceo|chief executive|chairman|founder|president|staffer|producer|anchor|observer|monitor|photographer|cameraman|camerawoman|photojournalist|commentator|stringer)(s?,)? ?$`)
	// "the Daily Courier's political editor X": a possessor, then words that
	// say what kind of role
	reWorkOwned    = mustWords(`^('s|'|’) ([a-z-]+ ){0,2}(editor|correspondent|reporter|columnist|economist|analyst|adviser|advisor|spokesman|spokeswoman|spokesperson|executive|director|presenter|producer|anchor) ?$`)
	reCitizenAfter = mustWords(`^(, |is |was |, who is |, who was |who was |who is |became )(a |an |the )?((\w+ ){0,2})$`)
	reCitizenNoun  = mustWords(`^((former|senior|veteran|prominent|fellow|leading|top|young|retired|exiled|famous|noted|suspected|alleged) )?(\w+ ){0,2}$`)
	reCitizenIn    = mustWords(`^(, )?(is|was|became) (a|an) (\w+ )?(\w+) (in|from|of) (the )?$`)
	reRepresents   = mustWords(`^((, )?(who |which )?|, (a|an) (\S+ ){1,3}who )((served|serves|has served|had served|was|is|became|has been|had been) (as )?(an? |the )?|has |had |have )?(represents|represented|representing|the mp for|mp for|member for|the member for|member of parliament for|was elected in|was elected for|was elected to (the )?\w+ for|sits for|sat for) (the )?$`)
	reSeatFor      = mustWords(`^, (the |a |an )?((<org>|[\w-]+) ){0,2}(mp|member|senator|representative|deputy|congressman|congresswoman|assemblyman|assemblywoman|councillor|legislator) for (the )?$`)
	reLocated      = mustWords(`^, $|^in (the )?((north|south)?(east|west)?ern |central )?$`) // "in northern Mali"
	// "Ana Holm, who sits in the Sejm", "was elected to the Saeima": a seat
	reSeatVerb = mustWords(`^(, )?(who |which )?(\w+ )?(sits|sat|serves|served|has served|had served|was elected|was re-elected|won a seat|holds a seat|held a seat) (for (the )?<org> )?(in|to) (the )?$`)
	// "who represents the Toronto riding of Don Valley East", "the MP for
	// the constituency of Whitby": the district named after its noun
	reDistrictOf = mustWords(`^(, )?(who |which )?([\w-]+ ){0,3}(represents|represented|representing|for) the (<loc> )?(riding|constituency|district|electorate|division|ward) of $`)
	// "who sits in the Sejm for the Civic Coalition": the party she sits for
	reSittingFor = mustWords(`^(, )?(who |which )?(\w+ )?(sits|sat|serves|served) in (the )?<org> for (the )?$`)
)

// between renders tokens [from, to) of sentence si for the patterns.
func (d *doc) between(mis []int, from, to int) string {
	var b strings.Builder
	b.Grow(8 * max(to-from, 0)) // room for most words and their spaces at once
	depth := 0
	for j := from; j < to; j++ {
		t := &d.toks[j]
		switch t.text {
		case "(", "[":
			depth++
			continue
		case ")", "]":
			depth--
			continue
		}
		if depth > 0 {
			continue
		}
		if k := d.standingEnd(j); k > j && d.partyMentionAt(mis, k) {
			j = k - 1 // "of the ruling Civic Platform", "of the main opposition <org>": the party's standing says nothing of the link
			continue
		}
		word := t.lower
		if k := d.countryOwningBody(mis, j); k > j {
			j = k - 1 // "a lawmaker from Ghana's opposition <org>": the country says whose party, not the link
			continue
		}
		for _, mi := range mis {
			m := &d.ments[mi]
			if m.first <= j && j < m.last && m.via != "role" && m.via != "pronoun" {
				word = "<" + kindTag(m, d) + ">"
				j = m.last - 1
				break
			}
		}
		if word == "'s" || word == "," {
			b.WriteString(word)
			b.WriteByte(' ')
			continue
		}
		if b.Len() > 0 && !strings.HasSuffix(b.String(), " ") {
			b.WriteByte(' ')
		}
		b.WriteString(word)
		b.WriteByte(' ')
	}
	s := strings.ReplaceAll(b.String(), " ,", ",")
	s = strings.ReplaceAll(s, " 's", "'s")
	return s
}

// countryOwningBody is the token after the possessive mark of a country's
// name that starts at token j and owns the party or body named next among
// mentions mis, past the party's standing ("Ghana's opposition National
// Democratic Congress", "Spain's People's Party"), or j when there is none.
func (d *doc) countryOwningBody(mis []int, j int) int {
	for _, mi := range mis {
		m := &d.ments[mi]
		if m.first != j || m.ent < 0 || m.via == "demonym" || d.ents[m.ent].kind != polgraph.KindCountry || !d.possessorAt(m) {
			continue
		}
		if d.partyMentionAt(mis, d.standingEnd(m.last+1)) {
			return m.last + 1
		}
	}
	return j
}

// rankWords rank a party before its standing and name: "main", "largest"
// (data/words/rank_words.txt).
var rankWords = wordSet("rank_words.txt")

// standingEnd is the token after the run of rank and standing words that
// starts at token j ("main opposition"), j where none does.
func (d *doc) standingEnd(j int) int {
	for j < len(d.toks) && (partyAdjectives[d.toks[j].lower] || rankWords[d.toks[j].lower]) {
		j++
	}
	return j
}

// partyMentionAt reports whether one of the mentions mis, of a party or
// an organisation, starts at token j.
func (d *doc) partyMentionAt(mis []int, j int) bool {
	for _, mi := range mis {
		if m := &d.ments[mi]; m.first == j && m.ent >= 0 && kindGroup(d.ents[m.ent].kind) == "org" {
			return true
		}
	}
	return false
}

func kindTag(m *mention, d *doc) string {
	if m.via == "demonym" {
		return "dem"
	}
	if m.ent < 0 {
		return "per"
	}
	return kindGroup(d.ents[m.ent].kind)
}

// deputyWords before a title of leading make a second in rank, not the
// leader (data/words/deputy_words.txt).
var deputyWords = wordSet("deputy_words.txt")

// leadsAfter reports whether the words between a person and a body say
// the person leads it ("X, leader of Y"), not that she stands second to
// its leader ("X, deputy leader of Y") or is one of its leaders ("X, a
// leader of Y").
func leadsAfter(between string) bool {
	return reLeadAfter.MatchString(between) && !slices.ContainsFunc(strings.Fields(between), func(w string) bool { return deputyWords[w] || indefiniteArticles[w] }) && !postSought(between)
}

// verbBetween reports a verb the tagger reads among tokens [i, end) of
// sentence si other than the copulas of a description ("is", "was",
// "became"), outside brackets ("X (born 1948) is a Canadian
// businessman"): in "X, met Kenyan MP Y" the nationality is the one met's,
// not X's, as it is in "X, a Kenyan lawyer".
func (d *doc) verbBetween(si, i, end int) bool {
	x := d.taggedOf(si)
	if x == nil {
		return false
	}
	depth := 0
	for k := i; k < end; k++ {
		switch d.toks[k].text {
		case "(":
			depth++
		case ")":
			depth--
		}
		if w := x.at(k); depth == 0 && w >= 0 && x.pos(w) == "VERB" && !beForms[d.toks[k].lower] && d.toks[k].lower != "became" {
			return true
		}
	}
	return false
}

// secondAfter reports the words of a body's second in command between a
// person and the body: a word of deputyWords before a word of leading
// ("deputy head of the", ", a deputy governor of the", "vice chairman
// of").
func secondAfter(between string) bool {
	words := strings.Fields(between)
	kept := slices.DeleteFunc(slices.Clone(words), func(w string) bool { return deputyWords[w] })
	return len(kept) < len(words) && reLeadAfter.MatchString(strings.Join(kept, " ")+" ") && !postSought(between)
}

// postSought reports a title that follows "for" in the words between a
// person and a body: "(the candidate) for mayor of", "(running) for
// president of" name a post sought, not one held.
func postSought(between string) bool {
	words := strings.Fields(between)
	if n := len(words); n > 0 && words[n-1] == "the" {
		words = words[:n-1]
	}
	if n := len(words); n > 0 && (words[n-1] == "of" || words[n-1] == "for") {
		words = words[:n-1]
	}
	return slices.Contains(words, "for")
}

func (d *doc) pairRelations(si int, a, b *mention, from, to int, between string) {
	fe, te := d.ents[from], d.ents[to]
	fk, tk := fe.kind, te.kind
	// "Vera Kallis of the Harbour Front": a name read as an organisation
	// that ends as parties' names do
	partyish := tk == polgraph.KindParty || tk == polgraph.KindOrganization && partyNamed(te)
	hasPer := strings.Contains(between, "<per>")
	if fk == polgraph.KindPerson && d.verbOfAnother(si, a) {
		return // "A protege of Mira Velk became mayor of Tarsk": the protege did
	}
	if fk == polgraph.KindPerson {
		between = d.personVerbPhrase(si, a, between, hasPer)
	}
	if fk == polgraph.KindPerson && tk == polgraph.KindPerson {
		d.deputyNamed(si, a, b, from, to, between)
	}
	// "REPORTER (Ana Holm, Harbour Radio):", as transcripts label who
	// asks: the name and the body she is there for, alone in brackets
	if fk == polgraph.KindPerson && tk == polgraph.KindOrganization && !partyish && between == ", " && a.first > d.sents[si].first && d.toks[a.first-1].text == "(" && b.last < d.sents[si].last && d.toks[b.last].text == ")" {
		role := ""
		if k := a.first - 2; k >= d.sents[si].first && workRoles[d.toks[k].lower] {
			role = d.toks[k].lower
		}
		d.addRel(&relation{typ: "WORKS_FOR", from: from, to: to, role: role, sent: si, conf: 0.65})
	}
	// "Ada Holm (Labour Party)"; "Ada Holm (Leeds North, Labour)": the
	// party after her seat in her label
	if fk == polgraph.KindPerson && partyish && d.toks[a.last].text == "(" && (b.first == a.last+1 || d.toks[b.first-1].text == "," && d.partyLabelClose(b.first-1) == b.last && d.labelOpen(a.last+1, b.first-1) == a.last) {
		d.addRel(&relation{typ: "MEMBER_OF", from: from, to: to, sent: si, conf: 0.75})
	}
	// "Ada Holm (Wexcombe)", "Ada Holm (LP-Wexcombe)": a member's label
	// names the seat she holds
	if fk == polgraph.KindPerson && tk == polgraph.KindPlace && d.labelOpen(b.first, b.last) == a.last {
		d.addRel(&relation{typ: "REPRESENTS", from: from, to: to, sent: si, conf: 0.7})
	}
	// "Sen. Ann Lee (D-Ohio)", "Rep. Tom Ray, R-Texas,": her party's
	// letter and the state she represents
	if party, open := d.letterLabel(b); fk == polgraph.KindPerson && tk == polgraph.KindPlace && open == a.last && open >= 0 {
		d.addRel(&relation{typ: "REPRESENTS", from: from, to: to, sent: si, conf: 0.7})
		if party >= 0 {
			d.addRel(&relation{typ: "MEMBER_OF", from: from, to: party, sent: si, conf: 0.7})
		}
	}
	// "They are: Hugo Lanner, 58, Social Democrats; Rita Feld, Conservative
	// Party; and ...": an item of a list parted by semicolons names a
	// candidate, maybe her age, and the party she stands for
	if fk == polgraph.KindPerson && partyish && a.named() && d.listedWithParty(a, b) && d.semicolonItemEnds(si, a, b) {
		d.addRel(&relation{typ: "MEMBER_OF", from: from, to: to, sent: si, conf: 0.65})
	}
	// "Ana Lisk of the Green Party won 12 per cent": a candidate named with
	// the party she stands for, as election reports list them
	if fk == polgraph.KindPerson && partyish && (between == "of the " || between == "of ") {
		d.addRel(&relation{typ: "MEMBER_OF", from: from, to: to, sent: si, conf: 0.7})
	}
	// "Ana Lisk and Ivo Dorn of the Green Party": the party is both's;
	// "Ivo Dorn, from the Green Party,"
	// (not "Ana Holm, an independent MP, and Ivo Dorn of the Green
	// Party": the role noun that restates the first name is no name of
	// the list)
	if fk == polgraph.KindPerson && partyish && (reMembersOf.MatchString(between) && a.named() || reMemberFrom.MatchString(between)) {
		d.addRel(&relation{typ: "MEMBER_OF", from: from, to: to, sent: si, conf: 0.65})
	}
	// "Dana Whitcombe, a Democrat from Oregon"
	if fk == polgraph.KindPerson && tk == polgraph.KindParty && (between == ", a " || between == ", an " || between == "is a " || between == "was a ") && !d.personNounAt(b.last, si) {
		d.addRel(&relation{typ: "MEMBER_OF", from: from, to: to, sent: si, conf: 0.7})
	}
	// "Verhaegen's ruling National Unity party", "Holm's own party"
	if fk == polgraph.KindPerson && tk == polgraph.KindParty && reOwnParty.MatchString(between) {
		d.addRel(&relation{typ: "MEMBER_OF", from: from, to: to, sent: si, conf: 0.6})
	}
	// "His party, the Civic Alliance"
	if fk == polgraph.KindPerson && a.via == "pronoun" && possessives[d.toks[a.first].lower] && (tk == polgraph.KindParty || tk == polgraph.KindOrganization) && (between == "party, the " || between == "party, " || between == "party ") {
		d.addRel(&relation{typ: "MEMBER_OF", from: from, to: to, sent: si, conf: 0.65})
	}
	// "her Progress Party would back the budget", "his ruling Harbour
	// Party": a possessive pronoun owns the party's name as a name's "'s"
	// does ("Holm's own party"); not "her Labour rival", "his Harbour
	// Party colleagues", where the party names whose the noun after it is
	if fk == polgraph.KindPerson && a.via == "pronoun" && possessives[d.toks[a.first].lower] && a.last == a.first+1 && tk == polgraph.KindParty && between == "" && d.ownsName(si, a.first, b) {
		d.addRel(&relation{typ: "MEMBER_OF", from: from, to: to, sent: si, conf: 0.6})
	}
	// "Joris Vell, whose Harbour Party won 34 seats": the name owns the
	// party, as "Vell's Harbour Party" does (the tree reads this too,
	// where the parser keeps a long party name whole)
	if fk == polgraph.KindPerson && tk == polgraph.KindParty && a.named() && between == ", whose " {
		d.addRel(&relation{typ: "MEMBER_OF", from: from, to: to, sent: si, conf: 0.6})
	}
	// "Ada Holm, the Labour candidate"
	if fk == polgraph.KindPerson && tk == polgraph.KindParty && (between == ", the " || between == ", a " || between == ", an ") && d.personNounAt(b.last, si) {
		d.addRel(&relation{typ: "MEMBER_OF", from: from, to: to, sent: si, conf: 0.7})
	}
	// "King Olaf IX of Varovia"
	if fk == polgraph.KindPerson && (tk == polgraph.KindCountry || tk == polgraph.KindPlace) && between == "of " && a.named() && b.named() && a.office != nil && headOffice(a.office) && !d.formerTitle(a) {
		d.addRel(&relation{typ: "LEADS", from: from, to: to, sent: si, conf: 0.65})
	}
	// "Democratic Senator Ana Holm of Ohio", "Rep. Ivo Dorn of Texas": a
	// legislator's title before the name and the place after "of" give
	// the seat the name holds
	if fk == polgraph.KindPerson && tk == polgraph.KindPlace && between == "of " && a.named() && b.named() && b.via != "demonym" && a.office != nil && seatTitle(a.office) && !d.formerTitle(a) {
		d.addRel(&relation{typ: "REPRESENTS", from: from, to: to, sent: si, conf: 0.65})
	}
	// "Sen. Ana Holm, a Democrat from Ohio,": so is the place a
	// legislator's party member is from, in apposition
	if fk == polgraph.KindPerson && tk == polgraph.KindPlace && rePartyFrom.MatchString(between) && a.named() && b.named() && b.via != "demonym" && a.office != nil && seatTitle(a.office) && !d.formerTitle(a) {
		d.addRel(&relation{typ: "REPRESENTS", from: from, to: to, sent: si, conf: 0.6})
	}
	if fk == polgraph.KindPerson && !hasPer {
		switch tk {
		case polgraph.KindParty:
			// not "X, a former member of the Y": a membership over, when
			// the text does not say; but "a former minister from the Y"
			// is over as an office, and the party is still whose he is
			if reMemberAfter.MatchString(between) && (!formerIn(between) || reFormerOfficeFrom.MatchString(between)) || reMemberVerb.MatchString(between) || reSittingFor.MatchString(between) || reRunningFor.MatchString(between) && a.named() {
				d.addRel(&relation{typ: "MEMBER_OF", from: from, to: to, sent: si, conf: 0.7})
			}
			// not "who leads the Labour Party's youth wing": a part the
			// party owns; not "X, the former leader of the Y": led it
			// once, when is not said
			if (leadsAfter(between) || reLeadVerb.MatchString(between)) && !formerIn(between) && !d.possessorAt(b) && !d.nounModifiedBy(b) && !d.nameModifiesNoun(si, b) {
				if strings.Contains(between, "secretary") {
					// "X, secretary-general of the Civic Union": a party's
					// secretary runs its office, under its leader
					d.addRel(&relation{typ: "MEMBER_OF", from: from, to: to, sent: si, conf: 0.7})
				} else {
					d.addRel(&relation{typ: "LEADS", from: from, to: to, sent: si, conf: 0.7})
				}
			}
		case polgraph.KindOrganization:
			if formerIn(between) {
				break // "X, a former spokesman for the Pentagon": a job over, when the text does not say
			}
			between := bareDescription(between)
			if o := d.judiciaryOfficeBefore(between); o != nil {
				// "Anna Lenk, a judge at the Kessin Regional Court", "Ivo
				// Sarn, the presiding judge of the Velden District Court": a
				// judge's or prosecutor's office in the body named
				d.addRel(&relation{typ: "HOLDS_OFFICE", from: from, to: to, role: o.Title, sent: si, conf: 0.65})
			} else if o := d.companyOfficeBefore(between); o != nil {
				// "Dan Kerr, chief executive of Barclays": a company's
				// officer works for it, as "Barclays' chief executive" does
				d.addRel(&relation{typ: "WORKS_FOR", from: from, to: to, sent: si, conf: 0.65, role: strings.ToLower(o.Title)})
			} else if leadsAfter(between) || reLeadVerb.MatchString(between) {
				if !d.possessorAt(b) && !d.nounModifiedBy(b) && !d.nameModifiesNoun(si, b) { // not "chairs the Bundestag's foreign affairs committee", "ran the Harlow Institute campaign", "head of the Majlis national security committee"
					d.addRel(&relation{typ: "LEADS", from: from, to: to, sent: si, conf: 0.65})
				}
			} else if role := d.legislatureRole(strings.Fields(between)); reWorkAfter.MatchString(between) && isLegislature(te) && role != "" {
				// "Viktor Lebedev, Deputy Chairman of the State Duma": a
				// chamber's post is an office, not a job
				d.addRel(&relation{typ: "HOLDS_OFFICE", from: from, to: to, role: role, sent: si, conf: 0.65})
			} else if secondAfter(between) && !isLegislature(te) && !d.possessorAt(b) && !d.nounModifiedBy(b) && !d.nameModifiesNoun(si, b) {
				// "Per Lind, deputy head of the Bank of Velmark", "a deputy
				// governor of the Central Bank": its second in command
				// works for the body and leads nothing
				d.addRel(&relation{typ: "WORKS_FOR", from: from, to: to, sent: si, conf: 0.65, role: roleWord(between)})
			} else if reWorkAfter.MatchString(between) || reWorkVerb.MatchString(between) && !(partyish && reJoined.MatchString(between)) || reAdviserTo.MatchString(between) {
				// (not "joined the Harbour Front": one joins a party as its
				// member, which the tree reads, not as its staff)
				d.addRel(&relation{typ: "WORKS_FOR", from: from, to: to, sent: si, conf: 0.65, role: roleWord(between)})
			} else if role := d.roleAfterBody(si, b); role != "" && reRoleOpens.MatchString(between) {
				// "Yusuf Karam, a senior Hamas official,": the body names
				// whose the role in apposition is, as "senior Hamas
				// official Yusuf Karam" does
				d.addRel(&relation{typ: "WORKS_FOR", from: from, to: to, sent: si, conf: 0.65, role: role})
			} else if role := d.roleOwnedByBody(si, b); role != "" && (between == ", " || between == ", the ") {
				// "Mark Dillon, Deutsche Bank's chief economist,": the body
				// owns the role in apposition, as in "Deutsche Bank's chief
				// economist, Mark Dillon"
				d.addRel(&relation{typ: "WORKS_FOR", from: from, to: to, sent: si, conf: 0.65, role: role})
			} else if role := d.roleBefore(si, a); role != "" && (between == "of the " || between == "of ") {
				// "political analyst Wanja Ouma of the University of Kelmora"
				d.addRel(&relation{typ: "WORKS_FOR", from: from, to: to, sent: si, conf: 0.6, role: role})
			} else if (between == "of the " || between == "of ") && slices.Contains(d.media, to) && !d.personNounAt(b.last, si) {
				// "Ella Prance of the Dunmore Courier reported": a name
				// given with its outlet, as bylines and wires give
				// journalists'
				d.addRel(&relation{typ: "WORKS_FOR", from: from, to: to, sent: si, conf: 0.6, role: "journalist"})
			} else if reSeatVerb.MatchString(between) && isLegislature(te) {
				d.addRel(&relation{typ: "HOLDS_OFFICE", from: from, to: to, role: "Member", sent: si, conf: 0.65})
			} else if reMemberAfter.MatchString(between) && isLegislature(te) {
				// "a Democratic member of the House of Representatives",
				// "a senator in Kenya's upper house": a seat
				if role := d.legislatureRole(strings.Fields(between)); role != "" {
					d.addRel(&relation{typ: "HOLDS_OFFICE", from: from, to: to, role: role, sent: si, conf: 0.65})
				}
			} else if reMemberAfter.MatchString(between) && strings.Contains(between, "member") && !formerIn(between) {
				d.addRel(&relation{typ: "MEMBER_OF", from: from, to: to, sent: si, conf: 0.6})
			} else if isLegislature(te) && reRoleOpens.MatchString(between) {
				// "Ana Holm, a Sejm deputy,": the chamber names whose seat
				// the role in apposition is
				if role := d.seatAfterBody(si, b); role != "" {
					d.addRel(&relation{typ: "HOLDS_OFFICE", from: from, to: to, role: role, sent: si, conf: 0.65})
				}
			}
		case polgraph.KindCountry, polgraph.KindPlace:
			if b.via == "demonym" && reCitizenAfter.MatchString(between) && d.personNounAt(b.last, si) && !d.verbBetween(si, a.last, b.first) {
				d.addRel(&relation{typ: "CITIZEN_OF", from: from, to: to, sent: si, conf: 0.7})
				if o := d.hyphenedAfter(si, b); o != nil && o.ent >= 0 {
					d.addRel(&relation{typ: "CITIZEN_OF", from: from, to: o.ent, sent: si, conf: 0.7}) // "a British-Iranian dual national"
				}
			}
			if leadsAfter(between) && b.via != "demonym" && !d.possessorAt(b) && !formerIn(between) {
				// not "head of the Estonian delegation": the delegation is
				// led; not "general secretary of Ghana's National
				// Democratic Congress": the party is; not "X, the former
				// mayor of Durnik": held once, when is not said
				d.addRel(&relation{typ: "LEADS", from: from, to: to, sent: si, conf: 0.65})
			}
			// "X was a politician in the Canadian province of Alberta",
			// "a federal judge in Varovia"
			if (b.via == "demonym" || tk == polgraph.KindCountry) && reCitizenIn.MatchString(between) && d.isSubject(a, si) {
				d.addRel(&relation{typ: "CITIZEN_OF", from: from, to: to, sent: si, conf: 0.6})
			}
			if tk == polgraph.KindPlace && d.districtNamedAfter(b) {
				// "represents the Toronto riding of Don Valley East": the
				// riding, not the city it is in
			} else if tk == polgraph.KindPlace && (reRepresents.MatchString(between) || reSeatFor.MatchString(between) && !envoyTitled(between) || reDistrictOf.MatchString(between)) {
				d.addRel(&relation{typ: "REPRESENTS", from: from, to: to, sent: si, conf: 0.8})
				d.representsIn(si, from, to, b)
			}
			if tk == polgraph.KindCountry && b.via != "demonym" && (strings.Contains(between, "citizen of") || strings.Contains(between, "national of")) {
				d.addRel(&relation{typ: "CITIZEN_OF", from: from, to: to, sent: si, conf: 0.7})
			}
		}
	}
	// the body before the person: "Liberal MP X", "Huawei executive X", "Varovian banker X"
	if tk == polgraph.KindPerson && b.named() {
		switch fk {
		case polgraph.KindParty:
			// not "Former Fidesz MP X", "Fidesz's former MP X"; not "the
			// party quit Prime Minister X's coalition"
			if reMemberBefore.MatchString(between) && !formerIn(between) && !d.formerBefore(si, a.first) && !d.verbAt(si, a.last, b.first) {
				d.addRel(&relation{typ: "MEMBER_OF", from: to, to: from, sent: si, conf: 0.7})
			}
			if reLeadBefore.MatchString(between) && !formerIn(between) && !d.formerBefore(si, a.first) {
				// not "Former Harvest Party leader X", "the party's
				// former leader X": led it once, when is not said
				d.addRel(&relation{typ: "LEADS", from: to, to: from, sent: si, conf: 0.7})
			}
		case polgraph.KindOrganization:
			if formerIn(between) || d.formerBefore(si, a.first) {
				break // "Former Huawei executive X", "Huawei's former chief executive X": a job over, when the text does not say
			}
			seat := false // a chamber's post, not a job in it ("State Duma Deputy Chairman X")
			if words := strings.Fields(between); isLegislature(fe) && len(words) > 0 && len(words) <= 3 && !strings.ContainsAny(between, ",<") {
				// "Riigikogu member Ana Holm", "Senate Majority Leader X"
				if role := d.legislatureRole(words); role != "" {
					d.addRel(&relation{typ: "HOLDS_OFFICE", from: to, to: from, role: role, sent: si, conf: 0.65})
					seat = true
				}
			}
			if partyNamed(fe) && reMemberBefore.MatchString(between) && !d.verbAt(si, a.last, b.first) {
				d.addRel(&relation{typ: "MEMBER_OF", from: to, to: from, sent: si, conf: 0.65}) // "the Upland Front's X"
			}
			if reLeadBefore.MatchString(between) && !(isLegislature(fe) && d.partyOwns(si, a)) {
				// not "the SNP's Westminster leader X", who leads the
				// party's members in the chamber, not the chamber
				d.addRel(&relation{typ: "LEADS", from: to, to: from, sent: si, conf: 0.65})
			} else if seat {
				// the chamber's post its title gave: no job in it as well
			} else if reWorkBefore.MatchString(between) || reWorkOwned.MatchString(between) || reWorkBefore.MatchString(lastWords(between, 2)) && !strings.Contains(between, "<") && !pastVerbIn(between) {
				d.addRel(&relation{typ: "WORKS_FOR", from: to, to: from, sent: si, conf: 0.7, role: roleWord(between)})
			} else if role := d.roleOpeningBody(si, a); role != "" && (between == ", " || d.bodysUnitBetween(si, a, b)) && d.endsApposition(si, b) {
				// "a spokesperson for the Chinese foreign ministry, Zhao
				// Ming, said": the name restates the role the body's
				// phrase completes; so in "a spokesman for the UN's
				// human rights office, X," which the body owns
				d.addRel(&relation{typ: "WORKS_FOR", from: to, to: from, sent: si, conf: 0.65, role: role})
			}
		case polgraph.KindPlace:
			// "Manchester MP Ana Holm", "Ohio Senator Ivo Dorn": a place
			// right before a legislator's title before the name is the
			// seat the name holds
			if a.named() && b.office != nil && b.officeStart == a.last && seatTitle(b.office) && !d.formerTitle(b) && !d.formerBefore(si, a.first) && !d.bodysRegion(a) {
				d.addRel(&relation{typ: "REPRESENTS", from: to, to: from, sent: si, conf: 0.65})
			}
		case polgraph.KindCountry:
			if a.via == "demonym" && between == "leader " {
				// "Soviet leader X"; not "Russian opposition leader X"
				d.addRel(&relation{typ: "LEADS", from: to, to: from, sent: si, conf: 0.65})
			}
			// not "Polish Foreign Minister X": an office's title says
			// whose office it is, not whose citizen she is; but "former
			// Polish foreign minister X" holds no office the text dates,
			// and the nationality stands, as in "X, the former Polish
			// foreign minister,"
			if a.via == "demonym" && between != "" && !strings.Contains(between, "<") && !strings.Contains(between, ",") && reCitizenNoun.MatchString(between) && personNouns[strings.TrimSpace(lastWords(between, 1))] && (!d.officeTitle(lastWords(between, 2)) || d.formerBefore(si, a.first)) {
				d.addRel(&relation{typ: "CITIZEN_OF", from: to, to: from, sent: si, conf: 0.65})
			}
		}
	}
	// places: "Lyon, France", "Don Valley North in Canada"
	if fk == polgraph.KindPlace && (tk == polgraph.KindCountry || tk == polgraph.KindPlace) && a.named() && b.named() && b.via != "demonym" && reLocated.MatchString(between) {
		if between != ", " || d.endsPlace(b.last, si) && !d.settlementListBefore(b) && !d.placeListGoesOn(si, b, to) { // "the villages of Dorvik, Lanmere and Oskel": a list, no place in the one before
			d.addRel(&relation{typ: "LOCATED_IN", from: from, to: to, sent: si, conf: 0.7})
		}
	}
	// "Vila Serrada, a farming village in the district of Guarda",
	// "Kolwezi, a mining town in southern Congo": a place noun in
	// apposition places the name where its "in" phrase says
	if fk == polgraph.KindPlace && (tk == polgraph.KindCountry || tk == polgraph.KindPlace) && a.named() && b.named() && b.via != "demonym" && placeNounIn(between) {
		d.addRel(&relation{typ: "LOCATED_IN", from: from, to: to, sent: si, conf: 0.65})
	}
	// "the Kenyan capital, Nairobi", "the Ukrainian port of Odesa": a
	// country's adjective on a place noun that the name stands in
	// apposition to, or is "of", places the name in the country
	// (not "the ethnic Dravonian village of": a people's, not a state's)
	if fk == polgraph.KindCountry && a.via == "demonym" && tk == polgraph.KindPlace && b.named() && d.placeOfDemonym(between) && (a.first == 0 || d.toks[a.first-1].lower != "ethnic") {
		d.addRel(&relation{typ: "LOCATED_IN", from: to, to: from, sent: si, conf: 0.65})
	}
	// bodies named by their head word: "the High Court in Nairobi", not
	// where an event took place ("invited to join NATO in Madrid"); a
	// state's mission in the city it is posted to ("the Chinese embassy
	// in Canberra")
	if fk == polgraph.KindOrganization && tk == polgraph.KindPlace && a.named() && b.named() && between == "in " &&
		(a.first > 0 && d.toks[a.first-1].lower == "the" && orgHeads[d.toks[a.last-1].lower] || a.mission != "") {
		d.addRel(&relation{typ: "LOCATED_IN", from: from, to: to, sent: si, conf: 0.6})
	}
}

// listedWithParty reports whether what parts name a from mention b is a
// list item's description: a comma, then maybe an age and a comma, a job
// after "a" or "an" and a comma, and "for" ("the"): "Hugo Lanner, 58,
// Social Democrats", "Ivo Dorn, 52, a teacher, for the Harvest Party".
func (d *doc) listedWithParty(a, b *mention) bool {
	gap := d.toks[a.last:b.first]
	if len(gap) == 0 || gap[0].text != "," {
		return false
	}
	gap = gap[1:]
	if len(gap) >= 2 && len(gap[0].text) <= 3 && strings.Trim(gap[0].text, "0123456789") == "" && gap[1].text == "," {
		gap = gap[2:] // an age
	}
	if len(gap) >= 3 && (gap[0].lower == "a" || gap[0].lower == "an") {
		// a job of a few words in lower case: "a teacher,", "a retired judge,"
		k := slices.IndexFunc(gap, func(t token) bool { return t.text == "," })
		if k < 2 || k > 4 || slices.ContainsFunc(gap[1:k], func(t token) bool { return t.kind != tokWord || t.cap }) {
			return false
		}
		gap = gap[k+1:]
	}
	if len(gap) > 0 && gap[0].lower == "for" {
		gap = gap[1:]
		if len(gap) > 0 && gap[0].lower == "the" {
			gap = gap[1:]
		}
	}
	return len(gap) == 0
}

// semicolonItemEnds reports whether the mention b after name a closes an
// item of a list its sentence parts by semicolons: a semicolon right
// after b, or the sentence's end after b where one parts the item before
// a; no semicolon past a in the item, nor any word after b.
func (d *doc) semicolonItemEnds(si int, a, b *mention) bool {
	s := &d.sents[si]
	if b.last < s.last && d.toks[b.last].text == ";" {
		return true
	}
	if b.last+1 < s.last || b.last < s.last && d.toks[b.last].text != "." {
		return false
	}
	for k := a.first - 1; k >= s.first; k-- {
		if d.toks[k].text == ";" {
			return true
		}
	}
	return false
}

// seatTitle reports a legislature's title that holds a seat for a place:
// a member's or a senator's, not a speaker's or a whip's.
func seatTitle(o *gazetteer.Office) bool {
	return o.Body == "legislature" && (strings.HasPrefix(o.Title, "Member of") || o.Title == "Senator")
}

// rePlaceNounIn is an apposition of a place noun with at most two words
// before it and an "in" phrase: ", a farming village in the district of ".
var rePlaceNounIn = mustWords(`^, an? (?:[a-z-]+ ){0,2}?([a-z]+) in (?:the )?(?:(?:(?:north|south)?(?:east|west)?ern|central) )?(?:([a-z]+) of )?$`)

// placeNounIn reports whether the words between two places are an
// apposition that puts the first in the second (rePlaceNounIn), its
// nouns places' nouns.
func placeNounIn(between string) bool {
	m := rePlaceNounIn.FindStringSubmatch(between)
	return m != nil && placeHeads[m[1]] && (m[2] == "" || placeHeads[m[2]])
}

// placeOfDemonym reports whether the words between a country's adjective
// and a place's name are a place noun, with at most one word before it,
// then a comma, "of" or nothing: "capital, ", "border city of ", "capital ".
func (d *doc) placeOfDemonym(between string) bool {
	words := strings.Fields(strings.ReplaceAll(between, ",", ""))
	if n := len(words); n > 0 && words[n-1] == "of" {
		words = words[:n-1]
	}
	n := len(words)
	if n < 1 || n > 2 || !placeHeads[words[n-1]] {
		return false
	}
	return n == 1 || isLowerWord(words[0])
}

// companyOfficeBefore is the company's office whose title ends the words
// of a job between a person and a body, before "of" or "for" ("Dan Kerr,
// chief executive of"), or nil.
func (d *doc) companyOfficeBefore(between string) *gazetteer.Office {
	if !reWorkAfter.MatchString(between) {
		return nil
	}
	words := strings.Fields(between)
	for len(words) > 0 && (words[len(words)-1] == "the" || words[len(words)-1] == "of" || words[len(words)-1] == "for") {
		words = words[:len(words)-1]
	}
	for n := min(3, len(words)); n > 0; n-- {
		if o, ok := d.x.gaz.Office(strings.Join(words[len(words)-n:], " ")); ok {
			if o.Body == "company" {
				return o
			}
			return nil
		}
	}
	return nil
}

// judiciaryOfficeBefore is the judge's or prosecutor's office (the
// gazetteer's "judiciary" titles) that an apposition names before a
// body's name: ", a judge at the ", ", the presiding judge of the ",
// ", judge on the "; nil for any other words. Up to two modifiers may
// come before the title ("senior", "presiding").
func (d *doc) judiciaryOfficeBefore(between string) *gazetteer.Office {
	words := strings.Fields(between)
	if len(words) < 3 || words[0] != "," {
		return nil
	}
	words = words[1:]
	if n := len(words); words[n-1] == "the" {
		words = words[:n-1]
	}
	if n := len(words); n == 0 || !judiciaryCases[words[n-1]] {
		return nil
	}
	words = words[:len(words)-1]
	if len(words) > 0 && determiners[words[0]] {
		words = words[1:]
	}
	if len(words) == 0 || len(words) > 3 || slices.ContainsFunc(words, func(w string) bool { return !isLowerWord(w) || formerWords[w] }) {
		return nil
	}
	for n := min(2, len(words)); n > 0; n-- {
		if o, ok := d.x.gaz.Office(strings.Join(words[len(words)-n:], " ")); ok && o.Body == "judiciary" {
			return o
		}
	}
	return nil
}

// judiciaryCases join a judge's or prosecutor's title to the body it
// sits on: "a judge at", "of", "on" or "in" the court.
var judiciaryCases = set("at of on in")

// possessorAt reports whether mention m owns the name after it: "Ghana's"
// in "Ghana's National Democratic Congress".
func (d *doc) possessorAt(m *mention) bool {
	return m.last < len(d.toks) && possessiveMarks[d.toks[m.last].lower]
}

// bodysRegion reports a place mention a owned by a body's name that is
// no legislature: in "Amnesty International's Europe representative", the
// place is the region the body's post covers, no seat anyone holds, where
// "Labour's Manchester MP" and "the Senate's Ohio member" still name one.
func (d *doc) bodysRegion(a *mention) bool {
	if a.first < 1 || !possessiveMarks[d.toks[a.first-1].lower] {
		return false
	}
	o := d.mentionBefore(a.first - 1)
	return o != nil && o.named() && o.ent >= 0 && d.ents[o.ent].kind == polgraph.KindOrganization && !isLegislature(d.ents[o.ent])
}

// endsPlace reports whether "A, B" ends at token i: the end of the sentence,
// a comma, or a preposition follows, so B is not the start of a list of names.
func (d *doc) endsPlace(i, si int) bool {
	if i >= d.sents[si].last {
		return true
	}
	l := d.toks[i].lower
	return l == "," || l == "." || l == "and" || l == ")" || l == ";" || prepositions[l] || d.toks[i].kind == tokPunct
}

// placeListGoesOn reports a place's mention b, entity to, that a list
// of places goes on after ("Strikes hit Sumy, Poltava, Kramatorsk and
// Izium": Poltava is no place Sumy is in): another place after a comma,
// or after "and" where no place follows that one after a comma, as in a
// list of towns with their regions ("Springfield, Illinois, and
// Springfield, Missouri"). A state, or a region the gazetteer knows, is
// what a town before it is in, whatever follows ("Nairobi, Kenya, and
// Kampala").
func (d *doc) placeListGoesOn(si int, b *mention, to int) bool {
	if e := d.ents[to]; e.kind != polgraph.KindPlace || e.gaz != nil && (e.gaz.Scope == "places-divisions" || e.gaz.Scope == "places-regions") {
		return false
	}
	last := d.sents[si].last
	place := func(i int) *mention {
		if i >= last {
			return nil
		}
		if c := d.mentionStartingAt(i); c != nil && c.ent >= 0 && c.named() {
			if k := d.ents[c.ent].kind; k == polgraph.KindPlace || k == polgraph.KindCountry {
				return c
			}
		}
		return nil
	}
	j := b.last
	if j >= last {
		return false
	}
	and := false
	if d.toks[j].text == "," {
		j++
		if j < last && d.toks[j].lower == "and" {
			j, and = j+1, true
		}
	} else if d.toks[j].lower == "and" {
		j, and = j+1, true
	} else {
		return false
	}
	c := place(j)
	if c == nil || d.ents[c.ent].kind != polgraph.KindPlace {
		return false
	}
	if !and {
		return true
	}
	return c.last >= last || d.toks[c.last].text != "," || place(c.last+1) == nil
}

func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

// roleBefore is the role noun right before a person's name, as
// reWorkBefore reads one ("analyst" in "political analyst X"), or "".
func (d *doc) roleBefore(si int, a *mention) string {
	if a.first <= d.sents[si].first {
		return ""
	}
	if t := &d.toks[a.first-1]; t.kind == tokWord && !t.cap && reWorkBefore.MatchString(t.lower) {
		return t.lower
	}
	return ""
}

// roleOpeningBody is the work role whose phrase body mention a
// completes, "for", "of", "at" or "with" (and "the") between them: "a
// spokesperson for the Chinese foreign ministry"; "" for none.
func (d *doc) roleOpeningBody(si int, a *mention) string {
	i := a.first - 1
	if i > d.sents[si].first && d.toks[i].lower == "the" {
		i--
	}
	if i <= d.sents[si].first || !roleCases[d.toks[i].lower] {
		return ""
	}
	if t := &d.toks[i-1]; t.kind == tokWord && !t.cap && workRoles[t.lower] {
		return t.lower
	}
	return ""
}

// bodyUnitNouns name a part of a body that works for it
// (data/words/body_unit_nouns.txt).
var bodyUnitNouns = wordSet("body_unit_nouns.txt")

// bodysUnitBetween reports a part of body a named between a and person b
// and closed by a comma: "'s human rights office, ", "'s Serbia office, ":
// the possessive, at most three words of field or region in lower case or
// in a place's name, and a noun of bodyUnitNouns.
func (d *doc) bodysUnitBetween(si int, a, b *mention) bool {
	first, comma := a.last, b.first-1
	if first >= comma || comma-first > 5 || !possessiveMarks[d.toks[first].lower] || d.toks[comma].text != "," || !bodyUnitNouns[d.toks[comma-1].lower] {
		return false
	}
	for i := first + 1; i < comma-1; i++ {
		t := &d.toks[i]
		if m := d.mentionOver(si, i); m != nil && m.ent >= 0 && (d.ents[m.ent].kind == polgraph.KindPlace || d.ents[m.ent].kind == polgraph.KindCountry) {
			continue // "Amnesty International's Serbia office"
		}
		if t.kind != tokWord || t.cap {
			return false
		}
	}
	return true
}

// roleCases join a role noun to the body it serves: "a spokesman for",
// "an analyst at", "an official of", "an aide with".
var roleCases = set("for of at with")

// endsApposition reports a mention b closed by a comma or the sentence's
// end: a name set in apposition, not one that goes on into a list.
func (d *doc) endsApposition(si int, b *mention) bool {
	if b.last >= d.sents[si].last {
		return true
	}
	t := d.toks[b.last].text
	return t == "," || t == "." || t == ";"
}

// bodyDescriptors describe an organisation before its name
// (data/words/body_descriptors.txt).
var bodyDescriptors = wordSet("body_descriptors.txt")

// bareDescription drops the description a body's name follows, so a title
// reads as of the body itself: "chief executive of the state energy
// company <org>" as "chief executive of the <org>". The description is up
// to four lowercase words ending in one of bodyDescriptors.
func bareDescription(between string) string {
	words := strings.Fields(between)
	n := len(words)
	if n < 3 || !bodyDescriptors[words[n-1]] {
		return between
	}
	for k := n - 2; k >= 0 && k >= n-5; k-- {
		switch words[k] {
		case "the", "a", "an":
			if k > 0 && (words[k-1] == "of" || words[k-1] == "for" || words[k-1] == "at" || words[k-1] == "with") {
				return strings.Join(words[:k], " ") + " the "
			}
			return between
		}
		if !isLowerWord(words[k]) {
			return between
		}
	}
	return between
}

// isLowerWord reports whether w is letters and hyphens only: no tag, no
// possessive, no comma.
func isLowerWord(w string) bool {
	for _, r := range w {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return w != ""
}

// roleAfterBody is the work role named right after body mention b, before
// a comma or the sentence's end ("a Hamas official,"), or "".
func (d *doc) roleAfterBody(si int, b *mention) string {
	i := b.last
	if i+1 >= d.sents[si].last || !workRoles[d.toks[i].lower] {
		return ""
	}
	if next := d.toks[i+1].text; next != "," && next != "." {
		return ""
	}
	return d.toks[i].lower
}

// roleOwnedByBody is the role a body's possessive owns right after its
// mention b, past up to two lower-case words, where a comma or the
// sentence's end closes the apposition: "chief economist" in ", Deutsche
// Bank's chief economist,"; "" where none.
func (d *doc) roleOwnedByBody(si int, b *mention) string {
	last := d.sents[si].last
	if b.last >= last || !possessiveMarks[d.toks[b.last].lower] {
		return ""
	}
	for k := b.last + 1; k < last && k <= b.last+3; k++ {
		t := &d.toks[k]
		if t.kind != tokWord || t.cap {
			return ""
		}
		if workRoles[t.lower] && k+1 < last && (d.toks[k+1].text == "," || d.toks[k+1].text == ".") {
			role := t.lower
			for p := k - 1; p > b.last && workRoles[d.toks[p].lower]; p-- {
				role = d.toks[p].lower + " " + role // "chief economist"
			}
			return role
		}
	}
	return ""
}

// nounModifiedBy reports a common noun in lower case right after body
// mention b, which the name then modifies: "ran the Liberal Union
// campaign", "heads the Harvest Front youth wing" lead the campaign and
// the wing, not the party.
func (d *doc) nounModifiedBy(b *mention) bool {
	if b.last >= d.sents[b.sent].last {
		return false
	}
	t := &d.toks[b.last]
	_, kind := kindNouns[t.lower] // "the Republicans party": the noun says what the body is
	return t.kind == tokWord && !t.cap && commonNouns[t.lower] && !calendarWords[t.lower] && !kind
}

// districtNouns name an electoral district before "of" and its name
// (data/words/district_nouns.txt).
var districtNouns = wordSet("district_nouns.txt")

// districtNamedAfter reports a place mention b followed by a district's
// noun, "of" and a name: "the Toronto riding of Don Valley East" names
// the riding after the noun; Toronto is only where it is.
func (d *doc) districtNamedAfter(b *mention) bool {
	i := b.last
	return i+2 < len(d.toks) && districtNouns[d.toks[i].lower] && d.toks[i+1].lower == "of" && d.toks[i+2].cap
}

// legislatureRole is the seat in a legislature that the words before
// it name ("an mp in", "a senator of the", "the opposition leader in"):
// the title of a legislature's office the gazetteer knows, or "Member"
// for a legislator's noun; "" for neither.
func (d *doc) legislatureRole(words []string) string {
	if n := len(words); n > 0 && words[n-1] == "the" {
		words = words[:n-1]
	}
	if n := len(words); n > 0 && seatPrepositions[words[n-1]] {
		words = words[:n-1]
	}
	for n := min(3, len(words)); n >= 1; n-- {
		phrase := strings.Join(words[len(words)-n:], " ")
		// a chamber's second presiding post bears a title any body's may
		// ("Deputy Chairman of the State Duma"); its chairman leads it
		if o, ok := d.x.gaz.Office(phrase); ok && (o.Body == "legislature" || o.Title == deputyChairman) {
			if strings.HasPrefix(o.Title, "Member") {
				return "Member"
			}
			return o.Title
		}
	}
	if n := len(words); n > 0 && (legislatorNouns[words[n-1]] || legislatorNouns[strings.TrimSuffix(words[n-1], "s")]) {
		return "Member"
	}
	return ""
}

// seatPrepositions join a seat to its chamber: "a senator in the Senate",
// "a member of the Sejm".
var seatPrepositions = set("in of for from")

// seatAfterBody is the seat named by the word after a legislature's
// mention b that closes an apposition ("Ana Holm, a Sejm deputy,"), or "".
func (d *doc) seatAfterBody(si int, b *mention) string {
	i := b.last
	if i+1 >= d.sents[si].last {
		return ""
	}
	// also where the seat's party or district follows: "a Sejm deputy
	// from the Civic Party", "a Bundestag member for Leipzig"
	if next := d.toks[i+1].lower; next != "," && next != "." && next != "from" && next != "for" {
		return ""
	}
	return d.legislatureRole([]string{d.toks[i].lower})
}

// officeTitle reports whether two words are the title of a state's
// post the gazetteer knows ("foreign minister"), which says whose post
// it is; one word is no such title here, nor a legislature's ("opposition
// leader"), whose holder is the state's citizen, as an MP is.
func (d *doc) officeTitle(words string) bool {
	words = strings.TrimSpace(words)
	if !strings.Contains(words, " ") {
		return false
	}
	o, ok := d.x.gaz.Office(words)
	return ok && o.Body != "legislature"
}

// roleWord is the role noun of a pattern ("executive").
func roleWord(between string) string {
	words := strings.Fields(between)
	for i, w := range words {
		if w = strings.TrimSuffix(w, ","); workRoles[w] {
			// "chief executive", "chief economist": the role words that
			// follow make one role with it, up to a comma
			role := w
			for _, n := range words[i+1:] {
				if strings.HasSuffix(words[i], ",") || !workRoles[strings.TrimSuffix(n, ",")] {
					break
				}
				role += " " + strings.TrimSuffix(n, ",")
				if strings.HasSuffix(n, ",") {
					break
				}
			}
			return role
		}
	}
	return ""
}

// formerIn reports a word of formerWords among the words between two
// mentions: "a former member of", "former MP".
func formerIn(between string) bool {
	return slices.ContainsFunc(strings.Fields(between), func(w string) bool { return formerWords[w] })
}

// withoutFormer is between without its words of formerWords.
func withoutFormer(between string) string {
	words := slices.DeleteFunc(strings.Fields(between), func(w string) bool { return formerWords[w] })
	if len(words) == 0 {
		return ""
	}
	return strings.Join(words, " ") + " "
}

// pastVerbIn reports a word in "-ed" among the words between two
// mentions: a clause goes on between them ("the Supreme Court convicted
// former President X"), and the body is not the role's.
func pastVerbIn(between string) bool {
	return slices.ContainsFunc(strings.Fields(between), func(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ed") })
}

// personNounAt reports whether a person noun follows a demonym at token i
// ("a Varovian politician"), or the clause ends there ("is Canadian").
func (d *doc) personNounAt(i, si int) bool {
	s := &d.sents[si]
	for j := i; j < s.last && j < i+3; j++ {
		l := d.toks[j].lower
		if personNouns[l] || personNouns[strings.TrimSuffix(l, "s")] {
			return true
		}
		if d.toks[j].kind == tokPunct {
			return j == i
		}
	}
	return false
}

// isSubject reports whether mention m is the first mention of its sentence
// outside prepositional phrases: the one a sentence is about.
func (d *doc) isSubject(m *mention, si int) bool {
	for _, mi := range d.sentMents[si] {
		o := &d.ments[mi]
		if o.via == "demonym" || d.inPP(o, d.sents[si].first) {
			continue
		}
		return o == m || o.start == m.start
	}
	return false
}

// verbOfAnother reports a finite verb right after person mention m, or
// after the comma that closes m's phrase, that is not m's: m is the object
// of a preposition on a word before it ("a protege of Mira Velk became
// mayor", "Ivo Dorn, who worked for Mira Velk, became mayor").
func (d *doc) verbOfAnother(si int, m *mention) bool {
	s := &d.sents[si]
	k := m.last
	if k < s.last && d.toks[k].text == "," {
		k++
	}
	x := d.taggedOf(si)
	if k >= s.last || x == nil {
		return false
	}
	if w := x.at(k); w < 0 || !finiteTags[x.tree.XPOS[w]] || x.pos(w) != "VERB" && x.pos(w) != "AUX" {
		return false
	}
	start := m.first
	if m.office != nil && m.officeStart >= s.first && m.officeStart < m.first {
		start = m.officeStart
	}
	return start-2 >= s.first && objectCases[d.toks[start-1].lower] && !d.toks[start-2].cap && d.toks[start-2].kind == tokWord
}

// objectCases are the prepositions whose object hangs on the word before
// them, not on a verb after it (data/words/object_cases.txt).
var objectCases = wordSet("object_cases.txt")

// personVerbPhrase narrows the words between a person and a later mention to
// what the person is said to be or do, past what stands between: an age
// ("Ostrava, 54, who leads the"), a closed relative clause ("X, who
// represents <loc> in the chamber, has been a member of the"), an earlier
// verb ("joined the <org> in 2010 and served as a member of parliament
// for").
func (d *doc) personVerbPhrase(si int, a *mention, between string, hasPer bool) string {
	if m := reAge.FindString(between); m != "" {
		if between = between[len(m):]; strings.HasPrefix(between, "who ") || strings.HasPrefix(between, "whose ") {
			between = ", " + between
		}
	}
	// "X was a politician in <loc>, who served as mayor of Y": the words
	// after the last other mention decide, for the sentence's subject
	if k := strings.LastIndex(between, ">"); k >= 0 && !hasPer && d.isSubject(a, si) {
		tail := between[k+1:]
		if t := strings.TrimPrefix(strings.TrimPrefix(tail, ","), " "); strings.HasPrefix(t, "who ") {
			between = ", " + t // "X, a <org> who represents": the clause is X's, as after a comma
		} else if strings.HasPrefix(t, "and ") {
			between = tail
		}
	}
	if (strings.HasPrefix(between, ", a ") || strings.HasPrefix(between, ", an ") || strings.HasPrefix(between, ", the ")) && !hasPer {
		// "X, a former <org> lawmaker, now sits for": a closed apposition
		// of a party's role says what X is; the verb after it, what X
		// does (not "X, a lawyer, represented": whom she served)
		if j := strings.LastIndex(between, ", "); j > 0 && !strings.Contains(between[j+2:], "<") && slices.ContainsFunc(strings.Fields(between[:j]), func(w string) bool { return partyRoles[w] }) {
			between = between[j+2:]
		}
	}
	if (strings.HasPrefix(between, ", who ") || strings.HasPrefix(between, ", whose ")) && !hasPer {
		if j := strings.LastIndex(between[2:], ", "); j >= 0 && !strings.Contains(between[j+4:], "<") {
			between = between[j+4:]
		}
	}
	if k := strings.LastIndex(between, " and "); k >= 0 && !strings.Contains(between[k:], "<") && (!strings.Contains(between, "<") || !hasPer && d.isSubject(a, si)) {
		between = between[k+5:] // "served as minister and is a member of the"
	}
	return between
}

// nameModifiesNoun reports whether mention b's name modifies a noun after
// it, past adjectives and nouns the next-word test (nounModifiedBy) does
// not see: "the Majlis national security committee", "the Labour Party
// youth wing" name a part of the body, which one heads, not the body.
func (d *doc) nameModifiesNoun(si int, b *mention) bool {
	x, w := d.wordAt(si, b.last-1)
	if w < 0 || x.rel(w) != "compound" {
		return false
	}
	h := x.head(w)
	if h < 0 || x.token(h) < b.last || x.pos(h) != "NOUN" {
		return false
	}
	_, kind := kindNouns[x.lemma(h)] // "the Civic Union party": the noun says what the body is
	return !kind
}

// partyOwns reports whether a party's name and its possessive mark stand
// right before mention m: "the SNP's Westminster", "Labour's Senate".
func (d *doc) partyOwns(si int, m *mention) bool {
	if m.first < 2 || m.first-1 <= d.sents[si].first || !possessiveMarks[d.toks[m.first-1].lower] {
		return false
	}
	for _, oi := range d.sentMents[si] {
		if o := &d.ments[oi]; o.last == m.first-1 && o.ent >= 0 && d.partyLike(d.ents[o.ent]) {
			return true
		}
	}
	return false
}

// ownsName reports whether the possessive at token i owns the name of
// mention b in sentence si's tree, its head in the name or the party's
// standing before it: "her Progress Party would", not "her Progress Party
// rival", whose noun it owns.
func (d *doc) ownsName(si, i int, b *mention) bool {
	x, w := d.wordAt(si, i)
	if w < 0 {
		return false
	}
	if h := x.token(x.head(w)); x.rel(w) == "nmod:poss" && i < h && h < b.last {
		return true // "her ruling Harbour Party": the standing may head it
	}
	// the parser may read a standing as a verb ("her ruling Harbour
	// Party would"): a name no noun follows is the phrase's head
	n := x.at(b.last)
	return n < 0 || b.last >= d.sents[si].last || x.pos(n) != "NOUN" && x.pos(n) != "PROPN"
}

// partyNamed reports an organisation no gazetteer knows whose name ends in
// a word that ends parties' names ("the Harbour Front", "the Farmers'
// League"): a person "of" it or "a member of" it is of a party, as far as
// the patterns go.
func partyNamed(e *entity) bool {
	if e.gaz != nil {
		return false
	}
	words := lowerWords(e.name)
	return len(words) > 1 && cues.partyHeads[words[len(words)-1]]
}

// letterLabel reads a one-letter party label around place mention b,
// "(D-Ohio)" or ", R-Texas,": the party's entity (-1 where the gazetteer
// lacks it) and the token that opens the label, or -1, -1.
func (d *doc) letterLabel(b *mention) (party, open int) {
	p := b.first - 3
	if p < 0 || d.toks[p+2].text != "-" || partyLetters[d.toks[p+1].lower] == "" || len(d.toks[p+1].text) != 1 {
		return -1, -1
	}
	end := b.last
	if end < len(d.toks) && d.toks[end].text == "." && d.labelledState(b.first, b.last-b.first) != "" {
		end++ // "(R-Miss.)": past the abbreviation's period
	}
	closer := "." // "…, D-W.Va." at the end: the abbreviation took the sentence's period
	if end < len(d.toks) && (d.toks[end].text == ")" || !strings.HasSuffix(d.toks[end-1].text, ".")) {
		closer = d.toks[end].text
	}
	if opener := d.toks[p].text; !(opener == "(" && closer == ")" || opener == "," && (closer == "," || closer == ".")) {
		return -1, -1
	}
	party = -1
	for _, m := range d.x.gaz.Lookup(partyLetters[d.toks[p+1].lower]) {
		if m.Entry.Kind == polgraph.KindParty {
			party = d.gazEntity(m.Entry)
		}
	}
	return party, p
}

// partyLabelOpen is the "(" that opens the party's part of a member's
// label ending before the comma at token c: a short label of partyLabels
// ("Lab", "Ind") or a party's name the gazetteer knows ("Labour", "Social
// Democratic and Labour Party"), in capitalised words; else -1.
func (d *doc) partyLabelOpen(c int) int {
	for o := c - 1; o >= 1 && o >= c-7; o-- {
		if d.toks[o].text == "(" {
			if o < c-1 && d.namesParty(o+1, c) {
				return o
			}
			return -1
		}
		if t := &d.toks[o]; t.kind != tokWord || !t.cap && !t.allCaps && t.lower != "and" {
			return -1
		}
	}
	return -1
}

// partyLabelClose is the ")" that closes the party's part of a member's
// label that opens after the comma at token c, "(Leeds North, Lab)",
// "(Tarsk East, Labour)": a short label of partyLabels or a party's name
// the gazetteer knows, in capitalised words; else -1.
func (d *doc) partyLabelClose(c int) int {
	for k := c + 1; k < len(d.toks) && k <= c+7; k++ {
		if d.toks[k].text == ")" {
			if k > c+1 && d.namesParty(c+1, k) {
				return k
			}
			return -1
		}
		if t := &d.toks[k]; t.kind != tokWord || !t.cap && !t.allCaps && t.lower != "and" {
			return -1
		}
	}
	return -1
}

// namesParty reports whether tokens [first, last) of a member's label
// name a party: one short label of partyLabels, or a party's name the
// gazetteer knows.
func (d *doc) namesParty(first, last int) bool {
	if last == first+1 && partyLabels[d.toks[first].lower] != "" {
		return true
	}
	for _, m := range d.x.gaz.Lookup(d.text[d.toks[first].start:d.toks[last-1].end]) {
		if m.Entry.Kind == polgraph.KindParty {
			return true
		}
	}
	return false
}

// labelOpen is the token of the "(" that opens a member's label around
// the name at tokens [first, last) ("Ada Holm (Wexcombe)", "(LP-Wexcombe)",
// "(LP, Wexcombe)", "(Lab, Wexcombe)": a seat alone or after a party's
// initials, label or name; "(Wexcombe, Lab)": before them), or -1.
func (d *doc) labelOpen(first, last int) int {
	if last < len(d.toks) && d.toks[last].text == "," && d.partyLabelClose(last) > 0 {
		last = d.partyLabelClose(last) // "(Leeds North, Labour)": the seat before the member's party
	}
	if last >= len(d.toks) || d.toks[last].text != ")" || first < 2 {
		return -1
	}
	p := first - 1
	if sep := d.toks[p].text; (sep == "-" || sep == ",") && p >= 3 && d.toks[p-1].allCaps && d.toks[p-1].kind == tokWord {
		p -= 2
	} else if o := d.partyLabelOpen(p); sep == "," && o >= 0 {
		p = o // "(Lab, Glasgow East)", "(Labour, Leeds North)": the seat after the member's party
	} else if sep == "-" && p >= 3 {
		// "(Civic Union-Brenmoor West)": a party's name before the seat
		if o := d.mentionBefore(p); o != nil && o.first >= 1 && d.toks[o.first-1].text == "(" {
			p = o.first - 1
		}
	}
	if d.toks[p].text != "(" || p == 0 || d.toks[p-1].kind != tokWord || !d.toks[p-1].cap {
		return -1
	}
	return p
}

// envoyTitled reports a seat's phrase whose title noun, the word before
// its last "for", is an envoy's (data/words/envoy_titles.txt): "Mirela
// Vostanu, the EU's special representative for the Sahel" holds no seat.
func envoyTitled(between string) bool {
	words := strings.Fields(between)
	for k := len(words) - 1; k >= 2; k-- {
		if words[k] == "for" {
			return envoyTitles[words[k-2]]
		}
	}
	return false
}
