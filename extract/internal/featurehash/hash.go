// Package featurehash hashes the features of polgraph's perceptron models
// (the tagger and parser of extract/parse, the name tagger of
// extract/entity) into the fixed keys their model files store.
package featurehash

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Features are 32-bit keys hashed from a template id and the values it
// combines. The hash is fixed (no per-process seed) because the keys are
// stored in the model file.

const (
	Offset = 14695981039346656037
	Prime  = 1099511628211
)

// Bytes is FNV-1a.
func Bytes(b []byte) uint64 {
	h := uint64(Offset)
	for _, c := range b {
		h ^= uint64(c)
		h *= Prime
	}
	return h
}

func String(s string) uint64 {
	h := uint64(Offset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= Prime
	}
	return h
}

// Mix combines two 64-bit values (the wyhash multiply-fold).
func Mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a^0xa0761d6478bd642f, b^0xe7037ed1a0b428db)
	return hi ^ lo
}

// Key folds a combined hash to a feature key; 0 marks an empty table slot.
func Key(h uint64) uint32 {
	k := uint32(h>>32) ^ uint32(h)
	if k == 0 {
		k = 1
	}
	return k
}

func Key1(t, a uint64) uint32       { return Key(Mix(t, a)) }
func Key2(t, a, b uint64) uint32    { return Key(Mix(Mix(t, a), b)) }
func Key3(t, a, b, c uint64) uint32 { return Key(Mix(Mix(Mix(t, a), b), c)) }

// LowerInto appends the lower-cased, apostrophe- and quote-normalised form
// of w to buf: "Don’t" and "don't" look the same to the features.
func LowerInto(buf []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		switch r {
		case '’', '‘', 'ʼ', '`', '´':
			buf = append(buf, '\'')
		case '“', '”', '„', '«', '»':
			buf = append(buf, '"')
		default:
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	return buf
}

// SuffixStart returns where the last k runes of b start.
func SuffixStart(b []byte, k int) int {
	i := len(b)
	for ; k > 0 && i > 0; k-- {
		_, n := utf8.DecodeLastRune(b[:i])
		i -= n
	}
	return i
}

// PrefixEnd returns where the first k runes of b end.
func PrefixEnd(b []byte, k int) int {
	i := 0
	for ; k > 0 && i < len(b); k-- {
		_, n := utf8.DecodeRune(b[i:])
		i += n
	}
	return i
}

// Shape hashes the word shape: X for upper case, x for lower case, d
// for digits, other characters as themselves, runs cut at two
// ("Varga" → "Xxx", "U.S." → "X.X.", "2019-20" → "dd-dd").
func Shape(w string) uint64 {
	h := uint64(Offset)
	var prev rune
	run := 0
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case unicode.IsLetter(r):
			c = 'l'
		default:
			c = r
		}
		if c == prev {
			run++
			if run >= 2 {
				continue
			}
		} else {
			run = 0
		}
		prev = c
		h ^= uint64(c)
		h *= Prime
	}
	return h
}
