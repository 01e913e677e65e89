package extract

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/polgraph/polgraph"
	nametagger "github.com/polgraph/polgraph/extract/entity"
)

//go:embed data/kind_cues.tsv
var kindCuesTSV string

// kindCues is data/kind_cues.tsv: by cue and lemma, the kind a name in
// that place of the tree has; the last words a party's name may end in;
// and the endings that make a demonym.
type kindCues struct {
	kind       map[[2]string]string // {cue, lemma} -> kind
	words      map[string]bool      // every lemma of a cue, to skip sentences with none
	partyHeads map[string]bool
	suffixes   []string
	listers    map[string]bool // the prepositions that list a noun's instances: "including"
	strikes    map[string]bool // the verbs (lemma) by which a weapon hits a target: "hit"
}

var cues = func() kindCues {
	c := kindCues{kind: map[[2]string]string{}, words: map[string]bool{}, partyHeads: map[string]bool{}, listers: map[string]bool{}, strikes: map[string]bool{}}
	for n, line := range strings.Split(kindCuesTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			panic(fmt.Sprintf("extract: data/kind_cues.tsv:%d: want cue, word, kind: %q", n+1, line))
		}
		switch f[0] {
		case "suffix":
			c.suffixes = append(c.suffixes, f[1])
		case "lister":
			c.listers[f[1]] = true
		case "strike":
			c.strikes[f[1]] = true
		case "including", "struck":
			if f[2] != polgraph.KindPlace {
				panic(fmt.Sprintf("extract: data/kind_cues.tsv:%d: kind %q: want Place", n+1, f[2]))
			}
			c.kind[[2]string{f[0], f[1]}] = f[2]
			for _, w := range nounForms(f[1]) {
				c.words[w] = true
			}
		case "head":
			c.partyHeads[f[1]] = true
		case "shared":
			if f[2] != polgraph.KindPerson {
				panic(fmt.Sprintf("extract: data/kind_cues.tsv:%d: kind %q: want Person", n+1, f[2]))
			}
			c.kind[[2]string{f[0], f[1]}] = f[2]
		case "its", "chief", "modifier", "predicate":
			if f[2] != polgraph.KindCountry {
				panic(fmt.Sprintf("extract: data/kind_cues.tsv:%d: kind %q: want Country", n+1, f[2]))
			}
			c.kind[[2]string{f[0], f[1]}] = f[2]
			for _, w := range nounForms(f[1]) {
				c.words[w] = true
			}
		case "firm":
			if f[2] != polgraph.KindOrganization {
				panic(fmt.Sprintf("extract: data/kind_cues.tsv:%d: kind %q: want Organization", n+1, f[2]))
			}
			c.kind[[2]string{f[0], f[1]}] = f[2]
			for _, w := range nounForms(f[1]) {
				c.words[w] = true
			}
		case "poss", "of", "for", "by", "to", "in", "demonym", "with", "result", "obj", "from", "owner", "plural", "compound", "possessor", "label", "joined", "left", "expels", "founded":
			if f[2] != polgraph.KindCountry && f[2] != polgraph.KindParty && (f[0] != "obj" && f[0] != "from" && f[0] != "of" && f[0] != "for" && f[0] != "in" && f[0] != "poss" && f[0] != "compound" || f[2] != polgraph.KindPlace) &&
				(f[0] != "of" && f[0] != "poss" && f[0] != "for" && f[0] != "by" || f[2] != polgraph.KindOrganization) {
				panic(fmt.Sprintf("extract: data/kind_cues.tsv:%d: kind %q: want Country or Party (obj, from, of, for, in, poss, compound: Place; of, poss, for, by: Organization)", n+1, f[2]))
			}
			c.kind[[2]string{f[0], f[1]}] = f[2]
			if f[0] == "plural" || f[0] == "compound" || f[0] == "possessor" || f[0] == "label" {
				continue // read off the words, not the tree: no sentence is parsed for them
			}
			for _, w := range nounForms(f[1]) {
				c.words[w] = true
			}
		default:
			panic(fmt.Sprintf("extract: data/kind_cues.tsv:%d: unknown cue %q", n+1, f[0]))
		}
	}
	return c
}()

// nounForms are a lemma and its plurals, as the words of a sentence not
// yet parsed may spell it: "authority", "authorities".
func nounForms(lemma string) []string {
	out := []string{lemma, lemma + "s", lemma + "es"}
	if y, ok := strings.CutSuffix(lemma, "y"); ok {
		out = append(out, y+"ies")
	}
	return out
}

// of is the kind cue gives word w by its lemma, or by its spelling where
// the lemmatiser kept a plural ("troops").
func (c kindCues) of(cue string, x *syntax, w int) string {
	if k := c.kind[[2]string{cue, strings.ToLower(x.lemma(w))}]; k != "" {
		return k
	}
	word := strings.ToLower(x.tree.Words[w])
	for _, sing := range []string{strings.TrimSuffix(word, "s"), strings.TrimSuffix(word, "es"), strings.TrimSuffix(word, "ies") + "y"} {
		if k := c.kind[[2]string{cue, sing}]; k != "" {
			return k
		}
	}
	return ""
}

// demonymForms are the words made from a one-word name (lowercase):
// "varovian", "varovians" from "varovia".
func (c kindCues) demonymForms(name string) []string {
	if len(name) < 4 {
		return nil
	}
	stems := []string{name}
	if last := name[len(name)-1]; last == 'a' || last == 'y' {
		stems = append(stems, name[:len(name)-1])
	}
	var out []string
	for _, s := range stems {
		for _, suf := range c.suffixes {
			out = append(out, s+suf)
		}
	}
	return out
}

