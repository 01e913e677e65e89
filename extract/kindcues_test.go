package extract

import (
	"context"
	"testing"

	"github.com/polgraph/polgraph"
)

// Names no gazetteer knows get their kind from where the tree puts them:
// the possessor of a state's institutions is a state, a word made from its
// name is a mention of it, and what takes a share of the vote is a party,
// unless it is a person's name.
func TestKindFromContext(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string // entity name -> kind
		absent     []string          // names that must not be entities of their own
	}{
		{
			name: "possessor of a minister",
			text: "Tomas Adler, Varnessa's former deputy prime minister, was charged on Monday.",
			want: map[string]string{"Varnessa": polgraph.KindCountry, "Tomas Adler": polgraph.KindPerson},
		},
		{
			name: "a name in apposition with the noun party, before or after it",
			text: "Officials in Vellin spoke on Sunday. Ivo Dorn left to form a new party, the Harle Centre. Ana Holm leads the Brenn Institute, a party founded in May.",
			want: map[string]string{"Harle Centre": polgraph.KindParty, "Brenn Institute": polgraph.KindParty},
		},
		{
			name: "a label in brackets after a person's name, named as parties are",
			text: "Voters in Velmark go to the polls on Sunday. Felix Brandt (Freedom Alliance), a farmer from Enns, wants lower taxes. Ana Holm (Brenn Institute) disagrees.",
			want: map[string]string{"Freedom Alliance": polgraph.KindParty, "Brenn Institute": polgraph.KindOrganization},
		},
		{
			name: "one word joining two, a capital after small letters, names a body; a surname's prefix does not",
			text: "Officials in Vellin spoke on Sunday. Analysts at the watchdog said on Monday that the network had been active for a year, and VeritLab said it had found 40 fake sites. Ian McTavish said the sites were fake, and McTavish later resigned.",
			want: map[string]string{"VeritLab": polgraph.KindOrganization, "Ian McTavish": polgraph.KindPerson},
		},
		{
			name: "a name ending in lab or laboratory names a body",
			text: "Researchers at the Open Media Forensics Lab said on Monday that the accounts were fake. The Harwick Civic Laboratory agreed.",
			want: map[string]string{"Open Media Forensics Lab": polgraph.KindOrganization, "Harwick Civic Laboratory": polgraph.KindOrganization},
		},
		{
			name: "a person's cabinet",
			text: "Officials in Vellin spoke on Sunday. Tomas Adler's cabinet resigned en masse on Friday, and Varnessa's cabinet met on Saturday.",
			want: map[string]string{"Tomas Adler": polgraph.KindPerson, "Varnessa": polgraph.KindCountry},
		},
		{
			name: "a name after an article",
			text: "The Volka Sarnet passed the budget by 120 votes to 80 on Monday, after the Dario Velk affair had delayed it. Tomas Adler said the Volka Sarnet had done its duty.",
			want: map[string]string{"Volka Sarnet": polgraph.KindOrganization, "Tomas Adler": polgraph.KindPerson},
		},
		{
			name: "a name modifying a noun after an article",
			text: "Tomas Adler spoke on Monday about the Dario Velk raid, which the commission had investigated.",
			want: map[string]string{"Dario Velk": polgraph.KindPerson},
		},
		{
			name: "towns listed as instances of a noun of towns",
			text: "Strikes spread on Monday to several cities, including Morrow and Vessa, the union said. Fighting reached villages such as Dornik. Police held leaders, including Brannock.",
			want: map[string]string{"Morrow": polgraph.KindPlace, "Vessa": polgraph.KindPlace, "Dornik": polgraph.KindPlace, "Brannock": polgraph.KindPerson},
		},
		{
			name: "a town a weapon hits",
			text: "Artillery shelling hit Harvensk overnight, officials said. Ivo Dorn hit Marlow with a lawsuit.",
			want: map[string]string{"Harvensk": polgraph.KindPlace, "Marlow": polgraph.KindPerson},
		},
		{
			name: "a neighbouring town",
			text: "The council voted on Tuesday to merge with neighbouring Frankton, Ruth Ashby said.",
			want: map[string]string{"Frankton": polgraph.KindPlace, "Ruth Ashby": polgraph.KindPerson},
		},
		{
			name: "where a councillor sits",
			text: "Councillor Ruth Ashby of Upper Frankton said the plan was bad. Councillor Mark Pell of Amsby agreed.",
			want: map[string]string{"Upper Frankton": polgraph.KindPlace, "Amsby": polgraph.KindPlace, "Ruth Ashby": polgraph.KindPerson},
		},
		{
			name: "a councillor's party",
			text: "Councillor Ruth Ashby of the Kelso Vale Alliance said the plan was bad.",
			want: map[string]string{"Kelso Vale Alliance": polgraph.KindParty, "Ruth Ashby": polgraph.KindPerson},
		},
		{
			name: "completes the authorities with of",
			text: "The commission urged the authorities of Osterhal to release the journalists on Tuesday.",
			want: map[string]string{"Osterhal": polgraph.KindCountry},
		},
		{
			name:   "a demonym before troops",
			text:   "Keldaran troops crossed the river on Friday. On Saturday, Keldara denied that its soldiers had fired first.",
			want:   map[string]string{"Keldara": polgraph.KindCountry},
			absent: []string{"Keldaran"},
		},
		{
			name: "a nation's people",
			text: "Turnout was high across Kelmaria on Sunday. Kelmarians voted for change, the commission said.",
			want: map[string]string{"Kelmaria": polgraph.KindCountry},
		},
		{
			name: "a possessive supports a name that opens its sentence",
			text: "Talks resumed in Ostrel on Monday. Varnessa's prime minister said the talks would go on.",
			want: map[string]string{"Varnessa": polgraph.KindCountry},
		},
		{
			name: "the possessor of a mayor is a town",
			text: "Valdera's mayor, Ana Lisk, said the region had ignored the city. Ivo Dorn, Kestrum's mayor, agreed.",
			want: map[string]string{"Valdera": polgraph.KindPlace, "Kestrum": polgraph.KindPlace, "Ana Lisk": polgraph.KindPerson},
		},
		{
			name: "the learned tagger names a company the word lists do not know",
			text: "The ministry steered the contract to Corvane Construction after its chief executive, Boris Alt, paid the deputy minister. Police later raided Corvane Construction in Lidova.",
			want: map[string]string{"Corvane Construction": polgraph.KindOrganization, "Boris Alt": polgraph.KindPerson},
		},
		{
			name:   "the learned tagger reads no name in words the rules took for a person for want of a cue",
			text:   "Respondents could tick African, Native or Islander on the census form. In the villages the Kaasa Ebuli variety is spoken by older people. Ilse Varga met Dorn Kestrel on Friday.",
			want:   map[string]string{"Dorn Kestrel": polgraph.KindPerson},
			absent: []string{"Native", "Islander", "Kaasa Ebuli"},
		},
		{
			name: "a share of the vote",
			text: "In the election on Sunday the Harvest Front took 14 per cent, its best result.",
			want: map[string]string{"Harvest Front": polgraph.KindParty},
		},
		{
			name: "a candidate's share of the vote",
			text: "Milo Brandvik took 61 per cent in the election on Sunday.",
			want: map[string]string{"Milo Brandvik": polgraph.KindPerson},
		},
		{
			name: "a body's kind before its name, with words that modify it",
			text: "The rights group Solvang said on Monday that police had detained 40 people. The state news agency Korvex quoted officials, and the opposition alliance Forward Kavrania said it would appeal. Solvang will sue.",
			want: map[string]string{"Solvang": polgraph.KindOrganization, "Korvex": polgraph.KindOrganization, "Forward Kavrania": polgraph.KindOrganization},
		},
		{
			name:   "a minister's second portfolio is no name",
			text:   "The Minister of Fisheries and Oceans said on Monday that Ivo Dorn would resign.",
			want:   map[string]string{"Ivo Dorn": polgraph.KindPerson},
			absent: []string{"Oceans"},
		},
		{
			name:   "a name before a hyphen and what it is about is a name of its own",
			text:   "The embassy urged senators on Monday to stop meddling in Gaza-related talks, and Ana Holm criticised Kremlin-linked hackers.",
			want:   map[string]string{"Gaza Strip": polgraph.KindPlace, "Kremlin": polgraph.KindOrganization},
			absent: []string{"Gaza-related", "Kremlin-linked"},
		},
		{
			name: "a name gained or flipped is a seat",
			text: "In the by-election, Mira Sol of the Civic Alliance flipped Ostra, and the Green League gained Brask.",
			want: map[string]string{"Brask": polgraph.KindPlace, "Ostra": polgraph.KindPlace},
		},
		{
			name: "a name a candidate wins from is a seat",
			text: "Ana Holm won from Rae Tarli in 2019, and Ivo Dorn contested from Sutan Gari in 2024.",
			want: map[string]string{"Rae Tarli": polgraph.KindPlace, "Sutan Gari": polgraph.KindPlace},
		},
		{
			name:   "a news site before its name, not after",
			text:   "Ana Holm told the Moldovan news site NewsMaker on Monday that she would appeal. The Web site of the court was down.",
			want:   map[string]string{"NewsMaker": polgraph.KindOrganization},
			absent: []string{"Web"},
		},
		{
			name: "a company's spokeswoman speaks for it",
			text: "A spokeswoman for Petrokav said on Monday the company would appeal the ruling.",
			want: map[string]string{"Petrokav": polgraph.KindOrganization},
		},
		{
			name: "a company's chief executive",
			text: "Petrokav's chief executive, Oleg Varnov, told reporters on Monday the deal was dead.",
			want: map[string]string{"Petrokav": polgraph.KindOrganization, "Oleg Varnov": polgraph.KindPerson},
		},
		{
			name: "the chairman of a company",
			text: "Paul Whitby, the chairman of Grainex, resigned on Friday.",
			want: map[string]string{"Grainex": polgraph.KindOrganization, "Paul Whitby": polgraph.KindPerson},
		},
		{
			name:   "a party's member word before a name is no part of it",
			text:   "On Monday, Socialist Ivo Dorn said the plan was dead. Belgian Communist Tomas Vell agreed, and Green Ilka Morav said taxes would rise.",
			want:   map[string]string{"Ivo Dorn": polgraph.KindPerson, "Tomas Vell": polgraph.KindPerson, "Ilka Morav": polgraph.KindPerson},
			absent: []string{"Socialist Ivo Dorn", "Communist Tomas Vell", "Green Ilka Morav", "Green"},
		},
		{
			name:   "a party of party words before a member's title, a word of it known alone",
			text:   "Pavel Horak, a Civic Bloc MP, voted against the budget on Monday.",
			want:   map[string]string{"Civic Bloc": polgraph.KindParty, "Pavel Horak": polgraph.KindPerson},
			absent: []string{"Bloc", "Civic"},
		},
		{
			name:   "two plurals joined by and before a group's noun are one group",
			text:   "The Socialists and Democrats group in the European Parliament backed the motion on Tuesday, and Ivo Dorn of the Greens welcomed it.",
			want:   map[string]string{"Progressive Alliance of Socialists and Democrats": polgraph.KindOrganization}, // the known group, by its short name
			absent: []string{"Socialists", "Democrats"},
		},
		{
			name: "what is shelled, bombed or besieged is a place",
			text: "Separatists shelled Vellin on Monday. Warplanes bombed Dorsk on Tuesday, and rebels besieged Kesmir.",
			want: map[string]string{"Vellin": polgraph.KindPlace, "Dorsk": polgraph.KindPlace, "Kesmir": polgraph.KindPlace},
		},
		{
			name: "a coalition that a party's standing modifies, in apposition, is a party",
			text: "The main opposition coalition, the Harvest Alliance, rejected the result on Thursday. The Amber Bloc, the ruling coalition, welcomed it. The Rights Alliance, a coalition of charities, said nothing.",
			want: map[string]string{"Harvest Alliance": polgraph.KindParty, "Amber Bloc": polgraph.KindParty, "Rights Alliance": polgraph.KindOrganization},
		},
		{
			name:   "a place inside a group's name before the group's noun",
			text:   "The motion was drafted by Dutch MEP Lotte Varenbrink of the Renew Europe group on Tuesday.",
			want:   map[string]string{"Renew Europe": polgraph.KindOrganization, "Lotte Varenbrink": polgraph.KindPerson},
			absent: []string{"Europe"},
		},
		{
			name:   "a nationality opens a body's name before a party's noun",
			text:   "Leaders of the Hungarian Way movement met in Budapest on Monday, and the Hungarian Socialist party boycotted the talks.",
			want:   map[string]string{"Hungarian Way": polgraph.KindOrganization},
			absent: []string{"Way", "Hungarian Socialist"},
		},
		{
			name: "a name of parties' words only, no given name among them",
			text: "Voters in Dolna Wola backed Left Forward on Sunday, and its leader Adam Krusz called the result a turning point.",
			want: map[string]string{"Left Forward": polgraph.KindParty, "Adam Krusz": polgraph.KindPerson, "Dolna Wola": polgraph.KindPlace},
		},
		{
			name:   "a title's town, then its holder",
			text:   "The mayor of Kravno Peter Dulik will run for the regional post, his office said on Tuesday.",
			want:   map[string]string{"Kravno": polgraph.KindPlace, "Peter Dulik": polgraph.KindPerson},
			absent: []string{"Kravno Peter Dulik"},
		},
		{
			name:   "a region named by a state's name and an opener",
			text:   "Turnout in the regional election in Lesser Poland was 58 per cent on Sunday.",
			want:   map[string]string{"Lesser Poland": polgraph.KindPlace},
			absent: []string{"Lesser"},
		},
		{
			name: "a town an army takes, or fights for, is a place",
			text: "Government forces retook Hlynsk on Sunday, the defence ministry said. Troops encircled Orvel in March. The siege of Dravka lasted four months. The battle for Kosmen continued, and troops stormed Lubar at dawn.",
			want: map[string]string{"Hlynsk": polgraph.KindPlace, "Orvel": polgraph.KindPlace, "Dravka": polgraph.KindPlace, "Kosmen": polgraph.KindPlace, "Lubar": polgraph.KindPlace},
		},
		{
			name: "a pollster's or a fund's name after a coined word",
			text: "A survey by Tarsk Metrics found that support for the government had fallen. Orvan Research said turnout would rise, and Lenta Capital gave money to both parties. Ivo Dorn said the figures were wrong.",
			want: map[string]string{"Tarsk Metrics": polgraph.KindOrganization, "Orvan Research": polgraph.KindOrganization, "Lenta Capital": polgraph.KindOrganization, "Ivo Dorn": polgraph.KindPerson},
		},
		{
			name: "a name of two words that has a company's officers or runs a poll is a body, a spokesman's is a person",
			text: "A survey by Opinia Velmar found that support for the government had fallen. The shareholders of Brannik Steelworks approved the sale on Monday. A spokesman for Ilse Varga declined to comment.",
			want: map[string]string{"Opinia Velmar": polgraph.KindOrganization, "Brannik Steelworks": polgraph.KindOrganization, "Ilse Varga": polgraph.KindPerson},
		},
		{
			name: "the one a verb phrase of criticism is aimed at, after its preposition, is no place",
			text: "Lars Tenn hit out at Dorn on Wednesday, and Oda Brisk took aim at Velk.",
			want: map[string]string{"Dorn": polgraph.KindPerson, "Velk": polgraph.KindPerson},
		},
		{
			name: "a commission reports a share",
			text: "The Central Polling Commission said on Sunday that turnout reached 61 per cent.",
			want: map[string]string{"Central Polling Commission": polgraph.KindOrganization},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: tt.text, PublishedAt: "2024-05-02"})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, e := range x.Entities {
				got[e.Name] = e.Kind
			}
			for name, kind := range tt.want {
				if got[name] != kind {
					t.Errorf("%s: kind %q, want %q (entities %v)", name, got[name], kind, got)
				}
			}
			for _, name := range tt.absent {
				if k, ok := got[name]; ok {
					t.Errorf("%s is an entity of its own (%s), want none", name, k)
				}
			}
		})
	}
}

