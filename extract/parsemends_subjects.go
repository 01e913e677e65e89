package extract

import (
	"slices"
	"strings"
)

// Mends of subjects and predicates that the parser splits, misplaces or takes for
// modifiers.

// subjectInsideModifier mends a parse that, finding no verb for the
// sentence's first noun, makes that noun the root and the noun of a
// phrase that modifies it the subject of the verb: in "People familiar
// with the matter said X met Y", "matter" is the subject of "said", and
// in "Officials speaking on condition of anonymity said", "anonymity" is,
// with "of" read as the verb's marker. A noun after its own preposition
// is no subject; the root noun before it is the finite verb's subject,
// the verb the root, and the noun an oblique of the word it modifies.
func (x *syntax) subjectInsideModifier() {
	t := &x.tree
	r := slices.Index(t.Head, -1)
	if r < 0 || t.UPOS[r] != "NOUN" && t.UPOS[r] != "PROPN" {
		return
	}
	for v := r + 1; v < len(t.Head); v++ {
		if tag := t.XPOS[v]; tag != "VBD" && tag != "VBZ" && tag != "VBP" || !x.dominates(r, v) {
			continue
		}
		subj := x.childrenWith(v, "nsubj")
		if len(subj) != 1 || subj[0] < r {
			continue
		}
		s := subj[0]
		var marks []int
		for _, m := range x.childrenWith(v, "mark") {
			if m < s && t.UPOS[m] == "ADP" {
				marks = append(marks, m)
			}
		}
		if len(marks) == 0 && len(x.childrenWith(s, "case")) == 0 {
			continue // a subject of its own: "officials who spoke said"
		}
		h := t.Head[v]
		t.Head[s], t.Rel[s] = h, "nmod"
		if x.isVerb(h) || t.UPOS[h] == "ADJ" {
			t.Rel[s] = "obl"
		}
		for _, m := range marks {
			t.Head[m], t.Rel[m] = s, "case"
		}
		for c, hc := range t.Head {
			if hc == r && c > v {
				t.Head[c] = v // the closing stop
			}
		}
		t.Head[v], t.Rel[v] = -1, "root"
		t.Head[r], t.Rel[r] = v, "nsubj"
		return
	}
}

// predicateReadAsRelative mends a parse that reads a quoted predicate
// after a verb's object as a relative clause on it: in "said the claims
// were \"untrue\"", "untrue" is a relative clause on "claims", the object
// of "said". A relative clause opens with its relative word or has a
// subject of its own; a copula's predicate with neither is the clause the
// verb governs, and the noun its subject.
func (x *syntax) predicateReadAsRelative() {
	t := &x.tree
	for a, rel := range t.Rel {
		n := t.Head[a]
		if rel != "acl:relcl" || n < 0 || n > a || x.baseRel(n) != "obj" || len(x.childrenWith(a, "cop")) == 0 {
			continue
		}
		if len(x.childrenWith(a, "nsubj", "nsubj:pass")) > 0 || slices.ContainsFunc(t.XPOS[n+1:a], func(p string) bool { return p == "WDT" || p == "WP" || p == "IN" }) {
			continue // "the claims that were untrue"
		}
		v := t.Head[n]
		if v < 0 || !x.isVerb(v) {
			continue
		}
		t.Head[a], t.Rel[a] = v, "ccomp"
		t.Head[n], t.Rel[n] = a, "nsubj"
	}
}

// clauseOnPredicateReadAsModifier mends a parse that hangs a clause a
// subordinator opens on a copula's predicate as a participle modifying
// it: in "He was mayor of Tarsk from 1988 to 1996 before winning the
// presidency", "winning" is read as a participle on "mayor", which a
// later mend would then make its subject. A participle that modifies a
// noun has no subordinator; the clause is an adverbial one on the
// predicate, whose copula is the sentence's verb.
func (x *syntax) clauseOnPredicateReadAsModifier() {
	t := &x.tree
	for v, rel := range t.Rel {
		n := t.Head[v]
		if rel != "acl" || n < 0 || !x.isVerb(v) || !x.predicate(n) {
			continue
		}
		if slices.ContainsFunc(x.childrenWith(v, "mark"), func(m int) bool { return adverbialMarks[strings.ToLower(t.Words[m])] }) {
			t.Rel[v] = "advcl"
		}
	}
}

