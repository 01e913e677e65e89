package extract

import "slices"

// claimTypes tell of a claim that a denial can answer.
var claimTypes = set("REPORT ACCUSATION")

// linkDenials links each denial to what it denies: the event told in the
// clause it governs ("denied that he met the envoy"), else the nearest claim
// before it about the one who denies, preferring what was alleged over the
// report that alleged it ("Global News reported that Holm met the envoy …
// Holm refuted the report" denies the meeting; "He had dismissed those
// allegations" after a report with no alleged event denies the report).
func (d *doc) linkDenials() {
	for i, ev := range d.events {
		if ev.dropped || ev.typ != "DENIAL" {
			continue
		}
		denier := d.agentOf(ev)
		if t := d.deniedInClause(ev); t != nil {
			if t.has(denier) {
				t.status = "denied" // "Holm denied that she had met the envoy"
			}
			ev.denies = append(ev.denies, t)
			continue
		}
		if denier < 0 {
			continue
		}
		for si := ev.sent; si >= 0 && si >= ev.sent-4; si-- {
			var alleged, claim *event
			for _, o := range d.events[:i] {
				o = o.kept()
				if o == nil || o.sent != si || o == ev || !o.has(denier) {
					continue
				}
				switch {
				case o.status == "alleged" && alleged == nil:
					alleged = o
				case claimTypes[o.typ] && claim == nil:
					claim = o
				}
			}
			if alleged != nil {
				ev.denies = append(ev.denies, alleged)
				alleged.status = "denied" // denied by its own subject, still alleged by its source
				break
			}
			if claim != nil {
				ev.denies = append(ev.denies, claim)
				break
			}
		}
	}
}

// kept is the event that stands for ev in the output: itself, or the
// event it was merged into; nil when it was dropped outright.
func (ev *event) kept() *event {
	for n := 0; ev != nil && ev.dropped && n < 8; n++ {
		ev = ev.same
	}
	if ev != nil && ev.dropped {
		return nil
	}
	return ev
}

// deniedInClause is the event told in a clause the denial verb governs:
// "denied that he had met", "denied accepting money".
func (d *doc) deniedInClause(ev *event) *event {
	if ev.noun {
		return nil
	}
	x := d.syntaxOf(ev.sent)
	if x == nil {
		return nil
	}
	v := x.trigger(ev.trig[0], ev.trig[1]-ev.trig[0])
	if v < 0 {
		return nil
	}
	clauses := x.childrenWith(v, "ccomp", "xcomp")
	for _, o := range d.evSent[ev.sent] {
		if o == ev {
			continue
		}
		if w := x.trigger(o.trig[0], o.trig[1]-o.trig[0]); w >= 0 && slices.ContainsFunc(clauses, func(c int) bool { return x.dominates(c, w) }) {
			return d.allegedEarlier(o.kept())
		}
	}
	return nil
}

// allegedEarlier is the alleged event an undated denied clause tells
// again: in "The Lantern reported that Holm met the envoy in May. Holm
// denied that she had met the envoy", the denied meeting is the reported
// one, which the clause's own event then merges into. It is o itself when
// no earlier event of its type, alleged, shares its subject.
func (d *doc) allegedEarlier(o *event) *event {
	if o == nil || o.date != "" {
		return o
	}
	subj := d.agentOf(o)
	if subj < 0 {
		return o
	}
	for _, e := range d.events {
		if e == o {
			break
		}
		if e = e.kept(); e != nil && e != o && e.typ == o.typ && e.status == "alleged" && e.has(subj) {
			o.dropped, o.same = true, e
			return e
		}
	}
	return o
}
