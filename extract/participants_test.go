package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// Participants are who the clause says, no more.
func TestParticipants(t *testing.T) {
	tests := []struct {
		text, typ string
		want      map[string]string // entity id -> role
		not       []string          // entity ids that must not take part
	}{
		{"Speaking at the summit in Tallinn on Friday, Aron Vasko said the alliance must hold.", "MEETING", // who speaks at a gathering takes part in it
			map[string]string{"person/aron-vasko": "agent", "place/tallinn": "place"}, nil},
		{"Aron Vasko and Petra Lind spoke by telephone on Tuesday.", "MEETING", // both sides of a call named as its subject
			map[string]string{"person/aron-vasko": "agent", "person/petra-lind": "agent"}, nil},
		{"President Aldis Varkon and Prime Minister Tomas Rell issued a joint statement on Tuesday.", "STATEMENT", // a titled name joined by "and" issues it too
			map[string]string{"person/aldis-varkon": "agent", "person/tomas-rell": "agent"}, nil},
		{"U.S. Secretary of State Ana Holm has invited Ivo Dorn to visit.", "REQUEST",
			map[string]string{"person/ana-holm": "agent"}, []string{"country/united-states"}},
		{"The European Union's ambassador to Serbia, Mira Volk, said on Monday that the talks would go on.", "STATEMENT", // the name in apposition speaks, not the body whose title it is
			map[string]string{"person/mira-volk": "agent"}, []string{"organization/european-union", "country/serbia"}},
		{"EU ambassador to Serbia Mira Volk said on Monday that the talks would go on.", "STATEMENT", // the name after a diplomat's posting speaks, not the place
			map[string]string{"person/mira-volk": "agent"}, []string{"organization/european-union", "country/serbia"}},
		{"German Ambassador to Serbia Lena Vossberg said on Monday that the talks would go on.", "STATEMENT", // a capitalised title that is an honorific too goes on past the posting to the name
			map[string]string{"person/lena-vossberg": "agent"}, []string{"country/germany", "country/serbia"}},
		{"UN Special Envoy for Yemen Karl Mossvik met the foreign minister on Tuesday.", "MEETING", // a capitalised title, its posting and the name read by the parser as a clause
			map[string]string{"person/karl-mossvik": "agent"}, []string{"organization/united-nations", "country/yemen"}},
		{"EU Special Representative for the Sahel Piet Lorand met the foreign minister on Tuesday.", "MEETING",
			map[string]string{"person/piet-lorand": "agent"}, []string{"organization/european-union", "place/sahel"}},
		{"The OSCE's Special Representative on Freedom of the Media, Jan Orvik, condemned the arrest on Friday.", "CRITICISM", // the name after the title's complement restates the title, not a noun inside the complement
			map[string]string{"person/jan-orvik": "agent"}, []string{"organization/organization-for-security-and-co-operation-in-europe"}},
		{"Canada expelled two Ruritanians who were questioned by the RCMP.", "INVESTIGATION",
			nil, []string{"country/canada"}},
		{"The Daily Lantern reported that Ana Holm had met Ivo Dorn and Petra Lind in Oslo.", "REPORT",
			map[string]string{"person/ana-holm": "target"}, []string{"person/ivo-dorn", "person/petra-lind"}},
		{"The head of the Tarvel Grid Agency, Oona Fair, testified before the Harbour Affairs Committee on Wednesday that hackers had breached its systems.", "STATEMENT", // the witness speaks; the committee heard her
			map[string]string{"person/oona-fair": "agent", "organization/harbour-affairs-committee": "participant"}, nil},
		{"The Harbour Affairs Committee subpoenaed Ivo Dorn on Monday.", "LEGAL_ACTION", // a committee's subpoena is its legal action against the one summoned
			map[string]string{"organization/harbour-affairs-committee": "agent", "person/ivo-dorn": "patient"}, nil},
		{"Police in Wexcombe arrested Ivo Dorn on Monday.", "ARREST",
			map[string]string{"person/ivo-dorn": "patient", "place/wexcombe": "place"}, nil},
		// a town after the "by" of a passive is where its members acted,
		// not the body that acted
		{"Anna Kovel was arrested by security forces in Grodvik on Friday.", "ARREST",
			map[string]string{"person/anna-kovel": "patient", "place/grodvik": "place"}, nil},
		{"Anna Kovel was detained by border guards at Narvel on Friday.", "ARREST",
			map[string]string{"person/anna-kovel": "patient", "place/narvel": "place"}, nil},
		// a participle on a document tells what its author says in it,
		// named after "from" where the verb's subject only receives it;
		// who it is sent to is asked, not whom the request is about
		{"The Teachers Union sent a letter to Karel Vost on Monday urging him to raise pay.", "REQUEST",
			map[string]string{"organization/teachers-union": "agent"}, nil},
		{"Prime Minister Karel Vost received a letter from the Teachers Union urging him to resign.", "REQUEST",
			map[string]string{"organization/teachers-union": "agent"}, nil},
		{"Ivo Dorn sent a letter to Interior Minister Paul Ostrova asking that his son be moved to Ana Holm's home.", "REQUEST",
			map[string]string{"person/ivo-dorn": "agent", "person/paul-ostrova": "participant"}, []string{"person/ana-holm"}},
		// a joint statement is every signatory's words, and so is what
		// it is said to do
		{"A joint statement by Poland and Lithuania condemned the detention of the reporter Ivo Dorn.", "CRITICISM",
			map[string]string{"country/poland": "agent", "country/lithuania": "agent"}, nil},
		{"A joint statement by Estonia, Latvia and Finland was published on Tuesday.", "STATEMENT",
			map[string]string{"country/estonia": "agent", "country/latvia": "agent", "country/finland": "agent"}, nil},
		{"The hearing was moved, according to a statement by U.S. Attorney Ana Holm.", "STATEMENT",
			map[string]string{"person/ana-holm": "agent"}, []string{"country/united-states"}},
		{"Ivo Dorn, whose Harvest Front won 16 seats in Velbari, pledged his support to the Civic Union on Wednesday.", "STATEMENT", // a relative clause the parser put at the root
			map[string]string{"person/ivo-dorn": "agent"}, []string{"party/harvest-front"}},
		{"Ilsa Varn had been under pressure from the Harvest Front, whose leader, Dev Malhan, welcomed the report but urged prosecutors to act.", "REQUEST",
			map[string]string{"person/dev-malhan": "agent"}, []string{"person/ilsa-varn"}},
		{"Nika Voll replaces Ivo Dorn, who had chaired the party since 2016 and resigned in March.", "RESIGNATION", // a verb joined to a relative clause's first verb shares its antecedent
			map[string]string{"person/ivo-dorn": "agent"}, []string{"person/nika-voll"}},
		{"Ivo Dorn lost the 2016 and 2020 elections to Ana Holm.", "ELECTION", // who loses an election takes part in it; whom it is lost to wins it
			map[string]string{"person/ivo-dorn": "participant", "person/ana-holm": "agent"}, nil},
		{"Mira Sovel lost the mayoral election by 212 votes to Teo Brask.", "ELECTION", // whom it is lost to wins it, where the parse hangs him on the margin
			map[string]string{"person/mira-sovel": "participant", "person/teo-brask": "agent"}, nil},
		{"Mira Sovel lost her seat by 40 votes to Teo Brask on Sunday.", "ELECTION",
			map[string]string{"person/mira-sovel": "participant", "person/teo-brask": "agent"}, nil},
		{"Ivo Dorn, a former leader of the Harbour Party, has died. He led the Harbour Party into the 1998 general election.", "ELECTION", // who leads a party into an election runs in it, as the party does
			map[string]string{"person/ivo-dorn": "participant", "party/harbour-party": "participant"}, nil},
		{"Ivo Dorn won the 2019 presidential election by a wide margin.", "ELECTION",
			map[string]string{"person/ivo-dorn": "agent"}, nil},
		{"The opposition called for the resignation of Norway's Interior Minister Ivo Dorn on Monday.", "REQUEST", // the state's officer is asked to go, not the state
			map[string]string{"person/ivo-dorn": "participant"}, []string{"country/norway"}},
		{"Senator Ana Holm called on Ivo Dorn to resign.", "REQUEST",
			map[string]string{"person/ana-holm": "agent", "person/ivo-dorn": "participant"}, nil},
		{"Senator Ana Holm urged Ottawa to act.", "REQUEST",
			map[string]string{"country/canada": "participant"}, []string{"place/ottawa"}},
		{"Ivo Dorn, 61, was arrested in October and charged with bribery.", "LEGAL_ACTION",
			map[string]string{"person/ivo-dorn": "patient"}, nil},
		{"Ivo Dorn was a member of the Amber Union party until he was expelled in 2022.", "DISMISSAL",
			map[string]string{"person/ivo-dorn": "patient", "party/amber-union": "organization"}, nil},
		{"Ivo Dorn was expelled from the Amber Union on Monday after voting against the budget.", "DISMISSAL", // the party a member is expelled from expels him
			map[string]string{"person/ivo-dorn": "patient", "party/amber-union": "agent"}, nil},
		{"Two senior members of the Amber Union defected to the opposition on Tuesday.", "RESIGNATION", // the party its unnamed members leave is left, it does not leave
			map[string]string{"party/amber-union": "organization"}, nil},
		{"Ana Holm, a former Amber Union MP who defected to the Civic Front last year, said on Monday the vote was rigged.", "RESIGNATION", // the member the title is in apposition to defects
			map[string]string{"person/ana-holm": "agent", "party/amber-union": "organization"}, nil},
		{"Ivo Dorn and Ana Holm broke away from the Amber Union on Monday to set up a new party.", "RESIGNATION", // breaking away from a party leaves it
			map[string]string{"person/ivo-dorn": "agent", "person/ana-holm": "agent", "party/amber-union": "organization"}, nil},
		{"Lithuania imposed an embargo on grain and Estonia's Supreme Court threw out the conviction of Ivo Marek.", "SANCTION", // the subject of a clause joined on does its own verb's act
			map[string]string{"country/lithuania": "agent"}, []string{"organization/supreme-court--ee"}},
		{"The junta in Niger expelled the French ambassador on Friday.", "SANCTION", // a junta is its state's; an ambassador stands for the state that sends him
			map[string]string{"country/niger": "agent", "country/france": "patient"}, nil},
		{"Canada expelled Ivo Dorn, a Ruritanian diplomat.", "SANCTION",
			map[string]string{"country/canada": "agent", "person/ivo-dorn": "patient"}, nil},
		{"Sanctions were imposed on Moldova by Japan on Monday, officials in Tokyo said.", "SANCTION", // a passive's "on" names whom sanctions fall on, its "by" who imposes them
			map[string]string{"country/japan": "agent", "country/moldova": "patient"}, nil},
		{"Sanctions on Nepal were imposed by Chile on Friday.", "SANCTION", // the noun's own "on"
			map[string]string{"country/chile": "agent", "country/nepal": "patient"}, nil},
		{"Fresh sanctions were placed on Laos by Peru last week.", "SANCTION",
			map[string]string{"country/peru": "agent", "country/laos": "patient"}, nil},
		{"Georgia's parliament voted on Tuesday to expel Ivo Dorn, an opposition lawmaker.", "DISMISSAL", // a chamber that expels a member unseats him
			map[string]string{"organization/parliament-of-georgia": "agent", "person/ivo-dorn": "patient"}, nil},
		{"Georgia's parliament expelled two opposition lawmakers on Tuesday.", "DISMISSAL",
			map[string]string{"organization/parliament-of-georgia": "agent"}, nil},
		{"The Moroccan interior ministry said it arrested four suspects on Sunday.", "ARREST", // a body that says "it" speaks of itself
			map[string]string{"country/morocco": "agent"}, nil},
		{"Hezbollah said on Tuesday it had attacked an army post.", "ATTACK",
			map[string]string{"organization/hezbollah": "agent"}, nil},
		{"Turkish police said they arrested Ivo Dorn in Istanbul on Monday.", "ARREST",
			map[string]string{"country/turkey": "agent", "person/ivo-dorn": "patient"}, nil},
		{"Ana Holm said they arrested Ivo Dorn in Istanbul on Monday.", "ARREST", // a person's "they" are others
			map[string]string{"person/ivo-dorn": "patient", "person/ana-holm": "source"}, nil},
		{"Ana Holm became the country's first female prime minister in 2019.", "APPOINTMENT",
			map[string]string{"person/ana-holm": "patient"}, nil},
		{"A spokesman for the European Commission said on Monday that the bloc was following the case.", "STATEMENT",
			map[string]string{"organization/european-commission": "agent"}, nil},
		{"Varnessa's foreign minister, Ilse Dornach, spoke to Tomas Velk by phone on Monday, her office said, and invited him to visit.", "REQUEST",
			map[string]string{"person/ilse-dornach": "agent", "person/tomas-velk": "participant"}, nil},
		{"Police arrested Ivo Dorn in the port city of Dresk on Monday.", "ARREST",
			map[string]string{"person/ivo-dorn": "patient", "place/dresk": "place"}, nil},
		{"Ivo Dorn won a seat in parliament for the district of Brevik in 2019.", "ELECTION",
			map[string]string{"person/ivo-dorn": "agent", "place/brevik": "place"}, nil},
		{"Ivo Dorn said on Monday that France would sign the contract with Germany in Paris.", "STATEMENT", // what was said names no participant
			map[string]string{"person/ivo-dorn": "agent"}, []string{"country/france", "country/germany", "place/paris"}},
		{"Ivo Dorn, who joined the cabinet in 2021, resigned on Monday.", "APPOINTMENT",
			map[string]string{"person/ivo-dorn": "patient"}, nil},
		{"Ivo Dorn faced an investigation into his finances last year.", "INVESTIGATION",
			map[string]string{"person/ivo-dorn": "patient"}, nil},
		{"Prime Minister Ana Holm survived a no-confidence vote in parliament on Tuesday.", "VOTE",
			map[string]string{"person/ana-holm": "participant"}, nil},
		{"Prime Minister Ana Holm lost a confidence vote in parliament on Tuesday.", "VOTE", // who loses it undergoes it too
			map[string]string{"person/ana-holm": "participant"}, nil},
		{"Ivo Dorn lost the presidential election on Sunday.", "ELECTION", // who loses takes part; who wins does it
			map[string]string{"person/ivo-dorn": "participant"}, nil},
		{"Prime Minister Ana Holm survived a no-confidence vote on Tuesday.", "VOTE", // a noun, not "vote on"
			map[string]string{"person/ana-holm": "participant"}, nil},
		{"Tens of thousands of people marched through Vellin on Saturday.", "PROTEST", // a town marched through is where
			map[string]string{"place/vellin": "place"}, nil},
		{"Ana Vell visited Kyiv on Monday.", "MEETING", // a town visited is where, a state visited whom
			map[string]string{"person/ana-vell": "agent", "place/kyiv": "place"}, nil},
		{"Ana Vell was re-elected on Sunday.", "ELECTION", // who is elected wins
			map[string]string{"person/ana-vell": "agent"}, nil},
		{"Russian drones attacked Kyiv overnight, officials said.", "ATTACK", // a state's weapons stand for it, as its troops do
			map[string]string{"country/russia": "agent"}, nil},
		{"Police detained Ivo Dorn and 20 people, Ana Vell said on Monday.", "ARREST", // who tells of it is its source, none of those detained
			map[string]string{"person/ivo-dorn": "patient", "person/ana-vell": "source"}, nil},
		{"China's embassy in Nairobi denied the report.", "DENIAL", // a state's mission is a body of its own
			map[string]string{"organization/embassy-of-china--ke": "agent"}, []string{"country/china"}},
		{"Global News reported on Monday that Ana Holm had met Ivo Dorn.", "REPORT",
			map[string]string{"organization/global-news": "source", "person/ana-holm": "target"}, nil},
		{"Mirela Dascalu quit on Monday. Stefan Orlov accepted her resignation and appointed his deputy, Andrei Cazan, as acting minister.", "APPOINTMENT",
			map[string]string{"person/stefan-orlov": "agent", "person/andrei-cazan": "patient"}, nil},
		{"Mirela Dascalu quit on Monday. Stefan Orlov accepted her resignation.", "RESIGNATION",
			map[string]string{"person/mirela-dascalu": "agent"}, []string{"person/stefan-orlov"}},
		{"Mirela Dascalu said she was stepping down but denied any wrongdoing.", "DENIAL",
			map[string]string{"person/mirela-dascalu": "agent"}, nil},
		{"The recordings were first published on Monday by the daily Jurnalul Nou.", "REPORT",
			map[string]string{"organization/jurnalul-nou": "source"}, nil},
		{"The agency named Ilan Shor, a fugitive politician who was sentenced in absentia in 2023, as its organiser.", "LEGAL_ACTION",
			map[string]string{"person/ilan-shor": "patient"}, nil},
		{"Ilan Shor denied the allegations in a post and accused Maia Sandu of persecuting him.", "DENIAL",
			map[string]string{"person/ilan-shor": "agent"}, []string{"person/maia-sandu"}},
		{"The Kremlin rejected what it called unfounded accusations.", "DENIAL",
			map[string]string{"organization/kremlin": "agent"}, nil},
		{"Maia Sandu, who won a second term on Sunday, thanked voters.", "ELECTION",
			map[string]string{"person/maia-sandu": "agent"}, nil},
		{"The Justice Department opened an investigation into Garrett Hollins last year.", "INVESTIGATION",
			// a ministry of no country the article names: its id is the article's
			map[string]string{gazetteer.ScopedID("organization/justice-department", "", "The Justice Department opened an investigation into Garrett Hollins last year."): "agent", "person/garrett-hollins": "patient"}, nil},
		{"Defence Minister Ilse Marwen of Varovia resigned on Wednesday.", "RESIGNATION",
			map[string]string{"person/ilse-marwen": "agent"}, nil},
		{"Ilse Marwen resigned. Prime Minister Teodor Rusnak accepted her resignation.", "RESIGNATION",
			map[string]string{"person/ilse-marwen": "agent"}, []string{"person/teodor-rusnak"}},
		{"Poland, the Czech Republic and Hungary, who were invited to join NATO in July 1997, joined in March.", "REQUEST",
			map[string]string{"country/poland": "participant", "country/czech-republic": "participant", "country/hungary": "participant"}, nil},
		{"The European Union and the United States condemned the arrest.", "CRITICISM",
			map[string]string{"organization/european-union": "agent", "country/united-states": "agent"}, nil},
		{"Sela Marwen took office on Friday. Opposition leader Orin Velk accused her on Sunday of lying.", "ACCUSATION", // her is not the clause's own subject
			map[string]string{"person/orin-velk": "agent", "person/sela-marwen": "target"}, nil},
		{"Ivo Dorn was appointed in May. Prime Minister Dorin Lind sacked him in June.", "DISMISSAL",
			map[string]string{"person/dorin-lind": "agent", "person/ivo-dorn": "patient"}, nil},
		{"Prime Minister Dorin Lind named Deputy Minister Ivo Dorn as acting energy minister.", "APPOINTMENT",
			map[string]string{"person/dorin-lind": "agent", "person/ivo-dorn": "patient"}, nil},
		{"Dorin Lind made Ivo Dorn foreign minister in 2020.", "APPOINTMENT",
			map[string]string{"person/dorin-lind": "agent", "person/ivo-dorn": "patient"}, nil},
		{"An explosion at the embassy in Wexcombe, Kenya, killed four people on Friday.", "ATTACK", // Kenya only locates Wexcombe
			map[string]string{"place/wexcombe": "place"}, []string{"country/kenya"}},
		{"Two bombs exploded outside the embassies in Wexcombe, Kenya, and Lorvik, Uganda, on Friday.", "ATTACK",
			map[string]string{"place/wexcombe": "place", "place/lorvik": "place"}, []string{"country/kenya", "country/uganda"}},
		{"Police arrested Ivo Dorn in Kenya on Monday.", "ARREST",
			map[string]string{"person/ivo-dorn": "patient", "country/kenya": "place"}, nil},
		{"In August, prosecutors opened a criminal case against Ana Vell over alleged illegal party financing, Ivo Dorn said.", "INVESTIGATION", // the phrase, not a CAMEO verb pattern, types it
			map[string]string{"person/ana-vell": "patient", "person/ivo-dorn": "source"}, nil},
		{"Police in Kestrin detained Ivo Dorn on Thursday after thousands marched on parliament, Interior Minister Pavel Roshak said.", "STATEMENT", // one subject for "said"
			map[string]string{"person/pavel-roshak": "agent"}, []string{"place/kestrin"}},
		{"The European Commission welcomed the ruling.", "SUPPORT",
			map[string]string{"organization/european-commission": "agent"}, nil},
		{"In the 2019 European Parliament election the Harvest Front won only 4 per cent.", "ELECTION", // the body elected is no winner
			map[string]string{"organization/european-parliament": "participant"}, nil},
		{"Two soldiers were killed, Dravonia's defence ministry said. Ivo Brandt, a spokesman for the Dravonian Defence Ministry, said shells had landed. Dravonia is small.", "STATEMENT", // a body described by its country's name is the body named so
			map[string]string{"organization/dravonian-defence-ministry": "agent"}, []string{"person/ivo-brandt"}},
		{"Ivo Brandt, a spokesman for the Dravonian Defence Ministry, spoke first. Two soldiers were killed, the defence ministry said.", "STATEMENT", // "the defence ministry": the one body named so
			map[string]string{"organization/dravonian-defence-ministry": "agent"}, []string{"person/ivo-brandt"}},
		{"In Kuala Lumpur, Dan Lim accused the Home Minister of misleading Parliament.", "ACCUSATION", // who is accused is the minister, not what the charge names
			map[string]string{"person/dan-lim": "agent"}, []string{"organization/parliament-of-malaysia"}},
		{"Dan Lim accused the minister of misleading the Knesset.", "ACCUSATION",
			map[string]string{"person/dan-lim": "agent"}, []string{"organization/knesset"}},
		{"Dan Lim accused Rita Voss of misleading the Knesset.", "ACCUSATION",
			map[string]string{"person/dan-lim": "agent", "person/rita-voss": "target"}, []string{"organization/knesset"}},
		{"Germany accused China of hacking its networks. China's foreign ministry rejected the accusations as groundless.", "DENIAL", // a country's ministry is the state
			map[string]string{"country/china": "agent"}, nil},
		{"A court in Wexcombe convicted Ivo Dorn of fraud on Monday.", "LEGAL_ACTION", // a court, as the police, is where it sits
			map[string]string{"person/ivo-dorn": "patient", "place/wexcombe": "place"}, nil},
		{"A judge in Wexcombe on Tuesday ordered the extradition of Ivo Dorn to Varnessa.", "LEGAL_ACTION", // so is a judge
			map[string]string{"person/ivo-dorn": "patient", "place/wexcombe": "place"}, nil},
		{"Turkey detained 20 journalists on Wednesday, the Committee to Protect Journalists said.", "ARREST", // who says so is its source, no one arrested
			map[string]string{"country/turkey": "agent", "organization/committee-to-protect-journalists": "source"}, nil},
		{"Ana Holm spoke first. Germany's defence minister, Sabina Korr, visited the troops on Monday. She said the visit went well.", "STATEMENT", // "she" is the subject named after a country's title
			map[string]string{"person/sabina-korr": "agent"}, []string{"person/ana-holm"}},
		{"Ana Holm spoke first. Germany's defence minister, Sabina Korr, who has pushed for tougher measures, welcomed the move. \"We asked for this,\" she said.", "STATEMENT", // the parser misled by the relative clause: the apposition opening the sentence is its subject
			map[string]string{"person/sabina-korr": "agent"}, []string{"person/ana-holm"}},
		{"Olga Marchuk and Ivan Teplov were arrested on Monday.", "ARREST", // the parser hangs the second name on the first's surname
			map[string]string{"person/olga-marchuk": "patient", "person/ivan-teplov": "patient"}, nil},
		{"Two reporters for the independent newspaper Glasnik, Olga Marchuk and Ivan Teplov, were sentenced last month.", "LEGAL_ACTION", // the people a plural noun lists, which the parser hung on the paper
			map[string]string{"person/olga-marchuk": "patient", "person/ivan-teplov": "patient"}, []string{"organization/glasnik"}},
		{"Police in Wexcombe detained eleven people after a scuffle, the regional police chief, Arne Vosk, told local radio.", "ARREST", // in apposition to another noun
			nil, []string{"person/arne-vosk"}},
		{"Senator Petra Holm attended three private dinners with officials from China's consulate in 2022.", "MEETING", // a meeting told by its noun, carried by "attended"
			map[string]string{"person/petra-holm": "agent", "country/china": "participant"}, nil},
		{"Ivo Dorn resigned during the Velbari election campaign and later joined the Harvest Front, The Daily Lantern reported on Wednesday, citing two security sources.", "ELECTION", // who reports it is no one taking part
			nil, []string{"organization/the-daily-lantern", "organization/daily-lantern"}},
		{"A federal MP attended three private dinners with officials from China's consulate in 2022, the Daily Lantern reported. Ivo Dorn, who has represented Kalgarra since 2016, denied it.", "MEETING", // a lead that holds the name back names it next
			map[string]string{"person/ivo-dorn": "agent"}, nil},
		{"A Liberal MP has quit the caucus. Tomas Veyr said on Wednesday he would sit as an independent. Conservative MP Dana Roe said he should resign.", "RESIGNATION", // the one the next sentence opens on, not a holder of the title named later
			map[string]string{"person/tomas-veyr": "agent"}, []string{"person/dana-roe"}},
		{"A senator was arrested in Wexcombe on Monday. Prime Minister Ana Holm said the arrest was lawful.", "ARREST", // a person with a title of her own is not the one described
			nil, []string{"person/ana-holm"}},
		{"Andrei Volnik was named deputy head of the security service on Monday.", "APPOINTMENT", // a trigger that words the passive itself
			map[string]string{"person/andrei-volnik": "patient"}, nil},
		{"Andrei Volnik was named as foreign minister on Monday.", "APPOINTMENT", // "as" and an office title
			map[string]string{"person/andrei-volnik": "patient"}, nil},
		{"Andrei Volnik has met with Ana Holm in Wexcombe.", "MEETING", // "met with" in the active voice
			map[string]string{"person/andrei-volnik": "agent", "person/ana-holm": "participant"}, nil},
		{"But Ivo Dorn, backed by Ana Holm, has demanded his rights as the sole heir.", "SUPPORT", // a participle set off by commas is passive
			map[string]string{"person/ana-holm": "agent", "person/ivo-dorn": "target"}, nil},
		{"Andrei Volnik was elected on Monday.", "ELECTION", // who is elected wins
			map[string]string{"person/andrei-volnik": "agent"}, nil},
		{"Andrei Volnik was first elected in 2016.", "ELECTION", // an adverb inside the trigger phrase
			map[string]string{"person/andrei-volnik": "agent"}, nil},
		{"In the 2019 state election, Ivo Dorn won 105 of the assembly's 288 seats.", "ELECTION", // who wins in the election, its setting
			map[string]string{"person/ivo-dorn": "agent"}, nil},
		{"Ana Holm faced criticism from the European Commission on Monday.", "CRITICISM", // what is said comes from its speaker
			map[string]string{"organization/european-commission": "agent", "person/ana-holm": "target"}, nil},
		{"Ana Holm's visit to Taipei drew an angry response from Beijing on Monday.", "CRITICISM", // an angry response is a criticism, its capital the state
			map[string]string{"country/china": "agent"}, nil},
		{"The deal drew a sharp rebuke from Moscow on Monday.", "CRITICISM",
			map[string]string{"country/russia": "agent"}, nil},
		{"Ghana's electoral commission has received 14 complaints since the election, its chairwoman, Abena Owusu, said last week.", "ELECTION", // the speaker set off by commas in apposition
			nil, []string{"person/abena-owusu"}},
		{"Police in Wexcombe arrested Ivo Dorn, Ana Holm said.", "ARREST", // a name that is a verb's object is no speaker's apposition
			map[string]string{"person/ivo-dorn": "patient"}, nil},
		{"Moldova's president on Monday accused Russia of plotting a coup. President Elena Rusu told reporters that intelligence had found the plan. The opposition, led by former president Igor Dodan, objected.", "ACCUSATION", // a country's title in the lead is the one person who holds it, not who held it
			map[string]string{"person/elena-rusu": "agent", "country/russia": "target"}, []string{"person/igor-dodan"}},
		{"Manila passed a similar law in 2019, which the European Union criticised at the time.", "VOTE", // a relative clause on the verb with a doer of its own tells another act
			map[string]string{"country/philippines": "agent"}, []string{"organization/european-union"}},
		{"The Supreme Court threw out the conviction of a former minister on Wednesday. Prime Minister Ada Voll said she respected the ruling. Interior Minister Juhan Tarm agreed. " +
			"The court acquitted Rein Kallasmaa, a former finance minister who was convicted in 2023.", "LEGAL_ACTION", // a lead's "former minister" is the one named below as a former minister of some portfolio
			map[string]string{"person/rein-kallasmaa": "patient"}, []string{"person/ada-voll", "person/juhan-tarm"}},
		{"Tomas Hedlund, the Harvest Party's leader, quit the party on Monday.", "RESIGNATION", // a verb after the name's apposition, tagged as a base form, is the sentence's: the party is left, not leaving
			map[string]string{"person/tomas-hedlund": "agent", "party/harvest-party": "organization"}, nil},
		{"The supplier, Arvex Systems, also rejected the claims on Monday.", "DENIAL", // a name set off by commas after the subject, though read as loose on the verb, is who denies
			map[string]string{"organization/arvex-systems": "agent"}, nil},
		{"The accusations were first made last week by the investigative website Lumen, which published bank records.", "ACCUSATION", // who made the accusations accuses; they are against no one named
			map[string]string{"organization/lumen": "agent"}, nil},
		{"The accusations were made on Monday by the Daily Courier.", "ACCUSATION",
			map[string]string{"organization/daily-courier": "agent"}, nil},
		{"Ivan Kolev was given a suspended sentence of three years.", "LEGAL_ACTION", // a sentence given is passed on whoever is given it
			map[string]string{"person/ivan-kolev": "patient"}, nil},
		{"The firm's former director, Ivan Kolev, received a two-year sentence on Monday.", "LEGAL_ACTION",
			map[string]string{"person/ivan-kolev": "patient"}, nil},
		{"A court in Harlow granted bail on Friday to activist Noor Bakri.", "RELEASE", // bail granted frees whoever it is granted to
			map[string]string{"person/noor-bakri": "patient"}, nil},
		{"Judge Ana Wole granted him bail after Teo Rask pleaded not guilty.", "RELEASE",
			map[string]string{"person/ana-wole": "agent"}, nil},
		// state agencies' copy names a state by its side
		{"The Chilean side criticized the Peruvian side on Monday over the border incident.", "CRITICISM",
			map[string]string{"country/chile": "agent", "country/peru": "target"}, nil},
		{"Ivo Dorn urged the Peruvian side to stop the naval drills.", "REQUEST",
			map[string]string{"person/ivo-dorn": "agent", "country/peru": "participant"}, nil},
		// a demonym opens the second of two titled names, and is no side
		{"Chilean President Ivo Dorn and Peruvian President Ana Holm held a telephone conversation on Saturday.", "MEETING",
			map[string]string{"person/ivo-dorn": "agent", "person/ana-holm": "agent"}, []string{"country/peru"}},
		// who issues a statement does what a participle on it tells
		{"Ana Holm issued a statement on Monday accusing Peru of violating the border treaty.", "ACCUSATION",
			map[string]string{"person/ana-holm": "agent", "country/peru": "target"}, nil},
		{"Ivo Dorn pointed out that the move violates the agreement.", "STATEMENT",
			map[string]string{"person/ivo-dorn": "agent"}, nil},
		// a call the parse hangs on what is discussed, or opening the sentence
		{"Ivo Dorn and Ana Holm discussed the grain deal in a telephone conversation on Saturday.", "MEETING",
			map[string]string{"person/ivo-dorn": "agent", "person/ana-holm": "agent"}, nil},
		{"In a telephone conversation on Friday, Chilean President Ivo Dorn and Peruvian President Ana Holm discussed the grain deal.", "MEETING",
			map[string]string{"person/ivo-dorn": "agent", "person/ana-holm": "agent"}, nil},
		{"In a phone call on Friday, Ivo Dorn and Ana Holm discussed the grain deal.", "MEETING",
			map[string]string{"person/ivo-dorn": "agent", "person/ana-holm": "agent"}, nil},
		// a past set off by commas with "by" after it is a participle on
		// the noun before: the sentence's verb is the one after it
		{"The Civic Bloc, launched by Ana Holm, won seats in the regional assembly on Sunday.", "ELECTION",
			map[string]string{"party/civic-bloc": "agent"}, []string{"person/ana-holm"}},
		// a passive verb's doers after "by" are its own, not the noun's
		// subject, each of them listed
		{"Chile and the Southern Front held talks in Lima on Monday. The talks were brokered by Norway and Cuba.", "MEETING",
			map[string]string{"country/chile": "agent"}, []string{"country/norway", "country/cuba"}},
		// a nationality inside a subject headed by people is no agent:
		// it qualifies the parties they lead, or their party is meant
		{"The leaders of three Czech parties met in Vostrava on Tuesday to agree a budget.", "MEETING",
			nil, []string{"country/czech-republic"}},
		{"Three Slovak opposition leaders met in Kremno on Tuesday.", "MEETING",
			nil, []string{"country/slovakia"}},
		// a nationality on the state's own body or officials still makes the state act
		{"Officials of the Czech government met in Vostrava on Tuesday.", "MEETING",
			map[string]string{"country/czech-republic": "agent"}, nil},
		{"Slovak officials met in Kremno on Tuesday.", "MEETING",
			map[string]string{"country/slovakia": "agent"}, nil},
	}
	for _, tt := range tests {
		x, err := extractor.Extract(context.Background(), polgraph.Article{Text: tt.text, PublishedAt: "2024-06-05"})
		if err != nil {
			t.Fatal(err)
		}
		var ev *polgraph.Event
		for i := range x.Events {
			if x.Events[i].Type == tt.typ {
				ev = &x.Events[i]
				break
			}
		}
		if ev == nil {
			t.Errorf("%q: no %s event", tt.text, tt.typ)
			continue
		}
		roles := map[string]string{}
		for _, p := range ev.Participants {
			roles[p.Entity] = p.Role
		}
		for id, role := range tt.want {
			if roles[id] != role {
				t.Errorf("%q: %s is %q, want %q (%v)", tt.text, id, roles[id], role, roles)
			}
		}
		for _, id := range tt.not {
			if r, ok := roles[id]; ok {
				t.Errorf("%q: %s takes part as %s", tt.text, id, r)
			}
		}
	}
}