// modifierReadAsVerb mends a parse that reads an adjective after the
// subject as the sentence's verb in the present tense and hangs the
// sentence's real verb on it as an adverbial clause: in "Sources close to
// the investigation said X was arrested", "close" is the root with
// "Sources" its subject, and "said" a clause on it. A finite verb with no
// subject or marker of its own after the root's phrase is the sentence's;
// the root modifies the subject, which is the verb's.
func (x *syntax) modifierReadAsVerb() {
	t := &x.tree
	r := slices.Index(t.Head, -1)
	if r < 0 || t.XPOS[r] != "VBP" && t.XPOS[r] != "VB" {
		return
	}
	subj := x.childrenWith(r, "nsubj")
	if len(subj) != 1 || subj[0] > r || len(x.childrenWith(r, "obj", "ccomp", "aux", "cop")) > 0 {
		return
	}
	s := subj[0]
	for _, v := range x.childrenWith(r, "advcl") {
		if tag := t.XPOS[v]; tag != "VBD" && tag != "VBZ" || len(x.childrenWith(v, "nsubj", "nsubj:pass", "mark")) > 0 || x.afterComma(v) {
			continue
		}
		x.adoptAfter(r, v, v) // the closing stop
		t.Head[v], t.Rel[v] = -1, "root"
		t.Head[s], t.Rel[s] = v, "nsubj"
		t.Head[r], t.Rel[r] = s, "amod"
		return
	}
}

// nameReadAsObjectOfName mends a parse that splits a name a nationality
// opens, making the nationality the verb's object and the rest of the
// name an object of it: in "Holm met French President Emmanuel Macron in
// Paris", "French" is the object of "met" and "Macron" of "French". A
// noun takes no object; an object on a capitalised word, with only
// capitalised words between them, ends one name that the word opens, and
// the name's last word is its head.
func (x *syntax) nameReadAsObjectOfName() {
	t := &x.tree
	for w, rel := range t.Rel {
		h := t.Head[w]
		if rel != "obj" || h < 0 || h > w || t.UPOS[h] != "PROPN" && t.UPOS[h] != "ADJ" || !x.capitalisedRun(h, w) {
			continue
		}
		x.nameHeadedBy(h, w)
	}
}

// predicateAfterRelativeSubject mends a parse that makes a pronoun with a
// relative clause the root and hangs the predicate after the copula on a
// word inside the clause: in "Those who left the Centre Party for the
// Liberal Party were Kai Norrby and Lena Falk", "Those" is the root and
// "Kai" an oblique of "left" that carries the copula "were", and "Lena"
// may be joined to a word of the clause. A copula after a root pronoun's
// relative clause is the sentence's: the word that carries it is the root,
// the pronoun its subject, and the conjuncts after it are the root's.
func (x *syntax) predicateAfterRelativeSubject() {
	t := &x.tree
	r := slices.Index(t.Head, -1)
	if r < 0 || t.UPOS[r] != "PRON" {
		return
	}
	for _, v := range x.childrenWith(r, "acl:relcl") {
		for c, rel := range t.Rel {
			if c < v || t.UPOS[c] != "AUX" || x.lemma(c) != "be" || !x.dominates(v, c) {
				continue
			}
			p := t.Head[c]
			if rel != "cop" {
				// "were" read as a clause of its own, the names its subject
				s := x.childrenWith(c, "nsubj")
				if len(s) != 1 {
					continue
				}
				p = s[0]
			}
			if p < c || p == v || t.UPOS[p] != "PROPN" && t.UPOS[p] != "NOUN" {
				continue
			}
			for w, h := range t.Head {
				switch {
				case h == r && w > p:
					t.Head[w] = p // the closing stop
				case w > p && h >= 0 && h < c && t.Rel[w] == "conj" && x.dominates(v, h):
					t.Head[w] = p // the list's other names, hung on a word of the clause
				}
			}
			t.Head[p], t.Rel[p] = -1, "root"
			t.Head[c], t.Rel[c] = p, "cop"
			t.Head[r], t.Rel[r] = p, "nsubj"
			return
		}
	}
}

