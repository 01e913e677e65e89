package gazetteer

import (
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"

	"github.com/polgraph/polgraph"
)

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Canada", "canada"},
		{"Liberal Party of Canada", "liberal-party-of-canada"},
		{"Prime Minister's Office", "prime-ministers-office"},
		{"Prime Minister’s Office", "prime-ministers-office"},
		{"House of Commons of Canada", "house-of-commons-of-canada"},
		{"Côte d'Ivoire", "cote-divoire"},
		{"São Tomé and Príncipe", "sao-tome-and-principe"},
		{"Straße", "strasse"},
		{"Łukasz Kamiński", "lukasz-kaminski"},
		{"ÉLYSÉE", "elysee"},
		{"Jean-Yves Le Drian", "jean-yves-le-drian"},
		{"  U.S.  ", "u-s"},
		{"AT&T", "at-t"},
		{"G7", "g7"},
		{"Nguyễn Xuân Phúc", "nguyen-xuan-phuc"},
		{"Recep Tayyip Erdoğan", "recep-tayyip-erdogan"},
		{"Søren Ærø", "soren-aero"},
		{"--", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Names without Latin letters still get a stable, distinct slug.
	a, b := Slug("习近平"), Slug("李强")
	if a == b || !strings.HasPrefix(a, "x-") || a != Slug("习近平") {
		t.Errorf("Slug of non-Latin names: %q, %q", a, b)
	}
}

func TestID(t *testing.T) {
	tests := []struct{ kind, name, want string }{
		{polgraph.KindCountry, "Canada", "country/canada"},
		{polgraph.KindParty, "Liberal Party of Canada", "party/liberal-party-of-canada"},
		{polgraph.KindOrganization, "Prime Minister's Office", "organization/prime-ministers-office"},
		{polgraph.KindPlace, "Vancouver", "place/vancouver"},
		{polgraph.KindPerson, "Han Dong", "person/han-dong"},
	}
	for _, tt := range tests {
		if got := ID(tt.kind, tt.name); got != tt.want {
			t.Errorf("ID(%q, %q) = %q, want %q", tt.kind, tt.name, got, tt.want)
		}
	}
}

func TestScopedID(t *testing.T) {
	a := ScopedID("party/npp", "", "The NPP walked out.")
	tests := []struct{ name, got, want string }{
		{"by country", ScopedID("party/npp", "KE", "any text"), "party/npp--ke"},
		{"same article", ScopedID("party/npp", "", "The NPP walked out."), a},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	if b := ScopedID("party/npp", "", "The NPP walked in."); b == a || !strings.HasPrefix(a, "party/npp--a") {
		t.Errorf("article scopes %q and %q: want distinct ids starting party/npp--a", a, b)
	}
	// no known entity's id can be a scoped one
	for _, e := range Default().Entries() {
		if strings.Contains(e.ID, "--") {
			t.Errorf("%s: a known entity's id holds \"--\"", e.ID)
		}
	}
}

// matches renders Lookup's answer as "id via" strings for comparison.
func matches(ms []Match) []string {
	var s []string
	for _, m := range ms {
		s = append(s, m.Entry.ID+" "+m.Via)
	}
	return s
}

func TestLookup(t *testing.T) {
	g := Default()
	tests := []struct {
		surface string
		want    []string // "id via"; order-insensitive
	}{
		{"Canada", []string{"country/canada name"}},
		{"CANADA", []string{"country/canada name"}},
		{"canada", nil},
		{"Beijing", []string{"country/china metonym"}},
		{"Canadian", []string{"country/canada demonym"}},
		{"Canadians", []string{"country/canada demonym"}},
		{"Chinese", []string{"country/china demonym"}},
		{"People's Republic of China", []string{"country/china alias"}},
		{"People’s Republic of China", []string{"country/china alias"}},
		{"PRC", []string{"country/china acronym"}},
		{"U.S.", []string{"country/united-states acronym"}},
		{"US", []string{"country/united-states acronym"}},
		{"us", nil},
		{"Us", nil},
		{"America", []string{"country/united-states alias"}},
		{"Britain", []string{"country/united-kingdom alias"}},
		{"UK", []string{"country/united-kingdom acronym"}},
		{"Russian Federation", []string{"country/russia alias"}},
		{"Kyiv", []string{"country/ukraine metonym"}},
		{"Kiev", []string{"country/ukraine metonym"}},
		{"Ottawa", []string{"country/canada metonym"}},
		{"Moscow", []string{"country/russia metonym"}},
		{"Congolese", []string{"country/republic-of-the-congo demonym", "country/democratic-republic-of-the-congo demonym"}},
		{"Nowhereland", nil},
		{"Who", nil}, // not the WHO: folding never reaches all-capital forms
		{"WHO", []string{"organization/world-health-organization acronym"}},
		{"HOUSE OF COMMONS", []string{"organization/house-of-commons-of-canada alias", "organization/house-of-commons-of-the-united-kingdom alias"}},
		{"House Of Commons", []string{"organization/house-of-commons-of-canada alias", "organization/house-of-commons-of-the-united-kingdom alias"}},
		{"house of commons", nil},
		{"SAS", nil}, // not Slovakia's "SaS" folded: the overlay lists no mixed-case form
		{"Prime Minister’s Office", []string{"organization/prime-ministers-office name", "organization/prime-ministers-office-india alias", "organization/prime-ministers-office-of-japan alias", "organization/prime-ministers-office-israel alias"}},
	}
	for _, tt := range tests {
		got := matches(g.Lookup(tt.surface))
		slices.Sort(got)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("Lookup(%q) = %q, want %q", tt.surface, got, want)
		}
	}
}

