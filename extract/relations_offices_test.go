package extract

import (
	"context"
	"testing"

	"github.com/polgraph/polgraph"
)

// Offices set beside a name rather than right before it: a title in
// apposition with the body that possesses it, a pronoun that stands for a
// body, a verb of leading, a word of leading before "of" and the body
// ("The head of the Harvest Party, X,"), and the country a clause is set
// in.
func TestOfficesBesideTheName(t *testing.T) {
	tests := []relationCase{
		{
			name: "a one-word name no list knows before \"mayor\" is the town the mayor leads, in a list too",
			text: "Critics include Velsk mayor Oren Falk. Those charged include former energy minister Teo Varga, Dunmore mayor Brenna Holt and Silas Prell.",
			want: [][3]string{{"LEADS", "Oren Falk", "Velsk"}, {"LEADS", "Brenna Holt", "Dunmore"}},
		},
		{
			name: "a ministry's portfolio and \"Secretary\" before a name is that minister's office, held in the country named",
			text: "Ghana's Finance Secretary Kojo Mensor was sacked on Monday.",
			want: [][3]string{{"HOLDS_OFFICE", "Kojo Mensor", "Ghana"}},
		},
		{
			name: "a town's name before \"mayor\" in apposition after the name is the town the mayor leads",
			text: "Petra Volk, Dunmere mayor, said the road would reopen on Monday.",
			want: [][3]string{{"LEADS", "Petra Volk", "Dunmere"}},
		},
		{
			name: "a country told only by its people's nationality is not the one whose offices a story of another's parties and states names",
			text: "Senator Lea Varga, a Democrat from Ohio, said Russian agents had approached her staff. Pavel Dorn was dismissed by President Ana Holt in January.",
			want: [][3]string{{"HOLDS_OFFICE", "Ana Holt", "United States"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ana Holt", "Russia"}, {"HOLDS_OFFICE", "Lea Varga", "Russia"}},
		},
		{
			name: "a town no list knows that opens a dateline stands in the country the dateline names, whichever agency files it",
			text: "MARSK, Latvia (AP) - Voters rejected a constitutional amendment in Sunday's referendum. Prime Minister Ilze Ozola conceded defeat.",
			want: [][3]string{{"HOLDS_OFFICE", "Ilze Ozola", "Latvia"}},
		},
		{
			name: "a party's acronym of two letters is no party where its country goes unnamed",
			text: "NAIROBI, May 11 - Kenya's cabinet approved a fuel tax on Sunday, Treasury CS Amos Kirui said.",
			not:  [][3]string{{"MEMBER_OF", "Amos Kirui", "Citizens (Spain)"}},
		},
		{
			name: "an international body named right before a title in apposition, with no possessive, is the body the title is of",
			text: "The UN Special Envoy for Yemen, Orrin Vast, met rebel leaders in Muscat on Monday. The IAEA director-general, Rafa Gorsk, toured the plant.",
			want: [][3]string{{"HOLDS_OFFICE", "Orrin Vast", "United Nations"}, {"LEADS", "Rafa Gorsk", "International Atomic Energy Agency"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Orrin Vast", "Yemen"}},
		},
		{
			name: "an envoy's or rapporteur's mandate after the title is part of it, before the name and after it",
			text: "The UN Special Rapporteur on Torture, Alva Kendt, said detainees in Norvel had been beaten. Mira Tolland, the UN special rapporteur on the right to food, agreed.",
			want: [][3]string{{"HOLDS_OFFICE", "Alva Kendt", "United Nations"}, {"HOLDS_OFFICE", "Mira Tolland", "United Nations"}},
		},
		{
			name: "a former envoy's title in apposition gives no office",
			text: "The former UN envoy for Yemen, Orrin Vast, met rebel leaders in Muscat on Monday.",
			not:  [][3]string{{"HOLDS_OFFICE", "Orrin Vast", "United Nations"}},
		},
		{
			name: "possessor of a title in apposition",
			text: "Talks resumed in Ostrel on Monday. Varnessa's prime minister, Ilse Dornach, said the talks would go on.",
			want: [][3]string{{"HOLDS_OFFICE", "Ilse Dornach", "Varnessa"}},
		},
		{
			name: "its leader after the party",
			text: "The opposition Harvest Front demanded an inquiry on Monday, and its leader, Pell Orvik, accused the government of lying.",
			want: [][3]string{{"LEADS", "Pell Orvik", "Harvest Front"}, {"MEMBER_OF", "Pell Orvik", "Harvest Front"}},
		},
		{
			name: "title of the body before the name",
			text: "The leader of the opposition Green Alliance, Pell Orvik, on Wednesday called for an inquiry.",
			want: [][3]string{{"LEADS", "Pell Orvik", "Green Alliance"}, {"MEMBER_OF", "Pell Orvik", "Green Alliance"}},
		},
		{
			name: "one who runs a body leads it; one who ran its campaign does not lead it",
			text: "Mark Dillon, who runs the Harlow Institute, said on Monday the report was sound. Ivo Dorn, who ran the Liberal Union campaign, disagreed.",
			want: [][3]string{{"LEADS", "Mark Dillon", "Harlow Institute"}},
			not:  [][3]string{{"LEADS", "Ivo Dorn", "Liberal Union"}},
		},
		{
			name: "an envoy in a place, or to a city, serves the state whose envoy she is, not the place",
			text: "Brenda Hale, the Varnessan ambassador in Ostrel, said on Monday aid would continue. Varnessa's envoy in Kallistan, Ivo Dorn, agreed. " +
				"Kallistan summoned Ana Holm, Varnessa's ambassador to Berlin.",
			want: [][3]string{{"HOLDS_OFFICE", "Brenda Hale", "Varnessa"}, {"HOLDS_OFFICE", "Ivo Dorn", "Varnessa"}, {"HOLDS_OFFICE", "Ana Holm", "Varnessa"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Kallistan"}, {"HOLDS_OFFICE", "Brenda Hale", "Ostrel"}},
		},
		{
			name: "a director general heads the body, before the name or after it",
			text: "Nordic Council Director-General Sven Lindqvist warned of sabotage on Monday. Mark Dillon, director general of the Harlow Institute, agreed.",
			want: [][3]string{{"LEADS", "Sven Lindqvist", "Nordic Council"}, {"LEADS", "Mark Dillon", "Harlow Institute"}},
			not:  [][3]string{{"WORKS_FOR", "Sven Lindqvist", "Nordic Council"}},
		},
		{
			name: "the chair of a committee named before leads it, the title before the name or in apposition after a title of its own",
			text: "Ana Holm testified before the Harbour Affairs Committee on Monday. The committee's chair, Ivo Dorn, said her evidence was troubling. " +
				"On Tuesday Teo Brask appeared before the Senate Energy Committee. Senator Lida Marosh, the committee's chairwoman, said he had misled the panel.",
			want: [][3]string{{"LEADS", "Ivo Dorn", "Harbour Affairs Committee"}, {"LEADS", "Lida Marosh", "Senate Energy Committee"}},
			not:  [][3]string{{"WORKS_FOR", "Ivo Dorn", "Harbour Affairs Committee"}, {"HOLDS_OFFICE", "Lida Marosh", "Senate Energy Committee"}},
		},
		{
			name: "a secretary general heads the body, named after",
			text: "Mark Dillon, secretary general of the Harlow Institute, warned of sabotage on Monday.",
			want: [][3]string{{"LEADS", "Mark Dillon", "Harlow Institute"}},
		},
		{
			name: "a body's second in command works for it and leads nothing; so does the second of a part of it",
			text: "Per Lind, deputy head of the Bank of Velmark, warned of inflation on Monday. Ada Holm, deputy governor of the Harlow Institute, agreed. " +
				"Ivo Dorn, deputy head of the Harlow Institute's research unit, disagreed.",
			want: [][3]string{{"WORKS_FOR", "Per Lind", "Bank of Velmark"}, {"WORKS_FOR", "Ada Holm", "Harlow Institute"}, {"WORKS_FOR", "Ivo Dorn", "Harlow Institute"}},
			not:  [][3]string{{"LEADS", "Per Lind", "Bank of Velmark"}, {"LEADS", "Ada Holm", "Harlow Institute"}, {"LEADS", "Ivo Dorn", "Harlow Institute"}},
		},
		{
			name: "one who left a party to found another leads the new one; one asked to found it does not",
			text: "Ana Holm, who left the Harvest Party in 2018 to found the New Dawn party, spoke on Monday. Tomas Brell quit the Civic Bloc to found the Liberal Union. " +
				"The president asked Ivo Dorn to found the Green Way.",
			want: [][3]string{{"LEADS", "Ana Holm", "New Dawn"}, {"MEMBER_OF", "Ana Holm", "New Dawn"}, {"LEADS", "Tomas Brell", "Liberal Union"}},
			not:  [][3]string{{"LEADS", "Ivo Dorn", "Green Way"}, {"LEADS", "Ana Holm", "Harvest Party"}},
		},
		{
			name: "where one meets a counterpart is no country of one's office",
			text: "Foreign Minister Karl Dorn met his Varovian counterpart in Brussels on Monday. Dorn said the talks went well.",
			not:  [][3]string{{"HOLDS_OFFICE", "Karl Dorn", "Belgium"}},
		},
		{
			name: "a nationality after a verb is the one met's, not the subject's; one in apposition is the name's",
			text: "The mayor of Tarsk, Ilse Varga, met Kenyan MP Otieno Kamau on Tuesday. Ada Brell, a Kenyan lawyer, spoke for him. " +
				"Tomas Okoro (born 1961) is a Kenyan businessman.",
			want: [][3]string{{"CITIZEN_OF", "Ada Brell", "Kenya"}, {"CITIZEN_OF", "Tomas Okoro", "Kenya"}},
			not:  [][3]string{{"CITIZEN_OF", "Ilse Varga", "Kenya"}},
		},
		{
			name: "a list's item after a semicolon takes neither the title nor the apposition of the item before it",
			text: "Three candidates are standing in Kessa North. They are: Tomas Brell, the Civic Bloc's deputy leader; Ana Holm, a nurse; and Mira Salt of the Liberal Union.",
			want: [][3]string{{"MEMBER_OF", "Tomas Brell", "Civic Bloc"}, {"MEMBER_OF", "Mira Salt", "Liberal Union"}},
			not:  [][3]string{{"MEMBER_OF", "Ana Holm", "Civic Bloc"}},
		},
		{
			name: "led by, a participle on the body",
			text: "The Harvest Front, led by Pell Orvik, objected to the bill on Monday.",
			want: [][3]string{{"LEADS", "Pell Orvik", "Harvest Front"}},
		},
		{
			name: "member of a party with a description",
			text: "Defence Minister Karl Ostrow, a member of the ruling Centre Party, resigned on Monday.",
			want: [][3]string{{"MEMBER_OF", "Karl Ostrow", "Centre Party"}},
		},
		{
			name: "one whose trade is given is of the party she is from; one who left it is not",
			text: "Zora Kell, a lawyer from the Green Way party, said on Monday the bill was unfair. Ivo Dorn, a teacher from the ruling Harvest Party, agreed. " +
				"Per Lind, a defector from the Civic Bloc, disagreed. Mira Salt, a nurse from Ostrel, stayed away.",
			want: [][3]string{{"MEMBER_OF", "Zora Kell", "Green Way"}, {"MEMBER_OF", "Ivo Dorn", "Harvest Party"}},
			not:  [][3]string{{"MEMBER_OF", "Per Lind", "Civic Bloc"}},
		},
		{
			name: "one of a party's members",
			text: "Three MPs of the Centre Party, including Lena Frisk, signed the letter on Monday.",
			want: [][3]string{{"MEMBER_OF", "Lena Frisk", "Centre Party"}},
		},
		{
			name: "whose leader",
			text: "The Harvest Front party, whose leader Pell Orvik has campaigned against graft, welcomed the verdict on Monday.",
			want: [][3]string{{"LEADS", "Pell Orvik", "Harvest Front"}},
		},
		{
			name: "whose leader, of a body named as parties are",
			text: "The Unity Front, whose leader, Dita Morvane, denied the claims, said it would appeal.",
			want: [][3]string{{"LEADS", "Dita Morvane", "Unity Front"}, {"MEMBER_OF", "Dita Morvane", "Unity Front"}},
		},
		{
			name: "who launches a party leads it; an inquiry into one is not launching it",
			text: "Ivo Dornan, the four-term MP for Sellin North, launched the Unity Front at a rally in Vellin on Saturday. " +
				"Ana Lisk launched an inquiry into the Harbour Front on Monday.",
			want: [][3]string{{"LEADS", "Ivo Dornan", "Unity Front"}},
			not:  [][3]string{{"LEADS", "Ana Lisk", "Harbour Front"}},
		},
		{
			name: "who leads",
			text: "Prime Minister Ansel Dray, who leads the centre-right Civic Compact party, defended the decision on Tuesday.",
			want: [][3]string{{"LEADS", "Ansel Dray", "Civic Compact"}},
		},
		{
			name: "who heads the party named before",
			text: "The Civic Compact party kept its distance on Monday. Prime Minister Ansel Dray, who heads the party, declined to comment.",
			want: [][3]string{{"LEADS", "Ansel Dray", "Civic Compact"}},
		},
		{
			name: "a party that is not the one named before is not led",
			text: "The Civic Compact party kept its distance on Monday. Ansel Dray, who heads a new party, declined to comment.",
			not:  [][3]string{{"LEADS", "Ansel Dray", "Civic Compact"}},
		},
		{
			name: "a word of leading that is no title, before the body and the name",
			text: "The head of the Harvest Party, Rolf Anker, met the president. The deputy head of the Harbour Front, Ada Lind, stayed away. " +
				"The former head of the Civic Union, Ivo Dorn, spoke.",
			want: [][3]string{{"LEADS", "Rolf Anker", "Harvest Party"}, {"MEMBER_OF", "Rolf Anker", "Harvest Party"}},
			not:  [][3]string{{"LEADS", "Ada Lind", "Harbour Front"}, {"LEADS", "Ivo Dorn", "Civic Union"}},
		},
		{
			name: "its across a sentence break is the subject's",
			text: "The Electoral Commission said it had received a complaint from the Harvest Front. Its chairwoman, Oda Lind, urged calm.",
			want: [][3]string{{"WORKS_FOR", "Oda Lind", "Electoral Commission"}},
			not:  [][3]string{{"MEMBER_OF", "Oda Lind", "Harvest Front"}},
		},
		{
			name: "a world region between an employer's possessive and the title is the post's scope",
			text: "Amnesty International's Asia director, Oda Lind, called the verdict a travesty. Transparency International's Middle East director Ivo Dorn agreed.",
			want: [][3]string{{"WORKS_FOR", "Oda Lind", "Amnesty International"}, {"WORKS_FOR", "Ivo Dorn", "Transparency International"}},
		},
		{
			name: "a body that acts on the person named after it is not their employer",
			text: "BRASILIA - Brazil's Supreme Court convicted former President Ivo Dorn of fraud on Thursday.",
			not:  [][3]string{{"WORKS_FOR", "Ivo Dorn", "Supreme Federal Court"}},
		},
		{
			name: "an office one is expected or cleared to take is not held yet",
			text: "TOKYO - The party elected Ivo Sato as its leader on Friday, paving the way for him to become prime minister. Aiko Mori is expected to become foreign minister next week.",
			not:  [][3]string{{"HOLDS_OFFICE", "Ivo Sato", "Japan"}, {"HOLDS_OFFICE", "Aiko Mori", "Japan"}},
		},
		{
			name: "a retired officer holds his rank no longer",
			text: "SANTIAGO - Chile's Supreme Court on Thursday ordered the arrest of retired general Tomas Ruiz.",
			not:  [][3]string{{"HOLDS_OFFICE", "Tomas Ruiz", "Chile"}},
		},
		{
			name: "a title after a name with \"its\" or \"the party\" for its body: the party the pronoun or the noun stands for",
			text: "The Harvest Union Party met in Tallbridge on Sunday. Dorin Vasko, its leader, said it would leave the coalition. " +
				"The Green Dawn Party met in Orsk on Monday. Ilse Marnow, the party leader, said it would stay. " +
				"Acme Mining said on Monday that profits fell. Ivo Brenn, its chief executive, resigned.",
			want: [][3]string{
				{"LEADS", "Dorin Vasko", "Harvest Union Party"}, {"MEMBER_OF", "Dorin Vasko", "Harvest Union Party"},
				{"LEADS", "Ilse Marnow", "Green Dawn Party"}, {"MEMBER_OF", "Ilse Marnow", "Green Dawn Party"},
				{"WORKS_FOR", "Ivo Brenn", "Acme Mining"},
			},
			not: [][3]string{{"LEADS", "Ilse Marnow", "Harvest Union Party"}},
		},
		{
			name: "a body inside a quotation is no antecedent",
			text: "The ministry rejected the claim. \"We have never given money to the Harvest Front and never will,\" its spokesman, Oda Lind, told reporters.",
			not:  [][3]string{{"WORKS_FOR", "Oda Lind", "Harvest Front"}, {"MEMBER_OF", "Oda Lind", "Harvest Front"}},
		},
		{
			name: "a title not yet taken parts from the name and leads nothing",
			text: "Estonia's Prime Minister-designate Tomas Hale said on Monday he had no majority. Finance Minister-designate Ann Roe agreed.",
			want: [][3]string{{"HOLDS_OFFICE", "Tomas Hale", "Estonia"}, {"HOLDS_OFFICE", "Ann Roe", "Estonia"}},
			not:  [][3]string{{"LEADS", "Tomas Hale", "Estonia"}},
		},
	}
	checkRelationCases(t, tests)
}

// relationCase is a text with the relations (type, from name, to name) it
// must and must not give.
type relationCase struct {
	name, title, text string
	want              [][3]string
	not               [][3]string
}

func checkRelationCases(t *testing.T, tests []relationCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Title: tt.title, Text: tt.text, PublishedAt: "2024-05-02"})
			if err != nil {
				t.Fatal(err)
			}
			names, _ := namesAndTypes(x)
			got := map[[3]string]bool{}
			for _, r := range x.Relations {
				got[[3]string{r.Type, names[r.From], names[r.To]}] = true
			}
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("no %v among %v", w, got)
				}
			}
			for _, w := range tt.not {
				if got[w] {
					t.Errorf("unwanted %v", w)
				}
			}
		})
	}
}

