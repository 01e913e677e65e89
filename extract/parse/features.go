package parse

import "github.com/polgraph/polgraph/extract/internal/featurehash"

// Parser feature templates, after Zhang & Nivre (2011) adapted to
// arc-hybrid: words (w) and tags (p) of the top three stack words (s0, s1,
// s2) and the first three buffer words (b0, b1, b2), their pairs and
// triples, distances, valencies, the words, tags and labels (l) of the
// outermost dependents, and the label sets of each side.
const (
	fS0w uint64 = iota + 1000
	fS0p
	fS0wp
	fS1w
	fS1p
	fS1wp
	fS2w
	fS2p
	fB0w
	fB0p
	fB0wp
	fB1w
	fB1p
	fB1wp
	fB2w
	fB2p
	fS0wpB0wp
	fS0wpB0w
	fS0wB0wp
	fS0wpB0p
	fS0pB0wp
	fS0wB0w
	fS0pB0p
	fB0pB1p
	fS1wpS0wp
	fS1wS0w
	fS1pS0p
	fS1wpS0p
	fS1pS0wp
	fS1pB0p
	fS1wB0w
	fB0pB1pB2p
	fS0pB0pB1p
	fS1pS0pB0p
	fS2pS1pS0p
	fS0pS0l1pB0p
	fS0pS0r1pB0p
	fS0pB0pB0l1p
	fS1pS0pS0l1p
	fS1pS0pS0r1p
	fS1pS1r1pS0p
	fS1pS1l1pS0p
	fS0wD
	fS0pD
	fB0wD
	fB0pD
	fS0wB0wD
	fS0pB0pD
	fS1wD1
	fS1pD1
	fS0wD1
	fS0pD1
	fS1pS0pD1
	fS1wS0wD1
	fS0wVl
	fS0pVl
	fS0wVr
	fS0pVr
	fS1wVl
	fS1pVl
	fS1wVr
	fS1pVr
	fB0wVl
	fB0pVl
	fS0l1w
	fS0l1p
	fS0l1l
	fS0r1w
	fS0r1p
	fS0r1l
	fS1l1w
	fS1l1p
	fS1l1l
	fS1r1w
	fS1r1p
	fS1r1l
	fB0l1w
	fB0l1p
	fB0l1l
	fS0l2p
	fS0l2l
	fS0r2p
	fS0r2l
	fS1r2p
	fS1r2l
	fB0l2p
	fB0l2l
	fS0pS0l1lS0l2l
	fS0pS0r1lS0r2l
	fS1pS1r1lS1r2l
	fB0pB0l1lB0l2l
	fS0wLs
	fS0pLs
	fS0wRs
	fS0pRs
	fS1wRs
	fS1pRs
	fB0wLs
	fB0pLs
	fS0Suf3
	fB0Suf3
	fS1Suf3
	fS0ShapeB0Shape
	fB0ShapeB1Shape
	fS0pB0pPunct
	fS1pS0pPunct
)

// Values for words and tags outside the sentence and for ROOT.
const (
	noWord   = 1
	rootWord = 2
)

// parseFeatures appends the features of the state.
func (s *state) parseFeatures(in *parserInput, out []uint32) []uint32 {
	return s.stackFeatures(in, s.topFeatures(in, s.bufferFeatures(in, out)))
}

