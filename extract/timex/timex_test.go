package timex

import (
	"strings"
	"testing"
	"time"
)

// thursday is the publication date of most cases: Thursday 23 March 2023.
var thursday = time.Date(2023, 3, 23, 0, 0, 0, 0, time.UTC)

type want struct{ text, value string }

func check(t *testing.T, text string, dct time.Time, wants []want) {
	t.Helper()
	got := Tag(text, dct)
	var g []want
	for _, e := range got {
		g = append(g, want{e.Text, e.Value})
	}
	if len(g) != len(wants) {
		t.Errorf("Tag(%q)\n got %q\nwant %q", text, g, wants)
		return
	}
	for i := range g {
		if g[i] != wants[i] {
			t.Errorf("Tag(%q)\n got %q\nwant %q", text, g, wants)
			return
		}
	}
}

func TestSeedPhrases(t *testing.T) {
	text := "The senator quit the caucus on Wednesday evening. Earlier in the day a paper " +
		"reported that she had met an envoy in February 2021. In September that year, the " +
		"two sailors were freed after almost 1000 days in detention. They had been seized in " +
		"December 2018. She has featured in reports recently, over the 2019 and 2021 Federal elections."
	check(t, text, thursday, []want{
		{"Wednesday evening", "2023-03-22TEV"},
		{"Earlier in the day", "2023-03-22"},
		{"February 2021", "2021-02"},
		{"September that year", "2021-09"},
		{"almost 1000 days", "P1000D"},
		{"December 2018", "2018-12"},
		{"recently", "PAST_REF"},
		{"2019", "2019"},
		{"2021", "2021"},
	})
}