// purposeNouns take an infinitive that says what they are for
// (data/words/purpose_nouns.txt).
var purposeNouns = wordSet("purpose_nouns.txt")

// purposeReadAsVerbs mends a parse that hangs the infinitive of a noun
// of purpose on the verb whose object the noun is: in "described a
// covert campaign by Russia to influence the vote", "influence" is read
// as an adverbial clause of "described". An infinitive right after such
// an object, with nothing between, is the noun's.
func (x *syntax) purposeReadAsVerbs() {
	t := &x.tree
	for v, rel := range t.Rel {
		h := t.Head[v]
		if rel != "advcl" || h < 0 || v < 2 || !strings.EqualFold(t.Words[v-1], "to") || t.Head[v-1] != v {
			continue
		}
		for _, o := range x.childrenWith(h, "obj") {
			words := x.subtree(o, nil)
			if o < v && words[len(words)-1] == v-2 && purposeNouns[strings.ToLower(t.Words[o])] {
				t.Head[v], t.Rel[v] = o, "acl"
				break
			}
		}
	}
}

// participleReadAsComplement mends a parse that hangs a participle after a
// noun deep in a verb's object on the verb, as the object's complement: in
// "the court annulled the first round of the presidential election held
// on November 24", "held" is read as "annulled"'s xcomp, as in "declared
// the vote rigged". A complement tells of the object itself; a participle
// right after a noun nested in the object's phrases, with a phrase of its
// own ("on November 24"), modifies that noun, and its time is the noun's.
func (x *syntax) participleReadAsComplement() {
	t := &x.tree
	for v, rel := range t.Rel {
		if rel != "xcomp" || t.XPOS[v] != "VBN" || v == 0 || len(x.childrenWith(v, "obl")) == 0 || len(x.childrenWith(v, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "obj")) > 0 {
			continue
		}
		n, h := v-1, t.Head[v]
		if h < 0 || x.pos(n) != "NOUN" && x.pos(n) != "PROPN" || t.Rel[n] != "nmod" {
			continue
		}
		objs := x.childrenWith(h, "obj")
		if len(objs) != 1 || objs[0] == n || !x.dominates(objs[0], n) {
			continue
		}
		t.Head[v], t.Rel[v] = n, "acl"
	}
}

// pluralPossessiveReadAsSubject mends a parse that reads a plural
// possessor, marked by an apostrophe alone, as the subject of the noun it
// owns: in "The Liberal Democrats' home affairs spokesman, Alan Crewe,
// urged", "Democrats" is the subject of "spokesman". A noun with no
// copula takes no subject; a word right before an apostrophe that ends in
// "s" and precedes that noun is its possessor.
func (x *syntax) pluralPossessiveReadAsSubject() {
	t := &x.tree
	for w, rel := range t.Rel {
		h := t.Head[w]
		if rel != "nsubj" || h <= w+1 || t.Words[w+1] != "'" && t.Words[w+1] != "’" || !strings.HasSuffix(strings.ToLower(t.Words[w]), "s") {
			continue
		}
		if t.UPOS[h] != "NOUN" && t.UPOS[h] != "PROPN" || len(x.childrenWith(h, "cop")) > 0 {
			continue
		}
		t.Rel[w] = "nmod:poss"
		t.Head[w+1], t.Rel[w+1] = w, "case"
	}
}

