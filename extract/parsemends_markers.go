package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// Mends of prepositions, markers and subordinators that the parser takes for one
// another, and of the clauses they open.

// absoluteAcrossComma mends a parse that reads "with" and the name after
// it as the opening of an absolute clause whose participle stands after a
// comma: in "Liu Wen met with visiting Zambian Foreign Minister Mulambo
// Haimbe here on Tuesday, pledging to deepen cooperation", the minister
// is made the subject of "pledging" and the meeting has no one met. An
// absolute clause's subject runs straight on into its participle ("with
// prices rising"); one parted from it by a comma is the oblique of the
// verb the participle hangs on, and the phrases after the subject are
// that verb's.
func (x *syntax) absoluteAcrossComma() {
	t := &x.tree
	for p, rel := range t.Rel {
		v := t.Head[p]
		if rel != "mark" || !strings.EqualFold(t.Words[p], "with") || v < 1 || t.XPOS[v] != "VBG" || t.Rel[v] != "advcl" || t.Words[v-1] != "," {
			continue
		}
		h := t.Head[v]
		subj := x.childrenWith(v, "nsubj")
		if h < 0 || !x.isVerb(h) || len(subj) != 1 || subj[0] < p || t.UPOS[subj[0]] != "PROPN" && t.UPOS[subj[0]] != "NOUN" {
			continue
		}
		n := subj[0]
		for c, hc := range t.Head {
			if hc == n && c > n && (t.Rel[c] == "nmod" || t.Rel[c] == "advmod") {
				t.Head[c] = h // "here", "on Tuesday": the meeting's
				if t.Rel[c] == "nmod" {
					t.Rel[c] = "obl"
				}
			}
		}
		t.Head[n], t.Rel[n] = h, "obl"
		t.Head[p], t.Rel[p], t.UPOS[p], t.XPOS[p] = n, "case", "ADP", "IN"
	}
}

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
		if len(objs) != 1 || objs[0] <= v || t.UPOS[objs[0]] != "NOUN" || slices.ContainsFunc(t.Head[v+1:objs[0]], func(h int) bool { return h != objs[0] }) {
			continue // the title right after the gerund, its own modifiers aside ("acting labor secretary")
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

// personNameOnBodyNoun mends a parse that hangs a person's name in
// apposition on the body a role noun is "for" or "of": in "A spokesman for
// the UN's human rights office, Lena Varo, said", "Lena Varo" is read as
// restating "office", and the speaker is no one named. A person is no
// office, bureau or ministry; the name set off by commas restates the
// noun for someone that the body's phrase, opened by a preposition,
// hangs on.
func (d *doc) personNameOnBodyNoun(si int, x *syntax) {
	t := &x.tree
	for a, rel := range t.Rel {
		b := t.Head[a]
		if rel != "appos" || b < 0 || b > a || t.Rel[b] != "nmod" || t.UPOS[b] != "NOUN" || !bodyNounCases[x.caseOf(b)] || x.speakerNoun(b) || workRoles[x.lemma(b)] {
			continue
		}
		n := t.Head[b]
		if n < 0 || n > b || t.UPOS[n] != "NOUN" || !x.speakerNoun(n) && !workRoles[x.lemma(n)] {
			continue
		}
		if start := x.phraseStart(a); start < 1 || t.Words[start-1] != "," {
			continue
		}
		if m := d.mentionAtWord(si, x, a); m != nil && m.kind == polgraph.KindPerson {
			t.Head[a] = n
		}
	}
}

// bodyNounCases join a role noun to the body or the matter it is of:
// "a spokesman for the UN's office", "a suspect in the embassy bombing";
// a noun with none ("photographer X's famous image") is no such phrase.
var bodyNounCases = set("for of at with in")

// participlePrepositions are participles that the press uses as
// prepositions ("resigned on Tuesday following weeks of protests").
var participlePrepositions = set("following")

// transitiveParticles are phrasal verbs whose particle may come before
// their object: lemma -> its particles (data/words/transitive_particles.tsv).
var transitiveParticles = wordTable("transitive_particles.tsv")

// particleReadAsCase mends a parse that reads the particle of a phrasal
// verb, right before its object, as a preposition: in "the ministry
// called in the French ambassador", "in" opens an oblique "in the
// ambassador", which reads him as a place. A particle the verb takes
// (transitiveParticles), right after it and the only preposition of a
// noun that hangs on the verb, is the verb's particle, and the noun its
// object, where the verb has none.
func (x *syntax) particleReadAsCase() {
	t := &x.tree
	for p, rel := range t.Rel {
		v, n := p-1, t.Head[p]
		if rel != "case" || v < 0 || n < 0 || t.Head[n] != v || x.baseRel(n) != "obl" || !x.isVerb(v) || len(x.childrenWith(v, "obj")) > 0 ||
			len(x.childrenWith(n, "case")) != 1 || !slices.Contains(strings.Fields(transitiveParticles[strings.ToLower(x.lemma(v))]), strings.ToLower(t.Words[p])) {
			continue
		}
		t.Head[p], t.Rel[p], t.UPOS[p], t.XPOS[p] = v, "compound:prt", "ADP", "RP"
		t.Rel[n] = "obj"
	}
}

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
		// a past form the tagger read as a participle, joined to the verb
		// above with no auxiliary of its own, is that clause's verb too:
		// "became leader in 2021, after his predecessor, Ivo Dorn,
		// resigned over a scandal"
		joined := rel == "conj" && t.XPOS[first] == "VBN" && first == v
		if !finiteTags[t.XPOS[first]] && !spanned && !joined || rel == "acl" && !spanned {
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
		r = x.reporterAboveChannel(r)
		// an "of" after the subject's noun opens its modifier, and the
		// noun before it stays the head ("that the Ministry of Health had
		// hidden funds", "that officials of the agency had")
		v, subj, of := -1, -1, false
		for k := th + 1; k < len(t.Words) && v < 0; k++ {
			switch u := t.UPOS[k]; {
			case u == "VERB":
				v = k
			case u == "NOUN" || u == "PROPN" || u == "PRON":
				if !of {
					subj = k
				}
			case u == "ADP" && strings.EqualFold(t.Words[k], "of") && subj >= 0 && !of:
				of = true
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

// reporterAboveChannel is the verb of report above verb r when r is a
// participle on the channel that verb reports in: in "Dorn alleged in a
// report released on Tuesday that …" the "that" clause is what "alleged"
// reports, not what "released" does. Otherwise r.
func (x *syntax) reporterAboveChannel(r int) int {
	if tailReporting(x.tree.Words[r]) || x.tree.Rel[r] != "acl" {
		return r
	}
	if up := x.verbAbove(r); up >= 0 && tailReporting(x.tree.Words[up]) {
		return up
	}
	return r
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

// markOffItsClause mends a parse that hangs the subordinator opening a
// fronted adverbial clause on the main verb: in "If Brant Oswin resigns,
// the coalition would collapse", "If" marks "collapse" and "resigns" is
// an adverbial clause with no mark, so the condition seems the main
// clause's. A mark standing right before the words of an unmarked
// adverbial clause of the same verb, ahead of both, opens that clause.
func (x *syntax) markOffItsClause() {
	t := &x.tree
	for m, rel := range t.Rel {
		h := t.Head[m]
		if rel != "mark" || h <= m {
			continue
		}
		for _, w := range x.childrenWith(h, "advcl") {
			if w > m && w < h && x.phraseStart(w) == m+1 && len(x.childrenWith(w, "mark")) == 0 {
				t.Head[m] = w
				break
			}
		}
	}
}
