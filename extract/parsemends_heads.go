package extract

import (
	"slices"
	"strings"
)

// Mends of phrases hung on the wrong head: gerunds, names read as times or
// modifiers, "according to", asides and relatives.

// gerundReadAsModifier mends a parse that reads the act one is accused of
// as a noun phrase: in "accused Beijing of funding candidates", "funding"
// is taken for a noun modifying "candidates", and "of" for the case of
// that phrase. Right after "of" under an accusing verb's object, a word in
// "-ing" that modifies the noun after it is the gerund of the act, "of"
// its mark and the noun its object.
func (x *syntax) gerundReadAsModifier() {
	t := &x.tree
	for g := 1; g+1 < len(t.Words); g++ {
		n := g + 1
		if t.Rel[g] != "compound" || t.Head[g] != n || t.UPOS[g] != "NOUN" || !strings.HasSuffix(strings.ToLower(t.Words[g]), "ing") ||
			!strings.EqualFold(t.Words[g-1], "of") || t.Head[g-1] != n {
			continue
		}
		o := t.Head[n]
		if o < 0 || t.Head[o] < 0 || !accusingLemmas[x.lemma(t.Head[o])] || t.Rel[o] != "obj" {
			continue
		}
		t.UPOS[g], t.XPOS[g] = "VERB", "VBG"
		t.Head[g], t.Rel[g] = o, "acl"
		t.Head[g-1], t.Rel[g-1] = g, "mark"
		t.Head[n], t.Rel[n] = g, "obj"
	}
}

// participleOnDocumentReadAsClause mends a parse that hangs a present
// participle right after a verb's object, a document one speaks through
// (data/words/vehicle_nouns.txt), on the verb, as its clause or its
// complement: in "the ministry released a statement hailing the accord",
// "sent a letter to the minister demanding higher pay", "hailing" and
// "demanding" tell what the statement or the letter says, not what the
// verb's subject did beside releasing or sending it; where the verb does
// not author it ("received a letter urging him to resign") its subject
// does nothing the participle tells. The tagger may read the participle
// as an adjective ("a communique welcoming the ceasefire"). Only phrases
// of the object or the verb's obliques ("on Monday", "to the minister")
// may stand between; after a comma the participle is the clause's.
func (x *syntax) participleOnDocumentReadAsClause() {
	t := &x.tree
	for v, rel := range t.Rel {
		h := t.Head[v]
		if rel != "advcl" && rel != "xcomp" || h < 0 || !x.isVerb(h) || !strings.HasSuffix(strings.ToLower(t.Words[v]), "ing") ||
			t.XPOS[v] != "VBG" && t.UPOS[v] != "ADJ" || len(x.childrenWith(v, "nsubj", "nsubj:pass", "mark", "aux")) > 0 {
			continue
		}
		objs := x.childrenWith(h, "obj")
		if len(objs) != 1 || objs[0] > v || !vehicleNouns[strings.ToLower(x.lemma(objs[0]))] || !x.phrasesBetween(h, objs[0], v) {
			continue
		}
		t.Head[v], t.Rel[v] = objs[0], "acl"
		t.UPOS[v], t.XPOS[v] = "VERB", "VBG"
	}
}

// phrasesBetween reports whether every word between noun o, verb h's
// object, and word v belongs to o's phrase or to an oblique of h, with
// no comma among them.
func (x *syntax) phrasesBetween(h, o, v int) bool {
	for w := o + 1; w < v; w++ {
		if x.tree.Words[w] == "," {
			return false
		}
		if x.dominates(o, w) {
			continue
		}
		if !slices.ContainsFunc(x.childrenWith(h, "obl", "obl:tmod", "obl:npmod"), func(c int) bool { return x.dominates(c, w) }) {
			return false
		}
	}
	return true
}

