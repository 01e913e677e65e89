package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

var client = &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}, Timeout: 2 * time.Minute}

// post sends one GraphQL request and returns its data, or an error that
// says which server refused what.
func post(ctx context.Context, url string, body []byte) (map[string]any, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("%s: read answer: %w", url, err)
	}
	var out struct {
		Data   map[string]any `json:"data"`
		Errors []any          `json:"errors"`
	}
	if err := json.Unmarshal(raw, &out); err != nil || resp.StatusCode != http.StatusOK || len(out.Errors) > 0 {
		return nil, fmt.Errorf("%s: status %d: %.300s", url, resp.StatusCode, raw)
	}
	return out.Data, nil
}

func bodies(query string, vars []map[string]any) [][]byte {
	var out [][]byte
	for _, v := range vars {
		b, err := json.Marshal(map[string]any{"query": query, "variables": v})
		if err != nil {
			panic(err) // variables are built here from strings
		}
		out = append(out, b)
	}
	return out
}

// verify asks both servers every question of p and fails on the first
// answer they read differently: timing different answers measures nothing.
// It returns how many items the answers held, to show they are not empty.
func verify(ctx context.Context, polgraphURL, peerURL string, p pair) (items int, err error) {
	a, b := bodies(p.polgraph, p.vars), bodies(p.peer, p.peerVars)
	for i := range a {
		da, err := post(ctx, polgraphURL, a[i])
		if err != nil {
			return 0, fmt.Errorf("%s: polgraph: %w", p.name, err)
		}
		db, err := post(ctx, peerURL, b[i])
		if err != nil {
			return 0, fmt.Errorf("%s: peer: %w", p.name, err)
		}
		ra, rb := p.own(da), p.other(db)
		if !reflect.DeepEqual(ra, rb) {
			return 0, fmt.Errorf("%s %v: answers differ\n  polgraph: %v\n  peer:     %v", p.name, p.vars[i], ra, rb)
		}
		items += reflect.ValueOf(ra).Len()
	}
	return items, nil
}

// timing is one side's latencies, which of the question's variables each
// answered, and the wall time of its blocks.
type timing struct {
	lat  []time.Duration
	vars []int
	wall time.Duration
	errs int
}

func (t *timing) p(q float64) time.Duration {
	if len(t.lat) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(t.lat))
	return s[min(len(s)-1, max(0, int(q*float64(len(s))+0.5)-1))]
}

func (t *timing) rps() float64 { return float64(len(t.lat)) / t.wall.Seconds() }

// slowest is the latency of t's k slowest requests, each with the index
// of the variables it was asked with: slow requests spread over every
// person are the machine's doing, slow requests on one person a path of
// the query's.
func (t *timing) slowest(k int) []string {
	idx := make([]int, len(t.lat))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(t.lat[b], t.lat[a]) })
	var out []string
	for _, i := range idx[:min(k, len(idx))] {
		out = append(out, fmt.Sprintf("%s (#%d)", ms(t.lat[i]), t.vars[i]))
	}
	return out
}

// block sends n requests from c clients, cycling through bs from *next,
// and returns its wall time.
func block(ctx context.Context, url string, bs [][]byte, c, n int, next *int64, t *timing) time.Duration {
	var wg sync.WaitGroup
	var mu sync.Mutex
	left := int64(n)
	start := time.Now()
	for range c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for atomic.AddInt64(&left, -1) >= 0 {
				k := int(atomic.AddInt64(next, 1)) % len(bs)
				t0 := time.Now()
				_, err := post(ctx, url, bs[k])
				d := time.Since(t0)
				mu.Lock()
				if err != nil {
					t.errs++
				} else {
					t.lat = append(t.lat, d)
					t.vars = append(t.vars, k)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	wall := time.Since(start)
	t.wall += wall
	return wall
}

// race times p on both servers under c clients in rounds of one block a
// side, the same size on both, the side that goes first switching every
// round, so that whatever else the machine does falls on both alike. Each
// side is first warmed up untimed (the question's plans, caches and
// connections). Rounds go on until each side has answered at least n
// requests and spent at least window in its blocks: a fixed 60 requests
// at one client are a second of work, and on a shared machine the few
// among them that wait for a core decided the rate. ahead counts the
// rounds in which polgraph's block took less time than the peer's.
func race(ctx context.Context, polgraphURL, peerURL string, p pair, c, n int, window time.Duration) (own, peer timing, ahead, rounds int) {
	a, b := bodies(p.polgraph, p.vars), bodies(p.peer, p.peerVars)
	var na, nb int64
	var warm timing
	for range 2 {
		block(ctx, polgraphURL, a, c, max(10, 2*c), &na, &warm)
		block(ctx, peerURL, b, c, max(10, 2*c), &nb, &warm)
	}
	// Both sides start the timed rounds at the same variables.
	na, nb = 0, 0
	size := 5 * c
	for done := 0; (done < n || own.wall < window || peer.wall < window) && ctx.Err() == nil; done += size {
		var da, db time.Duration
		if rounds%2 == 0 {
			da = block(ctx, polgraphURL, a, c, size, &na, &own)
			db = block(ctx, peerURL, b, c, size, &nb, &peer)
		} else {
			db = block(ctx, peerURL, b, c, size, &nb, &peer)
			da = block(ctx, polgraphURL, a, c, size, &na, &own)
		}
		rounds++
		if da < db {
			ahead++
		}
	}
	return own, peer, ahead, rounds
}
