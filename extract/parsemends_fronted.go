package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// Mends of fronted phrases, opening participles and the heads of lists.

// participleBetweenCommas mends a parse that reads a participle set
// between commas after the subject as the sentence's verb, and the verb
// after it as its conjunct: in "The Civic Party, launched last month by
// Ivo Dorn, won 12 seats." "launched" is the root with "Party" its subject
// and "won" joined to it. A past verb with a passive's agent ("by Ivo
// Dorn") and no auxiliary is a participle; the finite verb after its
// closing comma, with no "and" or subject of its own, is the sentence's,
// and the participle a clause on its subject.
func (x *syntax) participleBetweenCommas() {
	t := &x.tree
	r := slices.Index(t.Head, -1)
	if r < 2 || t.Words[r-1] != "," || len(x.childrenWith(r, "obl:agent")) == 0 || len(x.childrenWith(r, "aux", "aux:pass", "cop")) > 0 {
		return
	}
	subj := x.childrenWith(r, "nsubj", "nsubj:pass")
	if len(subj) != 1 || subj[0] > r {
		return
	}
	for _, c := range x.childrenWith(r, "conj") {
		if t.Words[c-1] != "," || !x.isVerb(c) || t.XPOS[c] != "VBD" && t.XPOS[c] != "VBZ" && t.XPOS[c] != "VBP" ||
			len(x.childrenWith(c, "cc", "nsubj", "nsubj:pass", "mark")) > 0 {
			continue
		}
		s := subj[0]
		for w, h := range t.Head {
			if h == r && w > c {
				t.Head[w] = c // the full stop
			}
		}
		t.Head[c], t.Rel[c] = -1, "root"
		t.Head[s], t.Rel[s] = c, "nsubj"
		t.Head[r], t.Rel[r], t.XPOS[r] = s, "acl", "VBN"
		return
	}
}

// frontedClauseReadAsMain mends the parse of a sentence that opens on a
// clause of time: in "In 2012, after the party lost the election, Hruby
// resigned", "after" is read as the case of "party", the subject of
// "lost", which becomes the root, and "resigned" its conjunct. A root verb
// whose subject's phrase opens with such a word, joined with no
// conjunction (as a conjunct or in parataxis) to a later verb that has a
// subject of its own and follows a
// comma, is a clause on that verb, and the word marks it. However the
// clause was read, the words that stand before its opening word ("In
// 2012") are the main verb's: a time the sentence opens on dates its main
// clause, not the clause of time set after it.
func (x *syntax) frontedClauseReadAsMain() {
	t := &x.tree
	v1 := t.Root()
	if v1 >= 0 && x.isVerb(v1) {
		for _, n := range x.childrenWith(v1, "nsubj", "nsubj:pass") {
			cs := x.childrenWith(n, "case")
			if n > v1 || len(cs) != 1 || !clauseOpeners[strings.ToLower(t.Words[cs[0]])] || cs[0] != x.phraseStart(n) {
				continue
			}
			for _, v2 := range x.childrenWith(v1, "conj", "parataxis") {
				if v2 < v1 || !x.isVerb(v2) || len(x.childrenWith(v2, "nsubj", "nsubj:pass")) == 0 || len(x.childrenWith(v2, "cc")) > 0 {
					continue
				}
				if s := x.phraseStart(v2); s == 0 || t.Words[s-1] != "," {
					continue
				}
				t.Head[v2], t.Rel[v2] = -1, "root"
				t.Head[v1], t.Rel[v1] = v2, "advcl"
				t.Head[cs[0]], t.Rel[cs[0]] = v1, "mark"
				for w, h := range t.Head {
					if h == v1 && w > v2 {
						t.Head[w] = v2 // the full stop
					}
				}
				break
			}
			break
		}
	}
	for v1, rel := range t.Rel {
		v2 := t.Head[v1]
		if rel != "advcl" || v2 < v1 || !x.isVerb(v2) {
			continue
		}
		m := -1
		for _, c := range x.childrenWith(v1, "mark", "advmod") {
			if l := strings.ToLower(t.Words[c]); c < v1 && (clauseOpeners[l] || l == "when") {
				m = c
			}
		}
		if m < 0 {
			continue
		}
		for w, h := range t.Head {
			if h == v1 && w < m {
				t.Head[w] = v2 // "In 2012," before "after the party lost"
			}
		}
	}
}

