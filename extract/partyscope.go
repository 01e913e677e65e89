package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// Two countries may each have a party of one name ("Labour Party"), and one
// article may name both. A mention of such a party belongs to the country
// its own words or its neighbours attribute it to: "Kelmora's Labour
// Party", "the Labour Party of Orvania", "a Kelmoran MP for the Labour
// Party"; a mention without such a cue is the one named last before it.

// partyScope is, for a mention of a party no list knows, the words of its
// name without the country that qualifies it and the key of that country
// (a known country's code in lower case, else the slug of the name the
// article gives it), or the words and "" where nothing qualifies it. A
// state body of a name every country uses ("the Human Rights Commission
// of Malaysia", "Kenya's Electoral Commission") is scoped so too.
func (d *doc) partyScope(m *mention, words []string) ([]string, string) {
	if m.kind != polgraph.KindParty && (m.kind != polgraph.KindOrganization || !genericBodyName(strings.Join(words, " "))) {
		return words, ""
	}
	if k := slices.Index(words, "of"); k >= 2 && k+1 < len(words) && cues.partyHeads[words[k-1]] {
		// "Labour Party of Orvania": the run went on through a place no
		// list knows (a known one ends it and is read below); "Party of
		// National Unity" is a name of its own
		return words[:k], gazetteer.Slug(strings.Join(words[k+1:], " "))
	}
	if o := d.ownerBefore(m); o != nil {
		return words, d.countryKey(o)
	}
	if o := d.countryAfterOf(m); o != nil {
		return words, d.countryKey(o)
	}
	if o := d.mentionBefore(m.first); o != nil && o.via == "demonym" && m.kind == polgraph.KindParty && d.countryNamed(o) != "" {
		// "Belgian Socialist MEP Ivo Dorn", "the Dutch Greens": the
		// nationality's party, wherever the story is filed
		return words, d.countryKey(o)
	}
	return words, ""
}

// ownerBefore is the mention of a state that owns mention m by a
// possessive ("Kelmora's Labour Party", "Britain's Labour Party"), or nil.
func (d *doc) ownerBefore(m *mention) *mention {
	if m.first < 2 || d.toks[m.first-1].lower != "'s" && d.toks[m.first-1].lower != "’s" {
		return nil
	}
	o := d.mentionBefore(m.first - 1)
	if o == nil {
		return nil
	}
	if d.countryNamed(o) != "" || len(o.matches) == 0 && d.stateOwner(o.first, o.last) {
		return o
	}
	return nil
}

// countryAfterOf is the mention of a known state that "of" or "in" after
// mention m names ("the Labour Party of New Zealand", "the Democratic
// Party in the United States"), or nil.
func (d *doc) countryAfterOf(m *mention) *mention {
	i := m.last
	if i+1 >= len(d.toks) || d.toks[i].lower != "of" && d.toks[i].lower != "in" {
		return nil
	}
	if d.toks[i+1].lower == "the" {
		i++
	}
	if o := d.mentionStartingAt(i + 1); o != nil && d.countryNamed(o) != "" {
		return o
	}
	return nil
}

// countryKey is the scope key of the state mention o names: its code, or
// the slug of a name no list knows.
func (d *doc) countryKey(o *mention) string {
	if c := d.countryNamed(o); c != "" {
		return strings.ToLower(c)
	}
	return gazetteer.Slug(cleanName(d.surfaceOf(o)))
}

// mentionEdges finds mentions by their first and last tokens, and a
// sentence's mentions, without a scan of all of them per question.
type mentionEdges struct {
	byFirst, byLast map[int]int
	bySent          map[int][]int
}

func (d *doc) mentionEdges() *mentionEdges {
	if d.edges == nil {
		e := &mentionEdges{byFirst: map[int]int{}, byLast: map[int]int{}, bySent: map[int][]int{}}
		for mi := range d.ments {
			m := &d.ments[mi]
			e.byFirst[m.first], e.byLast[m.last] = mi, mi
			e.bySent[m.sent] = append(e.bySent[m.sent], mi)
		}
		d.edges = e
	}
	return d.edges
}

