package parse

import (
	"cmp"
	"iter"
	"slices"
)

// weights is a trained, averaged and quantised multiclass perceptron:
// an open-addressing table from feature key to a sparse row of
// (class, weight) entries. Only classes a feature was ever updated for are
// stored, so scoring costs the number of non-zero weights, not features ×
// classes.
type weights struct {
	nClasses int
	size     uint32 // the number of home slots
	// slots is an ordered linear-probing table: the home slot of key k is
	// k·size/2³², which grows with k, and the keys were placed in
	// increasing order without wrapping around (the slots past size take
	// the overflow, the last is empty). Along any probe the keys then
	// increase, and a lookup ends at the first key above its own (Amble
	// and Knuth 1974): an absent feature costs no more probes than a
	// present one, where it cost all of its cluster.
	slots   []slot
	entries []entry // the sparse rows of more than two entries, back to back
	// dense holds the rows of at least denseMin entries as one byte per
	// class (weight+128), denseWords words of eight classes each; words
	// of them hold the table's classes, the rest weights of 0.
	dense []uint64
	words int
}

// denseMin is the length from which a row is stored dense. The features
// that fire at nearly every step (tags, labels, missing words) have
// weights for most classes, and adding them up entry by entry was most
// of the time once the table stayed in the caches; a dense row is added
// eight classes at a time (see score).
const denseMin = 24

// slot is a table cell: a feature key (0 when empty) and its row. Most
// rows have one or two entries, and those sit in the slot itself
// (inlineBit set, the second entry's presence in secondBit, each entry
// in 15 bits: class<<8 | weight byte), so that finding the key finds the
// weights with no second cache miss. Longer rows are offset | length<<24
// into entries, and dense rows their number (length 0).
type slot struct{ key, row uint32 }

const (
	inlineBit = 1 << 31
	secondBit = 1 << 30
)

func (s slot) span() (off, n int) { return int(s.row & (1<<24 - 1)), int(s.row >> 24) }

// inlineEntries unpacks an inline row.
func (s slot) inlineEntries() []entry {
	es := []entry{unpackEntry(s.row)}
	if s.row&secondBit != 0 {
		es = append(es, unpackEntry(s.row>>15))
	}
	return es
}

func packEntry(e entry) uint32   { return uint32(e.cls)<<8 | uint32(uint8(e.w)) }
func unpackEntry(v uint32) entry { return entry{cls: uint8(v >> 8 & 0x7f), w: int8(uint8(v))} }

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
// (and row lengths, at most maxClasses, into 7).
const maxEntries = 1 << 24

// home is the first slot to probe for key k.
func home(k, size uint32) uint32 { return uint32(uint64(k) * uint64(size) >> 32) }

// newWeights builds a table; rows beyond maxEntries are dropped (the
// model writer refuses such tables, so it does not happen to a loaded one).
// The table is kept at most 60% full: most lookups end at an empty slot
// or find their key within a cache line, and a table this size stays in
// the processor's caches far better than a sparser one.
func newWeights(nClasses int, rows []row) *weights {
	if !slices.IsSortedFunc(rows, compareKeys) {
		rows = slices.Clone(rows)
		slices.SortStableFunc(rows, compareKeys) // a duplicate key keeps its first row, as before
	}
	return buildWeights(nClasses, len(rows), slices.Values(rows))
}