// A name written with and without its diacritics is one person.
func TestNameWithAndWithoutDiacritics(t *testing.T) {
	text := "Zoltán Kovács, the mayor of Veszla, resigned on Monday. Kovacs said he had done nothing wrong."
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2024-05-02"})
	if err != nil {
		t.Fatal(err)
	}
	var persons []string
	for _, e := range x.Entities {
		if e.Kind == polgraph.KindPerson {
			persons = append(persons, e.Name)
		}
	}
	if len(persons) != 1 || persons[0] != "Zoltán Kovács" {
		t.Errorf("persons %q, want one: Zoltán Kovács", persons)
	}
}

// A bare word taken for a person by default, joined by "and" or "or" to a
// place known to be one, is a place too; a preposition's cue does not
// spread so ("in Ratych and Bloomer" cites a case; named twice, as the
// learned tagger reads no name in it alone, see TestKindFromContext).
func TestKindOfACoordinatedPlace(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string
	}{
		{"Ilsa Varn won the Harbury seat in 2019. She said Harbury and Lowmere had voted for change.",
			map[string]string{"Harbury": polgraph.KindPlace, "Lowmere": polgraph.KindPlace, "Ilsa Varn": polgraph.KindPerson}},
		{"Ilsa Varn said voters in Leeds or Lowmere would decide.",
			map[string]string{"Leeds": polgraph.KindPlace, "Lowmere": polgraph.KindPlace}},
		{"The point is made in Ratych and Bloomer, Ilsa Varn told the court. Bloomer was heard in 1992.",
			map[string]string{"Bloomer": polgraph.KindPerson}},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: tt.text, PublishedAt: "2024-05-02"})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, e := range x.Entities {
			got[e.Name] = e.Kind
		}
		for name, kind := range tt.want {
			if got[name] != kind {
				t.Errorf("%q: %s is %q, want %q (%v)", tt.text, name, got[name], kind, got)
			}
		}
	}
}

