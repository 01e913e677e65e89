package extract

import (
	"context"
	"slices"
	"testing"

	"github.com/polgraph/polgraph"
)

// nordicRoundup is a round-up under country headings: what its sentences
// leave unsaid belongs to the country of their section.
const nordicRoundup = "HELSINKI/OSLO, May 2 (Nordic Desk) - Two coalitions wobbled on Thursday. Here is the day in the region.\n\n" +
	"FINLAND\n\n" +
	"The Democratic Party left Prime Minister Aino Pelto's coalition on Thursday. The Harvest Party said it would abstain. " +
	"Interior Minister Veikko Saari said the police were ready, and the Democrats called for an early election. The Supreme Court delayed its ruling on the budget.\n\n" +
	"NORWAY\n\n" +
	"The Democratic Party, in opposition, welcomed the budget. The Harvest Party voted against it, and the Democrats abstained. " +
	"Interior Minister Odd Brekke resigned on Thursday. His post will go to the finance minister, Kari Holt, officials said.\n\n" +
	"In Helsinki, the Supreme Court fined the Harvest Party on Thursday.\n"

// A name every country may have ("the Democratic Party", "the Supreme
// Court", a party no list knows) is the one of the country its section's
// heading or its sentence's opening names: one node per country.
func TestSectionSetsTheCountry(t *testing.T) {
	checkIDs(t, []idCase{
		{"a shared party name under the first heading", nordicRoundup, "Democratic Party", 0, "party/democratic-party--fi"},
		{"the same name under the second", nordicRoundup, "Democratic Party", 1, "party/democratic-party--no"},
		{"its members under the first heading", nordicRoundup, "Democrats", 0, "party/democratic-party--fi"},
		{"its members under the second", nordicRoundup, "Democrats", 1, "party/democratic-party--no"},
		{"an unknown party under the first heading", nordicRoundup, "Harvest Party", 0, "party/harvest-party--fi"},
		{"the same name under the second", nordicRoundup, "Harvest Party", 1, "party/harvest-party--no"},
		{"a sentence opening in a capital", nordicRoundup, "Harvest Party", 2, "party/harvest-party--fi"},
		{"a generic body under a heading", nordicRoundup, "Supreme Court", 0, "organization/supreme-court--fi"},
		{"a generic body in a capital", nordicRoundup, "Supreme Court", 1, "organization/supreme-court--fi"},
	})
	checkRelationCases(t, []relationCase{{
		name: "offices of no country named",
		text: nordicRoundup,
		want: [][3]string{{"HOLDS_OFFICE", "Veikko Saari", "Finland"}, {"HOLDS_OFFICE", "Odd Brekke", "Norway"}, {"HOLDS_OFFICE", "Kari Holt", "Norway"}},
		not:  [][3]string{{"HOLDS_OFFICE", "Veikko Saari", "Norway"}, {"HOLDS_OFFICE", "Odd Brekke", "Finland"}},
	}})
}

// An acronym that two parties' names share is the one of the country its
// sentence is set in, else the one named last before it.
func TestAcronymOfTwoParties(t *testing.T) {
	text := "Coalition talks went on in both capitals on Friday.\n\n" +
		"FINLAND\n\n" +
		"The Party of Rural Renewal (PRR) joined the talks.\n\n" +
		"NORWAY\n\n" +
		"The Party of Regional Reform walked out. The PRR's leader, Sigrid Lunde, said the offer was too low.\n\n" +
		"FINLAND\n\n" +
		"The PRR said it would wait.\n"
	checkIDs(t, []idCase{
		{"spelled out before it", text, "PRR", 0, "party/party-of-rural-renewal--fi"},
		{"the other country's section", text, "PRR", 1, "party/party-of-regional-reform--no"},
		{"back under the first heading", text, "PRR", 2, "party/party-of-rural-renewal--fi"},
	})
}

// A party named by its members, "the Democrats", is the Democratic Party
// the article names: the adjective of "-ic" gives the members' noun.
func TestPartyNamedByItsMembers(t *testing.T) {
	text := "The Civic Democratic Party won 30 seats on Sunday. The Civic Democrats will lead the coalition talks, their leader Ivo Marek said."
	if got, want := entityOf(t, text, "Civic Democrats", 0), entityOf(t, text, "Civic Democratic Party", 0); got != want {
		t.Errorf("the Civic Democrats are %q, the Civic Democratic Party %q: want one entity", got, want)
	}
}