// TestLookupKnown checks surface forms whose entries live in the data files
// that grow over time; each must denote at least the wanted entries.
func TestLookupKnown(t *testing.T) {
	g := Default()
	tests := []struct {
		surface string
		want    []string // "id via", each of which must be among the matches
		minimum int      // at least this many matches in all
	}{
		{"Liberal Party", []string{"party/liberal-party-of-canada alias", "party/liberal-party-of-australia alias"}, 2},
		{"Liberals", []string{"party/liberal-party-of-canada alias"}, 2},
		{"Liberal Party of Canada", []string{"party/liberal-party-of-canada name"}, 1},
		{"Conservatives", []string{"party/conservative-party-of-canada alias", "party/conservative-party-uk alias"}, 2},
		{"CCP", []string{"party/chinese-communist-party acronym"}, 1},
		{"PMO", []string{"organization/prime-ministers-office acronym"}, 1},
		{"House of Commons", []string{"organization/house-of-commons-of-canada alias", "organization/house-of-commons-of-the-united-kingdom alias"}, 2},
		{"CSIS", []string{"organization/canadian-security-intelligence-service acronym"}, 1},
		{"Kremlin", []string{"organization/kremlin name"}, 1},
		{"White House", []string{"organization/white-house name"}, 1},
		{"Reuters", []string{"organization/reuters name"}, 1},
		{"Huawei", []string{"organization/huawei name"}, 1},
		{"NATO", []string{"organization/north-atlantic-treaty-organization acronym"}, 1},
		{"Vancouver", []string{"place/vancouver name"}, 1},
		{"Washington", []string{"country/united-states metonym", "place/washington-state alias"}, 2},
		{"Congress", []string{"organization/united-states-congress alias", "party/indian-national-congress alias"}, 2},
		{"AFP", []string{"organization/agence-france-presse acronym", "organization/australian-federal-police acronym"}, 2},
		{"Brussels", []string{"country/belgium metonym", "organization/european-union alias"}, 2},
		{"Downing Street", []string{"organization/10-downing-street alias"}, 1},
		{"Gaza", []string{"place/gaza-strip alias"}, 1},
		{"Ontario", []string{"place/ontario name"}, 1},
		// party-short-names.tsv: a short name the generated file leaves out
		{"Smer", []string{"party/party-direction-third-way alias"}, 1},
		{"Syriza", []string{"party/coalition-of-the-radical-left alias"}, 1},
	}
	for _, tt := range tests {
		got := matches(g.Lookup(tt.surface))
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Lookup(%q) = %q, lacks %q", tt.surface, got, w)
			}
		}
		if len(got) < tt.minimum {
			t.Errorf("Lookup(%q) = %q, want at least %d", tt.surface, got, tt.minimum)
		}
	}
}

// TestLookupApostrophes checks that a form reads alike with and without
// its apostrophes, as writers spell it either way: one form, shared by the
// same parties, and marked shared in each.
func TestLookupApostrophes(t *testing.T) {
	g := Default()
	tests := []struct{ with, without string }{
		{"Workers' Party", "Workers Party"},
		{"Workers’ Party", "Workers Party"},
		{"People's Party", "Peoples Party"},
	}
	for _, tt := range tests {
		with, without := matches(g.Lookup(tt.with)), matches(g.Lookup(tt.without))
		slices.Sort(with)
		slices.Sort(without)
		if len(with) < 2 || !slices.Equal(with, without) {
			t.Errorf("Lookup(%q) = %q, Lookup(%q) = %q: want the same parties, at least two", tt.with, with, tt.without, without)
		}
		for _, m := range g.Lookup(tt.without) {
			if !slices.ContainsFunc(m.Entry.Ambiguous, func(a string) bool { return SameForm(a, tt.without) }) {
				t.Errorf("%s: Ambiguous = %q, lacks a spelling of %q", m.Entry.ID, m.Entry.Ambiguous, tt.without)
			}
		}
	}
}

// TestLookupAcronymDiacritics checks that an acronym reads alike with and
// without its accented capitals, as the press writes "ÖVP" and Party
// Facts "OVP": one form, the same parties, and marked shared in each.
func TestLookupAcronymDiacritics(t *testing.T) {
	g := Default()
	tests := []struct{ with, without string }{
		{"ÖVP", "OVP"},
		{"SPÖ", "SPO"},
		{"FPÖ", "FPO"},
	}
	for _, tt := range tests {
		with, without := matches(g.Lookup(tt.with)), matches(g.Lookup(tt.without))
		slices.Sort(with)
		slices.Sort(without)
		if len(with) == 0 || !slices.Equal(with, without) {
			t.Errorf("Lookup(%q) = %q, Lookup(%q) = %q: want the same parties", tt.with, with, tt.without, without)
		}
		for _, m := range g.Lookup(tt.with) {
			if !slices.ContainsFunc(m.Entry.Ambiguous, func(a string) bool { return SameForm(a, tt.with) }) {
				t.Errorf("%s: Ambiguous = %q, lacks a spelling of %q", m.Entry.ID, m.Entry.Ambiguous, tt.with)
			}
		}
	}
}