func TestTag(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		// Absolute dates in the usual news forms.
		{"The vote was held on March 22, 2023.", []want{{"March 22, 2023", "2023-03-22"}}},
		{"It opened on 22 March 2023 in Ottawa.", []want{{"22 March 2023", "2023-03-22"}}},
		{"The deadline passed on Mar. 2 and again on Sept. 5.", []want{{"Mar. 2", "2023-03-02"}, {"Sept. 5", "2022-09-05"}}},
		{"The filing is dated 2023-03-22.", []want{{"2023-03-22", "2023-03-22"}}},
		{"Talks began in March 2021.", []want{{"March 2021", "2021-03"}}},
		{"Prices rose in 2019, the agency said.", []want{{"2019", "2019"}}},
		{"He emigrated in the mid-1990s.", []want{{"mid-1990s", "199X"}}},
		{"It was a hit in the '80s.", []want{{"the '80s", "198X"}}},
		{"The reform of 1848 lasted.", []want{{"1848", "1848"}}},
		{"The summit is on Monday, April 3.", []want{{"Monday, April 3", "2023-04-03"}}},
		{"Ministers meet on April 24 and 25.", []want{{"April 24", "2023-04-24"}, {"25", "2023-04-25"}}},
		{"Turnout fell in the summer of 2022.", []want{{"the summer of 2022", "2022-SU"}}},
		{"Profits fell in the first quarter of 2022.", []want{{"the first quarter of 2022", "2022-Q1"}}},
		{"It ended in the 19th century.", []want{{"the 19th century", "18"}}},
		// Months without a year lean to the past, or the future when the clause does.
		{"The party lost ground in November.", []want{{"November", "2022-11"}}},
		{"The party will hold a vote in May.", []want{{"May", "2023-05"}}},
		{"The court will rule in January.", []want{{"January", "2024-01"}}},
		{"The plan was adopted in early October this year.", []want{{"early October this year", "2023-10"}}},
		// Weekdays.
		{"The minister resigned on Wednesday.", []want{{"Wednesday", "2023-03-22"}}},
		// a strike or a protest called or set "for" a day is to come, whatever the tense
		{"The dockers' union called a general strike for Tuesday.", []want{{"Tuesday", "2023-03-28"}}},
		{"Students announced a protest for Monday.", []want{{"Monday", "2023-03-27"}}},
		{"The minister resigned Thursday.", []want{{"Thursday", "2023-03-23"}}},
		{"The minister will resign on Monday.", []want{{"Monday", "2023-03-27"}}},
		{"The committee met last Friday.", []want{{"last Friday", "2023-03-17"}}},
		{"She urged him to resign by Friday.", []want{{"Friday", "2023-03-24"}}}, // a deadline on an infinitive is to come
		{"By Friday, the protests had ended.", []want{{"Friday", "2023-03-17"}}},
		{"Ana Holm remained in custody until her release on Friday.", []want{{"Friday", "2023-03-17"}}}, // an end told by its event: the verb's tense
		{"Talks will continue until Friday.", []want{{"Friday", "2023-03-24"}}},
		{"Ana Holm sought support from Germany on Tuesday for the plan.", []want{{"Tuesday", "2023-03-21"}}}, // "the plan" is a noun
		{"Ana Holm plans to visit Germany on Tuesday.", []want{{"Tuesday", "2023-03-28"}}},
		// "to" before a determiner is a preposition: a thing agreed, done that day
		{"The two sides agreed to a ceasefire on Friday.", []want{{"Friday", "2023-03-17"}}},
		{"Ivo Dorn met union leaders on Monday evening and agreed to a pay rise.", []want{{"Monday evening", "2023-03-20TEV"}}},
		{"The two sides agreed to meet again on Friday.", []want{{"Friday", "2023-03-24"}}},
		{"Dockers vow to strike on Monday.", []want{{"Monday", "2023-03-27"}}}, // a present intent, as a headline tells it
		{"Ana Holm threatens to resign on Friday.", []want{{"Friday", "2023-03-24"}}},
		{"Ana Holm met Ivo Dorn in Geneva on Friday, and the two agreed to cut tariffs.", []want{{"Friday", "2023-03-17"}}}, // an intent in a clause joined after a comma is not the meeting's
		{"I look forward to our talks on Tuesday, and would be glad to help.", []want{{"Tuesday", "2023-03-28"}}},           // a verb joined after a comma goes on with the same subject
		{"The committee meets next Thursday.", []want{{"next Thursday", "2023-03-30"}}},
		{"Polls opened Tuesday at 9 a.m.", []want{{"Tuesday at 9 a.m.", "2023-03-21T09:00"}}},
		{"The strike starts at 10:30 p.m. Friday, union leaders said.", []want{{"10:30 p.m. Friday", "2023-03-24T22:30"}}},
		// a fronted time is its clause's verb's, however far: the telling's
		{"In a statement on Tuesday, the Harvest Party of Velmoria said it would vote against the budget.", []want{{"Tuesday", "2023-03-21"}}},
		{"On Tuesday, the committee will vote on the budget, the minister said.", []want{{"Tuesday", "2023-03-28"}}},
		// Relative to the publication date.
		{"Today the bill passed; yesterday it stalled; tomorrow it is signed.", []want{{"Today", "2023-03-23"}, {"yesterday", "2023-03-22"}, {"tomorrow", "2023-03-24"}}},
		{"Protesters gathered tonight.", []want{{"tonight", "2023-03-23TNI"}}},
		{"The mayor spoke this morning.", []want{{"this morning", "2023-03-23TMO"}}},
		{"Sales fell this week, last month and this year.", []want{{"this week", "2023-W12"}, {"last month", "2023-02"}, {"this year", "2023"}}},
		{"A review follows next month.", []want{{"next month", "2023-04"}}},
		{"The party was founded two years ago.", []want{{"two years ago", "2021"}}},
		{"Prices rose earlier this month.", []want{{"earlier this month", "2023-03"}}},
		{"Rates were cut last year.", []want{{"last year", "2022"}}},
		{"Crime fell last fall.", []want{{"last fall", "2022-FA"}}},
		{"The mine closed 11 days ago.", []want{{"11 days ago", "2023-03-12"}}},
		{"The plant shut six weeks ago.", []want{{"six weeks ago", "2023-W06"}}},
		// Anchored to the last date mentioned.
		{"She won in 2015. That year the party split.", []want{{"2015", "2015"}, {"That year", "2015"}}},
		{"He arrived on June 3, 2020, and left the same month.", []want{{"June 3, 2020", "2020-06-03"}, {"the same month", "2020-06"}}},
		{"He arrived on June 3, 2020. The next day he left.", []want{{"June 3, 2020", "2020-06-03"}, {"The next day", "2020-06-04"}}},
		{"The raid was on May 4, 2021. Three days later, police left.", []want{{"May 4, 2021", "2021-05-04"}, {"Three days later", "2021-05-07"}}},
		{"She won a seat in 2011. Three years later the premier appointed her.", []want{{"2011", "2011"}, {"Three years later", "2014"}}},
		{"The count ended two days later than planned.", []want{{"two days", "P2D"}}},
		// a span finer than the last date told keeps that date's precision
		{"Police arrested her in March 2019. She was freed three days later.", []want{{"March 2019", "2019-03"}, {"three days later", "2019-03"}}},
		{"She was elected in 2014. She quit three months later.", []want{{"2014", "2014"}, {"three months later", "2014"}}},
		{"She was elected in 2014. That autumn the party split.", []want{{"2014", "2014"}, {"That autumn", "2014-FA"}}},
		// an anchored unit finer than the last date told keeps that date's
		// precision, not the day or month told before it
		{"She was elected in 2018. The following month she named a deputy.", []want{{"2018", "2018"}, {"The following month", "2018"}}},
		{"He was held on May 3, 2016. In 2019 he won, and he took office the same month.", []want{{"May 3, 2016", "2016-05-03"}, {"2019", "2019"}, {"the same month", "2019"}}},
		{"He was arrested in June. His party expelled him the following day.", []want{{"June", "2022-06"}, {"the following day", "2022-06"}}},
		{"He was arrested in June. He was charged the following month.", []want{{"June", "2022-06"}, {"the following month", "2022-07"}}},
		{"She met the envoy in March and May 2021.", []want{{"March", "2021-03"}, {"May 2021", "2021-05"}}},
		{"On May 4, 2021 at 10:35 a.m. the plane landed.", []want{{"May 4, 2021", "2021-05-04"}, {"10:35 a.m.", "2021-05-04T10:35"}}},
		// Durations.
		{"The siege lasted three years.", []want{{"three years", "P3Y"}}},
		{"The talks took a decade.", []want{{"a decade", "P10Y"}}},
		{"He slept for 5 1/2 hours.", []want{{"5 1/2 hours", "PT5H30M"}}},
		{"The 16-hour flight landed.", []want{{"16-hour", "PT16H"}}},
		{"Inflation rose in the past two months.", []want{{"the past two months", "P2M"}}},
		{"Rents have risen for years.", []want{{"years", "PXY"}}},
		{"They waited at least 72 hours.", []want{{"at least 72 hours", "PT72H"}}},
		{"The inquiry ran for twenty-five days.", []want{{"twenty-five days", "P25D"}}},
		{"The ban stood over the past decade.", []want{{"the past decade", "P10Y"}}},
		// Sets.
		{"The paper is printed daily and the board meets every year.", []want{{"daily", "P1D"}, {"every year", "P1Y"}}},
		{"The recordings were published by the daily Jurnalul Nou.", nil},
		{"The council meets twice a month.", []want{{"twice a month", "P1M"}}},
		// References.
		{"The party is now in opposition and currently leads polls.", []want{{"now", "PRESENT_REF"}, {"currently", "PRESENT_REF"}}},
		{"Such deals failed in the past; in the future they may not.", []want{{"the past", "PAST_REF"}, {"the future", "FUTURE_REF"}}},
		// Holidays.
		{"The deal was signed on Christmas Eve 2019.", []want{{"Christmas Eve 2019", "2019-12-24"}}},
		{"Voters met last Thanksgiving.", []want{{"last Thanksgiving", "2022-11-24"}}},
	}
	for _, tt := range tests {
		check(t, tt.text, thursday, tt.wants)
	}
}

