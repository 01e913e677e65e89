package extract

import (
	"context"
	"slices"
	"testing"

	"github.com/polgraph/polgraph"
)

// Memberships and leaderships as wire services write them beside a name:
// a second in rank leads nothing, a country that owns a party is not what
// its officer leads, a party's name with "a" stands for one of its
// members, a party's officer in apposition is its member, each of a
// list's names where the apposition is plural, and a person's party
// ("whose Harvest Party", "Holm's party, the Harvest Party") is hers.
func TestMembershipsAsWiresWriteThem(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a party's name before the noun \"party\" or \"movement\", then \"of\" a person: hers",
			text: "The Fidesz party of Ilona Varsk won 40 percent in Hungary on Sunday. The opposition ANO movement of Ivo Dorn came second in the Czech Republic.",
			want: [][3]string{{"MEMBER_OF", "Ilona Varsk", "Fidesz"}, {"MEMBER_OF", "Ivo Dorn", "Action of Dissatisfied Citizens"}},
		},
		{
			name: "a party's name before a described person's title (\"A Liberal MP has quit\", named next) makes the person its member",
			text: "OTTAWA - A Liberal MP has quit the caucus. Tomas Veyr said on Wednesday he would sit as an independent.",
			want: [][3]string{{"MEMBER_OF", "Tomas Veyr", "Liberal Party of Canada"}},
		},
		{
			name: "a deputy leader is a member, not the leader",
			text: "Officials in Poland spoke on Sunday. Ilona Varsk, deputy leader of Law and Justice, rejected the proposal.",
			want: [][3]string{{"MEMBER_OF", "Ilona Varsk", "Law and Justice"}},
			not:  [][3]string{{"LEADS", "Ilona Varsk", "Law and Justice"}},
		},
		{
			name: "a party's chieftain or grandee, as Nigerian and British papers call its senior members, is its member",
			text: "Officials in Vellin spoke on Monday. Bala Tsoho, a chieftain of the Harvest Party, spoke at the rally. Ada Penn, a grandee of the Union Party, stayed away.",
			want: [][3]string{{"MEMBER_OF", "Bala Tsoho", "Harvest Party"}, {"MEMBER_OF", "Ada Penn", "Union Party"}},
		},
		{
			name: "a party's member word before a legislator's noun names the party, not a seat",
			text: "The bill was backed by Green MP Ana Holm and Radical lawmaker Ivo Dorn on Monday. Lea Sorn, a Pirate MP, abstained. Pirate MP Nina Varga was absent.",
			want: [][3]string{{"MEMBER_OF", "Ana Holm", "Green"}, {"MEMBER_OF", "Ivo Dorn", "Radical"}, {"MEMBER_OF", "Lea Sorn", "Pirate"}, {"MEMBER_OF", "Nina Varga", "Pirate"}},
			not:  [][3]string{{"REPRESENTS", "Ana Holm", "Green"}, {"REPRESENTS", "Ivo Dorn", "Radical"}},
		},
		{
			name: "a leader of someone's party, its acronym after it, is the party's member",
			text: "Asad Mehmood, a senior leader of Baig's Pakistan Tehreek-e-Insaf (PTI) party, was convicted. Nadia Rehman, a senior leader of Baig's Pakistan Tehreek-e-Insaf party, was also convicted.",
			want: [][3]string{{"MEMBER_OF", "Asad Mehmood", "Pakistan Tehreek-e-Insaf"}, {"MEMBER_OF", "Nadia Rehman", "Pakistan Tehreek-e-Insaf"}},
		},
		{
			name: "a party spokesman is the party's member, the party the one named before",
			text: "Asad Mehmood of the Pakistan Tehreek-e-Insaf was convicted on Monday. \"This is a sham,\" party spokesman Zulfi Rana said.",
			want: [][3]string{{"MEMBER_OF", "Zulfi Rana", "Pakistan Tehreek-e-Insaf"}},
		},
		{
			name: "the party of a person is the person's",
			text: "The Party for Freedom of Jorik Wilders won the most seats in the November 2023 election.",
			want: [][3]string{{"MEMBER_OF", "Jorik Wilders", "Party for Freedom"}},
		},
		{
			name: "a party that quits a prime minister's coalition is not hers",
			text: "The Harvest Party quit Prime Minister Ilze Ramane's coalition on Monday. The Civic Front quit Prime Minister Ana Holm's coalition after talks on the budget collapsed.",
			not:  [][3]string{{"MEMBER_OF", "Ilze Ramane", "Harvest Party"}, {"MEMBER_OF", "Ana Holm", "Civic Front"}},
		},
		{
			name: "a member of a legislature from a party is the party's",
			text: "Lena Vosk, a member of the Sejm from the Civic Party, agreed on Monday. Ana Holm, a member of the Sejm from Gdansk, said nothing.",
			want: [][3]string{{"MEMBER_OF", "Lena Vosk", "Civic Party"}, {"HOLDS_OFFICE", "Lena Vosk", "Sejm"}},
			not:  [][3]string{{"MEMBER_OF", "Ana Holm", "Civic Party"}},
		},
		{
			name: "a legislature's member named before the party or seat she holds it for",
			text: "Tom Rayner, a Bundestag deputy from the Left Party, disagreed on Monday. Ana Holm, a Sejm member for Gdansk, agreed.",
			want: [][3]string{{"HOLDS_OFFICE", "Tom Rayner", "Bundestag"}, {"HOLDS_OFFICE", "Ana Holm", "Sejm"}},
		},
		{
			name: "a party leader's deputy is of the leader's party",
			text: "The Green League quit the coalition on Monday. The party's leader, Karl Ostrow, said the Greens would not return. Ostrow's deputy, Ana Holm, resigned as economy minister.",
			want: [][3]string{{"MEMBER_OF", "Ana Holm", "Green League"}},
		},
		{
			name: "so where the parse does not set the name beside the noun",
			text: "The Green League quit the coalition. The party's leader, Karl Ostrow, said the Greens would not return. Ostrow's deputy, Anita Kalnina, resigned as economy minister within hours of the announcement.",
			want: [][3]string{{"MEMBER_OF", "Anita Kalnina", "Green League"}},
		},
		{
			name: "a head of government's deputy may be of a coalition partner",
			text: "Prime Minister Karl Ostrow, who leads the Green League, flew to Brussels. Ostrow's deputy, Ana Holm, chaired the cabinet meeting.",
			want: [][3]string{{"LEADS", "Karl Ostrow", "Green League"}},
			not:  [][3]string{{"MEMBER_OF", "Ana Holm", "Green League"}},
		},
		{
			name: "a party member's deputy in another post is not the party's",
			text: "Prime Minister Karl Ostrow, a member of the Green League, flew to Brussels. Ostrow's deputy, Ana Holm, chaired the cabinet meeting.",
			not:  [][3]string{{"MEMBER_OF", "Ana Holm", "Green League"}},
		},
		{
			name: "nor where a clause after it has a verb of its own",
			text: "LATVIA\n\nThe Harvest Party quit Prime Minister Anna Kalnina's coalition after talks collapsed. Kalnina said she would go on.",
			want: [][3]string{{"HOLDS_OFFICE", "Anna Kalnina", "Latvia"}},
			not:  [][3]string{{"MEMBER_OF", "Anna Kalnina", "Harvest Party"}},
		},
		{
			name: "nor where that clause opens with a word read as a preposition",
			text: "LATVIA\n\nThe Harvest Party quit Prime Minister Anna Kalnina's coalition after a week of talks on the budget collapsed, leaving her without a majority.",
			want: [][3]string{{"HOLDS_OFFICE", "Anna Kalnina", "Latvia"}},
			not:  [][3]string{{"MEMBER_OF", "Anna Kalnina", "Harvest Party"}},
		},
		{
			name: "the party of the ticket or list a candidate stands on",
			text: "Officials in Britain spoke on Sunday. Ada Brisk was elected on the Labour ticket in 2019. Ivo Dorn ran on the Civic Union list. " +
				"Nina Varga was placed on the EU sanctions list.",
			want: [][3]string{{"MEMBER_OF", "Ada Brisk", "Labour Party (UK)"}, {"MEMBER_OF", "Ivo Dorn", "Civic Union"}},
			not:  [][3]string{{"MEMBER_OF", "Nina Varga", "European Union"}},
		},
		{
			name: "the party a seat is held for, after the seat's verb",
			text: "Officials in Britain spoke on Sunday. Ivo Hart, who represents Northgate for the Conservatives, said nothing. " +
				"Kit Rowe represents Westfield for the Green Party. Tess Lamb, who served the town for years, retired.",
			want: [][3]string{{"MEMBER_OF", "Ivo Hart", "Conservative Party (UK)"}, {"MEMBER_OF", "Kit Rowe", "Green Party of England and Wales"},
				{"REPRESENTS", "Ivo Hart", "Northgate"}},
		},
		{
			name: "a vice president of a body does not lead it",
			text: "Teo Marsh, vice president of the Northfield Institute, said profits fell.",
			not:  [][3]string{{"LEADS", "Teo Marsh", "Northfield Institute"}},
		},
		{
			name: "the party a country owns, not the country",
			text: "Officials in Ghana spoke on Sunday. Kwame Adjei, general secretary of Ghana's National Democratic Congress, said the party would win.",
			want: [][3]string{{"MEMBER_OF", "Kwame Adjei", "National Democratic Congress (Ghana)"}},
			not:  [][3]string{{"LEADS", "Kwame Adjei", "Ghana"}},
		},
		{
			name: "a party's name with an article and a state",
			text: "Officials in the United States spoke on Sunday. Dale Pruitt, a Texas Republican, voted against the measure.",
			want: [][3]string{{"MEMBER_OF", "Dale Pruitt", "Republican Party (United States)"}},
		},
		{
			name: "a party's shadow secretary in apposition",
			text: "Officials in Britain spoke on Sunday. Ada Brisk, Labour's shadow health secretary, criticised the plan.",
			want: [][3]string{{"MEMBER_OF", "Ada Brisk", "Labour Party (UK)"}},
		},
		{
			name: "a member of a country's ruling party, the standing parsed as the phrase's head",
			text: "Priya Nandakumar, a member of India's ruling Bharatiya Janata Party, was arrested in Delhi.",
			want: [][3]string{{"MEMBER_OF", "Priya Nandakumar", "Bharatiya Janata Party"}},
		},
		{
			name: "a plural apposition on a list of names",
			text: "Ada Holm and Ivo Dorn, both members of the Harvest Party, signed the letter on Monday.",
			want: [][3]string{{"MEMBER_OF", "Ada Holm", "Harvest Party"}, {"MEMBER_OF", "Ivo Dorn", "Harvest Party"}},
		},
		{
			name: "a party the person's relative clause owns",
			text: "Ivo Dorn, whose Harvest Party came second, said he would join the coalition.",
			want: [][3]string{{"MEMBER_OF", "Ivo Dorn", "Harvest Party"}},
		},
		{
			name: "a person's party, named in apposition",
			text: "Ada Holm's party, the Harvest Party, won 34 seats on Sunday.",
			want: [][3]string{{"MEMBER_OF", "Ada Holm", "Harvest Party"}},
		},
		{
			name: "a party's role noun that no office list gives, right before the name",
			text: "Officials in Vellin spoke on Sunday. Civic Union peer Tamsin Rudd criticised the plan on Wednesday.",
			want: [][3]string{{"MEMBER_OF", "Tamsin Rudd", "Civic Union"}},
		},
		{
			name: "a short form many countries' parties share, as a label, where no country is named",
			text: "Officials in Vellin spoke on Sunday. Labour MP Ana Holm called for an inquiry. Ivo Dorn, a Conservative lawmaker, disagreed. " +
				"Labour's Mira Salt said nothing. Justice Minister Dana Whitcombe declined to comment.",
			want: [][3]string{{"MEMBER_OF", "Ana Holm", "Labour"}, {"MEMBER_OF", "Ivo Dorn", "Conservative"}, {"MEMBER_OF", "Mira Salt", "Labour"}},
			not:  [][3]string{{"MEMBER_OF", "Ana Holm", "Labour Party (UK)"}, {"MEMBER_OF", "Dana Whitcombe", "Justice"}},
		},
		{
			name: "a short shared form as a label in a story filed from a state no list knows",
			text: "VELMOR, Kelmora (Reuters) - Labour MP Ana Holm called for an inquiry on Monday. Ivo Dorn, a Tory backbencher, disagreed.",
			want: [][3]string{{"MEMBER_OF", "Ana Holm", "Labour"}, {"MEMBER_OF", "Ivo Dorn", "Tory"}},
		},
		{
			name: "a short shared form before a legislators' plural noun",
			text: "VELMOR, Kelmora (Reuters) - Labour MPs Ana Holm and Ivo Dorn voted against the bill on Monday.",
			want: [][3]string{{"MEMBER_OF", "Ana Holm", "Labour"}},
		},
		{
			name: "one of a known party, named by its members, of the dateline's country",
			text: "BERLIN (Reuters) - Karl Wendt, a Social Democrat, said the coalition would hold. Social Democrat lawmaker Lena Voss agreed.",
			want: [][3]string{{"MEMBER_OF", "Karl Wendt", "Social Democratic Party of Germany"}, {"MEMBER_OF", "Lena Voss", "Social Democratic Party of Germany"}},
		},
		{
			name: "one of a known party, named by its members, of another country",
			text: "STOCKHOLM (Reuters) - Lars Brek, a Social Democrat, called for new elections.",
			want: [][3]string{{"MEMBER_OF", "Lars Brek", "Swedish Social Democratic Party"}},
			not:  [][3]string{{"MEMBER_OF", "Lars Brek", "Social Democratic Party of Germany"}},
		},
		{
			name: "one of a party named by its members, where no listed one is of a country named",
			text: "VELMOR, Kelmora (Reuters) - Ana Holm, a Social Democrat, called for an inquiry on Monday. The Social Democrats won 40 seats.",
			want: [][3]string{{"MEMBER_OF", "Ana Holm", "Social Democrats"}},
			not:  [][3]string{{"MEMBER_OF", "Ana Holm", "Social Democratic Party of Germany"}},
		},
		{
			name: "a verb of leading in a relative clause on the name's apposition",
			text: "Officials in Vellin spoke on Sunday. Ivo Dorn, a former interior minister who now leads the Green Alliance, was arrested.",
			want: [][3]string{{"LEADS", "Ivo Dorn", "Green Alliance"}, {"MEMBER_OF", "Ivo Dorn", "Green Alliance"}},
		},
		{
			name: "the party's name before a person's",
			text: "Officials in Vellin spoke on Sunday. The Civic Union met on Monday. The party's Ana Holm said it would fight on.",
			want: [][3]string{{"MEMBER_OF", "Ana Holm", "Civic Union"}},
		},
		{
			name: "a party's secretary-general is its member, not its leader",
			text: "Officials in Vellin spoke on Sunday. Ivo Dorn, secretary-general of the Civic Union, said the party would appeal.",
			want: [][3]string{{"MEMBER_OF", "Ivo Dorn", "Civic Union"}},
			not:  [][3]string{{"LEADS", "Ivo Dorn", "Civic Union"}},
		},
		{
			name: "a plural apposition on a list, the parse taking it for the subject",
			text: "Officials in Vellin spoke on Sunday. Ana Holm and Ivo Dorn, both members of the Civic Union, were expelled on Friday.",
			want: [][3]string{{"MEMBER_OF", "Ana Holm", "Civic Union"}, {"MEMBER_OF", "Ivo Dorn", "Civic Union"}},
		},
		{
			name: "a short shared form before a leader's noun",
			text: "VELMOR, Kelmora (Reuters) - Labour leader Ana Holm said the vote was rigged. Liberal chief Ivo Dorn agreed.",
			want: [][3]string{{"LEADS", "Ana Holm", "Labour"}, {"LEADS", "Ivo Dorn", "Liberal"}},
		},
		{
			name: "a party's president",
			text: "Officials in France spoke on Sunday. Luc Armand, president of the Republicans party, criticised the plan.",
			// the story's state's party of that form (partyCountry): France's
			want: [][3]string{{"MEMBER_OF", "Luc Armand", "The Republicans"}, {"LEADS", "Luc Armand", "The Republicans"}},
		},
		{
			name: "a party by the press's forms for its people and its standing",
			text: "Officials in Vellin spoke on Sunday. The Harvest Front's Ana Holm came second with 27 per cent. Ivo Dorn, who leads the Harvest Front, spoke. " +
				"The opposition Kestrel Forward movement, whose leader Mira Salt has long fought graft, welcomed the verdict.",
			want: [][3]string{{"MEMBER_OF", "Ana Holm", "Harvest Front"}, {"LEADS", "Ivo Dorn", "Harvest Front"}, {"LEADS", "Mira Salt", "Kestrel Forward"}},
		},
	})
	// a name a party's may end in that owns a person, or after "the
	// opposition" and before a party's noun, is a party's; not a trade
	// union's, nor a ruling council's
	checkKinds(t, "Officials in Vellin spoke on Sunday. The Harvest Front's Ana Holm came second with 27 per cent. Ivo Dorn, who leads the Harvest Front, spoke.",
		map[string]string{"Harvest Front": polgraph.KindParty})
	checkKinds(t, "Officials in Vellin spoke on Sunday. The opposition Kestrel Forward movement, whose leader Mira Salt has long fought graft, welcomed the verdict.",
		map[string]string{"Kestrel Forward": polgraph.KindParty})
	checkKinds(t, "Officials in Vellin spoke on Sunday. The Northfield Trade Union's Ana Holm said wages were low.",
		map[string]string{"Northfield Trade Union": polgraph.KindOrganization})
}

