package extract

import (
	"strings"

	"github.com/polgraph/polgraph"
)

// postNouns name a post in a body that workRoles lacks ("head of security
// policy", "general counsel"); bareLeadNouns lead the body when no part
// of it follows them; unitLeadVerbs put their subject in charge of their
// object (data/words/post_nouns.txt, bare_lead_nouns.txt,
// unit_lead_verbs.txt).
var (
	postNouns      = wordSet("post_nouns.txt")
	bareLeadNouns  = wordSet("bare_lead_nouns.txt")
	unitLeadVerbs  = wordSet("unit_lead_verbs.txt")
	staffBodyNouns = wordSet("staff_body_nouns.txt")
)

// jobRelations reads the jobs the tree of sentence si sets beside a name
// where no other reader gave the person a post in the body: a role noun
// in apposition to the name, said of it or in a relative clause on it,
// whose body possesses it or follows "for", "at" or "with" ("Orvex's head
// of security policy, Brenna Kolvig,"; "Maren Tolle, Orvex Systems'
// general counsel,"; "the head of the Civic Alliance's election team,
// Lars Brede,"), and the part of a body a verb of leading puts the name in
// charge of ("Brenna Kolvig, who heads the agency's cyber unit"). One
// works for an organisation and is a member of a party.
func (d *doc) jobRelations(si int) {
	if !d.sentenceNames(si, polgraph.KindPerson) {
		return
	}
	t := d.taggedOf(si)
	if t == nil || !t.hasJobWord() {
		return
	}
	x := d.syntaxOf(si)
	if x == nil {
		return
	}
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if !m.named() || m.ent < 0 || d.ents[m.ent].kind != polgraph.KindPerson {
			continue
		}
		w := x.spanHead(m.first, m.last)
		if w < 0 {
			continue
		}
		for _, n := range x.rolesOfName(w) {
			if body, role := d.postBody(si, x, n); body >= 0 {
				d.addJob(si, m.ent, body, role, d.postHeld(si, x, n))
			}
		}
		if body := d.staffBodyOf(si, x, w); body >= 0 {
			d.addJob(si, m.ent, body, "", span{})
		}
	}
	for v := range x.tree.Head {
		if !x.isVerb(v) || !unitLeadVerbs[strings.ToLower(x.lemma(v))] {
			continue
		}
		for _, o := range x.childrenWith(v, "obj") {
			if x.pos(o) != "NOUN" || d.bodyUnder(si, x, o) >= 0 {
				continue // "who heads the Civic Alliance": the lead readers'
			}
			body, _ := d.ownerOfPart(si, x, o, 1)
			if body < 0 {
				continue
			}
			for _, c := range x.childrenWith(v, "nsubj") {
				// (not a minister who oversees a ministry's work: a post
				// of the state, no job in its bodies)
				if p := d.subjectLeader(si, x, v, c); p >= 0 && !x.modalOrNegated(v) && !d.holdsStatePost(p) {
					d.addJob(si, p, body, "head of "+x.phraseWords(o, -1), span{})
				}
			}
		}
	}
}

// staffBodyOf is the organisation a name's "of", "from" or "at" phrase
// names with a noun of staffBodyNouns, which says it employs people: the
// noun the name modifies ("Piet Harlo of the Kestrel Institute think
// tank") or one set beside the name ("of the Kestrel Institute, a think
// tank in Oslo,"); -1 for none.
func (d *doc) staffBodyOf(si int, x *syntax, w int) int {
	for _, c := range x.childrenWith(w, "nmod") {
		if k := x.caseOf(c); k != "of" && k != "from" && k != "at" {
			continue
		}
		b := d.bodyUnder(si, x, c)
		for _, cc := range x.childrenWith(c, "compound") {
			if b < 0 {
				b = d.bodyUnder(si, x, cc) // "the Kestrel Institute think tank", the name on "think"
			}
		}
		if b < 0 || d.ents[b].kind != polgraph.KindOrganization || isLegislature(d.ents[b]) {
			continue
		}
		nouns := []int{c}
		for _, a := range x.childrenWith(c, "appos") {
			if indefiniteNoun(x, a) {
				nouns = append(nouns, a)
			}
		}
		for _, n := range nouns {
			if x.pos(n) == "NOUN" && staffBodyNouns[strings.ToLower(x.lemma(n))] {
				return b
			}
		}
	}
	return -1
}

