package extract

import (
	"slices"
	"strings"
)

// freeRelativeReadAsDeterminer mends a parse that reads a free relative
// after a preposition as a noun phrase: in "Police detained Ivo Dorn on
// Monday in what officials called a crackdown", "what" is read as the
// determiner of "officials", which hangs on the sentence's verb, and
// "called" as a clause on "officials". "What" heads the phrase (the
// preposition's object), "officials" is the subject of "called", and that
// clause is a relative one on "what". Where the misreading also took the
// sentence's root ("Kenyan police arrested opposition lawmaker Ivo Dorn on
// Monday over what officials described as incitement": "described" the
// root, "police" its subject, "arrested" a participle on "lawmaker"), the
// sentence's own verb, a bare participle inside its subject's phrase, is
// made the root again first.
func (x *syntax) freeRelativeReadAsDeterminer() {
	t := &x.tree
	for w, word := range t.Words {
		m := t.Head[w]
		if !strings.EqualFold(word, "what") || t.Rel[w] != "det" || w == 0 || m != w+1 || t.UPOS[w-1] != "ADP" || t.Head[w-1] != m {
			continue
		}
		v := m + 1
		if v >= len(t.Words) || !finiteTags[t.XPOS[v]] {
			continue
		}
		anchor := t.Head[m]
		switch t.Head[v] {
		case m: // the clause on the noun
		case -1: // the clause took the root
			if anchor = x.rootRestoredBefore(v, w-1); anchor < 0 {
				continue
			}
		default:
			continue
		}
		t.Head[w], t.Rel[w] = anchor, "obl"
		if !x.isVerb(anchor) {
			t.Rel[w] = "nmod"
		}
		t.Head[w-1], t.Rel[w-1] = w, "case"
		t.Head[m], t.Rel[m] = v, "nsubj"
		t.Head[v], t.Rel[v] = w, "acl:relcl"
	}
}

// freeRelativeReadAsPrepositionObject mends a parse that makes the
// preposition before a free relative its head: in "Estonia summoned
// Russia's envoy on Tuesday over what it called interference", "over" is
// read as a modifier of "Tuesday" and "what" as its object. "What" heads
// the phrase, an oblique of the clause's verb (the first verb above the
// preposition), and the preposition is its case.
func (x *syntax) freeRelativeReadAsPrepositionObject() {
	t := &x.tree
	for w, word := range t.Words {
		p := t.Head[w]
		if !strings.EqualFold(word, "what") || t.Rel[w] != "obj" || p != w-1 || t.UPOS[p] != "ADP" && t.UPOS[p] != "SCONJ" || len(x.childrenWith(w, "acl:relcl")) == 0 {
			continue
		}
		v := t.Head[p]
		for v >= 0 && !x.isVerb(v) {
			v = t.Head[v]
		}
		if v < 0 {
			continue
		}
		t.Head[w], t.Rel[w] = v, "obl"
		t.Head[p], t.Rel[p] = w, "case"
	}
}

// rootRestoredBefore makes the sentence's own verb its root again when a
// relative's verb v took the root and the sentence's subject: the verb is
// a bare participle before word p (the relative's preposition) inside the
// subject's phrase, set on the noun after it, which becomes its object;
// what follows the participle in the subject's phrase, and the closing
// stop, go with it. It returns the restored root, or -1 where the parse
// is not of that shape.
func (x *syntax) rootRestoredBefore(v, p int) int {
	t := &x.tree
	subj := x.childrenWith(v, "nsubj")
	if len(subj) != 1 || subj[0] > p {
		return -1
	}
	s := subj[0]
	u := -1
	for c := s + 1; c < p; c++ {
		if (t.Rel[c] == "amod" || t.Rel[c] == "acl") && x.bareParticiple(c) && x.dominates(s, c) && t.Head[c] > c {
			u = c
			break
		}
	}
	if u < 0 {
		return -1
	}
	o := t.Head[u]
	for c, h := range t.Head {
		switch {
		case h == s && c > u && c != o, h == v && c > v && t.Rel[c] == "punct":
			t.Head[c] = u
			if t.Rel[c] == "nmod" {
				t.Rel[c] = "obl"
			}
		}
	}
	t.Head[u], t.Rel[u] = -1, "root"
	t.Head[o], t.Rel[o] = u, "obj"
	t.Head[s], t.Rel[s] = u, "nsubj"
	return u
}

