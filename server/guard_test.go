package server_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/server"
)

// post sends body as it is and returns the status, the first error and
// how long the answer took.
func (a *api) post(body string) (int, gqlError, time.Duration) {
	a.t.Helper()
	start := time.Now()
	res, err := http.Post(a.srv.URL+"/graphql", "application/json", strings.NewReader(body))
	if err != nil {
		a.t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	took := time.Since(start)
	var out response
	if err := json.Unmarshal(raw, &out); err != nil {
		a.t.Fatalf("status %d, body %.200s: %v", res.StatusCode, raw, err)
	}
	var first gqlError
	if len(out.Errors) > 0 {
		first = out.Errors[0]
	}
	return res.StatusCode, first, took
}

func queryBody(q string) string {
	b, _ := json.Marshal(map[string]any{"query": q})
	return string(b)
}

func repeat(s string, n int) string { return "{ " + strings.Repeat(s+" ", n) + "}" }

// Requests that would cost more than they are worth are refused before
// GraphQL parses or validates them, as client errors naming the limit, in
// well under a second (the 20,000-field query took a minute of CPU).
func TestRequestLimits(t *testing.T) {
	wide := server.Limits{MaxQueryBytes: 4 << 20, MaxTokens: 1 << 20, MaxBody: 8 << 20}
	bomb := "query { ...F0 } fragment F0 on Query { __typename }"
	for i := 1; i <= 20; i++ {
		bomb = strings.Replace(bomb, fmt.Sprintf("fragment F%d on Query { __typename }", i-1),
			fmt.Sprintf("fragment F%d on Query { ...F%d ...F%d } fragment F%d on Query { __typename }", i-1, i, i, i), 1)
	}
	var aliases strings.Builder
	for i := range 300 {
		fmt.Fprintf(&aliases, "a%d: __typename ", i)
	}
	tests := []struct {
		name       string
		limits     server.Limits
		body       string
		wantStatus int
		wantCode   string
		wantMsg    string
	}{
		{"20,000 __typename, default limits", server.Limits{}, queryBody(repeat("__typename", 20_000)),
			413, "REQUEST_TOO_LARGE", "--max-query-bytes"},
		{"20,000 __typename, long texts allowed", wide, queryBody(repeat("__typename", 20_000)),
			422, "QUERY_TOO_WIDE", "more than 1000 fields"},
		{"20,000 stats, long texts allowed", wide, queryBody(repeat("stats { articles entities events }", 20_000)),
			422, "QUERY_TOO_WIDE", "--max-fields"},
		{"tokens", server.Limits{}, queryBody(repeat("x", 10_001)),
			422, "QUERY_TOO_WIDE", "more than 10000 tokens"},
		{"fragments spread 2^20 times", server.Limits{}, queryBody(bomb),
			422, "QUERY_TOO_WIDE", "fragments counted where spread"},
		{"300 aliases", server.Limits{}, queryBody("{ " + aliases.String() + "}"),
			422, "QUERY_TOO_WIDE", "300 aliased fields, over the limit of 200"},
		{"a batch", server.Limits{}, `[{"query":"{ __typename }"},{"query":"{ __typename }"}]`,
			400, "BAD_REQUEST", "one operation per request"},
		{"not JSON", server.Limits{}, `{"query": "{ __typename }"`,
			400, "BAD_REQUEST", "not a JSON object"},
		{"query not a string", server.Limits{}, `{"query": {"a": 1}}`,
			400, "BAD_REQUEST", `"query" must be a string`},
		{"variables an array", server.Limits{}, `{"query": "{ __typename }", "variables": [1]}`,
			400, "BAD_REQUEST", `"variables" must be an object, not an array`},
		{"operationName a number", server.Limits{}, `{"query": "{ __typename }", "operationName": 5}`,
			400, "BAD_REQUEST", `"operationName" must be a string, not a number`},
		{"extensions a string", server.Limits{}, `{"query": "{ __typename }", "extensions": "x"}`,
			400, "BAD_REQUEST", `"extensions" must be an object, not a string`},
		{"nulls where optional", server.Limits{}, `{"query": "{ __typename }", "variables": null, "operationName": null, "extensions": null}`,
			200, "", ""},
		{"body over the cap", server.Limits{MaxBody: 4096}, queryBody("{ __typename }" + strings.Repeat(" ", 5000)),
			413, "REQUEST_TOO_LARGE", "over 4 KiB"},
		{"a 5,000-letter search word", server.Limits{}, queryBody(`{ search(text: "` + strings.Repeat("x", 5000) + `") { edges { score } } }`),
			200, "BAD_USER_INPUT", "search text is 5000 characters long; at most 1000 are allowed"},
		{"a 200-letter search word", server.Limits{}, queryBody(`{ search(text: "Voss ` + strings.Repeat("x", 200) + `") { edges { score } } }`),
			200, "BAD_USER_INPUT", "a search word is 200 characters long; at most 100 are allowed"},
		{"first above the page bound", server.Limits{}, queryBody(`{ entities(first: 1000000) { edges { node { id } } } }`),
			200, "BAD_USER_INPUT", "first is 1000000, but a page holds at most 100 items"},
		{"an ordinary query", server.Limits{}, queryBody("{ __typename }"), 200, "", ""},
		{"GraphiQL's introspection", server.Limits{}, queryBody(`{ __schema { types { name kind fields { name args { name type { name kind ofType { name kind ofType { name } } } } } } } }`), 200, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newAPI(t, server.Config{Limits: tt.limits, Introspection: true})
			status, e, took := a.post(tt.body)
			if status != tt.wantStatus || e.code() != tt.wantCode || !strings.Contains(e.Message, tt.wantMsg) {
				t.Errorf("status %d, error %q (%s); want %d, %s, a message containing %q",
					status, e.Message, e.code(), tt.wantStatus, tt.wantCode, tt.wantMsg)
			}
			if tt.wantStatus >= 400 && took > time.Second {
				t.Errorf("refused in %v, want under a second", took)
			}
			t.Logf("%d bytes answered in %v", len(tt.body), took)
		})
	}
}

