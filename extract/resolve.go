package extract

import (
	"slices"
	"strings"

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
}

func (e *entity) addSurface(s string) {
	if !slices.Contains(e.surfaces, s) {
		e.surfaces = append(e.surfaces, s)
	}
}

// named reports whether the entity has a named mention.
func (d *doc) hasNamed(e *entity) bool {
	for _, mi := range e.ments {
		if d.ments[mi].named() {
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
	return d.text[m.start:m.end]
}

// resolve groups mentions into entities: gazetteer entries by id, names by
// their words, surnames and acronyms to the unique full name that has them.
func (d *doc) resolve() {
	home := d.homeCountry()
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
	for mi := range d.ments {
		m := &d.ments[mi]
		if len(m.matches) == 0 {
			continue
		}
		match := pickMatch(m.matches, home)
		m.kind, m.via = match.Entry.Kind, match.Via
		if match.Via == "metonym" && (placePrepositions[d.prevWord(m.first, m.sent)] || d.sents[m.sent].dateline) {
			// "in Beijing" is the city; "Beijing said" is the state
			name := d.surfaceOf(m)
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
		if len(d.ments[mi].matches) == 0 {
			order = append(order, mi)
		}
	}
	nameWords := func(m *mention) []string {
		var w []string
		for _, t := range d.toks[m.first:m.last] {
			if t.kind == tokWord {
				w = append(w, t.bare())
			}
		}
		return w
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ma, mb := &d.ments[a], &d.ments[b]
		return (mb.last - mb.first) - (ma.last - ma.first) // longer names first
	})
	for _, mi := range order {
		m := &d.ments[mi]
		words := nameWords(m)
		if len(words) == 0 {
			continue
		}
		key := strings.Join(words, " ")
		// an earlier entity of the same name (of any kind group) wins
		if ei, ok := d.findByWords(words, m); ok {
			d.link(mi, ei)
			continue
		}
		ei := get("name:"+kindGroup(m.kind)+":"+key, m.kind, d.surfaceOf(m), nil)
		e := d.ents[ei]
		e.words = words
		e.weak = !m.strong
		d.link(mi, ei)
	}
	d.finishEntities()
}

// findByWords finds the entity a name refers to: the same words, or the
// unique longer person name that ends or starts with them ("Dong" ->
// "Han Dong"), or the organisation an acronym abbreviates.
func (d *doc) findByWords(words []string, m *mention) (int, bool) {
	key := strings.Join(words, " ")
	var same, suffix, prefix, acro []int
	for ei, e := range d.ents {
		if e.words == nil && e.gaz == nil {
			continue
		}
		ew := e.words
		if e.gaz != nil {
			ew = lowerWords(e.name)
		}
		if strings.Join(ew, " ") == key && (kindGroup(e.kind) == kindGroup(m.kind) || !m.strong || e.weak) {
			same = append(same, ei)
			continue
		}
		if len(words) < len(ew) && e.kind == polgraph.KindPerson && !d.toks[m.first].allCaps {
			if slices.Equal(ew[len(ew)-len(words):], words) {
				suffix = append(suffix, ei)
			} else if slices.Equal(ew[:len(words)], words) {
				prefix = append(prefix, ei)
			}
		}
		if len(words) >= 2 && kindGroup(e.kind) == "org" && kindGroup(m.kind) == "org" && d.suffixOfSurface(e, words) {
			suffix = append(suffix, ei)
		}
		if len(words) == 1 && m.last-m.first == 1 && d.toks[m.first].allCaps && kindGroup(e.kind) == "org" && initials(e.name) == strings.ToLower(d.toks[m.first].bare()) {
			acro = append(acro, ei)
		}
	}
	for _, c := range [][]int{same, suffix, acro} {
		if len(c) == 1 {
			return c[0], true
		}
	}
	if len(prefix) == 1 && len(suffix) == 0 && (m.kind == polgraph.KindPerson) {
		return prefix[0], true
	}
	return 0, false
}

// suffixOfSurface reports whether words end one of the entity's names
// ("Foreign Ministry" of "French Foreign Ministry").
func (d *doc) suffixOfSurface(e *entity, words []string) bool {
	for _, s := range append([]string{e.name}, e.surfaces...) {
		w := lowerWords(s)
		if len(w) > len(words) && slices.Equal(w[len(w)-len(words):], words) {
			return true
		}
	}
	return false
}

// lowerWords splits a name into lowercase words without periods.
func lowerWords(name string) []string {
	var w []string
	for f := range strings.FieldsSeq(strings.ToLower(name)) {
		f = strings.ReplaceAll(f, ".", "")
		f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")
		if f != "" {
			w = append(w, f)
		}
	}
	return w
}

// initials are the lowercase first letters of a name's capitalised words
// ("Prime Minister's Office" -> "pmo").
func initials(name string) string {
	var b strings.Builder
	for f := range strings.FieldsSeq(name) {
		if f == "" || connectors[strings.ToLower(f)] || strings.ToLower(f) == "and" || strings.ToLower(f) == "the" || strings.ToLower(f) == "for" {
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
	}
	if m.strong && e.weak && m.via == "run" {
		e.kind, e.weak = m.kind, false
	}
	if e.weak && m.kind == polgraph.KindPerson {
		e.kind = polgraph.KindPerson
	}
	if m.office != nil && e.kind == polgraph.KindPerson && !slices.Contains(e.offices, m.office) {
		e.offices = append(e.offices, m.office)
	}
}

// homeCountry is the country the article is most about: the one its
// unambiguous mentions name most often. Shared names ("Liberal Party",
// "House of Commons") are read as that country's.
func (d *doc) homeCountry() string {
	count := map[string]int{}
	best, bestN := "", 0
	for _, m := range d.ments {
		if len(m.matches) != 1 {
			continue
		}
		c := m.matches[0].Entry.Country
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

// pickMatch chooses among a shared surface's readings: the home country's
// first, then names over aliases over demonyms.
func pickMatch(ms []gazetteer.Match, home string) gazetteer.Match {
	best := ms[0]
	score := func(m gazetteer.Match) int {
		s := 0
		if home != "" && m.Entry.Country == home {
			s += 10
		}
		switch m.Via {
		case "name":
			s += 3
		case "alias", "acronym":
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

// finishEntities fills ids and canonical names of the entities made from names.
func (d *doc) finishEntities() {
	for _, e := range d.ents {
		if e.gaz != nil {
			continue
		}
		// the fullest surface is the name
		for _, s := range e.surfaces {
			if len(lowerWords(s)) > len(lowerWords(e.name)) {
				e.name = s
			}
		}
		e.name = cleanName(e.name)
		e.id = gazetteer.ID(e.kind, e.name)
	}
}

// cleanName drops a possessive and surrounding punctuation from a name.
func cleanName(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	return strings.Trim(s, " ,.;:\"“”‘’'()")
}
