package neo4jlocal

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMemoryFor(t *testing.T) {
	for _, tt := range []struct {
		name    string
		env     map[string]string
		total   int // MiB
		want    Memory
		wantErr bool
	}{
		{"small machine: the minimums", nil, 1024, Memory{InitialHeap: "512m", MaxHeap: "512m", PageCache: "256m"}, false},
		{"24 GiB: a quarter each", nil, 24 << 10, Memory{InitialHeap: "512m", MaxHeap: "6g", PageCache: "6g"}, false},
		{"odd size in MiB", nil, 10000, Memory{InitialHeap: "512m", MaxHeap: "2500m", PageCache: "2500m"}, false},
		{"256 GiB: the maximums", nil, 256 << 10, Memory{InitialHeap: "512m", MaxHeap: "8g", PageCache: "16g"}, false},
		{"from the variables", map[string]string{"NEO4J_HEAP_SIZE": "3G", "NEO4J_PAGECACHE_SIZE": "700m"}, 24 << 10,
			Memory{InitialHeap: "3g", MaxHeap: "3g", PageCache: "700m"}, false},
		{"bad heap", map[string]string{"NEO4J_HEAP_SIZE": "lots"}, 24 << 10, Memory{}, true},
		{"bad page cache", map[string]string{"NEO4J_PAGECACHE_SIZE": "0g"}, 24 << 10, Memory{}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := memoryFor(func(k string) string { return tt.env[k] }, tt.total)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Errorf("memoryFor = %+v, %v; want %+v, error %v", got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestConfCarriesMemory(t *testing.T) {
	s, err := NewServer(t.TempDir(), func(k string) string {
		return map[string]string{"NEO4J_HEAP_SIZE": "1g", "NEO4J_PAGECACHE_SIZE": "300m"}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.writeConf(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(s.home(), "conf", "neo4j.conf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"server.memory.heap.initial_size=1g\n", "server.memory.heap.max_size=1g\n", "server.memory.pagecache.size=300m\n"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("neo4j.conf lacks %q:\n%s", want, b)
		}
	}
}
