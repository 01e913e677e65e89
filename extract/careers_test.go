package extract

import (
	"context"
	"slices"
	"testing"

	"github.com/polgraph/polgraph"
)

// datedFact is a relation as a test wants it: type, from and to by name,
// and its span ("" for an end the text does not give).
type datedFact struct{ typ, from, to, validFrom, validTo string }

// checkDatedFacts extracts text and checks that it gives the facts of
// want and none of not.
func checkDatedFacts(t *testing.T, text string, want, not []datedFact) {
	t.Helper()
	got := map[datedFact]bool{}
	for _, f := range datedFacts(t, text) {
		got[f] = true
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("no %v among %v", w, got)
		}
	}
	for _, w := range not {
		if got[w] {
			t.Errorf("unwanted %v", w)
		}
	}
}

// datedFacts extracts text and lists its relations with their spans.
func datedFacts(t *testing.T, text string) []datedFact {
	t.Helper()
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2024-10-15"})
	if err != nil {
		t.Fatal(err)
	}
	names, _ := namesAndTypes(x)
	var out []datedFact
	for _, r := range x.Relations {
		f := datedFact{typ: r.Type, from: names[r.From], to: names[r.To]}
		if r.ValidFrom != nil {
			f.validFrom = *r.ValidFrom
		}
		if r.ValidTo != nil {
			f.validTo = *r.ValidTo
		}
		out = append(out, f)
	}
	return out
}

