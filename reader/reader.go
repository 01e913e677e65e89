// Package reader turns one article file (plain text, JSON or HTML) into a polgraph.Article.
package reader

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/internal/texthash"
)

// Formats accepted by Read.
const (
	FormatAuto = "auto"
	FormatText = "text"
	FormatJSON = "json"
	FormatHTML = "html"
)

// Errors a caller may test for with errors.Is.
var (
	ErrEmpty   = errors.New("empty input")
	ErrBinary  = errors.New("binary input")
	ErrUTF8    = errors.New("invalid UTF-8")
	ErrFormat  = errors.New("unknown format")
	ErrNoText  = errors.New("no article text")
	ErrBadJSON = errors.New("malformed JSON article")
)

// Read parses one article. name is used in errors and to guess the format;
// format is "auto", "text", "json" or "html" ("" means auto).
// Offsets computed later index the bytes of the returned Article.Text.
// A text article's Text is data itself, not a copy (a 50 MB article was
// held twice while it was read): data must not be changed after the call.
func Read(name string, data []byte, format string) (polgraph.Article, error) {
	a, _, err := ReadEncoded(name, data, format)
	return a, err
}

// ReadEncoded is Read that also tells how the bytes were decoded. Character
// sets are dealt with before anything else: a UTF-16 file with a byte-order
// mark is decoded whatever its format; a page is decoded from what it
// declares or what its bytes show (decodeHTML); text and JSON, which
// declare nothing, must be UTF-8.
func ReadEncoded(name string, data []byte, format string) (polgraph.Article, Encoding, error) {
	if name == "" {
		name = "-"
	}
	fail := func(enc Encoding, err error) (polgraph.Article, Encoding, error) {
		return polgraph.Article{}, enc, fmt.Errorf("read %s: %w", name, err)
	}
	if f, ok := Sniff(data); ok {
		return fail(Encoding{}, f.Err())
	}
	data, enc, decoded, err := utf16BOM(data)
	if err != nil {
		return fail(enc, err)
	}
	if bytes.HasPrefix(data, utf8BOM) { // a BOM is not text
		data, enc, decoded = data[len(utf8BOM):], Encoding{"utf-8", "bom"}, true
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return fail(enc, ErrEmpty)
	}
	if format == "" || format == FormatAuto {
		format = Detect(name, data)
	}
	var a polgraph.Article
	switch format {
	case FormatText, FormatJSON:
		if err := check(data); err != nil {
			return fail(enc, err)
		}
		if enc.Name == "" {
			enc = Encoding{"utf-8", "utf-8"}
		}
		if format == FormatText {
			a = readText(data)
		} else {
			a, err = readJSON(data)
		}
	case FormatHTML:
		if data, enc, err = decodePage(data, enc, decoded); err != nil {
			return fail(enc, err)
		}
		a, err = readHTML(data)
	default:
		err = fmt.Errorf("%w %q (want auto, text, json or html)", ErrFormat, format)
	}
	if err != nil {
		return fail(enc, err)
	}
	if strings.TrimSpace(a.Text) == "" {
		return fail(enc, ErrNoText)
	}
	if a.ID == "" {
		a.ID = articleID(a)
	}
	return a, enc, nil
}

var utf8BOM = []byte("\xef\xbb\xbf")

// decodePage makes a page UTF-8 (unless a byte-order mark already said how)
// and fit to parse: binary data is refused; NUL bytes, which browsers skip
// and x/net/html would carry into the text, are dropped.
func decodePage(data []byte, enc Encoding, decoded bool) ([]byte, Encoding, error) {
	if !decoded {
		var err error
		if data, enc, err = decodeHTML(data); err != nil {
			return nil, enc, err
		}
	} else if enc.Name == "utf-8" {
		data = []byte(strings.ToValidUTF8(string(data), "\uFFFD"))
	}
	if n := controlChars(data); n*20 > len(data) { // more than 5%: not a page
		return nil, enc, fmt.Errorf("%w (%d control characters)", ErrBinary, n)
	}
	return bytes.ReplaceAll(data, []byte{0}, nil), enc, nil
}

// check rejects what cannot be a text or JSON article: binary data, bad
// UTF-8 (neither says what else it could be; a page does, see decodePage).
func check(data []byte) error {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%w (NUL byte at offset %d)", ErrBinary, i)
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return fmt.Errorf("%w at byte offset %d", ErrUTF8, off)
	}
	if ctrl := controlChars(data); ctrl*20 > len(data) { // more than 5% control characters
		return fmt.Errorf("%w (%d control characters)", ErrBinary, ctrl)
	}
	return nil
}

// controlChars counts the bytes below space other than line breaks, tabs
// and form feeds.
func controlChars(data []byte) int {
	n := 0
	for _, c := range data {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			n++
		}
	}
	return n
}

// Detect guesses the format of data from its file name and first bytes.
func Detect(name string, data []byte) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		return FormatJSON
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	}
	head := bytes.TrimSpace(data)
	if len(head) > 512 {
		head = head[:512]
	}
	if len(head) > 0 && head[0] == '{' {
		return FormatJSON
	}
	low := bytes.ToLower(head)
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<?xml"} {
		if bytes.HasPrefix(low, []byte(tag)) {
			return FormatHTML
		}
	}
	if len(low) > 0 && low[0] == '<' && bytes.Contains(low, []byte("<p")) {
		return FormatHTML
	}
	return FormatText
}

// readText keeps the whole file as the text, so that offsets index the file;
// the title is the first non-empty line. Page furniture stays in the text and
// is skipped by the extractor (see Furniture). The text shares data's bytes
// (see Read): a copy would hold a long article twice while it is read.
func readText(data []byte) polgraph.Article {
	text := unsafe.String(unsafe.SliceData(data), len(data))
	a := polgraph.Article{Text: text}
	for line := range strings.Lines(text) {
		if t := strings.TrimSpace(line); t != "" {
			a.Title = shortField(t)
			break
		}
	}
	return a
}

// articleID is the canonical URL's hash when there is a URL, else the text's.
func articleID(a polgraph.Article) string {
	if a.URL != nil && *a.URL != "" {
		return "url-" + shortHash(CanonicalURL(*a.URL))
	}
	return "sha-" + shortHash(a.Text)
}

func shortHash(s string) string {
	sum := texthash.SHA256(s)
	return hex.EncodeToString(sum[:8])
}

// CanonicalURL lowercases scheme and host and drops the fragment, tracking
// parameters and a trailing slash, so one page has one id.
func CanonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return strings.TrimSpace(raw)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme == "http" {
		u.Scheme = "https"
	}
	u.Host = strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	u.Fragment = ""
	q := u.Query()
	for k := range q {
		if strings.HasPrefix(k, "utm_") || k == "fbclid" || k == "gclid" {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode()
	u.Path = strings.TrimSuffix(u.Path, "/")
	return u.String()
}
