package timex

// monthAt reads a month name at i: a capitalised full name, or an
// abbreviation with or without its dot. It returns the month (0 if none),
// the index after it and whether it was abbreviated.
func (t *tagger) monthAt(i int) (m, next int, abbr bool) {
	w := t.word(i)
	m = months[w]
	if m == 0 || !t.capital(i) {
		return 0, i, false
	}
	if len(w) <= 4 && w != "june" && w != "july" && w != "may" {
		next = i + 1
		if t.is(next, ".") && t.glued(next) {
			next++
		}
		return m, next, true
	}
	return m, i + 1, false
}

// yearAt reads a four-digit year at i.
func (t *tagger) yearAt(i int) (y, next int) {
	n, d, ok := t.number(i)
	if !ok || d != 4 || n < 1000 || n > 2999 {
		return 0, i
	}
	if t.is(i+1, "%") || countNouns[t.word(i+1)] && !t.capital(i+1) {
		return 0, i
	}
	return n, i + 1
}

// dayAt reads a day of the month at i, with an optional ordinal suffix.
func (t *tagger) dayAt(i int) (d, next int) {
	n, digits, ok := t.number(i)
	if !ok || digits < 1 || digits > 2 || n < 1 || n > 31 {
		return 0, i
	}
	next = i + 1
	if t.glued(next) && t.isAny(next, "st", "nd", "rd", "th") {
		next++
	}
	// "May 5 people" or "March 3:15" are not dates.
	if t.is(next, "%") || t.is(next, ":") && t.glued(next) && t.glued(next+1) && t.toks[next+1].kind == kNum || countNouns[t.word(next)] {
		return 0, i
	}
	return n, next
}

// isoDate matches 2023-03-22, 2023/03/22, the US 3/22/2023 and the dotted
// 22.03.2023, written day first.
func (t *tagger) isoDate(i int) (match, bool) {
	a, da, ok := t.number(i)
	if !ok || !t.glued(i+1) || !t.glued(i+2) || !t.glued(i+3) || !t.glued(i+4) {
		return match{}, false
	}
	sep := t.toks[i+1].low
	if sep != "-" && sep != "/" && sep != "." || !t.is(i+3, sep) {
		return match{}, false
	}
	b, db, ok1 := t.number(i + 2)
	c, dc, ok2 := t.number(i + 4)
	if !ok1 || !ok2 || t.glued(i+5) && t.toks[i+5].kind != kPunct && !t.is(i+5, "t") {
		return match{}, false // "2023-03-22T10:00" is still a date
	}
	var y, m, d int
	switch {
	case da == 4 && db <= 2 && dc <= 2 && db > 0 && dc > 0:
		y, m, d = a, b, c
	case dc == 4 && da <= 2 && db <= 2 && da > 0 && db > 0:
		y = c
		m, d = t.monthDay(a, b, sep)
	default:
		return match{}, false
	}
	if !valid(y, m, d) {
		return match{}, false
	}
	dt := date{y, m, d}
	return match{start: i, end: i + 5, value: dt.String(), typ: typeDate, ref: dt}, true
}

// monthDay orders the two numbers a and b of a numeric date written
// with sep into its month and day: the order the numbers allow where only
// one does ("22/03", "03/22"), else day first where dots join them
// ("04.03", as where such dates are written) or the text writes its days
// first ("5 March"), else the US order ("4/3" is April 3).
func (t *tagger) monthDay(a, b int, sep string) (m, d int) {
	switch {
	case a > 12:
		return b, a
	case b > 12:
		return a, b
	case sep == "." || t.dayFirst:
		return b, a
	}
	return a, b
}

// writesDayFirst reports whether the text puts a day before its month
// name ("5 March", "5th of March") more often than after it ("March 5").
func (t *tagger) writesDayFirst() bool {
	first, after := 0, 0
	for i := range t.toks {
		if m, _, _ := t.monthAt(i); m == 0 {
			continue
		}
		if d, _ := t.dayAt(i + 1); d > 0 {
			after++
		}
		j := i - 1
		if t.is(j, "of") {
			j--
		}
		if t.isAny(j, "st", "nd", "rd", "th") && t.glued(j) {
			j--
		}
		if n, digits, ok := t.number(j); ok && digits <= 2 && n >= 1 && n <= 31 && (j == i-1 || t.toks[j+1].kind == kWord) {
			first++
		}
	}
	return first > after
}

