package parse

// gold is a training tree in the parser's indexing: heads with ROOT as n,
// label ids, and each word's dependents.
type gold struct {
	head  []int32
	label []uint8
	kids  [][]int32
}

func newGold(head []int32, label []uint8) gold {
	g := gold{head: head, label: label, kids: make([][]int32, len(head)+1)}
	for d, h := range head {
		g.kids[h] = append(g.kids[h], int32(d))
	}
	return g
}

// costs returns, for each kind of transition, how many gold arcs still
// reachable from s it would make unreachable: the dynamic oracle for
// arc-hybrid (Goldberg & Nivre 2013), exact for projective gold trees.
// Label errors are added per class by classCost.
func (s *state) costs(g *gold) (shift, left, right int) {
	s0, s1, b0 := s.top(0), s.top(1), s.buf(0)
	if b0 >= 0 {
		// b0 pushed: it can no longer take a head deeper in the stack than
		// s0, nor any stack word as a dependent.
		if h := g.head[b0]; s.inStck[h] && h != s0 {
			shift++
		}
		for _, k := range g.kids[b0] {
			if s.inStck[k] {
				shift++
			}
		}
	}
	if s0 >= 0 && s0 != s.n {
		depsInBuffer := 0
		for _, k := range g.kids[s0] {
			if k >= s.b {
				depsInBuffer++
			}
		}
		h := g.head[s0]
		// LEFT gives s0 the head b0: lost are a head that is s1 or later in
		// the buffer, and its dependents still in the buffer.
		left = depsInBuffer
		if h != b0 && (h == s1 || (h > b0 && h < s.n && b0 >= 0)) {
			left++
		}
		// RIGHT gives s0 the head s1: lost is a head in the buffer.
		right = depsInBuffer
		if h != s1 && h >= s.b && h < s.n {
			right++
		}
	}
	return
}

// classCost is the cost of class c given the kind costs.
func (s *state) classCost(c, nLabels int, g *gold, shift, left, right int) int {
	switch {
	case c == 0:
		return shift
	case c <= nLabels:
		s0 := s.top(0)
		if g.head[s0] == s.b && int(g.label[s0]) != c-1 {
			return left + 1
		}
		return left
	default:
		s0 := s.top(0)
		if g.head[s0] == s.top(1) && int(g.label[s0]) != c-1-nLabels {
			return right + 1
		}
		return right
	}
}
