package extract

import (
	"context"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
)

// kindsByName extracts text and gives each entity's kind by its name.
func kindsByName(t *testing.T, text string) map[string]string {
	t.Helper()
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2025-04-08"})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range x.Entities {
		got[e.Name] = e.Kind
	}
	return got
}

// checkKinds extracts text and checks each wanted name's kind, and that
// the names absent are no entity.
func checkKinds(t *testing.T, text string, want map[string]string, absent ...string) {
	t.Helper()
	got := kindsByName(t, text)
	for name, kind := range want {
		if got[name] != kind {
			t.Errorf("%q: %s is %q, want %q (%v)", text, name, got[name], kind, got)
		}
	}
	for _, name := range absent {
		if k, ok := got[name]; ok {
			t.Errorf("%q: %s is an entity (%s)", text, name, k)
		}
	}
}

// A body's head goes on with "for" to what the body is for, after a
// name as after a bare head ("the Kovar Agency for Refugees"), and a
// party of the lists that ends a longer name is part of it ("the Vesta
// Movement for Change" is not the Movement for Change); a person after
// "for" is no part of a name, nor after a nationality a state or what
// the list names ("the Australian Centre for Ukraine").
func TestBodyNamesForWhat(t *testing.T) {
	checkKindCases(t, []kindCase{
		{"The chief of the Kovar Agency for Refugees, Mila Strand, visited the camp.",
			map[string]string{"Kovar Agency for Refugees": polgraph.KindOrganization, "Mila Strand": polgraph.KindPerson}, []string{"Kovar Agency", "Refugees"}},
		{"The Vesta Movement for Change said on Monday it would contest every seat in Velbari.",
			map[string]string{"Vesta Movement for Change": polgraph.KindOrganization}, []string{"Movement for Change", "Vesta Movement"}},
		{"The Holm Foundation gave a prize to the Varga Institute for Ana Berg on Monday.",
			map[string]string{"Varga Institute": polgraph.KindOrganization, "Ana Berg": polgraph.KindPerson}, nil},
		{"The Observatory for Democracy in Belarus said 30 people had been detained.",
			map[string]string{"Observatory for Democracy": polgraph.KindOrganization}, []string{"Observatory"}},
		// after a nationality, to what no list names, not to a state
		{"The Kenyan Observatory for Human Rights said 12 people had died in Nairobi.",
			map[string]string{"Kenyan Observatory for Human Rights": polgraph.KindOrganization}, []string{"Kenyan Observatory"}},
		{"The Tunisian League for Personal Rights accused the police of torture.",
			map[string]string{"Tunisian League for Personal Rights": polgraph.KindOrganization}, []string{"Tunisian League"}},
		{"The Australian Centre for Ukraine said it had sent aid.",
			map[string]string{"Australian Centre": polgraph.KindOrganization, "Ukraine": polgraph.KindCountry}, nil},
		// a nationality's body named after another state's city: the city is part of its name
		{"The Moldovan Helsinki Rights Union said the detainees had been tortured.",
			map[string]string{"Moldovan Helsinki Rights Union": polgraph.KindOrganization}, []string{"Helsinki Rights Union", "Helsinki"}},
		{"The Georgian Tbilisi City Court jailed Nika Beridze on Monday.",
			map[string]string{"Tbilisi City Court": polgraph.KindOrganization, "Nika Beridze": polgraph.KindPerson}, []string{"Georgian Tbilisi City Court"}},
		// a title in the plural before the head names the body's field, as after "of"
		{"The Serbian Lawyers Association said the arrest of Dragan Pek was unlawful.",
			map[string]string{"Serbian Lawyers Association": polgraph.KindOrganization, "Dragan Pek": polgraph.KindPerson}, []string{"Association"}},
		// after a place the gazetteer knows too
		{"The Bratislava Institute for Peace Studies said support for the government had fallen.",
			map[string]string{"Bratislava Institute for Peace Studies": polgraph.KindOrganization}, []string{"Bratislava", "Institute for Peace Studies"}},
	})
}

// Armed groups', unions' and companies' names end in their heads
// ("Militia", "Guards", "Unions", "Mining"), and a word that names nothing alone ("Northern",
// "Independent") opens such a name; a capital "The" that opens a
// sentence before a longer body's name is no newspaper's.
func TestArmedGroupsAndUnionsByTheirHeads(t *testing.T) {
	checkKindCases(t, []kindCase{
		{"Fighters of the Kivu Defence Militia attacked a village in eastern Congo, the army said.",
			map[string]string{"Kivu Defence Militia": polgraph.KindOrganization}, nil},
		{"The Free Syrian Guards said they had shot down a drone near Idlib.",
			map[string]string{"Free Syrian Guards": polgraph.KindOrganization}, []string{"Guards"}},
		{"The Federation of Dockworkers' Unions called a national strike in Greece on Tuesday.",
			map[string]string{"Federation of Dockworkers' Unions": polgraph.KindOrganization}, []string{"Federation of Dockworkers"}},
		{"Rebels of the Northern Liberation Army seized the town of Kidal on Monday.",
			map[string]string{"Northern Liberation Army": polgraph.KindOrganization}, []string{"Liberation Army"}},
		{"The Independent Electoral Commission of Malawi rejected the petition filed by Peter Banda.",
			map[string]string{"Independent Electoral Commission of Malawi": polgraph.KindOrganization}, []string{"The Independent"}},
		// a company by its industry: no person, whatever verb takes it
		{"The watchdog accused Tarvel Mining of bribery on Monday.",
			map[string]string{"Tarvel Mining": polgraph.KindOrganization}, nil},
		{"Regulators fined Orsk Shipping and Brava Steel on Tuesday.",
			map[string]string{"Orsk Shipping": polgraph.KindOrganization, "Brava Steel": polgraph.KindOrganization}, nil},
	})
}

// A body named by its members and what they stand for opens with a
// plural noun for people ("Lawyers for Democracy"): one organisation,
// not a lawyer, nor a person named by the words after it; a plural
// before "of" and a name is no such body.
func TestBodiesNamedByTheirMembers(t *testing.T) {
	checkKindCases(t, []kindCase{
		{"Physicians for Fair Care said police beat protesters in Tbilisi on Monday.",
			map[string]string{"Physicians for Fair Care": polgraph.KindOrganization}, []string{"Fair Care"}},
		{"The arrest of Ana Lisk was condemned by Reporters Without Frontiers on Monday.",
			map[string]string{"Reporters Without Frontiers": polgraph.KindOrganization, "Ana Lisk": polgraph.KindPerson}, []string{"Without Frontiers"}},
		{"Lawyers for Open Courts, a Kenyan rights group, criticised the ruling.",
			map[string]string{"Lawyers for Open Courts": polgraph.KindOrganization}, []string{"Open Courts"}},
		{"Mothers of the Vanished marched in Buenos Aires on Sunday.",
			map[string]string{"Mothers of the Vanished": polgraph.KindOrganization}, nil},
		{"Friends of Tom Varga said he had left Kyiv.",
			map[string]string{"Tom Varga": polgraph.KindPerson}, []string{"Friends of Tom Varga"}},
	})
}

// A name whose last word a list knows as a body's (the miner Vale) is a
// person's where its apposition says so ("Dorn Vale, a lawmaker,"): one
// name, not a body after a stray word.
func TestPersonNamedLikeABody(t *testing.T) {
	checkKindCases(t, []kindCase{
		{"Dorn Vale, a lawmaker, said the law was unfair.",
			map[string]string{"Dorn Vale": polgraph.KindPerson}, []string{"Vale"}},
		{"Dorn Vale, a Torvan League lawmaker, said on Monday the law was unfair.",
			map[string]string{"Dorn Vale": polgraph.KindPerson, "Torvan League": polgraph.KindParty}, []string{"Vale"}},
	})
}

