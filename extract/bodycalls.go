package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// bodyCallNouns are the common nouns a story calls a body by once it has
// named it, each with the heads of the names it calls besides itself, "-"
// for none (data/words/body_call_nouns.tsv).
var bodyCallNouns = wordTable("body_call_nouns.tsv")

// bodyCalledBy is the one organisation named before token i of sentence si
// that "the" and the noun at i call back, or -1: "The ministry denied the
// report" after "the Ostland Ministry of Defence", "The company rejected
// the report" after "Brenhall Mining, a mining company". A body is called
// when the head of its name is the noun or one the noun calls ("Ministry"
// in "Ministry of Defence", "Mining" for "the company"), or an apposition
// to its name has the noun for its head. A noun that does not head its
// phrase ("the ministry of defence", "the company spokesman") calls none;
// nor does one where two bodies fit, or where the article tells of another,
// unnamed body of that kind in between ("a new commission was set up").
// Words before the noun must be words of the body's name ("the central
// bank" for the Central Bank of Velmark), or say who runs or backs it
// ("the Labour-run council"); a noun whose heads are "*"
// ("the chamber") calls the one legislature named.
func (d *doc) bodyCalledBy(si, i int) int {
	noun := d.toks[i].lower
	heads, ok := bodyCallNouns[noun]
	if !ok {
		return -1
	}
	x, w := d.wordAt(si, i)
	if w < 0 || x.pos(w) != "NOUN" || len(x.childrenWith(w, "nmod", "appos")) > 0 {
		return -1 // "the ministry of defence": another description
	}
	// the modifiers between "the" and the noun ("the central bank") must
	// be words of the body's name ("Central Bank of Velmark"); "the state
	// company" describes another
	mods := x.childrenWith(w, "compound", "amod")
	j := i - 1
	for k := len(mods) - 1; k >= 0; k-- {
		if mods[k] > w || j < d.sents[si].first || x.token(mods[k]) != j {
			return -1
		}
		j--
		if b := d.backerBefore(si, j+1); b >= 0 {
			// "the Conservative-run council": who runs the body
			// describes it and is no word of its name
			j = b - 1
			mods = slices.Delete(mods, k, k+1)
		}
	}
	if j < d.sents[si].first || d.toks[j].lower != "the" {
		return -1
	}
	calls := append(strings.Fields(heads), noun)
	found := -1
	for ei, e := range d.ents {
		if e.kind != polgraph.KindOrganization || d.firstNamed[ei] < 0 || d.firstNamed[ei] >= i {
			continue
		}
		if heads == "*" && !isLegislature(e) || heads != "*" && !slices.Contains(calls, bodyNameHead(e.name)) && !slices.Contains(calls, d.headBeforeState(e.name)) && !slices.Contains(d.bodyNouns(ei, i), noun) {
			continue
		}
		if words := lowerWords(e.name); slices.ContainsFunc(mods, func(c int) bool { return !slices.Contains(words, strings.ToLower(x.tree.Words[c])) }) {
			continue // "the central bank" is no "Bank of Velmark"
		}
		if found >= 0 {
			return -1 // two bodies of that kind: neither
		}
		found = ei
	}
	if found >= 0 && d.otherBodyCalled(noun, d.firstNamed[found], i) {
		return -1
	}
	return found
}

// backerBefore is the first token of the name that a backing participle
// at token j of sentence si is joined to by a hyphen ("Labour-run",
// "Liberal Democrat-led": who runs or backs what follows), else -1.
func (d *doc) backerBefore(si, j int) int {
	if name, part, ok := strings.Cut(d.toks[j].text, "-"); ok && backingParticiples[part] && (capitalisedWord(name) || shouted(name)) {
		return j // "Labour-run", "SNP-led": one token where the tokenizer keeps it so
	}
	if j-2 < d.sents[si].first || !backingParticiples[d.toks[j].lower] || d.toks[j-1].text != "-" ||
		d.toks[j-1].start != d.toks[j-2].end || d.toks[j].start != d.toks[j-1].end {
		return -1
	}
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.last == j-1 {
			return m.first // "Liberal Democrat": the whole name
		}
	}
	if d.toks[j-2].cap {
		return j - 2
	}
	return -1
}