// gerundReadAsNoun mends a parse that reads the act one is charged with
// as a noun: in "charged Ivo Dorn with spying for China", "spying" is
// taken for a noun with "with" its case, though it has arguments of its
// own. Under an accusing verb, a word in "-ing" after "with" or "of" that
// takes an object or an oblique is the gerund of the act, the preposition
// its mark; it tells of the one charged: the verb's object, where it has
// one (a clause on it, as gerundReadAsModifier makes), else the passive's
// subject the verb's adverbial clause shares.
func (x *syntax) gerundReadAsNoun() {
	t := &x.tree
	for g, rel := range t.Rel {
		v := t.Head[g]
		if rel == "nmod" && v >= 0 && t.Rel[v] == "obj" {
			// "charged Ivo Dorn with spying for China": the parse hangs
			// the phrase on the one charged, the verb's object
			v = t.Head[v]
		} else if rel != "obl" {
			continue
		}
		if v < 0 || t.UPOS[g] != "NOUN" || !strings.HasSuffix(strings.ToLower(t.Words[g]), "ing") ||
			!accusingLemmas[x.lemma(v)] || !x.isVerb(v) || !x.takesArguments(g) {
			continue
		}
		cs := x.childrenWith(g, "case")
		if len(cs) != 1 || !strings.EqualFold(t.Words[cs[0]], "with") && !strings.EqualFold(t.Words[cs[0]], "of") {
			continue
		}
		t.UPOS[g], t.XPOS[g] = "VERB", "VBG"
		t.Rel[cs[0]] = "mark"
		if o := x.childrenWith(v, "obj"); len(o) > 0 {
			t.Head[g], t.Rel[g] = o[0], "acl"
		} else {
			t.Rel[g] = "advcl"
		}
	}
}

// nameReadAsTimeModifier mends a parse that reads a verb's object as a
// compound of the time phrase after it: in "Holm will visit China next
// week, the ministry said", "China next week" is taken for one noun
// phrase. A name right after a verb with no object, compound of a noun of
// time that "next", "last", "this" or "coming" modifies, is the verb's
// object, and the time phrase the verb's time.
func (x *syntax) nameReadAsTimeModifier() {
	t := &x.tree
	for w := 1; w < len(t.Words); w++ {
		h, v := t.Head[w], w-1
		if t.Rel[w] != "compound" || t.UPOS[w] != "PROPN" || h <= w || !timeUnitNouns[strings.ToLower(t.Words[h])] ||
			!x.isVerb(v) || len(x.childrenWith(v, "obj")) > 0 || !slices.ContainsFunc(x.childrenWith(h, "amod", "det"), func(c int) bool { return timeDeictics[strings.ToLower(t.Words[c])] }) {
			continue
		}
		t.Head[w], t.Rel[w] = v, "obj"
		t.Head[h], t.Rel[h] = v, "obl:tmod"
	}
	x.namedPhraseReadAsTimeModifier()
}

// namedPhraseReadAsTimeModifier mends the same misreading after a
// preposition: in "was expelled from the Harbour Union last month", "the
// Harbour Union last month" is taken for one noun phrase, "month" the
// verb's oblique with "from" its case. A name that is a compound of a noun
// of time right after it, which a deictic word modifies and a preposition
// before the name is the case of, is that phrase's (the oblique, with the
// case and determiner before it), and the time phrase the verb's time.
func (x *syntax) namedPhraseReadAsTimeModifier() {
	t := &x.tree
	for w := 1; w+2 < len(t.Words); w++ {
		h := t.Head[w]
		if t.Rel[w] != "compound" || t.UPOS[w] != "PROPN" || h != w+2 || !timeUnitNouns[strings.ToLower(t.Words[h])] ||
			t.Head[w+1] != h || !timeDeictics[strings.ToLower(t.Words[w+1])] {
			continue
		}
		v := t.Head[h]
		if v < 0 || !x.isVerb(v) || x.baseRel(h) != "obl" && t.Rel[h] != "obl:tmod" {
			continue
		}
		cs := slices.DeleteFunc(x.childrenWith(h, "case"), func(c int) bool { return c > w })
		if len(cs) != 1 {
			continue
		}
		for c := range t.Words {
			if c < w && t.Head[c] == h {
				t.Head[c] = w // "from", "the": the name's
			}
		}
		t.Head[w], t.Rel[w] = v, "obl"
		t.Head[h], t.Rel[h] = v, "obl:tmod"
	}
}

// timeDeictics place a noun of time from the time of writing ("next week").
var timeDeictics = set("next last this coming past")

