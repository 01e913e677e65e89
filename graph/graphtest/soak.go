package graphtest

import "os"

// Soak is long under `make soak` (POLGRAPH_SOAK set), else short: the
// size of a fault test, small enough for `make test` in CI and large
// enough under soak to reach the rare interleavings.
func Soak(short, long int) int {
	if os.Getenv("POLGRAPH_SOAK") != "" {
		return long
	}
	return short
}
