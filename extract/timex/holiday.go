package timex

// holidays maps fixed-date holidays to month*100+day, and movable ones to
// negative codes resolved by holidayDate.
var holidays = map[string]int{
	"christmas": 1225, "halloween": 1031, "thanksgiving": -1, "easter": -2,
}

// holidayPhrases are the multi-word holidays, keyed by their first word.
var holidayPhrases = map[string][]struct {
	words []string
	code  int
}{
	"new":          {{[]string{"new", "year", "'", "s", "day"}, 101}, {[]string{"new", "year", "'", "s", "eve"}, 1231}, {[]string{"new", "year", "\u2019", "s", "day"}, 101}, {[]string{"new", "year", "\u2019", "s", "eve"}, 1231}},
	"christmas":    {{[]string{"christmas", "eve"}, 1224}, {[]string{"christmas", "day"}, 1225}},
	"boxing":       {{[]string{"boxing", "day"}, 1226}},
	"canada":       {{[]string{"canada", "day"}, 701}},
	"remembrance":  {{[]string{"remembrance", "day"}, 1111}},
	"veterans":     {{[]string{"veterans", "day"}, 1111}},
	"valentine":    {{[]string{"valentine", "'", "s", "day"}, 214}, {[]string{"valentine", "\u2019", "s", "day"}, 214}},
	"labor":        {{[]string{"labor", "day"}, -3}},
	"labour":       {{[]string{"labour", "day"}, -3}},
	"memorial":     {{[]string{"memorial", "day"}, -4}},
	"thanksgiving": {{[]string{"thanksgiving", "day"}, -1}},
	"easter":       {{[]string{"easter", "sunday"}, -2}, {[]string{"easter", "monday"}, -5}},
	"good":         {{[]string{"good", "friday"}, -6}},
}

func holidayDate(y, code int) date {
	switch code {
	case -1:
		return nthWeekday(y, 11, 4, 4) // US Thanksgiving
	case -2:
		return easter(y)
	case -3:
		return nthWeekday(y, 9, 1, 1)
	case -4:
		return nthWeekday(y, 5, 1, -1)
	case -5:
		return easter(y).addDays(1)
	case -6:
		return easter(y).addDays(-2)
	}
	if !valid(y, code/100, code%100) {
		return date{}
	}
	return date{y, code / 100, code % 100}
}

// holiday matches named days: "Christmas", "last Thanksgiving", "Easter
// 2023", "New Year's Day".
func (t *tagger) holiday(i int) (match, bool) {
	j, dir := i, 0
	switch t.word(j) {
	case "last", "past", "previous":
		j, dir = j+1, -1
	case "next", "coming":
		j, dir = j+1, 1
	case "this":
		j = j + 1
	}
	if !t.capital(j) {
		return match{}, false
	}
	code, k := holidays[t.word(j)], j+1
	for _, p := range holidayPhrases[t.word(j)] {
		ok := true
		for n, w := range p.words {
			if !t.is(j+n, w) {
				ok = false
				break
			}
		}
		if ok && j+len(p.words) > k-1 {
			code, k = p.code, j+len(p.words)
		}
	}
	if code == 0 || t.capital(k) && !t.sentenceEnd(k) && months[t.word(k)] == 0 {
		return match{}, false // "the Good Friday Agreement", "the Easter Rising"
	}
	if y, k2 := t.yearAt(k); y != 0 {
		dt := holidayDate(y, code)
		return match{start: i, end: k2, value: dt.String(), typ: typeDate, ref: dt}, true
	}
	if !t.dct.ok() {
		return match{start: i, end: k, typ: typeDate}, true
	}
	strict := dir != 0
	if dir == 0 {
		dir = t.tense(i)
	}
	// The occurrence nearest to the publication date in the tense's direction.
	var best date
	bestDist := 1 << 30
	for y := t.dct.y - 1; y <= t.dct.y+1; y++ {
		c := holidayDate(y, code)
		dist := int(c.time().Sub(t.dct.time()).Hours() / 24)
		if dir < 0 && (dist > 0 || strict && dist == 0) || dir > 0 && (dist < 0 || strict && dist == 0) {
			continue
		}
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = c, dist
		}
	}
	return match{start: i, end: k, value: best.String(), typ: typeDate, ref: best}, true
}
