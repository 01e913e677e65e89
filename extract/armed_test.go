package extract

import (
	"context"
	"testing"

	"github.com/polgraph/polgraph"
)

// "hit" and "pounded" tell of an attack only where something armed does
// them: a weapon, a force, or a state taking them to a place.
func TestArmedVerbs(t *testing.T) {
	tests := []struct {
		text  string
		agent string // the attack's agent; "" for no attack
	}{
		{"Russian drones hit a fuel depot in Dresk on Monday.", "country/russia"},
		{"Russia pounded Kharkiv with artillery on Monday.", "country/russia"},
		{"A storm hit the coast near Dresk on Monday.", ""},
		{"The scandal hit Ana Holm's party hard on Monday.", ""},
		{"Germany hit a record high in exports in May.", ""},
		{"Russia hit back at Ana Holm on Monday.", ""}, // a phrasal verb: criticism
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: "Row\n\n" + tt.text, PublishedAt: "2024-06-05"})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, ev := range x.Events {
			if ev.Type != polgraph.EventAttack {
				continue
			}
			got = "(no agent)"
			for _, p := range ev.Participants {
				if p.Role == polgraph.RoleAgent {
					got = p.Entity
				}
			}
		}
		if got != tt.agent {
			t.Errorf("%q: attack by %q, want %q", tt.text, got, tt.agent)
		}
	}
}