// takesArguments reports whether noun g has an object, or a phrase that
// an argument's preposition opens, as a verb has ("spying for China",
// "taking bribes from a firm"; not "spying on Tuesday").
func (x *syntax) takesArguments(g int) bool {
	if len(x.childrenWith(g, "obj")) > 0 {
		return true
	}
	return slices.ContainsFunc(x.childrenWith(g, "obl", "nmod"), func(c int) bool { return argumentCases[x.caseOf(c)] })
}

// argumentCases open a gerund's argument rather than its time or place.
var argumentCases = set("for from to against with")

// caseOnCompound mends a parse that hangs a preposition on a word inside
// a name rather than on the name's head: in "a report by Human Rights
// Watch", "by" is the case of "Rights", a compound of "Watch". A compound
// or a modifier takes no case of its own before its head; the case is
// the head's.
func (x *syntax) caseOnCompound() {
	t := &x.tree
	for p, rel := range t.Rel {
		c := t.Head[p]
		if rel != "case" || c < 0 || c < p || t.Rel[c] != "compound" && t.Rel[c] != "amod" {
			continue
		}
		h := t.Head[c]
		for h >= 0 && h > c && (t.Rel[h] == "compound" || t.Rel[h] == "amod") {
			h = t.Head[h] // "by Human Rights Watch": "Human" modifies "Rights", a compound of "Watch"
		}
		if h < 0 || h < c || t.UPOS[h] != "PROPN" && t.UPOS[h] != "NOUN" || len(x.childrenWith(h, "case")) > 0 {
			continue
		}
		t.Head[p] = h
	}
}

// standingReadAsHead mends a parse that reads a party's standing as the
// head of its phrase and cuts the name after it loose: in "a member of
// India's ruling Bharatiya Janata Party, was arrested", "ruling" is the
// noun "of" hangs on and "Party" a stray dependent of the verb. A word of
// partyAdjectives right before a capitalised name modifies the name; the
// name heads the phrase, with the standing's case and possessor.
func (x *syntax) standingReadAsHead() {
	t := &x.tree
	for p := 0; p+1 < len(t.Words); p++ {
		if t.UPOS[p+1] != "PROPN" && t.XPOS[p+1] != "NNP" || t.Head[p] < 0 || !partyAdjectives[strings.ToLower(t.Words[p])] { // the tags first: cheaper than the lookup; "Socialist" is an adjective of the name
			continue
		}
		// the name: a run of capitalised words whose last is its head
		n := p + 1
		for t.Head[n] > n && t.UPOS[t.Head[n]] == "PROPN" && x.capitalisedRun(p+1, t.Head[n]) {
			n = t.Head[n]
		}
		if k := x.kindNounAfter(p + 1); k > n && t.Head[k] == p && len(x.childrenWith(k, "case", "det")) == 0 {
			// "the leader of the opposition Pheu Thai party, Somchai
			// Wongrat,": the name and its common noun, the noun its head,
			// taken for a modifier of the standing (a name with no noun
			// may be a person's on a noun: "Leader of the Opposition Ann
			// Dorr")
			n = k
		} else if loose := t.Head[n] == p && len(x.childrenWith(n, "case")) == 0; x.dominates(n, p) || x.dominates(p, n) && !loose || !x.capitalisedRun(p+1, n) {
			// the standing inside the name, or the name in a phrase on the
			// standing ("the ruling of the Civic Court"); not the name hung
			// on the standing with no case, as in "The opposition
			// Socialist Party, led by X, tabled", the standing the subject
			continue
		}
		for c, h := range t.Head {
			if h == p && c != n {
				t.Head[c] = n // "of", "India's": the name's
			}
		}
		// the name takes the standing's place; where both hang on one
		// word, the standing was a stray argument of it: the name before
		// it is its subject if either was ("Opposition MP Ivo Dorn said",
		// "Opposition" a time or an object of "said" and "Ivo" its
		// subject), and keeps a role of its own otherwise
		subj := func(w int) bool { return t.Rel[w] == "nsubj" || t.Rel[w] == "nsubj:pass" }
		switch {
		case t.Head[n] == t.Head[p] && n < t.Head[n] && (subj(n) || subj(p)):
			if !subj(n) {
				t.Rel[n] = t.Rel[p]
			}
		case t.Head[n] == t.Head[p] && coreArgRels[t.Rel[n]] && !coreArgRels[t.Rel[p]]:
		default:
			t.Head[n], t.Rel[n] = t.Head[p], t.Rel[p]
		}
		t.Head[p], t.Rel[p] = n, "amod"
	}
}