// shortDate matches a numeric day and month without a year ("on 12/5",
// "since 3/4") where a word that opens a day stands before it; the order
// of the two is monthDay's, the year the nearest in the clause's tense.
// A fraction ("on 3/4 of the land") is no date.
func (t *tagger) shortDate(i int) (match, bool) {
	a, da, ok := t.number(i)
	if !ok || da > 2 || !t.is(i+1, "/") || !t.glued(i+1) || !t.glued(i+2) {
		return match{}, false
	}
	b, db, ok := t.number(i + 2)
	if !ok || db > 2 || a < 1 || b < 1 || t.glued(i+3) && (t.isAny(i+3, "/", "-", ".", ":") && t.toks[min(i+4, len(t.toks)-1)].kind == kNum || t.toks[i+3].kind != kPunct) {
		return match{}, false
	}
	prev := i - 1
	if t.is(prev, ",") {
		prev--
	}
	_, weekday := weekdays[t.word(prev)]
	next := t.word(i + 3)
	if !shortDateOpeners[t.word(i-1)] && !weekday || t.isAny(i+3, "of", "%") || next != "" && !t.capital(i+3) && !datePreps[next] && !clauseOpeners[next] {
		return match{}, false
	}
	m, d := t.monthDay(a, b, "/")
	if !valid(2000, m, d) {
		return match{}, false
	}
	return t.dayMatch(i, i+3, 0, m, d)
}

// shortDateOpeners are the words after which a numeric day and month
// without a year is a date ("on 12/5"); "by" and "from" are left out, as
// they more often take a fraction ("by 2/3", "from 1/3 to 1/2").
var shortDateOpeners = map[string]bool{
	"on": true, "since": true, "until": true, "till": true, "before": true, "after": true,
}

// clauseOpeners are words that may follow a date and open what comes
// next ("on 12/5 the council voted", "on 12/5 when"); another word after
// two numbers joined by a slash makes them a fraction or a count ("on 2/3
// majority", "12/5 votes").
var clauseOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "when": true, "while": true, "but": true,
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"you": true, "his": true, "her": true, "their": true, "its": true, "was": true,
	"were": true, "is": true, "are": true, "will": true, "with": true, "where": true,
}

// dateMods are the modifiers that may precede a date ("early", "mid-").
func (t *tagger) dateMods(i int) int {
	switch t.word(i) {
	case "early", "late", "mid", "earlier", "later":
		i++
		if t.is(i, "-") && t.glued(i) {
			i++
		}
		return i
	case "the":
		if t.isAny(i+1, "beginning", "end", "middle", "start", "first", "last") && t.is(i+2, "of") {
			return i + 3
		}
	case "end", "start":
		// "end-March", "start-2026", as business papers write them
		if t.is(i+1, "-") && t.glued(i+1) && t.glued(i+2) && t.toks[i].space {
			if m, _, _ := t.monthAt(i + 2); m != 0 {
				return i + 2
			}
			if y, _ := t.yearAt(i + 2); y != 0 {
				return i + 2
			}
		}
	}
	return i
}

