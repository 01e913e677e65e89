package entity

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Features are 32-bit keys hashed from a template id and the values it
// combines, as in package parse (whose helpers are unexported, hence this
// copy). The hash has no per-process seed because the keys are stored in
// the model file.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashBytes is FNV-1a.
func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix combines two 64-bit values (the wyhash multiply-fold).
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a^0xa0761d6478bd642f, b^0xe7037ed1a0b428db)
	return hi ^ lo
}

// key folds a combined hash to a feature key; 0 marks an empty table slot.
func key(h uint64) uint32 {
	k := uint32(h>>32) ^ uint32(h)
	if k == 0 {
		k = 1
	}
	return k
}

func key1(t, a uint64) uint32       { return key(mix(t, a)) }
func key2(t, a, b uint64) uint32    { return key(mix(mix(t, a), b)) }
func key3(t, a, b, c uint64) uint32 { return key(mix(mix(mix(t, a), b), c)) }

// lowerInto appends the lower-cased, apostrophe- and quote-normalised form
// of w to buf: "Don’t" and "don't" look the same to the features.
func lowerInto(buf []byte, w string) []byte {
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

// suffixStart returns where the last k runes of b start.
func suffixStart(b []byte, k int) int {
	i := len(b)
	for ; k > 0 && i > 0; k-- {
		_, n := utf8.DecodeLastRune(b[:i])
		i -= n
	}
	return i
}

// prefixEnd returns where the first k runes of b end.
func prefixEnd(b []byte, k int) int {
	i := 0
	for ; k > 0 && i < len(b); k-- {
		_, n := utf8.DecodeRune(b[i:])
		i += n
	}
	return i
}