// openingParticipleReadAsRoot mends the parse of a sentence that opens on
// a participle with no subject of its own: in "Asked about the criticism,
// Holm said he was playing politics", "Asked" is read as the root and
// "said" as its parataxis. A root participle that opens the sentence,
// with no subject or auxiliary, joined to a later verb that has a subject
// of its own and follows a comma, is a clause on that verb.
func (x *syntax) openingParticipleReadAsRoot() {
	t := &x.tree
	v1 := t.Root()
	if v1 != 0 || !x.isVerb(v1) || t.XPOS[v1] != "VBN" && t.XPOS[v1] != "VBD" || len(x.childrenWith(v1, "nsubj", "nsubj:pass", "aux", "aux:pass")) > 0 {
		return
	}
	for _, v2 := range x.childrenWith(v1, "parataxis", "conj") {
		if !x.isVerb(v2) || len(x.childrenWith(v2, "nsubj", "nsubj:pass")) == 0 || len(x.childrenWith(v2, "cc")) > 0 {
			continue
		}
		s := x.phraseStart(v2)
		if subj := x.childrenWith(v2, "nsubj", "nsubj:pass"); s == v1+1 && subj[0] < v2 {
			// "Asked why her deputy had resigned, Holt said …": the
			// question's clause was hung on the later verb, whose phrase
			// then opens at the participle's; the later verb's own
			// words open at its subject
			s = x.phraseStart(subj[0])
		}
		if s == 0 || t.Words[s-1] != "," && t.Words[s] != "," {
			continue
		}
		t.Head[v2], t.Rel[v2] = -1, "root"
		t.Head[v1], t.Rel[v1] = v2, "advcl"
		for w, h := range t.Head {
			if h == v1 && w > v2 {
				t.Head[w] = v2 // the full stop
			}
			if h == v2 && v1 < w && w < s-1 {
				t.Head[w] = v1 // the question's clause, before the comma
			}
		}
		return
	}
}

// relativeOnLaterName mends a parse that hangs a relative clause on a
// name after the sentence's verb as an aside to that verb: in "accuse
// Holm of accepting watches from a governor, Ivo Dorn, who was later
// arrested", "arrested" is a parataxis of "accuse" and holds the name and
// the words before it. A clause whose subject is "who" or "which", right
// after the comma after a name, is on the name (acl:relcl): the words
// before the pronoun are not the clause's but the verb's it was hung on,
// and a name the clause held restates, in apposition, the noun before its
// own comma. Only a name set off by commas: one inside a phrase ("the
// child of David Rockefeller, who") may not be what the clause is about.
func (x *syntax) relativeOnLaterName() {
	t := &x.tree
	for r, word := range t.Words {
		v := t.Head[r]
		if r < 3 || v < 0 || v < r || t.Words[r-1] != "," || !relativePronouns[strings.ToLower(word)] || t.Rel[r] != "nsubj" && t.Rel[r] != "nsubj:pass" || t.Rel[v] != "ccomp" && t.Rel[v] != "parataxis" {
			continue
		}
		h, name := t.Head[v], x.nameBeforeComma(r)
		if h < 0 || h > v || name <= h || t.UPOS[name] != "PROPN" || t.Rel[name] == "flat" {
			continue
		}
		s := x.phraseStart(name)
		if s < 2 || t.Words[s-1] != "," {
			continue // "the fifth child of David Rockefeller, who served": the child, maybe
		}
		n := -1 // the noun the name restates
		if x.dominates(v, name) {
			if t.UPOS[s-2] != "NOUN" && t.UPOS[s-2] != "PROPN" || t.Rel[s-2] == "flat" {
				continue
			}
			n = s - 2
		}
		for c, hc := range t.Head {
			if hc == v && c < r-1 && c != name {
				t.Head[c] = h // "of accepting watches from a governor": the verb's
			}
		}
		if n >= 0 {
			if x.dominates(name, n) {
				continue
			}
			t.Head[name], t.Rel[name] = n, "appos"
		}
		if x.dominates(v, name) {
			continue // a cycle the tree would not survive
		}
		t.Head[v], t.Rel[v] = name, "acl:relcl"
	}
}

