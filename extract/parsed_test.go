package extract

import (
	"context"
	"slices"
	"testing"
)

// TestOnlySentencesWithACueAreParsed runs the stages over a text whose
// sentences name people (so the relation rules look at each) but only
// some of which have an event trigger or a relation cue: those get a
// tree, the others at most their tags.
func TestOnlySentencesWithACueAreParsed(t *testing.T) {
	sentences := []struct {
		text   string
		parsed bool
	}{
		{"Runa Skjelde smiled at the crowd in the square.", false},
		{"Petra Holm leads the Harbour Party.", true}, // a lead verb
		{"Emil Sandnes and Runa Skjelde walked to the harbour together.", false},
		{"Oskar Thalberg resigned on Monday.", true}, // a trigger
	}
	text := ""
	for _, s := range sentences {
		text += s.text + " "
	}
	d := &doc{x: extractor, ctx: context.Background(), text: text, home: -2}
	for _, stage := range []func(){d.segment, d.tagTimes, d.recognize, d.resolve, d.references, d.findEvents, d.findRelations} {
		stage()
	}
	if len(d.sents) != len(sentences) {
		t.Fatalf("%d sentences, want %d", len(d.sents), len(sentences))
	}
	for si, s := range sentences {
		x := d.trees[si]
		got := x != nil && x.tree.Head != nil
		if got != s.parsed {
			t.Errorf("%q parsed: got %v, want %v", s.text, got, s.parsed)
		}
	}
}

// A place's name the gazetteer knows is a name to the parser, lower-case
// words and all: "es" in "Dar es Salaam" is no verb.
func TestPlaceNameWordsAreNoVerbs(t *testing.T) {
	x := parsedFirstSentence(t, "Bombings at two ministries in Dar es Salaam, Tanzania, and Kampala, Uganda, on Friday killed 40 people.")
	for w, word := range x.tree.Words {
		if word == "es" && x.isVerb(w) {
			t.Errorf("es is a %s; want a name's word", x.pos(w))
		}
	}
}

// A word the tagger may read as a verb is a noun where it stands inside
// an office title with no name after it, or names a moment of the day.
func TestNounsReadAsVerbs(t *testing.T) {
	tests := []struct{ text, word string }{
		{"Goran Velev signed the contract in 2021, when he was transport minister.", "transport"},
		{"Before dawn on Tuesday, officers detained Ivo Dorn at his home in Varna.", "dawn"},
	}
	for _, tt := range tests {
		x := parsedFirstSentence(t, tt.text)
		for w, word := range x.tree.Words {
			if word == tt.word && x.isVerb(w) {
				t.Errorf("%q in %q is a %s; want a noun", word, tt.text, x.pos(w))
			}
		}
	}
}

// A body's name the gazetteer knows is one phrase to the parser: "Watch"
// in "Human Rights Watch" is no verb, and the preposition before the name
// is its head's case, not a word's inside it.
func TestBodyNameIsOnePhrase(t *testing.T) {
	x := parsedFirstSentence(t, "The move came after a report by Human Rights Watch in March.")
	for w, word := range x.tree.Words {
		switch word {
		case "Watch":
			if x.isVerb(w) {
				t.Errorf("Watch is a %s; want a name's word", x.pos(w))
			}
		case "by":
			if h := x.head(w); h < 0 || x.tree.Words[h] != "Watch" {
				t.Errorf(`"by" hangs on %q; want "Watch"`, x.tree.Words[max(h, 0)])
			}
		}
	}
}

// A "that" the tagger reads as a subordinator marks the clause of the
// first verb after it, whatever the parse made of it, and the noun before
// that verb is its subject.
func TestThatMarksTheReportedClause(t *testing.T) {
	x := parsedFirstSentence(t, "A Dutch newspaper reported on Sunday that Russian military intelligence had planned sabotage attacks on railways in the Netherlands.")
	want := map[string][2]string{"that": {"mark", "planned"}, "intelligence": {"nsubj", "planned"}, "had": {"aux", "planned"}, "planned": {"ccomp", "reported"}}
	for w, word := range x.tree.Words {
		if rh, ok := want[word]; ok {
			if h := x.head(w); x.rel(w) != rh[0] || h < 0 || x.tree.Words[h] != rh[1] {
				t.Errorf("%q is %s of %q; want %s of %q", word, x.rel(w), x.tree.Words[max(h, 0)], rh[0], rh[1])
			}
		}
	}
}

