package extract

import (
	"testing"

	"github.com/polgraph/polgraph"
)

// Two countries' parties of one name in one article are two nodes: a
// mention belongs to the country (or territory) a possessive, an "of" or
// "in" after it or the sentence before it names ("a British MP for the Labour Party"), else to the one
// the paragraph attributed that form to last; for countries no list knows
// the party's id carries the country, as a dateline's would.
func TestSameNamedPartiesOfTwoCountries(t *testing.T) {
	known := "LONDON (Reuters) - Britain's Labour Party and New Zealand's Labour Party signed a joint pledge on climate on Monday, officials said.\n\n" +
		"The Labour Party of New Zealand said its leader, Mereana Tuhoe, would visit in May. The Labour Party expects a warm welcome. " +
		"Tomas Whitby, a British MP for the Labour Party, welcomed the visit."
	fictional := "Kelmora's Labour Party and Orvania's Labour Party agreed on Monday to share a campaign office, their leaders said.\n\n" +
		"The Labour Party of Orvania said its leader, Ilse Marn, would visit in May. Tomas Ruuk, a Kelmoran MP for the Labour Party, welcomed the visit."
	office := "ACCRA, Ghana (Reuters) - The Office of the President denied the report on Monday.\n\nThe opposition had published it."
	territory := "WASHINGTON (Reuters) - The Democratic Party in the United States and Hong Kong's Democratic Party both condemned the arrests on Monday, officials said."
	colon := "NAIROBI: The Foreign Ministry said on Monday it had summoned China's ambassador over a Chinese trawler. The Chinese embassy said China's crew had done nothing wrong, and China would protest."
	breaking := "BREAKING: The Foreign Ministry said on Monday it had summoned China's ambassador over a Chinese trawler. The Chinese embassy said China's crew had done nothing wrong, and China would protest."
	wonIn := "The Liberal Party won in Canada on Monday, while in Australia the Liberal Party lost. Liberal leader Tom Varga said he would quit."
	tests := []idCase{
		{"where its verb says it acted", wonIn, "Liberal Party", 0, "party/liberal-party-of-canada"},
		{"the other country's", wonIn, "Liberal Party", 1, "party/liberal-party-of-australia"},
		{"a colon dateline's country", colon, "Foreign Ministry", 0, "organization/foreign-ministry--ke"},
		{"no place before the colon", breaking, "Foreign Ministry", 0, "organization/foreign-ministry--cn"},
		{"in a known country", territory, "Democratic Party", 0, "party/democratic-party-united-states"},
		{"a territory's possessive", territory, "Democratic Party", 1, "party/democratic-party-hong-kong"},
		{"a known country's possessive", known, "Labour Party", 0, "party/labour-party-uk"},
		{"the other's possessive", known, "Labour Party", 1, "party/new-zealand-labour-party"},
		{"of a known country", known, "Labour Party", 2, "party/new-zealand-labour-party"},
		{"the paragraph's attribution", known, "Labour Party", 3, "party/new-zealand-labour-party"},
		{"the sentence's demonym", known, "Labour Party", 4, "party/labour-party-uk"},
		{"an unknown country's possessive", fictional, "Labour Party", 0, "party/labour-party--kelmora"},
		{"the other unknown country's", fictional, "Labour Party", 1, "party/labour-party--orvania"},
		{"of an unknown country", fictional, "Labour Party of Orvania", 0, "party/labour-party--orvania"},
		{"an unknown country's demonym", fictional, "Labour Party", 3, "party/labour-party--kelmora"},
		{"the owner is a state", fictional, "Kelmora", 0, "country/kelmora"},
		{"a generic body of the story's country", office, "Office of the President", 0, "organization/office-of-the-president--gh"},
	}
	checkIDs(t, tests)
}

// A form several countries' parties share, in a sentence set in a country
// none of them is of, is that country's party, never one named before of
// another country; a capital whose name other places share ("London")
// names its state where the article names no other, as the city is read.
func TestSharedPartyFormsByTheArticlesCountry(t *testing.T) {
	setting := "In Germany, the Social Democrats lost ground on Sunday, Katrin Wellmer said. " +
		"In Austria, the Social Democrats also lost. In Sweden, the Social Democrats won."
	capital := "Opposition Labour leader Tobias Vane said in London on Monday that the budget had failed. The Conservatives rejected the claim."
	checkIDs(t, []idCase{
		{"the first setting's", setting, "Social Democrats", 0, "party/social-democratic-party-of-germany"},
		{"the second setting's, not the first's", setting, "Social Democrats", 1, "party/social-democratic-party-of-austria"},
		{"the third setting's", setting, "Social Democrats", 2, "party/swedish-social-democratic-party"},
		{"the capital's state's", capital, "Labour", 0, "party/labour-party-uk"},
		{"the capital's state's too", capital, "Conservatives", 0, "party/conservative-party-uk"},
		{"the state the story is about, named after it", "The Greens won 12 seats in Sunday's election in Portugal, Marta Quintal said.", "The Greens", 0, "party/greens--pt"},
	})
}