// listHeadReadAsDep mends a parse that loses the first of a list of
// subjects to a "dep" of the verb where a bracketed acronym follows it:
// in "The conservative People's Party (PP), the far-right Vox and the
// Junts party voted against", "Party" hangs on "voted" as dep and "Vox"
// is the subject, with "party" its conjunct. A noun before the subject,
// its phrase closed by a comma right before the subject's, with the
// subject heading a list joined by "and" or "or", is the list's first
// member: the subject, the others its conjuncts. So too where no acronym
// follows: in "Ivo Dorn, Ada Holm and Petra Lind met in Tarsk", "Ivo"
// is a dep of "met", "Ada" its subject and "Petra" a conjunct hung on
// "Holm", the last word of Ada's name. So too where a serial comma comes
// before the "and" that opens the last member, which the parser hangs on
// the verb with that member as its subject ("Ivo Dorn, Ada Holm, and
// Petra Lind met"; "Ivo Dorn, the party's leader, and Ada Holm met"), and
// where the list's first name is read as an apposition or a conjunct of
// a fronted phrase of time or place before it ("On Tuesday, Dorn, Holm and Lind
// met": no day is a person).
func (x *syntax) listHeadReadAsDep() {
	t := &x.tree
	for d, rel := range t.Rel {
		v := t.Head[d]
		fronted := (rel == "appos" || rel == "conj" && len(x.childrenWith(d, "cc")) == 0) && v >= 0 && v < d && t.UPOS[d] == "PROPN" && !calendarWords[strings.ToLower(t.Words[d])] &&
			t.Words[d-1] == "," && t.Rel[v] == "obl" && len(x.childrenWith(v, "case")) > 0 && x.spans(v, d-1)
		if fronted {
			v = t.Head[v] // "On Tuesday, Dorn, Holm and Lind met": the list opens after the fronted phrase
		} else if rel != "dep" {
			continue
		}
		if v < 0 || v < d || !x.isVerb(v) || t.UPOS[d] != "NOUN" && t.UPOS[d] != "PROPN" {
			continue
		}
		subj := x.childrenWith(v, "nsubj")
		if len(subj) != 1 || subj[0] < d {
			continue
		}
		s := subj[0]
		start := x.phraseStart(s)
		if serial := start >= 3 && t.Rel[start-1] == "cc" && t.Head[start-1] == v && t.Words[start-2] == ","; serial && (x.dominates(d, start-3) || start-3 == d) {
			// "Ivo Dorn, Ada Holm, and Petra Lind met": the "and" and
			// the comma before it open the list's last member
			x.listHeadedBy(d, v, s, fronted)
			t.Head[start-1] = s
			t.Head[start-2] = s
			return
		}
		if start < 1 || t.Words[start-1] != "," || !x.dominates(d, start-2) && start-2 != d {
			continue
		}
		conjs := x.nameConjuncts(s)
		if len(conjs) == 0 || !slices.ContainsFunc(conjs, func(c int) bool { return len(x.childrenWith(c, "cc")) > 0 }) {
			continue
		}
		x.listHeadedBy(d, v, s, fronted)
		t.Head[start-1] = s // the comma before the second member
		for _, c := range conjs {
			t.Head[c] = d
		}
		return
	}
}

// listHeadedBy makes d the subject of verb v and s, the subject v had,
// its conjunct; where d was read as an apposition of a fronted phrase,
// the comma before d closes that phrase.
func (x *syntax) listHeadedBy(d, v, s int, fronted bool) {
	t := &x.tree
	t.Head[d], t.Rel[d] = v, "nsubj"
	t.Head[s], t.Rel[s] = d, "conj"
	if fronted {
		t.Head[d-1] = v
	}
}

// nameConjuncts returns the conjuncts joined to s or, where the parser
// hangs them on a name's last word ("Ada Holm and Petra Lind": "Petra" on
// "Holm"), to a word of s's name (flat or compound).
func (x *syntax) nameConjuncts(s int) []int {
	conjs := x.childrenWith(s, "conj")
	for _, w := range x.childrenWith(s, "flat", "compound") {
		conjs = append(conjs, x.childrenWith(w, "conj")...)
	}
	slices.Sort(conjs)
	return conjs
}

// frontingPrepositions open a phrase of time or place that a sentence may
// set before its subject with no comma ("In March Ivo Dorn was elected").
var frontingPrepositions = set("in on at during")