// subjectReadAsDep mends a parse that leaves a finite verb's only subject
// as an unlabelled dependent, as it may when a long run of modifiers
// opens the subject: in "Velmark's main opposition Harvest Party said on
// Monday it would boycott the hearing", "Party" is a "dep" of "said",
// which has no subject. A noun or a name whose phrase ends right before a
// finite verb that has no subject, with no comma between (what a comma
// sets off is an aside, not a subject), is the verb's subject.
func (x *syntax) subjectReadAsDep() {
	t := &x.tree
	for n, rel := range t.Rel {
		v := t.Head[n]
		if rel != "dep" || v <= n || t.UPOS[n] != "NOUN" && t.UPOS[n] != "PROPN" || !finiteTags[t.XPOS[v]] ||
			len(x.childrenWith(v, "nsubj", "nsubj:pass", "expl", "csubj")) > 0 || x.commaBetween(n, v) {
			continue
		}
		if x.phraseBeforeVerb(n, v) {
			t.Rel[n] = "nsubj"
		}
	}
}

// phraseBeforeVerb reports whether every word between n and verb v is in
// n's phrase or is an adverb of v ("the Harvest Party also said").
func (x *syntax) phraseBeforeVerb(n, v int) bool {
	for w := n + 1; w < v; w++ {
		if h := x.tree.Head[w]; !x.dominates(n, h) && !(h == v && x.tree.UPOS[w] == "ADV") {
			return false
		}
	}
	return true
}

// contactRelativeReadAsSubject mends a parse that reads a noun in
// apposition, with a relative clause that has no pronoun, as part of that
// clause's subject: in "jailed for spying, an offence prosecutors say he
// committed in 2019", "an offence prosecutors" is read as one subject of
// "say", which then frames the whole sentence as the prosecutors' claim.
// "a" or "an" never determines a plural noun: after a comma, "a"/"an", a
// singular noun the parse joined to a plural one as its modifier, and the
// plural noun the subject of a verb, are a noun restating what comes
// before the comma and a relative clause on it ("an offence [that]
// prosecutors say he committed").
func (x *syntax) contactRelativeReadAsSubject() {
	t := &x.tree
	for d, word := range t.Words {
		n := d + 1
		if d < 2 || t.Words[d-1] != "," || !strings.EqualFold(word, "a") && !strings.EqualFold(word, "an") || n+1 >= len(t.Words) {
			continue
		}
		h := t.Head[d]
		if t.XPOS[n] != "NN" || t.Head[n] != h || t.Rel[n] != "compound" || h != n+1 || t.XPOS[h] != "NNS" {
			continue
		}
		v := t.Head[h]
		if v < h || x.baseRel(h) != "nsubj" || !finiteTags[t.XPOS[v]] {
			continue
		}
		before := d - 2 // what the noun restates: the word before the comma
		if p := t.UPOS[before]; p != "NOUN" && p != "PROPN" && p != "VERB" || x.dominates(v, before) {
			continue
		}
		t.Head[n], t.Rel[n] = before, "appos"
		t.Head[d] = n
		t.Head[d-1] = n
		t.Head[v], t.Rel[v] = n, "acl:relcl"
	}
}

