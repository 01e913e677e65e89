package extract

import (
	"slices"
	"strings"
)

// The mends below repair the parser's recurring errors on news, each
// named after the reading it restores and run once per parsed sentence
// by syntaxOf, in order.

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
		x.nameHeadedBy(h, w)
	}
}

// nameHeadedBy makes w, the last word of a name h opens, the name's head:
// it takes h's place and dependents, and h modifies it.
func (x *syntax) nameHeadedBy(h, w int) {
	t := &x.tree
	for c, hc := range t.Head {
		if hc == h && c != w {
			t.Head[c] = w
		}
	}
	t.Head[w], t.Rel[w] = t.Head[h], t.Rel[h]
	t.Head[h], t.Rel[h] = w, "amod"
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
// modifies "Mwangi" and "accused" hangs on "speaking"; in "The Globe and
// Mail, citing two sources, reported that ...", "citing" is read as a
// conjunct or a clause of the name. A finite verb with no subject, right
// after the comma that closes the aside, is the sentence's, the noun its
// subject and the aside a clause on it.
func (x *syntax) asideBeforeVerb() {
	t := &x.tree
	for p, rel := range t.Rel {
		n := t.Head[p]
		if rel != "acl" && rel != "conj" && rel != "advcl" || n < 0 || t.Head[n] != -1 || p < n+2 || t.Words[p-1] != "," || !strings.HasSuffix(strings.ToLower(t.Words[p]), "ing") {
			continue
		}
		if !x.phraseBetween(n, n+1, p-1) {
			continue // the comma closes the noun's own phrase, nothing else
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

// phraseBetween reports whether noun n governs every word in [from, to):
// the words between it and a comma are its own phrase ("The Globe and
// Mail").
func (x *syntax) phraseBetween(n, from, to int) bool {
	for w := from; w < to; w++ {
		if !x.dominates(n, w) {
			return false
		}
	}
	return true
}

// verbReadAsParticiple mends a parse that leaves a sentence without a verb
// when its verb has a participle's form: in "Calvarian troops clashed with
// Dresmoran forces." and "Kerem Aydin, the party's deputy leader,
// resigned.", "clashed" is read as a participle on "troops" and
// "resigned" as one on "leader", and the noun is the root; in "Kerem
// Aydin, the party's leader, quit the party.", "quit" as a base form in
// parataxis. A sentence
// whose root is a noun has no verb of its own, so a verb with neither
// subject nor auxiliary, right after the noun and the phrases it governs
// or after the comma that closes the noun's apposition, is its verb, and
// the noun its subject. A
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
	if last := len(t.Words) - 1; t.Words[last] == "." {
		// right after the noun, or after its "of" or "for" phrase ("A
		// spokesman for the UN secretary-general called on both sides")
		for v := n + 1; v < last; v++ {
			if t.Rel[v] == "acl" && x.dominates(n, v) && x.onlyModifiersBetween(n, v) {
				verbs = append(verbs, v) // hung on the noun or on its phrase's noun ("the commission resigned")
				break
			}
			if (t.Rel[v] == "acl" || t.Rel[v] == "parataxis") && x.dominates(n, v) && x.asideClosedBefore(n, v) {
				// after an aside the comma closes: "Mira Kask, a member
				// of the Green Union, insisted", "Mira Kask, of the Green
				// Union, accused", where the verb hangs on the aside's
				// phrase or on the name
				verbs = append(verbs, v)
				break
			}
		}
	}
	for _, v := range verbs {
		if x.bareParticiple(v) || t.Rel[v] == "parataxis" && x.bareVerb(v) {
			x.promote(v, n)
			return
		}
	}
}

// bareVerb reports a verb in a finite or base form with neither subject
// nor auxiliary nor marker: "quit" of "X, the party's leader, quit the
// party", whose past the tagger may read as a base form.
func (x *syntax) bareVerb(v int) bool {
	switch x.tree.XPOS[v] {
	case "VB", "VBP", "VBZ", "VBD":
		return len(x.childrenWith(v, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark")) == 0
	}
	return false
}

// onlyModifiersBetween reports whether every word between noun n and
// word v (v after n) is of a phrase n governs: v follows n's own words.
func (x *syntax) onlyModifiersBetween(n, v int) bool {
	for w := n + 1; w < v; w++ {
		if !x.dominates(n, w) || x.dominates(v, w) || x.tree.Words[w] == "," {
			return false
		}
	}
	return true
}

// asideClosedBefore reports whether the words between noun n and word v
// are n's name or phrase and an aside set off by commas, all of n's
// phrase: v comes right after the comma that closes an aside on n, or
// after its own adverbs there ("Lina Sorel, 46, previously served", "The
// head of the Grid Agency, Oona Fair, testified").
func (x *syntax) asideClosedBefore(n, v int) bool {
	t := &x.tree
	open := n + 1
	for open < v && t.Words[open] != "," && x.dominates(n, open) && !x.dominates(v, open) {
		open++ // the name's own words, or the noun's "of" phrase
	}
	closing := v - 1
	for closing > open && t.Head[closing] == v && t.Rel[closing] == "advmod" {
		closing-- // "Lina Sorel, 46, previously served": the verb's own adverb after the comma
	}
	if open >= closing-1 || t.Words[open] != "," || t.Words[closing] != "," {
		return false
	}
	for w := open + 1; w < closing; w++ {
		if t.Words[w] == "," || !x.dominates(n, w) || x.dominates(v, w) {
			return false
		}
	}
	return true
}

// bareParticiple reports a verb in a past form ("resigned", "arrested")
// with no subject, auxiliary or marker of its own: a participle only as
// the parse reads it, the verb of a clause that lost its subject.
func (x *syntax) bareParticiple(v int) bool {
	return (x.tree.XPOS[v] == "VBN" || x.tree.XPOS[v] == "VBD") && len(x.childrenWith(v, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark")) == 0
}

// reportReadAsParticiplesDependent mends a parse that makes a reduced
// relative on the sentence's subject its root and the verb of saying
// after it that relative's dependent: in "A video viewed 2,000 times on
// TikTok says that Holm was arrested", "viewed" is the root, "video" its
// subject and "says" its oblique, so nothing would tell the arrest. A
// participle with no auxiliary does not take the subject a present verb
// of saying after it lacks; where that verb reports a clause and joins
// nothing by a conjunction, it is the sentence's verb, the noun its
// subject and the participle a clause on the noun.
func (x *syntax) reportReadAsParticiplesDependent() {
	t := &x.tree
	p := slices.Index(t.Head, -1)
	if p < 0 || t.XPOS[p] != "VBN" || len(x.childrenWith(p, "aux", "aux:pass")) > 0 {
		return
	}
	subj := x.childrenWith(p, "nsubj")
	if len(subj) != 1 || subj[0] > p || t.UPOS[subj[0]] != "NOUN" {
		return
	}
	for r := p + 1; r < len(t.Words); r++ {
		if t.Head[r] != p || t.XPOS[r] != "VBZ" || !sayingVerbs[strings.ToLower(t.Words[r])] || len(x.childrenWith(r, "cc", "nsubj")) > 0 || len(x.childrenWith(r, "ccomp")) == 0 {
			continue
		}
		n := subj[0]
		x.adoptAfter(p, r, r)
		t.Head[r], t.Rel[r] = -1, "root"
		t.Head[n], t.Rel[n] = r, "nsubj"
		t.Head[p], t.Rel[p] = n, "acl"
		return
	}
}

// verbAfterRelative mends a parse that leaves a sentence without a verb
// when a relative clause parts its subject from it: in "Ivo Dorn, who
// took office in January, met Ada Holm", the name is the root and "met"
// hangs on "took"; in "Ada Holm, who denies the allegations, resigned on
// Friday", "resigned" is read as a participle on "allegations". A
// sentence whose root is a noun has no verb of its own, so a verb in a
// past or finite form with no subject or auxiliary, right after the
// comma that closes a relative clause on the noun, is its verb, and the
// noun its subject.
func (x *syntax) verbAfterRelative() {
	t := &x.tree
	n := x.nounRoot()
	if n < 0 {
		return
	}
	// a finite form first: in "who spoke, flanked by aides, said" the
	// participle is an aside
	for _, finite := range []bool{true, false} {
		for _, r := range x.relativesOf(n) {
			for v := r + 1; v < len(t.Head); v++ {
				// a past the same as its base form ("quit", "put",
				// "cut") may be tagged as the base: finite where no
				// "to" or auxiliary comes with it
				if !x.dominates(r, v) || t.Words[v-1] != "," || (finiteTags[t.XPOS[v]] || t.XPOS[v] == "VB") != finite || !finite && t.XPOS[v] != "VBN" {
					continue
				}
				switch x.baseRel(v) {
				case "parataxis", "conj", "acl", "advcl":
				default:
					continue
				}
				if len(x.childrenWith(v, "nsubj", "nsubj:pass", "cc", "mark", "aux", "aux:pass")) > 0 {
					continue
				}
				x.promote(v, n)
				t.Rel[r] = "acl:relcl"
				return
			}
		}
	}
}

// relativesOf are the relative clauses after noun n: its acl:relcl
// children, and the clauses hung on it as parataxis whose subject is a
// relative pronoun right after a comma ("Lee Jae-ho, who took office last
// year, met"), which are relative clauses too.
func (x *syntax) relativesOf(n int) []int {
	rs := x.childrenWith(n, "acl:relcl")
	for _, r := range x.childrenWith(n, "parataxis") {
		for _, s := range x.childrenWith(r, "nsubj", "nsubj:pass") {
			if s > n && x.tree.Words[s-1] == "," && (x.tree.XPOS[s] == "WP" || x.tree.XPOS[s] == "WDT") {
				rs = append(rs, r)
				break
			}
		}
	}
	return rs
}

// timeAfterSubject mends a parse that leaves a sentence without a verb
// when a time parts its subject from it, as wires write: in "Ada Holm on
// Tuesday denied meeting the envoy", the name is the root, "on" hangs on
// it and "denied" on "on". A sentence whose root is a noun has no verb of
// its own, so a verb with no subject right after "on" and a few words of
// a date after the noun's name is its verb, the noun its subject and the
// date a time of the verb.
func (x *syntax) timeAfterSubject() {
	t := &x.tree
	n := x.nounRoot()
	if n < 0 {
		return
	}
	p := n + 1
	for p < len(t.Words) && t.Head[p] == n && t.Rel[p] == "flat" {
		p++
	}
	if p >= len(t.Words) || !strings.EqualFold(t.Words[p], "on") {
		return
	}
	for v := p + 2; v < len(t.Words) && v <= p+4; v++ {
		if !x.isVerb(v) || !finiteTags[t.XPOS[v]] && t.XPOS[v] != "VBN" {
			if u := t.UPOS[v]; u != "PROPN" && u != "NUM" && u != "PUNCT" {
				return // no date: "on the bill"
			}
			continue
		}
		if len(x.childrenWith(v, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "cc")) > 0 {
			return
		}
		x.promote(v, n)
		date := p + 1 // the date's head: its last word before the verb
		for k := p + 1; k < v; k++ {
			if t.UPOS[k] == "PROPN" || t.UPOS[k] == "NUM" {
				date = k
			}
		}
		for k := p; k < v; k++ {
			if k != date && t.UPOS[k] != "PUNCT" {
				t.Head[k] = date
			}
		}
		t.Head[p], t.Rel[p] = date, "case"
		t.Head[date], t.Rel[date] = v, "obl"
		return
	}
}

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
		cs = x.subjectsJoined(cs)
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

// subjectsJoined makes each of the subjects cs (in order) that "and" or
// "or" joins to the one before it that one's conjunct, and returns those
// left: in "The United States and Japan signed", the parser may give
// "signed" both as subjects, as it never would a list's conjuncts.
func (x *syntax) subjectsJoined(cs []int) []int {
	t := &x.tree
	out := cs[:1:1]
	for _, b := range cs[1:] {
		a := out[len(out)-1]
		if t.UPOS[b] == "PUNCT" {
			out = append(out, b) // a parse gone astray: no list to read
			continue
		}
		k := x.phraseStart(b) - 1
		if k <= a || !strings.EqualFold(t.Words[k], "and") && !strings.EqualFold(t.Words[k], "or") || !x.spans(a, k) {
			out = append(out, b)
			continue
		}
		t.Head[b], t.Rel[b] = a, "conj"
		t.Head[k], t.Rel[k] = b, "cc"
	}
	return out
}

// spans reports whether w's phrase runs on to the word before k.
func (x *syntax) spans(w, k int) bool {
	for j := w + 1; j < k; j++ {
		if !x.dominates(w, j) {
			return false
		}
	}
	return true
}

// participleWithObject mends a parse that reads a sentence's subject and
// verb as a noun and a participle modifying it: in "Dravonian forces fired
// rounds at the posts, the ministry said", "fired" hangs on "forces" (acl)
// and "forces" on "said" with no role. A participle that modifies a noun
// takes no direct object, so one that has one is the clause's verb and the
// noun its subject; the clause is what the verb the noun hung on reports
// (ccomp), or the sentence itself where the noun was its root. So too
// where the noun is read as a reporting verb's object: in "Russia said
// Ukrainian drones attacked Moscow", "drones" hangs on "said" (obj). A
// reporting verb's "that" clause is its object too: in "The Minister of
// Interior, Petru Vasca, stated that ...", "stated" hangs on "Minister".
func (x *syntax) participleWithObject() {
	t := &x.tree
	for v, rel := range t.Rel {
		n := t.Head[v]
		if rel == "acl" && x.isVerb(v) && n >= 0 && n < v && t.Rel[n] == "dep" {
			x.objectReadAsClause(v, t.Head[n])
		}
		if rel != "acl" || !x.isVerb(v) || n < 0 || n > v || len(x.childrenWith(v, "obj")) == 0 && !x.reportsThatClause(v) {
			continue
		}
		switch h := t.Head[n]; {
		case t.Rel[n] == "root":
			t.Head[v], t.Rel[v] = -1, "root"
		case (t.Rel[n] == "dep" || t.Rel[n] == "ccomp") && h > v && x.isVerb(h):
			// "Russian air strikes killed 12 people, officials said":
			// "strikes" read as what is said, "killed" as its modifier
			t.Head[v], t.Rel[v] = h, "ccomp"
		case t.Rel[n] == "obj" && h >= 0 && h < n && reportingWords[strings.ToLower(t.Words[h])]:
			// "Russia said Ukrainian drones attacked Moscow": what
			// is said, not what is said to
			t.Head[v], t.Rel[v] = h, "ccomp"
		default:
			continue
		}
		t.Head[n], t.Rel[n] = v, "nsubj"
	}
}

// gappedObject mends a parse that hangs the second of two objects, each
// with its own charge, on the first one's charge: in "accuse Tomas Drell
// of fraud and Ivan Venn of bribery", "Venn" is read as a conjunct of
// "fraud" and "bribery" as a modifier of "fraud". A name joined to a
// name's "of" or "with" phrase and followed by a phrase of the same
// preposition is a second object with its own phrase, as the verb's
// repeated ("and accuse Ivan Venn of bribery") would have it.
func (x *syntax) gappedObject() {
	t := &x.tree
	for c, rel := range t.Rel {
		n := t.Head[c]
		if rel != "conj" || t.UPOS[c] != "PROPN" || n < 0 || n > c || t.Rel[n] != "nmod" || x.caseOf(c) != "" {
			continue
		}
		prep := x.caseOf(n)
		o := t.Head[n]
		if prep != "of" && prep != "with" || o < 0 || o > n || t.UPOS[o] != "PROPN" || t.Rel[o] != "obj" {
			continue
		}
		i := slices.IndexFunc(x.childrenWith(n, "nmod", "acl", "advcl"), func(g int) bool { return g > c && x.caseOf(g) == prep || g > c && x.markOf(g) == prep })
		if i < 0 {
			continue
		}
		g := x.childrenWith(n, "nmod", "acl", "advcl")[i]
		t.Head[c] = o
		t.Head[g] = c
	}
}

// finiteJoinedToGerund mends a parse that joins a finite verb to the
// gerund its subject's verb takes, not to that verb: in "Grune denied
// wrongdoing and said on Tuesday that the report was false", "said" is
// read as a conjunct of "wrongdoing". A gerund does not go on in the past
// or the present tense; a finite verb after it in the tense of the verb
// that takes it goes on from that verb, with its subject.
func (x *syntax) finiteJoinedToGerund() {
	t := &x.tree
	for c, rel := range t.Rel {
		g := t.Head[c]
		if rel != "conj" || !x.isVerb(c) || g < 0 || g > c || t.XPOS[g] != "VBG" || len(x.childrenWith(c, "nsubj", "nsubj:pass", "aux", "aux:pass")) > 0 {
			continue
		}
		v := t.Head[g]
		if r := t.Rel[g]; r != "xcomp" && r != "obj" && r != "ccomp" || v < 0 || v > g || !finiteTags[t.XPOS[v]] || len(x.childrenWith(g, "nsubj", "mark")) > 0 {
			continue
		}
		// "denied cheating and resigned": a past with no auxiliary is
		// read as a participle as often as not
		if t.XPOS[c] != t.XPOS[v] && !(t.XPOS[c] == "VBN" && t.XPOS[v] == "VBD") {
			continue
		}
		t.Head[c] = v
		if t.XPOS[c] == "VBN" {
			t.XPOS[c] = "VBD"
		}
	}
}

// verbJoinedToSubject mends a parse that joins a second verb to the
// subject of the first, not to that verb: in "Mutinous troops ousted Prime
// Minister Ivo Dorn on Monday and declared a state of emergency",
// "declared" is read as a conjunct of "troops", so it seems to have no
// subject, and the name before it, the one ousted, is taken for its doer.
// A noun has no finite verb for a conjunct; a finite verb with no subject
// of its own, joined to the subject of a verb before it, goes on from that
// verb and shares its subject.
func (x *syntax) verbJoinedToSubject() {
	t := &x.tree
	for c, rel := range t.Rel {
		n := t.Head[c]
		if rel != "conj" || n < 0 || n > c || !finiteTags[t.XPOS[c]] || len(x.childrenWith(c, "nsubj", "nsubj:pass")) > 0 {
			continue
		}
		if v := t.Head[n]; (t.Rel[n] == "nsubj" || t.Rel[n] == "nsubj:pass") && v > n && v < c && x.isVerb(v) {
			t.Head[c] = v
		}
	}
}

// participleJoinedToGerund mends a parse that joins a passive participle
// to the gerund or the noun a passive verb takes, not to that verb: in
// "Holm was detained for questioning in June and released on bail",
// "released" is read as a conjunct of "questioning", and so as done by
// Holm; in "He was stripped of his seat and banned from office", as a
// conjunct of "seat". Neither a gerund nor a noun goes on as a
// participle; a participle with no subject or auxiliary of its own after
// a gerund or an oblique or object noun on a passive verb goes on from
// that verb, with its passive subject.
func (x *syntax) participleJoinedToGerund() {
	t := &x.tree
	for c, rel := range t.Rel {
		g := t.Head[c]
		if rel != "conj" || t.XPOS[c] != "VBN" || g < 0 || g > c || len(x.childrenWith(c, "nsubj", "nsubj:pass", "aux", "aux:pass")) > 0 {
			continue
		}
		gerund := t.XPOS[g] == "VBG" && (t.Rel[g] == "advcl" || t.Rel[g] == "xcomp")
		noun := t.UPOS[g] == "NOUN" && (t.Rel[g] == "obl" || t.Rel[g] == "obj")
		v := t.Head[g]
		if !gerund && !noun || v < 0 || v > g || t.XPOS[v] != "VBN" || len(x.childrenWith(v, "aux:pass")) == 0 || len(x.childrenWith(g, "nsubj")) > 0 {
			continue
		}
		t.Head[c] = v
		// a time after the gerund, before the participle, is the passive
		// verb's: "was detained for questioning in June and released"
		for _, o := range x.childrenWith(g, "obl") {
			if w := strings.ToLower(t.Words[o]); o > g && o < c && (calendarWords[w] || len(w) == 4 && t.UPOS[o] == "NUM") {
				t.Head[o] = v
			}
		}
	}
}

// reportsThatClause tells whether v is a reporting verb with a clause
// that "that" opens ("stated that the government had no information").
func (x *syntax) reportsThatClause(v int) bool {
	if !reportingWords[strings.ToLower(x.tree.Words[v])] {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(v, "ccomp"), func(c int) bool { return c > v && x.markOf(c) == "that" })
}

// clauseReadAsObjectOfSay mends a parse that reads the subject of a
// clause "said" reports as its object and the clause's verb as a
// participle on it: in "Holm's office said the senator stood by her
// remarks", "senator" hangs on "said" (obj) and "stood" on "senator"
// (acl). "Say" takes what is said, not a person or a thing done to, so
// with no clause of its own the participle is the clause's verb and the
// noun its subject; "stood by" is then no passive's agent.
func (x *syntax) clauseReadAsObjectOfSay() {
	t := &x.tree
	for v, rel := range t.Rel {
		n := t.Head[v]
		if rel != "acl" || !x.isVerb(v) || n < 0 || n > v || t.Rel[n] != "obj" || t.XPOS[v] != "VBD" && t.XPOS[v] != "VBN" {
			continue
		}
		h := t.Head[n]
		if h < 0 || h > n || x.lemma(h) != "say" || len(x.childrenWith(h, "ccomp")) > 0 || len(x.childrenWith(v, "mark", "aux:pass")) > 0 {
			continue
		}
		t.Head[v], t.Rel[v] = h, "ccomp"
		t.Head[n], t.Rel[n] = v, "nsubj"
		for _, c := range x.childrenWith(v, "obl:agent") {
			t.Rel[c] = "obl"
		}
	}
}

// apposedSubjectReadAsObject mends a parse that reads the subject of a
// reported clause, set off by a name or a relative clause between commas,
// as the reporting verb's object and the clause's verb as the reporting
// verb's conjunct: in "Lind said the finance minister, Karl Vesk, met an
// envoy" and "Lind had told him the minister, Karl Vesk, met an envoy",
// "minister" hangs on "said" (obj, or xcomp) and "met" on "said" (conj),
// so the speaker would seem to have met the envoy. A conjunct with no
// subject and no conjunction of its own, right after the comma that
// closes the noun's aside, is the clause's verb, and the noun its subject.
func (x *syntax) apposedSubjectReadAsObject() {
	t := &x.tree
	for v, rel := range t.Rel {
		h := t.Head[v]
		if rel != "conj" || !x.isVerb(v) || h < 0 || h > v || len(x.childrenWith(v, "nsubj", "nsubj:pass", "cc", "mark")) > 0 {
			continue
		}
		start := x.phraseStart(v)
		if start < 2 || t.Words[start-1] != "," {
			continue
		}
		// the noun's verb: the one the conjunct hangs on, or a clause it
		// reports ("said that Lind had told him the minister, …, met")
		n := start - 2
		for n >= 0 && t.Head[n] >= 0 && t.Head[n] > h && t.Head[n] < v && t.Rel[n] != "obj" && t.Rel[n] != "xcomp" {
			n = t.Head[n]
		}
		r := t.Head[n]
		if n < 0 || r < 0 || n < r || t.Rel[n] != "obj" && t.Rel[n] != "xcomp" || t.UPOS[n] != "NOUN" && t.UPOS[n] != "PROPN" ||
			!x.isVerb(r) || !reportingWords[strings.ToLower(t.Words[r])] || r != h && !x.dominates(h, r) || r == h && len(x.childrenWith(h, "ccomp")) > 0 {
			continue
		}
		aside := slices.ContainsFunc(x.childrenWith(n, "appos", "acl:relcl"), func(a int) bool {
			return a > n && a < v && x.afterComma(a)
		})
		if !aside || slices.Max(x.subtree(n, nil)) != start-2 {
			continue
		}
		t.Head[v], t.Rel[v] = r, "ccomp"
		t.Head[n], t.Rel[n] = v, "nsubj"
		if t.Head[start-1] == h || t.Head[start-1] == n {
			t.Head[start-1] = v
		}
	}
}

// gerundReadAsLabelled mends a parse that reads the noun a labelling verb
// names as a gerund taking the label as its object: in "called the ruling
// a disgrace", "ruling" is read as a verb in "-ing" (obj of "called") and
// "disgrace" as its object. A word in "-ing" right after its determiner
// is a noun, and the noun phrase after it what the verb calls it.
func (x *syntax) gerundReadAsLabelled() {
	t := &x.tree
	for g, rel := range t.Rel {
		v := t.Head[g]
		if rel != "obj" || t.XPOS[g] != "VBG" || g == 0 || t.Head[g-1] != g || t.UPOS[g-1] != "DET" || v < 0 || v > g || !labellingVerb(t.Words[v]) {
			continue
		}
		objs := x.childrenWith(g, "obj")
		if len(objs) != 1 || objs[0] < g || t.UPOS[objs[0]] != "NOUN" {
			continue
		}
		t.UPOS[g], t.XPOS[g], t.Lemma[g] = "NOUN", "NN", strings.ToLower(t.Words[g])
		t.Head[objs[0]], t.Rel[objs[0]] = v, "xcomp"
	}
}

// labellingVerb reports a verb that data/triggers.tsv gives as calling
// what it names something ("called", "branded").
func labellingVerb(word string) bool {
	return slices.ContainsFunc(triggers[strings.ToLower(word)], func(t trigger) bool { return t.label })
}

// verbReadAsAdjective mends a parse that reads a clause's verb as an
// adjective on the noun phrase after it: in "Kenyan police detained
// opposition leader Ada Owino on Tuesday, her party said", "detained"
// modifies "leader", and "police" heads a clause with no verb, with the
// name and its time hung on it. A verb's past form right after a noun
// that heads a clause of its own is that clause's verb: the noun is its
// subject, the phrase it modified its object, and the phrases of time and
// place hung on the object the verb's. So is one after the noun "said"
// takes as its object ("The report said Chinese officials funnelled
// money to candidates"): the clause is what is said, and the obliques
// after the verb that hang on "said" are the verb's. A past form the
// tagger gives as one that the parse makes a compound of the name after
// it ("Lawmakers ousted Prime Minister Ivo Dorn in a vote") is mended so
// too.
func (x *syntax) verbReadAsAdjective() {
	t := &x.tree
	for v, rel := range t.Rel {
		p, h := v-1, t.Head[v]
		if rel != "amod" && !(rel == "compound" && t.XPOS[v] == "VBD") || p < 0 || h < v || !(x.isVerb(v) && (t.XPOS[v] == "VBD" || t.XPOS[v] == "VBN") || x.verbTaggedAdjective(v)) {
			continue
		}
		said := x.saidObject(p)
		if t.UPOS[p] != "NOUN" && t.UPOS[p] != "PROPN" || !clauseHeadRels[t.Rel[p]] && !said || len(x.childrenWith(p, "cop", "nsubj")) > 0 {
			continue
		}
		obj := h // the noun phrase it modified, up to its head
		for g := t.Head[obj]; g > v && (t.UPOS[g] == "NOUN" || t.UPOS[g] == "PROPN"); g = t.Head[obj] {
			obj = g
		}
		if t.Head[obj] != p && t.Head[obj] != t.Head[p] {
			continue
		}
		say := t.Head[p]
		t.Head[v], t.Rel[v] = t.Head[p], t.Rel[p]
		if said {
			t.Rel[v] = "ccomp" // what is said
		}
		t.Head[p], t.Rel[p] = v, "nsubj"
		t.Head[obj], t.Rel[obj] = v, "obj"
		t.UPOS[v], t.XPOS[v] = "VERB", "VBD"
		for c := v + 1; c < len(t.Head); c++ {
			if said && t.Head[c] == say && t.Rel[c] == "obl" {
				t.Head[c] = v // "said officials funnelled money to candidates": to whom the money went
			}
			if t.Head[c] == p && (t.Rel[c] == "nmod" || t.Rel[c] == "obl") {
				t.Head[c], t.Rel[c] = v, "obl"
			}
		}
		x.placeAndTimeOnVerb(obj, v)
		return
	}
}

// placeAndTimeOnVerb gives verb v the phrases of time and place the parse
// hung on its object obj: "on Tuesday", "in Tarsk" after the object
// tell when and where the act was done.
func (x *syntax) placeAndTimeOnVerb(obj, v int) {
	t := &x.tree
	for c := obj + 1; c < len(t.Head); c++ {
		if k := x.caseOf(c); t.Head[c] == obj && t.Rel[c] == "nmod" && (k == "on" || k == "in" || k == "at") {
			t.Head[c], t.Rel[c] = v, "obl"
		}
	}
}

// saidObject reports a noun that "say" takes as its object where "say"
// reports no clause after it: what is said is a clause, so such a noun is the
// subject of one (clauseReadAsObjectOfSay).
func (x *syntax) saidObject(n int) bool {
	h := x.tree.Head[n]
	return x.tree.Rel[n] == "obj" && h >= 0 && h < n && x.lemma(h) == "say" && !slices.ContainsFunc(x.childrenWith(h, "ccomp"), func(c int) bool { return c > n })
}

// verbTaggedAdjective reports an adjective that is a verb's past form the
// trigger table lists as a verb ("NATO jets pounded Serbian targets",
// "pounded" tagged as in "pounded yam"): an event's verb, where the
// clause has no other.
func (x *syntax) verbTaggedAdjective(v int) bool {
	w := strings.ToLower(x.tree.Words[v])
	return x.tree.XPOS[v] == "JJ" && strings.HasSuffix(w, "ed") && verbFormTrigger(w)
}

// clauseHeadRels are the relations of a word that heads a clause.
var clauseHeadRels = set("root ccomp parataxis dep")

// objectReadAsClause gives participle v the object the parse hung on
// verb h as a clause: in "Israeli air strikes killed at least 12 people in
// Gaza, health officials said", "people" is read as what "said" reports
// and "killed" as a participle on "strikes". A noun is no clause, so a
// noun that h takes as one (ccomp), after v and with no subject of its
// own, is what v is done to.
func (x *syntax) objectReadAsClause(v, h int) {
	t := &x.tree
	if h < v || !x.isVerb(h) || len(x.childrenWith(v, "obj", "nsubj", "nsubj:pass", "aux", "aux:pass")) > 0 {
		return
	}
	for _, c := range x.childrenWith(h, "ccomp") {
		if c > v && c < h && (t.UPOS[c] == "NOUN" || t.UPOS[c] == "PROPN" || t.UPOS[c] == "PRON") && len(x.childrenWith(c, "nsubj", "cop")) == 0 {
			t.Head[c], t.Rel[c] = v, "obj"
			return
		}
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

// subjectOfReportedClause mends a parse that reads the subject of a
// reported clause as the reporting verb's own, put after it: in "Ada
// Holm welcomed the acquittal and said Dorn would be \"welcome back\"",
// "Dorn" is read as the subject of "said" and "would" hangs on it. A
// speaker put after the verb ends the clause ("…," said Dorn); a name
// followed by an auxiliary opens the clause the verb reports, whose
// subject it is.
func (x *syntax) subjectOfReportedClause() {
	t := &x.tree
	for v := range t.Words {
		if !x.isVerb(v) || !reportingWords[strings.ToLower(t.Words[v])] {
			continue
		}
		for _, s := range x.childrenWith(v, "nsubj") {
			if s < v {
				continue
			}
			a := s + 1
			for a < len(t.Words) && t.Head[a] == s && (t.Rel[a] == "flat" || t.Rel[a] == "compound") && t.UPOS[a] == "PROPN" {
				a++
			}
			if a >= len(t.Words) || t.Head[a] != s || t.UPOS[a] != "AUX" {
				continue
			}
			x.adoptAfter(s, a, a)
			t.Head[a], t.Rel[a] = v, "ccomp"
			t.Head[s], t.Rel[s] = a, "nsubj"
			return
		}
	}
}

// actJoinedToPassiveReport mends a parse that joins the speaker's second
// act to the passive clause the speaker reports: in "Ndungu said the count
// had been rigged and called for an audit", "called" is read as a second
// verb of the count. A verb with no subject or auxiliary of its own,
// joined to a passive clause, shares its auxiliaries ("had been rigged
// and burned"); one that tells a speech act with its own complement
// ("called for an audit", "urged calm") cannot be passive, so it is the
// speaker's, joined to the reporting verb.
func (x *syntax) actJoinedToPassiveReport() {
	t := &x.tree
	for c, rel := range t.Rel {
		v := t.Head[c]
		if rel != "conj" || v < 0 || v > c || t.Rel[v] != "ccomp" || len(x.childrenWith(v, "aux:pass")) == 0 {
			continue
		}
		r := t.Head[v]
		if r < 0 || !reportingWords[strings.ToLower(t.Words[r])] || len(x.childrenWith(r, "nsubj")) == 0 ||
			len(x.childrenWith(c, "nsubj", "nsubj:pass", "aux", "aux:pass", "obl:agent")) > 0 || !x.speechActAt(c) {
			continue
		}
		t.Head[c] = r
	}
}

// speechActAt reports whether verb w opens a trigger of a speech act
// that takes a complement ("called for", "urged", "demanded"), with one
// of that complement's words.
func (x *syntax) speechActAt(w int) bool {
	t := &x.tree
	if !x.isVerb(w) || w+1 >= len(t.Words) {
		return false
	}
	for _, tr := range triggers[strings.ToLower(t.Words[w])] {
		if tr.noun || !actsOfSpeech[tr.typ] || w+len(tr.words) >= len(t.Words) {
			continue
		}
		if slices.EqualFunc(tr.words, t.Words[w:w+len(tr.words)], strings.EqualFold) && len(x.childrenWith(w, "obj", "obl", "xcomp", "ccomp")) > 0 {
			return true
		}
	}
	return false
}

// actsOfSpeech are the event types of acts done by speaking to or about
// someone, which a passive clause cannot share.
var actsOfSpeech = map[string]bool{"REQUEST": true, "CRITICISM": true, "ACCUSATION": true, "DENIAL": true}

// gerundOnReportedClause mends a parse that hangs a speaker's reporting
// gerund on the clause the speaker reports: in "Patro denied that the
// party had any role, saying the agency was acting on evidence", "saying"
// is read as the party's. A reporting gerund after the comma that closes
// a reported clause, with no subject of its own, goes on what the
// reporting verb's subject says.
func (x *syntax) gerundOnReportedClause() {
	t := &x.tree
	for g, rel := range t.Rel {
		v := t.Head[g]
		if rel != "advcl" || v < 0 || v > g || t.XPOS[g] != "VBG" || g == 0 || t.Words[g-1] != "," || !reportingWords[strings.ToLower(t.Words[g])] ||
			t.Rel[v] != "ccomp" || len(x.childrenWith(g, "nsubj", "nsubj:pass")) > 0 {
			continue
		}
		if r := t.Head[v]; r >= 0 && x.isVerb(r) && len(x.childrenWith(r, "nsubj")) > 0 {
			t.Head[g] = r
		}
	}
}

// appositionJoinedToName mends a parse that joins the second noun of a
// coordinated apposition to the name: in "Lee Andrews, the MP for
// Ashfield and a former deputy chairman of the Conservative Party, said",
// "chairman" is read as a second subject beside the name, so the party
// it is "of" speaks too. A common noun joined by "and", with no comma
// before it, after an apposition of the name, is that apposition's second
// noun: both say who the name is.
func (x *syntax) appositionJoinedToName() {
	t := &x.tree
	for c, rel := range t.Rel {
		n := t.Head[c]
		if rel != "conj" || n < 0 || n > c || t.UPOS[c] != "NOUN" || t.UPOS[n] != "PROPN" {
			continue
		}
		cc := x.childrenWith(c, "cc")
		if len(cc) != 1 || cc[0] == 0 || t.Words[cc[0]-1] == "," {
			continue
		}
		for _, a := range x.childrenWith(n, "appos") {
			if a < c && t.UPOS[a] == "NOUN" && !slices.ContainsFunc(t.Head[a+1:c], func(h int) bool { return h == n }) {
				t.Head[c] = a
				break
			}
		}
	}
}

// reportingTailSubject mends a parse that hangs the subject of a reporting
// verb closing the sentence on the clause it reports: in "Ivo Dorn joined
// the Harvest Front, The Harbour Lantern reported on Wednesday", the paper
// is read as the Front's apposition and "reported" as an adverbial clause
// whose subject is Dorn. A reporting verb with no subject of its own,
// right after a noun phrase that a comma opens, has that phrase as its
// subject, and reports the clause it hung on (parataxis, as UD has it);
// so does a name set right after a noun ("the state news agency Altyn
// Habar reported"), which the noun heads.
func (x *syntax) reportingTailSubject() {
	t := &x.tree
	for r, rel := range t.Rel {
		if r == 0 || t.Head[r] < 0 || t.Head[r] > r || rel != "advcl" && rel != "conj" && rel != "parataxis" ||
			!reportingWords[strings.ToLower(t.Words[r])] || len(x.childrenWith(r, "nsubj", "nsubj:pass")) > 0 {
			continue
		}
		n := r - 1
		for t.Head[n] >= 0 && t.Head[n] < n && (t.Rel[n] == "flat" || t.Rel[n] == "flat:name") {
			n = t.Head[n] // "Defence Minister Sergei Shoigu said": the name's first word heads it
		}
		if h := t.Head[n]; h >= 0 && h < n && t.Rel[n] == "appos" && x.pos(h) == "NOUN" && !slices.Contains(t.Words[h:n], ",") {
			n = h // "the state news agency Altyn Habar reported": the noun the name is set beside heads it
		}
		if (x.pos(n) != "NOUN" && x.pos(n) != "PROPN") || x.dominates(r, n) {
			continue
		}
		words := x.subtree(n, nil)
		if first := words[0]; first == 0 || t.Words[first-1] != "," || words[len(words)-1] != r-1 {
			continue
		}
		t.Head[n], t.Rel[n] = r, "nsubj"
		t.Rel[r] = "parataxis"
	}
}

// speakerForReadAsMark mends a parse that reads the "for" of "a
// spokesman for the ministry said" as a marker of the reporting verb's
// clause and the body as its subject: in "Varga resigned on Monday, a
// spokesman for the Interior Ministry told Reuters", "Interior Ministry"
// is read as who told, "spokesman" as an apposition of "Monday". The noun
// right before such a "for" speaks, for the body the "for" names.
func (x *syntax) speakerForReadAsMark() {
	t := &x.tree
	for m, rel := range t.Rel {
		v := t.Head[m]
		if rel != "mark" || !strings.EqualFold(t.Words[m], "for") || m == 0 || v <= m || !tailReporting(t.Words[v]) {
			continue
		}
		n := m - 1
		if t.UPOS[n] != "NOUN" || x.dominates(v, n) {
			continue
		}
		subj := x.childrenWith(v, "nsubj")
		if len(subj) != 1 || subj[0] < m || subj[0] > v {
			continue
		}
		s := subj[0]
		for k := m + 1; k < s; k++ {
			if t.Head[k] == v && t.UPOS[k] == "DET" {
				t.Head[k], t.Rel[k] = s, "det" // "the" of "the Interior Ministry"
			}
		}
		t.Head[n], t.Rel[n] = v, "nsubj"
		t.Head[s], t.Rel[s] = n, "nmod"
		t.Head[m], t.Rel[m] = s, "case"
	}
}

// reportingTailParticiple mends a parse that reads the reporting verb
// closing a sentence as a participle on the noun before it: in "Beijing
// funded candidates, the intelligence report alleged.", "alleged" hangs
// on "report" as a clause of it ("the report alleged" as "the crimes
// alleged"). A reporting verb with nothing of its own that ends the
// sentence, on a noun phrase a comma opens, is that phrase's verb, and
// reports the clause the phrase hung on. Only a verb that tells no event
// of its own ("alleged", which accuses only with its "that"): a statement
// verb so mended ("…, the ministry announced") added on the validation set
// an event the gold does not have.
func (x *syntax) reportingTailParticiple() {
	t := &x.tree
	for r, rel := range t.Rel {
		n := t.Head[r]
		if rel != "acl" || n < 0 || n > r || t.Head[n] < 0 || t.Head[n] > n || t.UPOS[n] != "NOUN" || !tailReporting(t.Words[r]) || oneWordTrigger(t.Words[r]) {
			continue
		}
		if len(x.subtree(r, nil)) > 1+len(t.UPOS[r+1:]) || slices.ContainsFunc(t.UPOS[r+1:], func(u string) bool { return u != "PUNCT" }) {
			continue
		}
		words := x.subtree(n, nil)
		if first := words[0]; first == 0 || t.Words[first-1] != "," {
			continue
		}
		t.Head[r], t.Rel[r] = t.Head[n], "parataxis"
		t.Head[n], t.Rel[n] = r, "nsubj"
	}
}

// oneWordTrigger reports whether word alone is a trigger of
// data/triggers.tsv.
func oneWordTrigger(word string) bool {
	return slices.ContainsFunc(triggers[strings.ToLower(word)], func(t trigger) bool { return len(t.words) == 1 })
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
// the clause it reports). So too a predicate read as the noun's
// conjunct with no conjunction ("said the allegations were \"lies spread
// by my enemies\""), and a passive read as a relative clause on a
// reporting verb's object, its auxiliary right after the noun ("said the
// claims were \"completely fabricated\"").
func (x *syntax) copulaSubject() {
	t := &x.tree
	for w, rel := range t.Rel {
		n := t.Head[w]
		if rel == "conj" && len(x.childrenWith(w, "cc")) == 0 || rel == "ccomp" && n >= 0 && t.UPOS[n] == "NOUN" {
			rel = "appos" // a noun takes no clause of its own: "said the claims were \"groundless\" and …"
		}
		if rel == "acl:relcl" && n >= 0 && t.Rel[n] == "obj" && t.Head[n] >= 0 && reportingWords[strings.ToLower(t.Words[t.Head[n]])] &&
			slices.Contains(x.childrenWith(w, "aux:pass"), n+1) && len(x.childrenWith(w, "nsubj", "nsubj:pass")) == 0 {
			x.tree.Rel[n+1] = "aux:pass"
			t.Head[w], t.Rel[w] = t.Head[n], "ccomp"
			t.Head[n], t.Rel[n] = w, "nsubj:pass"
			continue
		}
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

// whoseClause mends a parse that puts a relative clause's verb at the
// root: in "Naidu, whose party won 16 seats, pledged his support", "whose"
// opens a clause on the name before it, so "won" hangs on the name
// (acl:relcl) and the verb the parser coordinated with it ("pledged"), or
// made report it ("said", with no subject of its own), right after the
// comma that closes the clause, is the sentence's, with the name as its
// subject.
func (x *syntax) whoseClause() {
	t := &x.tree
	for w, word := range t.Words {
		if !strings.EqualFold(word, "whose") || w < 2 || t.Words[w-1] != "," || t.Head[w] < 0 {
			continue
		}
		name := x.nameBeforeComma(w)
		v := t.Head[w] // the clause's verb, or the noun "whose" owns and then its verb
		if v >= 0 && !x.isVerb(v) {
			v = t.Head[v]
		}
		// a copula's predicate heads its clause: "whose district was at
		// the centre of the case"
		if name < 0 || x.pos(name) != "PROPN" || v < 0 || !x.isVerb(v) && len(x.childrenWith(v, "cop")) == 0 || t.Head[v] == name && t.Rel[v] == "acl:relcl" {
			continue
		}
		main := -1
		for _, c := range x.childrenWith(v, "conj") {
			if c > v && x.isVerb(c) && t.Words[c-1] == "," && len(x.childrenWith(c, "cc", "nsubj", "nsubj:pass")) == 0 {
				main = c // "…, pledged": not "welcomed the report but urged"
				break
			}
		}
		if h := t.Head[v]; main < 0 && t.Rel[v] == "ccomp" && h > v && t.Words[h-1] == "," && x.isVerb(h) && len(x.childrenWith(h, "nsubj", "nsubj:pass")) == 0 {
			main = h // "X, whose party came second, said": the clause is no report of "said"
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

// predicateJoinedToRelative mends a parse that keeps a relative clause
// on the name before it but makes that name the root and the sentence's
// verb a conjunct of the clause's: in "Ivo Serrat, who is suspected of
// spying, was arrested on Monday", "Ivo" is the root and "arrested" is
// joined to "suspected" or made its complement, so the clause's hedge
// would scope over the arrest; so in "X, who had been interior minister
// since 2022, was named deputy prime minister", read with both clauses
// asides. A verb that opens right after the comma closing the clause,
// with no subject and no coordinator of its own, is the sentence's, the
// name its subject ("…, who resigned and was arrested" keeps both in the
// clause).
func (x *syntax) predicateJoinedToRelative() {
	t := &x.tree
	for w, word := range t.Words {
		if w < 2 || t.Words[w-1] != "," || !relativePronouns[strings.ToLower(word)] {
			continue
		}
		name := x.nameBeforeComma(w)
		if name < 0 || t.Head[name] != -1 || x.pos(name) != "PROPN" {
			continue
		}
		v := t.Head[w] // the clause's head, on the name as a relative clause or, misread, as an aside
		if v < 0 || t.Head[v] != name || t.Rel[v] != "acl:relcl" && t.Rel[v] != "parataxis" {
			continue
		}
		for _, c := range x.childrenWith(v, "conj", "ccomp", "parataxis") {
			if k := x.auxiliariesStart(c); c > v && x.isVerb(c) && t.Words[k-1] == "," && len(x.childrenWith(c, "cc", "nsubj", "nsubj:pass")) == 0 {
				x.promote(c, name)
				t.Rel[v] = "acl:relcl"
				if len(x.childrenWith(c, "aux:pass")) > 0 {
					t.Rel[name] = "nsubj:pass"
				}
				return
			}
		}
	}
}

// auxiliariesStart is the first of the auxiliaries right before verb v
// that hang on it ("was" in "was arrested"), or v itself.
func (x *syntax) auxiliariesStart(v int) int {
	k := v
	for k > 1 && x.tree.Head[k-1] == v && strings.HasPrefix(x.tree.Rel[k-1], "aux") {
		k--
	}
	return k
}

// nameBeforeComma is the head of the name that ends right before the
// comma before word w (", whose", ", who"): the word there, or the word
// its flat relation hangs on. w is at least 2.
func (x *syntax) nameBeforeComma(w int) int {
	if name := w - 2; x.tree.Rel[name] != "flat" {
		return name
	}
	return x.tree.Head[w-2]
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
		if x.caseOf(p) == "" && t.Rel[n] == "nmod" && t.Head[n] >= 0 && t.UPOS[t.Head[n]] == "NOUN" {
			// "the leader of the opposition Social Democratic Alliance,
			// Marta Lobo,": a name with no preposition of its own is
			// read as a modifier of the noun before it ("opposition"),
			// one phrase with it; the name restates the noun that
			// phrase modifies
			n = t.Head[n]
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
		if rel != "acl:relcl" || n < 0 || !calendarWords[strings.ToLower(t.Words[n])] && !timeUnitNouns[strings.ToLower(t.Words[n])] {
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
		if that < 0 && x.bareClauseAfterTime(r, n, v) {
			t.Head[v], t.Rel[v] = r, "ccomp"
			continue
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

// channelRels are the relations by which a verb of speech takes the
// channel or the hearer of what it reports: "said in a statement", "wrote
// on Telegram", "told reporters", "told state television".
var channelRels = set("obl iobj obj")

// thatClauseAfterChannel mends a parse that reads a reported clause as a
// relative clause on the channel or the hearer before it, as
// thatClauseAfterTime does on a time: in "Varga said in a statement that
// Dal had met Russian officials", "that" becomes the object of "met" and
// the clause hangs on "statement"; so on "Facebook" in "wrote on Facebook
// that", on "reporters" in "told reporters that". A verb of speech with
// no complement yet does not stop at a relative clause on its channel
// whose own subject is not the "that": the clause is what it reports.
func (x *syntax) thatClauseAfterChannel() {
	t := &x.tree
	for v, rel := range t.Rel {
		n := t.Head[v]
		if rel != "acl:relcl" || n < 0 {
			continue
		}
		that := x.phraseStart(v)
		if that <= n || !strings.EqualFold(t.Words[that], "that") || t.Head[that] != v || t.Rel[that] == "nsubj" || t.Rel[that] == "nsubj:pass" {
			continue // "a statement that was posted online": a relative clause
		}
		if len(slices.DeleteFunc(x.childrenWith(v, "nsubj", "nsubj:pass"), func(c int) bool { return c == that })) == 0 {
			continue
		}
		// the clause opens right after the channel's phrase ("a post on
		// X", "a statement released in Lisbon", "state television on
		// Monday", a time thatClauseAfterTime leaves as the channel's),
		// whose head the verb of speech takes; or the parse hangs it on
		// that verb itself
		r := n
		if !x.isVerb(n) {
			a := n
			for depth := 0; depth < 4 && t.Head[a] >= 0 && !channelRels[t.Rel[a]]; depth++ {
				switch t.Rel[a] {
				case "nmod", "obl", "acl", "compound", "flat", "appos":
					a = t.Head[a]
				default:
					depth = 4
				}
			}
			if !channelRels[t.Rel[a]] {
				continue
			}
			r = t.Head[a]
			if r < 0 || slices.ContainsFunc(x.childrenWith(r, "obj"), func(o int) bool { return o != a }) {
				continue // "posted a video that showed …": the verb has its object
			}
		}
		if !x.isVerb(r) || !tailReporting(t.Words[r]) || len(x.childrenWith(r, "ccomp", "xcomp")) > 0 {
			continue
		}
		x.reportedOn(r, v, that)
	}
}

// reportedOn hangs clause v, opened by "that" at word that, on verb of
// report r as its complement, where every word between them is r's own
// (its channel, its time); where one is not, the clause is left as it is.
func (x *syntax) reportedOn(r, v, that int) {
	for w := r + 1; w < that; w++ {
		if !x.dominates(r, w) {
			return
		}
	}
	t := &x.tree
	t.Head[v], t.Rel[v] = r, "ccomp"
	t.Head[that], t.Rel[that] = v, "mark"
	t.UPOS[that], t.XPOS[that] = "SCONJ", "IN"
}

// strayReportRels are the relations by which a parse may hang a reported
// clause on its verb of report when a channel stands between them.
var strayReportRels = set("obj obl parataxis dep appos advcl")

// denyingWords are the one-word verbs of denial of data/triggers.tsv
// ("denied", "rejects"): what they govern with "that" is what is denied,
// as a verb of report's clause is what is reported.
var denyingWords = func() map[string]bool {
	out := map[string]bool{}
	for _, ts := range triggers {
		for _, t := range ts {
			if len(t.words) == 1 && !t.noun && t.typ == "DENIAL" {
				out[t.words[0]] = true
			}
		}
	}
	return out
}()

// thatClauseOffReportingVerb mends a parse that hangs a reported clause
// on its verb of report as something other than its complement: in "The
// auditors alleged in their report that officials had inflated invoices",
// "inflated" is an oblique of "alleged" with "that" its object; in "The
// Ledger alleged in an article on Sunday that the head of the agency,
// Ivo Dal, took money", "took" is a parataxis; so is a verb of denial's
// ("denied on Thursday, in a post on Telegram, that troops had entered
// the village", read as an adverbial clause). A clause that opens with
// "that", has a subject of its own after it and follows the verb's own
// words is what the verb reports, when the verb has no complement yet. It
// runs last: the mends before it first make the clause a clause ("had
// inflated invoices" is read at first as a noun phrase).
func (x *syntax) thatClauseOffReportingVerb() {
	t := &x.tree
	for v, rel := range t.Rel {
		r := t.Head[v]
		if !strayReportRels[rel] || r < 0 || r > v || !x.isVerb(v) || !x.isVerb(r) || !tailReporting(t.Words[r]) && !denyingWords[strings.ToLower(t.Words[r])] || len(x.childrenWith(r, "ccomp", "xcomp")) > 0 {
			continue
		}
		that := x.phraseStart(v)
		if that <= r || !strings.EqualFold(t.Words[that], "that") || t.Head[that] != v || t.Rel[that] == "nsubj" || t.Rel[that] == "nsubj:pass" {
			continue
		}
		if !slices.ContainsFunc(x.childrenWith(v, "nsubj", "nsubj:pass"), func(c int) bool { return that < c && c < v }) {
			continue
		}
		x.reportedOn(r, v, that)
	}
}

// bareClauseAfterTime reports a reported clause with no "that" read as a
// relative clause v on the time n of a verb of speech r: in "Police said
// on Friday they had detained X" the clause's own subject, a personal
// pronoun, opens it right after the day, where no relative clause on a
// day starts.
func (x *syntax) bareClauseAfterTime(r, n, v int) bool {
	t := &x.tree
	if !speechWords[strings.ToLower(t.Words[r])] || n+1 >= v {
		return false
	}
	subj := x.childrenWith(v, "nsubj", "nsubj:pass")
	return len(subj) == 1 && subj[0] == n+1 && t.UPOS[n+1] == "PRON" && !relativePronouns[strings.ToLower(t.Words[n+1])]
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

// nounRoot is the root of a sentence the parse gives no verb, a noun or
// a name, or -1.
func (x *syntax) nounRoot() int {
	n := slices.Index(x.tree.Head, -1)
	if n < 0 || x.pos(n) != "PROPN" && x.pos(n) != "NOUN" {
		return -1
	}
	return n
}

// adoptAfter gives word to the dependents of word from that come after
// word after: a word a mend makes the head of a clause takes what
// follows it (the closing stop, its objects), to itself excepted.
func (x *syntax) adoptAfter(from, after, to int) {
	for c, h := range x.tree.Head {
		if h == from && c > after && c != to {
			x.tree.Head[c] = to
		}
	}
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

// auxVerbs are the forms of the auxiliaries a parse may read as a verb.
var auxVerbs = set("had has have was were is are will would")

// speakerPronouns stand for a person who speaks.
var speakerPronouns = set("he she")

// forReadAsMark mends a parse that reads "for" (or "to") after a noun as
// opening an infinitive's subject ("for him to go") before a finite verb:
// in "A spokeswoman for Ana Holm denied the report", "for" marks "denied",
// "Ana Holm" is its subject and "spokeswoman" hangs loose; so "to" in "An
// aide to Ana Holm said the claims were false". Only an infinitive takes
// such a subject; before a finite verb, the sentence's, the name is the
// noun's, after the preposition, and the noun the verb's subject. A
// preposition that marks no clause at all reads the same: "The EU's new
// sanctions on Iran took effect on Monday", "Tariffs against Canada came
// into force" are the sanctions' and the tariffs' targets.
func (x *syntax) forReadAsMark() {
	t := &x.tree
	for f, rel := range t.Rel {
		v := t.Head[f]
		if rel != "mark" || !nounCaseMarks[strings.ToLower(t.Words[f])] || f == 0 || v < f || !finiteTags[t.XPOS[v]] || x.pos(f-1) != "NOUN" || t.Head[f-1] != v || t.Head[v] != -1 {
			continue // the noun loose on the sentence's verb; not "Holm, the candidate for Leeds, conceded"
		}
		// the name read as the verb's subject, or as an oblique of it
		// with the noun as subject ("An adviser to Ana Holm denied")
		var subj []int
		for _, c := range x.childrenWith(v, "nsubj", "obl") {
			if c > f && c < v {
				subj = append(subj, c)
			}
		}
		if len(subj) != 1 || slices.ContainsFunc(x.childrenWith(v, "nsubj"), func(c int) bool { return c != subj[0] && c != f-1 }) {
			continue
		}
		n, s := f-1, subj[0]
		t.Head[s], t.Rel[s] = n, "nmod"
		t.Head[f], t.Rel[f] = s, "case"
		t.Head[n], t.Rel[n] = v, "nsubj"
		return
	}
}

// nounCaseMarks are the prepositions a parse may read as marking a
// finite clause after a noun, where they open the noun's phrase: "for"
// and "to", which mark only an infinitive's subject, and "on", "against"
// and "over", which mark no clause.
var nounCaseMarks = set("for to on against over")

// reportedTail are the relations a parse gives a reporting verb that
// closes the sentence of the clause it reports.
var reportedTail = set("parataxis conj advcl")

// nameOrphanedBeforeTime mends a parse that runs a name in an "of"
// phrase into the time phrase after it: in "rejected the nomination of
// Ivo Marsh on Thursday", "of" and "on" are both read as cases of
// "Thursday", "Ivo" as its orphan and "Thursday" as the nomination's
// modifier, so neither the nominee nor the day reach the verb. The name
// after the first case word is that noun's "of" phrase, and a day after
// it hangs on the verb the noun is the object of, as the parser hangs it
// where it reads the name right ("approved the nomination of Anna Korvel
// on Thursday").
func (x *syntax) nameOrphanedBeforeTime() {
	t := &x.tree
	for p, rel := range t.Rel {
		h := t.Head[p]
		if rel != "orphan" || t.UPOS[p] != "PROPN" || p == 0 || h <= p || t.Rel[p-1] != "case" || t.Head[p-1] != h {
			continue
		}
		n := t.Head[h]
		if n < 0 || n > p || t.Rel[h] != "nmod" || t.UPOS[n] != "NOUN" || !slices.ContainsFunc(x.childrenWith(h, "case"), func(c int) bool { return c > p }) {
			continue
		}
		t.Head[p], t.Rel[p] = n, "nmod"
		t.Head[p-1] = p
		if v := t.Head[n]; v >= 0 && x.isVerb(v) && t.Rel[n] == "obj" && calendarWords[strings.ToLower(t.Words[h])] {
			t.Head[h], t.Rel[h] = v, "obl"
		}
	}
}

// timeBeforeReportingTail mends a parse that hangs a time closing the
// reported clause on the reporting verb after it: in "A bomber killed 12
// people in Mogadishu on Tuesday, police said", "on Tuesday" is read as
// when the police spoke. A reporting verb at the end of its sentence,
// after a comma, takes no phrase from before the comma: the phrase is the
// reported clause's. So too where the parse hangs the reporting verb on
// the clause as a tail ("Holm met the envoy in March, the Lantern
// reported on Sunday": "reported" a parataxis of "met", "in March" on
// "reported"). A name or a noun the parse leaves as an unlabelled
// dependent of the reporting verb, right after the reported clause's
// verb that has no object ("Government forces retook Hlynsk on Sunday,
// the defence ministry said": "Hlynsk" a "dep" of "said"), is that
// verb's object.
func (x *syntax) timeBeforeReportingTail() {
	t := &x.tree
	for v, rel := range t.Rel {
		// a root or a tail that the switch below reads, and a reporting
		// word: the tree first, cheaper than the word's lookup
		tail := t.Head[v] >= 0 && t.Head[v] < v && reportedTail[x.baseRel(v)]
		if rel != "root" && !tail || !reportingWords[strings.ToLower(t.Words[v])] {
			continue
		}
		subj := x.childrenWith(v, "nsubj")
		var comps []int
		switch {
		case rel == "root":
			comps = x.childrenWith(v, "ccomp")
		case tail:
			comps = []int{t.Head[v]}
		}
		if len(subj) != 1 || len(comps) != 1 || comps[0] > subj[0] {
			continue
		}
		comma := x.phraseStart(subj[0]) - 1
		if comma <= comps[0] || t.Words[comma] != "," {
			continue
		}
		// "overnight", "again": an adverb before the comma is the
		// reported clause's as a phrase is
		for _, o := range x.childrenWith(v, "obl", "obl:tmod", "advmod") {
			if o > comps[0] && o < comma {
				t.Head[o] = comps[0]
				if t.Head[comma] == o {
					t.Head[comma] = v // the comma parts the tail, not the phrase
				}
			}
		}
		if c := comps[0]; t.UPOS[c] == "VERB" && len(x.childrenWith(c, "obj", "ccomp", "xcomp")) == 0 {
			for _, o := range x.childrenWith(v, "dep") {
				if o > c && o < comma && (t.UPOS[o] == "PROPN" || t.UPOS[o] == "NOUN") && x.phraseStart(o) == c+1 {
					t.Head[o], t.Rel[o] = c, "obj"
				}
			}
		}
	}
}

// phraseAfterFrontedClause mends a parse that hangs the phrases opening
// a main clause on the clause fronted before it: in "As the ministry
// informed, on Wednesday in Baku was held a meeting", "on Wednesday" is
// read as when the ministry informed. A fronted clause ends at its
// comma; a phrase after that comma and before the verb the clause hangs
// on is that verb's.
func (x *syntax) phraseAfterFrontedClause() {
	t := &x.tree
	for v := range t.Words {
		h := t.Head[v]
		if x.rel(v) != "advcl" || h <= v || !x.isVerb(h) {
			continue
		}
		comma := -1
		for _, p := range x.childrenWith(v, "punct") {
			if p > v && p < h && t.Words[p] == "," {
				comma = p
				break
			}
		}
		if comma < 0 {
			continue
		}
		for _, o := range x.childrenWith(v, "obl", "obl:tmod", "advmod") {
			if o > comma && o < h {
				t.Head[o] = h
			}
		}
	}
}

// gerundOnObliqueNoun mends a parse that hangs a participle right after
// the noun of a verb's prepositional phrase on the verb, as a clause the
// verb's subject does: in "police fired tear gas at students protesting
// the arrest", the students protest, not the police. With no comma, no
// subject and no "while" or "after" of its own, the participle modifies
// the noun it follows.
func (x *syntax) gerundOnObliqueNoun() {
	t := &x.tree
	for w := 1; w < len(t.Words); w++ {
		n, v := w-1, t.Head[w]
		if t.Rel[w] != "advcl" || t.XPOS[w] != "VBG" || v < 0 || v >= n || t.XPOS[n] != "NNS" && t.XPOS[n] != "NN" {
			continue
		}
		if len(x.childrenWith(w, "nsubj", "nsubj:pass", "mark")) > 0 {
			continue
		}
		// the noun is in a phrase the verb governs through a preposition
		h := n
		for h >= 0 && t.Head[h] != v && (x.baseRel(h) == "nmod" || x.baseRel(h) == "compound") {
			h = t.Head[h]
		}
		if h < 0 || t.Head[h] != v || x.baseRel(h) != "obl" {
			continue
		}
		t.Head[w], t.Rel[w] = n, "acl"
	}
}

// claimBeforeItsFalsity mends a parse of a claim called false by a
// predicate after its clause: in "Reports that Holm met Lind are
// untrue" or "the claim that Britain sanctioned Ivo Dorn was
// incorrect", the parser reads the clause's last noun as the
// predicate's subject and hangs the predicate in the clause. The claim's
// noun is the subject of the predicate (of a passive one, "was debunked
// by StopFake", its passive subject), the clause its "that" marks the
// noun's, and a subject the parse gave the predicate inside the clause
// the clause verb's object. The predicate takes the place of the
// highest of the three, a verb's clause where that was a verb's object
// ("Full Fact said the claim that … was incorrect").
func (x *syntax) claimBeforeItsFalsity() {
	t := &x.tree
	for n := 0; n+2 < len(t.Words); n++ {
		if t.UPOS[n] != "NOUN" || deniedNouns[strings.ToLower(t.Lemma[n])] == "" || !strings.EqualFold(t.Words[n+1], "that") {
			continue
		}
		v := t.Head[n+1]
		if v <= n+1 || !x.isVerb(v) {
			continue
		}
		// the predicate: the first copula or passive auxiliary after the
		// clause's verb, on a word that calls a claim false
		p, passive := -1, false
		for c := v + 1; c < len(t.Words) && p < 0; c++ {
			if t.Lemma[c] != "be" || t.Rel[c] != "cop" && t.Rel[c] != "aux:pass" {
				continue
			}
			h := t.Head[c]
			if h <= c || !falsityWord(x, h) {
				break
			}
			p, passive = h, t.Rel[c] == "aux:pass"
		}
		if p < 0 || t.Head[n] == p && strings.HasPrefix(t.Rel[n], "nsubj") {
			continue // none, or read right
		}
		top := n
		for _, w := range []int{v, p} {
			if x.dominates(w, top) {
				top = w
			}
		}
		h, r := t.Head[top], t.Rel[top]
		switch {
		case top == p:
			// the clause read under its own predicate: it keeps its place
		case h < 0:
			r = "root"
		case x.isVerb(h):
			r = "ccomp"
		}
		for s := v + 1; s < p; s++ {
			if t.Head[s] != p || t.Rel[s] != "nsubj" && t.Rel[s] != "nsubj:pass" {
				continue
			}
			if objs := x.childrenWith(v, "obj"); len(objs) > 0 && objs[0] < s {
				t.Head[s], t.Rel[s] = objs[0], "appos" // "met Russian diplomat Ivan Lind"
			} else {
				t.Head[s], t.Rel[s] = v, "obj"
			}
		}
		subj := "nsubj"
		if passive {
			subj = "nsubj:pass"
		}
		for s := p + 1; s < len(t.Words); s++ {
			if s != h && (t.Head[s] == v || t.Head[s] == n || t.Head[s] == top) {
				t.Head[s] = p // what follows the predicate is its: ", the presidency said."
			}
		}
		t.Head[p], t.Rel[p] = h, r
		t.Head[n], t.Rel[n] = p, subj
		t.Head[v], t.Rel[v] = n, "acl"
		t.Head[n+1], t.Rel[n+1] = v, "mark"
	}
}

// falsityWord reports whether word w calls a claim false: a word of
// falsity ("untrue", "baseless", "fabricated"), one of truth negated
// ("not true"), a verb refuting it ("was refuted").
func falsityWord(x *syntax, w int) bool {
	switch refutationUses[strings.ToLower(x.lemma(w))] {
	case "false":
		return true
	case "true":
		return x.negated(w)
	case "refuse":
		return x.isVerb(w)
	}
	return false
}

// claimAfterItsSource mends a parse of a claim named with its source
// before the clause that tells it: in "denied a report by the Herald that
// she had met Lind" or "a claim by Belarus that Lithuanian drones had
// attacked", the parser hangs the source on the verb, the clause on the
// source as a relative clause or on the verb, or makes the clause the
// sentence's. The source is the claim's ("by the Herald" on "report"),
// and the clause its "that" marks, right after the source, the claim's
// own: what the report says, not what the Herald did.
func (x *syntax) claimAfterItsSource() {
	t := &x.tree
	for n := 0; n+3 < len(t.Words); n++ {
		if t.UPOS[n] != "NOUN" || deniedNouns[strings.ToLower(t.Lemma[n])] == "" || !strings.EqualFold(t.Words[n+1], "by") {
			continue
		}
		o := t.Head[n+1] // the source's head word, its last
		if o <= n+1 || o+1 >= len(t.Words) || !strings.EqualFold(t.Words[o+1], "that") || t.UPOS[o] != "PROPN" && t.UPOS[o] != "NOUN" {
			continue
		}
		v := t.Head[o+1]
		if v <= o+1 || !x.isVerb(v) || x.dominates(v, n) && t.Rel[v] != "root" && t.Head[v] >= 0 {
			continue
		}
		if x.dominates(v, n) {
			// the clause read as the sentence's, the claim its subject:
			// the claim takes its place
			t.Head[n], t.Rel[n] = t.Head[v], t.Rel[v]
		}
		t.Head[o], t.Rel[o] = n, "nmod"
		t.Head[v], t.Rel[v] = n, "acl"
		t.Head[o+1], t.Rel[o+1] = v, "mark"
	}
}

// phraseHungInQuote mends a parse that hangs a phrase after a quotation
// on a word inside it: in "called the verdict 'unacceptable and
// politically motivated' on Wednesday", "on Wednesday" is read as
// "motivated"'s, so the criticism misses its day. A quotation is what
// someone said, closed before the phrase; an oblique after it hangs on
// the word outside the quotation that the quotation's words hang on.
func (x *syntax) phraseHungInQuote() {
	open := -1
	for k, w := range x.tree.Words {
		if !quoteMarks[w] {
			continue
		}
		if open < 0 {
			open = k
			continue
		}
		x.obliquesOutOfQuote(open, k)
		open = -1
	}
}

// obliquesOutOfQuote rehangs each oblique after the quotation closed at
// token close, opened at token open, that hangs on a word inside it, on
// the word before the quotation that the word's chain of heads leaves it
// by.
func (x *syntax) obliquesOutOfQuote(open, close int) {
	inside := func(w int) bool { return w > open && w < close }
	for c := close + 1; c < len(x.tree.Words); c++ {
		h := x.tree.Head[c]
		if x.rel(c) != "obl" || !inside(h) {
			continue
		}
		g := h
		for g >= 0 && inside(g) {
			g = x.tree.Head[g]
		}
		if g >= 0 && g < open {
			x.tree.Head[c] = g
		}
	}
}