func TestNotTimes(t *testing.T) {
	for _, text := range []string{
		"You may leave if the crowds march on the capital.",
		"The fund paid $2019 to each of 2000 troops.",
		"Flight 2019 landed with 1,998 passengers.",
		"The 44-year-old mayor spoke to 1500 people.",
		"He scored 2021 points and bought a Boeing 737.",
		"Sales rose 12.5% to 2,021 units.",
		"Room 1984 is on the second floor.",
		"He watched 60 Minutes and High Noon.",
		"Call 555-2019 for details.",
		"The next step is a second vote.",
		"Letters went to the chairman of the party's 1922 Committee.",
	} {
		if got := Tag(text, thursday); len(got) != 0 {
			t.Errorf("Tag(%q) = %+v, want nothing", text, got)
		}
	}
}

func TestNoPublicationDate(t *testing.T) {
	check(t, "The minister resigned on Wednesday, two years ago, after a vote in March 2021.", time.Time{}, []want{
		{"Wednesday", ""}, {"two years ago", ""}, {"March 2021", "2021-03"},
	})
	check(t, "The next day he quit.", time.Time{}, []want{{"The next day", ""}})
}

func TestExprFields(t *testing.T) {
	text := "On Wednesday evening, after 10 days and two years ago, he met daily at 9 a.m."
	got := Tag(text, thursday)
	type row struct{ text, typ, prec string }
	wants := []row{
		{"Wednesday evening", "DATE", "day"},
		{"10 days", "DURATION", ""},
		{"two years ago", "DATE", "year"},
		{"daily", "SET", ""},
		{"9 a.m.", "TIME", ""},
	}
	if len(got) != len(wants) {
		t.Fatalf("Tag(%q) = %+v", text, got)
	}
	for i, e := range got {
		if (row{e.Text, e.Type, e.Precision}) != wants[i] {
			t.Errorf("expr %d = %+v, want %+v", i, e, wants[i])
		}
		if text[e.Start:e.End] != e.Text {
			t.Errorf("expr %d offsets %d:%d do not give %q", i, e.Start, e.End, e.Text)
		}
	}
}

func TestPrecision(t *testing.T) {
	for v, want := range map[string]string{
		"2023-03-22": "day", "2023-03-22TEV": "day", "2021-02": "month", "2021": "year",
		"2023-W12": "week", "199X": "unknown", "PRESENT_REF": "unknown", "2023-SU": "unknown",
		"2023-Q1": "unknown", "": "unknown",
	} {
		if got := precision(v); got != want {
			t.Errorf("precision(%q) = %q, want %q", v, got, want)
		}
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"On Wednesday evening, almost 1000 days after December 2018.",
		"3/22/2023 10:35 a.m. Mar. 22 the '90s mid-1990s 5 1/2 hours",
		"twenty-five days, twice a year, the day before yesterday",
		"1,000,000 $2019 2019% \u00e9t\u00e9 \u2019 2023-03-22 4 in the morning",
		"May", "the", "a", "", "9", "'", "Q1 2023", "every other week",
	} {
		f.Add(s, int64(1679529600))
	}
	f.Fuzz(func(t *testing.T, text string, secs int64) {
		var dct time.Time
		if secs%7 != 0 {
			dct = time.Unix(secs%(1<<34), 0).UTC()
		}
		prev := 0
		for _, e := range Tag(text, dct) {
			if e.Start < prev || e.End <= e.Start || e.End > len(text) {
				t.Fatalf("bad offsets %d:%d after %d in %q", e.Start, e.End, prev, text)
			}
			if text[e.Start:e.End] != e.Text {
				t.Fatalf("Text %q != text[%d:%d]", e.Text, e.Start, e.End)
			}
			prev = e.End
		}
	})
}

func BenchmarkTag(b *testing.B) {
	para := "Mara Quill, who represents a lakeside riding, resigned on Wednesday evening. " +
		"Earlier in the day a report said he met a diplomat in February 2021, and in September " +
		"that year two men were freed after almost 1000 days in prison. The 2019 and 2021 " +
		"elections were the subject of hearings last month; the inquiry will report next year, " +
		"officials said, about 3,000 pages long. Nobody may march through the capital today.\n\n"
	text := strings.Repeat(para, 100)
	dct := thursday
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tag(text, dct)
	}
}

func TestMore(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"Rallies were held over the weekend.", []want{{"the weekend", "2023-W11-WE"}}},
		{"Rallies will be held over the weekend.", []want{{"the weekend", "2023-W12-WE"}}},
		{"Holm will be formally elected premier at a special session on Tuesday.", []want{{"Tuesday", "2023-03-28"}}},
		{"Holm was narrowly elected premier on Tuesday.", []want{{"Tuesday", "2023-03-21"}}},
		{"Holm won the first round of the presidential election on Sunday and will face Dorn in a runoff.", []want{{"Sunday", "2023-03-19"}}},
		{"Rallies were held this past weekend.", []want{{"this past weekend", "2023-W11-WE"}}},
		{"The law is due by the end of the year.", []want{{"the end of the year", "2023"}}},
		{"The feud lasts to this day.", []want{{"this day", "PRESENT_REF"}}},
		{"Humans arrived some 10,000 years ago.", []want{{"some 10,000 years ago", "PAST_REF"}}},
		{"Doors will open at 9.30am on Saturday.", []want{{"9.30am on Saturday", "2023-03-25T09:30"}}},
		{"It grew 2.5 percent.", nil},
		{"14:32 GMT - A report said the ministry had hidden a deficit.", []want{{"14:32 GMT", "2023-03-23T14:32"}}},
		// a live blog's stamp on its own line keeps the next line's day apart
		{"15:10 GMT\nYesterday, the council of Ostrel met in private.", []want{{"15:10 GMT", "2023-03-23T15:10"}, {"Yesterday", "2023-03-22"}}},
		{"09:05 GMT\nOn Friday, Mayor Ilka Tarn met the envoy.", []want{{"09:05 GMT", "2023-03-23T09:05"}, {"Friday", "2023-03-17"}}},
		{"The vote opens at 9 a.m. Tuesday.", []want{{"9 a.m. Tuesday", "2023-03-28T09:00"}}},
		{"The score was 3:2 in the end.", nil},
	}
	for _, tt := range tests {
		check(t, tt.text, thursday, tt.wants)
	}
}