// frontedPhraseOnName mends a parse that runs a phrase of time or place
// opening the sentence, with no comma after it, into the name of the
// subject that follows: in "In March Ivo Dorn resigned" "March" is read as
// the subject and the name as its flat; in "On 3 March Ivo Dorn resigned"
// the date hangs on the name; in "On Monday Ivo Dorn was elected" "On"
// marks the verb; in "On Saturday Ivo Dorn defeated Ana Holm" the verb
// is read as a participle on the name. A name may come after its office
// title ("On Friday Foreign Minister Lena Dahl met ..."). The phrase (a time the tagger found, or a place's name)
// is the verb's oblique, its preposition its case, and the name that goes
// straight on to the verb the verb's subject.
func (d *doc) frontedPhraseOnName(si int, x *syntax) {
	t := &x.tree
	if len(t.Words) < 4 || !frontingPrepositions[strings.ToLower(t.Words[0])] {
		return
	}
	q := d.frontedPhraseEnd(si, x)
	if q < 1 {
		return
	}
	f := d.titledNameFrom(si, x, q+1)
	if f < 0 {
		f = x.nounPhraseFrom(q + 1) // "On Tuesday the finance committee amended it"
	}
	if f < 0 || f+1 >= len(t.Words) || !slices.Contains([]string{"VERB", "AUX", "ADV"}, t.UPOS[f+1]) {
		return // not "In March Ivo Dorn's party won": the name must go straight on to its verb
	}
	if r := x.nounRoot(); r >= 0 && r <= f && t.Head[f+1] >= 0 && t.Head[f+1] <= f && x.bareParticiple(f+1) {
		// "On Saturday Ivo Dorn defeated Ana Holm": the past read as a
		// participle on the name, which the parse made the root
		x.promote(f+1, r)
	}
	v := -1 // the one word outside the phrase and the name that both hang on
	for w := 0; w <= f; w++ {
		if h := t.Head[w]; h < 0 || h > f {
			if v >= 0 && h != v {
				return
			}
			v = h
		}
	}
	if v < 0 || !x.isVerb(v) || t.Head[v] >= 0 && t.Head[v] <= f {
		return
	}
	ph, nh := spanHead(t.Head, 1, q), spanHead(t.Head, q+1, f)
	if t.Rel[0] != "mark" && t.Head[0] >= 1 && t.Head[0] <= q && ph >= 0 && t.Head[ph] == v && nh >= 0 && t.Head[nh] == v && strings.HasPrefix(t.Rel[nh], "nsubj") {
		return // read right already
	}
	if ph < 0 {
		ph = q
		for w := q; w >= 1; w-- {
			if calendarWords[strings.TrimSuffix(strings.ToLower(t.Words[w]), ".")] {
				ph = w // "3 March": the month heads the date
			}
		}
	}
	if nh < 0 {
		nh = q + 1
		if t.UPOS[nh] == "DET" {
			nh = f // "the finance committee": its last noun heads it
		}
	}
	subj := t.Rel[nh]
	if !strings.HasPrefix(subj, "nsubj") {
		subj = "nsubj"
		if len(x.childrenWith(v, "aux:pass")) > 0 {
			subj = "nsubj:pass"
		}
	}
	for c, h := range t.Head {
		if c > f && h >= 0 && h <= f {
			t.Head[c] = v // what hung on the phrase or the name after them: the verb's
		}
	}
	for w := 1; w <= f; w++ {
		switch {
		case w == ph || w == nh:
		case w <= q && (t.Head[w] < 1 || t.Head[w] > q):
			t.Head[w], t.Rel[w] = ph, "compound"
			if t.UPOS[w] == "NUM" {
				t.Rel[w] = "nummod"
			}
		case w > q && (t.Head[w] <= q || t.Head[w] > f):
			t.Head[w], t.Rel[w] = nh, "flat"
		}
	}
	t.Head[0], t.Rel[0] = ph, "case"
	t.Head[ph], t.Rel[ph] = v, "obl"
	t.Head[nh], t.Rel[nh] = v, subj
}

// frontedPhraseEnd is the last word of the phrase that the sentence's
// opening preposition governs, where that phrase is a time the tagger
// found or a place's name and a name follows it; else -1.
func (d *doc) frontedPhraseEnd(si int, x *syntax) int {
	for _, te := range d.timesOf(si) {
		if a := d.tokenAt(te.start); a == x.token(0) || a == x.token(1) {
			if e := x.at(d.tokenBefore(te.end)); e >= 1 {
				return e
			}
		}
	}
	for _, mi := range d.mentionsOf(si) {
		m := &d.ments[mi]
		if (m.kind == polgraph.KindPlace || m.kind == polgraph.KindCountry) && x.at(m.first) == 1 {
			return x.at(m.last - 1)
		}
	}
	return -1
}

// nameFrom is the last word of the name of a person, party, body or state
// that starts at word w; else -1.
func (d *doc) nameFrom(si int, x *syntax, w int) int {
	for _, mi := range d.mentionsOf(si) {
		m := &d.ments[mi]
		if m.kind != polgraph.KindPlace && m.named() && x.at(m.first) == w {
			return x.at(m.last - 1)
		}
	}
	return -1
}

// titledNameFrom is the last word of a name that starts at word w, or
// whose office title starts there ("Foreign Minister Lena Dahl"); else
// -1.
func (d *doc) titledNameFrom(si int, x *syntax, w int) int {
	if f := d.nameFrom(si, x, w); f >= 0 {
		return f
	}
	for _, mi := range d.mentionsOf(si) {
		m := &d.ments[mi]
		if m.kind == polgraph.KindPerson && m.office != nil && m.officeStart >= 0 && m.named() && x.at(m.officeStart) == w {
			return x.at(m.last - 1)
		}
	}
	return -1
}