// buildWeights builds a table of n rows given in increasing key order,
// which it reads twice.
func buildWeights(nClasses, nRows int, rows iter.Seq[row]) *weights {
	size := max(16, uint32(nRows)*5/3+1)
	w := &weights{nClasses: nClasses, size: size, slots: make([]slot, size+1), words: (nClasses + 7) / 8}
	n, nDense := 0, 0
	for r := range rows {
		switch {
		case len(r.entries) >= denseMin:
			nDense++
		case len(r.entries) > 2:
			n += len(r.entries)
		}
	}
	w.entries = make([]entry, 0, min(n, maxEntries))
	// A large allocation starts on a page, so every dense row fills two
	// cache lines of its own.
	w.dense = make([]uint64, 0, min(nDense, maxEntries)*denseWords)
	for r := range rows {
		if len(r.entries) == 0 || len(r.entries) > maxClasses || len(w.entries)+len(r.entries) > maxEntries {
			continue
		}
		i := home(r.key, size)
		for w.slots[i].key != 0 && w.slots[i].key != r.key {
			i++
		}
		if w.slots[i].key == r.key {
			continue // a duplicate key keeps its first row
		}
		var v uint32
		switch {
		case len(r.entries) == 1:
			v = inlineBit | packEntry(r.entries[0])
		case len(r.entries) == 2:
			v = inlineBit | secondBit | packEntry(r.entries[0]) | packEntry(r.entries[1])<<15
		case len(r.entries) >= denseMin && len(w.dense)/denseWords < maxEntries:
			v = uint32(len(w.dense) / denseWords)
			start := len(w.dense)
			for range denseWords {
				w.dense = append(w.dense, 0x8080808080808080)
			}
			for _, e := range r.entries {
				i := start + int(e.cls)/8
				sh := uint(e.cls%8) * 8
				w.dense[i] = w.dense[i]&^(0xff<<sh) | uint64(uint8(int(e.w)+128))<<sh
			}
		default:
			v = uint32(len(w.entries)) | uint32(len(r.entries))<<24
			w.entries = append(w.entries, r.entries...)
		}
		w.slots[i] = slot{key: r.key, row: v}
		if int(i) == len(w.slots)-1 {
			w.slots = append(w.slots, slot{}) // the last slot stays empty
		}
	}
	return w
}

func compareKeys(a, b row) int { return cmp.Compare(a.key, b.key) }

// scoreArray holds one score per class; indexing it with a byte class
// needs no bounds check, which is most of the inner loop of scoring.
type scoreArray [256]int32

// scratch is score's working space, reused from call to call.
type scratch struct {
	sparse [scoreBatch]uint32 // the long sparse rows found, as their slots' rows
	dense  [scoreBatch]int32  // the dense rows found, as offsets in weights.dense
}

// scoreBatch is the most features scoreBatch takes at once: more than a
// parser state's or a word's features (51 at most), and as many dense rows
// as addDense adds at once.
const scoreBatch = denseBatch

// score adds the weights of feats to scores, using sc (nil for a new one).
//
// The time goes in cache misses. Probing every feature first and reading
// long rows afterwards keeps the loads of one pass independent of each
// other, and the processor overlaps their misses instead of waiting for
// each in turn; short rows come with their slot.
func (w *weights) score(feats []uint32, scores *scoreArray, sc *scratch) {
	if sc == nil {
		sc = new(scratch)
	}
	for len(feats) > scoreBatch {
		w.scoreBatch(feats[:scoreBatch], scores, sc)
		feats = feats[scoreBatch:]
	}
	w.scoreBatch(feats, scores, sc)
}

// scoreBatch is score for at most scoreBatch features. The rows found
// go into sc's fixed arrays, counted, not appended: the probing loop then
// keeps its variables in registers.
func (w *weights) scoreBatch(feats []uint32, scores *scoreArray, sc *scratch) {
	slots, size := w.slots, w.size
	sparse, denseRows := &sc.sparse, &sc.dense
	nSparse, nDense := 0, 0
	// Touch every feature's home slot first, in a loop without branches:
	// the processor overlaps all their cache misses, where the probing
	// loop's unpredictable branches would wait for them one by one.
	touch := uint64(0)
	for _, k := range feats {
		touch += uint64(slots[home(k, size)].key)
	}
	for _, k := range feats {
		i := home(k, size)
		for {
			s := slots[i]
			if s.key == k {
				v := s.row
				switch {
				case v&inlineBit != 0:
					scores[uint8(v>>8&0x7f)] += int32(int8(uint8(v)))
					if v&secondBit != 0 {
						scores[uint8(v>>23&0x7f)] += int32(int8(uint8(v >> 15)))
					}
				case v>>24 == 0: // a dense row's number
					denseRows[nDense%scoreBatch] = int32(v * denseWords)
					nDense++
				default:
					sparse[nSparse%scoreBatch] = v
					nSparse++
				}
				break
			}
			// An empty slot (key 0, which wraps to the largest) or a
			// larger key: k is absent (see weights.slots).
			if s.key-1 >= k {
				break
			}
			i++
		}
	}
	hits, rows := sparse[:nSparse], denseRows[:nDense]
	// Touch the start of every long row before reading any: again loads
	// independent of each other, whose misses overlap; reading rows
	// straight away serialises them behind the inner loop's branches.
	// The sum only keeps the loads from being optimised away; class 255
	// is never a real class (maxClasses).
	dense, entries := w.dense, w.entries
	for _, off := range rows {
		touch += dense[off]
	}
	for _, h := range hits {
		off, _ := slot{row: h}.span()
		touch += uint64(entries[off].w)
	}
	scores[255] = int32(touch)
	w.addSparse(hits, scores)
	if len(rows) > 0 {
		w.addDense(rows, scores)
	}
}

