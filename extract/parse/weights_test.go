package parse

import (
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
