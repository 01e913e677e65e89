package entity

// viterbi finds the best class sequence for n words given emission scores
// (emit[i*C+c]) and transition scores (trans[p*C+c], start[c], end[c]),
// over the sequences the class set allows. back and ok are scratch space
// (n*C and 2*C); delta holds 2*C scores. Ties go to the lower class, so
// the result is deterministic.
func viterbi[S int32 | float32](cs *classSet, n int, emit, trans, start, end []S, delta []S, back []uint8, ok []bool, out []uint8) []uint8 {
	out = out[:0]
	if n == 0 {
		return out
	}
	C := len(cs.names)
	prev, cur := delta[:C], delta[C:2*C]
	okPrev, okCur := ok[:C], ok[C:2*C]
	for c := range C {
		okPrev[c] = cs.start[c]
		prev[c] = start[c] + emit[c]
	}
	for i := 1; i < n; i++ {
		e := emit[i*C : (i+1)*C]
		b := back[i*C : (i+1)*C]
		for c := range C {
			found := false
			var best S
			bestP := uint8(0)
			for _, p := range cs.before[c] {
				if !okPrev[p] {
					continue
				}
				s := prev[p] + trans[int(p)*C+c]
				if !found || s > best {
					best, bestP, found = s, p, true
				}
			}
			okCur[c] = found
			cur[c] = best + e[c]
			b[c] = bestP
		}
		// Scores relative to the best keep long sentences from
		// overflowing integer scores.
		var top S
		first := true
		for c := range C {
			if okCur[c] && (first || cur[c] > top) {
				top, first = cur[c], false
			}
		}
		for c := range C {
			cur[c] -= top
		}
		prev, cur = cur, prev
		okPrev, okCur = okCur, okPrev
	}
	found := false
	var best S
	last := 0
	for c := range C {
		if !okPrev[c] || !cs.end[c] {
			continue
		}
		if s := prev[c] + end[c]; !found || s > best {
			best, last, found = s, c, true
		}
	}
	out = append(out, make([]uint8, n)...)
	out[n-1] = uint8(last)
	for i := n - 1; i > 0; i-- {
		out[i-1] = back[i*C+int(out[i])]
	}
	return out
}