// hasJobWord reports a word whose lemma is a role noun, a post noun or a
// verb of leading a part: the words jobRelations starts from.
func (x *syntax) hasJobWord() bool {
	for w := range x.tree.Words {
		l := strings.ToLower(x.lemma(w))
		if workRoles[l] || postNouns[l] || unitLeadVerbs[l] || staffBodyNouns[l] {
			return true
		}
	}
	return false
}

// rolesOfName are the role nouns the tree says of name word w: in
// apposition to it or it to them ("Orvex's head of policy, X"), its
// predicate ("X is Orvex's general counsel"), or a relative clause's ("X,
// who is Orvex's general counsel"). A name the parse hangs on the part a
// role noun is of ("the head of the Alliance's election team, X") stands
// for that role noun.
func (x *syntax) rolesOfName(w int) []int {
	var out []int
	add := func(n int) {
		if n < 0 || x.pos(n) != "NOUN" {
			return
		}
		l := strings.ToLower(x.lemma(n))
		if !workRoles[l] && !postNouns[l] && !workRoles[strings.ToLower(x.tree.Words[n])] {
			// "the head of the Alliance's election team, X": the name hung
			// on the part, the role noun above it
			if h := x.head(n); x.baseRel(n) == "nmod" && x.caseOf(n) == "of" && h >= 0 && x.pos(h) == "NOUN" {
				if hl := strings.ToLower(x.lemma(h)); postNouns[hl] || workRoles[hl] {
					out = append(out, h)
				}
			}
			return
		}
		out = append(out, n)
	}
	for _, a := range x.childrenWith(w, "appos") {
		add(a)
	}
	for _, r := range x.childrenWith(w, "acl:relcl") {
		for _, c := range x.childrenWith(r, "nsubj") {
			if relativePronouns[strings.ToLower(x.tree.Words[c])] {
				add(r) // "X, who is Orvex's general counsel,"
			}
		}
	}
	if h := x.head(w); h >= 0 {
		switch {
		case x.rel(w) == "appos":
			add(h)
		case x.baseRel(w) == "nsubj" && len(x.childrenWith(h, "cop")) > 0:
			add(h) // "X is Orvex's general counsel"
		}
	}
	return out
}

// postBody is the body whose post role noun n names, and the post's
// words, for a post held now: the body that possesses it or that its
// "for", "at" or "with" phrase names ("Orvex's general counsel", "head of
// policy at Orvex"), or that possesses the part its "of" phrase names
// ("head of the Alliance's election team"). A lead noun with no part
// after it ("Orvex's head") leads the body, and a noun with the body
// after "of" ("head of the Orvex Agency") is a title: the other readers
// give both. body is -1 for none.
func (d *doc) postBody(si int, x *syntax, n int) (body int, role string) {
	if formerRole(x, n) {
		return -1, "" // "a former adviser to Orvex": a job over, when the text does not say
	}
	part := false
	for _, c := range x.childrenWith(n, "nmod") {
		if k := x.caseOf(c); (k == "of" || k == "for") && d.bodyUnder(si, x, c) < 0 && x.pos(c) == "NOUN" {
			part = true // "head of security policy", "vice president for public policy"
		}
	}
	for _, c := range x.childrenWith(n, "amod", "compound") {
		if deputyWords[strings.ToLower(x.tree.Words[c])] {
			part = true // "Orvex's vice president, X": a second, no leader
		}
	}
	if bareLeadNouns[strings.ToLower(x.lemma(n))] && !part {
		return -1, ""
	}
	b, via := d.ownerOfPart(si, x, n, 1)
	if b < 0 {
		return -1, ""
	}
	return b, x.phraseWords(n, via)
}