// addSparse adds the long sparse rows of hits (their slots' rows) to
// scores.
func (w *weights) addSparse(hits []uint32, scores *scoreArray) {
	entries := w.entries
	// The scores as a slice: the array's pointer is checked once here,
	// not at every weight of the loop below.
	sums := scores[:]
	for _, h := range hits {
		off, l := slot{row: h}.span()
		for _, e := range entries[off : off+l] {
			sums[e.cls] += int32(e.w)
		}
	}
}

// denseBatch bounds the dense rows added at once: their bytes (weights
// +128, never negative) are summed in 16-bit lanes, which no batch of
// fewer than 257 rows overflows. A scoring call has at most 51 features
// (a stack top's), so one batch of 64 holds all of them.
const denseBatch = 64

// denseWords is the length of a dense row: a byte for every class a
// table can have (maxClasses), 128 bytes: two whole cache lines.
const denseWords = 16

// addDense adds the dense rows at offsets rows (at most denseBatch) to
// scores: on a processor with AVX2, 16 classes an instruction
// (addDenseAVX2, which cut the parser's instructions by a fifth);
// otherwise each word of a row holds eight classes' weights+128 in its
// bytes, and even and odd bytes are added into 16-bit lanes of two
// accumulators, four rows at a time.
func (w *weights) addDense(rows []int32, scores *scoreArray) {
	if hasAVX2 {
		addDenseAVX2(scores, &w.dense[0], rows)
		return
	}
	dense, words, n := w.dense, w.words, len(rows)
	var even, odd [maxClasses/8 + 1]uint64
	for len(rows) >= 4 {
		addDense4(&even, &odd, dense[rows[0]:int(rows[0])+words], dense[rows[1]:int(rows[1])+words],
			dense[rows[2]:int(rows[2])+words], dense[rows[3]:int(rows[3])+words])
		rows = rows[4:]
	}
	for _, off := range rows {
		for j, x := range dense[off : int(off)+words] {
			even[j] += x & denseLanes
			odd[j] += x >> 8 & denseLanes
		}
	}
	w.flushDense(scores, &even, &odd, n)
}

// addDense4 adds four dense rows of one length to the accumulators of
// addDense. It is a function of its own, not inlined, so that its loop
// has the registers to itself: inside addDense's, the compiler kept
// addDense's own variables on the stack and reloaded them at every word.
// The first two rows are summed before the other two are read, which
// leaves no word of them waiting on the stack either.
//
//go:noinline
func addDense4(even, odd *[maxClasses/8 + 1]uint64, r0, r1, r2, r3 []uint64) {
	// Rows and accumulators sliced to one length: the loop then has no
	// bounds checks.
	r1, r2, r3 = r1[:len(r0)], r2[:len(r0)], r3[:len(r0)]
	ev, od := even[:len(r0)], odd[:len(r0)]
	for j, a := range r0 {
		b := r1[j]
		e, o := a&denseLanes+b&denseLanes, a>>8&denseLanes+b>>8&denseLanes
		c, d := r2[j], r3[j]
		ev[j] += e + c&denseLanes + d&denseLanes
		od[j] += o + c>>8&denseLanes + d>>8&denseLanes
	}
}

// denseLanes picks every other byte of a dense row's word.
const denseLanes = 0x00ff00ff00ff00ff