// bodyNameHead is the head word of a body's name: the word before its
// first "of" or "for" ("ministry" in "Ministry of Defence", "commission"
// in "Electoral Commission of Varovia"), else its last word.
func bodyNameHead(name string) string {
	words := lowerWords(name)
	for k, w := range words {
		if (w == "of" || w == "for") && k > 0 {
			return words[k-1]
		}
	}
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// headBeforeState is the head of a body's name that a state's name
// closes, or "": "International" in "Transparency International Kenya",
// the state's section, which the story calls "the group" as it would the
// international body.
func (d *doc) headBeforeState(name string) string {
	words := strings.Fields(name)
	if len(words) < 3 {
		return ""
	}
	isState := func(m gazetteer.Match) bool { return m.Entry.Kind == polgraph.KindCountry && m.Via == "name" }
	if !slices.ContainsFunc(d.x.gaz.Lookup(words[len(words)-1]), isState) {
		return ""
	}
	return strings.ToLower(words[len(words)-2])
}

// bodyNouns are the common nouns the text calls a named mention of entity
// ei before token i by: the head of an apposition to it ("company" in
// "Halden Build, a construction company"), a noun before it that types it
// ("agency" in "the news agency Kordex"), or the noun it modifies ("movement"
// in "the Silver Meadow movement"), unless its name ends in a body's head
// of its own: "the Green Dawn Party youth movement" is another body.
func (d *doc) bodyNouns(ei, i int) []string {
	var nouns []string
	ownHead := orgHeads[bodyNameHead(d.ents[ei].name)]
	for _, mi := range d.ents[ei].ments {
		m := &d.ments[mi]
		if !m.named() || m.first >= i {
			continue
		}
		x := d.syntaxOf(m.sent)
		if x == nil {
			continue
		}
		h := x.spanHead(m.first, m.last)
		if h < 0 {
			continue
		}
		for _, c := range x.childrenWith(h, "appos") {
			if d.commonNounAt(x, c) {
				nouns = appendNew(nouns, strings.ToLower(x.lemma(c)))
			}
		}
		for _, c := range x.childrenWith(h, "compound") {
			if c < h && d.bodyKindNounAt(x, c) {
				nouns = appendNew(nouns, strings.ToLower(x.lemma(c)))
			}
		}
		if n := x.compoundsHead(h); !ownHead && n != h && d.bodyKindNounAt(x, n) {
			nouns = appendNew(nouns, strings.ToLower(x.lemma(n)))
		}
	}
	return nouns
}

// commonNounAt reports a common noun written in lower case at word w.
func (d *doc) commonNounAt(x *syntax, w int) bool {
	return x.pos(w) == "NOUN" && !d.toks[x.token(w)].cap
}

// bodyKindNounAt reports a common noun at word w that says a name beside
// it is a party's or an organisation's (kindNouns): "movement", "agency",
// not "report" in "the Kordex report", which calls no body.
func (d *doc) bodyKindNounAt(x *syntax, w int) bool {
	k := kindNouns[strings.ToLower(x.lemma(w))]
	return d.commonNounAt(x, w) && (k == polgraph.KindParty || k == polgraph.KindOrganization)
}

// compoundsHead is the word that the compounds word w modifies end in,
// climbing through compounds ("Kordex" in "the Kordex news agency" to
// "agency"), or w itself where it modifies none.
func (x *syntax) compoundsHead(w int) int {
	for x.rel(w) == "compound" && x.head(w) >= 0 {
		w = x.head(w)
	}
	return w
}

// otherBodyCalled reports the noun with "a" or "an" before it (a modifier
// or two between) in the tokens [from, to), not in apposition to a name:
// the article tells of another body of that kind ("a new commission was
// set up"), which "the commission" may be.
func (d *doc) otherBodyCalled(noun string, from, to int) bool {
	for j := from; j < to; j++ {
		if d.toks[j].lower != noun {
			continue
		}
		for k := j - 1; k >= from && k >= j-3; k-- {
			if l := d.toks[k].lower; l == "a" || l == "an" {
				si := d.sentOf(j)
				if x, w := d.wordAt(si, j); w >= 0 && (x.rel(w) == "appos" || x.baseRel(w) == "compound") {
					break // "Halden Build, a construction company": the body named; "a ministry official": none
				}
				return true
			}
			if d.toks[k].kind != tokWord {
				break
			}
		}
	}
	return false
}
