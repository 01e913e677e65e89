package extract

import "github.com/polgraph/polgraph"

// coordinatedPlaceKind is the kind of the place or country a one-word name
// no cue explains is joined to by "and" or "or" ("Harbury and Lowmere had
// voted", "Amethi or Wayanad"), where that partner's kind is sure: lists
// join like with like, and a bare word taken for a person by default is
// more likely the partner's kind. "" when there is none or partners
// disagree. A partner that is a place by its preposition alone ("in
// Ratych and Bloomer" may cite a case) will do where the name is a city of
// the world table ("in Gaziantep and Kahramanmaraş").
func (d *doc) coordinatedPlaceKind(e *entity, at mentionBounds) string {
	kind := ""
	for _, mi := range e.ments {
		m := &d.ments[mi]
		if !m.named() {
			continue
		}
		s := &d.sents[m.sent]
		for _, p := range []int{m.last + 1, m.first - 2} {
			if p < s.first || p >= s.last || p == m.first-2 && !coordinators[d.toks[m.first-1].lower] || p == m.last+1 && !coordinators[d.toks[m.last].lower] {
				continue
			}
			pi, ok := at.ends[p+1]
			if p > m.first {
				pi, ok = at.starts[p]
			}
			if !ok || d.ments[pi].ent == m.ent {
				continue
			}
			pe := d.ents[d.ments[pi].ent]
			if pe.kind != polgraph.KindPlace && pe.kind != polgraph.KindCountry || !d.surelyPlace(pe) && (pe.kind != polgraph.KindPlace || len(d.x.gaz.Cities(e.name)) == 0) {
				continue
			}
			if kind != "" && kind != pe.kind {
				return ""
			}
			kind = pe.kind
		}
	}
	return kind
}

var coordinators = set("and or")

// surelyPlace reports whether a place or country is known to be one: the
// gazetteer's, or named with a noun of places ("the Harbury seat", "the
// town of Lowmere"). A preposition's cue is not enough: "in Ratych and
// Bloomer" cites a case.
func (d *doc) surelyPlace(e *entity) bool {
	if e.gaz != nil || e.capitalOf != nil {
		return true
	}
	for _, mi := range e.ments {
		m := &d.ments[mi]
		if k, _ := d.nounAfter(m); k == polgraph.KindPlace {
			return true
		}
		if k, _ := d.nounBefore(m); k == polgraph.KindPlace {
			return true
		}
	}
	return false
}

// mentionBounds find the resolved named mentions by their first token and
// by the token after their last.
type mentionBounds struct{ starts, ends map[int]int }

func (d *doc) mentionBounds() mentionBounds {
	at := mentionBounds{starts: map[int]int{}, ends: map[int]int{}}
	for mi := range d.ments {
		if m := &d.ments[mi]; m.ent >= 0 && m.named() {
			at.starts[m.first], at.ends[m.last] = mi, mi
		}
	}
	return at
}
