package timex

import (
	"testing"
	"time"
)

// Cases from the extract engineer's notes: a weekday in a past-tense report
// is the last such day, even when a later clause looks ahead; a month in a
// future "when" clause is the next one.
func TestTenseOfBareDates(t *testing.T) {
	friday := time.Date(1999, 10, 8, 0, 0, 0, 0, time.UTC)
	check(t, "Police said they detained Ivo Dorn at the port in the early hours of Thursday morning as he was about to be deported.", friday,
		[]want{{"Thursday morning", "1999-10-07TMO"}})
	wednesday := time.Date(2024, 5, 8, 0, 0, 0, 0, time.UTC)
	check(t, "Dorn pleaded guilty on Monday. He faces prison when he is sentenced in September.", wednesday,
		[]want{{"Monday", "2024-05-06"}, {"September", "2024-09"}})
	// a reporting verb in the past with its hearers between it and the day
	// tells of the last such day, whatever the reported clause promises
	monday := time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC)
	check(t, "Premier Orla Vinter told reporters on Sunday that she would respect the result.", monday,
		[]want{{"Sunday", "2025-05-11"}})
	// however far back the verb of telling stands, the tense of the
	// "that" clause after the day is not the day's
	check(t, "Premier Orla Vinter told reporters in Velmora on Sunday that she would respect the result.", monday,
		[]want{{"Sunday", "2025-05-11"}})
	check(t, "Orla Vinter said in an interview with the Velmora Herald on Friday that she would stand.", monday,
		[]want{{"Friday", "2025-05-09"}})
	// a "that" clause after a day with no verb of telling before it keeps
	// its reading: the day of a meeting that will decide is to come
	check(t, "The summit on Friday that will decide the budget is the first.", monday,
		[]want{{"Friday", "2025-05-16"}})
}

// A day after a noun that a past verb governs is the day the noun's act
// was done, though a clause on the noun after the day looks ahead; a
// noun set for a time by "for", or a verb that sets one, keeps the clause's
// reading.
func TestDayBeforeRelativeClauseOnDoneNoun(t *testing.T) {
	monday := time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC)
	check(t, "Voters in Kastel held a referendum on Sunday that will limit presidential terms to two.", monday,
		[]want{{"Sunday", "2025-05-11"}})
	check(t, "The Marsk assembly passed a law on Thursday which will ban night rallies.", monday,
		[]want{{"Thursday", "2025-05-08"}})
	check(t, "Delegates gathered for the summit on Friday that will decide the budget.", monday,
		[]want{{"Friday", "2025-05-16"}})
	check(t, "Premier Orla Vinter called a vote on Sunday that will decide her future.", monday,
		[]want{{"Sunday", "2025-05-18"}})
}

// A day inside a relative aside takes the tense of the aside's own verb,
// not of the verb after the comma that closes it; with no aside, a day
// before an intent looks ahead.
func TestDayInsideRelativeAside(t *testing.T) {
	monday := time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC)
	check(t, "Orla Vinter, who was sworn in as premier on Thursday, promised to cut taxes.", monday,
		[]want{{"Thursday", "2025-05-08"}})
	check(t, "The bill, which parliament passed on Friday, is expected to take effect in June.", monday,
		[]want{{"Friday", "2025-05-09"}, {"June", "2025-06"}})
	check(t, "Orla Vinter promised to cut taxes on Thursday, her spokesman said.", monday,
		[]want{{"Thursday", "2025-05-15"}})
}
