package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// spelledOutAcronyms joins a body's name and the acronym the article puts
// in brackets after it ("the Social Democratic Party (SPD)", "the National
// Renewal Party (NRP)"): the writer says they are one thing, whether or not
// the letters are the name's initials (a party's acronym is often of its
// name in its own language). Where one of the two is a known entity and the
// other is not, the known one keeps them both, unless the known one is
// the acronym's and is named otherwise: "the People's Alliance (PA)"
// defines the article's own PA, not the Palestinian Authority; two known
// entities stay apart, as the brackets cannot undo the gazetteer.
func (d *doc) spelledOutAcronyms() {
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.ent < 0 || m.last-m.first != 1 || !d.parenthesised(m) || m.first < 2 || !d.shortNameReading(m) {
			continue
		}
		ni := d.mentionEndingAt(m.first-1, m.sent)
		if ni >= 0 && d.countryNamed(&d.ments[ni]) != "" {
			ni = d.bodyBeforeOf(ni) // "the Anti-Corruption Commission of Bhutan (ACC)"
		}
		if ni < 0 || d.ments[ni].ent < 0 || d.ments[ni].ent == m.ent {
			continue
		}
		name, acro := d.ents[d.ments[ni].ent], d.ents[m.ent]
		if kindGroup(name.kind) != "org" {
			continue
		}
		switch {
		case name.gaz == nil && name.scope != "" && acro.gaz == nil:
			d.mergeEntity(m.ent, d.ments[ni].ent) // the body keeps its country
		case name.gaz == nil && acro.gaz != nil && !namedAlike(acro.gaz, d.text[d.ments[ni].start:d.ments[ni].end]):
			d.mergeEntity(m.ent, d.ments[ni].ent)
		case name.gaz == nil:
			d.mergeEntity(d.ments[ni].ent, m.ent)
		case acro.gaz == nil:
			d.mergeEntity(m.ent, d.ments[ni].ent)
		}
	}
}

// namedAlike reports whether a form of entry e (its name or an alias) and
// the name an article spells out are one name with words left out: "Social
// Democratic Party" is the Social Democratic Party of Germany's, "People's
// Alliance" no name of the Palestinian Authority's.
func namedAlike(e *gazetteer.Entry, name string) bool {
	words := nameWordSet(name)
	for _, f := range append([]string{e.Name}, e.Aliases...) {
		fw := nameWordSet(f)
		if len(fw) > 0 && len(words) > 0 && (subset(words, fw) || subset(fw, words)) {
			return true
		}
	}
	return false
}

// nameWordSet is the set of a name's lowercase words, less the articles
// and connectors that spellings of one name drop or add ("the", "of").
func nameWordSet(name string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(name, "’", "'"))) {
		if w = strings.Trim(w, ".,()-"); w != "" && w != "the" && !connectors[w] {
			set[w] = true
		}
	}
	return set
}

// subset reports whether every word of a is in b.
func subset(a, b map[string]bool) bool {
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}

// shortNameReading reports whether the one-word mention m in brackets
// may be the short name of the body named before it: an acronym read as
// a body or with weak evidence of its kind, or a capitalised word no list
// knows, even one read as a person for want of context ("the Human Rights
// Commission of Malaysia (Suhakam)").
func (d *doc) shortNameReading(m *mention) bool {
	e := d.ents[m.ent]
	if d.toks[m.first].allCaps {
		return kindGroup(e.kind) == "org" || e.weak
	}
	return e.gaz == nil && (kindGroup(e.kind) == "org" || e.weak || e.kind == polgraph.KindPerson && len(e.surfaces) == 1)
}

// bodyBeforeOf is the named mention of a body that the country mention ci
// qualifies with "of" ("the Anti-Corruption Commission of Bhutan"), or -1.
func (d *doc) bodyBeforeOf(ci int) int {
	c := &d.ments[ci]
	i := c.first - 1
	if i > 0 && d.toks[i].lower == "the" {
		i--
	}
	if i < 1 || d.toks[i].lower != "of" {
		return -1
	}
	return d.mentionEndingAt(i, c.sent)
}

// mentionEndingAt is the named mention of sentence si whose last token is
// i-1, or -1.
func (d *doc) mentionEndingAt(i, si int) int {
	for mi := range d.ments {
		if m := &d.ments[mi]; m.sent == si && m.last == i && m.ent >= 0 && m.named() {
			return mi
		}
	}
	return -1
}

// mergeEntity moves every mention and surface of entity from into entity
// into, which leaves from no entity.
func (d *doc) mergeEntity(from, into int) {
	f, e := d.ents[from], d.ents[into]
	for _, mi := range f.ments {
		d.ments[mi].ent = into
		e.ments = append(e.ments, mi)
	}
	slices.Sort(e.ments)
	for _, s := range f.surfaces {
		e.addSurface(s)
	}
	if e.gaz == nil && e.kind != polgraph.KindParty && f.kind == polgraph.KindParty {
		e.kind = polgraph.KindParty // "the NRP" said nothing of a party; its name did
	}
	e.unsure = e.unsure && f.unsure
	f.kind, f.ments, f.surfaces = "", nil, nil
}
