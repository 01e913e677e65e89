package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
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
	db  *graph.DB
	ld  *loader.Loader
	dir string
}

func openWriter(ctx context.Context, dir string) (*writer, error) {
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
	return &writer{db: db, ld: ld, dir: dir}, nil
}

func (w *writer) close(ctx context.Context) { w.db.Close(ctx) }

// cpuTimes are CPU times used so far by this process, which writes, and
// by Neo4j.
type cpuTimes struct{ writer, neo4j time.Duration }

func (w *writer) cpu(ctx context.Context) (cpuTimes, error) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return cpuTimes{}, fmt.Errorf("read the writer's CPU time: %w", err)
	}
	neo4j, err := w.db.ServerCPU(ctx)
	return cpuTimes{writer: time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), neo4j: neo4j}, err
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
