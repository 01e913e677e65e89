package extract

import (
	"slices"
)

// echoedRoles are the roles an act that echoes another (trigger.echo)
// takes from it: whom or what it was done to or about, not who did it,
// where or on whose word.
var echoedRoles = set("patient", "target", "organization", "participant")

// unechoedTypes are the types of act no phrase echoes: words told ("said",
// "reported") are said again, not followed suit on.
var unechoedTypes = set("STATEMENT", "REPORT")

// echoed is the act an echo phrase at token i of sentence si tells done
// again ("The EU imposed sanctions on Russia on Thursday. Canada followed
// suit"): the last event told before it, in its sentence or the two
// before, that is no telling; nil where there is none.
func (d *doc) echoed(si, i int) *event {
	for k := len(d.events) - 1; k >= 0; k-- {
		e := d.events[k]
		if e.sent < si-2 {
			break
		}
		if e.sent == si && e.trig[0] >= i || e.dropped || unechoedTypes[e.typ] {
			continue
		}
		return e
	}
	return nil
}

// foldIntoEcho makes an act its sentence tells again after an echo phrase
// part of the echo's event, where it names no one the echo does not:
// "Denmark followed suit on Tuesday, expelling three" is one expulsion,
// of the diplomats of the state the one it follows expelled. A verb of
// telling whose object the echo's noun is tells the act, not words.
func (d *doc) foldIntoEcho() {
	for _, e := range d.events {
		if !e.echo || e.dropped {
			continue
		}
		x, w := d.eventTree(e)
		for _, o := range d.events {
			if o == e || o.dropped || o.sent != e.sent {
				continue
			}
			if e.noun && o.typ == "STATEMENT" && !o.noun && w >= 0 && x.baseRel(w) == "obj" && x.head(w) == x.eventWord(o) {
				// "Velmark announced similar measures": it took them, as
				// "announced sanctions" imposes them; no words are told
				o.dropped, o.same = true, e
				continue
			}
			if o.typ != e.typ || !compatible(o.date, e.date) || slices.ContainsFunc(o.parts, func(p part) bool { return !e.has(p.ent) }) {
				continue
			}
			o.dropped, o.same = true, e
		}
	}
}

// echoUnreal reports an echo phrase at tokens [i, i+n) of sentence si
// that a wish, a plan, a modal or a condition puts still to come ("urged
// other members to follow suit", "is expected to follow suit", "may do
// the same"): it tells no act done again. An echo takes its type from the
// act it follows, so the mood checks of a trigger's own type (see
// refineType) never reach it.
func (d *doc) echoUnreal(si, i, n int) bool {
	return d.infinitiveAfterIrrealis(i, d.sents[si].first) || d.wishedInTree(si, i, n) || d.modalInTree(si, i, n) || d.conditionalInTree(si, i, n)
}