// A switch of party: "defected from X to Y" and "left X for Y" make their
// subject a member of the party joined from the clause's date, also in a
// relative clause, where the parse hangs the party joined on the one
// left, and for each name of a list that a relative clause on "those"
// introduces ("Those who left X for Y were A, B and C") or that follows
// a plural noun in apposition ("Two MPs, A and B, joined Y"); the party left
// ends a membership also where the verb is a gerund ("after leaving X").
func TestPartySwitches(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "defected from and to",
			text: "Officials in Britain spoke on Sunday. Ivo Marsh defected from the Conservatives to Reform UK in 2023.",
			want: [][3]string{{"MEMBER_OF", "Ivo Marsh", "Reform UK"}},
		},
		{
			name: "switched from and to",
			text: "Officials in Britain spoke on Sunday. Ivo Marsh switched from the Conservatives to Reform UK in 2023. Ada Penn switched from diesel to electric cars.",
			want: [][3]string{{"MEMBER_OF", "Ivo Marsh", "Reform UK"}, {"MEMBER_OF", "Ivo Marsh", "Conservative Party (UK)"}},
		},
		{
			name: "joined after leaving, the party left named before the noun",
			text: "Officials in Britain spoke on Sunday. Ivo Marsh joined Reform UK on Friday after leaving the Harvest Front party.",
			want: [][3]string{{"MEMBER_OF", "Ivo Marsh", "Reform UK"}, {"MEMBER_OF", "Ivo Marsh", "Harvest Front"}},
		},
		{
			name: "a gerund argued over is no joining or leaving",
			text: "Officials in Britain spoke on Sunday. Ivo Marsh campaigned against joining the Harvest Union. Ada Penn spoke in the referendum on leaving the Harvest Front party.",
			not:  [][3]string{{"MEMBER_OF", "Ivo Marsh", "Harvest Union"}, {"MEMBER_OF", "Ada Penn", "Harvest Front"}},
		},
		{
			name: "joined a party in a deed is no joining",
			text: "Officials in Britain spoke on Sunday. Ivo Marsh joined the Harvest Union in voting against the bill. Ada Penn joined Reform UK on Friday in a surprise move.",
			want: [][3]string{{"MEMBER_OF", "Ada Penn", "Reform UK"}},
			not:  [][3]string{{"MEMBER_OF", "Ivo Marsh", "Harvest Union"}},
		},
		{
			name: "left for",
			text: "Officials in Britain spoke on Sunday. Ivo Marsh left the Conservatives for Reform UK in 2023.",
			want: [][3]string{{"MEMBER_OF", "Ivo Marsh", "Reform UK"}},
		},
		{
			name: "crossed the floor to a party",
			text: "The Green League lost two seats on Monday. Ana Holm crossed the floor to the Civic Union in 2019. Ivo Lind crossed from Lithuania to Poland.",
			want: [][3]string{{"MEMBER_OF", "Ana Holm", "Civic Union"}},
		},
		{
			name: "defected, in a relative clause",
			text: "Officials in Britain spoke on Sunday. Ivo Marsh, who defected from the Conservatives to Reform UK last year, spoke at the rally.",
			want: [][3]string{{"MEMBER_OF", "Ivo Marsh", "Reform UK"}},
		},
		{
			name: "a list after a relative clause on \"those\"",
			text: "Officials in Britain spoke on Sunday. Those who left the Conservatives for Reform UK on Monday were Ivo Marsh (Dunmore), Ada Penn (Kelby) and Tom Rusk (Harle).",
			want: [][3]string{{"MEMBER_OF", "Ivo Marsh", "Reform UK"}, {"MEMBER_OF", "Ada Penn", "Reform UK"}, {"MEMBER_OF", "Tom Rusk", "Reform UK"},
				{"MEMBER_OF", "Ada Penn", "Conservative Party (UK)"}, {"MEMBER_OF", "Tom Rusk", "Conservative Party (UK)"}},
		},
		{
			name: "a list of names, or a plural noun and the names in apposition to it",
			text: "Officials in Britain spoke on Sunday. Two other MPs, Ada Penn and Tom Rusk, joined Reform UK on Friday. " +
				"Three councillors, Ivo Marsh, Lena Holt and Per Lind, left the Conservatives for the Harvest Union. Mira Salt and Tom Vell left the Conservatives for Reform UK.",
			want: [][3]string{{"MEMBER_OF", "Ada Penn", "Reform UK"}, {"MEMBER_OF", "Tom Rusk", "Reform UK"},
				{"MEMBER_OF", "Ivo Marsh", "Harvest Union"}, {"MEMBER_OF", "Lena Holt", "Harvest Union"}, {"MEMBER_OF", "Per Lind", "Harvest Union"},
				{"MEMBER_OF", "Mira Salt", "Reform UK"}, {"MEMBER_OF", "Tom Vell", "Reform UK"}},
		},
		{
			name: "a list that joined a party a word of its standing comes before",
			text: "The Civic Bloc lost its majority on Thursday. Two other MPs, Ada Penn and Tom Rusk, joined the opposition Harvest Union on Thursday. " +
				"Two councillors, Ivo Marsh and Lena Holt, joined the opposition National Union.",
			want: [][3]string{{"MEMBER_OF", "Ada Penn", "Harvest Union"}, {"MEMBER_OF", "Tom Rusk", "Harvest Union"},
				{"MEMBER_OF", "Ivo Marsh", "National Union"}, {"MEMBER_OF", "Lena Holt", "National Union"}},
		},
		{
			name: "the leader of a body the text calls a party is its member",
			text: "Officials in Vellin spoke on Sunday. Ivo Dorn left the Civic Bloc on Thursday to form a new party, the Harle Centre. He will lead the Harle Centre until a congress.",
			want: [][3]string{{"LEADS", "Ivo Dorn", "Harle Centre"}, {"MEMBER_OF", "Ivo Dorn", "Harle Centre"}},
		},
		{
			name: "one who stays in a party, or says she will, is its member; one who will not is left alone",
			text: "Officials in Vellin spoke on Sunday. Ada Penn said she would stay with the Harvest Union. Tom Rusk will remain in the Civic Bloc, he said. " +
				"Ivo Marsh said he would not remain in the Civic Bloc. Per Lind stayed in Brevik with a Civic Bloc delegation.",
			want: [][3]string{{"MEMBER_OF", "Ada Penn", "Harvest Union"}, {"MEMBER_OF", "Tom Rusk", "Civic Bloc"}},
			not:  [][3]string{{"MEMBER_OF", "Ivo Marsh", "Civic Bloc"}, {"MEMBER_OF", "Per Lind", "Civic Bloc"}},
		},
		{
			name: "one who has spent a span of time in a party is its member; time spent in its offices, or money spent, makes no member",
			text: "Officials in Vellin spoke on Sunday. Ada Penn has spent three decades in the Harvest Union. Tom Rusk spent 20 years in the Civic Bloc before joining the Greens. " +
				"Ivo Marsh spent a week in the Harvest Union's offices. Per Lind spent the money in the Civic Bloc.",
			want: [][3]string{{"MEMBER_OF", "Ada Penn", "Harvest Union"}, {"MEMBER_OF", "Tom Rusk", "Civic Bloc"}},
			not:  [][3]string{{"MEMBER_OF", "Ivo Marsh", "Harvest Union"}, {"MEMBER_OF", "Per Lind", "Civic Bloc"}},
		},
		{
			name: "they said they had left, and a party no list knows",
			text: "Ivo Marsh founded the Harle Reform Alliance (HRA) in June. Those who announced on Monday that they had left the Conservatives for HRA were Ada Penn and Tom Rusk.",
			want: [][3]string{{"MEMBER_OF", "Ada Penn", "Harle Reform Alliance"}, {"MEMBER_OF", "Tom Rusk", "Harle Reform Alliance"},
				{"MEMBER_OF", "Ada Penn", "Conservatives"}},
		},
	})
}

