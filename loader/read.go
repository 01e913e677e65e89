package loader

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/reader"
)

// read parses a record's bytes into an article, with what its sidecar
// says. Invalid UTF-8 or malformed JSON in a whole file is reported with
// its line (and the JSON error's column), which says more than a byte
// offset.
func (l *Loader) read(r *record) (polgraph.Article, error) {
	a, err := reader.Read(r.input, r.data, r.format)
	if err == nil {
		if r.sidecar != nil {
			r.sidecar.Apply(&a)
		}
		return a, nil
	}
	if bytes.ContainsRune([]byte(r.input), ':') {
		return polgraph.Article{}, err // a line or an item, named already
	}
	switch {
	case errors.Is(err, reader.ErrUTF8):
		line, _ := position(r.data, firstInvalid(r.data))
		r.input = fmt.Sprintf("%s:%d", r.input, line)
	case errors.Is(err, reader.ErrBadJSON):
		if line, col, ok := jsonErrorAt(r.data); ok {
			r.input = fmt.Sprintf("%s:%d:%d", r.input, line, col)
		}
	}
	return polgraph.Article{}, err
}

func firstInvalid(b []byte) int {
	for off := 0; off < len(b); {
		c, n := utf8.DecodeRune(b[off:])
		if c == utf8.RuneError && n <= 1 {
			return off
		}
		off += n
	}
	return len(b)
}

// jsonErrorAt finds the line and column of the syntax error in data, which
// reader.Read reports without its offset. It decodes again, as reader.Read
// does (after a BOM), only for an input that already failed.
func jsonErrorAt(data []byte) (line, col int, ok bool) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var se *json.SyntaxError
	if !errors.As(json.Unmarshal(data, new(any)), &se) {
		return 0, 0, false // not a syntax error: a missing or mistyped field
	}
	off := int(se.Offset) - 1 // the byte the decoder choked on
	if int(se.Offset) >= len(data) {
		off = len(bytes.TrimRight(data, " \t\r\n")) // it ran out: just past the last byte
	}
	line, col = position(data, off)
	return line, col, true
}

// position returns the line and column (both from 1, the column in bytes)
// of offset off in data.
func position(data []byte, off int) (line, col int) {
	before := data[:off]
	return 1 + bytes.Count(before, []byte("\n")), off - bytes.LastIndexByte(before, '\n')
}
