package main

import (
	"os"
	"runtime/debug"
	"sync"

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

// memoryByLongest raises the memory limit of load as longer articles are
// read: the limit follows the longest article so far, not the largest
// --max-size allows (under --max-size 64MiB, a folder of short articles
// and one of 50 MB would otherwise be given the room of a 64 MiB one).
type memoryByLongest struct {
	workers int
	mu      sync.Mutex
	longest int64
}

func (m *memoryByLongest) textRead(n int64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if n > m.longest {
		m.longest = n
		limitMemory(n, m.workers)
	}
}
