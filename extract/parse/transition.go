package parse

// The parser is greedy arc-hybrid (Kuhlmann, Gómez-Rodríguez & Satta
// 2011) with labels folded into the transitions:
//
//	SHIFT      move the buffer front onto the stack
//	LEFT(l)    s0 ← b0: the stack top becomes a dependent of the buffer front
//	RIGHT(l)   s1 → s0: the stack top becomes a dependent of the word below it
//
// ROOT (index n) sits at the bottom of the stack. RIGHT may attach a word
// to ROOT only once the buffer is empty and that word is the last one on
// the stack, so every parse is a tree with exactly one root. Class 0 is
// SHIFT, 1+l is LEFT(l), 1+L+l is RIGHT(l) for L labels.

type state struct {
	n      int32
	stack  []int32
	b      int32 // buffer front; n when the buffer is empty
	head   []int32
	label  []uint8
	lc1    []int32 // leftmost dependent, or -1
	lc2    []int32 // second leftmost
	rc1    []int32 // rightmost dependent
	rc2    []int32 // second rightmost
	nl, nr []uint8 // number of left and right dependents (capped)
	lset   []uint64
	rset   []uint64 // bit sets of the labels of the left and right dependents
	inStck []bool
}

func (s *state) reset(n int) {
	m := n + 1
	s.n = int32(n)
	s.stack = append(s.stack[:0], int32(n))
	s.b = 0
	s.head = fill(s.head, m, -1)
	s.label = resize(s.label, m)
	s.lc1 = fill(s.lc1, m, -1)
	s.lc2 = fill(s.lc2, m, -1)
	s.rc1 = fill(s.rc1, m, -1)
	s.rc2 = fill(s.rc2, m, -1)
	s.nl = resize(s.nl, m)
	s.nr = resize(s.nr, m)
	s.lset = resize(s.lset, m)
	s.rset = resize(s.rset, m)
	s.inStck = resize(s.inStck, m)
	s.inStck[n] = true
}

func fill(s []int32, n int, v int32) []int32 {
	s = resize(s, n)
	for i := range s {
		s[i] = v
	}
	return s
}

// resize returns a zeroed slice of length n, reusing s.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func (s *state) terminal() bool { return len(s.stack) == 1 && s.b == s.n }

// top returns the i-th word from the stack top, or -1.
func (s *state) top(i int) int32 {
	if i >= len(s.stack) {
		return -1
	}
	return s.stack[len(s.stack)-1-i]
}

// buf returns the i-th word of the buffer, or -1.
func (s *state) buf(i int32) int32 {
	if s.b+i >= s.n {
		return -1
	}
	return s.b + i
}

// legal says which kinds of transitions the state allows, and whether
// RIGHT must (and only it may) carry the root label.
func (s *state) legal() (shift, left, right, rightIsRoot bool) {
	shift = s.b < s.n
	left = len(s.stack) >= 2 && s.b < s.n
	rightIsRoot = len(s.stack) == 2
	right = len(s.stack) >= 3 || (rightIsRoot && s.b == s.n)
	return
}

// forced reports whether the state allows one transition only: SHIFT onto
// a stack holding ROOT alone, or the final RIGHT to ROOT.
func (s *state) forced() bool {
	shift, left, right, rightIsRoot := s.legal()
	return shift && !left && !right || !shift && rightIsRoot
}

// best returns the highest-scoring legal class; of equal scores, the
// first in the order SHIFT, then LEFT(l) and RIGHT(l) label by label.
//
// It runs at every transition: each arc's first highest label is found in
// a loop of its own, without the tests of legality, and the two are then
// set against SHIFT and each other in that order.
func best[T int32 | float32](s *state, scores []T, nLabels int, root uint8) int {
	shift, left, right, rightIsRoot := s.legal()
	lefts := scores[1 : 1+nLabels]
	rights := scores[1+nLabels : 1+2*nLabels]
	r := int(root)
	bestCls, bestLabel, found := 0, 0, false
	var bestScore T
	if shift {
		bestCls, bestScore, found = 0, scores[0], true
	}
	if left {
		if l, v, ok := firstHighestBut(lefts, r); ok && (!found || v > bestScore) {
			bestCls, bestLabel, bestScore, found = 1+l, l, v, true
		}
	}
	if right {
		l, v, ok := r, rights[r], true
		if !rightIsRoot {
			l, v, ok = firstHighestBut(rights, r)
		}
		// Of equal scores, RIGHT(l) comes before LEFT(l') only if l < l',
		// and never before SHIFT.
		if ok && (!found || v > bestScore || v == bestScore && bestCls != 0 && l < bestLabel) {
			bestCls = 1 + nLabels + l
		}
	}
	return bestCls
}

// firstHighestBut returns the index and value of the first highest of
// xs other than xs[skip], if there is one. The highest is found first,
// then its first index: the loop that finds it has no branch to mispredict.
func firstHighestBut[T int32 | float32](xs []T, skip int) (int, T, bool) {
	if len(xs) < 2 {
		return -1, 0, false
	}
	hi := xs[0]
	if skip == 0 {
		hi = xs[1]
	}
	for _, x := range xs[:skip] {
		hi = max(hi, x)
	}
	for _, x := range xs[skip+1:] {
		hi = max(hi, x)
	}
	for i, x := range xs {
		if x == hi && i != skip {
			return i, hi, true
		}
	}
	return -1, 0, false
}

// apply performs class c.
func (s *state) apply(c, nLabels int) {
	switch {
	case c == 0:
		s.stack = append(s.stack, s.b)
		s.inStck[s.b] = true
		s.b++
	case c <= nLabels:
		d := s.pop()
		s.attachLeft(s.b, d, uint8(c-1))
	default:
		d := s.pop()
		s.attachRight(s.top(0), d, uint8(c-1-nLabels))
	}
}

func (s *state) pop() int32 {
	d := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	s.inStck[d] = false
	return d
}

// attachLeft makes d, left of h, a dependent of h. Left dependents arrive
// right to left, so d is the new leftmost.
func (s *state) attachLeft(h, d int32, l uint8) {
	s.head[d], s.label[d] = h, l
	s.lc2[h], s.lc1[h] = s.lc1[h], d
	if s.nl[h] < 255 {
		s.nl[h]++
	}
	s.lset[h] |= 1 << (l & 63)
}

// attachRight makes d, right of h, a dependent of h. Right dependents
// arrive left to right, so d is the new rightmost.
func (s *state) attachRight(h, d int32, l uint8) {
	s.head[d], s.label[d] = h, l
	s.rc2[h], s.rc1[h] = s.rc1[h], d
	if s.nr[h] < 255 {
		s.nr[h]++
	}
	s.rset[h] |= 1 << (l & 63)
}