// A career told clause by clause: the office a verb gives, takes, holds or
// leaves, whose it is, and the years the clause gives its ends.
func TestCareerPosts(t *testing.T) {
	tests := []struct {
		name, text string
		want       []datedFact
		not        []datedFact
	}{
		{
			name: "a past copula's dated post joined by \"and then\" or \"and\" to a later post: each is held, over its own span",
			text: "Talks opened in Tallinn on Monday. Ivo Dorn was mayor of Tarsk from 1990 to 1997 and then Estonia's ambassador to Kenya. " +
				"Lida Marosh was mayor of Brevik until 2001 and finance minister from 2002 to 2006.",
			want: []datedFact{{"LEADS", "Ivo Dorn", "Tarsk", "1990", "1997"}, {"HOLDS_OFFICE", "Ivo Dorn", "Estonia", "", ""},
				{"LEADS", "Lida Marosh", "Brevik", "", "2001"}, {"HOLDS_OFFICE", "Lida Marosh", "Estonia", "2002", "2006"}},
		},
		{
			name: "a past copula's post of a country held \"between\" two years: the \"and\" of the span closes no clause",
			text: "Orvel Strand, who was prime minister of Norway between 1986 and 1990, has died aged 88.",
			want: []datedFact{{"HOLDS_OFFICE", "Orvel Strand", "Norway", "1986", "1990"}},
		},
		{
			name: "a past copula's post held over a span that opens the sentence before its subject, a pronoun or a name",
			text: "Halvard Moe is a retired Norwegian politician. From 1992 to 1996 he was defence minister. " +
				"Siri Vang is a Danish lawyer. Between 2010 and 2014, Vang was justice minister. In 2016 Vang was a judge.",
			want: []datedFact{{"HOLDS_OFFICE", "Halvard Moe", "Norway", "1992", "1996"}, {"HOLDS_OFFICE", "Siri Vang", "Denmark", "2010", "2014"}},
		},
		{
			name: "a past copula's dated post held under a leader or in a government the phrase after it names: the post is held all the same, in the person's country",
			text: "Maren Holtvik is a retired Norwegian politician. She was finance minister from 1989 to 1994 under prime minister Ivo Dorn. " +
				"Tomas Relic was a Czech politician. He was defence minister in the government of Karel Mlyn from 1991 to 1993. " +
				"Ana Sorell is a Slovak politician. She was interior minister in the Broda cabinet between 2002 and 2006.",
			want: []datedFact{{"HOLDS_OFFICE", "Maren Holtvik", "Norway", "1989", "1994"}, {"HOLDS_OFFICE", "Tomas Relic", "Czech Republic", "1991", "1993"},
				{"HOLDS_OFFICE", "Ana Sorell", "Slovakia", "2002", "2006"}},
		},
		{
			name: "replacing one with another: the one after \"with\" takes the object's post then and the object leaves it; the subject, who makes the change, takes none",
			text: "Prime Minister Ada Serrat of Norway replaced Finance Minister Ivo Dorn with Mia Rask on Monday. " +
				"Serrat reshuffled her cabinet in March, replacing defence minister Nils Castell with Jon Tvedt. " +
				"On 2 April she replaced the health minister, Lene Ulfsen, with Kari Mork.",
			want: []datedFact{{"HOLDS_OFFICE", "Ivo Dorn", "Norway", "", "2024-10-14"}, {"HOLDS_OFFICE", "Mia Rask", "Norway", "2024-10-14", ""},
				{"HOLDS_OFFICE", "Nils Castell", "Norway", "", "2024-03"}, {"HOLDS_OFFICE", "Jon Tvedt", "Norway", "2024-03", ""},
				{"HOLDS_OFFICE", "Lene Ulfsen", "Norway", "", "2024-04-02"}, {"HOLDS_OFFICE", "Kari Mork", "Norway", "2024-04-02", ""}},
			not: []datedFact{{"HOLDS_OFFICE", "Ada Serrat", "Norway", "2024-10-14", ""}, {"HOLDS_OFFICE", "Ada Serrat", "Norway", "2024-03", ""}},
		},
		{
			name: "named to a post after a relative clause the parse reads as an aside, with the naming hung on it",
			text: "Tomas Varga, who had been interior minister of Slovakia since 2022, was named deputy prime minister on 14 October.",
			want: []datedFact{{"HOLDS_OFFICE", "Tomas Varga", "Slovakia", "2024-10-14", ""}},
		},
		{
			name: "appointed, an office of the country the text names",
			text: "Marta Delin grew up in the Republic of Velmark. She was appointed minister of education in 1983.",
			want: []datedFact{{"HOLDS_OFFICE", "Marta Delin", "Velmark", "1983", ""}},
		},
		{
			name: "appointed to a post the parse reads as an oblique with no preposition",
			text: "NAIROBI, Kenya (Reuters) - Kenya's parliament met on Monday.\n\nIvo Dorn was appointed finance minister in March.",
			want: []datedFact{{"HOLDS_OFFICE", "Ivo Dorn", "Kenya", "2024-03", ""}},
		},
		{
			name: "a name the parse reads as a modifier of the post given",
			text: "In Kenya, the president appointed Ivo Dorn finance minister in March.",
			want: []datedFact{{"HOLDS_OFFICE", "Ivo Dorn", "Kenya", "2024-03", ""}},
		},
		{
			name: "an envoy's post given by a state's head, not the host's",
			text: "Kenya's president named Ivo Dorn ambassador to Britain in March.",
			want: []datedFact{{"HOLDS_OFFICE", "Ivo Dorn", "Kenya", "2024-03", ""}},
			not:  []datedFact{{"HOLDS_OFFICE", "Ivo Dorn", "United Kingdom", "2024-03", ""}},
		},
		{
			name: "a post given in a relative clause the parse reads as a report",
			text: "Officials in Vellin spoke on Sunday. Ada Holm, who was re-elected as Harvest Party leader in March, spoke.",
			want: []datedFact{{"LEADS", "Ada Holm", "Harvest Party", "2024-03", ""}},
		},
		{
			name: "a title in apposition held since a date",
			text: "NAIROBI, Kenya (Reuters) - Kenya's parliament met on Monday.\n\nIvo Dorn, Kenya's foreign minister since March 2021, said the talks were useful.",
			want: []datedFact{{"HOLDS_OFFICE", "Ivo Dorn", "Kenya", "2021-03", ""}},
		},
		{
			name: "a past copula's title with only its start or its end said",
			text: "Holmark's parliament met on Monday. Pieter Oudkerk had been interior minister since 2021. Ilona Varga was environment minister until 2019.",
			want: []datedFact{{"HOLDS_OFFICE", "Pieter Oudkerk", "Holmark", "2021", ""}, {"HOLDS_OFFICE", "Ilona Varga", "Holmark", "", "2019"}},
		},
		{
			name: "a cabinet post with no end ends when the next one starts",
			text: "Marta Delin was born in the Republic of Velmark. She was appointed minister of trade in 1975. In 1979 she became Velmark's foreign minister.",
			want: []datedFact{{"HOLDS_OFFICE", "Marta Delin", "Velmark", "1975", "1979"}, {"HOLDS_OFFICE", "Marta Delin", "Velmark", "1979", ""}},
			not:  []datedFact{{"HOLDS_OFFICE", "Marta Delin", "Velmark", "1975", ""}},
		},
		{
			name: "a post taken at a time told relative to another",
			text: "Marta Delin was born in the Republic of Velmark. She was appointed Velmark's minister of trade in 1975. She became foreign minister four years later.",
			want: []datedFact{{"HOLDS_OFFICE", "Marta Delin", "Velmark", "1975", "1979"}, {"HOLDS_OFFICE", "Marta Delin", "Velmark", "1979", ""}},
		},
		{
			name: "a post taken, then served until a date",
			text: "Marta Delin was born in the Republic of Velmark. She was elected Velmark's prime minister in 1979 and served until 1985.",
			want: []datedFact{{"HOLDS_OFFICE", "Marta Delin", "Velmark", "1979", "1985"}},
		},
		{
			name: "served as another post until a date ends only that one",
			text: "Marta Delin was born in the Republic of Velmark. She became Velmark's foreign minister in 1979 and served as ambassador to Kenya until 1985.",
			want: []datedFact{{"HOLDS_OFFICE", "Marta Delin", "Velmark", "1979", ""}},
			not:  []datedFact{{"HOLDS_OFFICE", "Marta Delin", "Velmark", "1979", "1985"}},
		},
		{
			name: "a deputy's post goes on beside the next one",
			text: "Marta Delin was born in the Republic of Velmark. She was appointed deputy prime minister in 1975. In 1979 she became Velmark's foreign minister.",
			want: []datedFact{{"HOLDS_OFFICE", "Marta Delin", "Velmark", "1975", ""}, {"HOLDS_OFFICE", "Marta Delin", "Velmark", "1979", ""}},
		},
		{
			name: "served as a country's envoy over a span",
			text: "Marta Delin was born in the Republic of Velmark. She served as Velmark's ambassador to UNESCO from 1998 to 2003.",
			want: []datedFact{{"HOLDS_OFFICE", "Marta Delin", "Velmark", "1998", "2003"}},
		},
		{
			name: "two offices in one country held apart stay two",
			text: "Marta Delin was born in the Republic of Velmark. She was appointed minister of education in 1983. She served as Velmark's ambassador to UNESCO from 1998 to 2003.",
			want: []datedFact{{"HOLDS_OFFICE", "Marta Delin", "Velmark", "1983", ""}, {"HOLDS_OFFICE", "Marta Delin", "Velmark", "1998", "2003"}},
		},
		{
			name: "a second post coordinated with the first, with or without its \"as\"",
			text: "Marta Delin was born in the Republic of Velmark. She served as justice minister from 1979 to 1983 and as finance minister from 1985 to 1988. " +
				"Ivo Dorn served as health minister from 1990 to 1992 and defence minister from 1994 to 1996.",
			want: []datedFact{{"HOLDS_OFFICE", "Marta Delin", "Velmark", "1979", "1983"}, {"HOLDS_OFFICE", "Marta Delin", "Velmark", "1985", "1988"},
				{"HOLDS_OFFICE", "Ivo Dorn", "Velmark", "1990", "1992"}, {"HOLDS_OFFICE", "Ivo Dorn", "Velmark", "1994", "1996"}},
		},
		{
			name: "a legislator's post for a place given or left is its district's",
			text: "Officials in Belgium spoke on Sunday. Marta Delin was elected MP for Ghent in 1971. Ivo Dorn was elected in 1985 as the member for Ostrel. " +
				"Ana Holm resigned as MP for Brevik in 2003.",
			want: []datedFact{{"REPRESENTS", "Marta Delin", "Ghent", "1971", ""}, {"REPRESENTS", "Ivo Dorn", "Ostrel", "1985", ""}, {"REPRESENTS", "Ana Holm", "Brevik", "", "2003"}},
		},
		{
			name: "a party elects its leader; stepping down ends the leadership",
			text: "Marta Delin joined the Harbour Party in 1970. In 1989 the Harbour Party elected her leader. She stepped down as leader in 1996.",
			want: []datedFact{{"LEADS", "Marta Delin", "Harbour Party", "1989", "1996"}},
		},
		{
			name: "a title said of the name by a present perfect, held since a date",
			text: "Prime Minister Sten Harvik of Norway reshuffled his cabinet on Thursday. Per Aasen, who has been finance minister since March 2021, stays.",
			want: []datedFact{{"HOLDS_OFFICE", "Per Aasen", "Norway", "2021-03", ""}},
		},
		{
			name: "a seat held in a place, or named by it, is of that district",
			text: "Voters in Vellin elected a new council on Sunday. Labour councillor Femke Aarden held her seat in Zuidwal. Bram Tervoort won the Oostmeer seat.",
			want: []datedFact{{"REPRESENTS", "Femke Aarden", "Zuidwal", "", ""}, {"REPRESENTS", "Bram Tervoort", "Oostmeer", "", ""}},
		},
		{
			name: "a seat on a council for a district",
			text: "Voters in Vellin elected a new council on Sunday. Anouk Smitvaart won a seat on the council for the district of Oostbroek.",
			want: []datedFact{{"REPRESENTS", "Anouk Smitvaart", "Oostbroek", "", ""}},
		},
		{
			name: "a relative clause of leading on the body, its leader a name or a pronoun, with the span it gives",
			text: "Officials in Vellin spoke on Sunday. Ivo Dorn founded the Civic Union, which he led until 2021. The Harvest Party, which Ana Holm led from 2009 to 2015, disbanded.",
			want: []datedFact{{"LEADS", "Ivo Dorn", "Civic Union", "", "2021"}, {"LEADS", "Ana Holm", "Harvest Party", "2009", "2015"}},
		},
		{
			name: "a post an office noun names, held until an end an event dates, ends then",
			text: "Officials in Vellin spoke on Sunday. Tomas Varenko was appointed Estonia's defence minister in 1993, a post he held until his retirement in 2011. Ilse Marek became Latvia's finance minister in 2002. She held the post until her death in 2009. Aron Pelt was elected leader of the Harbour Party in 2001, a position he kept until his defeat in 2015.",
			want: []datedFact{{"HOLDS_OFFICE", "Tomas Varenko", "Estonia", "1993", "2011"}, {"HOLDS_OFFICE", "Ilse Marek", "Latvia", "2002", "2009"},
				{"LEADS", "Aron Pelt", "Harbour Party", "2001", "2015"}},
		},
		{
			name: "an end an event's own phrase or clause dates: a number on its noun, a clause of until, a clause of ending before",
			text: "Officials in Vellin spoke on Sunday. Aron Pelt became leader of the Harbour Party in 1994, a post he held until his defeat in the 1999 election. Ilse Marek became leader of the Civic Bloc in 2002. She held the post until the coalition collapsed in 2012. Tomas Varenko was elected mayor of Tarsk in 1990 and served until he retired in 2004. Mira Falk became leader of the Green Alliance in 2005 before retiring in 2015.",
			want: []datedFact{{"LEADS", "Aron Pelt", "Harbour Party", "1994", "1999"}, {"LEADS", "Ilse Marek", "Civic Bloc", "2002", "2012"},
				{"LEADS", "Tomas Varenko", "Tarsk", "1990", "2004"}, {"LEADS", "Mira Falk", "Green Alliance", "2005", "2015"}},
		},
		{
			name: "a clause of leading that goes on from the first, or hangs on it, shares its subject and, as it, its body",
			text: "Officials in Vellin spoke on Sunday. Ivo Dornath co-founded the Harvest Party in 1998 and chaired it until 2006. Lida Marosh became leader of the Harbour Party in 1994 and led it until her death in 2003. Having led the Civic Bloc since 1999, Aron Pelt became mayor of Tarsk in 2004. Ilse Marek became mayor of Brevik in 2008 after leading the Green Alliance for a decade.",
			want: []datedFact{{"LEADS", "Ivo Dornath", "Harvest Party", "1998", "2006"}, {"LEADS", "Lida Marosh", "Harbour Party", "1994", "2003"},
				{"LEADS", "Aron Pelt", "Civic Bloc", "1999", ""}, {"LEADS", "Ilse Marek", "Green Alliance", "", ""}},
		},
		{
			name: "a second post after an adverb, with its own dates, not the first's",
			text: "Marta Delin was born in the Republic of Velmark. She served as finance minister from 2001 to 2004 and then as prime minister until 2009.",
			want: []datedFact{{"HOLDS_OFFICE", "Marta Delin", "Velmark", "2001", "2004"}, {"LEADS", "Marta Delin", "Velmark", "", "2009"}},
			not:  []datedFact{{"LEADS", "Marta Delin", "Velmark", "2001", "2009"}},
		},
		{
			name: "a second post after an adverb with no dates",
			text: "Ilse Marek was born in Estonia. She served as justice minister and later as prime minister.",
			want: []datedFact{{"LEADS", "Ilse Marek", "Estonia", "", ""}},
		},
		{
			name: "a post held until a date after the article's day, or not held, is not ended",
			text: "Officials in Vellin spoke on Sunday. Ilse Marek became Latvia's finance minister in 2022. She will hold the post until 2027. Tomas Varenko was appointed Estonia's defence minister in 1993. He did not keep the post until 2011.",
			want: []datedFact{{"HOLDS_OFFICE", "Ilse Marek", "Latvia", "2022", ""}, {"HOLDS_OFFICE", "Tomas Varenko", "Estonia", "1993", ""}},
		},
		{
			name: "a party's lead handed to another ends the one's lead and starts the other's",
			text: "Officials in Vellin spoke on Sunday. Tomas Varenko led the Civic Renewal party from 1998. In 2009 he handed the party to his deputy, Oksana Pelyk. Aron Pelt founded the Harbour Party in 2001. He passed the leadership to Mira Falk in March 2015. In 2016 Falk handed a petition to Ilse Marek.",
			want: []datedFact{{"LEADS", "Tomas Varenko", "Civic Renewal", "1998", "2009"}, {"LEADS", "Oksana Pelyk", "Civic Renewal", "2009", ""},
				{"LEADS", "Aron Pelt", "Harbour Party", "2001", "2015-03"}, {"LEADS", "Mira Falk", "Harbour Party", "2015-03", ""}},
			not: []datedFact{{"LEADS", "Mira Falk", "Harbour Party", "2015-03", "2016"}, {"LEADS", "Ilse Marek", "Harbour Party", "2016", ""}},
		},
		{
			name: "a lead noun taken or lost names the body led after \"of\", as a possessor, or by \"party\": the subject leads it from, or until, the clause's date",
			text: "Officials in Vellin spoke on Sunday. Tomas Varenko took over the leadership of Civic Renewal in 1998. Lida Marosh joined the Harbour Party in 1990. " +
				"She won the party leadership in 2001. Aron Pelt, who took the helm of the Valley Party in 2003, lost the party's leadership in 2008. " +
				"Mira Falk will take over the leadership of the Valley Party in 2027. Ilse Marek won the leadership election in 2009.",
			want: []datedFact{{"LEADS", "Tomas Varenko", "Civic Renewal", "1998", ""}, {"LEADS", "Lida Marosh", "Harbour Party", "2001", ""},
				{"LEADS", "Aron Pelt", "Valley Party", "2003", "2008"}, {"MEMBER_OF", "Aron Pelt", "Valley Party", "", ""}},
			not: []datedFact{{"LEADS", "Mira Falk", "Valley Party", "2027", ""}},
		},
		{
			name: "one a verb of giving posts picks to lead a party leads it from the clause's date, and is its member",
			text: "Officials in Vellin spoke on Sunday. Tomas Varenko was chosen to lead the Harbour Party in 2003. Lida Marosh was elected to lead Civic Renewal in March 2012. " +
				"Aron Pelt was not picked to lead the Valley Party.",
			want: []datedFact{{"LEADS", "Tomas Varenko", "Harbour Party", "2003", ""}, {"MEMBER_OF", "Tomas Varenko", "Harbour Party", "", ""},
				{"LEADS", "Lida Marosh", "Civic Renewal", "2012-03", ""}},
			not: []datedFact{{"LEADS", "Aron Pelt", "Valley Party", "", ""}},
		},
		{
			name: "a party post whose title names no party is of its holder's own party, not of another named since",
			text: "Officials in Vellin spoke on Sunday. Tomas Varenko joined the Valley Party in 1990. In 2004, after a row with the Mountain Party, he stepped down as party leader. " +
				"Lida Marosh, a member of the Harbour Party, met leaders of Civic Renewal on Monday. In 2008 she became leader of the party.",
			want: []datedFact{{"LEADS", "Tomas Varenko", "Valley Party", "", "2004"}, {"LEADS", "Lida Marosh", "Harbour Party", "2008", ""}},
			not: []datedFact{{"LEADS", "Tomas Varenko", "Mountain Party", "", "2004"}, {"MEMBER_OF", "Tomas Varenko", "Mountain Party", "", ""},
				{"LEADS", "Lida Marosh", "Civic Renewal", "2008", ""}},
		},
		{
			name: "a party founded or launched on a date is led, and its founder a member, from that date",
			text: "Officials in Vellin spoke on Sunday. Tomas Varenko founded Civic Renewal in 1998. In March 2004 Lida Marosh launched the Harbour Party.",
			want: []datedFact{{"LEADS", "Tomas Varenko", "Civic Renewal", "1998", ""}, {"MEMBER_OF", "Tomas Varenko", "Civic Renewal", "1998", ""},
				{"LEADS", "Lida Marosh", "Harbour Party", "2004-03", ""}, {"MEMBER_OF", "Lida Marosh", "Harbour Party", "2004-03", ""}},
		},
		{
			name: "a party's chair given by a verb, the party after \"of\", from the date the clause gives",
			text: "Officials in Vellin spoke on Sunday. Ivo Dorn became chairman of the Civic Bloc in January 2023. In 2021 Ana Holm was elected chairwoman of the Harvest Party.",
			want: []datedFact{{"LEADS", "Ivo Dorn", "Civic Bloc", "2023-01", ""}, {"LEADS", "Ana Holm", "Harvest Party", "2021", ""}},
		},
		{
			name: "a \"since\" that opens the sentence dates its subject's fact",
			text: "Officials in Vellin spoke on Sunday. Since 2022 Ivo Dorn has been a member of the Civic Bloc. Since 2019, Ana Holm has led the Harvest Party.",
			want: []datedFact{{"MEMBER_OF", "Ivo Dorn", "Civic Bloc", "2022", ""}, {"LEADS", "Ana Holm", "Harvest Party", "2019", ""}},
		},
		{
			name: "a date that opens the sentence dates a joining told between the name and the party",
			text: "Few politicians in Vellin have changed sides as often as Gabor Varro. In 2022 Varro became a member of the Civic Bloc. In 2023 Ana Holm was a member of the Harvest Party.",
			want: []datedFact{{"MEMBER_OF", "Gabor Varro", "Civic Bloc", "2022", ""}},
			not:  []datedFact{{"MEMBER_OF", "Ana Holm", "Harvest Party", "2023", ""}},
		},
		{
			name: "a date that opens the sentence dates the second of two verbs too",
			text: "Officials in Vellin spoke on Sunday. Ivo Dorn joined the Harvest Party in 1994. In 2006 he left the Harvest Party and joined the Civic Bloc.",
			want: []datedFact{{"MEMBER_OF", "Ivo Dorn", "Harvest Party", "1994", "2006"}, {"MEMBER_OF", "Ivo Dorn", "Civic Bloc", "2006", ""}},
		},
		{
			name: "a span after the party's noun that follows its name",
			text: "Officials in Vellin spoke on Sunday. Ana Holm led the Civic Bloc party from 2008 to 2019.",
			want: []datedFact{{"LEADS", "Ana Holm", "Civic Bloc", "2008", "2019"}},
		},
		{
			name: "a membership's start said later dates no leadership, a leadership's start no membership",
			text: "Officials in Vellin spoke on Sunday. The Harvest Front's leader, Ivo Dorn, said his party was split. Dorn is a member of the Harvest Front since 2009. " +
				"Ana Holm, who has led the Civic Bloc since 2019, disagreed.",
			want: []datedFact{{"LEADS", "Ivo Dorn", "Harvest Front", "", ""}, {"MEMBER_OF", "Ivo Dorn", "Harvest Front", "2009", ""},
				{"LEADS", "Ana Holm", "Civic Bloc", "2019", ""}, {"MEMBER_OF", "Ana Holm", "Civic Bloc", "", ""}},
		},
		{
			name: "a leadership's span is not the membership's",
			text: "In 1989 the Harbour Party elected Marta Delin leader.",
			want: []datedFact{{"LEADS", "Marta Delin", "Harbour Party", "1989", ""}, {"MEMBER_OF", "Marta Delin", "Harbour Party", "", ""}},
		},
		{
			name: "who appoints gives the office, and holds none",
			text: "Marta Delin grew up in the Republic of Velmark. In 1990 Prime Minister Karl Tarn appointed her health minister.",
			want: []datedFact{{"HOLDS_OFFICE", "Marta Delin", "Velmark", "1990", ""}},
			not:  []datedFact{{"HOLDS_OFFICE", "Karl Tarn", "Velmark", "1990", ""}},
		},
		{
			name: "an office without its country is of the country the career is told in",
			text: "When Marta Delin was sworn in as Austria's chancellor on Friday, Germany's president and France's president sent greetings. In 2014 the then chancellor, Tomas Orel, appointed her health minister.",
			want: []datedFact{{"HOLDS_OFFICE", "Marta Delin", "Austria", "2014", ""}},
		},
		{
			name: "sacked as minister ends the office",
			text: "Marta Delin was born in the Republic of Velmark. In 2019 the prime minister sacked her as finance minister.",
			want: []datedFact{{"HOLDS_OFFICE", "Marta Delin", "Velmark", "", "2019"}},
		},
		{
			name: "a plural is no one's post",
			text: "Marta Delin was born in the Republic of Velmark. She resigned in 2017 as prosecutors opened an inquiry.",
			not:  []datedFact{{"HOLDS_OFFICE", "Marta Delin", "Velmark", "", "2017"}},
		},
		{
			name: "elected to a chamber for a district, then held for a span",
			text: "Marta Delin was elected to the Velmark Parliament for the district of Brevik in 1976 and represented it from 1976 until 1998.",
			want: []datedFact{{"HOLDS_OFFICE", "Marta Delin", "Velmark Parliament", "1976", "1998"}, {"REPRESENTS", "Marta Delin", "Brevik", "1976", "1998"}},
		},
		{
			name: "elected in the year of the clause a when-clause hangs on, sat until",
			text: "Marta Delin returned to politics in 2004, when she was elected to the European Parliament, where she sat on the budget committee until 2009.",
			want: []datedFact{{"HOLDS_OFFICE", "Marta Delin", "European Parliament", "2004", "2009"}},
		},
		{
			name: "a when-clause hung on a post held until a date is dated at that date: the post it gives starts then, not ends",
			text: "Marta Osterby was mayor of Kelmstad until 2016, when she was elected to the Velmark Parliament.",
			want: []datedFact{{"LEADS", "Marta Osterby", "Kelmstad", "", "2016"}, {"HOLDS_OFFICE", "Marta Osterby", "Velmark Parliament", "2016", ""}},
		},
		{
			name: "a deputy's post ends when its holder is promoted to the post it is deputy to; a deputy prime minister also made a minister keeps the first post",
			text: "Rune Falk was appointed Norway's deputy finance minister in 2021. In 2023 he was promoted to finance minister. " +
				"Ane Berg was appointed Norway's deputy prime minister in 2020. In 2022 she was also appointed finance minister.",
			want: []datedFact{{"HOLDS_OFFICE", "Rune Falk", "Norway", "2021", "2023"}, {"HOLDS_OFFICE", "Rune Falk", "Norway", "2023", ""},
				{"HOLDS_OFFICE", "Ane Berg", "Norway", "2020", ""}, {"HOLDS_OFFICE", "Ane Berg", "Norway", "2022", ""}},
		},
		{
			name: "entering a chamber in a year or month gives a seat from then, in a \"before\" clause too; entering it on a day is going into the building",
			text: "Marta Osterby served two terms as mayor of Kelmstad before entering the Velmark Parliament in 2016. " +
				"Jonas Brekke entered the Velmark Parliament in May 2019. Ivo Dorn entered the Velmark Parliament on Monday to vote.",
			want: []datedFact{{"HOLDS_OFFICE", "Marta Osterby", "Velmark Parliament", "2016", ""}, {"HOLDS_OFFICE", "Jonas Brekke", "Velmark Parliament", "2019-05", ""}},
			not:  []datedFact{{"HOLDS_OFFICE", "Ivo Dorn", "Velmark Parliament", "2024-10-14", ""}},
		},
		{
			name: "the seat of a district held for a party",
			text: "Tomas Velk, who has represented the seat of Brevik for the Harbour Party since 2016, denied the claims.",
			want: []datedFact{{"REPRESENTS", "Tomas Velk", "Brevik", "2016", ""}, {"MEMBER_OF", "Tomas Velk", "Harbour Party", "", ""}},
		},
		{
			name: "a seat lost is not held from then",
			text: "Tomas Velk lost the seat of Brevik in 2019.",
			not:  []datedFact{{"REPRESENTS", "Tomas Velk", "Brevik", "2019", ""}},
		},
		{
			name: "a resignation that names no office ends the one held",
			text: "Marta Delin was born in the Republic of Velmark. She was appointed minister of education in 1983. She resigned in May 1985.",
			want: []datedFact{{"HOLDS_OFFICE", "Marta Delin", "Velmark", "1983", "1985-05"}},
		},
		{
			name: "a resignation that names no office ends none of two",
			text: "Marta Delin was born in the Republic of Velmark. She was appointed minister of education in 1983. She served as Velmark's ambassador to Norway from 1984. She resigned in May 1985.",
			want: []datedFact{{"HOLDS_OFFICE", "Marta Delin", "Velmark", "1983", ""}},
		},
		{
			name: "a resignation or dismissal whose sentence gives the leaver's office ends it on the day",
			text: "Velmark's Interior Minister Tomas Velk resigned on Tuesday. Velmark's Health Minister Ilsa Varn was dismissed by President Oda Lind on 4 October. " +
				"Prime Minister Jon Aro of Velmark stepped down from his post on 6 October.",
			want: []datedFact{{"HOLDS_OFFICE", "Tomas Velk", "Velmark", "", "2024-10-15"}, {"HOLDS_OFFICE", "Ilsa Varn", "Velmark", "", "2024-10-04"},
				{"HOLDS_OFFICE", "Jon Aro", "Velmark", "", "2024-10-06"}, {"LEADS", "Jon Aro", "Velmark", "", "2024-10-06"}},
			not: []datedFact{{"HOLDS_OFFICE", "Oda Lind", "Velmark", "", "2024-10-04"}},
		},
		{
			name: "a resignation from another post, or one only threatened or denied, ends no office of state",
			text: "Velmark's Interior Minister Tomas Velk resigned as party chairman on Tuesday. Velmark's Health Minister Ilsa Varn threatened to resign on Tuesday. " +
				"Velmark's Trade Minister Jon Aro denied on Tuesday that he had resigned.",
			want: []datedFact{{"HOLDS_OFFICE", "Tomas Velk", "Velmark", "", ""}, {"HOLDS_OFFICE", "Ilsa Varn", "Velmark", "", ""}, {"HOLDS_OFFICE", "Jon Aro", "Velmark", "", ""}},
		},
		{
			name: "a leader who resigns leaves the lead; one who quits the party the membership too",
			text: "The Harvest Front's leader, Ivo Dorn, resigned on 3 October. Ilsa Varn, the Amber League's leader, quit the party on 4 October.",
			want: []datedFact{{"LEADS", "Ivo Dorn", "Harvest Front", "", "2024-10-03"}, {"MEMBER_OF", "Ilsa Varn", "Amber League", "", "2024-10-04"}},
			not:  []datedFact{{"MEMBER_OF", "Ivo Dorn", "Harvest Front", "", "2024-10-03"}},
		},
		{
			name: "a post held in a clause beside the resignation's is not the one left",
			text: "Ivo Dorn, who resigned as Velmark's interior minister in 2019, now leads the Harvest Front.",
			want: []datedFact{{"HOLDS_OFFICE", "Ivo Dorn", "Velmark", "", "2019"}, {"LEADS", "Ivo Dorn", "Harvest Front", "", ""}},
		},
		{
			name: "joined a party with a description between",
			text: "Marta Delin joined the Harbour Party as a law student in 2004.",
			want: []datedFact{{"MEMBER_OF", "Marta Delin", "Harbour Party", "2004", ""}},
		},
		{
			name: "a party joined and left in a relative clause",
			text: "Marta Delin was mourned by the Harbour Party, which she joined in 1974 and left in 2014.",
			want: []datedFact{{"MEMBER_OF", "Marta Delin", "Harbour Party", "1974", "2014"}},
		},
		{
			name: "succeeded as an office: the subject takes it, the object leaves it",
			text: "Marta Delin succeeded Karl Tarn as prime minister of Estonia in March.",
			want: []datedFact{{"HOLDS_OFFICE", "Marta Delin", "Estonia", "2024-03", ""}, {"HOLDS_OFFICE", "Karl Tarn", "Estonia", "", "2024-03"}},
		},
		{
			name: "replaced as leader of a party named after the title",
			text: "Marta Delin replaced Karl Tarn as leader of the Harbour Party in 2022.",
			want: []datedFact{{"LEADS", "Marta Delin", "Harbour Party", "2022", ""}, {"LEADS", "Karl Tarn", "Harbour Party", "", "2022"}},
			not:  []datedFact{{"LEADS", "Karl Tarn", "Harbour Party", "", ""}},
		},
		{
			name: "stepped down as leader of a party named after the title",
			text: "Marta Delin stepped down as leader of the Harbour Party in 2022.",
			want: []datedFact{{"LEADS", "Marta Delin", "Harbour Party", "", "2022"}},
		},
		{
			name: "a title a relative clause says was held over a span",
			text: "Julia Wrenfield, who was Britain's ambassador to Russia from 2015 to 2019, said sanctions were working. " +
				"Tom Hale, who is deputy prime minister of Britain, agreed.",
			want: []datedFact{{"HOLDS_OFFICE", "Julia Wrenfield", "United Kingdom", "2015", "2019"}, {"HOLDS_OFFICE", "Tom Hale", "United Kingdom", "", ""}},
		},
		{
			name: "a title a relative clause says was held, with no span, is not read as held still",
			text: "Julia Wrenfield, who was Britain's ambassador to Russia, said sanctions were working.",
			not:  []datedFact{{"HOLDS_OFFICE", "Julia Wrenfield", "United Kingdom", "", ""}},
		},
		{
			name: "elected to a chamber whose name is known as a legislature only by its other names",
			text: "Anders Holmqvist, who was elected to the Riksdag in 2018, said he would stand again. Oksana Bilenko, a member of the Verkhovna Rada, agreed.",
			want: []datedFact{{"HOLDS_OFFICE", "Anders Holmqvist", "Riksdag", "2018", ""}, {"HOLDS_OFFICE", "Oksana Bilenko", "Verkhovna Rada", "", ""}},
			not:  []datedFact{{"MEMBER_OF", "Oksana Bilenko", "Verkhovna Rada", "", ""}},
		},
		{
			name: "a seat won for a district",
			text: "Marta Delin joined the Harbour Party in 2004 and won a seat in parliament for the port district of Brevik in 2011.",
			want: []datedFact{{"REPRESENTS", "Marta Delin", "Brevik", "2011", ""}},
		},
		{
			name: "a party joined by the pair named before, dated by the clause",
			text: "Ivo Dorn and Mira Salt were elected to the Velmark parliament in 2015. The pair joined the Harvest Party in 2019.",
			want: []datedFact{{"MEMBER_OF", "Ivo Dorn", "Harvest Party", "2019", ""}, {"MEMBER_OF", "Mira Salt", "Harvest Party", "2019", ""}},
		},
		{
			name: "a party joined by those \"they\" stands for, on a weekday",
			text: "Ivo Dorn and Mira Salt spoke in Ostrel on Monday. They joined the Harvest Party on Wednesday.",
			want: []datedFact{{"MEMBER_OF", "Ivo Dorn", "Harvest Party", "2024-10-09", ""}, {"MEMBER_OF", "Mira Salt", "Harvest Party", "2024-10-09", ""}},
		},
		{
			name: "a party left in a year to found another: the one left until then, the one founded led from then",
			text: "Velmark's parliament met on Monday. Ana Holm left the Harvest Party in 2018 to found the New Dawn party.",
			want: []datedFact{{"MEMBER_OF", "Ana Holm", "Harvest Party", "", "2018"}, {"LEADS", "Ana Holm", "New Dawn", "2018", ""}},
		},
		{
			name: "a party founded by one the passive's agent names leads it and is its member from the founding; one said not to have founded it neither",
			text: "Velmark's parliament met on Monday. The Harvest Party was founded by Ana Holm in 2011. " +
				"Ivo Dorn joined the Civic Bloc in 2016, a year after it was founded in 2015 by his mentor, Lina Sorel. " +
				"The Green Way party, which was co-founded by Per Lind in 2003, won seats. The Orvel Club was not founded by Tomas Brell.",
			want: []datedFact{{"LEADS", "Ana Holm", "Harvest Party", "2011", ""}, {"MEMBER_OF", "Ana Holm", "Harvest Party", "2011", ""},
				{"LEADS", "Lina Sorel", "Civic Bloc", "2015", ""}, {"MEMBER_OF", "Ivo Dorn", "Civic Bloc", "2016", ""},
				{"LEADS", "Per Lind", "Green Way", "2003", ""}},
			not: []datedFact{{"LEADS", "Tomas Brell", "Orvel Club", "", ""}},
		},
		{
			name: "co-founders listed with the founder, or named after \"with\", lead the party and are its members from the founding; a deputy listed after a leader does not lead",
			text: "Velmark's parliament met on Monday. The Harvest Party was founded in 2011 by Ana Holm and Ivo Dorn. " +
				"Per Lind co-founded the Civic Bloc with businesswoman Lina Sorel in 2016. " +
				"The Green Way party, led by Tomas Brell and his deputy, Mira Salt, won seats.",
			want: []datedFact{{"LEADS", "Ana Holm", "Harvest Party", "2011", ""}, {"LEADS", "Ivo Dorn", "Harvest Party", "2011", ""}, {"MEMBER_OF", "Ivo Dorn", "Harvest Party", "2011", ""},
				{"LEADS", "Per Lind", "Civic Bloc", "2016", ""}, {"LEADS", "Lina Sorel", "Civic Bloc", "2016", ""}, {"MEMBER_OF", "Lina Sorel", "Civic Bloc", "2016", ""}},
			not: []datedFact{{"LEADS", "Mira Salt", "Green Way", "", ""}},
		},
		{
			name: "\"establish\" and the phrasal \"set up\" found a party: its founders lead it and are its members from the founding; they found no other body",
			text: "Velmark's parliament met on Monday. The Civic Union was established by Ada Lind in March 2019. " +
				"Mira Solt set up the Rural Voice party in 2017. President Tomas Brell established the Anti-Fraud Agency in 2020.",
			want: []datedFact{{"LEADS", "Ada Lind", "Civic Union", "2019-03", ""}, {"MEMBER_OF", "Ada Lind", "Civic Union", "2019-03", ""},
				{"LEADS", "Mira Solt", "Rural Voice", "2017", ""}, {"MEMBER_OF", "Mira Solt", "Rural Voice", "2017", ""}},
			not: []datedFact{{"LEADS", "Tomas Brell", "Anti-Fraud Agency", "2020", ""}},
		},
		{
			name: "founders named in apposition to a noun: each of the names listed there founds the party",
			text: "Velmark's parliament met on Monday. The Harvest Party was founded in 2011 by two former ministers, Ana Holm and Ivo Dorn.",
			want: []datedFact{{"LEADS", "Ana Holm", "Harvest Party", "2011", ""}, {"MEMBER_OF", "Ana Holm", "Harvest Party", "2011", ""},
				{"LEADS", "Ivo Dorn", "Harvest Party", "2011", ""}, {"MEMBER_OF", "Ivo Dorn", "Harvest Party", "2011", ""}},
		},
		{
			name: "a founding participle that opens the sentence tells of the clause's subject; \"create\" founds a party",
			text: "Velmark's parliament met on Monday. Founded in 2012 by Irina Malek, the Social Forward party has since doubled its vote. " +
				"The Rural Alliance, which Hanna Oberg created in 2011, won two seats.",
			want: []datedFact{{"LEADS", "Irina Malek", "Social Forward", "2012", ""}, {"MEMBER_OF", "Irina Malek", "Social Forward", "2012", ""},
				{"LEADS", "Hanna Oberg", "Rural Alliance", "2011", ""}, {"MEMBER_OF", "Hanna Oberg", "Rural Alliance", "2011", ""}},
		},
		{
			name: "a \"by\" phrase the parse hangs on the year, or on the month with its year, that a passive founding was done in is its agent",
			text: "Velmark's parliament met on Monday. The National Renewal party was formed in 2014 by Vera Lukic and Stefan Moro. " +
				"The Civic Union was established in March 2019 by Ada Lind.",
			want: []datedFact{{"LEADS", "Vera Lukic", "National Renewal", "2014", ""}, {"MEMBER_OF", "Vera Lukic", "National Renewal", "2014", ""},
				{"LEADS", "Stefan Moro", "National Renewal", "2014", ""}, {"MEMBER_OF", "Stefan Moro", "National Renewal", "2014", ""},
				{"LEADS", "Ada Lind", "Civic Union", "2019-03", ""}, {"MEMBER_OF", "Ada Lind", "Civic Union", "2019-03", ""}},
		},
		{
			name: "a founding participle on the party with its \"by\" agent, after a phrasal verb's particle or a describing noun, founds it; one with no agent founds nothing",
			text: "Velmark's parliament met on Monday. The ruling Harvest Party, founded by businessman Ivo Dorn in 2012, won 40 seats. " +
				"The Civic Bloc, set up by former minister Ana Holm in 2019, lost seats. The Rural Voice party, founded in 2015, won one seat.",
			want: []datedFact{{"LEADS", "Ivo Dorn", "Harvest Party", "2012", ""}, {"MEMBER_OF", "Ivo Dorn", "Harvest Party", "2012", ""},
				{"LEADS", "Ana Holm", "Civic Bloc", "2019", ""}, {"MEMBER_OF", "Ana Holm", "Civic Bloc", "2019", ""}},
			not: []datedFact{{"LEADS", "Ana Holm", "Rural Voice", "2015", ""}, {"LEADS", "Ivo Dorn", "Rural Voice", "2015", ""}},
		},
		{
			name: "\"launched by\" set off by commas founds the party it hangs on; \"helped found\" and \"helped launch\" make their subject a founder; \"wanted to found\" founds nothing",
			text: "Velmark's parliament met on Monday. The Civic Bloc, launched by Ana Holm in 2019, won seats on Sunday. " +
				"Ivo Dorn helped found the Harvest Party in 2012. Lena Korr, who helped launch the Rural Voice party in 2010, spoke. " +
				"Per Lind wanted to found the Green Way party.",
			want: []datedFact{{"LEADS", "Ana Holm", "Civic Bloc", "2019", ""}, {"MEMBER_OF", "Ana Holm", "Civic Bloc", "2019", ""},
				{"LEADS", "Ivo Dorn", "Harvest Party", "2012", ""}, {"MEMBER_OF", "Ivo Dorn", "Harvest Party", "2012", ""},
				{"LEADS", "Lena Korr", "Rural Voice", "2010", ""}},
			not: []datedFact{{"LEADS", "Per Lind", "Green Way", "", ""}},
		},
		{
			name: "a verb of leading with a hyphened prefix (\"co-led\"), read off the tree: a participle on the party, a relative clause",
			text: "Velmark's parliament met on Monday. The Harvest Party, co-led by Ana Holm and Ivo Dorn since 2019, won seats. " +
				"The Civic Bloc, which Tomas Brell co-led in 2010, lost seats.",
			want: []datedFact{{"LEADS", "Ana Holm", "Harvest Party", "2019", ""}, {"LEADS", "Ivo Dorn", "Harvest Party", "2019", ""},
				{"LEADS", "Tomas Brell", "Civic Bloc", "", ""}},
		},
		{
			name: "a passive of succession: the subject leaves the post, the one after \"by\" takes it, also where the parse hangs \"by\" on the post",
			text: "Velmark's cabinet met on Monday. Ivo Dorn was succeeded as leader of the Harvest Party by Ana Holm in 2021. " +
				"Tomas Brell was replaced as finance minister by Lina Sorel in 2019.",
			want: []datedFact{{"LEADS", "Ivo Dorn", "Harvest Party", "", "2021"}, {"LEADS", "Ana Holm", "Harvest Party", "2021", ""},
				{"HOLDS_OFFICE", "Tomas Brell", "Velmark", "", "2019"}, {"HOLDS_OFFICE", "Lina Sorel", "Velmark", "2019", ""}},
			not: []datedFact{{"LEADS", "Ivo Dorn", "Harvest Party", "2021", "2021"}, {"HOLDS_OFFICE", "Tomas Brell", "Velmark", "2019", "2019"}},
		},
		{
			name: "a post taken over, the phrasal verb with its particle; \"take\" alone takes no post",
			text: "Velmark's cabinet met on Monday. Ana Holm took over as leader of the Harvest Party in 2021. " +
				"Lina Sorel took over from Tomas Brell as finance minister in 2019. Ivo Dorn took the leaflets as party leader.",
			want: []datedFact{{"LEADS", "Ana Holm", "Harvest Party", "2021", ""}, {"HOLDS_OFFICE", "Lina Sorel", "Velmark", "2019", ""}},
			not:  []datedFact{{"LEADS", "Ivo Dorn", "Harvest Party", "", ""}},
		},
		{
			name: "a post taken over from someone: the one it is taken from leaves it then, the date before or after the post",
			text: "Velmark's cabinet met on Monday. Lina Sorel took over from Tomas Brell as finance minister in 2019. " +
				"Ana Holm took over from Ivo Dorn in 2021 as leader of the Harvest Party.",
			want: []datedFact{{"HOLDS_OFFICE", "Tomas Brell", "Velmark", "", "2019"}, {"LEADS", "Ivo Dorn", "Harvest Party", "", "2021"},
				{"LEADS", "Ana Holm", "Harvest Party", "2021", ""}},
			not: []datedFact{{"HOLDS_OFFICE", "Tomas Brell", "Velmark", "", ""}, {"LEADS", "Ivo Dorn", "Harvest Party", "2021", ""}},
		},
		{
			name: "a participle of succession after the post taken: the one succeeded leaves that post at its date",
			text: "Velmark's cabinet met on Monday. Ana Holm became leader of the Harvest Party in 2019, succeeding Ivo Dorn. " +
				"Lina Sorel was sworn in as mayor of Tarsk on 2 May, replacing Tomas Brell, who had resigned. " +
				"Per Lind was elected chairman of the Civic Bloc in 2015, taking over from Mira Salt.",
			want: []datedFact{{"LEADS", "Ivo Dorn", "Harvest Party", "", "2019"}, {"LEADS", "Ana Holm", "Harvest Party", "2019", ""},
				{"LEADS", "Tomas Brell", "Tarsk", "", "2024-05-02"}, {"LEADS", "Lina Sorel", "Tarsk", "2024-05-02", ""},
				{"LEADS", "Mira Salt", "Civic Bloc", "", "2015"}},
			not: []datedFact{{"LEADS", "Ivo Dorn", "Harvest Party", "2019", ""}, {"LEADS", "Tomas Brell", "Tarsk", "2024-05-02", ""}},
		},
		{
			name: "a predecessor as a post held it until the one it is theirs of took it; with no such start, no post",
			text: "Velmark's cabinet met on Monday. Ana Holm became mayor of Tarsk in 2016. Her predecessor as mayor, Ivo Dorn, now sits in parliament. " +
				"Lina Sorel was elected leader of the Harvest Party in 2020. Tomas Brell, Sorel's predecessor as leader of the Harvest Party, agreed. " +
				"Per Lind is mayor of Brevik. His predecessor as mayor, Mira Salt, spoke next.",
			want: []datedFact{{"LEADS", "Ivo Dorn", "Tarsk", "", "2016"}, {"LEADS", "Tomas Brell", "Harvest Party", "", "2020"}},
			not:  []datedFact{{"LEADS", "Mira Salt", "Brevik", "", ""}, {"LEADS", "Ana Holm", "Tarsk", "", "2016"}},
		},
		{
			name: "a successor as a post holds it after the one it is theirs of, from the end the text gives that one's; with no such post, none",
			text: "Velmark's cabinet met on Monday. Ana Holm was mayor of Tarsk from 2012 to 2019. Her successor as mayor, Ivo Dorn, opened the bridge. " +
				"Lina Sorel was elected leader of the Harvest Party in 2020. Tomas Brell, Sorel's successor as finance minister, agreed. " +
				"Per Lind spoke first. His successor as mayor, Mira Salt, spoke next.",
			want: []datedFact{{"LEADS", "Ivo Dorn", "Tarsk", "2019", ""}},
			not:  []datedFact{{"HOLDS_OFFICE", "Tomas Brell", "Velmark", "", ""}, {"LEADS", "Tomas Brell", "Harvest Party", "", ""}, {"LEADS", "Mira Salt", "Tarsk", "", ""}},
		},
		{
			name: "a verb of moving between posts gives the post of its \"to\" phrase and, dated, ends the one of its \"from\" phrase",
			text: "Velmark's cabinet met on Monday. Ana Holm was promoted to foreign minister on 2 May. Ivo Dorn was demoted to minister of tourism on 2 May. " +
				"Lina Sorel was moved from the defence ministry to the interior ministry on 3 May. Per Lind moved to Brevik in 2021.",
			want: []datedFact{{"HOLDS_OFFICE", "Ana Holm", "Velmark", "2024-05-02", ""}, {"HOLDS_OFFICE", "Ivo Dorn", "Velmark", "2024-05-02", ""},
				{"HOLDS_OFFICE", "Lina Sorel", "Velmark", "2024-05-03", ""}, {"HOLDS_OFFICE", "Lina Sorel", "Velmark", "", "2024-05-03"}},
			not: []datedFact{{"HOLDS_OFFICE", "Per Lind", "Velmark", "2021", ""}},
		},
		{
			name: "a portfolio named by its domain is the minister's post of that domain, for a verb of a post or one that only keeps, loses or hands a portfolio",
			text: "Velmark's cabinet met on Monday. Ana Holm took over the foreign ministry on 2 May. Ivo Dorn kept the defence portfolio. " +
				"Lina Sorel lost the interior ministry on 3 May. Per Lind was handed the Ministry of Finance on 3 May. " +
				"Mira Salt joined the health ministry in 2010 as an adviser.",
			want: []datedFact{{"HOLDS_OFFICE", "Ana Holm", "Velmark", "2024-05-02", ""}, {"HOLDS_OFFICE", "Ivo Dorn", "Velmark", "", ""},
				{"HOLDS_OFFICE", "Lina Sorel", "Velmark", "", "2024-05-03"}, {"HOLDS_OFFICE", "Per Lind", "Velmark", "2024-05-03", ""}},
			not: []datedFact{{"HOLDS_OFFICE", "Mira Salt", "Velmark", "2010", ""}, {"HOLDS_OFFICE", "Mira Salt", "Velmark", "", ""}},
		},
		{
			name: "a portfolio lost to someone is theirs; lost undated, it is a former post and gives none; a post stayed on in is held",
			text: "Velmark's cabinet met on Monday. The biggest loser was Ivo Dorn, who lost the interior ministry to Ana Holm. " +
				"Mira Salt stays on as defence minister.",
			want: []datedFact{{"HOLDS_OFFICE", "Ana Holm", "Velmark", "", ""}, {"HOLDS_OFFICE", "Mira Salt", "Velmark", "", ""}},
			not:  []datedFact{{"HOLDS_OFFICE", "Ivo Dorn", "Velmark", "", ""}},
		},
		{
			name: "a title after \"ex-\" is a former one, which gives no post, and no part of the name",
			text: "Velmark's cabinet met on Monday. Ex-defence minister Ivo Dorn criticised the plan. Ex-President Ana Holm agreed.",
			not:  []datedFact{{"HOLDS_OFFICE", "Ivo Dorn", "Velmark", "", ""}, {"HOLDS_OFFICE", "Ana Holm", "Velmark", "", ""}, {"LEADS", "Ana Holm", "Velmark", "", ""}},
		},
		{
			name: "a post quit, \"quit\" read by the tagger as a noun after the name",
			text: "Velmark's cabinet met on Monday. Ivo Dorn quit as leader of the Harvest Party in 2019. Ana Holm quit as mayor of Tarsk on 3 May and was replaced by Per Lind.",
			want: []datedFact{{"LEADS", "Ivo Dorn", "Harvest Party", "", "2019"}, {"LEADS", "Ana Holm", "Tarsk", "", "2024-05-03"}},
		},
		{
			name: "a post left, joined to a passive of succession: the one after \"by\" takes it then",
			text: "Velmark's cabinet met on Monday. Ana Holm resigned as mayor of Tarsk on 3 May and was replaced by Per Lind. " +
				"Ivo Dorn was sacked as leader of the Harvest Party in 2019 and was succeeded by his deputy, Lina Sorel.",
			want: []datedFact{{"LEADS", "Ana Holm", "Tarsk", "", "2024-05-03"}, {"LEADS", "Per Lind", "Tarsk", "2024-05-03", ""},
				{"LEADS", "Ivo Dorn", "Harvest Party", "", "2019"}, {"LEADS", "Lina Sorel", "Harvest Party", "2019", ""}},
			not: []datedFact{{"LEADS", "Per Lind", "Tarsk", "", "2024-05-03"}},
		},
		{
			name: "a succession still to come ends no post",
			text: "Velmark's cabinet met on Monday. Ana Holm will become leader of the Harvest Party in 2026, succeeding Ivo Dorn.",
			not:  []datedFact{{"LEADS", "Ivo Dorn", "Harvest Party", "", "2026"}, {"LEADS", "Ana Holm", "Harvest Party", "2026", ""}},
		},
		{
			name: "a verb of removal that is also a word of a former post (\"ousted\", \"deposed\") before the post's phrase still ends it",
			text: "Velmark's cabinet met on Monday. Ivo Dorn was ousted as leader of the Harvest Party in 2019. " +
				"Lina Sorel was deposed as mayor of Tarsk in 2020. Per Lind was appointed as former trade minister Tomas Brell's adviser.",
			want: []datedFact{{"LEADS", "Ivo Dorn", "Harvest Party", "", "2019"}, {"LEADS", "Lina Sorel", "Tarsk", "", "2020"}},
			not:  []datedFact{{"HOLDS_OFFICE", "Per Lind", "Velmark", "", ""}},
		},
		{
			name: "a leader toppled or overthrown leaves the post then; one sworn in as transitional or provisional head takes it",
			text: "Soldiers seized power in Niger on Monday. Army officers toppled President Ivo Dorn of Niger in 2021. " +
				"General Lina Sorel was sworn in as transitional president of Niger on 3 May 2024. Rebels overthrew Prime Minister Per Lind of Mali in 2022. " +
				"Colonel Tomas Brell was sworn in as provisional prime minister of Mali in 2023.",
			want: []datedFact{{"HOLDS_OFFICE", "Ivo Dorn", "Niger", "", "2021"}, {"HOLDS_OFFICE", "Lina Sorel", "Niger", "2024-05-03", ""},
				{"HOLDS_OFFICE", "Per Lind", "Mali", "", "2022"}, {"HOLDS_OFFICE", "Tomas Brell", "Mali", "2023", ""}},
		},
		{
			name: "a post held by one whose age, and the verb's adverb, stand between the name and the verb",
			text: "Velmark's parliament met on Monday. Lina Sorel, 46, previously served as finance minister from 2020 to 2023.",
			want: []datedFact{{"HOLDS_OFFICE", "Lina Sorel", "Velmark", "2020", "2023"}},
		},
		{
			name: "a title that opens the sentence before its subject, a pronoun or a name, with the span it is held since",
			text: "Velmark's parliament met on Monday. Anja Korvel spoke first. Velmark's foreign minister since 2020, she said the plan would fail. " +
				"Velmark's trade minister, Per Lind said it would work.",
			want: []datedFact{{"HOLDS_OFFICE", "Anja Korvel", "Velmark", "2020", ""}, {"HOLDS_OFFICE", "Per Lind", "Velmark", "", ""}},
		},
		{
			name: "a former title that opens the sentence is held over the span its clause's verb of holding gives, and no post without one",
			text: "Velmark's parliament met on Monday. Anja Korvel spoke first. A former agriculture minister, she served in the cabinet from 2013 to 2017. " +
				"Per Lind spoke next. A former trade minister, he said the plan would fail.",
			want: []datedFact{{"HOLDS_OFFICE", "Anja Korvel", "Velmark", "2013", "2017"}},
			not:  []datedFact{{"HOLDS_OFFICE", "Per Lind", "Velmark", "", ""}},
		},
		{
			name: "a present copula's or an apposition's title of a country named after \"of\" is held since the date that closes it",
			text: "Velmark's parliament met on Monday. Anja Korvel has been interior minister of Velmark since 2022. " +
				"Per Lind, trade minister of Velmark since 2021, spoke next.",
			want: []datedFact{{"HOLDS_OFFICE", "Anja Korvel", "Velmark", "2022", ""}, {"HOLDS_OFFICE", "Per Lind", "Velmark", "2021", ""}},
			not:  []datedFact{{"HOLDS_OFFICE", "Anja Korvel", "Velmark", "", ""}, {"HOLDS_OFFICE", "Per Lind", "Velmark", "", ""}},
		},
		{
			name: "a verb of holding or losing a post whose object is a portfolio's post or an office noun with the title after \"of\" or \"as\"",
			text: "Velmark's cabinet met on Monday. Anja Korvel had held Velmark's finance post since 2019. " +
				"Per Lind held the office of interior minister of Velmark from 2012 to 2016. " +
				"Lina Sorel lost her post as Velmark's health minister in 2020. Ivo Dorn held talks with Velmark's president.",
			want: []datedFact{{"HOLDS_OFFICE", "Anja Korvel", "Velmark", "2019", ""}, {"HOLDS_OFFICE", "Per Lind", "Velmark", "2012", "2016"},
				{"HOLDS_OFFICE", "Lina Sorel", "Velmark", "", "2020"}},
			not: []datedFact{{"HOLDS_OFFICE", "Ivo Dorn", "Velmark", "", ""}},
		},
		{
			name: "a legislator's title spelled out names the chamber that closes it, which the member sits in",
			text: "Velmark's parliament met on Monday. Anja Korvel, a member of the European Parliament since 2019, spoke first. " +
				"Per Lind, a Member of the Scottish Parliament, spoke next.",
			want: []datedFact{{"HOLDS_OFFICE", "Anja Korvel", "European Parliament", "2019", ""}, {"HOLDS_OFFICE", "Per Lind", "Scottish Parliament", "", ""}},
		},
		{
			name: "one who sits with a party is its member; one who sits with its leader, or will not sit with it, is not",
			text: "Velmark's parliament met on Monday. Anja Korvel sits with the Harbour Front in the chamber. " +
				"Per Lind sat with Civic Bloc leader Ivo Dorn at the dinner. Lina Sorel will not sit with the Unity List.",
			want: []datedFact{{"MEMBER_OF", "Anja Korvel", "Harbour Front", "", ""}},
			not:  []datedFact{{"MEMBER_OF", "Per Lind", "Civic Bloc", "", ""}, {"MEMBER_OF", "Lina Sorel", "Unity List", "", ""}},
		},
		{
			name: "swapping one portfolio for another ends the one and starts the other at the clause's date; trading words with a ministry is no post",
			text: "Velmark's cabinet met on Monday. Anja Korvel, Velmark's trade minister, spoke first. Korvel swapped the finance ministry for defence in 2021. " +
				"Per Lind, Velmark's health minister, spoke next. Lind traded barbs with the interior ministry for weeks.",
			want: []datedFact{{"HOLDS_OFFICE", "Anja Korvel", "Velmark", "", "2021"}, {"HOLDS_OFFICE", "Anja Korvel", "Velmark", "2021", ""}},
			not:  []datedFact{{"HOLDS_OFFICE", "Per Lind", "Velmark", "", "2021"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDatedFacts(t, tt.text, tt.want, tt.not) })
	}
}

// Citizenship stated outright as something held: every nationality before
// the noun, and only a holder's.
func TestCitizenshipsHeld(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []datedFact
	}{
		{"two nationalities held", "Marta Delin held both Portuguese and Brazilian citizenship for the rest of her life.",
			[]datedFact{{"CITIZEN_OF", "Marta Delin", "Portugal", "", ""}, {"CITIZEN_OF", "Marta Delin", "Brazil", "", ""}}, nil},
		{"granted in the passive", "Ivo Dorn was granted French nationality in 2001.",
			[]datedFact{{"CITIZEN_OF", "Ivo Dorn", "France", "", ""}}, nil},
		{"given up is not held", "Ivo Dorn renounced his French citizenship in 2001.",
			nil, []datedFact{{"CITIZEN_OF", "Ivo Dorn", "France", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDatedFacts(t, tt.text, tt.want, tt.not) })
	}
}

// Leaving a party: the party "the party" stands for is the one left, and
// a time the parser took for the opening of a relative clause ("left the
// party that July, calling…") still dates the leaving.
func TestLeavingTheParty(t *testing.T) {
	tests := []struct {
		name, text, date, org string
	}{
		{"the party named before", "Marta Delin joined the Harbour Party in 2004. She left the party in May 2018.", "2018-05", "party/harbour-party"},
		{"a month read as a clause's subject", "Her break with the Harbour Party came in 2014. Marta Delin left the Harbour Party that July, calling the deal a betrayal.", "2014-07", "party/harbour-party"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: tt.text, PublishedAt: "2024-10-15"})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, ev := range x.Events {
				if ev.Type != "RESIGNATION" {
					continue
				}
				found = true
				orgs := map[string]bool{}
				for _, p := range ev.Participants {
					if p.Role == "organization" {
						orgs[p.Entity] = true
					}
				}
				if got := deref(ev.Date); got != tt.date || !orgs[tt.org] {
					t.Errorf("resignation dated %q with %v, want %q with %s", got, orgs, tt.date, tt.org)
				}
			}
			if !found {
				t.Error("no resignation")
			}
		})
	}
}

