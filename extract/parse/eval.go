package parse

import (
	"fmt"
	"sync"

	"github.com/polgraph/polgraph/extract/parse/conllu"
)

// Scores are accuracies against gold trees, on gold tokenisation.
type Scores struct {
	Words       int
	UPOS        float64 // share of words with the gold UPOS
	XPOS        float64
	Lemma       float64 // share of words whose lower-cased lemma is right
	UAS, LAS    float64 // attachment scores over all words
	Scored      int     // words that are not punctuation
	UASNoPunct  float64 // attachment scores over words that are not punctuation
	LASNoPunct  float64
	RootCorrect float64 // share of sentences whose root is right
}

func (s Scores) String() string {
	return fmt.Sprintf("UPOS %.4f XPOS %.4f lemma %.4f | no punct: UAS %.4f LAS %.4f | all: UAS %.4f LAS %.4f (%d words)",
		s.UPOS, s.XPOS, s.Lemma, s.UASNoPunct, s.LASNoPunct, s.UAS, s.LAS, s.Words)
}

// Evaluate parses the gold words of sents with workers goroutines and
// scores the result. Punctuation is what the gold UPOS calls PUNCT.
func (p *Parser) Evaluate(sents []conllu.Sentence, workers int) Scores {
	trees := make([]Tree, len(sents))
	var wg sync.WaitGroup
	for w := range max(workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(sents); i += max(workers, 1) {
				trees[i] = p.Parse(sents[i].Words)
			}
		}()
	}
	wg.Wait()
	var c struct{ words, upos, xpos, lemma, uas, las, scored, uasNP, lasNP, roots int }
	for i, s := range sents {
		t := trees[i]
		for j := range s.Words {
			c.words++
			if t.UPOS[j] == s.UPOS[j] {
				c.upos++
			}
			if t.XPOS[j] == s.XPOS[j] {
				c.xpos++
			}
			if t.Lemma[j] == normLower(s.Lemma[j]) {
				c.lemma++
			}
			headOK := t.Head[j] == s.Head[j]
			labelOK := headOK && t.Rel[j] == s.Rel[j]
			punct := s.UPOS[j] == "PUNCT"
			if headOK {
				c.uas++
			}
			if labelOK {
				c.las++
			}
			if !punct {
				c.scored++
				if headOK {
					c.uasNP++
				}
				if labelOK {
					c.lasNP++
				}
			}
			if s.Head[j] == -1 && t.Head[j] == -1 {
				c.roots++
			}
		}
	}
	share := func(n, d int) float64 { return float64(n) / float64(max(d, 1)) }
	return Scores{
		Words: c.words, UPOS: share(c.upos, c.words), XPOS: share(c.xpos, c.words), Lemma: share(c.lemma, c.words),
		UAS: share(c.uas, c.words), LAS: share(c.las, c.words),
		Scored: c.scored, UASNoPunct: share(c.uasNP, c.scored), LASNoPunct: share(c.lasNP, c.scored),
		RootCorrect: share(c.roots, len(sents)),
	}
}
