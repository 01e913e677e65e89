package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// Mends of titled names, and of pairs of names read as one or as a list.

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

// personReadAsModifiersName mends a parse that reads a person's name
// after a title's modifier as the last words of the modifier's name: in
// "EU ambassador to Serbia Petra Lind said" and "The EU's ambassador to
// Serbia, Petra Lind, said", "Petra Lind" hangs flat on "Serbia", and the
// subject is a bare "ambassador". The recogniser read the person's name
// as a name of its own, no part of the place's; it restates the noun the
// modifier hangs on, in apposition, as the parse of "The MP for Whitby,
// Ann Dorr," has it.
func (d *doc) personReadAsModifiersName(si int, x *syntax) {
	t := &x.tree
	for a, rel := range t.Rel {
		p := t.Head[a]
		if rel != "flat" || p < 0 || p > a || t.Rel[p] != "nmod" {
			continue
		}
		n := t.Head[p]
		if n < 0 || n > p || t.UPOS[n] != "NOUN" {
			continue
		}
		if m := d.mentionAtWord(si, x, a); m != nil && m.kind == polgraph.KindPerson && m != d.mentionAtWord(si, x, p) {
			t.Head[a], t.Rel[a] = n, "appos"
		}
	}
}

// postedTitleOverName mends a parse that reads a diplomat's title, its
// posting and the holder's name as a clause: in "UN Special Envoy for
// Yemen Karl Moss met the minister", "Envoy" is a dep of the verb, "for"
// its mark and "Yemen", with "Karl Moss" flat on it, the subject. The
// recogniser read the title before the name past the posting; the
// posting is the title's modifier and the name restates the title, in
// apposition, as the parse of "the envoy for Yemen, Karl Moss," has it.
func (d *doc) postedTitleOverName(si int, x *syntax) {
	t := &x.tree
	for _, mi := range d.mentionsOf(si) {
		m := &d.ments[mi]
		if m.office == nil || m.officeStart < 0 || m.kind != polgraph.KindPerson || m.via == "pronoun" {
			continue
		}
		p, n := d.postingIn(m)
		if n == nil {
			continue
		}
		a, tl, pw, f, l := x.at(m.officeStart), x.at(p-1), x.at(p), x.at(m.first), x.lastWord(m.last-1)
		h, ph := x.spanHead(m.first, m.last), x.spanHead(n.first, n.last)
		if a < 0 || tl < a || pw <= tl || f <= pw || l < f || h < 0 || ph < 0 || t.Head[h] <= pw || t.Head[h] >= f {
			continue // the name hangs on no word of the posting
		}
		head, rel := -1, ""
		for w := a; w <= l; w++ {
			if hw := t.Head[w]; (hw < a || hw > l) && (head < 0 || subjectRels[t.Rel[w]] && !subjectRels[rel]) {
				head, rel = hw, t.Rel[w]
			}
		}
		for c, hc := range t.Head {
			if (c < a || c > l) && hc >= a && hc <= l {
				t.Head[c] = tl // what the phrase governed outside it: the title's
			}
		}
		for w := a; w < tl; w++ {
			if t.Head[w] < a || t.Head[w] > tl {
				t.Head[w], t.Rel[w] = tl, "compound"
			}
		}
		for w := pw; w < x.at(n.first); w++ {
			t.Head[w], t.Rel[w] = ph, "case"
			if strings.EqualFold(t.Words[w], "the") {
				t.Rel[w] = "det"
			}
		}
		t.Head[tl], t.Rel[tl] = head, rel
		t.Head[ph], t.Rel[ph] = tl, "nmod"
		t.Head[h], t.Rel[h] = tl, "appos"
	}
}

// postingIn is the token of a posting word ("to", "for", "in") inside
// person mention m's title before the name, and the mention of the name
// the gazetteer knows after it, maybe after "the", that ends where m's
// name starts ("Envoy for Yemen Karl Moss", "Ambassador to the United
// States Ana Holm"); nil where there is none.
func (d *doc) postingIn(m *mention) (int, *mention) {
	for p := m.officeStart + 1; p+1 < m.first; p++ {
		if !postingCases[d.toks[p].lower] {
			continue
		}
		for _, ni := range d.mentionsOf(m.sent) {
			if n := &d.ments[ni]; n.first > p && n.first <= p+2 && n.last == m.first && n.named() && n.kind != polgraph.KindPerson {
				return p, n
			}
		}
	}
	return -1, nil
}

