package extract

import "slices"

// prepositionReadAsMarker mends a parse that reads a preposition as the
// marker of the clause after it, with its noun hung on it: in "MPs voted
// 120-80 on Tuesday to approve the budget", "on" marks "approve" and
// "Tuesday" depends on "on". A marker takes no dependents; a preposition
// with a noun of its own is that noun's case, and the phrase an oblique
// of the clause it was read to mark.
func (x *syntax) prepositionReadAsMarker() {
	t := &x.tree
	for p, rel := range t.Rel {
		h := t.Head[p]
		if rel != "mark" || t.UPOS[p] != "ADP" || h < 0 || !x.isVerb(h) {
			continue
		}
		n := p + 1
		if n >= len(t.Head) || t.Head[n] != p || slices.Contains(t.Head[n+1:], p) {
			continue // no noun of its own, or more than one word hung on it
		}
		if u := t.UPOS[n]; u != "NOUN" && u != "PROPN" && u != "NUM" {
			continue
		}
		t.Head[n], t.Rel[n] = h, "obl"
		t.Head[p], t.Rel[p] = n, "case"
	}
}
