package loader

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/reader"
)

// read parses a record's bytes into an article. Invalid UTF-8 in a whole
// file is reported with its line, which says more than a byte offset.
func (l *Loader) read(r *record) (polgraph.Article, error) {
	a, err := reader.Read(r.input, r.data, r.format)
	if err == nil {
		return a, nil
	}
	if errors.Is(err, reader.ErrUTF8) && !bytes.ContainsRune([]byte(r.input), ':') {
		off := firstInvalid(r.data)
		line := 1 + bytes.Count(r.data[:off], []byte("\n"))
		r.input = fmt.Sprintf("%s:%d", r.input, line)
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