// One of a body's leaders, or the leader of a part the body owns, does not
// lead the body: "a Labour leader", "a leader of the ANC", "who chairs
// the Bundestag's foreign affairs committee".
func TestLeadersOfPartsAndOneOfMany(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a council's or a chamber's leader leads no party the sentence names",
			text: "The council voted on Monday. Council leader Ruth Ashby, a member of the Harvest Union, said the budget was fair.",
			want: [][3]string{{"MEMBER_OF", "Ruth Ashby", "Harvest Union"}},
			not:  [][3]string{{"LEADS", "Ruth Ashby", "Harvest Union"}},
		},
		{
			name: "a party leader with an article",
			text: "Officials in India spoke on Sunday. Kiran Desai, a Congress party leader, said the BJP would lose.",
			want: [][3]string{{"MEMBER_OF", "Kiran Desai", "Indian National Congress"}},
			not:  [][3]string{{"LEADS", "Kiran Desai", "Indian National Congress"}},
		},
		{
			name: "a leader of a party",
			text: "Officials in South Africa spoke on Sunday. Thabo Nkosi, a leader of the ANC, criticised the plan.",
			want: [][3]string{{"MEMBER_OF", "Thabo Nkosi", "African National Congress"}},
			not:  [][3]string{{"LEADS", "Thabo Nkosi", "African National Congress"}},
		},
		{
			name: "the leader of a party",
			text: "Officials in South Africa spoke on Sunday. Thabo Nkosi, the leader of the ANC, criticised the plan.",
			want: [][3]string{{"LEADS", "Thabo Nkosi", "African National Congress"}},
		},
		{
			name: "the chair of a body's committee",
			text: "Officials in Germany spoke on Sunday. Lena Falk, who chairs the Bundestag's foreign affairs committee, welcomed the deal.",
			not:  [][3]string{{"LEADS", "Lena Falk", "Bundestag"}},
		},
		{
			name: "the head of a body's department",
			text: "Dan Kerrow, who heads the Northfield Institute's Asia department, said growth had slowed.",
			not:  [][3]string{{"LEADS", "Dan Kerrow", "Northfield Institute"}},
		},
		{
			name: "a party's last word before a party's post, where one party ends so, is the party's short name",
			text: "The Velmar People's Congress party won 40 seats in the vote on Sunday. Congress leader Sita Rana said the result was a victory. The opposition Harbour Alliance party came second. Alliance lawmaker Petra Vlok conceded.",
			want: [][3]string{{"LEADS", "Sita Rana", "Velmar People's Congress"}, {"MEMBER_OF", "Sita Rana", "Velmar People's Congress"}, {"MEMBER_OF", "Petra Vlok", "Harbour Alliance"}},
			not:  [][3]string{{"LEADS", "Petra Vlok", "Harbour Alliance"}},
		},
		{
			name: "two parties ending in the word: neither is its short name",
			text: "The Velmar People's Congress party and the Ostra National Congress party won seats on Sunday. Congress leader Sita Rana said the result was a victory.",
			not:  [][3]string{{"MEMBER_OF", "Sita Rana", "Velmar People's Congress"}, {"MEMBER_OF", "Sita Rana", "Ostra National Congress"}},
		},
		{
			name: "the leader of a party's youth league",
			text: "Officials in South Africa spoke on Sunday. Thabo Nkosi, who leads the ANC's youth league, criticised the plan.",
			want: [][3]string{{"MEMBER_OF", "Thabo Nkosi", "African National Congress"}},
			not:  [][3]string{{"LEADS", "Thabo Nkosi", "African National Congress"}},
		},
	})
}