// A party that elects someone its leader appoints them; electing a body is
// no appointment.
func TestElectedToAPost(t *testing.T) {
	tests := []struct {
		text    string
		patient string // "" for no appointment at all
	}{
		{"In 1989 the Harbour Party elected Marta Delin leader.", "person/marta-delin"},
		{"Marta Delin was a teacher in Brevik. In 1989 the Harbour Party elected her leader.", "person/marta-delin"},
		{"In 2019 the voters of Brevik elected a new council.", ""},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: tt.text, PublishedAt: "2024-10-15"})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ev := range x.Events {
			if ev.Type != "APPOINTMENT" {
				continue
			}
			got = append(got, "")
			for _, p := range ev.Participants {
				if p.Role == "patient" {
					got[len(got)-1] = p.Entity
				}
			}
		}
		if want := []string{tt.patient}; tt.patient == "" && len(got) > 0 || tt.patient != "" && !slices.Equal(got, want) {
			t.Errorf("%q: appointments of %q, want %q", tt.text, got, tt.patient)
		}
	}
}

// A post taken on a weekday a past-tense verb tells is dated as its event
// is, the weekday before publication, though a clause of what will be
// after it had the time tagger read the weekday forward.
func TestPostDatedAsItsEvent(t *testing.T) {
	checkDatedFacts(t, "The Harbour Party elected Marta Delin as its leader on Friday, all but ensuring she will become prime minister.",
		[]datedFact{{typ: "LEADS", from: "Marta Delin", to: "Harbour Party", validFrom: "2024-10-11"}}, nil)
}

