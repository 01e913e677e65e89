// Command scale is `make bench-scale`: it grows a synth world to N articles
// in the Neo4j polgraph uses and, every step (5,000 articles), reports how
// fast articles about people already in the world and about new people
// are written, then times each question of a side-by-side set on
// polgraph's API and on @neo4j/graphql over the same database, at 1 and 16
// clients, after checking that both answer it alike. It starts and stops
// both servers itself. It needs a graph that holds no synth world yet (the
// extractor names the world's people alike in every run): `make
// bench-scale` gives it a Neo4j of its own, emptied first, and leaves the
// world there for a look afterwards.
//
// Not part of `make test`: about 30 minutes at N=20,000 on 2 shared cores.
package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/polgraph/polgraph/synth"
)

type config struct {
	n, step, probe int
	seed           uint64
	prefix         string
	bin, peerDir   string
	addr, peerAddr string
	clients        []int
	requests       []int
	window         time.Duration // least time each side spends answering a question at a client count
	neo4jPID       string        // Neo4j's pid file, to read its CPU time from /proc
	ask            bool          // only ask the questions, of the world already in the graph
	only           []string      // the questions to ask, by name; all when empty
}

func main() {
	var c config
	var clients, requests string
	flag.IntVar(&c.n, "n", 20000, "articles to grow the world to")
	flag.IntVar(&c.step, "step", 5000, "articles per step: rates and latencies are reported after each")
	flag.IntVar(&c.probe, "probe", 500, "articles per step written about known people, and as many about new people, timed apart")
	flag.Uint64Var(&c.seed, "seed", 1, "synth seed of the world")
	flag.StringVar(&c.prefix, "prefix", "bench-scale/", "prefix of every id the benchmark writes")
	flag.StringVar(&c.bin, "bin", "bin/polgraph", "the polgraph binary")
	flag.StringVar(&c.peerDir, "peer", "bench/peer", "the @neo4j/graphql peer's folder")
	flag.StringVar(&c.addr, "addr", "127.0.0.1:8702", "where polgraph serve listens")
	flag.StringVar(&c.peerAddr, "peer-addr", "127.0.0.1:4702", "where the peer listens")
	flag.StringVar(&clients, "clients", "1,16", "concurrent clients to time each query at")
	flag.StringVar(&requests, "requests", "60,320", "least requests a side at each client count")
	flag.DurationVar(&c.window, "window", 3*time.Second, "least time a side answers each question at each client count (rounds go on until both -requests and -window are reached)")
	flag.StringVar(&c.neo4jPID, "neo4j-pid", "", "Neo4j's pid file: its CPU time is read from /proc (without it, from the JVM)")
	flag.BoolVar(&c.ask, "ask", false, "write nothing: ask the side-by-side set of the world a run left in the graph")
	only := flag.String("only", "", "comma-separated names of the questions to ask (default all)")
	flag.Parse()
	if *only != "" {
		c.only = strings.Split(*only, ",")
	}
	var err error
	if c.clients, err = ints(clients); err == nil {
		c.requests, err = ints(requests)
	}
	if err != nil || len(c.clients) != len(c.requests) || c.step <= 2*c.probe || c.n < c.step || c.n/c.step > 29 {
		fmt.Fprintln(os.Stderr, "bench-scale: -clients and -requests need as many numbers; -step must exceed twice -probe; -n must be 1 to 29 steps")
		os.Exit(2)
	}
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()
	if err := run(ctx, c); err != nil {
		fmt.Fprintln(os.Stderr, "bench-scale:", err)
		os.Exit(1)
	}
}

func ints(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("%q: want positive numbers", s)
		}
		out = append(out, n)
	}
	return out, nil
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "%s bench-scale: %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, args...))
}

