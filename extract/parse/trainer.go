package parse

import (
	"math"
	"slices"
)

// trainer is an averaged multiclass perceptron under training. Weights
// are sparse per feature (most features only ever meet a few classes) and
// averaged lazily: each weight keeps the running total of its value over
// time up to its last change.
type trainer struct {
	nClasses int
	index    map[uint32]int32 // feature key → row; fixed before training
	rows     [][]trainWeight
	clock    int32 // training instances seen
	rowBuf   []int32
}

type trainWeight struct {
	total float64 // sum of w over the instances up to stamp
	w     float32
	stamp int32
	cls   uint16
}

// newTrainer makes a perceptron over the features whose count reaches
// minCount; other features are ignored in training and never stored.
func newTrainer(nClasses int, counts map[uint32]int32, minCount int32) *trainer {
	keys := make([]uint32, 0, len(counts))
	for k, c := range counts {
		if c >= minCount {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys) // row numbers independent of map order
	t := &trainer{nClasses: nClasses, index: make(map[uint32]int32, len(keys)), rows: make([][]trainWeight, len(keys))}
	for i, k := range keys {
		t.index[k] = int32(i)
	}
	return t
}

// lookup maps feats to rows (-1 for unknown features) in t.rowBuf.
func (t *trainer) lookup(feats []uint32) []int32 {
	t.rowBuf = t.rowBuf[:0]
	for _, k := range feats {
		r, ok := t.index[k]
		if !ok {
			r = -1
		}
		t.rowBuf = append(t.rowBuf, r)
	}
	return t.rowBuf
}

// score fills scores with the current (not averaged) weights of rows.
func (t *trainer) score(rows []int32, scores []float32) {
	clear(scores)
	for _, r := range rows {
		if r < 0 {
			continue
		}
		for _, w := range t.rows[r] {
			scores[w.cls] += w.w
		}
	}
}

// update moves the weights of rows towards truth and away from guess.
func (t *trainer) update(truth, guess int, rows []int32) {
	for _, r := range rows {
		if r < 0 {
			continue
		}
		t.add(r, truth, 1)
		t.add(r, guess, -1)
	}
}

func (t *trainer) add(r int32, cls int, delta float32) {
	ws := t.rows[r]
	for i := range ws {
		if int(ws[i].cls) == cls {
			w := &ws[i]
			w.total += float64(w.w) * float64(t.clock-w.stamp)
			w.stamp = t.clock
			w.w += delta
			return
		}
	}
	t.rows[r] = append(ws, trainWeight{cls: uint16(cls), w: delta, stamp: t.clock})
}

// tick counts one training instance.
func (t *trainer) tick() { t.clock++ }

// averaged returns the averaged weights, quantised to a byte with one
// scale for the whole table. Weights that round to 0 are dropped, and so
// are the features whose weights all round below minQ quantisation steps:
// most are rare features updated a few times, and dropping them costs
// little accuracy and makes the table small enough to stay in the
// processor's caches. (Dropping the small weights of the features kept
// instead distorts the frequent ones, which act as biases, and costs far
// more.)
func (t *trainer) averaged(minQ int) *weights {
	keys := make([]uint32, len(t.rows))
	for k, r := range t.index {
		keys[r] = k
	}
	maxAbs := 0.0
	avg := func(w trainWeight) float64 {
		return (w.total + float64(w.w)*float64(t.clock-w.stamp)) / float64(max(t.clock, 1))
	}
	for _, ws := range t.rows {
		for _, w := range ws {
			maxAbs = max(maxAbs, math.Abs(avg(w)))
		}
	}
	scale := 127 / max(maxAbs, 1e-9)
	rows := make([]row, 0, len(t.rows))
	for r, ws := range t.rows {
		var es []entry
		big := false
		for _, w := range ws {
			q := math.Round(avg(w) * scale)
			if q == 0 {
				continue
			}
			big = big || math.Abs(q) >= float64(minQ)
			es = append(es, entry{cls: uint8(w.cls), w: int8(q)})
		}
		if big {
			slices.SortFunc(es, func(a, b entry) int { return int(a.cls) - int(b.cls) })
			rows = append(rows, row{key: keys[r], entries: es})
		}
	}
	sortRows(rows)
	return newWeights(t.nClasses, rows)
}

func sortRows(rows []row) { slices.SortFunc(rows, compareKeys) }
