package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/polgraph/polgraph/extract/parse"
)

// syntax is a sentence's dependency tree laid over the article's tokens.
type syntax struct {
	tree parse.Tree
	// tok is the article token of each word, word the first word of each
	// token of the sentence, by token - first: 32 bits each, as a window's
	// trees are held until it is done (a window has some 90,000 words)
	tok  []int32
	word []int32
	// first is the sentence's first token.
	first int
}

// maxParsedWords bounds the sentences worth a parse: a longer "sentence" is
// a list or a table, which the windows read as well.
const maxParsedWords = 150

// syntaxOf parses sentence si once, on demand, so that only the sentences
// with a trigger or a relation cue pay for a parse. It is nil where the
// sentence is too long to parse.
func (d *doc) syntaxOf(si int) *syntax {
	x := d.taggedOf(si)
	if x != nil && x.tree.Head == nil {
		parse.Default().Complete(&x.tree)
		x.nameReadAsList()
		x.nameSplitBySubject()
		x.asideBeforeVerb()
		x.verbReadAsParticiple()
		x.verbAfterRelative()
		x.passiveWithoutAuxiliary()
		x.oneSubject()
		x.participleWithObject()
		x.subjectReadAsObject()
		x.reportingTailSubject()
		x.frontedObject()
		x.copulaSubject()
		x.whoseClause()
		x.appositionOnModifier()
		x.thatClauseAfterTime()
		x.clauseJoinedToNoun()
	}
	return x
}

// nameReadAsList mends a parse that reads one name's words as a list: in
// "But Tanzanian Foreign Minister Jakaya Kikwete said", "Tanzanian" is the
// subject and "Jakaya" a second one joined to it. Conjuncts are parted by
// a conjunction or a comma; a conjunct with neither before it, where only
// capitalised words stand between, is the head of one name, and the word
// it was joined to modifies it.
func (x *syntax) nameReadAsList() {
	t := &x.tree
	for w, rel := range t.Rel {
		h := t.Head[w]
		if rel != "conj" || h < 0 || h > w || len(x.childrenWith(w, "cc")) > 0 || !x.capitalisedRun(h, w) {
			continue
		}
		for c, hc := range t.Head {
			if hc == h && c != w {
				t.Head[c] = w
			}
		}
		t.Head[w], t.Rel[w] = t.Head[h], t.Rel[h]
		t.Head[h], t.Rel[h] = w, "amod"
	}
}