func TestYears(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"A 2019 report found gaps.", []want{{"2019", "2019"}}},
		{"The 2022-23 budget passed.", []want{{"2022-23", "2022"}}},
		// a year that runs into the next is told by its first
		{"Kestrel United finished third in the 2022-23 season and expects more in 2024/25.", []want{{"2022-23", "2022"}, {"2024/25", "2024"}}},
		{"The 2026–27 budget year starts in April.", []want{{"2026–27", "2026"}, {"April", "2023-04"}}},
		{"The plan covers 2024/2025.", []want{{"2024/2025", "2024"}}},
		{"The score was 2022-24 after extra time.", []want{{"2022", "2022"}}},
		// fiscal years, by the year they are numbered by
		{"The ministry said fiscal 2025 spending would rise.", []want{{"fiscal 2025", "2025"}}},
		{"In FY2024 the deficit narrowed, and in FY25 it will widen.", []want{{"FY2024", "2024"}, {"FY25", "2025"}}},
		{"The fiscal 2024-25 accounts were late.", []want{{"fiscal 2024-25", "2024"}}},
		{"The deficit will narrow in the next fiscal year and rose this financial year.", []want{{"the next fiscal year", "2024"}, {"this financial year", "2023"}}},
		{"Spending in financial year 2024-25 and fiscal year 2026 rose.", []want{{"financial year 2024-25", "2024"}, {"fiscal year 2026", "2026"}}},
		{"The tax year ends in April; the budget was cut.", []want{{"April", "2023-04"}}},
		{"Hearings run the week of March 6.", []want{{"the week of March 6", "2023-W10"}}},
		{"He served from 1997 to 2006.", []want{{"1997", "1997"}, {"2006", "2006"}}},
		{"The post-1945 order frayed.", []want{{"1945", "1945"}}},
		{"Nearly 2000 people and about 1500 police attended.", nil},
		{"He apologised for the 2015 police raid on the village.", []want{{"2015", "2015"}}},
		{"Officials said 2000 police were deployed.", nil},
		// a year after the preposition that opens the sentence sets its
		// time, whatever count noun follows
		{"In 2018 police detained four reporters in Dunmere.", []want{{"2018", "2018"}}},
		{"By 2021 troops had left the valley.", []want{{"2021", "2021"}}},
	}
	for _, tt := range tests {
		check(t, tt.text, thursday, tt.wants)
	}
}

func TestMonthNames(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"In August, May said the vote would wait.", []want{{"August", "2022-08"}}},
		{"Theresa May met Emmanuel Macron.", nil},
		{"Thousands joined the March for Life.", nil},
		// A title-cased headline capitalises the verbs "march" and "may":
		// after a modal, or after "to" and before a route, they are verbs;
		// a month after "to" with no route after it stays a month.
		{"Tenant Groups Vow to March on Velmora City Hall.", nil},
		{"Thousands Will March to Parliament, Organisers Say.", nil},
		{"Nurses May March Again Over Pay.", nil},
		{"Farmers Plan to March Through the Capital.", nil},
		{"Council Vote Postponed to March.", []want{{"March", "2023-03"}}},
		{"The hearing was moved from January to March.", []want{{"January", "2023-01"}, {"March", "2023-03"}}},
		{"Supporters will march on the ministry in May.", []want{{"May", "2023-05"}}},
		{"The October vote was close.", []want{{"October", "2022-10"}}},
		{"The Tarsk Union won 14 seats in the March election.", []want{{"March", "2023-03"}}},
		{"The May elections will decide who runs the council.", []want{{"May", "2023-05"}}},
		{"Thousands joined the March against the war.", nil},
		// a poll called or set "for" a month is to come, whatever the tense
		{"The president dissolved parliament and called a snap election for August.", []want{{"August", "2023-08"}}},
		{"The president dissolved parliament and called a snap election for January.", []want{{"January", "2024-01"}}},
		// "due in" a month looks forward from a past-tense clause
		{"The minister said the law was needed ahead of state elections due in August.", []want{{"August", "2023-08"}}},
		{"He said the audit was due on October 4.", []want{{"October 4", "2023-10-04"}}},
		{"Logged at 2023-03-22T10:00:00Z.", []want{{"2023-03-22", "2023-03-22"}}},
		// "until" a month ends a span held in the past where a past verb
		// of tenure tells it; "until" alone, or after a verb that puts a
		// thing off, looks ahead
		{"Ana Holm, who headed the Civic Bloc until August, spoke on Monday.", []want{{"August", "2022-08"}, {"Monday", "2023-03-20"}}},
		{"Ivo Dorn served as finance minister until January.", []want{{"January", "2023-01"}}},
		{"Ivo Dorn will serve as finance minister until August.", []want{{"August", "2023-08"}}},
		{"The court adjourned the hearing until August.", []want{{"August", "2023-08"}}},
	}
	for _, tt := range tests {
		check(t, tt.text, thursday, tt.wants)
	}
}

func TestRates(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"The program costs $5 million a year.", []want{{"a year", "P1Y"}}},
		{"Guards stand watch 24 hours a day.", []want{{"24 hours", "PT24H"}, {"a day", "P1D"}}},
		{"The board meets three times a year.", []want{{"three times a year", "P1Y"}}},
		{"The ban will be lifted in future, officials said.", []want{{"future", "FUTURE_REF"}}},
	}
	for _, tt := range tests {
		check(t, tt.text, thursday, tt.wants)
	}
	for _, e := range Tag("Guards stand watch 24 hours a day.", thursday) {
		if e.Text == "a day" && e.Type != "SET" {
			t.Errorf("%q has type %s, want SET", e.Text, e.Type)
		}
	}
}

func TestRelativeMonths(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"Inflation peaked last June.", []want{{"last June", "2022-06"}}},
		{"He won the leadership last March.", []want{{"last March", "2022-03"}}},
		{"The report is due next April.", []want{{"next April", "2023-04"}}},
		{"The report is due next February.", []want{{"next February", "2024-02"}}},
		{"Rates fell over the past 12 months.", []want{{"the past 12 months", "P12M"}}},
	}
	for _, tt := range tests {
		check(t, tt.text, thursday, tt.wants)
	}
}

