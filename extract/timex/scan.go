package timex

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	kWord = iota + 1
	kNum
	kPunct
)

// token is one word, digit group or punctuation mark of the text. It is
// kept small: a 5 MB text makes about a million of them.
type token struct {
	start, end int32
	num        int32 // value of a kNum token, capped at 1e9
	digits     int16 // number of digits of a kNum token without separators
	kind       int8
	space      bool   // whitespace (or the start of text) precedes the token
	para       bool   // a line break precedes the token
	low        string // lower-cased word, or the text of a number or mark
}

// scan splits text into tokens. Numbers keep thousands separators
// ("1,000") so that they are never mistaken for years; everything that is
// neither a letter nor a digit nor a space is a one-rune punctuation token.
func scan(text string) []token {
	toks := make([]token, 0, len(text)/5+1)
	space, para := true, false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r':
				space = true
				i++
				continue
			case c == '\n':
				space, para = true, true
				i++
				continue
			case c >= '0' && c <= '9':
				j, n := i, 0
				for j < len(text) && text[j] >= '0' && text[j] <= '9' {
					if n < 1e9 {
						n = n*10 + int(text[j]-'0')
					}
					j++
				}
				d := j - i
				// A comma followed by exactly three digits groups thousands;
				// such a number is a count, never a year.
				for d <= 3 && j+4 <= len(text) && text[j] == ',' && isDigits(text[j+1:j+4]) &&
					(j+4 == len(text) || text[j+4] < '0' || text[j+4] > '9') {
					if n < 1e9 {
						n = n*1000 + int(text[j+1]-'0')*100 + int(text[j+2]-'0')*10 + int(text[j+3]-'0')
					}
					d = 0
					j += 4
				}
				toks = append(toks, token{start: int32(i), end: int32(j), kind: kNum, space: space, para: para, digits: int16(min(d, 1<<14)), num: int32(min(n, 1e9)), low: text[i:j]})
				space, para = false, false
				i = j
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				// fall through to the word scanner below
			default:
				toks = append(toks, token{start: int32(i), end: int32(i + 1), kind: kPunct, space: space, para: para, low: text[i : i+1]})
				space, para = false, false
				i++
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isLetter(r) {
			if unicode.IsSpace(r) {
				space = true
				if r == '\u2028' || r == '\u2029' || r == '\u0085' {
					para = true
				}
			} else {
				toks = append(toks, token{start: int32(i), end: int32(i + size), kind: kPunct, space: space, para: para, low: text[i : i+size]})
				space, para = false, false
			}
			i += size
			continue
		}
		j := i + size
		upper := r < utf8.RuneSelf && c >= 'A' && c <= 'Z' || r >= utf8.RuneSelf
		for j < len(text) {
			c := text[j]
			if c < utf8.RuneSelf {
				if c >= 'a' && c <= 'z' {
					j++
					continue
				}
				if c >= 'A' && c <= 'Z' {
					upper = true
					j++
					continue
				}
				break
			}
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isLetter(r) {
				break
			}
			upper = true
			j += size
		}
		w := text[i:j]
		low := w
		if upper {
			low = lower(w)
		}
		toks = append(toks, token{start: int32(i), end: int32(j), kind: kWord, space: space, para: para, low: low})
		space, para = false, false
		i = j
	}
	return toks
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}

// lower lower-cases ASCII letters and leaves other runes alone; the lexicon
// is ASCII, so a full Unicode fold would only cost time.
func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