// contextKinds settles the kind of the names no gazetteer knows by where
// the parse tree puts them: the possessor of a state's institutions is a
// state ("Varovia's prime minister", "the authorities of Varovia",
// "Varovian troops"), and what takes a share of the vote is a party ("the
// Green Front took 12 per cent"). Such a cue outweighs what a name's
// spelling or a preposition before it suggested; a person known by a
// given name or a title keeps their kind. A word made from a state's name
// ("Varovian") that stands alone is a mention of the state, as a
// gazetteer's demonym is.
func (d *doc) contextKinds() {
	var bounds *mentionBounds
	for ei, e := range d.ents {
		if e.gaz != nil || e.capitalOf != nil || !d.kindOpen(e) {
			continue
		}
		votes := map[string]int{}
		seat := false    // a one word before a legislator's noun: "the Norrvik MP"
		called := false  // "a new party, the Slovak Centre": the text calls it a party
		apposed := false // "Dascu, the opposition leader,": the text calls it a person
		shared := 0      // of the country votes, those a head of government's noun gave
		for _, mi := range e.ments {
			if m := &d.ments[mi]; m.named() {
				for _, k := range d.mentionCues(m) {
					votes[k]++
				}
				if d.sharedCue(m) {
					shared++
				}
				if d.compoundParty(m) {
					votes[polgraph.KindParty]++ // "two Workers' Front MPs"
					seat = seat || len(e.words) == 1 && !d.toks[m.first].allCaps
				} else if d.compoundPlace(m) && len(e.words) == 1 && !d.toks[m.first].allCaps {
					votes[polgraph.KindPlace]++ // "Tarsk mayor Ivo Dorn": the town she is mayor of
				}
				if d.partysPerson(m, e) || d.partyDescribed(m) || d.personsLabel(m) && partyNamed(e) {
					votes[polgraph.KindParty]++
				}
				called = called || d.partyInApposition(m)
				apposed = apposed || d.personAppositionAt(m.last, d.sents[m.sent].last)
				if k := d.datelineState(m); k != "" {
					votes[k] += 2 // "VELMOR, Kelmora (Reuters) -"
				}
				if m.last < len(d.toks) && d.toks[m.last].lower == "'s" {
					if k := d.titleCue("poss", m.last+1); k != "" {
						votes[k]++ // "Varovia's Justice Minister Ana Holm"
					} else if k := d.titleCue("owner", m.last+1); k != "" && len(e.words) == 1 {
						votes[k]++ // "Kelmora's Labour Party"
					} else if len(e.words) == 1 && membersName(d.capitalisedRun(m.last+1)) {
						votes[polgraph.KindCountry]++ // "Kelmora's Social Democrats", as its Labour Party
					}
				}
			}
		}
		if votes[polgraph.KindCountry] > 0 && votes[polgraph.KindCountry] == shared && len(e.words) >= 2 && e.kind == polgraph.KindPerson && d.taggerMargin(e, "PER") > 0 {
			// "the government of Dorin Vasca": a head of government's as
			// well as a state's, and the tagger reads a person's name
			votes[polgraph.KindCountry] = 0
		}
		var demonyms []int // tokens
		if len(e.words) == 1 {
			if d.capsAt == nil {
				d.capsAt = d.capitalisedWords() // once an article: placeAsGivenName reads it too
			}
			for _, f := range cues.demonymForms(e.words[0]) {
				demonyms = append(demonyms, d.capsAt[f]...)
			}
			for _, i := range demonyms {
				if k := d.demonymCue(i); k != "" {
					votes[k]++
				}
			}
		}
		coordinated := ""
		if e.kind == polgraph.KindPerson && e.weak && len(e.words) == 1 {
			if bounds == nil {
				b := d.mentionBounds()
				bounds = &b
			}
			coordinated = d.coordinatedPlaceKind(e, *bounds)
		}
		switch {
		case votes[polgraph.KindCountry] > votes[polgraph.KindParty] && len(e.words) <= 3 && !d.taggedPerson(e):
			e.kind = polgraph.KindCountry
		case called && votes[polgraph.KindCountry] == 0:
			e.kind = polgraph.KindParty // whatever its name's last word: "the Slovak Centre"
		case votes[polgraph.KindParty] > 0 && len(e.words) >= 2 && d.mayBeParty(e):
			e.kind = polgraph.KindParty
		case seat && votes[polgraph.KindCountry] == 0 && e.kind == polgraph.KindPerson && e.weak:
			// "Norrvik MP Anna Holm": one word no list knows before a
			// legislator's noun is the seat; parties of one word the
			// lists know, and acronyms stay as they were read
			e.kind = polgraph.KindPlace
		case votes[polgraph.KindOrganization] > 0 && votes[polgraph.KindCountry] == 0 && votes[polgraph.KindParty] == 0 && votes[polgraph.KindPlace] == 0 &&
			e.kind == polgraph.KindPerson && (len(e.words) == 1 || e.weak) && len(d.x.gaz.LookupLeader(e.name)) == 0 && !apposed:
			// "a spokeswoman for Petrokav", "Petrokav's chief executive": one
			// word no list knows that has a company's officers is a body;
			// a word after it ("Petrokav said") is no evidence of a person
			// here, a given name or a title (kindOpen) would be. So is a
			// longer name read as a person for want of any cue ("a poll by
			// Velmar Opinia", "the shareholders of Orvan Delta"), but for
			// a spokesman's (mentionCues); an apposition that calls the
			// name a leader or a senator says it is a person's
			e.kind = polgraph.KindOrganization
		case votes[polgraph.KindPlace] > 0 && votes[polgraph.KindCountry] == 0 && votes[polgraph.KindParty] == 0 && e.kind == polgraph.KindPerson && e.weak:
			e.kind = polgraph.KindPlace // "Ilsa Varn won Velbari": a seat won is a constituency; "the village of Selo Mir"
		case len(demonyms) > 0 && e.kind == polgraph.KindPerson:
			e.kind = polgraph.KindPlace // a people's name is made from it: a land, not a person
		case coordinated != "":
			e.kind = coordinated
		default:
			if e.kind == polgraph.KindPerson && d.taggerDenies(e) {
				e.denied = true // "the Jalo Fenn dialect": a person only for want of a better guess
				continue
			}
			k := d.taggerKind(e)
			if k == "" || k == e.kind {
				continue
			}
			e.kind = k
		}
		e.weak = false
		if e.kind == polgraph.KindCountry {
			d.linkDemonyms(ei, demonyms)
		}
	}
}