// coreArgRels are the relations of a verb's subject and objects.
var coreArgRels = set("nsubj nsubj:pass obj iobj")

// purposeOnName mends a parse that hangs a purpose clause on a name in
// the verb's phrase: in "she would seek the votes of the opposition
// Sovereign Alliance to pass the budget", "to pass" is read as a clause
// on "Alliance", or as an adverbial clause on it. A name takes no infinitive of its own; the clause is the
// purpose of the verb the name's phrase hangs on.
func (x *syntax) purposeOnName() {
	t := &x.tree
	for w := range t.Words {
		h := t.Head[w]
		if t.Rel[w] != "acl" && t.Rel[w] != "advcl" || t.XPOS[w] != "VB" || h < 0 || h > w || t.UPOS[h] != "PROPN" || len(x.childrenWith(w, "mark")) == 0 {
			continue
		}
		v := h
		for n := 0; v >= 0 && !x.isVerb(v) && n < 4; n++ {
			v = t.Head[v]
		}
		if v >= 0 && x.isVerb(v) && v < h && t.Head[h] != -1 {
			t.Head[w], t.Rel[w] = v, "advcl"
		}
	}
}

// kindNounAfter is the common noun right after the capitalised run that
// starts at word a, where every word of the run hangs inside run and noun
// ("Pheu Thai party", "Tisza movement"), else -1.
func (x *syntax) kindNounAfter(a int) int {
	t := &x.tree
	k := a
	for k < len(t.Words) && x.capitalisedRun(k, k) {
		k++
	}
	if k == a || k >= len(t.Words) || t.UPOS[k] != "NOUN" || x.capitalisedRun(k, k) {
		return -1
	}
	for w := a; w < k; w++ {
		if t.Head[w] < a || t.Head[w] > k {
			return -1
		}
	}
	return k
}

// accordingReadAsVerb mends a parse that reads "according" as a verb
// with "to" fixed on it and hangs the phrase after them on the clause
// apart: in "According to the newspaper Ziarul Nou, Ivo Brask met", the
// newspaper is an oblique of "met" with no preposition. "According to"
// is the preposition of the phrase that follows it.
func (x *syntax) accordingReadAsVerb() {
	t := &x.tree
	for a, w := range t.Words {
		if !strings.EqualFold(w, "according") || t.Rel[a] == "case" || a+2 >= len(t.Words) || !strings.EqualFold(t.Words[a+1], "to") || t.Head[a+1] != a {
			continue
		}
		if len(x.childrenWith(a, "obl", "nmod", "obj")) > 0 {
			continue // the phrase already hangs on it
		}
		n := -1
		for c, h := range t.Head {
			if h == t.Head[a] && c > a+1 && x.phraseStart(c) == a+2 && (t.UPOS[c] == "NOUN" || t.UPOS[c] == "PROPN") {
				n = c
			}
		}
		if n < 0 {
			continue
		}
		for c, h := range t.Head {
			if h == a && c != a+1 {
				t.Head[c] = n // a comma set on "according"
			}
		}
		t.Head[a], t.Rel[a], t.UPOS[a], t.XPOS[a] = n, "case", "ADP", "IN"
		t.Rel[a+1] = "fixed"
	}
}

// accordingToReadAsRoot mends a parse that makes a fronted "according to"
// phrase the sentence's root and its clause a participle on an apposition:
// in "According to Reuters, police arrested Ivo Marek", "Reuters" is the
// root, "police" its apposition and "arrested" a participle on it. The
// phrase is an oblique of the clause after its comma; that clause's verb
// with no subject or auxiliary of its own is the sentence's, and the
// noun it hangs on its subject. A parse may read that clause as a
// relative one on the phrase instead ("According to Lia Perr, police
// arrested"): its verb, with its own subject, is the sentence's.
func (x *syntax) accordingToReadAsRoot() {
	t := &x.tree
	n := x.nounRoot()
	if n < 0 || x.caseOf(n) != "according to" {
		return
	}
	for _, v := range x.childrenWith(n, "acl:relcl") {
		if v > n && slices.Contains(t.Words[n:v], ",") && len(x.childrenWith(v, "nsubj")) > 0 {
			x.promote(v, n)
			t.Rel[n] = "obl"
			return
		}
	}
	for a, rel := range t.Rel {
		if rel != "appos" || a == 0 || !x.dominates(n, a) || !slices.Contains(t.Words[n:a], ",") {
			continue
		}
		for _, v := range x.childrenWith(a, "acl") {
			if v < a || !x.bareParticiple(v) {
				continue
			}
			x.promote(v, n)
			t.Rel[n] = "obl" // promote made the old root the subject; it is the oblique
			t.Head[a], t.Rel[a] = v, "nsubj"
			return
		}
	}
}

