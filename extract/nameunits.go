package extract

import (
	"strings"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/parse"
)

// partedNames are the names of sentence si that tree t parts: two or more
// of a name's words hang on words outside it ("Rights" the subject and
// "Watch" a possessor in "Human Rights Watch's director said"), or a word
// that says how the title before a person's name is held heads the name
// ("former" read as the noun in "led by former President Ana Holm"), the
// name and its title then one; so are the parts of a hyphened word the
// parse parts ("a no-confidence vote"). Read as one word each, they parse
// as the names and words they are (parse.CompleteUnits).
func (d *doc) partedNames(si int, x *syntax, t *parse.Tree) []parse.Unit {
	var units []parse.Unit
	wordsOf := func(first, last int) (from, to int) {
		from, to = x.at(first), len(t.Words)
		if last < d.sents[si].last {
			to = x.at(last)
		}
		return from, to
	}
	for mi := range d.ments { // sentMents is not yet built while names resolve
		m := &d.ments[mi]
		if m.sent != si || !m.named() {
			continue
		}
		from, to := wordsOf(m.first, m.last)
		if from < 0 || overlapsUnit(units, from, to) {
			continue
		}
		if exits := exitsOf(t, from, to); to-from >= 2 && len(exits) > 1 && !(m.kind == polgraph.KindPerson && listed(t, exits)) {
			// (a person's name parted as one of a list is left to the
			// list's own mends: "Ada Penn and Tom Rusk, joined")
			head := nameHead(t, from, to)
			if m.kind == polgraph.KindPerson {
				head = from
			}
			units = append(units, parse.Unit{From: from, To: to, Head: head})
			continue
		}
		if m.kind != polgraph.KindPerson || m.office == nil || m.officeStart < d.sents[si].first || m.officeStart >= m.first {
			continue
		}
		title, _ := wordsOf(d.titleOpening(si, m.officeStart), m.last)
		if exits := exitsOf(t, title, to); title >= 0 && len(exits) == 1 && exits[0] < from && d.heldWord(t.Words[exits[0]]) && !overlapsUnit(units, title, to) {
			units = append(units, parse.Unit{From: title, To: to, Head: from})
		}
	}
	// a word the treebank splits at its hyphens ("no - confidence"), its
	// parts hung apart: one word, headed by its last part
	for i := d.sents[si].first; i < d.sents[si].last; i++ {
		if d.toks[i].kind != tokWord || !strings.Contains(d.toks[i].text, "-") {
			continue
		}
		from, to := wordsOf(i, i+1)
		if from >= 0 && to-from >= 3 && len(exitsOf(t, from, to)) > 1 && !overlapsUnit(units, from, to) {
			units = append(units, parse.Unit{From: from, To: to, Head: to - 1})
		}
	}
	return units
}

// heldWord reports a word that says whether or how a title is held
// ("former", "acting"): read as a phrase's head, it parts the name.
func (d *doc) heldWord(w string) bool {
	w = strings.ToLower(w)
	return formerWords[w] || titleModifiers[w]
}

// titleOpening is the first token of the title that opens at token k of
// sentence si, with the words before it that say whether or how it is
// held: "former" in "former President Ana Holm".
func (d *doc) titleOpening(si, k int) int {
	for k > d.sents[si].first && d.heldWord(d.toks[k-1].lower) {
		k--
	}
	return k
}

// listed reports whether one of words ws is a conjunct: a name read as
// one of a list.
func listed(t *parse.Tree, ws []int) bool {
	for _, w := range ws {
		if t.Rel[w] == "conj" {
			return true
		}
	}
	return false
}

// exitsOf are the words among [from, to) that hang outside it, the root
// among them.
func exitsOf(t *parse.Tree, from, to int) []int {
	var out []int
	for w := from; w < to; w++ {
		if h := t.Head[w]; h < from || h >= to {
			out = append(out, w)
		}
	}
	return out
}

// nameHead is the word that heads a body's or a place's name among words
// [from, to) as the treebank heads one: the word before "of" or "for"
// ("Court of Electoral Justice"), else the last ("Human Rights Watch"). A
// person's name the treebank heads by its first word ("Ana Holm").
func nameHead(t *parse.Tree, from, to int) int {
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
