package extract

import (
	"regexp"
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
}

// findRelations reads relations off the events (leaving a party ends a
// membership), off titles ("senior Huawei executive Meng Wanzhou") and off
// the words between two mentions of a sentence ("X, who represents Y in Z").
func (d *doc) findRelations() {
	for _, ev := range d.events {
		if ev.dropped || (ev.typ != "RESIGNATION" && ev.typ != "DISMISSAL") {
			continue
		}
		for _, a := range ev.parts {
			if a.role != "agent" && a.role != "patient" || d.ents[a.ent].kind != polgraph.KindPerson {
				continue
			}
			for _, o := range ev.parts {
				if o.role == "organization" && d.ents[o.ent].kind == polgraph.KindParty {
					d.addRel(&relation{typ: "MEMBER_OF", from: a.ent, to: o.ent, validTo: ev.date, sent: ev.sent, conf: 0.8})
				}
			}
		}
	}
	for _, ev := range d.events {
		if !ev.dropped && ev.typ == "APPOINTMENT" {
			d.appointedAs(ev)
		}
	}
	for si := range d.sents {
		d.sentenceRelations(si)
	}
	d.capitalRelations()
	d.compatriots()
}

// compatriots: an article that opens by giving its subject's nationality
// ("X (1923 – 2012) was a Norwegian politician") is set in that country,
// and the other people it names are, unless it says otherwise, its citizens.
func (d *doc) compatriots() {
	first := d.bioNationality()
	if first == nil {
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
			d.addRel(&relation{typ: "CITIZEN_OF", from: ei, to: first.to, sent: d.ments[e.ments[0]].sent, conf: 0.4})
		}
	}
}

