package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// prepositionReadAsMarker mends a parse that reads a preposition as the
// marker of the clause after it, with its noun hung on it: in "MPs voted
// 120-80 on Tuesday to approve the budget", "on" marks "approve" and
// "Tuesday" depends on "on". A marker takes no dependents; a preposition
// with a noun of its own is that noun's case, and the phrase an oblique
// of the clause it was read to mark. Where the parse glued the noun onto a
// participle clause after it as a compound, the phrase is the oblique of
// the verb that clause modifies.
func (x *syntax) prepositionReadAsMarker() {
	t := &x.tree
	for p, rel := range t.Rel {
		h := t.Head[p]
		if rel != "mark" || t.UPOS[p] != "ADP" || h < 0 || !x.isVerb(h) {
			continue
		}
		n := p + 1
		if n < len(t.Head) && t.Head[n] == h && t.Rel[n] == "compound" && t.Head[h] >= 0 && !slices.Contains(t.Head[n+1:h], n) {
			// "passed a law on Thursday banning donations": the noun glued
			// to the participle is the oblique of the verb it modifies,
			// or, where it modifies a noun ("approved a law on Tuesday
			// restricting NGOs"), of the verb that noun is an argument of
			v := t.Head[h]
			if t.Rel[h] == "acl" {
				v = t.Head[v]
			}
			if (t.Rel[h] == "advcl" || t.Rel[h] == "acl") && v >= 0 && x.isVerb(v) {
				t.Head[n], t.Rel[n] = v, "obl"
				t.Head[p], t.Rel[p] = n, "case"
				continue
			}
		}
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

// caseReadAsMarker mends a parse that reads a preposition before a noun as
// a clause's marker: in "Ali lost to businessman Salim Mwangi", "to" marks
// "businessman", so the noun has no case. A noun with no copula is no
// clause, and a preposition before it is its case.
func (x *syntax) caseReadAsMarker() {
	t := &x.tree
	for p, rel := range t.Rel {
		n := t.Head[p]
		if rel != "mark" || t.UPOS[p] != "ADP" || n <= p || (t.UPOS[n] != "NOUN" && t.UPOS[n] != "PROPN") || len(x.childrenWith(n, "cop")) > 0 {
			continue
		}
		t.Rel[p] = "case"
	}
}

// titleModifierReadAsVerb mends a parse that reads a title's modifier as
// a gerund with the title as its object: in "Choi took over as acting
// president on Friday", "acting" heads a clause "as" marks, with
// "president" its object and "Friday" its time, so the act has no day.
// A word of titleModifiers before a title with no subject or auxiliary of
// its own modifies the title; the title is the "as" phrase of the verb
// the gerund hung on, and the gerund's other phrases are that verb's.
func (x *syntax) titleModifierReadAsVerb() {
	t := &x.tree
	for v, rel := range t.Rel {
		h := t.Head[v]
		if h < 0 || !x.isVerb(v) || t.XPOS[v] != "VBG" || !titleModifiers[strings.ToLower(t.Words[v])] || rel != "advcl" && rel != "xcomp" ||
			len(x.childrenWith(v, "nsubj", "nsubj:pass", "aux", "aux:pass")) > 0 {
			continue
		}
		objs := x.childrenWith(v, "obj")
		if len(objs) != 1 || objs[0] != v+1 || t.UPOS[v+1] != "NOUN" {
			continue
		}
		o := objs[0]
		for c, hc := range t.Head {
			switch {
			case hc != v || c == o:
			case t.Rel[c] == "mark":
				t.Head[c], t.Rel[c] = o, "case" // "as"
			default:
				t.Head[c] = h // "on Friday"
			}
		}
		t.Head[o], t.Rel[o] = h, "obl"
		t.Head[v], t.Rel[v] = o, "amod"
		t.UPOS[v], t.XPOS[v] = "ADJ", "JJ"
	}
}

// relativeMislabelled mends a parse that attaches a relative clause to
// its noun under another relation: in "Viktor Lyubchenko, who has been
// under EU sanctions since 2022, denied the allegations", the clause on
// "sanctions" is a "list" item of the name, so nothing fences its time
// off from the sentence's verb. A clause that a relative pronoun opens as
// its subject, hung on a noun or a name before it, is a relative clause.
func (x *syntax) relativeMislabelled() {
	t := &x.tree
	for w, rel := range t.Rel {
		h := t.Head[w]
		if rel == "acl:relcl" || h < 0 || h > w || (t.UPOS[h] != "NOUN" && t.UPOS[h] != "PROPN") || rel != "list" && rel != "appos" && rel != "dep" {
			continue
		}
		for _, s := range x.childrenWith(w, "nsubj", "nsubj:pass") {
			l, first := strings.ToLower(t.Words[s]), x.phraseStart(w)
			if s < w && (l == "who" || l == "which") && (first == s || first == s-1 && t.Words[first] == ",") {
				t.Rel[w] = "acl:relcl"
				break
			}
		}
	}
}

// appositionOnVerb mends a parse that hangs a noun in apposition on the
// verb of its clause: in "connected to Voice of Europe, a news website
// that the government sanctioned", "website" is read as an apposition of
// "connected". A verb takes no apposition; the noun restates the noun
// phrase of that verb that ends at the comma before it.
func (x *syntax) appositionOnVerb() {
	t := &x.tree
	for n, rel := range t.Rel {
		h := t.Head[n]
		if rel != "appos" || h < 0 || !x.isVerb(h) || t.UPOS[n] != "NOUN" {
			continue
		}
		k := x.phraseStart(n)
		if t.Words[k] == "," {
			k++ // the phrase may hold its comma
		}
		if k < 2 || t.Words[k-1] != "," {
			continue
		}
		q := k - 2 // the word before the comma, up to the verb's dependent it is in
		for q >= 0 && t.Head[q] != h && t.Head[q] >= 0 && !x.isVerb(t.Head[q]) {
			q = t.Head[q]
		}
		if q >= 0 && q < n && t.Head[q] == h && (t.UPOS[q] == "PROPN" || t.UPOS[q] == "NOUN") {
			t.Head[n] = q
		}
	}
}

// whoOnBodyName mends a parse that hangs a "who" clause on the body a
// person is "of": in "Peter Otieno of the Orange Democratic Movement, who
// retained Kisumu", "retained" is read as the Movement's. "Who" stands for
// a person: a clause it opens on a party's, a body's or a place's name
// that is the "of" phrase of a person's name is that person's.
func (d *doc) whoOnBodyName(si int, x *syntax) {
	t := &x.tree
	for v, rel := range t.Rel {
		b := t.Head[v]
		if rel != "acl:relcl" || b < 0 || t.Rel[b] != "nmod" || x.caseOf(b) != "of" || t.Head[b] < 0 ||
			!slices.ContainsFunc(x.childrenWith(v, "nsubj", "nsubj:pass"), func(c int) bool { return strings.EqualFold(t.Words[c], "who") }) {
			continue
		}
		body, person := d.mentionOver(si, x.token(b)), d.mentionOver(si, x.token(t.Head[b]))
		if body == nil || person == nil || body.kind == polgraph.KindPerson || person.kind != polgraph.KindPerson {
			continue
		}
		t.Head[v] = t.Head[b]
	}
}

// participlePrepositions are participles that the press uses as
// prepositions ("resigned on Tuesday following weeks of protests").
var participlePrepositions = set("following")

// prepositionReadAsModifier mends a parse that reads a participle used as
// a preposition as a modifier of the noun after it, with the noun before
// it glued on: in "resigned on Tuesday following weeks of protests", "on
// Tuesday following weeks" is read as one phrase, so the resignation has
// no day. Where the noun before the participle is a compound of the noun
// after it, the participle is that noun's case, and the noun before it an
// oblique of its own, with the case it opened with.
func (x *syntax) prepositionReadAsModifier() {
	t := &x.tree
	for w := 1; w+1 < len(t.Words); w++ {
		h, b := t.Head[w], w-1
		// the tree's tests first: they are cheaper than the word's lookup
		if t.Rel[w] != "amod" || h <= w || t.Head[b] != h || t.Rel[b] != "compound" || t.Head[h] < 0 || !participlePrepositions[strings.ToLower(t.Words[w])] {
			continue
		}
		for _, c := range x.childrenWith(h, "case", "det") {
			if c < b {
				t.Head[c] = b
			}
		}
		t.Head[b], t.Rel[b] = t.Head[h], t.Rel[h]
		t.Head[w], t.Rel[w], t.UPOS[w], t.XPOS[w] = h, "case", "ADP", "IN"
	}
}

// spanNouns count the span between two events: "days after", "weeks
// before".
var spanNouns = set("hours days weeks months years day week month year")

// clauseOpeners open a clause of time or cause, and may be read as
// prepositions when a noun follows them.
var clauseOpeners = set("after before since until once because while although though")

// subordinatorReadAsPreposition mends a parse that reads the word opening
// a clause of time as a preposition on the clause's subject: in "she
// backed the law after the government agreed to lower the threshold",
// "after" is the case of "government", hung on "law", and "agreed" is a
// conjunct of the main verb with no subject. A finite verb with no subject
// and no conjunction before it, right after a noun phrase that such a word
// opens, is that phrase's verb; the word marks the clause, which modifies
// the verb above the phrase. A finite auxiliary makes the verb finite
// ("hours after the report was published on Friday"). Where the span
// before the word heads both the phrase and the verb ("elected X on
// Sunday, days after the army arrested his rival": "army" and "arrested"
// both hang on "days", or "arrested", with an object, on "army"; not
// "weeks after the vote held in May"), the verb is the clause's
// too, whichever past form the tagger gives it: such a span opens a
// clause, not a noun that a participle modifies. An aside set off by
// commas may part the phrase from its verb ("a day after his rival,
// councillor Mira Kask, accused him"): it restates the phrase.
func (x *syntax) subordinatorReadAsPreposition() {
	t := &x.tree
	for v, rel := range t.Rel {
		// a clause with its subject and its subordinator, read as a
		// participle on the span ("days after President Ali Khan
		// resigned"), modifies the verb above the span
		if sp := t.Head[v]; rel == "acl" && sp >= 0 && spanNouns[strings.ToLower(t.Words[sp])] && len(x.childrenWith(v, "nsubj", "nsubj:pass")) > 0 {
			if ms := x.childrenWith(v, "mark"); len(ms) > 0 && clauseOpeners[strings.ToLower(t.Words[ms[0]])] {
				if up := x.verbAbove(sp); up >= 0 && up < sp {
					t.Head[v], t.Rel[v] = up, "advcl"
				}
			}
		}
	}
	for v, rel := range t.Rel {
		if rel != "conj" && rel != "parataxis" && rel != "dep" && rel != "ccomp" && rel != "acl" {
			continue // first, as the tests below read the whole tree
		}
		first := v // the verb's first word: its auxiliary, in "was published"
		for _, a := range x.childrenWith(v, "aux", "aux:pass") {
			first = min(first, a)
		}
		if first == 0 || len(x.childrenWith(v, "nsubj", "nsubj:pass", "cc", "mark")) > 0 {
			continue
		}
		n := first - 1 // the head of the phrase before the verb: its last word, in English
		aside := -1
		if open, h := x.asideBefore(n); h >= 0 {
			// "after his rival, Mira Kask, accused him": the phrase
			// before the aside that restates it
			n, aside = open-1, h
		}
		for n > 0 && t.Rel[n] == "flat" && t.Head[n] < n {
			n = t.Head[n] // or a name's first: "after President Ali Khan resigned"
		}
		// the phrase hangs before it, or on the verb itself as its
		// oblique ("said on Monday, after the Union called for calm,")
		onVerb := t.Head[n] == v && t.Rel[n] == "obl" && t.Head[v] >= 0 && t.Head[v] < n
		if t.UPOS[n] != "NOUN" && t.UPOS[n] != "PROPN" && t.UPOS[n] != "PRON" || t.Head[n] > n && !onVerb {
			continue
		}
		sp := t.Head[n] // "days" in "days after the army arrested"
		spanned := rel == "acl" && (t.XPOS[first] == "VBN" || finiteTags[t.XPOS[first]]) && first == v && sp >= 0 && (t.Head[v] == sp || t.Head[v] == n && len(x.childrenWith(v, "obj")) > 0) && spanNouns[strings.ToLower(t.Words[sp])]
		if !finiteTags[t.XPOS[first]] && !spanned || rel == "acl" && !spanned {
			continue
		}
		cs := x.childrenWith(n, "case")
		if len(cs) != 1 || !clauseOpeners[strings.ToLower(t.Words[cs[0]])] || cs[0] != x.phraseStart(n) {
			continue
		}
		up := x.verbAbove(n)
		if onVerb {
			up = t.Head[v]
		}
		if up < 0 || up > n || !x.isVerb(up) {
			continue
		}
		subj := "nsubj"
		if len(x.childrenWith(v, "aux:pass")) > 0 {
			subj = "nsubj:pass" // "after the report was published"
		}
		t.Head[cs[0]], t.Rel[cs[0]] = v, "mark"
		t.Head[n], t.Rel[n] = v, subj
		t.Head[v], t.Rel[v] = up, "advcl"
		if aside >= 0 {
			t.Head[aside], t.Rel[aside] = n, "appos"
		}
	}
}

// asideBefore finds the aside a comma closes: a noun phrase between two
// commas ("his rival, Mira Kask, accused"). It gives the opening comma
// and the aside's head, or -1, -1.
func (x *syntax) asideBefore(comma int) (open, head int) {
	t := &x.tree
	if comma < 2 || t.Words[comma] != "," {
		return -1, -1
	}
	open = comma - 1
	for open > 0 && (nounPhraseTags[t.UPOS[open]] || t.XPOS[open] == "PRP$") {
		open--
	}
	if open == comma-1 || open < 1 || t.Words[open] != "," {
		return -1, -1
	}
	head = -1
	for w := open + 1; w < comma; w++ {
		if h := t.Head[w]; h <= open || h >= comma {
			if head >= 0 {
				return -1, -1 // two phrases, not one
			}
			head = w
		}
	}
	return open, head
}

// asClauseReadAsPhrase mends a parse that reads a clause "as" opens as a
// phrase: in "troops pushed into Chechnya as warplanes bombed villages",
// "bombed" modifies "villages", which "as" heads, and "warplanes" is a
// compound; in "police fired tear gas as thousands marched against the
// bill", "marched" modifies "thousands". A past form right after a noun
// phrase that "as" opens, read as a modifier, is the verb of the clause
// "as" marks: the phrase before it is its subject, the noun it modified
// its object, and the clause modifies the verb the phrase hung on.
func (x *syntax) asClauseReadAsPhrase() {
	t := &x.tree
	for a, w := range t.Words {
		if !strings.EqualFold(w, "as") || t.Rel[a] != "case" {
			continue
		}
		v := a + 1
		for v < len(t.Words) && nounPhraseTags[t.UPOS[v]] && t.XPOS[v] != "VBN" && t.XPOS[v] != "VBD" {
			v++
		}
		n := v - 1
		if v == len(t.Words) || n == a || t.UPOS[n] != "NOUN" && t.UPOS[n] != "PROPN" || t.XPOS[v] != "VBD" && t.XPOS[v] != "VBN" || t.Rel[v] != "amod" && t.Rel[v] != "acl" {
			continue
		}
		up := x.verbAbove(a)
		if up < 0 || up > a {
			continue
		}
		obj := -1
		if h := t.Head[v]; h > v && t.UPOS[h] == "NOUN" || h > v && t.UPOS[h] == "PROPN" {
			obj = h // "bombed villages"
		}
		for w := a + 1; w < n; w++ {
			if t.Head[w] <= a || t.Head[w] >= n {
				t.Head[w] = n // the subject's own words
			}
		}
		t.Head[n], t.Rel[n] = v, "nsubj"
		t.Head[a], t.Rel[a] = v, "mark"
		if obj >= 0 {
			t.Head[obj], t.Rel[obj] = v, "obj"
		}
		t.Head[v], t.Rel[v] = up, "advcl"
		t.UPOS[v], t.XPOS[v] = "VERB", "VBD"
		return
	}
}

// verbAbove is the nearest verb above word w in the tree, or -1.
func (x *syntax) verbAbove(w int) int {
	up := x.tree.Head[w]
	for up >= 0 && !x.isVerb(up) {
		up = x.tree.Head[up]
	}
	return up
}

// nounPhraseTags are the parts of speech of a noun phrase's words.
var nounPhraseTags = set("DET NUM ADJ NOUN PROPN")

// thatReadAsNoun mends a parse that loses the clause a "that" tagged as
// a subordinator opens: in "A Dutch newspaper reported on Sunday that
// Russian military intelligence had planned sabotage attacks", "that" is
// read as an apposition of "Sunday", "intelligence" as its object and
// "had" as a stray word, so "planned" has no subject. The tagger's
// reading stands: "that" marks the clause of the first verb after it, the
// noun phrase before that verb is its subject, an auxiliary between them
// is the verb's, and the clause is what the verb before "that" reports.
func (x *syntax) thatReadAsNoun() {
	t := &x.tree
	for th, word := range t.Words {
		if !strings.EqualFold(word, "that") || t.UPOS[th] != "SCONJ" || t.Rel[th] == "mark" {
			continue
		}
		r := t.Head[th]
		for r >= 0 && r < th && !x.isVerb(r) {
			r = t.Head[r]
		}
		if r < 0 || r > th {
			continue
		}
		v, subj := -1, -1
		for k := th + 1; k < len(t.Words) && v < 0; k++ {
			switch u := t.UPOS[k]; {
			case u == "VERB":
				v = k
			case u == "NOUN" || u == "PROPN" || u == "PRON":
				subj = k
			case u == "AUX" || u == "DET" || u == "ADJ" || u == "NUM" || u == "ADV" || u == "PART":
			default:
				k = len(t.Words) // a comma, a preposition: no plain clause
			}
		}
		if v < 0 || subj < 0 || t.Head[v] == r && t.Rel[v] == "ccomp" {
			continue
		}
		for k := th + 1; k < v; k++ {
			switch {
			case k == subj:
				t.Head[k], t.Rel[k] = v, "nsubj"
			case t.UPOS[k] == "AUX" && k > subj:
				t.Head[k], t.Rel[k] = v, "aux"
			case t.Head[k] <= th || t.Head[k] >= v:
				t.Head[k] = subj // the subject's own words
			}
		}
		x.adoptAfter(th, v, v)
		t.Head[th], t.Rel[th] = v, "mark"
		t.Head[v], t.Rel[v] = r, "ccomp"
	}
}

// objectReadAsComplement mends a parse that takes a past verb with a
// subject for a participle and its object for a complement: in "President
// Ana Holm named Ivo Marek as foreign minister", "named" is tagged as a
// participle and "Ivo" as its complement, as in "a man named Ivo Marek". A
// participle with an active subject of its own and no auxiliary is a past
// verb; a name right after it is its object.
func (x *syntax) objectReadAsComplement() {
	t := &x.tree
	for v := range t.Words {
		if t.XPOS[v] != "VBN" || len(x.childrenWith(v, "nsubj")) == 0 || len(x.childrenWith(v, "aux", "aux:pass", "obj")) > 0 {
			continue
		}
		for _, c := range x.childrenWith(v, "xcomp") {
			if c == v+1 && (t.UPOS[c] == "PROPN" || t.UPOS[c] == "PRON") {
				t.XPOS[v] = "VBD"
				t.Rel[c] = "obj"
			}
		}
	}
}

// accusingLemmas are the verbs whose object is accused "of" an act.
var accusingLemmas = set("accuse suspect charge convict blame")

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

// andNameReadAsList mends a parse that reads a name holding "and" as a
// list: in "Freedom and Homeland's leader, X, has resigned", "Freedom" is
// the subject and "leader", which "Homeland" owns, a second one joined to
// it. A name the recogniser read whole is one noun phrase, headed by its
// last word; what the parser joined to its first word as a conjunct, the
// name's last word or a noun that word modifies, is the phrase's head.
func (d *doc) andNameReadAsList(si int, x *syntax) {
	t := &x.tree
	for _, mi := range d.mentionsOf(si) {
		m := &d.ments[mi]
		if !m.named() || m.last-m.first < 3 || !slices.ContainsFunc(d.toks[m.first+1:m.last-1], func(k token) bool { return k.lower == "and" }) {
			continue
		}
		f, l := x.at(m.first), x.lastWord(m.last-1)
		if f < 0 || l <= f {
			continue
		}
		c := slices.IndexFunc(t.Head, func(h int) bool { return h == f })
		for c >= 0 && (t.Rel[c] != "conj" || c != l && (c < l || t.Head[l] != c)) {
			if n := slices.IndexFunc(t.Head[c+1:], func(h int) bool { return h == f }); n >= 0 {
				c += 1 + n
			} else {
				c = -1
			}
		}
		if c < 0 {
			continue
		}
		for w, h := range t.Head {
			if h == f && (w < f || w > l) && w != c {
				t.Head[w] = c // the first word's other dependents are the phrase's
			}
		}
		t.Head[c], t.Rel[c] = t.Head[f], t.Rel[f]
		for w := f; w < l; w++ {
			t.Head[w], t.Rel[w] = l, "compound"
			if strings.EqualFold(t.Words[w], "and") {
				t.Rel[w] = "cc"
			}
		}
	}
}

// titledPairReadAsOne mends a parse that reads two persons, each with
// a title before the name, joined by "and" as one noun phrase: in
// "Prime Minister Anna Keller and Green Party leader Mia Roth condemned
// the attack", "Keller" modifies "leader", "Party" is its conjunct and
// only Roth is the subject; in "Finance Minister Otto Sigg and party
// chairman Rolf Dunst criticised", "Finance" is a dep of the verb. Two
// persons' names with only "and" and the second one's title between them
// are two conjuncts, each heading its title, standing where the phrase
// stood.
func (d *doc) titledPairReadAsOne(si int, x *syntax) {
	t := &x.tree
	ms := d.mentionsOf(si)
	for k := 0; k+1 < len(ms); k++ {
		m1, n := &d.ments[ms[k]], k+1
		for n+1 < len(ms) && d.ments[ms[n]].kind != polgraph.KindPerson {
			n++ // "Green Party leader Mia Roth": the party is the title's
		}
		m2 := &d.ments[ms[n]]
		if !titledPair(d, m1, m2) {
			continue
		}
		start1 := m1.first
		if m1.office != nil && m1.officeStart >= 0 && m1.officeStart < m1.first {
			start1 = m1.officeStart
		}
		a, and, f1, f2, z := x.at(start1), x.at(m1.last), x.at(m1.first), x.at(m2.first), x.lastWord(m2.last-1)
		if a < 0 || and < 0 || f1 < 0 || f2 < 0 || z < f2 || !strings.EqualFold(t.Words[and], "and") {
			continue
		}
		if r := t.Rel[f2]; t.Head[f2] >= a && t.Head[f2] < and && (r == "conj" || r == "list") {
			continue // already two conjuncts
		}
		if slices.ContainsFunc(t.UPOS[and+1:f2], func(p string) bool { return !titleTags[p] }) {
			continue // "tabled by Petra Lindqvist and backed by Tom Redding": no title
		}
		// where the phrase stood: the head outside it of its words, a
		// subject's relation first
		head, rel := -1, ""
		for w := a; w <= z; w++ {
			if h := t.Head[w]; (h < a || h > z) && (head < 0 || subjectRels[t.Rel[w]] && !subjectRels[rel]) {
				head, rel = h, t.Rel[w]
			}
		}
		if head < 0 && rel == "" {
			continue
		}
		for w := a; w <= z; w++ {
			first, last, f := a, and-1, f1
			if w > and {
				first, last, f = and+1, z, f2
			}
			if w == f || w == and || t.Head[w] >= first && t.Head[w] <= last {
				continue
			}
			t.Head[w], t.Rel[w] = f, "flat"
			if w < f {
				t.Rel[w] = "nmod:desc" // the title before the name
			}
		}
		for c, h := range t.Head {
			if (c < a || c > z) && h >= a && h <= z {
				t.Head[c] = f1 // the phrase's own dependents, a closing stop
				if h > and {
					t.Head[c] = f2
				}
			}
		}
		t.Head[f1], t.Rel[f1] = head, rel
		t.Head[f2], t.Rel[f2] = f1, "conj"
		t.Head[and], t.Rel[and] = f2, "cc"
		return
	}
}

// titleTags are the parts of speech of a title's words ("opposition
// leader", "her deputy", "Green Party leader").
var titleTags = set("NOUN PROPN ADJ DET PRON")

// titledPair reports two persons' mentions m1 and m2 parted only by "and"
// and words of m2's title, no more than four ("Prime Minister Anna Keller
// and Green Party leader Mia Roth").
func titledPair(d *doc, m1, m2 *mention) bool {
	if m1.kind != polgraph.KindPerson || m2.kind != polgraph.KindPerson || !m1.named() || !m2.named() || m1.sent != m2.sent {
		return false
	}
	if m1.last >= m2.first || d.toks[m1.last].lower != "and" || m2.first-m1.last < 2 || m2.first-m1.last > 5 {
		return false
	}
	for j := m1.last + 1; j < m2.first; j++ {
		if tk := d.toks[j]; tk.kind != tokWord || tk.lower == "and" || tk.lower == "of" {
			return false
		}
	}
	return true
}

// titleOverName mends a parse that hangs a person's name inside the
// office title before it: in "Deputy Foreign Minister Sergei Volkin,
// quoted by Interfax, said", "Deputy" becomes the subject and the name an
// oblique of "Foreign". A title the recogniser read before a name (its
// words capitalised, no "of" inside) modifies the name, which heads the
// phrase in the title's place.
func (d *doc) titleOverName(si int, x *syntax) {
	t := &x.tree
	for _, mi := range d.mentionsOf(si) {
		m := &d.ments[mi]
		if m.office == nil || m.officeStart < 0 || m.officeStart >= m.first || m.kind != polgraph.KindPerson || m.via == "pronoun" {
			continue
		}
		a, f, l := x.at(m.officeStart), x.at(m.first), x.at(m.last-1)
		if a < 0 || f < 0 || l < 0 || f > l {
			continue
		}
		for a > 0 && x.capitalisedRun(a-1, a-1) && (deputyWords[strings.ToLower(t.Words[a-1])] || titleModifiers[strings.ToLower(t.Words[a-1])]) {
			a-- // "Deputy Foreign Minister", "Acting Prime Minister"
		}
		if !x.capitalisedRun(a, f-1) {
			continue // "Minister of Foreign Affairs Ana Holm": a title with words of its own
		}
		// the name's head: its word whose head lies outside the name
		h := -1
		for w := f; w <= l; w++ {
			if t.Head[w] < f || t.Head[w] > l {
				if h >= 0 {
					h = -2
					break
				}
				h = w
			}
		}
		if h < 0 || t.Head[h] < a || t.Head[h] >= f {
			continue // the name already heads the phrase, or hangs on no title word
		}
		// the title's top word: the one whose head lies outside title and name
		top := -1
		for w := a; w < f; w++ {
			if t.Head[w] < a || t.Head[w] > l {
				top = w
				break
			}
		}
		if top < 0 {
			continue
		}
		for c, hc := range t.Head {
			if hc >= a && hc < f && (c < a || c > l) {
				t.Head[c] = h // what the title governed outside the phrase: the name's
			}
		}
		t.Head[h], t.Rel[h] = t.Head[top], t.Rel[top]
		for w := a; w < f; w++ {
			t.Head[w], t.Rel[w] = h, "compound"
		}
	}
}

// dateReadAsHead mends a parse that reads a full date inside a noun
// phrase as the phrase's head: in "charged in the Dec. 21, 1988, bombing
// of Pan Am Flight 103", "21" is the oblique with "in" and "the", and
// "bombing" an apposition after the comma that closes the year. A date
// set off by commas between "the" and a noun ("the Dec. 21, 1988,
// bombing") modifies the noun, as "the Aug. 7 bombings" does, and the
// noun heads the phrase.
func (x *syntax) dateReadAsHead() {
	t := &x.tree
	for n := 2; n < len(t.Words); n++ {
		if t.UPOS[n] != "NOUN" || t.Words[n-1] != "," {
			continue
		}
		// the date's head: a number whose phrase, opened by "the" and a
		// month, runs to the comma, its year set off by a comma of its own
		d := -1
		for w := n - 2; w >= max(2, n-8) && d < 0; w-- {
			if t.UPOS[w] == "NUM" && t.Head[w] != n && x.spans(w, n-1) && strings.EqualFold(t.Words[w-2], "the") && calendarWords[strings.TrimSuffix(strings.ToLower(t.Words[w-1]), ".")] && slices.Contains(t.Words[w+1:n-1], ",") {
				d = w
			}
		}
		if d < 0 {
			continue
		}
		t.Head[n], t.Rel[n] = t.Head[d], t.Rel[d]
		for _, c := range x.childrenWith(d, "det", "case") {
			t.Head[c] = n
		}
		t.Head[d], t.Rel[d] = n, "compound"
	}
}

// tollReadAsNumber mends a parse that reads the second count of a toll
// as a conjunct of the first verb, its participle a clause on the number:
// in "Two soldiers were killed and 15 wounded in a bombing", "15" is the
// conjunct of "killed" and "wounded" modifies it. The count's verb is
// elided ("15 were wounded"): the participle is the conjunct, the number
// its passive subject.
func (x *syntax) tollReadAsNumber() {
	t := &x.tree
	for n, rel := range t.Rel {
		h, p := t.Head[n], n+1
		if rel != "conj" || t.UPOS[n] != "NUM" || h < 0 || !x.isVerb(h) || p >= len(t.Words) || t.Head[p] != n || t.Rel[p] != "acl" || t.XPOS[p] != "VBN" {
			continue
		}
		for _, c := range x.childrenWith(n, "cc", "punct") {
			t.Head[c] = p
		}
		t.Head[p], t.Rel[p] = h, "conj"
		t.Head[n], t.Rel[n] = p, "nsubj:pass"
	}
}

// dayReadAsObjectModifier mends a parse that hangs the day a verb was done
// on a word of its object: in "the court annulled the first round of the
// presidential election on Friday", "on Friday" is read as the
// election's; in "Iran executed a man convicted of spying for Israel on
// Wednesday", as Israel's, or as the gerund's ("arrested three men
// suspected of financing the rebels on Monday"). A weekday that "on" opens and that ends the
// object of a verb in the past tense with no day of its own tells when
// the verb was done, as wire copy writes its news; the noun's own day is
// told before the noun ("Sunday's election") or by a participle ("the
// vote held on Sunday"), and no finite clause with a subject of its own
// is crossed.
func (x *syntax) dayReadAsObjectModifier() {
	t := &x.tree
	for w, rel := range t.Rel {
		n := t.Head[w]
		if rel != "nmod" && rel != "obl" || n < 0 || !bareDays[strings.ToLower(t.Words[w])] || x.caseOf(w) != "on" {
			continue
		}
		// on a noun, or on a gerund or participle inside the object ("three
		// men suspected of financing the rebels on Monday")
		onNoun := rel == "nmod" && (t.UPOS[n] == "NOUN" || t.UPOS[n] == "PROPN")
		if !onNoun && !(rel == "obl" && (t.XPOS[n] == "VBG" || t.XPOS[n] == "VBN") && t.Rel[n] != "obj") {
			continue
		}
		o := n
		for o >= 0 && t.Rel[o] != "obj" {
			if x.isVerb(o) && (t.XPOS[o] != "VBN" && t.XPOS[o] != "VBG" || len(x.childrenWith(o, "nsubj", "nsubj:pass")) > 0) {
				o = -1 // a clause of its own
				break
			}
			if r := t.Rel[o]; r != "nmod" && r != "acl" && r != "advcl" && r != "flat" && r != "compound" {
				o = -1
				break
			}
			o = t.Head[o]
		}
		if o < 0 {
			continue
		}
		v := t.Head[o]
		if v < 0 || t.XPOS[v] != "VBD" {
			continue
		}
		if slices.Max(x.subtree(o, nil)) != w {
			continue
		}
		if slices.ContainsFunc(x.childrenWith(v, "obl", "obl:tmod"), func(c int) bool { return bareDays[strings.ToLower(t.Words[c])] }) {
			continue
		}
		t.Head[w], t.Rel[w] = v, "obl"
	}
}

// predicateBeforeObject mends a parse that misses an object set after the
// verb's "as" predicate, as writers do when the object is long: in "The
// Kremlin dismissed as baseless a report by the Financial Times that ...",
// "as" is read as the case of "report" or as a fixed word, and the verb
// has no object, so it is read without what it was done to. Right after
// a verb, "as" then an adjective or participle ("as wholly unfounded"),
// or a noun before a claim's noun ("dismissed as nonsense claims that"),
// is the verb's predicate, and the noun phrase right after it the verb's
// object: its last noun before a word no noun phrase holds. Not after a
// verb of posts: "served as foreign minister" names the post.
func (x *syntax) predicateBeforeObject() {
	t := &x.tree
	for v := 0; v+3 < len(t.Words); v++ {
		w := v + 1
		if !x.isVerb(v) || !strings.EqualFold(t.Words[w], "as") {
			continue
		}
		p := w + 1
		if t.UPOS[p] == "ADV" {
			p++ // "as wholly unfounded"
		}
		if p+1 >= len(t.Words) {
			continue
		}
		predicate := t.UPOS[p] == "ADJ" || t.XPOS[p] == "VBN" || t.XPOS[p] == "VBD" && len(x.childrenWith(p, "nsubj")) == 0
		if !predicate && !(t.UPOS[p] == "NOUN" && deniedNouns[x.lemma(p+1)] != "") {
			continue
		}
		n := -1
		for o := p + 1; o < len(t.Words); o++ {
			if u := t.UPOS[o]; u == "NOUN" || u == "PROPN" || o == p+1 && deniedNouns[x.lemma(o)] != "" {
				n = o
			} else if u != "DET" && u != "ADJ" && u != "NUM" && !(u == "PRON" && t.XPOS[o] == "PRP$") {
				break
			}
		}
		// "dismissed as false the report that he had met X": the parse
		// hangs the claim's clause right after the noun on the verb, as
		// the verb's own ccomp; it is the noun's, told as its content
		claim := -1
		if n >= 0 && deniedNouns[x.lemma(n)] != "" {
			for _, o := range x.childrenWith(v, "ccomp") {
				if o > n && x.phraseStart(o) == n+1 && strings.EqualFold(t.Words[n+1], "that") {
					claim = o
				}
			}
		}
		if n < 0 || slices.ContainsFunc(x.childrenWith(v, "obj", "ccomp"), func(o int) bool { return o != claim && (o < w || o > n) }) {
			continue
		}
		if n == p+1 && deniedNouns[x.lemma(n)] == "" && careerVerbs[x.lemma(v)] != "" {
			// "served as foreign minister", "was sacked as prime
			// minister": an adjective right before the noun of a verb of
			// posts modifies it, and the two are the post
			continue
		}
		if claim >= 0 {
			t.Head[claim], t.Rel[claim] = n, "acl"
		}
		for o := range t.Words {
			if h := t.Head[o]; o != n && h >= w && h <= n && o > n {
				t.Head[o] = n // "by the Financial Times", the claim's clause: the object's
			}
		}
		t.UPOS[n] = "NOUN"
		t.Head[n], t.Rel[n] = v, "obj"
		t.Head[p], t.Rel[p] = v, "xcomp"
		t.Head[w], t.Rel[w] = p, "mark"
		for o := w + 1; o < n; o++ {
			if o < p {
				t.Head[o], t.Rel[o] = p, "advmod"
			} else if o > p {
				t.Head[o] = n
			}
		}
	}
}

// sayingOnGerund mends a parse that hangs a participle of speech after a
// comma on the gerund before it: in "Benko has denied receiving money
// from a foundation, saying the payments were for lectures", "saying"
// is read as receiving's, so what he says is taken for part of what he
// denies; in "accused Holm of lying, saying she had hidden the report",
// Holm is made the one who says it. A participle set off by a comma that
// tells what is said (a verb of speech, or one with a clause of its own:
// "insisting she had been in Paris") tells more of what the sentence's
// subject says: it is the finite verb's, the nearest over the gerund it
// was hung on.
func (x *syntax) sayingOnGerund() {
	t := &x.tree
	for s, rel := range t.Rel {
		h := t.Head[s]
		if rel != "advcl" || h < 0 || t.XPOS[s] != "VBG" || s == 0 || t.Words[s-1] != "," ||
			!reportingWords[strings.ToLower(t.Words[s])] && len(x.childrenWith(s, "ccomp")) == 0 {
			continue
		}
		if t.XPOS[h] != "VBG" && t.XPOS[h] != "VB" || len(x.childrenWith(h, "nsubj", "nsubj:pass")) > 0 {
			continue
		}
		v := h
		for n := 0; n < 4 && v >= 0 && len(x.childrenWith(v, "nsubj", "nsubj:pass")) == 0; n++ {
			switch r := t.Rel[v]; {
			case r == "xcomp", r == "advcl" && t.XPOS[v] == "VBG", r == "acl" && t.XPOS[v] == "VBG", r == "obj" || r == "obl":
				v = t.Head[v] // "accused Holm of lying": up the gerund to the one accused, and to the verb
			default:
				v = -1
			}
		}
		if v >= 0 && x.isVerb(v) && len(x.childrenWith(v, "nsubj", "nsubj:pass")) > 0 {
			t.Head[s] = v
		}
	}
}

// adverbialClauseByMark mends a parse that sets a clause a subordinator
// of time, cause or contrast opens beside the sentence's as parataxis, or
// under a verb of speech as what it reports: in "resigned in 2018, months
// after she was accused of accepting bribes", "accused" is read as
// parataxis with "after" its mark; in "The embassy said it welcomed the
// decision, while the OAS called for calm", "called" is read as what the
// embassy said. Such a clause is an adverbial clause of the verb it hangs
// on, and tells its time from it; a reported clause opens with "that",
// "whether" or "if", or with nothing.
func (x *syntax) adverbialClauseByMark() {
	t := &x.tree
	for v, rel := range t.Rel {
		if rel != "parataxis" && rel != "ccomp" {
			continue
		}
		marks := x.childrenWith(v, "mark")
		if slices.ContainsFunc(marks, func(m int) bool { return adverbialMarks[strings.ToLower(t.Words[m])] }) &&
			!slices.ContainsFunc(marks, func(m int) bool { return complementizers[strings.ToLower(t.Words[m])] }) {
			t.Rel[v] = "advcl"
		}
	}
}

// complementizers open a reported clause.
var complementizers = set("that whether if")

// adverbialMarks open a clause of time, cause or concession.
var adverbialMarks = set("after before since until while when because although whereas once")

// timeUnitNouns name a span of time (data/words/time_unit_nouns.txt).
var timeUnitNouns = wordSet("time_unit_nouns.txt")

// timeReadAsRoot mends a parse that reads a sentence's opening time as
// its root and the clause after it as a relative clause on it: in "That
// summer she was released", "summer" is the root and "released" a
// relative clause with no relative word. A time noun that opens the
// sentence before a clause with a subject of its own and no relative
// word is that clause's time.
func (x *syntax) timeReadAsRoot() {
	t := &x.tree
	r := slices.Index(t.Head, -1)
	if r < 0 || r > 3 || t.UPOS[r] != "NOUN" || !timeUnitNouns[x.lemma(r)] && !calendarWords[strings.ToLower(t.Words[r])] {
		return
	}
	for _, v := range x.childrenWith(r, "acl:relcl", "acl", "appos") {
		if v < r || !x.isVerb(v) || len(x.childrenWith(v, "nsubj", "nsubj:pass")) == 0 ||
			slices.ContainsFunc(x.childrenWith(v, "obj", "nsubj", "nsubj:pass", "mark"), func(c int) bool {
				return t.XPOS[c] == "WDT" || t.XPOS[c] == "WP" || strings.EqualFold(t.Words[c], "that") && c > r
			}) {
			continue
		}
		x.adoptAfter(r, r, v) // the full stop, what follows
		t.Head[v], t.Rel[v] = -1, "root"
		t.Head[r], t.Rel[r] = v, "obl:tmod"
		return
	}
}

// timeReadAsSubject mends a parse that takes a time between a subject
// and its verb for the verb's subject: in "The sacking of army chief X
// last month angered Kyiv", "month" is read as the subject of "angered"
// and "sacking" left hanging, or made the head of a relative clause. The
// noun before the time is the subject; the time is that noun's where it
// names an act ("the sacking ... last month"), else the verb's ("Ana
// Holm last month angered Kyiv").
func (x *syntax) timeReadAsSubject() {
	t := &x.tree
	for s, rel := range t.Rel {
		v := t.Head[s]
		if rel != "nsubj" || v < s || !x.isVerb(v) || !timeUnitNouns[x.lemma(s)] && !calendarWords[strings.ToLower(t.Words[s])] {
			continue
		}
		n := -1 // the noun the subject's phrase is headed by, before the time
		switch {
		case t.Rel[v] == "acl:relcl" && t.Head[v] < s:
			n = t.Head[v]
		default:
			for _, c := range x.childrenWith(v, "dep") {
				if c < s {
					n = c
				}
			}
		}
		if n < 0 || t.UPOS[n] != "NOUN" && t.UPOS[n] != "PROPN" || slices.ContainsFunc(x.subtree(s, nil), func(w int) bool { return w < s && w <= n }) ||
			slices.ContainsFunc(t.XPOS[:s], func(tag string) bool { return finiteTags[tag] }) {
			continue // not "Holm left the party that July, calling ...": a verb before it has its subject
		}
		if t.Rel[v] == "acl:relcl" {
			x.adoptAfter(n, v, v) // the full stop, what follows
			t.Head[v], t.Rel[v] = t.Head[n], t.Rel[n]
		}
		t.Head[n], t.Rel[n] = v, "nsubj"
		if t.UPOS[n] == "NOUN" && !personNouns[x.lemma(n)] {
			t.Head[s], t.Rel[s] = n, "nmod:tmod"
		} else {
			t.Head[s], t.Rel[s] = v, "obl:tmod"
		}
		return
	}
}

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
		if s := x.phraseStart(v2); s == 0 || t.Words[s-1] != "," && t.Words[s] != "," {
			continue
		}
		t.Head[v2], t.Rel[v2] = -1, "root"
		t.Head[v1], t.Rel[v1] = v2, "advcl"
		for w, h := range t.Head {
			if h == v1 && w > v2 {
				t.Head[w] = v2 // the full stop
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