// A party's president leads the party: the post "its" gives where the
// party is the verb's subject, or one the party's name modifies. A
// president a chamber elects is still the state's.
func TestPartyPresidentLeadsIt(t *testing.T) {
	checkDatedFacts(t, "The Harbour Party elected Marta Delin as its new president on Friday.",
		[]datedFact{{typ: "LEADS", from: "Marta Delin", to: "Harbour Party", validFrom: "2024-10-11"}}, nil)
	checkDatedFacts(t, "Ivo Dorn, the president of the Harbour Party, said on Friday he would resign.",
		[]datedFact{{typ: "LEADS", from: "Ivo Dorn", to: "Harbour Party"}}, nil)
	checkDatedFacts(t, "Velmar's parliament elected Marta Delin as its new president on Friday.",
		[]datedFact{{typ: "HOLDS_OFFICE", from: "Marta Delin", to: "Velmar", validFrom: "2024-10-11"}},
		[]datedFact{{typ: "LEADS", from: "Marta Delin", to: "Harbour Party", validFrom: "2024-10-11"}})
}

// "X left the A for the B in June 2021": a member of A until then, of B
// from then; leaving a town for another makes no membership.
func TestLeftOnePartyForAnother(t *testing.T) {
	checkDatedFacts(t, "Ana Holm left the Civic Union for the governing Unity Front in June 2021. Ivo Dorn left Vellin for Sarno in May 2020.",
		[]datedFact{
			{typ: "MEMBER_OF", from: "Ana Holm", to: "Civic Union", validTo: "2021-06"},
			{typ: "MEMBER_OF", from: "Ana Holm", to: "Unity Front", validFrom: "2021-06"},
		},
		[]datedFact{{typ: "MEMBER_OF", from: "Ivo Dorn", to: "Sarno", validFrom: "2020-05"}})
}

