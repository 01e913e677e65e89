package modelio

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"strings"
	"testing"
)

// What an Encoder writes, a Decoder reads back; a cut stream or a value
// out of its bounds is an error that sticks, not a wrong value.
func TestRoundTripAndErrors(t *testing.T) {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	e := NewEncoder(w)
	e.Uint(300)
	e.Int(-7)
	e.String("Varga")
	e.Uint(5)
	if err := w.Flush(); err != nil || e.Err != nil {
		t.Fatal(err, e.Err)
	}
	d := NewDecoder(buf.Bytes())
	if got := d.Uint(); got != 300 {
		t.Errorf("Uint = %d, want 300", got)
	}
	if got := d.Int32(); got != -7 {
		t.Errorf("Int32 = %d, want -7", got)
	}
	if got := d.String(); got != "Varga" {
		t.Errorf("String = %q, want Varga", got)
	}
	if got := d.Below(5); got != 0 || d.Err == nil {
		t.Errorf("Below(5) of 5 = %d, err %v; want an error", got, d.Err)
	}
	if got := d.Uint(); got != 0 {
		t.Errorf("a read after an error = %d, want 0", got)
	}

	cut := NewDecoder(buf.Bytes()[:3])
	cut.Uint()
	cut.Int()
	if s := cut.String(); s != "" || cut.Err == nil {
		t.Errorf("cut stream: String = %q, err %v; want an error", s, cut.Err)
	}
}

// Decompress returns the stream's bytes whatever the reader; the trailer's
// length is read only where the reader allows it, and from where it stands.
func TestDecompress(t *testing.T) {
	gz := func(parts ...string) []byte {
		var buf bytes.Buffer
		for _, p := range parts { // one gzip member each
			zw := gzip.NewWriter(&buf)
			zw.Write([]byte(p))
			zw.Close()
		}
		return buf.Bytes()
	}
	text := strings.Repeat("Varga met Lind in Vienna. ", 500)
	one, two := gz(text), gz(text, "and again")
	advanced := bytes.NewReader(append([]byte("xx"), one...))
	advanced.Read(make([]byte, 2))
	tests := []struct {
		name     string
		r        io.Reader
		want     string
		wantSize int
	}{
		{"seekable", bytes.NewReader(one), text, len(text)},
		{"a plain reader", io.MultiReader(bytes.NewReader(one)), text, 0},
		{"two members: the last one's length", bytes.NewReader(two), text + "and again", len("and again")},
		{"read from where it stands", advanced, text, len(text)},
	}
	for _, tt := range tests {
		if got := gzipSize(tt.r); got != tt.wantSize {
			t.Errorf("%s: gzipSize = %d, want %d", tt.name, got, tt.wantSize)
		}
		got, err := Decompress(tt.r)
		if err != nil || string(got) != tt.want {
			t.Errorf("%s: Decompress = %d bytes, %v; want %d bytes", tt.name, len(got), err, len(tt.want))
		}
	}
	if _, err := Decompress(bytes.NewReader(one[:len(one)-10])); err == nil {
		t.Error("Decompress of a cut stream: no error")
	}
}

// Compress writes what Decompress reads back, and hands on the encoder's
// first write error.
func TestCompress(t *testing.T) {
	var buf bytes.Buffer
	err := Compress(&buf, func(e *Encoder) {
		e.String("polgraph-test-model 1")
		e.Int(-42)
	})
	if err != nil {
		t.Fatal(err)
	}
	data, err := Decompress(&buf)
	if err != nil {
		t.Fatal(err)
	}
	d := NewDecoder(data)
	if s, n := d.String(), d.Int(); s != "polgraph-test-model 1" || n != -42 || d.Err != nil || d.Rest() != 0 {
		t.Errorf("read back %q %d (err %v, %d bytes left)", s, n, d.Err, d.Rest())
	}
	failed := errors.New("table too large")
	if err := Compress(io.Discard, func(e *Encoder) { e.Err = failed }); !errors.Is(err, failed) {
		t.Errorf("Compress = %v, want the encoder's error", err)
	}
}