// oneWordBodies moves the mentions of a one-word name read as a person
// for want of a cue ("Petrokav said profits rose") to the organisation of
// the same word the article names elsewhere ("Petrokav chief executive
// Oleg Varnov"): one company, not a person beside it; so with a party
// of one word ("Agrarians said they would abstain", a sentence opening
// on the bare plural the article gave as "the Agrarians"). A given name, a
// title or a known leader's surname keeps the person (kindOpen).
func (d *doc) oneWordBodies() {
	orgs := map[string]int{}
	for ei, e := range d.ents {
		if (e.kind == polgraph.KindOrganization || e.kind == polgraph.KindParty) && len(e.words) == 1 && len(e.ments) > 0 {
			if _, ok := orgs[e.words[0]]; !ok {
				orgs[e.words[0]] = ei
			}
		}
	}
	if len(orgs) == 0 {
		return
	}
	for _, e := range d.ents {
		if e.kind != polgraph.KindPerson || e.gaz != nil || len(e.words) != 1 || !d.kindOpen(e) || len(d.x.gaz.LookupLeader(e.name)) > 0 {
			continue
		}
		to, ok := orgs[e.words[0]]
		if !ok {
			continue
		}
		for _, mi := range slices.Clone(e.ments) {
			d.moveMention(mi, to)
			d.ents[to].addSurface(d.surfaceOf(&d.ments[mi]))
		}
	}
}

// partysPerson reports a name that ends in a word a party's may end in
// and owns a person named right after it: "the Agrarian Front's Jorrit
// Maas", as the press names a party's people ("Labour's X").
func (d *doc) partysPerson(m *mention, e *entity) bool {
	if len(e.words) < 2 || cues.kind[[2]string{"possessor", e.words[len(e.words)-1]}] != polgraph.KindParty || m.last+1 >= d.sents[m.sent].last || !possessiveMarks[d.toks[m.last].lower] {
		return false
	}
	p := d.mentionStartingAt(m.last + 1)
	return p != nil && p.named() && p.ent >= 0 && d.ents[p.ent].kind == polgraph.KindPerson && len(d.ents[p.ent].words) >= 2
}

// partyDescribed reports a name after "the" and a word of a party's
// standing ("the opposition Estrava Forward movement", "the ruling Unity
// bloc"): the press says so of parties.
func (d *doc) partyDescribed(m *mention) bool {
	if m.first < 2 || !partyAdjectives[d.toks[m.first-1].lower] || d.toks[m.first-2].lower != "the" {
		return false
	}
	last := d.toks[m.last-1].lower
	next := d.nextWord(m.last, m.sent)
	return cues.kind[[2]string{"possessor", last}] == polgraph.KindParty || cues.kind[[2]string{"possessor", next}] == polgraph.KindParty
}

// personsLabel reports a name alone in brackets right after a person's
// name: "Felix Brandt (Freedom Alliance), a farmer from Enns", as
// candidate lists label each candidate's party.
func (d *doc) personsLabel(m *mention) bool {
	s := &d.sents[m.sent]
	if m.first-2 < s.first || m.last >= s.last || d.toks[m.first-1].text != "(" || d.toks[m.last].text != ")" {
		return false
	}
	p := d.mentionEndingAt(m.first-1, m.sent)
	return p >= 0 && d.ents[d.ments[p].ent].kind == polgraph.KindPerson
}

// partyInApposition reports a name in apposition with the noun "party":
// "formed a new party, the Slovak Centre," or "the Slovak Centre, a new
// party,": what the text calls a party is one. "Party" must head the
// apposition: "Arvo Teder, a party veteran," is a person.
func (d *doc) partyInApposition(m *mention) bool {
	first, last := d.sents[m.sent].first, d.sents[m.sent].last
	if j := m.first - 2; j-1 >= first && d.toks[j+1].lower == "the" && d.toks[j].text == "," && d.toks[j-1].text == "party" {
		return true // "a new party, the Slovak Centre"; not "the Varo Thai party, Kem Dolan,"
	}
	k := m.last
	if k+2 >= last || d.toks[k].text != "," || !indefiniteArticles[d.toks[k+1].lower] {
		return false
	}
	for k += 2; k < last && k-m.last <= 4; k++ {
		if d.toks[k].text == "party" {
			return !d.taggedNounAt(m.sent, k+1) // "the Slovak Centre, a new party,"
		}
		if d.toks[k].kind != tokWord || d.toks[k].cap {
			return false
		}
	}
	return false
}