// A state body's name every country uses ("Parliament") is not the one of
// a country the story names elsewhere where its own sentence names
// another: "Parliament in Wellington" is not Britain's.
func TestGenericBodyOfTheSentencesCountry(t *testing.T) {
	abroad := "Tama Rewi spoke at Parliament in Wellington on Monday. Britain's envoy, Clare Hobbs, welcomed the bill."
	home := "Britain's trade minister, Clare Hobbs, spoke in Parliament on Monday. Canada's envoy, Tama Rewi, welcomed the bill."
	if got := entityOf(t, abroad, "Parliament", 0); got == "organization/parliament-of-the-united-kingdom" {
		t.Errorf("Parliament in Wellington is %q", got)
	}
	checkIDs(t, []idCase{{"the country the sentence names", home, "Parliament", 0, "organization/parliament-of-the-united-kingdom"}})
}

// An office the text gives no country is of the country the sentence's
// subject holds office in, before the story's home: the visiting prime
// minister's foreign minister is not the host country's.
func TestOfficeOfTheSubjectsCountry(t *testing.T) {
	checkRelationCases(t, []relationCase{{
		name: "a minister who joins a visiting prime minister",
		text: "New Zealand Prime Minister Joanna Whit flew to Suva on Monday for talks with Fiji's leaders. She was joined by the Minister of Foreign Affairs, Daniel Ash. " +
			"Fiji's navy and Fiji's police welcomed the visit, and Fiji's president hosted a dinner.",
		want: [][3]string{{"HOLDS_OFFICE", "Daniel Ash", "New Zealand"}},
		not:  [][3]string{{"HOLDS_OFFICE", "Daniel Ash", "Fiji"}},
	}})
}

// A bare title of a sentence whose subject names no state is of the
// state an earlier sentence of its paragraph has for its subject, not of
// the state the story names most: a paragraph tells one side's part.
func TestOfficeOfTheParagraphsCountry(t *testing.T) {
	checkRelationCases(t, []relationCase{{
		name: "a prime minister after his state's reaction",
		text: "Hungary and Slovakia signed a gas deal on Monday. Hungary will pay in euros, and Hungary will build a pipeline, officials in Budapest said.\n\n" +
			"Slovakia welcomed the deal on Tuesday. Prime Minister Jan Kovac said it was fair.",
		want: [][3]string{{"HOLDS_OFFICE", "Jan Kovac", "Slovakia"}},
		not:  [][3]string{{"HOLDS_OFFICE", "Jan Kovac", "Hungary"}},
	}})
}

// "The government" with nothing naming whose is the state of the country
// its section's heading names, not the story's home.
func TestTheGovernmentOfTheSection(t *testing.T) {
	text := "Timber row\n\nFINLAND\n\nThe Harvest Party accused Norway of dumping timber on Monday. Finland's farmers and Finland's mills agreed.\n\n" +
		"NORWAY\n\nThe government rejected the accusation on Tuesday.\n"
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2023-09-14"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := denialsOf(x), []string{"Norway -> ACCUSATION"}; !slices.Equal(got, want) {
		t.Errorf("denials %q, want %q", got, want)
	}
}

// A form several known parties share is the one of the country its
// section's heading names.
func TestKnownPartyOfTheSection(t *testing.T) {
	text := "Labour round-up\n\nUNITED KINGDOM\n\nThe Labour Party held its conference on Monday.\n\n" +
		"NEW ZEALAND\n\nThe Labour Party chose a new leader on Tuesday, and the Labour Party's whips agreed.\n"
	checkIDs(t, []idCase{
		{"under the first heading", text, "Labour Party", 0, "party/labour-party-uk"},
		{"under the second", text, "Labour Party", 1, "party/new-zealand-labour-party"},
	})
}

// A story filed from several countries' capitals is filed from none of
// them: a party no list knows is of the country the story is about, not
// of the dateline's first city.
func TestDatelineOfSeveralCountries(t *testing.T) {
	text := "OSLO/HELSINKI, May 2 (Nordic Desk) - The Harvest Party said on Thursday that Finland's budget was too small. " +
		"Finland's finance ministry disagreed, and Finland's farmers agreed."
	checkIDs(t, []idCase{{"an unknown party", text, "Harvest Party", 0, "party/harvest-party--fi"}})
}

