package extract

import (
	"strings"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/parse"
)

// partedUnits are the names and words of sentence si that tree t parts,
// each to be read as one word by a second parse (parse.CompleteUnits):
// a name two or more of whose words hang on words outside it ("Rights"
// the subject and "Watch" a possessor in "Human Rights Watch's director
// said"); a person's name and title whose "former" or "acting" the parse
// made the phrase's head ("led by former President Ana Holm"); a word the
// treebank splits at its hyphens, its parts hung apart ("a no - confidence
// vote").
func (d *doc) partedUnits(si int, x *syntax, t *parse.Tree) []parse.Unit {
	var units []parse.Unit
	add := func(u parse.Unit, ok bool) bool {
		if ok && !overlapsUnit(units, u.From, u.To) {
			units = append(units, u)
			return true
		}
		return false
	}
	for mi := range d.ments { // sentMents is not yet built while names resolve
		if m := &d.ments[mi]; m.sent == si && m.named() {
			if !add(d.partedName(si, x, t, m)) {
				add(d.heldTitleHead(si, x, t, m))
			}
		}
	}
	for i := d.sents[si].first; i < d.sents[si].last; i++ {
		if d.toks[i].kind == tokWord && strings.Contains(d.toks[i].text, "-") {
			add(d.partedHyphened(si, x, t, i))
		}
	}
	return units
}

// wordsOf are the words of tokens [first, last) of sentence si in tree t.
func (d *doc) wordsOf(si int, x *syntax, t *parse.Tree, first, last int) (from, to int) {
	from, to = x.at(first), len(t.Words)
	if last < d.sents[si].last {
		to = x.at(last)
	}
	return from, to
}

// partedName is mention m's name as one word, where the parse parts it:
// headed as the treebank heads it. A person's name parted as one of a
// list is left to the list's own mends ("Ada Penn and Tom Rusk, joined").
func (d *doc) partedName(si int, x *syntax, t *parse.Tree, m *mention) (parse.Unit, bool) {
	from, to := d.wordsOf(si, x, t, m.first, m.last)
	exits := exitsOf(t, from, to)
	if from < 0 || to-from < 2 || len(exits) < 2 || m.kind == polgraph.KindPerson && listed(t, exits) {
		return parse.Unit{}, false
	}
	head := nameHead(t, from, to)
	if m.kind == polgraph.KindPerson {
		head = from
	}
	return parse.Unit{From: from, To: to, Head: head}, true
}

// heldTitleHead is person mention m's name with its title as one word,
// headed by the name, where a word that says how the title is held heads
// them all ("former" in "led by former President Ana Holm").
func (d *doc) heldTitleHead(si int, x *syntax, t *parse.Tree, m *mention) (parse.Unit, bool) {
	if m.kind != polgraph.KindPerson || m.office == nil || m.officeStart < d.sents[si].first || m.officeStart >= m.first {
		return parse.Unit{}, false
	}
	name, to := d.wordsOf(si, x, t, m.first, m.last)
	title, _ := d.wordsOf(si, x, t, d.titleOpening(si, m.officeStart), m.last)
	if name < 0 || title < 0 {
		return parse.Unit{}, false
	}
	exits := exitsOf(t, title, to)
	if len(exits) != 1 || exits[0] >= name || !heldWord(t.Words[exits[0]]) {
		return parse.Unit{}, false
	}
	return parse.Unit{From: title, To: to, Head: name}, true
}

// partedHyphened is token i's words as one word, headed by its last part,
// where the treebank splits it at its hyphens and the parse hangs its
// parts apart ("no - confidence").
func (d *doc) partedHyphened(si int, x *syntax, t *parse.Tree, i int) (parse.Unit, bool) {
	from, to := d.wordsOf(si, x, t, i, i+1)
	if from < 0 || to-from < 3 || len(exitsOf(t, from, to)) < 2 {
		return parse.Unit{}, false
	}
	return parse.Unit{From: from, To: to, Head: to - 1}, true
}

// heldWord reports a word that says whether or how a title is held
// ("former", "acting"): read as a phrase's head, it parts the name.
func heldWord(w string) bool {
	w = strings.ToLower(w)
	return formerWords[w] || titleModifiers[w]
}

// titleOpening is the first token of the title that opens at token k of
// sentence si, with the words before it that say whether or how it is
// held: "former" in "former President Ana Holm".
func (d *doc) titleOpening(si, k int) int {
	for k > d.sents[si].first && heldWord(d.toks[k-1].lower) {
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