func TestAmbiguous(t *testing.T) {
	g := Default()
	for _, m := range g.Lookup("Liberal Party") {
		if !slices.Contains(m.Entry.Ambiguous, "Liberal Party") {
			t.Errorf("%s: Ambiguous = %q, lacks \"Liberal Party\"", m.Entry.ID, m.Entry.Ambiguous)
		}
	}
	canada := g.Country("CA")
	if len(canada.Ambiguous) != 0 {
		t.Errorf("Canada: Ambiguous = %q, want none", canada.Ambiguous)
	}
	if !slices.Contains(canada.Demonyms, "Canadian") || !slices.Contains(canada.Metonyms, "Ottawa") {
		t.Errorf("Canada: Demonyms %q, Metonyms %q", canada.Demonyms, canada.Metonyms)
	}
}

func TestOffice(t *testing.T) {
	g := Default()
	tests := []struct {
		surface, title, body string
	}{
		{"Prime Minister", "Prime Minister", "government"},
		{"prime minister", "Prime Minister", "government"},
		{"PM", "Prime Minister", "government"},
		{"pm", "", ""},
		{"MP", "Member of Parliament", "legislature"},
		{"MPs", "Member of Parliament", "legislature"},
		{"member of parliament", "Member of Parliament", "legislature"},
		{"Chancellor of the Exchequer", "Finance Minister", "government"},
		{"Chancellor", "Chancellor", "government"},
		{"Attorney-General", "Attorney General", "government"}, // a law officer, in many states no justice minister
		{"Lord Chancellor", "Justice Minister", "government"},
		{"Congresswoman", "Member of Congress", "legislature"},
		{"spokeswoman", "Spokesperson", "organization"},
		{"CEO", "Chief Executive", "company"},
		{"executive", "Chief Executive", "company"},
		{"Ambassador", "Ambassador", "diplomatic"},
		{"mayor", "Mayor", "city"},
		{"premier", "Premier", "region"},
		{"Senator", "Senator", "legislature"},
		{"Leader of the Opposition", "Leader of the Opposition", "legislature"},
		{"party leader", "Party Leader", "party"},
		{"Secretary of State", "Secretary of State", "government"},
		{"minister of information", "Information Minister", "government"},
		{"Minister of Customs", "Customs Minister", "government"},
		{"Communications Minister", "Communications Minister", "government"},
		{"minister for women and equalities", "Equality Minister", "government"},
		{"Petroleum Minister", "Oil Minister", "government"},
		{"Minister of Public Works", "Infrastructure Minister", "government"},
		{"Prime Minister’s", "", ""},
		{"Prime Minister-designate", "Prime Minister-designate", "government"},
		{"prime minister-elect", "Prime Minister-elect", "government"},
		{"PM-designate", "Prime Minister-designate", "government"},
		{"Finance Minister-designate", "Finance Minister-designate", "government"},
		{"President-elect", "President-elect", "head-of-state"},
		{"Presidents-elect", "President-elect", "head-of-state"},
		{"Mayor-elect", "Mayor", "city"},
		{"Prime Minister-select", "", ""},
	}
	for _, tt := range tests {
		o, ok := g.Office(tt.surface)
		if tt.title == "" {
			if ok {
				t.Errorf("Office(%q) = %q, want none", tt.surface, o.Title)
			}
			continue
		}
		if !ok || o.Title != tt.title || o.Body != tt.body {
			t.Errorf("Office(%q) = %+v, %v; want %q (%s)", tt.surface, o, ok, tt.title, tt.body)
		}
	}
}

