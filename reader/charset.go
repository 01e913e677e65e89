package reader

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// ErrCharset is a page in a character set polgraph cannot decode.
var ErrCharset = errors.New("cannot decode character set")

// Encoding is how a page's bytes were decoded, for messages and polgraph read.
type Encoding struct {
	Name string `json:"name"` // WHATWG name: "utf-8", "windows-1252", "shift_jis"…
	How  string `json:"how"`  // "bom", "utf-8" (valid as is), "declared", "guessed"
}

// declScan is how much of a page is searched for a charset declaration.
// Browsers stop at 1024 bytes; real pages put scripts and styles first and
// declare later, and looking further costs nothing when the page is UTF-8.
const declScan = 64 << 10

// utf16BOM decodes a UTF-16 page with a byte-order mark, whatever its
// format: such a file has NUL bytes in every other place, which must not read
// as binary. ok is false when data has no UTF-16 BOM.
func utf16BOM(data []byte) (out []byte, enc Encoding, ok bool, err error) {
	var e encoding.Encoding
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		e, enc.Name = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "utf-16le"
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		e, enc.Name = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "utf-16be"
	default:
		return data, Encoding{}, false, nil
	}
	enc.How = "bom"
	if len(data)%2 != 0 {
		return nil, enc, true, fmt.Errorf("%w %s: odd number of bytes (%d)", ErrCharset, enc.Name, len(data))
	}
	out, err = e.NewDecoder().Bytes(data)
	if err != nil {
		return nil, enc, true, fmt.Errorf("%w %s: %w", ErrCharset, enc.Name, err)
	}
	return out, enc, true, nil
}

// decodeHTML turns a page's bytes into UTF-8, in the order that reads the
// most pages as their authors meant them:
//  1. valid UTF-8 is UTF-8, whatever the page declares: pages that declare
//     ISO-8859-1 and are UTF-8 are common, the reverse with high bytes that
//     happen to form valid UTF-8 sequences almost never happens;
//  2. a declared character set (meta charset, http-equiv, XML declaration);
//  3. bytes declared UTF-8 with some valid sequences among broken ones, or
//     undeclared bytes that are mostly UTF-8, stay UTF-8, the broken bytes
//     replaced with U+FFFD, as a browser shows them;
//  4. anything else is windows-1252, the browsers' default for an
//     undeclared page, which decodes every byte.
//
// Only a declared encoding that no browser decodes either (the WHATWG
// "replacement" encodings such as ISO-2022-KR) is refused.
func decodeHTML(data []byte) ([]byte, Encoding, error) {
	decl, label := declaredCharset(data)
	if utf8.Valid(data) && !sevenBitEncoding(decl) {
		return data, Encoding{"utf-8", "utf-8"}, nil
	}
	switch decl {
	case "", "utf-8":
	case "replacement":
		return nil, Encoding{label, "declared"}, fmt.Errorf("%w %q (declared; no browser decodes it either)", ErrCharset, label)
	default:
		e, name := charset.Lookup(decl)
		out, err := e.NewDecoder().Bytes(data)
		if err != nil {
			return nil, Encoding{name, "declared"}, fmt.Errorf("%w %s (declared): %w", ErrCharset, name, err)
		}
		return out, Encoding{name, "declared"}, nil
	}
	valid, invalid := utf8Sequences(data)
	if (decl == "utf-8" && valid > 0) || valid > invalid {
		how := "guessed"
		if decl == "utf-8" {
			how = "declared"
		}
		return []byte(strings.ToValidUTF8(string(data), "\uFFFD")), Encoding{"utf-8", how}, nil
	}
	e, name := charset.Lookup("windows-1252")
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return nil, Encoding{name, "guessed"}, fmt.Errorf("%w %s (guessed): %w", ErrCharset, name, err)
	}
	return out, Encoding{name, "guessed"}, nil
}

// sevenBitEncoding is an encoding whose bytes are all ASCII, so that valid
// UTF-8 says nothing against it.
func sevenBitEncoding(name string) bool {
	return name == "iso-2022-jp"
}

// utf8Sequences counts data's valid multi-byte UTF-8 sequences and its
// bytes that are no part of one. More valid than invalid is a UTF-8 page
// with a few bytes pasted in from elsewhere; none valid is a legacy page,
// whatever it declares.
func utf8Sequences(data []byte) (valid, invalid int) {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			invalid++
		} else {
			valid++
		}
		i += n
	}
	return valid, invalid
}

var xmlEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)

// declaredCharset finds the character set a page declares in its head: an
// XML declaration, <meta charset> or <meta http-equiv="Content-Type">. name
// is the WHATWG name ("utf-8", "windows-1252", "replacement"), "" when
// nothing or nothing known is declared (browsers ignore a label they do not
// know, and so does polgraph); label is what the page wrote.
func declaredCharset(data []byte) (name, label string) {
	head := data
	if len(head) > declScan {
		head = head[:declScan]
	}
	if m := xmlEncoding.FindSubmatch(head); m != nil {
		label = string(m[1])
		if _, n := charset.Lookup(label); n != "" {
			return utf16IsUTF8(n), label
		}
	}
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return "", label
		case html.StartTagToken, html.SelfClosingTagToken:
			tag, hasAttr := z.TagName()
			if string(tag) == "body" {
				return "", label
			}
			if string(tag) != "meta" || !hasAttr {
				continue
			}
			if l := metaCharset(z); l != "" {
				label = l
				if _, n := charset.Lookup(l); n != "" {
					return utf16IsUTF8(n), label
				}
			}
		}
	}
}

// utf16IsUTF8: a page that says it is UTF-16 in ASCII bytes is not UTF-16
// (the HTML standard reads such a declaration as UTF-8).
func utf16IsUTF8(name string) string {
	if strings.HasPrefix(name, "utf-16") {
		return "utf-8"
	}
	return name
}

// metaCharset is the charset label of the meta tag z is on, or "".
func metaCharset(z *html.Tokenizer) string {
	var charsetAttr, content string
	pragma := false
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		switch strings.ToLower(string(k)) {
		case "charset":
			charsetAttr = strings.TrimSpace(string(v))
		case "http-equiv":
			pragma = strings.EqualFold(strings.TrimSpace(string(v)), "content-type")
		case "content":
			content = string(v)
		}
	}
	if charsetAttr != "" {
		return charsetAttr
	}
	if pragma {
		return charsetOfContentType(content)
	}
	return ""
}

// charsetOfContentType is the charset parameter of "text/html; charset=X".
func charsetOfContentType(s string) string {
	i := strings.Index(strings.ToLower(s), "charset")
	if i < 0 {
		return ""
	}
	s = strings.TrimLeft(s[i+len("charset"):], " \t\r\n\f")
	if !strings.HasPrefix(s, "=") {
		return ""
	}
	s = strings.Trim(strings.TrimLeft(s[1:], " \t\r\n\f"), `"'`)
	if end := strings.IndexAny(s, `;"' `+"\t\r\n\f"); end >= 0 {
		s = s[:end]
	}
	return s
}