// A one-word body or party the lists know (the miner Vale, Iceland's
// party Dawn) that ends a run of capitalised words no list explains is
// the run's last word, not a namesake after a stray word: "Kestrow Vale"
// is a town, "Civic Dawn" a party, and "Dawn" of party names' words.
func TestBodyWordEndsUnknownName(t *testing.T) {
	checkKindCases(t, []kindCase{
		{"The council met in Kestrow Vale on Monday, Anna Pelt said.",
			map[string]string{"Kestrow Vale": polgraph.KindPlace, "Anna Pelt": polgraph.KindPerson}, []string{"Vale", "Kestrow"}},
		{"Civic Dawn called for new elections on Monday. The leader of Civic Dawn, Tomas Brandl, said so.",
			map[string]string{"Civic Dawn": polgraph.KindParty}, []string{"Civic", "Dawn"}},
		{"Reporters asked Merel Vale about the budget on Monday.",
			map[string]string{"Merel Vale": polgraph.KindPerson}, []string{"Vale", "Merel"}},
	})
}

// A plural's possessive inside a body's name ("Farmers' League", "People's
// Voice") is part of one name; after it, a lower-case noun ("the Greens'
// spokeswoman") is not.
func TestPluralPossessiveNames(t *testing.T) {
	tests := []struct {
		text   string
		want   map[string]string
		absent []string
	}{
		{"Coalition talks stalled after the Farmers' League walked out. The Farmers' League won every seat in Vellin in 2021.",
			map[string]string{"Farmers' League": polgraph.KindParty}, []string{"Farmers", "League"}},
		{"The Workers' Front leader, Pavel Dusek, criticised the count on Sunday.",
			map[string]string{"Workers' Front": polgraph.KindOrganization, "Pavel Dusek": polgraph.KindPerson}, []string{"Workers"}},
		{"The Greens' spokeswoman, Nadia Ferro, said her party would abstain.",
			map[string]string{"Nadia Ferro": polgraph.KindPerson}, []string{"Greens' spokeswoman"}},
		// so is a plural of people's in "'s" that opens a name: it owns
		// no one named
		{"Ivo Dorn launched the People's Voice movement on Sunday in Velden.",
			map[string]string{"People's Voice": polgraph.KindParty, "Ivo Dorn": polgraph.KindPerson}, []string{"Voice"}},
	}
	for _, tt := range tests {
		checkKinds(t, tt.text, tt.want, tt.absent...)
	}
}

// A state the gazetteer does not know is a country where its demonym or
// possessive comes before a state's title or body ("Kelmoran Prime
// Minister", "Orvania's Justice Minister", "the Orvanian Interior
// Ministry"), though the parser hangs it on the holder's name; what the
// state owns is a body of its own, not part of the state's name.
func TestCountryBeforeItsTitles(t *testing.T) {
	tests := []struct {
		text   string
		want   map[string]string
		absent []string
	}{
		{"Talks in Kelmora stalled on Tuesday. Kelmoran Prime Minister Hedda Lund told reporters the door remained open.",
			map[string]string{"Kelmora": polgraph.KindCountry, "Hedda Lund": polgraph.KindPerson}, nil},
		{"Police detained 12 protesters in Sarn. Orvania's Justice Minister Dana Kolar said the count was clean.",
			map[string]string{"Orvania": polgraph.KindCountry, "Sarn": polgraph.KindPlace}, nil},
		{"Police detained 12 protesters in Sarn, the Orvanian Interior Ministry said. Voting in Orvania ended at nine.",
			map[string]string{"Orvania": polgraph.KindCountry}, nil},
		{"Kelmora's Ministry of Finance warned on Monday that the budget could be delayed.",
			map[string]string{"Kelmora": polgraph.KindCountry, "Ministry of Finance": polgraph.KindOrganization}, []string{"Kelmora's Ministry of Finance"}},
		{"Staff at King's College and Lloyd's Bank said the Prime Minister's Office was wrong.",
			map[string]string{"King's College": polgraph.KindOrganization, "Lloyd's Bank": polgraph.KindOrganization}, []string{"King", "Lloyd"}},
	}
	for _, tt := range tests {
		checkKinds(t, tt.text, tt.want, tt.absent...)
	}
}