// splitObjectReadAsSubject mends a parse that splits the object of a
// verb with a bare participle after it ("had Defence Minister Piet Kamm
// removed") into an object, the name's first words, and the subject of
// the participle, its last ones: one noun phrase runs on without a
// break, so the proper noun right after the object's phrase is the
// object's head, and what the parse made the object modifies it. The
// participle then tells what is done to the object (objectParticiple).
func (x *syntax) splitObjectReadAsSubject() {
	t := &x.tree
	for v, rel := range t.Rel {
		h := t.Head[v]
		if rel != "xcomp" || h < 0 || h > v || !participle(t.Words[v]) || len(x.childrenWith(v, "mark", "aux", "aux:pass", "obj")) > 0 {
			continue
		}
		s, o := x.childrenWith(v, "nsubj"), x.childrenWith(h, "obj")
		if len(s) != 1 || len(o) != 1 || x.pos(s[0]) != "PROPN" || x.pos(o[0]) != "PROPN" || x.firstUnder(s[0]) != x.lastWordUnder(o[0])+1 {
			continue
		}
		t.Head[s[0]], t.Rel[s[0]] = h, "obj"
		t.Head[o[0]], t.Rel[o[0]] = s[0], "compound"
	}
}

// orderedObjectReadAsSubject mends a parse that reads the object and
// participle after a verb of ordering (data/words/arrest_orders.txt) as a
// finite clause: in "Judge Otto Brasek ordered union leader Pavel Koric
// released on bail", "Koric" is read as the subject of "released", a
// complement clause of "ordered". One orders that something be done, not
// that it was: a clause with neither a marker nor an auxiliary whose verb
// has a participle's form and no object is the order's complement, and
// its subject the order's object, who undergoes it.
func (x *syntax) orderedObjectReadAsSubject() {
	t := &x.tree
	for c, rel := range t.Rel {
		h := t.Head[c]
		if rel != "ccomp" || h < 0 || h > c || !arrestOrders[strings.ToLower(x.lemma(h))] || !participle(t.Words[c]) ||
			len(x.childrenWith(c, "mark", "aux", "aux:pass", "obj", "nsubj:pass", "expl")) > 0 || len(x.childrenWith(h, "obj")) > 0 {
			continue
		}
		s := x.childrenWith(c, "nsubj")
		if len(s) != 1 || s[0] < h || x.pos(s[0]) != "NOUN" && x.pos(s[0]) != "PROPN" {
			continue
		}
		t.Head[s[0]], t.Rel[s[0]] = h, "obj"
		t.Rel[c], t.XPOS[c] = "xcomp", "VBN"
	}
}

// chainVerbReadAsModifier mends a chain of acts one subject did, told
// "V1 X, V2 Y and V3 Z", whose middle verb the parse reads as a modifier
// of what the first verb did it to: in "Police raided the offices,
// seized documents and arrested two aides", "seized" is read as an
// adjective on "documents", joined to "offices" as one more thing
// raided; in "Protesters blocked roads, clashed with police and set fire
// to cars", "clashed" as a clause on "roads", with "set" joined to it.
// The middle verb is no modifier where the chain goes on after it with a
// verb joined to the first, or to itself: all are the first's conjuncts,
// each the subject's act.
func (x *syntax) chainVerbReadAsModifier() {
	t := &x.tree
	for v, rel := range t.Rel {
		if v == 0 || t.Words[v-1] != "," || !x.bareParticiple(v) {
			continue
		}
		var first, obj int // the chain's first verb; the middle verb's object, if the parse hung it
		switch n := t.Head[v]; {
		case rel == "amod" && n > v && t.Rel[n] == "conj":
			first, obj = x.objectsVerb(t.Head[n]), n
			if first < 0 || !slices.ContainsFunc(x.childrenWith(first, "conj"), func(c int) bool { return c > n && x.isVerb(c) }) {
				continue
			}
		case rel == "acl" && n < v:
			first, obj = x.objectsVerb(n), -1
			if first < 0 || !slices.ContainsFunc(x.childrenWith(v, "conj"), func(c int) bool { return x.isVerb(c) && len(x.childrenWith(c, "obj")) > 0 }) {
				continue
			}
		default:
			continue
		}
		t.Head[v], t.Rel[v] = first, "conj"
		t.UPOS[v], t.XPOS[v] = "VERB", "VBD"
		t.Head[v-1] = v // the comma before it
		if obj >= 0 {
			t.Head[obj], t.Rel[obj] = v, "obj"
		}
		for _, c := range x.childrenWith(v, "conj") {
			if x.isVerb(c) {
				t.Head[c] = first // "and set fire to cars": the chain's last act
			}
		}
	}
}