// monthDate matches "March 22, 2023", "Mar. 22", "March 2021", "September
// that year" and a bare "April".
func (t *tagger) monthDate(i int) (match, bool) {
	// "the week of March 6" names the week of that day.
	if t.is(i, "the") && t.is(i+1, "week") && t.is(i+2, "of") {
		m, ok := t.monthDate(i + 3)
		if !ok || m.ref.d == 0 {
			return match{}, false
		}
		m.start, m.value = i, m.ref.week()
		return m, true
	}
	j := t.dateMods(i)
	// "last June", "next April", "this May": relative to the publication month.
	rel := ""
	if j == i && t.isAny(i, "last", "next", "this", "past", "coming", "that") {
		rel, j = t.word(i), i+1
	}
	m, k, abbr := t.monthAt(j)
	if m == 0 {
		return match{}, false
	}
	if rel == "that" {
		// "left the party that July": the July of the year the text last
		// named; a month that goes on into a clause ("said that July was
		// the wettest") is the clause's subject, not this
		if abbr || k < len(t.toks) && !t.isAny(k, ".", ",", ";", "and", "when", "after", "before") {
			return match{}, false
		}
		dt := date{}
		if t.anchor.ok() {
			dt = date{t.anchor.y, m, 0}
		}
		return match{start: i, end: k, value: dt.String(), typ: typeDate, ref: dt}, true
	}
	if rel != "" {
		if _, k2 := t.dayAt(k); k2 > k || abbr {
			return match{}, false // "last March 3" is left to the day rule
		}
		var dt date
		if t.dct.ok() {
			dt = date{t.dct.y, m, 0}
			switch {
			case (rel == "last" || rel == "past") && m >= t.dct.m:
				dt.y--
			case (rel == "next" || rel == "coming") && m <= t.dct.m:
				dt.y++
			}
		}
		return match{start: i, end: k, value: dt.String(), typ: typeDate, ref: dt}, true
	}
	if d, k2 := t.dayAt(k); d > 0 {
		// A range "March 3-5" is dated by its first day.
		if t.isAny(k2, "-", "–") && t.glued(k2) && t.glued(k2+1) {
			if e, _, ok := t.number(k2 + 1); ok && e > d && e <= 31 {
				k2 += 2
			}
		}
		y, k3 := 0, k2
		if t.is(k2, ",") {
			if y, k3 = t.yearAt(k2 + 1); y == 0 {
				k3 = k2
			}
		} else if y, k3 = t.yearAt(k2); y == 0 {
			k3 = k2
		}
		if y == 0 {
			// "October 25 last year"
			if ry, end := t.relYear(k2); ry != 0 {
				y, k3 = ry, end
			}
		}
		return t.dayMatch(i, k3, y, m, d)
	}
	k2 := k
	if t.isAny(k2, ",", "of") {
		k2++
	}
	if y, k3 := t.yearAt(k2); y != 0 {
		dt := date{y, m, 0}
		return match{start: i, end: k3, value: dt.String(), typ: typeDate, ref: dt}, true
	}
	if y, end := t.relYear(k); y != 0 {
		dt := date{y, m, 0}
		return match{start: i, end: end, value: dt.String(), typ: typeDate, ref: dt}, true
	}
	if end := t.thatYear(k); end > k {
		dt := date{}
		if t.anchor.ok() {
			dt = date{t.anchor.y, m, 0}
		}
		return match{start: i, end: end, value: dt.String(), typ: typeDate, ref: dt}, true
	}
	// "March-May", "Jan-Mar": a month glued by a dash to the month before
	// it ends the span that month opens, in that month's year or the next
	if j == i && t.isAny(i-1, "-", "\u2013") && t.glued(i-1) && t.glued(i) {
		if m1, k1, _ := t.monthAt(i - 2); m1 != 0 && k1 == i-1 && t.month.m == m1 {
			if abbr && t.is(k-1, ".") && t.sentenceEnd(k) {
				k-- // "in Jan-Mar." ends the sentence
			}
			dt := date{}
			if t.month.y != 0 {
				dt = date{t.month.y, m, 0}
				if m < m1 {
					dt.y++
				}
			}
			return match{start: i, end: k, value: dt.String(), typ: typeDate, ref: dt}, true
		}
	}
	rangeStart := false
	if t.isAny(k, "-", "\u2013") && t.glued(k) && t.glued(k+1) {
		m2, _, _ := t.monthAt(k + 1)
		rangeStart = m2 != 0
	}
	// A bare month name: abbreviations and the verbs "may" and "march"
	// need a preposition or modifier before them.
	if abbr && !(rangeStart && datePreps[t.word(j-1)]) {
		return match{}, false
	}
	if (m == 3 || m == 5) && j == i && t.verbMonth(j) {
		return match{}, false // "Farmers Vow to March on Saturday", "Thousands Will March"
	}
	prep := j > i || datePreps[t.word(j-1)] ||
		t.is(j-1, "the") && t.word(k) != "" && !t.capital(k) && (m != 3 && m != 5 || pollNouns[t.word(k)]) // "the April vote", "the March election", not "the March for Life"
	if !prep && (m == 3 || m == 5 || t.capital(k) && !t.sentenceEnd(k)) {
		return match{}, false
	}
	dir := t.pastTense(j)
	if t.scheduled(j) {
		dir = 1 // "the vote is in November"
	} else if dir < 0 && t.periodTo(j) {
		dir = -2 // "rose 3% in the three months to June": figures for a span now over
	}
	dt := nearestMonth(t.dct, m, dir)
	if y := t.frameYear(i); y != 0 {
		dt = date{y, m, 0} // "In 2019, she resigned in March"
	} else if y := t.chronicleYear(i, m, dir); y != 0 {
		dt = date{y, m, 0} // "In April 2019 she quit. Lusk lost the election in September."
	}
	if t.isAny(k, "and", "or", "to", "through", "-", "–") {
		// "in March and May 2021": the year the pair ends on is both months'
		if m2, k2, _ := t.monthAt(k + 1); m2 != 0 {
			if y, _ := t.yearAt(k2); y != 0 {
				dt = date{y, m, 0}
			}
		}
	}
	return match{start: i, end: k, value: dt.String(), typ: typeDate, ref: dt}, true
}