func TestHonorific(t *testing.T) {
	g := Default()
	for _, w := range []string{"Mr", "Mr.", "Mrs.", "Ms", "Dr.", "Sir", "Dame", "Lord", "Lady", "Rt. Hon.", "Hon.", "Prof.", "Gen.", "Col.", "Sen.", "Rep.", "Gov.", "President", "Prime Minister", "Chancellor"} {
		if !g.Honorific(w) {
			t.Errorf("Honorific(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"The", "Canada", "mr", "General", "Justice", ""} {
		if g.Honorific(w) {
			t.Errorf("Honorific(%q) = true, want false", w)
		}
	}
}

func TestCountry(t *testing.T) {
	g := Default()
	for code, id := range map[string]string{"CA": "country/canada", "cn": "country/china", "GB": "country/united-kingdom", "US": "country/united-states", "XK": "country/kosovo", "TW": "country/taiwan"} {
		if e := g.Country(code); e == nil || e.ID != id {
			t.Errorf("Country(%q) = %v, want %s", code, e, id)
		}
	}
	if e := g.Country("ZZ"); e != nil {
		t.Errorf("Country(ZZ) = %v, want nil", e)
	}
	n := 0
	for _, e := range g.Entries() {
		if e.Kind == polgraph.KindCountry && !slices.Contains(formerStates, e.Country) {
			n++
		}
	}
	// 193 UN members, 2 observers, Taiwan and Kosovo.
	if n != 197 {
		t.Errorf("%d countries, want 197", n)
	}
}

// TestLoad parses the embedded data as Default does, but reports the first
// error (file and line) instead of panicking.
func TestLoad(t *testing.T) {
	if _, err := load(dataFS); err != nil {
		t.Fatal(err)
	}
}

// TestScopeHeaders checks that every data file opens by naming itself and
// its scope ("# countries.tsv: every sovereign state ..."), the convention
// that keeps each list complete for something stated.
func TestScopeHeaders(t *testing.T) {
	names, err := fs.Glob(dataFS, "data/*.tsv")
	if err != nil || len(names) == 0 {
		t.Fatalf("no data files: %v", err)
	}
	for _, name := range names {
		b, err := fs.ReadFile(dataFS, name)
		if err != nil {
			t.Fatal(err)
		}
		first, _, _ := strings.Cut(string(b), "\n")
		if want := "# " + path.Base(name) + ": "; !strings.HasPrefix(first, want) {
			t.Errorf("%s: first line %q does not start %q", name, first, want)
		}
		if !strings.Contains(string(b), "\n# Scope") && !strings.Contains(string(b), "Scope:") {
			t.Errorf("%s: no \"Scope:\" comment", name)
		}
	}
}

// The states of countries-former.tsv, and the countries that need no
// capital: the Vatican is its own, and former states are no longer metonyms.
var (
	formerStates = []string{"SU", "YU", "CS", "DD"}
	noCapital    = append([]string{"VA"}, formerStates...)
)

// TestData checks the invariants the recogniser relies on: every row parsed
// (Default panics otherwise), ids are unique and well formed, every country
// code exists, and a surface form denoting two entries is marked ambiguous
// in each of them.
func TestData(t *testing.T) {
	g := Default()
	ids := make(map[string]bool)
	owners := make(map[string][]*Entry)
	for _, e := range g.Entries() {
		if ids[e.ID] {
			t.Errorf("duplicate id %s", e.ID)
		}
		ids[e.ID] = true
		if e.ID != ID(e.Kind, e.Name) {
			t.Errorf("%s: id is not ID(%q, %q)", e.ID, e.Kind, e.Name)
		}
		if e.Country != "" && g.Country(e.Country) == nil {
			t.Errorf("%s: unknown country %q", e.ID, e.Country)
		}
		if e.Kind == polgraph.KindCountry && (len(e.Demonyms) == 0 || len(e.Metonyms) == 0) && !slices.Contains(noCapital, e.Country) {
			t.Errorf("%s: no demonym or no capital", e.ID)
		}
		forms := append(append(append([]string{e.Name}, e.Aliases...), e.Demonyms...), e.Metonyms...)
		slices.Sort(forms)
		for _, f := range slices.Compact(forms) {
			owners[f] = append(owners[f], e)
		}
		for _, a := range e.Ambiguous {
			if !slices.Contains(forms, a) {
				t.Errorf("%s: ambiguous %q is none of its names", e.ID, a)
			}
		}
	}
	for f, es := range owners {
		if len(es) < 2 {
			continue
		}
		for _, e := range es {
			// Lookup and LookupLeader are separate indexes, so a form that
			// a place or body shares only with leaders ("Fox") needs the mark
			// in the leaders alone.
			onlyLeaders := true
			for _, o := range es {
				if o != e && o.Kind != polgraph.KindPerson {
					onlyLeaders = false
				}
			}
			if e.Kind != polgraph.KindPerson && onlyLeaders {
				continue
			}
			if !slices.Contains(e.Ambiguous, f) {
				var others []string
				for _, o := range es {
					if o != e {
						others = append(others, o.ID)
					}
				}
				t.Errorf("%s: %q is shared with %s but not marked \"~\"", e.ID, f, strings.Join(others, ", "))
			}
		}
	}
	if g.MaxWords() < 5 {
		t.Errorf("MaxWords() = %d, implausibly small", g.MaxWords())
	}
}

// TestNoCommonWordAcronyms keeps out acronyms that spell a common English
// word ("IS", "GOOD": data/acronym-words.txt), which would match every
// all-capital headline; the few the press really uses are listed as
// exceptions.
func TestNoCommonWordAcronyms(t *testing.T) {
	b, err := os.ReadFile("data/acronym-words.txt")
	if err != nil {
		t.Fatal(err)
	}
	var common []string
	for line := range strings.Lines(string(b)) {
		if !strings.HasPrefix(line, "#") {
			common = append(common, strings.Fields(line)...)
		}
	}
	except := []string{"US", "WHO", "CAR", "ACT", "SAD", "PAN", "ICE", "RAW"}
	for _, e := range Default().Entries() {
		for _, a := range slices.Concat(e.Aliases, e.Demonyms, e.Metonyms) {
			if allCaps(a) && slices.Contains(common, strings.ToLower(a)) && !slices.Contains(except, a) {
				t.Errorf("%s: alias %q is a common word in capitals", e.ID, a)
			}
		}
	}
}

func TestParseErrors(t *testing.T) {
	base := map[string]string{
		"data/offices.tsv":         "title\taliases\tbody\nPrime Minister\tPM\tgovernment\n",
		"data/honorifics.tsv":      "title\nMr\n",
		"data/office-suffixes.tsv": "title\nelect\n",
		"data/countries.tsv":       "# scope\ncode\tname\taliases\tacronyms\tdemonyms\tcapitals\nCA\tCanada\t\t\tCanadian\tOttawa\n",
	}
	tests := []struct {
		file, text, want string
	}{
		{"data/parties.tsv", "country\tname\taliases\tacronyms\nCA\tLiberal Party of Canada\tLiberals\n", "data/parties.tsv:2: 3 fields, header has 4"},
		{"data/parties.tsv", "country\tname\taliases\tacronyms\nZZ\tParty\t\t\n", "data/parties.tsv:2: unknown country code \"ZZ\""},
		{"data/parties.tsv", "# c\ncountry\tname\tnickname\n", "data/parties.tsv:2: unknown column \"nickname\""},
		{"data/parties.tsv", "country\tname\taliases\tacronyms\nCA\tA B\t\t\nCA\tA-B\t\t\n", "data/parties.tsv:3: id party/a-b already defined at data/parties.tsv:2"},
		{"data/offices.tsv", "title\taliases\tbody\nMayor\t\ttown\n", "data/offices.tsv:2: body \"town\""},
		{"data/leaders.tsv", "country\tname\taliases\tsurnames\tterms\nCA\tJustin Trudeau\t\tTrudeau\tPrime Minister 2015-2025\nCA\tMark Carney\t\tCarney\tGovernor 2025-\n", "data/leaders.tsv:3: office \"Governor\" is no title"},
		{"data/leaders.tsv", "country\tname\taliases\tsurnames\tterms\nCA\tJustin Trudeau\t\tTrudeau\tPrime Minister 2025-2015\n", "data/leaders.tsv:2: term \"Prime Minister 2025-2015\": ends before it starts"},
		{"data/leaders.tsv", "country\tname\taliases\tsurnames\tterms\nCA\tJustin Trudeau\t\tTrudeau\tPrime Minister\n", "want years FROM-TO"},
		{"data/leaders.tsv", "country\tname\taliases\tsurnames\tterms\nCA\tCharles III\t\t\tZZ:Monarch 2022-\n", "data/leaders.tsv:2: unknown country code \"ZZ\""},
		{"data/leaders.tsv", "country\tname\taliases\tsurnames\tterms\nCA\tJustin Trudeau\t\tTrudeau\t\n", "data/leaders.tsv:2: a leader without terms"},
		{"data/leaders.tsv", "country\tname\taliases\tsurnames\tterms\n\tKofi Annan\t\tAnnan\tSecretary-General 1997-2006\n", "data/leaders.tsv:2: term \"Secretary-General 1997-2006\": an international office needs"},
		{"data/leaders.tsv", "country\tname\taliases\tsurnames\tterms\n\tKofi Annan\t\tAnnan\tUnited Nations:Secretary-General 1997-2006\n", "data/leaders.tsv:2: unknown organisation organization/united-nations"},
		{"data/offices.tsv", "title\taliases\tbody\nMayor\t\tcity\nLord Mayor\tMayor\tcity\n", "data/offices.tsv:3: title \"Mayor\" already belongs to \"Mayor\""},
		{"data/parties.tsv", "country\tname\taliases\tacronyms\twikidata\nCA\tA\t\t\t12\n", "data/parties.tsv:2: wikidata \"12\" is not an item id"},
		{"data/parties.tsv", "country\tregion\tname\nCA\tYukon\tA\n", "data/parties.tsv:2: region \"Yukon\" is no place of CA"},
		{"data/office-suffixes.tsv", "title\n-elect\n", "data/office-suffixes.tsv:2: suffix \"-elect\" is not one word"},
	}
	for _, tt := range tests {
		fsys := fstest.MapFS{}
		for name, text := range base {
			fsys[name] = &fstest.MapFile{Data: []byte(text)}
		}
		fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.text)}
		_, err := load(fsys)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("load with %s %q: error %v, want %q", tt.file, tt.text, err, tt.want)
		}
	}
}