// A party no list knows may share its name with another country's: its id
// carries the country the story is filed from or is about where the
// article says, and is the plain name where it does not.
func TestUnknownPartyByCountry(t *testing.T) {
	const won = "The Farmers' League won every seat in Vellin on Sunday, Sigrid Halvorsen said."
	tests := []struct {
		name, text, want string
	}{
		{"filed from Oslo", "OSLO, Norway - " + won, "party/farmers-league--no"},
		{"filed from Warsaw", "WARSAW (Reuters) - " + won, "party/farmers-league--pl"},
		{"about Sweden", won + " Sweden's government said Sweden would hold a second vote in Sweden in May.", "party/farmers-league--se"},
		{"no country", won, "party/farmers-league"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := entityOf(t, tt.text, "Farmers' League", 0); got != tt.want {
				t.Errorf("%q: Farmers' League is %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// The first of two surnames alone ("Rodriguez") is the one person whose
// name has it before the last word ("Jose Luis Rodríguez Zapata"), with
// or without its accents; a given name there ("Maria" of "Anna Maria
// Holm") is no surname.
func TestFirstOfTwoSurnames(t *testing.T) {
	text := "José Luis Rodríguez Zapata said on Monday he would run. Rodríguez Zapata has led the party since 2019. Rodriguez said more later."
	checkIDs(t, []idCase{
		{"the first surname alone", text, "Rodriguez", 0, "person/jose-luis-rodriguez-zapata"},
		{"both surnames", text, "Rodríguez Zapata", 1, "person/jose-luis-rodriguez-zapata"},
	})
}

// Initials before a surname, one or several, open the person's name, as
// South Asian papers write names ("D. K. Murthy"): no person "D".
func TestNamesOpenedByInitials(t *testing.T) {
	text := "Veteran leader D. K. Murthy quit the Harbour Party in March. K. Anna Holm replaced him. Murthy declined to comment."
	checkIDs(t, []idCase{
		{"two initials", text, "D. K. Murthy", 0, "person/d-murthy"},
		{"one initial", text, "K. Anna Holm", 0, "person/k-anna-holm"},
		{"the surname later", text, "Murthy", 1, "person/d-murthy"},
	})
	checkKinds(t, text, map[string]string{"D. K. Murthy": polgraph.KindPerson}, "D")
}

// A Korean or Chinese family name, written first, alone is the person of
// that name named last before it, where two the article names share it.
func TestFamilyNameFirstAlone(t *testing.T) {
	text := "Party leader Han Min-jun resigned on Thursday. \"I accept the decision,\" Han told reporters. " +
		"Prime Minister Han Ji-ho offered to resign. Han said the cabinet would stay until a successor was named."
	checkIDs(t, []idCase{
		{"the one named before", text, "Han", 1, "person/han-min-jun"},
		{"the one named last before", text, "Han", 3, "person/han-ji-ho"},
	})
}

// Letters before the noun "party" ("the ruling KDP party") are a party's
// name, spelled out or not, and the same letters later are that party.
func TestAcronymBeforePartyNoun(t *testing.T) {
	text := "The ruling KDP party won the vote on Sunday, and KDP leader Ana Lisk thanked voters."
	checkIDs(t, []idCase{
		{"before the noun", text, "KDP", 0, "party/kdp--ac48fe34c"},
		{"later", text, "KDP", 1, "party/kdp--ac48fe34c"},
	})
}

// A party the article names in the plural ("the Social Democrats") is
// the one its singular names ("Social Democrat leader Irena Holub", "a
// Social Democrat"); a singular no party's plural explains ("Smith"
// beside "the Smiths") is a name as any other, and a longer name that
// opens with it ("the Green Party") is its own.
func TestPartyNamedInTheSingular(t *testing.T) {
	text := "The Social Democrats are second with 24 percent. Social Democrat leader Irena Holub conceded defeat. " +
		"Jorun Aske, a Social Democrat, said the cuts would fall on ministries. The Smiths sued. Smith said no. " +
		"The Greens and the Green Party met."
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2025-04-08"})
	if err != nil {
		t.Fatal(err)
	}
	byStart := map[int]polgraph.Entity{}
	for _, e := range x.Entities {
		for _, m := range e.Mentions {
			byStart[m.Start] = e
		}
	}
	at := func(s string, n int) polgraph.Entity {
		i := -1
		for range n + 1 {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return byStart[i]
	}
	party := at("Social Democrats", 0)
	if party.Kind != polgraph.KindParty {
		t.Fatalf("Social Democrats is %+v, want a party", party)
	}
	for n := range 2 {
		if got := at("Social Democrat", n+1); got.ID != party.ID {
			t.Errorf("Social Democrat (%d) is %q, want %q", n+1, got.ID, party.ID)
		}
	}
	if got := at("Smith", 1); got.Kind != polgraph.KindPerson || got.ID == at("Smiths", 0).ID {
		t.Errorf("Smith is %q (%s), want a person of its own", got.ID, got.Kind)
	}
	if got := at("Green Party", 0); got.Kind != polgraph.KindParty || got.ID == at("Greens", 0).ID {
		t.Errorf("Green Party is %q (%s), want a party of its own", got.ID, got.Kind)
	}
	var leads bool
	for _, r := range x.Relations {
		leads = leads || r.Type == "LEADS" && r.From == "person/irena-holub" && r.To == party.ID
	}
	if !leads {
		t.Errorf("no LEADS person/irena-holub -> %s in %+v", party.ID, x.Relations)
	}
}

// A surname alone is the person the article names in full, unless a noun
// beside it says it names something else: "in Holub, a town" after Irena
// Holub is the town; "Holub said" is hers.
func TestSurnameOrTypedPlace(t *testing.T) {
	text := "Irena Holub conceded defeat on Sunday. Pavel Dusek criticised the count in Holub, a town near the border. " +
		"Holub said she would stay."
	tests := []struct {
		n        int
		wantKind string
		person   bool
	}{
		{1, polgraph.KindPlace, false},
		{2, polgraph.KindPerson, true},
	}
	for _, tt := range tests {
		id := entityOf(t, text, "Holub", tt.n)
		if got := id == "person/irena-holub"; got != tt.person || !strings.HasPrefix(id, strings.ToLower(tt.wantKind)+"/") {
			t.Errorf("Holub (%d) is %q, want a %s (Irena Holub: %v)", tt.n, id, tt.wantKind, tt.person)
		}
	}
}

// A body's name that "of" continues with an office title and its holder
// ("the Civic Union of Prime Minister Karel Vodak") is the body and the
// person, and "Vodak" later is him; "National Assembly of Kavrania" stays
// one name.
func TestBodyOfATitledPerson(t *testing.T) {
	text := "The Civic Union of Prime Minister Karel Vodak is ahead with 38 percent. Vodak thanked volunteers. " +
		"The National Assembly of Kavrania will meet on Monday."
	checkKinds(t, text, map[string]string{"Civic Union": polgraph.KindParty, "Karel Vodak": polgraph.KindPerson, "National Assembly of Kavrania": polgraph.KindOrganization})
	if id := entityOf(t, text, "Vodak", 1); id != "person/karel-vodak" {
		t.Errorf("Vodak is %q, want person/karel-vodak", id)
	}
}

// Deputies belong to a party: a name whose last word may end a party's
// that "deputies of" completes is one ("the Farmers' League"); a
// legislature's name is not ("the Kelmoran Assembly"); and a noun in
// apposition types a name a quotation closes ("in Holub", a town).
func TestPartyOfDeputies(t *testing.T) {
	text := "The Kelmoran Assembly passed the budget on Wednesday after the Speaker suspended two deputies of the Farmers' League. " +
		"Two deputies of the Kelmoran Assembly abstained. Pavel Dusek criticised \"stations opened late in Holub\", a town near the border."
	checkKinds(t, text, map[string]string{"Farmers' League": polgraph.KindParty, "Kelmoran Assembly": polgraph.KindOrganization, "Holub": polgraph.KindPlace})
}

// A state is what an ambassador is sent "to", and what a legislature's
// demonym names ("the Kelmoran Assembly"), as in any other article that
// names it, so that it is one country node and not a place in some.
func TestCountryOfAnAmbassadorOrAssembly(t *testing.T) {
	tests := []struct{ text, name string }{
		{"Oskar Lund, a former ambassador to Orvania, will travel to Sarn next week.", "Orvania"},
		{"The Kelmoran Assembly passed the budget on Wednesday. The finance minister said Kelmora could not wait.", "Kelmora"},
	}
	for _, tt := range tests {
		if got := kindsByName(t, tt.text); got[tt.name] != polgraph.KindCountry {
			t.Errorf("%q: %s is %q, want a country (%v)", tt.text, tt.name, got[tt.name], got)
		}
	}
}

// A name that opens a sentence with "The" ("The Greens' spokeswoman") is
// the one the article writes after a lower-case "the" ("backed the
// Greens"): one party, not a party and a short form of nothing.
func TestSentenceOpeningThe(t *testing.T) {
	text := "The Greens' spokeswoman, Nadia Ferro, said no. Voters backed the Greens in May."
	first, later := entityOf(t, text, "The Greens", 0), entityOf(t, text, "Greens", 1)
	if !strings.HasPrefix(first, "party/") || later != first {
		t.Errorf("The Greens is %q and the Greens %q, want one party", first, later)
	}
}

// What a candidate wins, loses or contests is a seat, a place, where
// nothing else says what the name is ("won Velbari", "lost Amroha"); a
// person arrested or beaten stays one.
func TestSeatsWonArePlaces(t *testing.T) {
	text := "Ilsa Varn won Velbari by 40,000 votes and lost Amroha. Her rival, Tej Malhan, won Sonepur Nagar. " +
		"Malhan beat Ilsa Varn. Police arrested Varn and questioned Malhan."
	checkKinds(t, text, map[string]string{
		"Velbari": polgraph.KindPlace, "Amroha": polgraph.KindPlace, "Sonepur Nagar": polgraph.KindPlace,
		"Ilsa Varn": polgraph.KindPerson, "Tej Malhan": polgraph.KindPerson,
	})
}

// A seat "in" a name no list knows makes it a place, a constituency,
// whether the phrase hangs on the seat or on the verb; a person in a
// party stays one.
func TestSeatInAPlace(t *testing.T) {
	text := "Dev Malhan, who retained his seat in Rae Tolan, said voters wanted change. " +
		"Ilsa Varn, who won a seat in Kovel Marden, said she would serve. Ana Brezh, a member in Varn's party, resigned."
	checkKinds(t, text, map[string]string{
		"Rae Tolan": polgraph.KindPlace, "Kovel Marden": polgraph.KindPlace,
		"Dev Malhan": polgraph.KindPerson, "Ilsa Varn": polgraph.KindPerson, "Ana Brezh": polgraph.KindPerson,
	})
}

// The village, town or district "of" a name no list knows makes it a
// place; a person of a body stays one.
func TestPlaceOfASettlement(t *testing.T) {
	text := "Police raided the mountain village of Dolna Brezh on Monday. Troops left the town of Vares Polje on Tuesday. Ana Brezh, a spokeswoman of the city council, resigned."
	checkKinds(t, text, map[string]string{
		"Dolna Brezh": polgraph.KindPlace, "Vares Polje": polgraph.KindPlace, "Ana Brezh": polgraph.KindPerson,
	})
}

// Two unknown capitalised words "in" or "near" which no given name opens
// are where something happened; a given name or a possessive says a
// person.
func TestTwoWordPlaceAfterIn(t *testing.T) {
	text := "Police detained 20 students in Novi Varos on Monday. Protesters gathered near Banja Vrela on Tuesday. " +
		"Reporters waited in Ana Brezh's office."
	checkKinds(t, text, map[string]string{
		"Novi Varos": polgraph.KindPlace, "Banja Vrela": polgraph.KindPlace, "Ana Brezh": polgraph.KindPerson,
	})
}

// A name that gives its first names by their initials is the person the
// article names in full with those initials, whichever comes first; with
// other initials it is someone else.
func TestInitialledNames(t *testing.T) {
	tests := []struct {
		text string
		want []string // the persons' ids
	}{
		{"Nurlan Bekov was appointed governor. Before that, N. Bekov worked at the ministry.", []string{"person/nurlan-bekov"}},
		{"N. Bekov worked at the ministry. Nurlan Bekov was appointed governor on Monday.", []string{"person/nurlan-bekov"}},
		{"Rustam Oralbek spoke first. Later P. Oralbek spoke against him.", []string{"person/rustam-oralbek", "person/p-oralbek"}},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: tt.text, PublishedAt: "2025-04-08"})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range x.Entities {
			if e.Kind == polgraph.KindPerson {
				got = append(got, e.ID)
			}
		}
		slices.Sort(got)
		want := slices.Sorted(slices.Values(tt.want))
		if !slices.Equal(got, want) {
			t.Errorf("%q: persons %v, want %v", tt.text, got, want)
		}
	}
}

// A generational suffix ("Jr.", "Sr.", "III") closes a person's name but
// is no part of the id or the name, which the surname alone then names;
// the full form stays an alias. A numeral after a given name alone is a
// reign's ("Pope Anselm II").
func TestGenerationalSuffixes(t *testing.T) {
	tests := []struct {
		text  string
		want  map[string]string // the persons' ids and names
		alias string            // an alias the first one keeps
	}{
		{"Senator Marcus Hale Jr. resigned on Tuesday. Hale said he would return to law.",
			map[string]string{"person/marcus-hale": "Marcus Hale"}, "Marcus Hale Jr"},
		{"Governor Robert Ellison Sr. endorsed his son on Friday.",
			map[string]string{"person/robert-ellison": "Robert Ellison"}, "Robert Ellison Sr"},
		{"Mayor Henry Caldwell III denied the allegations. Caldwell called them false.",
			map[string]string{"person/henry-caldwell": "Henry Caldwell"}, "Henry Caldwell III"},
		{"Pope Paul II met Mayor Henry Caldwell II in Rome.",
			map[string]string{"person/paul-ii": "Paul II", "person/henry-caldwell": "Henry Caldwell"}, ""},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: tt.text, PublishedAt: "2025-04-08"})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		var aliases []string
		for _, e := range x.Entities {
			if e.Kind == polgraph.KindPerson {
				got[e.ID] = e.Name
				aliases = append(aliases, e.Aliases...)
			}
		}
		if !maps.Equal(got, tt.want) {
			t.Errorf("%q: persons %v, want %v", tt.text, got, tt.want)
		}
		if tt.alias != "" && !slices.Contains(aliases, tt.alias) {
			t.Errorf("%q: aliases %v, want %q among them", tt.text, aliases, tt.alias)
		}
	}
}

// A body named by the last word of its name after "the" is the one body
// the article names so; where two share the word, it is neither.
func TestBodyByItsLastWord(t *testing.T) {
	checkIDs(t, []idCase{
		{"the one body", "The Harbour Standard reported the dinners on Monday. The documents, the Standard said, were genuine.", "Standard", 1, "organization/harbour-standard"},
		{"a known body", "European Commission spokesman Marek Havel said the Commission would study the law.", "Commission", 1, "organization/european-commission"},
	})
	x, err := extractor.Extract(context.Background(), polgraph.Article{Text: "The Supreme Court and the Constitutional Court met. The Court said nothing."})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range x.Entities {
		if e.Name == "Supreme Court" || e.Name == "Constitutional Court" {
			for _, a := range e.Aliases {
				if a == "Court" {
					t.Errorf("%s has the alias Court, which two courts share", e.Name)
				}
			}
		}
	}
}

// A name's particles and articles are its words, though they open in
// lower case: "arap" in "Kiprono arap Tanui", "al-" in "Nabil Karim
// al-Hadi", "de la" in "Lucia de la Pena"; a name does not end before
// them, and the surname alone is the same person's.
func TestLowerCaseNameParticles(t *testing.T) {
	tests := []struct {
		text   string
		want   map[string]string
		absent []string
	}{
		{"President Kiprono arap Tanui met the envoy on Monday.",
			map[string]string{"Kiprono arap Tanui": polgraph.KindPerson}, []string{"Kiprono", "Tanui"}},
		{"Nabil Karim al-Hadi was charged with fraud. Later, al-Hadi denied it.",
			map[string]string{"Nabil Karim al-Hadi": polgraph.KindPerson}, []string{"Nabil Karim"}},
		{"Siti Rahmah binti Osman was elected in Perak.",
			map[string]string{"Siti Rahmah binti Osman": polgraph.KindPerson}, []string{"Siti Rahmah"}},
		// two particles open the surname as one does
		{"Opposition leader Lucia de la Pena accused the president of fraud. De la Pena spoke in Manila.",
			map[string]string{"Lucia de la Pena": polgraph.KindPerson}, []string{"Lucia", "Pena", "De la Pena"}},
		{"Dutch MP Joost van der Wiel called for an inquiry. Later, van der Wiel said ministers had lied.",
			map[string]string{"Joost van der Wiel": polgraph.KindPerson}, []string{"Joost", "der Wiel", "van der Wiel"}},
	}
	for _, tt := range tests {
		checkKinds(t, tt.text, tt.want, tt.absent...)
	}
}

// A first name alone is the one person of the article who has it, where
// nothing else types it and no one has it as a surname: "Tavio" after
// "Tavio Perez" among other Perezes.
func TestFirstNameAlone(t *testing.T) {
	text := "Tavio Perez, 6, was found at sea in November. His father, Jorge Perez, objected to the media access to Tavio that the family has permitted. On Monday Tavio met his grandmothers."
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2024-06-05"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range x.Entities {
		if e.Name == "Tavio" {
			t.Errorf("%q is an entity of its own (%s); want it Tavio Perez", e.Name, e.ID)
		}
	}
}

// A name's title and a given name alone ("Sheikh Khalid") is the one
// person named in full whose name opens with it, where "Sheikh Hasina"
// with no fuller name is a person of that name.
func TestTitleAndGivenNameAlone(t *testing.T) {
	text := "Sheikh Khalid bin Rashid met Ana Lisk in Doha. Sheikh Khalid said the talks were useful."
	checkIDs(t, []idCase{
		{"the full name", text, "Khalid bin Rashid", 0, "person/khalid-bin-rashid"},
		{"the title and given name", text, "Sheikh Khalid", 1, "person/khalid-bin-rashid"},
		{"alone", "Sheikh Marwa said on Monday she would run.", "Sheikh Marwa", 0, "person/sheikh-marwa"},
	})
}

// Malay styles of address ("Datuk Seri", "Tan Sri", "Puan", "Tuan Haji",
// "Dato'") are titles, not names; "anak" (Iban) and "wa" (Kikuyu) join a
// patronymic to the name as "bin" does; "Yang di-Pertua" addresses the
// Speaker and names no one.
func TestMalayHonorificsAndPatronymics(t *testing.T) {
	tests := []struct {
		text   string
		want   map[string]string
		absent []string
	}{
		{"Home Minister Datuk Seri Faridah binti Salleh told the House that nine were released.",
			map[string]string{"Faridah binti Salleh": polgraph.KindPerson}, []string{"Datuk Seri Faridah binti Salleh", "Seri Faridah binti Salleh"}},
		{"Tan Sri Ahmad Razif chaired the panel in Ipoh on Monday.",
			map[string]string{"Ahmad Razif": polgraph.KindPerson}, []string{"Tan Sri Ahmad Razif", "Sri Ahmad Razif"}},
		{"The bill drew support from Tuan Langit anak Bujang, a backbencher, and from Puan Mariam Yusof.",
			map[string]string{"Langit anak Bujang": polgraph.KindPerson, "Mariam Yusof": polgraph.KindPerson}, []string{"Tuan Langit", "Bujang", "Puan Mariam Yusof"}},
		{"Tuan Haji Osman Daud resigned from the party. Dato' Ravi Kumar voted against the bill.",
			map[string]string{"Osman Daud": polgraph.KindPerson, "Ravi Kumar": polgraph.KindPerson}, []string{"Haji Osman Daud"}},
		{"\"Tuan Yang di-Pertua, not one was detained,\" the minister said.",
			nil, []string{"Tuan Yang", "Yang"}},
		{"Kibet wa Mutua met the envoy in Nakuru on Monday.",
			map[string]string{"Kibet wa Mutua": polgraph.KindPerson}, []string{"Mutua", "Kibet"}},
	}
	for _, tt := range tests {
		checkKinds(t, tt.text, tt.want, tt.absent...)
	}
}

// A place's name between two name words of a person is a middle name
// ("Rui Albuquerque Vaz"), after a given name or a title a surname ("Luis
// Montenegro"); an organisation's word before "for" heads one
// name with what follows ("Movement for Democratic Renewal").
func TestNamesAcrossPlacesAndFor(t *testing.T) {
	tests := []struct {
		text   string
		want   map[string]string
		absent []string
	}{
		{"Valdoria's foreign minister, Tiago Albuquerque Prates, said the arrest was a concern.",
			map[string]string{"Tiago Albuquerque Prates": polgraph.KindPerson}, []string{"Tiago", "Albuquerque", "Albuquerque Prates"}},
		{"Tomas Brandt, who leads the Movement for Democratic Renewal, was arrested on Monday.",
			map[string]string{"Movement for Democratic Renewal": polgraph.KindOrganization, "Tomas Brandt": polgraph.KindPerson}, []string{"Movement", "Democratic Renewal"}},
		{"The mayor flew from Albuquerque to Lisbon on Monday.",
			map[string]string{"Albuquerque": polgraph.KindPlace, "Lisbon": polgraph.KindPlace}, nil},
		{"Ana Montenegro was sworn in as prime minister on Monday.",
			map[string]string{"Ana Montenegro": polgraph.KindPerson}, []string{"Ana", "Montenegro"}},
		{"Prime Minister Ivo Chad met the envoy on Monday.",
			map[string]string{"Ivo Chad": polgraph.KindPerson}, []string{"Chad"}},
		{"Tourists from Lisbon Portugal arrived on Monday.",
			map[string]string{"Lisbon": polgraph.KindPlace, "Portugal": polgraph.KindCountry}, nil},
	}
	for _, tt := range tests {
		checkKinds(t, tt.text, tt.want, tt.absent...)
	}
}

// An apostrophe after "ng" is a letter of Luo, Kikuyu and Swahili names
// ("Achieng'", the velar nasal), inside a name, not a closing quote.
func TestNasalApostropheInNames(t *testing.T) {
	checkKinds(t, "Two more, Beatrice Achieng' Okello and Musa Chai, joined them on Wednesday. Okello left in June.",
		map[string]string{"Beatrice Achieng' Okello": polgraph.KindPerson, "Musa Chai": polgraph.KindPerson}, "Beatrice Achieng", "Beatrice Achieng'")
	checkKinds(t, "Peter Oching' Odhiambo met the envoy in Kisumu.",
		map[string]string{"Peter Oching' Odhiambo": polgraph.KindPerson}, "Odhiambo")
}

// A possessive inside a body's name ("People's") owns nothing: the name
// the gazetteer knows after it ("Congress") is the longer name's last word.
func TestPossessiveInsideBodyName(t *testing.T) {
	checkKinds(t, "Ana Rahim, who heads the Kelmoran People's Congress, condemned the suspension.",
		map[string]string{"Kelmoran People's Congress": polgraph.KindOrganization}, "People's Congress", "Congress")
	checkKinds(t, "Ana Rahim, who heads the Malaysian People's Congress, condemned the suspension.",
		map[string]string{"Malaysian People's Congress": polgraph.KindOrganization}, "People's Congress", "Congress")
}

// A known name that opens a longer body's name is part of it: "The
// Independent" (a newspaper) in "The Independent Electoral and Boundaries
// Commission", whose "The" is the article's; "The Hague" keeps its own.
func TestKnownNameOpeningABodysName(t *testing.T) {
	checkKinds(t, "The Independent Electoral and Boundaries Commission said in a statement that it would wait.",
		map[string]string{"Independent Electoral and Boundaries Commission": polgraph.KindOrganization}, "The Independent", "Electoral and Boundaries Commission")
	checkKinds(t, "The Hague District Court ruled on Monday.",
		map[string]string{"The Hague District Court": polgraph.KindOrganization}, "Hague District Court")
}

// A party the lists know by a short name ("Alba") before its members'
// plural ("the Alba Democrats") opens the name of another party, the
// article's own, not that party with a word after it; the known party
// named in full stays itself.
func TestKnownPartyNameOpeningAMembersName(t *testing.T) {
	checkKinds(t, "The Alba Democrats said on Monday they would contest the vote in Santa Irene. The Alba Party said it would back the governor.",
		map[string]string{"Alba Democrats": polgraph.KindParty, "Alba Party": polgraph.KindParty})
}

// A capital after an opening quotation mark of any kind opens the quote's
// first sentence: "You" there is a pronoun, no name.
func TestQuoteOpensASentence(t *testing.T) {
	for _, text := range []string{
		"``It was definitely a bomb,'' said an embassy official in Valdora, who refused to identify himself. ``You can see a huge crater behind the building,'' he said.",
		"«It was definitely a bomb,» said an embassy official in Valdora, who refused to identify himself. «You can see a huge crater behind the building,» he said.",
	} {
		checkKinds(t, text, map[string]string{"Valdora": polgraph.KindPlace}, "You")
	}
}

// A title-cased headline's capitals name only what the story names:
// "Reviews Elian" in "Justice Reviews Elian's Guardians" is nobody.
func TestTitleCasedHeadline(t *testing.T) {
	title := "Justice Reviews Tavio's Guardians"
	body := "The Justice Department is reviewing whether Tavio Perez should stay with his relatives, officials said. Tavio arrived in November."
	x, err := New().Extract(context.Background(), polgraph.Article{Title: title, Text: title + "\n\n" + body, PublishedAt: "2024-06-05"})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range x.Entities {
		names = append(names, e.Name)
	}
	if slices.Contains(names, "Reviews Tavio") || !slices.Contains(names, "Tavio Perez") {
		t.Errorf("entities %q, want Tavio Perez and no Reviews Tavio", names)
	}
}

// A headline is judged title-cased as a whole line, however short or
// split by a question mark, and so is a strapline set under it: their
// capitals name only what the body, the parse or the lists name ("Quits"
// in "Minister Quits" is nobody), while a person, party or country they
// do name survives.
func TestShortTitleCasedHeadline(t *testing.T) {
	body := "\n\nSenator Ilse Kovar said on Wednesday that she would stay. Prime Minister Anton Kessel agreed."
	checkKindCases(t, []kindCase{
		{"Minister Quits" + body, map[string]string{"Ilse Kovar": polgraph.KindPerson}, []string{"Quits", "Minister Quits"}},
		{"Will Kovar Run?" + body, map[string]string{"Ilse Kovar": polgraph.KindPerson}, []string{"Kovar Run", "Will Kovar Run"}},
		{"Will Kovar Run Again? Party Weighs Its Options" + body, map[string]string{"Ilse Kovar": polgraph.KindPerson}, []string{"Kovar Run Again", "Party Weighs Its Options"}},
		{"Kovar Out" + body, map[string]string{"Ilse Kovar": polgraph.KindPerson}, []string{"Kovar Out"}},
		{"Germany Expels Envoys" + body, map[string]string{"Germany": polgraph.KindCountry}, []string{"Expels Envoys"}},
		{"Unity Party Wins Brisk By-Election" + body, map[string]string{"Unity Party": polgraph.KindParty}, nil},
		{"Kessel Quits" + body, map[string]string{"Anton Kessel": polgraph.KindPerson}, []string{"Kessel Quits", "Quits"}},
		{"Leaders Vow Action\nSummit Ends With Pledge On Steel" + body, map[string]string{"Anton Kessel": polgraph.KindPerson}, []string{"Summit Ends With Pledge On Steel", "Leaders Vow Action"}},
	})
}

// An acronym the article spells out in brackets after a name ("the
// Dravec Alliance (DA)") is that name's wherever it stands, not the title
// the lists know by the same letters (a district attorney).
func TestBracketedAcronymIsNoTitle(t *testing.T) {
	text := "The Dravec Alliance (DA) said on Monday it would challenge the result in Velbari. DA leader Tom Verster said the count was flawed."
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2024-05-02"})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{} // entity name -> mention texts
	for _, e := range x.Entities {
		for _, m := range e.Mentions {
			got[e.Name] = append(got[e.Name], m.Text)
		}
	}
	if want := []string{"Dravec Alliance", "DA", "DA"}; !slices.Equal(got["Dravec Alliance"], want) {
		t.Errorf("Dravec Alliance's mentions %q, want %q (%v)", got["Dravec Alliance"], want, got)
	}
}

// A word that alone names no one but is also a given name ("Christian")
// opens a person's name before a surname, after a title as alone; before
// a word of party names it is the party's ("Christian Democrats").
func TestGivenNameThatNamesNoOneAlone(t *testing.T) {
	tests := []struct {
		text   string
		want   map[string]string
		absent []string
	}{
		{"BERLIN (Reuters) - Free Democrat leader Christian Hahn said on Monday the coalition was over.",
			map[string]string{"Christian Hahn": polgraph.KindPerson}, []string{"Hahn"}},
		{"Christian Vorlang told reporters on Monday he would stand again. Vorlang, 54, leads the group.",
			map[string]string{"Christian Vorlang": polgraph.KindPerson}, []string{"Vorlang"}},
		{"The Christian Democrats said on Monday they would leave the coalition.",
			map[string]string{"Christian Democrats": polgraph.KindParty}, []string{"Christian"}},
	}
	for _, tt := range tests {
		checkKinds(t, tt.text, tt.want, tt.absent...)
	}
}

// A name the press transliterates from another script more than one way
// is one person, in an article and across articles; a translated given
// name is another name ("Oleksandr" is no "Alexander").
func TestTransliteratedNames(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string // the persons' ids and names
	}{
		{"Dmitri Volkanov said on Monday the talks had failed. Dmitry Volkanov added that Moscow would wait.",
			map[string]string{"person/dmitry-volkanov": "Dmitri Volkanov"}},
		{"Yevgeniy Tarasov met Taras Bilotskyy in Kyiv on Monday.",
			map[string]string{"person/yevgeny-tarasov": "Yevgeniy Tarasov", "person/taras-bilotsky": "Taras Bilotskyy"}},
		{"Evgeny Tarasov met Taras Bilotskiy in Kyiv on Monday.",
			map[string]string{"person/yevgeny-tarasov": "Evgeny Tarasov", "person/taras-bilotsky": "Taras Bilotskiy"}},
		{"Oleksandr Holub met Alexander Holub in Lviv on Monday.",
			map[string]string{"person/oleksandr-holub": "Oleksandr Holub", "person/alexander-holub": "Alexander Holub"}},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: tt.text, PublishedAt: "2025-04-08"})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, e := range x.Entities {
			if e.Kind == polgraph.KindPerson {
				got[e.ID] = e.Name
			}
		}
		if !maps.Equal(got, tt.want) {
			t.Errorf("%q: persons %v, want %v", tt.text, got, tt.want)
		}
	}
}

