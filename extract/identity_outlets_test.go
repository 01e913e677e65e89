package extract

import "testing"

// Wire copy cites national news agencies as its sources ("LETA reported",
// "quoted by BelTA"): each is an outlet, never a person, and where two
// countries' outlets share a name or an acronym ("APA" in Austria and
// Azerbaijan, "NTV" in Japan and Russia) the article's countries choose.
func TestOutletsByCountry(t *testing.T) {
	vienna := "VIENNA, May 2 (Reuters) - Austria's chancellor Karl Weninger said on Monday the talks had failed, APA reported."
	baku := "BAKU, May 2 (Reuters) - Azerbaijan's foreign minister Elnur Mammadli said on Monday the talks had failed, APA reported."
	moscow := "MOSCOW, May 2 (Reuters) - Russia's deputy foreign minister Pavel Orlin said on Monday the talks had failed, NTV reported."
	tokyo := "TOKYO, May 2 (Reuters) - Japan's foreign minister Kenji Arata said on Monday the talks had failed, NTV reported."
	riga := "RIGA, May 2 (Reuters) - Latvia expelled two Russian diplomats on Tuesday, LETA reported. Lithuanian Foreign Minister Ona Valaite said the move was justified, BNS reported."
	moscowJapan := "MOSCOW, May 2 (Reuters) - Japan's foreign minister Kenji Arata arrived on Monday. Japan and Russia disagreed over the islands, Japan said. NTV showed the talks."
	minsk := "Belarus closed two border crossings, Deputy Interior Minister Ales Kravets said, quoted by BelTA. Estonia summoned the Belarusian envoy, ERR News reported."
	tests := []idCase{
		{"an acronym two countries' agencies share, in a story from one", vienna, "APA", 0, "organization/austria-presse-agentur"},
		{"the same acronym in a story from the other", baku, "APA", 0, "organization/azerbaijan-press-agency"},
		{"a broadcaster's name shared, in a Moscow story", moscow, "NTV", 0, "organization/ntv-russia"},
		{"a Moscow story that names Japan more", moscowJapan, "NTV", 0, "organization/ntv-russia"},
		{"the same name in a Tokyo story", tokyo, "NTV", 0, "organization/nippon-television"},
		{"a national agency that reported", riga, "LETA", 0, "organization/leta"},
		{"a national agency's acronym", riga, "BNS", 0, "organization/baltic-news-service"},
		{"an agency that quoted", minsk, "BelTA", 0, "organization/belta"},
		{"a broadcaster's news service", minsk, "ERR News", 0, "organization/err"},
	}
	checkIDs(t, tests)
}
