package entity

import (
	"math"
	"slices"
)

// ScoredSpan is a name with the tagger's margin for it: how much lower the
// best labelling of the sentence scores when the span's words are kept out
// of any name, in units of the model's largest weight. A margin near 0 is
// a close call; see BENCHMARKS.md for the precision at each margin.
type ScoredSpan struct {
	Span
	Margin float64
}

// TagScored is Tag with each name's margin (upos as for Tag).
func (t *Tagger) TagScored(words, upos []string) []ScoredSpan {
	spans, _ := t.tagScored(words, upos, false)
	return spans
}

// TagMargins is TagScored with, for each word, how much lower (in the
// units of ScoredSpan's margin) the best labelling scores that puts the
// word in a name: 0 for a word of a name, more the surer the tagger is
// that the word names nothing.
func (t *Tagger) TagMargins(words, upos []string) ([]ScoredSpan, []float64) {
	return t.tagScored(words, upos, true)
}

func (t *Tagger) tagScored(words, upos []string, wordMargins bool) ([]ScoredSpan, []float64) {
	if len(words) == 0 {
		return nil, nil
	}
	ws := t.workspace()
	defer t.pool.Put(ws)
	spans := t.tagNames(ws, words, upos)
	if len(spans) == 0 && !wordMargins {
		return []ScoredSpan{}, nil
	}
	return t.margins(ws, spans, len(words), wordMargins)
}

// tagNames finds the names of words (len > 0) as Tag does, leaving their
// emission scores and best labelling in ws.
func (t *Tagger) tagNames(ws *workspace, words, upos []string) []Span {
	if len(upos) != len(words) {
		upos = t.parseUPOS(words)
	}
	var hints []string
	if t.gazetteer {
		ws.hints = resize(ws.hints, len(words))
		ws.buf = gazetteerHints(words, ws.hints, ws.buf)
		hints = ws.hints
	}
	ws.seq = t.decode(ws, words, upos, hints)
	return trimTitles(t.classes.decode(ws.seq, nil), hints)
}

// margins scores spans, the names of a sentence of n words whose emission
// scores and best labelling ws holds, and with wordMargins its words.
func (t *Tagger) margins(ws *workspace, spans []Span, n int, wordMargins bool) ([]ScoredSpan, []float64) {
	best := t.pathScore(ws.scores, ws.seq)
	t.bestScores(ws, n)
	out := make([]ScoredSpan, len(spans))
	for i, s := range spans {
		out[i] = ScoredSpan{Span: s, Margin: float64(best-t.bestOutside(ws, n, s)) / scoreUnit}
	}
	if !wordMargins {
		return out, nil
	}
	return out, t.nameMargins(ws, n, best)
}

// Tagging is a sentence's names as Tag finds them, keeping what their
// margins need (the words' emission scores and the best labelling): a
// caller that wants the margins of only some sentences, once it has read
// their names, gets them from Margins without tagging the sentence again.
type Tagging struct {
	Names []Span
	t     *Tagger
	emit  []int32 // a score per word and class
	seq   []uint8
}

// TagKept is Tag, keeping what Margins needs (upos as for Tag).
func (t *Tagger) TagKept(words, upos []string) *Tagging {
	if len(words) == 0 {
		return &Tagging{t: t}
	}
	ws := t.workspace()
	defer t.pool.Put(ws)
	names := t.tagNames(ws, words, upos)
	return &Tagging{Names: names, t: t, emit: slices.Clone(ws.scores), seq: slices.Clone(ws.seq)}
}

// Margins is TagMargins of the tagged sentence.
func (g *Tagging) Margins() ([]ScoredSpan, []float64) {
	if len(g.seq) == 0 {
		return nil, nil
	}
	ws := g.t.workspace()
	defer g.t.pool.Put(ws)
	ws.scores = append(ws.scores[:0], g.emit...)
	ws.seq = append(ws.seq[:0], g.seq...)
	return g.t.margins(ws, g.Names, len(g.seq), true)
}