// A month's name is a given name before a particle and a capitalised
// word too: "Jan de Vries".
func TestMonthNameBeforeAParticle(t *testing.T) {
	checkKinds(t, "Officials said Jan de Vries backed the plan.",
		map[string]string{"Jan de Vries": polgraph.KindPerson}, "Vries")
}

// A company's officer "of" it works for it, as its possessive form does:
// "Dan Kerr, chief executive of Barclays" as "Barclays' chief executive";
// its chairman leads it; a journalist given with her outlet ("X of the
// Courier") and a body's observer in apposition ("an OSCE observer, X")
// work for it.
func TestCompanyOfficersOf(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "chief executive of",
			text: "Tom Vell, chief executive of the Northfield Institute, said profits fell.",
			want: [][3]string{{"WORKS_FOR", "Tom Vell", "Northfield Institute"}},
			not:  [][3]string{{"LEADS", "Tom Vell", "Northfield Institute"}},
		},
		{
			name: "chairman of",
			text: "Tom Vell, chairman of the Northfield Institute, said profits fell.",
			want: [][3]string{{"LEADS", "Tom Vell", "Northfield Institute"}},
		},
		{
			name: "a description before the name",
			text: "Ana Varo, chief executive of the state energy company Petrovia, said prices would rise.",
			want: [][3]string{{"WORKS_FOR", "Ana Varo", "Petrovia"}},
		},
		{
			name: "a chair of a described body",
			text: "Lena Mork, chairwoman of the mining group Delstrom, resigned on Friday.",
			want: [][3]string{{"LEADS", "Lena Mork", "Delstrom"}},
		},
		{
			name: "a reporter for a described body",
			text: "Pia Lund, a reporter for the broadcaster Radio Kelm, was detained in Minsk.",
			want: [][3]string{{"WORKS_FOR", "Pia Lund", "Radio Kelm"}},
		},
		{
			name: "a name given with its outlet",
			text: "Ella Prance of the Dunmore Courier first reported the payments in June. Ivo Dorn of the Harvest Party denied them.",
			want: [][3]string{{"WORKS_FOR", "Ella Prance", "Dunmore Courier"}},
			not:  [][3]string{{"WORKS_FOR", "Ivo Dorn", "Harvest Party"}},
		},
		{
			name: "a body's observer in apposition",
			text: "An OSCE observer, Lars Wenger, said the count was orderly.",
			want: [][3]string{{"WORKS_FOR", "Lars Wenger", "Organization for Security and Co-operation in Europe"}},
		},
	})
}

