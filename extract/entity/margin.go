package entity

// ScoredSpan is a name with the tagger's margin for it: how much lower the
// best labelling of the sentence scores when the span's words are kept out
// of any name, in units of the model's largest weight. A margin near 0 is
// a close call; see BENCHMARKS.md for the precision at each margin.
type ScoredSpan struct {
	Span
	Margin float64
}

// forbidden is the emission score that keeps a class out of a path, low
// enough to lose against any real path and high enough not to overflow
// the sums.
const forbidden = -1 << 26

// TagScored is Tag with each name's margin (upos as for Tag).
func (t *Tagger) TagScored(words, upos []string) []ScoredSpan {
	if len(words) == 0 {
		return nil
	}
	if len(upos) != len(words) {
		upos = t.parseUPOS(words)
	}
	ws := t.workspace()
	defer t.pool.Put(ws)
	var hints []string
	if t.gazetteer {
		ws.hints = resize(ws.hints, len(words))
		ws.buf = gazetteerHints(words, ws.hints, ws.buf)
		hints = ws.hints
	}
	ws.seq = t.decode(ws, words, upos, hints)
	best := t.pathScore(ws.scores, ws.seq)
	spans := trimTitles(t.classes.decode(ws.seq, nil), hints)
	out := make([]ScoredSpan, len(spans))
	C := len(t.classes.names)
	saved := make([]int32, 0, 4*C)
	var alt []uint8
	for i, s := range spans {
		// Force the span's words to O, decode again, restore.
		saved = saved[:0]
		for j := s.Start; j < s.End; j++ {
			row := ws.scores[j*C : (j+1)*C]
			saved = append(saved, row...)
			for c := 1; c < C; c++ {
				row[c] = forbidden
			}
		}
		alt = viterbi(t.classes, len(words), ws.scores, t.trans, t.start, t.end, ws.delta, ws.back, ws.ok, alt)
		other := t.pathScore(ws.scores, alt)
		for j := s.Start; j < s.End; j++ {
			copy(ws.scores[j*C:(j+1)*C], saved[(j-s.Start)*C:(j-s.Start+1)*C])
		}
		out[i] = ScoredSpan{Span: s, Margin: float64(best-other) / scoreUnit}
	}
	return out
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