// periodTo reports whether the month at j ends a span of figures: "the
// three months to June", "the year to March", "the quarter to September".
func (t *tagger) periodTo(j int) bool {
	if !t.is(j-1, "to") {
		return false
	}
	w := t.word(j - 2)
	return units[w].code != "" && !units[w].time || w == "quarter" || w == "half"
}

// thatYear matches "that year", "the same year", "of that year" at i and
// returns the index after it.
func (t *tagger) thatYear(i int) int {
	j := i
	if t.is(j, "of") {
		j++
	}
	switch {
	case t.is(j, "that") && t.is(j+1, "year"):
		return j + 2
	case t.is(j, "that") && t.is(j+1, "same") && t.is(j+2, "year"):
		return j + 3
	case t.is(j, "the") && t.is(j+1, "same") && t.is(j+2, "year"):
		return j + 3
	}
	return i
}

// relYear matches "this year", "last year", "next year" after a month or
// season name and returns the year and the index after it.
func (t *tagger) relYear(i int) (int, int) {
	j := i
	if t.is(j, "of") {
		j++
	}
	if !t.is(j+1, "year") || !t.dct.ok() {
		return 0, i
	}
	switch t.word(j) {
	case "this":
		return t.dct.y, j + 2
	case "last":
		return t.dct.y - 1, j + 2
	case "next":
		return t.dct.y + 1, j + 2
	}
	return 0, i
}

// dayMonthDate matches "22 March 2023", "the 22nd of March", "22-Mar-2023".
func (t *tagger) dayMonthDate(i int) (match, bool) {
	j := i
	if t.is(j, "the") {
		j++
	}
	d, k := t.dayAt(j)
	if d == 0 {
		return match{}, false
	}
	if t.is(k, "of") {
		k++
	}
	// "4-Mar-2025": day, month and year joined by hyphens
	hyphened := t.is(k, "-") && t.glued(k) && t.glued(k+1)
	if hyphened {
		k++
	}
	m, k2, _ := t.monthAt(k)
	if m == 0 {
		return match{}, false
	}
	if hyphened {
		if !t.is(k2, "-") || !t.glued(k2) || !t.glued(k2+1) {
			return match{}, false
		}
		y, k3 := t.yearAt(k2 + 1)
		if y == 0 {
			return match{}, false
		}
		return t.dayMatch(i, k3, y, m, d)
	}
	y, k3 := t.yearAt(k2)
	if y == 0 && t.is(k2, ",") {
		if y, k3 = t.yearAt(k2 + 1); y == 0 {
			k3 = k2
		}
	} else if y == 0 {
		k3 = k2
	}
	return t.dayMatch(i, k3, y, m, d)
}

// dayMatch is the date of day d of month m told from token i to end: in
// year y where the text gives it (none if there is no such day), else the
// nearest such day to the document's date in the tense of the clause.
func (t *tagger) dayMatch(i, end, y, m, d int) (match, bool) {
	var dt date
	if y != 0 {
		if !valid(y, m, d) {
			return match{}, false
		}
		dt = date{y, m, d}
	} else {
		dt = nearestDay(t.dct, m, d, t.pastTense(i))
		if y := t.frameYear(i); y != 0 && valid(y, m, d) {
			dt = date{y, m, d} // "In 2019, she resigned on March 3"
		}
	}
	return match{start: i, end: end, value: dt.String(), typ: typeDate, ref: dt}, true
}

