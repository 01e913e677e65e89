package extract

import (
	"slices"
	"testing"
)

// TestLabelAfterObjectParsedOnIt checks that a verb of labelling finds
// fault where the parse hangs the label on its object: an adjective read
// as modifying the noun it follows ("called the move absurd"), a label
// read as the object of the object's "of" phrase ("called the arrests of
// three reporters a disgrace"); and none where no fault is found or
// nothing is labelled.
func TestLabelAfterObjectParsedOnIt(t *testing.T) {
	tests := []typeCase{
		{"Mayor Lena Stavik called the move absurd.", "CRITICISM"},
		{"The Free Press Union called the arrests of three reporters a disgrace.", "CRITICISM"},
		{"Lena Stavik called the meeting useful.", ""},
		{"Lena Stavik called the head of the harbour board a friend.", ""},
		{"Lena Stavik called the meeting to order.", ""},
		{"Lena Stavik called the election for Ana Holm.", ""},
	}
	checkEventTypes(t, "2025-05-12", tests)
}

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
			d := resolvedDoc(text)
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

// TestCapitalBeforeCityOfficeIsTheCity checks that a capital's name
// right before a city's or a region's office ("Delhi Chief Minister X")
// is the city whose office it is, even where the parse makes it the
// subject of the sentence's verb: the state it is capital of holds no
// such office.
func TestCapitalBeforeCityOfficeIsTheCity(t *testing.T) {
	text := "Delhi Chief Minister Ravi Sethan resigned on Monday."
	d := resolvedDoc(text)
	x := d.syntaxOf(0)
	if x == nil {
		t.Fatal("no parse")
	}
	delhi, resigned := slices.Index(x.tree.Words, "Delhi"), slices.Index(x.tree.Words, "resigned")
	x.tree.Head[delhi], x.tree.Rel[delhi] = resigned, "nsubj" // the parse gone astray
	for i := range d.ments {
		if m := &d.ments[i]; d.text[m.start:m.end] == "Delhi" {
			if actor, ok := d.actorInTree(m); !ok || actor {
				t.Errorf("actorInTree(Delhi) = %v, %v; want the city (false, true)", actor, ok)
			}
			return
		}
	}
	t.Fatal("no mention of Delhi")
}
