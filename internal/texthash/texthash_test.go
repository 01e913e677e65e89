package texthash

import (
	"crypto/sha256"
	"strings"
	"testing"
)

func TestSHA256(t *testing.T) {
	for _, s := range []string{"", "a", strings.Repeat("Varnholm ", 10000)} { // empty, short, several buffers
		if got, want := SHA256(s), sha256.Sum256([]byte(s)); got != want {
			t.Errorf("SHA256 of %d bytes = %x, want %x", len(s), got, want)
		}
	}
}

func TestSHA256DoesNotCopy(t *testing.T) {
	s := strings.Repeat("x", 1<<20)
	if n := testing.AllocsPerRun(5, func() { SHA256(s) }); n > 2 {
		t.Errorf("SHA256 of 1 MiB: %v allocations, want at most 2 (the hash state), not a copy of the text", n)
	}
}
