package parse

import (
	"github.com/polgraph/polgraph/internal/modelio"

	"errors"
	"fmt"
	"io"
	"iter"
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
	if err := modelio.Compress(w, p.encode); err != nil {
		return fmt.Errorf("parse: save model: %w", err)
	}
	return nil
}

// encode writes the model's fields.
func (p *Parser) encode(e *modelio.Encoder) {
	e.Bytes([]byte(modelMagic))
	e.Uint(uint64(len(p.tagger.classes)))
	for _, c := range p.tagger.classes {
		e.String(c.UPOS)
		e.String(c.XPOS)
	}
	words := slices.Sorted(maps.Keys(p.tagger.dict))
	e.Uint(uint64(len(words)))
	for _, w := range words {
		e.String(w)
		e.Uint(uint64(p.tagger.dict[w]))
	}
	words = slices.Sorted(maps.Keys(p.tagger.lex))
	e.Uint(uint64(len(words)))
	for _, w := range words {
		e.String(w)
		cs := p.tagger.lex[w]
		e.Uint(uint64(len(cs)))
		for _, c := range cs {
			e.Uint(uint64(c))
		}
	}
	e.Uint(uint64(len(p.labels)))
	for _, l := range p.labels {
		e.String(l)
	}
	e.Uint(uint64(p.root))
	keys := slices.Sorted(maps.Keys(p.lemmas.exceptions))
	e.Uint(uint64(len(keys)))
	for _, k := range keys {
		e.String(k)
		e.String(p.lemmas.exceptions[k])
	}
	keys = slices.Sorted(maps.Keys(p.lemmas.rules))
	e.Uint(uint64(len(keys)))
	for _, k := range keys {
		r := p.lemmas.rules[k]
		e.String(k)
		e.Uint(uint64(r.strip))
		e.String(r.add)
	}
	writeWeights(e, p.tagger.w)
	writeWeights(e, p.weights)
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Parser, error) {
	data, err := modelio.Decompress(r)
	if err != nil {
		return nil, fmt.Errorf("parse: load model: %w", err)
	}
	d := modelio.NewDecoder(data)
	if string(d.Bytes(len(modelMagic))) != modelMagic {
		return nil, errors.New("parse: load model: not a polgraph UD model")
	}
	p := &Parser{}
	nTags := d.Count(maxClasses)
	p.tagger.classes = make([]tagClass, nTags)
	for i := range p.tagger.classes {
		p.tagger.classes[i] = tagClass{UPOS: d.String(), XPOS: d.String()}
	}
	nDict := d.Count(1 << 24)
	p.tagger.dict = make(map[string]uint8, nDict)
	for range nDict {
		w := d.String()
		p.tagger.dict[w] = uint8(d.Below(nTags))
	}
	nLex := d.Count(1 << 24)
	lex := make(map[string][]uint8, nLex)
	for range nLex {
		w := d.String()
		cs := make([]uint8, d.Count(nTags))
		for i := range cs {
			cs[i] = uint8(d.Below(nTags))
		}
		lex[w] = cs
	}
	p.tagger.setLexicon(lex)
	p.labels = make([]string, d.Count((maxClasses-1)/2))
	for i := range p.labels {
		p.labels[i] = d.String()
	}
	p.root = uint8(d.Below(len(p.labels)))
	p.lemmas = &lemmatizer{exceptions: map[string]string{}, rules: map[string]lemmaRule{}}
	for range d.Count(1 << 24) {
		k := d.String()
		p.lemmas.exceptions[k] = d.String()
	}
	for range d.Count(1 << 24) {
		k := d.String()
		strip := int(d.Uint())
		p.lemmas.rules[k] = lemmaRule{strip: strip, add: d.String()}
	}
	p.punct = punctClasses(p.tagger.classes)
	if rows := readRows(d, nTags); d.Err == nil {
		p.tagger.w = buildWeights(nTags, len(rows.keys), rows.all())
	}
	nClasses := 1 + 2*len(p.labels)
	rows := readRows(d, nClasses)
	if d.Err != nil {
		return nil, fmt.Errorf("parse: load model: %w", d.Err)
	}
	if d.Rest() != 0 {
		return nil, fmt.Errorf("parse: load model: %d bytes of trailing data", d.Rest())
	}
	// the parser's table is built after the last use of the decompressed
	// model (6 MB), which the collector may then free: loading the model
	// was the peak of a short article's extraction
	p.weights = buildWeights(nClasses, len(rows.keys), rows.all())
	return p, nil
}

// writeWeights writes a weight table column by column.
func writeWeights(e *modelio.Encoder, w *weights) {
	if len(w.entries) > maxEntries {
		e.Err = fmt.Errorf("table of %d weights, at most %d supported", len(w.entries), maxEntries)
		return
	}
	rows := w.rows()
	e.Uint(uint64(w.nClasses))
	e.Uint(uint64(len(rows)))
	prev := uint32(0)
	for _, r := range rows {
		e.Uint(uint64(r.key - prev))
		prev = r.key
	}
	for _, r := range rows {
		e.Uint(uint64(len(r.entries)))
	}
	for _, r := range rows {
		c := uint8(0)
		for _, en := range r.entries {
			e.Uint(uint64(en.cls - c))
			c = en.cls
		}
	}
	for _, r := range rows {
		for _, en := range r.entries {
			e.Int(int64(en.w))
		}
	}
}

// storedRows are the rows of a table as writeWeights wrote them, column
// by column: a []row of the parser's table took 13 MB more to load.
type storedRows struct {
	keys    []uint32 // in increasing order, as written
	lens    []uint8  // a row has at most maxClasses entries
	entries []entry  // the rows' entries, back to back
}

// all yields the rows in key order.
func (t storedRows) all() iter.Seq[row] {
	return func(yield func(row) bool) {
		off := 0
		for i, k := range t.keys {
			n := int(t.lens[i])
			if !yield(row{key: k, entries: t.entries[off : off+n : off+n]}) {
				return
			}
			off += n
		}
	}
}

// readRows reads the rows of a table writeWeights wrote.
func readRows(d *modelio.Decoder, nClasses int) storedRows {
	if got := d.Count(maxClasses); got != nClasses && d.Err == nil {
		d.Fail(fmt.Errorf("table has %d classes, want %d", got, nClasses))
	}
	n := d.Count(1 << 28)
	if d.Err != nil {
		return storedRows{}
	}
	t := storedRows{keys: make([]uint32, n), lens: make([]uint8, n)}
	k := uint32(0)
	for i := range t.keys {
		k += uint32(d.Uint())
		t.keys[i] = k
	}
	total := 0
	for i := range t.lens {
		t.lens[i] = uint8(d.Count(nClasses))
		total += int(t.lens[i])
	}
	if d.Err != nil {
		return storedRows{}
	}
	t.entries = make([]entry, total)
	off := 0
	for _, n := range t.lens {
		c := 0
		for j := off; j < off+int(n); j++ {
			c += int(d.Uint())
			if c >= nClasses {
				d.Fail(fmt.Errorf("class %d out of range %d", c, nClasses))
				return storedRows{}
			}
			t.entries[j].cls = uint8(c)
		}
		off += int(n)
	}
	for j := range t.entries {
		v := d.Int()
		if v < -128 || v > 127 {
			d.Fail(fmt.Errorf("weight %d out of range", v))
			return storedRows{}
		}
		t.entries[j].w = int8(v)
	}
	if d.Err != nil {
		return storedRows{}
	}
	return t
}
