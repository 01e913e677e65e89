package extract

import (
	"slices"

	"github.com/polgraph/polgraph"
)

// namesakeSurnames links a surname alone that two or more persons of the
// article share ("Lindgren" after "Ada Lindgren" and "Piet Lindgren") to
// the one of them named last before it, as a reader takes it, instead of
// leaving it a person of its own whose id every other article's Lindgren
// would share, and with an honorific to the last of them the article does
// not show to be of the other gender. A surname before any of them is
// named stays as it was, and one the story gave a person before naming a
// namesake stays that person's (surnameHolder).
func (d *doc) namesakeSurnames() {
	bySurname := map[string][]int{}
	for ei, e := range d.ents {
		if w := personWords(e); e.kind == polgraph.KindPerson && len(w) >= 2 {
			bySurname[w[len(w)-1]] = append(bySurname[w[len(w)-1]], ei)
		}
	}
	for ei, e := range d.ents {
		w := personWords(e)
		if e.kind != polgraph.KindPerson || e.gaz != nil || len(w) != 1 || len(bySurname[w[0]]) < 2 {
			continue
		}
		for _, mi := range append([]int(nil), e.ments...) {
			cands := bySurname[w[0]]
			if m := &d.ments[mi]; m.first > 0 {
				if g := honorificGender(d.toks[m.first-1].lower); g != genderUnknown {
					// "Mr Zuma" is none of the namesakes the article shows a woman
					cands = slices.DeleteFunc(slices.Clone(cands), func(c int) bool { return d.readGender(c) == opposite(g) })
				}
			}
			to := d.surnameHolder(cands, d.ments[mi].start, w[0])
			if to < 0 {
				to = d.lastNamedBefore(cands, d.ments[mi].start, w[0])
			}
			if to >= 0 && d.ments[mi].ent == ei {
				d.moveMention(mi, to)
				d.ents[to].addSurface(d.surfaceOf(&d.ments[mi]))
			}
		}
	}
}

// lastNamedBefore is the entity among ents with the last named mention
// that starts before offset at, or -1; given a surname, the last mention
// that ends in it: a namesake the story calls by the given name alone
// ("Tomas" beside his father "Andras Varga") is not the one it calls by
// the surname.
func (d *doc) lastNamedBefore(ents []int, at int, surname string) int {
	best, bestStart := -1, -1
	for _, ei := range ents {
		for _, mi := range d.ents[ei].ments {
			if m := &d.ments[mi]; m.named() && m.start < at && m.start > bestStart && (surname == "" || d.toks[m.last-1].lower == surname) {
				best, bestStart = ei, m.start
			}
		}
	}
	return best
}

// surnameHolder is the one of ents that the story called by surname
// alone, before offset at, while no other of ents was yet named: "Arjun
// Mehta ... Mehta, 53, also won ... His sister, Priya Mehta, lost ...
// Mehta told reporters": the press names a namesake brought in later by
// her given name, and the surname stays with the one who had it, unless
// the story goes on to call that one by the given name. Else -1.
func (d *doc) surnameHolder(ents []int, at int, surname string) int {
	first := make([]int, len(ents)) // where each is first named, or -1
	for k, ei := range ents {
		first[k] = -1
		for _, mi := range d.ents[ei].ments {
			if m := &d.ments[mi]; m.named() && (first[k] < 0 || m.start < first[k]) {
				first[k] = m.start
			}
		}
	}
	namedBefore := func(ei, at int) bool { // another of ents named before offset at
		for k, o := range ents {
			if o != ei && first[k] >= 0 && first[k] < at {
				return true
			}
		}
		return false
	}
	holder := -1
	for _, ei := range ents {
		for _, mi := range d.ents[ei].ments {
			m := &d.ments[mi]
			if !m.named() || m.start >= at || m.last-m.first != 1 || d.toks[m.first].lower != surname || namedBefore(ei, m.start) {
				continue
			}
			if holder >= 0 && holder != ei {
				return -1
			}
			holder = ei
		}
	}
	if holder >= 0 && d.calledByGivenName(holder) {
		return -1 // "Elio Marr, 6, ... Elio waved ... his father, Tomas Marr ... Marr": the story moved the boy to his given name
	}
	return holder
}

// calledByGivenName reports whether the story calls person ei by the
// given name alone somewhere.
func (d *doc) calledByGivenName(ei int) bool {
	w := personWords(d.ents[ei])
	return len(w) >= 2 && slices.ContainsFunc(d.ents[ei].ments, func(mi int) bool {
		m := &d.ments[mi]
		return m.named() && m.last-m.first == 1 && foldWord(d.toks[m.first].lower) == w[0]
	})
}
