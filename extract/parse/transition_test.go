package parse

import (
	"math/rand/v2"
	"testing"
)

// TestBestIsFirstHighest checks best against its definition: the legal
// class of the highest score, the first of equal ones in the order SHIFT,
// LEFT(0), RIGHT(0), LEFT(1), RIGHT(1)... Scores are drawn from a few
// values, so that most states have ties; the root label is the first,
// a middle and the last.
func TestBestIsFirstHighest(t *testing.T) {
	const nLabels = 5
	for _, root := range []uint8{0, 2, nLabels - 1} {
		checkBest(t, nLabels, root)
	}
}

func checkBest(t *testing.T, nLabels int, root uint8) {
	want := func(s *state, scores []int32) int {
		shift, left, right, rightIsRoot := s.legal()
		cls, found := 0, false
		consider := func(c int) {
			if !found || scores[c] > scores[cls] {
				cls, found = c, true
			}
		}
		if shift {
			consider(0)
		}
		for l := range nLabels {
			if left && l != int(root) {
				consider(1 + l)
			}
			if right && (l == int(root)) == rightIsRoot {
				consider(1 + nLabels + l)
			}
		}
		return cls
	}
	rng := rand.New(rand.NewPCG(1, 2))
	states := []state{
		{n: 4, b: 1, stack: []int32{4, 0}},       // shift and left
		{n: 4, b: 2, stack: []int32{4, 0, 1}},    // all three
		{n: 4, b: 4, stack: []int32{4, 0, 1}},    // right only
		{n: 4, b: 4, stack: []int32{4, 0}},       // the root's right only
		{n: 4, b: 3, stack: []int32{4, 0, 1, 2}}, // all three, deeper
	}
	for k := range 20000 {
		s := &states[k%len(states)]
		scores := make([]int32, 1+2*nLabels)
		for c := range scores {
			scores[c] = rng.Int32N(4)
		}
		if got, w := best(s, scores, nLabels, root), want(s, scores); got != w {
			t.Fatalf("root label %d, stack %v, buffer at %d, scores %v: best %d, want %d", root, s.stack, s.b, scores, got, w)
		}
	}
}
