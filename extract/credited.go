package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// creditWords are data/words/credit_words.txt with their verb forms.
var creditWords = func() map[string]bool {
	out := map[string]bool{}
	for w := range wordSet("credit_words.txt") {
		for _, f := range verbForms(w) {
			out[f] = true
		}
	}
	return out
}()

// credited is the person a possessive pronoun at token i of sentence si
// stands for where its noun is the deed one is credited or faulted for:
// "congratulated Ivo Dorn on his election" is Dorn's election, not the
// subject's; so is "sent a congratulatory message to Ivo Dorn on his
// re-election". It is -1 where the tree tells of no such deed, or the one
// credited is not of gender g.
func (d *doc) credited(si, i, g int) int {
	if !slices.ContainsFunc(d.toks[d.sents[si].first:i], func(t token) bool { return creditWords[t.lower] }) {
		return -1 // most sentences: no parse needed
	}
	x, p := d.tokenTree(si, i)
	if p < 0 || x.rel(p) != "nmod:poss" {
		return -1
	}
	deed := x.head(p)
	if c := x.caseOf(deed); c != "on" && c != "for" {
		return -1
	}
	v := x.head(deed)
	if v < 0 {
		return -1
	}
	objs := x.objectsOf(v)
	heads := append([]int{v}, objs...)
	if !slices.ContainsFunc(heads, x.creditWord) {
		return -1
	}
	// the one credited: the verb's object, or who the message of
	// credit is sent to
	ones := slices.Clone(objs)
	for _, h := range heads {
		for _, c := range x.childrenWith(h, "nmod", "obl", "iobj") {
			if x.rel(c) == "iobj" || x.caseOf(c) == "to" {
				ones = append(ones, c)
			}
		}
	}
	for _, c := range ones {
		if c >= p {
			continue
		}
		if m := d.mentionOver(si, x.token(c)); m != nil && m.ent >= 0 && m.group == nil && d.ents[m.ent].kind == polgraph.KindPerson && d.agrees(g, m.ent) {
			return m.ent
		}
	}
	return -1
}

// creditWord reports a word of credit_words.txt, or a noun one modifies
// ("a congratulatory message").
func (x *syntax) creditWord(w int) bool {
	return creditWords[strings.ToLower(x.tree.Words[w])] || slices.ContainsFunc(x.childrenWith(w, "amod"), func(a int) bool {
		return creditWords[strings.ToLower(x.tree.Words[a])]
	})
}
