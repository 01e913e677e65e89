package parse

// projectivize lifts non-projective arcs until the tree is projective:
// the dependent of the shortest crossing arc is re-attached to its head's
// head (Nivre & Nilsson 2005, without encoding the lift in the label).
// head uses -1 for the root; the result is a new slice.
func projectivize(head []int) []int {
	h := append([]int(nil), head...)
	for {
		d := shortestNonProjective(h)
		if d < 0 {
			return h
		}
		h[d] = h[h[d]]
	}
}

// shortestNonProjective returns the dependent of the shortest arc that
// has a word between its ends not dominated by its head, or -1.
func shortestNonProjective(h []int) int {
	best, bestLen := -1, len(h)+1
	for d, hd := range h {
		if hd < 0 {
			continue
		}
		lo, hi := min(d, hd), max(d, hd)
		if hi-lo >= bestLen {
			continue
		}
		for k := lo + 1; k < hi; k++ {
			if !dominates(h, hd, k) {
				best, bestLen = d, hi-lo
				break
			}
		}
	}
	return best
}

// dominates says whether a is an ancestor of k.
func dominates(h []int, a, k int) bool {
	for steps := 0; k >= 0 && steps <= len(h); steps++ {
		if k == a {
			return true
		}
		k = h[k]
	}
	return false
}
