package entity

import (
	"cmp"
	"encoding/binary"
	"math"
	"slices"
)

// table is the trained emission weights: a dense open-addressing hash
// table whose slots hold a feature key and a one-byte weight code for
// every class, side by side. Looking a feature up costs one cache line,
// and the key stored beside the codes keeps a feature the model never saw
// from picking up another feature's weights.
//
// A code stands for a weight through the codebook: the perceptron's
// weights span three orders of magnitude (a few near 60, most near 1),
// which one linear byte scale cannot hold, so the codes are logarithmic.
type table struct {
	nClasses int
	stride   int // bytes per slot: the key, then one code per class
	mask     uint32
	slots    []byte
	codebook codebook
}

// codebook maps a code (a signed byte: -levels..levels) to its weight.
type codebook struct {
	levels []int32    // magnitude of codes 1, 2, …: increasing
	value  [256]int32 // by the code's byte: ±levels, 0 for code 0
}

func newCodebook(levels []int32) codebook {
	cb := codebook{levels: levels}
	for k, l := range levels {
		cb.value[byte(int8(k+1))] = l
		cb.value[byte(int8(-(k + 1)))] = -l
	}
	return cb
}

// maxLevels is how many magnitudes a code can have.
const maxLevels = 127

// logLevels spreads maxLevels magnitudes evenly in log space from lo to hi.
func logLevels(lo, hi float64) []float64 {
	out := make([]float64, maxLevels)
	r := math.Log(hi / lo)
	for k := range out {
		out[k] = lo * math.Exp(r*float64(k)/float64(maxLevels-1))
	}
	return out
}

// code returns the code of the level nearest to v (in log space), or 0
// when |v| is under half the smallest level.
func code(levels []float64, v float64) int8 {
	m := math.Abs(v)
	if m < levels[0]/2 {
		return 0
	}
	k, _ := slices.BinarySearch(levels, m)
	if k == len(levels) {
		k--
	} else if k > 0 && math.Log(m/levels[k-1]) < math.Log(levels[k]/m) {
		k--
	}
	if v < 0 {
		return int8(-(k + 1))
	}
	return int8(k + 1)
}

// row is one feature's weight codes, for building a table.
type row struct {
	key   uint32
	codes []int8
}

// newTable builds a table at most half full.
func newTable(nClasses int, rows []row, cb codebook) *table {
	size := uint32(16)
	for size < uint32(len(rows))*2 {
		size <<= 1
	}
	t := &table{nClasses: nClasses, stride: 4 + nClasses, mask: size - 1, codebook: cb}
	t.slots = make([]byte, int(size)*t.stride)
	for _, r := range rows {
		if r.key == 0 {
			continue
		}
		i := r.key & t.mask
		for {
			off := int(i) * t.stride
			k := binary.LittleEndian.Uint32(t.slots[off:])
			if k == r.key {
				break // a duplicate key keeps its first row
			}
			if k == 0 {
				binary.LittleEndian.PutUint32(t.slots[off:], r.key)
				for c, w := range r.codes[:nClasses] {
					t.slots[off+4+c] = byte(w)
				}
				break
			}
			i = (i + 1) & t.mask
		}
	}
	return t
}

// score adds the weights of feats to scores (len nClasses). It returns a
// sum of no meaning, which the caller keeps (see touch below).
func (t *table) score(feats []uint32, scores []int32) (touch byte) {
	slots, mask, stride, value := t.slots, t.mask, t.stride, &t.codebook.value
	scores = scores[:t.nClasses]
	// Touch every feature's home slot first, in a loop without branches,
	// so that the processor overlaps their cache misses (the table is
	// larger than the caches); the probing loop's branches would wait for
	// them one by one. The sum keeps the loads from being optimised away.
	for _, k := range feats {
		touch += slots[int(k&mask)*stride]
	}
	for _, k := range feats {
		i := k & mask
		for {
			off := int(i) * stride
			s := binary.LittleEndian.Uint32(slots[off:])
			if s == k {
				for c, b := range slots[off+4 : off+4+len(scores)] {
					scores[c] += value[b]
				}
				break
			}
			if s == 0 {
				break
			}
			i = (i + 1) & mask
		}
	}
	return touch
}

// rows lists the table's rows in key order (for writing the model).
func (t *table) rows() []row {
	var out []row
	for off := 0; off < len(t.slots); off += t.stride {
		k := binary.LittleEndian.Uint32(t.slots[off:])
		if k == 0 {
			continue
		}
		codes := make([]int8, t.nClasses)
		for c := range codes {
			codes[c] = int8(t.slots[off+4+c])
		}
		out = append(out, row{key: k, codes: codes})
	}
	slices.SortFunc(out, func(a, b row) int { return cmp.Compare(a.key, b.key) })
	return out
}

// numRows counts the features with weights.
func (t *table) numRows() int {
	n := 0
	for off := 0; off < len(t.slots); off += t.stride {
		if binary.LittleEndian.Uint32(t.slots[off:]) != 0 {
			n++
		}
	}
	return n
}
