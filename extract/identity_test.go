package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// partyIDs extracts an article and maps each surface of a party mention to
// the party's id.
func partyIDs(t *testing.T, text string) map[string]string {
	t.Helper()
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2025-03-02"})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{}
	for _, e := range x.Entities {
		if e.Kind != polgraph.KindParty {
			continue
		}
		for _, m := range e.Mentions {
			ids[m.Text] = e.ID
		}
	}
	return ids
}

// Same-named real parties of two countries, in stories with invented
// events: the article's country decides which one a shared name or acronym
// denotes, and without a country the id is scoped so that it cannot merge
// with a different party.
func TestSharedPartyNamesByCountry(t *testing.T) {
	checkPartyIDs(t, []partyIDCase{
		{"Democratic Party in a Hong Kong story",
			"HONG KONG - The Democratic Party said on Sunday it would field no candidates in the district council vote in Hong Kong next month.",
			"Democratic Party", "party/democratic-party-hong-kong"},
		{"Democratic Party in a US story",
			"WASHINGTON - The Democratic Party said on Sunday it would hold its convention in Ohio, as senators in the United States returned from recess.",
			"Democratic Party", "party/democratic-party-united-states"},
		{"Green Party in a story filed from London",
			"LONDON (Reuters) - The Green Party said on Monday it had won the by-election, its candidate Tessa Marr told supporters.",
			"Green Party", "party/green-party-of-england-and-wales"},
		{"Green Party in a story filed from London, Ontario",
			"LONDON, Ontario - The Green Party said on Monday it had won the by-election, its candidate Tessa Marr told supporters.",
			"Green Party", "party/green-party-of-canada"},
		{"NPP in a Ghana story",
			"ACCRA, Ghana - The NPP chose a new running mate on Saturday, party officials in Ghana said.",
			"NPP", "party/new-patriotic-party"},
		{"NPP in a Hong Kong story",
			"The NPP held a rally in Hong Kong on Saturday to back its candidate for the Legislative Council.",
			"NPP", "party/new-peoples-party"},
		{"NPP in a Taiwan story",
			"TAIPEI, Taiwan - The NPP walked out of the legislature on Friday over the budget.",
			"NPP", "party/new-power-party"},
	})
}

// A party's name with or without its apostrophe is one party: the
// gazetteer's, chosen by the article's country, whichever way the
// article spells it.
func TestPartyNamesWithoutApostrophe(t *testing.T) {
	workers := []string{"Workers' Party", "Workers Party", "Workers’ Party"}
	tests := []struct {
		name, text string // text holds %s where the party's name goes
		forms      []string
		want       string
	}{
		{"Brazil", "BRASILIA (Reuters) - The %s said on Monday it would back the pension bill, its leader Rui Tavora told reporters.", workers, "party/workers-party-brazil"},
		{"Algeria", "ALGIERS (Reuters) - The %s said on Monday it would boycott the vote, its leader Amel Sadi told reporters.", workers, "party/workers-party-algeria"},
		{"Spain", "MADRID (Reuters) - The %s won the regional vote in Spain on Sunday, its candidate Ana Velo said.", []string{"People's Party", "Peoples Party"}, "party/peoples-party-spain"},
	}
	for _, tt := range tests {
		for _, form := range tt.forms {
			t.Run(tt.name+"/"+form, func(t *testing.T) {
				text := strings.Replace(tt.text, "%s", form, 1)
				if got := partyIDs(t, text)[form]; got != tt.want {
					t.Errorf("%q is %q, want %q", form, got, tt.want)
				}
			})
		}
	}
}

// partyIDCase is an article and the id a party's surface in it wants.
type partyIDCase struct {
	name, text, surface, want string
}

// checkPartyIDs extracts each case's text and checks its surface's id.
func checkPartyIDs(t *testing.T, tests []partyIDCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := partyIDs(t, tt.text)[tt.surface]; got != tt.want {
				t.Errorf("%q is %q, want %q", tt.surface, got, tt.want)
			}
		})
	}
}

