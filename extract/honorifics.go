package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// honorificGender is the gender a title before a surname gives: "Ms Zuma"
// and "Smt. Rao" are women (data/words/gendered_honorifics.tsv).
func honorificGender(w string) int {
	return genderWord(genderedHonorifics[strings.TrimSuffix(w, ".")])
}

var genderedHonorifics = wordTable("gendered_honorifics.tsv", "male", "female")

// honorificSurnames links a surname with a gendered honorific ("Ms Zuma"),
// taken alone or for a person whose given name says the other gender
// (Jacob Zuma), to the one person of that surname the article names whose
// given name does not say the other gender (Dudu Zuma). A surname alone
// cannot tell two namesakes apart; its honorific can. Where two remain,
// the surname is left as it was; where none does, and the person it was
// taken for is of the other gender ("Mr Haidari" beside Salma Haidari
// only), it names a person of its own: a relative the article does not
// name in full.
func (d *doc) honorificSurnames() {
	unnamed := map[string]int{} // gender and surname -> the person an honorific alone names
mentions:
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.ent < 0 || m.first == 0 || m.last-m.first != 1 || d.ents[m.ent].kind != polgraph.KindPerson {
			continue
		}
		g := honorificGender(d.toks[m.first-1].lower)
		surname := foldWord(d.toks[m.first].bare())
		if cur := d.ents[m.ent]; g == genderUnknown || len(personWords(cur)) >= 2 && d.fullNameGender(m.ent) != opposite(g) {
			// no honorific, or already a full name it fits; one whose
			// gender the article does not show yields to the one namesake
			// it shows to be of the honorific's ("Ms Varga" beside Tomas
			// Varga and "his daughter Dina Varga")
			if g != genderUnknown && d.fullNameGender(m.ent) == genderUnknown {
				if o := d.namesakeOfGender(m.ent, surname, g); o >= 0 {
					d.moveMention(mi, o)
				}
			}
			continue
		}
		other := -1
		for ei, e := range d.ents {
			words := personWords(e)
			if ei == m.ent || e.kind != polgraph.KindPerson || len(words) < 2 || words[len(words)-1] != surname || d.fullNameGender(ei) == opposite(g) {
				continue
			}
			if other >= 0 {
				// two namesakes it may be: the one the article shows to
				// be of that gender, if one is, else which is not said
				if o := d.namesakeOfGender(m.ent, surname, g); o >= 0 {
					d.moveMention(mi, o)
				}
				continue mentions
			}
			other = ei
		}
		if other < 0 && d.fullNameGender(m.ent) == opposite(g) {
			key := fmt.Sprint(g, surname)
			if _, ok := unnamed[key]; !ok {
				d.ents = append(d.ents, &entity{kind: polgraph.KindPerson, name: d.surfaceOf(m), words: []string{surname}})
				unnamed[key] = len(d.ents) - 1
			}
			other = unnamed[key]
		}
		if other >= 0 {
			d.moveMention(mi, other)
		}
	}
}

// genderedNouns are the nouns of kin and roles that say the gender of the
// person named right after them (data/words/gendered_nouns.tsv).
var genderedNouns = wordTable("gendered_nouns.tsv", "male", "female")

// fullNameGender is the gender of person ei as its given name says, else
// as a noun of kin or role right before a mention of its full name does
// ("his daughter Dina Varga"), or genderUnknown.
func (d *doc) fullNameGender(ei int) int {
	if g := givenNameGender(d.ents[ei]); g != genderUnknown {
		return g
	}
	for _, mi := range d.ents[ei].ments {
		m := &d.ments[mi]
		if m.last-m.first < 2 || !m.named() {
			continue
		}
		at := m.first - 1
		if m.office != nil && m.officeStart >= 0 && m.officeStart < m.first {
			at = m.officeStart - 1 // "his son, former minister Ivo Varga"
		}
		if at < d.sents[m.sent].first {
			continue
		}
		switch genderedNouns[d.toks[at].lower] {
		case "male":
			return genderMale
		case "female":
			return genderFemale
		}
	}
	return genderUnknown
}

// namesakeOfGender is the one person other than ei named in full with
// surname whom the article shows to be of gender g, or -1 where none or
// several are.
func (d *doc) namesakeOfGender(ei int, surname string, g int) int {
	found := -1
	for o, e := range d.ents {
		words := personWords(e)
		if o == ei || e.kind != polgraph.KindPerson || len(words) < 2 || words[len(words)-1] != surname || d.fullNameGender(o) != g {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = o
	}
	return found
}

// personWords are the lowercase words of a person's name, whether the
// gazetteer or the article gave it.
func personWords(e *entity) []string {
	if len(e.words) > 0 {
		return e.words
	}
	return lowerWords(e.name)
}

// opposite is the other of two genders.
func opposite(g int) int {
	if g == genderMale {
		return genderFemale
	}
	return genderMale
}

// givenNameGender is the gender of a person's given name, if the lists
// know it.
func givenNameGender(e *entity) int { return wordsGender(personWords(e)) }

// wordsGender is the gender of the given name that opens a person's
// lowercase name words, if the lists know it.
func wordsGender(words []string) int {
	if len(words) == 0 {
		return genderUnknown
	}
	switch first := words[0]; {
	case maleNames[first]:
		return genderMale
	case femaleNames[first]:
		return genderFemale
	}
	return genderUnknown
}

// moveMention links mention mi to entity ei instead of its own.
func (d *doc) moveMention(mi, ei int) {
	m := &d.ments[mi]
	old := d.ents[m.ent]
	old.ments = slices.DeleteFunc(old.ments, func(x int) bool { return x == mi })
	m.ent = ei
	e := d.ents[ei]
	e.ments = append(e.ments, mi)
	slices.Sort(e.ments)
}