// A title the text gives no country ("Justice Minister Dana Whitcombe") is
// of the country the story is filed from where the sentence names none,
// however often the story names the country it is about: a reporter names
// the foreign officials' country and leaves the home ones' unsaid.
func TestBareTitleOfTheDatelinesCountry(t *testing.T) {
	text := "OTTAWA, May 2 (Maple Wire) - A Brazilian family asked for asylum on Tuesday. " +
		"Brazil wants the family back, and its consul said Brazil would appeal any ruling. " +
		"Lawyers for the family wrote to Justice Minister Dana Whitcombe and said they would go to court. " +
		"In Brasilia, President Tomas Arruda said the family belonged in Brazil. Brazil has sent two diplomats."
	// "WASHINGTON" names a state too: read as the capital, it files the
	// story from the United States
	washington := "WASHINGTON (Maple Wire) - A Cuban family asked the United States for asylum on Tuesday. " +
		"Cuba wants the family back, and its envoy said Cuba would appeal any ruling. " +
		"Lawyers for the family wrote to Attorney General Dana Whitcombe and said they would go to court. " +
		"In Havana, President Tomas Arruda said the family belonged in Cuba. Cuba has sent two diplomats."
	checkRelationCases(t, []relationCase{{
		name: "a bare title in a story filed from Ottawa about Brazil",
		text: text,
		want: [][3]string{{"HOLDS_OFFICE", "Dana Whitcombe", "Canada"}, {"HOLDS_OFFICE", "Tomas Arruda", "Brazil"}},
		not:  [][3]string{{"HOLDS_OFFICE", "Dana Whitcombe", "Brazil"}},
	}, {
		name: "a bare title in a story filed from Washington about Cuba",
		text: washington,
		want: [][3]string{{"HOLDS_OFFICE", "Dana Whitcombe", "United States"}, {"HOLDS_OFFICE", "Tomas Arruda", "Cuba"}},
		not:  [][3]string{{"HOLDS_OFFICE", "Dana Whitcombe", "Cuba"}},
	}})
}

// regionWires is a round-up whose sections open with datelines of their
// own, not headings: each section is set in the country it is filed from,
// and filed on its own day.
const regionWires = "Europe in brief\n\n" +
	"CHISINAU, May 12 (Europe Desk) - The Democratic Party left Prime Minister Aino Pelto's coalition on Monday, and Moldova's parliament will vote on the budget next week. " +
	"Interior Minister Veikko Saari said the police were ready.\n\n" +
	"HELSINKI - The Democratic Party welcomed the budget. Interior Minister Odd Brekke resigned on Monday. Opposition lawmaker Ilkka Rinne said the government had lied.\n\n" +
	"STOCKHOLM, May 11 - The Harvest Party said it would abstain.\n"

func TestSectionDatelineSetsTheCountry(t *testing.T) {
	checkIDs(t, []idCase{
		{"a shared party name in the first section", regionWires, "Democratic Party", 0, "party/democratic-party-of-moldova"},
		{"the same name in the second", regionWires, "Democratic Party", 1, "party/democratic-party--fi"},
		{"an unknown party in the third", regionWires, "Harvest Party", 0, "party/harvest-party--se"},
	})
	checkRelationCases(t, []relationCase{{
		name: "offices of no country named",
		text: regionWires,
		want: [][3]string{{"HOLDS_OFFICE", "Veikko Saari", "Moldova"}, {"HOLDS_OFFICE", "Odd Brekke", "Finland"}},
		not: [][3]string{{"HOLDS_OFFICE", "Odd Brekke", "Moldova"},
			{"HOLDS_OFFICE", "Ilkka Rinne", "Parliament of Moldova"}}, // the one parliament named is another section's
	}})
	checkTreeCases(t, []treeCase{{
		name: "a statement on its section's day",
		text: regionWires,
		want: []wantEvent{{typ: "STATEMENT", date: "2025-05-11", parts: []string{"agent:party/harvest-party--se"}}},
	}})
}

// A capital that a home city's name shares is the capital where the
// sentence names its state before it: a Canadian minister meeting her
// British counterpart in London meets in Britain's, not in London,
// Ontario, which a sentence about Canada alone keeps.
func TestCapitalOfTheSentencesState(t *testing.T) {
	abroad := "OTTAWA - Canada's Foreign Minister Anne Leclair met her British counterpart, Tom Hale, in London on Tuesday, Global Affairs Canada said."
	home := "OTTAWA - Canada's Foreign Minister Anne Leclair spoke at a town hall in London on Tuesday, Global Affairs Canada said."
	checkIDs(t, []idCase{
		{"after the state's demonym", abroad, "London", 0, "place/london"},
		{"in a sentence about home", home, "London", 0, "place/london-ontario"},
	})
}