// A territory's or country's name before a form several countries'
// parties share ("Hong Kong Democratic Party", "Brazilian Workers'
// Party") qualifies it as a possessive does: the same party, not a name
// of its own; a capital before it qualifies nothing.
func TestPartyQualifiedByItsPlace(t *testing.T) {
	checkPartyIDs(t, []partyIDCase{
		{"territory", "The Hong Kong Democratic Party said on Sunday it would disband, its chairman Lo Kin-wai told reporters.",
			"Hong Kong Democratic Party", "party/democratic-party-hong-kong"},
		{"territory's", "Hong Kong's Democratic Party said on Sunday it would disband, its chairman Lo Kin-wai told reporters.",
			"Democratic Party", "party/democratic-party-hong-kong"},
		{"demonym", "The Brazilian Workers' Party said on Monday it would back the pension bill.",
			"Brazilian Workers' Party", "party/workers-party-brazil"},
		{"capital", "The Washington Democratic Party chose Dana Kell as its chair on Monday.",
			"Washington Democratic Party", "party/washington-democratic-party"},
	})
}

// "Green Party" where no party of the article's country has that name
// but one is called by its members ("the Greens") is that party; another
// country the context gives keeps its own.
func TestPartyOfTheCountryByItsMembers(t *testing.T) {
	checkPartyIDs(t, []partyIDCase{
		{"dateline", "BERLIN (Reuters) - The Green Party said on Monday it would leave the coalition in Germany, its co-leader Mira Osten said.",
			"Green Party", "party/alliance-90-the-greens"},
		{"possessive", "Germany's Green Party left the coalition on Monday, its co-leader Mira Osten said.",
			"Green Party", "party/alliance-90-the-greens"},
		{"another country's own", "BERLIN (Reuters) - Sweden's Green Party left the coalition on Monday, its spokesman Nils Tarp said.",
			"Green Party", "party/green-party-sweden"},
		{"plural of another country", "STOCKHOLM (Reuters) - The Liberal Party said on Monday it would leave the coalition, its leader Eva Strand said.",
			"Liberal Party", "party/liberals-sweden"},
	})
}

func TestSharedPartyNamesWithoutCountry(t *testing.T) {
	// an acronym no country in the article supports is no known party: it
	// stays unresolved (an acronym alone makes no entity, "CC" of "CC
	// BY-SA" being no party either)
	text := "The NPP walked out of the chamber on Friday after a vote on the budget."
	if got := partyIDs(t, text)["NPP"]; got != "" && !strings.Contains(got, "--") {
		t.Errorf("NPP without a country is %q, want no entity or a scoped id", got)
	}
	// a shared name gets an id scoped by the country the story is filed
	// from, when none of the parties of that name is of that country, and
	// by the article without a dateline
	tests := []struct {
		text, surface, want string
	}{
		{"OSLO, Norway (AP) - The Democratic Party said on Sunday it would not contest the by-election.",
			"Democratic Party", "party/democratic-party--no"},
		{"The Democratic Party said on Sunday it would not contest the by-election.",
			"Democratic Party", gazetteer.ScopedID("party/democratic-party", "", "The Democratic Party said on Sunday it would not contest the by-election.")},
		// a member's word every country's parties go by, no list's name
		{"The bill was backed by Green MP Ana Holm on Monday.",
			"Green", gazetteer.ScopedID("party/green", "", "The bill was backed by Green MP Ana Holm on Monday.")},
	}
	for _, tt := range tests {
		if got := partyIDs(t, tt.text)[tt.surface]; got != tt.want {
			t.Errorf("%q in %q is %q, want %q", tt.surface, tt.text, got, tt.want)
		}
	}
}

