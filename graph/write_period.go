package graph

import (
	"strconv"
	"strings"
	"time"
)

// Period returns the first and last day (YYYY-MM-DD) of the calendar period a
// TIMEX3 value names: a day ("2023-03-22", also "2023-03-22TEV"), a month
// ("2021-02"), a quarter ("2021-Q3"), an ISO week ("2023-W12") or a year
// ("2021"). Durations and references (P3D, PRESENT_REF) name no period: ok
// is false. Events sort and range-filter on these days, and a day falls
// inside a month exactly when its period nests in the month's.
func Period(value string) (start, end string, ok bool) {
	v := strings.TrimSpace(value)
	if i := strings.IndexByte(v, 'T'); i == 10 {
		v = v[:10] // part of day or a time: the day is the period
	}
	day := func(t time.Time) string { return t.Format(time.DateOnly) }
	switch {
	case len(v) == 10:
		t, err := time.Parse(time.DateOnly, v)
		if err != nil {
			return "", "", false
		}
		return day(t), day(t), true
	case len(v) == 7 && v[5] == 'Q':
		y, err1 := strconv.Atoi(v[:4])
		q, err2 := strconv.Atoi(v[6:])
		if err1 != nil || err2 != nil || q < 1 || q > 4 {
			return "", "", false
		}
		t := time.Date(y, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)
		return day(t), day(t.AddDate(0, 3, -1)), true
	case len(v) == 7 && v[4] == '-':
		t, err := time.Parse("2006-01", v)
		if err != nil {
			return "", "", false
		}
		return day(t), day(t.AddDate(0, 1, -1)), true
	case len(v) == 8 && v[5] == 'W':
		y, err1 := strconv.Atoi(v[:4])
		w, err2 := strconv.Atoi(v[6:])
		if err1 != nil || err2 != nil || w < 1 || w > 53 {
			return "", "", false
		}
		// ISO week 1 holds January 4th; weeks start on Monday.
		jan4 := time.Date(y, time.January, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
		return day(monday), day(monday.AddDate(0, 0, 6)), true
	case len(v) == 4:
		y, err := strconv.Atoi(v)
		if err != nil {
			return "", "", false
		}
		return strconv.Itoa(y) + "-01-01", strconv.Itoa(y) + "-12-31", y >= 1000
	}
	return "", "", false
}

// Precision names the period a TIMEX value gives: "day", "week", "month",
// "quarter" or "year"; "" for none Period reads.
func Precision(value string) string {
	v := strings.TrimSpace(value)
	if _, _, ok := Period(v); !ok {
		return ""
	}
	switch {
	case len(v) >= 10:
		return "day"
	case len(v) == 7 && v[5] == 'Q':
		return "quarter"
	case len(v) == 7:
		return "month"
	case len(v) == 8:
		return "week"
	}
	return "year"
}

// periodBound is how a fact keeps one article's bound of its validity: the
// first (start) or last day of the period value names, with its precision,
// "2019-01-01~year"; "" when value names no period.
func periodBound(value string, start bool) string {
	first, last, ok := Period(value)
	if !ok {
		return ""
	}
	if !start {
		first = last
	}
	return first + "~" + Precision(value)
}
