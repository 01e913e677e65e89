package entity

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
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
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("entity: save model: %w", err)
	}
	bw := bufio.NewWriter(zw)
	e := &encoder{w: bw}
	e.bytes([]byte(modelMagic))
	e.uint(boolInt(t.gazetteer))
	e.uint(uint64(len(t.classes.names)))
	for _, n := range t.classes.names {
		e.string(n)
	}
	for _, s := range [][]int32{t.trans, t.start, t.end} {
		for _, v := range s {
			e.int(int64(v))
		}
	}
	e.uint(uint64(len(t.emit.codebook.levels)))
	for _, l := range t.emit.codebook.levels {
		e.uint(uint64(l))
	}
	rows := t.emit.rows()
	e.uint(uint64(len(rows)))
	prev := uint32(0)
	for _, r := range rows {
		e.uint(uint64(r.key - prev))
		prev = r.key
	}
	for _, r := range rows {
		e.uint(nonZero(r.codes))
	}
	for _, r := range rows {
		for _, w := range r.codes {
			if w != 0 {
				e.int(int64(w))
			}
		}
	}
	if e.err != nil {
		return fmt.Errorf("entity: save model: %w", e.err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("entity: save model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("entity: save model: %w", err)
	}
	return nil
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
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("entity: load model: %w", err)
	}
	d := &decoder{r: bufio.NewReaderSize(zr, 1<<16)}
	if string(d.bytes(len(modelMagic))) != modelMagic {
		return nil, errors.New("entity: load model: not a polgraph entity model")
	}
	gaz := d.count(1) == 1
	names := make([]string, d.count(maxClasses))
	for i := range names {
		names[i] = d.string()
	}
	if d.err != nil {
		return nil, fmt.Errorf("entity: load model: %w", d.err)
	}
	cs, err := classSetFromNames(names)
	if err != nil {
		return nil, fmt.Errorf("entity: load model: %w", err)
	}
	C := len(names)
	t := &Tagger{gazetteer: gaz, classes: cs, trans: make([]int32, C*C), start: make([]int32, C), end: make([]int32, C)}
	for _, s := range [][]int32{t.trans, t.start, t.end} {
		for i := range s {
			s[i] = d.int32()
		}
	}
	levels := make([]int32, d.count(maxLevels))
	for k := range levels {
		v := d.uint()
		if v >= 1<<24 || (k > 0 && int32(v) < levels[k-1]) {
			d.fail(fmt.Errorf("codebook level %d out of order", v))
			break
		}
		levels[k] = int32(v)
	}
	n := d.count(1 << 26)
	if d.err != nil {
		return nil, fmt.Errorf("entity: load model: %w", d.err)
	}
	rows := make([]row, n)
	all := make([]int8, n*C)
	k := uint32(0)
	for i := range rows {
		k += uint32(d.uint())
		rows[i] = row{key: k, codes: all[i*C : (i+1)*C]}
	}
	masks := make([]uint64, n)
	for i := range masks {
		masks[i] = d.uint()
		if masks[i]>>C != 0 {
			d.fail(fmt.Errorf("row %d has weights for classes beyond %d", i, C))
			break
		}
	}
	for i := range rows {
		if d.err != nil {
			break
		}
		for c := range C {
			if masks[i]&(1<<c) != 0 {
				v := d.int()
				if v < -int64(len(levels)) || v > int64(len(levels)) || v == 0 {
					d.fail(fmt.Errorf("weight code %d out of range", v))
					break
				}
				rows[i].codes[c] = int8(v)
			}
		}
	}
	if d.err != nil {
		return nil, fmt.Errorf("entity: load model: %w", d.err)
	}
	// Reading on to the end makes gzip check the stream's checksum and
	// length, which catches a truncated file.
	if _, err := d.r.ReadByte(); err != io.EOF {
		return nil, fmt.Errorf("entity: load model: data after the model or a damaged file: %v", err)
	}
	if err := zr.Close(); err != nil {
		return nil, fmt.Errorf("entity: load model: %w", err)
	}
	t.emit = newTable(C, rows, newCodebook(levels))
	return t, nil
}

type encoder struct {
	w   *bufio.Writer
	err error
	tmp [binary.MaxVarintLen64]byte
}

func (e *encoder) bytes(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

func (e *encoder) uint(v uint64) { e.bytes(binary.AppendUvarint(e.tmp[:0], v)) }
func (e *encoder) int(v int64)   { e.bytes(binary.AppendVarint(e.tmp[:0], v)) }

func (e *encoder) string(s string) {
	e.uint(uint64(len(s)))
	e.bytes([]byte(s))
}

type decoder struct {
	r   *bufio.Reader
	err error
}

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}

func (d *decoder) bytes(n int) []byte {
	if d.err != nil {
		return nil
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.fail(err)
		return nil
	}
	return b
}

func (d *decoder) uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	d.fail(err)
	return v
}

func (d *decoder) int() int64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadVarint(d.r)
	d.fail(err)
	return v
}

func (d *decoder) int32() int32 {
	v := d.int()
	if v < -1<<31 || v >= 1<<31 {
		d.fail(fmt.Errorf("score %d out of range", v))
		return 0
	}
	return int32(v)
}

// count reads a length and checks it against limit.
func (d *decoder) count(limit int) int {
	v := d.uint()
	if v > uint64(limit) {
		d.fail(fmt.Errorf("count %d over %d", v, limit))
		return 0
	}
	return int(v)
}

func (d *decoder) string() string { return string(d.bytes(d.count(1 << 10))) }

func boolInt(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}