// clauseReadAsModifier mends a parse that reads a reported clause's verb
// as an adjective on its object and the object as the reporting verb's: in
// "A report said Serbian police arrested dozens of students in January",
// "arrested" modifies "dozens", which "said" takes as its object, and
// "in January" hangs on "said". An adjective has no subject; a verb form
// with one is the clause's verb, what the reporting verb reports (ccomp),
// the noun its object, and the obliques after that noun are the clause's.
// Where the parse made the noun the clause itself ("Moscow funded
// candidates, the report said": "candidates" the ccomp), the verb takes
// its place.
func (x *syntax) clauseReadAsModifier() {
	t := &x.tree
	for v, rel := range t.Rel {
		n := t.Head[v]
		if rel != "amod" || n <= v || t.XPOS[v] != "VBD" && t.XPOS[v] != "VBN" || t.Rel[n] != "obj" && t.Rel[n] != "ccomp" && t.Rel[n] != "root" {
			continue
		}
		if !slices.ContainsFunc(x.childrenWith(v, "nsubj"), func(s int) bool { return s < v }) {
			continue
		}
		h := t.Head[n]
		if t.Rel[n] != "obj" {
			t.Head[v], t.Rel[v], t.XPOS[v] = h, t.Rel[n], "VBD"
			t.Head[n], t.Rel[n] = v, "obj"
			for c := n + 1; c < len(t.Head); c++ {
				if k := x.caseOf(c); t.Head[c] == n && t.Rel[c] == "nmod" && (k == "in" || k == "on" || k == "at") {
					t.Head[c], t.Rel[c] = v, "obl" // "in the 2022 election": when it was done
				}
			}
			continue
		}
		if h < 0 || h > v || !reportingWords[strings.ToLower(t.Words[h])] {
			continue
		}
		t.Head[v], t.Rel[v] = h, "ccomp"
		t.Head[n], t.Rel[n] = v, "obj"
		for c, hc := range t.Head {
			if hc == h && c > n && t.Rel[c] == "obl" {
				t.Head[c] = v
			}
		}
	}
}

// asideReadAsDep mends a parse that leaves a noun phrase set off by
// commas after a list of names hanging loose on the verb: in "Ana Holm
// and Ivo Dorn, both members of the Left Party, signed the letter",
// "members" is a "dep" of "signed"; so is "Arvex" in "The supplier, Arvex
// Systems, also rejected the claims". A noun or a name right after the
// comma that closes the verb's subject, closed by a comma before the verb
// (or before the verb's adverbs), restates the subject: it is the
// subject's apposition.
func (x *syntax) asideReadAsDep() {
	t := &x.tree
	for n, rel := range t.Rel {
		v := t.Head[n]
		if rel != "dep" || v <= n || t.UPOS[n] != "NOUN" && t.UPOS[n] != "PROPN" || !x.isVerb(v) {
			continue
		}
		start := x.phraseStart(n)
		if start < 2 || t.Words[start-1] != "," || !x.commaBeforeVerb(v) {
			continue
		}
		for _, s := range x.childrenWith(v, "nsubj", "nsubj:pass") {
			if s < start && x.dominates(s, start-2) && (plural(x, n) || len(x.childrenWith(s, "conj")) == 0) {
				// a singular after a list restates its last name alone
				t.Head[n], t.Rel[n] = s, "appos"
				break
			}
		}
	}
}