// taggedNounAt reports whether token i of sentence si is a noun, as the
// tagger reads it: "party" before it modifies it ("a party veteran").
func (d *doc) taggedNounAt(si, i int) bool {
	x := d.taggedOf(si)
	if x == nil || i >= d.sents[si].last || d.toks[i].kind != tokWord {
		return false
	}
	return x.pos(x.at(i)) == "NOUN"
}

// datelineState is the kind of an unknown name in a dateline after the
// comma that follows its city in capitals ("VELMOR, Kelmora (Reuters) -"):
// the country (or region) the story is filed from; "" elsewhere.
func (d *doc) datelineState(m *mention) string {
	s := &d.sents[m.sent]
	if p := m.first - 2; s.dateline && p >= s.first && d.toks[m.first-1].text == "," && d.toks[p].allCaps && d.toks[p].kind == tokWord && !d.toks[m.first].allCaps {
		return polgraph.KindCountry
	}
	return ""
}

// kindOpen reports whether an entity's kind may still change: not a person
// named with a given name or a title.
func (d *doc) kindOpen(e *entity) bool {
	switch e.kind {
	case polgraph.KindPlace, polgraph.KindOrganization:
		return true
	case polgraph.KindPerson:
		return len(e.offices) == 0 && len(e.titled) == 0 && len(e.words) > 0 && len(e.words) <= 3 && !firstNames[e.words[0]] && !hyphenedGivenName(e.name)
	}
	return false
}

// hyphenedGivenName reports a name of two words whose first joins two
// capitalised parts by a hyphen ("Bat-Erdene Ganbold", "Jean-Luc Morel"):
// a person's given name in that form, as a list's given name is.
func hyphenedGivenName(name string) bool {
	f := strings.Fields(name)
	if len(f) != 2 {
		return false
	}
	a, b, ok := strings.Cut(f[0], "-")
	return ok && a != "" && b != "" && unicode.IsUpper([]rune(a)[0]) && unicode.IsUpper([]rune(b)[0]) && unicode.IsUpper([]rune(f[1])[0])
}

// mayBeParty reports whether a name's last word allows a party: one that
// parties share with other bodies ("Front"), or, but for a person's name
// (a candidate takes a share of the vote too), none that names a body.
func (d *doc) mayBeParty(e *entity) bool {
	last := e.words[len(e.words)-1]
	if e.kind == polgraph.KindPlace && compassWords[last] {
		return false // "Kisumu East MP Ana Holm": a place's part, a seat, no party
	}
	if tradeUnionName(e.words) {
		return false // "members of the Oren Transit Workers Union": a trade union, what a party's cues say of it
	}
	return cues.partyHeads[last] || e.kind != polgraph.KindPerson && !orgHeads[last]
}

// tradeUnionWords are the words of a trade or of those who work in it
// that make a name a trade union's ("Transit Workers", "Teachers'"), and
// tradeUnionHeads the last words such a name ends in ("Union").
var (
	tradeUnionWords = wordSet("trade_union_words.txt")
	tradeUnionHeads = wordSet("trade_union_heads.txt")
)

// tradeUnionName reports a name (lowercase words) that ends in one of
// tradeUnionHeads with one of tradeUnionWords before it: "the Norvik
// Teachers' Union", "the Dockers Union" are trade unions, which members
// join and walk out of as they do a party's, where "the Harbour Union"
// may be a party and "the Workers' Front" is one.
func tradeUnionName(words []string) bool {
	if len(words) < 2 || !tradeUnionHeads[words[len(words)-1]] {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if tradeUnionWords[strings.TrimRight(w, "'’")] {
			return true
		}
	}
	return false
}