// A country the curated data knows carries its Wikidata item wherever a
// text names it, by name, demonym or acronym, so that analysts can join
// the graph with other data.
func TestCountryExternalKeys(t *testing.T) {
	tests := []struct{ text, id, wikidata string }{
		{"Brenna Holloway, the mayor of a small town, flew to Kenya on Monday.", "country/kenya", "Q114"},
		{"Officials in Norway said on Tuesday that Tomas Varde had resigned.", "country/norway", "Q20"},
		{"The Chilean foreign minister, Ines Parral, met students on Friday.", "country/chile", "Q298"},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: tt.text, PublishedAt: "2025-03-02"})
		if err != nil {
			t.Fatal(err)
		}
		var got *polgraph.ExternalKeys
		found := false
		for _, e := range x.Entities {
			if e.ID == tt.id {
				got, found = e.External, true
			}
		}
		switch {
		case !found:
			t.Errorf("%q: no entity %s", tt.text, tt.id)
		case got == nil || got.Wikidata != tt.wikidata:
			t.Errorf("%q: %s external keys = %+v, want wikidata %s", tt.text, tt.id, got, tt.wikidata)
		}
	}
}

// idCase is a mention whose entity id a test wants: the n-th (from 0)
// occurrence of surface in text.
type idCase struct {
	name, text, surface string
	n                   int
	want                string
}

// checkIDs checks each case's entity id, one subtest each.
func checkIDs(t *testing.T, tests []idCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := entityOf(t, tt.text, tt.surface, tt.n); got != tt.want {
				t.Errorf("%q (%d) in %q is %q, want %q", tt.surface, tt.n, tt.text, got, tt.want)
			}
		})
	}
}

// entityOf extracts text and returns the id of the entity whose mention
// starts at the n-th (from 0) occurrence of surface, or "".
func entityOf(t *testing.T, text, surface string, n int) string {
	t.Helper()
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2025-03-02"})
	if err != nil {
		t.Fatal(err)
	}
	at := -1
	for i := 0; i <= n; i++ {
		k := strings.Index(text[at+1:], surface)
		if k < 0 {
			t.Fatalf("%q has no occurrence %d of %q", text, n, surface)
		}
		at += 1 + k
	}
	for _, e := range x.Entities {
		for _, m := range e.Mentions {
			if m.Start == at {
				return e.ID
			}
		}
	}
	return ""
}