// A role in apposition that the body's name modifies is a job with the
// body, as the same words before the name are: "Yusuf Karam, a senior
// Hamas official," as "senior Hamas official Yusuf Karam"; not a past one.
// So is a role whose phrase the body completes, with the name after it
// ("A spokesperson for the Chinese Foreign Ministry, Tan Wenli,"), and
// that name is a person's, not a second name of a body the role's phrase
// names in lower case ("for the Russian foreign ministry, Anna Volkova,").
func TestBodyRoleInApposition(t *testing.T) {
	checkKinds(t, "Officials in Vellin spoke on Sunday. A spokesperson for the Russian foreign ministry, Anna Volkova, said Moscow opposed the move.",
		map[string]string{"Anna Volkova": polgraph.KindPerson})
	checkRelationCases(t, []relationCase{
		{
			name: "a spokesperson for a ministry, then the name",
			text: "A spokesperson for the Chinese Foreign Ministry, Tan Wenli, said Beijing opposed the move.",
			want: [][3]string{{"WORKS_FOR", "Tan Wenli", "Ministry of Foreign Affairs (China)"}},
		},
		{
			name: "a state's ministry in lower case, its spokesman's title before the name",
			text: "Chinese foreign ministry spokesman Tan Wenli said Beijing opposed the move.",
			want: [][3]string{{"WORKS_FOR", "Tan Wenli", "Ministry of Foreign Affairs (China)"}},
		},
		{
			name: "a spokesman for a state's ministry in lower case, in apposition",
			text: "Igor Pavlenko, a spokesman for Russia's defence ministry, said the strikes were lawful.",
			want: [][3]string{{"WORKS_FOR", "Igor Pavlenko", "Ministry of Defence (Russia)"}},
		},
		{
			name: "a spokesman for a state's ministry in lower case, then the name",
			text: "A spokesman for the Japanese foreign ministry, Kenji Moriyama, said Tokyo would respond.",
			want: [][3]string{{"WORKS_FOR", "Kenji Moriyama", "Ministry of Foreign Affairs (Japan)"}},
		},
		{
			name: "a state's ministry in lower case that acts: no one's job",
			text: "The Chinese foreign ministry summoned ambassador Ivo Dornan on Monday.",
			not:  [][3]string{{"WORKS_FOR", "Ivo Dornan", "Ministry of Foreign Affairs (China)"}},
		},
		{
			name: "an analyst at a university, then the name",
			text: "An analyst at the University of Nairobi, Wanja Oduya, said the split hurt the party.",
			want: [][3]string{{"WORKS_FOR", "Wanja Oduya", "University of Nairobi"}},
		},
		{
			name: "senior official",
			text: "Yusuf Karam, a senior Hamas official, said talks had stalled.",
			want: [][3]string{{"WORKS_FOR", "Yusuf Karam", "Hamas"}},
		},
		{
			name: "at the end of the sentence",
			text: "Envoys met Lin Varo, a Huawei engineer.",
			want: [][3]string{{"WORKS_FOR", "Lin Varo", "Huawei"}},
		},
		{
			name: "former",
			text: "Ana Holm, a former Hamas official, spoke on Monday.",
			not:  [][3]string{{"WORKS_FOR", "Ana Holm", "Hamas"}},
		},
		{
			name: "a former job's title before the name",
			text: "Former Huawei executive Meng Lihua said the ban was unfair.",
			not:  [][3]string{{"WORKS_FOR", "Meng Lihua", "Huawei"}},
		},
		{
			name: "a body's former officer before the name",
			text: "Huawei's former chief executive Meng Lihua said the ban was unfair.",
			not:  [][3]string{{"WORKS_FOR", "Meng Lihua", "Huawei"}, {"LEADS", "Meng Lihua", "Huawei"}},
		},
		{
			name: "a former spokesman for a body in apposition",
			text: "Tom Rilean, a former spokesman for the Pentagon, said the strikes were lawful.",
			not:  [][3]string{{"WORKS_FOR", "Tom Rilean", "United States Department of Defense"}},
		},
		{
			name: "a job's title before the name, held now",
			text: "Huawei executive Meng Lihua said the ban was unfair.",
			want: [][3]string{{"WORKS_FOR", "Meng Lihua", "Huawei"}},
		},
	})
}

// US wire copy's party labels: a letter and the state after a
// legislator's name, in parentheses or commas, make her a member of the
// party and the state's representative, also where the state is
// abbreviated ("D-Calif.", "R-N.H."); the label is no name of its own.
func TestUSPartyLetterLabels(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "in parentheses",
			text: "Officials in the United States spoke on Sunday. Senator Ann Leary (D-Ohio) said the vote would be close.",
			want: [][3]string{{"MEMBER_OF", "Ann Leary", "Democratic Party (United States)"}, {"REPRESENTS", "Ann Leary", "Ohio"}},
		},
		{
			name: "a legislator's party and the state or town \"from\", spelt out in apposition",
			text: "Officials in the United States spoke on Sunday. Sen. Ann Leary, a Democrat from Ohio, said the vote would be close. " +
				"State Sen. Tom Raye, a Republican from Dayton, voted against it. Ivo Dorn, a Democrat from Maine, agreed.",
			want: [][3]string{{"MEMBER_OF", "Ann Leary", "Democratic Party (United States)"}, {"REPRESENTS", "Ann Leary", "Ohio"}, {"REPRESENTS", "Tom Raye", "Dayton"}},
			not:  [][3]string{{"REPRESENTS", "Ivo Dorn", "Maine"}},
		},
		{
			name: "in commas",
			text: "Officials in the United States spoke on Sunday. Rep. Tom Raye, R-Texas, voted against the measure.",
			want: [][3]string{{"MEMBER_OF", "Tom Raye", "Republican Party (United States)"}, {"REPRESENTS", "Tom Raye", "Texas"}},
		},
		{
			name: "the AP's abbreviation of a state",
			text: "Officials in the United States spoke on Sunday. Rep. Tom Raye, D-Calif., voted against the measure.",
			want: [][3]string{{"MEMBER_OF", "Tom Raye", "Democratic Party (United States)"}, {"REPRESENTS", "Tom Raye", "California"}},
		},
		{
			name: "a dotted abbreviation that ends the sentence",
			text: "Officials in the United States spoke on Sunday. The measure was backed by Sen. Ann Leary, R-N.H.",
			want: [][3]string{{"MEMBER_OF", "Ann Leary", "Republican Party (United States)"}, {"REPRESENTS", "Ann Leary", "New Hampshire"}},
		},
		{
			name: "an abbreviation that is also an honorific",
			text: "Officials in the United States spoke on Sunday. Sen. Ann Leary (R-Miss.) voted against the measure.",
			want: [][3]string{{"MEMBER_OF", "Ann Leary", "Republican Party (United States)"}, {"REPRESENTS", "Ann Leary", "Mississippi"}},
		},
		{
			name: "a legislator's title before the name and the state after of",
			text: "WASHINGTON (AP) - Democratic Senator Ann Leary of Ohio said she would oppose the nominee. Congresswoman Tia Marsh of Texas agreed. " +
				"Speaker Tom Raye of Georgia said nothing.",
			want: [][3]string{{"MEMBER_OF", "Ann Leary", "Democratic Party (United States)"}, {"REPRESENTS", "Ann Leary", "Ohio"}, {"REPRESENTS", "Tia Marsh", "Texas"}},
			not:  [][3]string{{"REPRESENTS", "Tom Raye", "Georgia"}},
		},
	})
	checkKinds(t, "Rep. Tom Raye, R-Texas, voted against the measure. Senator Ann Leary (D-Ohio) agreed.",
		map[string]string{"Texas": polgraph.KindPlace, "Ohio": polgraph.KindPlace}, "R-Texas", "D-Ohio")
	checkKinds(t, "Veterans marked the D-Day anniversary in Normandy.", nil, "Day")
}

// A party named before the noun "party" that possesses a role in
// apposition: "X, the Congress party's general secretary"; a party's
// general secretary is a member who runs its office, not its leader.
func TestRoleOfTheNamedPartyNoun(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "general secretary",
			text: "Officials in India spoke on Sunday. Rahul Verma, the Congress party's general secretary, said the BJP would lose.",
			want: [][3]string{{"MEMBER_OF", "Rahul Verma", "Indian National Congress"}},
		},
		{
			name: "a party's general secretary is its member, not its leader",
			text: "\"We respect its decision,\" said Ivo Varsi, the Harvest Front's general secretary. The Civic Union's general secretary, Ada Lind, agreed.",
			want: [][3]string{{"MEMBER_OF", "Ivo Varsi", "Harvest Front"}, {"MEMBER_OF", "Ada Lind", "Civic Union"}},
			not:  [][3]string{{"LEADS", "Ivo Varsi", "Harvest Front"}, {"LEADS", "Ada Lind", "Civic Union"}},
		},
		{
			name: "candidate",
			text: "Officials in Britain spoke on Sunday. Ada Brisk, the Labour party's candidate, said the bill would fail.",
			want: [][3]string{{"MEMBER_OF", "Ada Brisk", "Labour Party (UK)"}},
		},
	})
}

// A place right before a legislator's title before a name is the seat the
// name holds ("Manchester MP X", "Ohio Senator X"), and one word no list
// knows there is read as that place, not a person; a former title holds
// no seat now.
func TestSeatBeforeTitle(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a city the gazetteer knows",
			text: "Manchester MP Ana Holm resigned on Sunday.",
			want: [][3]string{{"REPRESENTS", "Ana Holm", "Manchester"}},
		},
		{
			name: "a state before a senator",
			text: "Ohio Senator Tom Raye said on Monday he would oppose the nominee.",
			want: [][3]string{{"REPRESENTS", "Tom Raye", "Ohio"}},
		},
		{
			name: "a seat no list knows",
			text: "On Sunday, Norrvik MP Ana Holm resigned.",
			want: [][3]string{{"REPRESENTS", "Ana Holm", "Norrvik"}},
		},
		{
			name: "a former member",
			text: "Former Manchester MP Ana Holm joined the board on Sunday.",
			not:  [][3]string{{"REPRESENTS", "Ana Holm", "Manchester"}},
		},
	})
	checkKinds(t, "On Sunday, Norrvik MP Ana Holm resigned.", map[string]string{"Norrvik": polgraph.KindPlace})
}