// mentionCues are the kinds the tree gives mention m by its head word's
// relation to the word it hangs on.
func (d *doc) mentionCues(m *mention) []string {
	if !d.sentenceHasCue(m.sent) {
		return nil
	}
	x := d.syntaxOf(m.sent)
	if x == nil {
		return nil
	}
	w := x.nameHead(m.first, m.last)
	if w < 0 || x.head(w) < 0 {
		return nil
	}
	var out []string
	add := func(cue string, w int) {
		if k := cues.of(cue, x, w); k != "" {
			out = append(out, k)
		}
	}
	addTitled := func(cue string, w int) {
		add(cue, w)
		for _, t := range x.titlesOfName(w) {
			add(cue, t) // "Councillor Ruth Ashby of the Kelso Vale Alliance": the councillor's party
		}
	}
	// a state's name is one word, not in capitals: an acronym or a longer
	// name that heads such words may be a party's or a company's
	stateWord := m.last-m.first == 1 && !d.toks[m.first].allCaps
	// a name that ends as a party's may: what people join ("joined" cues)
	// is a party only so, as they join churches and clubs too
	partyHead := cues.partyHeads[d.toks[m.last-1].lower]
	for _, a := range x.childrenWith(w, "appos") {
		add("predicate", a) // "Kelmora, a former Soviet republic,"
	}
	switch {
	case x.rel(w) == "nmod:poss":
		add("poss", x.nounModified(x.head(w)))
		if m.last-m.first == 1 {
			add("firm", x.nounModified(x.head(w))) // "Orvex's shares fell"
		}
		if stateWord {
			add("chief", x.nounModified(x.head(w))) // "Velmark's president"
		}
	case (x.rel(w) == "compound" || x.rel(w) == "amod" && m.via != "demonym") && stateWord:
		add("modifier", x.nounModified(x.head(w))) // "two Velmark diplomats", "the Velmark foreign ministry"
		if n := x.nounModified(x.head(w)); n >= 0 && slices.ContainsFunc(x.childrenWith(n, "det"), func(c int) bool { return strings.EqualFold(x.tree.Words[c], "the") }) {
			add("chief", n) // "the Velmark president", as "Velmark's president"
		}
	case x.rel(w) == "nsubj":
		if partyHead {
			add("expels", x.head(w)) // "the Harvest Front expelled Ivo Dorn"
		}
		if len(x.childrenWith(x.head(w), "cop")) > 0 {
			add("predicate", x.head(w)) // "Kelmora is a landlocked country"
		}
		for _, o := range x.childrenWith(x.head(w), "obj") {
			if slices.ContainsFunc(x.childrenWith(o, "nmod:poss"), func(p int) bool { return strings.EqualFold(x.tree.Words[p], "its") }) {
				add("its", o) // "Varovia on Tuesday recalled its ambassador"
			} else if m.ent >= 0 && d.ents[m.ent].kind == polgraph.KindPlace || strings.EqualFold(x.lemma(x.head(w)), "have") {
				// "Norland expelled two diplomats": no town as such does;
				// "Kelmora has no army": what only a state has
				add("its", o)
			}
		}
	case x.baseRel(w) == "nmod" && x.caseOf(w) == "of":
		if d.localHolderOf(m) {
			break // "Councillor Ruth Ashby of Frankton": where she sits, no party of councillors
		}
		addTitled("of", x.nounModified(x.head(w)))
		if partyHead {
			add("joined", x.nounModified(x.head(w))) // "a former member of the Patriotic Movement"
		}
	case (x.baseRel(w) == "nmod" || x.baseRel(w) == "obl") && x.caseOf(w) == "with":
		add("with", x.head(w))
		if partyHead {
			add("joined", x.head(w)) // "joined hands with the Lok Nyay Front", "merged with the Unity Bloc"
		}
	case x.baseRel(w) == "nmod" && x.caseOf(w) == "for":
		if n := x.nounModified(x.head(w)); m.last-m.first == 1 || cues.of("for", x, n) != polgraph.KindOrganization {
			// "a spokeswoman for Petrokav"; but "a spokeswoman for Ilse
			// Varga" is hers: a person's spokesman is named with the
			// person's full name
			addTitled("for", n)
		}
	case x.baseRel(x.firstConjunct(w)) == "nmod" && cues.listers[x.caseOf(x.firstConjunct(w))]:
		// "several cities, including Morrow and Vessa": the instances
		// listed of a noun of towns are towns, each conjunct as the first
		add("including", x.nounModified(x.head(x.firstConjunct(w))))
	case x.baseRel(w) == "nmod" && x.caseOf(w) == "by":
		add("by", x.nounModified(x.head(w))) // "a poll by Velmar Opinia"
	case x.baseRel(w) == "nmod" && x.caseOf(w) == "to":
		addTitled("to", x.nounModified(x.head(w))) // "a former ambassador to Orvania"
	case x.baseRel(w) == "nmod" && x.caseOf(w) == "in":
		add("in", x.nounModified(x.head(w))) // "retained his seat in Velbari"
	case x.baseRel(w) == "obl" && x.caseOf(w) == "in":
		for _, o := range x.childrenWith(x.head(w), "obj") {
			add("in", o) // "won a seat in Velbari", the phrase hung on the verb
		}
	case x.baseRel(w) == "obj" && x.pos(x.head(w)) == "VERB":
		add("obj", x.head(w)) // "won Velbari by 40,000 votes"
		if partyHead && !x.joinedInDoing(x.head(w)) {
			// "five MPs quit the Civic Alliance"; not "joined the Harvest
			// Union in voting against the bill", a side taken in a deed
			add("left", x.head(w))
		}
		if cues.strikes[strings.ToLower(x.lemma(x.head(w)))] {
			for _, s := range x.childrenWith(x.head(w), "nsubj") {
				add("struck", s) // "artillery shelling hit Harvensk": what a weapon hits is a town
			}
		}
	case x.baseRel(w) == "obl" && x.caseOf(w) == "" && x.pos(x.head(w)) == "VERB" && partyHead:
		add("left", x.head(w)) // "joined the breakaway Progress Alliance", the name hung on the verb
	case x.baseRel(w) == "obl" && x.caseOf(w) == "from" && x.pos(x.head(w)) == "ADV" && x.head(x.head(w)) >= 0 && partyHead:
		add("left", x.head(x.head(w))) // "broke away from the Harvest Front", the name hung on the adverb
	case x.baseRel(w) == "obl" && x.caseOf(w) == "from" && x.pos(x.head(w)) == "VERB":
		add("from", x.head(w)) // "won from Velbari", a seat
		if partyHead {
			add("left", x.head(w)) // "was expelled from the Renewal Front"
		}
	case x.baseRel(w) == "obl" && x.caseOf(w) == "to" && x.pos(x.head(w)) == "VERB":
		if partyHead {
			add("joined", x.head(w)) // "defected to the Citizens Front": where a politician crosses over
		}
	}
	if n := x.partyBodyNounOf(w); partyHead || n != w {
		for _, v := range x.foundingVerbsOn(n) {
			if d.founderNamed(m.sent, x, v) {
				add("founded", v) // "the Unity Front, founded in 2019 by Ivo Dorn"
			}
		}
	}
	// "the Green Front took 12 per cent", "the Green Front on 12.4 per cent"
	for c, h := range x.tree.Head {
		switch {
		case h == w && x.baseRel(c) == "nmod" && x.caseOf(c) == "on",
			x.baseRel(w) == "nsubj" && h == x.head(w) && x.baseRel(c) == "obj":
			add("result", c)
			for _, of := range x.countedOf(c) {
				add("result", of) // "the Green Front won 41 of 120 seats": what the count counts
			}
		}
	}
	return out
}

