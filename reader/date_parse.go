package reader

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// NormalizeDate turns the usual publication date layouts into YYYY-MM-DD;
// it returns "" for what it cannot read. A date with a time and an offset
// keeps the day as written there, the publisher's local day, which is the
// day "yesterday" in the article counts from.
func NormalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, layout := range []string{
		time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, "Mon, 2 Jan 2006 15:04:05 -0700",
		"Mon, 2 Jan 2006 15:04:05 MST", "Mon, 02 Jan 2006", "Mon, 2 Jan 2006",
	} {
		if t, err := time.Parse(layout, s); err == nil {
			return day(t.Year(), int(t.Month()), t.Day())
		}
	}
	for _, p := range numericDates {
		if m := p.re.FindStringSubmatch(s); m != nil {
			y, _ := strconv.Atoi(m[p.y])
			mo, _ := strconv.Atoi(m[p.m])
			d, _ := strconv.Atoi(m[p.d])
			return day(y, mo, d)
		}
	}
	if m := unixSeconds.FindStringSubmatch(s); m != nil {
		n, _ := strconv.ParseInt(m[1], 10, 64)
		t := time.Unix(n, 0).UTC()
		return day(t.Year(), int(t.Month()), t.Day())
	}
	return namedMonthDate(s)
}

// numericDates are the all-digit layouts, each anchored at the start of the
// string so that what follows (a time, an offset, a zone name) is ignored.
// Day-month order is only read where it is unambiguous: "31.05.2019" and
// "31-05-2019" are European forms; "05/06/2019" is left unread.
var numericDates = []struct {
	re      *regexp.Regexp
	y, m, d int
}{
	{regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[^\d])`), 1, 2, 3},
	{regexp.MustCompile(`^(\d{4})/(\d{1,2})/(\d{1,2})(?:$|[^\d])`), 1, 2, 3},
	{regexp.MustCompile(`^(\d{4})\.(\d{1,2})\.(\d{1,2})(?:$|[^\d])`), 1, 2, 3},
	{regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(?:$|T|\s)`), 1, 2, 3},
	{regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:$|[^\d])`), 3, 2, 1},
	{regexp.MustCompile(`^(\d{1,2})-(\d{1,2})-(\d{4})(?:$|[^\d])`), 3, 2, 1},
}

// unixSeconds is a Unix time in seconds, as some CMSs put in meta tags.
var unixSeconds = regexp.MustCompile(`^(1\d{9})$`)

// day is y-m-d as YYYY-MM-DD, or "" when that day does not exist.
func day(y, m, d int) string {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 {
		return ""
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31 April rolled over into May
		return ""
	}
	return t.Format("2006-01-02")
}

// monthNames are month names and their usual abbreviations in the
// languages of most of the news polgraph is fed (English, German, French,
// Spanish, Italian, Dutch, Portuguese), lowercased, without a final dot.
var monthNames = map[string]int{}

func init() {
	for m, names := range [12]string{
		"january jan januar janvier enero ene gennaio genn gen januari janeiro jänner jän",
		"february feb februar févr février fevrier febrero febbraio februari fevereiro fev",
		"march mar märz mär mrz mars marzo maart março",
		"april apr avril avr abril aprile",
		"may mai mayo maggio mag mei maio",
		"june jun juni juin junio giugno giu junho",
		"july jul juli juillet juil julio luglio lug julho",
		"august aug août aout agosto ago augustus",
		"september sep sept septembre septiembre settembre set setembro",
		"october oct oktober octobre octubre ottobre ott okt outubro out",
		"november nov novembre noviembre novembro",
		"december dec dez dezember décembre decembre déc diciembre dic dicembre desember dezembro",
	} {
		for _, n := range strings.Fields(names) {
			monthNames[n] = m + 1
		}
	}
}

var (
	dayMonthYear = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s*(?:de\s+)?([\p{L}]{3,})\.?,?\s*(?:de\s+)?(\d{4})\b`)
	monthDayYear = regexp.MustCompile(`(?i)\b([\p{L}]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
)

// namedMonthDate reads "2 January 2019", "2. Januar 2019", "2 de enero de
// 2019", "January 2, 2019" and "Jan. 2, 2019", with a weekday or a time
// around them.
func namedMonthDate(s string) string {
	if m := dayMonthYear.FindStringSubmatch(s); m != nil {
		if mo, ok := monthNames[strings.ToLower(m[2])]; ok {
			d, _ := strconv.Atoi(m[1])
			y, _ := strconv.Atoi(m[3])
			return day(y, mo, d)
		}
	}
	if m := monthDayYear.FindStringSubmatch(s); m != nil {
		if mo, ok := monthNames[strings.ToLower(m[1])]; ok {
			d, _ := strconv.Atoi(m[2])
			y, _ := strconv.Atoi(m[3])
			return day(y, mo, d)
		}
	}
	return ""
}