// bufferFeatures appends the features that read only the buffer's first
// words, which stay the same until the next SHIFT: the parser scores them
// once for all the transitions in between.
func (s *state) bufferFeatures(in *parserInput, out []uint32) []uint32 {
	words, tags := in.words, in.tags
	w := func(i int32) uint64 {
		if i < 0 {
			return noWord
		}
		return words[i].lower
	}
	p := func(i int32) uint64 {
		if i < 0 {
			return noWord
		}
		return tags[i]
	}
	shape := func(i int32) uint64 {
		if i < 0 {
			return noWord
		}
		return words[i].shape
	}
	b0, b1, b2 := s.buf(0), s.buf(1), s.buf(2)
	b0w, b0p, b1w, b1p, b2w, b2p := w(b0), p(b0), w(b1), p(b1), w(b2), p(b2)
	b0suf := uint64(noWord)
	if b0 >= 0 {
		b0suf = words[b0].suf3
	}
	return append(out,
		featurehash.Key1(fB0w, b0w), featurehash.Key1(fB0p, b0p), featurehash.Key1(fB0wp, featurehash.Mix(b0w, b0p)),
		featurehash.Key1(fB1w, b1w), featurehash.Key1(fB1p, b1p), featurehash.Key2(fB1wp, b1w, b1p),
		featurehash.Key1(fB2w, b2w), featurehash.Key1(fB2p, b2p),
		featurehash.Key2(fB0pB1p, b0p, b1p),
		featurehash.Key3(fB0pB1pB2p, b0p, b1p, b2p),
		featurehash.Key2(fB0Suf3, b0suf, b0p),
		featurehash.Key2(fB0ShapeB1Shape, shape(b0), shape(b1)),
	)
}

// stateReader reads the words, tags and dependents of a state for its
// features; -1 (no such word) reads as noWord.
type stateReader struct {
	s  *state
	in *parserInput
}

func (r stateReader) w(i int32) uint64 {
	if i < 0 {
		return noWord
	}
	return r.in.words[i].lower
}

func (r stateReader) p(i int32) uint64 {
	if i < 0 {
		return noWord
	}
	return r.in.tags[i]
}

func (r stateReader) suf(i int32) uint64 {
	if i < 0 {
		return noWord
	}
	return r.in.words[i].suf3
}

func (r stateReader) shape(i int32) uint64 {
	if i < 0 {
		return noWord
	}
	return r.in.words[i].shape
}

func (r stateReader) l(i int32) uint64 {
	if i < 0 {
		return noWord
	}
	return uint64(r.s.label[i]) + 3
}

func child(c []int32, i int32) int32 {
	if i < 0 {
		return -1
	}
	return c[i]
}

func valency(v []uint8, i int32) uint64 {
	if i < 0 {
		return 0
	}
	return uint64(v[i]) + 1
}

func labelBits(v []uint64, i int32) uint64 {
	if i < 0 {
		return 0
	}
	return v[i] + 1
}

