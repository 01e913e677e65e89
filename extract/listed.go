package extract

import (
	"strings"

	"github.com/polgraph/polgraph"
)

// listingWords open a list of those an event was done to
// (data/words/listing_words.txt).
var listingWords = wordSet("listing_words.txt")

// listParticiples open a list of those the act just told was done to,
// of whichever listed type (data/words/list_participles.txt).
var listParticiples = wordSet("list_participles.txt")

// anyListed stands for any of listedTypes where a list's participle
// tells no type of its own ("Those targeted include").
const anyListed = "*"

// listedTypes are the event types whose past participle names those the
// event was done to, its patients: "those charged", "the sanctioned
// individuals", "the people detained".
var listedTypes = set("ARREST RELEASE LEGAL_ACTION SANCTION DISMISSAL APPOINTMENT INVESTIGATION")

// listedPatients reads the lists the press gives of those an event was
// done to, opened by its participle and a word of listing: "Those charged
// include former finance minister Ivo Dorn, Tarsk mayor Mara Lind and
// Petar Vuk", "The sanctioned individuals are Ivo Dorn, a deputy defence
// minister; Mara Lind, head of the Kessel Bank; and Petar Vuk", and a
// list set out a line to a person after a colon ("The listed individuals
// are:" and lines "- Ivo Dorn, ..."). Each person (or body) the list
// names as an item is a patient of the event of the participle's type
// told there or in the sentences right before it; who is named inside an
// item's description ("head of the Kessel Bank") is none.
func (d *doc) listedPatients() {
	for si := range d.sents {
		typ, trig, start := d.listOpener(si)
		if typ == "" {
			continue
		}
		ev := d.listedEvent(si, typ, trig)
		if ev == nil {
			continue
		}
		items := d.listItems(si, start)
		if len(items) == 0 && d.sents[si].last-1 == start && d.toks[start].text == ":" {
			// "The sanctioned individuals are:" and a line to each
			for sj := si + 1; sj < len(d.sents) && d.bulletLine(sj); sj++ {
				if line := d.listItems(sj, d.sents[sj].first); len(line) > 0 {
					items = append(items, line[0]) // the line's first name: what follows describes it
				}
			}
		}
		for _, e := range items {
			ev.add(e, "patient")
		}
		if len(ev.parts) > 0 && ev.nameless {
			// "Police arrested 14 people on Monday. Those arrested
			// include ...": the list names whom the act, dropped for
			// naming no one, was done to
			ev.dropped, ev.nameless = false, false
		}
	}
}

// listOpener finds in sentence si a participle (or a verb) of an event
// of listedTypes and, before any person or body is named after it, a
// word of listingWords that lists its patients: the event's type, the
// participle's token and the token after which the list begins (the
// listing word, or a colon right after it); typ is "" where the sentence
// opens no such list.
func (d *doc) listOpener(si int) (typ string, trig, start int) {
	s := &d.sents[si]
	if !d.mayOpenList(si) {
		return "", -1, -1 // most sentences: no parse asked for
	}
	x := d.syntaxOf(si)
	if x == nil {
		return "", -1, -1
	}
	for i := s.first; i < s.last; i++ {
		t := &d.toks[i]
		k := ""
		if t.kind == tokWord {
			k = listParticipleType(t.lower)
		}
		if k == "" {
			continue
		}
		for j := i + 1; j < s.last && !d.namesSomeone(si, j); j++ {
			if !listingWords[d.toks[j].lower] || !d.listsParticiple(si, x, i, j) {
				continue
			}
			if j+1 < s.last && d.toks[j+1].text == ":" {
				j++
			}
			return k, i, j
		}
	}
	return "", -1, -1
}

// mayOpenList reports whether sentence si has words that may open a list
// of patients, a participle of listedTypes and a listing word after it,
// read off its tokens before any parse.
func (d *doc) mayOpenList(si int) bool {
	s := &d.sents[si]
	seen := false
	for i := s.first; i < s.last; i++ {
		if t := &d.toks[i]; t.kind == tokWord {
			if seen && listingWords[t.lower] {
				return true
			}
			seen = seen || listParticipleType(t.lower) != ""
		}
	}
	return false
}

// namesSomeone reports whether a named person or body of sentence si
// starts at token i.
func (d *doc) namesSomeone(si, i int) bool {
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.first == i && m.named() && m.ent >= 0 && (d.ents[m.ent].kind == polgraph.KindPerson || isBody(d.ents[m.ent].kind)) {
			return true
		}
	}
	return false
}

// listParticipleType is participleType, or anyListed for a participle
// that lists those an act of any listed type was done to.
func listParticipleType(word string) string {
	if k := participleType(word); k != "" {
		return k
	}
	if listParticiples[word] {
		return anyListed
	}
	return ""
}

// participleType is the type of the event a past participle tells, where
// it is one of listedTypes ("charged", "sanctioned", "detained"), or "".
func participleType(word string) string {
	if !strings.HasSuffix(word, "ed") {
		return ""
	}
	for _, t := range triggers[word] {
		if len(t.words) == 1 && !t.noun && !t.speech && listedTypes[t.typ] {
			return t.typ
		}
	}
	return ""
}