// possessedReadAsConjunct mends a parse that joins a possessor and what
// it owns as two conjuncts: in "Germany's CDU, part of the EPP, criticised
// the result", "Germany" is the subject and "CDU" its conjunct, so the
// state reads as a critic too. A possessive joins no list: the word after
// "'s" (with the words that modify it) heads the phrase, and the possessor
// is its owner.
func (x *syntax) possessedReadAsConjunct() {
	t := &x.tree
	for c, rel := range t.Rel {
		w := t.Head[c]
		if rel != "conj" || w < 0 || c < w+2 || !possessiveMark(t.Words[w+1]) || t.Head[w+1] != w || len(x.childrenWith(c, "cc")) > 0 {
			continue
		}
		if slices.ContainsFunc(t.Head[w+2:c], func(h int) bool { return h != c }) {
			continue // "Kelmora's navy and Orvania's army": a list after all
		}
		for k, h := range t.Head {
			if h == w && k > c {
				t.Head[k] = c // what followed the possessor follows the phrase
			}
		}
		t.Head[c], t.Rel[c] = t.Head[w], t.Rel[w]
		t.Head[w], t.Rel[w] = c, "nmod:poss"
	}
}

// possessiveMark reports the clitic of a possessive ("'s").
func possessiveMark(w string) bool { return w == "'s" || w == "’s" }

// partyNounReadAsOblique mends a parse that cuts the noun "party" off the
// name before it: in "joined the opposition Tisza party last year",
// "Tisza" is the verb's object and "party" an oblique that takes the
// time. A noun with no case of its own right after the object's name is
// that name's head noun; what it took, the verb's.
func (x *syntax) partyNounReadAsOblique() {
	t := &x.tree
	for n, rel := range t.Rel {
		v := t.Head[n]
		if rel != "obl" || n == 0 || v < 0 || !strings.EqualFold(t.Lemma[n], "party") || t.Head[n-1] != v || t.Rel[n-1] != "obj" || t.UPOS[n-1] != "PROPN" || len(x.childrenWith(n, "case")) > 0 {
			continue
		}
		for c, h := range t.Head {
			switch {
			case h == n && (t.Rel[c] == "nmod:tmod" || t.Rel[c] == "obl:tmod"):
				t.Head[c], t.Rel[c] = v, "obl:tmod" // "last year": when the verb's act was
			case h == n-1 && c < n-1:
				t.Head[c] = n // "the opposition": the phrase's
			}
		}
		t.Head[n], t.Rel[n] = v, "obj"
		t.Head[n-1], t.Rel[n-1] = n, "compound"
	}
}

// descriptorReadAsObject mends a parse that reads the noun that says what
// a closing reporting verb's subject is as the verb's object: in "Holm met
// the envoy in March, the newspaper Diena reported", "newspaper" hangs on
// "reported" as an object before it, and the name after it is the
// subject. A common noun object right before the verb's subject name,
// its phrase opened by a comma, is the name's descriptor, which then
// opens the subject's phrase as the comma closes the reported clause.
func (x *syntax) descriptorReadAsObject() {
	t := &x.tree
	for o, rel := range t.Rel {
		v := t.Head[o]
		if rel != "obj" || v < 0 || o > v || t.UPOS[o] != "NOUN" || !reportingWords[strings.ToLower(t.Words[v])] {
			continue
		}
		subj := x.childrenWith(v, "nsubj")
		if len(subj) != 1 || subj[0] != o+1 || t.UPOS[subj[0]] != "PROPN" || subj[0] > v {
			continue
		}
		if first := x.phraseStart(o); first == 0 || t.Words[first-1] != "," {
			continue
		}
		t.Head[o], t.Rel[o] = subj[0], "compound"
	}
}

// accordingToOnNoun mends a parse that hangs an "according to" phrase
// closing a clause on the noun before its comma: in "Holm met the envoy
// in March, according to two officials", "officials" is read as a
// modifier of "March". The phrase, after a comma, tells on whose word the
// clause is told: it is an oblique of the verb that noun hangs on. Only an
// unnamed speaker's phrase (a common noun) is moved: a named one's ("according to
// Anton Vilsen, a police spokesman") is left to the reading it has.
func (x *syntax) accordingToOnNoun() {
	t := &x.tree
	for o, rel := range t.Rel {
		n := t.Head[o]
		if rel != "nmod" || n < 0 || n > o || t.UPOS[o] != "NOUN" || x.caseOf(o) != "according to" || x.isVerb(n) {
			continue
		}
		if first := x.phraseStart(o); first == 0 || t.Words[first-1] != "," {
			continue
		}
		v := t.Head[n]
		for v >= 0 && !x.isVerb(v) {
			v = t.Head[v]
		}
		if v >= 0 {
			t.Head[o], t.Rel[o] = v, "obl"
		}
	}
}