// "Jun" after a name is its given name ("Wang Jun"), not the month's
// abbreviation that ends it; a day after it is still the month.
func TestJunAfterAName(t *testing.T) {
	text := "Chinese President Wang Jun met Kenyan President Daniel Mwangi. Jun Sato arrived on Jun 3."
	checkIDs(t, []idCase{
		{"after a title", text, "Wang Jun", 0, "person/wang-jun"},
		{"as a given name", text, "Jun Sato", 0, "person/jun-sato"},
	})
}

// A name joined by a hyphen to a backing participle ("Iran-backed",
// "Beijing-funded") is a mention of its own, a capital so standing for
// its state, and the body named after it does not open with it; a name
// after an owning compound ("the state-owned Petrokav") is a company's.
func TestBackingCompounds(t *testing.T) {
	text := "The Beijing-funded Harlow Institute closed on Monday. An Iran-backed militia, the Valley Brigade, fired rockets. " +
		"The state-owned Petrokav signed a deal with Hungary. The Israeli-owned company Nevatech denied it. The US-led coalition withdrew."
	checkIDs(t, []idCase{
		{"a capital that funds is its state", text, "Beijing", 0, "country/china"},
		{"the body after it", text, "Harlow Institute", 0, "organization/harlow-institute"},
		{"a state that backs", text, "Iran", 0, "country/iran"},
		{"a company owned by the state", text, "Petrokav", 0, "organization/petrokav"},
		{"a company past an owning compound and its noun", text, "Nevatech", 0, "organization/nevatech"},
		{"an acronym that leads", text, "US", 0, "country/united-states"},
		// who brokers a deal stands behind it as who backs it
		{"a state that brokers", "Hamas rejected the Qatar-mediated truce on Monday.", "Qatar", 0, "country/qatar"},
		{"a capital that brokers is its state", "Hamas rejected the Cairo-brokered truce on Monday.", "Cairo", 0, "country/egypt"},
	})
}