// TestPartyIdentity holds the id scheme docs/graph-model.md states for
// parties: no party's canonical name (and so its id) is a form another
// party has, so a bare shared name ("Democratic Party") is never an id of
// a known party, and a form several parties have needs context in each.
func TestPartyIdentity(t *testing.T) {
	g := Default()
	for _, e := range g.Entries() {
		if e.Kind != polgraph.KindParty {
			continue
		}
		for _, m := range g.Lookup(e.Name) {
			if m.Entry != e && m.Entry.Kind == polgraph.KindParty {
				t.Errorf("%s: canonical name %q is also a form of %s", e.ID, e.Name, m.Entry.ID)
			}
		}
	}
	tests := []struct {
		form      string
		countries []string // of the parties it may denote, sorted
	}{
		{"Democratic Party", []string{"AD", "CN", "IT", "US"}}, // Andorra, Hong Kong, Italy (by alias), United States, among others
		{"NPP", []string{"CN", "GH", "TW"}},                    // Hong Kong's New People's Party, Ghana's New Patriotic Party, Taiwan's New Power Party
	}
	for _, tt := range tests {
		var got []string
		for _, m := range g.Lookup(tt.form) {
			if m.Entry.Kind != polgraph.KindParty {
				continue
			}
			got = append(got, m.Entry.Country)
			if !slices.Contains(m.Entry.Ambiguous, tt.form) {
				t.Errorf("Lookup(%q): %s does not mark it as needing context", tt.form, m.Entry.ID)
			}
		}
		for _, c := range tt.countries {
			if !slices.Contains(got, c) {
				t.Errorf("Lookup(%q) countries = %v, want %s among them", tt.form, got, c)
			}
		}
	}
}

