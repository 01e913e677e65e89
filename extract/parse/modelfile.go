package parse

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
)

// The model file is gzip-compressed binary: a magic line, then the
// tagger's classes and dictionary, the labels, the lemmatizer, and the
// two weight tables. Each table is written column by column (key deltas,
// row lengths, class deltas, weights) because like values next to each
// other compress better.

const modelMagic = "polgraph-ud-model 3\n"

// maxClasses bounds the classes of a table: slots keep a class, and a
// row's length, in 7 bits (and scoreArray's last cell is scratch).
const maxClasses = 127

// Save writes the model.
func (p *Parser) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("parse: save model: %w", err)
	}
	bw := bufio.NewWriter(zw)
	e := &encoder{w: bw}
	e.bytes([]byte(modelMagic))
	e.uint(uint64(len(p.tagger.classes)))
	for _, c := range p.tagger.classes {
		e.string(c.UPOS)
		e.string(c.XPOS)
	}
	words := slices.Sorted(maps.Keys(p.tagger.dict))
	e.uint(uint64(len(words)))
	for _, w := range words {
		e.string(w)
		e.uint(uint64(p.tagger.dict[w]))
	}
	words = slices.Sorted(maps.Keys(p.tagger.lex))
	e.uint(uint64(len(words)))
	for _, w := range words {
		e.string(w)
		cs := p.tagger.lex[w]
		e.uint(uint64(len(cs)))
		for _, c := range cs {
			e.uint(uint64(c))
		}
	}
	e.uint(uint64(len(p.labels)))
	for _, l := range p.labels {
		e.string(l)
	}
	e.uint(uint64(p.root))
	keys := slices.Sorted(maps.Keys(p.lemmas.exceptions))
	e.uint(uint64(len(keys)))
	for _, k := range keys {
		e.string(k)
		e.string(p.lemmas.exceptions[k])
	}
	keys = slices.Sorted(maps.Keys(p.lemmas.rules))
	e.uint(uint64(len(keys)))
	for _, k := range keys {
		r := p.lemmas.rules[k]
		e.string(k)
		e.uint(uint64(r.strip))
		e.string(r.add)
	}
	e.weights(p.tagger.w)
	e.weights(p.weights)
	if e.err != nil {
		return fmt.Errorf("parse: save model: %w", e.err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("parse: save model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("parse: save model: %w", err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Parser, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("parse: load model: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("parse: load model: decompress: %w", err)
	}
	d := &decoder{b: data}
	if string(d.bytes(len(modelMagic))) != modelMagic {
		return nil, errors.New("parse: load model: not a polgraph UD model")
	}
	p := &Parser{}
	nTags := d.count(maxClasses)
	p.tagger.classes = make([]tagClass, nTags)
	for i := range p.tagger.classes {
		p.tagger.classes[i] = tagClass{UPOS: d.string(), XPOS: d.string()}
	}
	nDict := d.count(1 << 24)
	p.tagger.dict = make(map[string]uint8, nDict)
	for range nDict {
		w := d.string()
		p.tagger.dict[w] = uint8(d.below(nTags))
	}
	nLex := d.count(1 << 24)
	lex := make(map[string][]uint8, nLex)
	for range nLex {
		w := d.string()
		cs := make([]uint8, d.count(nTags))
		for i := range cs {
			cs[i] = uint8(d.below(nTags))
		}
		lex[w] = cs
	}
	p.tagger.setLexicon(lex)
	p.labels = make([]string, d.count((maxClasses-1)/2))
	for i := range p.labels {
		p.labels[i] = d.string()
	}
	p.root = uint8(d.below(len(p.labels)))
	p.lemmas = &lemmatizer{exceptions: map[string]string{}, rules: map[string]lemmaRule{}}
	for range d.count(1 << 24) {
		k := d.string()
		p.lemmas.exceptions[k] = d.string()
	}
	for range d.count(1 << 24) {
		k := d.string()
		strip := int(d.uint())
		p.lemmas.rules[k] = lemmaRule{strip: strip, add: d.string()}
	}
	p.punct = punctClasses(p.tagger.classes)
	p.tagger.w = d.weights(nTags)
	p.weights = d.weights(1 + 2*len(p.labels))
	if d.err != nil {
		return nil, fmt.Errorf("parse: load model: %w", d.err)
	}
	if len(d.b) != 0 {
		return nil, fmt.Errorf("parse: load model: %d bytes of trailing data", len(d.b))
	}
	return p, nil
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

func (e *encoder) weights(w *weights) {
	if len(w.entries) > maxEntries {
		e.err = fmt.Errorf("table of %d weights, at most %d supported", len(w.entries), maxEntries)
		return
	}
	rows := w.rows()
	e.uint(uint64(w.nClasses))
	e.uint(uint64(len(rows)))
	prev := uint32(0)
	for _, r := range rows {
		e.uint(uint64(r.key - prev))
		prev = r.key
	}
	for _, r := range rows {
		e.uint(uint64(len(r.entries)))
	}
	for _, r := range rows {
		c := uint8(0)
		for _, en := range r.entries {
			e.uint(uint64(en.cls - c))
			c = en.cls
		}
	}
	for _, r := range rows {
		for _, en := range r.entries {
			e.int(int64(en.w))
		}
	}
}

// decoder reads the decompressed model from memory: varints decoded from
// a byte slice load the model several times faster than through a reader.
type decoder struct {
	b   []byte
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
	if n > len(d.b) {
		d.fail(io.ErrUnexpectedEOF)
		return nil
	}
	b := d.b[:n:n]
	d.b = d.b[n:]
	return b
}

func (d *decoder) uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail(errors.New("bad or truncated varint"))
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) int() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail(errors.New("bad or truncated varint"))
		return 0
	}
	d.b = d.b[n:]
	return v
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

// below reads a value that must be less than n.
func (d *decoder) below(n int) int {
	v := d.uint()
	if v >= uint64(n) {
		d.fail(fmt.Errorf("value %d out of range %d", v, n))
		return 0
	}
	return int(v)
}

func (d *decoder) string() string { return string(d.bytes(d.count(1 << 20))) }

func (d *decoder) weights(nClasses int) *weights {
	if got := d.count(maxClasses); got != nClasses && d.err == nil {
		d.fail(fmt.Errorf("table has %d classes, want %d", got, nClasses))
	}
	n := d.count(1 << 28)
	if d.err != nil {
		return nil
	}
	rows := make([]row, n)
	k := uint32(0)
	for i := range rows {
		k += uint32(d.uint())
		rows[i].key = k
	}
	lens := make([]int, n)
	total := 0
	for i := range lens {
		lens[i] = d.count(nClasses)
		total += lens[i]
	}
	if d.err != nil {
		return nil
	}
	all := make([]entry, total)
	off := 0
	for i := range rows {
		rows[i].entries = all[off : off+lens[i]]
		off += lens[i]
		c := 0
		for j := range rows[i].entries {
			c += int(d.uint())
			if c >= nClasses {
				d.fail(fmt.Errorf("class %d out of range %d", c, nClasses))
				return nil
			}
			rows[i].entries[j].cls = uint8(c)
		}
	}
	for i := range rows {
		for j := range rows[i].entries {
			v := d.int()
			if v < -128 || v > 127 {
				d.fail(fmt.Errorf("weight %d out of range", v))
				return nil
			}
			rows[i].entries[j].w = int8(v)
		}
	}
	if d.err != nil {
		return nil
	}
	return newWeights(nClasses, rows)
}