// commaBeforeVerb reports a comma right before verb v or before the
// adverbs of v that open it ("Arvex Systems, also rejected").
func (x *syntax) commaBeforeVerb(v int) bool {
	w := v - 1
	for w > 0 && x.tree.Head[w] == v && x.tree.UPOS[w] == "ADV" {
		w--
	}
	return w > 0 && x.tree.Words[w] == ","
}

// nameReadAsPostModifier mends a parse that reads the person a verb gives
// a post to as a modifier of the post, or as a second complement: in "the
// president appointed Ivo Dorn foreign minister", "Ivo Dorn" is a
// possessor of "minister", which is the object. A name right after a verb
// that gives posts, joined to the post after it by no "'s", with no other
// object, is the verb's object, and the post its complement (xcomp), as
// in "named him minister".
func (x *syntax) nameReadAsPostModifier() {
	t := &x.tree
	for n, rel := range t.Rel {
		v := t.Head[n]
		if rel != "obj" && rel != "xcomp" || v < 0 || t.UPOS[n] != "NOUN" || careerVerbs[strings.ToLower(t.Lemma[v])] != "gives" {
			continue
		}
		c := v + 1
		if c >= n || t.UPOS[c] != "PROPN" || len(x.childrenWith(c, "case")) > 0 || !x.dominates(n, c) && !(t.Head[c] == v && t.Rel[c] == "xcomp") {
			continue // "appointed Ukraine's ambassador": the post is the object
		}
		if len(slices.DeleteFunc(x.childrenWith(v, "obj", "iobj"), func(o int) bool { return o == n })) > 0 {
			continue
		}
		t.Head[c], t.Rel[c] = v, "obj"
		t.Rel[n] = "xcomp"
	}
}

// relativeReadAsReport mends a parse that reads a relative clause on the
// subject as what the sentence's verb reports, or as an aside to it: in
// "Ada Holm, who was re-elected as party leader in March, spoke",
// "re-elected" is a ccomp of "spoke"; in "Ada Holm, who holds French
// citizenship, was detained", "holds" is its parataxis; in "Ivo Dorn, who
// is running on the Harvest Union ticket, said", "running" is its
// adverbial clause (no adverbial clause has "who" for subject). A clause whose
// subject is "who" or "which", right after the comma after a name, is on
// the name (acl:relcl), and the verb it was hung on, with no subject of
// its own, has the name as its subject.
func (x *syntax) relativeReadAsReport() {
	t := &x.tree
	for r, word := range t.Words {
		v := t.Head[r]
		if r < 2 || v < 0 || t.Words[r-1] != "," || !relativePronouns[strings.ToLower(word)] || t.Rel[r] != "nsubj" && t.Rel[r] != "nsubj:pass" || t.Rel[v] != "ccomp" && t.Rel[v] != "parataxis" && t.Rel[v] != "advcl" {
			continue
		}
		h, name := t.Head[v], x.nameBeforeComma(r)
		if h < 0 || h < v || !x.isVerb(h) || name < 0 || t.UPOS[name] != "PROPN" || slices.ContainsFunc(x.childrenWith(h, "nsubj", "nsubj:pass"), func(s int) bool { return s != name }) {
			continue
		}
		t.Head[v], t.Rel[v] = name, "acl:relcl"
		t.Head[name], t.Rel[name] = h, "nsubj"
	}
}