// flushDense adds the dense accumulators of addDense, over n rows,
// to scores.
func (w *weights) flushDense(scores *scoreArray, even, odd *[maxClasses/8 + 1]uint64, n int) {
	bias := int32(128 * n)
	for j := range w.words {
		e, o := even[j], odd[j]
		// Eight classes at once, written out: this runs at every score
		// call, and the loop over lanes cost more than the adding.
		s := (*[8]int32)(scores[j*8 : j*8+8])
		s[0] += int32(e&0xffff) - bias
		s[1] += int32(o&0xffff) - bias
		s[2] += int32(e>>16&0xffff) - bias
		s[3] += int32(o>>16&0xffff) - bias
		s[4] += int32(e>>32&0xffff) - bias
		s[5] += int32(o>>32&0xffff) - bias
		s[6] += int32(e>>48) - bias
		s[7] += int32(o>>48) - bias
	}
}

// rows lists the table's rows in key order (for writing the model).
func (w *weights) rows() []row {
	var out []row
	for _, s := range w.slots {
		if s.key == 0 {
			continue
		}
		if s.row&inlineBit != 0 {
			out = append(out, row{key: s.key, entries: s.inlineEntries()})
			continue
		}
		off, n := s.span()
		if n == 0 {
			out = append(out, row{key: s.key, entries: w.denseEntries(off)})
			continue
		}
		out = append(out, row{key: s.key, entries: w.entries[off : off+n]})
	}
	sortRows(out)
	return out
}

// denseEntries unpacks dense row i.
func (w *weights) denseEntries(i int) []entry {
	var es []entry
	for c := range w.nClasses {
		v := int(uint8(w.dense[i*denseWords+c/8]>>(8*(c%8)))) - 128
		if v != 0 {
			es = append(es, entry{cls: uint8(c), w: int8(v)})
		}
	}
	return es
}

// numEntries counts the weights.
func (w *weights) numEntries() int {
	n := len(w.entries)
	for _, s := range w.slots {
		switch off, l := s.span(); {
		case s.key == 0:
		case s.row&inlineBit != 0:
			n += len(s.inlineEntries())
		case l == 0:
			n += len(w.denseEntries(off))
		}
	}
	return n
}

func (w *weights) numRows() int {
	n := 0
	for _, s := range w.slots {
		if s.key != 0 {
			n++
		}
	}
	return n
}

// pruned returns a copy of w without the rows whose weights are all
// under minQ quantisation steps (see trainer.averaged), and without the
// weights under minSparseQ steps of the rows kept sparse (fewer than
// denseMin weights). Most of a sparse row's weights are of one or two
// steps; without them most rows fit in their table slot, so scoring
// reads one cache line for them where it read two. The dense rows, which
// act as biases, keep all their weights.
func (w *weights) pruned(minQ, minSparseQ int) *weights {
	big := func(e entry, q int) bool { return int(e.w) >= q || int(e.w) <= -q }
	var rows []row
	for _, r := range w.rows() {
		if !slices.ContainsFunc(r.entries, func(e entry) bool { return big(e, minQ) }) {
			continue
		}
		if len(r.entries) < denseMin {
			r.entries = slices.DeleteFunc(slices.Clone(r.entries), func(e entry) bool { return !big(e, minSparseQ) })
		}
		rows = append(rows, r)
	}
	return newWeights(w.nClasses, rows)
}

// PruneOptions say what Prune drops: the features whose weights are all
// under MinQ quantisation steps, and the weights under SparseQ steps of
// the rows kept sparse (see weights.pruned), of the tagger and the
// parser. Zero keeps everything.
type PruneOptions struct {
	TaggerMinQ, TaggerSparseQ int
	ParserMinQ, ParserSparseQ int
}

// Prune returns a copy of p without what opt drops: a smaller, faster
// model, for cmd/train to make from a trained one.
func (p *Parser) Prune(opt PruneOptions) *Parser {
	return &Parser{tagger: p.tagger.withWeights(p.tagger.w.pruned(opt.TaggerMinQ, opt.TaggerSparseQ)), lemmas: p.lemmas,
		labels: p.labels, root: p.root, punct: p.punct, weights: p.weights.pruned(opt.ParserMinQ, opt.ParserSparseQ)}
}
