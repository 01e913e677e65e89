package timex

// inName reports whether the expression m is a word of a capitalised name
// rather than a time: "Justice Now", "the Orlen Daily", "Tarsk Weekly",
// "the Now Alliance". Its words are all capitalised, none is a calendar
// name that is capitalised anyway ("Monday", "March", "Christmas"), it
// does not open its sentence ("Now the party says"), and a capitalised
// word stands next to it. A line set in title case throughout, as
// headlines are, tells nothing by its capitals and keeps its times.
func (t *tagger) inName(m match) bool {
	for k := m.start; k < m.end; k++ {
		if !t.capital(k) || t.calendarName(t.word(k)) {
			return false
		}
	}
	if t.sentenceEnd(m.start) {
		return false
	}
	if !t.capital(m.start-1) && !t.capital(m.end) {
		return false
	}
	return !t.titleCaseLine(m.start)
}

// calendarName reports whether w names a month, a weekday or a holiday,
// words written with a capital wherever they stand.
func (t *tagger) calendarName(w string) bool {
	_, month := months[w]
	_, weekday := weekdays[w]
	_, holiday := holidays[w]
	_, phrase := holidayPhrases[w]
	return month || weekday || holiday || phrase
}

// titleCaseLine reports whether the line holding token i has no
// lower-case word of more than three letters: a headline in title case.
func (t *tagger) titleCaseLine(i int) bool {
	lo, hi := i, i+1
	for lo > 0 && !t.toks[lo].para {
		lo--
	}
	for hi < len(t.toks) && !t.toks[hi].para {
		hi++
	}
	for k := lo; k < hi; k++ {
		if t.toks[k].kind == kWord && !t.capital(k) && t.toks[k].end-t.toks[k].start > 3 {
			return false
		}
	}
	return true
}