// A capital stands for its state only where its sentence makes it the
// doer of a verb; elsewhere it is the city, and the US capital's city node
// is never Washington state's.
func TestCapitalAsActorOrPlace(t *testing.T) {
	tests := []idCase{
		{"subject of an action", "Washington imposed sanctions on Varovia on Monday, the U.S. Treasury said.", "Washington", 0, "country/united-states"},
		{"subject of speech", "Beijing warned Tomas Brevik on Tuesday against the visit.", "Beijing", 0, "country/china"},
		{"subject of a denial", "Moscow denied the report about Ilsa Varn.", "Moscow", 0, "country/russia"},
		{"coordinated subjects", "Beijing and Moscow signed a pact with Varovia.", "Moscow", 0, "country/russia"},
		{"agent of a passive", "The sanctions imposed by Moscow hurt Varovia, officials said.", "Moscow", 0, "country/russia"},
		{"object urged to act", "Varovia urged Moscow to withdraw its troops.", "Moscow", 0, "country/russia"},
		{"called on to act", "Varovia called on Moscow to withdraw its troops.", "Moscow", 0, "country/russia"},
		{"object of an accusation", "Tomas Brevik accused Washington of meddling in the vote, officials of the United States said.", "Washington", 0, "country/united-states"},
		{"partner in talks", "Ilsa Varn held talks with Moscow on Monday.", "Moscow", 0, "country/russia"},
		{"adversary of sanctions", "Varovia imposed sanctions against Minsk on Monday.", "Minsk", 0, "country/belarus"},
		{"partner of a protest lodged", "Varovia lodged a protest with Washington on Friday.", "Washington", 0, "country/united-states"},
		{"one spied for", "Prosecutors charged Tomas Brevik with spying for Moscow on Monday.", "Moscow", 0, "country/russia"},
		{"one an agent serves", "Ilsa Varn was an agent of Beijing, the report said.", "Beijing", 0, "country/china"},
		{"one served on behalf of", "Tomas Brevik acted on behalf of Moscow, prosecutors said.", "Moscow", 0, "country/russia"},
		{"the city a mayor serves", "The mayor of Moscow met Tomas Brevik on Monday.", "Moscow", 0, "place/moscow"},
		{"object of a visit", "Ilsa Varn visited Beijing on Monday.", "Beijing", 0, "place/beijing"},
		{"companion on a journey", "Ilsa Varn flew to Beijing with Tomas Brevik on Monday.", "Beijing", 0, "place/beijing"},
		{"place of a preposition", "Ilsa Varn was born in Moscow and moved to Varovia.", "Moscow", 0, "place/moscow"},
		{"modifier of a noun", "Beijing police arrested Tomas Brevik on Tuesday.", "Beijing", 0, "place/beijing"},
		{"subject of a copula", "Beijing is a city of 21 million people, Tomas Brevik wrote.", "Beijing", 0, "place/beijing"},
		{"subject of a place verb", "Beijing lies on a plain, Tomas Brevik wrote.", "Beijing", 0, "place/beijing"},
		{"a dateline's town, not the forum it names", "DAVOS (Reuters) - Tomas Brevik said on Wednesday that growth would slow.", "DAVOS", 0, "place/davos"},
		{"subject of a mind's predicate", "The White House said Washington was ready to talk to Tomas Brevik.", "Washington", 0, "country/united-states"},
		{"subject of a mind's passive", "Moscow was angered by the visit, Tomas Brevik said.", "Moscow", 0, "country/russia"},
		{"subject of a weather predicate", "Paris was sunny on Monday, Tomas Brevik wrote.", "Paris", 0, "place/paris"},
		{"subject of a freeze with an object", "Minsk froze the assets of two Varovian banks, its foreign ministry said on Friday.", "Minsk", 0, "country/belarus"},
		{"subject of a freeze without one", "Minsk froze overnight, Tomas Brevik wrote.", "Minsk", 0, "place/minsk"},
		{"US capital as a place", "Ilsa Varn flew to Washington on Monday to meet officials of the United States.", "Washington", 0, "place/washington-d-c"},
		{"US capital beside the state", "Ilsa Varn, a senator from Washington state, flew to Washington on Monday.", "Washington", 1, "place/washington-d-c"},
		{"the state", "Ilsa Varn, a senator from Washington state, flew to Washington on Monday.", "Washington state", 0, "place/washington-state"},
		{"a capital of two readings, with no state named", "Farmers marched in Brussels on Monday, Ilsa Varn said.", "Brussels", 0, "place/brussels"},
		{"a capital of two readings that acts, with no state named", "Washington warned Ilsa Varn on Monday against the visit.", "Washington", 0, "country/united-states"},
		{"a surname, not a capital", "Tomas Washington said on Monday that he was pleased.", "Washington", 0, ""},
		{"a union's seat that acts", "Farmers marched in Brussels on Monday. Ilsa Varn accused Brussels of hypocrisy.", "Brussels", 1, "organization/european-union"},
		{"a capital's namesake, with its province named", "Farmers marched in London, Ontario, on Monday. The march in London was peaceful.", "London", 1, "place/london-ontario"},
	}
	checkIDs(t, tests)
}

// A country's name that names something else, an alliance in capitals or
// before "bloc", "alliance" or "coalition", is not the country; a heading
// in capitals and the acronyms of countries still are.
func TestCountryNameOfABody(t *testing.T) {
	tests := []idCase{
		{"name before bloc", "The KENYA bloc won 40 seats, Tomas Brevik said.", "KENYA", 0, "organization/kenya"},
		{"country name before alliance", "The India alliance met in Delhi on Monday, Ilsa Varn said.", "India", 0, "organization/india"},
		// an acronym the article does not spell out: no entity
		{"capitals in a mixed-case sentence", "INDIA said on Monday that it would contest every seat, Ilsa Varn reported.", "INDIA", 0, ""},
		{"the country beside it", "The INDIA bloc said that India needs a new government, Ilsa Varn reported.", "India", 0, "country/india"},
		{"a heading in capitals", "INDIA VOTES IN SEVEN PHASES\n\nVoting began on Friday.", "INDIA", 0, "country/india"},
		{"an acronym", "The US alliance with Japan held, Ilsa Varn said.", "US", 0, "country/united-states"},
	}
	checkIDs(t, tests)
}