// A party's member as wires write one with the party's country before it
// ("a lawmaker from Ghana's opposition X", "of Spain's X", "a spokesman
// for India's ruling X", "a lawmaker with Poland's X"), a party's officer
// under a plural possessive ("The Liberal Democrats' spokesman, X"), and
// a membership the text says is over ("Former Fidesz MP X", "a former
// member of X"), which is no membership now.
func TestMembershipsOwnedByCountriesAndOver(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a lawmaker from a country's party",
			text: "Kwame Osei, a lawmaker from Ghana's opposition National Democratic Congress, criticised the budget.",
			want: [][3]string{{"MEMBER_OF", "Kwame Osei", "National Democratic Congress (Ghana)"}},
		},
		{
			name: "of a country's party",
			text: "Carla Ventas of Spain's opposition People's Party called for new elections.",
			want: [][3]string{{"MEMBER_OF", "Carla Ventas", "People's Party (Spain)"}},
		},
		{
			name: "a spokesman for a country's ruling party",
			text: "Ravi Menon, a spokesman for India's ruling Bharatiya Janata Party, rejected the charges.",
			want: [][3]string{{"MEMBER_OF", "Ravi Menon", "Bharatiya Janata Party"}},
		},
		{
			name: "a lawmaker with a country's party",
			text: "Marta Nowicka, a lawmaker with Poland's Civic Platform, said Warsaw should act.",
			want: [][3]string{{"MEMBER_OF", "Marta Nowicka", "Civic Platform"}},
		},
		{
			name: "a country's party ranked before its standing",
			text: "Rahul Senan, an MP from India's main opposition Congress party, said the bill was unfair.",
			want: [][3]string{{"MEMBER_OF", "Rahul Senan", "Indian National Congress"}},
		},
		{
			name: "of a party ranked before its standing",
			text: "Ayse Kayan of the main opposition Republican People's Party said the vote in Ankara was unfair.",
			want: [][3]string{{"MEMBER_OF", "Ayse Kayan", "Republican People's Party"}},
		},
		{
			name: "a party's spokesman under a plural possessive",
			text: "Officials in Britain spoke on Sunday. The Liberal Democrats' home affairs spokesman, Alan Trew, urged the government to act.",
			want: [][3]string{{"MEMBER_OF", "Alan Trew", "Liberal Democrats"}},
		},
		{
			name: "a former party's title before the name",
			text: "Officials in Hungary spoke on Sunday. Former Fidesz MP Gabor Lentes joined the opposition Tisza party last year.",
			want: [][3]string{{"MEMBER_OF", "Gabor Lentes", "Tisza"}},
			not:  [][3]string{{"MEMBER_OF", "Gabor Lentes", "Fidesz"}},
		},
		{
			name: "a former party's role noun in apposition",
			text: "Officials in Hungary spoke on Sunday. Gabor Lentes, a former Fidesz lawmaker, criticised the government.",
			not:  [][3]string{{"MEMBER_OF", "Gabor Lentes", "Fidesz"}},
		},
		{
			name: "a party's acronym with its diacritics, in its country",
			text: "In Vienna, lawmaker Petra Lindner (ÖVP) criticised the budget.",
			want: [][3]string{{"MEMBER_OF", "Petra Lindner", "Austrian People's Party"}},
			not:  [][3]string{{"REPRESENTS", "Petra Lindner", "ÖVP"}},
		},
		{
			name: "a party's acronym with its diacritics, no country named",
			text: "Petra Lindner (ÖVP) criticised the budget.",
			not:  [][3]string{{"MEMBER_OF", "Petra Lindner", "Austrian People's Party"}},
		},
		{
			name: "a former party's role noun in apposition, then the party sat for now",
			text: "Officials in Hungary spoke on Sunday. Gabor Lentes, a former Fidesz lawmaker, now sits for Tisza in the National Assembly.",
			want: [][3]string{{"MEMBER_OF", "Gabor Lentes", "Tisza"}},
			not:  [][3]string{{"MEMBER_OF", "Gabor Lentes", "Fidesz"}},
		},
		{
			name: "a party's leader in apposition, then the party joined",
			text: "Officials in Vellin spoke on Sunday. Ivo Dornan, the leader of the Civic Union, joined the Harvest Party in 2020.",
			want: [][3]string{{"MEMBER_OF", "Ivo Dornan", "Harvest Party"}},
		},
		{
			name: "an apposition of no party's role: whom a lawyer represented",
			text: "Ana Holmberg, a lawyer, represented the Labour Party in the British courts.",
			not:  [][3]string{{"MEMBER_OF", "Ana Holmberg", "Labour Party (UK)"}},
		},
		{
			name: "a former party's role noun, the parse hanging \"former\" on the party",
			text: "Anna Webern, a former Greens lawmaker who now leads the Left party, said Berlin should act.",
			want: [][3]string{{"LEADS", "Anna Webern", "The Left (Germany)"}},
			not:  [][3]string{{"MEMBER_OF", "Anna Webern", "Alliance 90/The Greens"}},
		},
		{
			name: "a former member of a party",
			text: "Tom Bairdson, a former member of the Scottish National Party, spoke in Edinburgh.",
			not:  [][3]string{{"MEMBER_OF", "Tom Bairdson", "Scottish National Party"}},
		},
		{
			name: "whose party, a long name the parser splits",
			text: "Joris Vellander, whose People's Party for Freedom and Democracy won 34 seats, said he regretted the decision.",
			want: [][3]string{{"MEMBER_OF", "Joris Vellander", "People's Party for Freedom and Democracy"}},
		},
		{
			name: "a former government office from a party: the office is over, not the party",
			text: "Ivo Dornan, a former minister from the Harbour Party, spoke in Vellin on Monday.",
			want: [][3]string{{"MEMBER_OF", "Ivo Dornan", "Harbour Party"}},
		},
	})
}

// A seat won or held for a party ("who won the seat for X", "who
// represents X in the Sejm") makes its holder the party's member; a
// title after "for" is a post sought ("the candidate for mayor of
// Madrid", "a candidate for president of Spain"), which leads nothing.
func TestSeatsWonForPartiesAndPostsSought(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "won the seat for a party",
			text: "Officials in Ghana spoke on Sunday. Ama Boaten, who won the seat for the New Patriotic Party in 2020, resigned on Friday in Accra.",
			want: [][3]string{{"MEMBER_OF", "Ama Boaten", "New Patriotic Party"}},
		},
		{
			name: "represents a party in a chamber",
			text: "Marta Nowicka, who represents Civic Platform in the Sejm, said Warsaw should act.",
			want: [][3]string{{"MEMBER_OF", "Marta Nowicka", "Civic Platform"}},
		},
		{
			name: "the candidate for a mayor's post",
			text: "Officials in Spain spoke on Sunday. Ana Ruano, the candidate for mayor of Madrid, conceded defeat.",
			not:  [][3]string{{"LEADS", "Ana Ruano", "Madrid"}},
		},
		{
			name: "a candidate for a state's presidency",
			text: "Officials in Spain spoke on Sunday. Ana Ruano, a candidate for president of Spain, conceded defeat.",
			not:  [][3]string{{"LEADS", "Ana Ruano", "Spain"}},
		},
	})
}

