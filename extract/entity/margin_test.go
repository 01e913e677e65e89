package entity

import (
	"reflect"
	"testing"
)

// TestMarginIsBestPathWithoutTheName checks each margin against its
// definition: the best path's score less that of the best path Viterbi
// finds when the name's words may take no class but O.
func TestMarginIsBestPathWithoutTheName(t *testing.T) {
	tg := Default()
	C := len(tg.classes.names)
	texts := []string{
		"Ilse Varga, the interior minister, met Tomas Ekwueme in Port Ambrose on Friday.",
		"Prime Minister Tomas Ekwueme arrived in Velmora for talks with the Civic Union and the Velmoran Farmers' League.",
		"Marek Oduya told reporters outside parliament that Ana Lisboa would meet the International Monetary Fund.",
		"Corvel Construction won the contract, said Dana Holub of Amroha.",
		"Varga",
	}
	n := 0
	for _, text := range texts {
		ws := words(text)
		scored := tg.TagScored(ws, nil)
		upos, w := tg.parseUPOS(ws), hintedWorkspace(ws)
		seq := tg.decode(w, ws, upos, w.hints)
		best := tg.pathScore(w.scores, seq)
		for _, s := range scored {
			for j := s.Start; j < s.End; j++ {
				for c := 1; c < C; c++ {
					w.scores[j*C+c] = -1 << 26
				}
			}
			alt := viterbi(tg.classes, len(ws), w.scores, tg.trans, tg.start, tg.end, w.delta, w.back, w.ok, nil)
			want := float64(best-tg.pathScore(w.scores, alt)) / scoreUnit
			if s.Margin != want {
				t.Errorf("%s: %v has margin %v, want %v", text, s.Span, s.Margin, want)
			}
			n++
			tg.decode(w, ws, upos, w.hints) // the scores again
		}
	}
	if n < 8 {
		t.Errorf("only %d names to check", n)
	}
}

// TestWordMarginIsBestPathWithTheWordNamed checks each word's margin
// against its definition: the best path's score less that of the best
// path Viterbi finds when the word may not take class O.
func TestWordMarginIsBestPathWithTheWordNamed(t *testing.T) {
	tg := Default()
	C := len(tg.classes.names)
	texts := []string{
		"Critics say the plan of Ilse Varga will fail in Port Ambrose.",
		"The Velmoran Farmers' League met on Friday, and Tomas Ekwueme spoke.",
		"Varga",
	}
	sure := 0
	for _, text := range texts {
		ws := words(text)
		_, margins := tg.TagMargins(ws, nil)
		if len(margins) != len(ws) {
			t.Fatalf("%s: %d margins for %d words", text, len(margins), len(ws))
		}
		upos, w := tg.parseUPOS(ws), hintedWorkspace(ws)
		for j := range ws {
			seq := tg.decode(w, ws, upos, w.hints)
			best := tg.pathScore(w.scores, seq)
			w.scores[j*C] = -1 << 26 // class O
			alt := viterbi(tg.classes, len(ws), w.scores, tg.trans, tg.start, tg.end, w.delta, w.back, w.ok, nil)
			if want := float64(best-tg.pathScore(w.scores, alt)) / scoreUnit; margins[j] != want {
				t.Errorf("%s: word %d %q has margin %v, want %v", text, j, ws[j], margins[j], want)
			}
			if margins[j] > 1 {
				sure++
			}
		}
	}
	if sure < 10 {
		t.Errorf("only %d words surely out of any name", sure)
	}
}

// hintedWorkspace is a workspace holding the gazetteer's hints for words.
func hintedWorkspace(words []string) *workspace {
	w := &workspace{}
	w.hints = resize(w.hints, len(words))
	w.buf = gazetteerHints(words, w.hints, w.buf)
	return w
}

// TestNamedWordsHaveNoMargin checks what lets a caller skip the margins
// where Tag's names answer: a word of a name Tag finds has a word margin of
// exactly 0 (the best path names it), and the other words' margins are not
// negative.
func TestNamedWordsHaveNoMargin(t *testing.T) {
	tg := Default()
	named := 0
	for _, text := range []string{
		"Ilse Varga, the interior minister, met Tomas Ekwueme in Port Ambrose on Friday.",
		"Prime Minister Tomas Ekwueme arrived in Velmora for talks with the Civic Union and the Velmoran Farmers' League.",
		"Corvel Construction won the contract, said Dana Holub of Amroha.",
		"The talks will continue next week, a spokesman said.",
	} {
		ws := words(text)
		inName := make([]bool, len(ws))
		for _, s := range tg.Tag(ws, nil) {
			for j := s.Start; j < s.End; j++ {
				inName[j] = true
			}
		}
		_, margins := tg.TagMargins(ws, nil)
		for j, m := range margins {
			switch {
			case inName[j] && m != 0:
				t.Errorf("%s: %q is in a name Tag finds but has margin %v, want 0", text, ws[j], m)
			case m < 0:
				t.Errorf("%s: %q has margin %v < 0", text, ws[j], m)
			case inName[j]:
				named++
			}
		}
	}
	if named < 10 {
		t.Errorf("only %d named words checked", named)
	}
}

// TestTagKeptMargins checks that a Tagging reads the names Tag reads and
// scores them as TagMargins does, however many sentences were tagged in
// between.
func TestTagKeptMargins(t *testing.T) {
	tg := Default()
	texts := []string{
		"Ilse Varga, the interior minister, met Tomas Ekwueme in Port Ambrose on Friday.",
		"Critics say the plan of Ilse Varga will fail in Port Ambrose.",
		"The Velmoran Farmers' League met on Friday, and Tomas Ekwueme spoke.",
		"Varga",
		"",
	}
	var kept []*Tagging
	for _, text := range texts {
		kept = append(kept, tg.TagKept(words(text), nil))
	}
	for i, text := range texts {
		ws := words(text)
		if got, want := kept[i].Names, tg.Tag(ws, nil); !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
			t.Errorf("%q: TagKept names %v, Tag %v", text, got, want)
		}
		spans, margins := kept[i].Margins()
		wantSpans, wantMargins := tg.TagMargins(ws, nil)
		if !reflect.DeepEqual(spans, wantSpans) || !reflect.DeepEqual(margins, wantMargins) {
			t.Errorf("%q: Margins %v %v, TagMargins %v %v", text, spans, margins, wantSpans, wantMargins)
		}
	}
}
