package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/cameo"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// aLeader is a leader of the gazetteer whose surname alone is unambiguous
// and whose office is of a country, so the test names nobody by hand.
func aLeader(t *testing.T) (*gazetteer.Entry, string, *gazetteer.Entry) {
	g := gazetteer.Default()
	for _, e := range g.Entries() {
		if e.Kind != polgraph.KindPerson || len(e.Terms) == 0 || e.Country == "" {
			continue
		}
		words := strings.Fields(e.Name)
		sur := words[len(words)-1]
		ms := g.LookupLeader(sur)
		if len(ms) != 1 || ms[0].Via != "surname" || len(g.Lookup(sur)) > 0 || ambiguousForm(e, sur) {
			continue
		}
		if c := g.Country(e.Country); c != nil {
			return e, sur, c
		}
	}
	t.Skip("no leader with an unambiguous surname")
	return nil, "", nil
}

func TestLeaderSurname(t *testing.T) {
	leader, sur, country := aLeader(t)
	title := leader.Terms[0].Office
	tests := []struct {
		name, text string
		want       string // id of the person named by the surname
		office     bool   // a HOLDS_OFFICE relation expected
	}{
		{"country context", "Budget row in " + country.Name + "\n\n" + sur + " defended the budget on Monday, officials in " + country.Name + " said.", leader.ID, false},
		{"full name", leader.Name + " spoke on Monday. Later " + sur + " left.", leader.ID, false},
		{"title in text", title + " " + sur + " met Senator Ana Holm in " + country.Name + " on Monday.", leader.ID, true},
		{"before office", "Budget row in " + country.Name + "\n\n" + sur + " defended the budget on Monday.", gazetteer.ID(polgraph.KindPerson, sur), false},
		{"no context", "Marta " + sur + " opened a bakery on Monday. " + sur + " said it was busy.", gazetteer.ID(polgraph.KindPerson, "Marta "+sur), false},
	}
	for _, tt := range tests {
		date := "2024-06-05"
		if tt.name == "before office" {
			date = fmt.Sprintf("%d-01-01", leader.Terms[0].From-5)
		}
		x, err := extractor.Extract(context.Background(), polgraph.Article{Text: tt.text, PublishedAt: date})
		if err != nil {
			t.Fatal(err)
		}
		found, office := false, false
		for _, e := range x.Entities {
			found = found || e.ID == tt.want
		}
		for _, r := range x.Relations {
			office = office || r.Type == "HOLDS_OFFICE" && r.From == leader.ID
		}
		if !found {
			t.Errorf("%s: no entity %s in %q", tt.name, tt.want, tt.text)
		}
		if office != tt.office {
			t.Errorf("%s: HOLDS_OFFICE = %v, want %v", tt.name, office, tt.office)
		}
	}
}

// A surname the data marks as shared ("~Clinton") is the leader's where
// the article puts the office the leader then held before it, and nobody
// we know where the office or the year is another.
func TestSharedSurnameWithTitle(t *testing.T) {
	g := gazetteer.Default()
	var leader *gazetteer.Entry
	var sur string
	for _, e := range g.Entries() {
		if e.Kind != polgraph.KindPerson || len(e.Terms) != 1 || e.Terms[0].To == 0 || e.Country == "" || g.Country(e.Country) == nil {
			continue
		}
		words := strings.Fields(e.Name)
		if w := words[len(words)-1]; ambiguousForm(e, w) && len(g.LookupLeader(w)) == 1 {
			leader, sur = e, w
			break
		}
	}
	if leader == nil {
		t.Skip("no leader with a shared surname")
	}
	term := leader.Terms[0]
	country := g.Country(leader.Country).Name
	tests := []struct {
		name, title string
		year        int
		want        bool
	}{
		{"the office then held", term.Office, term.From, true},
		{"another year", term.Office, term.To + 3, false},
		{"another office", "Senator", term.From, false},
	}
	for _, tt := range tests {
		text := tt.title + " " + sur + " spoke in " + country + " on Monday."
		x, err := extractor.Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: fmt.Sprintf("%d-06-05", tt.year)})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range x.Entities {
			found = found || e.ID == leader.ID
		}
		if found != tt.want {
			t.Errorf("%s: %q in %d names %s: %v, want %v", tt.name, text, tt.year, leader.ID, found, tt.want)
		}
	}
}

func TestLeaderGovernment(t *testing.T) {
	leader, sur, country := aLeader(t)
	g := gazetteer.Default()
	govs := g.Lookup("Government of " + country.Name)
	if len(govs) == 0 || !headsGovernment[leader.Terms[0].Office] {
		t.Skip("no government entry for the leader's country")
	}
	text := "Pressure mounts on " + sur + "'s Government in " + country.Name + " after a series of reports."
	x, err := extractor.Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2024-06-05"})
	if err != nil {
		t.Fatal(err)
	}
	leads := false
	for _, r := range x.Relations {
		leads = leads || r.Type == "LEADS" && r.From == leader.ID && r.To == govs[0].Entry.ID
	}
	if !leads {
		t.Errorf("%q: no LEADS %s -> %s in %+v", text, leader.ID, govs[0].Entry.ID, x.Relations)
	}
}

// A minister the CAMEO actor data places in a country on the article's day
// holds that country's office, not the one of the story's dateline.
func TestOfficeCountryFromActorData(t *testing.T) {
	g := gazetteer.Default()
	var role cameo.Role
	for r := range cameo.Default().Roles() {
		if r.Code == "GOV" && r.From != "" && r.To != "" && r.ISO != "" && r.ISO != "NO" && len(strings.Fields(r.Name)) == 2 &&
			g.Country(r.ISO) != nil && len(g.LookupLeader(r.Name)) == 0 && len(cameo.Default().RolesOn(r.Name, r.From)) == 1 {
			role = r
			break
		}
	}
	if role.Name == "" {
		t.Skip("no dated minister in the actor data")
	}
	text := "OSLO, Norway - Foreign Minister " + role.Name + " said on Monday that talks with Norway would go on."
	x, err := extractor.Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: role.From})
	if err != nil {
		t.Fatal(err)
	}
	want := g.Country(role.ISO).ID
	var got []string
	for _, r := range x.Relations {
		if r.Type == "HOLDS_OFFICE" {
			got = append(got, r.To)
		}
	}
	if len(got) != 1 || got[0] != want {
		t.Errorf("%q on %s: HOLDS_OFFICE to %v, want %s", text, role.From, got, want)
	}
}