// nameOnTitlesComplement mends a parse that hangs a person's name in
// apposition on a noun inside the complement of the title before it: in
// "The OSCE's Special Representative on Freedom of the Media, Jan Orvik,
// condemned the arrest", "Jan Orvik" restates "Freedom", so the subject
// is the bare title and its possessor, the body, is read as the doer. A
// name set off by a comma after the title's chain of prepositional
// modifiers restates the title the chain hangs on; a chain holding a
// noun for people ("the lawyer of the victim's mother, X") is left as
// parsed, as the name may restate that noun.
func (d *doc) nameOnTitlesComplement(si int, x *syntax) {
	t := &x.tree
	for a, rel := range t.Rel {
		p := t.Head[a]
		if rel != "appos" || p < 0 || p > a || t.Rel[p] != "nmod" {
			continue
		}
		if start := x.phraseStart(a); start < 1 || t.Words[start-1] != "," {
			continue
		}
		if m := d.mentionAtWord(si, x, a); m == nil || m.kind != polgraph.KindPerson {
			continue
		}
		n := p
		for t.Rel[n] == "nmod" && x.caseOf(n) != "" && t.Head[n] >= 0 && t.Head[n] < n && !personNouns[x.lemma(n)] {
			n = t.Head[n]
		}
		if n != p && t.Rel[n] != "nmod" && d.titleEndsAt(x.token(n)) {
			t.Head[a] = n
		}
	}
}

// titleEndsAt reports whether an office's title ends at token i: "Special
// Representative", "envoy".
func (d *doc) titleEndsAt(i int) bool {
	for k := max(0, i-4); k <= i; k++ {
		if n, o := d.officeAt(k, i+1); o != nil && k+n == i+1 {
			return true
		}
	}
	return false
}

// verbJoinedToApposition mends a parse that reads a name opening the
// sentence as its root and the verb after the name's apposition as a
// conjunct of the apposition: in "Vola Kessem, the UN human rights chief,
// criticised the arrests", "criticised" is joined to "chief", so the body
// inside the apposition is read as a second doer. A finite verb with no
// subject of its own, set after the comma that closes the root name's
// apposition, is the sentence's root, and the name its subject.
func (x *syntax) verbJoinedToApposition() {
	t := &x.tree
	for c, rel := range t.Rel {
		a := t.Head[c]
		if rel != "conj" || a < 1 || a > c || !finiteTags[t.XPOS[c]] || t.Rel[a] != "appos" || t.Words[c-1] != "," {
			continue
		}
		r := t.Head[a]
		if r < 0 || r > a || t.Rel[r] != "root" || t.UPOS[r] != "PROPN" || len(x.childrenWith(c, "nsubj", "nsubj:pass", "cc")) > 0 {
			continue
		}
		t.Head[c], t.Rel[c] = -1, "root"
		t.Head[r], t.Rel[r] = c, "nsubj"
		t.Head[c-1] = c
		for w := c + 1; w < len(t.Head); w++ {
			if t.Head[w] == r && t.Rel[w] == "punct" {
				t.Head[w] = c // the closing stop is the clause's
			}
		}
	}
}

// possessedReadAsApposition mends a parse that, after a title, reads a
// name's possession as the title's apposition: in "Dutch far-right leader
// Geert Wilder's Party for Freedom agreed to form a coalition", "leader"
// is the subject and the party only set beside it, so the leader agrees.
// The title is the possessor's ("leader Geert Wilder"), and what the name
// owns heads the phrase: the party agrees.
func (x *syntax) possessedReadAsApposition() {
	t := &x.tree
	for a := range t.Words {
		w := t.Head[a]
		if t.Rel[a] != "appos" || w < 0 || w >= a || t.UPOS[w] != "NOUN" {
			continue
		}
		p := w + 1 // the possessor right after the title, no comma between
		if t.Head[p] != a || t.Rel[p] != "nmod:poss" || t.UPOS[p] != "PROPN" {
			continue
		}
		t.Head[a], t.Rel[a] = t.Head[w], t.Rel[w]
		t.Head[w], t.Rel[w] = p, "nmod:desc"
	}
}
