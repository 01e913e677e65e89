package extract

import (
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// A body's name and the acronym the article brackets after it are one
// entity, whether or not the acronym is of the name's initials, and an
// acronym other countries' parties share stays the article's own party's;
// a nationality before a name that the acronym abbreviates with it is the
// name's first word.
func TestSpelledOutAcronyms(t *testing.T) {
	renewal := "KAVRANI CITY (Reuters) - Talks with the National Renewal Party (NRP) collapsed on Monday, Odile Brassart said. She said the NRP had demanded the finance ministry."
	spd := "BERLIN - The Social Democratic Party (SPD) lost ground in Saxony on Sunday, Klaus Wendtner said. The SPD will meet on Monday."
	shield := "The Rwandan Patriotic Shield (RPS) denied the accusations on Monday. An RPS statement called them lies."
	helsinki := "Officials said the Ukrainian Helsinki Human Rights Union (UHHRU) had been raided."
	// the gazetteer's PA is the Palestinian Authority, no name of which
	// the article spells out
	alliance := "The People's Alliance (PA) won the vote in Gerlitz on Sunday. PA leader Jana Moravec said the PA would form a government."
	apec := "Leaders met at the Asia - Pacific Economic Cooperation (APEC) summit in Lima on Monday."
	tests := []idCase{
		{"the name", renewal, "National Renewal Party", 0, "party/national-renewal-party"},
		{"the bracketed acronym", renewal, "NRP", 0, "party/national-renewal-party"},
		{"the acronym later", renewal, "NRP", 1, "party/national-renewal-party"},
		{"an English name of a known party", spd, "Social Democratic Party", 0, "party/social-democratic-party-of-germany"},
		{"its acronym", spd, "SPD", 1, "party/social-democratic-party-of-germany"},
		// a nationality that the acronym abbreviates too opens the name
		{"a name after a nationality", shield, "Rwandan Patriotic Shield", 0, "organization/rwandan-patriotic-shield"},
		{"its acronym later", shield, "RPS", 1, "organization/rwandan-patriotic-shield"},
		{"a known place inside", helsinki, "Ukrainian Helsinki Human Rights Union", 0, "organization/ukrainian-helsinki-human-rights-union"},
		{"an acronym a known body of another name has", alliance, "PA", 1, "party/peoples-alliance"},
		{"its name", alliance, "People's Alliance", 0, "party/peoples-alliance"},
		{"a known name with a spaced hyphen", apec, "Asia", 0, "organization/asia-pacific-economic-cooperation"},
	}
	checkIDs(t, tests)
}

// A dateline names where a story is filed even without an agency's name
// ("OSLO, Norway -"): its capital is the city, a party name is the known
// party of that country its words name without the country's ("the Labour
// Party" is the Norwegian Labour Party), and one no known party of that
// country has is scoped by that country, the same in every story filed
// from there.
func TestDatelineWithCountry(t *testing.T) {
	oslo := "OSLO, Norway - The Labour Party won the by-election in Tromsvik on Sunday, Sigrid Halvorsen said."
	tests := []struct {
		name, text, surface string
		want                string
	}{
		{"the party", oslo, "Labour Party", "party/det-norske-arbeiderparti"},
		{"a party no list knows", "OSLO, Norway - The Harvest Party won the by-election in Tromsvik on Sunday.", "Harvest Party", "party/harvest-party--no"},
		{"a known party without its country", "VIENNA, Austria - The Freedom Party won the vote on Sunday.", "Freedom Party", "party/freedom-party-of-austria"},
		// a name of party words only is another country's party only
		// where the article names that country
		{"another country's party of party words", "LUSAKA, Zambia - The People's Liberation Party (PLP) rejected the result on Thursday.", "People's Liberation Party", "party/peoples-liberation-party--zm"},
		{"an opposition coalition's known name", "LUSAKA, Zambia - The main opposition coalition, the United Democratic Front (UDF), rejected the result.", "United Democratic Front", "party/united-democratic-front--zm"},
		{"a known party's acronym with its diacritics", "VIENNA, Austria - Petra Lindner (ÖVP) criticised the budget on Sunday.", "ÖVP", "party/austrian-peoples-party"},
		{"the dateline's capital", "WELLINGTON, New Zealand - Mereana Tuhoe resigned on Friday, her office said.", "WELLINGTON", "place/wellington"},
		{"the dateline's country", "WELLINGTON, New Zealand - Mereana Tuhoe resigned on Friday, her office said.", "New Zealand", "country/new-zealand"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := entityOf(t, tt.text, tt.surface, 0); got != tt.want {
				t.Errorf("%q in %q is %q, want %q", tt.surface, tt.text, got, tt.want)
			}
		})
	}
}