// mentionBefore is the mention whose last token is last-1, or nil.
func (d *doc) mentionBefore(last int) *mention {
	if mi, ok := d.mentionEdges().byLast[last]; ok {
		return &d.ments[mi]
	}
	return nil
}

// mentionStartingAt is the mention whose first token is first, or nil.
func (d *doc) mentionStartingAt(first int) *mention {
	if mi, ok := d.mentionEdges().byFirst[first]; ok {
		return &d.ments[mi]
	}
	return nil
}

// localCountry is the known country a mention of a shared party name
// (several countries' "Labour Party") is attributed to: a possessive
// before it, "of" or "in" after it, else the last state (or demonym) the
// sentence names before it; "" where none is. A place gives its country,
// "|" and its name, for the parties of a territory ("Hong Kong's
// Democratic Party").
func (d *doc) localCountry(m *mention) string {
	o := d.ownerBefore(m)
	if o == nil {
		o = d.countryAfterOf(m)
	}
	if o != nil {
		if e := o.matches; len(e) == 1 && e[0].Entry.Kind == polgraph.KindPlace {
			return placeScope(e[0].Entry)
		}
		return d.countryNamed(o)
	}
	if slices.ContainsFunc(m.matches, func(g gazetteer.Match) bool { return g.Entry.Kind == polgraph.KindCountry && g.Via != "metonym" }) {
		// a state is no other state's: "The United States suspended its
		// partnership with Georgia" names the country, not the US state
		// of that name, which only an owner ("the US state of Georgia")
		// makes it; a capital is its state's ("met her British
		// counterpart in London": the capital, not London, Ontario)
		return ""
	}
	c := ""
	for _, mi := range d.mentionEdges().bySent[m.sent] {
		if o := &d.ments[mi]; o.last <= m.first {
			if k := d.countryNamed(o); k != "" && len(o.matches) == 1 && o.matches[0].Entry.Kind == polgraph.KindCountry {
				c = k // "a British MP for the Labour Party"
			}
		}
	}
	if c == "" {
		c = d.countryItActsIn(m) // "The Liberal Party won in Canada"
	}
	return c
}

// countryItActsIn is the known country that an "in" phrase of the verb
// whose subject mention m is names ("The Liberal Party won in Canada,
// while in Australia the Liberal Party lost": Canada's), or "".
func (d *doc) countryItActsIn(m *mention) string {
	x := d.syntaxOf(m.sent)
	if x == nil {
		return ""
	}
	w := x.spanHead(m.first, m.last)
	if w < 0 || x.baseRel(w) != "nsubj" || x.head(w) < 0 {
		return ""
	}
	for _, c := range x.childrenWith(x.head(w), "obl") {
		if x.caseOf(c) != "in" {
			continue
		}
		t := x.token(c)
		for _, mi := range d.mentionEdges().bySent[m.sent] {
			if o := &d.ments[mi]; o.first <= t && t < o.last && len(o.matches) == 1 && o.matches[0].Entry.Kind == polgraph.KindCountry {
				return d.countryNamed(o)
			}
		}
	}
	return ""
}

// qualifiedBody is the one gazetteer reading of tokens [j, k) as a party
// or a body of the country or territory that ms, the readings of the
// words before them, name ("Hong Kong Democratic Party", "Brazilian
// Workers' Party", "U.S. Treasury Department"): a form several
// countries' parties or bodies share, which the name qualifies as a
// possessive would; nil where none or several are. A capital is no
// qualifier: "Washington Democratic Party" is the state's.
func (d *doc) qualifiedBody(j, k int, ms []gazetteer.Match) []gazetteer.Match {
	if j >= k || !d.contiguous(j, k) {
		return nil
	}
	var out []gazetteer.Match
	for _, p := range d.x.gaz.Lookup(d.text[d.toks[j].start:d.toks[k-1].end]) {
		if p.Entry.Kind != polgraph.KindParty && p.Entry.Kind != polgraph.KindOrganization || slices.ContainsFunc(out, func(o gazetteer.Match) bool { return o.Entry == p.Entry }) {
			continue
		}
		for _, q := range ms {
			if q.Via != "metonym" && ofLocal(p.Entry, placeScope(q.Entry)) {
				out = append(out, p)
				break
			}
		}
	}
	if len(out) != 1 {
		return nil
	}
	return out
}

