package neo4jlocal

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
)

// Memory settings of the local server. Each is taken from its variable
// when set (NEO4J_HEAP_SIZE, NEO4J_PAGECACHE_SIZE: a size as Neo4j writes
// it, "2g", "512m"), else sized to the machine: a quarter of its memory for
// the heap and a quarter for the page cache, within the bounds below. The
// other half stays with the system and polgraph's own extraction workers.
// Neo4j takes the heap and the page cache as the graph needs them, not at
// start, so servers that share a machine do not claim it all at once.
const (
	minHeapMiB, maxHeapMiB           = 512, 8 << 10  // Neo4j needs about 512 MiB to run; past 8 GiB GC pauses grow
	minPageCacheMiB, maxPageCacheMiB = 256, 16 << 10 // the store files of a 1M-article graph fit in 16 GiB
	initialHeapMiB                   = 512
	fallbackMemoryMiB                = 4 << 10 // when the machine's memory cannot be read
)

// Memory is the heap and page cache sizes the server starts with.
type Memory struct {
	InitialHeap, MaxHeap, PageCache string // "2g", "512m"
}

var sizePattern = regexp.MustCompile(`^[1-9][0-9]*[kmg]$`)

// memoryFor returns the settings from the environment, or sized to a
// machine with totalMiB of memory.
func memoryFor(getenv func(string) string, totalMiB int) (Memory, error) {
	heap, page := clamp(totalMiB/4, minHeapMiB, maxHeapMiB), clamp(totalMiB/4, minPageCacheMiB, maxPageCacheMiB)
	m := Memory{MaxHeap: mib(heap), PageCache: mib(page)}
	for _, v := range []struct {
		name string
		dst  *string
	}{{"NEO4J_HEAP_SIZE", &m.MaxHeap}, {"NEO4J_PAGECACHE_SIZE", &m.PageCache}} {
		s := strings.ToLower(strings.TrimSpace(getenv(v.name)))
		if s == "" {
			continue
		}
		if !sizePattern.MatchString(s) {
			return Memory{}, fmt.Errorf("%s=%q is not a size such as 2g or 512m", v.name, getenv(v.name))
		}
		*v.dst = s
	}
	m.InitialHeap = m.MaxHeap
	if heap > initialHeapMiB && getenv("NEO4J_HEAP_SIZE") == "" {
		m.InitialHeap = mib(initialHeapMiB)
	}
	return m, nil
}

func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

// mib writes a size in MiB as Neo4j reads it: whole gibibytes as "g".
func mib(n int) string {
	if n%1024 == 0 {
		return strconv.Itoa(n/1024) + "g"
	}
	return strconv.Itoa(n) + "m"
}

// machineMiB is the machine's memory from /proc/meminfo, or a fallback
// where there is none (not Linux).
func machineMiB() int {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return fallbackMemoryMiB
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
			if kb, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB")); err == nil {
				return kb / 1024
			}
		}
	}
	return fallbackMemoryMiB
}