// A given name that is also a city the gazetteer knows ("Milan",
// "Florence", "Santiago") opens a person's name before a surname named
// only once; after "in" it is the place still.
func TestPlaceNamedGivenNames(t *testing.T) {
	text := "Milan Hrubec said on Monday the coalition would hold. Florence Dormand said the strikes would continue. " +
		"Santiago Vellacourt won the vote. Protests went on in Florence and in Milan."
	checkIDs(t, []idCase{
		{"Milan", text, "Milan Hrubec", 0, "person/milan-hrubec"},
		{"Florence", text, "Florence Dormand", 0, "person/florence-dormand"},
		{"Santiago", text, "Santiago Vellacourt", 0, "person/santiago-vellacourt"},
		{"a city after in", text, "Florence", 1, "place/florence"},
		{"the other city after in", text, "Milan", 1, "place/milan"},
	})
}

// One person written two ways in two articles is one id: a middle
// initial and a patronymic are left out of it, a syllable's hyphen is a
// space; two people of one article whom only such a word tells apart
// keep it.
func TestIDsAcrossArticles(t *testing.T) {
	checkIDs(t, []idCase{
		{"middle initial", "WASHINGTON (Reuters) - Representative Dale R. Whitcomb said on Tuesday the bill would pass.", "Dale R. Whitcomb", 0, "person/dale-whitcomb"},
		{"no middle initial", "WASHINGTON (AP) - Rep. Dale Whitcomb, a Republican from Ohio, said on Tuesday the bill would pass.", "Dale Whitcomb", 0, "person/dale-whitcomb"},
		{"patronymic", "MOSCOW (Reuters) - Deputy Foreign Minister Sergei Petrovich Lavrenko said on Monday that talks would resume.", "Sergei Petrovich Lavrenko", 0, "person/sergei-lavrenko"},
		{"Ukrainian patronymic", "KYIV (Reuters) - Olha Ivanivna Kovalyk, a lawmaker, said on Monday the vote was delayed.", "Olha Ivanivna Kovalyk", 0, "person/olha-kovalyk"},
		{"syllable hyphen", "SEOUL (Reuters) - Opposition leader Park Min-jun said on Monday the budget was flawed.", "Park Min-jun", 0, "person/park-min-jun"},
		{"syllables apart", "SEOUL (AP) - Opposition leader Park Min Jun said on Monday the budget was flawed.", "Park Min Jun", 0, "person/park-min-jun"},
		{"Abd- apart", "CAIRO (Reuters) - Egyptian Trade Minister Hossam Abdel Rahim said on Monday the deal was done.", "Hossam Abdel Rahim", 0, "person/hossam-abdulrahim"},
		{"Abd- hyphened", "CAIRO (AFP) - Egyptian Trade Minister Hossam Abdel-Rahim said on Monday the deal was done.", "Hossam Abdel-Rahim", 0, "person/hossam-abdulrahim"},
		{"Abd- joined", "CAIRO (AP) - Egyptian Trade Minister Hossam Abdelrahim said on Monday the deal was done.", "Hossam Abdelrahim", 0, "person/hossam-abdulrahim"},
		{"two given names keep their hyphen", "PARIS (AP) - Former minister Jean-Pierre Lefort was charged on Monday with fraud.", "Jean-Pierre Lefort", 0, "person/jean-pierre-lefort"},
		{"father and son told apart by the initial", "WASHINGTON (AP) - Dale R. Whitcomb and his son Dale T. Whitcomb were charged on Monday.", "Dale T. Whitcomb", 0, "person/dale-t-whitcomb"},
	})
}

