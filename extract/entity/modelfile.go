package entity

import (
	"github.com/polgraph/polgraph/internal/modelio"

	"errors"
	"fmt"
	"io"
)

// The model file is gzip-compressed binary: a magic line, the class
// names, the transition scores, the codebook and the emission table. The table is
// written column by column (key deltas, then which classes each row has
// weights for, then the weights) because like values next to each other
// compress better, as in package parse's model file.

const modelMagic = "polgraph-ner-model 1\n"

// maxClasses bounds the classes: a row's non-zero classes are a bit set
// in a uint64, and classes are bytes in the Viterbi back-pointers.
const maxClasses = 64

// Save writes the model.
func (t *Tagger) Save(w io.Writer) error {
	if err := modelio.Compress(w, t.encode); err != nil {
		return fmt.Errorf("entity: save model: %w", err)
	}
	return nil
}

// encode writes the model's fields.
func (t *Tagger) encode(e *modelio.Encoder) {
	e.Bytes([]byte(modelMagic))
	e.Uint(boolInt(t.gazetteer))
	e.Uint(uint64(len(t.classes.names)))
	for _, n := range t.classes.names {
		e.String(n)
	}
	for _, s := range [][]int32{t.trans, t.start, t.end} {
		for _, v := range s {
			e.Int(int64(v))
		}
	}
	e.Uint(uint64(len(t.emit.codebook.levels)))
	for _, l := range t.emit.codebook.levels {
		e.Uint(uint64(l))
	}
	rows := t.emit.rows()
	e.Uint(uint64(len(rows)))
	prev := uint32(0)
	for _, r := range rows {
		e.Uint(uint64(r.key - prev))
		prev = r.key
	}
	for _, r := range rows {
		e.Uint(nonZero(r.codes))
	}
	for _, r := range rows {
		for _, w := range r.codes {
			if w != 0 {
				e.Int(int64(w))
			}
		}
	}
}

// nonZero is the bit set of the classes a row has weights for.
func nonZero(ws []int8) uint64 {
	var m uint64
	for c, w := range ws {
		if w != 0 {
			m |= 1 << c
		}
	}
	return m
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Tagger, error) {
	data, err := modelio.Decompress(r)
	if err != nil {
		return nil, fmt.Errorf("entity: load model: %w", err)
	}
	d := modelio.NewDecoder(data)
	if string(d.Bytes(len(modelMagic))) != modelMagic {
		return nil, errors.New("entity: load model: not a polgraph entity model")
	}
	gaz := d.Count(1) == 1
	names := make([]string, d.Count(maxClasses))
	for i := range names {
		names[i] = d.String()
	}
	if d.Err != nil {
		return nil, fmt.Errorf("entity: load model: %w", d.Err)
	}
	cs, err := classSetFromNames(names)
	if err != nil {
		return nil, fmt.Errorf("entity: load model: %w", err)
	}
	C := len(names)
	t := &Tagger{gazetteer: gaz, classes: cs, trans: make([]int32, C*C), start: make([]int32, C), end: make([]int32, C)}
	for _, s := range [][]int32{t.trans, t.start, t.end} {
		for i := range s {
			s[i] = d.Int32()
		}
	}
	levels := make([]int32, d.Count(maxLevels))
	for k := range levels {
		v := d.Uint()
		if v >= 1<<24 || (k > 0 && int32(v) < levels[k-1]) {
			d.Fail(fmt.Errorf("codebook level %d out of order", v))
			break
		}
		levels[k] = int32(v)
	}
	n := d.Count(1 << 26)
	if d.Err != nil {
		return nil, fmt.Errorf("entity: load model: %w", d.Err)
	}
	rows := make([]row, n)
	all := make([]int8, n*C)
	k := uint32(0)
	for i := range rows {
		k += uint32(d.Uint())
		rows[i] = row{key: k, codes: all[i*C : (i+1)*C]}
	}
	masks := make([]uint64, n)
	for i := range masks {
		masks[i] = d.Uint()
		if masks[i]>>C != 0 {
			d.Fail(fmt.Errorf("row %d has weights for classes beyond %d", i, C))
			break
		}
	}
	for i := range rows {
		if d.Err != nil {
			break
		}
		for c := range C {
			if masks[i]&(1<<c) != 0 {
				v := d.Int()
				if v < -int64(len(levels)) || v > int64(len(levels)) || v == 0 {
					d.Fail(fmt.Errorf("weight code %d out of range", v))
					break
				}
				rows[i].codes[c] = int8(v)
			}
		}
	}
	if d.Err != nil {
		return nil, fmt.Errorf("entity: load model: %w", d.Err)
	}
	// Decompress read to the end, so gzip checked the stream's checksum
	// and length, which catches a truncated file
	if n := d.Rest(); n != 0 {
		return nil, fmt.Errorf("entity: load model: %d bytes of trailing data", n)
	}
	t.emit = newTable(C, rows, newCodebook(levels))
	return t, nil
}

func boolInt(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}