// dayList matches the second day of "April 24 and 25", in the month and
// year of the first.
func (t *tagger) dayList(i int) (match, bool) {
	d, next := t.dayAt(i)
	if d == 0 || !t.isAny(i-1, "and", "or") {
		return match{}, false
	}
	if p, _, ok := t.number(i - 2); !ok || p < 1 || p > 31 {
		return match{}, false
	}
	m := months[t.word(i-3)]
	if m == 0 && t.is(i-3, ".") {
		m = months[t.word(i-4)]
	}
	if m == 0 || t.day.m != m || !valid(t.day.y, m, d) {
		return match{}, false
	}
	dt := date{t.day.y, m, d}
	return match{start: i, end: next, value: dt.String(), typ: typeDate, ref: dt}, true
}

// ordinalDay matches "on the 18th," in the month last mentioned.
func (t *tagger) ordinalDay(i int) (match, bool) {
	if !t.is(i, "the") || !t.is(i-1, "on") {
		return match{}, false
	}
	d, _, ok := t.number(i + 1)
	if !ok || d < 1 || d > 31 || !t.glued(i+2) || !t.isAny(i+2, "st", "nd", "rd", "th") {
		return match{}, false
	}
	if t.word(i+3) != "" && !t.isAny(i+3, "and", "or", "when", "at") {
		return match{}, false // "on the 18th floor"
	}
	if !t.month.ok() || t.month.m == 0 || !valid(t.month.y, t.month.m, d) {
		return match{start: i, end: i + 3, typ: typeDate}, true
	}
	dt := date{t.month.y, t.month.m, d}
	return match{start: i, end: i + 3, value: dt.String(), typ: typeDate, ref: dt}, true
}

// year matches years ("2019", "fiscal 2023"), decades ("the 1990s",
// "mid-1990s", "the '90s") and rejects numbers that are counts, money or
// identifiers.
func (t *tagger) year(i int) (match, bool) {
	j := t.dateMods(i)
	if t.is(j, "the") && j == i {
		// "the" belongs to a decade only: "the 1990s", "the '90s".
		if !t.quote(j+1) && !(t.is(j+2, "s") && t.glued(j+2)) {
			return match{}, false
		}
		j++
	}
	// "the '90s"
	if t.quote(j) {
		n, d, ok := t.number(j + 1)
		if ok && d == 2 && t.glued(j+1) && t.is(j+2, "s") && t.glued(j+2) && n%10 == 0 {
			v := "19" + pad(n/10, 1) + "X"
			if n < 20 && t.dct.ok() && t.dct.y >= 2000 {
				v = "20" + pad(n/10, 1) + "X"
			}
			return match{start: i, end: j + 3, value: v, typ: typeDate}, true
		}
		return match{}, false
	}
	// A fiscal year: "fiscal 2025", "FY2024", "FY24", told as the
	// year it is numbered by.
	switch {
	case t.word(j) == "fiscal" && t.toks[min(j+1, len(t.toks)-1)].kind == kNum:
		j++
	case budgetYears[t.word(j)] && t.is(j+1, "year") && t.toks[min(j+2, len(t.toks)-1)].kind == kNum:
		j += 2 // "fiscal year 2025", "the financial year 2024-25"
	case t.word(j) == "fy" && t.capital(j):
		n, d, ok := t.number(j + 1)
		if !ok || d != 2 && d != 4 || t.glued(j+2) && t.toks[j+2].kind != kPunct {
			return match{}, false
		}
		if d == 2 {
			n += 2000
		}
		dt := date{n, 0, 0}
		return match{start: i, end: t.spanYears(j+1, n), value: dt.String(), typ: typeDate, ref: dt}, true
	}
	n, d, ok := t.number(j)
	if !ok || d != 4 || n < 1000 || n > 2999 {
		return match{}, false
	}
	// A year that runs into the next, as seasons, budgets and fiscal
	// years do ("the 2022-23 season", "2024/25"): told by its first year.
	if end := t.spanYears(j, n); end > j+1 && (t.toks[j].space || j == 0) && !numberPrefixes[t.word(j-1)] {
		dt := date{n, 0, 0}
		return match{start: i, end: end, value: dt.String(), typ: typeDate, ref: dt}, true
	}
	// Decades and centuries: "1990s", "1800s".
	if t.is(j+1, "s") && t.glued(j+1) {
		v := pad(n/10, 3) + "X"
		if n%100 == 0 {
			v = pad(n/100, 2)
		} else if n%10 != 0 {
			return match{}, false
		}
		return match{start: i, end: j + 2, value: v, typ: typeDate}, true
	}
	if !t.plausibleYear(j, n) {
		return match{}, false
	}
	dt := date{n, 0, 0}
	return match{start: i, end: j + 1, value: dt.String(), typ: typeDate, ref: dt}, true
}