// bioNationality reads an encyclopedic opening, "X (1920 – 1992) was a
// politician in the Canadian province of Alberta": the first country or
// nationality the sentence names is its subject's.
func (d *doc) bioNationality() *relation {
	si := d.firstBodySentence()
	if si < 0 || len(d.sentMents[si]) == 0 {
		return nil
	}
	subj := &d.ments[d.sentMents[si][0]]
	if subj.ent < 0 || d.ents[subj.ent].kind != polgraph.KindPerson || subj.first != d.sents[si].first {
		return nil
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
		return nil
	}
	for _, mi := range d.sentMents[si][1:] {
		m := &d.ments[mi]
		if m.first > j && m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindCountry {
			r := &relation{typ: "CITIZEN_OF", from: subj.ent, to: m.ent, sent: si, conf: 0.5}
			d.addRel(r)
			return r
		}
	}
	return nil
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

func (d *doc) addRel(r *relation) {
	if r.from < 0 || r.to < 0 || r.from == r.to || d.ents[r.from].kind == "" || d.ents[r.to].kind == "" {
		return
	}
	key := [3]int{relTypes[r.typ], r.from, r.to}
	if o, ok := d.rel[key]; ok {
		if o.validTo == "" {
			o.validTo = r.validTo
		}
		if o.role == "" {
			o.role = r.role
		}
		return
	}
	if d.rel == nil {
		d.rel = map[[3]int]*relation{}
	}
	d.rel[key] = r
	d.rels = append(d.rels, r)
}

// link patterns: the words between two mentions, lowercased, with
// parentheses dropped and other mentions written <per>, <org>, <loc>, <dem>.
var (
	reMemberAfter  = regexp.MustCompile(`^(, )?((who|which) (is|was|has been|had been) |is |was |has been |had been |became |, )?(a |an |the )?(\S+ ){0,2}(member|members|politician|candidate|mp|senator|deputy|representative|councillor|activist|official|leader|chairman|minister|spokesman|spokeswoman|spokesperson|founder|co-founder|figure|legislator|lawmaker|congressman|congresswoman)s? (of|for|from|in|with) (the )?$`)
	reMemberVerb   = regexp.MustCompile(`^(, who )?(\w+ ){0,2}(joined|rejoined|represented|ran for|stood for|sat for|sits for|was a member of|is a member of|became a member of|elected for|elected as a member of|led|leads|founded|co-founded|headed|heads|chaired|chairs) (the )?$`)
	reMemberBefore = regexp.MustCompile(`^((fellow|former|senior|veteran|prominent|then) )?((\w+ )?(mp|mps|senator|congressman|congresswoman|politician|leader|candidate|member|lawmaker|representative|deputy|councillor|minister|president|chairman|activist|figure|governor|mayor|premier|prime minister|legislator|party leader|whip|speaker)s? )?$`)
	reLeadAfter    = regexp.MustCompile(`^(, )?(who |which |and )?((is|was|became|has been|had been|served as|serves as|also served|also|then|later|as|the|a|an|first|future|former|longtime) )*(\w+ )?(leader|head|chairman|chairwoman|chair|president|prime minister|premier|mayor|governor|king|queen|emperor|chief|director|founder|secretary-general|general secretary|ceo|chief executive|chancellor|ruler|commander) (of|for) (the )?$`)
	reLeadVerb     = regexp.MustCompile(`^(, who )?(\w+ )?(led|leads|heads|headed|chaired|chairs|founded|ruled|rules|governed|governs) (the )?$`)
	reLeadBefore   = regexp.MustCompile(`^(and |, )?(its |their |the )?('s )?(\w+ )?(leader|president|prime minister|premier|mayor|governor|chairman|chairwoman|head|chief|ceo|king|queen|emperor|chancellor|ruler)$`)
	reWorkAfter    = regexp.MustCompile(`^(, )?((who|which) (is|was) |is |was |, )?(a |an |the )?(\w+ )?(executive|employee|spokesman|spokeswoman|spokesperson|reporter|correspondent|editor|journalist|columnist|analyst|engineer|official|officer|adviser|advisor|aide|lawyer|economist|researcher|scientist|director|manager|agent|consultant|ceo|chief executive|president|chairman|founder|professor|lecturer|worker|staffer|producer|presenter|anchor) (at|of|for|with) (the )?$`)
	reWorkVerb     = regexp.MustCompile(`^(, who )?(\w+ )?(works for|worked for|works at|worked at|joined|was hired by|is employed by|was employed by) (the )?$`)
	reWorkBefore   = regexp.MustCompile(`^('s )?((senior|former|top|chief|deputy|vice) )?(executive|executives|employee|spokesman|spokeswoman|spokesperson|reporter|correspondent|editor|journalist|columnist|analyst|engineer|official|adviser|advisor|aide|lawyer|economist|researcher|scientist|director|manager|ceo|chief executive|chairman|founder|president|staffer|producer|anchor)$`)
	reCitizenAfter = regexp.MustCompile(`^(, |is |was |, who is |, who was |who was |who is |became )(a |an |the )?((\w+ ){0,2})$`)
	reCitizenNoun  = regexp.MustCompile(`^((former|senior|veteran|prominent|fellow|leading|top|young|retired|exiled|famous|noted|suspected|alleged) )?(\w+ ){0,1}$`)
	reCitizenIn    = regexp.MustCompile(`^(, )?(is|was|became) (a|an) (\w+ )?(\w+) (in|from|of) (the )?$`)
	reRepresents   = regexp.MustCompile(`^(, )?(who |which )?(represents|represented|representing|the mp for|mp for|member for|the member for|member of parliament for|was elected in|was elected for|sits for|sat for) (the )?$`)
	reLocated      = regexp.MustCompile(`^, $|^ in (the )?$`)
)

// sentenceRelations tries the patterns on each ordered pair of close mentions.
func (d *doc) sentenceRelations(si int) {
	mis := d.sentMents[si]
	for x, ai := range mis {
		a := &d.ments[ai]
		ar := d.refs(a)
		if ar == nil {
			continue
		}
		for y, bi := range mis[x+1:] {
			b := &d.ments[bi]
			if b.first-a.last > 16 {
				break
			}
			if b.first < a.last {
				continue
			}
			br := d.refs(b)
			if br == nil {
				continue
			}
			between := d.between(mis[x+1:x+1+y], a.last, b.first)
			for _, f := range ar {
				for _, t := range br {
					d.pairRelations(si, a, b, f, t, between)
				}
			}
		}
	}
	// titles: "senior Huawei executive Meng Wanzhou", "Canadian Prime Minister X"
	for _, mi := range mis {
		m := &d.ments[mi]
		if m.office == nil || m.ent < 0 || d.ents[m.ent].kind != polgraph.KindPerson {
			continue
		}
		d.titleRelations(si, m)
	}
}

// between renders tokens [from, to) of sentence si for the patterns.
func (d *doc) between(mis []int, from, to int) string {
	var b strings.Builder
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
		word := t.lower
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

func kindTag(m *mention, d *doc) string {
	if m.via == "demonym" {
		return "dem"
	}
	if m.ent < 0 {
		return "per"
	}
	return kindGroup(d.ents[m.ent].kind)
}

func (d *doc) pairRelations(si int, a, b *mention, from, to int, between string) {
	fe, te := d.ents[from], d.ents[to]
	fk, tk := fe.kind, te.kind
	hasPer := strings.Contains(between, "<per>")
	// "X was a politician in <loc>, who served as mayor of Y": the words
	// after the last other mention decide, for the sentence's subject
	if k := strings.LastIndex(between, ">"); k >= 0 && fk == polgraph.KindPerson && !hasPer && d.isSubject(a, si) {
		tail := between[k+1:]
		if t := strings.TrimPrefix(strings.TrimPrefix(tail, ","), " "); strings.HasPrefix(t, "who ") || strings.HasPrefix(t, "and ") {
			between = tail
		}
	}
	if k := strings.LastIndex(between, " and "); k >= 0 && fk == polgraph.KindPerson && !strings.Contains(between, "<") {
		between = between[k+5:] // "served as minister and is a member of the"
	}
	// "Janne Johnsen (Conservative Party)"
	if fk == polgraph.KindPerson && tk == polgraph.KindParty && b.first == a.last+1 && d.toks[a.last].text == "(" {
		d.addRel(&relation{typ: "MEMBER_OF", from: from, to: to, sent: si, conf: 0.75})
	}
	// "Gerald Ford, the Republican candidate"
	if fk == polgraph.KindPerson && tk == polgraph.KindParty && (between == ", the " || between == ", a " || between == ", an ") && d.personNounAt(b.last, si) {
		d.addRel(&relation{typ: "MEMBER_OF", from: from, to: to, sent: si, conf: 0.7})
	}
	// "King Philip V of Spain"
	if fk == polgraph.KindPerson && (tk == polgraph.KindCountry || tk == polgraph.KindPlace) && between == "of " && a.named() && b.named() && a.office != nil && headOffice(a.office) {
		d.addRel(&relation{typ: "LEADS", from: from, to: to, sent: si, conf: 0.65})
	}
	if fk == polgraph.KindPerson && !hasPer {
		switch tk {
		case polgraph.KindParty:
			if reMemberAfter.MatchString(between) || reMemberVerb.MatchString(between) {
				d.addRel(&relation{typ: "MEMBER_OF", from: from, to: to, sent: si, conf: 0.7})
			}
			if reLeadAfter.MatchString(between) || reLeadVerb.MatchString(between) {
				d.addRel(&relation{typ: "LEADS", from: from, to: to, sent: si, conf: 0.7})
			}
		case polgraph.KindOrganization:
			if reLeadAfter.MatchString(between) || reLeadVerb.MatchString(between) {
				d.addRel(&relation{typ: "LEADS", from: from, to: to, sent: si, conf: 0.65})
			} else if reWorkAfter.MatchString(between) || reWorkVerb.MatchString(between) {
				d.addRel(&relation{typ: "WORKS_FOR", from: from, to: to, sent: si, conf: 0.65, role: roleWord(between)})
			} else if reMemberAfter.MatchString(between) && strings.Contains(between, "member") {
				d.addRel(&relation{typ: "MEMBER_OF", from: from, to: to, sent: si, conf: 0.6})
			}
		case polgraph.KindCountry, polgraph.KindPlace:
			if b.via == "demonym" && reCitizenAfter.MatchString(between) && d.personNounAt(b.last, si) {
				d.addRel(&relation{typ: "CITIZEN_OF", from: from, to: to, sent: si, conf: 0.7})
			}
			if reLeadAfter.MatchString(between) {
				d.addRel(&relation{typ: "LEADS", from: from, to: to, sent: si, conf: 0.65})
			}
			// "X was a politician in the Canadian province of Alberta",
			// "a federal judge in the United States"
			if (b.via == "demonym" || tk == polgraph.KindCountry) && reCitizenIn.MatchString(between) && d.isSubject(a, si) {
				d.addRel(&relation{typ: "CITIZEN_OF", from: from, to: to, sent: si, conf: 0.6})
			}
			if tk == polgraph.KindPlace && reRepresents.MatchString(between) {
				d.addRel(&relation{typ: "REPRESENTS", from: from, to: to, sent: si, conf: 0.8})
				d.representsIn(si, from, to, b)
			}
			if tk == polgraph.KindCountry && b.via != "demonym" && (strings.Contains(between, "citizen of") || strings.Contains(between, "national of")) {
				d.addRel(&relation{typ: "CITIZEN_OF", from: from, to: to, sent: si, conf: 0.7})
			}
		}
	}
	// the body before the person: "Liberal MP X", "Huawei executive X", "Saudi terrorist X"
	if tk == polgraph.KindPerson && b.named() {
		switch fk {
		case polgraph.KindParty:
			if reMemberBefore.MatchString(between) {
				d.addRel(&relation{typ: "MEMBER_OF", from: to, to: from, sent: si, conf: 0.7})
			}
			if reLeadBefore.MatchString(between) {
				d.addRel(&relation{typ: "LEADS", from: to, to: from, sent: si, conf: 0.7})
			}
		case polgraph.KindOrganization:
			if reLeadBefore.MatchString(between) {
				d.addRel(&relation{typ: "LEADS", from: to, to: from, sent: si, conf: 0.65})
			} else if reWorkBefore.MatchString(between) || reWorkBefore.MatchString(lastWords(between, 2)) && !strings.Contains(between, "<") {
				d.addRel(&relation{typ: "WORKS_FOR", from: to, to: from, sent: si, conf: 0.7, role: roleWord(between)})
			}
		case polgraph.KindCountry:
			if a.via == "demonym" && between != "" && !strings.Contains(between, "<") && !strings.Contains(between, ",") && reCitizenNoun.MatchString(between) && personNouns[strings.TrimSpace(lastWords(between, 1))] {
				d.addRel(&relation{typ: "CITIZEN_OF", from: to, to: from, sent: si, conf: 0.65})
			}
		}
	}
	// places: "Nairobi, Kenya", "Don Valley North in Canada"
	if fk == polgraph.KindPlace && (tk == polgraph.KindCountry || tk == polgraph.KindPlace) && a.named() && b.named() && b.via != "demonym" && reLocated.MatchString(between) {
		if between != ", " || d.endsPlace(b.last, si) {
			d.addRel(&relation{typ: "LOCATED_IN", from: from, to: to, sent: si, conf: 0.7})
		}
	}
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

func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

// roleWord is the role noun of a pattern ("executive").
func roleWord(between string) string {
	for _, w := range strings.Fields(between) {
		if workRoles[w] {
			return w
		}
	}
	return ""
}

// personNounAt reports whether a person noun follows a demonym at token i
// ("a Norwegian politician"), or the clause ends there ("is Canadian").
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

// representsIn adds, for "X, who represents Y in the House of Commons", the
// seat in the legislature that follows, and Y's country.
func (d *doc) representsIn(si, person, place int, pm *mention) {
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.first < pm.last || m.first > pm.last+4 || m.ent < 0 {
			continue
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
	if ei := d.entityOf(g); ei >= 0 {
		return ei
	}
	d.ents = append(d.ents, &entity{id: g.ID, kind: g.Kind, name: g.Name, gaz: g})
	d.entOfGaz[g] = len(d.ents) - 1
	return len(d.ents) - 1
}

// appointedAs reads "appointed X as defence minister": X holds the office
// from the appointment on.
func (d *doc) appointedAs(ev *event) {
	s := &d.sents[ev.sent]
	for j := ev.trig[1]; j+1 < s.last && j < ev.trig[1]+8; j++ {
		if d.toks[j].lower != "as" {
			continue
		}
		k := j + 1
		for k < s.last && determiners[d.toks[k].lower] {
			k++
		}
		n, o := d.officeAt(k, s.last)
		if n == 0 || (o.Body != "government" && o.Body != "head-of-state" && o.Body != "diplomatic" && o.Body != "judiciary") {
			return
		}
		country := d.homeCountryEntity()
		if country < 0 {
			return
		}
		for _, p := range ev.parts {
			if p.role == "patient" && d.ents[p.ent].kind == polgraph.KindPerson {
				r := &relation{typ: "HOLDS_OFFICE", from: p.ent, to: country, role: o.Title, sent: ev.sent, conf: 0.6}
				if ev.date != "" {
					r.validFrom = ev.date
				}
				d.addRel(r)
			}
		}
		return
	}
}

// headOffice reports whether the holder of o leads the country, region or city.
func headOffice(o *gazetteer.Office) bool {
	switch o.Title {
	case "President", "Prime Minister", "Chancellor", "Monarch", "Premier", "Head of State", "Head of Government", "Mayor", "Governor", "Chief Minister", "Emir", "Sultan", "Supreme Leader":
		return true
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
	if titleStart > d.sents[si].first && (d.toks[titleStart-1].lower == "senior" || d.toks[titleStart-1].lower == "former" || d.toks[titleStart-1].lower == "top") {
		titleStart--
	}
	for _, bi := range d.sentMents[si] {
		b := &d.ments[bi]
		if b.last <= titleStart && b.last >= titleStart-1 && b.ent >= 0 && d.wordsOnly(b.last, titleStart) || b.last == titleStart-2 && d.toks[titleStart-1].lower == "'s" && b.ent >= 0 {
			body = b
		}
		if b.first >= titleStart && b.last <= m.first && b.ent >= 0 {
			body = b // "Huawei" inside "Huawei executive"
		}
	}
	person := m.ent
	var country int = -1
	if body != nil {
		be := d.ents[body.ent]
		switch be.kind {
		case polgraph.KindCountry:
			country = body.ent
		case polgraph.KindParty:
			d.addRel(&relation{typ: "MEMBER_OF", from: person, to: body.ent, sent: si, conf: 0.7})
			if o.Body == "party" {
				d.addRel(&relation{typ: "LEADS", from: person, to: body.ent, sent: si, conf: 0.65})
			}
			return
		case polgraph.KindOrganization:
			if o.Body == "company" || o.Body == "organization" {
				d.addRel(&relation{typ: "WORKS_FOR", from: person, to: body.ent, role: strings.ToLower(o.Title), sent: si, conf: 0.7})
				return
			}
			if o.Body == "legislature" && isLegislature(be) {
				d.addRel(&relation{typ: "HOLDS_OFFICE", from: person, to: body.ent, role: o.Title, sent: si, conf: 0.7})
				return
			}
		case polgraph.KindPlace:
			country = body.ent
			if o.Body == "city" || o.Body == "region" {
				d.addRel(&relation{typ: "LEADS", from: person, to: body.ent, sent: si, conf: 0.65})
				return
			}
		}
	}
	switch o.Body {
	case "government", "head-of-state", "diplomatic", "military", "judiciary", "region", "city":
		if country < 0 && (o.Body == "region" || o.Body == "city") {
			return
		}
		if country < 0 {
			country = d.homeCountryEntity()
		}
		if country >= 0 {
			d.addRel(&relation{typ: "HOLDS_OFFICE", from: person, to: country, role: o.Title, sent: si, conf: 0.6})
			if headOffice(o) {
				d.addRel(&relation{typ: "LEADS", from: person, to: country, sent: si, conf: 0.55})
				if d.ents[country].kind == polgraph.KindCountry {
					d.addRel(&relation{typ: "CITIZEN_OF", from: person, to: country, sent: si, conf: 0.5})
				}
			}
		}
	}
}

// isLegislature reports whether an organisation is a legislature.
func isLegislature(e *entity) bool {
	for _, w := range lowerWords(e.name) {
		switch w {
		case "parliament", "commons", "congress", "senate", "assembly", "house", "bundestag", "duma", "diet", "knesset", "lords":
			return true
		}
	}
	return false
}

// homeCountryEntity is the entity of the country the article is about:
// named half as often again as any other, a headline or dateline counting
// thrice; -1 if none stands out.
func (d *doc) homeCountryEntity() int {
	if d.home != -2 {
		return d.home
	}
	d.home = d.findHomeCountry()
	return d.home
}

func (d *doc) findHomeCountry() int {
	best, bestN, second := -1, 0, 0
	for ei, e := range d.ents {
		if e.kind != polgraph.KindCountry && e.capitalOf == nil {
			continue
		}
		n := 0
		for _, mi := range e.ments {
			n++
			if d.sents[d.ments[mi].sent].headline {
				n += 2
			}
		}
		if e.capitalOf != nil { // a dateline city stands for its country
			if ei = d.countryEntity(e.capitalOf.Country); ei < 0 {
				continue
			}
		}
		switch {
		case n > bestN:
			best, bestN, second = ei, n, bestN
		case n > second:
			second = n
		}
	}
	if 2*bestN < 3*second {
		return -1
	}
	return best
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

// capitalRelations places the cities the gazetteer knows in their country.
func (d *doc) capitalRelations() {
	for ei, e := range d.ents {
		if e.kind != polgraph.KindPlace || e.capitalOf == nil {
			continue
		}
		if ci := d.entityOf(e.capitalOf); ci >= 0 && d.hasNamed(d.ents[ci]) {
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
