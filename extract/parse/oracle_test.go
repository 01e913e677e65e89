package parse

import (
	"math/rand/v2"
	"testing"
)

// randomProjectiveTree draws heads (-1 for the root) for n words until
// the tree is projective.
func randomProjectiveTree(rng *rand.Rand, n int) []int {
	for {
		h := make([]int, n)
		root := rng.IntN(n)
		for i := range h {
			if i == root {
				h[i] = -1
				continue
			}
			h[i] = rng.IntN(n)
		}
		if isTree(h) && shortestNonProjective(h) < 0 {
			return h
		}
	}
}

func isTree(h []int) bool {
	for i := range h {
		k, steps := i, 0
		for k >= 0 && steps <= len(h) {
			k, steps = h[k], steps+1
		}
		if k >= 0 {
			return false
		}
	}
	return true
}

func goldOf(h []int, labels []uint8) gold {
	n := len(h)
	heads := make([]int32, n)
	for i, x := range h {
		if x < 0 {
			x = n
		}
		heads[i] = int32(x)
	}
	return newGold(heads, labels)
}

// The dynamic oracle is exact for arc-hybrid: along any sequence of
// legal transitions, the costs of the transitions taken add up to the
// number of words that end with a wrong head or label. Following only
// zero-cost transitions therefore rebuilds the gold tree.
func TestOracleCostsAddUp(t *testing.T) {
	const nLabels = 4
	root := uint8(0)
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 3000 {
		n := 1 + rng.IntN(9)
		h := randomProjectiveTree(rng, n)
		labels := make([]uint8, n)
		for i := range labels {
			if h[i] < 0 {
				labels[i] = root
			} else {
				labels[i] = uint8(1 + rng.IntN(nLabels-1))
			}
		}
		g := goldOf(h, labels)
		explore := trial%2 == 1 // half the trials take random transitions
		var st state
		st.reset(n)
		spent := 0
		scores := make([]float32, 1+2*nLabels)
		for !st.terminal() {
			sh, le, ri := st.costs(&g)
			var c int
			if explore {
				for i := range scores {
					scores[i] = rng.Float32()
				}
				c = best(&st, scores, nLabels, root)
			} else {
				c, _ = st.goldClass(scores, nLabels, root, &g, sh, le, ri)
			}
			spent += st.classCost(c, nLabels, &g, sh, le, ri)
			st.apply(c, nLabels)
		}
		wrong := 0
		for i := range n {
			if st.head[i] != g.head[i] || st.label[i] != g.label[i] {
				wrong++
			}
		}
		if spent != wrong {
			t.Fatalf("trial %d heads %v: costs add up to %d, %d words wrong", trial, h, spent, wrong)
		}
		if !explore && wrong != 0 {
			t.Fatalf("trial %d heads %v: zero-cost transitions left %d words wrong", trial, h, wrong)
		}
	}
}

func TestProjectivize(t *testing.T) {
	// 0 ← 2, 2 root, 1 ← 3, 3 ← 2: the arc 3 → 1 crosses over 2, which it
	// does not dominate; lifting attaches 1 to 2.
	h := []int{2, 3, -1, 2}
	if shortestNonProjective(h) < 0 {
		t.Fatal("tree not recognised as non-projective")
	}
	got := projectivize(h)
	want := []int{2, 2, -1, 2}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("projectivize(%v) = %v, want %v", h, got, want)
		}
	}
	if h[1] != 3 {
		t.Fatal("projectivize changed its argument")
	}
}
