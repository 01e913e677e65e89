package extract

import "testing"

// A state body or party its owner names outright ("Russia's Ministry of
// Defence", "Chile's Socialist Party") is that owner's, though the same
// words are another country's body's name the gazetteer knows, and though
// the article names that other country too: one node per country's body.
func TestOwnerChoosesTheBody(t *testing.T) {
	mod := "MOSCOW, May 2 (Reuters) - Russia's Ministry of Defence said its forces had captured a village near Kupiansk. Britain's Ministry of Defence said the claim was false."
	socialists := "SANTIAGO, May 2 (Reuters) - Chile's Socialist Party said on Tuesday it would back the pension reform of President Ana Vergara. In France, the Socialist Party said it would vote against the budget."
	congress := "KATHMANDU, May 2 (Reuters) - Nepal's Congress party said on Tuesday it would leave the government of Prime Minister Hari Thapa. In India, the Congress party said it would back the bill."
	tests := []idCase{
		{"a ministry its possessor owns", mod, "Ministry of Defence", 0, "organization/ministry-of-defence-russia"},
		{"the other country's ministry of the same name", mod, "Ministry of Defence", 1, "organization/ministry-of-defence-uk"},
		{"a party its possessor owns, another country named later", socialists, "Socialist Party", 0, "party/socialist-party-of-chile"},
		{"the other country's party of the same name", socialists, "Socialist Party", 1, "party/socialist-party-france"},
		// a short name with the noun "party" after it stays a party
		{"a party's short name its possessor owns", congress, "Congress", 0, "party/nepali-congress"},
		{"the same short name set in the other country", congress, "Congress", 1, "party/indian-national-congress"},
	}
	checkIDs(t, tests)
}

// A party the press names without its head noun ("Labour leader X") is,
// in a story filed from a country with a known party of that name with the
// noun ("Norwegian Labour Party"), that party: the same node the full name
// gives, not a second one scoped by the country; filed from London or
// Wellington, the same words are those countries' own parties. So is a
// party named by its members ("Social Democrats", "Conservatives").
func TestShortPartyNameOfTheDatelinesCountry(t *testing.T) {
	oslo := "OSLO, May 2 (NTB) - Labour leader Kari Nordvik said on Tuesday the party would not join a coalition."
	london := "LONDON, May 2 (Reuters) - Labour leader Peter Hadley said on Tuesday the party would vote against the budget."
	vienna := "VIENNA, May 2 (APA) - The SPO said on Tuesday it would vote against the budget. Austria's Social Democrats lost ground in Sunday's vote."
	osloTories := "OSLO, May 2 (NTB) - The Conservatives said on Tuesday they would back the bill of Prime Minister Ola Brekke."
	baltic := "VILNIUS, May 2 (BNS) - Lithuania's Social Democrats won the most seats on Sunday. In Latvia, the Social Democrats lost ground."
	wellington := "WELLINGTON, May 2 (Reuters) - Labour leader Aroha Tane said on Tuesday the party would vote against the budget."
	tests := []idCase{
		{"filed from Oslo", oslo, "Labour", 0, "party/det-norske-arbeiderparti"},
		{"filed from London", london, "Labour", 0, "party/labour-party-uk"},
		{"filed from Wellington", wellington, "Labour", 0, "party/new-zealand-labour-party"},
		// named by its members: the party of their adjective
		{"members' name, owned", vienna, "Social Democrats", 0, "party/social-democratic-party-of-austria"},
		{"members' name, filed from the country", osloTories, "Conservatives", 0, "party/conservative-party-norway"},
		// the country a sentence is set in, not the dateline's, owns the
		// same words there
		{"members' name, owned, in a story filed there", baltic, "Social Democrats", 0, "party/social-democratic-party-of-lithuania"},
		{"members' name in a sentence set in another country", baltic, "Social Democrats", 1, "party/social-democratic-party-latvia"},
	}
	checkIDs(t, tests)
}

// A party of several countries' name that its sentence ties to none is
// the party of the country the story is filed from, though the article
// names another country with a party of that name more often; a sentence
// that names the other's owner still gives it that one.
func TestDatelineOwnsASharedPartyName(t *testing.T) {
	ottawa := "OTTAWA (Reuters) - The Liberals won a fourth term on Monday, Prime Minister Aldo Brenner said. " +
		"Australia congratulated Brenner, and Australia's trade minister Jill Carr called him."
	ottawaParty := "OTTAWA (Reuters) - Voters went to the polls on Monday. Australia's trade minister Jill Carr praised the vote. " +
		"The Liberal Party won 160 seats, Australia said."
	canberra := "CANBERRA (Reuters) - The Liberal Party won 60 seats, Canada's envoy Tom Vale said. Canada's Liberals congratulated the winners."
	// a form with "The" that only another country's party has in full
	wellington := "WELLINGTON (Reuters) - The Greens said on Monday they would back the bill. Australia's Greens also backed it, Australia said."
	inAustralia := "WELLINGTON (Reuters) - In Australia, The Greens said on Monday they would back the bill."
	checkIDs(t, []idCase{
		{"\"The\" and a shared form, filed from Wellington", wellington, "Greens", 0, "party/green-party-of-aotearoa-new-zealand"},
		{"the other's, owned", wellington, "Greens", 1, "party/australian-greens"},
		{"the other's, set in its country", inAustralia, "The Greens", 0, "party/australian-greens"},
		{"the plural, filed from Ottawa", ottawa, "Liberals", 0, "party/liberal-party-of-canada"},
		{"the full name, filed from Ottawa", ottawaParty, "Liberal Party", 0, "party/liberal-party-of-canada"},
		{"filed from Canberra", canberra, "Liberal Party", 0, "party/liberal-party-of-australia"},
		{"the sentence's owner", canberra, "Liberals", 0, "party/liberal-party-of-canada"},
	})
}