// monthQuarter is the first month of the quarter named at i by its first
// and last months ("April-June quarter", "July to September quarter"), or
// 0, and the index after "quarter".
func (t *tagger) monthQuarter(i int) (int, int) {
	m, k, _ := t.monthAt(i)
	if m == 0 || (m-1)%3 != 0 {
		return 0, i
	}
	if !(t.isAny(k, "-", "\u2013") && t.glued(k) && t.glued(k+1) || t.is(k, "to")) {
		return 0, i
	}
	m2, k2, _ := t.monthAt(k + 1)
	if m2 != m+2 || !t.is(k2, "quarter") {
		return 0, i
	}
	return m, k2 + 1
}

// frameYear is the year a sentence opens with ("In 2019, ...", "During
// 2019, ..."), which frames the months and days it names without a year,
// or 0. A year named later in the sentence frames nothing: "was elected in
// 2019 and resigned in March" tells this March. The frame holds on through
// the paragraph for a later sentence that opens with its own month or day,
// as a chronicle goes on, while no other year is named and nothing is yet
// to come: "In 2019 the mayor resigned. In March, she joined the League" is
// March 2019; "She returned in March" after it is this March.
func (t *tagger) frameYear(i int) int {
	s := i
	for s > 0 && s > i-40 && !t.sentenceEnd(s) {
		s--
	}
	if !t.sentenceEnd(s) {
		return 0
	}
	if y, k := t.openingYear(s); y != 0 && t.is(k, ",") && k < i {
		return y
	}
	if t.toks[s].para || !t.fronted(i) || t.tense(i) > 0 {
		return 0
	}
	// the sentences before, back to the paragraph's start
	for n := 0; s > 0 && n < 6; n++ {
		p := s - 1
		for p > 0 && p > s-80 && !t.sentenceEnd(p) {
			p--
		}
		if !t.sentenceEnd(p) {
			return 0
		}
		if y, _ := t.openingYear(p); y != 0 {
			if t.last != y || t.anchor.y != y {
				return 0 // another time named since
			}
			return y
		}
		if t.toks[p].para {
			return 0
		}
		s = p
	}
	return 0
}

// chronicleYear is the year of the month the text last told, for a bare
// month m at i in a clause of the past that comes later in that year,
// told in the same paragraph: a chronicle goes on through its year ("In
// April of that year he quit the cabinet. His party lost the election in
// September."), where the nearest past September would leap back to the
// years of the news. A month no later than the one told, or one told in
// another paragraph, is left to the news's own reading; 0 then.
func (t *tagger) chronicleYear(i, m, dir int) int {
	a := t.anchor
	if dir >= 0 || t.anchorAt < 0 || a.m == 0 || m <= a.m || a.y == t.dct.y {
		return 0
	}
	for k := t.anchorAt + 1; k <= i; k++ {
		if t.toks[k].para {
			return 0
		}
	}
	return a.y
}

// openingYear is the year of "In 2019" or "During 2019" opening the
// sentence at s, and the index after it; 0 when the sentence opens
// otherwise.
func (t *tagger) openingYear(s int) (int, int) {
	if !t.isAny(s, "in", "during", "throughout") {
		return 0, s
	}
	return t.yearAt(s + 1)
}

// spanYears is the end of a year n at i that runs into the next one
// ("2022-23", "2024/25", "2024/2025"), or i+1.
func (t *tagger) spanYears(i, n int) int {
	if !t.isAny(i+1, "-", "–", "/") || !t.glued(i+1) || !t.glued(i+2) || t.glued(i+3) && t.toks[i+3].kind != kPunct {
		return i + 1
	}
	m, d, ok := t.number(i + 2)
	if ok && (d == 2 && m == (n+1)%100 || d == 4 && m == n+1 && t.is(i+1, "/")) {
		return i + 3
	}
	return i + 1
}