// "since" after a party's membership noun dates the membership ("a Fidesz
// member since 2005"); after an office's title it dates the office, not
// the membership ("a Fidesz MP since 2010"). A party joined dates it from
// the clause's time, where the subject is a name the parse hangs on its
// party's title ("Former Fidesz MP Gabor Lentes joined") and where it
// cuts "party" off the party's name ("joined the opposition Tisza party
// last year").
func TestMembershipsDated(t *testing.T) {
	tests := []struct {
		name, text, person, party, validFrom string
	}{
		{"a member since", "Officials in Hungary spoke on Sunday. Anna Kertesz, a Fidesz member since 2005, backed the bill in Budapest.", "Anna Kertesz", "Fidesz", "2005"},
		{"an MP since", "Officials in Hungary spoke on Sunday. Anna Kertesz, a Fidesz MP since 2010, backed the bill in Budapest.", "Anna Kertesz", "Fidesz", ""},
		{"joined, the subject under a party's title", "Officials in Hungary spoke on Sunday. Former Fidesz MP Gabor Lentes joined Tisza last year.", "Gabor Lentes", "Tisza", "2023"},
		{"joined the party, the noun cut off its name", "Officials in Hungary spoke on Sunday. Former Fidesz MP Gabor Lentes joined the opposition Tisza party last year.", "Gabor Lentes", "Tisza", "2023"},
		{"a member since, of a party no list knows", "Rasa Klint, a Harbour Union member since 2015, said the plan would fail.", "Rasa Klint", "Harbour Union", "2015"},
		{"a party quit in a year after a party joined: the year ends the one quit, it starts nothing", "Officials in Velmark spoke on Sunday. Rasa Klint joined the Harvest Party after quitting the Civic Union in 2020.", "Rasa Klint", "Civic Union", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := membershipSpans(t, tt.text, tt.person, tt.party)
			for _, got := range spans {
				if got[0] != tt.validFrom {
					t.Errorf("validFrom = %q, want %q", got[0], tt.validFrom)
				}
			}
			if len(spans) == 0 {
				t.Errorf("no MEMBER_OF %s → %s", tt.person, tt.party)
			}
		})
	}
}

// membershipSpans extracts text, published 2024-05-02, and returns the
// spans (validFrom, validTo) of its MEMBER_OF facts of person in party, by
// name.
func membershipSpans(t *testing.T, text, person, party string) [][2]string {
	t.Helper()
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2024-05-02"})
	if err != nil {
		t.Fatal(err)
	}
	names, _ := namesAndTypes(x)
	var out [][2]string
	for _, r := range x.Relations {
		if r.Type == "MEMBER_OF" && names[r.From] == person && names[r.To] == party {
			out = append(out, [2]string{deref(r.ValidFrom), deref(r.ValidTo)})
		}
	}
	return out
}

// A member who moves to another party from a day leaves, that day, the
// party the text has them in up to then, wherever that membership comes
// from (a relative clause, a participle, a sentence before); a party
// rejoined later keeps its own span.
func TestMembershipsEndedBySwitch(t *testing.T) {
	tests := []struct {
		name, text, person, party, validFrom, validTo string
	}{
		{"elected for a party in a relative clause", "Ana Lisk, who was elected as a Civic Union MP in 2019, defected to the Green Party in 2022.", "Ana Lisk", "Civic Union", "", "2022"},
		{"elected on a party's ticket in a participle", "Tamo Obi, elected on the Civic Union ticket, defected to the Green Party in 2022.", "Tamo Obi", "Civic Union", "", "2022"},
		{"a member in the sentence before", "Tamo Obi is a Civic Union MP. On Monday he crossed the floor to the Green Party.", "Tamo Obi", "Civic Union", "", "2024-04-29"},
		{"the party joined begins then", "Tamo Obi is a Civic Union MP. On Monday he crossed the floor to the Green Party.", "Tamo Obi", "Green Party", "2024-04-29", ""},
		{"a party rejoined later is not ended", "Tamo Obi, a Civic Union MP, defected to the Green Party in 2021 and rejoined the Civic Union in 2023.", "Tamo Obi", "Civic Union", "2023", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := membershipSpans(t, tt.text, tt.person, tt.party); !slices.Contains(got, [2]string{tt.validFrom, tt.validTo}) {
				t.Errorf("no MEMBER_OF %s → %s from %q to %q; spans %v", tt.person, tt.party, tt.validFrom, tt.validTo, got)
			}
		})
	}
}

// A party joined and then left, named again by "it", is a membership
// from the one year to the other; one who expels another from a party
// ends only the other's membership, not their own.
func TestMembershipsEndedByLeavingAndExpelling(t *testing.T) {
	tests := []struct {
		name, text, person, party string
		want                      [][2]string
	}{
		{"joined and left it", "Ilse Varn joined the Harbour League in 2005 and left it in 2012 after a row over coal.", "Ilse Varn", "Harbour League", [][2]string{{"2005", "2012"}}},
		{"the one expelled leaves", "Oto Brak expelled Ilse Varn from the Coast Party in 2019.", "Ilse Varn", "Coast Party", [][2]string{{"", "2019"}}},
		{"the one who expels stays", "Oto Brak expelled Ilse Varn from the Coast Party in 2019.", "Oto Brak", "Coast Party", [][2]string{{"", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := membershipSpans(t, tt.text, tt.person, tt.party); !slices.Equal(got, tt.want) {
				t.Errorf("MEMBER_OF %s → %s spans %v, want %v", tt.person, tt.party, got, tt.want)
			}
		})
	}
}

// A legislator holds a district by a verb ("who represents the
// constituency of Brevik"), and one works for a body as what an "as"
// phrase names ("worked as an analyst at the Central Bank until 2019").
func TestDistrictsAndJobsByVerb(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{name: "who represents a constituency", text: "Ivo Dorn, who represents the northern constituency of Brevik, said he would vote against the bill.",
			want: [][3]string{{"REPRESENTS", "Ivo Dorn", "Brevik"}}},
		{name: "represents a town", text: "Ana Holm represents Kavran East in parliament.",
			want: [][3]string{{"REPRESENTS", "Ana Holm", "Kavran East"}}},
		{name: "a district named by its number", text: "The council voted on Monday. Councillor Ana Holm, who represents Ward 3, said no. Ivo Dorn represents the 14th District. The 2nd Division moved north.",
			want: [][3]string{{"REPRESENTS", "Ana Holm", "Ward 3"}, {"REPRESENTS", "Ivo Dorn", "14th District"}}},
		{name: "a party's member who represents a town, in apposition", text: "Ana Holm, a Civic Union lawmaker who represents Brenmoor, voted no. Ivo Dorn, a Republican who represents Dayton, voted yes in Ohio. " +
			"The bill passed, said Mira Salt, a Democrat who represents Akron.",
			want: [][3]string{{"REPRESENTS", "Ana Holm", "Brenmoor"}, {"REPRESENTS", "Ivo Dorn", "Dayton"}, {"REPRESENTS", "Mira Salt", "Akron"}}},
		{name: "a town no list knows after a legislator's titled name", text: "Lawmakers voted on Monday. Sen. Lena Orcutt of Toledo backed the bill. Rep. Ivo Dorn of Harlow opposed it.",
			want: [][3]string{{"REPRESENTS", "Lena Orcutt", "Toledo"}, {"REPRESENTS", "Ivo Dorn", "Harlow"}}},
		{name: "a country represented holds no seat", text: "Ivo Dorn represents Germany at the talks.",
			not: [][3]string{{"REPRESENTS", "Ivo Dorn", "Germany"}}},
		{name: "worked as a role at a body", text: "Ana Holm worked as an analyst at the Central Bank until 2019.",
			want: [][3]string{{"WORKS_FOR", "Ana Holm", "Central Bank"}}},
		{name: "a relative clause on the predicate noun says the subject worked there", text: "Ana Holm is a journalist who worked for the Harbour Courier.",
			want: [][3]string{{"WORKS_FOR", "Ana Holm", "Harbour Courier"}}},
		{name: "served as a member of a chamber and of a party", text: "Ivo Dorn served as a member of the Bundestag. Ana Holm, who served as a member of the Civic Union for ten years, spoke.",
			want: [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Bundestag"}, {"MEMBER_OF", "Ana Holm", "Civic Union"}}},
	})
}

// A seat won, held or taken for a party, and a party one is running or
// standing for, say the winner's and the candidate's party, as election
// reports write them.
func TestSeatWonForAParty(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "the named seat won for the party",
			text: "Ana Holm won the Brenmoor West seat for the Liberal Union on Sunday. Ivo Dorn held Brenmoor East for the Harvest Party.",
			want: [][3]string{{"MEMBER_OF", "Ana Holm", "Liberal Union"}, {"MEMBER_OF", "Ivo Dorn", "Harvest Party"}},
		},
		{
			name: "running for the party in apposition",
			text: "Petar Hollan, running for the Liberal Union, came second on Sunday.",
			want: [][3]string{{"MEMBER_OF", "Petar Hollan", "Liberal Union"}},
		},
		{
			name: "a seat taken from a party is not the winner's party",
			text: "Ana Holm took Brenmoor West from the Liberal Union on Sunday.",
			not:  [][3]string{{"MEMBER_OF", "Ana Holm", "Liberal Union"}},
		},
	})
}