// "X defected to Y" names no party left: the switch still makes X a
// member of the party joined, also one whose name the tagger reads as a
// verb ("to Labour").
func TestDefectedToAParty(t *testing.T) {
	checkDatedFacts(t, "Officials in Vellin spoke on Monday. Ana Holm defected to the Harvest Party in June 2021. Officials in Britain spoke on Monday. Ivo Dorn, who defected from the Conservatives to Labour in May 2020, spoke at the rally.",
		[]datedFact{
			{typ: "MEMBER_OF", from: "Ana Holm", to: "Harvest Party", validFrom: "2021-06"},
			{typ: "MEMBER_OF", from: "Ivo Dorn", to: "Labour Party (UK)", validFrom: "2020-05"},
		}, nil)
}

// A member who defects, the party left named only by the title before the
// name ("Conservative MP X") or in apposition ("X, a Labour MP"), is its
// member until then; "a Labour MP" with no name is another member.
func TestDefectedFromTheTitlesParty(t *testing.T) {
	checkDatedFacts(t, "Conservative MP Daniel Hartwell defected to Reform UK in May 2024. A Labour MP also defected to Reform UK in May 2024. Ilona Marsh, a Labour MP, defected to the Green Party in June 2024.",
		[]datedFact{
			{typ: "MEMBER_OF", from: "Daniel Hartwell", to: "Conservative Party (UK)", validTo: "2024-05"},
			{typ: "MEMBER_OF", from: "Daniel Hartwell", to: "Reform UK", validFrom: "2024-05"},
			{typ: "MEMBER_OF", from: "Ilona Marsh", to: "Labour Party (UK)", validTo: "2024-06"},
		},
		// "a Labour MP" is someone else, not the MP named before
		[]datedFact{{typ: "MEMBER_OF", from: "Daniel Hartwell", to: "Labour Party (UK)", validTo: "2024-05"}})
}

