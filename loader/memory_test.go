package loader_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/loader"
)

// TestStreamingMemoryIsBounded pipes a large JSON Lines stream (256 MB;
// POLGRAPH_STREAM_MB=1024 for the 1 GB figure of BENCHMARKS.md) into the
// loader's standard input and checks the heap stays flat. Extraction and
// the store are stand-ins that keep nothing: what is measured is the
// loader's own streaming.
func TestStreamingMemoryIsBounded(t *testing.T) {
	mb := 256
	if n, err := strconv.Atoi(os.Getenv("POLGRAPH_STREAM_MB")); err == nil && n > 0 {
		mb = n
	}
	body := strings.Repeat("The Assembly of Valdoria debated the budget late into the night. ", 60) // ~4 KB
	pr, pw := io.Pipe()
	var lines int
	go func() {
		var written int64
		for i := 0; written < int64(mb)<<20; i++ {
			n, err := fmt.Fprintf(pw, `{"id": "mem-%d", "title": "Budget debate %d", "text": %q}`+"\n", i, i, body)
			if err != nil {
				return
			}
			written += int64(n)
			lines++
		}
		pw.Close()
	}()

	var peak atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
	}()
	store := &discard{}
	l := &loader.Loader{Extractor: nothing{}, Store: store, Stdin: pr, BatchSize: 100}
	start := time.Now()
	s, err := l.Load(context.Background(), []string{"-"})
	close(stop)
	wg.Wait()
	if err != nil || s.Failed != 0 || s.Written != lines {
		t.Fatalf("Load = %+v, %v; want %d lines written", s, err, lines)
	}
	t.Logf("%d MB, %d articles in %v (%.0f MB/s); peak heap in use %d MB",
		mb, lines, time.Since(start).Round(time.Millisecond), float64(mb)/time.Since(start).Seconds(), peak.Load()>>20)
	if limit := uint64(256 << 20); peak.Load() > limit {
		t.Errorf("peak heap %d MB over %d MB: the loader holds the stream", peak.Load()>>20, limit>>20)
	}
}

type nothing struct{}

func (nothing) Extract(_ context.Context, a polgraph.Article) (*polgraph.Extraction, error) {
	return &polgraph.Extraction{Article: a}, nil
}

type discard struct{ n atomic.Int64 }

func (d *discard) WriteExtractions(_ context.Context, exs []*polgraph.Extraction) error {
	d.n.Add(int64(len(exs)))
	return nil
}

// batches records the size of each batch written.
type batches struct {
	mu    sync.Mutex
	sizes []int
}

func (b *batches) WriteExtractions(_ context.Context, exs []*polgraph.Extraction) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.sizes = append(b.sizes, len(exs))
	return nil
}

// A long article is written as soon as it is extracted, with the ordinary
// ones before it, not held until a batch fills: its results weigh as much
// as a hundred ordinary articles'.
func TestLongArticleIsWrittenAtOnce(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("The Assembly of Valdoria debated the budget late into the night. ", 20000) // 1.3 MB
	for i, text := range []string{"Short one.", "Short two.", long, "Short three.", "Short four."} {
		if err := os.WriteFile(fmt.Sprintf("%s/%d.txt", dir, i), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	store := &batches{}
	l := &loader.Loader{Extractor: nothing{}, Store: store, BatchSize: 100, Workers: 1}
	if s, err := l.Load(context.Background(), []string{dir}); err != nil || s.Written != 5 {
		t.Fatalf("Load = %+v, %v; want 5 written", s, err)
	}
	if want := []int{3, 2}; !slices.Equal(store.sizes, want) {
		t.Errorf("batches of %v, want %v: the long article ends its batch", store.sizes, want)
	}
}

// seenFirst is an extractor that records whether TextRead was told the
// length of each article's text before the article was extracted.
type seenFirst struct {
	mu   sync.Mutex
	told map[int64]bool
	late []string // articles extracted before their length was told
}

func (s *seenFirst) textRead(n int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.told[n] = true
}

func (s *seenFirst) Extract(_ context.Context, a polgraph.Article) (*polgraph.Extraction, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.told[int64(len(a.Text))] {
		s.late = append(s.late, a.ID)
	}
	return &polgraph.Extraction{Article: a}, nil
}

// polgraph load sizes its memory limit by the longest article read so far:
// TextRead hears of every article's length before its extraction starts.
func TestTextReadBeforeExtraction(t *testing.T) {
	dir := t.TempDir()
	for i, n := range []int{12, 3000, 70000} {
		text := strings.Repeat("Valdoria votes. ", n)[:n]
		if err := os.WriteFile(fmt.Sprintf("%s/%d.txt", dir, i), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	x := &seenFirst{told: map[int64]bool{}}
	l := &loader.Loader{Extractor: x, Store: &discard{}, Workers: 2, TextRead: x.textRead}
	if s, err := l.Load(context.Background(), []string{dir}); err != nil || s.Written != 3 {
		t.Fatalf("Load = %+v, %v; want 3 written", s, err)
	}
	for _, n := range []int64{12, 3000, 70000} {
		if !x.told[n] {
			t.Errorf("TextRead never told of the %d-byte article", n)
		}
	}
	if len(x.late) > 0 {
		t.Errorf("extracted before TextRead heard of them: %v", x.late)
	}
}