// listsParticiple reports whether the listing word at token list lists
// those the participle at token trig tells of: the tree hangs the
// participle on the noun that the listing word's clause is about
// ("Those charged include", "The sanctioned individuals are", "Among
// those detained were"), or the listing word opens a phrase within the
// participle's own clause ("arrested five men, including"); or, where
// the parse makes nothing of such a short opening, the words run "those"
// (or a plural noun after "the"), the participle and the listing word.
func (d *doc) listsParticiple(si int, x *syntax, trig, list int) bool {
	v, l := x.at(trig), x.at(list)
	if v < 0 || l < 0 {
		return false
	}
	switch x.rel(v) {
	case "acl", "amod", "acl:relcl":
		if xp := x.tree.XPOS[v]; xp != "VBN" && xp != "JJ" {
			break
		}
		if x.rel(v) == "acl:relcl" && len(x.childrenWith(v, "aux:pass")) == 0 {
			break // "those who charged them": who did it, not who underwent it
		}
		h := x.head(v)
		if h < 0 {
			break
		}
		if x.head(h) == l && strings.HasPrefix(x.rel(h), "nsubj") || x.head(l) == h && (x.rel(l) == "cop" || x.rel(l) == "case") {
			return true
		}
		if g := x.head(l); g >= 0 && x.head(h) == g && strings.HasPrefix(x.rel(h), "nsubj") && (x.rel(l) == "cop" || x.rel(l) == "aux") {
			return true
		}
	default:
		if x.isVerb(v) && x.rel(l) == "case" && x.dominates(v, l) {
			return true // "police arrested five men, including"
		}
	}
	prev := d.toks[trig-1].lower
	if trig > d.sents[si].first && list == trig+1 && prev == "those" {
		return true // "Among those sanctioned were"
	}
	return trig > d.sents[si].first && list == trig+2 && prev == "the" && x.tree.XPOS[x.at(trig+1)] == "NNS"
}

// listedEvent is the event of type typ that a list's participle at token
// trig tells of. A participle that is a clause's verb ("police arrested
// five men, including") tells its own; one on a noun ("those charged")
// tells of the last one told in sentence si before it or in the three
// sentences before, into which its own is merged; nil where none is.
func (d *doc) listedEvent(si int, typ string, trig int) *event {
	var own *event
	for _, ev := range d.events {
		if ev.sent == si && ev.typ == typ && ev.trig[0] <= trig && trig < ev.trig[1] {
			own = ev.kept()
		}
	}
	if own != nil && own.sent != si {
		return own // merged already into the one told before
	}
	if x, w := d.wordAt(si, trig); own != nil && w >= 0 && !strings.HasPrefix(x.rel(w), "acl") && x.rel(w) != "amod" {
		return own
	}
	var last *event
	for _, ev := range d.events {
		if ev.dropped && !ev.nameless || ev == own || ev.typ != typ && (typ != anyListed || !listedTypes[ev.typ]) || ev.sent > si || ev.sent < si-3 || ev.sent == si && ev.trig[0] > trig {
			continue
		}
		if last == nil || ev.sent > last.sent || ev.sent == last.sent && ev.trig[0] > last.trig[0] {
			last = ev
		}
	}
	if last == nil {
		return own
	}
	if own != nil {
		for _, p := range own.parts {
			last.add(p.ent, p.role)
		}
		own.dropped, own.same = true, last
	}
	return last
}

// listItems are the people and bodies a list that starts after token
// start of sentence si names as its items: a name that a separator (a
// comma, a semicolon, a colon, a dash, "and" or "or") or the list's start
// comes before, with no more than its own title between ("former finance
// minister Ivo Dorn", "Tarsk mayor Mara Lind"). A name after a
// preposition, a verb or a relative pronoun ("head of the Kessel Bank",
// "an aide to X", "who advised X", "whom X replaced") is inside an item's
// description; a body before "'s" is an
// item's possessor.
func (d *doc) listItems(si, start int) []int {
	x := d.syntaxOf(si)
	if x == nil {
		return nil
	}
	var out []int
	for _, mi := range d.sentMents[si] {
		m := &d.ments[mi]
		if m.first < start || !m.named() || m.ent < 0 {
			continue
		}
		switch k := d.ents[m.ent].kind; {
		case k == polgraph.KindPerson:
		case k == polgraph.KindOrganization:
			if m.last < d.sents[si].last && possessiveMarks[d.toks[m.last].lower] {
				continue
			}
		default:
			continue
		}
		if d.itemOpens(si, x, start, m.first) && !d.inTitleOfName(si, m) {
			out = appendNew(out, d.refs(m)...)
		}
	}
	return out
}

// itemOpens reports whether the name at token first opens an item of a
// list that starts after token start: the words back to the separator
// before it, or to the list's start, are no preposition, verb or
// relative pronoun.
func (d *doc) itemOpens(si int, x *syntax, start, first int) bool {
	for j := first - 1; j >= d.sents[si].first; j-- {
		t := &d.toks[j]
		switch {
		case j == start || listSeparators[t.text] || t.lower == "and" || t.lower == "or":
			return true
		case prepositions[t.lower] || relativePronouns[t.lower]:
			return false
		}
		if w := x.at(j); w >= 0 && x.isVerb(w) {
			return false
		}
	}
	return d.bulletLine(si) // a line to each item: the line opens it
}

// listSeparators part a list's items.
var listSeparators = set(", ; : - – — • *")

// bulletLine reports whether sentence si is a line of a list: it opens
// with a bullet or a dash.
func (d *doc) bulletLine(si int) bool {
	s := &d.sents[si]
	if s.first >= s.last {
		return false
	}
	switch d.toks[s.first].text {
	case "-", "–", "—", "•", "*":
		return true
	}
	return false
}

// inTitleOfName reports whether mention m is part of the title before
// another name of sentence si, or right before it: "Tarsk" of "Tarsk
// mayor Mara Lind", "the Kessel Bank" of "Kessel Bank chairman Ivo Dorn".
func (d *doc) inTitleOfName(si int, m *mention) bool {
	for _, mi := range d.sentMents[si] {
		if o := &d.ments[mi]; o != m && o.office != nil && o.officeStart >= 0 && (o.officeStart <= m.first && m.last <= o.first || m.last == o.officeStart) {
			return true
		}
	}
	return false
}
