package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// eventID hashes what identifies an event across articles: its type, date
// and principal participants.
func (d *doc) eventID(ev *event) string {
	var ids []string
	for _, p := range ev.parts {
		// whom a statement is made to tells its occasion: "told the
		// Courier" and "said at a rally" the same day are two statements
		// and whom words are aimed at tells them apart: "accused Dorn" and
		// "accused his party" the same day are two accusations
		if p.role == "agent" || p.role == "patient" || (p.role == "participant" || p.role == "target") && spokenTypes[ev.typ] {
			ids = append(ids, d.ents[p.ent].id)
		}
	}
	if len(ids) == 0 {
		for _, p := range ev.parts {
			ids = append(ids, d.ents[p.ent].id)
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	key := ev.typ + "|" + ev.date + "|" + strings.Join(ids, ",")
	if ev.retort {
		key += "|retort"
	}
	if o := d.deniedClaimOwner(ev); o >= 0 {
		// "dismissed a report by Kestrelnews" and "denied that the law
		// targets the press" the same day: whose claim tells them apart
		key += "|of:" + d.ents[o].id
	}
	if ev.apart {
		// an event its type, day and agent would take for another, told
		// in another town: the town tells it apart
		var at []string
		for _, e := range d.townsOf(ev) {
			at = append(at, d.ents[e].id)
		}
		for _, e := range d.othersOf(ev) {
			at = append(at, d.ents[e].id)
		}
		slices.Sort(at)
		key += "|at:" + strings.Join(at, ",")
		if ev.typ == "DENIAL" {
			// "denied meeting the envoy … also denied taking bribes":
			// what each denies tells them apart
			key += "|acts:" + d.deniedActsKey(ev)
		}
	}
	sum := sha256.Sum256([]byte(key))
	return "event/" + hex.EncodeToString(sum[:8])
}

// firstTold is the sentence that first tells kept event ev: its own, or
// an earlier one whose mention was merged into it ("A drone strike on
// Kharkiv killed three people overnight. Russia launched 85 drones at the
// country overnight": the strike is first told by its noun). A definite
// noun ("the accusations") refers to what was told, and tells nothing first.
func (d *doc) firstTold(ev *event) int {
	first := ev.sent
	for _, e := range d.events {
		if e.dropped && e.same != nil && e.sent < first && e.kept() == ev && !(e.noun && d.definite(e)) {
			first = e.sent
		}
	}
	return first
}

func (d *doc) outEvents() []polgraph.Event {
	out := []polgraph.Event{}
	for _, ev := range d.events {
		if ev.dropped {
			continue
		}
		pe := polgraph.Event{
			ID: d.eventID(ev), Type: ev.typ, Precision: polgraph.PrecisionUnknown, Status: ev.status,
			Participants: []polgraph.Participant{}, Confidence: ev.conf, Attribution: ev.attribution,
		}
		if ev.date != "" {
			date := ev.date
			pe.Date, pe.Precision = &date, ev.prec
		}
		for _, p := range ev.parts {
			pe.Participants = append(pe.Participants, polgraph.Participant{Entity: d.ents[p.ent].id, Role: p.role})
			d.ents[p.ent].used = true
		}
		for _, t := range ev.denies {
			if id := d.eventID(t); !slices.Contains(pe.Denies, id) {
				pe.Denies = append(pe.Denies, id)
			}
		}
		s := &d.sents[d.firstTold(ev)]
		pe.Evidence = d.span(s.start, s.end)
		out = append(out, pe)
	}
	return out
}

// partyExpulsion makes an expulsion of a person from a party the sentence
// names a dismissal from it ("a member of the Smer party until he was
// expelled", "the Harbour Union expelled Ivo Dorn", a party no list
// knows); a state expelling a diplomat stays a sanction.
func (d *doc) partyExpulsion(ev *event, si int) {
	person := false
	for _, p := range ev.parts {
		if p.role == "patient" && d.ents[p.ent].kind == polgraph.KindPerson {
			person = true
		}
		if p.role == "agent" && d.ents[p.ent].kind == polgraph.KindCountry {
			return
		}
	}
	if !person {
		return
	}
	for _, mi := range d.sentMents[si] {
		if m := &d.ments[mi]; m.ent >= 0 && d.partyLike(d.ents[m.ent]) {
			ev.typ = "DISMISSAL"
			ev.add(m.ent, "organization")
			return
		}
	}
}

// stateRemoval makes a removal of a state from a body a sanction of the
// state by that body ("Mali was suspended from the African Union",
// "Norland was expelled from the bloc"): a state holds no post to be
// dismissed from, and the body that suspends its membership punishes it,
// as "the African Union suspended Mali" does.
func (d *doc) stateRemoval(ev *event) {
	if !slices.ContainsFunc(ev.parts, func(p part) bool { return p.role == "patient" && d.ents[p.ent].kind == polgraph.KindCountry }) ||
		slices.ContainsFunc(ev.parts, func(p part) bool {
			return (p.role == "patient" || p.role == "agent") && d.ents[p.ent].kind == polgraph.KindPerson
		}) {
		return // a body suspends a state; not "Alarcon dismissed suggestions by U.S. politicians"
	}
	ev.typ = "SANCTION"
	if ev.hasRole("agent") {
		return
	}
	for k := range ev.parts {
		if ev.parts[k].role == "organization" {
			ev.parts[k].role = "agent" // the body it was removed from removed it
		}
	}
}