// A title in the plural describes many ("that ministers had handed out
// cash"), and a description points back to someone already named: neither
// makes a minister named later the "he" of the quote between them.
func TestDescriptionsPointBackToOne(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"plural title", "The opposition Civic Front (CF) on Monday accused the government of buying votes.\n\nCF general secretary Dobri Kamen told reporters in Velsk that ministers had handed out cash at rallies. " +
			"\"This is theft,\" he said.\n\nInformation Minister Aurel Vant denied the allegation.", "person/dobri-kamen"},
		{"description before its holder is named", "The opposition Civic Front (CF) on Monday accused the government of buying votes.\n\nCF general secretary Dobri Kamen told reporters in Velsk that the minister had handed out cash at rallies. " +
			"\"This is theft,\" he said.\n\nInformation Minister Aurel Vant denied the allegation.", "person/dobri-kamen"},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: tt.text, PublishedAt: "2024-06-05"})
		if err != nil {
			t.Fatal(err)
		}
		// the quote is one statement with what he told reporters (one
		// speaker, one occasion), or one of its own
		var got []string
		for _, ev := range x.Events {
			if ev.Type == "STATEMENT" && (strings.Contains(ev.Evidence.Text, "theft") || strings.Contains(ev.Evidence.Text, "Velsk")) {
				for _, p := range ev.Participants {
					if s := p.Entity + " " + p.Role; p.Role == "agent" && !slices.Contains(got, s) {
						got = append(got, s)
					}
				}
			}
		}
		if want := []string{tt.want + " agent"}; !slices.Equal(got, want) {
			t.Errorf("%s: the quote's speaker is %v, want %v", tt.name, got, want)
		}
	}
}

