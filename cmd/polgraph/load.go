package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/polgraph/polgraph/extract"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/loader"
)

const loadUsage = `usage: polgraph load [flags] PATH...

Extracts every article under PATH (files, folders recursively, "-" for
standard input) and writes it to Neo4j. Formats: text, JSON, JSON Lines
(one article per line), HTML, RSS/Atom; detected unless --format says.
Loading again is safe: unchanged articles are skipped, corrected ones
replaced. Failed records go to a dead-letter file that can be loaded again.
`

// runLoad implements polgraph load.
func runLoad(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "auto", "input format: "+strings.Join(loader.Formats, ", "))
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "parallel extractions")
	batch := fs.Int("batch", 100, "articles per write transaction")
	maxSize := fs.Int64("max-size", 8<<20, "largest article file or JSON line, in `bytes`")
	deadPath := fs.String("dead-letter", "", "`file` for failed records, as JSON Lines (default polgraph-failed-TIME.jsonl, created only on failure)")
	retryFor := fs.Duration("retry-for", 5*time.Minute, "how long to wait for an unavailable Neo4j")
	progress := fs.String("progress", "auto", "auto (a bar on a terminal, else log lines), bar or log")
	fs.Usage = func() { fmt.Fprint(stderr, loadUsage); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	if err := firstProblem(
		oneOf("--format", *format, loader.Formats),
		oneOf("--progress", *progress, []string{"auto", "bar", "log"}),
		atLeast("--workers", int64(*workers), 1, "one extraction at a time"),
		atMost("--workers", int64(*workers), 1024),
		atLeast("--batch", int64(*batch), 1, "articles per write transaction"),
		atMost("--batch", int64(*batch), 10_000),
		atLeast("--max-size", *maxSize, 1024, "bytes; an article needs room"),
		atMost("--max-size", *maxSize, 1<<30),
		positiveDuration("--retry-for", *retryFor),
	); err != nil {
		fmt.Fprintf(stderr, "polgraph load: %v\n", err)
		return errUsage
	}

	bar := *progress == "bar" || *progress == "auto" && isTerminal(stderr)
	logOut := stderr
	if bar {
		logOut = clearLine{stderr} // log lines must not land on the bar
	}
	logger := slog.New(slog.NewTextHandler(logOut, nil))
	db, err := openGraphRetrying(ctx, logger, *retryFor)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(ctx))

	if *deadPath == "" {
		*deadPath = "polgraph-failed-" + time.Now().UTC().Format("20060102T150405") + ".jsonl"
	}
	dead := &lazyFile{path: *deadPath}
	l := &loader.Loader{
		Extractor: extract.New(), Store: db, Logger: logger,
		Format: *format, Workers: *workers, BatchSize: *batch, MaxSize: *maxSize,
		Stdin: os.Stdin, DeadLetter: dead, Retryable: graph.Retryable, RetryFor: *retryFor,
	}
	if bar {
		l.Progress = stderr
	}
	s, err := l.Load(ctx, fs.Args())
	if cerr := dead.Close(); cerr != nil && err == nil {
		err = cerr
	}
	fmt.Fprintf(stdout, "loaded %d articles from %d inputs in %v (%.0f articles/s); %d failed\n",
		s.Written, s.Inputs, s.Elapsed.Round(time.Millisecond), float64(s.Written)/max(s.Elapsed.Seconds(), 1e-3), s.Failed)
	for _, f := range s.Failures {
		fmt.Fprintf(stderr, "  %s: %v\n", f.Input, f.Err)
	}
	if s.Failed > len(s.Failures) {
		fmt.Fprintf(stderr, "  … and %d more\n", s.Failed-len(s.Failures))
	}
	if dead.f != nil {
		fmt.Fprintf(stderr, "failed records are in %s: fix them and load that file again\n", dead.path)
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(stderr, "interrupted: load the same inputs again to finish; what was written stays and is not duplicated")
	}
	return err
}

// runUnload implements polgraph unload ID... ("-" reads ids from stdin, one a line).
func runUnload(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("unload", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: polgraph unload ID...   (\"-\" reads ids from standard input, one a line)")
		fmt.Fprintln(stderr, "Removes the articles and every fact only they support; facts with other sources stay.")
	}
	if err := fs.Parse(args); err != nil || fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	var ids []string
	for _, a := range fs.Args() {
		if a != "-" {
			ids = append(ids, a)
			continue
		}
		sc := bufio.NewScanner(os.Stdin)
		for sc.Scan() {
			if id := strings.TrimSpace(sc.Text()); id != "" {
				ids = append(ids, id)
			}
		}
		if err := sc.Err(); err != nil {
			return fmt.Errorf("unload: read ids: %w", err)
		}
	}
	db, err := openGraph(ctx)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(ctx))
	total := 0
	for chunk := range slices.Chunk(ids, 500) { // bounded transactions
		n, err := db.UnloadArticles(ctx, chunk)
		total += n
		if err != nil {
			fmt.Fprintf(stdout, "unloaded %d of %d articles\n", total, len(ids))
			return err
		}
	}
	fmt.Fprintf(stdout, "unloaded %d of %d articles\n", total, len(ids))
	return nil
}

// openGraphRetrying is openGraph that waits, with backoff, for a Neo4j
// that is starting or restarting.
func openGraphRetrying(ctx context.Context, logger *slog.Logger, retryFor time.Duration) (*graph.DB, error) {
	start := time.Now()
	wait := 500 * time.Millisecond
	for {
		db, err := openGraph(ctx)
		if err == nil || !graph.Retryable(err) || time.Since(start) > retryFor {
			return db, err
		}
		logger.Warn("Neo4j unavailable; retrying", "in", wait.String(), "err", err)
		select {
		case <-time.After(wait/2 + rand.N(wait/2)):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		wait = min(2*wait, 15*time.Second)
	}
}

// lazyFile creates its file on the first write: no empty dead letters.
type lazyFile struct {
	path string
	f    *os.File
}

func (l *lazyFile) Write(p []byte) (int, error) {
	if l.f == nil {
		f, err := os.Create(l.path)
		if err != nil {
			return 0, err
		}
		l.f = f
	}
	return l.f.Write(p)
}

func (l *lazyFile) Close() error {
	if l.f == nil {
		return nil
	}
	return l.f.Close()
}

// clearLine clears the terminal line (the progress bar) before each write.
type clearLine struct{ w io.Writer }

func (c clearLine) Write(p []byte) (int, error) {
	if _, err := io.WriteString(c.w, "\r\033[K"); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
