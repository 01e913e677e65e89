package entity

import (
	"fmt"
	"strings"
)

// Sentence is a sentence with its gold names, for training and scoring.
// UPOS may be nil: the tagger then tags the words with package parse.
type Sentence struct {
	Words []string
	UPOS  []string
	Hints []string // gazetteer hints per word, or nil
	Spans []Span
}

// Counts are span-level counts for one label: exact matches of start,
// end and label.
type Counts struct{ Gold, Found, Right int }

func (c Counts) Precision() float64 { return ratio(c.Right, c.Found) }
func (c Counts) Recall() float64    { return ratio(c.Right, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scores are span counts per label and over all labels.
type Scores struct {
	Label map[string]Counts
	All   Counts
}

// Add counts one sentence's found spans against its gold spans.
func (s *Scores) Add(gold, found []Span) {
	if s.Label == nil {
		s.Label = map[string]Counts{}
	}
	type key struct {
		start, end int
		label      string
	}
	golden := make(map[key]bool, len(gold))
	for _, g := range gold {
		golden[key{g.Start, g.End, g.Label}] = true
		c := s.Label[g.Label]
		c.Gold++
		s.Label[g.Label] = c
		s.All.Gold++
	}
	for _, f := range found {
		c := s.Label[f.Label]
		c.Found++
		s.All.Found++
		if golden[key{f.Start, f.End, f.Label}] {
			c.Right++
			s.All.Right++
		}
		s.Label[f.Label] = c
	}
}

// String gives P/R/F1 per label and overall, one line.
func (s Scores) String() string {
	var b strings.Builder
	for _, l := range Labels {
		c := s.Label[l]
		fmt.Fprintf(&b, "%s P %.3f R %.3f F1 %.3f (%d) | ", l, c.Precision(), c.Recall(), c.F1(), c.Gold)
	}
	fmt.Fprintf(&b, "all P %.3f R %.3f F1 %.3f (%d)", s.All.Precision(), s.All.Recall(), s.All.F1(), s.All.Gold)
	return b.String()
}

// Evaluate tags sents and scores the result against their gold spans.
func (t *Tagger) Evaluate(sents []Sentence) Scores {
	var s Scores
	for _, sent := range sents {
		s.Add(sent.Spans, t.TagWithHints(sent.Words, sent.UPOS, sent.Hints))
	}
	if s.Label == nil {
		s.Label = map[string]Counts{}
	}
	return s
}
