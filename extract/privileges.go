package extract

import "strings"

// privilegeNouns are what an office gives its holder and a chamber takes
// away, each with the event type the taking tells
// (data/words/privilege_nouns.tsv).
var privilegeNouns = wordTable("privilege_nouns.tsv", "SANCTION", "DISMISSAL")

// privilegeTaken is the event type of privilegeNouns that the verb at
// tokens [i, i+n) of sentence si tells by what it takes from someone, or
// "" where it takes none of them: its object or
// passive subject ("lifted the immunity of two deputies", "her immunity
// was waived"), or an "of" phrase on the verb or on the one it is taken
// from ("stripped Holm of his immunity", "was stripped of her
// immunity", "stripped Holm of his seat"); not "lifted the ban",
// "stripped the walls", nor seats counted ("stripped the party of two
// seats").
func (d *doc) privilegeTaken(si, i, n int) string {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return ""
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
		if len(x.childrenWith(w, "nummod")) > 0 {
			continue // "stripped the party of two seats": a tally, no holder's office
		}
		if typ := privilegeNouns[strings.ToLower(x.tree.Words[w])]; typ != "" {
			return typ
		}
	}
	return ""
}

// takesPrivilege reports a verb at tokens [i, i+n) of sentence si that
// takes one of privilegeNouns from someone (privilegeTaken).
func (d *doc) takesPrivilege(si, i, n int) bool {
	return d.privilegeTaken(si, i, n) != ""
}