// standingPassives are the verbs a passive participle may follow in the
// place of "be": "stands accused", "remains charged".
var standingPassives = set("stand remain")

// standsAccused mends a parse that reads "Holm stands accused of leaking
// documents" as Holm standing, with "accused" its complement: she is the
// one accused, as in "Holm is accused". A passive participle with no
// subject or object of its own, the complement of "stand" or "remain",
// is the clause's verb, the verb before it its auxiliary and that verb's
// subject the participle's passive subject.
func (x *syntax) standsAccused() {
	t := &x.tree
	for w, rel := range t.Rel {
		h := t.Head[w]
		if rel != "xcomp" || h < 0 || h > w || t.XPOS[w] != "VBN" || !standingPassives[x.lemma(h)] || len(x.childrenWith(w, "nsubj", "nsubj:pass", "obj")) > 0 {
			continue
		}
		subj := x.childrenWith(h, "nsubj")
		if len(subj) != 1 {
			continue
		}
		for c, hc := range t.Head {
			if hc == h && c != w {
				t.Head[c] = w
			}
		}
		t.Head[w], t.Rel[w] = t.Head[h], t.Rel[h]
		t.Head[h], t.Rel[h] = w, "aux:pass"
		t.Rel[subj[0]] = "nsubj:pass"
	}
}

// nameSplitAtHyphen mends a parse that cuts a name at the hyphen inside
// its last word: in "The party, led by Lai Ching-te, won", the treebank
// split "Ching - te" leaves "Lai" the agent of "led" and "te" an
// apposition on "party". A run of proper nouns that ends in a hyphened
// word of one token and hangs on two heads outside itself is one name,
// headed by its last word in the first word's place.
func (x *syntax) nameSplitAtHyphen() {
	t := &x.tree
	for w := 2; w < len(t.Words); w++ {
		if t.Words[w-1] != "-" || x.tok[w] != x.tok[w-2] || t.UPOS[w] != "PROPN" || t.UPOS[w-2] != "PROPN" {
			continue
		}
		h := w - 2
		for h > 0 && t.UPOS[h-1] == "PROPN" {
			h--
		}
		inside := func(v int) bool { return v >= h && v <= w }
		if h < w-2 && !inside(t.Head[w]) && !inside(t.Head[h]) {
			x.nameHeadedBy(h, w)
		}
	}
}

// dependentOfPunctuation mends a parse that hangs a word on a punctuation
// mark, which has no dependents in UD: in "dismissed the head of the SBU
// security service, Ivan Bakal, on Friday", "Ivan" is an apposition of the
// comma. A word on a comma or a dash belongs to the phrase the mark
// closes: the head of the word just before the mark, or that word itself
// where it is a noun.
func (x *syntax) dependentOfPunctuation() {
	t := &x.tree
	for w, h := range t.Head {
		if h <= 0 || h >= w || t.UPOS[h] != "PUNCT" {
			continue
		}
		n := h - 1
		for n >= 0 && t.UPOS[n] != "NOUN" && t.UPOS[n] != "PROPN" && t.UPOS[n] != "PRON" {
			if t.Head[n] <= n || t.Head[n] >= h {
				n = -1
				break
			}
			n = t.Head[n]
		}
		if n >= 0 && !x.dominates(w, n) {
			t.Head[w] = n
		}
	}
}