// ownerOfPart is the body that owns the thing noun n names, and the
// word of n's phrase that names it: its possessor ("Orvex's", "the
// agency's", "its"), a body after "for", "at" or "with", or, up to depth
// steps down, the owner of the part its "of" phrase names. Only
// organisations and parties own one here, and not legislatures (a
// committee's chair sits in the chamber); -1 for none.
func (d *doc) ownerOfPart(si int, x *syntax, n, depth int) (int, int) {
	ok := func(b int) bool {
		if b < 0 {
			return false
		}
		e := d.ents[b]
		return (e.kind == polgraph.KindOrganization || e.kind == polgraph.KindParty) && !isLegislature(e)
	}
	for _, p := range x.childrenWith(n, "nmod:poss") {
		i := x.token(p) + 1
		for _, c := range x.childrenWith(p, "case") {
			i = x.token(c) + 1
		}
		if b := d.possessorBefore(si, i); ok(b) {
			return b, p
		}
	}
	for _, c := range x.childrenWith(n, "nmod") {
		switch x.caseOf(c) {
		case "for", "at", "with":
			b := d.bodyUnder(si, x, c)
			if b < 0 && definiteNoun(x, c) {
				b = d.bodyNamedBy(si, x.token(c)+1) // "a spokeswoman for the agency"
			}
			if ok(b) {
				return b, c
			}
		case "of":
			if depth > 0 && d.bodyUnder(si, x, c) < 0 {
				if b, via := d.ownerOfPart(si, x, c, depth-1); ok(b) {
					return b, via
				}
			}
		}
	}
	return -1, -1
}

// spanCases open the phrase of a date a post was held from or until.
var spanCases = set("since until till")

// postHeld is the span role noun n's "since" or "until" phrase gives the
// post ("Orvex's general counsel until 2021"); an end after the
// publication is none yet.
func (d *doc) postHeld(si int, x *syntax, n int) span {
	var held span
	for _, c := range x.childrenWith(n, "nmod", "obl") {
		i := x.token(x.firstUnder(c))
		if spanCases[d.toks[i].lower] {
			i++ // past "until" to the date
		}
		date, _ := d.dateAt(i)
		switch x.caseOf(c) {
		case "since":
			held.since = date
		case "until", "till":
			if !d.afterPublication(date) {
				held.until = date
			}
		}
	}
	return held
}

// phraseWords are the words of noun n's phrase in lower case, without
// its determiner, its possessors, its punctuation, what is set beside it
// or said of it, and the subtree of word skip: "head of the election
// team" for "the head of the Civic Alliance's election team, Lars
// Brede".
func (x *syntax) phraseWords(n, skip int) string {
	var words []string
	for w := range x.tree.Words {
		if !x.dominates(n, w) || x.pos(w) == "PUNCT" {
			continue
		}
		cut := false
		for k := w; k != n && k >= 0; k = x.head(k) {
			if k == skip || x.baseRel(k) == "nmod" && spanCases[x.caseOf(k)] || x.rel(k) == "nmod:poss" || x.rel(k) == "appos" || x.baseRel(k) == "acl" || x.rel(k) == "conj" && x.head(k) == n || x.rel(k) == "cc" && x.head(k) == n || x.rel(k) == "det" && x.head(k) == n || x.rel(k) == "cop" || x.baseRel(k) == "nsubj" {
				cut = true
				break
			}
		}
		if !cut {
			words = append(words, strings.ToLower(x.tree.Words[w]))
		}
	}
	return strings.Join(words, " ")
}

// addJob gives person p a job in body b, found in sentence si, where no
// reader gave p a post in b: work for an organisation, membership of a
// party.
func (d *doc) addJob(si, p, b int, role string, held span) {
	for _, typ := range []string{"WORKS_FOR", "MEMBER_OF", "LEADS", "HOLDS_OFFICE"} {
		if _, ok := d.rel[[3]int{relTypes[typ], p, b}]; ok {
			return
		}
	}
	if d.ents[b].kind == polgraph.KindParty || d.partyLike(d.ents[b]) {
		d.addRel(&relation{typ: "MEMBER_OF", from: p, to: b, validFrom: held.since, validTo: held.until, sent: si, conf: 0.6})
		return
	}
	d.addRel(&relation{typ: "WORKS_FOR", from: p, to: b, role: role, validFrom: held.since, validTo: held.until, sent: si, conf: 0.6})
}
