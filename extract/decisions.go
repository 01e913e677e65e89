package extract

import (
	"strings"

	"github.com/polgraph/polgraph"
)

// decisions folds an agreement that is one body's decision into the act
// it decides: in "Cabinet today agreed to impose travel bans" or "EU
// ministers agreed on Monday to impose sanctions", "agreed" takes the
// sanction as its complement (xcomp, or an adverbial clause with "to"
// where a time stands between) and one subject; no two parties agree with
// each other, so the act is the event, done by the body that decided it
// and when it did. "Varga and Holm agreed to hold talks" (two subjects)
// and "agreed with Holm to ..." stay agreements.
func (d *doc) decisions() {
	for _, ev := range d.events {
		if ev.typ != "AGREEMENT" || ev.noun || ev.dropped {
			continue
		}
		x, v := d.eventTree(ev)
		if v < 0 || x.lemma(v) != "agree" || !d.oneDecider(x, v) {
			continue
		}
		for _, c := range x.childrenWith(v, "xcomp", "advcl") {
			if x.rel(c) == "advcl" && !x.marked(c, "to") {
				continue // "agreed, after talks, ...": no complement
			}
			act := d.eventAt(ev.sent, x, c)
			for _, o := range x.childrenWith(c, "obj") {
				if act != nil {
					break
				}
				act = d.eventAt(ev.sent, x, o) // "agreed to impose sanctions": the noun tells the act
			}
			if act == nil || act.typ == "AGREEMENT" {
				continue
			}
			for _, p := range ev.parts {
				if p.role == "agent" && !act.hasRole("agent") {
					act.add(p.ent, "agent")
				}
			}
			if act.date == "" {
				act.date, act.prec, act.dateFrom = ev.date, ev.prec, ev.dateFrom // decided on Monday, done then
			}
			ev.dropped = true
			break
		}
	}
}

// oneDecider reports whether the agreeing verb v has a single subject and
// no counterpart ("with Holm", "between the parties").
func (d *doc) oneDecider(x *syntax, v int) bool {
	subj := x.childrenWith(v, "nsubj")
	if len(subj) != 1 || len(x.childrenWith(subj[0], "conj")) > 0 {
		return false
	}
	for _, o := range x.childrenWith(v, "obl") {
		if c := x.caseOf(o); c == "with" || c == "between" {
			return false
		}
	}
	return true
}

// eventAt is the event of sentence si whose trigger heads at word w, or nil.
func (d *doc) eventAt(si int, x *syntax, w int) *event {
	for _, o := range d.events {
		if o.sent == si && !o.dropped && x.eventWord(o) == w {
			return o
		}
	}
	return nil
}

// decisionNouns tell, with an infinitive, what their possessor decided
// and so did (data/words/decision_nouns.txt).
var decisionNouns = wordSet("decision_nouns.txt")

// decidedActs gives an act told by an infinitive on a decision noun
// ("Poland's decision on Monday to expel three diplomats", "the Czech
// government's decision to expel the ambassador") the decider, whom the
// noun's possessor names, as its doer where the clause names none, and
// the decision's time where the act has none of its own.
func (d *doc) decidedActs() {
	for _, ev := range d.events {
		if ev.noun || ev.dropped {
			continue
		}
		x, v := d.eventTree(ev)
		if v < 0 || x.rel(v) != "acl" || !x.marked(v, "to") {
			continue
		}
		n := x.head(v)
		if n < 0 || x.pos(n) != "NOUN" || !decisionNouns[strings.ToLower(x.tree.Words[n])] {
			continue
		}
		if !ev.hasRole("agent") {
			for _, p := range x.childrenWith(n, "nmod:poss") {
				for _, e := range d.entsAt(ev.sent, x, p, ev.typ) {
					if !ev.has(e) {
						ev.add(e, "agent")
					}
				}
			}
		}
		if ev.date != "" {
			continue
		}
		for _, t := range d.timesOf(ev.sent) {
			ti := d.tokenAt(t.start)
			if ti < 0 {
				continue
			}
			w := x.spanHead(ti, d.tokenBefore(t.end)+1)
			if w < 0 || x.head(w) != n || x.baseRel(w) != "nmod" {
				continue
			}
			if date, prec := eventDate(t.value); prec != polgraph.PrecisionUnknown {
				ev.date, ev.prec, ev.dateFrom = date, prec, "sentence"
				break
			}
		}
	}
}