// A body sent a byte at a time is cut when the request timeout runs out,
// and the connection closed; it does not hold a connection for good.
func TestSlowBodyIsCut(t *testing.T) {
	const timeout = time.Second
	srv := server.NewHTTPServer(server.Config{Graph: graphtest.Open(t), Timeout: timeout})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })

	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	body := queryBody("{ __typename }")
	fmt.Fprintf(conn, "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", len(body))
	start := time.Now()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := 0; i < len(body); i++ {
			select {
			case <-stop:
				return
			case <-time.After(200 * time.Millisecond):
			}
			if _, err := conn.Write([]byte{body[i]}); err != nil {
				return
			}
		}
	})
	defer wg.Wait()
	defer close(stop)
	conn.SetReadDeadline(time.Now().Add(10 * timeout))
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	took := time.Since(start)
	if err == nil {
		raw, _ := io.ReadAll(res.Body)
		if res.StatusCode != http.StatusRequestTimeout || !bytes.Contains(raw, []byte("REQUEST_TIMEOUT")) {
			t.Errorf("slow body answered %d %s, want 408 REQUEST_TIMEOUT", res.StatusCode, raw)
		}
	}
	if took > timeout+time.Second {
		t.Errorf("slow body held the connection %v, want it cut at the %v timeout", took, timeout)
	}
	t.Logf("slow body cut after %v (%v)", took, err)
}

// proxy forwards TCP to Neo4j until it is taken down: Neo4j as the server
// sees it, stopping.
type proxy struct {
	ln    net.Listener
	mu    sync.Mutex
	conns []net.Conn
}

func newProxy(t *testing.T, target string) *proxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, up)
			p.mu.Unlock()
			go func() { io.Copy(up, c); up.Close() }()
			go func() { io.Copy(c, up); c.Close() }()
		}
	}()
	t.Cleanup(p.down)
	return p
}

func (p *proxy) down() {
	p.ln.Close()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// With Neo4j gone, a query is answered at once with UNAVAILABLE (503),
// not after the request deadline with "internal error".
func TestNeo4jDownIsUnavailableAtOnce(t *testing.T) {
	graphtest.Open(t) // fails the test, never skips it, without Neo4j
	cfg := graph.ConfigFromEnv(os.Getenv)
	u, err := url.Parse(cfg.URI)
	if err != nil {
		t.Fatal(err)
	}
	p := newProxy(t, u.Host)
	cfg.URI = "bolt://" + p.ln.Addr().String()
	ctx := context.Background()
	db, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close(ctx) })
	a := newAPI(t, server.Config{Graph: db})
	if status, e, _ := a.post(queryBody("{ stats { articles } }")); status != 200 || e.Message != "" {
		t.Fatalf("with Neo4j up: %d %+v", status, e)
	}
	p.down()
	time.Sleep(1100 * time.Millisecond) // the health check remembers a second
	status, e, took := a.post(queryBody("{ stats { articles } }"))
	if status != http.StatusServiceUnavailable || e.code() != "UNAVAILABLE" || !strings.Contains(e.Message, "Neo4j is unavailable") {
		t.Errorf("with Neo4j down: %d %+v, want 503 UNAVAILABLE", status, e)
	}
	if took > 3*time.Second {
		t.Errorf("answered in %v, want at once", took)
	}
	t.Logf("Neo4j down: answered in %v", took)
}