// possessorOnCompound mends a parse that hangs a possessor on a common
// noun compounded into a phrase rather than on the phrase's head: in
// "Hong Kong's district council elections" the possessive, which stands
// for the whole phrase's determiner, is the elections', not the
// council's, as the treebank has it. The climb stops at a name, which a
// title compounded before it does not own ("the party's chief Ivo Dorn").
func (x *syntax) possessorOnCompound() {
	t := &x.tree
	for w, h := range t.Head {
		if h <= w || t.Rel[w] != "nmod:poss" || t.UPOS[h] != "NOUN" {
			continue
		}
		g := h
		for t.Rel[g] == "compound" && t.Head[g] > g && t.UPOS[t.Head[g]] == "NOUN" {
			g = t.Head[g]
		}
		t.Head[w] = g
	}
}

// subjectSplitAtAnd mends a parse that hangs both of two joined subjects
// on the verb: in "Serbian President Ana Vell and Hungarian Prime Minister
// Ivo Dorn signed", "Ana" and "Ivo" are both subjects of "signed" (or
// "Ana" a dep) and "and" a dependent of Ivo's title. A name before its
// verb's subject with only "and" between them is the subject's first
// conjunct.
func (x *syntax) subjectSplitAtAnd() {
	t := &x.tree
	for a, rel := range t.Rel {
		v := t.Head[a]
		if v <= a || t.UPOS[a] != "PROPN" && t.UPOS[a] != "NOUN" || rel != "dep" && !subjectRels[rel] { // the lookup last: the dearest
			continue
		}
		for _, s := range x.childrenWith(v, "nsubj", "nsubj:pass") {
			if s <= a || s > v {
				continue
			}
			c := a + 1
			for c < s && x.dominates(a, c) {
				c++
			}
			if c >= s || !strings.EqualFold(t.Words[c], "and") || !x.dominates(s, c) || x.phraseStart(s) != c+1 && x.phraseStart(s) != c {
				continue
			}
			t.Rel[a] = t.Rel[s]
			t.Head[s], t.Rel[s] = a, "conj"
			t.Head[c], t.Rel[c] = s, "cc"
			return
		}
	}
}

// appositionWithoutComma mends a parse that reads a title and the name
// after it as a list with no mark between them: in "Labour co-leader
// Carla Denby accused ministers", "co-leader" is a list item of "Labour",
// the subject, and "Carla" its apposition. Words run together with no
// comma are no list but one phrase, and a name that ends it is its head:
// the words before it modify it.
func (x *syntax) appositionWithoutComma() {
	t := &x.tree
	for changed, rounds := true, 0; changed && rounds < 4; rounds++ {
		changed = false
		for w, rel := range t.Rel {
			h := t.Head[w]
			if h < 0 || h >= w || t.UPOS[w] != "PROPN" || rel != "list" && !(rel == "appos" && t.Rel[h] == "list") {
				continue
			}
			run := true
			for k := h; k < w; k++ {
				run = run && (t.UPOS[k] == "PROPN" || t.UPOS[k] == "NOUN")
			}
			if !run {
				continue
			}
			for c, hc := range t.Head {
				if hc == h && c > w {
					t.Head[c] = w // what the phrase governs after the name
				}
			}
			t.Head[w], t.Rel[w] = t.Head[h], t.Rel[h]
			t.Head[h], t.Rel[h] = w, "compound"
			changed = true
		}
	}
}

