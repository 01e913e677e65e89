package extract

import "slices"

// repeatedOnDates adds an event for each further date that the time an
// event is dated by is joined to: "re-elected in 2012 and 2016" tells two
// elections, "she led it into two general elections, in 1991 and 1995"
// two. The time must be the event's own (timeOf), and the further date
// hang on it as its conjunct.
func (d *doc) repeatedOnDates() {
	for _, ev := range d.events { // the range reads the events found, not those it adds
		if ev.dropped || ev.dateFrom != "sentence" {
			continue
		}
		x, v := d.eventTree(ev)
		times := d.timesOf(ev.sent)
		if v < 0 || len(times) < 2 {
			continue
		}
		heads := make([]int, len(times))
		for k, t := range times {
			heads[k] = -1
			if ti := d.tokenAt(t.start); ti >= 0 {
				heads[k] = x.spanHead(ti, d.tokenBefore(t.end)+1)
			}
		}
		for k, t := range times {
			if date, prec := eventDate(t.value); heads[k] < 0 || !x.timeOf(heads[k], v) || date != ev.date || prec != ev.prec {
				continue
			}
			for j, u := range times {
				if heads[j] < 0 || x.rel(heads[j]) != "conj" || x.head(heads[j]) != heads[k] {
					continue
				}
				date, prec := eventDate(u.value)
				if date == "" {
					continue
				}
				again := *ev
				again.parts = slices.Clone(ev.parts)
				again.date, again.prec = date, prec
				d.events = append(d.events, &again)
				d.evSent[ev.sent] = append(d.evSent[ev.sent], &again)
			}
		}
	}
}

// timeOf reports whether time word w tells the time of verb v: it hangs
// on v, or on a noun of v's clause as the parser may set it ("arrested Ana
// Holm in March": on Holm), crossing no other verb.
func (x *syntax) timeOf(w, v int) bool {
	for h := x.head(w); h >= 0; h = x.head(h) {
		if h == v {
			return true
		}
		if x.isVerb(h) {
			return false
		}
	}
	return false
}
