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
var maleNames = set(
	"aaron abdul abdullah adam adrian ahmad ahmed alan albert alex alexander alexei alfred ali anthony antonio andrew andrei andreas arthur",
	"barack ben benjamin bernard bill bob boris brad brandon brian bruce carl carlos charles chris christopher colin craig dan daniel david dennis",
	"dmitry donald doug douglas ed edward emmanuel eric erik frank franz françois george gerald gordon greg gregor gregory hans harry henry howard hugh ian igor",
	"isaac ivan jack jacob james jason jeff jeffrey jim joe john johnny jon jonathan jose joseph josh joshua justin karl keith ken kenneth kevin larry",
	"lawrence leonard louis lucas luis marco mark martin matthew max michael miguel mike mohammed mohammad muhammad nathan neil nicholas nick nicolas",
	"olaf omar oscar patrick paul pedro peter philip pierre ralph raymond richard rick robert roger ronald ryan sam samuel scott sean sergei simon",
	"stefan stephen steve steven thomas tim timothy todd tom tony victor vincent vladimir walter william xavier yusuf ibrahim mahmoud khalid jamal",
	"hassan hussein rahul raj amit sanjay narendra vijay giuseppe giovanni luca francesco jürgen klaus wolfgang helmut friedrich heinrich ludwig jacques",
	"emile henri lars nils olav knut bjørn gunnar nelson desmond jomo julius yoweri marek tomas radovan pavel jan piotr viktor oleg mikhail yuri",
	"jonas andrzej miroslav teodor tomasz pawel jakub vaclav milos zoran dragan goran bogdan mihai ion radu florin dimitri giorgos",
	"kostas yannis nikos emre mehmet recep kemal ahmet mustafa hakan sven jens henrik mats ulf magnus matteo giorgio sergio mario",
	"enrico gabriel rishi keir volodymyr dmytro oleksandr andriy taras jagmeet mateusz krzysztof lukasz marcin wojciech",
)

var femaleNames = set(
	"alexandra alice alicia amanda amy ana angela anna anne ashley barbara carol caroline catherine charlotte christine claire deborah diana elizabeth",
	"emily emma eva fatima aisha helen hillary jane janet jennifer jessica julia karen kate katherine kelly kristen laura linda lisa maria mariana",
	"mary melissa michelle nancy natalia olivia pamela patricia rachel rebecca rose ruth sandra sarah sharon sophie susan gloria sophia sofia lydia",
	"claudia cynthia victoria cecilia amelia emilia silvia sylvia sonia nadia lucia antonia gabriela mia priya marie isabelle ingrid astrid liz beth",
	"betty katie katy jenny becky chloe zoe ella grace lily ruby isla poppy holly elena mirela irina olga svetlana tatiana ilona ilsa katrin corinne",
	"tessa jana dana mira petra harriet margaret theresa angelika ursula giorgia marine ségolène nicole brigitte hanna hannah agnieszka beata ewa",
	"ilse inge helga greta birgit karin kirsten annika agnes beatrix zuzana katarzyna magdalena joanna marta lenka irena milena ivana",
	"vesna daniela simona ioana mihaela andreea raluca oana alina ines carmen pilar giulia francesca chiara paola federica valentina",
	"alessandra elisa sara camille chantal sylvie valérie nathalie hélène annalena svenja sahra saskia mette sanna jacinda kemi",
)

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
