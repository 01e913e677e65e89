package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/polgraph/polgraph"
)

// timeExpr is a temporal expression with its resolved value ("" if none).
type timeExpr struct {
	start, end int
	text       string
	value      string
	typ        string // DATE, TIME, DURATION, SET
	sent       int    // sentence index, -1 if outside every sentence
}

// tagTimes runs the temporal tagger over the whole text, so that "that year"
// resolves against what came before, and keeps the expressions inside sentences.
func (d *doc) tagTimes() {
	d.tagTimesOn(d.dct)
	if !d.dct.IsZero() {
		// A report datelined a day or two before it was published
		// ("OSLO, March 3 (Reuters) -", published March 4) tells its
		// "Tuesday" and "yesterday" from the day it was filed.
		if t, err := time.Parse(time.DateOnly, d.datelineDay()); err == nil && !t.Equal(d.dct) && t.After(d.dct.AddDate(0, 0, -datelineLag-1)) && t.Before(d.dct) {
			d.times = d.times[:0]
			d.tagTimesOn(t)
		}
		return
	}
	// An article given no publication date that tells its day in a
	// dateline ("VALDORA, March 3, 2024 (Reuters) -", "Published 3 March
	// 2024") was filed that day: relative dates ("on Tuesday",
	// "yesterday") and the report's own day are read from it.
	day := d.datelineDay()
	if day == "" {
		day = d.filingDay()
	}
	if t, err := time.Parse(time.DateOnly, day); err == nil {
		d.dct = t
		d.times = d.times[:0]
		d.tagTimesOn(t)
	}
}

// datelineLag is how many days before its publication a report's dateline
// may fall and still be the day it tells its relative dates from.
const datelineLag = 3

// filingLead and filingTail are what may stand before and after the day
// an article is filed on, on a line near its top: a place or a word of
// filing before ("VALDORA, ", "Published "), the line's end or a dash, a
// source or a bar after ("March 3, 2024 — ", "3 March 2024 (Nordwire)").
var (
	filingLead = regexp.MustCompile(`^(?:\p{Lu}[\p{L}.'’/ -]{0,40}[,:]?\s*)?$`)
	filingTail = regexp.MustCompile(`^\s*(?:$|[-–—_|(])`)
)

// filingDay is the day told, year and all, at the head of one of the
// article's first lines, as a dateline or a byline gives it, or "".
func (d *doc) filingDay() string {
	for _, t := range d.times {
		if t.start > filingReach {
			break
		}
		v, p := eventDate(t.value)
		if p != polgraph.PrecisionDay {
			continue
		}
		ls := strings.LastIndexByte(d.text[:t.start], '\n') + 1
		le := strings.IndexByte(d.text[t.end:], '\n')
		if le < 0 {
			le = len(d.text) - t.end
		}
		if filingLead.MatchString(d.text[ls:t.start]) && filingTail.MatchString(d.text[t.end:t.end+le]) {
			return v
		}
	}
	return ""
}

// filingReach is how far into the text a filing day may stand.
const filingReach = 400

// tagTimesOn tags the text's times, telling relative dates from the day dct.
func (d *doc) tagTimesOn(dct time.Time) {
	si := 0
	for _, e := range tagText(d.text, dct) {
		for si < len(d.sents) && d.sents[si].end <= e.start {
			si++
		}
		if si >= len(d.sents) || e.start < d.sents[si].start {
			continue // furniture
		}
		d.times = append(d.times, timeExpr{start: e.start, end: e.end, text: e.text, value: e.value, typ: e.typ, sent: si})
	}
}

func (d *doc) outTimes() []polgraph.Time {
	out := []polgraph.Time{}
	for _, t := range d.times {
		pt := polgraph.Time{Start: t.start, End: t.end, Text: t.text}
		if t.value != "" {
			v := t.value
			pt.Value = &v
		}
		out = append(out, pt)
	}
	return out
}

// eventDate turns a time value into an event date and its precision:
// "2023-03-22TEV" -> "2023-03-22" day, "2021-02" month, "2019" year.
func eventDate(v string) (string, string) {
	if len(v) >= 10 && v[4] == '-' && v[7] == '-' && isDigits(v[:4]) && isDigits(v[5:7]) && isDigits(v[8:10]) {
		return v[:10], polgraph.PrecisionDay
	}
	if len(v) == 7 && v[4] == '-' && isDigits(v[:4]) && isDigits(v[5:]) {
		return v, polgraph.PrecisionMonth
	}
	if len(v) == 4 && isDigits(v) || len(v) == 7 && v[4] == '-' && isDigits(v[:4]) && (seasonCodes[v[5:]] || yearParts[v[5:]]) {
		// a season ("the autumn of 2020", 2020-FA), a quarter or a half
		// ("the third quarter of 2023", 2023-Q3; "the first half",
		// 2024-H1) dates its event to the year: the contract has no
		// season or quarter precision
		return v[:4], polgraph.PrecisionYear
	}
	if first, last, ok := weekDays(v); ok {
		// the contract has no week precision: a week within one month
		// dates its event to that month ("resigned last week"), one
		// across two to the year
		switch {
		case first.Month() == last.Month():
			return first.Format("2006-01"), polgraph.PrecisionMonth
		case first.Year() == last.Year():
			return first.Format("2006"), polgraph.PrecisionYear
		}
	}
	return "", polgraph.PrecisionUnknown
}

// seasonCodes are TIMEX3's seasons.
var seasonCodes = set("SP SU FA WI")

// yearParts are TIMEX3's quarters and halves of a year.
var yearParts = set("Q1 Q2 Q3 Q4 H1 H2")

// seasonStarts are the months TIMEX3's seasons begin in, in the northern
// hemisphere the wire services write from.
var seasonStarts = map[string]string{"SP": "03", "SU": "06", "FA": "09", "WI": "12"}

// seasonStart is the month ("2025-09") a season's value ("2025-FA")
// begins in, or "" for any other value.
func seasonStart(v string) string {
	if len(v) != 7 || v[4] != '-' || !isDigits(v[:4]) || seasonStarts[v[5:]] == "" {
		return ""
	}
	return v[:5] + seasonStarts[v[5:]]
}

// periodStart is the first day or month of a time value that an event's
// date, coarser, does not keep: a season's month ("2025-FA" -> "2025-09")
// or a week's Monday ("2025-W21" -> "2025-05-19"); "" for any other value.
func periodStart(v string) string {
	if first, _, ok := weekDays(v); ok {
		return first.Format(time.DateOnly)
	}
	return seasonStart(v)
}

// weekDays are the first and last days of the ISO week of a TIMEX3 week
// value ("2025-W19", or its weekend "2025-W19-WE").
func weekDays(v string) (first, last time.Time, ok bool) {
	if len(v) < 8 || v[4:6] != "-W" || !isDigits(v[:4]) || !isDigits(v[6:8]) || len(v) > 8 && v[8:] != "-WE" {
		return first, last, false
	}
	year, _ := strconv.Atoi(v[:4])
	week, _ := strconv.Atoi(v[6:8])
	if week < 1 || week > 53 {
		return first, last, false
	}
	// ISO week 1 holds January 4th; its Monday starts the weeks
	jan4 := time.Date(year, time.January, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(week-1))
	first, last = monday, monday.AddDate(0, 0, 6)
	if len(v) > 8 {
		first = monday.AddDate(0, 0, 5) // the weekend: Saturday and Sunday
	}
	return first, last, true
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