// nameMargins is, for each of the n words, how much lower than best the
// best path scores that gives the word a class other than O, from the
// scores bestScores filled.
func (t *Tagger) nameMargins(ws *workspace, n int, best int64) []float64 {
	C := len(t.classes.names)
	out := make([]float64, n)
	for i := range n {
		b := int64(unreachable)
		for c := 1; c < C; c++ {
			if f, a := ws.fwd[i*C+c], ws.bwd[i*C+c]; f != unreachable && a != unreachable {
				b = max(b, f+a)
			}
		}
		out[i] = float64(best-b) / scoreUnit
	}
	return out
}

// unreachable is the best score of a class no allowed path reaches.
const unreachable = math.MinInt64 / 4

// bestScores fills ws.fwd and ws.bwd for the n words whose emission
// scores ws.scores holds: fwd[i*C+c] is the best score of the words up to
// i labelled by a path that gives word i class c, bwd[i*C+c] the best
// score of the words after i on a path that goes on from class c at word
// i. With them, the best path through any fixed stretch of classes costs
// no new decoding (bestOutside).
func (t *Tagger) bestScores(ws *workspace, n int) {
	cs, C := t.classes, len(t.classes.names)
	emit := ws.scores
	ws.fwd, ws.bwd = resize(ws.fwd, n*C), resize(ws.bwd, n*C)
	fwd, bwd := ws.fwd, ws.bwd
	for c := range C {
		fwd[c] = unreachable
		if cs.start[c] {
			fwd[c] = int64(t.start[c]) + int64(emit[c])
		}
	}
	for i := 1; i < n; i++ {
		for c := range C {
			b := int64(unreachable)
			for _, p := range cs.before[c] {
				if f := fwd[(i-1)*C+int(p)]; f != unreachable {
					b = max(b, f+int64(t.trans[int(p)*C+c]))
				}
			}
			if b != unreachable {
				b += int64(emit[i*C+c])
			}
			fwd[i*C+c] = b
		}
	}
	for c := range C {
		bwd[(n-1)*C+c] = unreachable
		if cs.end[c] {
			bwd[(n-1)*C+c] = int64(t.end[c])
		}
	}
	for i := n - 2; i >= 0; i-- {
		for c := range C {
			bwd[i*C+c] = t.bestAfter(ws, i, c)
		}
	}
}

// bestAfter is the best score of the words after i on a path that has
// class c at word i (bwd of word i+1 must be filled).
func (t *Tagger) bestAfter(ws *workspace, i, c int) int64 {
	C := len(t.classes.names)
	b := int64(unreachable)
	for _, d := range t.classes.after[c] {
		if a := ws.bwd[(i+1)*C+int(d)]; a != unreachable {
			b = max(b, a+int64(t.trans[c*C+int(d)])+int64(ws.scores[(i+1)*C+int(d)]))
		}
	}
	return b
}

// bestOutside is the score of the best path that keeps span s's words
// out of any name (class O, 0), from the scores bestScores filled: the
// best way into the span, its words as O, and the best way on after it.
func (t *Tagger) bestOutside(ws *workspace, n int, s Span) int64 {
	cs, C := t.classes, len(t.classes.names)
	const o = 0
	in := int64(unreachable)
	if s.Start == 0 {
		if cs.start[o] {
			in = int64(t.start[o])
		}
	} else {
		for _, p := range cs.before[o] {
			if f := ws.fwd[(s.Start-1)*C+int(p)]; f != unreachable {
				in = max(in, f+int64(t.trans[int(p)*C+o]))
			}
		}
	}
	on := int64(unreachable)
	if s.End == n {
		if cs.end[o] {
			on = int64(t.end[o])
		}
	} else {
		on = t.bestAfter(ws, s.End-1, o)
	}
	inside := int64(t.trans[o*C+o]) * int64(s.End-s.Start-1)
	for j := s.Start; j < s.End; j++ {
		inside += int64(ws.scores[j*C+o])
	}
	return in + inside + on
}

// pathScore is the score of a class sequence.
func (t *Tagger) pathScore(emit []int32, seq []uint8) int64 {
	C := len(t.classes.names)
	n := len(seq)
	if n == 0 {
		return 0
	}
	s := int64(t.start[seq[0]]) + int64(t.end[seq[n-1]])
	for j, c := range seq {
		s += int64(emit[j*C+int(c)])
		if j > 0 {
			s += int64(t.trans[int(seq[j-1])*C+int(c)])
		}
	}
	return s
}
