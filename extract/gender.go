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