// countedOf are the nouns a number at word c counts by "of": "seats" in
// "41 of 120 seats", as the parse hangs the noun on the number.
func (x *syntax) countedOf(c int) []int {
	if x.pos(c) != "NUM" {
		return nil
	}
	return slices.DeleteFunc(x.childrenWith(c, "nmod"), func(n int) bool { return x.caseOf(n) != "of" })
}

// sharedCue reports a mention that owns, or completes with "of", a noun
// a head of government has as well as a state ("the government of
// Dorin Vasca", "Ivo Dorn's cabinet"): kind_cues.tsv's "shared" words.
func (d *doc) sharedCue(m *mention) bool {
	if !d.sentenceHasCue(m.sent) {
		return false
	}
	x := d.syntaxOf(m.sent)
	if x == nil {
		return false
	}
	w := x.nameHead(m.first, m.last)
	if w < 0 || x.head(w) < 0 {
		return false
	}
	if x.rel(w) == "nmod:poss" || x.baseRel(w) == "nmod" && x.caseOf(w) == "of" {
		return cues.of("shared", x, x.nounModified(x.head(w))) != ""
	}
	return false
}

// nameHead is the head word of a name over tokens [first, last): the last
// of its words that hangs outside it, as English names end in their head
// where a parser splits one ("Farmers' League": "Farmers" taken for a
// possessor of the verb), or -1.
func (x *syntax) nameHead(first, last int) int {
	w := x.spanHead(first, last)
	if w < 0 {
		return -1
	}
	for v := x.lastWord(last - 1); v > w; v-- {
		if h := x.head(v); h < x.at(first) || h > x.lastWord(last-1) {
			return v
		}
	}
	return w
}

// nounModified follows word w up through the modifiers it is one of
// ("deputy" in "deputy prime minister", which a parser may take for the
// head of the possessive) to the noun they modify.
func (x *syntax) nounModified(w int) int {
	for range 3 {
		switch x.baseRel(w) {
		case "amod", "compound", "flat":
			if h := x.head(w); h >= 0 {
				w = h
				continue
			}
		}
		break
	}
	return w
}

// titlesOfName are the words before name word w that the treebank hangs
// on it as a title ("Councillor" on "Ruth" in "Councillor Ruth Ashby"),
// none where w is no name's.
func (x *syntax) titlesOfName(w int) []int {
	if x.pos(w) != "PROPN" {
		return nil
	}
	var out []int
	for _, c := range x.childrenWith(w, "compound", "nmod:desc") {
		if c < w {
			out = append(out, c)
		}
	}
	return out
}

// demonymCue is the kind a demonym at token i gets from the word it
// modifies: "Varovian troops", "the Varovian Interior Ministry" are a
// state's; and a people named as such, "Varovians voted", are a nation's.
func (d *doc) demonymCue(i int) string {
	if k := d.titleCue("demonym", i+1); k != "" {
		return k // "the Varovian Prime Minister", "the Varovian Interior Ministry"
	}
	si := d.sentOf(i)
	people := strings.HasSuffix(d.toks[i].lower, "ns")
	if si < 0 || !people && !d.sentenceHasCue(si) {
		return ""
	}
	x, w := d.tokenTree(si, i)
	if w < 0 || x.head(w) < 0 {
		return ""
	}
	switch x.baseRel(w) {
	case "amod", "compound", "nmod":
		return cues.of("demonym", x, x.nounModified(x.head(w)))
	case "nsubj", "obj", "conj":
		if people {
			return polgraph.KindCountry // "Varovians voted": a nation's people
		}
	}
	return ""
}

// titleCue is the kind cue gives a name by the capitalised title or body
// name that starts at token i ("Prime Minister", "Interior Ministry of"),
// read off its words, where a parser takes the title for part of the
// holder's name and hangs the possessor or demonym on the holder.
func (d *doc) titleCue(cue string, i int) string {
	for ; i < len(d.toks) && d.toks[i].kind == tokWord && d.toks[i].cap; i++ {
		w := d.toks[i].lower
		for _, sing := range []string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es"), strings.TrimSuffix(w, "ies") + "y"} {
			if k := cues.kind[[2]string{cue, sing}]; k != "" {
				return k
			}
		}
	}
	return ""
}

// capitalisedRun is the lowercase words of the run of capitalised words
// that starts at token i.
func (d *doc) capitalisedRun(i int) []string {
	var w []string
	for ; i < len(d.toks) && d.toks[i].kind == tokWord && d.toks[i].cap; i++ {
		w = append(w, d.toks[i].lower)
	}
	return w
}