// A name that ends in "s" takes "'s" as any name does ("Wilders's"): its
// owner is a person beside the body it owns, not a plural inside the
// body's name as "Farmers'" is.
func TestPossessiveOfANameEndingInS(t *testing.T) {
	checkIDs(t, []idCase{
		{"the owner", "Jorik Wilders's Party for Freedom won the election on Sunday.", "Jorik Wilders", 0, "person/jorik-wilders"},
		{"a plural inside a name", "The Farmers' League won the election on Sunday.", "Farmers' League", 0, "organization/farmers-league"},
	})
}

// A nickname in quotes between a person's given name and surname is part
// of one name, which the words outside the quotes spell; the nickname
// alone names the same person later.
func TestQuotedNicknames(t *testing.T) {
	teo := `Teodor "Teo" Varga was born in Szeged in 1971. Teo later studied law, and Varga became mayor.`
	kuba := "Police said Marek 'Kuba' Dudek had escaped on Monday. Kuba was caught in Gdansk on Friday."
	checkIDs(t, []idCase{
		{"the full name", teo, "Teodor", 0, "person/teodor-varga"},
		{"the nickname later", teo, "Teo", 2, "person/teodor-varga"},
		{"the surname later", teo, "Varga", 1, "person/teodor-varga"},
		{"in single quotes", kuba, "Marek", 0, "person/marek-dudek"},
		{"its nickname later", kuba, "Kuba", 1, "person/marek-dudek"},
	})
}

