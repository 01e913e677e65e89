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
