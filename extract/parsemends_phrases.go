package extract

import (
	"slices"
	"strings"
)

// The mends below give a noun phrase back what the parse cut off it: its
// modifier read as an apposition, the title before a name read as the
// root, the name after "of" read as a clause's subject.

// nounModifierWithCase mends a parse that cuts a noun's modifier, its
// preposition first, off the noun: in "Asad Mehmood, a senior leader of
// Khan's Pakistan Tehreek-e-Insaf party, was convicted", "party" hangs on
// "leader" as an apposition though "of" opens its phrase, or, with
// "(PTI)" after the name, on "convicted" as a bare dependent or as its
// subject, the verb a relative clause of "leader" and the name the root.
// An apposition renames its head and takes no preposition, and a subject
// takes none either; a phrase that opens with one right after a common
// noun, hung on a word after it, is that noun's. A verb it leaves with no
// subject, inside the phrase of a root name, is the name's.
func (x *syntax) nounModifierWithCase() {
	t := &x.tree
	for a, rel := range t.Rel {
		h := t.Head[a]
		if h < 0 || rel != "appos" && rel != "dep" && rel != "nsubj" && rel != "nsubj:pass" || t.UPOS[a] != "NOUN" && t.UPOS[a] != "PROPN" {
			continue
		}
		first := x.firstUnder(a)
		if first == 0 || t.UPOS[first] != "ADP" || t.Rel[first] != "case" {
			continue
		}
		switch n := first - 1; {
		case rel == "appos" && h < a && !slices.Contains(t.Words[h:first], ","):
			t.Rel[a] = "nmod"
		case rel == "dep" && h > a && t.UPOS[n] == "NOUN":
			t.Head[a], t.Rel[a] = n, "nmod"
		case rel != "dep" && rel != "appos" && h > a && t.UPOS[n] == "NOUN" && x.rel(h) == "acl:relcl":
			// the subject of a clause the parse hangs inside the phrase of
			// the root name it belongs to
			if r := x.nounRoot(); r >= 0 && r < n && x.dominates(r, h) && len(x.childrenWith(h, "nsubj", "nsubj:pass")) == 1 {
				t.Head[a], t.Rel[a] = n, "nmod"
				x.promote(h, r)
				t.Rel[r] = rel
			}
		}
	}
}

// titleCutFromName mends a parse that cuts the title before a name off
// the name: in "Conservative MP Daniel Hartwell has defected to Reform
// UK", "MP" is the root and "defected", whose subject the name is, a
// clause on it, or "MP" is the verb's object though it comes before its
// subject. A common noun right before the name that is the subject of a
// verb after it is the name's title; a title that was the root leaves the
// verb the sentence's.
func (x *syntax) titleCutFromName() {
	t := &x.tree
	for r := 0; r+1 < len(t.Words); r++ {
		if t.UPOS[r] != "NOUN" || t.UPOS[r+1] != "PROPN" {
			continue
		}
		n := r + 1
		for h := t.Head[n]; h > n && h <= n+3 && t.UPOS[h] == "PROPN"; h = t.Head[n] {
			n = h // "Daniel Hartwell" headed by either word
		}
		v := t.Head[n]
		if v <= n || t.Rel[n] != "nsubj" && t.Rel[n] != "nsubj:pass" {
			continue
		}
		switch {
		case t.Head[r] == -1 && t.Head[v] == r && t.Rel[v] == "acl:relcl":
			x.adoptAfter(r, v, v) // the full stop, what follows
			t.Head[v], t.Rel[v] = -1, "root"
		case t.Head[r] == v && t.Rel[r] == "obj":
		default:
			continue
		}
		t.Head[r], t.Rel[r] = n, "compound"
	}
}

// ofReadAsMarker mends a parse that reads "of" as the marker of the
// clause after it: in "The Party for Freedom of Geert Wilders won the
// most seats", "Geert Wilders" becomes the subject of "won" and the party
// a bare dependent. "Of" opens no clause; the name after it is the
// modifier of the phrase before it, which is then the verb's subject.
func (x *syntax) ofReadAsMarker() {
	t := &x.tree
	for p, rel := range t.Rel {
		v, n := t.Head[p], p+1
		if rel != "mark" || !strings.EqualFold(t.Words[p], "of") || p == 0 || n >= len(t.Words) || v < 0 || t.Head[n] != v || t.Rel[n] != "nsubj" && t.Rel[n] != "nsubj:pass" {
			continue
		}
		q := p - 1
		for t.Head[q] >= 0 && t.Head[q] != v && t.Head[q] < p {
			q = t.Head[q]
		}
		if t.Head[q] != v || t.Rel[q] != "dep" || t.UPOS[q] != "NOUN" && t.UPOS[q] != "PROPN" {
			continue
		}
		t.Head[q], t.Rel[q] = v, t.Rel[n]
		t.Head[n], t.Rel[n] = q, "nmod"
		t.Head[p], t.Rel[p] = n, "case"
	}
}