// A name that "called" or "named" gives to a counted noun is of the
// noun's kind ("a town called Amsby", "two parties called the Farmers'
// Union"); after "the" the word may be the verb, which says nothing of
// its object ("the party named Ana Holm its leader"). "Known as" names
// after any determiner ("the group, known as Corvalis,").
func TestNameCalledByANoun(t *testing.T) {
	checkKindCases(t, []kindCase{
		{"She grew up in a town called Amsby, Ruth Ashby said.",
			map[string]string{"Amsby": polgraph.KindPlace, "Ruth Ashby": polgraph.KindPerson}, nil},
		{"Ana Holm founded a party called Kelso Vale in 2019.",
			map[string]string{"Kelso Vale": polgraph.KindParty, "Ana Holm": polgraph.KindPerson}, nil},
		{"Two parties called the Farmers' Union are heading for elections this autumn.",
			map[string]string{"Farmers' Union": polgraph.KindParty}, nil},
		{"The party named Ana Holm its leader on Monday.",
			map[string]string{"Ana Holm": polgraph.KindPerson}, nil},
		// "known as" names after any determiner, and modifiers may
		// stand between the count and the noun
		{"The group, known as Corvalis, sent phishing emails to the ministry.",
			map[string]string{"Corvalis": polgraph.KindOrganization}, nil},
		{"Hackers from a unit known as Frost Lynx leaked the files, Ana Holm said.",
			map[string]string{"Frost Lynx": polgraph.KindOrganization, "Ana Holm": polgraph.KindPerson}, nil},
		{"A Chinese state-backed group called Amber Storm breached the utility.",
			map[string]string{"Amber Storm": polgraph.KindOrganization}, nil},
	})
}

// A quoted name that a verb of naming gives a pronoun ("Friends call him
// "Teo"") is a nickname of the pronoun's person, wherever the article
// uses it.
func TestNicknameGivenByANamingVerb(t *testing.T) {
	text := `Teodor Varga was born in Szeged in 1971. Friends call him "Teo". "Teo never forgets a name," said Ilona Pap, a former aide.`
	checkIDs(t, []idCase{
		{"the nickname given", text, "Teo", 1, "person/teodor-varga"},
		{"the nickname used", text, "Teo", 2, "person/teodor-varga"},
	})
}

// A name between a sentence's opening "In" and a comma is where the
// sentence is set, a place, though a person named in it bears the name
// too ("In Kingsley, Mayor Harold Kingsley ...").
func TestOpeningSettingIsNoSurname(t *testing.T) {
	text := "In Kingsley, Mayor Harold Kingsley opposed the plan on Monday. Kingsley town council will vote next month."
	checkIDs(t, []idCase{
		{"the setting", text, "Kingsley", 0, "place/kingsley"},
		{"the mayor", text, "Harold Kingsley", 0, "person/harold-kingsley"},
	})
}

// Common words in capitals that a party's post is of name a party ("Bright
// Path leader Marta Kovalenko", "the leader of Bright Path"); a plural of
// a common word ends a field, not a party ("Civil Rights leader").
func TestPartyOfCommonWordsByItsPost(t *testing.T) {
	checkKindCases(t, []kindCase{
		{"Bright Path leader Marta Kovalenko called for new elections on Monday.",
			map[string]string{"Bright Path": polgraph.KindParty, "Marta Kovalenko": polgraph.KindPerson}, nil},
		{"Marta Kovalenko, the leader of Bright Path, called for new elections on Monday.",
			map[string]string{"Bright Path": polgraph.KindParty, "Marta Kovalenko": polgraph.KindPerson}, nil},
		{"Civil Rights leader Marta Kovalenko spoke on Monday.",
			map[string]string{"Marta Kovalenko": polgraph.KindPerson}, []string{"Civil Rights"}},
	})
}

// The plural of people by the side they take, opening a sentence
// ("Opponents said", "Protesters said"), names no one.
func TestSidePluralsNameNoOne(t *testing.T) {
	checkKindCases(t, []kindCase{
		{"Opponents said the defection would weaken the opposition in Velbari.", nil, []string{"Opponents"}},
		{"Protesters said they would march on parliament on Friday.", nil, []string{"Protesters"}},
		{"Demonstrators said the police had used tear gas in Orvik.", nil, []string{"Demonstrators"}},
		{"Detractors said the deal with Ana Berg was a betrayal.", map[string]string{"Ana Berg": polgraph.KindPerson}, []string{"Detractors"}},
	})
}

// Letters in capitals that are the initials of a body the article names
// and no list knows ("the DRC" after "the Democratic Renewal Congress")
// are that body, not the state the gazetteer abbreviates so.
func TestOwnBodysAcronymOverAGazetteerAcronym(t *testing.T) {
	text := "The Democratic Renewal Congress won 40 seats in Tessaly on Sunday. The DRC said it would form a coalition."
	checkKindCases(t, []kindCase{
		{text, map[string]string{"Democratic Renewal Congress": polgraph.KindParty}, []string{"Democratic Republic of the Congo", "DRC"}},
	})
}

// A one-word name after "to" and a noun of one who serves a person ("an
// aide to Sonko", "lawmakers loyal to Gachagua") is whom they serve, a
// person, not a place; one after a verb of going stays a place.
func TestWhomAnAideServes(t *testing.T) {
	checkKindCases(t, []kindCase{
		{"An aide to Sonko said the case was political.", map[string]string{"Sonko": polgraph.KindPerson}, nil},
		{"Lawmakers loyal to Gachagua walked out of the chamber on Monday.", map[string]string{"Gachagua": polgraph.KindPerson}, nil},
		{"He travelled to Kisumu on Monday.", map[string]string{"Kisumu": polgraph.KindPlace}, nil},
	})
}