// capitalisedRun reports whether words a to b are all capitalised and not
// punctuation.
func (x *syntax) capitalisedRun(a, b int) bool {
	for w := a; w <= b; w++ {
		if r, _ := utf8.DecodeRuneInString(x.tree.Words[w]); x.tree.UPOS[w] == "PUNCT" || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// nameSplitBySubject mends a parse that splits a name at its last word
// and reads that word as the subject of a participle on the rest: in
// "Human Rights Watch called for his release", "Rights" is the root,
// "called" modifies it and "Watch" is its passive subject. A participle
// on a noun has no subject of its own; a verb whose subject ends a run of
// capitalised words that its head noun opens is the sentence's verb, and
// the run one name, the subject.
func (x *syntax) nameSplitBySubject() {
	t := &x.tree
	for v, rel := range t.Rel {
		n := t.Head[v]
		if rel != "acl" || n < 0 || t.Head[n] != -1 || n > v {
			continue
		}
		for _, s := range x.childrenWith(v, "nsubj", "nsubj:pass") {
			if s < n || s > v || !x.capitalisedRun(x.phraseStart(n), s) {
				continue
			}
			for c, h := range t.Head {
				switch {
				case h == n && c != v && c < s:
					t.Head[c] = s // the name's first words
				case h == n && c != v:
					t.Head[c] = v // what follows the name: the closing stop
				}
			}
			t.Head[v], t.Rel[v] = -1, "root"
			t.Head[n], t.Rel[n] = s, "compound"
			if len(x.childrenWith(v, "aux:pass")) == 0 {
				t.Rel[s] = "nsubj"
			}
			return
		}
	}
}

// asideBeforeVerb mends a parse that makes a sentence's subject its root
// when a participle's aside parts it from its verb: in "Mwangi, speaking
// at a news conference on Wednesday, accused Kiprotich", "speaking"
// modifies "Mwangi" and "accused" hangs on "speaking". A finite verb with
// no subject, right after the comma that closes the aside, is the
// sentence's, the noun its subject and the aside a clause on it.
func (x *syntax) asideBeforeVerb() {
	t := &x.tree
	for p, rel := range t.Rel {
		n := t.Head[p]
		if rel != "acl" || n < 0 || t.Head[n] != -1 || p != n+2 || t.Words[n+1] != "," || !strings.HasSuffix(strings.ToLower(t.Words[p]), "ing") {
			continue
		}
		if t.UPOS[n] != "PROPN" && t.UPOS[n] != "NOUN" {
			continue
		}
		for v, h := range t.Head {
			finite := finiteTags[t.XPOS[v]] || t.XPOS[v] == "VBN" && len(x.childrenWith(v, "aux", "aux:pass")) == 0 // "accused", tagged as a participle
			if h != p || v < 2 || t.Words[v-1] != "," || !finite || len(x.childrenWith(v, "nsubj", "nsubj:pass")) > 0 {
				continue
			}
			x.promote(v, n)
			t.Head[p], t.Rel[p] = v, "advcl"
			return
		}
	}
}

// verbReadAsParticiple mends a parse that leaves a sentence without a verb
// when its verb has a participle's form: in "Calvarian troops clashed with
// Dresmoran forces." and "Kerem Aydin, the party's deputy leader,
// resigned.", "clashed" is read as a participle on "troops" and
// "resigned" as one on "leader", and the noun is the root. A sentence
// whose root is a noun has no verb of its own, so a verb with neither
// subject nor auxiliary, right after the noun or after the comma that
// closes the noun's apposition, is its verb, and the noun its subject. A
// headline ("Three Soldiers Killed in Blast") has no full stop, and its
// participle stays one.
func (x *syntax) verbReadAsParticiple() {
	t := &x.tree
	n := x.nounRoot()
	if n < 0 {
		return
	}
	var verbs []int
	for _, a := range x.childrenWith(n, "appos") {
		for _, v := range x.childrenWith(a, "acl") {
			if t.Words[v-1] == "," {
				verbs = append(verbs, v)
			}
		}
	}
	if last := len(t.Words) - 1; t.Words[last] == "." && n+1 < last && t.Head[n+1] == n && t.Rel[n+1] == "acl" {
		verbs = append(verbs, n+1)
	}
	for _, v := range verbs {
		if t.XPOS[v] != "VBN" && t.XPOS[v] != "VBD" || len(x.childrenWith(v, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark")) > 0 {
			continue
		}
		x.promote(v, n)
		return
	}
}

// verbAfterRelative mends a parse that leaves a sentence without a verb
// when a relative clause parts its subject from it: in "Ivo Dorn, who
// took office in January, met Ada Holm", the name is the root and "met"
// hangs on "took". A sentence whose root is a noun has no verb of its
// own, so a finite verb with no subject, right after the comma that
// closes a relative clause on the noun, is its verb, and the noun its
// subject.
func (x *syntax) verbAfterRelative() {
	t := &x.tree
	n := x.nounRoot()
	if n < 0 {
		return
	}
	for _, r := range x.childrenWith(n, "acl:relcl") {
		for _, v := range x.childrenWith(r, "parataxis", "conj") {
			if v < 2 || t.Words[v-1] != "," || !finiteTags[t.XPOS[v]] || len(x.childrenWith(v, "nsubj", "nsubj:pass", "cc", "mark")) > 0 {
				continue
			}
			x.promote(v, n)
			return
		}
	}
}

// nounRoot is the root of a sentence the parse gives no verb, a noun or
// a name, or -1.
func (x *syntax) nounRoot() int {
	n := slices.Index(x.tree.Head, -1)
	if n < 0 || x.pos(n) != "PROPN" && x.pos(n) != "NOUN" {
		return -1
	}
	return n
}

// promote makes verb v the sentence's root and n, the root it replaces,
// its subject; the sentence's closing stop goes with the verb.
func (x *syntax) promote(v, n int) {
	t := &x.tree
	for c, h := range t.Head {
		if h == n && t.Rel[c] == "punct" && c > v {
			t.Head[c] = v
		}
	}
	t.Head[v], t.Rel[v] = -1, "root"
	t.Head[n], t.Rel[n] = v, "nsubj"
}

// circumstance reports a participle's clause on a verb, with neither a
// subject nor a conjunction of its own ("speaking to reporters, she
// said"): it happens as the verb does. "After resigning in March" is a
// clause of another time.
func (x *syntax) circumstance(v int) bool {
	return x.rel(v) == "advcl" && x.head(v) >= 0 && x.tree.XPOS[v] == "VBG" &&
		len(x.childrenWith(v, "nsubj", "nsubj:pass", "mark")) == 0
}

// finiteTags are the Penn tags of a finite verb.
var finiteTags = set("VBD VBZ VBP")

// oneSubject keeps one subject per predicate where the parser gave it
// several: a clause has one. The subject kept is the one no comma parts
// from its verb ("Police in Kestrin detained fourteen activists, the
// ministry said": the ministry said it), else the first ("The Commission,
// which froze payments in 2020, said": the Commission). The others are
// left as unlabelled dependents ("dep"), which no rule reads as anyone.
func (x *syntax) oneSubject() {
	subjects := map[int][]int{} // head -> its subjects, in order
	for c, h := range x.tree.Head {
		if h >= 0 && x.baseRel(c) == "nsubj" {
			subjects[h] = append(subjects[h], c)
		}
	}
	for h, cs := range subjects {
		if len(cs) < 2 {
			continue
		}
		keep := cs[0]
		for _, c := range cs {
			if !x.commaBetween(c, h) {
				keep = c
			}
		}
		for _, c := range cs {
			if c != keep {
				x.tree.Rel[c] = "dep"
			}
		}
	}
}

// participleWithObject mends a parse that reads a sentence's subject and
// verb as a noun and a participle modifying it: in "Dravonian forces fired
// rounds at the posts, the ministry said", "fired" hangs on "forces" (acl)
// and "forces" on "said" with no role. A participle that modifies a noun
// takes no direct object, so one that has one is the clause's verb and the
// noun its subject; the clause is what the verb the noun hung on reports
// (ccomp), or the sentence itself where the noun was its root.
func (x *syntax) participleWithObject() {
	t := &x.tree
	for v, rel := range t.Rel {
		n := t.Head[v]
		if rel != "acl" || !x.isVerb(v) || n < 0 || n > v || len(x.childrenWith(v, "obj")) == 0 {
			continue
		}
		switch h := t.Head[n]; {
		case t.Rel[n] == "root":
			t.Head[v], t.Rel[v] = -1, "root"
		case t.Rel[n] == "dep" && h > v && x.isVerb(h):
			t.Head[v], t.Rel[v] = h, "ccomp"
		default:
			continue
		}
		t.Head[n], t.Rel[n] = v, "nsubj"
	}
}

// subjectReadAsObject mends a parse that joins a second clause's subject
// to the first clause's object: in "The Union demanded an inquiry, and its
// leader, Maren Holm, accused the government", "its leader" is read as a
// second thing demanded ("an inquiry and its leader") and "accused" as a
// second verb of the Union's. A verb joined to another with no subject of
// its own, right after a noun joined to that verb's object, has that noun
// as its subject: an object's conjunct is not followed by a verb of its
// own clause.
func (x *syntax) subjectReadAsObject() {
	t := &x.tree
	for v2, rel := range t.Rel {
		v1 := t.Head[v2]
		if rel != "conj" || v1 < 0 || !x.isVerb(v2) || !x.isVerb(v1) || len(x.childrenWith(v2, "nsubj", "nsubj:pass")) > 0 {
			continue
		}
		n := -1 // the last noun joined to v1's object before v2
		for _, o := range x.childrenWith(v1, "obj") {
			for _, c := range x.childrenWith(o, "conj") {
				if c < v2 && (n < 0 || c > n) && (x.pos(c) == "NOUN" || x.pos(c) == "PROPN") {
					n = c
				}
			}
		}
		if n < 0 || len(x.childrenWith(n, "cc")) == 0 {
			continue
		}
		words := x.subtree(n, nil)
		if end := words[len(words)-1]; end > v2 || !x.onlyPunctBetween(end, v2) {
			continue
		}
		for _, cc := range x.childrenWith(n, "cc") {
			t.Head[cc] = v2 // "and" joins the clauses
		}
		t.Head[n], t.Rel[n] = v2, "nsubj"
	}
}

// reportingTailSubject mends a parse that hangs the subject of a reporting
// verb closing the sentence on the clause it reports: in "Ivo Dorn joined
// the Harvest Front, The Harbour Lantern reported on Wednesday", the paper
// is read as the Front's apposition and "reported" as an adverbial clause
// whose subject is Dorn. A reporting verb with no subject of its own,
// right after a noun phrase that a comma opens, has that phrase as its
// subject, and reports the clause it hung on (parataxis, as UD has it).
func (x *syntax) reportingTailSubject() {
	t := &x.tree
	for r, rel := range t.Rel {
		if r == 0 || t.Head[r] < 0 || t.Head[r] > r || rel != "advcl" && rel != "conj" && rel != "parataxis" ||
			!reportingWords[strings.ToLower(t.Words[r])] || len(x.childrenWith(r, "nsubj", "nsubj:pass")) > 0 {
			continue
		}
		n := r - 1
		if (x.pos(n) != "NOUN" && x.pos(n) != "PROPN") || x.dominates(r, n) {
			continue
		}
		words := x.subtree(n, nil)
		if first := words[0]; first == 0 || t.Words[first-1] != "," || words[len(words)-1] != n {
			continue
		}
		t.Head[n], t.Rel[n] = r, "nsubj"
		t.Rel[r] = "parataxis"
	}
}

// frontedObject mends a parse that leaves a relative clause's noun with
// no role: in "accused Russia of plotting a coup, an allegation the
// Kremlin dismissed as unfounded", "allegation" hangs on "dismissed" as an
// unlabelled dependent. A noun right before a transitive verb's subject,
// where the verb has no object of its own, is what the verb is done to:
// the clause is a relative one on it, its object left out.
func (x *syntax) frontedObject() {
	t := &x.tree
	for n, rel := range t.Rel {
		v := t.Head[n]
		if rel != "dep" || v < 0 || n > v || t.UPOS[n] != "NOUN" || !x.isVerb(v) || len(x.childrenWith(v, "obj", "ccomp")) > 0 {
			continue
		}
		subj := x.childrenWith(v, "nsubj")
		if len(subj) == 0 || subj[0] < n || x.phraseStart(subj[0]) != n+1 {
			continue
		}
		t.Rel[n] = "obj"
	}
}

// copulaSubject mends a parse that reads a reported clause's subject as the
// reporting verb's object and its predicate as that object's apposition:
// in "said the claims were \"unfounded\"", "claims" hangs on "said" and
// "unfounded", with its "were", on "claims". A predicate with a copula and
// no subject of its own, set on the noun before it, has that noun as its
// subject, and the clause takes the noun's place (a verb's object becomes
// the clause it reports).
func (x *syntax) copulaSubject() {
	t := &x.tree
	for w, rel := range t.Rel {
		n := t.Head[w]
		if rel != "appos" || n < 0 || n > w || len(x.childrenWith(w, "cop")) == 0 || len(x.childrenWith(w, "nsubj", "nsubj:pass")) > 0 {
			continue
		}
		if t.UPOS[n] != "NOUN" && t.UPOS[n] != "PROPN" && t.UPOS[n] != "PRON" {
			continue
		}
		h, r := t.Head[n], t.Rel[n]
		if r == "obj" && h >= 0 && x.isVerb(h) {
			r = "ccomp"
		}
		t.Head[w], t.Rel[w] = h, r
		t.Head[n], t.Rel[n] = w, "nsubj"
	}
}

// phraseStart is the first word of w's phrase.
func (x *syntax) phraseStart(w int) int { return slices.Min(x.subtree(w, nil)) }

// onlyPunctBetween reports whether only punctuation stands between words
// a and b.
func (x *syntax) onlyPunctBetween(a, b int) bool {
	for w := a + 1; w < b; w++ {
		if x.tree.UPOS[w] != "PUNCT" {
			return false
		}
	}
	return true
}

// whoseClause mends a parse that puts a relative clause's verb at the
// root: in "Naidu, whose party won 16 seats, pledged his support", "whose"
// opens a clause on the name before it, so "won" hangs on the name
// (acl:relcl) and the verb the parser coordinated with it ("pledged"),
// right after the comma that closes the clause, is the sentence's, with the
// name as its subject.
func (x *syntax) whoseClause() {
	t := &x.tree
	for w, word := range t.Words {
		if !strings.EqualFold(word, "whose") || w < 2 || t.Words[w-1] != "," || t.Head[w] < 0 {
			continue
		}
		name := w - 2 // the name right before ", whose": the clause is on it
		if t.Rel[name] == "flat" {
			name = t.Head[name]
		}
		v := t.Head[w] // the clause's verb, or the noun "whose" owns and then its verb
		if v >= 0 && !x.isVerb(v) {
			v = t.Head[v]
		}
		if name < 0 || x.pos(name) != "PROPN" || v < 0 || !x.isVerb(v) || t.Head[v] == name && t.Rel[v] == "acl:relcl" {
			continue
		}
		main := -1
		for _, c := range x.childrenWith(v, "conj") {
			if c > v && x.isVerb(c) && t.Words[c-1] == "," && len(x.childrenWith(c, "cc", "nsubj", "nsubj:pass")) == 0 {
				main = c // "…, pledged": not "welcomed the report but urged"
				break
			}
		}
		if main < 0 {
			continue
		}
		t.Head[main], t.Rel[main] = -1, "root"
		t.Head[name], t.Rel[name] = main, "nsubj"
		t.Head[v], t.Rel[v] = name, "acl:relcl"
		return
	}
}

// appositionOnModifier mends a parse that hangs a name in apposition on
// the name that modifies a noun rather than on the noun: in "The MP for
// Whitby, Ann Dorr, said", "Ann Dorr" restates "Whitby" and the subject is
// a bare "MP". A second name set off by commas after "noun of/for Name" is
// the noun's; a name does not restate another name. A list ("France,
// Germany and Italy") has a conjunct and stays as parsed.
func (x *syntax) appositionOnModifier() {
	t := &x.tree
	for a, rel := range t.Rel {
		p := t.Head[a]
		if rel == "appos" && p >= 2 && p < a && t.Rel[p] == "orphan" && t.UPOS[p] == "PROPN" && t.UPOS[p-2] == "NOUN" &&
			(strings.EqualFold(t.Words[p-1], "for") || strings.EqualFold(t.Words[p-1], "of")) {
			// "The MP for Bristol West, Ann Dorr, resigned": the parser
			// may leave the district an orphan of the verb; it is the
			// noun's modifier, as in the parse mended below
			t.Head[p], t.Rel[p] = p-2, "nmod"
			t.Head[p-1], t.Rel[p-1] = p, "case"
		}
		if rel != "appos" || p < 0 || p > a || t.UPOS[a] != "PROPN" || t.UPOS[p] != "PROPN" || t.Rel[p] != "nmod" {
			continue
		}
		n := t.Head[p]
		if n < 0 || t.UPOS[n] != "NOUN" || len(x.childrenWith(a, "conj")) > 0 || len(x.childrenWith(p, "conj")) > 0 {
			continue
		}
		if start := x.phraseStart(a); start < 1 || t.Words[start-1] != "," {
			continue
		}
		t.Head[a] = n
	}
}

// thatClauseAfterTime mends a parse that reads a reported clause as a
// relative clause on the time before it: in "Varga said on Monday that Dal
// had met an agent", "that" becomes the object of "met" and the clause
// hangs on "Monday". A day does not take a relative "that" whose clause
// has a subject of its own after a verb with no complement yet; the
// clause is the verb's, and "that" its mark.
func (x *syntax) thatClauseAfterTime() {
	t := &x.tree
	for v, rel := range t.Rel {
		n := t.Head[v]
		if rel != "acl:relcl" || n < 0 || !calendarWords[strings.ToLower(t.Words[n])] && !timeNouns[strings.ToLower(t.Words[n])] {
			continue
		}
		r := t.Head[n]
		if r < 0 || !x.isVerb(r) || t.Rel[n] != "obl" && t.Rel[n] != "obl:tmod" {
			continue
		}
		// "that X had expelled", with "had" read as the clause's verb and
		// the participle as the reporting verb's complement
		p := -1
		if aux := auxVerbs[strings.ToLower(t.Words[v])]; aux && v+1 < len(t.Words) && t.Head[v+1] == r && t.Rel[v+1] == "ccomp" && t.XPOS[v+1] == "VBN" {
			p = v + 1
		}
		if p < 0 && len(x.childrenWith(r, "obj", "ccomp", "xcomp")) > 0 {
			continue
		}
		that := -1
		for _, c := range x.childrenWith(v, "obj", "obl", "nsubj", "mark") {
			if strings.EqualFold(t.Words[c], "that") && c == n+1 {
				that = c
			}
		}
		if that < 0 || len(slices.DeleteFunc(x.childrenWith(v, "nsubj", "nsubj:pass"), func(c int) bool { return c == that })) == 0 {
			continue
		}
		t.Head[v], t.Rel[v] = r, "ccomp"
		t.Head[that], t.Rel[that] = v, "mark"
		if p >= 0 {
			for c, h := range t.Head {
				if h == v {
					t.Head[c] = p // the subject and the mark are the participle's
				}
			}
			t.Head[v], t.Rel[v] = p, "aux"
		}
	}
}

// clauseJoinedToNoun mends a parse that joins a clause with a subject of
// its own to a noun or a reported clause: in "said that his country had
// expelled an attaché last year, and he called on allies", "called" is a
// conjunct of "attaché", or of "expelled". A noun has no finite verb for
// a conjunct, and "he" who goes on after what he reported is the
// speaker acting again: the clause goes on the sentence's verb.
func (x *syntax) clauseJoinedToNoun() {
	t := &x.tree
	root := slices.Index(t.Head, -1)
	if root < 0 || !x.isVerb(root) {
		return
	}
	for c, rel := range t.Rel {
		h := t.Head[c]
		if rel != "conj" || h < 0 || c < root || !finiteTags[t.XPOS[c]] {
			continue
		}
		subj := x.childrenWith(c, "nsubj", "nsubj:pass")
		if len(subj) == 0 {
			continue
		}
		switch {
		case t.UPOS[h] == "NOUN" || t.UPOS[h] == "PROPN":
			t.Head[c] = root
		case t.Rel[h] == "ccomp" && t.Head[h] == root && len(x.childrenWith(c, "mark")) == 0 && speakerPronouns[strings.ToLower(t.Words[subj[0]])]:
			// "said that his party had expelled X, and he called on Y":
			// the speaker goes on acting, not the reported clause
			t.Head[c] = root
		}
	}
}

// speakerPronouns stand for a person who speaks.
var speakerPronouns = set("he she")

// auxVerbs are the forms of the auxiliaries a parse may read as a verb.
var auxVerbs = set("had has have was were is are will would")

// timeNouns name a stretch of time: "said last week that".
var timeNouns = set("day week month year night morning afternoon evening weekend")

// passiveWithoutAuxiliary mends a parse that reads a sentence's past
// verb as a passive participle with no auxiliary: in "The Labour MP for
// Bristol West, Ann Dorr, resigned on Monday." the MP is made the
// passive subject of "resigned". A passive in running text has its "was"
// or "been"; a headline ("Minister Sacked Over Scandal") has no full stop,
// and its participle stays one.
func (x *syntax) passiveWithoutAuxiliary() {
	t := &x.tree
	v := slices.Index(t.Head, -1)
	if last := len(t.Words) - 1; v < 0 || t.Words[last] != "." || t.XPOS[v] != "VBN" || len(x.childrenWith(v, "aux", "aux:pass")) > 0 {
		return
	}
	for _, c := range x.childrenWith(v, "nsubj:pass") {
		t.Rel[c] = "nsubj"
	}
}

// commaBetween reports whether a comma stands between words a and b.
func (x *syntax) commaBetween(a, b int) bool {
	for w := min(a, b) + 1; w < max(a, b); w++ {
		if x.tree.Words[w] == "," {
			return true
		}
	}
	return false
}

// taggedOf tags and lemmatises sentence si once, on demand, without
// parsing it, for what needs only the words' tags and lemmas (tagging
// costs a sixth of a parse): its tree has no Head or Rel until syntaxOf
// asks for them. It is nil where the sentence is too long to parse.
func (d *doc) taggedOf(si int) *syntax {
	if d.trees == nil {
		d.trees = make([]*syntax, len(d.sents))
		d.parsed = make([]bool, len(d.sents))
	}
	if d.parsed[si] {
		return d.trees[si]
	}
	d.parsed[si] = true
	s := &d.sents[si]
	if s.last-s.first > maxParsedWords {
		return nil
	}
	x := &syntax{first: s.first, word: make([]int32, s.last-s.first)}
	var words []string
	for i := s.first; i < s.last; i++ {
		x.word[i-s.first] = int32(len(words))
		// the treebank's own word split within the token: "don't" is "do
		// n't", "Carleton-Rideau" is "Carleton - Rideau"
		if d.toks[i].kind != tokWord { // "'s" and punctuation are words as they are
			words = append(words, d.toks[i].text)
			x.tok = append(x.tok, int32(i))
			continue
		}
		for _, w := range parse.Tokenize(d.toks[i].text) {
			words = append(words, w.Text)
			x.tok = append(x.tok, int32(i))
		}
	}
	x.tree = parse.Default().Tag(words)
	d.trees[si] = x
	return x
}

// hasWord reports whether a word of the sentence has one of lemmas.
func (x *syntax) hasWord(lemmas map[string]bool) bool {
	for w := range x.tree.Words {
		if lemmas[x.lemma(w)] {
			return true
		}
	}
	return false
}

// hasVerb reports whether a word of the sentence is a verb with one of
// lemmas, which its tags tell before any parse.
func (x *syntax) hasVerb(lemmas map[string]bool) bool {
	for w := range x.tree.Words {
		if lemmas[x.lemma(w)] && x.isVerb(w) {
			return true
		}
	}
	return false
}

// at is the word of token i, or -1 outside the sentence.
func (x *syntax) at(i int) int {
	if i < x.first || i-x.first >= len(x.word) {
		return -1
	}
	return int(x.word[i-x.first])
}

// wordAt is sentence si's tree and the word of token i in it; w is -1
// where the sentence has no tree.
func (d *doc) wordAt(si, i int) (x *syntax, w int) {
	if x = d.syntaxOf(si); x == nil {
		return nil, -1
	}
	return x, x.at(i)
}

// token is the article token of word w.
func (x *syntax) token(w int) int { return int(x.tok[w]) }

func (x *syntax) head(w int) int     { return x.tree.Head[w] }
func (x *syntax) rel(w int) string   { return x.tree.Rel[w] }
func (x *syntax) lemma(w int) string { return x.tree.Lemma[w] }
func (x *syntax) pos(w int) string   { return x.tree.UPOS[w] }

// baseRel is a relation without its subtype: "nsubj:pass" is "nsubj".
func (x *syntax) baseRel(w int) string {
	r := x.tree.Rel[w]
	if i := strings.IndexByte(r, ':'); i >= 0 {
		return r[:i]
	}
	return r
}

// objectsOf is verb v's objects as the tree gives them; for a relative
// clause whose object is the relative pronoun or left out ("a charge the
// government rejected", "the allegations, which Holm dismissed"), the noun
// the clause is about.
func (x *syntax) objectsOf(v int) []int {
	objs := x.childrenWith(v, "obj")
	if x.rel(v) == "acl:relcl" && x.head(v) >= 0 && (len(objs) == 0 || x.pos(objs[0]) == "PRON") {
		return []int{x.head(v)}
	}
	return objs
}

// childrenWith lists the dependents of w whose relation is one of rels.
func (x *syntax) childrenWith(w int, rels ...string) []int {
	var out []int
	for c, h := range x.tree.Head {
		if h == w {
			for _, r := range rels {
				if x.tree.Rel[c] == r {
					out = append(out, c)
					break
				}
			}
		}
	}
	return out
}

// caseOf is the preposition of a nominal ("in", "according to"), or "".
func (x *syntax) caseOf(w int) string {
	var parts []string
	for c, h := range x.tree.Head {
		if h == w && x.tree.Rel[c] == "case" && c < w {
			parts = append(parts, strings.ToLower(x.tree.Words[c]))
			for f, hf := range x.tree.Head {
				if hf == c && x.tree.Rel[f] == "fixed" {
					parts = append(parts, strings.ToLower(x.tree.Words[f]))
				}
			}
		}
	}
	return strings.Join(parts, " ")
}

// isVerb reports whether the parser reads word w as a verb.
func (x *syntax) isVerb(w int) bool {
	p := x.tree.UPOS[w]
	return p == "VERB" || p == "AUX"
}

// nameOrPronoun reports whether word w is a name or a pronoun, which can
// stand for someone.
func (x *syntax) nameOrPronoun(w int) bool { return x.pos(w) == "PROPN" || x.pos(w) == "PRON" }

// dominates reports whether a is b or an ancestor of b.
func (x *syntax) dominates(a, b int) bool {
	for n := 0; b >= 0 && n <= len(x.tree.Head); n++ {
		if a == b {
			return true
		}
		b = x.tree.Head[b]
	}
	return false
}

// lastWord is the last word of token i.
func (x *syntax) lastWord(i int) int {
	if i+1-x.first < len(x.word) {
		return int(x.word[i+1-x.first]) - 1
	}
	return len(x.tree.Words) - 1
}

// spanHead is the word of tokens [first, last) whose head lies outside
// them, or -1.
func (x *syntax) spanHead(first, last int) int {
	if first < x.first || last <= first || last-x.first > len(x.word) {
		return -1
	}
	lo, hi := x.at(first), x.lastWord(last-1)
	if lo < 0 || hi < lo {
		return -1
	}
	for w := lo; w <= hi; w++ {
		if h := x.tree.Head[w]; h < lo || h > hi {
			return w
		}
	}
	return -1
}

// timeOwner is the word a time expression over tokens [first, last)
// dates, or -1 when the tree does not say. A time that modifies a noun
// ("the 2015 raid", "last year's vote") dates that noun; one in a
// prepositional phrase under a noun dates it when it is an event, else the
// verb above it (the phrase may hang on the wrong noun); one on a verb
// ("resigned on Monday") dates that verb.
func (x *syntax) timeOwner(first, last int, isEvent func(w int) bool) int {
	w := x.spanHead(first, last)
	if w < 0 {
		return -1
	}
	h := x.head(w)
	if h < 0 {
		return -1
	}
	switch x.baseRel(w) {
	case "compound", "amod", "nummod", "det":
		if x.caseOf(h) == "during" && x.baseRel(h) == "obl" && x.head(h) >= 0 && !isEvent(h) {
			// "attended dinners during the 2022 election campaign": the
			// span a "during" gives dates what happened in it
			return x.head(h)
		}
		return h
	case "nmod":
		if x.rel(w) == "nmod:poss" || isEvent(h) {
			return h
		}
	case "mark", "nsubj":
		if r := x.baseRel(h); (r == "acl" || r == "advcl") && x.head(h) >= 0 && strings.HasSuffix(strings.ToLower(x.tree.Words[h]), "ing") {
			// "left the party that July, calling the deal…", parsed with
			// "that July" opening the participle's clause, which has
			// neither a subject nor a "that": the time is the verb's
			// the clause hangs on
			h = x.head(h)
		}
	}
	for n, steps := h, 0; n >= 0 && steps < len(x.tree.Words); n, steps = x.head(n), steps+1 {
		if x.issuesVehicle(n) {
			n = x.head(n) // on to the verb above the noun the participle modifies
			continue
		}
		if x.circumstance(n) && !isEvent(n) {
			// "speaking at a news conference on Wednesday, accused": the
			// aside tells when the verb it hangs on happened
			continue
		}
		if x.rel(n) == "acl:relcl" {
			// a relative clause keeps its times: "NATO, of which Pelsara
			// has been a member since 2009, said": not 2009
			return n
		}
		if isEvent(n) || x.isVerb(n) && x.rel(n) != "xcomp" || x.predicate(n) {
			// an infinitive that tells no event of its own hands its time
			// up: "were invited to join NATO in July 1997" is July's
			// invitation; a predicate with a copula heads its clause ("was
			// in Suva on Thursday")
			return n
		}
	}
	return -1
}

// vehicleNouns are what a statement is made in (data/words/vehicle_nouns.txt).
var vehicleNouns = wordSet("vehicle_nouns.txt")

// issuesVehicle reports a participle that issues what its verb speaks
// through: "denied the claims in a statement issued late on Tuesday",
// where the statement is the denial's, and so is its time (the parser
// may hang the participle on the object, "in a statement" beside it). It
// does not report "charged with a murder committed in 2015".
func (x *syntax) issuesVehicle(n int) bool {
	noun := x.head(n)
	if x.rel(n) != "acl" || !x.isVerb(n) || noun < 0 || !participle(x.tree.Words[n]) {
		return false
	}
	for _, c := range append([]int{noun}, x.childrenWith(noun, "nmod")...) {
		if vehicleNouns[x.lemma(c)] && x.caseOf(c) == "in" {
			return true
		}
	}
	return false
}

// subtree lists, in order, the words of w's subtree, leaving out
// punctuation and the dependents (with theirs) whose relation is in skip.
func (x *syntax) subtree(w int, skip map[string]bool) []int {
	in := make([]bool, len(x.tree.Words))
	in[w] = true
	for c := range x.tree.Words {
		var path []int
		n := c
		for n >= 0 && !in[n] && !skip[x.rel(n)] && len(path) <= len(x.tree.Words) {
			path = append(path, n)
			n = x.head(n)
		}
		if n >= 0 && in[n] {
			for _, p := range path {
				in[p] = true
			}
		}
	}
	var out []int
	for c, ok := range in {
		if ok && x.tree.UPOS[c] != "PUNCT" {
			out = append(out, c)
		}
	}
	return out
}

// words are the lowercase forms of words ws.
func (x *syntax) words(ws []int) []string {
	out := make([]string, len(ws))
	for k, w := range ws {
		out[k] = strings.ToLower(x.tree.Words[w])
	}
	return out
}

// eventWord is the word of event ev's trigger, or -1.
func (x *syntax) eventWord(ev *event) int {
	return x.trigger(ev.trig[0], ev.trig[1]-ev.trig[0])
}

// trigger is the word that heads a trigger of n tokens from token i: "was
// elected" is "elected", "stepped down" is "stepped".
func (x *syntax) trigger(i, n int) int {
	if n > 1 {
		if w := x.spanHead(i, i+n); w >= 0 {
			return w
		}
	}
	return x.at(i)
}

// marked reports whether clause w is introduced by the marker m ("to", "that").
func (x *syntax) marked(w int, m string) bool {
	for _, c := range x.childrenWith(w, "mark") {
		if strings.EqualFold(x.tree.Words[c], m) {
			return true
		}
	}
	return false
}
