package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// remarkNouns are what one makes in "made the remarks at ..."
// (data/words/remark_nouns.txt).
var remarkNouns = wordSet("remark_nouns.txt")

// remarksPlaces gives what someone said the place a later sentence of
// agency copy sets it in: "Li Wen on Monday urged the United States to
// stop arming Taiwan. Li made the remarks at a regular press briefing in
// Beijing." The remarks are the speaker's last words told in the two
// sentences before, or earlier in the same sentence.
func (d *doc) remarksPlaces() {
	for si := range d.sents {
		s := &d.sents[si]
		has := false
		for k := s.first; k < s.last && !has; k++ {
			has = remarkNouns[d.toks[k].lower]
		}
		if !has {
			continue // most sentences: no parse needed
		}
		x := d.syntaxOf(si)
		if x == nil {
			continue
		}
		for v := range x.tree.Words {
			if x.lemma(v) != "make" || !x.isVerb(v) || !slices.ContainsFunc(x.childrenWith(v, "obj"), func(o int) bool { return remarkNouns[strings.ToLower(x.tree.Words[o])] }) {
				continue
			}
			places := d.remarksPlace(si, x, v)
			if len(places) == 0 {
				continue
			}
			for _, sb := range x.childrenWith(v, "nsubj") {
				m := d.mentionOver(si, x.token(sb))
				if m == nil {
					continue
				}
				for _, p := range d.refs(m) {
					if ev := d.lastWordsOf(p, si, x.token(v)); ev != nil {
						for _, pl := range places {
							ev.add(pl, "place")
						}
					}
				}
			}
		}
	}
}

// lastWordsOf is the last event of speech (spokenTypes, or support)
// whose agent is p, told before token i of sentence si or in the two
// sentences before, with no place yet; nil if none.
func (d *doc) lastWordsOf(p, si, i int) *event {
	var found *event
	for _, ev := range d.events {
		if ev.dropped || ev.sent > si || ev.sent < si-2 || ev.sent == si && ev.trig[0] >= i {
			continue
		}
		if !spokenTypes[ev.typ] && ev.typ != "SUPPORT" || !slices.ContainsFunc(ev.parts, func(q part) bool { return q.ent == p && q.role == "agent" }) {
			continue
		}
		found = ev
	}
	if found == nil || found.hasRole("place") {
		return nil
	}
	return found
}

// remarksPlace is where remarks made by verb v were made: a place its
// own phrase or the remarks' names ("made the remarks in Ankara") or the
// occasion's ("at a party congress in Ankara"; "during a visit to Baku"
// is not where), or nil.
func (d *doc) remarksPlace(si int, x *syntax, v int) []int {
	for _, c := range x.childrenWith(v, "obl", "obj") {
		if x.rel(c) == "obl" && !placePreps[x.caseOf(c)] {
			continue
		}
		for _, w := range append([]int{c}, x.childrenWith(c, "nmod")...) {
			if !placePreps[x.caseOf(w)] {
				continue // the remarks themselves, or "a visit to Baku"
			}
			if m := d.mentionOver(si, x.token(w)); m != nil && m.named() {
				if ents := d.refs(m); len(ents) > 0 && (d.ents[ents[0]].kind == polgraph.KindPlace || d.ents[ents[0]].kind == polgraph.KindCountry) {
					return ents
				}
			}
		}
	}
	return nil
}