// qualifiedName is the one reading qualifiedBody gives the run [i, k)
// whose first gn tokens the gazetteer reads as gm: the rest qualified by
// them ("Hong Kong" + "Democratic Party"), or by the state a shorter
// opening names where gm reads a longer one ("U.S." + "Treasury
// Department", where "U.S. Treasury" is a name too).
func (d *doc) qualifiedName(i, gn, k int, gm []gazetteer.Match) []gazetteer.Match {
	if pm := d.qualifiedBody(i+gn, k, gm); pm != nil {
		return pm
	}
	for n := gn - 1; n >= 1; n-- {
		qs := d.x.gaz.Lookup(d.text[d.toks[i].start:d.toks[i+n-1].end])
		if slices.ContainsFunc(qs, func(q gazetteer.Match) bool { return q.Entry.Kind == polgraph.KindCountry }) {
			return d.qualifiedBody(i+n, k, qs)
		}
	}
	return nil
}

// placeScope is the scope a country's or place's entry gives a party
// (localCountry): a country's code, or a place's country's code, "|" and
// its name (the territory of "Hong Kong's Democratic Party"); "" for other
// kinds.
func placeScope(e *gazetteer.Entry) string {
	switch e.Kind {
	case polgraph.KindCountry:
		return e.Country
	case polgraph.KindPlace:
		return e.Country + "|" + e.Name
	}
	return ""
}

// scopedParties are the entities of parties no list knows that a country
// qualifies and whose name, without it, is words.
func (d *doc) scopedParties(words []string) []int {
	var out []int
	for _, ei := range d.names.same[strings.Join(words, " ")] {
		if d.ents[ei].scope != "" && !slices.Contains(out, ei) {
			out = append(out, ei)
		}
	}
	return out
}

// pickScoped chooses among same-named parties of several countries for a
// mention that names no country itself: the one whose country the
// sentence names (or a demonym of it) before the mention, else the one of
// the country the sentence is set in (settingScope), else the one named
// last before it, else the first.
func (d *doc) pickScoped(cands []int, m *mention) int {
	if len(cands) == 1 {
		return cands[0]
	}
	s := &d.sents[m.sent]
	best, bestAt := -1, -1
	for _, ei := range cands {
		for i := s.first; i < m.first; i++ {
			if i > bestAt && d.namesScope(i, d.ents[ei].scope) {
				best, bestAt = ei, i
			}
		}
	}
	if best >= 0 {
		return best
	}
	if sc := d.settingScope(m.sent); sc != "" {
		for _, ei := range cands {
			if d.ents[ei].scope == sc {
				return ei
			}
		}
	}
	if ei := d.lastNamedBefore(cands, m.start, ""); ei >= 0 {
		return ei
	}
	return cands[0]
}

// namesScope reports whether token i names the country of scope key: its
// name, or a word made from it ("Kelmoran"), or a known country's form.
func (d *doc) namesScope(i int, scope string) bool {
	w := d.toks[i].lower
	if w == scope && len(scope) > 2 {
		return true
	}
	if len(scope) > 2 && !strings.Contains(scope, "-") && slices.Contains(cues.demonymForms(scope), w) {
		return true
	}
	if len(scope) == 2 && d.toks[i].cap {
		for _, x := range d.x.gaz.Lookup(d.toks[i].text) {
			if x.Entry.Kind == polgraph.KindCountry && strings.EqualFold(x.Entry.Country, scope) {
				return true
			}
		}
	}
	return false
}

// datelineScope is the scope key of the country the dateline names: a
// known one's code, else the slug of a state no list knows that the
// dateline gives after its city ("VELMOR, Kelmora (Reuters) -"), else "".
func (d *doc) datelineScope() string {
	if c := d.datelineCountry(); c != "" {
		return strings.ToLower(c)
	}
	for _, e := range d.ents {
		if e.gaz != nil || e.kind != polgraph.KindCountry {
			continue
		}
		for _, mi := range e.ments {
			if d.sents[d.ments[mi].sent].dateline {
				return gazetteer.Slug(e.name)
			}
		}
	}
	return ""
}