// Every state's legislature is one body, named as the press names it: by
// its own name, by its country ("the Estonian parliament", "Kenya's upper
// house"), or by a name many states' chambers share ("the Senate"), which
// the country the story is set in decides.
func TestLegislaturesOfEveryState(t *testing.T) {
	checkIDs(t, []idCase{
		{"its own name", "The Riigikogu approved the budget, Anna Kolar said.", "Riigikogu", 0, "organization/riigikogu"},
		{"its native name", "Hungary's parliament, the Országgyűlés, passed the law.", "Országgyűlés", 0, "organization/hungarian-national-assembly"},
		{"its country's possessive", "Estonia's parliament approved the budget, Anna Kolar said.", "Estonia's parliament", 0, "organization/riigikogu"},
		{"its country's adjective", "The Polish parliament voted on Monday, Anna Kolar said.", "Polish parliament", 0, "organization/sejm"},
		{"a chamber by its place", "The Kenyan upper house voted to impeach the governor.", "Kenyan upper house", 0, "organization/senate-of-kenya"},
		{"a shared name in a capital", "In Nairobi, the Senate voted to impeach the governor.", "Senate", 0, "organization/senate-of-kenya"},
		{"a shared name after its country", "Serbia's government resigned. In Belgrade, the National Assembly met on Monday.", "National Assembly", 0, "organization/national-assembly-of-serbia"},
		{"parliament in a capital", "Parliament in Accra approved the budget, Ama Owusu said.", "Parliament", 0, "organization/parliament-of-ghana"},
		{"a territory's legislature", "LegCo approved the budget in Hong Kong on Wednesday.", "LegCo", 0, "organization/legislative-council-of-hong-kong"},
		{"a major state's possessive", "Australia's parliament passed the law, Anna Kolar said.", "Australia's parliament", 0, "organization/parliament-of-australia"},
		{"a major state's chamber by its place", "Germany's upper house approved the bill on Friday.", "Germany's upper house", 0, "organization/bundesrat"},
		{"a major state's parliament in its capital", "WARSAW (Reuters) - Parliament passed the budget on Wednesday, Jan Lesko said.", "Parliament", 0, "organization/sejm"},
		{"a major state's parliament after its country", "Germany's chancellor spoke on Monday. Parliament approved the mission on Friday.", "Parliament", 0, "organization/bundestag"},
		// a state's assembly that the press calls its parliament, named
		// "Parliament" in a story filed from its capital
		{"a national assembly called parliament", "SOFIA (Reuters) - Parliament rejected the motion on Tuesday, Ana Kolar said.", "Parliament", 0, "organization/national-assembly-of-bulgaria"},
		{"a parliament of its own name", "VILNIUS - Parliament approved the budget on Friday, Ana Kolar said.", "Parliament", 0, "organization/seimas"},
	})
}

// A person the CAMEO actor data knows in office on the article's day is
// named as the data names them, whatever the transliteration, so two
// spellings are one node across articles; the text's spelling stays an
// alias. The id is made from the name's key (name_variants.tsv), as every
// person's is.
func TestTransliterationsOfOneLeader(t *testing.T) {
	checkIDs(t, []idCase{
		{"the data's spelling", "MOSCOW - Sergey Lavrov said on Monday the talks would go on.", "Sergey Lavrov", 0, "person/sergei-lavrov"},
		{"another spelling", "MOSCOW - Sergei Lavrov said on Monday the talks would go on.", "Sergei Lavrov", 0, "person/sergei-lavrov"},
	})
}

// A state's intelligence service named by its country, in lower case, is
// that service where the form names one only.
func TestIntelligenceServicesByTheirCountry(t *testing.T) {
	checkIDs(t, []idCase{
		{"a possessive and a spy agency", "Australia's spy agency said on Tuesday that Ana Holm had been recruited.", "Australia's spy agency", 0, "organization/australian-security-intelligence-organisation"},
		{"a possessive and a security service", "Ukraine's security service said on Tuesday it had detained two agents.", "Ukraine's security service", 0, "organization/security-service-of-ukraine"},
		{"an adjective", "Russian military intelligence ran the operation, Ana Holm said.", "Russian military intelligence", 0, "organization/gru"},
	})
}