// agentReadAsSubject mends a parse that takes the agent of a participle
// after a sentence's subject for the passive subject of the verb after
// it: in "An amendment tabled by MP Ivo Dorn was defeated", "tabled" is
// read as the verb of "amendment", "by" as a marker and "MP Ivo Dorn" as
// the subject of "defeated"; in "A motion put forward by opposition
// leader Ivo Dorn was defeated", "Ivo Dorn" is cut from "leader" to be
// that subject. A passive's subject never follows "by": a noun, a bare
// participle, "by" and a name, then the passive's auxiliary, are a
// subject that the participle modifies (a reduced relative), its agent,
// and the passive verb.
func (x *syntax) agentReadAsSubject() {
	t := &x.tree
	for w := range t.Head {
		if t.XPOS[w] != "VBN" {
			continue // first, as finding its dependents reads the whole tree
		}
		auxs, subjs := x.childrenWith(w, "aux:pass"), x.childrenWith(w, "nsubj:pass")
		if len(auxs) != 1 || len(subjs) != 1 || subjs[0] > auxs[0] {
			continue
		}
		s, aux := subjs[0], auxs[0]
		b := slices.IndexFunc(t.Words[:s], func(w string) bool { return strings.EqualFold(w, "by") })
		for i := b + 1; b >= 0 && i < s; i++ {
			if strings.EqualFold(t.Words[i], "by") {
				b = i // the last "by" before the name
			}
		}
		if b < 2 {
			continue
		}
		p := b - 1
		if x.rel(p) == "compound:prt" || t.UPOS[p] == "ADV" {
			p-- // "put forward by"
		}
		if n := p - 1; p < 1 || t.XPOS[p] != "VBN" || len(x.childrenWith(p, "aux", "aux:pass", "nsubj:pass")) > 0 || x.pos(n) != "NOUN" ||
			!(t.Head[n] == p && x.baseRel(n) == "nsubj") && !(t.Head[p] == n && x.rel(p) == "acl") {
			continue // the noun is the participle's subject, or the participle already its modifier
		}
		// the words between "by" and the auxiliary are the name and the
		// words the parse gave the participle as its agent
		agent := -1
		for _, a := range x.childrenWith(p, "obl:agent") {
			if a > b && a < s {
				agent = a
			}
		}
		whole := true
		for i := b + 1; i < aux; i++ {
			if i != s && !x.dominates(s, i) && (agent < 0 || i != agent && !x.dominates(agent, i)) {
				whole = false
			}
		}
		if !whole {
			continue
		}
		n := p - 1
		if top := slices.Index(t.Head, -1); top == n || top == p {
			x.adoptAfter(top, w, w) // the full stop
			t.Head[w], t.Rel[w] = -1, "root"
		}
		t.Head[p], t.Rel[p] = n, "acl"
		t.Head[n], t.Rel[n] = w, "nsubj:pass"
		t.Head[s], t.Rel[s] = p, "obl:agent"
		if agent >= 0 {
			t.Head[agent], t.Rel[agent] = s, "compound" // "opposition leader Ivo Dorn"
			for c, h := range t.Head {
				if h == agent && x.rel(c) == "case" {
					t.Head[c] = s
				}
			}
		}
		t.Head[b], t.Rel[b] = s, "case"
	}
}

// careerVerbReadAsNoun mends a parse that reads a verb of leaving a post
// whose past is its base as the root noun of a name: in "Ana Holm quit as
// leader of the Harvest Party on Monday", "quit" heads the sentence as a
// noun, the name its compound and the post its modifier. A root noun that
// is a career or leaving verb's base, right after the name that hangs on
// it, and with an "as" phrase after it, is the verb: the name its
// subject, the phrases after it its obliques.
func (x *syntax) careerVerbReadAsNoun() {
	t := &x.tree
	for v := 1; v < len(t.Words); v++ {
		w := strings.ToLower(t.Words[v])
		if t.Rel[v] != "root" || t.UPOS[v] != "NOUN" || t.XPOS[v] != "NN" || careerVerbs[w] == "" && !leavingVerbs[w] {
			continue
		}
		s := v - 1
		for s >= 0 && t.Rel[s] == "flat" && t.UPOS[s] == "PROPN" {
			s = t.Head[s]
		}
		if s < 0 || s >= v || t.UPOS[s] != "PROPN" || t.Head[s] != v || t.Rel[s] != "compound" {
			continue
		}
		if !slices.ContainsFunc(x.childrenWith(v, "nmod"), func(c int) bool { return c > v && x.caseOf(c) == "as" }) {
			continue
		}
		t.UPOS[v], t.XPOS[v] = "VERB", "VBD"
		t.Rel[s] = "nsubj"
		for c := v + 1; c < len(t.Words); c++ {
			if t.Head[c] == v && t.Rel[c] == "nmod" {
				t.Rel[c] = "obl"
			}
		}
		return
	}
}

