package main

import (
	"bytes"
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

// timing is one side's latencies and the wall time of its blocks.
type timing struct {
	lat  []time.Duration
	wall time.Duration
	errs int
}

func (t *timing) p(q float64) time.Duration {
	if len(t.lat) == 0 {
		return 0
	}
	slices.Sort(t.lat)
	i := min(len(t.lat)-1, max(0, int(q*float64(len(t.lat))+0.5)-1))
	return t.lat[i]
}

func (t *timing) rps() float64 { return float64(len(t.lat)) / t.wall.Seconds() }

// block sends n requests from c clients, cycling through bs from *next.
func block(ctx context.Context, url string, bs [][]byte, c, n int, next *int64, t *timing) {
	var wg sync.WaitGroup
	var mu sync.Mutex
	left := int64(n)
	start := time.Now()
	for range c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for atomic.AddInt64(&left, -1) >= 0 {
				k := atomic.AddInt64(next, 1)
				t0 := time.Now()
				_, err := post(ctx, url, bs[int(k)%len(bs)])
				d := time.Since(t0)
				mu.Lock()
				if err != nil {
					t.errs++
				} else {
					t.lat = append(t.lat, d)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	t.wall += time.Since(start)
}

// race times p on both servers under c clients, n requests a side, in
// alternating blocks (the side that goes first switching every round) so
// that whatever else the machine does falls on both alike.
func race(ctx context.Context, polgraphURL, peerURL string, p pair, c, n int) (own, peer timing) {
	a, b := bodies(p.polgraph, p.vars), bodies(p.peer, p.peerVars)
	var na, nb int64
	var warm timing
	block(ctx, polgraphURL, a, c, 2*c, &na, &warm)
	block(ctx, peerURL, b, c, 2*c, &nb, &warm)
	size := 5 * c
	for done, round := 0, 0; done < n; done, round = done+size, round+1 {
		k := min(size, n-done)
		if round%2 == 0 {
			block(ctx, polgraphURL, a, c, k, &na, &own)
			block(ctx, peerURL, b, c, k, &nb, &peer)
		} else {
			block(ctx, peerURL, b, c, k, &nb, &peer)
			block(ctx, polgraphURL, a, c, k, &na, &own)
		}
	}
	return own, peer
}