// A state body's generic name ("Ministry of Defence", every state has one)
// belongs to the country the story is filed from or names most; where the
// article gives neither it is the article's own, never one node for every
// country's. Where the country is filed from or named with the body and
// the data knows its body, it is that body, whatever the wording.
func TestGenericBodyNamesByCountry(t *testing.T) {
	bare := "The Ministry of Defence said the troops would stay, Greta Vollmer said."
	tests := []struct {
		name, text, want string
	}{
		{"filed from Berlin", "BERLIN - The Ministry of Defence said the troops would stay, Greta Vollmer said.", "organization/federal-ministry-of-defence-germany"},
		{"the state's possessive", "Russia's Ministry of Defence said the troops would stay, Greta Vollmer said.", "organization/ministry-of-defence-russia"},
		{"a country named", "The Ministry of Defence said the troops would stay in Norway, Greta Vollmer said.", "organization/ministry-of-defence--no"},
		{"no country", bare, gazetteer.ScopedID("organization/ministry-of-defence", "", bare)},
		{"filed from a state no list knows", "VELMOR, Kelmora (AP) - The Ministry of Defence said the troops would stay, Greta Vollmer said.", "organization/ministry-of-defence--kelmora"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := entityOf(t, tt.text, "Ministry of Defence", 0); got != tt.want {
				t.Errorf("%q: Ministry of Defence is %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// A European body the press names by one word in stories filed from the
// city where it sits is that body there, and a country's generic body
// elsewhere.
func TestBodiesNamedAtTheirSeat(t *testing.T) {
	checkIDs(t, []idCase{
		{"the Commission in Brussels", "BRUSSELS - The Commission fined Orvana Telecom on Monday.", "Commission", 0, "organization/european-commission"},
		{"the Court in Strasbourg", "STRASBOURG - The Court ruled on Tuesday that the ban breached the convention.", "Court", 0, "organization/european-court-of-human-rights"},
		{"the Commission in Paris", "PARIS - The Commission fined Orvana Telecom on Monday.", "Commission", 0, "organization/commission--fr"},
		{"the Commission in Strasbourg, before Parliament", "STRASBOURG - MEPs debated the fund on Wednesday. Anneli Kask said the Commission should present a plan by June.", "Commission", 0, "organization/european-commission"},
	})
}

// A party no list knows whose name opens with a state's is set apart by
// it, not by the country the story is filed from.
func TestPartyNamedAfterItsState(t *testing.T) {
	checkIDs(t, []idCase{
		{"a foreign party in a story filed from another state", "ISLAMABAD - The Kenya Harvest Party said on Monday it would appeal.", "Kenya Harvest Party", 0, "party/kenya-harvest-party"},
	})
}

// A country's or place's name that is a person's given name ("Jordan
// Kessler", "Chad Morrow") is the person where the article names the
// surname alone too; the place's own names and the country itself stay.
// A place's name that is a person's surname is the person alone too.
func TestPlaceNameAsGivenName(t *testing.T) {
	text := "Jordan Kessler, a senator from Georgia, met the Jordan foreign minister in Amman on Tuesday. Kessler said Jordan was a key ally.\n\n" +
		"Chad Morrow, the mayor of a town in Texas, said Chad had asked for aid. Morrow flew to the Jordan Valley on Wednesday."
	tests := []struct {
		surface string
		n       int
		want    string
	}{
		{"Jordan Kessler", 0, "person/jordan-kessler"},
		{"Kessler", 1, "person/jordan-kessler"},
		{"Jordan", 1, "country/jordan"},
		{"Jordan", 2, "country/jordan"},
		{"Chad Morrow", 0, "person/chad-morrow"},
		{"Chad", 1, "country/chad"},
	}
	for _, tt := range tests {
		if got := entityOf(t, text, tt.surface, tt.n); got != tt.want {
			t.Errorf("%q (%d) is %q, want %q", tt.surface, tt.n, got, tt.want)
		}
	}
	// a place that is also a common given name opens a person's name
	for _, tt := range []struct{ text, surface, want string }{
		{"Sofia Mendes was ousted as party leader on Monday.", "Sofia", "person/sofia-mendes"},
		{"Victoria Lund resigned on Monday.", "Victoria", "person/victoria-lund"},
		{"Ivo Dorn arrived in Sofia Tuesday.", "Sofia", "place/sofia"},
		// an apposition that says what a person is makes the two words a
		// person's, with no surname alone elsewhere
		{"Israel Kaplan, the mayor of Haifa, criticised the government on Sunday.", "Israel", "person/israel-kaplan"},
		{"Paris Hinds, a senator from Texas, endorsed the candidate.", "Paris", "person/paris-hinds"},
		{"Jordan Peters, an adviser to the prime minister, flew to Amman.", "Jordan", "person/jordan-peters"},
		// so does a relative clause of "who", which a place never takes
		{"Jordan Bell, who leads the Harvest Party, said the result was fair.", "Jordan", "person/jordan-bell"},
		{"Regina Osk, who leads the Harvest Party, said the result was fair.", "Regina", "person/regina-osk"},
		{"Police in Regina arrested two men on Monday.", "Regina", "place/regina"},
		// a title right before the two words names their holder
		{"Defence Minister Israel Kaplan said on Monday the war would go on.", "Israel", "person/israel-kaplan"},
		{"Party leader Jordan Bardin said the budget was unfair.", "Jordan", "person/jordan-bardin"},
		{"Senator Georgia Banks said the bill was unfair.", "Georgia", "person/georgia-banks"},
		{"The Prime Minister of Jordan Bisher Haddad met officials.", "Jordan", "country/jordan"},
	} {
		if got := entityOf(t, tt.text, tt.surface, 0); got != tt.want {
			t.Errorf("%q: %s is %q, want %s", tt.text, tt.surface, got, tt.want)
		}
	}
	// a place's name alone is the surname of a person named in full
	// before, where it opens its sentence or a reporting verb follows it
	for _, tt := range []struct {
		text, surface string
		n             int
		want          string
	}{
		{"Police detained Marco Florence in Rome on Friday. Florence denied wrongdoing.", "Florence", 1, "person/marco-florence"},
		{"Police detained Marco Florence in Rome on Friday. The charges were dropped, Florence said.", "Florence", 1, "person/marco-florence"},
		{"Police detained Marco Florence in Rome on Friday. His lawyer flew in from Florence.", "Florence", 1, "place/florence"},
	} {
		if got := entityOf(t, tt.text, tt.surface, tt.n); got != tt.want {
			t.Errorf("%q: %s (%d) is %q, want %s", tt.text, tt.surface, tt.n, got, tt.want)
		}
	}
	// a body's one-word name the gazetteer knows ("Vale", a mining
	// company; "Bayer") ends a person's name as her surname, and alone it
	// is hers after a title, an honorific or between commas; after an
	// honorific it is a person's though no full name came before
	for _, tt := range []struct {
		text, surface string
		n             int
		want          string
	}{
		{"Reporters asked Mayor Ingrid Vale about the budget.", "Ingrid Vale", 0, "person/ingrid-vale"},
		{"Reporters asked Mayor Ingrid Vale about the budget. The mayor, Vale, said the city was broke.", "Vale", 1, "person/ingrid-vale"},
		{"Reporters asked Mayor Ingrid Vale about the budget. Ms. Vale later left.", "Vale", 1, "person/ingrid-vale"},
		{"Marta Bayer, a senator, said the bill was unjust. Senator Bayer will vote against it.", "Bayer", 1, "person/marta-bayer"},
		{"Dr. Shell said on Monday the deal with Shell was done.", "Shell", 0, "person/shell"},
		{"Dr. Shell said on Monday the deal with Shell was done.", "Shell", 1, "organization/shell"},
		{"Marta Bayer, a senator, said the deal with Bayer was done.", "Bayer", 1, "organization/bayer"},
	} {
		if got := entityOf(t, tt.text, tt.surface, tt.n); got != tt.want {
			t.Errorf("%q: %s (%d) is %q, want %s", tt.text, tt.surface, tt.n, got, tt.want)
		}
	}
	// without the surname alone, nothing says the place is a given name
	once := "Officials said Jordan Kessler would attend."
	if got := entityOf(t, once, "Jordan", 0); got != "country/jordan" {
		t.Errorf("%q: Jordan is %q, want country/jordan", once, got)
	}
}

// A name that a hard-wrapped line breaks ("Jonas\nPellerin") is one name,
// with its words joined by a space; lists and short lines are not joined.
func TestNameWrappedAcrossLines(t *testing.T) {
	text := "Speaking to reporters in the capital late on Monday, the spokesman, Jonas\nPellerin, declined to comment. Pellerin left at noon.\n\nVotes cast:\nAnna Lindqvist: 400\nBerit Sand: 300\n"
	if got := entityOf(t, text, "Jonas", 0); got != "person/jonas-pellerin" {
		t.Errorf("Jonas is %q, want person/jonas-pellerin", got)
	}
	if got := entityOf(t, text, "Pellerin", 1); got != "person/jonas-pellerin" {
		t.Errorf("Pellerin is %q, want person/jonas-pellerin", got)
	}
	if got := entityOf(t, text, "Berit Sand", 0); got != "person/berit-sand" {
		t.Errorf("Berit Sand is %q, want person/berit-sand (a list's line of its own)", got)
	}
}

// A surname alone that two persons of the article share is the one named
// last before it (with an honorific, the last not shown to be of the other
// gender), or the one the story called by it before naming the other,
// never a person of its own whose id other articles' namesakes would
// share.
func TestNamesakeSurnames(t *testing.T) {
	text := "Ada Lindgren, the mayor of Halvard, said on Monday that the council would close two schools. " +
		"Lindgren's decision angered parents. Mrs Lindgren said Halvard could not afford them.\n\n" +
		"Her husband, Piet Lindgren, a teacher, disagreed. Mr Lindgren said the mayor was wrong. Mrs Lindgren replied on Tuesday."
	tests := []struct {
		surface string
		n       int
		want    string
	}{
		{"Lindgren", 1, "person/ada-lindgren"},
		{"Lindgren", 2, "person/ada-lindgren"},
		{"Lindgren", 4, "person/piet-lindgren"},
		{"Lindgren", 5, "person/ada-lindgren"}, // "Mrs": not the last named, a man's
	}
	for _, tt := range tests {
		if got := entityOf(t, text, tt.surface, tt.n); got != tt.want {
			t.Errorf("%q (%d) is %q, want %q", tt.surface, tt.n, got, tt.want)
		}
	}
	// a namesake the story calls by the given name is not the one it
	// calls by the surname, however lately named
	family := "Tomas Varga, 6, was found at sea in May. His father, Andras Varga, flew to Halvard on Monday. " +
		"Tomas has stayed with an uncle since May. Varga said he wanted his son back. Tomas waved from a window."
	// a surname the story gave one person before it named a namesake
	// stays that person's: the namesake brought in later goes by her
	// given name
	siblings := "Congress leader Arjun Mehta kept his seat on Tuesday. Mehta, 53, also won in Wayanad. " +
		"His sister, Priya Mehta, lost in Amethi. \"The people have spoken,\" Mehta told reporters."
	checkIDs(t, []idCase{
		{"the surname the story gave first", siblings, "Mehta", 3, "person/arjun-mehta"},
		{"the surname the story gave first to one it then calls by the given name", "Elio Marr, 6, was found at sea. Marr was taken to a hospital. His father, Tomas Marr, flew in. Elio waved. Marr has not spoken since.", "Marr", 3, "person/tomas-marr"},
		{"the surname after the child's given name", family, "Varga", 2, "person/andras-varga"},
		{"the child's given name", family, "Tomas", 1, "person/tomas-varga"},
	})
}

// One country's party named with and without "Party" or its country is one
// entity ("the Harvest Party" and "Harvest", "the Liberal Party" and "the
// Liberals"), the one named last where two parties share the words; a
// sentence's opening "The" does not make another country's party of a
// form the article's country's party has ("The Greens").
func TestPartyShortNames(t *testing.T) {
	harvest := "The Harvest Party won 12 seats in the Kavranian parliament on Sunday, its leader Marek Dolan said. Harvest had campaigned on farm prices."
	harbour := "The court dissolved the opposition Civic Harbour Party on Wednesday. Civic Harbour had won 40 seats. The leader of Civic Harbour, Ana Vel, said it would appeal."
	harbourTown := "The Kessel Harbour Party held a rally on Friday. Police in Kessel Harbour arrested 40 people."
	velmoria := "The Harvest Party of Velmoria won 3 seats on Sunday, its leader Ines Parral said. The Harvest Party will sit in opposition."
	liberals := "CANBERRA, Australia - The Liberal Party chose a new leader on Tuesday. The Liberals picked Dana Whitcombe, 48, over two rivals.\n\nIn Ottawa, the Liberal Party of Canada said it would not comment."
	greens := "STOCKHOLM, Sweden (AP) - The Greens said on Monday they would leave the coalition, Annika Strandell said. On Tuesday the Greens voted against the budget."
	tests := []idCase{
		{"the name without Party", harvest, "Harvest", 1, "party/harvest-party"},
		{"the name without Party, though its head word is a place's", harbour, "Civic Harbour", 0, "party/civic-harbour-party"},
		{"the name without Party after a preposition", harbour, "Civic Harbour", 1, "party/civic-harbour-party"},
		{"a place of the party's name, where the sentence sets it", harbourTown, "Kessel Harbour", 1, "place/kessel-harbour"},
		{"the name without its country", velmoria, "Harvest Party", 1, "party/harvest-party--velmoria"},
		{"the plural", liberals, "Liberals", 0, "party/liberal-party-of-australia"},
		{"the other country's party", liberals, "Liberal Party of Canada", 0, "party/liberal-party-of-canada"},
		{"The at a sentence's start", greens, "Greens", 0, "party/green-party-sweden"},
		{"the mid-sentence", greens, "Greens", 1, "party/green-party-sweden"},
	}
	checkIDs(t, tests)
}

// A party a country's press names by its members' plural or adjective
// ("Romania's Social Democrats", "the Liberals", "Liberal leader X") is
// the one known party of that country whose name's words before "Party"
// end so, named before or after, though the list qualifies its name by
// the country in parentheses; never a party of another country, and of
// two known parties that share the word, neither.
func TestMembersPluralIsTheKnownParty(t *testing.T) {
	before := "Two PSD lawmakers quit the party on Tuesday. Romania's ruling Social Democrats expelled senator Ion Vara on Wednesday."
	after := "Romania's ruling Social Democrats expelled senator Ion Vara on Wednesday. Two other PSD lawmakers also left the party."
	adjective := "Liberal leader Dan Moraru, whose National Liberal Party governs in Bucharest, visited Cluj on Monday."
	plural := "The National Liberal Party (PNL) named Ana Ciuca as its candidate on Monday. The Liberals said she would run in Iasi."
	two := "The Liberals said on Monday that Ana Ciuca would run in Iasi for the National Liberal Party of Moldova. Romania's National Liberal Party disagreed."
	tests := []idCase{
		{"the plural after the acronym", before, "Social Democrats", 0, "party/social-democratic-party-romania"},
		{"the plural before the acronym", after, "Social Democrats", 0, "party/social-democratic-party-romania"},
		{"the adjective before a leader", adjective, "Liberal", 0, "party/national-liberal-party-romania"},
		{"the plural of the stem's last word", plural, "The Liberals", 0, "party/national-liberal-party-romania"},
		{"two countries' parties share it", two, "The Liberals", 0, "party/liberals--ro"},
	}
	checkIDs(t, tests)
}

// A state's name that a US state shares ("Georgia") is the state among
// other states the article names (though the US is named before it), and
// the US state where a reading of the US is supported; with nothing to
// tell, it is neither.
func TestStateNameSharedWithAUSState(t *testing.T) {
	checkKinds(t, "Armenia held talks with Georgia in Yerevan on Monday.",
		map[string]string{"Georgia": polgraph.KindCountry})
	checkKinds(t, "Ada Holm, the governor of Georgia, spoke in Atlanta on Monday.",
		map[string]string{"Georgia (US state)": polgraph.KindPlace}, "Georgia")
	checkKinds(t, "Protesters rallied in Georgia on Monday.", nil, "Georgia", "Georgia (US state)")
	// the United States named before it in the sentence makes no state
	// of the US of a country the story is about
	checkKinds(t, "Police cleared protesters from the square in Tbilisi on Sunday. The United States suspended its partnership with Georgia on Monday.",
		map[string]string{"Georgia": polgraph.KindCountry}, "Georgia (US state)")
	// what only a state has, its head of state, diplomats or ministers,
	// tells the state, and a governor the US state, though nothing else
	// in the article does
	for _, text := range []string{
		"Georgia's president, Lia Kvaret, said on Monday that the talks had failed.",
		"Georgia's foreign minister said on Monday that the talks had failed.",
		"The ambassador of Georgia said on Monday that the talks had failed.",
	} {
		checkKinds(t, text, map[string]string{"Georgia": polgraph.KindCountry}, "Georgia (US state)")
	}
	checkKinds(t, "Georgia's governor, Bram Kettle, said on Monday that the talks had failed.",
		map[string]string{"Georgia (US state)": polgraph.KindPlace}, "Georgia")
}

// A capital that words of reaction come "from" stands for its state
// ("drew criticism from Washington"); one that people or goods come from
// is the city.
func TestCapitalAReactionComesFrom(t *testing.T) {
	checkKinds(t, "The move drew criticism from Washington on Monday.",
		map[string]string{"United States": polgraph.KindCountry}, "Washington, D.C.")
	checkKinds(t, "The decision prompted condemnation from Beijing.",
		map[string]string{"China": polgraph.KindCountry}, "Beijing")
	checkKinds(t, "The visit drew an angry response from Beijing.", // a trigger's head noun
		map[string]string{"China": polgraph.KindCountry}, "Beijing")
	checkKinds(t, "She returned from Beijing on Monday.",
		map[string]string{"Beijing": polgraph.KindPlace}, "China")
}

// A capital that sanctions are "on" or "against" is its state; one that
// things happen "on" is the city.
func TestCapitalUnderSanctions(t *testing.T) {
	checkKinds(t, "The European Union imposed sanctions on Moscow on Monday.",
		map[string]string{"Russia": polgraph.KindCountry}, "Moscow")
	checkKinds(t, "The bloc announced an embargo against Minsk.",
		map[string]string{"Belarus": polgraph.KindCountry}, "Minsk")
	checkKinds(t, "Drones fell on Moscow on Monday.",
		map[string]string{"Moscow": polgraph.KindPlace}, "Russia")
}

// A form that only one country's entries share needs no country named to
// be read, and its reading follows the sentence: the city where something
// happens, the state where the capital acts, the region or the city whose
// office the title after it names.
func TestOneCountrysSharedForms(t *testing.T) {
	delhi := "Leaders of six states met in Delhi on Sunday. Delhi said on Monday it would answer the tariffs. Delhi's chief minister Arvind Rao welcomed them."
	offices := "New York Governor Rhea Calder met New York Mayor Ben Ostrow on Sunday. Washington Governor Lou Petrak joined them."
	tests := []idCase{
		{"where leaders met", delhi, "Delhi", 0, "place/delhi"},
		{"the capital that acts", delhi, "Delhi", 1, "country/india"},
		{"the territory's own office", delhi, "Delhi", 2, "place/delhi"},
		{"a governor's state", offices, "New York", 0, "place/new-york-state"},
		{"a mayor's city", offices, "New York", 1, "place/new-york-city"},
		{"a governor's state, not the capital", offices, "Washington", 0, "place/washington-state"},
		{"a governor's state, not the country", "TBILISI (Reuters) - Georgia's ruling party won the vote, while Georgia Governor Lou Petrak said nothing.", "Georgia", 1, "place/georgia-us-state"},
		{"the country beside it", "TBILISI (Reuters) - Georgia's ruling party won the vote, while Georgia Governor Lou Petrak said nothing.", "Georgia", 0, "country/georgia"},
	}
	checkIDs(t, tests)
}

// A compass word and an adjective of a continent or people ("West
// African") name no place (nor, "Central American", the state whose
// demonym the adjective is: TestEventsFromTheTree).
func TestRegionAdjectives(t *testing.T) {
	text := "The West African bloc ECOWAS met on Sunday. Leaders of Central Asian states met on Monday."
	tests := []idCase{
		{"a compass word and a continent", text, "West African", 0, ""},
		{"a compass word and a people", text, "Central Asian", 0, ""},
	}
	checkIDs(t, tests)
}

// A national rights group the press names by one word ("Memorial said")
// is that group in a story of its country, no person; where no word ties
// the article to the country, the word is a common noun.
func TestRightsGroupsByOneName(t *testing.T) {
	moscow := "MOSCOW (AP) - Memorial said on Tuesday that a court had ordered its closure. OVD-Info said police detained 40 people."
	minsk := "Belarusian police detained Ales Kravets on Monday, the rights group Viasna said."
	elsewhere := "Memorial services were held on Sunday for the victims, Ana Holm said."
	checkIDs(t, []idCase{
		{"the group in a story from its country", moscow, "Memorial", 0, "organization/memorial"},
		{"a monitor's name", moscow, "OVD-Info", 0, "organization/ovd-info"},
		{"a group its noun names", minsk, "Viasna", 0, "organization/viasna"},
		{"a common noun elsewhere", elsewhere, "Memorial", 0, ""},
	})
}

// A city's office names one of the cities of the name, which the
// article's country chooses: a capital is a city too.
func TestCityOfAnOffice(t *testing.T) {
	checkIDs(t, []idCase{
		{"a British story's mayor of London", "The British prime minister sacked Ana Holm. Ana Holm, a former deputy mayor of London, said on Monday she would run.", "London", 0, "place/london"},
		{"a Canadian story's mayor of London", "Canada's prime minister spoke in Ottawa on Monday. Ana Holm, the mayor of London, met him.", "London", 0, "place/london-ontario"},
		{"a state's governor", "Ana Holm, the governor of New York, met officials on Monday.", "New York", 0, "place/new-york-state"},
	})
}

// A generic body's name after the article has named a body of that name in
// full is that body, wherever the story is filed: the dateline's country
// chooses only among the bodies the article leaves unnamed.
func TestGenericNameOfABodyNamedInFull(t *testing.T) {
	checkIDs(t, []idCase{
		{"the European Parliament from Strasbourg", "STRASBOURG, France (AP) - The European Parliament voted on Tuesday to lift the immunity of two lawmakers. Parliament President Ana Holm said the assembly would act.", "Parliament", 1, "organization/european-parliament"},
		{"the French one before it", "PARIS (AP) - Parliament voted on Tuesday to lift the immunity of two lawmakers. The European Parliament said nothing.", "Parliament", 0, "organization/french-parliament"},
	})
}

// A body's name of two nouns joined by "and" is one name, not the
// gazetteer's body that its last words name: "the Peace and Security
// Council" is no United Nations Security Council.
func TestBodyNamesJoinedByAnd(t *testing.T) {
	checkIDs(t, []idCase{
		{"a council of peace and security", "The African Union's Peace and Security Council suspended Niger on Thursday.", "Peace", 0, "organization/peace-and-security-council"},
		{"the council alone", "The Security Council met on Thursday.", "Security", 0, "organization/united-nations-security-council"},
	})
}

// A body every state names so ("the Constitutional Council") is, where
// its sentence names no state, the one of the state the story is filed
// from, though a later paragraph names in passing the state of a
// namesake the gazetteer knows; a state named beside it keeps its body.
func TestGenericBodiesOfTheDatelineState(t *testing.T) {
	checkIDs(t, []idCase{
		{"filed from Dakar, France named once, later", "DAKAR (Reuters) - Ivo Dornan said he would challenge the law before the Constitutional Council.\n\nFrance expressed concern.", "Constitutional Council", 0, "organization/constitutional-council--sn"},
		{"filed from Dakar, France named twice, after its paragraph", "DAKAR (Reuters) - Ivo Dornan said he would challenge the law before the Constitutional Council.\n\nIn Paris, officials said France was following the case.", "Constitutional Council", 0, "organization/constitutional-council--sn"},
		{"filed from Dakar, France named twice before it", "DAKAR (Reuters) - France said on Monday it was following the case.\n\nIn Paris, officials said the law broke France's treaties.\n\nIvo Dornan said he would challenge the law before the Constitutional Council.", "Constitutional Council", 0, "organization/constitutional-council-france"},
		{"filed from Dakar, France named later in its paragraph", "DAKAR (Reuters) - Ivo Dornan said he would challenge the law before the Constitutional Council. France and the European Union urged calm.", "Constitutional Council", 0, "organization/constitutional-council--sn"},
		{"filed from Dakar, France named beside it", "DAKAR (Reuters) - Ivo Dornan said France would challenge the law before the Constitutional Council.", "Constitutional Council", 0, "organization/constitutional-council-france"},
		{"filed from Paris", "PARIS (Reuters) - The Constitutional Council struck down the law on Monday. Senegal expressed concern.", "Constitutional Council", 0, "organization/constitutional-council-france"},
	})
}

// A party name other countries' parties share is, in a story filed from
// a country and tied by nothing to another, the filed-from country's:
// the known party the data names with that country ("the Socialist
// Party" from Dakar is the Socialist Party of Senegal), else one scoped by
// it, though a later paragraph names the state of a namesake the
// gazetteer knows; a state named beside it keeps its party.
func TestSharedPartyOfTheDatelineState(t *testing.T) {
	later := "\n\nIn Paris, officials said France was following the situation closely."
	checkIDs(t, []idCase{
		{"a known party named with the filed-from state", "DAKAR (Reuters) - The Socialist Party said on Monday it would boycott the vote, its leader Awa Sarr told reporters." + later, "Socialist Party", 0, "party/socialist-party-of-senegal"},
		{"no known party of the filed-from state", "MAPUTO (Reuters) - The Socialist Party said on Monday it would boycott the vote, its leader Celso Matavel told reporters." + later, "Socialist Party", 0, "party/socialist-party--mz"},
		{"the other state named beside it", "DAKAR (Reuters) - The Socialist Party said on Monday it would back France, its leader Awa Sarr told reporters.", "Socialist Party", 0, "party/socialist-party-france"},
		{"filed from that state", "PARIS (Reuters) - The Socialist Party said on Monday it would boycott the vote, its leader Awa Sarr told reporters.", "Socialist Party", 0, "party/socialist-party-france"},
	})
}

// The European Parliament's groups and the European parties are the
// gazetteer's, no place Europe inside a group's name and no party of
// the state a member is from.
func TestEuropeanParliamentGroups(t *testing.T) {
	patriots := "The Patriots for Europe group voted against the budget on Tuesday, its leader Pavel Zrnic said."
	epp := "Marta Kessel, a Dutch MEP, spoke on Monday. The European People's Party won the most seats, Ivo Brandt said."
	slashed := "Marta Kessel said the Greens/EFA group would back the fund. The Greens/EFA group voted for it on Tuesday."
	sd := "The Socialists and Democrats (S&D) backed the fund on Wednesday."
	liberal := "Liberal MEP Femke van Aalst backed the fund on Wednesday."
	checkIDs(t, []idCase{
		{"a group named with its noun", patriots, "Patriots for Europe", 0, "organization/patriots-for-europe"},
		{"no place inside it", patriots, "Europe", 0, ""},
		{"a European party beside a member's state", epp, "European People's Party", 0, "party/european-peoples-party"},
		{"a group's acronym", "The EPP Group and S&D voted for the budget on Tuesday.", "S&D", 0, "organization/progressive-alliance-of-socialists-and-democrats"},
		// a name the data writes with a slash is one name, the party
		// "The Greens" no part of it
		{"a group's name with a slash", slashed, "Greens/EFA", 0, "organization/greens-european-free-alliance"},
		{"a slashed name after a sentence's The", slashed, "Greens/EFA", 1, "organization/greens-european-free-alliance"},
		{"another slashed name", "Ivo Brandt of the GUE/NGL group spoke on Tuesday.", "GUE/NGL", 0, "organization/the-left-in-the-european-parliament"},
		// a group's short name holding "and" is one name, no list of two
		// parties
		{"a group's short name", sd, "Socialists and Democrats", 0, "organization/progressive-alliance-of-socialists-and-democrats"},
		{"its bracketed acronym", sd, "S&D", 0, "organization/progressive-alliance-of-socialists-and-democrats"},
		// a member word before "MEP" is her party's, as before "MP"
		{"a member word before MEP", liberal, "Liberal", 0, gazetteer.ScopedID("party/liberal", "", liberal)},
		{"a member word after a nationality", "Dutch Green MEP Femke van Aalst backed the fund on Wednesday.", "Green", 0, "party/green--nl"},
		// the nationality before a member word, not the dateline, says
		// whose party it is
		{"a member word after a nationality, filed from another state", "STRASBOURG - Dutch Green MEP Femke van Aalst backed the fund on Wednesday.", "Green", 0, "party/green--nl"},
		{"a known party by its member word and nationality, filed from another state", "STRASBOURG - Belgian Socialist MEP Ivo Dorn backed the fund on Wednesday.", "Socialist", 0, "party/socialist-party-belgium"},
	})
}

// A party that its country's press names without the country's adjective
// ("the Reform Party" for the Estonian Reform Party) is that party where
// the article names the country, not another country's party of that
// short name.
func TestPartyWithoutItsCountrysAdjective(t *testing.T) {
	text := "Estonia's opposition met on Monday. Mart Kivisild said the Reform Party would stay in the coalition in Tallinn."
	checkIDs(t, []idCase{
		{"the short name", text, "Reform Party", 0, "party/eesti-reformierakond"},
	})
}

// A known party's short form that needs its country is no party of
// another country the mention's own words or its sentence's opening
// name: "In Estonia, the Farmers' Union" is Estonia's party of that name,
// not the Latvian Farmers' Union the article names too.
func TestPartyFormOfAnotherCountry(t *testing.T) {
	text := "Latvia and Estonia held talks on Monday. In Latvia, the Farmers' Union backed the plan, Ilze Bergmane said. " +
		"In Estonia, the Farmers' Union led by Mart Kivisild opposed it."
	checkIDs(t, []idCase{
		{"the known party in its country", text, "Farmers' Union", 0, "party/latvian-farmers-union"},
		{"a namesake in another", text, "Farmers' Union", 1, "party/farmers-union--ee"},
	})
}

// A party's name written with a hyphen between its capitalised words is
// the party the gazetteer writes with a space or as one word ("Green-Left"
// is GreenLeft, also written "Green Left").
func TestHyphenedPartyNames(t *testing.T) {
	checkIDs(t, []idCase{
		{"Green-Left", "AMSTERDAM - Green-Left leader Ivo Dornan spoke on Monday.", "Green-Left", 0, "party/groenlinks"},
	})
}

// Two states joined by a hyphen in one adjective ("Indo-US ties", "the
// Russo-Ukrainian war") name both states, as entities of the article,
// whether a side is a combining form, a nationality or a state's name;
// a combining form before a region's name ("Indo-Pacific") or alone
// ("Franco Bernini") names no state.
func TestCombinedStatesNamed(t *testing.T) {
	ties := "The Indo-US partnership on rail signalling is under review, Franco Bernini told the Vellin Courier on Monday."
	war := "Sino-Kenyan ties have cooled, and the Russo-Ukrainian war has raised the price of steel in Dorsk."
	checkIDs(t, []idCase{
		{"a combining form before a state's acronym", ties, "Indo", 0, "country/india"},
		{"the acronym after a combining form", ties, "US", 0, "country/united-states"},
		{"a combining form before a nationality", war, "Sino", 0, "country/china"},
		{"the nationality after it", war, "Kenyan", 0, "country/kenya"},
		{"a war's two sides", war, "Russo", 0, "country/russia"},
		{"the other side", war, "Ukrainian", 0, "country/ukraine"},
		{"a combining form alone is a given name", ties, "Franco", 0, "person/franco-bernini"},
		{"before a region's name", "Officials in Vellin discussed the Indo-Pacific strategy on Monday.", "Indo", 0, "place/indo-pacific"},
		{"a state's name before another's", "Ana Holm said the sale harmed China-U.S. relations on Monday.", "China", 0, "country/china"},
		{"the other state's acronym", "Ana Holm said the sale harmed China-U.S. relations on Monday.", "U.S.", 0, "country/united-states"},
		{"a state's one name with a hyphen stays whole", "Guinea-Bissau voted on Monday.", "Guinea-Bissau", 0, "country/guinea-bissau"},
	})
}

// "National Congress" is the legislature of several Latin American states
// and the name of Sudan's party: the story's country chooses, and with
// none the party is no sure reading.
func TestNationalCongressByCountry(t *testing.T) {
	checkIDs(t, []idCase{
		{"filed from Asuncion", "ASUNCIÓN (Reuters) - The National Congress will debate the electoral reform next week, Senator Gustavo Arrellano said.", "National Congress", 0, "organization/congress-of-paraguay"},
		{"filed from Santiago", "SANTIAGO (Reuters) - The National Congress approved the budget on Monday, Senator Ines Carvajal said.", "National Congress", 0, "organization/national-congress-of-chile"},
		{"filed from Khartoum", "KHARTOUM (Reuters) - The National Congress won the vote on Sunday, its leader Omar Bashiri said.", "National Congress", 0, "party/national-congress"},
	})
	if got := entityOf(t, "The National Congress approved the budget on Monday, Ana Holm said.", "National Congress", 0); got == "party/national-congress" {
		t.Errorf("with no country named, \"National Congress\" is %q, Sudan's party", got)
	}
}

// A body every state has ("the Constitutional Court"), in a story filed
// from nowhere, is of the state its own sentence names before it, not of
// the one the story names most: a scoped id that cannot be another
// state's body.
func TestGenericBodyOfItsSentencesState(t *testing.T) {
	court := "Moldova's President Elena Rusu said on Monday that the Constitutional Court would rule on the referendum. Russia criticised the vote, and Russian officials said Russia would not recognise it."
	assembly := "Kazakh President Nurlan Bekov said the National Assembly would vote on Monday. France and South Korea sent observers, and French officials said France was satisfied. The National Assembly passed the bill."
	checkIDs(t, []idCase{
		{"a possessive state before it", court, "Constitutional Court", 0, "organization/constitutional-court--md"},
		{"a nationality before it", assembly, "National Assembly", 0, "organization/national-assembly--kz"},
		{"the same body named again", assembly, "National Assembly", 1, "organization/national-assembly--kz"},
	})
}

// A party's form that known parties of other states share, with no such
// state named, is in a story filed from nowhere scoped by the state its
// own sentence names before it ("Chile's reform ... a senator for the
// Democratic Party"), not by the article alone.
func TestUnsurePartyOfItsSentencesState(t *testing.T) {
	chile := "Chile's water reform was criticised on Monday by Ines Carvallo, a senator for the Democratic Party. The Democratic Party said it would vote against it."
	checkIDs(t, []idCase{
		{"the sentence's state", chile, "Democratic Party", 0, "party/democratic-party--cl"},
		{"a later mention", chile, "Democratic Party", 1, "party/democratic-party--cl"},
	})
}

// A body's one-word short name ("Rada", "Duma") is a given name too: it
// opens a person's name where the surname stands alone elsewhere or a
// title comes before the two words; the body's name alone stays the body.
func TestBodyShortNameAsGivenName(t *testing.T) {
	for _, tt := range []struct {
		text, surface string
		n             int
		want          string
	}{
		{"The Farmers' League elected Rada Kostel as its leader on Saturday. Kostel won 61 percent of the vote.", "Rada Kostel", 0, "person/rada-kostel"},
		{"The Farmers' League elected Rada Kostel as its leader on Saturday. Kostel won 61 percent of the vote.", "Kostel", 1, "person/rada-kostel"},
		{"Prime Minister Duma Orlan congratulated the new leader on Sunday.", "Duma Orlan", 0, "person/duma-orlan"},
		{"Deputies in the Rada voted on Tuesday to extend martial law.", "Rada", 0, "organization/verkhovna-rada"},
	} {
		if got := entityOf(t, tt.text, tt.surface, tt.n); got != tt.want {
			t.Errorf("%q: %s (%d) is %q, want %s", tt.text, tt.surface, tt.n, got, tt.want)
		}
	}
}

// A capital's name, which the gazetteer reads as its state, is a
// person's surname after a given name and a title ("Renato Lima", "Ana
// Paris") or inside the name ("Tomas Lisboa Prates" is read so already);
// alone after "in" it is still the city.
func TestCapitalAsSurname(t *testing.T) {
	checkIDs(t, []idCase{
		{"after a title and an apposition's comma", "Her chief of staff, Renato Velo Lima, was also indicted.", "Renato Velo Lima", 0, "person/renato-velo-lima"},
		{"after a title", "Senator Carla Lima was indicted on Monday.", "Carla Lima", 0, "person/carla-lima"},
		{"after a given name", "Police indicted Ana Paris on Monday.", "Ana Paris", 0, "person/ana-paris"},
		{"a middle name", "Senator Ivo Washington Brandt spoke on Monday.", "Ivo Washington Brandt", 0, "person/ivo-washington-brandt"},
		{"the city alone", "Officials in Lima said Ana Paris had left.", "Lima", 0, "place/lima"},
	})
}

// A party whose name holds a parenthesised part of its own ("Janata Dal
// (United)", "JD(U)") is named with it; the part is no place of its own
// and the words before it no person. A name whose parentheses only tell
// namesakes apart in the data is named without them.
func TestParenthesisedPartyNames(t *testing.T) {
	text := "The Janata Dal (United) won 14 seats in Ralpur on Tuesday. The JD(U) said Amit Verkar would lead it, and the CPI(M) lost ground to the Janata Dal (Secular)."
	checkIDs(t, []idCase{
		{"a name with its part", text, "Janata Dal (United)", 0, "party/janata-dal-united"},
		{"an acronym with its part", text, "JD(U)", 0, "party/janata-dal-united"},
		{"another acronym", text, "CPI(M)", 0, "party/communist-party-of-india-marxist"},
		{"the namesake's part", text, "Janata Dal (Secular)", 0, "party/janata-dal-secular"},
	})
	checkKinds(t, text, map[string]string{"Amit Verkar": polgraph.KindPerson}, "Janata Dal", "United", "Secular", "JD")
}
