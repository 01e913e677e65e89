package extract

import (
	"strings"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// stateVoiceTitles end the titles of those who speak and act for a state
// (data/words/state_voice_titles.txt).
var stateVoiceTitles = wordSet("state_voice_titles.txt")

// titlesState is the state whose head, minister or envoy word w names
// with no holder: "Velmark's president said", "the Estonian prime
// minister warned", "the Velmark foreign minister" are the state's acts,
// as the contract has "Indonesia's president" stand for Indonesia. The
// state owns the title or modifies it as a name or a demonym; nil where
// w is no such title, is plural, or no state owns it. A holder named in
// the article is found before (refs.go); a name after the title ("the
// Estonian president, Ana Dorn,") is hers (nameUnder).
func (d *doc) titlesState(si int, x *syntax, w int) []int {
	if !stateVoiceTitles[strings.ToLower(x.tree.Words[w])] || x.pos(w) != "NOUN" && x.pos(w) != "PROPN" {
		return nil
	}
	for _, c := range x.childrenWith(w, "nmod:poss", "amod", "compound") {
		m := d.mentionOver(si, x.token(c))
		if m == nil || m.ent < 0 || d.ents[m.ent].kind != polgraph.KindCountry {
			continue
		}
		if x.rel(c) == "amod" && m.via != "demonym" {
			continue
		}
		return []int{m.ent}
	}
	return nil
}

// statesTitleAfter is the office a state's title in apposition after a
// person's name gives: "Ana Dorn, Estonia's president," (comma at token
// j) holds the presidency, the title a state owns with "'s" and ended by
// a comma or the sentence's end; nil where none is.
func (d *doc) statesTitleAfter(si, j int) *gazetteer.Office {
	s := &d.sents[si]
	if j+3 >= s.last || d.toks[j].text != "," {
		return nil
	}
	c := d.mentionFrom(si, j+1)
	if c == nil || c.ent < 0 || d.ents[c.ent].kind != polgraph.KindCountry || c.last >= s.last || !possessiveMarks[d.toks[c.last].lower] {
		return nil
	}
	n, o := d.officeAt(c.last+1, s.last)
	if n == 0 || pluralTitle(d.toks[c.last+n].lower, o) {
		return nil
	}
	if end := c.last + 1 + n; end < s.last && d.toks[end].text != "," {
		return nil // "Ana Dorn, Estonia's president since 2021," is still hers; "Estonia's president Ivo Lind" is his
	}
	return o
}

// holderStates are the states whose title person p is named with: "Latvian
// President Ivo Lind", "Ivo Lind, Latvia's president,". A title one state
// owns ("Estonia's president") is then not his.
func (d *doc) holderStates(p int) []int {
	var out []int
	for _, mi := range d.ents[p].ments {
		m := &d.ments[mi]
		if !m.named() {
			continue
		}
		if m.office != nil && m.officeStart > d.sents[m.sent].first {
			k := m.officeStart
			if possessiveMarks[d.toks[k-1].lower] {
				k--
			}
			if c := d.countryRightBefore(m.sent, k); c >= 0 {
				out = appendNew(out, c)
			}
		}
		if m.last < d.sents[m.sent].last && d.statesTitleAfter(m.sent, m.last) != nil {
			out = appendNew(out, d.mentionFrom(m.sent, m.last+1).ent)
		}
	}
	return out
}

// mentionFrom is sentence si's mention that starts at token first, or nil.
func (d *doc) mentionFrom(si, first int) *mention {
	for _, mi := range d.mentionsIn(si) {
		if d.ments[mi].first == first {
			return &d.ments[mi]
		}
	}
	return nil
}