// The constructions the press sets a party, a job or an office in beside a
// name: a possessor in apposition ("X, Z's chief executive"), a plural
// possessive, "of" a party in commas, a seat "MP for", and an office's
// country from the text rather than the story's home.
func TestMembershipsJobsAndOfficesBesideNames(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a name in a preposition's phrase before the verb is not who the verb makes a title holder",
			text: "A protege of Mira Velk became mayor of Tarsk in 1990. Ivo Dornath, who worked for Lida Marosh, became leader of the Harvest Party in 1994. Weeks after Ana Holm became mayor of Brevik, riots broke out.",
			want: [][3]string{{"LEADS", "Ivo Dornath", "Harvest Party"}, {"LEADS", "Ana Holm", "Brevik"}},
			not:  [][3]string{{"LEADS", "Mira Velk", "Tarsk"}, {"LEADS", "Lida Marosh", "Harvest Party"}},
		},
		{
			name: "a former leader's or mayor's post, before the name or in apposition, is no current one when the text does not date it; dated, it is a fact",
			text: "Former Harvest Party leader Ilse Damgaard criticised the budget on Tuesday. The Civic Union's former leader Oskar Brandt agreed. " +
				"Kasper Vold, the former mayor of Durnik, voted against it. Lotte Kjaer, the former leader of the Civic Union, abstained. " +
				"Mads Ronne, the former mayor of Velby from 2010 to 2015, backed it. Ane Holst, the leader of the Harvest Party, backed it too.",
			want: [][3]string{{"LEADS", "Mads Ronne", "Velby"}, {"LEADS", "Ane Holst", "Harvest Party"}},
			not: [][3]string{{"LEADS", "Ilse Damgaard", "Harvest Party"}, {"LEADS", "Oskar Brandt", "Civic Union"},
				{"LEADS", "Kasper Vold", "Durnik"}, {"LEADS", "Lotte Kjaer", "Civic Union"}},
		},
		{
			name: "a body's job in apposition",
			text: "Tom Vell, the Northfield Institute's chief executive, said profits fell.",
			want: [][3]string{{"WORKS_FOR", "Tom Vell", "Northfield Institute"}},
		},
		{
			name: "a country's envoy in apposition, posted elsewhere",
			text: "Talks resumed in Ostrel on Monday. Ana Lisk, Varnessa's ambassador to Dravonia, said the talks would go on.",
			want: [][3]string{{"HOLDS_OFFICE", "Ana Lisk", "Varnessa"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ana Lisk", "Dravonia"}},
		},
		{
			name: "an international body's envoy in apposition holds the body's office, not one of the place she is posted to",
			text: "Talks resumed in Ostrel on Monday. The European Union's ambassador to Dravonia, Mira Volk, said the talks would go on. " +
				"NATO's envoy to Ukraine, Teo Brandl, visited Kyiv. Kallistan's UN ambassador, Ivo Sand, objected.",
			want: [][3]string{{"HOLDS_OFFICE", "Mira Volk", "European Union"}, {"HOLDS_OFFICE", "Teo Brandl", "North Atlantic Treaty Organization"}},
			not: [][3]string{{"HOLDS_OFFICE", "Mira Volk", "Dravonia"}, {"HOLDS_OFFICE", "Teo Brandl", "Ukraine"},
				{"HOLDS_OFFICE", "Ivo Sand", "United Nations"}},
		},
		{
			name: "an international body's envoy, special representative or deputy head, before the name or after it, holds the body's office, not one of the place posted to",
			text: "Elsa Rand, the UN's special envoy for Yemen, said the truce held. The United Nations' special representative for Libya, Ivo Sand, warned on Wednesday that the ceasefire was fragile. " +
				"Tomas Brehm, NATO's deputy secretary general, praised the observers. UN envoy to Syria Karl Moss met rebel leaders in Amman on Thursday. " +
				"EU ambassador to Serbia Mira Volk said on Monday that the talks would go on.",
			want: [][3]string{{"HOLDS_OFFICE", "Elsa Rand", "United Nations"}, {"HOLDS_OFFICE", "Ivo Sand", "United Nations"},
				{"HOLDS_OFFICE", "Tomas Brehm", "North Atlantic Treaty Organization"}, {"HOLDS_OFFICE", "Karl Moss", "United Nations"},
				{"HOLDS_OFFICE", "Mira Volk", "European Union"}},
			not: [][3]string{{"HOLDS_OFFICE", "Elsa Rand", "Yemen"}, {"HOLDS_OFFICE", "Ivo Sand", "Libya"},
				{"LEADS", "Tomas Brehm", "North Atlantic Treaty Organization"}, {"HOLDS_OFFICE", "Karl Moss", "Syria"}, {"HOLDS_OFFICE", "Mira Volk", "Serbia"}},
		},
		{
			name: "a sending country's ambassador, the title capitalised before the posting and the name, holds the country's office, not one of the place posted to",
			text: "Talks resumed in Ostrel on Monday. German Ambassador to Serbia Lena Vossberg said the talks would go on. " +
				"Kenya's High Commissioner to the United Kingdom Odile Barasa agreed.",
			want: [][3]string{{"HOLDS_OFFICE", "Lena Vossberg", "Germany"}, {"HOLDS_OFFICE", "Odile Barasa", "Kenya"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Lena Vossberg", "Serbia"}, {"HOLDS_OFFICE", "Odile Barasa", "United Kingdom"}},
		},
		{
			name: "a newspaper's editor, a word describing the job",
			text: "The Daily Courier's political editor Mara Pell said profits fell.",
			want: [][3]string{{"WORKS_FOR", "Mara Pell", "Daily Courier"}},
		},
		{
			name: "a body that acts on the holder of a title is no body of the title",
			text: "The Constitutional Court removed President Tomas Varga from office on Friday.",
			not:  [][3]string{{"LEADS", "Tomas Varga", "Constitutional Court"}},
		},
		{
			name: "the agent of a passive is no employee",
			text: "The first Northfield Commission was appointed by President Tom Vell in 1899.",
			not:  [][3]string{{"WORKS_FOR", "Tom Vell", "Northfield Commission"}},
		},
		{
			name: "a party's MP for a seat",
			text: "Ana Lisk, the Green Party MP for Northgate, said profits fell.",
			want: [][3]string{{"MEMBER_OF", "Ana Lisk", "Green Party"}, {"REPRESENTS", "Ana Lisk", "Northgate"}},
		},
		{
			name: "of a party, in commas",
			text: "Ivo Dorn, of the Green Party, said profits fell.",
			want: [][3]string{{"MEMBER_OF", "Ivo Dorn", "Green Party"}},
		},
		{
			name: "of a body named as parties are",
			text: "Vera Kallis of the Harbour Front said her party would not join any coalition.",
			want: [][3]string{{"MEMBER_OF", "Vera Kallis", "Harbour Front"}},
		},
		{
			name: "a plural possessive",
			text: "The Liberal Democrats' Ana Lisk said profits fell.",
			want: [][3]string{{"MEMBER_OF", "Ana Lisk", "Liberal Democrats"}},
		},
		{
			name: "two titles joined by and",
			text: "Ada Brisk, the Civic Union leader and Varnessa's prime minister, said the result was good.",
			want: [][3]string{{"LEADS", "Ada Brisk", "Civic Union"}, {"HOLDS_OFFICE", "Ada Brisk", "Varnessa"}},
		},
		{
			name: "a body named as parties are, before the name",
			text: "The Upland Front's Teo Marsh came second with 27 per cent.",
			want: [][3]string{{"MEMBER_OF", "Teo Marsh", "Upland Front"}},
		},
		{
			name: "a described title in apposition after a possessor",
			text: "The Daily Courier's political editor, Oona Pratt, wrote that profits fell.",
			want: [][3]string{{"WORKS_FOR", "Oona Pratt", "Daily Courier"}},
		},
		{
			name: "the body a noun of its name stands for",
			text: "Ivo Sandel moved to the Northfield Rail Authority in May. The authority's spokeswoman, Rhea Tams, said he was chosen on merit.",
			want: [][3]string{{"WORKS_FOR", "Rhea Tams", "Northfield Rail Authority"}},
		},
		{
			name: "the country last named, not the story's home",
			text: "Britain wants a deal, ministers said in London on Monday. Britain will wait. Protests spread across France on Monday. " +
				"The country's prime minister, Jean Dorval, said no.",
			want: [][3]string{{"HOLDS_OFFICE", "Jean Dorval", "France"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Jean Dorval", "United Kingdom"}},
		},
		{
			name: "a foreign minister in a British story",
			text: "Britain wants a deal, ministers said in London on Monday. Foreign Minister Jean Dorval said no. " +
				"Britain said it would wait. Jean Dorval, France's foreign minister, then met Tom Hale in London.",
			want: [][3]string{{"HOLDS_OFFICE", "Jean Dorval", "France"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Jean Dorval", "United Kingdom"}},
		},
		{
			name: "a deputy minister in apposition after the name",
			text: "Yuki Tamura, Japan's deputy foreign minister, arrived in Seoul on Wednesday. Lena Obi, the deputy defence minister of Ghana, met him.",
			want: [][3]string{{"HOLDS_OFFICE", "Yuki Tamura", "Japan"}, {"HOLDS_OFFICE", "Lena Obi", "Ghana"}},
		},
		{
			name: "a deputy of a head of state leads nothing",
			text: "Ana Holm, Kenya's deputy president, arrived in Seoul on Wednesday.",
			not:  [][3]string{{"LEADS", "Ana Holm", "Kenya"}},
		},
		{
			name: "a ministry's title before the name in apposition, no place in it",
			text: "New Zealand's government met on Monday. The Minister of Customs, Hemi Tautara, came to see me on Saturday.",
			want: [][3]string{{"HOLDS_OFFICE", "Hemi Tautara", "New Zealand"}},
		},
		{
			name: "a minister's field after the title in apposition",
			text: "Kofi Amanor, Ghana's minister for youth and sports, said the vote would go ahead.",
			want: [][3]string{{"HOLDS_OFFICE", "Kofi Amanor", "Ghana"}},
		},
		{
			name: "a counterpart holds the same office in the country of its nationality",
			text: "Ukraine's Foreign Minister Taras Koval met his Polish counterpart, Jan Wirski, in Warsaw. " +
				"Greek Prime Minister Nikos Daros and his Turkish counterpart Emre Kaplan met in Ankara.",
			want: [][3]string{{"HOLDS_OFFICE", "Jan Wirski", "Poland"}, {"HOLDS_OFFICE", "Emre Kaplan", "Turkey"}, {"LEADS", "Emre Kaplan", "Turkey"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Jan Wirski", "Ukraine"}, {"HOLDS_OFFICE", "Emre Kaplan", "Greece"}},
		},
		{
			name: "a nationality no gazetteer knows",
			text: "Dravonian Foreign Minister Ilse Marwen met the Varovian prime minister, Tom Hale, in Varovia.",
			want: [][3]string{{"HOLDS_OFFICE", "Tom Hale", "Varovia"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ilse Marwen", "Varovia"}},
		},
	})
}

// The country an office with no body named belongs to is the story's
// home, which a title given apart from the text names too; a regional
// title is not the country's; a state named or given by its adjective
// right before a title in apposition is whose office it is, and a plural
// title is each name's of the list it restates. A dateline names the
// story's state unless the lead's subject is a body of states that sits
// there.
func TestHomeCountryOfAnOffice(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a known leader's title of an international body is the body's, not a state's",
			text: "BRUSSELS (Reuters) - Commission President Ursula von der Leyen praised the vote on Tuesday. Farm groups in Kelmora said they would appeal.",
			want: [][3]string{{"HOLDS_OFFICE", "Ursula von der Leyen", "European Commission"}, {"LEADS", "Ursula von der Leyen", "European Commission"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ursula von der Leyen", "Germany"}, {"LEADS", "Ursula von der Leyen", "Germany"}},
		},
		{
			name: "a paper named after a capital tells the story's country as the capital would",
			text: "Finance Minister Karin Holt said on Monday that she had learned of the claims from the Wellington Gazette while she was in Fiji. Holt said New Zealand would review the deal.",
			want: [][3]string{{"HOLDS_OFFICE", "Karin Holt", "New Zealand"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Karin Holt", "Fiji"}},
		},
		{
			name: "a story filed from a bureau abroad about the home country gives its titles the home country",
			text: "ALMATY, May 8 (Reuters) - Turkmenistan's President Ada Brisk opened a new gas pipeline on Wednesday. " +
				"The ceremony was attended by Deputy Prime Minister Ivo Dorn, who oversees the energy sector.",
			want: [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Turkmenistan"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Kazakhstan"}},
		},
		{
			name: "a foreigner's nationality is not the home of a story that names none",
			text: "The town council met on Monday. Judge Ana Preel rejected the request. Police Chief Ivo Sorel said a Russian officer had been seen near the base.",
			not:  [][3]string{{"HOLDS_OFFICE", "Ana Preel", "Russia"}, {"HOLDS_OFFICE", "Ivo Sorel", "Russia"}},
		},
		{
			name: "a visiting delegation's nationality is not the home of a story that names none",
			text: "The town council met on Monday. Judge Ana Preel rejected the request. Foreign Minister Clara Venn met a Polish delegation on Friday.",
			not:  [][3]string{{"HOLDS_OFFICE", "Ana Preel", "Poland"}, {"HOLDS_OFFICE", "Clara Venn", "Poland"}},
		},
		{
			name: "a partner after \"with\" alone is not the home either",
			text: "Foreign Minister Clara Venn held talks with Belarus on Friday. Judge Ana Preel rejected the request.",
			not:  [][3]string{{"HOLDS_OFFICE", "Ana Preel", "Belarus"}},
		},
		{
			name: "a plural line of work in apposition to a list is each name's",
			text: "Officials in Hungary spoke on Sunday. Hungary expelled three Russian diplomats, Ivan Kolt, Ada Lund and Pyotr Sarin, on Friday. " +
				"Latvia's prime minister, Oskar Vinn and Ana Holm met on Monday.",
			// a diplomat's is a line of work, no office of the state
			want: [][3]string{{"CITIZEN_OF", "Ivan Kolt", "Russia"}, {"CITIZEN_OF", "Ada Lund", "Russia"}, {"CITIZEN_OF", "Pyotr Sarin", "Russia"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ada Lund", "Hungary"}, {"HOLDS_OFFICE", "Ana Holm", "Latvia"}, {"HOLDS_OFFICE", "Ada Lund", "Russia"}},
		},
		{
			name: "a title's holder guessed one state's stays that state's where a later sentence names another",
			text: "Peru's Congress voted on Wednesday to remove President Tomas Arrel after he tried to dissolve the legislature. " +
				"Police detained Arrel in Lima hours later. In Washington, the United States said it rejects any act by President Arrel to block Congress.",
			want: [][3]string{{"HOLDS_OFFICE", "Tomas Arrel", "Peru"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Tomas Arrel", "United States"}, {"LEADS", "Tomas Arrel", "United States"}},
		},
		{
			name: "a minister's title with two portfolios before the holder's name",
			text: "Hungarian Minister of Foreign Affairs and Trade Ana Holm arrived in Oslo on Monday. " +
				"Norway's Minister of Fisheries and Oceans Ivo Dorn met her. The Minister of Economy and Finance said nothing.",
			want: [][3]string{{"HOLDS_OFFICE", "Ana Holm", "Hungary"}, {"HOLDS_OFFICE", "Ivo Dorn", "Norway"}},
		},
		{
			name: "a title other than a minister's with its field after for, or a deputy minister's portfolio, before the holder's name",
			text: "Latvian State Secretary for Foreign Affairs Jana Holvik arrived in Oslo on Monday. " +
				"Latvia's Deputy Minister for European Integration Petra Voskane met her, and Latvian Deputy Minister of Foreign Affairs Ivo Kalnins stayed home.",
			want: [][3]string{{"HOLDS_OFFICE", "Jana Holvik", "Latvia"}, {"HOLDS_OFFICE", "Petra Voskane", "Latvia"}, {"HOLDS_OFFICE", "Ivo Kalnins", "Latvia"}},
		},
		{
			name: "a deputy to the US secretary of state holds a title of her own",
			text: "US Deputy Secretary of State Lena Okafor arrived in Oslo on Monday. Assistant Secretary of State Ivo Dorn stayed in Washington.",
			want: [][3]string{{"HOLDS_OFFICE", "Lena Okafor", "United States"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Lena Okafor", "Norway"}},
		},
		{
			name: "what a resignation showed of a party is not the party resigned from",
			text: "Ana Holm resigned on Monday. Ivo Dorn said the resignation showed that the Civic Party was in chaos.",
			not:  [][3]string{{"MEMBER_OF", "Ana Holm", "Civic Party"}},
		},
		{
			name: "a state's name or adjective before a title in apposition",
			text: "Officials in Japan spoke on Sunday. The US ambassador to Japan, Mark Delford, met officials in Tokyo on Tuesday. " +
				"The Canadian envoy, Ana Lisk, stayed away.",
			want: [][3]string{{"HOLDS_OFFICE", "Mark Delford", "United States"}, {"HOLDS_OFFICE", "Ana Lisk", "Canada"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Mark Delford", "Japan"}, {"HOLDS_OFFICE", "Ana Lisk", "Japan"}},
		},
		{
			name:  "a title apart from the text names the home",
			title: "Corvania election night: Quell ahead",
			text: "Polls have closed across Corvania after a calm day. Corvanians voted in large numbers, and Kallistra's prime minister, " +
				"Oskar Vinn, sent greetings. President Ada Quell thanked voters.",
			want: [][3]string{{"HOLDS_OFFICE", "Ada Quell", "Corvania"}, {"HOLDS_OFFICE", "Oskar Vinn", "Kallistra"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ada Quell", "Kallistra"}},
		},
		{
			name: "a country that only places a town abroad is not the home",
			text: "The council of Harlow voted on Monday to close the school. Mayor Ana Holm said the vote was fair. " +
				"Harlow is twinned with Sejny, a small town in northern Poland. Interior Minister Ivo Dorn criticised the vote.",
			not: [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Poland"}},
		},
		{
			name: "a country that places a town is the home where the story names it again",
			text: "Floods hit Sejny, a town in Poland, on Monday. Poland sent troops. Interior Minister Ivo Dorn visited Sejny.",
			want: [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Poland"}},
		},
		{
			name: "a title after a present copula",
			text: "Britain wants a deal, ministers said in London. Britain will wait. Tom Hale is deputy prime minister, and Ana Lisk was prime minister.",
			want: [][3]string{{"HOLDS_OFFICE", "Tom Hale", "United Kingdom"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ana Lisk", "United Kingdom"}},
		},
		{
			name: "a regional title",
			text: "Polls have closed across Corvania after a calm day. Corvanians voted in large numbers in Corvania, and Kallistra sent greetings. " +
				"The regional police chief, Bo Stenner, said the day in Corvania was calm.",
			not: [][3]string{{"HOLDS_OFFICE", "Bo Stenner", "Corvania"}},
		},
		{
			name: "the speaker of a state's or a province's chamber holds no office of the country",
			text: "NEW DELHI (AP) - Six lawmakers were disqualified by the state assembly speaker, Ravi Pandel. " +
				"Provincial legislature speaker Omar Sadiq adjourned the sitting. Speaker Ila Devan adjourned the house.",
			want: [][3]string{{"HOLDS_OFFICE", "Ila Devan", "India"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ravi Pandel", "India"}, {"HOLDS_OFFICE", "Omar Sadiq", "India"}},
		},
		{
			name: "a visitor holds no office of the country visited",
			text: "Polls have closed across Ukraine. Foreign Minister Ada Quell visited Kyiv on Monday. Chancellor Bo Stenner travelled to Ukraine on Tuesday. " +
				"Prime Minister Tom Hale returned to Kyiv on Wednesday.",
			want: [][3]string{{"HOLDS_OFFICE", "Tom Hale", "Ukraine"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ada Quell", "Ukraine"}, {"HOLDS_OFFICE", "Bo Stenner", "Ukraine"}, {"CITIZEN_OF", "Bo Stenner", "Ukraine"}},
		},
		{
			name: "one who accuses or criticises a state, or its capital standing for it, holds no office of it",
			text: "Polls have closed across Russia. Prime Minister Lena Vossberg accused Moscow of trying to undermine the vote. " +
				"Foreign Minister Ada Quell criticised Russia on Tuesday.",
			not: [][3]string{{"HOLDS_OFFICE", "Lena Vossberg", "Russia"}, {"LEADS", "Lena Vossberg", "Russia"}, {"HOLDS_OFFICE", "Ada Quell", "Russia"}},
		},
		{
			name: "one who welcomes a visitor is her host, no official of her state",
			text: "President Mira Kalen of Ukraine arrived in Lisbon on Tuesday. She was welcomed at the airport by Foreign Minister Tiago Moraes.",
			want: [][3]string{{"HOLDS_OFFICE", "Mira Kalen", "Ukraine"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Tiago Moraes", "Ukraine"}},
		},
		{
			name: "one who receives a visitor is of the state she visits",
			text: "President Mira Kalen of Ukraine arrived in Lisbon on Tuesday. President Rui Andrade received her at the palace.",
			want: [][3]string{{"HOLDS_OFFICE", "Rui Andrade", "Portugal"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Rui Andrade", "Ukraine"}},
		},
		{
			name: "a visit to come, the one country named, makes it no home",
			text: "Foreign Minister Ada Quell will visit China next week, the foreign ministry said. Defence Minister Bo Stenner will travel to Beijing next month.",
			not:  [][3]string{{"HOLDS_OFFICE", "Ada Quell", "China"}, {"HOLDS_OFFICE", "Bo Stenner", "China"}},
		},
		{
			name: "a state that interferes is the story's foreign side, no home of its titles",
			text: "Interior Minister Ada Quell said on Monday that Chinese interference in the Harlow by-election was growing. " +
				"Senator Bo Stenner said China had meddled for years. Beijing rejected the claims, and China's embassy called them smears.",
			not: [][3]string{{"HOLDS_OFFICE", "Ada Quell", "China"}, {"HOLDS_OFFICE", "Bo Stenner", "China"}},
		},
		{
			name: "one who meets a country's counterpart holds no office of it",
			text: "Foreign Minister Ada Quell hosted her Chinese counterpart on Monday. Defence Minister Bo Stenner met his Chinese counterpart Li Wen on Tuesday. " +
				"China sent a delegation.",
			want: [][3]string{{"HOLDS_OFFICE", "Li Wen", "China"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ada Quell", "China"}, {"HOLDS_OFFICE", "Bo Stenner", "China"}},
		},
		{
			name: "the mayor of a town before the name leads it, as the town's mayor does; a former or deputy mayor leads nothing",
			text: "The mayor of Pleven, Ivo Tarn, said on Monday the bridge would open in June. The governor of Varna Province, Lida Marosh, agreed. " +
				"The former mayor of Tarsk, Aron Pelt, and the deputy mayor of Brevik, Ana Holm, did not.",
			want: [][3]string{{"LEADS", "Ivo Tarn", "Pleven"}, {"LEADS", "Lida Marosh", "Varna Province"}},
			not:  [][3]string{{"LEADS", "Aron Pelt", "Tarsk"}, {"LEADS", "Ana Holm", "Brevik"}},
		},
		{
			name: "a town's or a capital's mayor in apposition leads the city, a deputy nothing",
			text: "Ana Lisk, Valdera's mayor, said on Monday the budget was tight. Ivo Dorn, London's mayor, agreed. Tom Hale, Paris's deputy mayor, did not.",
			want: [][3]string{{"LEADS", "Ana Lisk", "Valdera"}, {"LEADS", "Ivo Dorn", "London"}},
			not: [][3]string{{"LEADS", "Ivo Dorn", "United Kingdom"}, {"HOLDS_OFFICE", "Ivo Dorn", "United Kingdom"},
				{"LEADS", "Tom Hale", "Paris"}, {"HOLDS_OFFICE", "Tom Hale", "France"}},
		},
		{
			name: "one who meets a country's officials holds no office of it",
			text: "VELMORA, March 3 (Reuters) - Foreign Minister Ada Quell met Chinese officials in Beijing on Friday.",
			not:  [][3]string{{"HOLDS_OFFICE", "Ada Quell", "China"}},
		},
		{
			name: "one who criticises a country's officials holds no office of it",
			text: "Defence Minister Bo Stenner criticised Iranian officials on Friday.",
			not:  [][3]string{{"HOLDS_OFFICE", "Bo Stenner", "Iran"}},
		},
		{
			name: "one who signs a deal with a country holds no office of it",
			text: "Trade Minister Ana Lisk signed a trade deal with Japan on Monday.",
			not:  [][3]string{{"HOLDS_OFFICE", "Ana Lisk", "Japan"}},
		},
		{
			name: "one who meets a country's people in a story filed from it holds its office",
			text: "NAIROBI (Reuters) - President Samuel Kiprono met Kenyan business leaders on Monday.",
			want: [][3]string{{"HOLDS_OFFICE", "Samuel Kiprono", "Kenya"}},
		},
		{
			name: "the head of an international body named in the title holds no office of the home",
			text: "Kenya's parliament met in Nairobi on Monday. World Bank President Ana Lisk said growth would slow. " +
				"NATO Secretary General Pieter Voss said allies would meet. Kenya's ambassador to the United Nations, Joseph Kamande, spoke.",
			want: [][3]string{{"LEADS", "Ana Lisk", "World Bank"}, {"LEADS", "Pieter Voss", "North Atlantic Treaty Organization"},
				{"HOLDS_OFFICE", "Joseph Kamande", "Kenya"}},
			not: [][3]string{{"HOLDS_OFFICE", "Ana Lisk", "Kenya"}, {"LEADS", "Ana Lisk", "Kenya"}, {"HOLDS_OFFICE", "Pieter Voss", "Kenya"}},
		},
		{
			name: "a body joined to the title by a conjunction is not its",
			text: "The park was created by Congress and President Tom Hale on June 29, 1938.",
			not:  [][3]string{{"LEADS", "Tom Hale", "Congress"}},
		},
		{
			name: "a dateline where a body of states sits, the body the lead's subject, names no story's state",
			text: "BRUSSELS (Reuters) - The European Union on Monday imposed sanctions on five people it accused of buying votes in Moldova. " +
				"Moldova's prosecutors say the network paid thousands of voters. President Ana Holm welcomed the sanctions.",
			want: [][3]string{{"HOLDS_OFFICE", "Ana Holm", "Moldova"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ana Holm", "Belgium"}},
		},
		{
			name: "a dateline that is the story's own still names its state",
			text: "BRUSSELS (Reuters) - Police in Antwerp on Monday arrested two men wanted in Moldova. Prime Minister Ivo Dorn welcomed the arrests.",
			want: [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Belgium"}},
		},
		{
			name: "a minister the text ties to neither of the two states of the lead is neither's",
			text: "Japan urges Iran to return to nuclear talks\n" +
				"Japan on Wednesday urged Iran to resume talks on its nuclear programme. Iran suspended the talks in March after new sanctions on Iran's banks. " +
				"Foreign Minister Aiko Tamura said Iran should allow inspectors back. Iran's envoy in Tokyo, Reza Kavandi, rejected the call.",
			want: [][3]string{{"HOLDS_OFFICE", "Reza Kavandi", "Iran"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Aiko Tamura", "Iran"}},
		},
		{
			name: "a lead whose subject is the home names the other state as its foreign side",
			text: "Iran held talks with Japan on Wednesday on the safety of shipping. Iran wants investment, and Iran's exports have fallen. " +
				"Foreign Minister Reza Kavandi met Japanese officials on Thursday.",
			want: [][3]string{{"HOLDS_OFFICE", "Reza Kavandi", "Iran"}},
		},
		{
			name: "a lawyer holds no office of the state",
			text: "Ghana's prosecutors charged an MP on Monday. His lawyer, Efua Mensah, said the case was weak.",
			not:  [][3]string{{"HOLDS_OFFICE", "Efua Mensah", "Ghana"}},
		},
	})
}

// The body a title belongs to when the title says it only by a common
// noun or a field: "the governing party's secretary-general" is of the
// party the article calls governing, "Justice X" sits on the one court it
// names, "Its spokeswoman for foreign affairs, X" works for the body "its"
// stands for, "Its minister of international relations, X" holds its
// office; "the party leader, X" leads the party last named, "the
// council's leader, X" and "the council leader, X" the council, and
// "political analyst X of the University of Y" works there; "the
// authority's spokeswoman" is the only authority's named before, however
// far back; a party's chairwoman and its co-leader lead it.
func TestTitlesOfBodiesNamedByNouns(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "the governing party's",
			text: "VELLIN, Kelmora - Ana Holm left the Civic Union for the governing Kelmoran Unity Front in June.\n\n" +
				"The governing party's secretary-general, Tomas Brevik, welcomed the move.",
			want: [][3]string{{"MEMBER_OF", "Tomas Brevik", "Kelmoran Unity Front"}},
			not:  [][3]string{{"MEMBER_OF", "Tomas Brevik", "Civic Union"}, {"HOLDS_OFFICE", "Tomas Brevik", "Kelmora"}},
		},
		{
			name: "a justice of the one court named",
			text: "VELLIN, Kelmora - The MPs went to the High Court in Vellin on Wednesday. Justice Lucy Wanjiru Kamau certified the petition as urgent.",
			want: [][3]string{{"HOLDS_OFFICE", "Lucy Wanjiru Kamau", "High Court"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Lucy Wanjiru Kamau", "Kelmora"}},
		},
		{
			name: "a judge does not sit on a court named only after her",
			text: "VELLIN, Kelmora - Judge Marta Kessel ruled on Monday that the tax law was invalid. The Supreme Court will hear the appeal next month.",
			not:  [][3]string{{"HOLDS_OFFICE", "Marta Kessel", "Supreme Court"}},
		},
		{
			name: "a state's speaker in apposition holds the office in that state",
			text: "Kenya's Speaker, Otieno Lamar Kibet, adjourned the session on Monday.",
			want: [][3]string{{"HOLDS_OFFICE", "Otieno Lamar Kibet", "Kenya"}},
		},
		{
			name: "a state's speaker in apposition presides over the one chamber named",
			text: "The National Assembly met on Monday. Kenya's Speaker, Otieno Lamar Kibet, adjourned the session.",
			want: [][3]string{{"HOLDS_OFFICE", "Otieno Lamar Kibet", "National Assembly of Kenya"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Otieno Lamar Kibet", "Kenya"}},
		},
		{
			name: "a spokeswoman for a field",
			text: "The European Union went further. Its spokeswoman for foreign affairs, Maria Pires Lind, told reporters the bloc condemned the arrest.",
			want: [][3]string{{"WORKS_FOR", "Maria Pires Lind", "European Union"}},
		},
		{
			name: "a minister of a field",
			text: "South Africa, the region's dominant power, was more cautious. Its minister of international relations, Thandi Molefe, said in Pretoria that the courts would decide.",
			want: [][3]string{{"HOLDS_OFFICE", "Thandi Molefe", "South Africa"}},
		},
		{
			name: "the council's leader leads the council, not a party",
			text: "Tarbridge City Council met on Monday to set its budget. The council's leader, Orla Penhallow, said the cuts were unavoidable.",
			want: [][3]string{{"LEADS", "Orla Penhallow", "Tarbridge City Council"}},
		},
		{
			name: "the council leader",
			text: "Tarbridge City Council met on Monday to set its budget. The council leader, Cllr Orla Penhallow, thanked the staff.",
			want: [][3]string{{"LEADS", "Orla Penhallow", "Tarbridge City Council"}},
		},
		{
			name: "the party leader",
			text: "Holm said the Civic Union had become a family business, a reference to the home of the party leader, Ana Varga.",
			want: [][3]string{{"LEADS", "Ana Varga", "Civic Union"}},
		},
		{
			name: "a judge's or prosecutor's title holds an office of the court named with it: before the name, after it with \"of\", or in apposition",
			text: "Judge Anna Roth of the Velden District Court sentenced Petr Halvik on Tuesday. Kessin Regional Court Judge Ivo Marek disagreed. " +
				"Lena Farr, a judge at the Harle Appeals Court, said the ruling would stand. Ivo Sarn, the presiding judge of the Tarsk City Court, agreed. " +
				"Ola Frey, a former judge at the Brenn County Court, said nothing.",
			want: [][3]string{
				{"HOLDS_OFFICE", "Anna Roth", "Velden District Court"},
				{"HOLDS_OFFICE", "Ivo Marek", "Kessin Regional Court"},
				{"HOLDS_OFFICE", "Lena Farr", "Harle Appeals Court"},
				{"HOLDS_OFFICE", "Ivo Sarn", "Tarsk City Court"},
			},
			not: [][3]string{{"HOLDS_OFFICE", "Ola Frey", "Brenn County Court"}, {"HOLDS_OFFICE", "Petr Halvik", "Velden District Court"}},
		},
		{
			name: "a role before the name and of the body",
			text: "Political analyst Wanja Adhiambo Ouma of the University of Vellin said the split left the party weaker.",
			want: [][3]string{{"WORKS_FOR", "Wanja Adhiambo Ouma", "University of Vellin"}},
		},
		{
			name: "the only authority named, paragraphs before",
			text: "Ivo Dorn stood down to become chief executive of the Harle Rail Authority.\n\nThe vote was close. Turnout was low. " +
				"Critics called it a reward.\n\nHis move to the rail authority has drawn criticism. The authority's spokeswoman, Nadia Brems, said he was chosen on merit.",
			want: [][3]string{{"WORKS_FOR", "Nadia Brems", "Harle Rail Authority"}},
		},
		{
			name: "two authorities named: which one is not said",
			text: "The Harle Rail Authority and the Harle Port Authority met in June.\n\nThe vote was close. Turnout was low. " +
				"Critics called it a reward.\n\nThe authority's spokeswoman, Nadia Brems, said it was fair.",
			not: [][3]string{{"WORKS_FOR", "Nadia Brems", "Harle Rail Authority"}, {"WORKS_FOR", "Nadia Brems", "Harle Port Authority"}},
		},
		{
			name: "a party's chairwoman and co-leader lead it",
			text: "Officials in Lithuania spoke on Monday. The Harvest Party backed the measure, though its chairwoman, Ona Vaitke, urged the government to pay. " +
				"The Progressive Greens co-leader, Rima Hetar, said the party would abstain. Green Party co-leader Ada Feld agreed.",
			want: [][3]string{{"LEADS", "Ona Vaitke", "Harvest Party"}, {"LEADS", "Rima Hetar", "Progressive Greens"}, {"LEADS", "Ada Feld", "Lithuanian Green Party"}},
		},
		{
			name: "a party's co-leader under its plural possessive",
			text: "Anna Webern, the Greens' co-leader, said the German government should act.",
			want: [][3]string{{"LEADS", "Anna Webern", "Alliance 90/The Greens"}},
		},
		{
			name: "a title of a body named only by a common noun is no title of the home country",
			text: "Kenya's parliament passed the budget on Monday. The committee's president, Ana Lisk, said the vote was fair. " +
				"Ruth Kamau, president of the tribunal, disagreed. The board met on Friday. Its vice president, Mary Njeri, said the country's president, " +
				"Samuel Oketch, would attend. President David Mwangi spoke.",
			want: [][3]string{{"HOLDS_OFFICE", "Samuel Oketch", "Kenya"}, {"HOLDS_OFFICE", "David Mwangi", "Kenya"}},
			not: [][3]string{
				{"HOLDS_OFFICE", "Ana Lisk", "Kenya"}, {"LEADS", "Ana Lisk", "Kenya"},
				{"HOLDS_OFFICE", "Ruth Kamau", "Kenya"}, {"LEADS", "Ruth Kamau", "Kenya"},
				{"HOLDS_OFFICE", "Mary Njeri", "Kenya"},
			},
		},
	})
}

// "Its" opening the subject of a clause joined to one about a body is
// that body's, not the one the first clause acts on or turns to: the
// party that files against a commission, the union that sues a ministry,
// the alliance that writes to the European Commission, the commission a
// party sues in the passive. A person as the first clause's subject, or
// "its" inside the first clause's object, leaves it to the body named
// last.
func TestItsAfterTwoBodiesIsTheSubjects(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "after a comma and \"and\", the party that files",
			text: "The Harvest Party filed a complaint against the Central Electoral Commission on Monday, and its leader, Marek Dorsk, said the count was rigged.",
			want: [][3]string{{"LEADS", "Marek Dorsk", "Harvest Party"}},
			not:  [][3]string{{"LEADS", "Marek Dorsk", "Central Electoral Commission"}, {"WORKS_FOR", "Marek Dorsk", "Central Electoral Commission"}},
		},
		{
			name: "the union that sues, its chairman read as a conjunct by the parse",
			text: "The Lindovar Workers' Union sued the Ministry of Transport in Brelk on Tuesday, and its chairman, Ilse Varnok, called the new rules unlawful.",
			want: [][3]string{{"WORKS_FOR", "Ilse Varnok", "Lindovar Workers' Union"}},
			not:  [][3]string{{"WORKS_FOR", "Ilse Varnok", "Ministry of Transport"}},
		},
		{
			name: "after a semicolon, the alliance that writes",
			text: "The Green Alliance wrote to the European Commission last week; its spokeswoman, Dana Ruth, said the reply was late.",
			want: [][3]string{{"MEMBER_OF", "Dana Ruth", "Green Alliance"}},
			not:  [][3]string{{"WORKS_FOR", "Dana Ruth", "European Commission"}},
		},
		{
			name: "the passive's subject",
			text: "The Central Electoral Commission was sued by the Harvest Party on Monday, and its chairman, Ilse Varnok, said the count was fair.",
			want: [][3]string{{"WORKS_FOR", "Ilse Varnok", "Central Electoral Commission"}},
			not:  [][3]string{{"LEADS", "Ilse Varnok", "Harvest Party"}, {"MEMBER_OF", "Ilse Varnok", "Harvest Party"}},
		},
		{
			name: "a person sues: the body named last",
			text: "Marek Dorsk sued the Central Electoral Commission on Monday, and its chairman, Ilse Varnok, said the count was fair.",
			want: [][3]string{{"WORKS_FOR", "Ilse Varnok", "Central Electoral Commission"}},
		},
		{
			name: "its in the object: the body named last",
			text: "The Harvest Party sued the Central Electoral Commission and its chairman, Ilse Varnok, on Monday.",
			want: [][3]string{{"WORKS_FOR", "Ilse Varnok", "Central Electoral Commission"}},
			not:  [][3]string{{"LEADS", "Ilse Varnok", "Harvest Party"}},
		},
	})
}

// A title or a kind's noun before a name is no part of it: "Senior
// Counsel" is a lawyer's title; "the Portuguese news agency Lusa" names
// an organisation, a nationality between the article and the noun.
func TestTitlesAndKindNounsBeforeNames(t *testing.T) {
	checkKinds(t, "Their lawyer, Senior Counsel Abdi Hassan Farah, argued the case in Vellin.",
		map[string]string{"Abdi Hassan Farah": polgraph.KindPerson}, "Senior", "Senior Counsel Abdi Hassan Farah")
	checkKinds(t, "Brevik later told the Portuguese news agency Vesti that the report was false.",
		map[string]string{"Vesti": polgraph.KindOrganization}, "Portuguese news agency Vesti")
}

// What a title or an opening says of its holder, and what it does not:
// "former" ends the office, "new" or "embattled" leaves it as it is, and
// a deputy leads nothing; an envoy named with no country serves no
// office of the country the story is set in; who heads a nationality's
// body leads the body, not the state; an encyclopedic opening ("X was a
// Latvian politician") gives a nationality, to its subject and to the
// people a body's biography names; a country after any other
// "was" does not.
func TestWhatTitlesAndOpeningsSay(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a coordinated apposition: a title, and a party's role or a title of the party",
			text: "Officials in Vellin spoke on Sunday. Mara Lind, Kelmora's foreign minister and a Civic Union member, flew to Paris. " +
				"Ivo Dorn, Vessaria's prime minister and leader of the Green Alliance, arrived on Monday.",
			want: [][3]string{{"HOLDS_OFFICE", "Mara Lind", "Kelmora"}, {"MEMBER_OF", "Mara Lind", "Civic Union"},
				{"HOLDS_OFFICE", "Ivo Dorn", "Vessaria"}, {"LEADS", "Ivo Dorn", "Green Alliance"}},
		},
		{
			name: "a title in apposition before a name that has a title of its own",
			text: "Officials in Vellin spoke on Sunday. The Harvest Party, whose leader, Opposition Leader Ana Holm, has attacked the government, said nothing.",
			want: [][3]string{{"LEADS", "Ana Holm", "Harvest Party"}},
		},
		{
			name: "a seat by a verb of sitting for a party in a chamber",
			text: "Officials in Germany spoke on Sunday. Jonas Pell, who sits for the Harvest Party in the Bundestag, said the law was flawed.",
			want: [][3]string{{"HOLDS_OFFICE", "Jonas Pell", "Bundestag"}, {"MEMBER_OF", "Jonas Pell", "Harvest Party"}},
		},
		{
			name: "a party's bare title is of the one party the passage names",
			text: "Officials in Vellin spoke on Sunday. The Civic Union held its congress on Saturday. Deputy leader Ivo Dorn said the party was united. " +
				"Party chairman Tomas Ridel said the Civic Union would contest every seat.\n\n" +
				"The Harvest Party and the Green Alliance met on Monday. Deputy leader Ana Holm said the talks failed.",
			want: [][3]string{{"MEMBER_OF", "Ivo Dorn", "Civic Union"}, {"LEADS", "Tomas Ridel", "Civic Union"}},
			not: [][3]string{{"LEADS", "Ivo Dorn", "Civic Union"}, {"MEMBER_OF", "Ana Holm", "Harvest Party"}, {"MEMBER_OF", "Ana Holm", "Green Alliance"},
				{"MEMBER_OF", "Ana Holm", "Civic Union"}},
		},
		{
			name: "a member of a party's faction in parliament",
			text: "Officials in Vellin spoke on Sunday. Ana Holm, member of the faction of the Harvest Party, asked a question. " +
				"Ivo Dorn, a member of the caucus of the Civic Union, agreed.",
			want: [][3]string{{"MEMBER_OF", "Ana Holm", "Harvest Party"}, {"MEMBER_OF", "Ivo Dorn", "Civic Union"}},
		},
		{
			name: "a plural title before a list of names is each name's",
			text: "Officials in Vellin spoke on Sunday. Civic Union lawmakers Ana Holm and Ivo Dorn voted against the bill.",
			want: [][3]string{{"MEMBER_OF", "Ana Holm", "Civic Union"}, {"MEMBER_OF", "Ivo Dorn", "Civic Union"}},
		},
		{
			name: "the role noun restating the first name is no name of a list",
			text: "Officials in Vellin spoke on Sunday. Ana Holm, an independent MP, and Ivo Dorn of the Civic Union tabled the motion.",
			want: [][3]string{{"MEMBER_OF", "Ivo Dorn", "Civic Union"}},
			not:  [][3]string{{"MEMBER_OF", "Ana Holm", "Civic Union"}},
		},
		{
			name: "a seat in a legislature named after it, in apposition or before the name",
			text: "Ada Brisk, the opposition leader in the Saeima, spoke. Ivo Dorn, a senator in Kenya's upper house, spoke. " +
				"Tom Hale, a Sejm deputy, spoke. Riigikogu member Nina Varga spoke. Lena Frisk, an official in the Riigikogu, spoke.",
			want: [][3]string{{"HOLDS_OFFICE", "Ada Brisk", "Saeima"}, {"HOLDS_OFFICE", "Ivo Dorn", "Senate of Kenya"},
				{"HOLDS_OFFICE", "Tom Hale", "Sejm"}, {"HOLDS_OFFICE", "Nina Varga", "Riigikogu"}},
			not: [][3]string{{"HOLDS_OFFICE", "Lena Frisk", "Riigikogu"}},
		},
		{
			name: "a past verb the tagger took for a participle still gives the office",
			text: "WARSAW - President Ada Brisk named Ivo Dorn as foreign minister on Monday.",
			want: [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Poland"}},
		},
		{
			name: "the EU's foreign policy chief works for the Union",
			text: "The European Union's foreign policy chief, Ada Brisk, spoke. EU foreign policy chief Ivo Dorn spoke in 2019.",
			want: [][3]string{{"WORKS_FOR", "Ada Brisk", "European Union"}, {"WORKS_FOR", "Ivo Dorn", "European Union"}},
		},
		{
			name: "the district named after its noun, not the city before it",
			text: "Ada Brisk, who represents the Toronto riding of Kelso Heights, spoke. Ivo Dorn, the MP for the constituency of Carrow Hills, spoke.",
			want: [][3]string{{"REPRESENTS", "Ada Brisk", "Kelso Heights"}, {"REPRESENTS", "Ivo Dorn", "Carrow Hills"}},
			not:  [][3]string{{"REPRESENTS", "Ada Brisk", "Toronto"}},
		},
		{
			name: "a legislator's seat after from, and its district noun after the name",
			text: "Rina Dharkar, the BJP MLA from Chandor constituency, quit on Monday. Arun Velankar, MP from Warangpur, met her. Ana Lisk, a lawmaker from Kessington, spoke. Ivo Dorn, a lawyer from Tarsk, spoke.",
			want: [][3]string{{"REPRESENTS", "Rina Dharkar", "Chandor"}, {"REPRESENTS", "Arun Velankar", "Warangpur"}, {"REPRESENTS", "Ana Lisk", "Kessington"}},
			not:  [][3]string{{"REPRESENTS", "Ivo Dorn", "Tarsk"}},
		},
		{
			name: "a place before a legislator's title is the seat, a compass word's name too, and no office",
			text: "Kisumu Kaskazi East MP Otieno Ombati said he would appeal. Manchester MP Ana Lisk said she would resign.",
			want: [][3]string{{"REPRESENTS", "Otieno Ombati", "Kisumu Kaskazi East"}, {"REPRESENTS", "Ana Lisk", "Manchester"}},
			not:  [][3]string{{"MEMBER_OF", "Otieno Ombati", "Kisumu Kaskazi East"}, {"HOLDS_OFFICE", "Otieno Ombati", "Kisumu Kaskazi East"}, {"HOLDS_OFFICE", "Ana Lisk", "Manchester"}},
		},
		{
			name: "a district by a verb of holding one in the infinitive of a passive on the name; a town one is elected to represent is a place",
			text: "Marta Velk, who was elected to represent Dunmore in 2019, spoke. Tomas Greer was first elected to represent Harwick in 2015. Ivo Dorn was asked to represent Norway at the talks. Ana Lisk hopes to represent Belmoor.",
			want: [][3]string{{"REPRESENTS", "Marta Velk", "Dunmore"}, {"REPRESENTS", "Tomas Greer", "Harwick"}},
			not:  [][3]string{{"REPRESENTS", "Ivo Dorn", "Norway"}, {"REPRESENTS", "Ana Lisk", "Belmoor"}},
		},
		{
			name: "a name that owns a candidate, or that a candidate is of, is a party's",
			text: "Lina Kors, the Rural Alliance's candidate for Belmoor, spoke. Jonas Pell, the candidate of the Harbour Union, spoke.",
			want: [][3]string{{"MEMBER_OF", "Lina Kors", "Rural Alliance"}, {"MEMBER_OF", "Jonas Pell", "Harbour Union"}},
		},
		{
			name: "an envoy's title names no seat",
			text: "The European Union's special representative for Central Asia, Ada Brisk, spoke. Ivo Dorn, the bloc's special representative for the Sahel, spoke. Ana Lisk, the representative for Kessington, spoke.",
			want: [][3]string{{"REPRESENTS", "Ana Lisk", "Kessington"}},
			not:  [][3]string{{"REPRESENTS", "Ada Brisk", "Central Asia"}, {"REPRESENTS", "Ivo Dorn", "Sahel"}},
		},
		{
			name: "a seat by a verb of sitting, and the party sat for",
			text: "Officials in Poland spoke on Sunday. Ada Brisk, who sits in the Sejm for the Harvest Party, voted against it. Ivo Dorn was elected to the Saeima in 2018.",
			want: [][3]string{{"HOLDS_OFFICE", "Ada Brisk", "Sejm"}, {"MEMBER_OF", "Ada Brisk", "Harvest Party"}, {"HOLDS_OFFICE", "Ivo Dorn", "Saeima"}},
		},
		{
			name: "a nationality before a legislature's title makes its holder a citizen",
			text: "Belarusian opposition leader Ivo Dorn was arrested on Monday. Kenyan Senator Ada Brisk was freed.",
			want: [][3]string{{"CITIZEN_OF", "Ivo Dorn", "Belarus"}, {"CITIZEN_OF", "Ada Brisk", "Kenya"}},
		},
		{
			name: "former",
			text: "Ivo Dorn, former Estonian ambassador to the United Nations, dismissed the claims.",
			not:  [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Estonia"}},
		},
		{
			name: "former before a portfolio and a title",
			text: "NIAMEY (AFP) - Former oil minister Ivo Dorn and former deputy interior minister Ana Holm were detained on Friday.",
			not:  [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Niger"}, {"HOLDS_OFFICE", "Ana Holm", "Niger"}},
		},
		{
			name: "a former",
			text: "Ivo Dorn, a former Estonian ambassador to the United Nations, dismissed the claims.",
			not:  [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Estonia"}},
		},
		{
			name: "a deputy of a head of state leads nothing",
			text: "Kenyan Deputy President Ivo Dorn arrived in Nairobi on Monday.",
			want: [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Kenya"}},
			not:  [][3]string{{"LEADS", "Ivo Dorn", "Kenya"}},
		},
		{
			name: "a word between the body and the title",
			text: "Ivo Dorn, Kenya's new foreign minister, arrived in Nairobi on Monday. Lea Sorn, the embattled Kenyan interior minister, stayed away.",
			want: [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Kenya"}, {"HOLDS_OFFICE", "Lea Sorn", "Kenya"}},
		},
		{
			name: "an ordinal may tell of a past holder",
			text: "Ivo Dorn, Kenya's first president, was remembered in Nairobi on Monday.",
			not:  [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Kenya"}},
		},
		{
			name: "now",
			text: "Ivo Dorn, the Estonian ambassador to the United Nations, dismissed the claims.",
			want: [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Estonia"}},
		},
		{
			name: "envoy",
			text: "NAIROBI, Kenya - Ambassador Ana Holm met Kenya's trade minister, Ivo Dorn, on Wednesday. Interior Minister Lea Sorn said the talks went well.",
			want: [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Kenya"}, {"HOLDS_OFFICE", "Lea Sorn", "Kenya"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ana Holm", "Kenya"}},
		},
		{
			name: "a legislature's speaker, the legislature named by its country",
			text: "Anna Kolar, the speaker of Estonia's parliament, opened the session on Monday.",
			want: [][3]string{{"HOLDS_OFFICE", "Anna Kolar", "Riigikogu"}},
		},
		{
			name: "a legislature's speaker, the legislature named as it names itself",
			text: "Marek Nowak, the Speaker of the Sejm, opened the session. Ivo Markic, deputy speaker of the Seimas, and Rita Voss, a member of the Kenyan parliament, attended.",
			want: [][3]string{{"HOLDS_OFFICE", "Marek Nowak", "Sejm"}, {"HOLDS_OFFICE", "Ivo Markic", "Seimas"}, {"HOLDS_OFFICE", "Rita Voss", "Parliament of Kenya"}},
		},
		{
			name: "a legislature's speaker before the name",
			text: "The speaker of Turkey's parliament, Mehmet Dalan, opened the session on Monday.",
			want: [][3]string{{"HOLDS_OFFICE", "Mehmet Dalan", "Grand National Assembly of Turkey"}},
		},
		{
			name: "the country's, after the name",
			text: "Kenya's parliament met on Monday. Ivo Dorn, the country's foreign minister, said the talks were useful.",
			want: [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Kenya"}},
		},
		{
			name: "delegation",
			text: "Ivo Dorn, head of the Estonian delegation, said talks would go on.",
			not:  [][3]string{{"LEADS", "Ivo Dorn", "Estonia"}},
		},
		{
			name: "state",
			text: "Ivo Dorn, leader of Estonia, said talks would go on.",
			want: [][3]string{{"LEADS", "Ivo Dorn", "Estonia"}},
		},
		{
			name: "biography",
			text: "Ivo Dorn (1921 - 1999) was a Latvian politician.",
			want: [][3]string{{"CITIZEN_OF", "Ivo Dorn", "Latvia"}},
		},
		{
			name: "a body's biography",
			text: "The Orvel Quartet is a Latvian ensemble founded in 1911. Its directors included Ivo Dorn and Ana Holm.",
			want: [][3]string{{"CITIZEN_OF", "Ivo Dorn", "Latvia"}, {"CITIZEN_OF", "Ana Holm", "Latvia"}},
		},
		{
			name: "a two-word noun after the adjective",
			text: "Police said Latvian aid worker Ivo Dorn was freed on Sunday.",
			want: [][3]string{{"CITIZEN_OF", "Ivo Dorn", "Latvia"}},
		},
		{
			name: "a radical or a fugitive of a nationality",
			text: "The rest remained at large, including Latvian radical Ivo Dorn and Estonian fugitive Ana Holm.",
			want: [][3]string{{"CITIZEN_OF", "Ivo Dorn", "Latvia"}, {"CITIZEN_OF", "Ana Holm", "Estonia"}},
		},
		{
			name: "an office's two-word title after the adjective",
			text: "Police said Polish Foreign Minister Ivo Dorn left on Sunday.",
			not:  [][3]string{{"CITIZEN_OF", "Ivo Dorn", "Poland"}},
		},
		{
			name: "a former office's title after the adjective, as in apposition",
			text: "Former Polish foreign minister Ivo Dorn met former Latvian Defence Minister Ana Holm on Sunday. Lea Sorn, the former Estonian foreign minister, joined them.",
			want: [][3]string{{"CITIZEN_OF", "Ivo Dorn", "Poland"}, {"CITIZEN_OF", "Ana Holm", "Latvia"}, {"CITIZEN_OF", "Lea Sorn", "Estonia"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Poland"}, {"HOLDS_OFFICE", "Ana Holm", "Latvia"}},
		},
		{
			name: "one state's holder of a title meets another's, of the country the story is filed from",
			text: "LONDON (Reuters) - French Foreign Minister Luc Morel met Foreign Secretary Ada Lamm in London on Monday.",
			want: [][3]string{{"HOLDS_OFFICE", "Luc Morel", "France"}, {"HOLDS_OFFICE", "Ada Lamm", "United Kingdom"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ada Lamm", "France"}},
		},
		{
			name: "one met by a state's leader holds the title of the state the story is filed from",
			text: "PARIS (AFP) - Prime Minister Ana Holm of Estonia met President Luc Morel at the Elysee on Monday.",
			want: [][3]string{{"HOLDS_OFFICE", "Ana Holm", "Estonia"}, {"HOLDS_OFFICE", "Luc Morel", "France"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Luc Morel", "Estonia"}},
		},
		{
			name: "an office held for a span the parse hangs the office on",
			text: "SOFIA (Reuters) - Ivo Dorn served three terms as interior minister between 1995 and 2005.",
			want: [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Bulgaria"}},
		},
		{
			name: "a chancellor's one-word title after the adjective, as a president's",
			text: "Police said German Chancellor Ivo Dorn met Chinese President Lea Sorn on Sunday.",
			want: [][3]string{{"CITIZEN_OF", "Ivo Dorn", "Germany"}, {"CITIZEN_OF", "Lea Sorn", "China"}},
		},
		{
			name: "a nationality before the names it describes",
			text: "Police said two Latvian nationals, Ivo Dorn and Ana Holm, were freed on Sunday. A US citizen, Lea Sorn, was held.",
			want: [][3]string{{"CITIZEN_OF", "Ivo Dorn", "Latvia"}, {"CITIZEN_OF", "Ana Holm", "Latvia"}, {"CITIZEN_OF", "Lea Sorn", "United States"}},
		},
		{
			name: "a dual national",
			text: "Ivo Dorn, a British-Iranian dual national, was freed on Sunday.",
			want: [][3]string{{"CITIZEN_OF", "Ivo Dorn", "United Kingdom"}, {"CITIZEN_OF", "Ivo Dorn", "Iran"}},
		},
		{
			name: "a state's office before the name it describes",
			text: "The Polish foreign minister, Ivo Dorn, left on Sunday.",
			not:  [][3]string{{"CITIZEN_OF", "Ivo Dorn", "Poland"}},
		},
		{
			name: "a citizenship held in a relative clause the parse reads as an aside",
			text: "Ada Holm, who holds French citizenship, was detained on Monday.",
			want: [][3]string{{"CITIZEN_OF", "Ada Holm", "France"}},
		},
		{
			name: "news",
			text: "Ivo Dorn was extradited from Britain on Monday.",
			not:  [][3]string{{"CITIZEN_OF", "Ivo Dorn", "United Kingdom"}},
		},
	})
}

// A speaker named with no chamber beside the title presides over the
// chamber the article names: the one legislature, else its one lower
// house; none where it names two of one rank.
func TestSpeakerOfTheChamberNamed(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "the one legislature named",
			text: "JERUSALEM (Reuters) - The Knesset voted on Monday to dissolve itself. Speaker Avi Dorel said the vote would take place after midnight.",
			want: [][3]string{{"HOLDS_OFFICE", "Avi Dorel", "Knesset"}},
		},
		{
			name: "the lower house where an upper house and the whole are named too",
			text: "NEW DELHI (PTI) - The Rajya Sabha passed the bill on Monday, and the Lok Sabha took it up on Tuesday, the first sitting of Parliament since June. Speaker Ravi Menath urged members to return to their seats.",
			want: [][3]string{{"HOLDS_OFFICE", "Ravi Menath", "Lok Sabha"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ravi Menath", "Rajya Sabha"}},
		},
		{
			name: "the deputy speaker in apposition",
			text: "OTTAWA (CP) - The House of Commons sat late on Wednesday, and the Deputy Speaker, Louise Trembel, twice adjourned the sitting.",
			want: [][3]string{{"HOLDS_OFFICE", "Louise Trembel", "House of Commons of Canada"}},
		},
		{
			name: "two chambers of one rank",
			text: "The Knesset and the Lok Sabha sent delegations to the conference on Monday. Speaker Avi Dorel said the talks were useful.",
			not:  [][3]string{{"HOLDS_OFFICE", "Avi Dorel", "Knesset"}, {"HOLDS_OFFICE", "Avi Dorel", "Lok Sabha"}},
		},
	})
}

// A translated transcript titles a legislator by the chamber she sits in,
// before her name: "Deputy of the X" and "Member of the X" are a person
// holding office in the chamber, not one organisation's name; a title of
// "the" body with no name after it leaves the body a body.
func TestLegislatorOfTheChamber(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a seat with no chamber or state beside it is in the parliament of the story's state",
			text: "BRATISLAVA - Parliament passed the budget on Monday. MP Eva Sulik voted against it. Opposition Leader Ivo Dorn abstained.",
			want: [][3]string{{"HOLDS_OFFICE", "Eva Sulik", "Slovakia"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Slovakia"}},
		},
		{
			name: "so is the chair of a chamber named by no name",
			text: "Lawmakers in Moldova voted on Thursday. Ana Holm, the speaker of parliament, said the vote was fair.",
			want: [][3]string{{"HOLDS_OFFICE", "Ana Holm", "Moldova"}},
		},
		{
			name: "a plural title before a list of names is each name's seat",
			text: "Slovak MPs Ana Holm, Ivo Dorn and Pavol Kren voted against the bill. Slovak Foreign Minister Eva Sulik and Tomas Vrba met on Monday.",
			want: [][3]string{{"HOLDS_OFFICE", "Ana Holm", "Slovakia"}, {"HOLDS_OFFICE", "Ivo Dorn", "Slovakia"}, {"HOLDS_OFFICE", "Pavol Kren", "Slovakia"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Tomas Vrba", "Slovakia"}},
		},
		{
			name: "a legislator in apposition, with the seat she is from",
			text: "WASHINGTON - Ada Merrin, a senator from Oregon, said on Monday she would oppose the bill. The Senate will vote on Friday.",
			want: [][3]string{{"HOLDS_OFFICE", "Ada Merrin", "United States Senate"}, {"REPRESENTS", "Ada Merrin", "Oregon"}},
		},
		{
			name: "a chamber the data does not know, then the name",
			text: "ULAANBAATAR (Montsame) - Member of the Khural Batbold Tumur said the budget was balanced.",
			want: [][3]string{{"HOLDS_OFFICE", "Batbold Tumur", "Khural"}},
		},
		{
			name: "a chamber the data knows, then the name",
			text: "MOSCOW (TASS) - Deputy of the State Duma Ivan Sorkin said the bill would be amended.",
			want: [][3]string{{"HOLDS_OFFICE", "Ivan Sorkin", "State Duma"}},
		},
	})
	x, err := New().Extract(context.Background(), polgraph.Article{Text: "Deputy of the Khural Batbold Tumur asked about the appointment of Serdar Amanov to the post of Chairman of the Central Bank of Turkmenistan."})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range x.Entities {
		if e.Kind == polgraph.KindPerson && (e.Name != "Batbold Tumur" && e.Name != "Serdar Amanov") {
			t.Errorf("person %q: a title's body or a name run on", e.Name)
		}
	}
}

// A translated state agency's report titles an official by her state's
// formal name before her name: "the Minister of Justice of the Republic
// of X Name" is the minister of state X, named by its short name.
func TestTitleOfAStatesFormalName(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a state the data knows",
			text: "TASHKENT (UzA) - Minister of Justice of the Republic of Uzbekistan Akmal Sodikov said the law would take effect in March.",
			want: [][3]string{{"HOLDS_OFFICE", "Akmal Sodikov", "Uzbekistan"}},
		},
		{
			name: "a state no data knows",
			text: "The Minister of Justice of the Republic of Ostravia Lena Marsk informed the deputies on Tuesday. Ostravia has ninety deputies.",
			want: [][3]string{{"HOLDS_OFFICE", "Lena Marsk", "Ostravia"}},
		},
	})
}

// Relations as stories the extractor had not seen state them: a reshuffle
// list, a local election's results, a vote's breakdown by party, a career
// across parties and a visit where two states' officials meet.
func TestRelationsOnUnseenNews(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a party named by a sector's words is no foreign party of that name where the article names another country",
			text: "The Polish parliament approved the bill on Wednesday. The Agrarian Union's parliamentary leader, Tomasz Belka, said his party had been split.",
			want: [][3]string{{"MEMBER_OF", "Tomasz Belka", "Agrarian Union"}},
			not:  [][3]string{{"MEMBER_OF", "Tomasz Belka", "Centre Party (Finland)"}},
		},
		{
			name: "a verb of appointment gives the title after it, past the name's apposition",
			text: "Prime Minister Sten Harvik of Norway reshuffled his cabinet on Thursday. Liv Moen, 54, a veteran of the Fjord Party, becomes finance minister. " +
				"Per Aasen takes over as health minister. Siv Lunde was appointed justice minister.",
			want: [][3]string{{"HOLDS_OFFICE", "Liv Moen", "Norway"}, {"HOLDS_OFFICE", "Per Aasen", "Norway"}, {"HOLDS_OFFICE", "Siv Lunde", "Norway"}, {"MEMBER_OF", "Liv Moen", "Fjord Party"}},
		},
		{
			name: "the country an envoy is posted to is not the one the story is about",
			text: "Prime Minister Sten Harvik of Norway reshuffled his cabinet on Thursday. Liv Moen becomes finance minister. Ola Brekke will become ambassador to Germany.",
			want: [][3]string{{"HOLDS_OFFICE", "Liv Moen", "Norway"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Liv Moen", "Germany"}},
		},
		{
			name: "the country a named state's envoy is posted to may be the one the story is about",
			text: "Prime Minister Sten Harvik of Norway reshuffled his cabinet on Thursday. Liv Moen becomes finance minister. Ola Brekke, Germany's ambassador to Norway, welcomed her.",
			want: [][3]string{{"HOLDS_OFFICE", "Liv Moen", "Norway"}, {"HOLDS_OFFICE", "Ola Brekke", "Germany"}},
		},
		{
			name: "a plural role noun before a list of names in apposition is each name's",
			text: "Officials in Vellin spoke on Sunday. Three Harvest Front lawmakers, Ana Holm, Ivo Dorn and Per Lind, voted against the bill. " +
				"Two Civic Bloc deputies, Mira Salt and Tom Vell, abstained.",
			want: [][3]string{{"MEMBER_OF", "Ana Holm", "Harvest Front"}, {"MEMBER_OF", "Ivo Dorn", "Harvest Front"}, {"MEMBER_OF", "Per Lind", "Harvest Front"},
				{"MEMBER_OF", "Mira Salt", "Civic Bloc"}, {"MEMBER_OF", "Tom Vell", "Civic Bloc"}},
		},
		{
			name: "a surname with a common noun's ending, named in full before, in apposition to a party's member",
			text: "Lawmakers in Ohio voted on Monday. Marla Tenning signed the bill. Tenning, a Republican, said she was pleased. Planning, a long process, began.",
			want: [][3]string{{"MEMBER_OF", "Marla Tenning", "Republican Party (United States)"}},
		},
		{
			name: "a member's name for a party of two words right before a person's name",
			text: "Lawmakers in Sweden voted on Monday. The Social Democrat Ana Holm said she would vote no.",
			want: [][3]string{{"MEMBER_OF", "Ana Holm", "Swedish Social Democratic Party"}},
		},
		{
			name: "a party's members counted before the names in apposition, a title and a seat around them",
			text: "Lawmakers in Ohio passed the bill on Sunday. One Democrat, Sen. Lena Orcutt of Maine, backed it. " +
				"Two Republicans, Paul Ness and Ivo Dorn, abstained. The lone Democrat, Mira Salt, voted no.",
			want: [][3]string{{"MEMBER_OF", "Lena Orcutt", "Democratic Party (United States)"}, {"MEMBER_OF", "Paul Ness", "Republican Party (United States)"},
				{"MEMBER_OF", "Ivo Dorn", "Republican Party (United States)"}, {"MEMBER_OF", "Mira Salt", "Democratic Party (United States)"}},
		},
		{
			name: "a plural role noun right before a list of names is each name's, a singular one the first's",
			text: "Officials in Vellin spoke on Sunday. Harvest Front lawmakers Ana Holm and Ivo Dorn voted against the bill. Civic Bloc member Mira Salt and Tom Vell abstained.",
			want: [][3]string{{"MEMBER_OF", "Ana Holm", "Harvest Front"}, {"MEMBER_OF", "Ivo Dorn", "Harvest Front"}, {"MEMBER_OF", "Mira Salt", "Civic Bloc"}},
			not:  [][3]string{{"MEMBER_OF", "Tom Vell", "Civic Bloc"}},
		},
		{
			name: "led by a titled name, the name read as the participle's object",
			text: "Officials in Vellin spoke on Sunday. The ruling Progress Party, led by Prime Minister Wiktor Zalewan, voted almost unanimously in favour.",
			want: [][3]string{{"LEADS", "Wiktor Zalewan", "Progress Party"}, {"MEMBER_OF", "Wiktor Zalewan", "Progress Party"}},
		},
		{
			name: "led by a formerly titled name",
			text: "Officials in Vellin spoke on Sunday. The Harvest Party, led by former President Ivo Dorn, tabled the motion on Tuesday.",
			want: [][3]string{{"LEADS", "Ivo Dorn", "Harvest Party"}, {"MEMBER_OF", "Ivo Dorn", "Harvest Party"}},
		},
		{
			name: "the standing before a party's name that opens with an adjective is no head",
			text: "Officials in Vellin spoke on Sunday. The opposition Socialist Harvest Party, led by Ivo Dorn, tabled the motion on Tuesday.",
			want: [][3]string{{"LEADS", "Ivo Dorn", "Socialist Harvest Party"}, {"MEMBER_OF", "Ivo Dorn", "Socialist Harvest Party"}},
		},
		{
			name: "an outgoing president holds the office still",
			text: "Chile held its run-off on Sunday. Outgoing President Ivo Dorn congratulated the winner.",
			want: [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Chile"}},
		},
		{
			name: "a minister is a minister whatever the portfolio",
			text: "KUALA LUMPUR - Communications Minister Harun Talib defended the bill on Tuesday. The Minister for Women and Equalities, Siti Rahmat, backed him. " +
				"Petroleum Minister Azri Musa and Minister of Public Works Lim Wei Jie stayed away.",
			want: [][3]string{{"HOLDS_OFFICE", "Harun Talib", "Malaysia"}, {"HOLDS_OFFICE", "Siti Rahmat", "Malaysia"},
				{"HOLDS_OFFICE", "Azri Musa", "Malaysia"}, {"HOLDS_OFFICE", "Lim Wei Jie", "Malaysia"}},
		},
		{
			name: "a story naming no country but one state's bodies is set in that state",
			text: "The Polish parliament approved the pension bill on Wednesday. Prime Minister Ivo Dornak said the reform was overdue.",
			want: [][3]string{{"HOLDS_OFFICE", "Ivo Dornak", "Poland"}},
		},
		{
			name: "a title that opens the sentence as the subject of a copula with the name after it",
			text: "Prime Minister Sten Harvik of Norway reshuffled his cabinet on Thursday. The new education minister is Liv Moen. Norway's foreign minister is now Per Aasen. " +
				"The finance minister is Siv Lunde's rival.",
			want: [][3]string{{"HOLDS_OFFICE", "Liv Moen", "Norway"}, {"HOLDS_OFFICE", "Per Aasen", "Norway"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Siv Lunde", "Norway"}},
		},
		{
			name: "the titled one a visitor meets in the country she visits is its official, not hers",
			text: "Kenyan Foreign Minister Ana Wekesa arrived in Tanzania on Monday. Wekesa met President Grace Mwita in Dodoma.",
			want: [][3]string{{"HOLDS_OFFICE", "Ana Wekesa", "Kenya"}, {"HOLDS_OFFICE", "Grace Mwita", "Tanzania"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Grace Mwita", "Kenya"}},
		},
		{
			name: "the host's official a visitor meets beside another of the host's is no guess a later check takes back",
			text: "Kenyan Foreign Minister Ana Wekesa visited Tanzania on Monday. She met Tanzanian President Grace Mwita and Prime Minister Musa Jumanne.",
			want: [][3]string{{"HOLDS_OFFICE", "Grace Mwita", "Tanzania"}, {"HOLDS_OFFICE", "Musa Jumanne", "Tanzania"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Musa Jumanne", "Kenya"}},
		},
		{
			name: "a party role in apposition that the party named before owns, though the sentence names no party",
			text: "Officials in Vellin spoke on Sunday. Liv Moen is a member of the Fjord Party. Per Vindberg, the party's parliamentary leader, called the reshuffle overdue. " +
				"Ola Brekke criticised the party's leader.",
			want: [][3]string{{"MEMBER_OF", "Per Vindberg", "Fjord Party"}},
			not:  [][3]string{{"MEMBER_OF", "Ola Brekke", "Fjord Party"}},
		},
		{
			name: "a floor or parliamentary leader is the party's member, not its leader",
			text: "Officials in Vellin spoke on Sunday. Civic Bloc floor leader Jan Wronek called the reform a betrayal. " +
				"Per Vindberg, the Fjord Party's parliamentary leader, agreed.",
			want: [][3]string{{"MEMBER_OF", "Jan Wronek", "Civic Bloc"}, {"MEMBER_OF", "Per Vindberg", "Fjord Party"}},
			not:  [][3]string{{"LEADS", "Jan Wronek", "Civic Bloc"}, {"LEADS", "Per Vindberg", "Fjord Party"}},
		},
		{
			name: "who heads a party's group leads the group, not the party that owns it",
			text: "Officials in Vellin spoke on Sunday. Jan Wronek, who heads the Civic Bloc's parliamentary group, called the reform a betrayal. Ana Holm, who heads the Fjord Party, agreed.",
			want: [][3]string{{"MEMBER_OF", "Jan Wronek", "Civic Bloc"}, {"LEADS", "Ana Holm", "Fjord Party"}},
			not:  [][3]string{{"LEADS", "Jan Wronek", "Civic Bloc"}},
		},
		{
			name: "a quantified party phrase after a list of names is each name's",
			text: "Officials in Vellin spoke on Sunday. Mira Salt and Tom Vell, both of the Civic Bloc, abstained. Ana Holm, Ivo Dorn and Per Lind, all of the Harvest Party, voted against.",
			want: [][3]string{{"MEMBER_OF", "Mira Salt", "Civic Bloc"}, {"MEMBER_OF", "Tom Vell", "Civic Bloc"},
				{"MEMBER_OF", "Ana Holm", "Harvest Party"}, {"MEMBER_OF", "Ivo Dorn", "Harvest Party"}, {"MEMBER_OF", "Per Lind", "Harvest Party"}},
		},
		{
			name: "a party's members' plural summing up or heading a list of names is each name's, of the story's country only",
			text: "Lawmakers in Ohio voted on Tuesday. Ivo Marsh and Dana Pell, both Democrats, voted no. Republicans Ada Pike and Tom Greer backed the bill. " +
				"Republican Sam Roe abstained.",
			want: [][3]string{{"MEMBER_OF", "Ivo Marsh", "Democratic Party (United States)"}, {"MEMBER_OF", "Dana Pell", "Democratic Party (United States)"},
				{"MEMBER_OF", "Ada Pike", "Republican Party (United States)"}, {"MEMBER_OF", "Tom Greer", "Republican Party (United States)"}},
		},
		{
			name: "a members' plural of no party of the story's country names none",
			text: "The Dail in Dublin delayed a vote on Tuesday. Ivo Marsh and Dana Pell, both Republicans, objected.",
			not:  [][3]string{{"MEMBER_OF", "Ivo Marsh", "Republican Party (United States)"}, {"MEMBER_OF", "Dana Pell", "Republican Party (United States)"}},
		},
		{
			name: "a reshuffle's move to a field's ministry gives its minister's office",
			text: "Prime Minister Sten Harvik of Norway reshuffled his cabinet on Thursday. Liv Moen moves to defence, replacing Ola Brekke. Per Aasen, 41, keeps the foreign ministry. " +
				"Siv Lunde takes the health portfolio. Tor Dahl takes defence seriously.",
			want: [][3]string{{"HOLDS_OFFICE", "Liv Moen", "Norway"}, {"HOLDS_OFFICE", "Per Aasen", "Norway"}, {"HOLDS_OFFICE", "Siv Lunde", "Norway"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Tor Dahl", "Norway"}},
		},
		{
			name: "the one a post is taken over from, or whom a participle says its new holder succeeds, held it",
			text: "Velmark's parliament met on Monday. Mira Salt took over from Tom Vell in 2021 as leader of the Civic Bloc. " +
				"Ana Holm was elected mayor of Tarsk in 2019, replacing Ivo Dorn.",
			want: [][3]string{{"LEADS", "Tom Vell", "Civic Bloc"}, {"LEADS", "Mira Salt", "Civic Bloc"}, {"LEADS", "Ivo Dorn", "Tarsk"}, {"LEADS", "Ana Holm", "Tarsk"}},
		},
		{
			name: "one met by a visitor who met others in a city of another state is that state's official",
			text: "Foreign Minister Ravi Menan of India met Japan's defence minister, Kenji Satori, in Tokyo. Menan later met Prime Minister Hiro Tanabe.",
			want: [][3]string{{"HOLDS_OFFICE", "Ravi Menan", "India"}, {"HOLDS_OFFICE", "Hiro Tanabe", "Japan"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Hiro Tanabe", "India"}},
		},
		{
			name: "a pronoun said to have held a title over a span holds it then",
			text: "Ansel Vorn, who served Belgium for four decades, died on Sunday. He was prime minister from 1991 to 1995. " +
				"Mira Salt was elected in 1990, and she was finance minister from 1992 to 1994. She was a minister's daughter.",
			want: [][3]string{{"HOLDS_OFFICE", "Ansel Vorn", "Belgium"}, {"HOLDS_OFFICE", "Mira Salt", "Belgium"}},
		},
		{
			name: "a pronoun said to hold a title with no span is left alone",
			text: "Ansel Vorn spoke in Belgium on Sunday. He was prime minister, she said. Ivo Dorn is finance minister.",
			not:  [][3]string{{"HOLDS_OFFICE", "Ansel Vorn", "Belgium"}},
		},
		{
			name: "a governor with no state leads the one state the story names",
			text: "Ohio lawmakers passed the bill on Monday. Gov. Lena Marsh said she would sign it. Lt. Gov. Ivo Dorn agreed.",
			want: [][3]string{{"LEADS", "Lena Marsh", "Ohio"}},
			not:  [][3]string{{"LEADS", "Ivo Dorn", "Ohio"}},
		},
		{
			name: "a governor with no state in a story of two states leads neither",
			text: "Ohio and Texas lawmakers passed bills on Monday. Gov. Lena Marsh said she would sign one.",
			not:  [][3]string{{"LEADS", "Lena Marsh", "Ohio"}, {"LEADS", "Lena Marsh", "Texas"}},
		},
		{
			name: "a speaker of the House presides over the House, not the one other chamber the story names",
			text: "WASHINGTON - Speaker of the House Ana Holm praised the move on Monday. Senate Majority Leader Ivo Dorn said the Senate would vote next week.",
			want: [][3]string{{"HOLDS_OFFICE", "Ana Holm", "United States House of Representatives"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ana Holm", "United States Senate"}},
		},
		{
			name: "a governor with no state leads no state named only in a legislator's party label",
			text: "A grand jury indicted Rep. Ana Holm, R-Ohio, on Friday. Gov. Lena Marsh said she would sign the bill.",
			want: [][3]string{{"REPRESENTS", "Ana Holm", "Ohio"}},
			not:  [][3]string{{"LEADS", "Lena Marsh", "Ohio"}},
		},
		{
			name: "an age in apposition leaves the name a person's, and the apposition the nearer name's",
			text: "Salvane named Lotte Verhagen, a 39-year-old lawmaker from the Green Left, as the new education minister, the first time the junior coalition partner has held the post.",
			want: [][3]string{{"MEMBER_OF", "Lotte Verhagen", "Green Left"}},
			not:  [][3]string{{"MEMBER_OF", "Salvane", "Green Left"}},
		},
		{
			name: "a singular apposition after a list's last name is that name's, not the list's first",
			text: "Standing are Tobias Fennick (Green Left), Kasimir Lunt of the National Renewal Party and Beatrix Maalouf, the Labour Federation candidate.",
			want: [][3]string{{"MEMBER_OF", "Tobias Fennick", "Green Left"}, {"MEMBER_OF", "Kasimir Lunt", "National Renewal Party"}, {"MEMBER_OF", "Beatrix Maalouf", "Labour Federation"}},
			not:  [][3]string{{"MEMBER_OF", "Tobias Fennick", "Labour Federation"}, {"MEMBER_OF", "Kasimir Lunt", "Labour Federation"}},
		},
		{
			name: "a list parted by semicolons names each candidate, her age, and her party",
			text: "Officials in Vellin spoke on Sunday. The candidates are: Hugo Lanner, 58, Harvest Party; Rita Feld, Civic Union; Ilse Moor, 61, independent; and Tomas Berg, 39, Green Alliance. " +
				"Lea Sorn, 47, Unity Front leader; and Ivo Dorn spoke at the rally.",
			want: [][3]string{{"MEMBER_OF", "Hugo Lanner", "Harvest Party"}, {"MEMBER_OF", "Rita Feld", "Civic Union"}, {"MEMBER_OF", "Tomas Berg", "Green Alliance"}},
			not:  [][3]string{{"MEMBER_OF", "Ilse Moor", "Green Alliance"}, {"MEMBER_OF", "Ilse Moor", "Harvest Party"}},
		},
		{
			name: "a list item may give a candidate's age and job before \"for\" and the party she stands for",
			text: "Three candidates are standing in the Vellin by-election on Sunday: Hugo Lanner, 52, a retired teacher, for the Harvest Party; " +
				"Rita Feld, 47, for the Civic Union; and Ilse Moor, 61, a farmer, for the Green Alliance.",
			want: [][3]string{{"MEMBER_OF", "Hugo Lanner", "Harvest Party"}, {"MEMBER_OF", "Rita Feld", "Civic Union"}, {"MEMBER_OF", "Ilse Moor", "Green Alliance"}},
			not:  [][3]string{{"MEMBER_OF", "Hugo Lanner", "Civic Union"}, {"MEMBER_OF", "Rita Feld", "Green Alliance"}},
		},
		{
			name: "a party that picks a candidate makes her its member, not one it will not pick, nor an independent",
			text: "Officials in Vellin spoke on Sunday. The Green Alliance has nominated Elin Fors, 34, a marine biologist. " +
				"Ivo Dorn was selected by the Harvest Party in March. The Civic Union selected Tomas Berg as its candidate for mayor. " +
				"The Harvest Party picked Ana Holm, an independent, as its candidate. The Unity Front will not nominate Lea Sorn.",
			want: [][3]string{{"MEMBER_OF", "Elin Fors", "Green Alliance"}, {"MEMBER_OF", "Ivo Dorn", "Harvest Party"}, {"MEMBER_OF", "Tomas Berg", "Civic Union"}},
			not:  [][3]string{{"MEMBER_OF", "Ana Holm", "Harvest Party"}, {"MEMBER_OF", "Lea Sorn", "Unity Front"}},
		},
		{
			name: "a member from a faction or party the noun names before the name, as translations set it",
			text: "Officials in Vellin spoke on Sunday. Deputy Ivo Dorn, from the faction \"Civic Choice\", criticised the plan. " +
				"Ana Holm, of the party “Harvest Alliance”, agreed.",
			want: [][3]string{{"MEMBER_OF", "Ivo Dorn", "Civic Choice"}, {"MEMBER_OF", "Ana Holm", "Harvest Alliance"}},
		},
		{
			name: "a reshuffle brings a name back as a minister",
			text: "Holmark's prime minister carried out a reshuffle on Tuesday, bringing back a former defence minister, Joris Welling, as finance minister. " +
				"The prosecutors brought charges against Ivo Dorn as finance minister.",
			want: [][3]string{{"HOLDS_OFFICE", "Joris Welling", "Holmark"}},
		},
		{
			name: "a former title's country is the country of the same post dated later, among other countries",
			text: "VELLIN, June 17 - A court in Vellin on Thursday convicted Ivo Dorn, Kelmora's former deputy prime minister, of taking bribes. " +
				"Judge Ana Holm said the evidence showed that Dorn, who served as deputy prime minister from 2016 to 2020, steered the contract to a friend after the friend paid money into an account in Cyprus. " +
				"Lea Sorn, a former Kelmoran interior minister, testified. Sorn was interior minister between 2012 and 2015, the court heard in Cyprus.",
			want: [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Kelmora"}, {"HOLDS_OFFICE", "Lea Sorn", "Kelmora"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Cyprus"}, {"HOLDS_OFFICE", "Lea Sorn", "Cyprus"}},
		},
		{
			name: "a past copula's title with one end of its span",
			text: "Holmark's parliament met on Monday. Pieter Oudkerk had been interior minister since 2021. " +
				"Ilona Varga was environment minister until 2019 and later joined the Ecology Front. Bram Tiel was health minister.",
			want: [][3]string{{"HOLDS_OFFICE", "Pieter Oudkerk", "Holmark"}, {"HOLDS_OFFICE", "Ilona Varga", "Holmark"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Bram Tiel", "Holmark"}},
		},
		{
			name: "the state a foreign envoy is of is not the home of a story that names no other",
			text: "The Speaker called the house to order. The Minister of Justice, Gulnara Sadyk, did not look up. " +
				"The deputy prime minister, Serik Zhanuzak, left early. An aide said he had a meeting with the ambassador of Kallistan, Petr Holm.",
			want: [][3]string{{"HOLDS_OFFICE", "Petr Holm", "Kallistan"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Gulnara Sadyk", "Kallistan"}, {"HOLDS_OFFICE", "Serik Zhanuzak", "Kallistan"}},
		},
	})
}

// A definite description that opens a sentence with a modifier of age or
// of a past restates the one person the article has named: it is the
// subject of her facts. Where two persons were named, or the noun names
// someone else ("the suspect"), it is no one's.
func TestDescriptionsRestatingThePerson(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "an age and a line of work",
			text: "Hana Lind was born in Vellin. The 52-year-old lawyer joined the Progress Party in 2014.",
			want: [][3]string{{"MEMBER_OF", "Hana Lind", "Progress Party"}},
		},
		{
			name: "a former line of work",
			text: "Hana Lind grew up in Vellin. The former teacher joined the Progress Party in 2014.",
			want: [][3]string{{"MEMBER_OF", "Hana Lind", "Progress Party"}},
		},
		{
			name: "two persons named: which one is not said",
			text: "Hana Lind and Ivo Dorn grew up in Vellin. The former teacher joined the Progress Party in 2014.",
			not:  [][3]string{{"MEMBER_OF", "Hana Lind", "Progress Party"}, {"MEMBER_OF", "Ivo Dorn", "Progress Party"}},
		},
		{
			name: "a suspect is someone else",
			text: "Hana Lind was attacked in Vellin. The 34-year-old suspect joined the Progress Party in 2014.",
			not:  [][3]string{{"MEMBER_OF", "Hana Lind", "Progress Party"}},
		},
	})
}

// Jobs at firms, agencies and platforms that the press gives beside a
// name: a post over a part of the body that the body possesses or is "at"
// ("Orvex Systems' head of security policy, X"), a post noun no list of
// work roles gives ("general counsel"), a part of a body a relative clause
// puts the name in charge of ("who heads the agency's cyber unit"), a body
// said to employ people ("of the Kestrel Institute think tank"), and a
// minister's country named after "of the" in a call between two ministers.
func TestJobsAtBodiesBesideNames(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a body's head of a part of it, in apposition before or after the name, works for the body and leads nothing",
			text: "Orvex Systems' head of security policy, Brenna Kolvig, said on Monday the accounts had been removed. " +
				"Tarn Holm, Orvex Systems' head of trust and safety, agreed. Orvex Systems said it had acted. Its head of communications, Ivo Sarn, declined to comment.",
			want: [][3]string{{"WORKS_FOR", "Brenna Kolvig", "Orvex Systems"}, {"WORKS_FOR", "Tarn Holm", "Orvex Systems"}, {"WORKS_FOR", "Ivo Sarn", "Orvex Systems"}},
			not:  [][3]string{{"LEADS", "Brenna Kolvig", "Orvex Systems"}, {"LEADS", "Tarn Holm", "Orvex Systems"}},
		},
		{
			name: "a general counsel in apposition, in a relative clause or said of the name works for the body",
			text: "Maren Tolle, Orvex Systems' general counsel, said the firm would appeal. Ada Lunn, who is Brask Holdings' general counsel, agreed. " +
				"Per Vik is the general counsel at Kelvar Energy.",
			want: [][3]string{{"WORKS_FOR", "Maren Tolle", "Orvex Systems"}, {"WORKS_FOR", "Ada Lunn", "Brask Holdings"}, {"WORKS_FOR", "Per Vik", "Kelvar Energy"}},
		},
		{
			name: "one who heads a part of a body named before works for it; a former adviser to a body works for it no more",
			text: "The Norland Cyber Agency said the attacks had grown. Brenna Kolvig, who heads the agency's cyber unit, said most came from abroad. " +
				"Ivo Sarn, a former adviser at Orvex Systems, disagreed.",
			want: [][3]string{{"WORKS_FOR", "Brenna Kolvig", "Norland Cyber Agency"}},
			not:  [][3]string{{"LEADS", "Brenna Kolvig", "Norland Cyber Agency"}, {"WORKS_FOR", "Ivo Sarn", "Orvex Systems"}},
		},
		{
			name: "the head of a party's team is the party's member, whatever noun the parse hangs the name on",
			text: "The head of the Civic Alliance's election team, Lars Brede, said the campaign was ready.",
			want: [][3]string{{"MEMBER_OF", "Lars Brede", "Civic Alliance"}},
			not:  [][3]string{{"LEADS", "Lars Brede", "Civic Alliance"}},
		},
		{
			name: "one of a body a think tank or a consultancy employs",
			text: "Piet Harlo of the Kestrel Institute think tank said the figures were wrong. Anna Berg from the Halden Group consultancy agreed. " +
				"Oskar Lind of the Marsh Institute, a think tank in Oslo, disagreed.",
			want: [][3]string{{"WORKS_FOR", "Piet Harlo", "Kestrel Institute"}, {"WORKS_FOR", "Anna Berg", "Halden Group"}, {"WORKS_FOR", "Oskar Lind", "Marsh Institute"}},
		},
		{
			name: "a vice president for a field and a senior fellow work for the body; a post held until a year is held no more",
			text: "Brenna Kolvig, Orvex Systems' vice president for public policy, said the rules were unclear. Ada Lunn, a senior fellow at the Kestrel Institute, agreed. " +
				"Per Vik, who was Brask Holdings' general counsel until 2021, disagreed.",
			want: [][3]string{{"WORKS_FOR", "Brenna Kolvig", "Orvex Systems"}, {"WORKS_FOR", "Ada Lunn", "Kestrel Institute"}, {"WORKS_FOR", "Per Vik", "Brask Holdings"}},
			not:  [][3]string{{"LEADS", "Brenna Kolvig", "Orvex Systems"}},
		},
		{
			name: "in a call between two ministers, the country after \"of the\" is the second's, not the first's",
			text: "Foreign Minister Ilka Varen spoke with Foreign Minister Tomas Brezny of the Czech Republic on Tuesday. The two discussed energy.",
			want: [][3]string{{"HOLDS_OFFICE", "Tomas Brezny", "Czech Republic"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ilka Varen", "Czech Republic"}},
		},
	})
}

// A post a relative clause on the name gives, held until a year, ends
// then: "X, who was Orvex Systems' general counsel until 2021,".
func TestJobHeldUntil(t *testing.T) {
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: "Brenna Kolvig, who was Orvex Systems' general counsel until 2021, said the rules were unclear.", PublishedAt: "2024-05-02"})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range x.Relations {
		if r.Type == "WORKS_FOR" && r.From == "person/brenna-kolvig" && r.To == "organization/orvex-systems" {
			if r.ValidTo == nil || *r.ValidTo != "2021" {
				t.Errorf("validTo %v, want 2021", r.ValidTo)
			}
			return
		}
	}
	t.Errorf("no WORKS_FOR Brenna Kolvig Orvex Systems among %v", x.Relations)
}

// A body's post named with a region ("the watchdog's Europe
// representative") covers the region for the body: no seat is held there.
func TestBodysRegionalPostsHoldNoSeat(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a body's Europe representative represents no district",
			text: "Amnesty International's Europe representative, Attila Mohr, condemned the arrest on Monday.",
			not:  [][3]string{{"REPRESENTS", "Attila Mohr", "Europe"}},
		},
		{
			name: "a party's town MP holds the town's seat",
			text: "The Harvest Party's Wexcombe MP Ana Lisk condemned the arrest on Monday.",
			want: [][3]string{{"REPRESENTS", "Ana Lisk", "Wexcombe"}},
		},
	})
}

// One who speaks for a part of a body that the body's name owns ("a
// spokesman for the UN's human rights office, X,") works for the body.
func TestSpokesmanForBodysUnitWorksForBody(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "a spokesman for a body's office named by its field",
			text: "A spokesman for the UN's human rights office, Jeremiah Fallow, said the trial was unfair.",
			want: [][3]string{{"WORKS_FOR", "Jeremiah Fallow", "United Nations"}},
		},
		{
			name: "a spokesperson for a body's office named by its country",
			text: "A spokesperson for the Helsinki Rights Committee's Serbia office, Dina Horvat, said the detentions were arbitrary.",
			want: [][3]string{{"WORKS_FOR", "Dina Horvat", "Helsinki Rights Committee"}},
		},
	})
}

// A legislator the text seats in a chamber it names holds the seat there,
// not one guessed in the story's state; and a minister who tells of a
// summons is no one the envoy meets.
func TestSeatsAndSummonses(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{
			name: "an MP the story seats in a chamber later holds the seat there, not a guess of the state",
			text: "OTTAWA, Canada — Ivo Dorn, an MP, said on Monday he was shocked. Dorn has sat in the House of Commons since 2015.",
			want: [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "House of Commons of Canada"}},
			not:  [][3]string{{"HOLDS_OFFICE", "Ivo Dorn", "Canada"}},
		},
		{
			name: "a minister who tells of an envoy summoned is the story's state's",
			text: "OTTAWA — Defence Minister Lina Sorel said on Monday that the government had summoned Russia's ambassador.",
			want: [][3]string{{"HOLDS_OFFICE", "Lina Sorel", "Canada"}},
		},
	})
}

// A definite body noun ("the movement", "the agency") stands for the one
// body named before that the text called by it: with the noun after the
// name ("the Silver Meadow movement"), before it ("the state news agency
// Kordex"), as well as one whose name ends in it. Where two bodies fit,
// it stands for neither.
func TestBodyNounTheTextCalledItBy(t *testing.T) {
	checkTreeCases(t, []treeCase{
		{
			name: "the movement named with the noun after its name accuses",
			text: "The Silver Meadow movement staged a protest in Dornvale on Monday. About 3,000 people marched to the town hall. " +
				"The movement has accused the government of ignoring farmers.",
			want: []wantEvent{{"ACCUSATION", "2025-05-12", []string{"agent:organization/silver-meadow"}}},
		},
		{
			name: "the agency typed by the noun before its name accuses",
			text: "Police detained two journalists in Velmar on Tuesday, the state news agency Kordex reported. The agency accused the police of intimidation.",
			want: []wantEvent{{"ACCUSATION", "2025-05-06", []string{"agent:organization/kordex"}}},
		},
		{
			name: "two alliances, one called so and one so named: neither",
			text: "The Northern Renewal Alliance held a rally in Tarsk on Saturday. The Blue Coast alliance held one in Varn. " +
				"On Monday the alliance accused the city council of corruption.",
			notParts: []string{"agent:organization/northern-renewal-alliance", "agent:organization/blue-coast"},
		},
		{
			name: "two alliances called so: neither",
			text: "Thousands joined the Blue Coast alliance and the Red Hill alliance at a rally in Tarsk on Saturday. " +
				"On Monday the alliance accused the city council of corruption.",
			notParts: []string{"agent:organization/blue-coast", "agent:organization/red-hill"},
		},
	})
	checkRelationCases(t, []relationCase{
		{
			name: "the movement's president leads the movement called so",
			text: "Thousands joined the Blue Coast movement at a rally in Tarsk on Saturday. The movement's president, Oren Pask, criticised the mayor.",
			want: [][3]string{{"LEADS", "Oren Pask", "Blue Coast"}},
		},
	})
}

// A party's plural leading title before a list of names is each name's:
// each is a member and leads the party; a plural member's title makes
// each a member only.
func TestPluralLeadingTitleBeforeList(t *testing.T) {
	checkRelationCases(t, []relationCase{{
		name: "co-leaders and leaders before two names; MPs before two",
		text: "Velmark's parliament met on Monday. Harvest Party co-leaders Ana Holm and Ivo Dorn said the party would appeal. " +
			"Civic Union leaders Per Lind and Oda Vell agreed. Harvest Party MPs Lina Sorel and Tomas Brell abstained.",
		want: [][3]string{
			{"MEMBER_OF", "Ana Holm", "Harvest Party"}, {"LEADS", "Ana Holm", "Harvest Party"},
			{"MEMBER_OF", "Ivo Dorn", "Harvest Party"}, {"LEADS", "Ivo Dorn", "Harvest Party"},
			{"LEADS", "Per Lind", "Civic Union"}, {"LEADS", "Oda Vell", "Civic Union"},
			{"MEMBER_OF", "Lina Sorel", "Harvest Party"}, {"MEMBER_OF", "Tomas Brell", "Harvest Party"},
		},
		not: [][3]string{{"LEADS", "Lina Sorel", "Harvest Party"}, {"LEADS", "Tomas Brell", "Harvest Party"}},
	}})
}