func TestNewsForms(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"The hearing is set to last about four hours.", []want{{"about four hours", "PT4H"}}},
		{"He took office on October 25 last year.", []want{{"October 25 last year", "2022-10-25"}}},
		{"The Good Friday Agreement endured.", nil},
		{"Shops close on Good Friday.", []want{{"Good Friday", "2023-04-07"}}},
		{"The vote is on Wednesday 29 March.", []want{{"Wednesday 29 March", "2023-03-29"}}},
		{"LONDON, March 22 (Reuters) - Talks resumed.", []want{{"March 22", "2023-03-22"}}},
		// an irregular past, which no "-ed" marks, tells of the past
		{"The plan drew sharp criticism on Friday.", []want{{"Friday", "2023-03-17"}}},
		{"Ada Rusk sought support from France on Monday.", []want{{"Monday", "2023-03-20"}}},
	}
	for _, tt := range tests {
		check(t, tt.text, thursday, tt.wants)
	}
}

func TestScheduled(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"Schumer said the House would return Tuesday.", []want{{"Tuesday", "2023-03-28"}}},
		{"Hearings resume at 10 a.m. ET Monday.", []want{{"10 a.m. ET Monday", "2023-03-27T10:00"}}},
		{"The talks began in March 2023 and ended on the 18th.", []want{{"March 2023", "2023-03"}, {"the 18th", "2023-03-18"}}},
		{"He lives on the 18th floor.", nil},
	}
	for _, tt := range tests {
		check(t, tt.text, thursday, tt.wants)
	}
}

func TestQuarters(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"Growth slowed in the fourth quarter.", []want{{"the fourth quarter", "2022-Q4"}}},
		{"Growth will pick up in the third quarter.", []want{{"the third quarter", "2023-Q3"}}},
		{"Sales rose in the first quarter of last year.", []want{{"the first quarter of last year", "2022-Q1"}}},
		{"Q3 2022 was weak.", []want{{"Q3 2022", "2022-Q3"}}},
		{"The minister quit in H1 2022 and prices fell in H2 2022.", []want{{"H1 2022", "2022-H1"}, {"H2 2022", "2022-H2"}}},
		{"The town bet on H2 and on H5N1 vaccines.", nil},
		{"The economy shrank in the January-March quarter.", []want{{"the January-March quarter", "2023-Q1"}}},
		{"Exports rose in the July to September quarter of 2022.", []want{{"the July to September quarter of 2022", "2022-Q3"}}},
	}
	for _, tt := range tests {
		check(t, tt.text, thursday, tt.wants)
	}
	check(t, "Sales rose in the first quarter of last year.", time.Time{}, []want{{"the first quarter of last year", ""}})
}

func TestRateNouns(t *testing.T) {
	check(t, "Recruits walk miles a day.", thursday, []want{{"a day", "P1D"}})
	check(t, "A worker makes 20 pins in a day.", thursday, []want{{"a day", "P1D"}})
	for _, e := range Tag("Recruits walk miles a day.", thursday) {
		if e.Type != "SET" {
			t.Errorf("%q has type %s, want SET", e.Text, e.Type)
		}
	}
}

func TestSeasons(t *testing.T) {
	check(t, "The party was split in the fall. It will regroup in the summer.", thursday,
		[]want{{"the fall", "2022-FA"}, {"the summer", "2023-SU"}})
	check(t, "After the fall of the government, talks stalled.", thursday, nil)
	check(t, "Voters return next summer.", thursday, []want{{"next summer", "2023-SU"}})
	// a season the story moves on to is the next (or last) after the
	// date it last told: after a year, the next year's; after a month,
	// the first to begin after it
	check(t, "Ilse Varn won the vote in 2012. The following spring she signed the treaty.", thursday,
		[]want{{"2012", "2012"}, {"The following spring", "2013-SP"}})
	check(t, "Ilse Varn took office in December 2012. The following spring she signed the treaty.", thursday,
		[]want{{"December 2012", "2012-12"}, {"The following spring", "2013-SP"}})
	check(t, "Ilse Varn took office in March 2012. The following autumn she signed the treaty.", thursday,
		[]want{{"March 2012", "2012-03"}, {"The following autumn", "2012-FA"}})
	check(t, "Ilse Varn resigned in 2016. The previous summer she had lost her seat.", thursday,
		[]want{{"2016", "2016"}, {"The previous summer", "2015-SU"}})
}

func TestHedges(t *testing.T) {
	check(t, "The strike lasted barely two weeks.", thursday, []want{{"barely two weeks", "P2W"}})
	check(t, "It took no more than three days.", thursday, []want{{"no more than three days", "P3D"}})
	check(t, "The siege lasted well over a year.", thursday, []want{{"well over a year", "P1Y"}})
}

// "That July" is the July of the year the text last named; a month that
// opens a clause after "that" keeps the reading a bare month has.
func TestThatMonth(t *testing.T) {
	check(t, "Her final break with the party came in 2014. She left the party that July, and never rejoined.", thursday,
		[]want{{"2014", "2014"}, {"that July", "2014-07"}})
	check(t, "In 2014 the office said that July was the wettest month.", thursday,
		[]want{{"2014", "2014"}, {"July", "2022-07"}})
}