// One change of party told in two clauses, one undated: the clause it
// hangs on dates it. "Joined B in 2014 after leaving A" (or "having left
// A") ends A by 2014; "in 2021 quit A to join B" starts B then. A join
// dated "after" the leaving, or a leaving after a join, is another time.
func TestOneSwitchInTwoClauses(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []datedFact
	}{
		{"joined after leaving",
			"Officials in Vellin spoke on Monday.\n\nAna Holm joined the Progress Party in 2014 after leaving the Union Party.",
			[]datedFact{{"MEMBER_OF", "Ana Holm", "Progress Party", "2014", ""}, {"MEMBER_OF", "Ana Holm", "Union Party", "", "2014"}}, nil},
		{"having left, joined",
			"Officials in Vellin spoke on Monday.\n\nHaving left the Union Party, Ana Holm joined the Progress Party in 2013.",
			[]datedFact{{"MEMBER_OF", "Ana Holm", "Union Party", "", "2013"}}, nil},
		{"quit to join",
			"Officials in Vellin spoke on Monday.\n\nIn 2021 Ivo Dorn quit the Green Alliance to join the Harvest Party.",
			[]datedFact{{"MEMBER_OF", "Ivo Dorn", "Green Alliance", "", "2021"}, {"MEMBER_OF", "Ivo Dorn", "Harvest Party", "2021", ""}}, nil},
		{"defected after quitting",
			"Officials in Vellin spoke on Monday.\n\nLea Sorn defected to the Harvest Party in 2019 after quitting the Green Alliance.",
			[]datedFact{{"MEMBER_OF", "Lea Sorn", "Green Alliance", "", "2019"}, {"MEMBER_OF", "Lea Sorn", "Harvest Party", "2019", ""}}, nil},
		{"joined a movement no list knows, named before its noun",
			"Officials in Vellin spoke on Monday.\n\nIn 2021 Ivo Dorn quit the Green Alliance to join the Civic Renewal movement, the centrist group founded by Karl Odum.",
			[]datedFact{{"MEMBER_OF", "Ivo Dorn", "Civic Renewal", "2021", ""}}, nil},
		{"a party left in a relative clause the parse hangs on the noun before the name",
			"Officials in Vellin spoke on Monday.\n\nTor Meland was previously a member of the Agrarian Party, which he left in 2016.",
			[]datedFact{{"MEMBER_OF", "Tor Meland", "Agrarian Party", "", "2016"}}, nil},
		{"a party rejoined after it was left is a second membership, not a span that ends before it begins",
			"Officials in Vellin spoke on Monday.\n\nAna Holm left the Civic Union for the Unity Front in June 2021 and rejoined the Civic Union in March 2023. Ivo Dorn joined the Civic Union in 2010. He left the Civic Union in 2019.",
			[]datedFact{{"MEMBER_OF", "Ana Holm", "Civic Union", "", "2021-06"}, {"MEMBER_OF", "Ana Holm", "Civic Union", "2023-03", ""}, {"MEMBER_OF", "Ivo Dorn", "Civic Union", "2010", "2019"}}, nil},
		{"resigned on a day and joined another party: the joining is dated by the leaving",
			"Officials in Vellin spoke on Monday.\n\nHelga Rast resigned from the Union Party on October 14 and joined the Harvest Party.",
			[]datedFact{{"MEMBER_OF", "Helga Rast", "Union Party", "", "2024-10-14"}, {"MEMBER_OF", "Helga Rast", "Harvest Party", "2024-10-14", ""}}, nil},
		{"a member described in apposition who defected: the one named joins",
			"Officials in Vellin spoke on Monday.\n\nAna Holm, a former Union Party MP who defected to the Harvest Party in 2019, said the vote was rigged.",
			[]datedFact{{"MEMBER_OF", "Ana Holm", "Union Party", "", "2019"}, {"MEMBER_OF", "Ana Holm", "Harvest Party", "2019", ""}}, nil},
		{"having left in one year, joined in another",
			"Officials in Vellin spoke on Monday.\n\nHaving left the Union Party in 2011, Ana Holm joined the Progress Party.",
			[]datedFact{{"MEMBER_OF", "Ana Holm", "Union Party", "", "2011"}},
			[]datedFact{{"MEMBER_OF", "Ana Holm", "Progress Party", "2011", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDatedFacts(t, tt.text, tt.want, tt.not) })
	}
}