// topFeatures appends the features that hold as long as the stack top s0
// stays on the stack: they read s0, the two words below it, and the
// dependents none of them can gain meanwhile (s0's left dependents
// arrived while it was the buffer front; s1 and s2 gain dependents only
// once s0 is gone). The parser scores them once per stack top.
func (s *state) topFeatures(in *parserInput, out []uint32) []uint32 {
	r := stateReader{s, in}
	s0, s1, s2 := s.top(0), s.top(1), s.top(2)
	s0w, s0p, s1w, s1p, s2w, s2p := r.w(s0), r.p(s0), r.w(s1), r.p(s1), r.w(s2), r.p(s2)
	s0wp, s1wp := featurehash.Mix(s0w, s0p), featurehash.Mix(s1w, s1p)

	s0l1, s0l2 := child(s.lc1, s0), child(s.lc2, s0)
	s1l1, s1r1, s1r2 := child(s.lc1, s1), child(s.rc1, s1), child(s.rc2, s1)

	d1 := s.distance(s1, s0)
	p1 := in.punctBetween(s1, s0)

	return append(out,
		featurehash.Key1(fS0w, s0w), featurehash.Key1(fS0p, s0p), featurehash.Key1(fS0wp, s0wp),
		featurehash.Key1(fS1w, s1w), featurehash.Key1(fS1p, s1p), featurehash.Key1(fS1wp, s1wp),
		featurehash.Key1(fS2w, s2w), featurehash.Key1(fS2p, s2p),

		featurehash.Key2(fS1wpS0wp, s1wp, s0wp),
		featurehash.Key2(fS1wS0w, s1w, s0w),
		featurehash.Key2(fS1pS0p, s1p, s0p),
		featurehash.Key2(fS1wpS0p, s1wp, s0p),
		featurehash.Key2(fS1pS0wp, s1p, s0wp),

		featurehash.Key3(fS2pS1pS0p, s2p, s1p, s0p),
		featurehash.Key3(fS1pS0pS0l1p, s1p, s0p, r.p(s0l1)),
		featurehash.Key3(fS1pS1r1pS0p, s1p, r.p(s1r1), s0p),
		featurehash.Key3(fS1pS1l1pS0p, s1p, r.p(s1l1), s0p),

		featurehash.Key2(fS1wD1, s1w, d1), featurehash.Key2(fS1pD1, s1p, d1),
		featurehash.Key2(fS0wD1, s0w, d1), featurehash.Key2(fS0pD1, s0p, d1),
		featurehash.Key3(fS1pS0pD1, s1p, s0p, d1), featurehash.Key3(fS1wS0wD1, s1w, s0w, d1),

		featurehash.Key2(fS0wVl, s0w, valency(s.nl, s0)), featurehash.Key2(fS0pVl, s0p, valency(s.nl, s0)),
		featurehash.Key2(fS1wVl, s1w, valency(s.nl, s1)), featurehash.Key2(fS1pVl, s1p, valency(s.nl, s1)),
		featurehash.Key2(fS1wVr, s1w, valency(s.nr, s1)), featurehash.Key2(fS1pVr, s1p, valency(s.nr, s1)),

		featurehash.Key1(fS0l1w, r.w(s0l1)), featurehash.Key1(fS0l1p, r.p(s0l1)), featurehash.Key1(fS0l1l, r.l(s0l1)),
		featurehash.Key1(fS1l1w, r.w(s1l1)), featurehash.Key1(fS1l1p, r.p(s1l1)), featurehash.Key1(fS1l1l, r.l(s1l1)),
		featurehash.Key1(fS1r1w, r.w(s1r1)), featurehash.Key1(fS1r1p, r.p(s1r1)), featurehash.Key1(fS1r1l, r.l(s1r1)),
		featurehash.Key1(fS0l2p, r.p(s0l2)), featurehash.Key1(fS0l2l, r.l(s0l2)),
		featurehash.Key1(fS1r2p, r.p(s1r2)), featurehash.Key1(fS1r2l, r.l(s1r2)),
		featurehash.Key3(fS0pS0l1lS0l2l, s0p, r.l(s0l1), r.l(s0l2)),
		featurehash.Key3(fS1pS1r1lS1r2l, s1p, r.l(s1r1), r.l(s1r2)),

		featurehash.Key2(fS0wLs, s0w, labelBits(s.lset, s0)), featurehash.Key2(fS0pLs, s0p, labelBits(s.lset, s0)),
		featurehash.Key2(fS1wRs, s1w, labelBits(s.rset, s1)), featurehash.Key2(fS1pRs, s1p, labelBits(s.rset, s1)),

		featurehash.Key2(fS0Suf3, r.suf(s0), s0p), featurehash.Key2(fS1Suf3, r.suf(s1), s1p),
		featurehash.Key3(fS1pS0pPunct, s1p, s0p, p1),
	)
}

