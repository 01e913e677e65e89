package extract

import (
	"context"
	"testing"

	"github.com/polgraph/polgraph"
)

// A surname with an honorific goes to the namesake of its gender: with
// Jacob and Dudu Zuma both named, "Ms Zuma" is Dudu and "Mr Zuma" Jacob.
func TestHonorificPicksTheNamesake(t *testing.T) {
	text := "Former president Jacob Zuma attended the hearing in Durban on Monday with his daughter Dudu Zuma. " +
		"Ms Zuma said the charges were political. Mr Zuma did not speak."
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2024-05-02"})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, e := range x.Entities {
		for _, m := range e.Mentions {
			got[e.Name] = append(got[e.Name], text[m.Start-3:m.End])
		}
	}
	for name, want := range map[string]string{"Dudu Zuma": "Ms Zuma", "Jacob Zuma": "Mr Zuma"} {
		found := false
		for _, s := range got[name] {
			found = found || s == want
		}
		if !found {
			t.Errorf("%s's mentions %q lack %q", name, got[name], want)
		}
	}
}

// The courtesy titles of the South Asian and West African press say a
// gender as "Mr" and "Ms" do: "Smt. Desai" is the woman of two Desais,
// "Alhaji Dantoro" the man.
func TestRegionalHonorificsPickTheNamesake(t *testing.T) {
	checkIDs(t, []idCase{
		{"Smt.", "Vikrant Desai and Tanvi Desai filed their papers in Pune on Monday. Smt. Desai said the seat was hers.", "Desai", 2, "person/tanvi-desai"},
		{"Shri", "Tanvi Desai and Vikrant Desai filed their papers in Pune on Monday. Shri Desai said the seat was his.", "Desai", 2, "person/vikrant-desai"},
		{"Hajiya", "Yakubu Dantoro and Hadiza Dantoro met the governor in Kano. Hajiya Dantoro said the talks went well.", "Dantoro", 2, "person/hadiza-dantoro"},
	})
}

// An honorific of the other gender than the one person of its surname
// the article names ("Mr Dravek" beside Salma Dravek) names someone else,
// the same one each time, and not her; one of her gender is hers.
func TestHonorificOfTheOtherGender(t *testing.T) {
	tests := []struct {
		text          string
		full, surname string
		want          map[string]int // mentions of the named person and of the surname's own
	}{
		{"Salma Dravek met reporters in Kabul on Monday. Mr Dravek, her brother, left the city. Mr Dravek returned on Friday.",
			"Salma Dravek", "Dravek", map[string]int{"Salma Dravek": 1, "Dravek": 2}},
		{"Piotr Lask spoke in Gdansk on Monday. Ms Lask said she would run for the seat.",
			"Piotr Lask", "Lask", map[string]int{"Piotr Lask": 1, "Lask": 1}},
		{"Piotr Lask spoke in Gdansk on Monday. Mr Lask said he would run for the seat.",
			"Piotr Lask", "Lask", map[string]int{"Piotr Lask": 2, "Lask": 0}},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: tt.text, PublishedAt: "2024-05-02"})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{} // entity name -> mentions
		for _, e := range x.Entities {
			got[e.Name] = len(e.Mentions)
		}
		for _, name := range []string{tt.full, tt.surname} {
			if got[name] != tt.want[name] {
				t.Errorf("%q: %s has %d mentions, want %d (%v)", tt.text, name, got[name], tt.want[name], got)
			}
		}
	}
}

// A leader's surname after an honorific of the other gender than the
// leader's given name ("Ms Trudeau") is someone else of that surname, not
// the leader, though the leader's country is named; one of the leader's
// gender is the leader.
func TestHonorificOfTheOtherGenderThanALeader(t *testing.T) {
	tests := []struct {
		text, want string
		leader     bool
	}{
		{"OTTAWA - Ms Trudeau said on Monday that Canada would act.", "Trudeau", false},
		{"OTTAWA - Mr Trudeau said on Monday that Canada would act.", "Justin Trudeau", true},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: tt.text, PublishedAt: "2024-05-02"})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range x.Entities {
			if e.Kind == polgraph.KindPerson {
				got = append(got, e.Name)
			}
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%q: persons %q, want only %q", tt.text, got, tt.want)
		}
	}
}

// "Cr", the Australian local press's councillor, is a title before the
// name, no part of it, as "Cllr" is.
func TestAustralianCouncillorTitle(t *testing.T) {
	text := "Deputy Mayor Cr Tamsin Orle, who voted against the motion, said the decision was rushed. Cr Orle said the shire would appeal."
	checkIDs(t, []idCase{
		{"after another title", text, "Tamsin Orle", 0, "person/tamsin-orle"},
		{"before the surname", text, "Orle", 1, "person/tamsin-orle"},
	})
}

// "The Labour-run council" calls back the council named before, as "the
// council" does: who runs it is no word of its name, and the council is
// who votes.
func TestPartyRunCouncilVotes(t *testing.T) {
	for _, run := range []string{"Labour-run", "Liberal Democrat-led", "SNP-controlled"} {
		text := "Tarbridge City Council met on Monday. The " + run + " council passed the budget on Wednesday."
		x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2025-02-14"})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, ev := range x.Events {
			for _, p := range ev.Participants {
				if ev.Type == "VOTE" && p.Role == polgraph.RoleAgent {
					got = p.Entity
				}
			}
		}
		if got != "organization/tarbridge-city-council" {
			t.Errorf("%q: the vote's agent is %q, want the council", text, got)
		}
	}
}

// "Cllr", the British local press's councillor, is a title before the
// name, no part of it; and councillors "on" a council are its members, who
// vote as it.
func TestCouncillorTitleAndCouncil(t *testing.T) {
	text := "Councillors on Tarbridge City Council voted on Tuesday to close three libraries. " +
		"Cllr Mara Dunn, cabinet member for finance, said the decision was painful. The Harbour Assembly met on Wednesday."
	checkIDs(t, []idCase{{"the councillor", text, "Mara Dunn", 0, "person/mara-dunn"}})
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2025-02-14"})
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range x.Events {
		if ev.Type != "VOTE" {
			continue
		}
		for _, p := range ev.Participants {
			if p.Role == polgraph.RoleAgent && p.Entity != "organization/tarbridge-city-council" {
				t.Errorf("the councillors' vote has agent %s, want the council they sit on", p.Entity)
			}
		}
		return
	}
	t.Error("no VOTE for the councillors' vote")
}
