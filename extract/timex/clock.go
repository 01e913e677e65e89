package timex

// clockAt reads a clock time at i ("10:35 a.m.", "9 p.m.", "14:00",
// "noon", "4 in the morning") and returns it as "HH:MM" with the index
// after it, or "" when there is none.
func (t *tagger) clockAt(i int) (string, int) {
	switch t.word(i) {
	case "noon", "midday":
		if t.is(i-1, "high") {
			return "", i
		}
		return "12:00", i + 1
	case "midnight":
		return "24:00", i + 1
	}
	h, d, ok := t.number(i)
	if !ok || d < 1 || d > 2 || h > 24 {
		return "", i
	}
	mi, k, colon := 0, i+1, false
	if t.isAny(k, ":", ".") && t.glued(k) && t.glued(k+1) {
		if t.is(k, ".") && !t.isAny(k+2, "am", "pm", "a", "p") {
			return "", i // a decimal, not "9.30am"
		}
		m, md, ok := t.number(k + 1)
		if !ok || md != 2 || m > 59 {
			return "", i
		}
		mi, k, colon = m, k+2, true
	}
	// a.m., a.m, am, AM, p.m.
	half := ""
	switch w := t.word(k); {
	case (w == "a" || w == "p") && t.is(k+1, ".") && t.glued(k+1) && t.is(k+2, "m") && t.glued(k+2):
		half, k = w, k+3
		if t.is(k, ".") && t.glued(k) {
			k++
		}
	case w == "am" || w == "pm":
		half, k = w[:1], k+1
	case w == "o" && t.quote(k+1) && t.is(k+2, "clock"):
		k += 3
		half = "?"
	case w == "in" && t.is(k+1, "the") && t.isAny(k+2, "morning", "afternoon", "evening", "night"):
		if t.is(k+2, "morning") {
			half = "a"
		} else {
			half = "p"
		}
		k += 3
	}
	if half == "" && !colon {
		return "", i
	}
	if half == "" && !t.isAny(i-1, "at", "by", "until", "from", "to", "before", "after", "around", "about") && !(colon && timeZones[t.word(k)] && t.word(k) != "hours") {
		return "", i // "3:2" scores, "10:30" alone is too ambiguous; not "14:32 GMT", a live blog's entry
	}
	if h > 12 && (half == "a" || half == "p") {
		return "", i
	}
	switch {
	case half == "p" && h < 12:
		h += 12
	case half == "a" && h == 12:
		h = 0
	}
	if timeZones[t.word(k)] && t.word(k) != "hours" || t.is(k, "local") && t.is(k+1, "time") {
		if t.is(k, "local") {
			k++
		}
		k++
	}
	return pad(h, 2) + ":" + pad(mi, 2), k
}

// clock matches a clock time with an optional day after it ("9 a.m.
// Tuesday", "10:35 a.m."); without a day it falls on the last day the text
// mentioned.
func (t *tagger) clock(i int) (match, bool) {
	c, k := t.clockAt(i)
	if c == "" {
		return match{}, false
	}
	day, k := t.clockDay(k)
	m := match{start: i, end: k, typ: typeTime}
	if day.d != 0 {
		m.value = day.String() + "T" + c
	}
	return m, true
}

// clockDay reads the day that may follow a clock time ending at k ("on
// Tuesday", ", May 3") and returns it with the index after it; without one
// it is the last day the text mentioned. A live blog's entry stamp ("10:42
// GMT") stands on a line of its own, and the day that opens the next line
// ("Yesterday, the council met") dates that entry's story, not the stamp.
func (t *tagger) clockDay(k int) (date, int) {
	if t.sentenceEnd(k) {
		return t.day, k
	}
	k2 := k
	if t.isAny(k2, "on", ",") {
		k2++
	}
	for _, r := range []rule{(*tagger).weekdayDate, (*tagger).relativeDay, (*tagger).monthDate, (*tagger).dayMonthDate} {
		if m, ok := r(t, k2); ok && m.ref.d != 0 {
			return m.ref, m.end
		}
	}
	return t.day, k
}

// frequencies are the adverbs of a SET.
var frequencies = map[string]string{
	"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
	"annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "quarterly": "P3M",
	"biweekly": "P2W", "fortnightly": "P2W", "biannually": "P6M",
}

// set matches recurring times: "daily", "every year", "each Monday",
// "twice a week".
func (t *tagger) set(i int) (match, bool) {
	w := t.word(i)
	if v := frequencies[w]; v != "" {
		if t.isAny(i-1, "the", "a", "national", "local", "regional") && t.capital(i+1) {
			return match{}, false // "the daily Jurnalul Nou", "a weekly Der Spiegel": a newspaper
		}
		return match{start: i, end: i + 1, value: v, typ: typeSet}, true
	}
	j := i
	switch w {
	case "every", "each":
		j++
		if t.is(j, "other") {
			if u, ok := units[t.word(j+1)]; ok && !plural(t.word(j+1)) {
				return match{start: i, end: j + 2, value: durationValue(2, u), typ: typeSet}, true
			}
			return match{}, false
		}
		if wd, ok := weekdays[t.word(j)]; ok && len(t.word(j)) >= 6 {
			return match{start: i, end: j + 1, value: "XXXX-WXX-" + pad((wd+6)%7+1, 1), typ: typeSet}, true
		}
		if m, _, _ := t.monthAt(j); m != 0 {
			return match{start: i, end: j + 1, value: "XXXX-" + pad(m, 2), typ: typeSet}, true
		}
		n, k, ok := t.quantity(j)
		if !ok {
			n, k = 1, j
		}
		if u, ok := units[t.word(k)]; ok && n > 0 {
			return match{start: i, end: k + 1, value: durationValue(n, u), typ: typeSet}, true
		}
		if pod := partsOfDay[t.word(k)]; pod != "" && t.word(k) != "overnight" {
			return match{start: i, end: k + 1, value: "XXXX-XX-XXT" + pod, typ: typeSet}, true
		}
		return match{}, false
	case "once", "twice", "thrice":
		j++
	default:
		if _, _, ok := t.quantity(i); !ok {
			return match{}, false
		}
		_, j, _ = t.quantity(i)
		if !t.is(j, "times") {
			return match{}, false
		}
		j++
	}
	if !t.isAny(j, "a", "an", "per", "each", "every") {
		return match{}, false
	}
	if u, ok := units[t.word(j+1)]; ok && !plural(t.word(j+1)) {
		return match{start: i, end: j + 2, value: durationValue(1, u), typ: typeSet}, true
	}
	return match{}, false
}
