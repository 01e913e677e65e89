package extract

import (
	"context"
	"testing"

	"github.com/polgraph/polgraph"
)

func TestRecognizerCases(t *testing.T) {
	tests := []struct {
		text     string
		want     map[string]string // name -> kind expected
		notNamed []string          // names that must not be entities
	}{
		{"Press coverage was thin. Image rights were sold.", nil, []string{"Press", "Image"}},
		// a state agency's styles of address open no name: "HE" in capitals is His Excellency, "He" a surname
		{"HE Oskar Brenn met His Excellency Lena Marr and HH Sheikh Tamim Al Varo on Monday. Vice Premier He Lifeng was there.",
			map[string]string{"Oskar Brenn": polgraph.KindPerson, "Lena Marr": polgraph.KindPerson, "He Lifeng": polgraph.KindPerson},
			[]string{"HE Oskar Brenn", "Excellency Lena Marr", "His Excellency Lena Marr"}},
		// a word state bodies are named with opens a body's name of two words, and a general staff is a body, no one titled General
		{"Ukrainian troops retook Hlynsk on Saturday, the National Guard said. Ukraine's General Staff denied that Russian forces had entered Ostrivka, and the Federal Police detained Ivo Marsk.",
			map[string]string{"National Guard": polgraph.KindOrganization, "General Staff": polgraph.KindOrganization, "Federal Police": polgraph.KindOrganization, "Ivo Marsk": polgraph.KindPerson}, []string{"Guard", "Staff", "Police"}},
		// a unit's noun after its number ("the 3rd Brigade") is no one's name; after a name it ends a body's
		{"The 3rd Brigade shelled Pelarsk on Friday, and the 12th Battalion and the 5th Regiment held the bridge. The Velska Brigade retreated.",
			map[string]string{"Velska Brigade": polgraph.KindOrganization}, []string{"Brigade", "Battalion", "Regiment"}},
		// a measure's noun that ends a measure's name, after a capitalised or a bracketed word, names no one called Bill; a titled Bill is one
		{"The Tarsk council approved the Land Reform Bill and the Public Order (Amendment) Bill on Monday. Senator Bill Hartvik voted against both.",
			map[string]string{"Bill Hartvik": polgraph.KindPerson}, []string{"Bill"}},
		// a party adjective opening a sentence or a bulleted line is where the party stands, no part of its name
		{"Key points\n- Ruling Fidesz party claims victory\n\nGoverning Fidesz won the vote in Hungary.",
			map[string]string{"Fidesz": polgraph.KindParty}, []string{"Ruling Fidesz", "Governing Fidesz"}},
		// a plural English noun opening sentences is no name, before "said" too; a surname is one
		{"Critics say the plan is unfair. Critics also say it is late. Investors said so on Monday. Ivo Banks met Ana Holm on Monday. Banks said so.",
			map[string]string{"Ivo Banks": polgraph.KindPerson}, []string{"Critics", "Investors"}},
		// a live blog's key points repeat its entries' openings: a word opening sentences twice is no name for that; a surname said so is
		{"Vote live\n\nKey points\n- Turnout was 61%, the commission said\n- Clashes erupted in Varnik\n\n20:32 CET\nTurnout was 61%, the commission said.\n\n21:10 CET\nClashes erupted in Varnik overnight. Holsten said the count would go on. Holsten left at midnight.",
			map[string]string{"Holsten": polgraph.KindPerson}, []string{"Turnout", "Clashes"}},
		// ... or before a common noun
		{"Ruling party slips to third in poll\n\nOpposition parties gained. Support for the ruling Harvest Party fell to 14 percent.",
			map[string]string{"Harvest Party": polgraph.KindParty}, []string{"Ruling", "Opposition"}},
		// a given name that is an auxiliary verb too opens a person's name, at a sentence's start as inside it
		{"Will Hartvik met Ilsa Dornmere in Tarsk on Monday. Lawmakers heard May Korsgaard, and Can Orhanli voted no.",
			map[string]string{"Will Hartvik": polgraph.KindPerson, "May Korsgaard": polgraph.KindPerson, "Can Orhanli": polgraph.KindPerson}, []string{"Hartvik", "Korsgaard", "Orhanli"}},
		// a title other than a minister's takes the field "for" gives it, up to the holder's name; a place it names stays a name
		{"Director-General for Asian Affairs Kenta Morrow met Nordic envoys on Tuesday. State Secretary for Foreign Affairs Jana Holvik said so, " +
			"and Deputy Minister for European Integration Petra Voskane agreed. Special Envoy for the Sahel Marc Dufrenne left.",
			map[string]string{"Kenta Morrow": polgraph.KindPerson, "Jana Holvik": polgraph.KindPerson, "Petra Voskane": polgraph.KindPerson,
				"Sahel": polgraph.KindPlace, "Marc Dufrenne": polgraph.KindPerson},
			[]string{"Secretary", "European Integration Petra Voskane", "Asian Affairs Kenta Morrow"}},
		// a name no list knows before a town's or a region's officer or service is the town's or the region's
		{"On Monday, Velmora police arrested Ivo Dornick. The Kessel police chief, Arno Pietzer, resigned, and the Ostra Velde governor said nothing.",
			map[string]string{"Velmora": polgraph.KindPlace, "Kessel": polgraph.KindPlace, "Ostra Velde": polgraph.KindPlace, "Arno Pietzer": polgraph.KindPerson}, nil},
		// ... at a sentence's start too, before a title and its holder's name
		{"Tarsk mayor Ivo Dornick criticised the decision. Olvena police chief Pete Arvano resigned on Friday.",
			map[string]string{"Tarsk": polgraph.KindPlace, "Olvena": polgraph.KindPlace, "Ivo Dornick": polgraph.KindPerson}, nil},
		// ... but an English word capitalised for its place names no town
		{"Riot police fired tear gas. Embattled mayor Ivo Dornick resigned. Longtime governor Ana Holvik lost. Transit police closed the station.",
			map[string]string{"Ivo Dornick": polgraph.KindPerson}, []string{"Riot", "Embattled", "Longtime", "Transit"}},
		// a noun for where a person stands in a race, capitalised at a sentence's start, is what the person is, no part of the name
		{"Challenger Teo Brask said he would contest the result. Incumbent Lida Parvic conceded on Monday. Newcomer Pavel Ruzin won in Velmora.",
			map[string]string{"Teo Brask": polgraph.KindPerson, "Lida Parvic": polgraph.KindPerson, "Pavel Ruzin": polgraph.KindPerson},
			[]string{"Challenger Teo Brask", "Incumbent Lida Parvic", "Newcomer Pavel Ruzin"}},
		// a month's name as a given name before two particles opens the name, as before one
		{"On Monday, Jan van der Velmer met Ada Holvik in Brussels. Later June de la Corvina arrived.",
			map[string]string{"Jan van der Velmer": polgraph.KindPerson, "June de la Corvina": polgraph.KindPerson}, []string{"der Velmer", "la Corvina"}},
		// ... but a question that opens with the verb names no one by it
		{"Will Brenmark approve the bill? Can Labour win the vote?", nil, []string{"Will Brenmark", "Can Labour"}},
		// a one-word name no list knows before "mayor" is a town, not a person
		{"Those charged include Dunmore mayor Brenna Holt and Silas Prell.",
			map[string]string{"Dunmore": polgraph.KindPlace, "Brenna Holt": polgraph.KindPerson}, nil},
		// a hyphen between spaces, or opening a line, is a list's dash: the names it sets off are named
		{"The new cabinet: Finance - Ivo Dorn; Defence - Mara Lind; Foreign Affairs - Petar Vuk.\nThe sanctioned individuals are:\n- Oskar Tamm, Tarsk mayor",
			map[string]string{"Ivo Dorn": polgraph.KindPerson, "Petar Vuk": polgraph.KindPerson, "Oskar Tamm": polgraph.KindPerson}, nil},
		// a government "of" a name the tagger reads as a person's is a head of government's, no state's
		{"Parliament rejected the government of Tudor Balcescu on Tuesday, and the authorities of Varovia protested.",
			map[string]string{"Tudor Balcescu": polgraph.KindPerson}, nil},
		// a state no list knows, by what only a state has: a president it owns, a ministry or diplomats it
		// names, an ambassador "its" that it recalls (which keeps the name that opens its sentence), an
		// expulsion of diplomats by a name spelt as a place's, a border "with" it
		{"Velmark's president said on Monday that the talks had failed.",
			map[string]string{"Velmark": polgraph.KindCountry}, nil},
		// ... and "the" before the name that modifies its president, as its possessive does
		{"The Velmark president said on Monday that the talks had failed.",
			map[string]string{"Velmark": polgraph.KindCountry}, nil},
		{"The Kestria foreign ministry said on Monday that the border would stay closed. The Orvane prime minister agreed.",
			map[string]string{"Kestria": polgraph.KindCountry, "Orvane": polgraph.KindCountry}, nil},
		{"Varovia on Tuesday recalled its ambassador from Dalmont.",
			map[string]string{"Varovia": polgraph.KindCountry}, nil},
		{"Norland expelled two Tessaly diplomats on Wednesday. Ivo Dorn flew to Norland.",
			map[string]string{"Norland": polgraph.KindCountry, "Tessaly": polgraph.KindCountry, "Ivo Dorn": polgraph.KindPerson}, nil},
		{"Police closed the border with Ardenza on Monday.",
			map[string]string{"Ardenza": polgraph.KindCountry}, nil},
		// ... but a party of two words or an acronym has a president and ministers too, and a head of
		// government names a government after him
		{"The Harvest Union's president said on Monday that two PVK ministers had quit. The Dornberg government fell.",
			map[string]string{"Harvest Union": polgraph.KindOrganization, "Dornberg": polgraph.KindPlace}, nil},
		// a province's legislature is named by "of" and the province: a place, no person
		{"The provincial legislature of Tolvarez approved the budget on Monday.",
			map[string]string{"Tolvarez": polgraph.KindPlace}, nil},
		// a comma that closes an opening phrase is no apposition: a candidate with her party's label is a person
		{"In the northern district, Liesel Dranholm (Labour Party) faces a tough race.",
			map[string]string{"Liesel Dranholm": polgraph.KindPerson}, nil},
		// a building or a road "of" a person is the person's: "the long road of Marit Hollvik"
		{"The long road of Marit Hollvik began in a village school. Guards stood outside the palace of Jorun Veltmark.",
			map[string]string{"Marit Hollvik": polgraph.KindPerson, "Jorun Veltmark": polgraph.KindPerson}, nil},
		// a plural noun of places "of" names a list of places, the last one too
		{"Police fired on protesters in the towns of Kessaw and Tarrin in February.",
			map[string]string{"Kessaw": polgraph.KindPlace, "Tarrin": polgraph.KindPlace}, nil},
		// a one-word name joined to a place by its preposition is a place where the world cities table knows it
		{"Riots broke out in Pleven and Kahramanmaraş on Friday, and in Ratych and Dorvel.",
			map[string]string{"Pleven": polgraph.KindPlace, "Kahramanmaraş": polgraph.KindPlace}, nil},
		// ... and after commas: every name of the list is a place
		{"The storm flooded the villages of Dorvik, Lanmere and Oskel on Sunday. Rain hit the towns of Brask, Helmo Vale, and Kilpa.",
			map[string]string{"Dorvik": polgraph.KindPlace, "Lanmere": polgraph.KindPlace, "Oskel": polgraph.KindPlace, "Brask": polgraph.KindPlace, "Helmo Vale": polgraph.KindPlace, "Kilpa": polgraph.KindPlace}, nil},
		// an office's or a district's noun in capitals, standing alone, is no person
		{"A judge in the Eastern District of Virginia blocked the rule on Monday. The Iowa Auditor of State, Dellin Parwick, said the county had overspent.",
			map[string]string{"Dellin Parwick": polgraph.KindPerson}, []string{"District", "Auditor"}},
		// a name written syllable by syllable keeps a first word that is a Malay style elsewhere
		{"The businessman Tun Kyaw Oo met Governor Hal Brenning on Friday, and Tun Mahathir Mohamad called him.",
			map[string]string{"Tun Kyaw Oo": polgraph.KindPerson, "Mahathir Mohamad": polgraph.KindPerson}, []string{"Kyaw Oo"}},
		// a surname that is an English word after given names is still the name's last word
		{"The motion was tabled by Amina Wanjiru Hope on Tuesday.",
			map[string]string{"Amina Wanjiru Hope": polgraph.KindPerson}, []string{"Amina Wanjiru"}},
		// a one-word title opening a body's name whose head goes on with "of"
		{"The General Union of Workers called a strike on Friday, and the Confederation of Free Trade Unions of Valmera backed it.",
			map[string]string{"General Union of Workers": polgraph.KindOrganization, "Confederation of Free Trade Unions of Valmera": polgraph.KindOrganization}, []string{"General Union", "Workers", "Free Trade Unions of Valmera"}},
		// a body's name that went on with "of" goes on with "of the" to a name no data knows
		{"For twenty years Defne Arsan has run the Association of Families of the Disappeared from Izmir.",
			map[string]string{"Association of Families of the Disappeared": polgraph.KindOrganization, "Defne Arsan": polgraph.KindPerson}, []string{"Association of Families"}},
		// a newspaper named by its town and a newspaper's noun is one name, the town no place named
		{"\"We will not back down,\" Marta Olivenko told the Tallinn Ledger on Monday.",
			map[string]string{"Tallinn Ledger": polgraph.KindOrganization, "Marta Olivenko": polgraph.KindPerson}, []string{"Ledger", "Tallinn"}},
		// "party" in the name's own language opens a party's name, whatever common words follow
		{"SANTIAGO - The Partido Renovación Popular announced on Sunday that its president, Ignacio Valdemar, will run, and the Parti Bleu said it would not.",
			map[string]string{"Partido Renovación Popular": polgraph.KindParty, "Parti Bleu": polgraph.KindParty, "Ignacio Valdemar": polgraph.KindPerson}, nil},
		// a nationality's noun after a given name or a title is a surname; its adjective is no name's
		{"Sir Graham Pole, chairman of the committee, met Ella Swede on Monday. Officials said Maria Russian troops had left.",
			map[string]string{"Graham Pole": polgraph.KindPerson, "Ella Swede": polgraph.KindPerson}, []string{"Graham", "Ella", "Maria Russian"}},
		// a name no list knows after "the department of", "the county of", "the governor of" is a place
		{"The council of the department of Itapoca was dissolved on Monday, and the county of Brenmoor and the municipality of Olvera were left without mayors. The governor of Velasquia resigned.",
			map[string]string{"Itapoca": polgraph.KindPlace, "Brenmoor": polgraph.KindPlace, "Olvera": polgraph.KindPlace, "Velasquia": polgraph.KindPlace}, nil},
		// a role set off before a name is that name's, not the role of the place before it
		{"In Villa Oreña, the mayor, Gerardo Lucanor, said farmers had waited for years. The council of the district of Tapora was dissolved, the court's spokeswoman, Marisol Recabarren, told reporters. Officials met Dravik, the mayor, on Monday.",
			map[string]string{"Villa Oreña": polgraph.KindPlace, "Tapora": polgraph.KindPlace, "Gerardo Lucanor": polgraph.KindPerson, "Marisol Recabarren": polgraph.KindPerson, "Dravik": polgraph.KindPerson}, nil},
		// a religious scholar's title before a name is no word of it
		{"Opposition leader Maulana Fazal Karim of the Justice Front said on Monday that Allama Raza Naqvi would not stand.",
			map[string]string{"Fazal Karim": polgraph.KindPerson, "Raza Naqvi": polgraph.KindPerson}, []string{"Maulana Fazal Karim", "Allama Raza Naqvi"}},
		// the South Asian, African and Indonesian press's titles before a name are no word of it, with a period or without
		{"Shri Arun Velankar met Smt. Leela Norwade and Alhaji Musa Dantoro on Monday. Engr. Ade Bakorin and Barr. Uche Ezenwo were there, and Hajiya Amina Sulaire, Ibu Sari Wulandini and Comrade Ayo Idowuni spoke.",
			map[string]string{"Arun Velankar": polgraph.KindPerson, "Leela Norwade": polgraph.KindPerson, "Musa Dantoro": polgraph.KindPerson, "Ade Bakorin": polgraph.KindPerson, "Uche Ezenwo": polgraph.KindPerson, "Amina Sulaire": polgraph.KindPerson, "Sari Wulandini": polgraph.KindPerson, "Ayo Idowuni": polgraph.KindPerson},
			[]string{"Shri Arun Velankar", "Smt. Leela Norwade", "Alhaji Musa Dantoro", "Hajiya Amina Sulaire", "Ibu Sari Wulandini", "Comrade Ayo Idowuni"}},
		// a body named by a number after "the"
		{"Sir Desmond Larkwell, chairman of the 1922 Committee, said the vote would be held on Wednesday.",
			map[string]string{"1922 Committee": polgraph.KindOrganization, "Desmond Larkwell": polgraph.KindPerson}, []string{"Committee"}},
		// and its number is a word of its name: another committee is another body
		{"It was the 1922 Committee that decided. Harriet Quennell asked whether the Treasury had read the report of the Public Accounts Committee.",
			map[string]string{"1922 Committee": polgraph.KindOrganization, "Public Accounts Committee": polgraph.KindOrganization}, nil},
		// a one-word title opening a body's name is the name's first word, no one's title
		{"Officials said the General Intelligence Directorate had detained Omar Haddad, a Varnessan citizen.",
			map[string]string{"General Intelligence Directorate": polgraph.KindOrganization, "Omar Haddad": polgraph.KindPerson}, []string{"Intelligence Directorate"}},
		// letters in capitals the gazetteer knows are the name, not the honorific they spell ("Rt")
		{"RT reported on Monday that the talks had failed, and the Rt Hon Ana Holm MP said so.",
			map[string]string{"RT": polgraph.KindOrganization, "Ana Holm": polgraph.KindPerson}, nil},
		// a one-word name opening its only sentence is kept where it is said to be a state, or a name spelt as a place does what states do
		{"Kelvara is a landlocked country.", map[string]string{"Kelvara": polgraph.KindCountry}, nil},
		{"Veloria expelled two diplomats on Monday.", map[string]string{"Veloria": polgraph.KindCountry}, nil},
		// an apposition that says it is a state makes it one
		{"Voters in Ostmark, a former Soviet republic, went to the polls on Sunday.", map[string]string{"Ostmark": polgraph.KindCountry}, nil},
		// ... where a region's does not
		{"Voters in Belmora, a northern province, went to the polls on Sunday.", map[string]string{"Belmora": polgraph.KindPlace}, nil},
		// what "the nation of" or "the country of" names is a state
		{"The island nation of Kelvara held elections on Sunday, and the tiny country of Ostmark followed.",
			map[string]string{"Kelvara": polgraph.KindCountry, "Ostmark": polgraph.KindCountry}, nil},
		// one unknown word whose shares or profits are reported is a company; a person named in full keeps hers
		{"Orvex's shares fell 8 percent on Monday. Talvik's profits rose, and Ilse Marden's shares were sold.",
			map[string]string{"Orvex": polgraph.KindOrganization, "Talvik": polgraph.KindOrganization, "Ilse Marden": polgraph.KindPerson}, nil},
		// one unknown word before a company's officer's noun is the company
		{"Grainex chairman Paul Whitby resigned on Friday, and Vantrell founder Ines Calder left.",
			map[string]string{"Grainex": polgraph.KindOrganization, "Vantrell": polgraph.KindOrganization, "Paul Whitby": polgraph.KindPerson}, nil},
		// a run before the noun "party" names the party whole, nationality inside and all;
		// who stands beside a party named so is someone else
		{"The leader of the opposition Varo Thai party, Kem Dolan, said on Monday it would file a motion.",
			map[string]string{"Varo Thai": polgraph.KindParty, "Kem Dolan": polgraph.KindPerson}, []string{"Varo", "Thai"}},
		{"Ramon Vell sat in the Spanish Parliament. He held the ministries of Finance, Justice and Interior, became President of Parliament, and was twice Prime Minister.", nil, []string{"Interior"}}, // a portfolio, not one who became President
		{"The settlement was built in 3000 BC near the river.", nil, []string{"British Columbia", "BC"}},
		{"Town meetings are common. New England towns hold them every spring.", map[string]string{"New England": polgraph.KindPlace}, []string{"England"}},
		{"DIFFERENT KINDS OF COUNCIL\n\nThe council met.", nil, []string{"DIFFERENT KINDS OF COUNCIL"}},
		{"For the respondent: K. Ilse Marwen and Tomas Brevik.", map[string]string{"K. Ilse Marwen": polgraph.KindPerson}, nil},
		{"The essay quotes de Vorlaan on liberty. Later de Vorlaan wrote again.", map[string]string{"de Vorlaan": polgraph.KindPerson}, nil},
		{"Ines Calder of Brightwater Sent Media spoke first.", map[string]string{"Brightwater Sent Media": polgraph.KindOrganization}, nil},
		{"Oh my God, did you see that?", nil, []string{"God"}},
		// "Deputy" alone before a name is a legislator's title, as the continental press writes it
		{"Deputy Radu Cernat left the Democratic Centre on Monday. Deputy Speaker Ivo Dorn and Deputy Prime Minister Ana Holm stayed.",
			map[string]string{"Radu Cernat": polgraph.KindPerson, "Ivo Dorn": polgraph.KindPerson, "Ana Holm": polgraph.KindPerson}, []string{"Deputy Radu Cernat", "Deputy Speaker Ivo Dorn"}},
		// an age before the noun of an apposition leaves that noun to say a person is named
		{"Salvane named Lotte Verhagen, a 39-year-old, as minister, and Corvel, a 40-member group, met.",
			map[string]string{"Lotte Verhagen": polgraph.KindPerson}, nil},
		// a name ending in an outlet's head word is the outlet, though a country of its first word is named too
		{"BRENMOOR, Holmark — The Holmark Courier's political editor, Wim Sterk, wrote on Friday that Holmark's ruling party would need a partner.",
			map[string]string{"Holmark Courier": polgraph.KindOrganization, "Holmark": polgraph.KindCountry}, nil},
		// a title the press keeps before one given name is the name's
		{"Prime Minister Sheikh Varina resigned on Monday. Varina fled. Sheikh Tamir bin Hamad Al Rashed met her.",
			map[string]string{"Sheikh Varina": polgraph.KindPerson, "Tamir bin Hamad Al Rashed": polgraph.KindPerson}, []string{"Varina", "Sheikh Tamir bin Hamad Al Rashed"}},
		{"Twelve Harvest Front MPs rebelled on Monday.", nil, []string{"Twelve Harvest Front"}}, // a count opens no name
		// a named owner of a named body is two names; a one-word body's is one
		{"The poll puts Prime Minister Hanne Marquist's National Renewal Party first.",
			map[string]string{"Hanne Marquist": polgraph.KindPerson, "National Renewal Party": polgraph.KindParty}, []string{"Hanne Marquist's National Renewal Party"}},
		{"President Dana Holm's Party of Action and Solidarity won the vote.", // a body the gazetteer knows, an "of" in its name
			map[string]string{"Dana Holm": polgraph.KindPerson, "Party of Action and Solidarity": polgraph.KindParty}, []string{"Dana Holm's Party of Action"}},
		// a given name that is a common word too, opening its sentence
		{"Per Sandell of the Liberals won on Sunday. Per capita income rose.", map[string]string{"Per Sandell": polgraph.KindPerson}, []string{"Sandell", "Per capita"}},
		// month names that are given names before a surname
		{"Prime Minister Jan Ruzek declined to comment. Foreign Minister May Holt met him on Jan. 5.", map[string]string{"Jan Ruzek": polgraph.KindPerson, "May Holt": polgraph.KindPerson}, []string{"Ruzek", "Holt"}},
		{"She mailed ines.calder@example.org and Ines Calder replied.", map[string]string{"Ines Calder": polgraph.KindPerson}, nil},
		{"The book, Childish Recollections, sold well.", nil, []string{"Childish Recollections"}},
		{"Tomas Abel Brevik arrived. Tomas Brevik spoke, and Brevik left.", map[string]string{"Tomas Abel Brevik": polgraph.KindPerson}, []string{"Tomas Brevik", "Brevik"}},
		{"Many southwest Asian kingdoms are old.", nil, []string{"Asian"}},
		{"The National Assembly of Kavrania voted. The Central Bank of Kavrania waited. Tomas Brevik spoke to the Parliament of Kavrania.",
			map[string]string{"National Assembly of Kavrania": polgraph.KindOrganization, "Central Bank of Kavrania": polgraph.KindOrganization, "Parliament of Kavrania": polgraph.KindOrganization},
			[]string{"National Assembly", "National Assembly of Quebec", "National Assembly (France)"}},
		{"Analysts said the vote was close. Diplomats disagreed.", nil, []string{"Analysts", "Diplomats"}},
		{"Greece suffered under the Ottoman Empire.", map[string]string{"Ottoman Empire": polgraph.KindPlace}, nil},
		{"Ex-president Tomas Brevik agreed.", map[string]string{"Tomas Brevik": polgraph.KindPerson}, []string{"Ex-president Tomas Brevik"}},
		{"Ex-President Ana Holm agreed.", map[string]string{"Ana Holm": polgraph.KindPerson}, []string{"Ex-President Ana Holm"}},
		// a hyphened given name makes a person the tagger may not read
		{"The head of the Mongolian Election Commission, Bat-Erdene Ganbold, resigned on Friday.",
			map[string]string{"Bat-Erdene Ganbold": polgraph.KindPerson}, nil},
		// a word that is also a given name, after "near" or "in", is where
		{"Militants claimed the attack near Gao on Sunday. Protests in Sofia followed.",
			map[string]string{"Gao": polgraph.KindPlace, "Sofia": polgraph.KindPlace}, nil},
		// a ministry's portfolio before "Secretary" is a minister's title the
		// gazetteer does not list, not the start of the holder's name; a
		// party's "National Secretary" is no ministry's
		{"Finance Secretary Chidi Eze was sacked on Monday. On Tuesday, Water Secretary Ama Dorne met Home Affairs Secretary Lior Vance.",
			map[string]string{"Chidi Eze": polgraph.KindPerson, "Ama Dorne": polgraph.KindPerson, "Lior Vance": polgraph.KindPerson},
			[]string{"Finance Secretary Chidi Eze", "Secretary Chidi Eze", "Water Secretary Ama Dorne", "Secretary Ama Dorne", "Secretary Lior Vance"}},
		// a rank of two words before a name, though its first word is a title alone
		{"Sergeant Major Paul Okoth testified on Monday. Warrant Officer Ilse Marwen agreed.",
			map[string]string{"Paul Okoth": polgraph.KindPerson, "Ilse Marwen": polgraph.KindPerson}, []string{"Major Paul Okoth", "Officer Ilse Marwen", "Warrant Officer Ilse Marwen"}},
		{"Alignment matters (Brevik et al., 2011; Lindqvist and Holm, 2015). As Marwen and Tang (2012) argue, it works.",
			map[string]string{"Brevik": polgraph.KindPerson, "Lindqvist": polgraph.KindPerson, "Holm": polgraph.KindPerson, "Marwen": polgraph.KindPerson, "Tang": polgraph.KindPerson},
			[]string{"As Marwen"}},
		{"The Moldovan Information and Security Service said it had found the network.",
			map[string]string{"Moldovan Information and Security Service": polgraph.KindOrganization}, []string{"MI5", "Security Service"}},
		{"She worked at the British Library and Columbia University.",
			map[string]string{"British Library": polgraph.KindOrganization, "Columbia University": polgraph.KindOrganization}, nil},
		{"Ilsa Varn spoke at a rally in the capital, Valdora, on Thursday. In the capital, Brevik said the vote was close.",
			map[string]string{"Valdora": polgraph.KindPlace, "Brevik": polgraph.KindPerson}, nil},
		// what a title owns is not its holder, but for a body named after
		// it; a common noun's plural in capitals is no name
		{"Ellis Marrow faced Prime Minister's Questions on Wednesday. The Prime Minister's Office declined to comment.",
			map[string]string{"Ellis Marrow": polgraph.KindPerson, "Prime Minister's Office": polgraph.KindOrganization}, []string{"Questions", "Office", "Prime Minister's Questions"}},
		{"Ilsa Varn, a fellow at King's College, wrote to him.", map[string]string{"King's College": polgraph.KindOrganization}, []string{"College"}},
		{"Tomas Brevik took Questions from students after the lecture.", map[string]string{"Tomas Brevik": polgraph.KindPerson}, []string{"Questions"}},
		// a title word that ends "X of Y" names the body's field, and a
		// bare head word takes the name after "of the"; a head that is
		// not bare keeps its own name
		{"The Ministry of Justice checked 112 associations. The Ministry of the Interior said 40 people were held.",
			map[string]string{"Ministry of Justice": polgraph.KindOrganization, "Ministry of the Interior": polgraph.KindOrganization}, []string{"Ministry", "Justice", "Interior"}},
		{"The Kavranian Court of Electoral Justice confirmed the count. The Council of Social Justice met.",
			map[string]string{"Kavranian Court of Electoral Justice": polgraph.KindOrganization, "Council of Social Justice": polgraph.KindOrganization}, []string{"Kavranian Court of Electoral", "Council of Social"}},
		{"Ivo Dorn was shot in the border town of Ana Vera Castillo. The police chief of the city of Tomas Lind spoke.",
			map[string]string{"Ana Vera Castillo": polgraph.KindPlace, "Tomas Lind": polgraph.KindPlace, "Ivo Dorn": polgraph.KindPerson}, nil},
		{"The Chile Justice Movement said it would appeal. The Kenya Freedom Party met on Sunday.",
			map[string]string{"Chile Justice Movement": polgraph.KindParty, "Kenya Freedom Party": polgraph.KindParty}, []string{"Justice Movement", "Freedom Party"}},
		{"The Office of the UN High Commissioner for Human Rights urged Kavrania to drop the bill.",
			map[string]string{"Office of the UN High Commissioner for Human Rights": polgraph.KindOrganization}, []string{"Office"}},
		{"Ilsa Varn read the independent newspaper Glasnik. She told the newspaper Borsk little.",
			map[string]string{"Glasnik": polgraph.KindOrganization}, nil},
		{"Ivo Dorn edits Glas Doline, a Dravonian-language weekly. He spoke to the Varovian-language channel Kanal Sever.",
			map[string]string{"Glas Doline": polgraph.KindOrganization, "Kanal Sever": polgraph.KindOrganization}, []string{"Dravonian-language", "Varovian-language"}},
		{"Ilsa Varn left for The Hague, The Harbour Lantern reported.",
			map[string]string{"Harbour Lantern": polgraph.KindOrganization, "The Hague": polgraph.KindPlace}, []string{"The Harbour Lantern"}},
		{"Officials detained 30 people, according to the Belarusian Association of Journalists and the Kavranian Association of Journalists.",
			map[string]string{"Belarusian Association of Journalists": polgraph.KindOrganization, "Kavranian Association of Journalists": polgraph.KindOrganization}, []string{"Belarusian Association", "Kavranian Association"}},
		{"Ilsa Varn works at the National Library of the Kavranian Academy.",
			nil, []string{"Library of the Kavranian Academy"}},
		// a one-word name opening its only sentence, which the learned
		// tagger reads as a name in context
		{"Vadimir married his cousin in 1802.", map[string]string{"Vadimir": polgraph.KindPerson}, nil},
		// a language's name names nothing, before a name it is part of one
		{"The hymns of Ilsa Varn are sung in Bangla and Tagalog. She lived in Tamil Nadu.",
			map[string]string{"Tamil Nadu": polgraph.KindPlace}, []string{"Bangla", "Tagalog"}},
		// a body's name ending in a word of its trade, a place's in a
		// word of nature, and a place whose parts "of" joins to it
		{"Mira Solberg hiked to Pine Hollow and walked the walls of Dubrovnik. According to Nordvik Analytics, tourism grew.",
			map[string]string{"Nordvik Analytics": polgraph.KindOrganization, "Pine Hollow": polgraph.KindPlace, "Dubrovnik": polgraph.KindPlace}, nil},
		{"Whilst peak traffic hour is smoggy, the city is calm.", nil, []string{"Whilst"}},
		// a given name no list knows that ends like a common noun
		// ("-ing") opens a person's name where a person's cue follows
		{"Tjalling Roos, who leads the Farmers' Union, said on Monday the protests would go on. Haiming Zhou, 54, told reporters the plan would fail.",
			map[string]string{"Tjalling Roos": polgraph.KindPerson, "Haiming Zhou": polgraph.KindPerson}, nil},
		{"The protests would go on, said Sterling Maas. Medicinal Properties was a bestseller.",
			map[string]string{"Sterling Maas": polgraph.KindPerson}, []string{"Medicinal Properties"}},
		// a head word only parties bear ends a party's name
		{"The Patriotic Bloc said it would challenge the result. The Yulia Varga Bloc agreed.",
			map[string]string{"Patriotic Bloc": polgraph.KindParty, "Yulia Varga Bloc": polgraph.KindParty}, nil},
		// two nouns of parties' names joined by "and" are one party's name
		{"Freedom and Homeland's leader Ivo Marek said on Monday the party would join the coalition.",
			map[string]string{"Freedom and Homeland": polgraph.KindParty, "Ivo Marek": polgraph.KindPerson}, []string{"Homeland", "Freedom"}},
		{"The Peace and Unity Party won 12 seats. Support for Order and Progress rose, and Truth and Dignity said it would boycott the vote.",
			map[string]string{"Peace and Unity Party": polgraph.KindParty, "Order and Progress": polgraph.KindParty, "Truth and Dignity": polgraph.KindParty},
			[]string{"Unity Party", "Progress", "Dignity"}},
		// the plurals of members joined by "and" are two parties, no one name
		{"Socialists and Communists marched in Sorvik on Monday.", nil, []string{"Socialists and Communists"}},
		// the second cities of smaller states, named without a cue, are places
		{"Novi Sad said on Monday it would rebuild the station. Banja Luka said it would hold a vote, and Cluj-Napoca agreed.",
			map[string]string{"Novi Sad": polgraph.KindPlace, "Banja Luka": polgraph.KindPlace, "Cluj-Napoca": polgraph.KindPlace}, nil},
		// a name of two words no given name opens, at the end of a route or
		// after a preposition of a route, is where
		{"Students marched from Belgrade to Kovin Selo on Saturday. The convoy drove through Dubrava Polje.",
			map[string]string{"Kovin Selo": polgraph.KindPlace, "Dubrava Polje": polgraph.KindPlace}, nil},
		{"The minister travelled to Kovin Selo on Saturday.", map[string]string{"Kovin Selo": polgraph.KindPlace}, nil},
		// so is one "of" a place's office or its people
		{"Residents of Stari Grad said police fired tear gas. The mayor of Kovin Selo, Ana Holm, resigned.",
			map[string]string{"Stari Grad": polgraph.KindPlace, "Kovin Selo": polgraph.KindPlace, "Ana Holm": polgraph.KindPerson}, nil},
		// a word before the plural of states groups them: a region's adjective, no place
		{"Here is a round-up of politics in the three Baltic states. The Nordic countries agreed.", nil, []string{"Baltic", "Nordic"}},
		// a noun phrase before a verb of saying, behind a comma, is that
		// verb's subject, no apposition giving the name before it a kind
		{"Police detained opposition activist Marta Zvirble, the news agency Korvex reported. They held Tomas Kairys, the Delfi portal said.",
			map[string]string{"Marta Zvirble": polgraph.KindPerson, "Tomas Kairys": polgraph.KindPerson}, nil},
		{"Police in Varna detained Ilse Brakk, the state news agency reported on Monday.",
			map[string]string{"Ilse Brakk": polgraph.KindPerson}, nil},
		// a word before a kind noun that comes before the body's name
		// says where the body is from; it names nothing
		{"Police detained Janis Kalns, the Baltic news agency Korvex reported. The Balkan rights group Solvang said he was beaten.",
			map[string]string{"Janis Kalns": polgraph.KindPerson}, []string{"Baltic", "Balkan"}},
		// a lower-case word of a part or a setting of a place before an
		// unknown name says a place, not a person
		{"Protests spread across central Tarvek on Monday. Farmers in rural Olmbrin blocked roads, police in northern Dravno detained twelve people, and shops in downtown Kessart stayed shut.",
			map[string]string{"Tarvek": polgraph.KindPlace, "Olmbrin": polgraph.KindPlace, "Dravno": polgraph.KindPlace, "Kessart": polgraph.KindPlace}, nil},
		// a weekday's short form after name words is a surname ("Sun",
		// "Sat"), no date cutting the name short
		{"Opposition leader Peter Ochieng Sun said on Tuesday that the budget was unfair. Mayor Daniel Otieno Sat met the president on Friday.",
			map[string]string{"Peter Ochieng Sun": polgraph.KindPerson, "Daniel Otieno Sat": polgraph.KindPerson}, []string{"Peter Ochieng", "Daniel Otieno"}},
		// so is one between name words or opening a name ("Thu", "Tue",
		// "Sun"), while one before a day's number or a month stays a date
		{"Foreign Ministry spokesperson Dang Thu Lanh said on Thursday that Vietnam opposed the survey. Spokeswoman Vo Thi Thu Nguyet and Minister Tran Tue Khanh agreed. Sun Qiaolin met them on Thu May 8.",
			map[string]string{"Dang Thu Lanh": polgraph.KindPerson, "Vo Thi Thu Nguyet": polgraph.KindPerson, "Tran Tue Khanh": polgraph.KindPerson, "Sun Qiaolin": polgraph.KindPerson},
			[]string{"Dang", "Lanh", "Nguyet", "Tran", "Khanh", "Qiaolin", "Thu May"}},
		{"Aurel, the \"Sun Prince\" of Vellin, was crowned after a prince of Dorsk died.", nil, []string{"Sun", "Sun Prince"}},
		// a name no list knows before a region's or a state's body is the
		// region's ("the Olmbrin government"), unless a person of that
		// surname is named in full ("the Varga government")
		{"The Tarvek provincial government imposed a curfew on Friday. A spokesman for the Olmbrin government said the region would comply.",
			map[string]string{"Tarvek": polgraph.KindPlace, "Olmbrin": polgraph.KindPlace}, nil},
		{"Prime Minister Tomas Varga lost a confidence vote on Monday. The Varga government had been in office since 2021.",
			map[string]string{"Tomas Varga": polgraph.KindPerson}, []string{"Varga"}},
		// a one-word title opening a body's name after a nationality is
		// a word of the body's name: a general staff, no one titled General
		{"The Ukrainian General Staff said on Sunday that Russian forces had shelled Hrudne. A spokesman for the staff, Ivo Dorn, said so.",
			map[string]string{"General Staff": polgraph.KindOrganization, "Ivo Dorn": polgraph.KindPerson}, []string{"Staff"}},
		// a law's or a treaty's name is no entity (the contract has no kind
		// for one), nor a word of it no list knows; a name the lists know
		// inside it is still named; a body's field is no law ("School of Law")
		{"The Velmar parliament passed the Foreign Agents Registration Act on Sunday. The Treaty of Kessel and the Lisbon Treaty bar such laws, Ana Holm said, as does the EU Data Protection Directive. The Dornik Accord and the Law on Foreign Influence were cited by Ivo Marsk of the Tarsk University School of Law.",
			map[string]string{"Ana Holm": polgraph.KindPerson, "Ivo Marsk": polgraph.KindPerson, "European Union": polgraph.KindOrganization, "Lisbon": polgraph.KindPlace, "Tarsk University School of Law": polgraph.KindOrganization},
			[]string{"Registration Act", "Foreign Agents Registration Act", "Kessel", "Treaty of Kessel", "Dornik Accord", "Dornik", "Foreign Influence"}},
	}
	for _, tt := range tests {
		x, err := extractor.Extract(context.Background(), polgraph.Article{Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		kinds := map[string]string{}
		for _, e := range x.Entities {
			kinds[e.Name] = e.Kind
		}
		for name, kind := range tt.want {
			if kinds[name] != kind {
				t.Errorf("%q: %s is %q, want %q (entities %v)", tt.text, name, kinds[name], kind, kinds)
			}
		}
		for _, name := range tt.notNamed {
			if k, ok := kinds[name]; ok {
				t.Errorf("%q: %s is a %s entity, want none", tt.text, name, k)
			}
		}
	}
}

// An apposition's possessor is not its head: "the party's youth leader" is
// a person, whose party owns the title.
func TestAppositionPossessorGivesNoKind(t *testing.T) {
	checkKinds(t, "The list includes Dalia Orsk, the party's youth leader.",
		map[string]string{"Dalia Orsk": polgraph.KindPerson})
	checkKinds(t, "The list includes Dalia Orsk, the party's candidate in Brevik.",
		map[string]string{"Dalia Orsk": polgraph.KindPerson})
	checkKinds(t, "The Amber Union, the party of the prime minister, won.",
		map[string]string{"Amber Union": polgraph.KindParty})
}

// The name in a dateline's parentheses is the agency that filed it.
func TestDatelineAgencyIsAnOrganization(t *testing.T) {
	checkKinds(t, "RAVELLO, May 6 (Baltic Wire) - The government of Talvora fell on Monday.",
		map[string]string{"Baltic Wire": polgraph.KindOrganization})
	checkKinds(t, "RAVELLO (Nordwire) - The government of Talvora fell on Monday.",
		map[string]string{"Nordwire": polgraph.KindOrganization})
}

// The name in capitals opening a dateline is the place the story is filed
// from, though no list knows it.
func TestDatelinePlaceNoListKnows(t *testing.T) {
	checkKinds(t, "KRALJEVAC, Feb 11 - The government of Talvora fell on Monday.",
		map[string]string{"KRALJEVAC": polgraph.KindPlace})
	checkKinds(t, "KRALJEVAC, Feb 11 (Baltic Wire) - The government of Talvora fell on Monday.",
		map[string]string{"KRALJEVAC": polgraph.KindPlace, "Baltic Wire": polgraph.KindOrganization})
}

// A sentence adverb that opens a sentence before a comma ("Similarly, the
// Hungarian foreign minister, X, said") is no one, though capitalised and
// followed by a title in apposition.
func TestOpeningAdverbIsNoName(t *testing.T) {
	for _, adverb := range []string{"Similarly", "Separately", "Ultimately"} {
		text := "Hungary joined the alliance on Friday.\n\n" + adverb + ", the Hungarian foreign minister, Ivo Marek, said that membership meant a return home."
		if got := entityOf(t, text, adverb, 0); got != "" {
			t.Errorf("%q is entity %s", adverb, got)
		}
		if got := entityOf(t, text, "Ivo Marek", 0); got != "person/ivo-marek" {
			t.Errorf("Ivo Marek after %q is %q", adverb, got)
		}
	}
}

// "US" in capitals opening a sentence that is not shouted is the
// country's acronym, not the pronoun "us": the country of a title after
// it, of a noun, and the first word of a company's name.
func TestCapitalsAcronymOpensASentence(t *testing.T) {
	text := "US President Tom Harlan met Mara Stenn on Monday. US forces left the base. US Airways said profits rose."
	checkIDs(t, []idCase{
		{"before a title", text, "US", 0, "country/united-states"},
		{"before a noun", text, "US", 1, "country/united-states"},
		{"a company's name", text, "US Airways", 0, "organization/us-airways"},
	})
}

// hasWordsKey finds in a set what looking up wordsKey finds, for spans
// of one word, of several and of more than its buffer holds.
func TestHasWordsKeyIsWordsKeyInSet(t *testing.T) {
	d := resolvedDoc("A Civic Democrat beside the Civic Democrats of the Very Long Northern Coastal Provinces Reform And Renewal Alliance spoke.")
	set := map[string]bool{
		"civic democrat": true,
		"very long northern coastal provinces reform and renewal alliance": true,
	}
	found := 0
	for i := range d.toks {
		for j := i + 1; j <= len(d.toks); j++ {
			got, want := d.hasWordsKey(set, i, j), set[d.wordsKey(i, j)]
			if got != want {
				t.Errorf("hasWordsKey(%q) = %v; want %v", d.wordsKey(i, j), got, want)
			}
			if got {
				found++
			}
		}
	}
	if found != 2 {
		t.Errorf("%d keys found; want 2", found)
	}
}