// TestExternalKeys checks the keys Party Facts supplies, on a hand-listed
// party and on one of its own.
func TestExternalKeys(t *testing.T) {
	g := Default()
	tests := []struct{ form, country, wikidata, wikipedia string }{
		{"GOP", "US", "Q29468", "Republican Party (United States)"},
		{"DAB", "CN", "Q21916", "Democratic Alliance for the Betterment and Progress of Hong Kong"},
		{"New Patriotic Party", "GH", "Q1148441", "New Patriotic Party"},
	}
	for _, tt := range tests {
		ms := g.Lookup(tt.form)
		if len(ms) != 1 {
			t.Errorf("Lookup(%q) = %d readings, want 1", tt.form, len(ms))
			continue
		}
		if e := ms[0].Entry; e.Country != tt.country || e.Wikidata != tt.wikidata || e.Wikipedia != tt.wikipedia {
			t.Errorf("Lookup(%q) = %s %s %q, want %s %s %q", tt.form, e.Country, e.Wikidata, e.Wikipedia, tt.country, tt.wikidata, tt.wikipedia)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	g := Default()
	surfaces := []string{"Canada", "Beijing", "House of Commons", "the", "Liberal Party", "HOUSE OF COMMONS", "Han Dong", "Canadian", "Prime Minister"}
	for i := 0; b.Loop(); i++ {
		sink = g.Lookup(surfaces[i%len(surfaces)])
	}
}

var sink []Match

func TestLookupLeader(t *testing.T) {
	g := Default()
	tests := []struct {
		surface   string
		want      []string // "id via"; order-insensitive
		ambiguous bool     // the surface is in each match's Ambiguous
	}{
		{"Justin Trudeau", []string{"person/justin-trudeau name"}, false},
		{"Trudeau", []string{"person/justin-trudeau surname"}, false},
		{"TRUDEAU", []string{"person/justin-trudeau surname"}, false},
		{"trudeau", nil, false},
		{"Xi Jinping", []string{"person/xi-jinping name"}, false},
		{"Xi", []string{"person/xi-jinping surname"}, false},
		{"Putin", []string{"person/vladimir-putin surname"}, false},
		{"Bush", []string{"person/george-w-bush surname"}, true},
		{"George W. Bush", []string{"person/george-w-bush name"}, false},
		{"Li", []string{"person/li-keqiang surname", "person/li-qiang surname"}, true},
		{"May", []string{"person/theresa-may surname"}, true},
		{"Brown", []string{"person/gordon-brown surname"}, true},
		{"Charles III", []string{"person/charles-iii name"}, false},
		{"Volodymyr Zelensky", []string{"person/volodymyr-zelensky name"}, false},
		{"Volodymyr Zelenskyy", []string{"person/volodymyr-zelensky alias"}, false},
		{"Zelenskyy", []string{"person/volodymyr-zelensky surname"}, false},
		{"Zelensky’s", nil, false}, // possessives are the caller's to strip
		{"Lula", []string{"person/luiz-inacio-lula-da-silva surname"}, false},
		{"Merkel", []string{"person/angela-merkel surname"}, false},
		{"Modi", []string{"person/narendra-modi surname"}, false},
		{"von der Leyen", []string{"person/ursula-von-der-leyen surname"}, false},
		{"Erdogan", []string{"person/recep-tayyip-erdogan surname"}, false},
		{"Martin", []string{"person/paul-martin surname", "person/micheal-martin surname"}, true},
		{"Singh", []string{"person/manmohan-singh surname"}, true},
		{"Fox", []string{"person/vicente-fox surname"}, true},
		{"Kaczyński", []string{"person/lech-kaczynski surname", "person/jaroslaw-kaczynski surname"}, true},
		{"Lee", []string{"person/lee-myung-bak surname", "person/lee-jae-myung surname", "person/lee-han-dong surname", "person/lee-hae-chan surname", "person/lee-wan-koo surname", "person/lee-nak-yon surname", "person/lee-teng-hui surname"}, true},
		{"Canada", nil, false},
		// a given name and surname without the middle name between
		{"Recep Erdogan", []string{"person/recep-tayyip-erdogan alias"}, false},
		{"Ahmet Sezer", []string{"person/ahmet-necdet-sezer alias"}, false},
		{"A. Kalam", nil, false},           // not an initial for the given name
		{"Dominique Villepin", nil, false}, // not without a particle alone
	}
	for _, tt := range tests {
		ms := g.LookupLeader(tt.surface)
		got := matches(ms)
		slices.Sort(got)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("LookupLeader(%q) = %q, want %q", tt.surface, got, want)
		}
		for _, m := range ms {
			if amb := slices.Contains(m.Entry.Ambiguous, tt.surface); amb != tt.ambiguous && !allCaps(tt.surface) {
				t.Errorf("LookupLeader(%q): %s ambiguous = %v, want %v", tt.surface, m.Entry.ID, amb, tt.ambiguous)
			}
		}
		// Leaders stay out of Lookup, which the recogniser uses for names
		// of places and bodies.
		for _, m := range g.Lookup(tt.surface) {
			if m.Entry.Kind == polgraph.KindPerson {
				t.Errorf("Lookup(%q) returns the person %s", tt.surface, m.Entry.ID)
			}
		}
	}
}

func TestLeaderTerms(t *testing.T) {
	g := Default()
	byID := map[string]*Entry{}
	for _, e := range g.Entries() {
		byID[e.ID] = e
	}
	tests := []struct {
		id   string
		want []Term
	}{
		{"person/justin-trudeau", []Term{{"Prime Minister", "CA", "", 2015, 2025}}},
		{"person/donald-trump", []Term{{"President", "US", "", 2017, 2021}, {"President", "US", "", 2025, 0}}},
		{"person/liz-truss", []Term{{"Prime Minister", "GB", "", 2022, 2022}}},
	}
	for _, tt := range tests {
		e := byID[tt.id]
		if e == nil {
			t.Errorf("no entry %s", tt.id)
			continue
		}
		if e.Kind != polgraph.KindPerson || !slices.Equal(e.Terms, tt.want) {
			t.Errorf("%s: %s %+v, want Person %+v", tt.id, e.Kind, e.Terms, tt.want)
		}
	}
	if e := byID["person/antonio-guterres"]; e == nil || !slices.Equal(e.Terms, []Term{{"Prime Minister", "PT", "", 1995, 2002}, {"Secretary-General", "", "organization/united-nations", 2017, 0}}) || e.Country != "" {
		t.Errorf("António Guterres: %+v", e)
	}
	if ms := g.Lookup("Fox"); len(ms) != 1 || ms[0].Entry.ID != "organization/fox-news" {
		t.Errorf("Lookup(\"Fox\") = %q, want only Fox News", matches(ms))
	}
	if e := byID["person/charles-iii"]; e == nil || !slices.Contains(e.Terms, Term{"Monarch", "CA", "", 2022, 0}) {
		t.Errorf("Charles III does not reign over Canada")
	}
	for _, e := range g.Entries() {
		if e.Kind != polgraph.KindPerson {
			if len(e.Terms) != 0 {
				t.Errorf("%s: terms of a %s", e.ID, e.Kind)
			}
			continue
		}
		if len(e.Terms) == 0 {
			t.Errorf("%s: no terms", e.ID)
		}
		since2000 := false
		for i, tm := range e.Terms {
			if o, ok := g.Office(tm.Office); !ok || o.Title != tm.Office {
				t.Errorf("%s: office %q is not a title", e.ID, tm.Office)
			}
			if tm.Country != "" && g.Country(tm.Country) == nil {
				t.Errorf("%s: unknown country %q", e.ID, tm.Country)
			}
			if (tm.Country == "") == (tm.Org == "") {
				t.Errorf("%s: term %+v names both or neither a country and an organisation", e.ID, tm)
			}
			if tm.To == 0 || tm.To >= 2000 {
				since2000 = true
			}
			if i > 0 && tm.From < e.Terms[i-1].From {
				t.Errorf("%s: terms out of order", e.ID)
			}
		}
		if !since2000 {
			t.Errorf("%s: no term since 2000", e.ID)
		}
	}
}

// TestLeaderCoverage checks that each country of the leaders' scope has an
// incumbent, and the international bodies too.
func TestLeaderCoverage(t *testing.T) {
	current := map[string]int{}
	for _, e := range Default().Entries() {
		for _, tm := range e.Terms {
			if tm.To == 0 {
				current[tm.Country+tm.Org]++
			}
		}
	}
	for _, where := range []string{"CA", "US", "GB", "IE", "AU", "NZ", "DE", "FR", "IT", "ES", "NL", "SE", "IN", "JP", "KR", "TW", "IL", "ZA", "BR", "MX", "PL", "UA", "CN", "RU", "TR", "HU", "PK",
		"organization/united-nations", "organization/north-atlantic-treaty-organization", "organization/european-commission", "organization/european-council"} {
		if current[where] == 0 {
			t.Errorf("%s: no leader in office", where)
		}
	}
}

// TestLeaderCommonSurnames keeps the "~" on leaders' surnames that are
// ordinary English words, given names or places, which a capital at the
// start of a sentence or another person's name would otherwise match.
func TestLeaderCommonSurnames(t *testing.T) {
	common := strings.Fields(`may brown major key english fox ban moon park rice young king bush
		martin johnson cameron howard clark harris kenny sharon bennett morrison abbott
		philippe michel costa borne abe juan carlos kan han lee kim li chen ma su yu wu lin
		tang mao chang chung jiang hu khan singh aziz miller novak robertson`)
	for _, e := range Default().Entries() {
		if e.Kind != polgraph.KindPerson {
			continue
		}
		for _, a := range e.Aliases {
			if slices.Contains(common, strings.ToLower(a)) && !slices.Contains(e.Ambiguous, a) {
				t.Errorf("%s: surname %q is a common word or name but not marked \"~\"", e.ID, a)
			}
		}
	}
}

// Every country of the data has a Wikidata item, and no two share one.
func TestCountryWikidata(t *testing.T) {
	g := Default()
	seen := map[string]string{}
	for _, e := range g.entries {
		if e.Kind != polgraph.KindCountry || e.Scope != "countries" {
			continue
		}
		if e.Wikidata == "" {
			t.Errorf("%s has no Wikidata item", e.ID)
		}
		if prev, dup := seen[e.Wikidata]; dup {
			t.Errorf("%s and %s share Wikidata item %s", prev, e.ID, e.Wikidata)
		}
		seen[e.Wikidata] = e.ID
	}
	for _, tt := range []struct{ form, wikidata string }{{"Canada", "Q16"}, {"Kosovo", "Q1246"}, {"Palestine", "Q219060"}} {
		if ms := g.Lookup(tt.form); len(ms) == 0 || ms[0].Entry.Wikidata != tt.wikidata {
			t.Errorf("Lookup(%q) has no reading with Wikidata %s", tt.form, tt.wikidata)
		}
	}
}

// A party named after its country ("Bangladesh Awami League") is also
// known by the rest of its name, a form that needs its country named; a
// rest that opens with a word of grammar ("Andorra for Change") is none.
func TestPartyWithoutCountryName(t *testing.T) {
	g := Default()
	tests := []struct {
		surface string
		want    string // "id via", or "" for no party of that form
		shared  bool
	}{
		{"Awami League", "party/bangladesh-awami-league alias", true},
		{"Bangladesh Awami League", "party/bangladesh-awami-league name", false},
		{"for Change", "", false},
	}
	for _, tt := range tests {
		ms := g.Lookup(tt.surface)
		got := matches(ms)
		if tt.want == "" {
			if len(got) > 0 {
				t.Errorf("Lookup(%q) = %q, want none", tt.surface, got)
			}
			continue
		}
		i := slices.Index(got, tt.want)
		if i < 0 {
			t.Errorf("Lookup(%q) = %q, want %q among them", tt.surface, got, tt.want)
			continue
		}
		if shared := slices.Contains(ms[i].Entry.Ambiguous, tt.surface); shared != tt.shared {
			t.Errorf("Lookup(%q): shared form %v, want %v", tt.surface, shared, tt.shared)
		}
	}
}

// TestLookupLower checks lookupLower against the lookup of strings.ToLower.
func TestLookupLower(t *testing.T) {
	long := strings.Repeat("Deputy ", 12) + "Minister"
	m := map[string]int{"prime minister": 1, "président": 2, strings.ToLower(long): 3, "ivo dorn": 4}
	for _, s := range []string{"Prime Minister", "PRIME MINISTER", "prime minister", "Président", "PRÉSIDENT", long, "Ivo Dorn", "Ivo  Dorn", "", "Ana"} {
		v, ok := lookupLower(m, s)
		want, wantOK := m[strings.ToLower(s)]
		if v != want || ok != wantOK {
			t.Errorf("lookupLower(%q) = %d, %v; want %d, %v", s, v, ok, want, wantOK)
		}
	}
}

// TestMayName checks what the name scans rely on: where MayName says no,
// Lookup, LookupLeader and Office find nothing, in any case; and every
// form and title they know, in any case, may name.
func TestMayName(t *testing.T) {
	g := Default()
	known := func(s string) bool {
		_, office := g.Office(s)
		return len(g.Lookup(s)) > 0 || len(g.LookupLeader(s)) > 0 || office
	}
	variants := func(s string) []string {
		return []string{s, strings.ToLower(s), strings.ToUpper(s), strings.Title(strings.ToLower(s))} //nolint:staticcheck // ASCII test words
	}
	var forms []string
	for _, e := range g.Entries() {
		forms = append(forms, e.Name)
		forms = append(forms, e.Aliases...)
		forms = append(forms, e.Demonyms...)
		forms = append(forms, e.Metonyms...)
	}
	for k := range g.offices {
		forms = append(forms, k)
	}
	for _, f := range forms {
		for _, v := range variants(f) {
			if known(v) && !g.MayName(v) {
				t.Fatalf("MayName(%q) is false, but the gazetteer knows it", v)
			}
		}
	}
	for _, s := range []string{"the", "said on", "Prime Minister", "prime minister's", "Workers Party", "the Liberal Party", "Ana Holm", "Canada", "canada", "Ottawa said", "Trudeau", "  Justin  Trudeau "} {
		for _, v := range variants(s) {
			if known(v) && !g.MayName(v) {
				t.Errorf("MayName(%q) is false, but the gazetteer knows it", v)
			}
		}
	}
	if g.MayName("said on Tuesday") || g.MayName("the the") {
		t.Error("MayName says words that start no form may name")
	}
}

// TestTitleCaseAsFields checks titleCase against its definition: every
// field strings.Fields finds starts with a capital.
func TestTitleCaseAsFields(t *testing.T) {
	byFields := func(s string) bool {
		for _, w := range strings.Fields(s) {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				return false
			}
		}
		return s != ""
	}
	for _, s := range []string{"", " ", "House Of Commons", "House of Commons", "  Ivo\tDorn ", "Ivo\u00a0dorn", "Ivo\u0085Dorn",
		"Élysée Palace", "élysée", "ÖVP", "x", "\xffAbc", "Abc \xff", "A  B", "A b", "3 Rivers", "'Ana Holm"} {
		if got, want := titleCase(s), byFields(s); got != want {
			t.Errorf("titleCase(%q) = %v, want %v", s, got, want)
		}
	}
}

// A form with a parenthesised part of its own is found as written; one
// whose parentheses only tell namesakes apart in the data is not.
func TestLookupParenthesised(t *testing.T) {
	g := Default()
	for _, tt := range []struct {
		surface, want string
	}{
		{"Janata Dal (United)", "party/janata-dal-united"},
		{"JD(U)", "party/janata-dal-united"},
		{"Pakistan Muslim League (N)", "party/pakistan-muslim-league-n"},
		{"Social Democratic Party (Romania)", ""},
		{"Janata Dal", ""},
	} {
		got := ""
		if m := g.LookupParenthesised(tt.surface); len(m) > 0 {
			got = m[0].Entry.ID
		}
		if got != tt.want {
			t.Errorf("LookupParenthesised(%q) = %q, want %q", tt.surface, got, tt.want)
		}
	}
}
