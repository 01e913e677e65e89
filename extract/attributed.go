package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// attributingVerbs lay an act at someone's door by a "to" phrase
// (data/words/attributing_verbs.txt): "traced the campaign to Russia".
var attributingVerbs = wordSet("attributing_verbs.txt")

// blamingVerbs lay an act at someone's door by an "on" phrase
// (data/words/blaming_verbs.txt): "the bombing was blamed on the Front".
var blamingVerbs = wordSet("blaming_verbs.txt")

// attributableTypes are the event types of acts whose doer may be found
// out and named after the fact: a covert operation or an attack.
var attributableTypes = map[string]bool{"INTERFERENCE": true, "ATTACK": true}

// attributedActs reads the one an act is traced to as its doer, on the
// word of who traces it: in "officials traced the disinformation campaign
// to Russia" (or "the campaign was linked to Russia", "an operation traced
// to Iran") Russia is who is said to have run the campaign, not where it
// ran, and the campaign is alleged; a named subject of the tracing verb
// ("the agency attributed the cyberattack to Chinese intelligence") is
// the claim's source. The one traced to may be a state's agents, a body
// of it, or a group run from one (stateSide), or a named group or person.
func (d *doc) attributedActs() {
	for _, ev := range d.events {
		if ev.dropped || !attributableTypes[ev.typ] {
			continue
		}
		x, w := d.eventTree(ev)
		if w < 0 {
			continue
		}
		a, culprit := x.attributedTo(w)
		if a < 0 {
			continue
		}
		var doers []int
		if st, ok := d.stateSide(ev.sent, x, culprit, 2); ok && st >= 0 {
			doers = []int{st}
		} else {
			doers = slices.DeleteFunc(d.entsAt(ev.sent, x, culprit, ev.typ), func(e int) bool { return d.ents[e].kind == polgraph.KindPlace })
		}
		if len(doers) == 0 {
			continue
		}
		// who traces the act says who did it ("the agency traced the
		// campaign to Russia"); an operation traced by a participle
		// ("an operation traced to Iran") has no tracer told
		var tracers []int
		if s, passive, _ := x.subjectOf(a, 0); !passive && x.rel(a) != "acl" {
			for _, c := range s {
				tracers = appendNew(tracers, d.entsAt(ev.sent, x, c, "STATEMENT")...)
			}
		}
		tracers = slices.DeleteFunc(tracers, func(e int) bool { return slices.Contains(doers, e) })
		// what is named in the phrase the act is traced to is who did it,
		// not where ("to Moscow's military intelligence"), and the tracer
		// is no doer, as the subject of the verb the act is the object of
		ev.parts = slices.DeleteFunc(ev.parts, func(p part) bool {
			return p.role != "agent" && (slices.Contains(doers, p.ent) || d.namedUnder(ev.sent, x, culprit, p.ent)) || slices.Contains(tracers, p.ent)
		})
		if !ev.hasRole("agent") {
			for _, e := range doers {
				ev.add(e, "agent")
			}
		}
		for _, e := range tracers {
			ev.add(e, "source")
		}
		if ev.status == "" || ev.status == polgraph.StatusAsserted {
			ev.status = polgraph.StatusAlleged
		}
	}
}

// attributedTo is the verb of attributing that lays act w at someone's
// door, and the word of its "to" phrase that names that one, or -1, -1:
// the object of an active verb ("traced the campaign to Russia", the
// phrase on the verb or, as the parse may hang it, on the noun), the
// subject of a passive ("the campaign was linked to Russia"), or the noun
// a participle modifies ("a campaign linked to Russia"). Negated or still
// to come, the verb lays it at no one's door.
func (x *syntax) attributedTo(w int) (int, int) {
	attributing := func(v int) bool {
		l := strings.ToLower(x.lemma(v))
		return x.isVerb(v) && (attributingVerbs[l] || blamingVerbs[l])
	}
	n := w
	if h := x.head(w); h >= 0 && x.pos(h) == "NOUN" && x.baseRel(w) == "nmod" && x.caseOf(w) == "of" {
		n = h // "linked a series of arson attacks to Moscow"
	}
	a := -1
	if h := x.head(n); h >= 0 && attributing(h) && (x.baseRel(n) == "obj" || x.baseRel(n) == "nsubj" && len(x.childrenWith(h, "aux:pass")) > 0) {
		a = h // "traced the campaign to Russia", "the campaign was linked to Russia"
	} else {
		for _, c := range x.childrenWith(n, "acl") {
			if attributing(c) && participle(x.tree.Words[c]) {
				a = c // "a campaign linked to Russia"
			}
		}
	}
	if a < 0 || x.modalOrNegated(a) {
		return -1, -1
	}
	// the phrase that names who: "to" ("traced to Russia"), or "on" for
	// a verb of blaming ("blamed on the Front")
	door := "to"
	if blamingVerbs[strings.ToLower(x.lemma(a))] {
		door = "on"
	}
	var to []int
	for _, c := range x.childrenWith(a, "obl") {
		if x.caseOf(c) == door {
			to = append(to, c)
		}
	}
	if len(to) == 0 && x.head(n) == a {
		// the phrase hung on the noun ("traced the campaign to Russia") or
		// on the noun's own participle ("traced a campaign targeting Holm
		// to a network run out of the embassy")
		for _, c := range append(x.childrenWith(n, "nmod"), x.childrenWith(n, "acl")...) {
			if x.rel(c) == "acl" {
				for _, o := range x.childrenWith(c, "obl") {
					if x.caseOf(o) == door {
						to = append(to, o)
					}
				}
			} else if x.caseOf(c) == door {
				to = append(to, c)
			}
		}
	}
	if len(to) != 1 {
		return -1, -1
	}
	return a, to[0]
}
