package graph_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/synth"
)

// envInt reads a positive integer setting, or def.
func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

// BenchmarkWriteWithHistory measures what an article costs to write when
// the people it is about already have a history: two synthetic worlds, one
// fresh and one whose people already appear in POLGRAPH_BENCH_HISTORY
// articles (default 5,000; its head of government's facts are supported by
// thousands), each then given the same POLGRAPH_BENCH_ARTICLES more
// (default 1,000), in batches of benchBatch(), alternating batch by batch
// so both see the same load on a shared machine. With a write cost that
// does not grow with history, "history/new" stays near 1. Run with
// -benchtime=1x; both worlds are unloaded afterwards.
func BenchmarkWriteWithHistory(b *testing.B) {
	db := graphtest.Open(b)
	ctx := context.Background()
	history, n, size := envInt("POLGRAPH_BENCH_HISTORY", 5000), envInt("POLGRAPH_BENCH_ARTICLES", 1000), benchBatch()
	for b.Loop() {
		b.StopTimer()
		r := make([]byte, 4)
		rand.Read(r)
		stamp := hex.EncodeToString(r)
		fresh := synth.New(1, "zz-bench-new-"+stamp+"/")
		old := synth.New(1, "zz-bench-old-"+stamp+"/")
		var written []*polgraph.Extraction
		next := func(g *synth.Generator, k int) []*polgraph.Extraction {
			exs := make([]*polgraph.Extraction, k)
			for i := range exs {
				exs[i] = g.Next()
			}
			written = append(written, exs...)
			return exs
		}
		for i := 0; i < history; i += size {
			if err := db.WriteExtractions(ctx, next(old, min(size, history-i))); err != nil {
				b.Fatal(err)
			}
		}
		var tNew, tOld time.Duration
		b.StartTimer()
		for i := 0; i < n; i += size {
			k := min(size, n-i)
			for _, w := range []struct {
				g *synth.Generator
				t *time.Duration
			}{{fresh, &tNew}, {old, &tOld}} {
				exs := next(w.g, k)
				start := time.Now()
				if err := db.WriteExtractions(ctx, exs); err != nil {
					b.Fatal(err)
				}
				*w.t += time.Since(start)
			}
		}
		b.StopTimer()
		b.ReportMetric(float64(n)/tNew.Seconds(), "new-articles/s")
		b.ReportMetric(float64(n)/tOld.Seconds(), fmt.Sprintf("history%d-articles/s", history))
		b.ReportMetric(tNew.Seconds()/tOld.Seconds(), "history/new")
		unload(b, db, written)
		b.StartTimer()
	}
}

// BenchmarkWriteEventWithHistory measures what a report of an event costs
// to write when the event already has POLGRAPH_BENCH_EVENT_HISTORY reports
// (default 5,000) against a report of an event no article reported
// before. One person is the agent of both: the hot event, reported by
// every article of the history, and one new event per article (each dated
// to its own day, so none merges with another). Then POLGRAPH_BENCH_ARTICLES
// more articles of each (default 1,000), in batches of benchBatch(),
// alternating batch by batch. With a write cost that does not grow with an
// event's reports, "history/new" stays near 1. Run with -benchtime=1x; the
// articles are unloaded afterwards.
func BenchmarkWriteEventWithHistory(b *testing.B) {
	db := graphtest.Open(b)
	ctx := context.Background()
	history, n, size := envInt("POLGRAPH_BENCH_EVENT_HISTORY", 5000), envInt("POLGRAPH_BENCH_ARTICLES", 1000), benchBatch()
	for b.Loop() {
		b.StopTimer()
		r := make([]byte, 4)
		rand.Read(r)
		w := eventWorld{stamp: hex.EncodeToString(r)}
		var written []*polgraph.Extraction
		next := func(hot bool, k int) []*polgraph.Extraction {
			exs := make([]*polgraph.Extraction, k)
			for i := range exs {
				exs[i] = w.article(hot)
			}
			written = append(written, exs...)
			return exs
		}
		for i := 0; i < history; i += size {
			if err := db.WriteExtractions(ctx, next(true, min(size, history-i))); err != nil {
				b.Fatal(err)
			}
		}
		var tNew, tOld []time.Duration // per batch
		b.StartTimer()
		for i := 0; i < n; i += size {
			k := min(size, n-i)
			for _, side := range []struct {
				hot bool
				t   *[]time.Duration
			}{{false, &tNew}, {true, &tOld}} {
				exs := next(side.hot, k)
				start := time.Now()
				if err := db.WriteExtractions(ctx, exs); err != nil {
					b.Fatal(err)
				}
				*side.t = append(*side.t, time.Since(start))
			}
		}
		b.StopTimer()
		newRate, oldRate := float64(n)/sum(tNew).Seconds(), float64(n)/sum(tOld).Seconds()
		b.ReportMetric(newRate, "new-event-articles/s")
		b.ReportMetric(oldRate, fmt.Sprintf("event%d-articles/s", history))
		b.ReportMetric(oldRate/newRate, "history/new")
		// A stall of the shared machine in one batch moves the totals; the
		// median batch does not.
		b.ReportMetric(median(tNew).Seconds()/median(tOld).Seconds(), "history/new-median-batch")
		unload(b, db, written)
		b.StartTimer()
	}
}

// eventWorld writes articles, each reporting one resignation of one
// fictional minister: the same one (hot), or one of its own.
type eventWorld struct {
	stamp string
	n     int // articles so far
}

func (w *eventWorld) article(hot bool) *polgraph.Extraction {
	w.n++
	const name = "Orla Vennick"
	day := time.Date(2031, 5, 4, 0, 0, 0, 0, time.UTC)
	eventID := "event/zz-bench-hot-" + w.stamp
	if !hot {
		day = day.AddDate(0, 0, w.n) // its own day: never merges
		eventID = fmt.Sprintf("event/zz-bench-new-%s-%d", w.stamp, w.n)
	}
	date := day.Format(time.DateOnly)
	sentence := name + " resigned on " + day.Format("2 January 2006") + "."
	published := day.AddDate(0, 0, 1+w.n/100).Format(time.DateOnly)
	person := "person/zz-bench-vennick-" + w.stamp
	return &polgraph.Extraction{
		Article: polgraph.Article{ID: fmt.Sprintf("zz-bench-ev-%s/%d", w.stamp, w.n), Title: "Resignation",
			PublishedAt: published, Text: sentence},
		Entities: []polgraph.Entity{{ID: person, Kind: polgraph.KindPerson, Name: name,
			Mentions: []polgraph.Span{{Start: 0, End: len(name), Text: name}}}},
		Events: []polgraph.Event{{ID: eventID, Type: "RESIGNATION", Date: &date, Precision: "day", Status: "asserted",
			Participants: []polgraph.Participant{{Entity: person, Role: "agent"}},
			Evidence:     polgraph.Span{Start: 0, End: len(sentence), Text: sentence}, Confidence: 0.9}},
		Extractor: "bench",
	}
}

func sum(ds []time.Duration) (t time.Duration) {
	for _, d := range ds {
		t += d
	}
	return t
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}
