package reader

import (
	"bytes"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
)

// ErrNotArticle marks a file whose format is not an article's: a PDF, an
// office document, an image, an archive, an executable (data/formats.tsv).
var ErrNotArticle = errors.New("not an article")

// NotArticle is a file format polgraph does not read as an article.
type NotArticle struct {
	Kind string // the group it belongs to, singular: "image", "archive"
	Name string // what it is: "a PNG image"
}

// Err is the error that refuses a file of this format.
func (f NotArticle) Err() error {
	return fmt.Errorf("%s, %w: polgraph reads plain text, HTML, JSON, JSON Lines and RSS or Atom feeds (convert it to text first)", f.Name, ErrNotArticle)
}

// SniffSize is how much of a file Sniff looks at.
const SniffSize = 64 << 10

// Sniff tells whether head, the first bytes of a file (SniffSize or all of
// it), are those of a format that is not an article, by its signature.
func Sniff(head []byte) (NotArticle, bool) {
	if len(head) > SniffSize {
		head = head[:SniffSize]
	}
	for _, s := range signatures {
		if s.match(head) {
			return s.format, true
		}
	}
	return NotArticle{}, false
}

// NonArticleExt tells whether name's extension is one of a file that is
// not an article (data/extensions.tsv), and what kind of file it is.
func NonArticleExt(name string) (kind string, ok bool) {
	kind, ok = extensions[strings.ToLower(filepath.Ext(name))]
	return kind, ok
}

// signature is one row of data/formats.tsv.
type signature struct {
	format NotArticle
	conds  []magic
}

// magic is bytes at an offset, or anywhere when offset is -1.
type magic struct {
	offset int
	bytes  []byte
}

func (s signature) match(head []byte) bool {
	for _, c := range s.conds {
		switch {
		case c.offset < 0:
			if !bytes.Contains(head, c.bytes) {
				return false
			}
		case len(head) < c.offset+len(c.bytes) || !bytes.Equal(head[c.offset:c.offset+len(c.bytes)], c.bytes):
			return false
		}
	}
	return true
}

var (
	//go:embed data/formats.tsv
	formatsTSV string
	//go:embed data/extensions.tsv
	extensionsTSV string

	signatures = parseSignatures(formatsTSV)
	extensions = parseExtensions(extensionsTSV)
)

// rows returns the fields of each row of a TSV file with # comments, or
// panics naming the line: the files are embedded, so a bad row is a build
// defect that the package's tests catch.
func rows(file, data string, fields int) [][]string {
	var out [][]string
	for i, line := range strings.Split(data, "\n") {
		if line = strings.TrimRight(line, "\r"); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != fields {
			panic(fmt.Sprintf("reader: %s:%d: %d fields, want %d", file, i+1, len(f), fields))
		}
		out = append(out, f)
	}
	return out
}

func parseSignatures(data string) []signature {
	var sigs []signature
	for _, f := range rows("data/formats.tsv", data, 3) {
		s := signature{format: NotArticle{Kind: f[0], Name: f[1]}}
		for _, cond := range strings.Fields(f[2]) {
			off, hx, ok := strings.Cut(cond, "=")
			b, err := hex.DecodeString(hx)
			n, nerr := strconv.Atoi(off)
			if off == "*" {
				n, nerr = -1, nil
			}
			if !ok || err != nil || nerr != nil || len(b) == 0 {
				panic(fmt.Sprintf("reader: data/formats.tsv: bad condition %q of %s", cond, f[1]))
			}
			s.conds = append(s.conds, magic{n, b})
		}
		sigs = append(sigs, s)
	}
	return sigs
}

func parseExtensions(data string) map[string]string {
	m := make(map[string]string)
	for _, f := range rows("data/extensions.tsv", data, 2) {
		m[f[0]] = f[1]
	}
	return m
}