// nounPhraseFrom is the last word of a plain noun phrase that a
// determiner opens at word w ("the finance committee"), where a verb,
// auxiliary or adverb follows it; else -1.
func (x *syntax) nounPhraseFrom(w int) int {
	t := &x.tree
	if w >= len(t.Words) || t.UPOS[w] != "DET" {
		return -1
	}
	f := w + 1
	for f < len(t.Words) && (t.UPOS[f] == "ADJ" || t.UPOS[f] == "NOUN" || t.UPOS[f] == "PROPN") {
		f++
	}
	if f == w+1 || f >= len(t.Words) || t.UPOS[f-1] != "NOUN" && t.UPOS[f-1] != "PROPN" {
		return -1
	}
	return f - 1
}

// spanHead is the one word of words [a, b] whose head lies outside them;
// -1 where there is none or more than one.
func spanHead(head []int, a, b int) int {
	h := -1
	for w := a; w <= b; w++ {
		if head[w] < a || head[w] > b {
			if h >= 0 {
				return -1
			}
			h = w
		}
	}
	return h
}

// finiteParticipleReadAsModifier mends a parse that reads a passive verb,
// with its own subject and auxiliary, as an adjective on the noun after
// it: in "Earlier this month, Olek Brand was appointed finance minister",
// "appointed" is an amod of "minister", which is read as the root and
// takes the fronted time. A participle with a subject and an auxiliary of
// its own heads a clause: it takes the noun's place, the noun is its
// complement (the post it is named to), and what opened the sentence
// before the subject is the verb's.
func (x *syntax) finiteParticipleReadAsModifier() {
	t := &x.tree
	for v, rel := range t.Rel {
		n := t.Head[v]
		if rel != "amod" || n <= v || !x.isVerb(v) || t.XPOS[v] != "VBN" || t.UPOS[n] != "NOUN" && t.UPOS[n] != "PROPN" ||
			len(x.childrenWith(v, "nsubj", "nsubj:pass")) == 0 || len(x.childrenWith(v, "aux", "aux:pass")) == 0 {
			continue
		}
		first := v
		for _, s := range x.childrenWith(v, "nsubj", "nsubj:pass") {
			first = min(first, x.phraseStart(s))
		}
		for c, h := range t.Head {
			if h != n || c == v {
				continue
			}
			if c < first || c > n && t.Rel[c] == "punct" {
				t.Head[c] = v // "Earlier", its comma, the full stop
				if t.Rel[c] == "amod" && t.UPOS[c] == "ADV" {
					t.Rel[c] = "advmod"
				}
			}
		}
		t.Head[v], t.Rel[v] = t.Head[n], t.Rel[n]
		t.Head[n], t.Rel[n] = v, "xcomp"
	}
}

// subjectReadAsFrontedConjunct mends a parse that joins a sentence's
// subject to the phrase fronted before it: in "In a telephone
// conversation on Saturday, Ivo Dorn and Ana Holm discussed the crisis",
// "Dorn" is read as a conjunct of "Saturday" and "discussed" has no
// subject. A finite verb with no subject, and a conjunct whose phrase
// opens right after a comma and ends before the verb while its head stands
// before the comma, in the verb's phrase: the conjunct is the subject.
func (x *syntax) subjectReadAsFrontedConjunct() {
	t := &x.tree
	for v := range t.Words {
		if !x.isVerb(v) || !finiteTags[t.XPOS[v]] || len(x.childrenWith(v, "nsubj", "nsubj:pass", "csubj", "expl")) > 0 {
			continue
		}
		for c := 1; c < v; c++ {
			s := x.phraseStart(c)
			if t.Rel[c] != "conj" || t.UPOS[c] != "PROPN" || s == 0 || t.Words[s-1] != "," || t.Head[c] >= s-1 || !x.dominates(v, c) || slices.ContainsFunc(x.subtree(c, nil), func(w int) bool { return w >= v }) {
				continue
			}
			h := t.Head[c]
			t.Head[c], t.Rel[c] = v, "nsubj"
			for o := c + 1; o < v; o++ {
				if t.Head[o] == h && t.Rel[o] == "conj" {
					t.Head[o] = c // "Ivo Dorn and Ana Holm", both read as the fronted phrase's
				}
			}
			if t.Head[s-1] == c {
				t.Head[s-1] = v // the comma closes the fronted phrase
			}
			break
		}
	}
}
