package extract

import (
	"context"
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

// A plural's possessive inside a body's name ("Farmers' League") is part of
// one name; after it, a lower-case noun ("the Greens' spokeswoman") is not.
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
	}
	for _, tt := range tests {
		got := kindsByName(t, tt.text)
		for name, kind := range tt.want {
			if got[name] != kind {
				t.Errorf("%q: %s is %q, want %q (%v)", tt.text, name, got[name], kind, got)
			}
		}
		for _, name := range tt.absent {
			if k, ok := got[name]; ok {
				t.Errorf("%q: %s is an entity (%s)", tt.text, name, k)
			}
		}
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
		got := kindsByName(t, tt.text)
		for name, kind := range tt.want {
			if got[name] != kind {
				t.Errorf("%q: %s is %q, want %q (%v)", tt.text, name, got[name], kind, got)
			}
		}
		for _, name := range tt.absent {
			if k, ok := got[name]; ok {
				t.Errorf("%q: %s is an entity (%s)", tt.text, name, k)
			}
		}
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
