package extract

import (
	"slices"
	"strings"
)

// Mends of appositions and objects that the parser reads as one another.

// clauseAfterApposedConjunct mends a parse that reads a clause joined by
// "and", whose subject a name in commas restates, as a second object of
// the first verb: in "The National Front lost nine seats and its leader,
// Paul Renner, resigned on Monday" "leader" is a conjunct of "seats" and
// "resigned" a participle on the name, or a conjunct of "lost" with no
// subject. A past verb with no subject right after the name's closing
// comma is the joined clause's verb, the noun after "and" its subject and
// the name that noun's apposition. A participle that could modify the
// name ("and their lawyer, Ana Holm, charged with fraud") is left alone:
// only one with at most a time of its own is read as the clause's verb.
func (x *syntax) clauseAfterApposedConjunct() {
	t := &x.tree
	for v := 4; v < len(t.Words); v++ {
		if t.UPOS[v] != "VERB" || t.Words[v-1] != "," || len(x.childrenWith(v, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark")) > 0 ||
			t.XPOS[v] != "VBD" && (t.XPOS[v] != "VBN" || !x.onlyTimesOn(v)) {
			continue
		}
		a := v - 2 // the name's first word, after the comma that opens it
		for a > 0 && t.UPOS[a-1] == "PROPN" {
			a--
		}
		c := a - 2 // the noun after "and"
		if c < 2 || t.UPOS[a] != "PROPN" || t.Words[a-1] != "," || t.UPOS[c] != "NOUN" || t.Rel[c] != "conj" {
			continue
		}
		cc := x.childrenWith(c, "cc")
		h := t.Head[c]
		if len(cc) != 1 || !strings.EqualFold(t.Words[cc[0]], "and") || h < 0 || h > c {
			continue
		}
		r := t.Head[h] // the first clause's verb, whose object the first noun is
		n := spanHead(t.Head, a, v-2)
		if r < 0 || !x.isVerb(r) || n < 0 || !(t.Head[v] == n && t.Rel[v] == "acl" || t.Head[v] == r && t.Rel[v] == "conj") {
			continue
		}
		t.Head[v], t.Rel[v], t.XPOS[v] = r, "conj", "VBD"
		t.Head[cc[0]] = v
		t.Head[c], t.Rel[c] = v, "nsubj"
		t.Head[n], t.Rel[n] = c, "appos"
		t.Head[a-1], t.Head[v-1] = n, n
		return
	}
}

// onlyTimesOn reports whether the obliques of verb v, if any, are all
// times ("resigned on Monday"), not phrases a participle takes ("charged
// with fraud").
func (x *syntax) onlyTimesOn(v int) bool {
	for _, c := range x.childrenWith(v, "obl", "obl:agent", "obj", "xcomp", "ccomp") {
		if w := strings.ToLower(x.tree.Words[c]); x.rel(c) != "obl" || !calendarWords[w] && !timeUnitNouns[x.lemma(c)] {
			return false
		}
	}
	return true
}

// appositionPastNearerName mends a parse that hangs an apposition on a
// name before the one it follows: in "Salvane named Lotte Verhagen, a
// 39-year-old lawmaker from the Green Left, as minister" "lawmaker" is
// read as Salvane's, who then sits in the Green Left. An apposition
// restates the name right before its comma: a noun phrase set off so
// after a name, with another name between it and the head the parse
// gave it, is that nearer name's; after a list's last name, a singular
// one is that last name's.
func (x *syntax) appositionPastNearerName() {
	t := &x.tree
	for n := range t.Words {
		h := t.Head[n]
		if t.Rel[n] != "appos" || h < 0 || h > n || x.pos(n) != "NOUN" {
			continue
		}
		f := firstWord(x, n)
		if f < 3 || t.Words[f-1] != "," || x.pos(f-2) != "PROPN" {
			continue
		}
		name := x.nameBeforeComma(f)
		if name <= h || x.pos(name) != "PROPN" || t.Rel[name] == "appos" || t.Rel[name] == "conj" && plural(x, n) || x.inPhrase(name, h) {
			// the head's own name, a name in apposition to it, a list a
			// plural restates ("X and Y, the party's candidates"), or a
			// name inside the head's phrase ("Ana Holm of the Civic
			// Party, a lawyer,": hers); a singular after a list's last
			// name is that name's ("X, Y and Z, the Labour candidate")
			continue
		}
		t.Head[n] = name
		if c := f - 1; t.Head[c] == h {
			t.Head[c] = n
		}
	}
}

// appositionReadAsOblique mends a parse that reads the name restating a
// verb's object between commas as an oblique of the verb: in "Jens Aarvik
// beat the sitting MP, Labour's Sofie Brenn, by 312 votes", "Brenn" is
// read as the verb's own phrase and "by 312 votes" as Brenn's, so the
// one beaten is no one and the margin no margin. A noun phrase with no
// preposition that opens after a comma closing the verb's object is the
// object's apposition; a phrase with a preposition (other than "of") that
// opens after the comma closing the apposition is the verb's again.
func (x *syntax) appositionReadAsOblique() {
	t := &x.tree
	for w, rel := range t.Rel {
		v := t.Head[w]
		if rel != "obl" || v < 0 || !x.isVerb(v) || t.UPOS[w] != "PROPN" && t.UPOS[w] != "NOUN" || len(x.childrenWith(w, "case")) > 0 || !x.afterComma(w) {
			continue
		}
		comma := x.phraseStart(w) - 1
		o := -1
		for _, c := range x.childrenWith(v, "obj") {
			if l := x.lastWordUnder(c); c < w && (l == comma-1 || l == comma) {
				o = c
			}
		}
		if o < 0 {
			continue
		}
		t.Head[w], t.Rel[w] = o, "appos"
		for _, c := range x.childrenWith(w, "nmod") {
			if k := x.caseOf(c); c > w && k != "" && k != "of" && x.afterComma(c) {
				t.Head[c], t.Rel[c] = v, "obl"
			}
		}
	}
}

// objectReadAsApposition mends a parse that hangs a verb's object on its
// subject as an apposition: in "Belarus on Monday rejected accusations by
// Poland that ...", "accusations" is read as restating "Belarus". An
// apposition follows the noun it restates; one with the noun's own verb
// between them, and no comma before it, is that verb's object, where the
// verb has none.
func (x *syntax) objectReadAsApposition() {
	t := &x.tree
	for n := range t.Words {
		h := t.Head[n]
		if t.Rel[n] != "appos" || h < 0 || h > n || t.UPOS[n] != "NOUN" || t.Rel[h] != "nsubj" {
			continue
		}
		v := t.Head[h]
		if v < h || v > n || t.UPOS[v] != "VERB" || len(x.childrenWith(v, "obj", "ccomp", "xcomp")) > 0 {
			continue
		}
		if f := firstWord(x, n); f < 1 || t.Words[f-1] == "," || f <= v {
			continue
		}
		t.Head[n], t.Rel[n] = v, "obj"
	}
}

// caseOnTitleBeforeName mends a parse that hangs a preposition on the
// title before a name rather than on the name the title describes: in
// "allegations by opposition leader Anna Vorel that ...", "by" is read
// as "leader"'s, which is "Anna"'s description, and the name has no
// preposition of its own. The name heads the phrase, so the preposition
// is its.
func (x *syntax) caseOnTitleBeforeName() {
	t := &x.tree
	for c, rel := range t.Rel {
		h := t.Head[c]
		if rel != "case" || h < 0 || h < c || t.Rel[h] != "nmod:desc" {
			continue
		}
		if n := t.Head[h]; n > h && t.UPOS[n] == "PROPN" && x.caseOf(n) == "" {
			t.Head[c] = n
		}
	}
}

// inPhrase reports whether word a is word h or lies in h's own phrase:
// under h by no conjunct's relation, which would make it a list's next
// member instead.
func (x *syntax) inPhrase(a, h int) bool {
	for n := 0; a >= 0 && n < len(x.tree.Words); n++ {
		if a == h {
			return true
		}
		if x.tree.Rel[a] == "conj" {
			return false
		}
		a = x.tree.Head[a]
	}
	return false
}

// objectRelativeMisread mends a parse that loses the subject of a relative
// clause whose pronoun is its object: in "a policy which the United Nations
// and the United States have both criticised" the parse may hang "the United
// Nations" on "have", read as a verb, and join "criticised" to the sentence's
// verb, which then lends it its own subject; in "the curfew, which
// opposition groups and the Red Cross have condemned" it reads "which" as a
// determiner and the groups as the object. "which" or "whom" after a comma,
// then a noun phrase (no verb, no preposition but "of" inside a name), then
// auxiliaries and adverbs and a verb, is a relative clause on the noun
// before the comma: the phrase is its subject, the pronoun its object.
// Not where a clause or a verb follows the verb ("which the minister said
// was illegal": the pronoun is the subject of what was said).
func (x *syntax) objectRelativeMisread() {
	t := &x.tree
	for r, word := range t.Words {
		if r < 2 || t.Words[r-1] != "," || !objectRelatives[strings.ToLower(word)] {
			continue
		}
		// the noun phrase: words of a noun phrase, with at least one noun
		end, nominal := r+1, false
		for ; end < len(t.Words); end++ {
			p := t.UPOS[end]
			if p == "NOUN" || p == "PROPN" {
				nominal = true
				continue
			}
			if p == "DET" || p == "ADJ" || p == "NUM" || p == "CCONJ" || p == "PART" && t.Words[end] == "'s" ||
				p == "ADP" && strings.EqualFold(t.Words[end], "of") && end+1 < len(t.Words) && t.UPOS[end+1] == "PROPN" && end > r+1 && t.UPOS[end-1] == "PROPN" {
				continue
			}
			break
		}
		if !nominal || end >= len(t.Words) || t.UPOS[end-1] != "NOUN" && t.UPOS[end-1] != "PROPN" {
			continue
		}
		// auxiliaries and adverbs, then the verb
		v, aux := end, []int{}
		for ; v < len(t.Words); v++ {
			if t.XPOS[v] == "MD" || t.UPOS[v] == "AUX" && x.lemma(v) != "be" || auxVerbs[strings.ToLower(t.Words[v])] && x.lemma(v) == "have" || x.lemma(v) == "do" && v+1 < len(t.Words) && t.XPOS[v+1] == "VB" {
				aux = append(aux, v)
				continue
			}
			if t.UPOS[v] == "ADV" || t.Rel[v] == "advmod" && t.UPOS[v] == "DET" {
				continue
			}
			break
		}
		if v >= len(t.Words) || t.UPOS[v] != "VERB" {
			continue
		}
		if len(aux) == 0 && !finiteTags[t.XPOS[v]] || len(aux) > 0 && t.XPOS[v] != "VBN" && t.XPOS[v] != "VB" {
			continue
		}
		if v+1 < len(t.Words) && (t.UPOS[v+1] == "VERB" || t.UPOS[v+1] == "AUX" || t.UPOS[v+1] == "SCONJ" || t.UPOS[v+1] == "DET" || t.UPOS[v+1] == "NOUN" || t.UPOS[v+1] == "PROPN" || t.UPOS[v+1] == "PRON") ||
			len(x.childrenWith(v, "ccomp", "xcomp")) > 0 {
			continue // "which the minister said was illegal", "which the party calls a scandal"
		}
		n := x.nameBeforeComma(r) // the noun the clause is on
		if t.UPOS[n] != "NOUN" && t.UPOS[n] != "PROPN" {
			n = -1
			for w := r - 2; w >= 0 && t.Words[w] != ","; w-- {
				if t.UPOS[w] == "NOUN" || t.UPOS[w] == "PROPN" {
					n = w // "a policy of detaining asylum seekers offshore, which"
					break
				}
			}
		}
		if n < 0 {
			continue
		}
		x.nounPhraseHeads(r+1, end, v)
		for _, a := range aux {
			t.Head[a], t.Rel[a] = v, "aux"
		}
		for w := r + 1; w < v; w++ {
			if t.Head[w] >= v || t.Head[w] < r {
				if t.UPOS[w] == "ADV" || t.UPOS[w] == "DET" && t.Rel[w] == "advmod" {
					t.Head[w], t.Rel[w] = v, "advmod"
				}
			}
		}
		t.Head[r], t.Rel[r] = v, "obj"
		if x.dominates(v, n) {
			continue // a verb the parse set above the noun stays there
		}
		t.Head[v], t.Rel[v] = n, "acl:relcl"
	}
}

// nounPhraseHeads makes the noun phrase of words first to end-1 (a list of
// noun phrases joined by "and", "or" or commas) the subject of verb v: each
// conjunct headed by its last noun or by the one word the parse already
// heads it with, its other words on that head, the conjuncts after the
// first joined to it.
func (x *syntax) nounPhraseHeads(first, end, v int) {
	t := &x.tree
	var heads []int
	start := first
	for w := first; w <= end; w++ {
		if w < end && t.UPOS[w] != "CCONJ" && t.Words[w] != "," {
			continue
		}
		if start < w {
			heads = append(heads, x.conjunctHead(start, w))
		}
		if w < end {
			t.Head[w], t.Rel[w] = -2, "cc" // set once the next conjunct's head is known
			if t.Words[w] == "," {
				t.Rel[w] = "punct"
			}
		}
		start = w + 1
	}
	if len(heads) == 0 {
		return
	}
	t.Head[heads[0]], t.Rel[heads[0]] = v, "nsubj"
	for _, h := range heads[1:] {
		t.Head[h], t.Rel[h] = heads[0], "conj"
	}
	for w := first; w < end; w++ {
		if t.Head[w] != -2 {
			continue
		}
		t.Head[w] = heads[0]
		for _, h := range heads {
			if h > w {
				t.Head[w] = h
				break
			}
		}
	}
}

// conjunctHead heads the words first to end-1 of one noun phrase: the one
// word among them the parse hangs outside them, where it is only one and
// a noun; else the last noun, with the others on it.
func (x *syntax) conjunctHead(first, end int) int {
	t := &x.tree
	var out []int
	for w := first; w < end; w++ {
		if t.Head[w] < first || t.Head[w] >= end {
			out = append(out, w)
		}
	}
	if len(out) == 1 && (t.UPOS[out[0]] == "NOUN" || t.UPOS[out[0]] == "PROPN") {
		return out[0]
	}
	h := -1
	for w := end - 1; w >= first; w-- {
		if t.UPOS[w] == "NOUN" || t.UPOS[w] == "PROPN" {
			h = w
			break
		}
	}
	if h < 0 {
		return first
	}
	for _, w := range out {
		if w == h {
			continue
		}
		t.Head[w] = h
		switch t.UPOS[w] {
		case "DET":
			t.Rel[w] = "det"
		case "ADJ":
			t.Rel[w] = "amod"
		case "NUM":
			t.Rel[w] = "nummod"
		default:
			t.Rel[w] = "compound"
		}
	}
	return h
}

// pronounObjectReadAsPossessor mends a parse that reads "her", the object
// of a verb that takes a second object, as the possessor of that second
// object: in "the commission declared her the winner", "her" is parsed as
// the possessor of "winner". A possessor is never followed by a
// determiner of the same noun ("her the winner" is no phrase), so where
// one comes between them "her" is the verb's object and the noun its
// complement, as in "declared Ana Holm the winner".
func (x *syntax) pronounObjectReadAsPossessor() {
	t := &x.tree
	for p, rel := range t.Rel {
		if rel != "nmod:poss" || !strings.EqualFold(t.Words[p], "her") {
			continue
		}
		n := t.Head[p]
		if n <= p+1 || t.Rel[n] != "obj" || t.Head[n] < 0 || t.UPOS[t.Head[n]] != "VERB" {
			continue
		}
		if !slices.ContainsFunc(x.childrenWith(n, "det"), func(c int) bool { return c == p+1 }) {
			continue
		}
		t.Head[p], t.Rel[p] = t.Head[n], "obj"
		t.Rel[n] = "xcomp"
	}
}

// substitutionVerbs put the one their "with" phrase names in the place of
// their object (data/words/substitution_verbs.txt).
var substitutionVerbs = wordSet("substitution_verbs.txt")

// substituteReadAsModifier mends a parse that hangs the "with" phrase of a
// verb of substitution on the verb's object: in "replaced Finance
// Minister Ivo Dorn with Mia Rask", "with Mia Rask" is read as Dorn's
// modifier. The one put in the object's place is the verb's oblique.
func (x *syntax) substituteReadAsModifier() {
	t := &x.tree
	for c, rel := range t.Rel {
		o := t.Head[c]
		if rel != "nmod" || o < 0 || x.caseOf(c) != "with" || t.Rel[o] != "obj" {
			continue
		}
		if v := t.Head[o]; v >= 0 && x.isVerb(v) && substitutionVerbs[x.lemma(v)] {
			t.Head[c], t.Rel[c] = v, "obl"
		}
	}
}

// labelReadAsObjectsHead mends a parse that reads what a labelling verb
// calls its object, and the object itself, as one noun phrase: in
// "called the case political persecution", "case" is read as a compound
// on "persecution". An adjective comes before the nouns that modify a
// noun, never between them, so a compound set before an adjective of
// the same head ends a phrase of its own: the object, with the words
// before it, and the rest the label, the verb's complement.
func (x *syntax) labelReadAsObjectsHead() {
	t := &x.tree
	for o, rel := range t.Rel {
		v := t.Head[o]
		if rel != "obj" || v < 0 || v > o || !labellingVerb(t.Words[v]) {
			continue
		}
		c := slices.IndexFunc(t.Head, func(h int) bool { return h == o })
		if c < 0 || t.Rel[c] == "det" && c+1 < o && t.Head[c+1] == o {
			c++ // the determiner before it: "the case"
		}
		if c >= o || t.Rel[c] != "compound" || t.UPOS[c] != "NOUN" || c+1 >= o || t.Rel[c+1] != "amod" || t.Head[c+1] != o {
			continue
		}
		for k := range c {
			if t.Head[k] == o && k > v {
				t.Head[k] = c // "the"
			}
		}
		t.Head[c], t.Rel[c] = v, "obj"
		t.Rel[o] = "xcomp"
	}
}

// labelReadAsComplementsObject mends a parse that reads the object of a
// labelling verb as its complement and the label as that noun's object:
// in "the embassy called the move a provocation and promised a
// response", "move" is read as the complement of "called", "provocation"
// as the object of "move" and "promised" as a conjunct of "provocation".
// A noun takes no object: the first noun is what is called, the second
// what it is called, and a verb joined to the second goes on the
// labelling verb's subject's acts.
func (x *syntax) labelReadAsComplementsObject() {
	t := &x.tree
	for n, rel := range t.Rel {
		v := t.Head[n]
		if rel != "xcomp" || v < 0 || v > n || t.UPOS[n] != "NOUN" || !labellingVerb(t.Words[v]) || len(x.childrenWith(v, "obj")) > 0 {
			continue
		}
		for _, p := range x.childrenWith(n, "obj") {
			if p < n || t.UPOS[p] != "NOUN" {
				continue
			}
			t.Head[n], t.Rel[n] = v, "obj"
			t.Head[p], t.Rel[p] = v, "xcomp"
			for _, c := range x.childrenWith(p, "conj") {
				if c > p && x.isVerb(c) {
					t.Head[c] = v
				}
			}
			break
		}
	}
}