// A month after the publication month in a clause that tells a thing done
// is last year's; one that a past verb still looks ahead to (an infinitive,
// a purpose, a modal, a verb that plans or puts off) stays this year's.
func TestDoneMonthsAfterPublication(t *testing.T) {
	may := time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text  string
		wants []want
	}{
		{"The Tarsk Union lost the June referendum, Marta Vell said.", []want{{"June", "2024-06"}}},
		{"Vell won the July by-election in Kessa.", []want{{"July", "2024-07"}}},
		{"In June, Vell quit the party.", []want{{"June", "2024-06"}}},
		{"The June referendum was lost by the Greens.", []want{{"June", "2024-06"}}},
		{"Vell said in June that she would run.", []want{{"June", "2024-06"}}},
		{"Vell announced on June 2 that she would run.", []want{{"June 2", "2024-06-02"}}},
		{"On June 3, Vell was elected mayor.", []want{{"June 3", "2024-06-03"}}},
		{"The council postponed the June summit.", []want{{"June", "2025-06"}}},
		{"The council said on Monday that Mayor Ilse Varga was suspended in June over the contract.", []want{{"Monday", "2025-05-12"}, {"June", "2024-06"}}},
		{"The Orvet talks were postponed in July.", []want{{"July", "2024-07"}}},
		{"The Orvet talks were postponed until July.", []want{{"July", "2025-07"}}},
		{"The Orvet talks were postponed to July.", []want{{"July", "2025-07"}}},
		{"Varga will be suspended in June.", []want{{"June", "2025-06"}}},
		{"The Orvet summit is due in June.", []want{{"June", "2025-06"}}},
		{"Vell announced the June election.", []want{{"June", "2025-06"}}},
		{"The party decided to hold the vote in June.", []want{{"June", "2025-06"}}},
		{"In June, the council was due to vote.", []want{{"June", "2025-06"}}},
		{"The June referendum was called off.", []want{{"June", "2025-06"}}},
		{"Vell invited the mayors to a summit on June 12.", []want{{"June 12", "2025-06-12"}}},
		{"Vell said the June summit was cancelled.", []want{{"June", "2025-06"}}},
		{"Moldova expelled two diplomats ahead of the October election.", []want{{"October", "2025-10"}}},
		// ahead of a past act, the nearest of its name: before the
		// publication day as well as after it
		{"The network targeted voters ahead of the March 9 election.", []want{{"March 9", "2025-03-09"}}},
		{"The network will target voters ahead of the March 9 election.", []want{{"March 9", "2026-03-09"}}},
		{"Vell quit the party before the upcoming June vote.", []want{{"June", "2025-06"}}},
		{"Vell has been held since July.", []want{{"July", "2024-07"}}},
		{"Vell has been held since the coup in July.", []want{{"July", "2024-07"}}},
		{"Vell has been in custody since July 26.", []want{{"July 26", "2024-07-26"}}},
	}
	for _, tt := range tests {
		check(t, tt.text, may, tt.wants)
	}
}

// Numeric dates written with dots put the day first, as where they are
// written; slashes keep the US order unless the first number is no month.
// A day, a month's abbreviation and a year may be joined by hyphens.
func TestNumericDayOrder(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"Ruud Vell quit on 04.03.2025.", []want{{"04.03.2025", "2025-03-04"}}},
		{"Ruud Vell quit on 22.03.2025.", []want{{"22.03.2025", "2025-03-22"}}},
		{"Ruud Vell quit on 4/3/2025.", []want{{"4/3/2025", "2025-04-03"}}},
		{"Ruud Vell quit on 22/03/2025.", []want{{"22/03/2025", "2025-03-22"}}},
		{"Ruud Vell quit on 4-Mar-2025.", []want{{"4-Mar-2025", "2025-03-04"}}},
		{"The vote went 4-3 in March.", []want{{"March", "2023-03"}}},
		{"Ruud Vell quit on 04-03-2025.", []want{{"04-03-2025", "2025-04-03"}}},
		// a text that writes its days first reads its numeric dates so
		{"Ruud Vell quit on 4/3/2025, and on 5 March he left.", []want{{"4/3/2025", "2025-03-04"}, {"5 March", "2023-03-05"}}},
		{"Ruud Vell quit on 4/3/2025, and on March 5 he left.", []want{{"4/3/2025", "2025-04-03"}, {"March 5", "2023-03-05"}}},
		// a day and month without a year, after a word that opens a day
		{"The council voted on 3/14 and will meet again on 4/2.", []want{{"3/14", "2023-03-14"}, {"4/2", "2023-04-02"}}},
		{"The council voted on 14/3, a week after the 7 March hearing.", []want{{"14/3", "2023-03-14"}, {"a week", "P1W"}, {"the 7 March", "2023-03-07"}}},
		{"Ruud Vell has led the party since Tuesday, 2/28.", []want{{"Tuesday", "2023-03-21"}, {"2/28", "2023-02-28"}}},
		{"The bill passed by 2/3, and on 3/4 of the land nothing grows.", nil},
		{"The tribunal ruled on 2/3 majority, with 12/5 votes cast.", nil},
	}
	for _, tt := range tests {
		check(t, tt.text, thursday, tt.wants)
	}
}

// A sentence that opens with a year frames the months and days it names
// without one; a year named inside the sentence does not.
func TestFrameYear(t *testing.T) {
	may := time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC)
	check(t, "In 2019, Ruud Vell resigned in March.", may, []want{{"2019", "2019"}, {"March", "2019-03"}})
	check(t, "During 2019, Vell met Orsa Kade on March 3 and in June.", may, []want{{"2019", "2019"}, {"March 3", "2019-03-03"}, {"June", "2019-06"}})
	check(t, "In 2019, Vell left. She returned in March.", may, []want{{"2019", "2019"}, {"March", "2025-03"}})
	check(t, "Vell was elected in 2019 and resigned in March.", may, []want{{"2019", "2019"}, {"March", "2025-03"}})
	// the frame holds for later sentences of the paragraph that open with
	// their month or day, till another time is named or a line breaks
	check(t, "In 2019 the mayor of Dunmere resigned. In March, she joined the Tarn League. For two years she led it. In April she won a seat. On June 3 she quit.",
		may, []want{{"2019", "2019"}, {"March", "2019-03"}, {"two years", "P2Y"}, {"April", "2019-04"}, {"June 3", "2019-06-03"}})
	check(t, "In 2019 Orla Penn ran. Last week she spoke. In March she left.", may, []want{{"2019", "2019"}, {"Last week", "2025-W19"}, {"March", "2025-03"}})
	check(t, "In 2019 Orla Penn ran.\nIn March she left.", may, []want{{"2019", "2019"}, {"March", "2025-03"}})
	check(t, "In 2019 Orla Penn ran. In August she will run again.", may, []want{{"2019", "2019"}, {"August", "2025-08"}})
}