// participleAfterPossessive mends a parse that reads a participle between
// a possessor and its noun as a verb taking the noun for its object: in
// "Georgia's ruling Georgian Dream party won", "ruling" becomes a clause
// on "Georgia" (or the head the possessor hangs on), "party" its object,
// and Georgia the subject of "won". Right after "'s", a word in "-ing"
// whose object has modifiers of its own right before it and no
// determiner is that noun's modifier ("the country's ruling Socialist
// Party", "Japan's governing coalition"), the noun is the possessed
// head, and a verb the participle took for its complement is the noun's
// predicate. A gerund with a bare object ("Russia's seizing Crimea") or
// a determiner ("its joining the bloc") keeps its reading.
func (x *syntax) participleAfterPossessive() {
	t := &x.tree
	for g := 2; g+1 < len(t.Words); g++ {
		if t.Words[g-1] != "'s" && t.Words[g-1] != "'" || !strings.HasSuffix(strings.ToLower(t.Words[g]), "ing") {
			continue
		}
		p := t.Head[g-1]
		if p < 0 || p >= g-1 || t.Rel[g-1] != "case" {
			continue
		}
		onPossessor := t.Head[g] == p && (t.Rel[g] == "acl" || t.Rel[g] == "amod")
		possessed := t.Head[p] == g && t.Rel[p] == "nmod:poss"
		if !onPossessor && !possessed {
			continue
		}
		objs := x.childrenWith(g, "obj")
		if len(objs) != 1 {
			continue
		}
		o := objs[0]
		if o <= g+1 || t.UPOS[o] != "NOUN" && t.UPOS[o] != "PROPN" || len(x.childrenWith(o, "det")) > 0 {
			continue
		}
		pre := true
		for k := g + 1; k < o; k++ {
			pre = pre && t.Head[k] == o && (t.Rel[k] == "compound" || t.Rel[k] == "amod" || t.Rel[k] == "flat")
		}
		if !pre {
			continue
		}
		var ah int // where the noun phrase hangs: the possessor's place, or the participle's
		var ar string
		if onPossessor {
			ah, ar = t.Head[p], t.Rel[p]
		} else {
			ah, ar = t.Head[g], t.Rel[g]
		}
		top := o
		for _, v := range x.childrenWith(g, "xcomp", "ccomp", "conj", "dep", "parataxis") {
			if v > o && x.isVerb(v) && len(x.childrenWith(v, "nsubj", "nsubj:pass")) == 0 {
				top = v // "ruling Progressive Party won": the party won
				break
			}
		}
		for c, h := range t.Head {
			if (h == g || h == p && onPossessor) && c > o && c != top {
				t.Head[c] = top // what the participle or possessor governed after the noun
			}
		}
		t.Head[top], t.Rel[top] = ah, ar
		if top != o {
			t.Head[o], t.Rel[o] = top, "nsubj"
		}
		t.Head[p], t.Rel[p] = o, "nmod:poss"
		t.Head[g], t.Rel[g] = o, "amod"
		t.UPOS[g], t.XPOS[g] = "ADJ", "JJ"
	}
}

// subjectOnAuxiliary mends a parse that hangs a clause's subject on its
// auxiliary rather than its verb: in "Asked why her deputy, Karl Wenz,
// had resigned, Holt said …", "deputy" is the subject of "had", itself
// the auxiliary of "resigned", which is left with no subject of its own
// and takes the sentence's. An auxiliary has no dependents of its own;
// its subject is its verb's.
func (x *syntax) subjectOnAuxiliary() {
	t := &x.tree
	for w, h := range t.Head {
		if h >= 0 && (t.Rel[w] == "nsubj" || t.Rel[w] == "nsubj:pass") && (t.Rel[h] == "aux" || t.Rel[h] == "aux:pass") && t.Head[h] >= 0 && len(x.childrenWith(t.Head[h], "nsubj", "nsubj:pass")) == 0 {
			t.Head[w] = t.Head[h]
		}
	}
}

// stanceVerbReadAsAdverb mends a parse that reads a verb of stance that is
// also an adverb as one: in "I back Tomas.", "back" is an adverb on
// "Tomas", which takes "I" as its subject and heads a clause with no
// verb; in "\"I back Tomas Berg,\" Kress said", "I" and "back" hang on
// "said" and "Tomas" is what is said. A word the trigger table gives as
// a stance verb (data/triggers.tsv, "stance"), right after a personal
// pronoun and right before a noun phrase, is the clause's verb: the
// pronoun its subject, the noun phrase its object.
func (x *syntax) stanceVerbReadAsAdverb() {
	t := &x.tree
	for a, rel := range t.Rel {
		s := a - 1
		if rel != "advmod" || s < 0 || a+1 >= len(t.Head) || !stanceVerbForm(t.Words[a]) || t.UPOS[s] != "PRON" || !personalSubjects[x.lemma(s)] {
			continue
		}
		n := a + 1 // the head of the noun phrase after it
		for nounPhraseRels[t.Rel[n]] && t.Head[n] > n {
			n = t.Head[n]
		}
		if t.UPOS[n] != "NOUN" && t.UPOS[n] != "PROPN" && t.UPOS[n] != "PRON" || len(x.childrenWith(n, "cop")) > 0 {
			continue
		}
		if h := t.Head[n]; h >= 0 && (x.dominates(a, h) || x.dominates(s, h) || x.dominates(n, h)) {
			continue // the verb or its subject above the noun's own head: no clause to make
		}
		for c, h := range t.Head {
			if h == n && c != a && !nounPhraseRels[t.Rel[c]] {
				t.Head[c] = a // the clause's marks and joins
			}
		}
		t.Head[a], t.Rel[a] = t.Head[n], t.Rel[n]
		t.UPOS[a], t.XPOS[a] = "VERB", "VBP"
		t.Head[n], t.Rel[n] = a, "obj"
		t.Head[s], t.Rel[s] = a, "nsubj"
	}
}

