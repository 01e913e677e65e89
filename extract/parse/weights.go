package parse

// weights is a trained, averaged and quantised multiclass perceptron:
// an open-addressing table from feature key to a sparse row of
// (class, weight) entries. Only classes a feature was ever updated for are
// stored, so scoring costs the number of non-zero weights, not features ×
// classes.
type weights struct {
	nClasses int
	mask     uint32
	slots    []slot
	entries  []entry // the rows back to back
}

// slot is a table cell: a feature key (0 when empty) and where its row
// is, packed as offset | length<<24 so that finding a row is one load.
type slot struct{ key, row uint32 }

func (s slot) span() (off, n int) { return int(s.row & (1<<24 - 1)), int(s.row >> 24) }

// entry is one weight, quantised to a byte (finer steps made the model
// twice the size for no accuracy).
type entry struct {
	w   int8
	cls uint8
}

// row is one feature's weights, for building a table.
type row struct {
	key     uint32
	entries []entry
}

// maxEntries bounds a table's entries: slots pack offsets into 24 bits
// (and row lengths, at most maxClasses, into 8).
const maxEntries = 1 << 24

// newWeights builds a table; rows beyond maxEntries are dropped (the
// model writer refuses such tables, so it does not happen to a loaded one).
// The table is kept at most half full: most lookups are of features the
// model does not have, and they must end at an empty slot soon.
func newWeights(nClasses int, rows []row) *weights {
	size := uint32(16)
	for size < 2*uint32(len(rows)) {
		size <<= 1
	}
	w := &weights{nClasses: nClasses, mask: size - 1, slots: make([]slot, size)}
	n := 0
	for _, r := range rows {
		n += len(r.entries)
	}
	w.entries = make([]entry, 0, min(n, maxEntries))
	for _, r := range rows {
		if len(r.entries) == 0 || len(r.entries) > maxClasses || len(w.entries)+len(r.entries) > maxEntries {
			continue
		}
		i := r.key & w.mask
		for w.slots[i].key != 0 && w.slots[i].key != r.key {
			i = (i + 1) & w.mask
		}
		if w.slots[i].key == r.key {
			continue // a duplicate key keeps its first row
		}
		w.slots[i] = slot{key: r.key, row: uint32(len(w.entries)) | uint32(len(r.entries))<<24}
		w.entries = append(w.entries, r.entries...)
	}
	return w
}

// scoreArray holds one score per class; indexing it with a byte class
// needs no bounds check, which is most of the inner loop of scoring.
type scoreArray [256]int32

// score adds the weights of feats to scores. hits is scratch space,
// returned for reuse.
//
// The table is far bigger than the caches, so the time goes in cache
// misses. Probing every feature first and reading rows afterwards keeps
// the loads of one pass independent of each other, and the processor
// overlaps their misses instead of waiting for each in turn.
func (w *weights) score(feats []uint32, scores *scoreArray, hits []uint32) []uint32 {
	slots, entries, mask := w.slots, w.entries, w.mask
	hits = hits[:0]
	for _, k := range feats {
		i := k & mask
		for {
			s := slots[i]
			if s.key == k {
				hits = append(hits, s.row)
				break
			}
			if s.key == 0 {
				break
			}
			i = (i + 1) & mask
		}
	}
	// Touch the start of every row before reading any: again loads
	// independent of each other, whose misses overlap; reading rows
	// straight away serialises them behind the inner loop's branches.
	// The sum only keeps the loads from being optimised away; class 255
	// is never a real class (maxClasses).
	touch := int32(0)
	for _, h := range hits {
		off, _ := slot{row: h}.span()
		touch += int32(entries[off].w)
	}
	scores[255] = touch
	for _, h := range hits {
		off, n := slot{row: h}.span()
		for _, e := range entries[off : off+n] {
			scores[e.cls] += int32(e.w)
		}
	}
	return hits
}

// rows lists the table's rows in key order (for writing the model).
func (w *weights) rows() []row {
	var out []row
	for _, s := range w.slots {
		if s.key == 0 {
			continue
		}
		off, n := s.span()
		out = append(out, row{key: s.key, entries: w.entries[off : off+n]})
	}
	sortRows(out)
	return out
}

func (w *weights) numEntries() int { return len(w.entries) }

func (w *weights) numRows() int {
	n := 0
	for _, s := range w.slots {
		if s.key != 0 {
			n++
		}
	}
	return n
}