// "The party" that a person leaves or is expelled from is the party the
// article makes them a member of, else the one named just before: the
// resignation has it as its organisation, and the membership ends that
// day. A party named only after it, or none, is no guess.
func TestThePartyLeft(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []datedFact
	}{
		{"a member's party",
			"Officials in Vellin spoke on Monday.\n\nIvo Dorn, a member of the Harvest Party, quit the party on October 14.",
			[]datedFact{{"MEMBER_OF", "Ivo Dorn", "Harvest Party", "", "2024-10-14"}}, nil},
		{"the party named before",
			"Officials in Vellin spoke on Monday.\n\nThe United Progressive Front won the vote in Vellin on Sunday. Ana Holm said she had resigned from the party on October 14.",
			[]datedFact{{"MEMBER_OF", "Ana Holm", "United Progressive Front", "", "2024-10-14"}}, nil},
		{"a party named after",
			"Officials in Vellin spoke on Monday.\n\nIvo Dorn was expelled from the party on October 14, a week after he criticised the Harvest Party's leader.",
			nil, []datedFact{{"MEMBER_OF", "Ivo Dorn", "Harvest Party", "", "2024-10-14"}}},
		{"a party joined later, after the one left",
			"Officials in Vellin spoke on Monday.\n\nSenator Ana Holm of the Peronist bloc resigned from the party in 2019. Holm joined the Harvest Party in 2021.",
			[]datedFact{{"MEMBER_OF", "Ana Holm", "Harvest Party", "2021", ""}},
			[]datedFact{{"MEMBER_OF", "Ana Holm", "Harvest Party", "", "2019"}, {"MEMBER_OF", "Ana Holm", "Harvest Party", "2021", "2019"}}},
		{"expelled from a named party, in the passive",
			"Officials in Vellin spoke on Monday.\n\nIvo Dorn was expelled from the Harvest Party on October 14.",
			[]datedFact{{"MEMBER_OF", "Ivo Dorn", "Harvest Party", "", "2024-10-14"}}, nil},
		{"a member's own party, with another named between",
			"Officials in Vellin spoke on Monday.\n\nMarta Seld has been a member of the Harbour Party since 1991. Her rival Domar Tully, a senator for the Green Union, said she had changed the party. Seld left the party in 2021 after a row over the budget.",
			[]datedFact{{"MEMBER_OF", "Marta Seld", "Harbour Party", "1991", "2021"}},
			[]datedFact{{"MEMBER_OF", "Marta Seld", "Green Union", "", "2021"}}},
		{"suspended: a member still",
			"Officials in Vellin spoke on Monday.\n\nIvo Dorn was suspended from the Harvest Party on October 14.",
			[]datedFact{{"MEMBER_OF", "Ivo Dorn", "Harvest Party", "", ""}},
			[]datedFact{{"MEMBER_OF", "Ivo Dorn", "Harvest Party", "", "2024-10-14"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDatedFacts(t, tt.text, tt.want, tt.not) })
	}
}