// stackFeatures appends the features of the state that bufferFeatures and
// topFeatures leave out: those of the stack top with the buffer front,
// and of the dependents either is still gaining.
func (s *state) stackFeatures(in *parserInput, out []uint32) []uint32 {
	r := stateReader{s, in}
	s0, s1 := s.top(0), s.top(1)
	b0, b1 := s.buf(0), s.buf(1)
	s0w, s0p, s1w, s1p := r.w(s0), r.p(s0), r.w(s1), r.p(s1)
	b0w, b0p, b1p := r.w(b0), r.p(b0), r.p(b1)
	s0wp, b0wp := featurehash.Mix(s0w, s0p), featurehash.Mix(b0w, b0p)

	s0l1, s0r1, s0r2 := child(s.lc1, s0), child(s.rc1, s0), child(s.rc2, s0)
	b0l1, b0l2 := child(s.lc1, b0), child(s.lc2, b0)

	d0 := s.distance(s0, b0)
	p0 := in.punctBetween(s0, b0)

	return append(out,
		featurehash.Key2(fS0wpB0wp, s0wp, b0wp),
		featurehash.Key2(fS0wpB0w, s0wp, b0w),
		featurehash.Key2(fS0wB0wp, s0w, b0wp),
		featurehash.Key2(fS0wpB0p, s0wp, b0p),
		featurehash.Key2(fS0pB0wp, s0p, b0wp),
		featurehash.Key2(fS0wB0w, s0w, b0w),
		featurehash.Key2(fS0pB0p, s0p, b0p),
		featurehash.Key2(fS1pB0p, s1p, b0p),
		featurehash.Key2(fS1wB0w, s1w, b0w),

		featurehash.Key3(fS0pB0pB1p, s0p, b0p, b1p),
		featurehash.Key3(fS1pS0pB0p, s1p, s0p, b0p),
		featurehash.Key3(fS0pS0l1pB0p, s0p, r.p(s0l1), b0p),
		featurehash.Key3(fS0pS0r1pB0p, s0p, r.p(s0r1), b0p),
		featurehash.Key3(fS0pB0pB0l1p, s0p, b0p, r.p(b0l1)),
		featurehash.Key3(fS1pS0pS0r1p, s1p, s0p, r.p(s0r1)),

		featurehash.Key2(fS0wD, s0w, d0), featurehash.Key2(fS0pD, s0p, d0),
		featurehash.Key2(fB0wD, b0w, d0), featurehash.Key2(fB0pD, b0p, d0),
		featurehash.Key3(fS0wB0wD, s0w, b0w, d0), featurehash.Key3(fS0pB0pD, s0p, b0p, d0),

		featurehash.Key2(fS0wVr, s0w, valency(s.nr, s0)), featurehash.Key2(fS0pVr, s0p, valency(s.nr, s0)),
		featurehash.Key2(fB0wVl, b0w, valency(s.nl, b0)), featurehash.Key2(fB0pVl, b0p, valency(s.nl, b0)),

		featurehash.Key1(fS0r1w, r.w(s0r1)), featurehash.Key1(fS0r1p, r.p(s0r1)), featurehash.Key1(fS0r1l, r.l(s0r1)),
		featurehash.Key1(fB0l1w, r.w(b0l1)), featurehash.Key1(fB0l1p, r.p(b0l1)), featurehash.Key1(fB0l1l, r.l(b0l1)),
		featurehash.Key1(fS0r2p, r.p(s0r2)), featurehash.Key1(fS0r2l, r.l(s0r2)),
		featurehash.Key1(fB0l2p, r.p(b0l2)), featurehash.Key1(fB0l2l, r.l(b0l2)),
		featurehash.Key3(fS0pS0r1lS0r2l, s0p, r.l(s0r1), r.l(s0r2)),
		featurehash.Key3(fB0pB0l1lB0l2l, b0p, r.l(b0l1), r.l(b0l2)),

		featurehash.Key2(fS0wRs, s0w, labelBits(s.rset, s0)), featurehash.Key2(fS0pRs, s0p, labelBits(s.rset, s0)),
		featurehash.Key2(fB0wLs, b0w, labelBits(s.lset, b0)), featurehash.Key2(fB0pLs, b0p, labelBits(s.lset, b0)),

		featurehash.Key2(fS0ShapeB0Shape, r.shape(s0), r.shape(b0)),
		featurehash.Key3(fS0pB0pPunct, s0p, b0p, p0),
	)
}

// punctBetween counts (up to 3) the punctuation marks strictly between
// words a < b; 4 when either is missing or ROOT.
func (in *parserInput) punctBetween(a, b int32) uint64 {
	n := int32(len(in.words) - 1)
	if a < 0 || b < 0 || a >= n || b >= n {
		return 4
	}
	if a > b {
		a, b = b, a
	}
	return uint64(min(in.punctBefore[b]-in.punctBefore[a+1], 3))
}

// distance buckets the distance between two words: 1–4, 5–6, 7–10, more;
// 8 when one of them is ROOT, 0 when one is missing.
func (s *state) distance(a, b int32) uint64 {
	switch {
	case a < 0 || b < 0:
		return 0
	case a == s.n || b == s.n:
		return 8
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 10:
		return 6
	}
	return 7
}