// personalSubjects are the lemmas of the pronouns that may be a clause's
// subject.
var personalSubjects = set("i we you he she they")

// stanceVerbForm reports a word that data/triggers.tsv gives, alone, as a
// verb of stance ("back", "support").
func stanceVerbForm(word string) bool {
	w := strings.ToLower(word)
	return slices.ContainsFunc(triggers[w], func(t trigger) bool { return t.stance && len(t.words) == 1 })
}

// nounPhraseRels are the relations of a noun's words within its own
// phrase.
var nounPhraseRels = set("compound flat flat:name det amod nmod nmod:poss appos nummod case acl acl:relcl")

// numberSubjectReadAsModifier mends a parse that takes a sentence
// opening with "the" and a cardinal, the parties just named as diplomatic
// reports refer back to them, for a noun phrase a past verb modifies:
// "The two signed agreements on gas transit" comes out with "The" the
// root and "signed" a relative clause on it whose subject is "two". A
// determiner heads no sentence; the verb does, with the cardinal, the
// determiner on it, its subject.
func (x *syntax) numberSubjectReadAsModifier() {
	t := &x.tree
	d, n, v := 0, 1, 2
	if len(t.Words) <= v || t.Head[d] != -1 || t.UPOS[d] != "DET" || t.XPOS[n] != "CD" || t.Head[n] != v || t.Head[v] != d || t.Rel[v] != "acl:relcl" {
		return
	}
	x.adoptAfter(d, v, v) // the closing stop
	t.Head[v], t.Rel[v] = -1, "root"
	t.Head[n], t.Rel[n] = v, "nsubj"
	t.Head[d], t.Rel[d] = n, "det"
}

// participleSubjectReadAsClause mends a parse that makes a past
// participle right after the sentence's subject a clause of its own with
// that subject, hung on the finite verb after it, which is left with no
// subject: in "A Liberal MP accused of ties to Beijing has quit the
// caucus", "MP" read as the subject of "accused" makes the MP the
// accuser and leaves no one to quit. With no auxiliary or marker of its
// own, the participle is a reduced relative on the noun, and the noun the
// finite verb's subject.
func (x *syntax) participleSubjectReadAsClause() {
	t := &x.tree
	for w := range t.Words {
		h := t.Head[w]
		if t.XPOS[w] != "VBN" || t.Rel[w] != "advcl" || h <= w || !x.isVerb(h) {
			continue
		}
		subj := x.childrenWith(w, "nsubj", "nsubj:pass")
		if len(subj) != 1 || subj[0] > w || len(x.childrenWith(w, "aux", "aux:pass", "mark", "cop")) > 0 ||
			len(x.childrenWith(h, "nsubj", "nsubj:pass", "expl", "csubj")) > 0 {
			continue
		}
		s := subj[0]
		t.Head[s], t.Rel[s] = h, "nsubj"
		if len(x.childrenWith(h, "aux:pass")) > 0 {
			t.Rel[s] = "nsubj:pass"
		}
		t.Head[w], t.Rel[w] = s, "acl"
	}
}