// pluralParty reports whether mention m is a party named by its members
// in the plural ("the Social Liberals", "the Greens"): after "the", its
// last word the plural of a word kind_cues.tsv's plural cue lists.
func (d *doc) pluralParty(m *mention) bool { return d.pluralPartyRun(m.first, m.last) }

// pluralPartyRun is pluralParty for tokens [first, last).
func (d *doc) pluralPartyRun(first, last int) bool {
	if d.toks[first].lower == "the" && last-first > 1 {
		first++ // "The Greens" opening a sentence
	} else if first == 0 || d.toks[first-1].lower != "the" && (first < 2 || !partyAdjectives[d.toks[first-1].lower] || d.toks[first-2].lower != "the") {
		return false // not "the Greens", nor "the opposition Civic Democrats"
	}
	end := &d.toks[last-1]
	stem, ok := strings.CutSuffix(end.lower, "s")
	if !ok || !end.cap || end.allCaps {
		return false
	}
	for _, t := range d.toks[first:last] {
		if t.kind != tokWord || !t.cap {
			return false
		}
	}
	return cues.kind[[2]string{"plural", stem}] == polgraph.KindParty
}

// compoundParty reports whether the word after mention m is one kind_cues.tsv's
// compound cue lists ("two Workers' Front MPs"): the name is a party's.
func (d *doc) compoundParty(m *mention) bool {
	if m.last >= len(d.toks) || d.toks[m.last].kind != tokWord || m.last >= d.sents[m.sent].last {
		return false
	}
	w := d.toks[m.last].lower
	for _, sing := range []string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "ies") + "y"} {
		if cues.kind[[2]string{"compound", sing}] == polgraph.KindParty {
			return true
		}
	}
	return false
}

// compoundPlace reports whether the word after mention m is one
// kind_cues.tsv's "compound" cues give a place: "Tarsk mayor".
func (d *doc) compoundPlace(m *mention) bool {
	if m.last >= len(d.toks) || d.toks[m.last].kind != tokWord || m.last >= d.sents[m.sent].last {
		return false
	}
	return cues.kind[[2]string{"compound", d.toks[m.last].lower}] == polgraph.KindPlace
}

// typedNotParty is the kind the noun beside mention m gives it where its
// gazetteer reading is a party and the noun names another kind of body
// ("the rights group Svoboda", "Reform, a weekly newspaper"); else "".
func (d *doc) typedNotParty(m *mention, match gazetteer.Match) (string, bool) {
	if match.Entry.Kind != polgraph.KindParty {
		return "", false
	}
	k, media := d.nounBefore(m)
	if k == "" {
		k, media = d.nounAfter(m)
	}
	if k != polgraph.KindOrganization {
		return "", false // a person's apposition may follow the party of "X of the Civic Platform, a former governor"
	}
	if m.last < d.sents[m.sent].last && partyBodyNouns[d.toks[m.last].lower] || m.first > d.sents[m.sent].first && partyBodyNouns[d.toks[m.first-1].lower] {
		return "", false // "the ANO movement", "the opposition movement Hope": a noun parties bear too
	}
	if d.partyGroupBeside(m) {
		return "", false // "the main opposition coalition, the United Front": parties that run as one
	}
	if d.nounAfterModifiesRole(m) {
		return "", false // "Sinn Féin group leader Orla Keane": the party's group on a council, whose post she holds
	}
	return k, media
}

// nounAfterModifiesRole reports a noun right after mention m that itself
// modifies a party's post after it ("the Labour group leader", "Green
// group whip"): the post is the head, so the noun says nothing of what
// the name is.
func (d *doc) nounAfterModifiesRole(m *mention) bool {
	j := m.last
	return j+1 < d.sents[m.sent].last && d.toks[j].kind == tokWord && !d.toks[j].cap && partyRoles[d.toks[j+1].lower]
}

// partyBodyNouns call a party by what it is as well as other bodies ("the
// ANO movement").
var partyBodyNouns = wordSet("party_body_nouns.txt")
