package extract

import (
	"slices"

	"github.com/polgraph/polgraph"
)

// spelledOutAcronyms joins a body's name and the acronym the article puts
// in brackets after it ("the Social Democratic Party (SPD)", "the National
// Renewal Party (NRP)"): the writer says they are one thing, whether or not
// the letters are the name's initials (a party's acronym is often of its
// name in its own language). Where one of the two is a known entity and the
// other is not, the known one keeps them both; two known entities stay
// apart, as the brackets cannot undo the gazetteer.
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
		case name.gaz == nil:
			d.mergeEntity(d.ments[ni].ent, m.ent)
		case acro.gaz == nil:
			d.mergeEntity(m.ent, d.ments[ni].ent)
		}
	}
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
