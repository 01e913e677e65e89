package timex

// weekdayDate matches "Wednesday", "on Wednesday evening", "last Friday",
// "this past Sunday", "Monday, Oct. 26" and "Tuesday at 9 a.m.".
func (t *tagger) weekdayDate(i int) (match, bool) {
	if m, ok := t.weekdayFrom(i); ok {
		return m, true
	}
	j, dir, strict := i, 0, false
	switch t.word(j) {
	case "last", "past", "previous":
		j, dir, strict = j+1, -1, true
	case "next", "coming":
		j, dir, strict = j+1, 1, true
	case "this":
		j++
		if t.is(j, "past") { // "this past Sunday": the last one
			j, dir, strict = j+1, -1, true
		}
	}
	w := t.word(j)
	wd, ok := weekdays[w]
	if !ok || len(w) < 6 || !t.capital(j) || namedDays[t.word(j-1)] && t.capital(j-1) {
		return match{}, false // "Good Friday", "Black Friday", "Super Tuesday"
	}
	k := j + 1
	// An explicit date after the weekday wins.
	k2 := k
	if t.is(k2, ",") {
		k2++
	}
	if m, ok := t.monthDate(k2); ok && m.ref.d != 0 {
		m.start = i
		return m, true
	}
	if m, ok := t.dayMonthDate(k2); ok && m.ref.d != 0 {
		m.start = i
		return m, true
	}
	if dir == 0 {
		dir = t.tense(i)
	}
	dt := nearestWeekday(t.dct, wd, dir, strict)
	m := match{start: i, end: k, value: dt.String(), typ: typeDate, ref: dt}
	if t.quote(k) && t.is(k+1, "s") && t.glued(k) {
		return m, true // "Friday's vote"
	}
	if pod := partsOfDay[t.word(k)]; pod != "" && t.word(k) != "overnight" {
		m.end = k + 1
		if dt.ok() {
			m.value += "T" + pod
		}
	} else if t.is(k, "at") {
		if c, end := t.clockAt(k + 1); c != "" {
			m.end, m.typ = end, typeTime
			if dt.ok() {
				m.value += "T" + c
			}
		}
	}
	return m, true
}