// verbTaggedNoun mends a parse that tags a verb whose past is also a
// noun as the noun while giving it a verb's arguments: in "Ukrainian air
// defences shot down 30 drones overnight, the air force said", "shot" is
// a noun with a subject, a particle and an object. A noun takes no
// object; one with a subject before it and an object after it, and no
// copula, is the clause's verb.
func (x *syntax) verbTaggedNoun() {
	t := &x.tree
	for v := 1; v < len(t.Words); v++ {
		if t.UPOS[v] != "NOUN" || len(x.childrenWith(v, "cop")) > 0 {
			continue
		}
		subj, objs := x.childrenWith(v, "nsubj"), x.childrenWith(v, "obj")
		if len(subj) == 0 || subj[0] > v || len(objs) == 0 || objs[0] < v {
			continue
		}
		t.UPOS[v], t.XPOS[v] = "VERB", "VBD"
	}
}

// presentVerbReadAsNoun mends a parse that tags a verb's present form as
// a noun and leaves the sentence without a verb: in "Ivo Dorn, who was
// charged in March, denies wrongdoing", "denies" is read as a plural noun
// on "wrongdoing"; in "Soldiers detain protesters in Varenna", "detain" as a
// noun on "protesters". A sentence whose root is a noun and which has no verb
// but in an aside on that noun has one missing: an event verb's present
// form right after the noun's own words or the comma that closes its
// aside, agreeing with it and followed by the noun phrase it modified, is
// that verb, the root its subject and the phrase its object. Where a verb
// follows ("Police arrests rose") the word stays a noun.
func (x *syntax) presentVerbReadAsNoun() {
	t := &x.tree
	n := x.nounRoot()
	if n < 0 {
		return
	}
	for v := n + 1; v < len(t.Words)-1; v++ {
		if !x.presentFormAfterSubject(v, n) {
			continue
		}
		obj := t.Head[v] // the noun phrase it modified, up to its head
		for g := t.Head[obj]; g > v && (t.UPOS[g] == "NOUN" || t.UPOS[g] == "PROPN"); g = t.Head[obj] {
			obj = g
		}
		if obj <= v || !x.dominates(obj, v+1) || x.verbOutsideAside(n, v) {
			continue
		}
		for c := v + 1; c < len(t.Words); c++ {
			if t.Head[c] == n && c != obj {
				t.Head[c] = v
				if t.Rel[c] == "nmod" {
					t.Rel[c] = "obl"
				}
			}
		}
		x.promote(v, n)
		t.Head[obj], t.Rel[obj] = v, "obj"
		x.placeAndTimeOnVerb(obj, v)
		t.UPOS[v], t.XPOS[v] = "VERB", "VBP"
		if t.XPOS[n] == "NN" || t.XPOS[n] == "NNP" {
			t.XPOS[v] = "VBZ"
		}
		return
	}
}

// presentFormAfterSubject reports whether noun-tagged word v is an event
// verb's present form that agrees with subject n and comes right after
// n's own words or after the comma closing an aside on n: "denies" after
// "Ivo Dorn," with a singular subject, "detain" after "Soldiers".
func (x *syntax) presentFormAfterSubject(v, n int) bool {
	t := &x.tree
	if t.UPOS[v] != "NOUN" || !verbFormTrigger(t.Words[v]) {
		return false
	}
	if !x.onlyModifiersBetween(n, v) && !x.asideClosedBefore(n, v) {
		return false
	}
	singular := t.XPOS[n] == "NN" || t.XPOS[n] == "NNP"
	plural := t.XPOS[n] == "NNS" || t.XPOS[n] == "NNPS"
	if strings.HasSuffix(strings.ToLower(t.Words[v]), "s") {
		return singular && t.XPOS[v] == "NNS"
	}
	return plural && t.XPOS[v] == "NN"
}

// verbOutsideAside reports whether the sentence has a verb other than
// candidate v outside the words between its noun root n and v: a
// sentence with a verb of its own ("Police arrests rose") needs no other.
func (x *syntax) verbOutsideAside(n, v int) bool {
	for u := range x.tree.Words {
		if u != v && x.isVerb(u) && (u < n || u > v) {
			return true
		}
	}
	return false
}

// verbFormTrigger reports a word that data/triggers.tsv gives as a
// one-word verb of an event ("denies", "storm").
func verbFormTrigger(word string) bool {
	return slices.ContainsFunc(triggers[strings.ToLower(word)], func(t trigger) bool { return !t.noun && len(t.words) == 1 })
}
