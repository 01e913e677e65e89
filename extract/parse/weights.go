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
	// entries holds the rows back to back; a row starts with a header
	// entry whose cls is the number of entries that follow.
	entries []entry
}

type slot struct{ key, off uint32 }

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

// maxEntries bounds a table's entries: score packs offsets into 24 bits.
const maxEntries = 1<<24 - 1

// newWeights builds a table; rows beyond maxEntries are dropped (the
// model writer refuses such tables, so it does not happen to a loaded one).
func newWeights(nClasses int, rows []row) *weights {
	size := uint32(16)
	for size < uint32(len(rows))*2 {
		size <<= 1
	}
	w := &weights{nClasses: nClasses, mask: size - 1, slots: make([]slot, size)}
	n := 0
	for _, r := range rows {
		n += 1 + len(r.entries)
	}
	w.entries = make([]entry, 0, n)
	for _, r := range rows {
		if len(r.entries) == 0 || len(w.entries)+1+len(r.entries) > maxEntries {
			continue
		}
		i := r.key & w.mask
		for w.slots[i].key != 0 && w.slots[i].key != r.key {
			i = (i + 1) & w.mask
		}
		if w.slots[i].key == r.key {
			continue // a duplicate key keeps its first row
		}
		w.slots[i] = slot{key: r.key, off: uint32(len(w.entries))}
		w.entries = append(w.entries, entry{cls: uint8(len(r.entries))})
		w.entries = append(w.entries, r.entries...)
	}
	return w
}

// score adds the weights of feats to scores (len nClasses). hits is
// scratch space, returned for reuse.
//
// The table is far bigger than the caches, so the time goes in cache
// misses. Probing every feature first and reading rows afterwards keeps
// the loads of one pass independent of each other, and the processor
// overlaps their misses instead of waiting for each in turn.
func (w *weights) score(feats []uint32, scores []int32, hits []uint32) []uint32 {
	slots, entries, mask := w.slots, w.entries, w.mask
	hits = hits[:0]
	for _, k := range feats {
		i := k & mask
		for {
			s := slots[i]
			if s.key == k {
				hits = append(hits, s.off)
				break
			}
			if s.key == 0 {
				break
			}
			i = (i + 1) & mask
		}
	}
	// Row lengths next, again independent loads, kept in the high bits
	// (rows hold at most 255 entries; offsets stay below 2^24).
	for j, off := range hits {
		hits[j] = off | uint32(entries[off].cls)<<24
	}
	for _, h := range hits {
		off := int(h & (1<<24 - 1))
		n := int(h >> 24)
		for _, e := range entries[off+1 : off+1+n] {
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
		n := int(w.entries[s.off].cls)
		out = append(out, row{key: s.key, entries: w.entries[s.off+1 : int(s.off)+1+n]})
	}
	sortRows(out)
	return out
}

// numEntries counts stored weights, row headers included.
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
