// Package texthash hashes article texts without copying them: a []byte(s)
// conversion of a 50 MB text is another 50 MB held while it is hashed.
package texthash

import (
	"crypto/sha256"
	"hash"
)

// Write writes s to h through a small buffer.
func Write(h hash.Hash, s string) {
	var buf [32 << 10]byte
	for len(s) > 0 {
		n := copy(buf[:], s)
		h.Write(buf[:n])
		s = s[n:]
	}
}

// SHA256 is sha256.Sum256([]byte(s)).
func SHA256(s string) [sha256.Size]byte {
	h := sha256.New()
	Write(h, s)
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum
}