// gerundOfNounReadAsClause mends a parse that reads a gerund after "of" as
// a clause with the noun before "of" its subject: in "have maintained a
// policy of detaining asylum seekers", "detaining" is the clause
// "maintained" reports and "policy" its subject. "Of" marks no clause a
// noun before it is the subject of: the gerund modifies the noun (acl),
// which takes the gerund's place. Not after a verb of accusing, whose
// object is read as the subject of the act it is accused of ("accused the
// minister of misleading the Knesset").
func (x *syntax) gerundOfNounReadAsClause() {
	t := &x.tree
	for p, rel := range t.Rel {
		v := t.Head[p]
		if rel != "mark" || !strings.EqualFold(t.Words[p], "of") || p == 0 || v < p || t.XPOS[v] != "VBG" || t.Rel[v] != "ccomp" && t.Rel[v] != "xcomp" || t.Head[v] < 0 || !x.isVerb(t.Head[v]) || accusingLemmas[x.lemma(t.Head[v])] {
			continue
		}
		for _, n := range x.childrenWith(v, "nsubj") {
			if n > p || t.UPOS[n] != "NOUN" || x.lastWordUnder(n) != p-1 {
				continue
			}
			t.Head[n], t.Rel[n] = t.Head[v], "obj" // what the verb governs
			t.Head[v], t.Rel[v] = n, "acl"
			break
		}
	}
}

// lastWordUnder is the last word of w's phrase.
func (x *syntax) lastWordUnder(w int) int {
	last := w
	for c := w + 1; c < len(x.tree.Words); c++ {
		if x.dominates(w, c) {
			last = c
		}
	}
	return last
}

// listMemberReadAsModifier mends a parse that reads a middle member of a
// list of numbers as a modifier of the first: in "re-elected in 2013,
// 2017 and 2021", "2017" hangs on "2013" as nmod:npmod while "2021" is its
// conjunct, so the year in the middle dates nothing. A number right after
// a comma that follows the list's first member, before a conjunct joined
// by "and" or "or", is a conjunct too.
func (x *syntax) listMemberReadAsModifier() {
	t := &x.tree
	for m, rel := range t.Rel {
		h := t.Head[m]
		if h < 0 || h > m || m < 1 || t.Words[m-1] != "," || t.UPOS[m] != "NUM" || t.UPOS[h] != "NUM" || rel == "conj" || rel == "punct" || len(x.childrenWith(m, "cc")) > 0 {
			continue
		}
		if slices.ContainsFunc(x.childrenWith(h, "conj"), func(c int) bool { return c > m && len(x.childrenWith(c, "cc")) > 0 }) {
			t.Rel[m] = "conj"
		}
	}
}

// nounAfterPrepositionReadAsVerb mends a parse that reads the noun after a
// preposition as a participle hung on it: in "Holm was acquitted of fraud
// by the regional court on Monday", "fraud" is read as a participle on
// "of" that takes "by the regional court" and "on Monday", so the day
// dates nothing the verb tells and the court does nothing. A preposition
// governs a noun, not a clause in a past form with no subject or
// auxiliary: the word is the preposition's noun, and the obliques it took
// are the verb's.
func (x *syntax) nounAfterPrepositionReadAsVerb() {
	t := &x.tree
	for w, rel := range t.Rel {
		p := w - 1
		if rel != "acl" || p < 0 || t.Head[w] != p || t.UPOS[p] != "ADP" || !x.bareParticiple(w) {
			continue
		}
		v := t.Head[p]
		if v < 0 || !x.isVerb(v) {
			continue
		}
		for _, c := range x.childrenWith(w, "obl", "obl:agent", "obl:tmod") {
			t.Head[c] = v
		}
		t.Head[w], t.Rel[w], t.UPOS[w], t.XPOS[w] = v, t.Rel[p], "NOUN", "NN"
		t.Head[p], t.Rel[p] = w, "case"
	}
}

// prospectPrepositionReadAsVerb mends a parse that reads a preposition of
// prospectPhrases that is also a verb's form as that verb, its noun as
// the object: in "was removed from office pending a Senate trial",
// "pending" is a participle on "office" and "trial" its object, so the
// trial, still to come, is read as held. With no subject or auxiliary of
// its own the word is the noun's preposition, and the noun an oblique of
// the verb the word hung on, or a modifier of the noun it hung on.
func (x *syntax) prospectPrepositionReadAsVerb() {
	t := &x.tree
	for p, h := range t.Head {
		w := strings.ToLower(t.Words[p])
		if h < 0 || strings.Contains(w, " ") || prospectPhrases[w] == "" || !x.isVerb(p) || len(x.childrenWith(p, "nsubj", "nsubj:pass", "aux", "aux:pass")) > 0 {
			continue
		}
		objs := x.childrenWith(p, "obj")
		if len(objs) != 1 || objs[0] < p {
			continue
		}
		o, rel := objs[0], "nmod"
		if x.isVerb(h) {
			rel = "obl"
		}
		t.Head[o], t.Rel[o] = h, rel
		t.Head[p], t.Rel[p] = o, "case"
		t.UPOS[p], t.XPOS[p] = "ADP", "IN"
	}
}
