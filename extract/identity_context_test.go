package extract

import "testing"

// A dateline names where a story is filed even without an agency's name
// ("OSLO, Norway -"): its capital is the city, and a party name no known
// party of that country has is scoped by that country, the same in every
// story filed from there.
func TestDatelineWithCountry(t *testing.T) {
	oslo := "OSLO, Norway - The Labour Party won the by-election in Tromsvik on Sunday, Sigrid Halvorsen said."
	tests := []struct {
		name, text, surface string
		want                string
	}{
		{"the party", oslo, "Labour Party", "party/labour-party--no"},
		{"the dateline's capital", "WELLINGTON, New Zealand - Mereana Tuhoe resigned on Friday, her office said.", "WELLINGTON", "place/wellington"},
		{"the dateline's country", "WELLINGTON, New Zealand - Mereana Tuhoe resigned on Friday, her office said.", "New Zealand", "country/new-zealand"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := entityOf(t, tt.text, tt.surface, 0); got != tt.want {
				t.Errorf("%q in %q is %q, want %q", tt.surface, tt.text, got, tt.want)
			}
		})
	}
}

// A name that a hard-wrapped line breaks ("Jonas\nPellerin") is one name,
// with its words joined by a space; lists and short lines are not joined.
func TestNameWrappedAcrossLines(t *testing.T) {
	text := "Speaking to reporters in the capital late on Monday, the spokesman, Jonas\nPellerin, declined to comment. Pellerin left at noon.\n\nVotes cast:\nAnna Lindqvist: 400\nBerit Sand: 300\n"
	if got := entityOf(t, text, "Jonas", 0); got != "person/jonas-pellerin" {
		t.Errorf("Jonas is %q, want person/jonas-pellerin", got)
	}
	if got := entityOf(t, text, "Pellerin", 1); got != "person/jonas-pellerin" {
		t.Errorf("Pellerin is %q, want person/jonas-pellerin", got)
	}
	if got := entityOf(t, text, "Berit Sand", 0); got != "person/berit-sand" {
		t.Errorf("Berit Sand is %q, want person/berit-sand (a list's line of its own)", got)
	}
}