// A bare month later in the year than the month a paragraph last told,
// in a clause of the past, goes on in that year, as a chronicle does; an
// earlier month, a month past a line break, or one to come does not.
func TestChronicleMonth(t *testing.T) {
	may := time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC)
	check(t, "Orla Penn quit the cabinet in April 2019. Her party lost the election in September.", may,
		[]want{{"April 2019", "2019-04"}, {"September", "2019-09"}})
	check(t, "Orla Penn quit the cabinet in April 2019. Her party lost the election in March.", may,
		[]want{{"April 2019", "2019-04"}, {"March", "2025-03"}})
	check(t, "Orla Penn quit the cabinet in April 2019.\n\nHer party lost the election in September.", may,
		[]want{{"April 2019", "2019-04"}, {"September", "2024-09"}})
	check(t, "Orla Penn quit the cabinet in April 2019. Her party will hold a vote in September.", may,
		[]want{{"April 2019", "2019-04"}, {"September", "2025-09"}})
}

// A season after a preposition is dated with or without "the"; a present
// "is" or "are" before it, or a present form of holding or taking effect,
// tells the next one.
func TestSeasonsAhead(t *testing.T) {
	may := time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC)
	// "resume" after its subject and a phrase on it is fixed ahead, as "will
	// resume" is: the next spring
	check(t, "The talks in Dunmere resume in spring.", may, []want{{"spring", "2026-SP"}})
	check(t, "The vote is in the autumn.", may, []want{{"the autumn", "2025-FA"}})
	check(t, "The Tarn League holds its congress in the summer.", may, []want{{"the summer", "2025-SU"}})
	check(t, "The harvest failed in winter.", may, []want{{"winter", "2024-WI"}})
	check(t, "The works will be done by mid-summer.", may, []want{{"mid-summer", "2025-SU"}})
	check(t, "The regime's fall came in late autumn.", may, []want{{"late autumn", "2024-FA"}})
	check(t, "They drank spring water in Dunmere.", may, nil)
	check(t, "The vote is in November.", may, []want{{"November", "2025-11"}})
	check(t, "Her term ends in June.", may, []want{{"June", "2025-06"}})
	check(t, "The minister is accused of lying in November.", may, []want{{"November", "2024-11"}})
}

// A month that ends a span of figures in a clause of the past is the last
// such month ("fell in the three months to June").
func TestPeriodTo(t *testing.T) {
	may := time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC)
	check(t, "Output fell 2% in the three months to June.", may, []want{{"three months", "P3M"}, {"June", "2024-06"}})
	check(t, "Inflation was 4% in the year to March.", may, []want{{"March", "2025-03"}})
	check(t, "Unemployment was 5% in the quarter to August.", may, []want{{"August", "2024-08"}})
	check(t, "Exports are forecast to rise in the year to June.", may, []want{{"June", "2025-06"}})
}

// A month glued by a dash to a month before it ends the span that month
// opens, in its year.
func TestMonthRanges(t *testing.T) {
	may := time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC)
	check(t, "Prices rose from March-May.", may, []want{{"March", "2025-03"}, {"May", "2025-05"}})
	check(t, "Snow fell in November\u2013February.", may, []want{{"November", "2024-11"}, {"February", "2025-02"}})
	check(t, "Sales rose in Jan-Mar.", may, []want{{"Jan", "2025-01"}, {"Mar", "2025-03"}})
	check(t, "Sales fell in March-May 2021.", may, []want{{"March", "2021-03"}, {"May 2021", "2021-05"}})
	check(t, "He was Jan-Erik Moll's aide.", may, nil)
}

// "this past Sunday" is the last Sunday, told whole.
func TestThisPastWeekday(t *testing.T) {
	check(t, "Marta Vell resigned this past Sunday.", thursday, []want{{"this past Sunday", "2023-03-19"}})
}

// "N days after that" counts from the last date told, as "N days later"
// does; "after that vote" names its own anchor.
func TestAfterThat(t *testing.T) {
	may := time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC)
	check(t, "Orla Penn was arrested on March 3. Two days after that, police detained her deputy.", may,
		[]want{{"March 3", "2025-03-03"}, {"Two days after that", "2025-03-05"}})
	check(t, "Orla Penn was arrested on March 3. A week before this she met the envoy.", may,
		[]want{{"March 3", "2025-03-03"}, {"A week before this", "2025-W09"}})
	check(t, "Orla Penn was arrested on March 3. Three days after that vote, he quit.", may,
		[]want{{"March 3", "2025-03-03"}, {"Three days", "P3D"}})
}

// "the following Monday", "the Friday before": a weekday told from the last
// day the text named, not from the publication date.
func TestWeekdayFromLastDay(t *testing.T) {
	may := time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC)
	check(t, "The Dunmere court sat on March 12. The following Monday, Ivo Marr appealed.", may,
		[]want{{"March 12", "2025-03-12"}, {"The following Monday", "2025-03-17"}})
	check(t, "The Dunmere court sat on March 12. The Monday after, Ivo Marr resigned.", may,
		[]want{{"March 12", "2025-03-12"}, {"The Monday after", "2025-03-17"}})
	check(t, "The Dunmere court sat on March 12. The previous Sunday, Marr had met the envoy.", may,
		[]want{{"March 12", "2025-03-12"}, {"The previous Sunday", "2025-03-09"}})
	check(t, "The Dunmere court sat on March 12. The Friday before the vote, Marr spoke.", may,
		[]want{{"March 12", "2025-03-12"}, {"Friday", "2025-05-09"}})
	check(t, "Ivo Marr will meet the envoy next Monday.", may, []want{{"next Monday", "2025-05-19"}})
}

// "the turn of the year", "by year-end" and "end-March" name times.
func TestYearTurnAndEndMonth(t *testing.T) {
	may := time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC)
	jan := time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)
	check(t, "The Tarn League signed the deal at the turn of the year.", may, []want{{"the turn of the year", "2025"}})
	check(t, "A deal is expected at the turn of the year.", may, []want{{"the turn of the year", "2026"}})
	check(t, "Rates will rise by year-end.", may, []want{{"year-end", "2025"}})
	check(t, "Profits fell at year-end.", jan, []want{{"year-end", "2024"}})
	check(t, "Year-end bonuses fell at the Dunmere bank.", may, nil)
	check(t, "The audit report is due end-March.", may, []want{{"end-March", "2025-03"}})
	check(t, "Bond yields fell by end-2024.", may, []want{{"end-2024", "2024"}})
	check(t, "The start-up opened in Dunmere.", may, nil)
}