// sentenceHasCue reports whether sentence si has a cue word at all, so that
// sentences without one are not parsed for it.
func (d *doc) sentenceHasCue(si int) bool {
	s := &d.sents[si]
	for i := s.first; i < s.last; i++ {
		if cues.words[d.toks[i].lower] {
			return true
		}
	}
	return false
}

// capitalisedWords indexes the article's capitalised words by their
// lowercase form.
func (d *doc) capitalisedWords() map[string][]int {
	out := map[string][]int{}
	for i := range d.toks {
		if t := &d.toks[i]; t.kind == tokWord && t.cap {
			out[t.lower] = append(out[t.lower], i)
		}
	}
	return out
}

// linkDemonyms makes the demonyms at tokens mentions of the state ei: those
// that are mentions of their own, of a name no gazetteer knows, and those
// inside no mention at all, as one opening a sentence ("Dravonian forces
// fired…" before Dravonia is named), which no name run took up.
func (d *doc) linkDemonyms(ei int, tokens []int) {
	for _, i := range tokens {
		covered := false
		for mi := range d.ments {
			m := &d.ments[mi]
			if m.first > i || m.last <= i {
				continue
			}
			covered = true
			if m.first != i || m.last != i+1 || m.ent < 0 || m.ent == ei || d.ents[m.ent].gaz != nil {
				continue
			}
			d.moveMention(mi, ei)
			m.via = "demonym"
		}
		if !covered {
			d.addMention(mention{first: i, last: i + 1, sent: d.sentOf(i), via: "demonym", kind: polgraph.KindCountry, officeStart: -1})
			d.link(len(d.ments)-1, ei)
		}
	}
}

// minTaggerMargin is the margin, summed over an entity's mentions, from
// which the learned name tagger's kind replaces one the rules guessed on
// weak evidence (extract/entity, BENCHMARKS.md: its precision by margin).
const minTaggerMargin = 1.0

// taggerKind is the kind the learned name tagger gives an entity whose kind
// rests on weak evidence ("Corvel Construction" taken for a person for
// want of a known word), or "" where it does not speak clearly: the
// tagger has read names in context, which the rules' word lists do not.
//
// Only an organisation: the rules' persons and places rest on given names
// and prepositions the tagger reads no better ("Maia Sandu, who won" is no
// place), while the bodies they miss are names no word list can hold.
func (d *doc) taggerKind(e *entity) string {
	if !e.weak {
		return ""
	}
	// The organisations' margins first: the tagger reads most entities'
	// mentions as no organisation, and no margin is then computed.
	org := d.taggerMargin(e, "ORG")
	if org >= minTaggerMargin && org > d.taggerMargin(e, "PER") && org > d.taggerMargin(e, "LOC") {
		return polgraph.KindOrganization
	}
	if e.kind == polgraph.KindPerson && len(e.words) >= 2 && d.articleBefore(e) && d.taggerMargin(e, "PER") < minTaggerMargin {
		return polgraph.KindOrganization // "The Dewan Rakyat passed the bill"
	}
	return ""
}

// articleBefore reports whether one of e's named mentions is a noun
// phrase of its own after "the": no person's name takes an article, a
// chamber's or an agency's does. A name that modifies the noun after it
// takes the noun's ("the Osama bin Laden raid").
func (d *doc) articleBefore(e *entity) bool {
	for _, mi := range e.ments {
		m := &d.ments[mi]
		if !m.named() || d.prevWord(m.first, m.sent) != "the" {
			continue
		}
		x := d.taggedOf(m.sent)
		if x == nil || m.last >= d.sents[m.sent].last {
			continue
		}
		if p := x.pos(x.at(m.last)); p != "NOUN" && p != "PROPN" && p != "ADJ" {
			return true
		}
	}
	return false
}

// taggerMargin sums the margins of the names labelled label that the name
// tagger's best reading has over exactly one of e's named mentions. Its
// decoding tells where they are; the margins, which cost as much again,
// are computed only for the sentences that have one.
func (d *doc) taggerMargin(e *entity, label string) float64 {
	sum := 0.0
	for _, mi := range e.ments {
		m := &d.ments[mi]
		if !m.named() {
			continue
		}
		x := d.taggedOf(m.sent) // the name tagger reads tags, not the tree
		if x == nil {
			continue
		}
		want := nametagger.Span{Start: x.at(m.first), End: x.lastWord(m.last-1) + 1, Label: label}
		if !slices.Contains(d.nameTagging(m.sent, x, false).names, want) {
			continue
		}
		for _, s := range d.nameTagging(m.sent, x, true).spans {
			if s.Span == want {
				sum += s.Margin
			}
		}
	}
	return sum
}

// taggedPerson reports a name of two words or more that the learned
// name tagger reads as a person's: "Ivo Dorn's cabinet" is a prime
// minister's, though a state's cabinet is its possessor's too.
func (d *doc) taggedPerson(e *entity) bool {
	last := e.words[len(e.words)-1]
	return len(e.words) >= 2 && e.kind == polgraph.KindPerson && !orgHeads[last] && !mediaHeads[last] && d.taggerMargin(e, "PER") >= minTaggerMargin
}

// minDenialMargin is the margin from which the learned name tagger's
// reading that a name the rules took for a person for want of any cue
// names nothing keeps it out of the output (BENCHMARKS.md, "The name
// tagger's say on entity-ness").
const minDenialMargin = 0.25