// "there" after a verb is the place last named before it: the event
// happened where the story just was.
func TestThereIsThePlaceBefore(t *testing.T) {
	text := "Police fired tear gas at protesters in Valdora on Monday. Twenty-three people were arrested there."
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2025-05-12"})
	if err != nil {
		t.Fatal(err)
	}
	found := slices.ContainsFunc(x.Events, func(ev polgraph.Event) bool {
		return ev.Type == "ARREST" && slices.Contains(ev.Participants, polgraph.Participant{Entity: "place/valdora", Role: "place"})
	})
	if !found {
		t.Errorf("no ARREST in Valdora; got %s", eventsString(x))
	}
}

// A spokesman named beside the office of a body he speaks for is the
// speaker: the name restates the role noun, not the office, which no
// person is.
func TestSpokesmanOfBodysOfficeSpeaks(t *testing.T) {
	tests := []struct {
		text, speaker, body string
	}{
		{"A spokesman for the UN's human rights office, Jeremiah Fallow, said the trial was unfair.", "person/jeremiah-fallow", "organization/united-nations"},
		{"A spokesperson for Amnesty International's regional office, Dina Horvat, said the detentions were arbitrary.", "person/dina-horvat", "organization/amnesty-international"},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: "Trial\n\n" + tt.text, PublishedAt: "2024-06-05"})
		if err != nil {
			t.Fatal(err)
		}
		var roles map[string]string
		for _, ev := range x.Events {
			if ev.Type == "STATEMENT" {
				roles = map[string]string{}
				for _, p := range ev.Participants {
					roles[p.Entity] = p.Role
				}
			}
		}
		if roles[tt.speaker] != "agent" || roles[tt.body] != "" {
			t.Errorf("%q: statement's participants %v, want %s the agent and not %s", tt.text, roles, tt.speaker, tt.body)
		}
	}
}

// What a participle on a document tells, its author does: one who
// receives the letter asks nothing.
func TestDocumentReceivedSaysNothing(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{
			name:     "who receives a letter urging them to resign is asked, not asking",
			text:     "Prime Minister Karel Vost received a letter on Monday urging him to resign.",
			notParts: []string{"agent:person/karel-vost"},
		},
	})
}
