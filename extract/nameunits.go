package extract

import (
	"strings"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/parse"
)

// partedNames are the names of sentence si that tree t parts: two or more
// of a name's words hang on words outside it ("Rights" the subject and
// "Watch" a possessor in "Human Rights Watch's director said"). Read as
// one word each, they parse as the names they are (parse.CompleteUnits).
func (d *doc) partedNames(si int, x *syntax, t *parse.Tree) []parse.Unit {
	var units []parse.Unit
	for mi := range d.ments { // sentMents is not yet built while names resolve
		m := &d.ments[mi]
		if m.sent != si || !m.named() {
			continue
		}
		from, to := x.at(m.first), len(t.Words)
		if m.last < d.sents[si].last {
			to = x.at(m.last)
		}
		if from < 0 || to-from < 2 || overlapsUnit(units, from, to) {
			continue
		}
		exits := 0
		for w := from; w < to; w++ {
			if h := t.Head[w]; h < from || h >= to {
				exits++
			}
		}
		if exits > 1 {
			units = append(units, parse.Unit{From: from, To: to, Head: nameHead(t, m.kind, from, to)})
		}
	}
	return units
}

// nameHead is the word that heads a name of kind among words [from, to)
// as the treebank heads one: a person's first name ("Ana Holm"), else the
// word before "of" or "for" ("Court of Electoral Justice"), else the last
// ("Human Rights Watch").
func nameHead(t *parse.Tree, kind string, from, to int) int {
	if kind == polgraph.KindPerson {
		return from
	}
	for w := from + 1; w < to; w++ {
		if l := strings.ToLower(t.Words[w]); l == "of" || l == "for" {
			return w - 1
		}
	}
	return to - 1
}

// overlapsUnit reports whether words [from, to) overlap a unit of us.
func overlapsUnit(us []parse.Unit, from, to int) bool {
	for _, u := range us {
		if from < u.To && u.From < to {
			return true
		}
	}
	return false
}