// A local council named after the town it governs names the town's
// country, so a bare party label beside it is that country's party; a
// town whose country has no party of the label leaves the label unscoped.
func TestSharedPartyFormsByALocalCouncilsTown(t *testing.T) {
	checkIDs(t, []idCase{
		{"a British town's council", "Labour councillor Ana Holm criticised Leeds City Council on Monday.", "Labour", 0, "party/labour-party-uk"},
		{"an Irish capital's council", "Labour councillor Ben Sutt criticised Dublin City Council on Monday.", "Labour", 0, "party/labour-party-ireland"},
		{"a town whose country has no Labour", "Labour councillor Ana Holm criticised Hobart City Council on Monday.", "Labour", 0, "party/labour--a7132ce98"},
	})
}

// A state body named as every state's is, before another country's body
// of that name is named in full, is the one of the country the story is
// filed from: a short form refers back, not ahead; after a country's body
// is named in full, the short form is that one.
func TestShortBodyNameBeforeAForeignOne(t *testing.T) {
	kyiv := "KYIV (Reuters) - The Defence Ministry said on Monday Ukrainian troops had repelled an attack near Kharkiv. " +
		"Moscow denied it, and the Russian Defence Ministry said its troops hit only military targets."
	moscow := "MOSCOW (Reuters) - The Defence Ministry said on Monday its forces had repelled an attack, and the Ukrainian Defence Ministry denied it."
	london := "LONDON (Reuters) - Iran's Foreign Ministry said on Monday it would respond. Tehran has long denied the claims.\n\n" +
		"The Foreign Ministry also summoned the British ambassador."
	checkIDs(t, []idCase{
		{"the filing country's", kyiv, "Defence Ministry", 0, "organization/ministry-of-defence-of-ukraine"},
		{"the other named in full", kyiv, "Russian Defence Ministry", 0, "organization/ministry-of-defence-russia"},
		{"the filing country's again", moscow, "Defence Ministry", 0, "organization/ministry-of-defence-russia"},
		{"named in full before", london, "Foreign Ministry", 1, "organization/ministry-of-foreign-affairs-iran"},
	})
}

// A body's head word alone before a role its people hold ("Ministry
// spokesman X") is the one body the article named with that head, at the
// end of its name or before "of"; where it named none, the word names
// nothing.
func TestBodyHeadBeforeARole(t *testing.T) {
	moscow := "MOSCOW (Reuters) - The Defence Ministry said its forces had repelled an attack. Ministry spokesman Pavel Orlov said three drones were downed."
	justice := "The Ministry of Justice said on Monday it would act, Ministry spokeswoman Ana Lisk said."
	none := "Ministry spokeswoman Ana Lisk said on Monday the ministry would act."
	checkIDs(t, []idCase{
		{"the one ministry named", moscow, "Ministry", 1, "organization/ministry-of-defence-russia"},
		{"the one ministry of a field", justice, "Ministry", 1, "organization/ministry-of-justice--ae8904221"},
		{"no ministry named", none, "Ministry", 0, ""},
	})
}

// A state body named as every state's is, "in" a capital after it, is the
// capital's state's body the lists know, as with its country's name.
func TestBodyInACapital(t *testing.T) {
	text := "LONDON (Reuters) - Ukraine's Defence Ministry said drones hit Odesa, but the Defence Ministry in Moscow said it had struck only military sites."
	checkIDs(t, []idCase{
		{"the capital's state's", text, "Defence Ministry", 1, "organization/ministry-of-defence-russia"},
	})
}

// A state body of a name every country uses is its country's, whether
// "of" after it or a possessive before it names the country, and the short
// name in brackets after it is the same body, capitals or not.
func TestGenericBodiesOfTwoCountries(t *testing.T) {
	two := "The Human Rights Commission of Malaysia said on Monday that 22 people were detained. " +
		"Kenya's Human Rights Commission said the same."
	acronym := "The Anti-Corruption Commission of Bhutan (ACC) said on Monday that it had charged Ivo Marek. " +
		"The ACC said more arrests would follow."
	short := "The Human Rights Commission of Malaysia (Suhakam) said on Monday that 22 people were detained. " +
		"Suhakam later called for an inquiry."
	checkIDs(t, []idCase{
		{"of a country", two, "Human Rights Commission", 0, "organization/human-rights-commission--my"},
		{"a country's", two, "Human Rights Commission", 1, "organization/human-rights-commission--ke"},
		{"the body before an acronym", acronym, "Anti-Corruption Commission", 0, "organization/anti-corruption-commission--bt"},
		{"its acronym in brackets", acronym, "ACC", 0, "organization/anti-corruption-commission--bt"},
		{"its acronym again", acronym, "ACC", 1, "organization/anti-corruption-commission--bt"},
		{"a short name in brackets", short, "Suhakam", 0, "organization/human-rights-commission--my"},
		{"the short name again", short, "Suhakam", 1, "organization/human-rights-commission--my"},
	})
}

