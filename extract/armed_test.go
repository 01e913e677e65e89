package extract

import (
	"context"
	"testing"

	"github.com/polgraph/polgraph"
)

// "hit" and "pounded" tell of an attack only where something armed does
// them: a weapon, a force, or a state taking them to a place; "beat" as
// well (a candidate beats a rival). A state's offensive against another
// is an attack on it; strikes a state steps up or resumes are its own. Stabbing and assault are attacks by
// anyone, on the person they are done to.
func TestArmedVerbs(t *testing.T) {
	tests := []struct {
		text    string
		agent   string // the attack's agent; "" for no attack
		patient string // the attack's patient, where checked
	}{
		{"Russian drones hit a fuel depot in Dresk on Monday.", "country/russia", ""},
		{"A Russian missile hit a hospital in Dresk on Monday.", "country/russia", ""}, // one weapon is its state's as many are
		{"A Turkish drone hit a convoy near Dresk on Monday.", "country/turkey", ""},
		{"Russia pounded Kharkiv with artillery on Monday.", "country/russia", ""},
		{"A storm hit the coast near Dresk on Monday.", "", ""},
		{"The scandal hit Ana Holm's party hard on Monday.", "", ""},
		{"Germany hit a record high in exports in May.", "", ""},
		{"Russia hit back at Ana Holm on Monday.", "", ""},                                                                    // a phrasal verb: criticism
		{"Azerbaijani forces launched a fresh offensive against Armenia on Monday.", "country/azerbaijan", "country/armenia"}, // what it is against undergoes it
		{"Russia stepped up strikes on Kharkiv on Monday.", "country/russia", ""},                                             // who steps them up makes them
		{"Russia has intensified strikes against Ukraine's energy grid since March.", "country/russia", "country/ukraine"},
		{"Dock workers in Dresk resumed strikes on Monday.", "", ""},
		{"Guards beat the activist Ivo Marr in a prison in Tehran on Monday.", "(no agent)", "person/ivo-marr"},
		{"Ivo Marr was beaten by police in Minsk on Monday.", "(no agent)", "person/ivo-marr"},
		{"Ana Holm beat Ivo Marr in the runoff on Monday.", "", ""},
		{"A man stabbed the mayor of Dresk, Ivo Marr, on Monday.", "(no agent)", "person/ivo-marr"},
		{"A man assaulted Ana Holm outside her office in Leeds on Monday.", "(no agent)", "person/ana-holm"},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: "Row\n\n" + tt.text, PublishedAt: "2024-06-05"})
		if err != nil {
			t.Fatal(err)
		}
		got, patient := "", ""
		for _, ev := range x.Events {
			if ev.Type != polgraph.EventAttack {
				continue
			}
			got = "(no agent)"
			for _, p := range ev.Participants {
				switch p.Role {
				case polgraph.RoleAgent:
					got = p.Entity
				case polgraph.RolePatient:
					patient = p.Entity
				}
			}
		}
		if got != tt.agent {
			t.Errorf("%q: attack by %q, want %q", tt.text, got, tt.agent)
		}
		if tt.patient != "" && patient != tt.patient {
			t.Errorf("%q: attack on %q, want %q", tt.text, patient, tt.patient)
		}
	}
}
