package parse

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestPruned checks what pruning keeps: the rows with a weight of at
// least minQ steps, of those kept sparse only the weights of at least
// minSparseQ steps, and of the dense ones every weight.
func TestPruned(t *testing.T) {
	var dense []entry
	for c := range denseMin {
		dense = append(dense, entry{cls: uint8(c), w: int8(c%2*2 - 1)})
	}
	dense[5].w = 9
	rows := []row{
		{key: 11, entries: []entry{{cls: 0, w: 1}, {cls: 2, w: 5}, {cls: 3, w: -2}, {cls: 7, w: -3}}},
		{key: 12, entries: []entry{{cls: 1, w: 3}, {cls: 4, w: -3}, {cls: 6, w: 2}}}, // no weight of 4 steps
		{key: 13, entries: dense},
		{key: 14, entries: []entry{{cls: 1, w: -4}, {cls: 9, w: 1}}},
	}
	for _, tc := range []struct {
		name             string
		minQ, minSparseQ int
		want             map[uint32][]entry
	}{
		{"rows only", 4, 1, map[uint32][]entry{11: rows[0].entries, 13: dense, 14: rows[3].entries}},
		{"sparse weights too", 4, 3, map[uint32][]entry{
			11: {{cls: 2, w: 5}, {cls: 7, w: -3}}, 13: dense, 14: {{cls: 1, w: -4}}}},
		{"nothing", 1, 1, map[uint32][]entry{11: rows[0].entries, 12: rows[1].entries, 13: dense, 14: rows[3].entries}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := map[uint32][]entry{}
			for _, r := range newWeights(32, rows).pruned(tc.minQ, tc.minSparseQ).rows() {
				got[r.key] = r.entries
			}
			if len(got) != len(tc.want) {
				t.Fatalf("rows %v, want %v", got, tc.want)
			}
			for k, es := range tc.want {
				if !slices.Equal(got[k], es) {
					t.Errorf("row %d: %v, want %v", k, got[k], es)
				}
			}
		})
	}
}

// TestScore checks a table's scores against its rows added up one weight
// at a time, for rows of every kind (in the slot, sparse, dense), keys
// absent from it, and more dense rows than one batch adds.
func TestScore(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, nClasses := range []int{103, maxClasses} {
		var rows []row
		want := map[uint32][]entry{}
		for len(rows) < 2000 {
			key := rng.Uint32()
			if key == 0 || want[key] != nil {
				continue
			}
			var es []entry
			n := []int{1, 2, 5, denseMin, nClasses}[rng.IntN(5)]
			for _, c := range rng.Perm(nClasses)[:n] {
				es = append(es, entry{cls: uint8(c), w: int8(rng.IntN(255) - 127)})
			}
			slices.SortFunc(es, func(a, b entry) int { return int(a.cls) - int(b.cls) })
			rows = append(rows, row{key: key, entries: es})
			want[key] = es
		}
		rows = append(rows, row{key: ^uint32(0), entries: []entry{{cls: 3, w: 7}}}) // at the table's end
		want[^uint32(0)] = rows[len(rows)-1].entries
		w := newWeights(nClasses, rows) // unsorted: newWeights sorts them
		var feats []uint32
		for k := range want {
			feats = append(feats, k)
		}
		for range 500 {
			feats = append(feats, rng.Uint32()|1) // mostly absent
		}
		var ref scoreArray
		for _, k := range feats {
			for _, e := range want[k] {
				ref[e.cls] += int32(e.w)
			}
		}
		// Both ways of adding dense rows, where the processor has both.
		saved := hasAVX2
		for _, avx2 := range slices.Compact([]bool{false, saved}) {
			hasAVX2 = avx2
			var got scoreArray
			w.score(feats, &got, nil)
			hasAVX2 = saved
			if !slices.Equal(got[:maxClasses], ref[:maxClasses]) {
				t.Errorf("%d classes, AVX2 %v: scores %v, want %v", nClasses, avx2, got[:maxClasses], ref[:maxClasses])
			}
		}
	}
}
