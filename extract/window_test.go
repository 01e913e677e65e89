package extract

import (
	"context"
	"fmt"
	"maps"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/synth"
)

// withWindow runs f with windowBytes set to n.
func withWindow(t *testing.T, n int, f func()) {
	t.Helper()
	old := windowBytes
	windowBytes = n
	defer func() { windowBytes = old }()
	f()
}

func TestWindowEnd(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		window     int
		want       string // the first window
	}{
		{"short text: whole", "Oskar Brannlund resigned.", 100, "Oskar Brannlund resigned."},
		{"after the last line break", "First line.\nSecond line is longer.\nThird", 30, "First line.\n"},
		{"at the last sentence start", "Ilsa Brandtvik met Tomas Oderlund. Brannlund resigned. He left", 60, "Ilsa Brandtvik met Tomas Oderlund. Brannlund resigned. "},
		{"Mr. is no sentence end", "Ilsa met Mr. Oderlund in Varnholm on Monday", 20, "Ilsa met Mr."},
		{"at the last space", "a b c d e f g h i j k l m", 10, "a b c d e"},
		{"between characters", "ééééééééé", 5, "éé"},
	} {
		withWindow(t, tc.window, func() {
			got := tc.text[:extractor.windowEnd(tc.text, 0)]
			if got != tc.want {
				t.Errorf("%s: first window %q, want %q", tc.name, got, tc.want)
			}
		})
	}
}

// A text of identical self-contained paragraphs extracted in windows of a
// few paragraphs gives what it gives whole: the same entities with the same
// mentions, events and relations, once each; every offset indexes the
// whole text. Paragraphs are joined with spaces, as in a one-line text, so
// windows end at sentence starts.
func TestWindowsMergeAsOneText(t *testing.T) {
	para := "Minister Oskar Brannlund of the Amber Union met Ilsa Brandtvik in Varnholm on 12 March 2021. " +
		"Brannlund, who represents Northgate in the National Assembly of Valdoria, has been a member of the Amber Union since 2005. " +
		"Police arrested Tomas Oderlund in Varnholm on Sunday. Brandtvik criticised the arrest. "
	a := polgraph.Article{ID: "windows", Title: "Brannlund meets Brandtvik", Text: strings.Repeat(para, 12), PublishedAt: "2021-03-20"}
	whole, err := extractor.Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	var windowed *polgraph.Extraction
	withWindow(t, 3*len(para)+len(para)/2, func() { // 3 and a half paragraphs: cuts inside them
		windowed, err = extractor.Extract(context.Background(), a)
	})
	if err != nil {
		t.Fatal(err)
	}
	checkSpan := func(what string, s polgraph.Span) {
		if s.Start < 0 || s.End > len(a.Text) || s.Start > s.End || a.Text[s.Start:s.End] != s.Text {
			t.Errorf("%s: span %d-%d %q does not index the text", what, s.Start, s.End, s.Text)
		}
	}
	mentions := func(x *polgraph.Extraction) map[string]int {
		n := map[string]int{}
		for _, e := range x.Entities {
			if _, dup := n[e.ID]; dup {
				t.Errorf("entity %s listed twice", e.ID)
			}
			n[e.ID] = len(e.Mentions)
			if !slices.IsSortedFunc(e.Mentions, func(a, b polgraph.Span) int { return a.Start - b.Start }) {
				t.Errorf("entity %s: mentions out of text order", e.ID)
			}
			for _, m := range e.Mentions {
				checkSpan(e.ID, m)
			}
		}
		return n
	}
	if got, want := mentions(windowed), mentions(whole); !maps.Equal(got, want) {
		t.Errorf("entities and their mention counts:\nwindowed %v\nwhole    %v", got, want)
	}
	events := func(x *polgraph.Extraction) []string {
		var ids []string
		for _, ev := range x.Events {
			checkSpan(ev.ID, ev.Evidence)
			ids = append(ids, ev.ID+" "+ev.Type)
		}
		return ids
	}
	if got, want := events(windowed), events(whole); !slices.Equal(got, want) {
		t.Errorf("events:\nwindowed %v\nwhole    %v", got, want)
	}
	relations := func(x *polgraph.Extraction) []string {
		var keys []string
		for _, r := range x.Relations {
			checkSpan(r.Type, r.Evidence)
			keys = append(keys, r.Type+" "+r.From+" "+r.To)
		}
		return keys
	}
	if got, want := relations(windowed), relations(whole); !slices.Equal(got, want) {
		t.Errorf("relations:\nwindowed %v\nwhole    %v", got, want)
	}
	times := func(x *polgraph.Extraction) []string {
		var out []string
		for _, tm := range x.Times {
			checkSpan("time", polgraph.Span{Start: tm.Start, End: tm.End, Text: tm.Text})
			v := "none"
			if tm.Value != nil {
				v = *tm.Value
			}
			out = append(out, fmt.Sprintf("%d-%d %s", tm.Start, tm.End, v))
		}
		return out
	}
	if got, want := times(windowed), times(whole); !slices.Equal(got, want) {
		t.Errorf("times and their values:\nwindowed %v\nwhole    %v", got, want)
	}
}