// plausibleYear reports whether the bare four-digit number n at i is a year.
func (t *tagger) plausibleYear(i, n int) bool {
	prev := t.word(i - 1)
	if i > 0 {
		p := t.toks[i-1]
		switch {
		case p.kind == kWord && !t.toks[i].space: // A380, B2019
			return false
		case p.kind == kNum && !t.toks[i].space:
			return false
		case p.kind == kPunct && !t.toks[i].space:
			switch p.low {
			case "$", "£", "€", "¥", "#", "№", "+", ".", ",", ":", "/", "\\", "=", "<", ">", "@", "&", "*", "^", "~", "_", "%":
				return false
			case "-", "\u2013":
				// "post-1959" and "1998-2000" are years; "A-2019" and "10-2019" are not.
				if i > 1 && !t.toks[i-1].space {
					pp := t.toks[i-2]
					if pp.kind == kNum && pp.digits != 4 {
						return false
					}
					if pp.kind == kWord && !datePreps[pp.low] && pp.low != "mid" && pp.low != "post" && pp.low != "pre" && pp.low != "end" && pp.low != "start" {
						return false
					}
				}
			}
		}
	}
	if numberPrefixes[prev] {
		return false
	}
	next := i + 1
	if next < len(t.toks) {
		nt := t.toks[next]
		if nt.kind == kNum || nt.kind == kWord && !nt.space {
			return false
		}
		if nt.kind == kPunct && !nt.space {
			switch nt.low {
			case "%", "$", "€", "£", ":", "/", "+", "=":
				return false
			case ".", ",":
				if next+1 < len(t.toks) && t.toks[next+1].kind == kNum && !t.toks[next+1].space {
					return false // 2019.5, 2019,5
				}
			case "-":
				// "1,000-page" style compounds: a hyphen then a word.
				if w := t.word(next + 1); w != "" && !t.toks[next+1].space && units[w].code == "" {
					return false
				}
			}
		}
		// "1500 police attended" counts; "the 2015 police raid" dates: a
		// definite article before a number of a year's range reads it as
		// the year it names
		if w := t.word(next); countNouns[w] && !t.capital(next) && !(prev == "the" && n >= 1900 && n <= 2099) && !t.openingPrepYear(i, n) || timeZones[w] {
			return false
		}
		if nameHeads[t.word(next)] && t.capital(next) {
			return false // "the 1922 Committee": a name
		}
	}
	if n >= 1900 && n <= 2099 {
		return true
	}
	if datePreps[prev] || months[prev] != 0 || prev == "the" && t.word(i+1) == "" {
		return n >= 1000
	}
	return false
}

// openingPrepYear reports whether the number n at i, in a year's range,
// follows the preposition that opens its sentence: "In 2018 police
// detained four reporters", "By 2021 troops had left" set the time of the
// sentence; a count after an opening preposition is rare ("In 1500 police
// ..." would count them).
func (t *tagger) openingPrepYear(i, n int) bool {
	return n >= 1900 && n <= 2099 && t.sentenceEnd(i-1) && t.isAny(i-1, "in", "during", "since", "until", "by")
}

// timeZones follow military times ("2200 GMT"), which are not years.
var timeZones = map[string]bool{
	"gmt": true, "utc": true, "est": true, "edt": true, "cst": true, "cdt": true,
	"pst": true, "pdt": true, "mst": true, "mdt": true, "bst": true, "cet": true,
	"cest": true, "hrs": true, "hours": true, "local": true, "jst": true, "ist": true,
	"et": true, "pt": true, "ct": true, "mt": true, "ast": true, "adt": true,
	"nst": true, "ndt": true, "aest": true, "aedt": true, "msk": true, "eet": true,
}

// season matches "summer 2023", "the fall of 1998", "spring that year".
func (t *tagger) season(i int) (match, bool) {
	j := t.dateMods(i)
	if t.is(j, "the") {
		j++
	}
	s := seasons[t.word(j)]
	if s == "" {
		return match{}, false
	}
	k := j + 1
	if t.is(k, "of") || t.is(k, ",") {
		k++
	}
	if y, k2 := t.yearAt(k); y != 0 {
		return match{start: i, end: k2, value: pad(y, 4) + "-" + s, typ: typeDate, ref: date{y, 0, 0}}, true
	}
	if end := t.thatYear(j + 1); end > j+1 && t.anchor.ok() {
		return match{start: i, end: end, value: pad(t.anchor.y, 4) + "-" + s, typ: typeDate}, true
	}
	// "in the fall", "in spring", "by late summer": the last one, or the
	// next in a future clause. Only after a preposition and before the end
	// of the phrase, which keeps out "the fall of the government", "a
	// spring in his step" and "in spring water".
	bare := j == i || j > i && t.isAny(i, "early", "late", "mid")
	if (bare || j == i+1 && t.is(i, "the")) && t.isAny(i-1, "in", "during", "over", "by", "until", "through", "since") &&
		(t.word(j+1) == "" || clauseWords[t.word(j+1)] && !t.is(j+1, "of")) {
		if !t.dct.ok() {
			return match{start: i, end: j + 1, typ: typeDate}, true
		}
		start := seasonStart[s]
		y := t.dct.y
		if t.tense(i) > 0 || t.scheduled(i) {
			// a season to come told in its last month, or after it, is
			// next year's: "the court sits again in the spring", written
			// in May
			if t.dct.m >= start+2 {
				y++
			}
		} else if start > t.dct.m {
			y--
		}
		return match{start: i, end: j + 1, value: pad(y, 4) + "-" + s, typ: typeDate}, true
	}
	return match{}, false
}

