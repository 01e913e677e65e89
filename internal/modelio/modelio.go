// Package modelio reads and writes polgraph's model files (extract/parse,
// extract/entity): their varint fields, keeping the first error so a
// caller checks once at the end, and the file itself, written whole or not at all.
package modelio

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Encoder writes varints and strings; Err is the first write error.
type Encoder struct {
	w   *bufio.Writer
	Err error
	tmp [binary.MaxVarintLen64]byte
}

// NewEncoder writes to w.
func NewEncoder(w *bufio.Writer) *Encoder { return &Encoder{w: w} }

// Bytes writes b as it is.
func (e *Encoder) Bytes(b []byte) {
	if e.Err == nil {
		_, e.Err = e.w.Write(b)
	}
}

// Uint writes an unsigned varint.
func (e *Encoder) Uint(v uint64) { e.Bytes(binary.AppendUvarint(e.tmp[:0], v)) }

// Int writes a signed varint.
func (e *Encoder) Int(v int64) { e.Bytes(binary.AppendVarint(e.tmp[:0], v)) }

// String writes a length and the bytes of s.
func (e *Encoder) String(s string) {
	e.Uint(uint64(len(s)))
	e.Bytes([]byte(s))
}

// Compress writes a model to w as both model files are written: encode
// writes its fields through an Encoder into a gzip stream at the best
// compression. The error is encode's first write error, else the
// stream's.
func Compress(w io.Writer, encode func(*Encoder)) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	e := NewEncoder(bw)
	encode(e)
	if e.Err != nil {
		return e.Err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Decoder reads a decompressed model from memory: varints decoded from a
// byte slice load a model several times faster than through a reader.
// Err is the first error; every read after it returns zero.
type Decoder struct {
	b   []byte
	Err error
}

// NewDecoder reads b.
func NewDecoder(b []byte) *Decoder { return &Decoder{b: b} }

// Rest is how many bytes are left unread.
func (d *Decoder) Rest() int { return len(d.b) }

// Fail records err unless an error came first.
func (d *Decoder) Fail(err error) {
	if d.Err == nil {
		d.Err = err
	}
}

// Bytes reads n bytes.
func (d *Decoder) Bytes(n int) []byte {
	if d.Err != nil {
		return nil
	}
	if n > len(d.b) {
		d.Fail(io.ErrUnexpectedEOF)
		return nil
	}
	b := d.b[:n:n]
	d.b = d.b[n:]
	return b
}

// Uint reads an unsigned varint.
func (d *Decoder) Uint() uint64 {
	if d.Err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.Fail(errors.New("bad or truncated varint"))
		return 0
	}
	d.b = d.b[n:]
	return v
}

// Int reads a signed varint.
func (d *Decoder) Int() int64 {
	if d.Err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.Fail(errors.New("bad or truncated varint"))
		return 0
	}
	d.b = d.b[n:]
	return v
}

// Int32 reads a signed varint that must fit 32 bits.
func (d *Decoder) Int32() int32 {
	v := d.Int()
	if v < -1<<31 || v >= 1<<31 {
		d.Fail(fmt.Errorf("value %d out of 32-bit range", v))
		return 0
	}
	return int32(v)
}

// Count reads a length and checks it against limit.
func (d *Decoder) Count(limit int) int {
	v := d.Uint()
	if v > uint64(limit) {
		d.Fail(fmt.Errorf("count %d over %d", v, limit))
		return 0
	}
	return int(v)
}

// Below reads a value that must be less than n.
func (d *Decoder) Below(n int) int {
	v := d.Uint()
	if v >= uint64(n) {
		d.Fail(fmt.Errorf("value %d out of range %d", v, n))
		return 0
	}
	return int(v)
}

// String reads a length (at most 1 MiB) and that many bytes.
func (d *Decoder) String() string { return string(d.Bytes(d.Count(1 << 20))) }

// Decompress reads a gzip stream whole. Where r can be read at an offset
// (an opened or embedded file, a bytes.Reader), the buffer is made once,
// of the length the stream records in its trailer: growing it as
// io.ReadAll does allocated three times the parser's model, the largest
// part of what loading it allocated.
func Decompress(r io.Reader) ([]byte, error) {
	size := gzipSize(r)
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if size > 0 {
		buf.Grow(size + bytes.MinRead) // ReadFrom grows when less is free
	}
	if _, err := buf.ReadFrom(zr); err != nil {
		return nil, fmt.Errorf("decompress: %w", err)
	}
	return buf.Bytes(), nil
}

// maxModelSize bounds the size a gzip trailer may claim: it is only a
// hint, and a corrupt one must not allocate gigabytes.
const maxModelSize = 1 << 30

// gzipSize is the decompressed length a single-member gzip stream records
// in its last four bytes (RFC 1952, ISIZE), read without moving r, or 0
// when r cannot be read at an offset or the claim is out of bounds.
func gzipSize(r io.Reader) int {
	ra, ok := r.(io.ReaderAt)
	sk, ok2 := r.(io.Seeker)
	if !ok || !ok2 {
		return 0
	}
	at, err := sk.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0
	}
	end, err := sk.Seek(0, io.SeekEnd)
	if _, err2 := sk.Seek(at, io.SeekStart); err != nil || err2 != nil || end-at < 18 {
		return 0 // 18: a gzip header and trailer
	}
	var trailer [4]byte
	if _, err := ra.ReadAt(trailer[:], end-4); err != nil {
		return 0
	}
	if n := binary.LittleEndian.Uint32(trailer[:]); n <= maxModelSize {
		return int(n)
	}
	return 0
}

// WriteFile writes a model with save beside path and renames it into
// place, so an interrupted run never leaves half a model.
func WriteFile(path string, save func(io.Writer) error) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("write model %s: %w", path, err)
	}
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("write model %s: %w", tmp, err)
	}
	if err := save(f); err != nil {
		f.Close()
		return fmt.Errorf("write model %s: %w", tmp, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write model %s: %w", tmp, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write model %s: %w", path, err)
	}
	return nil
}
