package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/polgraph/polgraph/extract"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/loader"
	"github.com/polgraph/polgraph/synth"
)

// writer loads synth articles into the graph as `polgraph load` does
// (extraction included, the loader's defaults), in this process so that
// a timed load holds no process start.
type writer struct {
	db       *graph.DB
	ld       *loader.Loader
	dir      string
	neo4jPID string // Neo4j's pid file; empty: its CPU time comes from the JVM
}

func openWriter(ctx context.Context, dir, neo4jPID string) (*writer, error) {
	if os.Getenv(graph.EnvURI) == "" {
		return nil, errors.New("NEO4J_URI is not set: run through `make bench-scale`, which starts the local Neo4j, or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD")
	}
	db, err := graph.Open(ctx, graph.ConfigFromEnv(os.Getenv))
	if err != nil {
		return nil, fmt.Errorf("open graph: %w", err)
	}
	if err := db.ApplySchema(ctx); err != nil {
		db.Close(ctx)
		return nil, fmt.Errorf("apply schema: %w", err)
	}
	ld := &loader.Loader{Extractor: extract.New(), Store: db, Retryable: graph.Retryable}
	return &writer{db: db, ld: ld, dir: dir, neo4jPID: neo4jPID}, nil
}

func (w *writer) close(ctx context.Context) { w.db.Close(ctx) }

// cpuTimes are CPU times used so far by this process, which writes, and
// by Neo4j, both read from /proc (user and system time of every thread).
type cpuTimes struct{ writer, neo4j time.Duration }

func (w *writer) cpu(ctx context.Context) (cpuTimes, error) {
	own, err := procCPU("self")
	if err != nil {
		return cpuTimes{}, fmt.Errorf("read the writer's CPU time: %w", err)
	}
	if w.neo4jPID == "" {
		// A Neo4j the benchmark did not start (NEO4J_URI): the JVM's
		// own count, the same figure where it runs on this machine.
		neo4j, err := w.db.ServerCPU(ctx)
		return cpuTimes{writer: own, neo4j: neo4j}, err
	}
	pid, err := os.ReadFile(w.neo4jPID)
	if err != nil {
		return cpuTimes{}, fmt.Errorf("read Neo4j's pid: %w", err)
	}
	neo4j, err := procCPU(strings.TrimSpace(string(pid)))
	if err != nil {
		return cpuTimes{}, fmt.Errorf("read Neo4j's CPU time: %w", err)
	}
	return cpuTimes{writer: own, neo4j: neo4j}, nil
}

// load writes the next n articles of g to a file and times loading it.
// A failed article fails the benchmark.
func (w *writer) load(ctx context.Context, g *synth.Generator, n int, what string) (time.Duration, error) {
	path := filepath.Join(w.dir, what+".jsonl")
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	b := bufio.NewWriter(f)
	err = g.WriteJSONL(b, n)
	if err == nil {
		err = b.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return 0, fmt.Errorf("write %s articles: %w", what, err)
	}
	start := time.Now()
	s, err := w.ld.Load(ctx, []string{path})
	took := time.Since(start)
	if err != nil {
		return 0, fmt.Errorf("load %s articles: %w", what, err)
	}
	if s.Written != n {
		return 0, fmt.Errorf("load %s articles: %d of %d written", what, s.Written, n)
	}
	return took, nil
}

// procCPU is the user and system CPU time process pid has used, from
// /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s: Linux's
// USER_HZ on every architecture Go builds for).
func procCPU(pid string) (time.Duration, error) {
	raw, err := os.ReadFile("/proc/" + pid + "/stat")
	if err != nil {
		return 0, err
	}
	d, err := statCPU(string(raw))
	if err != nil {
		return 0, fmt.Errorf("/proc/%s/stat: %w", pid, err)
	}
	return d, nil
}

// statCPU reads utime and stime from a /proc/PID/stat line.
func statCPU(stat string) (time.Duration, error) {
	// The command name, field 2, is in parentheses and may hold spaces
	// and parentheses: the fields start after the last ") ".
	i := strings.LastIndex(stat, ") ")
	if i < 0 {
		return 0, fmt.Errorf("%.80q is not a process's status", stat)
	}
	f := strings.Fields(stat[i+2:])
	if len(f) < 13 {
		return 0, fmt.Errorf("%.80q is not a process's status", stat)
	}
	var ticks int64
	for _, s := range f[11:13] { // fields 14 and 15 counted from 1, less pid and name
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("CPU ticks %q: %w", s, err)
		}
		ticks += n
	}
	return time.Duration(ticks) * 10 * time.Millisecond, nil
}