// quarter matches "the first quarter (of 2023)", "Q3 2022", "the second
// half of the year".
func (t *tagger) quarter(i int) (match, bool) {
	j := i
	if t.is(j, "the") {
		j++
	}
	var n, k int
	code := "Q"
	mq, mqEnd := t.monthQuarter(j)
	switch {
	case t.isAny(j, "q", "h") && t.capital(j):
		// "Q3", "H1"
		q, d, ok := t.number(j + 1)
		if t.is(j, "h") {
			code = "H"
		}
		if !ok || d != 1 || q < 1 || q > 4 || code == "H" && q > 2 || !t.glued(j+1) || t.glued(j+2) && t.toks[j+2].kind != kPunct {
			return match{}, false
		}
		n, k = q, j+2
		if y, _ := t.yearAt(k); code == "H" && y == 0 {
			return match{}, false // "H2" is also hydrogen: a half needs its year ("H1 2024")
		}
	case mq > 0:
		// "the April-June quarter", "the July to September quarter"
		n, k = (mq-1)/3+1, mqEnd
	default:
		o := ordinals[t.word(j)]
		if o == 0 {
			if q, d, ok := t.number(j); ok && d == 1 && t.glued(j+1) && t.isAny(j+1, "st", "nd", "rd", "th") {
				o, j = q, j+1
			} else {
				return match{}, false
			}
		}
		switch t.word(j + 1) {
		case "quarter":
			if o < 0 {
				o = 4
			}
		case "half":
			code = "H"
			if o < 0 {
				o = 2
			}
		default:
			return match{}, false
		}
		if o < 1 || code == "Q" && o > 4 || code == "H" && o > 2 {
			return match{}, false
		}
		n, k = o, j+2
	}
	// The year: explicit, "of this/last/next year", or the publication
	// year, the year before for a period still to come in a past clause.
	y := t.dct.y
	end := k
	k2 := k
	if t.is(k2, "of") || t.is(k2, ",") {
		k2++
	}
	first := (n - 1) * 3 // months before the period starts
	if code == "H" {
		first = (n - 1) * 6
	}
	yy, k3 := t.yearAt(k2)
	switch {
	case yy != 0:
		y, end = yy, k3
	case t.isAny(k2, "this", "last", "next", "that") && t.is(k2+1, "year"):
		switch t.word(k2) {
		case "last":
			y--
		case "next":
			y++
		case "that":
			y = t.anchor.y
		}
		if !t.dct.ok() && t.word(k2) != "that" {
			y = 0
		}
		end = k2 + 2
	case t.is(k2, "the") && t.is(k2+1, "year"):
		end = k2 + 2
	default:
		if y != 0 && first >= t.dct.m && t.tense(i) < 0 {
			y--
		}
	}
	if y == 0 {
		return match{start: i, end: end, typ: typeDate}, true
	}
	return match{start: i, end: end, value: pad(y, 4) + "-" + code + pad(n, 1), typ: typeDate}, true
}

// century matches "the 20th century", "the nineteenth century".
func (t *tagger) century(i int) (match, bool) {
	j := i
	if t.is(j, "the") {
		j++
	}
	n := ordinals[t.word(j)]
	k := j + 1
	if n <= 0 {
		if c, d, ok := t.number(j); ok && d <= 2 && t.glued(j+1) && t.isAny(j+1, "st", "nd", "rd", "th") {
			n, k = c, j+2
		}
	}
	if n <= 0 || !t.isAny(k, "century") {
		return match{}, false
	}
	return match{start: i, end: k + 1, value: pad(n-1, 2), typ: typeDate}, true
}