// objectsVerb is the past-tense verb with a subject whose object is
// word o, or -1.
func (x *syntax) objectsVerb(o int) int {
	v := x.head(o)
	if x.rel(o) != "obj" || v < 0 || !x.isVerb(v) || x.tree.XPOS[v] != "VBD" || len(x.childrenWith(v, "nsubj")) == 0 {
		return -1
	}
	return v
}

// conjunctReadAsReport mends a parse that reads a clause joined by "and"
// to a later clause of speech as what that speech reports: in "The
// European Union condemned the attacks, and Secretary General Ivo Dorn
// said the alliance would respond", "condemned" is read as the
// complement of "said" and "and" as a conjunction on its subject, which
// makes Dorn the source of the condemnation. A subject whose phrase opens
// on a conjunction joins its clause to the one before: the earlier
// clause is the head, and the later verb its conjunct.
func (x *syntax) conjunctReadAsReport() {
	t := &x.tree
	for c, rel := range t.Rel {
		v := t.Head[c]
		if rel != "ccomp" || v < c || !x.isVerb(c) || !x.isVerb(v) {
			continue
		}
		cc := x.subjectConjunction(v, c)
		if cc < 0 {
			continue
		}
		t.Head[c], t.Rel[c] = t.Head[v], t.Rel[v]
		t.Head[v], t.Rel[v] = c, "conj"
		t.Head[cc] = v
		if cc > 0 && t.Words[cc-1] == "," && t.Head[cc-1] != c {
			t.Head[cc-1] = v // the comma before "and"
		}
		if last := len(t.Words) - 1; t.Head[last] == v && t.Rel[last] == "punct" {
			t.Head[last] = c // the full stop closes the first clause's sentence
		}
		return
	}
}

// subjectConjunction is the conjunction that opens the phrase of verb v's
// subject, after clause c ("…, and Ivo Dorn said"), or -1.
func (x *syntax) subjectConjunction(v, c int) int {
	for _, s := range x.childrenWith(v, "nsubj") {
		if s < c || s > v {
			continue
		}
		for _, cc := range x.childrenWith(s, "cc") {
			if cc == x.phraseStart(s) && cc > c {
				return cc
			}
		}
	}
	return -1
}

// relativeReadAsParataxis mends a parse that hangs a relative clause on
// a person, set off by a comma, on the sentence's verb as an aside: in
// "X was sworn in as defence minister, replacing Karl Lenz, who resigned
// last month", "resigned" is read as a clause beside "sworn", and its
// time would date the swearing-in. "who" right after a comma that
// follows a noun opens a clause about that noun, so the clause is the
// noun's relative clause. A clause that carries another of its own after
// it (a verb the parse hung on it) is left, as its span is in doubt; so
// is one after a noun inside another's phrase ("Ana Holm, the daughter
// of Ivo Holm, who ..."), which may be about either.
func (x *syntax) relativeReadAsParataxis() {
	t := &x.tree
	for r := range t.Words {
		if t.Rel[r] != "parataxis" {
			continue
		}
		s := x.whoOpening(r)
		if s < 2 || t.Words[s-1] != "," {
			continue
		}
		n := s - 2
		for t.Rel[n] == "flat" && t.Head[n] >= 0 && t.Head[n] < n {
			n = t.Head[n] // a name's last word: its first heads it
		}
		if p := t.UPOS[n]; p != "NOUN" && p != "PROPN" || x.baseRel(n) == "nmod" || x.dominates(r, n) || len(x.childrenWith(r, "parataxis", "conj", "ccomp")) > 0 {
			continue
		}
		t.Head[r], t.Rel[r] = n, "acl:relcl"
	}
}

// whoOpening is the relative pronoun "who" that is the subject of
// clause r and opens it, or -1.
func (x *syntax) whoOpening(r int) int {
	for _, s := range x.childrenWith(r, "nsubj", "nsubj:pass") {
		if s < r && strings.EqualFold(x.tree.Words[s], "who") {
			return s
		}
	}
	return -1
}
