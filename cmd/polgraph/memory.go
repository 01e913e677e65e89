package main

import (
	"os"
	"runtime/debug"

	"github.com/polgraph/polgraph/loader"
)

// limitMemory bounds the heap of extract and load to loader.MemoryLimit,
// unless GOMEMLIMIT says otherwise. The limit is soft: over it the garbage
// collector works harder, it does not fail.
func limitMemory(largest int64, workers int) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(loader.MemoryLimit(largest, workers))
}
