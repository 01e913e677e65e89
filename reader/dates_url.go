package reader

import (
	"net/url"
	"regexp"
	"strconv"
)

// urlDates are the ways a URL's path states a day: /2019/05/31/,
// /2019-05-31-slug, /20190531/. A year and month alone (/2019/05/slug) is
// no day, and anchoring "on Wednesday" to the first of the month would be
// worse than no date, so it is not read.
var urlDates = []*regexp.Regexp{
	regexp.MustCompile(`(?:^|/)((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$|[^\d])`),
	regexp.MustCompile(`(?:^|[/_-])((?:19|20)\d\d)[-_](0[1-9]|1[0-2])[-_](0[1-9]|[12]\d|3[01])(?:$|[^\d])`),
	regexp.MustCompile(`(?:^|[/_-])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:$|[/_.-])`),
}

// urlDate is the day the path of rawURL states, or "".
func urlDate(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil || rawURL == "" {
		return ""
	}
	for _, re := range urlDates {
		if m := re.FindStringSubmatch(u.Path); m != nil {
			y, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			d, _ := strconv.Atoi(m[3])
			if s := webEra(day(y, mo, d)); s != "" {
				return s
			}
		}
	}
	return ""
}
