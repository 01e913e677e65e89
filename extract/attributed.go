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
	for _, t := range d.attributions() {
		ev, x, a, culprit := t.ev, t.x, t.a, t.culprit
		doers := d.attributedDoers(ev.sent, x, culprit, ev.typ)
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

// attributionAccusations tells, for each act of attributableTypes that a
// named subject lays at someone's door, the subject's accusation of that
// one: "the ministry attributed the cyberattack to a group linked to
// Russian military intelligence" is the ministry accusing Russia, dated
// by its own clause. An act traced with no tracer told ("the campaign was
// linked to Russia", "an operation traced to Iran") accuses no one told;
// a verb of blaming is an accusation of its own ("blamed the bombing on
// the Front"). It runs before the events are dated, so that the
// accusation is dated as any other.
func (d *doc) attributionAccusations() {
	for _, t := range d.attributions() {
		act, x, a, culprit := t.ev, t.x, t.a, t.culprit
		if blamingVerbs[strings.ToLower(x.lemma(a))] || x.rel(a) == "acl" {
			continue
		}
		subj, passive, _ := x.subjectOf(a, 0)
		if passive {
			continue
		}
		var accusers []int
		for _, c := range subj {
			accusers = appendNew(accusers, d.entsAt(act.sent, x, c, "ACCUSATION")...)
		}
		accused := d.attributedDoers(act.sent, x, culprit, act.typ)
		if len(accusers) == 0 || len(accused) == 0 || d.accusationAt(act.sent, x, a) {
			continue
		}
		i := x.token(a)
		acc := &event{typ: "ACCUSATION", sent: act.sent, trig: [2]int{i, i + 1}, status: polgraph.StatusAsserted}
		for _, e := range accusers {
			acc.add(e, "agent")
		}
		for _, e := range accused {
			if !acc.has(e) {
				acc.add(e, "target")
			}
		}
		d.events = append(d.events, acc)
		d.evSent[act.sent] = append(d.evSent[act.sent], acc)
	}
}

// attribution is an act of attributableTypes whose tree lays it at
// someone's door: verb a traces it to word culprit, in its sentence's
// parse x.
type attribution struct {
	ev         *event
	x          *syntax
	a, culprit int
}

// attributions are the events' attributions, in the events' order.
func (d *doc) attributions() []attribution {
	var out []attribution
	for _, ev := range d.events {
		if ev.dropped || !attributableTypes[ev.typ] {
			continue
		}
		x, w := d.eventTree(ev)
		if w < 0 {
			continue
		}
		if a, culprit := x.attributedTo(w); a >= 0 {
			out = append(out, attribution{ev: ev, x: x, a: a, culprit: culprit})
		}
	}
	return out
}

// attributedDoers are the entities named by word culprit of sentence si,
// to whom an act of type typ is traced: the state whose agents or body it
// names, or else who it names that is no place.
func (d *doc) attributedDoers(si int, x *syntax, culprit int, typ string) []int {
	if st, ok := d.stateSide(si, x, culprit, 2); ok && st >= 0 {
		return []int{st}
	}
	return slices.DeleteFunc(d.entsAt(si, x, culprit, typ), func(e int) bool { return d.ents[e].kind == polgraph.KindPlace })
}

// accusationAt reports an accusation already told by verb a of sentence
// si, whose parse is x.
func (d *doc) accusationAt(si int, x *syntax, a int) bool {
	return slices.ContainsFunc(d.evSent[si], func(ev *event) bool {
		return ev.typ == "ACCUSATION" && !ev.dropped && x.eventWord(ev) == a
	})
}
