package timex

import (
	"strconv"
	"time"
)

// date is a calendar date of known precision: m and d are 0 when the date
// is known only to the year or to the month; y is 0 when unknown.
type date struct{ y, m, d int }

func (d date) ok() bool { return d.y != 0 }

// within reports whether d is a coarser telling of e, or e itself: 2019
// and March 2019 are within 3 March 2019, April 2019 is not.
func (d date) within(e date) bool {
	return d.y == e.y && (d.m == 0 || d.m == e.m) && (d.d == 0 || d.d == e.d)
}

func (d date) time() time.Time {
	return time.Date(d.y, time.Month(d.m), d.d, 12, 0, 0, 0, time.UTC)
}

func fromTime(t time.Time) date { return date{t.Year(), int(t.Month()), t.Day()} }

// addDays moves a full date by n days.
func (d date) addDays(n int) date { return fromTime(d.time().AddDate(0, 0, n)) }

// addMonths moves a date by n months, keeping month precision.
func (d date) addMonths(n int) date {
	m := d.y*12 + d.m - 1 + n
	return date{m / 12, m%12 + 1, 0}
}

func (d date) weekday() int { return int(d.time().Weekday()) }

func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// String writes the date at its own precision.
func (d date) String() string {
	switch {
	case d.y == 0:
		return ""
	case d.m == 0:
		return pad(d.y, 4)
	case d.d == 0:
		return pad(d.y, 4) + "-" + pad(d.m, 2)
	}
	return pad(d.y, 4) + "-" + pad(d.m, 2) + "-" + pad(d.d, 2)
}

// week writes the ISO 8601 week of a full date.
func (d date) week() string {
	y, w := d.time().ISOWeek()
	return pad(y, 4) + "-W" + pad(w, 2)
}

// valid reports whether y-m-d exists in the calendar.
func valid(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC).Day() == d
}

// yearFor picks the year of month m mentioned without one. News speaks
// mostly of the recent past and the near future: a month a little after the
// reference month is still this year even in a past-tense clause ("has
// invited ministers to a ceremony on March 12"), a month well after it is
// last year's. A dir below -1 is a clause that tells a thing done ("lost the
// June referendum"): any month after the reference month is last year's.
// A time a past act looked ahead to (aheadOfPast) is the nearest month of
// its name, before or after.
func yearFor(ref date, m, dir int) int {
	diff, y := m-ref.m, ref.y
	switch {
	case dir == aheadOfPast:
		if diff < -6 {
			y++
		} else if diff > 6 {
			y--
		}
	case dir > 0:
		if diff < -1 {
			y++
		}
	case dir < -1:
		if diff > 0 {
			y--
		}
	case dir < 0:
		if diff > 2 {
			y--
		}
	default:
		if diff > 4 {
			y--
		} else if diff < -8 {
			y++
		}
	}
	return y
}

// nearestDay dates a month and day given without a year.
func nearestDay(ref date, m, d, dir int) date {
	if !ref.ok() || ref.m == 0 {
		return date{}
	}
	y := yearFor(ref, m, dir)
	if !valid(y, m, d) {
		return date{}
	}
	return date{y, m, d}
}

// nearestMonth dates a month given without a year.
func nearestMonth(ref date, m, dir int) date {
	if !ref.ok() || ref.m == 0 {
		return date{}
	}
	return date{yearFor(ref, m, dir), m, 0}
}

// nearestWeekday finds weekday wd relative to ref: the last one on or before
// ref (dir <= 0), or the next one on or after it (dir > 0). strict excludes
// ref itself ("last Friday" said on a Friday is a week ago).
func nearestWeekday(ref date, wd, dir int, strict bool) date {
	if !ref.ok() || ref.d == 0 {
		return date{}
	}
	diff := wd - ref.weekday()
	if dir > 0 {
		if diff < 0 || diff == 0 && strict {
			diff += 7
		}
	} else {
		if diff > 0 || diff == 0 && strict {
			diff -= 7
		}
	}
	return ref.addDays(diff)
}

// easter returns Easter Sunday of year y (anonymous Gregorian algorithm).
func easter(y int) date {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date{y, month, day}
}

// nthWeekday returns the n-th weekday wd of month m in year y; n < 0 counts
// from the end of the month.
func nthWeekday(y, m, wd, n int) date {
	if n > 0 {
		first := date{y, m, 1}
		diff := (wd - first.weekday() + 7) % 7
		return first.addDays(diff + 7*(n-1))
	}
	last := date{y, m, 1}.addMonths(1)
	last = date{last.y, last.m, 1}.addDays(-1)
	diff := (last.weekday() - wd + 7) % 7
	return last.addDays(-diff)
}