// "The party" a profile says its person joined is the party it takes up:
// the one the person is already known to belong to or lead, else the one
// party the paragraph names; none where two fit and the person has none.
func TestThePartyJoined(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []datedFact
	}{
		{"the one party the paragraph names",
			"Officials in Vellin spoke on Monday.\n\nMarta Seld has spent three decades in the Harbour Party. Born in Kessmouth, she joined the party in 1998 and was elected to parliament in 2006.",
			[]datedFact{{"MEMBER_OF", "Marta Seld", "Harbour Party", "1998", ""}}, nil},
		{"the party the person leads, with another party named between",
			"Officials in Vellin spoke on Monday.\n\nLena Hoft has chaired the Rural Alliance since 2020. Her predecessor, Tomas Brant of the Northern Front, praised her. Hoft joined the party in 2009.",
			[]datedFact{{"MEMBER_OF", "Lena Hoft", "Rural Alliance", "2009", ""}},
			[]datedFact{{"MEMBER_OF", "Lena Hoft", "Northern Front", "2009", ""}}},
		{"two parties and none of the person's own",
			"Officials in Vellin spoke on Monday.\n\nThe Harbour Party and the Civic Front held rallies in Kessmouth. Ivo Marrel joined the party in 2004.",
			nil,
			[]datedFact{{"MEMBER_OF", "Ivo Marrel", "Harbour Party", "2004", ""}, {"MEMBER_OF", "Ivo Marrel", "Civic Front", "2004", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDatedFacts(t, tt.text, tt.want, tt.not) })
	}
}

// "Until" a year ends the fact the words before the party state, and only
// that one: who led a party until 2020 may still belong to it; a date
// still to come ends nothing yet.
func TestUntilEndsTheStatedFact(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []datedFact
	}{
		{"a leadership ended",
			"Officials in Vellin spoke on Monday.\n\nIvo Dorn, who led the Harvest Party until 2020, died on Monday.",
			[]datedFact{{"LEADS", "Ivo Dorn", "Harvest Party", "", "2020"}},
			[]datedFact{{"MEMBER_OF", "Ivo Dorn", "Harvest Party", "", "2020"}}},
		{"a membership ended",
			"Officials in Vellin spoke on Monday.\n\nAna Vell, who was a member of the Harvest Party until 2019, spoke on Monday.",
			[]datedFact{{"MEMBER_OF", "Ana Vell", "Harvest Party", "", "2019"}}, nil},
		{"still to come",
			"Officials in Vellin spoke on Monday.\n\nIvo Dorn will lead the Harvest Party until 2027.",
			[]datedFact{{"LEADS", "Ivo Dorn", "Harvest Party", "", ""}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDatedFacts(t, tt.text, tt.want, tt.not) })
	}
}

// Career sketches as profiles write them: a post held before a clause
// that gives a new post or seat ends when that clause is dated, a gerund
// opening a copular sentence is its subject's deed, and a time set
// between "was" and its participle dates the post the participle gives.
func TestProfileCareerClauses(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []datedFact
	}{
		{"a post served before being elected or entering a chamber ends then",
			"Officials in Vellin spoke on Monday.\n\nLida Marosh served two terms as mayor of Brevik before she was elected to parliament in 2016. " +
				"Ivo Dorn served as mayor of Tarsk before entering parliament in 2011.",
			[]datedFact{{"LEADS", "Lida Marosh", "Brevik", "", "2016"}, {"LEADS", "Ivo Dorn", "Tarsk", "", "2011"}}, nil},
		{"a gerund that opens a copular sentence tells of its subject",
			"Officials in Vellin spoke on Monday.\n\nBefore joining the Harvest Party in 2014, Ivo Dorn was a member of the Union Party for twelve years.",
			[]datedFact{{"MEMBER_OF", "Ivo Dorn", "Harvest Party", "2014", ""}}, nil},
		{"a member of a party before joining another in a year was one until then",
			"Officials in Vellin spoke on Monday.\n\nBefore joining the Harvest Party in 2014, Ivo Dorn was a member of the Union Party for twelve years.",
			[]datedFact{{"MEMBER_OF", "Ivo Dorn", "Union Party", "", "2014"}}, nil},
		{"a day between \"was\" and the participle dates the post given",
			"Officials in Velmark spoke on Monday.\n\nAna Holm was on Friday appointed finance minister of Velmark. " +
				"Bala Tsoho, a chieftain of the Harvest Party, was on Monday sworn in as governor of Tarsk State.",
			[]datedFact{{"HOLDS_OFFICE", "Ana Holm", "Velmark", "2024-10-11", ""}, {"LEADS", "Bala Tsoho", "Tarsk State", "2024-10-14", ""}}, nil},
		{"an organisation's post after \"of\" is a job there, dated by the clause",
			"Officials in Vellin spoke on Monday.\n\nTom Hale became chief executive of the Harbour Trust in March 2019.",
			[]datedFact{{"WORKS_FOR", "Tom Hale", "Harbour Trust", "2019-03", ""}}, nil},
		{"a committee's chair sits on it and works for none of it",
			"Officials in Vellin spoke on Monday.\n\nTom Hale served as chairman of the Committee on Harbour Works from 1990 to 1994.",
			nil, []datedFact{{"WORKS_FOR", "Tom Hale", "Committee", "1990", "1994"}}},
		{"a post taken \"to become\" on leaving another starts when that one ends, and is not the one left",
			"Officials in Vellin spoke on Monday.\n\nTom Hale resigned in March to become chief executive of the Harbour Trust. " +
				"Lena Voss stood down from the Senate in 2021 to become director of the Orlan Institute. " +
				"Mara Venn resigned as Velmark's interior minister in June 2023 to become the country's finance minister.",
			[]datedFact{{"WORKS_FOR", "Tom Hale", "Harbour Trust", "2024-03", ""}, {"WORKS_FOR", "Lena Voss", "Orlan Institute", "2021", ""},
				{"HOLDS_OFFICE", "Mara Venn", "Velmark", "", "2023-06"}, {"HOLDS_OFFICE", "Mara Venn", "Velmark", "2023-06", ""}},
			[]datedFact{{"WORKS_FOR", "Tom Hale", "Harbour Trust", "2024-03", "2024-03"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkDatedFacts(t, tt.text, tt.want, tt.not) })
	}
}

// Taking office is taking a post: by the phrase's object ("took office
// as", "took the oath as"), by the passive of inaugurating, or with the
// post hung on the term it is taken for ("for a second term as
// president"); from the clause's day. An active verb of taking a post
// with an object of its own does it to that object: "inaugurated a
// bridge as president" gives its subject no post from that day.
func TestOfficeTakenByOathOrInauguration(t *testing.T) {
	tests := []struct {
		text string
		want []datedFact
		not  []datedFact
	}{
		{text: "Lena Varro took office as prime minister of Portugal on Friday.",
			want: []datedFact{{typ: "HOLDS_OFFICE", from: "Lena Varro", to: "Portugal", validFrom: "2024-10-11"}}},
		{text: "Lena Varro took the oath of office as Portugal's prime minister on Friday.",
			want: []datedFact{{typ: "HOLDS_OFFICE", from: "Lena Varro", to: "Portugal", validFrom: "2024-10-11"}}},
		{text: "Tomas Ederin was inaugurated as president of Ecuador on Friday.",
			want: []datedFact{{typ: "HOLDS_OFFICE", from: "Tomas Ederin", to: "Ecuador", validFrom: "2024-10-11"}}},
		{text: "Tomas Ederin was inaugurated for a second term as president of Ecuador on Friday.",
			want: []datedFact{{typ: "HOLDS_OFFICE", from: "Tomas Ederin", to: "Ecuador", validFrom: "2024-10-11"}}},
		{text: "Tomas Ederin inaugurated a new bridge in Quito as president of Ecuador on Friday.",
			not: []datedFact{{typ: "HOLDS_OFFICE", from: "Tomas Ederin", to: "Ecuador", validFrom: "2024-10-11"}}},
	}
	for _, tt := range tests {
		checkDatedFacts(t, tt.text, tt.want, tt.not)
	}
}

// A post given by confirming one in it: "The Senate confirmed X as Y"
// gives X the post from the clause's date, as naming one "as acting" Y
// does, its modifiers between "acting" and the title; one who confirms
// her own resignation as Y is given no post.
func TestConfirmedToAPost(t *testing.T) {
	checkDatedFacts(t, "Velmark's parliament met on Monday. The Senate confirmed Per Lind as Velmark's finance minister on 3 May 2024. "+
		"The president named Ana Holm as acting labour minister of Velmark on 4 May 2024.",
		[]datedFact{{"HOLDS_OFFICE", "Per Lind", "Velmark", "2024-05-03", ""}, {"HOLDS_OFFICE", "Ana Holm", "Velmark", "2024-05-04", ""}}, nil)
	checkTreeCases(t, []treeCase{{
		name: "one who confirms her resignation as minister is appointed to nothing",
		text: "Velmark's parliament met on Monday. Ana Holm confirmed her resignation as labour minister on Tuesday.",
		not:  []string{"APPOINTMENT"},
	}})
}

// A post given by swearing one in: the one sworn in takes it from the
// clause's date, even where the tagger, never having seen the verb's past
// ("swore"), reads it as the last word of the name before it.
func TestSwornInByAnother(t *testing.T) {
	for _, tt := range []struct{ swearer, sworn, swearerID, swornID string }{
		{"Anja Korvel", "Per Lind", "person/anja-korvel", "person/per-lind"},
		{"Mara Selig", "Karl Moss", "person/mara-selig", "person/karl-moss"}, // "swore" read as a word of "Mara Selig"
	} {
		text := "Velmark's parliament met on Monday. " + tt.swearer + " swore in " + tt.sworn + " as prime minister on 3 May 2024."
		checkTreeCases(t, []treeCase{{
			name: tt.swearer + " swore in " + tt.sworn,
			text: text,
			want: []wantEvent{{"APPOINTMENT", "2024-05-03", []string{"agent:" + tt.swearerID, "patient:" + tt.swornID}}},
		}})
		checkDatedFacts(t, text, []datedFact{{"HOLDS_OFFICE", tt.sworn, "Velmark", "2024-05-03", ""}}, []datedFact{{"HOLDS_OFFICE", tt.swearer, "Velmark", "", ""}})
	}
}

// A post taken at a time relative to the story's own events ("hours
// later") takes the date its event is given, even where the parse folds
// the post into the span of time ("as president hours later", read as a
// modifier of "hours"); a biography's undated oath gives no date.
func TestPostTakenRelativeToTheStory(t *testing.T) {
	tests := []struct {
		text string
		want []datedFact
		not  []datedFact
	}{
		{text: "Ecuador's National Assembly removed President Irma Casal on Thursday. Vice President Tomas Ederin was sworn in as interim president hours later.",
			want: []datedFact{{typ: "HOLDS_OFFICE", from: "Tomas Ederin", to: "Ecuador", validFrom: "2024-10-10"}}},
		{text: "Ecuador's National Assembly removed President Irma Casal on Thursday. Vice President Tomas Ederin became interim president hours later.",
			want: []datedFact{{typ: "HOLDS_OFFICE", from: "Tomas Ederin", to: "Ecuador", validFrom: "2024-10-10"}}},
		{text: "Tomas Ederin, who died on Sunday, was a lawyer in Quito. He was sworn in as president of Ecuador and later served as ambassador to Chile.",
			not: []datedFact{{typ: "HOLDS_OFFICE", from: "Tomas Ederin", to: "Ecuador", validFrom: "2024-10-13"}}},
	}
	for _, tt := range tests {
		checkDatedFacts(t, tt.text, tt.want, tt.not)
	}
}
