package extract

import (
	"strings"

	"github.com/polgraph/polgraph"
)

// dayHeaders gives each sentence the day of the nearest date line above
// it ("Monday 6 November" on a line of its own, as live blogs and
// chronologies head each day), or "" before the first one.
func (d *doc) dayHeaders() []string {
	days := make([]string, len(d.sents))
	day := ""
	for si := range d.sents {
		if v := d.dayHeader(si); v != "" {
			day = v
		}
		days[si] = day
	}
	return days
}

// dayHeader is the day a sentence names when it is nothing but a date
// alone in its paragraph, else "".
func (d *doc) dayHeader(si int) string {
	s := &d.sents[si]
	if si > 0 && d.sents[si-1].para == s.para || si+1 < len(d.sents) && d.sents[si+1].para == s.para {
		return ""
	}
	ts := d.timesOf(si)
	if len(ts) != 1 {
		return ""
	}
	t := ts[0]
	if strings.Trim(d.text[s.start:t.start]+d.text[t.end:s.end], " \t,.:;-–—") != "" {
		return ""
	}
	if v, p := eventDate(t.value); p == polgraph.PrecisionDay {
		return v
	}
	return ""
}
