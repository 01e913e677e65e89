package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Dong’s resignation", []string{"Dong", "’s", "resignation"}},
		{"Trudeau's Government.", []string{"Trudeau", "'s", "Government", "."}},
		{"the U.S. embassy", []string{"the", "U.S.", "embassy"}},
		{"O'Brien don't re-elected", []string{"O'Brien", "don't", "re-elected"}},
		{"4,200 people, 3.5%", []string{"4,200", "people", ",", "3.5", "%"}},
		{"“back channel”", []string{"“", "back", "channel", "”"}},
		{"the Nairobi-based group, UK-headquartered", []string{"the", "Nairobi", "-", "based", "group", ",", "UK", "-", "headquartered"}},
		{"a state-based scheme", []string{"a", "state-based", "scheme"}},
		{"a British-Iranian national, Anglo-Saxon", []string{"a", "British", "-", "Iranian", "national", ",", "Anglo-Saxon"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range tokenize(tt.in, 0, len(tt.in), nil) {
			if tt.in[tk.start:tk.end] != tk.text {
				t.Errorf("%q: token %q does not match its offsets", tt.in, tk.text)
			}
			got = append(got, tk.text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mr. Smith met Rt. Hon. Jane Doe. They talked.", []string{"Mr. Smith met Rt. Hon. Jane Doe.", "They talked."}},
		{"He left on Jan. 6 for the U.S. embassy. It rained.", []string{"He left on Jan. 6 for the U.S. embassy.", "It rained."}},
		{"Title line\nBody starts here. “Quote ends.” Next one!", []string{"Title line", "Body starts here.", "“Quote ends.”", "Next one!"}},
		{"J. Ode Varga directed it.", []string{"J. Ode Varga directed it."}},
		// a dateline of a place and a day, no agency: its own line, no subject of the lead
		{"TALLINN, March 4 - Estonia's Supreme Court ruled. It rained.", []string{"TALLINN, March 4 -", "Estonia's Supreme Court ruled.", "It rained."}},
		{"TALLINN, 4 March 2025 — The court ruled.", []string{"TALLINN, 4 March 2025 —", "The court ruled."}},
	}
	for _, tt := range tests {
		d := &doc{text: tt.in}
		d.segment()
		var got []string
		for _, s := range d.sents {
			got = append(got, tt.in[s.start:s.end])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A long quotation is reported speech, whichever marks open and close it:
// its words tell no events of their own.
func TestQuotationMarks(t *testing.T) {
	for _, text := range []string{
		"\"Estonian forces attacked the village of Narva in a well-planned raid,\" said Ivo Dorn.",
		"“Estonian forces attacked the village of Narva in a well-planned raid,” said Ivo Dorn.",
		"``Estonian forces attacked the village of Narva in a well-planned raid,'' said Ivo Dorn.",
		"«Estonian forces attacked the village of Narva in a well-planned raid,» said Ivo Dorn.",
	} {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2024-06-05"})
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range x.Events {
			if ev.Type != "STATEMENT" {
				t.Errorf("%q: a %s inside the quotation", text, ev.Type)
			}
		}
	}
}

// lowerIndex finds what an index by the word's lower case finds, whatever
// its case, letters or length.
func TestLowerIndexIsTheLowerCasesIndex(t *testing.T) {
	m := map[string]int{"franco": 1, "sino": 2, "ürsel": 3, "a-very-long-hyphenated-word-of-forty-letters": 4, "ümit ocak": 5}
	for _, w := range []string{"Franco", "FRANCO", "franco", "Sino", "Ürsel", "ÜRSEL", "A-Very-Long-Hyphenated-Word-Of-Forty-Letters", "Ümit Ocak", "Anglo", ""} {
		if got, want := lowerIndex(m, w), m[strings.ToLower(w)]; got != want {
			t.Errorf("lowerIndex(%q) = %d; want %d", w, got, want)
		}
	}
	for _, w := range []string{"Franco", "Sino", "Indo"} {
		if got, want := combiningForm(w), combiningForms[strings.ToLower(w)]; got != want {
			t.Errorf("combiningForm(%q) = %q; want %q", w, got, want)
		}
	}
}