// A party's convenor, as the Indian press names some parties' heads,
// leads it, before the name or in apposition.
func TestConvenorsLeadTheirParty(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "in apposition",
			text: "Ivo Dornan, the national convenor of the Harbour Party, was arrested on Thursday.",
			want: [][3]string{{"LEADS", "Ivo Dornan", "Harbour Party"}},
		},
		{
			name: "before the name",
			text: "Harbour Party convenor Ana Holmberg was arrested on Thursday.",
			want: [][3]string{{"LEADS", "Ana Holmberg", "Harbour Party"}},
		},
	})
}

// A legislator's abbreviated title, its stop a token of its own ("Rep.",
// "Sen."), is a title as the word written out is: the state after "of"
// is the seat ("Rep. Ivo Dornan of Maine").
func TestAbbreviatedSeatTitles(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "Rep.",
			text: "Rep. Ivo Dornan of Maine voted against the bill on Tuesday.",
			want: [][3]string{{"REPRESENTS", "Ivo Dornan", "Maine"}},
		},
		{
			name: "Sen.",
			text: "The bill passed 51-49, with Sen. Ana Holmberg of Kentucky the only Republican to vote against it.",
			want: [][3]string{{"REPRESENTS", "Ana Holmberg", "Kentucky"}},
		},
	})
}

// A seat of government named with "House" ("the White House") is no
// chamber: the Speaker of a story that names it beside the House of
// Representatives presides over the House.
func TestSeatOfGovernmentIsNoChamber(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "the White House beside the House",
			text: "WASHINGTON (AP) - The House of Representatives passed the bill on Tuesday. House Speaker Ivo Dornan called the vote a win. The White House denied the charge.",
			want: [][3]string{{"HOLDS_OFFICE", "Ivo Dornan", "United States House of Representatives"}},
		},
	})
}

// A post given in the future or in a wish ("will elect", "is expected to
// formally elect") is not held yet: no fact of who holds it.
func TestPostsNotYetGiven(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "will elect",
			text: "TOKYO (Reuters) - Parliament will elect Ivo Dornan as prime minister on Tuesday.",
			not:  [][3]string{{"HOLDS_OFFICE", "Ivo Dornan", "Japan"}, {"LEADS", "Ivo Dornan", "Japan"}},
		},
		{
			name: "is expected to formally elect",
			text: "TOKYO (Reuters) - Parliament is expected to formally elect Ivo Dornan as prime minister on Tuesday.",
			not:  [][3]string{{"HOLDS_OFFICE", "Ivo Dornan", "Japan"}, {"LEADS", "Ivo Dornan", "Japan"}},
		},
		{
			name: "elected",
			text: "TOKYO (Reuters) - Parliament elected Ivo Dornan as prime minister on Tuesday.",
			want: [][3]string{{"HOLDS_OFFICE", "Ivo Dornan", "Japan"}},
		},
	})
}

// A party's bare title is of the one party the passage names before it
// in its paragraph: not of a party the titled person then accuses, nor where a name no
// list knows stands before the title.
func TestBareTitleNotOfThePartyAfter(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "the party accused",
			text: "The party leader Ruud Brink accused the Civic Union of lying.",
			not:  [][3]string{{"LEADS", "Ruud Brink", "Civic Union"}, {"MEMBER_OF", "Ruud Brink", "Civic Union"}},
		},
		{
			name: "an unknown hyphened name before the title",
			text: "Harbour-Left leader Ruud Brink accused the Civic Union of lying.",
			not:  [][3]string{{"LEADS", "Ruud Brink", "Civic Union"}, {"MEMBER_OF", "Ruud Brink", "Civic Union"}},
		},
		{
			name: "the party named before",
			text: "The Civic Union met on Sunday. Deputy leader Ivo Dorn said the vote was unfair.",
			want: [][3]string{{"MEMBER_OF", "Ivo Dorn", "Civic Union"}},
		},
		{
			name: "the party named as another member's",
			text: "Leftist lawmaker Lina Sarro of the Workers' Harbour Party was arrested on Thursday. Police also detained far-right candidate Oto Velk at a rally in Brenn.",
			not:  [][3]string{{"MEMBER_OF", "Oto Velk", "Workers' Harbour Party"}},
		},
		{
			name: "the party its leader speaks for",
			text: "Civic Union leader Ana Holm spoke on Sunday. Deputy leader Ivo Dorn said the vote was unfair.",
			want: [][3]string{{"MEMBER_OF", "Ivo Dorn", "Civic Union"}},
		},
		{
			name: "the party of another paragraph",
			text: "Ana Holm, who leads the Civic Union, promised reform.\n\nThe campaign was marked by the murder of a mayoral candidate, Ivo Dorn, in the town of Vellin.",
			not:  [][3]string{{"MEMBER_OF", "Ivo Dorn", "Civic Union"}},
		},
	})
}

// Memberships of parties no list knows, which the recogniser reads as
// bodies ("the Harbour Union"), as news writes them: a candidacy verb
// whatever stands between the name and it, a ticket in a relative clause
// the parse makes adverbial, a party's role noun in apposition ("a Harbour
// Union member since 2015"), an expulsion, a party joined (a member, not
// its staff).
func TestMembershipsOfPartiesNoListKnows(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "standing for a party, an age and an apposition between the name and the verb",
			text: "Mara Tisk, 47, a nurse from Velbo, is standing for the Harbour Union in the spring election.",
			want: [][3]string{{"MEMBER_OF", "Mara Tisk", "Harbour Union"}},
		},
		{
			name: "not standing for a party makes no member",
			text: "Olek Rand, 61, a farmer from Velbo, will not stand for the Harbour Union in the spring election.",
			not:  [][3]string{{"MEMBER_OF", "Olek Rand", "Harbour Union"}},
		},
		{
			name: "running on a party's ticket in a relative clause the parse makes adverbial",
			text: "Tomas Berg, who is running on the Harbour Union ticket, said the plan would fail.",
			want: [][3]string{{"MEMBER_OF", "Tomas Berg", "Harbour Union"}},
		},
		{
			name: "a party no list knows before a party's role noun in apposition, not a former one",
			text: "Rasa Klint, a Harbour Union member, said the plan would fail. Ivo Sarn, a former Harbour Union member, disagreed.",
			want: [][3]string{{"MEMBER_OF", "Rasa Klint", "Harbour Union"}},
			not:  [][3]string{{"MEMBER_OF", "Ivo Sarn", "Harbour Union"}},
		},
		{
			name: "a results row: a name, its party and a count, none crossed between rows",
			text: "Results in Velbo North: Mara Tisk, Harbour Union, 12,400 votes; Tomas Berg, Civic Front, 9,800 votes. Nils Ravn, Harbour Union, said the count was fair.",
			want: [][3]string{{"MEMBER_OF", "Mara Tisk", "Harbour Union"}, {"MEMBER_OF", "Tomas Berg", "Civic Front"}},
			not:  [][3]string{{"MEMBER_OF", "Mara Tisk", "Civic Front"}, {"MEMBER_OF", "Tomas Berg", "Harbour Union"}},
		},
		{
			name: "expelled from a party no list knows",
			text: "Lidia Moor was expelled from the Harbour Union last month.",
			want: [][3]string{{"MEMBER_OF", "Lidia Moor", "Harbour Union"}},
		},
		{
			name: "a party no list knows that expels a person",
			text: "The Harbour Union expelled Lidia Moor in March.",
			want: [][3]string{{"MEMBER_OF", "Lidia Moor", "Harbour Union"}},
		},
		{
			name: "one who joins a party is its member, not its staff",
			text: "Nils Ravn quit the Harbour Union in 2019 and joined the Civic Front.",
			want: [][3]string{{"MEMBER_OF", "Nils Ravn", "Harbour Union"}, {"MEMBER_OF", "Nils Ravn", "Civic Front"}},
			not:  [][3]string{{"WORKS_FOR", "Nils Ravn", "Civic Front"}},
		},
	})
}