// What a candidate, as an MP, stands "for" is a seat: a place, though
// the lists know "candidate" as a title of no legislature.
func TestCandidateForSeat(t *testing.T) {
	checkKindCases(t, []kindCase{
		{"Kiran Desh, the candidate for Anandpur, conceded defeat on Friday.",
			map[string]string{"Kiran Desh": polgraph.KindPerson, "Anandpur": polgraph.KindPlace}, nil},
		{"Priya Raman, the Workers' Front candidate for Velgaon, conceded defeat.",
			map[string]string{"Workers' Front": polgraph.KindParty, "Velgaon": polgraph.KindPlace}, nil},
		{"Ana Lisk, the MP for Northgate, said profits fell.",
			map[string]string{"Northgate": polgraph.KindPlace}, nil},
	})
}

// A one-word name read as a person for want of a cue ("Petrokav said")
// is the company the article names so elsewhere ("Petrokav chief
// executive Oleg Varnov"): one organisation, no person beside it; so is
// a bare party name opening a sentence ("Agrarians said") the party the
// article names "the Agrarians", before or after.
func TestOneWordNameIsTheCompanyNamedSoElsewhere(t *testing.T) {
	for _, c := range []struct{ text, name, kind string }{
		{"Petrokav said on Monday that profits rose. Petrokav chief executive Oleg Varnov said the deal was dead.", "Petrokav", polgraph.KindOrganization},
		{"The Agrarians won 14 seats in Velbari. Agrarians said they would join the coalition.", "Agrarians", polgraph.KindParty},
		{"Agrarians said on Monday they would vote against the budget. The Agrarians left the coalition in March.", "Agrarians", polgraph.KindParty},
	} {
		x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: c.text, PublishedAt: "2024-05-02"})
		if err != nil {
			t.Fatal(err)
		}
		var kinds []string
		for _, e := range x.Entities {
			if e.Name == c.name {
				kinds = append(kinds, e.Kind)
			}
		}
		if len(kinds) != 1 || kinds[0] != c.kind {
			t.Errorf("%q: %s is %v, want one %s", c.text, c.name, kinds, c.kind)
		}
	}
}