func run(ctx context.Context, c config) error {
	dir, err := os.MkdirTemp("", "bench-scale-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	steps := c.n / c.step
	w, err := openWriter(ctx, dir, c.neo4jPID)
	if err != nil {
		return err
	}
	defer w.close(context.WithoutCancel(ctx))
	world := synth.New(c.seed, c.prefix)
	own, err := startPolgraph(ctx, c.bin, c.addr, dir)
	if err != nil {
		return err
	}
	defer own.stop()
	peer, err := startPeer(ctx, c.peerDir, c.peerAddr, dir)
	if err != nil {
		return err
	}
	defer peer.stop()
	polgraphURL, peerURL := "http://"+c.addr+"/graphql", "http://"+c.peerAddr+"/"
	if c.ask {
		return askOnly(ctx, c, world.People(), polgraphURL, peerURL)
	}
	if there, err := inGraph(ctx, polgraphURL, c.prefix, world.People()); err != nil || len(there) > 0 {
		return cmp.Or(err, fmt.Errorf("the graph holds %d of the synth world's people already (an earlier run?): "+
			"a write rate about known and new people means nothing then; run on an empty graph (make bench-scale empties its own Neo4j)", len(there)))
	}

	fmt.Printf("# bench-scale: a synth world (seed %d) grown to %d articles, %s\n\n", c.seed, steps*c.step, time.Now().UTC().Format("2006-01-02 15:04 UTC"))
	fmt.Printf("Machine: %s, %d CPUs, Go %s; polgraph %s; load average at start %s\n\n", machine(), runtime.NumCPU(), runtime.Version(), version(c.bin), loadavg())
	var writes []string
	written := 0
	for s := 1; s <= steps; s++ {
		// The world's articles up to this step less the known-people
		// probes, timed as one load; then the probes in the order new,
		// known, known, new so that drift falls on both alike.
		bulk := c.step - c.probe
		cpu0, err := w.cpu(ctx)
		if err != nil {
			return err
		}
		t, err := w.load(ctx, world, bulk, "world")
		if err != nil {
			return err
		}
		fresh := synth.NewWithNewPeople(c.seed, fmt.Sprintf("%snew-%d/", c.prefix, s), s)
		var known, unknown time.Duration
		for _, who := range []string{"new", "known", "known", "new"} {
			g, d := world, &known
			if who == "new" {
				g, d = fresh, &unknown
			}
			took, err := w.load(ctx, g, c.probe/2, who)
			if err != nil {
				return err
			}
			*d += took
		}
		cpu1, err := w.cpu(ctx)
		if err != nil {
			return err
		}
		written += c.step
		rate := func(n int, d time.Duration) float64 { return float64(n) / d.Seconds() }
		perK := func(d time.Duration) float64 { return d.Seconds() * 1000 / float64(c.step+c.probe) }
		knownRate, newRate := rate(c.probe, known), rate(c.probe, unknown)
		writes = append(writes, fmt.Sprintf("| %d–%d | %.0f | %.0f | %.0f | %.2f× | %.1f | %.1f |", written-c.step, written,
			rate(c.step, t+known), knownRate, newRate, knownRate/newRate, perK(cpu1.writer-cpu0.writer), perK(cpu1.neo4j-cpu0.neo4j)))
		logf("step %d: %d articles in the world; known %.0f/s, new %.0f/s", s, written, knownRate, newRate)
		fmt.Printf("## After %d articles (load average %s)\n\n", written, loadavg())
		fmt.Println(writesHeader)
		fmt.Println(writes[len(writes)-1])
		fmt.Println()
		people, err := inGraph(ctx, polgraphURL, c.prefix, world.People())
		if err == nil && len(people) == 0 {
			err = errors.New("none of the world's people is in the graph")
		}
		if err != nil {
			return err
		}
		if err := compare(ctx, c, pairs(people), polgraphURL, peerURL); err != nil {
			return err
		}
	}
	fmt.Printf("Load average at the end: %s\n\n", loadavg())
	fmt.Println("## Writes, every step")
	fmt.Println()
	fmt.Println(writesHeader)
	for _, w := range writes {
		fmt.Println(w)
	}
	return nil
}

// writesHeader heads the table of a step's writes. The CPU seconds, the
// writer's (this process: extraction and the loader) and Neo4j's, are
// per 1,000 articles written in the step (its 5,000 and the new people's
// 500): on a machine shared with other work they show how a write's cost
// grows with the world better than the rates do.
const writesHeader = "| world articles | step's articles/s | known people articles/s | new people articles/s | known / new | writer CPU s / 1,000 | Neo4j CPU s / 1,000 |\n" +
	"| --- | ---: | ---: | ---: | ---: | ---: | ---: |"

// askOnly asks the side-by-side set of the world already in the graph, to
// time a change to the read side without growing the world again.
func askOnly(ctx context.Context, c config, world []string, polgraphURL, peerURL string) error {
	people, err := inGraph(ctx, polgraphURL, c.prefix, world)
	if err == nil && len(people) == 0 {
		err = errors.New("none of the world's people is in the graph: -ask needs the world an earlier run left there")
	}
	if err != nil {
		return err
	}
	fmt.Printf("# bench-scale -ask: the side-by-side set on the world in the graph (%d of its people), %s\n\n", len(people), time.Now().UTC().Format("2006-01-02 15:04 UTC"))
	fmt.Printf("Machine: %s, %d CPUs, Go %s; polgraph %s; load average at start %s\n\n", machine(), runtime.NumCPU(), runtime.Version(), version(c.bin), loadavg())
	return compare(ctx, c, pairs(people), polgraphURL, peerURL)
}

// queriesHeader heads a step's table of questions. Both sides answer the
// same number of requests (the requests column), in rounds of one block
// each; the last column counts the rounds whose polgraph block was the
// quicker, which a few slow requests cannot swing as they can the rates.
const queriesHeader = "| query | clients | requests a side | polgraph p50 | p95 | req/s | @neo4j/graphql p50 | p95 | req/s | polgraph req/s ÷ peer's | rounds polgraph ahead |\n" +
	"| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"

// compare verifies every pair, then times it at each client count.
func compare(ctx context.Context, c config, set []pair, polgraphURL, peerURL string) error {
	if len(c.only) > 0 {
		set = slices.DeleteFunc(set, func(p pair) bool { return !slices.Contains(c.only, p.name) })
		if len(set) == 0 {
			return fmt.Errorf("-only %q names no question", strings.Join(c.only, ","))
		}
	}
	for _, p := range set {
		items, err := verify(ctx, polgraphURL, peerURL, p)
		if err != nil {
			return err
		}
		logf("%s: same answers (%d items over %d questions)", p.name, items, len(p.vars))
	}
	fmt.Println(queriesHeader)
	for _, p := range set {
		for i, cl := range c.clients {
			a, b, ahead, rounds := race(ctx, polgraphURL, peerURL, p, cl, c.requests[i], c.window)
			if ctx.Err() != nil {
				return ctx.Err()
			}
			fmt.Printf("| %s | %d | %d | %s | %s | %.1f | %s | %s | %.1f | %.2f× | %d/%d |\n", p.name, cl, len(a.lat),
				ms(a.p(.5)), ms(a.p(.95)), a.rps(), ms(b.p(.5)), ms(b.p(.95)), b.rps(), a.rps()/b.rps(), ahead, rounds)
			logf("%s, %d clients, %d requests a side: slowest polgraph %s; peer %s", p.name, cl, len(a.lat),
				strings.Join(a.slowest(3), ", "), strings.Join(b.slowest(3), ", "))
			if a.errs+b.errs > 0 {
				fmt.Printf("| ↳ errors | | %d | | | %d | | | |\n", a.errs, b.errs)
			}
		}
	}
	fmt.Println()
	return nil
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

func machine() string {
	raw, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return runtime.GOOS + "/" + runtime.GOARCH
	}
	for _, l := range strings.Split(string(raw), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return runtime.GOARCH
}

func loadavg() string {
	raw, _ := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(raw))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

func version(bin string) string {
	out, err := exec.Command(bin, "version").Output()
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(string(out))
}

// inGraph keeps the people of ids the graph knows: a small world may not
// have named everyone yet, and a question about nobody measures nothing.
// The extractor names entities itself: without the prefix synth gives
// article ids.
func inGraph(ctx context.Context, url, prefix string, ids []string) ([]string, error) {
	var out []string
	for _, id := range ids {
		id = strings.TrimPrefix(id, prefix)
		body, err := json.Marshal(map[string]any{"query": `query($id: ID!) { person(id: $id) { id } }`, "variables": map[string]any{"id": id}})
		if err != nil {
			return nil, err
		}
		switch _, err := post(ctx, url, body); {
		case err == nil:
			out = append(out, id)
		case !strings.Contains(err.Error(), `"NOT_FOUND"`):
			return nil, fmt.Errorf("ask polgraph who is in the graph: %w", err)
		}
	}
	return out, nil
}
