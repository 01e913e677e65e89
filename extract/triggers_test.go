package extract

import (
	"strings"
	"testing"
)

// The trigger table is data: each form reads back with its type and kind.
func TestTriggerTable(t *testing.T) {
	tests := []struct {
		phrase, typ  string
		noun, speech bool
	}{
		{"resigned", "RESIGNATION", false, false},
		{"stepped down", "RESIGNATION", false, false},
		{"resignation", "RESIGNATION", true, false},
		{"said", "STATEMENT", false, true},
		{"told reporters", "STATEMENT", false, false},
		{"air strikes", "ATTACK", true, false},
	}
	for _, tt := range tests {
		w := strings.Fields(tt.phrase)
		var got *trigger
		for _, tr := range triggers[w[0]] {
			if strings.Join(tr.words, " ") == tt.phrase {
				got = &tr
			}
		}
		if got == nil {
			t.Errorf("%q: not in data/triggers.tsv", tt.phrase)
			continue
		}
		if got.typ != tt.typ || got.noun != tt.noun || got.speech != tt.speech {
			t.Errorf("%q = %s noun=%v speech=%v, want %s noun=%v speech=%v", tt.phrase, got.typ, got.noun, got.speech, tt.typ, tt.noun, tt.speech)
		}
	}
}
