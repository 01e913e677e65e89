// Package reader turns one article file (plain text, JSON or HTML) into a polgraph.Article.
package reader

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/polgraph/polgraph"
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
func Read(name string, data []byte, format string) (polgraph.Article, error) {
	if name == "" {
		name = "-"
	}
	if err := check(data); err != nil {
		return polgraph.Article{}, fmt.Errorf("read %s: %w", name, err)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a BOM is not text
	if format == "" || format == FormatAuto {
		format = Detect(name, data)
	}
	var (
		a   polgraph.Article
		err error
	)
	switch format {
	case FormatText:
		a = readText(data)
	case FormatJSON:
		a, err = readJSON(data)
	case FormatHTML:
		a, err = readHTML(data)
	default:
		err = fmt.Errorf("%w %q (want auto, text, json or html)", ErrFormat, format)
	}
	if err != nil {
		return polgraph.Article{}, fmt.Errorf("read %s: %w", name, err)
	}
	if strings.TrimSpace(a.Text) == "" {
		return polgraph.Article{}, fmt.Errorf("read %s: %w", name, ErrNoText)
	}
	if a.ID == "" {
		a.ID = articleID(a)
	}
	return a, nil
}

// check rejects what cannot be an article: nothing, binary data, bad UTF-8.
func check(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return ErrEmpty
	}
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
	ctrl := 0
	for _, c := range data {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	if ctrl*20 > len(data) { // more than 5% control characters
		return fmt.Errorf("%w (%d control characters)", ErrBinary, ctrl)
	}
	return nil
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
// is skipped by the extractor (see Furniture).
func readText(data []byte) polgraph.Article {
	text := string(data)
	a := polgraph.Article{Text: text}
	for line := range strings.Lines(text) {
		if t := strings.TrimSpace(line); t != "" {
			a.Title = t
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
	sum := sha256.Sum256([]byte(s))
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
