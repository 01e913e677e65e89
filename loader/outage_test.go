package loader_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/loader"
)

// proxy stands between the driver and the real Neo4j, and can cut every
// connection and refuse new ones for a while: to the driver, exactly a
// Neo4j that went away and came back.
type proxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	down   bool
	conns  []net.Conn
}

func startProxy(t *testing.T, target string) *proxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln, target: target}
	t.Cleanup(func() { ln.Close(); p.cut(true) })
	go p.serve()
	return p
}

func (p *proxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		if p.down {
			c.Close()
			p.mu.Unlock()
			continue
		}
		up, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			p.mu.Unlock()
			continue
		}
		p.conns = append(p.conns, c, up)
		p.mu.Unlock()
		go func() { io.Copy(up, c); up.Close() }()
		go func() { io.Copy(c, up); c.Close() }()
	}
}

// cut drops every open connection and refuses new ones while down.
func (p *proxy) cut(down bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = down
	if down {
		for _, c := range p.conns {
			c.Close()
		}
		p.conns = nil
	}
}

// outage is the real store behind the proxy; it takes Neo4j away for a few
// seconds just before its third batch.
type outage struct {
	loader.Store
	p     *proxy
	calls int
	mu    sync.Mutex
}

func (o *outage) WriteExtractions(ctx context.Context, exs []*polgraph.Extraction) error {
	o.mu.Lock()
	o.calls++
	if o.calls == 3 {
		o.p.cut(true)
		time.AfterFunc(4*time.Second, func() { o.p.cut(false) })
	}
	o.mu.Unlock()
	return o.Store.WriteExtractions(ctx, exs)
}

func TestNeo4jGoesAwayMidLoad(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	n := graphtest.Soak(200, 2000)

	ref := referenceLoad(t, db, 3, n)

	cfg := graph.ConfigFromEnv(os.Getenv)
	host := strings.TrimPrefix(strings.TrimPrefix(cfg.URI, "bolt://"), "neo4j://")
	px := startProxy(t, host)
	cfg.URI = "bolt://" + px.ln.Addr().String()
	viaProxy, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer viaProxy.Close(ctx)

	p := newPrefix(t, db)
	o := newOracle(p)
	dir := t.TempDir()
	o.synth(t, filepath.Join(dir, "news.jsonl"), 3, n)
	l := newLoader(&outage{Store: viaProxy, p: px}, o, nil)
	l.BatchSize = 20
	var term bytes.Buffer // what a terminal would show
	l.Progress = &term
	start := time.Now()
	s, err := l.Load(ctx, []string{dir})
	if err != nil || s.Written != n || s.Failed != 0 {
		t.Fatalf("load through the outage: %+v, %v", s, err)
	}
	if time.Since(start) < 4*time.Second {
		t.Errorf("the load finished in %v, before Neo4j came back: the outage did not happen", time.Since(start))
	}
	// The progress line went on while the write waited, saying why.
	if !regexp.MustCompile(`Neo4j (has not answered|unavailable) for \d+s.* \d+ articles waiting`).Match(term.Bytes()) {
		t.Errorf("progress during the outage never said Neo4j was not answering:\n%.2000q", term.String())
	}
	omit := []string{"ingestedAt", "extractionHash"}
	sameLines(t, "after the outage vs without", swap(dump(t, db, p, omit...), p, ref), dump(t, db, ref, omit...))
}

// flaky is the real store, failing its first writes as an unavailable
// Neo4j does once the driver gives up retrying.
type flaky struct {
	loader.Store
	mu    sync.Mutex
	fails int
}

var errUnavailable = errors.New("connection refused")

func (f *flaky) WriteExtractions(ctx context.Context, exs []*polgraph.Extraction) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fails > 0 {
		f.fails--
		return errUnavailable
	}
	return f.Store.WriteExtractions(ctx, exs)
}

// The first failure says how to bring Neo4j up, once; its return is said.
func TestUnavailableStoreReported(t *testing.T) {
	db := graphtest.Open(t)
	p := newPrefix(t, db)
	o := newOracle(p)
	dir := t.TempDir()
	o.synth(t, filepath.Join(dir, "news.jsonl"), 4, 30)
	var logs bytes.Buffer
	l := newLoader(&flaky{Store: db, fails: 3}, o, nil)
	l.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	l.Retryable = func(err error) bool { return errors.Is(err, errUnavailable) }
	l.UnavailableHint = "start the local Neo4j with `polgraph neo4j start`"
	if s, err := l.Load(context.Background(), []string{dir}); err != nil || s.Written != 30 {
		t.Fatalf("load: %+v, %v", s, err)
	}
	out := logs.String()
	if n := strings.Count(out, "polgraph neo4j start"); n != 1 || !strings.Contains(out, `msg="Neo4j unavailable, retrying"`) || !strings.Contains(out, `msg="Neo4j is back"`) {
		t.Errorf("logs name the hint %d times, want once with the outage and its end:\n%s", n, out)
	}
}
