package extract

import (
	"context"
	"slices"
	"testing"
)

// TestLabelGerundNeedsItsVerb checks that a gerund's label ("…, calling
// them a disgrace") finds fault only where the gerund hangs on a verb,
// whose subject calls: hung on a noun, as a parse may hang it on the
// object before it, the label has lost who calls, and the nearest name
// before it ("Niger") would be taken for the caller.
func TestLabelGerundNeedsItsVerb(t *testing.T) {
	text := "Ivo Dornan condemned the attacks in Mali and Niger, calling them a disgrace."
	tests := []struct {
		name   string
		onNoun bool
		want   bool
	}{
		{"hung on the verb", false, true},
		{"hung on a noun", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc{x: extractor, ctx: context.Background(), text: text, home: -2}
			for _, stage := range []func(){d.segment, d.tagTimes, d.recognize, d.resolve} {
				stage()
			}
			x := d.syntaxOf(0)
			if x == nil {
				t.Fatal("no parse")
			}
			words := x.tree.Words
			calling, attacks, condemned := slices.Index(words, "calling"), slices.Index(words, "attacks"), slices.Index(words, "condemned")
			x.tree.Head[calling], x.tree.Rel[calling] = condemned, "advcl"
			if tt.onNoun {
				x.tree.Head[calling] = attacks
			}
			i := x.token(calling)
			if got := d.labelledPejorative(0, i, 1); got != tt.want {
				t.Errorf("labelledPejorative(%q) = %v, want %v", words[calling], got, tt.want)
			}
		})
	}
}
