package parse

import (
	"slices"
	"strings"
	"testing"
)

// TestTopFeaturesHold checks what parse relies on to score a stack top's
// features once: whenever a word is back on top of the stack, its
// topFeatures are those it had when it first got there.
func TestTopFeaturesHold(t *testing.T) {
	p := Default()
	sents, _ := benchSentences()
	returns := 0
	for _, words := range sents {
		ws := p.workspace()
		ws.info, ws.lowered, ws.buf = describeWords(words, ws.info, ws.lowered, ws.buf)
		p.tagger.annotate(ws.info, ws.lowered)
		ws.tags, ws.feats = p.tagger.tag(words, ws.info, ws.tags, ws.feats, &ws.sc, &ws.scores)
		ws.in.fill(ws.info, ws.tags, p.punct)
		st := &ws.st
		st.reset(len(ws.in.words) - 1)
		first := map[int32][]uint32{}
		for !st.terminal() {
			s0 := st.top(0)
			got := st.topFeatures(&ws.in, nil)
			if want, ok := first[s0]; !ok {
				first[s0] = got
			} else if returns++; !slices.Equal(got, want) {
				t.Fatalf("%q: the features of %q as stack top changed while it stayed on the stack", words, words[s0])
			}
			var scores scoreArray
			p.weights.score(st.parseFeatures(&ws.in, nil), &scores, nil)
			st.apply(best(st, scores[:p.weights.nClasses], len(p.labels), p.root), len(p.labels))
		}
	}
	if returns == 0 {
		t.Fatal("no word came back to the stack top: the check checked nothing")
	}
}

// TestTagThenComplete checks that tagging first and parsing later gives
// the tree Parse gives, and that Tag leaves the heads for later.
func TestTagThenComplete(t *testing.T) {
	p := Default()
	sents, _ := benchSentences()
	for _, words := range append(sents, nil) {
		tagged := p.Tag(words)
		if tagged.Head != nil || tagged.Rel != nil {
			t.Fatalf("%q: Tag set heads", words)
		}
		want := p.Parse(words)
		if !slices.Equal(tagged.UPOS, want.UPOS) || !slices.Equal(tagged.XPOS, want.XPOS) || !slices.Equal(tagged.Lemma, want.Lemma) {
			t.Errorf("%q: Tag's tags differ from Parse's", words)
		}
		p.Complete(&tagged)
		if !slices.Equal(tagged.Head, want.Head) || !slices.Equal(tagged.Rel, want.Rel) {
			t.Errorf("%q: Tag then Complete: heads %v %v, Parse: %v %v", words, tagged.Head, tagged.Rel, want.Head, want.Rel)
		}
	}
}

// TestCompletePartsKeepsClausesApart checks that parsing in parts cut at
// a semicolon gives one root, hangs the later part's root on it, and
// reads no word of one part as a dependent of the other; each part's own
// tree is the one Complete gives it alone.
func TestCompletePartsKeepsClausesApart(t *testing.T) {
	p := Default()
	first := strings.Fields("The Herald reported that Ana Holm had met Chinese agents in 2022 ;")
	second := strings.Fields("her office said the report was false .")
	tree := p.Tag(append(slices.Clone(first), second...))
	cut := len(first) - 1
	p.CompleteParts(&tree, []int{cut})
	alone := p.Parse(first)
	var roots []int
	for w, h := range tree.Head {
		switch {
		case h < 0:
			roots = append(roots, w)
		case (w <= cut) != (h <= cut) && tree.Rel[w] != "parataxis":
			t.Errorf("%q (%d) hangs on %q (%d) across the cut", tree.Words[w], w, tree.Words[h], h)
		}
	}
	if len(roots) != 1 || roots[0] > cut {
		t.Fatalf("roots %v, want one in the first part", roots)
	}
	if !slices.Equal(tree.Head[:cut+1], alone.Head) {
		t.Errorf("first part's heads %v, alone %v", tree.Head[:cut+1], alone.Head)
	}
	for w := cut + 1; w < len(tree.Words); w++ {
		if tree.Head[w] == roots[0] && tree.Rel[w] != "parataxis" {
			t.Errorf("%q hangs on the first root as %s, want parataxis", tree.Words[w], tree.Rel[w])
		}
	}
}

// CompleteUnits reads a name the first parse parts as its head word: in
// "Human Rights Watch's Asia director, Elaine Pearson, called the verdict a
// travesty", the parser takes "Rights" for the subject; read as "Watch",
// the name is the director's possessor and the director the subject.
func TestCompleteUnitsHoldsANameTogether(t *testing.T) {
	p := Default()
	words := strings.Fields("Human Rights Watch 's Asia director , Elaine Pearson , called the verdict a travesty .")
	name := Unit{From: 0, To: 3, Head: 2}
	asked := 0
	tree := p.Tag(words)
	p.CompleteUnits(&tree, nil, func(*Tree) []Unit { asked++; return []Unit{name} })
	if asked != 1 {
		t.Fatalf("units asked for %d times, want once", asked)
	}
	for w := name.From; w < name.To; w++ {
		if h := tree.Head[w]; w != name.Head && (h < name.From || h >= name.To) {
			t.Errorf("%q hangs on %d outside the name", words[w], h)
		}
	}
	if got, want := tree.Head[name.Head], 5; got != want || tree.Rel[name.Head] != "nmod:poss" {
		t.Errorf("Watch hangs on %d as %s, want on %d (director) as nmod:poss", got, tree.Rel[name.Head], want)
	}
	if got, want := tree.Rel[5], "nsubj"; got != want || tree.Head[5] != 10 {
		t.Errorf("director is %s of %d, want %s of 10 (called)", got, tree.Head[5], want)
	}
	plain := p.Tag(words)
	p.CompleteUnits(&plain, nil, func(*Tree) []Unit { return nil })
	first := p.Tag(words)
	p.CompleteParts(&first, nil)
	if !slices.Equal(plain.Head, first.Head) {
		t.Errorf("with no units, heads %v, want CompleteParts's %v", plain.Head, first.Head)
	}
}