// A one-word name no list knows that has what only a state has ("Kelmora
// has no army") is a state, not a person; a person named in full keeps
// her kind ("Ilse Varga has an army of volunteers").
func TestStateByWhatItHas(t *testing.T) {
	checkKindCases(t, []kindCase{
		{"Kelmora has no army and relies on its neighbours for defence, Joseph Amadi told reporters.",
			map[string]string{"Kelmora": polgraph.KindCountry, "Joseph Amadi": polgraph.KindPerson}, nil},
		{"Ilse Varga has an army of volunteers in Orvik.",
			map[string]string{"Ilse Varga": polgraph.KindPerson}, nil},
	})
}

// A one-word name no list knows that an apposition calls a person ("the
// opposition leader", "a senator") stays a person when "a spokesman for"
// it later would make it a company; a company's apposition does not.
func TestSpokesmanForAnApposedPerson(t *testing.T) {
	checkKindCases(t, []kindCase{
		{"Dascu, the opposition leader, was questioned on Monday. A spokesman for Dascu said she had done nothing wrong.",
			map[string]string{"Dascu": polgraph.KindPerson}, nil},
		{"Vornic, a senator, was questioned on Monday. A spokeswoman for Vornic said he would appeal.",
			map[string]string{"Vornic": polgraph.KindPerson}, nil},
		{"Petrokav, a mining company, was fined on Monday. A spokeswoman for Petrokav said it would appeal.",
			map[string]string{"Petrokav": polgraph.KindOrganization}, nil},
	})
}

// A one-word name no list knows that owns a party named by its members
// ("Marden's Social Democrats") is the party's state, as one that owns a
// "Labour Party" is; and the party's acronym with the "P" its name leaves
// out ("the SDP") is the party named in full before.
func TestMembersPartysStateAndAcronym(t *testing.T) {
	checkKindCases(t, []kindCase{
		{"Marden's Social Democrats elected a new leader on Saturday.",
			map[string]string{"Marden": polgraph.KindCountry, "Social Democrats": polgraph.KindParty}, nil},
		{"Tarvia's Greens left the coalition on Monday.",
			map[string]string{"Tarvia": polgraph.KindCountry}, nil},
	})
	text := "The Social Democrats elected Ilse Varn as leader on Saturday. \"The SDP is ready to govern,\" Varn said."
	if got := entityOf(t, text, "SDP", 0); got == "" || got != entityOf(t, text, "Social Democrats", 0) {
		t.Errorf("%q: SDP is %q, want the Social Democrats' %q", text, got, entityOf(t, text, "Social Democrats", 0))
	}
}

// A state body's name joins two words of its field with "and" ("Economic
// and Financial Offences Commission") as one name, and its acronym is
// that body's, where each capitalised part of a hyphened word gives a
// letter ("NAGC" for "National Anti-Graft Commission") as well as where
// the word gives one.
func TestBodyNameAndItsAcronym(t *testing.T) {
	for _, tt := range []struct{ text, name, acronym string }{
		{"The Economic and Financial Offences Commission charged Ivo Dorn on Monday. The EFOC said he had hidden assets.", "Economic and Financial Offences Commission", "EFOC"},
		{"The National Anti-Graft Commission charged Ivo Dorn on Monday. The NAGC said he had hidden assets.", "National Anti-Graft Commission", "NAGC"},
		{"The National Anti-Graft Commission charged Ivo Dorn on Monday. The NAC said he had hidden assets.", "National Anti-Graft Commission", "NAC"},
	} {
		full := entityOf(t, tt.text, tt.name, 0)
		if !strings.HasPrefix(full, "organization/"+strings.ToLower(strings.Fields(tt.name)[0])) {
			t.Errorf("%q: %s is %q, want one organisation of the whole name", tt.text, tt.name, full)
		}
		if got := entityOf(t, tt.text, tt.acronym, 0); got != full {
			t.Errorf("%q: %s is %q, want %q", tt.text, tt.acronym, got, full)
		}
	}
}

// Partners' names joined by "&" name their firm, no person ("Patel &
// Greene"), and an apposition that calls a one-word name a maker, an
// airline, a lender or an exporter makes it a company; so does a last
// word of a firm's name ("Aero", "Arms", "Savings").
func TestFirmsByAmpersandAndApposition(t *testing.T) {
	checkKindCases(t, []kindCase{
		{"Lawyers from Vasko & Greene met the minister on Thursday.",
			map[string]string{"Vasko & Greene": polgraph.KindOrganization}, nil},
		{"Aerotek, the helicopter manufacturer, was fined on Monday. An Aerotek spokeswoman declined to comment.",
			map[string]string{"Aerotek": polgraph.KindOrganization}, nil},
		{"Norvair, the state airline, cut 300 jobs on Monday.",
			map[string]string{"Norvair": polgraph.KindOrganization}, nil},
		{"Washington sanctioned the potash exporter Belkali on Friday, and Belkali, Norland's largest steelmaker, said it would appeal.",
			map[string]string{"Belkali": polgraph.KindOrganization}, nil},
		{"Canada froze the assets of Pardis Aero, Korvan Arms and Polesye Savings on Friday.",
			map[string]string{"Pardis Aero": polgraph.KindOrganization, "Korvan Arms": polgraph.KindOrganization, "Polesye Savings": polgraph.KindOrganization}, nil},
	})
}

// A Korean name in the press's romanisation, the family name first and a
// two-syllable given name joined by a hyphen, is a person's, whatever
// English word the family name is ("Park"); and that family name alone
// opening a later sentence is the person named in full.
func TestFamilyNameFirstWithHyphenedGivenName(t *testing.T) {
	text := "Park Min-jae met voters on Sunday. Park said on Monday that he would never give up. Park Avenue was closed."
	checkIDs(t, []idCase{
		{"the full name", text, "Park Min-jae", 0, "person/park-min-jae"},
		{"the family name alone", text, "Park said", 0, "person/park-min-jae"},
		{"a street is no person", text, "Park Avenue", 0, "place/park-avenue"},
	})
}

// A title word is part of a name where a name list shows it to be a
// given name after another title ("Councillor Amir Hussain") or where it
// follows a given name ("Martin King"); before a name alone it is the
// title still ("Sultan Faisal", "King Edmund").
func TestTitleWordsInNames(t *testing.T) {
	tests := []struct {
		text   string
		want   map[string]string
		absent []string
	}{
		{"Councillor Amir Hassad said on Monday that Brenvale would cut bus fares.",
			map[string]string{"Amir Hassad": polgraph.KindPerson}, []string{"Hassad"}},
		{"Dr Sultan Rahimo said the plan would fail.",
			map[string]string{"Sultan Rahimo": polgraph.KindPerson}, []string{"Rahimo"}},
		{"Martin King, a councillor in Brenvale, resigned on Monday.",
			map[string]string{"Martin King": polgraph.KindPerson}, []string{"Martin"}},
		{"Anna Vell and Tom Judge voted against the budget.",
			map[string]string{"Tom Judge": polgraph.KindPerson}, []string{"Tom"}},
		{"Sultan Faisal bin Hamid met Ana Lisk in Muscat.",
			map[string]string{"Faisal bin Hamid": polgraph.KindPerson}, []string{"Sultan Faisal bin Hamid"}},
		{"Foreign Minister Sheikh Hamad Nasser met King Edmund in London.",
			map[string]string{"Hamad Nasser": polgraph.KindPerson, "Edmund": polgraph.KindPerson}, []string{"Sheikh Hamad Nasser", "King Edmund"}},
	}
	for _, tt := range tests {
		checkKinds(t, tt.text, tt.want, tt.absent...)
	}
}
