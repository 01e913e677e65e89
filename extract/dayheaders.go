package extract

import (
	"strings"

	"github.com/polgraph/polgraph"
)

// dayHeaders gives each sentence the day of the nearest date line above
// it ("Monday 6 November" on a line of its own, as live blogs and
// chronologies head each day; "In other news on Tuesday:", as round-ups
// open a section), or "" before the first one. Before any, a paragraph
// that opens with a live blog's time stamp ("12:40 GMT –") is an entry of
// the day the page was published, and so is what follows it.
func (d *doc) dayHeaders() []string {
	days := make([]string, len(d.sents))
	day := ""
	for si := range d.sents {
		if v := d.dayHeader(si); v != "" {
			day = v
		} else if day == "" && !d.dct.IsZero() && d.entryStamp(si) {
			day = d.dct.Format("2006-01-02")
		}
		days[si] = day
	}
	return days
}

// dayHeader is the day a sentence names when it is nothing but a date
// alone in its paragraph, or a section's lead: a day and a few words
// alone in the paragraph or before a colon that opens the paragraph
// ("Sunday's round-up.", "Around the world on Saturday: ..."); else "".
func (d *doc) dayHeader(si int) string {
	s := &d.sents[si]
	alone := !(si > 0 && d.sents[si-1].para == s.para || si+1 < len(d.sents) && d.sents[si+1].para == s.para)
	end := s.end
	if c := d.leadColon(si); c >= 0 {
		end = d.toks[c].start
	} else if !alone {
		return ""
	}
	var ts []timeExpr
	for _, t := range d.timesOf(si) {
		if t.start < end && t.end > end {
			return "" // a time across the colon: no lead before it
		}
		if t.start < end {
			ts = append(ts, t)
		}
	}
	if len(ts) != 1 {
		return ""
	}
	t := ts[0]
	if rest := strings.Trim(d.text[s.start:t.start]+" "+d.text[t.end:end], " \t,.:;-–—"); rest != "" {
		if len(strings.Fields(rest)) > sectionLeadWords || d.eventBefore(si, end) || end == s.end && d.hasVerb(si) {
			return "" // a sentence that tells something on its day
		}
	}
	if v, p := eventDate(t.value); p == polgraph.PrecisionDay {
		return v
	}
	return ""
}

// sectionLeadWords is the most words besides its day a section's lead
// has: "In other news on Tuesday:", "What happened on Friday:".
const sectionLeadWords = 5

// leadColon is the token of a colon among the first words of a sentence
// that opens its paragraph, or -1.
func (d *doc) leadColon(si int) int {
	s := &d.sents[si]
	if si > 0 && d.sents[si-1].para == s.para {
		return -1
	}
	for k := s.first; k < s.last && k < s.first+sectionLeadWords+4; k++ {
		if d.toks[k].text == ":" && k > s.first {
			return k
		}
	}
	return -1
}

// eventBefore reports an event of sentence si told before byte offset end.
func (d *doc) eventBefore(si, end int) bool {
	for _, ev := range d.evSent[si] {
		if d.toks[ev.trig[0]].start < end {
			return true
		}
	}
	return false
}

// hasVerb reports whether the tree of sentence si has a verb.
func (d *doc) hasVerb(si int) bool {
	x := d.syntaxOf(si)
	if x == nil {
		return true
	}
	for w := range x.tree.Words {
		if x.pos(w) == "VERB" || x.pos(w) == "AUX" {
			return true
		}
	}
	return false
}

// entryStamp reports whether sentence si is a live blog's time stamp
// or opens its paragraph with one.
func (d *doc) entryStamp(si int) bool {
	return d.sents[si].stamp
}

// openedDays gives each sentence the day that opens it or the latest
// sentence before it in its paragraph that one opens ("On Saturday she
// flew to Seoul. She visited a shipyard in Busan."): a chronology moves
// on by the day its paragraphs open with, and what the paragraph tells
// after it is that day's, not the story's. "" where none does.
func (d *doc) openedDays() []string {
	days := make([]string, len(d.sents))
	day, para := "", -1
	for si := range d.sents {
		if d.sents[si].para != para {
			day, para = "", d.sents[si].para
		}
		if v := d.openingDay(si); v != "" {
			day = v
		}
		days[si] = day
	}
	return days
}

// openingDay is the day a time at the very start of sentence si gives
// ("On Wednesday thousands rallied", "Later that day ..."), where it is
// no later than the publication; else "".
func (d *doc) openingDay(si int) string {
	ts := d.timesOf(si)
	if len(ts) == 0 {
		return ""
	}
	k := d.tokenAt(ts[0].start)
	if k < 0 {
		return ""
	}
	for j := d.sents[si].first; j < k; j++ {
		if !openingWords[d.toks[j].lower] {
			return ""
		}
	}
	if v, p := eventDate(ts[0].value); p == polgraph.PrecisionDay && !d.afterPublication(v) {
		return v
	}
	return ""
}

// openingWords are the words that may stand before a day that opens a
// sentence: "On Monday", "Early on Friday", "Then, on Tuesday".
var openingWords = set("on early late later then and but , –")