// parsedFirstSentence runs the stages before parsing on text and returns
// the parse of its first sentence, mends and all.
func parsedFirstSentence(t *testing.T, text string) *syntax {
	t.Helper()
	x := resolvedDoc(text).syntaxOf(0)
	if x == nil {
		t.Fatal("no parse")
	}
	return x
}

// resolvedDoc is text run through the stages up to the resolution of its
// mentions, before any tree is read.
func resolvedDoc(text string) *doc {
	d := &doc{x: extractor, ctx: context.Background(), text: text, home: -2}
	for _, stage := range []func(){d.segment, d.tagTimes, d.recognize, d.resolve} {
		stage()
	}
	return d
}

// firstUnder is the first word subtree lists, for every word that is no
// punctuation: the phrases of "(the head of) the Harbour Party" open
// before their heads, and a word with no dependents opens its own.
func TestFirstUnderIsTheSubtreesFirstWord(t *testing.T) {
	x := parsedFirstSentence(t, "In the port town of Velmora, the head of the Harbour Party, Petra Holm, told reporters on Monday that the council's new budget would cut ferry services.")
	for w := range x.tree.Words {
		if x.tree.UPOS[w] == "PUNCT" {
			continue
		}
		if got, want := x.firstUnder(w), x.subtree(w, nil)[0]; got != want {
			t.Errorf("firstUnder(%q) = %q; want %q", x.tree.Words[w], x.tree.Words[got], x.tree.Words[want])
		}
	}
}

// subtree, which walks each word's way up once, lists what a walk up from
// every word lists: the words whose heads lead to w without passing a
// dependent of a skipped relation, punctuation left out.
func TestSubtreeIsEveryWalkUp(t *testing.T) {
	walkUp := func(x *syntax, w int, skip map[string]bool) []int {
		var out []int
		for c := range x.tree.Words {
			h, steps := c, 0
			for h >= 0 && h != w && !skip[x.rel(h)] && steps <= len(x.tree.Words) {
				h, steps = x.head(h), steps+1
			}
			if h == w && x.tree.UPOS[c] != "PUNCT" {
				out = append(out, c)
			}
		}
		return out
	}
	for _, text := range []string{
		"In the port town of Velmora, the head of the Harbour Party, Petra Holm, told reporters on Monday that the council's new budget would cut ferry services.",
		"Police in Tarsk said on Friday they had arrested two men who fired shots at a rally of the Green Front, which its leader Ivo Dorn called an attack on democracy.",
	} {
		x := parsedFirstSentence(t, text)
		for w := range x.tree.Words {
			for _, skip := range []map[string]bool{nil, clauseRels, subjectRels} {
				if got, want := x.subtree(w, skip), walkUp(x, w, skip); !slices.Equal(got, want) {
					t.Errorf("%s: subtree(%q) = %v; want %v", text, x.tree.Words[w], got, want)
				}
			}
		}
	}
}

// An adjective right after the "as" of a verb of posts opens the post it
// names, not a predicate before an object: in "served as foreign minister
// from 1979 to 1986" the post is the foreign minister's, and "foreign"
// modifies "minister".
func TestAsPostIsOnePhrase(t *testing.T) {
	for _, text := range []string{
		"Gustav Hallberg served as foreign minister from 1979 to 1986.",
		"Ana Holm was sacked as foreign minister on Monday.",
	} {
		x := parsedFirstSentence(t, text)
		want := map[string][2]string{"foreign": {"amod", "minister"}, "as": {"case", "minister"}}
		for w, word := range x.tree.Words {
			if rh, ok := want[word]; ok {
				if h := x.head(w); x.rel(w) != rh[0] || h < 0 || x.tree.Words[h] != rh[1] {
					t.Errorf("%s: %q is %s of %q; want %s of %q", text, word, x.rel(w), x.tree.Words[max(h, 0)], rh[0], rh[1])
				}
			}
		}
	}
}