// The heap an extraction needs grows with the text by about the text and
// what is extracted from it, not by the 75 bytes a byte it took when every
// token, mention and parse of the whole article was held at once (some
// 110 MB for the 1.5 MB here). The windows are extract's own (three of
// 512 KiB here). What is measured is the live heap each collection finds
// (/gc/heap/live:bytes), not the heap's high-water mark: the mark counts
// garbage not yet collected, which grows when the collector is short of
// CPU (it went from 33 to 51 MB under CI's load on unchanged code). The
// bound is twice the text and 40 MB, which one window's work (27-34 MB
// live, also under load) fits and windows of 1 MiB (49-59 MB) would not.
// The collector is told to collect often (GOGC 25) so that the live heap
// is sampled often.
func TestMemoryPerArticleIsBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	seed := seedArticle(t)
	if _, err := extractor.Extract(context.Background(), seed); err != nil { // load the models first
		t.Fatal(err)
	}
	var b strings.Builder
	for b.Len() < 3<<19 {
		b.WriteString(seed.Text)
		b.WriteString("\n")
	}
	big := seed
	big.Text = b.String()

	defer debug.SetGCPercent(debug.SetGCPercent(25))
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	runtime.GC()
	metrics.Read(live)
	base := live[0].Value.Uint64()
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				metrics.Read(s)
				if v := s[0].Value.Uint64(); v > peak.Load() {
					peak.Store(v)
				}
			}
		}
	}()
	var x *polgraph.Extraction
	var err error
	x, err = extractor.Extract(context.Background(), big)
	close(done)
	if err != nil {
		t.Fatal(err)
	}
	runtime.KeepAlive(x)
	grew := int64(peak.Load()) - int64(base)
	size := int64(len(big.Text))
	bound := 2*size + 40<<20
	t.Logf("%d KB of text: live heap grew %d MB at most (bound %d MB); %d entities, %d events", size>>10, grew>>20, bound>>20, len(x.Entities), len(x.Events))
	if grew > bound {
		t.Errorf("extracting %d KB grew the live heap by %d MB, over %d MB (twice the text and 40 MB)", size>>10, grew>>20, bound>>20)
	}
}

