package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/server"
)

// BenchmarkAPI compares timeline, search and relationships sent as GraphQL
// over loopback HTTP with the same reads made straight through the driver
// (graph.DB, one ExecuteQuery each), on whatever graph the database holds
// (BENCHMARKS.md says which). Each runs under b.RunParallel's load and
// reports p50/p99 latency and throughput.
func BenchmarkAPI(b *testing.B) {
	db := graphtest.Open(b)
	ctx := context.Background()
	people := benchWorld(b, db)
	stats, err := db.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("graph: %d articles, %d events, %d facts", stats.Articles, stats.Events, stats.Facts)
	srv := httptest.NewServer(server.New(server.Config{Graph: db}))
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}

	pair := func(i int) (string, string) { return people[i%len(people)].ID, people[(i+1)%len(people)].ID }
	// misspell drops one letter of the surname, as a hurried analyst would.
	misspell := func(i int) string {
		n := people[i%len(people)].Name
		if len(n) > 4 {
			k := len(n) - 2
			return n[:k] + n[k+1:]
		}
		return n
	}
	cases := []struct {
		name   string
		gql    func(i int) (string, map[string]any)
		driver func(ctx context.Context, i int) error
	}{{
		name: "timeline",
		gql: func(i int) (string, map[string]any) {
			a, c := pair(i)
			return `query($ids: [ID!]) { timeline(entityIds: $ids, first: 20) { events { edges { node { id type date precision status dateStart dateEnd summary sourceCount } } } } }`,
				map[string]any{"ids": []string{a, c}}
		},
		driver: func(ctx context.Context, i int) error {
			a, c := pair(i)
			_, _, err := db.Timeline(ctx, graph.TimelineFilter{EntityIDs: []string{a, c}}, graph.Page{First: 20})
			return err
		},
	}, {
		name: "search",
		gql: func(i int) (string, map[string]any) {
			return `query($text: String!) { search(text: $text, first: 10) { edges { score node { id kind name aliases mentionCount } } } }`,
				map[string]any{"text": misspell(i)}
		},
		driver: func(ctx context.Context, i int) error {
			_, _, err := db.Search(ctx, misspell(i), nil, graph.Page{First: 10})
			return err
		},
	}, {
		name: "relationships",
		gql: func(i int) (string, map[string]any) {
			a, c := pair(i)
			return `query($from: ID!, $to: ID!) { relationships(from: $from, to: $to, maxHops: 3) { length nodes { id name label } edges { type from to role provenance { sentence start end confidence article { id } } } } }`,
				map[string]any{"from": a, "to": c}
		},
		driver: func(ctx context.Context, i int) error {
			a, c := pair(i)
			_, err := db.Relationships(ctx, a, c, graph.PathFilter{MaxHops: 3})
			return err
		},
	}}
	for _, c := range cases {
		for _, clients := range []int{1, 16} {
			b.Run(fmt.Sprintf("%s/clients=%d", c.name, clients), func(b *testing.B) {
				gql := func(i int) error {
					q, vars := c.gql(i)
					return postGraphQL(client, srv.URL+"/graphql", q, vars)
				}
				load(b, clients, [2]string{"gql", "drv"}, gql, func(i int) error { return c.driver(ctx, i) })
			})
		}
	}
}

// load runs b.N GraphQL requests and b.N driver calls (or any two sides,
// named by names), alternating, from the given number of concurrent
// clients, and reports each side's latency percentiles, its throughput
// (clients / mean latency, as if the clients sent only that kind) and the
// first side's overhead over the second at the median. Alternating
// puts both sides under the same load: on a shared machine, two runs one
// after the other would compare two different machines.
func load(b *testing.B, clients int, names [2]string, gql, driver func(i int) error) {
	lats := [2][]time.Duration{make([]time.Duration, b.N), make([]time.Duration, b.N)}
	ops := [2]func(int) error{gql, driver}
	var next atomic.Int64
	var wg sync.WaitGroup
	b.ResetTimer()
	for range clients {
		wg.Go(func() {
			for {
				k := int(next.Add(1)) - 1
				if k >= 2*b.N {
					return
				}
				side, i := k%2, k/2
				t := time.Now()
				if err := ops[side](i); err != nil {
					b.Error(err)
					return
				}
				lats[side][i] = time.Since(t)
			}
		})
	}
	wg.Wait()
	b.StopTimer()
	var p50 [2]float64
	for side, name := range names {
		l := lats[side]
		var sum time.Duration
		for _, d := range l {
			sum += d
		}
		slices.Sort(l)
		ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
		p50[side] = ms(l[len(l)/2])
		b.ReportMetric(p50[side], name+"-p50-ms")
		b.ReportMetric(ms(l[int(0.99*float64(len(l)-1))]), name+"-p99-ms")
		b.ReportMetric(float64(clients)/(sum.Seconds()/float64(len(l))), name+"-req/s")
	}
	b.ReportMetric(100*(p50[0]/p50[1]-1), "overhead-%")
}

func postGraphQL(client *http.Client, url, query string, vars map[string]any) error {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	res, err := client.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		return err
	}
	if res.StatusCode != http.StatusOK || bytes.Contains(raw, []byte(`"errors"`)) {
		return fmt.Errorf("status %d: %s", res.StatusCode, raw)
	}
	return nil
}

// BenchmarkEventsPage compares a page of events of one type in a date
// range with its participants read in one query
// (graph.EventsWithParticipants, what events(where:) { edges { node {
// participants } } } costs since the two were joined) with the page and
// then its participants in a second query, as before, alternating under
// the same load, on the world the database holds: grow one first (make
// bench-scale BENCH_N=5000 leaves one; BENCHMARKS.md says which).
func BenchmarkEventsPage(b *testing.B) {
	db := graphtest.Open(b)
	ranges := []graph.EventFilter{
		{Types: []string{"ARREST"}, Dates: graph.DateRange{From: "2023-01-01", To: "2023-12-31"}},
		{Types: []string{"RESIGNATION"}, Dates: graph.DateRange{From: "2023-06-01", To: "2024-05-31"}},
		{Types: []string{"MEETING"}, Dates: graph.DateRange{From: "2023-03-01", To: "2023-03-31"}},
		{Types: []string{"ACCUSATION"}, Dates: graph.DateRange{From: "2023-01-01", To: "2024-12-31"}},
	}
	page, pp := graph.Page{First: 50}, graph.Page{First: 100}
	ctx := context.Background()
	one := func(i int) error {
		_, _, _, err := db.EventsWithParticipants(ctx, ranges[i%len(ranges)], graph.Sort{}, page, graph.ParticipantQuery{}, pp)
		return err
	}
	two := func(i int) error {
		evs, _, err := db.Events(ctx, ranges[i%len(ranges)], graph.Sort{}, page)
		if err != nil {
			return err
		}
		ids := make([]string, 0, len(evs))
		for _, v := range evs {
			ids = append(ids, v.ID)
		}
		_, err = db.Participants(ctx, ids, graph.ParticipantQuery{}, pp)
		return err
	}
	if evs, _, err := db.Events(ctx, ranges[0], graph.Sort{}, page); err != nil || len(evs) < page.First {
		b.Fatalf("%d events of %v (%v): grow a world first", len(evs), ranges[0], err)
	}
	for _, clients := range []int{1, 16} {
		b.Run(fmt.Sprintf("clients=%d", clients), func(b *testing.B) {
			load(b, clients, [2]string{"one", "two"}, one, two)
		})
	}
}