// A party no list knows is one node across the stories filed from one
// country no list knows either ("VELMOR, Kelmora (Reuters) -"), and the
// same node where another story calls it that country's: after the
// dateline's city comes its state, not a person.
func TestUnknownPartyAcrossArticles(t *testing.T) {
	texts := []string{
		"VELMOR, Kelmora (Reuters) - The Labour Party won 40 seats in Sunday's election, its leader Dara Voss said.",
		"VELMOR, Kelmora (AP) - Dara Voss of the Labour Party was sworn in as prime minister on Tuesday.",
		"Officials in Orvania welcomed the result on Monday. Kelmora's Labour Party had promised new trade talks.",
	}
	const want = "party/labour-party--kelmora"
	for _, text := range texts {
		if got := entityOf(t, text, "Labour Party", 0); got != want {
			t.Errorf("%q: Labour Party is %q, want %q", text, got, want)
		}
	}
	checkKinds(t, texts[0], map[string]string{"Kelmora": polgraph.KindCountry})
}

// A body's name made of every country's words that the press keeps for one
// country's body is that body, whichever country the sentence names; one
// other countries' press uses too stays the sentence's country's.
func TestNationalBodyForms(t *testing.T) {
	text := "Ivo Dorn will travel to Paris next week, the State Department said on Monday. The Defense Ministry in Paris said on Tuesday it would host him."
	checkIDs(t, []idCase{
		{"kept for one country", text, "State Department", 0, "organization/united-states-department-of-state"},
		{"every country's", text, "Defense Ministry", 0, "organization/ministry-of-the-armed-forces-france"},
	})
}

// A party the press names by a one-word short name ("Smer") is that party,
// before its leader's title and after "of", not a person; a short name
// Party Facts also gives as an acronym needs the article's country.
func TestPartyOneWordShortNames(t *testing.T) {
	of := "BRATISLAVA (Reuters) - Tomas Vrba of Smer said on Monday the coalition would hold."
	leader := "Smer leader Tomas Vrba said on Monday the coalition would hold."
	greek := "ATHENS (Reuters) - Syriza leader Nikos Arvanitis said on Monday the party would vote against the budget."
	checkIDs(t, []idCase{
		{"after of", of, "Smer", 0, "party/party-direction-third-way"},
		{"before a leader", leader, "Smer", 0, "party/party-direction-third-way"},
		{"in its country", greek, "Syriza", 0, "party/coalition-of-the-radical-left"},
	})
}

// In a story about the European Parliament, "the Greens" and "the
// Socialists" are its political groups, not parties of the country the
// dateline names (Belgium) nor of another the story names; a possessive
// or a nationality before the form still gives it its country, and a
// story about no parliament keeps the dateline's reading.
func TestEuropeanParliamentGroupsByMembers(t *testing.T) {
	vote := "BRUSSELS (Reuters) - The Greens and the Socialists blocked a plan to cut farm aid in the European Parliament on Wednesday. " +
		"Greens MEP Tilde Marquand said the vote was a relief.\n\n" +
		"Heiko Brandl of the CDU accused the Greens of hypocrisy.\n\nGermany's Greens had backed the plan."
	meps := "STRASBOURG, France (Reuters) - MEPs voted 301-250 on Tuesday to reject the budget. The Greens voted against.\n\nThe Dutch Greens voted in favour."
	national := "PARIS (Reuters) - The Greens won three seats in the Lyon council election on Sunday on a green energy pledge."
	label := "BRUSSELS (Reuters) - MEPs voted 355-241 on Thursday to ban goods made with forced labour. Socialist MEP Irena Valsecchi said the vote sent a strong signal."
	checkIDs(t, []idCase{
		{"the group in a Brussels story", vote, "The Greens", 0, "organization/greens-european-free-alliance"},
		{"the other group", vote, "Socialists", 0, "organization/progressive-alliance-of-socialists-and-democrats"},
		{"a label of the group", vote, "Greens", 1, "organization/greens-european-free-alliance"},
		{"no country in its sentence", vote, "Greens", 2, "organization/greens-european-free-alliance"},
		{"a possessive's party", vote, "Greens", 3, "party/alliance-90-the-greens"},
		{"MEPs make it a Parliament story", meps, "The Greens", 0, "organization/greens-european-free-alliance"},
		{"a member's word for the group", label, "Socialist", 0, "organization/progressive-alliance-of-socialists-and-democrats"},
		{"no Parliament: the dateline's", national, "Greens", 0, "party/the-ecologists"},
	})
}
