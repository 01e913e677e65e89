package extract

import (
	"strings"

	"github.com/polgraph/polgraph"
)

// A person's grammatical gender, as far as the article shows it, keeps
// "Orlov accepted her resignation" from making Orlov resign: "her" is not
// a man the text calls Stefan or Mr.
const (
	genderUnknown = iota
	genderMale
	genderFemale
)

// maleNames and femaleNames are common given names whose gender is not in
// doubt; names used for both ("Kim", "Andrea", "Nicola") are in neither.
var maleNames = wordSet("male_names.txt")

var femaleNames = wordSet("female_names.txt")

// pronounGender is the gender a third-person singular pronoun asks for.
func pronounGender(w string) int {
	switch w {
	case "he", "him", "his", "himself":
		return genderMale
	case "she", "her", "hers", "herself":
		return genderFemale
	}
	return genderUnknown
}

// genderOf is what the article shows of person ei's gender: an honorific
// before a mention ("Mr", "Mrs"), else a given name's. It is read once per
// entity: a long article asks for it at every pronoun.
func (d *doc) genderOf(ei int) int {
	if d.genders == nil {
		d.genders = map[int]int{}
	}
	if g, ok := d.genders[ei]; ok {
		return g
	}
	g := d.readGender(ei)
	d.genders[ei] = g
	return g
}

func (d *doc) readGender(ei int) int {
	e := d.ents[ei]
	if e.kind != polgraph.KindPerson {
		return genderUnknown
	}
	for _, mi := range e.ments {
		m := &d.ments[mi]
		if !m.named() {
			continue
		}
		if m.first > 0 {
			w := d.toks[m.first-1].lower
			if g := honorificGender(w); g != genderUnknown {
				return g
			}
			switch w {
			case "king", "prince":
				return genderMale
			case "queen", "princess":
				return genderFemale
			}
		}
	}
	for _, s := range e.surfaces {
		first, _, _ := strings.Cut(strings.ToLower(s), " ")
		switch {
		case maleNames[first]:
			return genderMale
		case femaleNames[first]:
			return genderFemale
		}
	}
	for _, mi := range e.ments {
		if m := &d.ments[mi]; m.named() {
			if g := d.nounGender(m); g != genderUnknown {
				return g
			}
		}
	}
	return genderUnknown
}

// nounGender is the gender a noun for a person set beside named mention m
// says: right before it ("businesswoman Sela Varn", "his widow, Sela
// Varn") or in the apposition after it ("Ayo Benneh, the party's
// chairwoman,", "Kim Tavor, a father of three,"); not a noun that goes
// on into a clause ("Kim Tavor, his wife said").
func (d *doc) nounGender(m *mention) int {
	s := &d.sents[m.sent]
	before := m.first - 1
	if before > s.first && d.toks[before].text == "," {
		before--
	}
	if before >= s.first {
		if g := genderWord(genderedNouns[d.toks[before].lower]); g != genderUnknown {
			return g
		}
	}
	if m.last+1 >= s.last || d.toks[m.last].text != "," {
		return genderUnknown
	}
	for k := m.last + 1; k < s.last && k < m.last+8; k++ {
		t := d.toks[k].lower
		if t == "," || t == "." || t == ";" || t == "who" || t == "whose" || t == "which" {
			return genderUnknown
		}
		g := genderWord(genderedNouns[t])
		if g == genderUnknown {
			continue
		}
		if k+1 < s.last && !appositionEnds[d.toks[k+1].lower] {
			return genderUnknown // "Kim Tavor, his wife said", "the widow's lawyer"
		}
		return g
	}
	return genderUnknown
}

// appositionEnds may follow the noun of an apposition: its end, or the
// preposition of its complement ("the widow of", "a businesswoman from
// Tarsk").
var appositionEnds = set(", . ; : of to and from in at for with")

// genderWord is the gender a table's value names.
func genderWord(v string) int {
	switch v {
	case "male":
		return genderMale
	case "female":
		return genderFemale
	}
	return genderUnknown
}

// agrees reports whether a pronoun of gender g can stand for person ei.
func (d *doc) agrees(g, ei int) bool {
	if g == genderUnknown {
		return true
	}
	eg := d.genderOf(ei)
	return eg == genderUnknown || eg == g
}