// "the week before" a month or year told last keeps that date's precision,
// as "the day before" does, rather than counting from an older day.
func TestWeekAfterCoarseDate(t *testing.T) {
	may := time.Date(2025, 5, 15, 0, 0, 0, 0, time.UTC)
	check(t, "The hearing was set for April 3. Kaja Lund was fined in January; the week before, she had pleaded guilty.", may,
		[]want{{"April 3", "2025-04-03"}, {"January", "2025-01"}, {"the week before", "2025-01"}})
	check(t, "The Dunmere court sat on March 12. The following week, the jury met.", may,
		[]want{{"March 12", "2025-03-12"}, {"The following week", "2025-W12"}})
}

// A present form of an act fixed ahead ("polls close", "voters go to the
// polls", "the court sits") puts the weekday or season of its clause
// ahead, and a "since" after the time reaches back from it without making
// the clause past. Published Wednesday 14 May 2025.
func TestScheduledPresents(t *testing.T) {
	wed := time.Date(2025, 5, 14, 0, 0, 0, 0, time.UTC)
	check(t, "Ostrava Vale voters go to the polls on Sunday for the first time since 2021.", wed,
		[]want{{"Sunday", "2025-05-18"}, {"2021", "2021"}})
	check(t, "The vote will take place in all twelve districts on Sunday for the first time since 2021.", wed,
		[]want{{"Sunday", "2025-05-18"}, {"2021", "2021"}})
	check(t, "Polls close at 8 p.m. on Sunday.", wed, []want{{"8 p.m. on Sunday", "2025-05-18T20:00"}})
	check(t, "They meet on Friday in Kessel.", wed, []want{{"Friday", "2025-05-16"}})
	check(t, "The Marrow court sits again in the spring.", wed, []want{{"the spring", "2026-SP"}})
	check(t, "The Marrow court will rule in the summer.", wed, []want{{"the summer", "2025-SU"}})
	// a plain form that is no present after a plural subject keeps the past
	check(t, "Dana Velt decided to go on Friday.", wed, []want{{"Friday", "2025-05-09"}})
	check(t, "Velt narrowly won a close vote on Sunday.", wed, []want{{"Sunday", "2025-05-11"}})
	check(t, "His return on Friday was welcomed.", wed, []want{{"Friday", "2025-05-09"}})
	// the subject a short phrase away from its plain form
	check(t, "Voters in Marsk go to the polls on Sunday.", wed, []want{{"Sunday", "2025-05-18"}})
	check(t, "Delegates from the twelve northern towns meet on Friday.", wed, []want{{"Friday", "2025-05-16"}})
	check(t, "MPs vote on Tuesday on the Holt motion.", wed, []want{{"Tuesday", "2025-05-20"}})
	check(t, "The Brennstad council won more votes on Sunday.", wed, []want{{"Sunday", "2025-05-11"}})
	check(t, "Officials in Marsk decided to go on Friday.", wed, []want{{"Friday", "2025-05-09"}})
	// a phrase that "after" or "before" opens straight after the time is
	// not the clause of the verb before it
	check(t, "Voters in Marsk go to the polls on Sunday after a campaign dominated by housing.", wed,
		[]want{{"Sunday", "2025-05-18"}})
	// a past form after an article is an adjective, no verb of the clause
	check(t, "Candidates in the race meet in Dunvik on Saturday for a televised debate.", wed,
		[]want{{"Saturday", "2025-05-17"}})
}

// "the end (start) of the month" in a clause that tells a thing done is
// part of the month last told; with none told, or in a clause still to
// come, the publication's. Published Monday 12 May 2025.
func TestPartOfTheUnitLastTold(t *testing.T) {
	may := time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC)
	check(t, "Ana Velde dissolved parliament in April. Piet Roos resigned at the end of the month.", may,
		[]want{{"April", "2025-04"}, {"the end of the month", "2025-04"}})
	check(t, "Velde quit in 2019. At the end of the year, Roos resigned.", may,
		[]want{{"2019", "2019"}, {"the end of the year", "2019"}})
	check(t, "Velde quit on March 4. At the end of the week, Roos resigned.", may,
		[]want{{"March 4", "2025-03-04"}, {"the end of the week", "2025-W10"}})
	check(t, "Piet Roos resigned at the end of the month.", may, []want{{"the end of the month", "2025-05"}})
	check(t, "Ana Velde dissolved parliament in April. Piet Roos will resign at the end of the month.", may,
		[]want{{"April", "2025-04"}, {"the end of the month", "2025-05"}})
	check(t, "Velde quit in April. Roos resigned at the end of this month.", may,
		[]want{{"April", "2025-04"}, {"the end of this month", "2025-05"}})
}

// A capitalised time word inside a capitalised name is a word of the
// name; the same word opening a sentence, a calendar name beside a name,
// and a title-case headline keep their times.
func TestTimeWordsInNames(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{"The Free Peru Now party won seats on Sunday.", []want{{"Sunday", "2023-03-19"}}},
		{"Members of Justice Now marched through Velkor.", nil},
		{"The Orlen Daily and Tarsk Weekly printed the letter.", nil},
		{"Now the party says it will join the coalition.", []want{{"Now", "PRESENT_REF"}}},
		{"The Daily Mail reported on Monday that Varga resigned.", []want{{"Monday", "2023-03-20"}}},
		{"Ministers met Tomas Varga Monday in Velkor.", []want{{"Monday", "2023-03-20"}}},
		{"Coalition Talks Resume Today In Velkor", []want{{"Today", "2023-03-23"}}},
		{"The party is now in opposition.", []want{{"now", "PRESENT_REF"}}},
	}
	for _, tt := range tests {
		check(t, tt.text, thursday, tt.wants)
	}
}
