package extract

import "strings"

// privilegeNouns are the shields of office a chamber takes away
// (data/words/privilege_nouns.txt).
var privilegeNouns = wordSet("privilege_nouns.txt")

// privilegeTaken reports whether the verb at tokens [i, i+n) of sentence
// si takes a privilege of privilegeNouns from someone: its object or
// passive subject ("lifted the immunity of two deputies", "her immunity
// was waived"), or an "of" phrase on the verb or on the one it is taken
// from ("stripped Holm of his immunity", "was stripped of her
// immunity"); not "lifted the ban", "stripped the walls".
func (d *doc) privilegeTaken(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	taken := x.childrenWith(v, "obj", "nsubj:pass")
	for _, w := range append(x.childrenWith(v, "obl"), x.childrenWith(v, "obj", "nsubj:pass")...) {
		for _, c := range append([]int{w}, x.childrenWith(w, "nmod")...) {
			if x.caseOf(c) == "of" {
				taken = append(taken, c) // the parse hangs "of her immunity" on her name as often as on the verb
			}
		}
	}
	for _, w := range taken {
		if privilegeNouns[strings.ToLower(x.tree.Words[w])] {
			return true
		}
	}
	return false
}