// taggerDenies reports whether the learned name tagger reads no name
// where an entity named once is named, by at least minDenialMargin: how
// much lower its best reading of the sentence scores that puts any of
// the mention's words in a name. A name the article repeats is left to
// the rules: the tagger reads a sentence at a time.
func (d *doc) taggerDenies(e *entity) bool {
	var named *mention
	for _, mi := range e.ments {
		if m := &d.ments[mi]; m.named() {
			if named != nil {
				return false
			}
			named = m
		}
	}
	if named == nil {
		return false
	}
	x := d.taggedOf(named.sent)
	if x == nil {
		return false
	}
	lo, hi := x.at(named.first), x.lastWord(named.last-1)+1
	for _, s := range d.nameTagging(named.sent, x, false).names {
		if s.Start < hi && lo < s.End {
			return false // the best reading names a word of it: its margin is 0
		}
	}
	return slices.Min(d.nameTagging(named.sent, x, true).margins[lo:hi]) >= minDenialMargin
}

// nameTags is the name tagger's reading of a sentence: its names, and,
// once asked for, their margins and each word's margin against being in a
// name.
type nameTags struct {
	names []nametagger.Span
	// tagging keeps what the margins need, and upos the tags it read:
	// the margins come from it unless the sentence's parse has retagged
	// a word since (syntaxOf's mends).
	tagging *nametagger.Tagging
	upos    []string
	scored  bool // spans and margins are set
	spans   []nametagger.ScoredSpan
	margins []float64
}

// taggerWords are the words of a sentence as the name tagger reads them:
// a hyphen standing alone between spaces, or opening a line, is the dash
// of a list's layout ("Finance - Ivo Dorn; Defence - Mara Lind", a line
// "- Petar Vuk, Tarsk mayor"), which the tagger, having learnt it as the
// hyphen inside a word, takes for a sign that no name is near; it reads
// it as the dash it stands for.
func (d *doc) taggerWords(x *syntax) []string {
	words := x.tree.Words
	copied := false
	for w, word := range words {
		if word != "-" {
			continue
		}
		i := x.token(w)
		if d.toks[i].text != "-" || !d.spacedDash(i) {
			continue
		}
		if !copied {
			words, copied = slices.Clone(words), true
		}
		words[w] = "—"
	}
	return words
}

// spacedDash reports whether token i, a hyphen, stands alone: white space
// (or the text's start) before it and white space after it.
func (d *doc) spacedDash(i int) bool {
	before := i == 0 || d.toks[i-1].end < d.toks[i].start
	after := i+1 >= len(d.toks) || d.toks[i+1].start > d.toks[i].end
	return before && after
}

// nameTagging reads sentence si's names once, and their margins once
// where scored asks for them.
func (d *doc) nameTagging(si int, x *syntax, scored bool) *nameTags {
	if d.nameTags == nil {
		d.nameTags = map[int]*nameTags{}
	}
	tags := d.nameTags[si]
	switch {
	case tags == nil && !scored:
		tagging := nametagger.Default().TagKept(d.taggerWords(x), x.tree.UPOS)
		tags = &nameTags{names: tagging.Names, tagging: tagging, upos: slices.Clone(x.tree.UPOS)}
	case scored && tags != nil && !tags.scored && slices.Equal(tags.upos, x.tree.UPOS):
		tags.scored = true
		tags.spans, tags.margins = tags.tagging.Margins()
		tags.tagging = nil
	case scored && (tags == nil || !tags.scored):
		tags = &nameTags{scored: true}
		tags.spans, tags.margins = nametagger.Default().TagMargins(d.taggerWords(x), x.tree.UPOS)
		for _, s := range tags.spans {
			tags.names = append(tags.names, s.Span)
		}
	}
	d.nameTags[si] = tags
	return tags
}

// partyBodyNounOf is the noun of a party's body that name head w modifies
// ("the Civic Renewal movement": "movement"), which stands in the tree
// for the name; else w.
func (x *syntax) partyBodyNounOf(w int) int {
	if h := x.head(w); x.rel(w) == "compound" && h >= 0 && partyBodyNouns[strings.ToLower(x.tree.Words[h])] {
		return h
	}
	return w
}

// foundingVerbsOn are the verbs that may found what word n names: the verb
// n is the object or the passive subject of ("launched the Unity Front",
// "the Unity Front was founded by X"), and the participles that hang on n
// ("the Unity Front, founded in 2019"). Which of them found is the
// "founded" cues' to say.
func (x *syntax) foundingVerbsOn(n int) []int {
	var out []int
	if h := x.head(n); h >= 0 && (x.baseRel(n) == "obj" || x.rel(n) == "nsubj:pass") {
		out = append(out, h)
	}
	return append(out, x.childrenWith(n, "acl")...)
}

// founderNamed reports a person that verb v names as its doer: its
// subject ("Ivo Dorn launched", "Ivo Dorn, who founded") or its agent
// ("founded by Ivo Dorn"). Politicians found parties; a body founded by
// no one named ("the Metalworkers Union, founded in 1920") may be a
// union or a club as well.
func (d *doc) founderNamed(si int, x *syntax, v int) bool {
	for _, c := range x.childrenWith(v, "nsubj", "obl:agent", "obl") {
		switch {
		case x.rel(c) == "nsubj" && d.subjectLeader(si, x, v, c) >= 0,
			x.baseRel(c) == "obl" && (x.rel(c) == "obl:agent" || x.caseOf(c) == "by") && d.agentPerson(si, x, c) >= 0:
			return true
		}
	}
	return false
}