// BenchmarkLongArticleMemory extracts a 3 MB one-line article (fictional
// news stories from synth joined by spaces, as the 50 MB article of
// BENCHMARKS.md: six windows) and reports how much the heap grew: at
// most while extracting (peak-MB: the results so far and one window's
// work, about 25 MB) and after (result-B/text-B: what is extracted, per
// byte of text). BENCHMARKS.md, "Work and memory per article", has the
// figures; a rise in either is a regression of memory per article.
func BenchmarkLongArticleMemory(b *testing.B) {
	seed := seedArticle(b)
	if _, err := extractor.Extract(context.Background(), seed); err != nil { // load the models first
		b.Fatal(err)
	}
	var sb strings.Builder
	for g := synth.New(1, "mem"); sb.Len() < 3e6; {
		sb.WriteString(strings.ReplaceAll(g.Next().Article.Text, "\n", " "))
		sb.WriteString(" ")
	}
	big := polgraph.Article{ID: "long", Text: sb.String(), PublishedAt: "2023-03-23"}
	size := float64(len(big.Text))
	objects := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	heapObjects := func() uint64 { metrics.Read(objects); return objects[0].Value.Uint64() }
	defer debug.SetGCPercent(debug.SetGCPercent(10)) // the high-water mark near what is live
	b.SetBytes(int64(len(big.Text)))
	var peakGrowth, resultRatio float64
	for b.Loop() {
		runtime.GC()
		base := heapObjects()
		var peak atomic.Uint64
		done := make(chan struct{})
		go func() {
			tick := time.NewTicker(time.Millisecond)
			defer tick.Stop()
			s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
			for {
				select {
				case <-done:
					return
				case <-tick.C:
					metrics.Read(s)
					peak.Store(max(peak.Load(), s[0].Value.Uint64()))
				}
			}
		}()
		x, err := extractor.Extract(context.Background(), big)
		close(done)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		result := heapObjects()
		runtime.KeepAlive(x)
		peakGrowth = max(peakGrowth, float64(peak.Load()-min(peak.Load(), base))/1e6)
		resultRatio = max(resultRatio, float64(result-min(result, base))/size)
	}
	b.ReportMetric(peakGrowth, "peak-MB")
	b.ReportMetric(resultRatio, "result-B/text-B")
}

// A long article's merged mentions give back the offsets added, in the
// order added (a window need not list them in order), and take a few
// bytes a mention: windows of a text of synth stories, whose million
// mentions in 50 MB were the largest part of the merged results at 8 bytes
// a mention (two 32-bit offsets).
func TestMergedMentionsAreCompact(t *testing.T) {
	text := strings.Repeat("Ilsa Brandtvik met Tomas Oderlund. ", 4000)
	for _, tc := range []struct {
		name  string
		spans [][2]int
	}{
		{"none", nil},
		{"in order", [][2]int{{0, 14}, {19, 33}, {35, 49}}},
		{"out of order", [][2]int{{54, 68}, {35, 49}, {0, 14}, {70, 84}}},
		{"far apart", [][2]int{{19, 33}, {len(text) - 16, len(text) - 2}, {35, 49}}},
	} {
		var l spanList
		var want []polgraph.Span
		for _, s := range tc.spans {
			l.add(s[0], s[1])
			want = append(want, polgraph.Span{Start: s[0], End: s[1], Text: text[s[0]:s[1]]})
		}
		if got := l.spans(text); !slices.Equal(got, want) {
			t.Errorf("%s: spans %v, want %v", tc.name, got, want)
		}
	}

	var sb strings.Builder
	for g := synth.New(1, "compact"); sb.Len() < 200_000; {
		sb.WriteString(strings.ReplaceAll(g.Next().Article.Text, "\n", " "))
		sb.WriteString(" ")
	}
	a := polgraph.Article{ID: "long", Text: sb.String(), PublishedAt: "2023-03-23"}
	withWindow(t, 40_000, func() {
		x, err := extractor.ExtractCompact(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		var n, size int
		for _, l := range x.mentions {
			n, size = n+l.n, size+len(l.code)
		}
		if n < 1000 {
			t.Fatalf("%d mentions in %d KB: the test tests nothing", n, len(a.Text)>>10)
		}
		per := float64(size) / float64(n)
		t.Logf("%d mentions, %.2f bytes each", n, per)
		if per > 4 {
			t.Errorf("%d mentions take %.1f bytes each, over 4", n, per)
		}
	})
}