// weekdayFrom matches a weekday told from the last day the text named,
// not from the publication date: "the following Monday", "the previous
// Friday", "the Monday after", "the Friday before that".
func (t *tagger) weekdayFrom(i int) (match, bool) {
	if !t.is(i, "the") {
		return match{}, false
	}
	j, dir, end := i+1, 0, 0
	switch t.word(j) {
	case "following", "next":
		j, dir = j+1, 1
	case "previous", "preceding":
		j, dir = j+1, -1
	}
	w := t.word(j)
	wd, ok := weekdays[w]
	if !ok || len(w) < 6 || !t.capital(j) {
		return match{}, false
	}
	end = j + 1
	if dir == 0 {
		switch {
		case t.isAny(end, "after", "before") && t.isAny(end+1, "that", "this") && t.word(end+2) == "":
			end += 2
		case t.isAny(end, "after", "before") && (t.word(end+1) == "" || clauseWords[t.word(end+1)] && !t.isAny(end+1, "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "of")):
			end++
		default:
			return match{}, false
		}
		dir = 1
		if t.is(j+1, "before") {
			dir = -1
		}
	}
	base := t.day
	if base.d == 0 {
		base = t.dct
	}
	dt := nearestWeekday(base, wd, dir, true)
	return match{start: i, end: end, value: dt.String(), typ: typeDate, ref: dt}, true
}

// namedDays are capitalised words that turn a weekday into a name.
var namedDays = map[string]bool{
	"good": true, "black": true, "super": true, "ash": true, "holy": true,
	"bloody": true, "cyber": true, "palm": true, "maundy": true, "easter": true,
}

// relativeDay matches "today", "yesterday morning", "tomorrow", "tonight",
// "this evening", "last night", "now", "recently", "the future".
func (t *tagger) relativeDay(i int) (match, bool) {
	shift, k := 0, i+1
	pod := ""
	switch t.word(i) {
	case "today":
		if t.word(i-1) == "usa" {
			return match{}, false
		}
	case "tonight":
		pod = "NI"
	case "yesterday":
		shift = -1
	case "tomorrow":
		shift = 1
	case "this":
		if pod = partsOfDay[t.word(i+1)]; pod == "" || t.word(i+1) == "overnight" {
			return match{}, false
		}
		k++
	case "last":
		if !t.isAny(i+1, "night", "evening") {
			return match{}, false
		}
		shift, pod, k = -1, partsOfDay[t.word(i+1)], k+1
	case "now", "currently", "nowadays", "presently":
		return match{start: i, end: i + 1, value: "PRESENT_REF", typ: typeDate}, true
	case "recently", "lately":
		return match{start: i, end: i + 1, value: "PAST_REF", typ: typeDate}, true
	case "in":
		if w := t.word(i + 2); t.is(i+1, "future") && (w == "" || clauseWords[w]) {
			return match{start: i + 1, end: i + 2, value: "FUTURE_REF", typ: typeDate}, true
		}
		return match{}, false
	case "the":
		return t.theRef(i)
	default:
		return match{}, false
	}
	if pod == "" && (shift != 0 || t.word(i) == "today") {
		if p := partsOfDay[t.word(k)]; p != "" && t.word(k) != "overnight" {
			pod, k = p, k+1
		}
	}
	if !t.dct.ok() {
		return match{start: i, end: k, typ: typeDate}, true
	}
	dt := t.dct.addDays(shift)
	v := dt.String()
	if pod != "" {
		v += "T" + pod
	}
	return match{start: i, end: k, value: v, typ: typeDate, ref: dt}, true
}

// theRef matches "the future", "the past", "the present", "the day before
// yesterday", "the day after tomorrow".
func (t *tagger) theRef(i int) (match, bool) {
	j := i + 1
	if t.isAny(j, "near", "distant", "foreseeable", "immediate") {
		j++
	}
	switch t.word(j) {
	case "future":
		if w := t.word(j + 1); w != "" && !clauseWords[w] {
			return match{}, false // "the future president"
		}
		return match{start: i, end: j + 1, value: "FUTURE_REF", typ: typeDate}, true
	case "past", "present":
		if j != i+1 {
			return match{}, false
		}
		if w := t.word(j + 1); w != "" && !clauseWords[w] {
			return match{}, false // "the past two months", "the present government"
		}
		if _, _, ok := t.number(j + 1); ok {
			return match{}, false
		}
		v := "PAST_REF"
		if t.word(j) == "present" {
			v = "PRESENT_REF"
		}
		return match{start: i, end: j + 1, value: v, typ: typeDate}, true
	case "day":
		if t.isAny(j+1, "before", "after") && t.isAny(j+2, "yesterday", "tomorrow") {
			shift := -2
			if t.is(j+2, "tomorrow") {
				shift = 2
			}
			if !t.dct.ok() {
				return match{start: i, end: j + 3, typ: typeDate}, true
			}
			dt := t.dct.addDays(shift)
			return match{start: i, end: j + 3, value: dt.String(), typ: typeDate, ref: dt}, true
		}
	}
	return match{}, false
}

// clauseWords may follow "the future" or "the past" used as nouns; any
// other word makes them adjectives ("the future president").
var clauseWords = map[string]bool{
	"and": true, "or": true, "of": true, "is": true, "was": true, "will": true,
	"would": true, "as": true, "that": true, "when": true, "but": true, "he": true,
	"she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"the": true, "a": true, "an": true, "to": true, "for": true, "in": true, "on": true,
	"at": true, "with": true, "by": true, "may": true, "might": true, "could": true,
	"can": true, "should": true, "must": true, "has": true, "have": true, "had": true,
	"are": true, "were": true, "be": true, "there": true, "this": true, "these": true,
	"those": true, "not": true, "if": true, "so": true, "because": true, "while": true,
	"than": true, "remains": true, "looks": true, "seems": true, "lies": true,
	"holds": true, "his": true, "her": true, "their": true, "its": true, "our": true,
}

// deictic matches calendar units named relative to the publication date
// ("this week", "last month", "earlier this year", "next spring") or to the
// last date mentioned ("that year", "the same day", "the following week",
// "earlier in the day", "later that month").
func (t *tagger) deictic(i int) (match, bool) {
	j := i
	hedged := false
	switch t.word(j) {
	case "early", "late", "mid", "earlier", "later":
		j, hedged = j+1, true
		if t.is(j, "-") && t.glued(j) {
			j++
		}
	}
	shift, anchored := 0, false
	switch t.word(j) {
	case "this", "current":
		j++
		if t.is(j, "past") { // "this past weekend"
			shift, j = -1, j+1
		} else if t.is(j, "day") {
			if t.is(i-1, "to") && i == j-1 { // "to this day"
				return match{start: i, end: j + 1, value: "PRESENT_REF", typ: typeDate}, true
			}
			return match{}, false
		}
	case "last", "previous":
		shift, j = -1, j+1
	case "past":
		if hedged {
			return match{}, false
		}
		shift, j = -1, j+1
	case "next", "coming":
		shift, j = 1, j+1
	case "that":
		anchored, j = true, j+1
		if t.is(j, "same") {
			j++
		}
	case "in":
		if !hedged || !t.is(j+1, "the") {
			return match{}, false
		}
		anchored, j = true, j+2
	case "the":
		switch t.word(j + 1) {
		case "same":
			anchored, j = true, j+2
		case "next", "following":
			anchored, shift, j = true, 1, j+2
		case "previous", "preceding":
			anchored, shift, j = true, -1, j+2
		case "coming":
			shift, j = 1, j+2
		case "end", "beginning", "start", "middle":
			// "the end of the year", "the start of next month"
			if !t.is(j+2, "of") {
				return match{}, false
			}
			k := j + 3
			switch t.word(k) {
			case "the", "this":
			case "last", "previous":
				shift = -1
			case "next", "coming":
				shift = 1
			default:
				return match{}, false
			}
			if !t.isAny(k+1, "week", "month", "year", "decade", "century", "quarter") {
				return match{}, false
			}
			return t.unitValue(i, k+1, k+2, shift, t.is(k, "the") && t.toldPart(i, t.word(k+1)))
		case "weekend":
			// "over the weekend": the last one, or the next in a future clause.
			if !t.dct.ok() {
				return match{start: i, end: j + 2, typ: typeDate}, true
			}
			sat := nearestWeekday(t.dct, 6, t.tense(i), false)
			return match{start: i, end: j + 2, value: sat.week() + "-WE", typ: typeDate}, true
		case "past", "last":
			// "the past year": a duration reaching back from now.
			if u, ok := units[t.word(j+2)]; ok && !plural(t.word(j+2)) && !hedged {
				return match{start: i, end: j + 3, value: durationValue(1, u), typ: typeDuration}, true
			}
			return match{}, false
		case "day", "week", "month", "year", "night":
			// "the day before", "the year after": relative to the last date.
			if !t.isAny(j+2, "before", "after", "earlier", "later") || t.word(j+3) != "" {
				return match{}, false
			}
			s := -1
			if t.isAny(j+2, "after", "later") {
				s = 1
			}
			return t.unitValue(i, j+1, j+3, s, true)
		default:
			return match{}, false
		}
	default:
		return match{}, false
	}
	if budgetYears[t.word(j)] && t.is(j+1, "year") {
		j++ // "next fiscal year", "this financial year": the year it mostly falls in
	}
	return t.unitValue(i, j, j+1, shift, anchored)
}

// toldPart reports whether "the end (start, middle) of the" unit at i
// is a part of the unit last told rather than of the publication's: the
// clause tells a thing done, and the text has told a date of that unit
// ("arrested in April ... resigned at the end of the month": April's end,
// the end of May not yet come).
func (t *tagger) toldPart(i int, unit string) bool {
	if t.tense(i) >= 0 {
		return false
	}
	switch unit {
	case "month", "quarter":
		return t.month.ok()
	case "week":
		return t.day.ok()
	}
	return t.anchor.ok()
}

// unitValue resolves the calendar unit named at u, shifted by shift units
// from the publication date or, when anchored, from the last date
// mentioned. The match spans [i, end).
func (t *tagger) unitValue(i, u, end, shift int, anchored bool) (match, bool) {
	w := t.word(u)
	base := t.dct
	if anchored {
		switch w {
		case "year", "decade", "century":
			base = t.anchor
		case "month", "quarter":
			base = t.month
		default:
			base = t.day
		}
		if seasons[w] != "" {
			base = t.anchor // "in 2014 ... That autumn": the season of the year last told
		}
		if (w == "day" || w == "week" || w == "month") && t.anchor.ok() && !t.anchor.within(base) {
			// "elected in 2018. The following month she ...", "fined in
			// January; the week before, she had pleaded guilty": the last
			// date told is coarser than the unit and later than the last
			// month or day told; the shift keeps its precision, as
			// "three days later" does, rather than counting from a day
			// the story has left behind
			return t.coarseUnit(i, end, w, shift)
		}
	}
	var v string
	var ref date
	switch w {
	case "day":
		if base.d != 0 {
			ref = base.addDays(shift)
			v = ref.String()
		}
	case "morning", "afternoon", "evening", "night":
		if !anchored && shift == 0 {
			return match{}, false // "this morning" is relativeDay's
		}
		if base.d != 0 {
			ref = base.addDays(shift)
			v = ref.String() + "T" + partsOfDay[w]
		}
	case "week", "weekend":
		if base.d != 0 {
			v = base.addDays(7 * shift).week()
			if w == "weekend" {
				v += "-WE"
			}
		}
	case "month":
		if base.m != 0 {
			ref = base.addMonths(shift)
			v = ref.String()
		}
	case "year":
		if base.y != 0 {
			ref = date{base.y + shift, 0, 0}
			v = ref.String()
		}
	case "decade":
		if base.y != 0 {
			v = pad(base.y/10+shift, 3) + "X"
		}
	case "century":
		if base.y != 0 {
			v = pad(base.y/100+shift, 2)
		}
	case "quarter":
		if base.m != 0 {
			q := base.y*4 + (base.m-1)/3 + shift
			v = pad(q/4, 4) + "-Q" + pad(q%4+1, 1)
		}
	default:
		s := seasons[w]
		if s == "" {
			return match{}, false
		}
		switch {
		case anchored && shift != 0 && base.m == 0 && base.y != 0:
			// "in 2012 ... the following spring": the next year's; with a
			// month told ("that December"), the next after that month
			v = pad(base.y+shift, 4) + "-" + s
		case base.m != 0 || anchored && base.y != 0:
			v = seasonValue(base, s, shift)
		}
	}
	if anchored && !t.anchor.ok() && v == "" && t.dct.ok() {
		return match{}, false
	}
	return match{start: i, end: end, value: v, typ: typeDate, ref: ref}, true
}

// seasonValue resolves "last fall", "this summer", "next winter" against ref.
func seasonValue(ref date, s string, shift int) string {
	start := seasonStart[s]
	y := ref.y
	switch {
	case shift < 0 && ref.m < start+3:
		y--
	case shift > 0 && ref.m >= start:
		y++
	}
	return pad(y, 4) + "-" + s
}

func plural(w string) bool { return len(w) > 1 && w[len(w)-1] == 's' }

// coarseUnit resolves an anchored unit finer than the last date told
// ("the following month" after "in 2018", "the same day" after "in
// June"): that date at its own precision, which a shift of one day or
// month rarely leaves.
func (t *tagger) coarseUnit(i, end int, w string, shift int) (match, bool) {
	a := t.anchor
	if w == "month" && a.m != 0 {
		a = a.addMonths(shift) // "the following month" after "in June"
	}
	return match{start: i, end: end, value: a.String(), typ: typeDate}, true
}

// yearTurn matches "the turn of the year" and "year-end" after a
// preposition ("by year-end", "at the year end"): the year that turns, or
// is to end, in the tense of the clause. A clause of the past at the turn
// tells the year just begun; one of the future, the next.
func (t *tagger) yearTurn(i int) (match, bool) {
	var end int
	turn := false
	switch {
	case t.is(i, "the") && t.is(i+1, "turn") && t.is(i+2, "of") && t.is(i+3, "the") && t.is(i+4, "year"):
		end, turn = i+5, true
	case t.is(i, "year") && t.is(i+1, "-") && t.glued(i+1) && t.is(i+2, "end") && t.glued(i+2):
		end = i + 3
	case t.is(i, "year") && t.is(i+1, "end") && t.toks[i+1].space:
		end = i + 2
	default:
		return match{}, false
	}
	if !turn {
		p := i - 1
		if t.is(p, "the") {
			p--
		}
		if !t.isAny(p, "by", "at", "before", "until", "till", "around", "towards", "toward", "near", "after") ||
			t.word(end) != "" && !clauseWords[t.word(end)] {
			return match{}, false // "year-end bonuses", "the year-end review"
		}
	}
	m := match{start: i, end: end, typ: typeDate}
	if !t.dct.ok() {
		return m, true
	}
	y, dir := t.dct.y, t.tense(i)
	switch {
	case turn && (dir > 0 || dir == 0 && t.dct.m >= 7):
		y++ // the turn to come
	case !turn && dir < 0 && t.dct.m <= 2:
		y-- // "profits fell at year-end", told in January
	}
	m.ref = date{y, 0, 0}
	m.value = m.ref.String()
	return m, true
}