// A body's name that other states' bodies bear too ("State Security
// Agency", South Africa's in the gazetteer, marked shared there), and its
// acronym, are that country's only where the article names the country;
// else the body is the article's own country's, and the country it is not
// counts as no country the article names (a bare "Parliament" is not that
// country's parliament). A name the press keeps for one state's body
// needs no country named.
func TestGenericBodyNameByTheArticlesCountry(t *testing.T) {
	estonian := "TALLINN, May 9 (Reuters) - The State Security Agency (SSA) said on Friday that Moscow had funded the Harvest Party. " +
		"SSA director Ilsa Varn told reporters the money paid for advertising. Parliament will debate the report next week."
	checkIDs(t, []idCase{
		{"the name, in another country", estonian, "State Security Agency", 0, "organization/state-security-agency--ee"},
		{"the name, in its own country", "JOHANNESBURG, May 9 - South Africa's State Security Agency said on Friday it had arrested two men.",
			"State Security Agency", 0, "organization/state-security-agency"},
		{"a name the press keeps for one state's body", "The Federal Bureau of Investigation said on Friday it had arrested two men.",
			"Federal Bureau of Investigation", 0, "organization/federal-bureau-of-investigation"},
	})
	x, err := New().Extract(context.Background(), polgraph.Article{Text: estonian, PublishedAt: "2025-05-12"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range x.Entities {
		if e.ID == "organization/parliament-of-south-africa" || e.ID == "organization/state-security-agency" {
			t.Errorf("%s in a story filed from Tallinn", e.ID)
		}
	}
}

// A known state's possessive before a body no list knows is the state's:
// two names, the body scoped by the state, not one name that runs through
// the possessive.
func TestKnownStatesBody(t *testing.T) {
	text := "Dresmora's ban was lifted.\n\nPoland's Constitutional Court overturned the ban on Tuesday, Ilsa Varn said."
	checkIDs(t, []idCase{
		{"the state", text, "Poland", 0, "country/poland"},
		{"its body", text, "Constitutional Court", 0, "organization/constitutional-court--pl"},
	})
}

// A state's name before a body's form that bodies of several states
// share qualifies it, also where the gazetteer reads the state with the
// body's first word as a longer name ("U.S. Treasury" in "U.S. Treasury
// Department").
func TestBodyQualifiedByItsState(t *testing.T) {
	checkIDs(t, []idCase{
		{"a longer reading inside", "The U.S. Treasury Department imposed sanctions on two Latvian banks on Monday.",
			"U.S. Treasury Department", 0, "organization/united-states-department-of-the-treasury"},
	})
}

// A capital whose claim or report it is ("a claim by Moscow") stands for
// its state, as one that reacts does ("criticism from Washington").
func TestCapitalThatClaims(t *testing.T) {
	checkIDs(t, []idCase{
		{"a claim by", "Ana Holm rejected a claim by Moscow that she had met Russian agents.", "Moscow", 0, "country/russia"},
		{"a report by", "The report by Washington said Iran had enriched uranium.", "Washington", 0, "country/united-states"},
		{"in a city", "Ana Holm met reporters in Moscow on Monday.", "Moscow", 0, "place/moscow"},
	})
}

// A name's word after an elided article ("d'Ivoire", "nell'Emilia")
// opens in lower case but goes on the name: the gazetteer's French name of
// a state is found, and a person's name keeps its particle.
func TestNamesWithAnElidedArticle(t *testing.T) {
	checkIDs(t, []idCase{
		{"a state's French name", "Officials from Côte d'Ivoire met Ilsa Varn in Geneva on Monday.", "Côte d'Ivoire", 0, "country/ivory-coast"},
		{"a typographer's apostrophe", "ABIDJAN, Côte d’Ivoire - Ilsa Varn met officials on Monday.", "Côte d’Ivoire", 0, "country/ivory-coast"},
		{"a person's particle", "Tomas Varn d'Orsenne met Ilsa Varn on Monday.", "Tomas Varn d'Orsenne", 0, "person/tomas-varn-dorsenne"},
	})
}
