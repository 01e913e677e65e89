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
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/loader"
)

const loadUsage = `usage: polgraph load [flags] PATH...

Extracts every article under PATH (files, folders recursively, "-" for
standard input) and writes it to Neo4j. Formats: text, JSON, JSON Lines
(one article per line), HTML, RSS/Atom; detected unless --format says.
NAME.meta.json beside NAME.txt, .html or .json (a sidecar) gives what the
file does not say: publishedAt, url, source, title, id.

In a folder, only article files are loaded (.txt, .html, .json, .jsonl,
.rss, .atom; with no extension, HTML, JSON or a feed); source code, images,
PDFs, office documents, archives, hidden files and dead letters are skipped
and listed. A file named on the command line is always tried.

Loading again is safe: unchanged articles are skipped, corrected ones
replaced. Failed records go to a dead-letter file that can be loaded again.
`

// loadOptions are the flags of load, which seed shares.
type loadOptions struct {
	format   string
	workers  int
	batch    int
	maxSize  int64
	deadPath string
	retryFor time.Duration
	progress string
	budget   time.Duration // per article's extraction
	dryRun   bool
	verbose  bool
}

func loadFlags(fs *flag.FlagSet) *loadOptions {
	o := &loadOptions{}
	fs.StringVar(&o.format, "format", "auto", "input format: "+strings.Join(loader.Formats, ", "))
	fs.IntVar(&o.workers, "workers", runtime.GOMAXPROCS(0), "parallel extractions")
	fs.IntVar(&o.batch, "batch", 100, "articles per write transaction")
	fs.Int64Var(&o.maxSize, "max-size", 8<<20, "largest article file or JSON line, in `bytes`")
	fs.StringVar(&o.deadPath, "dead-letter", "", "`file` for failed records, as JSON Lines (default $POLGRAPH_CACHE/dead-letters/polgraph-failed-TIME.jsonl, created only on failure)")
	fs.DurationVar(&o.retryFor, "retry-for", 5*time.Minute, "how long to wait for an unavailable Neo4j")
	fs.StringVar(&o.progress, "progress", "auto", "auto (a progress line on a terminal, else log lines), bar or log")
	fs.DurationVar(&o.budget, "extract-budget", loader.DefaultExtractBudget, "longest one article's extraction may take; an article over it fails alone, to the dead letter")
	fs.BoolVar(&o.dryRun, "dry-run", false, "say what would be loaded, skipped and failed; read every article, write nothing")
	fs.BoolVar(&o.verbose, "verbose", false, "list every file skipped, with why")
	return o
}

func (o *loadOptions) check() error {
	return firstProblem(
		oneOf("--format", o.format, loader.Formats),
		oneOf("--progress", o.progress, []string{"auto", "bar", "log"}),
		atLeast("--workers", int64(o.workers), 1, "one extraction at a time"),
		atMost("--workers", int64(o.workers), 1024),
		atLeast("--batch", int64(o.batch), 1, "articles per write transaction"),
		atMost("--batch", int64(o.batch), 10_000),
		atLeast("--max-size", o.maxSize, 1024, "bytes; an article needs room"),
		atMost("--max-size", o.maxSize, 1<<30),
		positiveDuration("--retry-for", o.retryFor),
		positiveDuration("--extract-budget", o.budget),
	)
}

// runLoad implements polgraph load.
func runLoad(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	o := loadFlags(fs)
	if err := parseFlags(fs, loadUsage, args, stdout, stderr); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "polgraph load: no PATH to load")
		fs.Usage()
		return errUsage
	}
	return load(ctx, "load", o, fs.Args(), stdout, stderr)
}

// load loads paths with the options o, for the command cmd.
func load(ctx context.Context, cmd string, o *loadOptions, paths []string, stdout, stderr io.Writer) error {
	if err := o.check(); err != nil {
		fmt.Fprintf(stderr, "polgraph %s: %v\n", cmd, err)
		return errUsage
	}
	bar := o.progress == "bar" || o.progress == "auto" && isTerminal(stderr)
	logOut := stderr
	if bar {
		logOut = clearLine{stderr} // log lines must not land on the bar
	}
	logger := slog.New(slog.NewTextHandler(logOut, nil))
	l := &loader.Loader{
		Logger: logger, Format: o.format, Workers: o.workers, BatchSize: o.batch, MaxSize: o.maxSize,
		Stdin: os.Stdin, Retryable: graph.Retryable, RetryFor: o.retryFor, UnavailableHint: unavailableHint(),
		ExtractBudget: o.budget,
	}
	if bar {
		l.Progress = stderr
	}
	if o.dryRun {
		l.DryRun = func(input string, a polgraph.Article) { fmt.Fprintln(stdout, wouldLoad(input, a)) }
		s, err := l.Load(ctx, paths)
		report(stdout, stderr, s, o.verbose, true)
		return err
	}
	db, err := openGraphRetrying(ctx, logger, o.retryFor)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(ctx))
	if o.deadPath == "" {
		o.deadPath = filepath.Join(cacheDir(), "dead-letters", "polgraph-failed-"+time.Now().UTC().Format("20060102T150405")+".jsonl")
	}
	dead := &lazyFile{path: o.deadPath}
	l.Extractor, l.Store, l.DeadLetter = extract.Lazily{Extractor: extract.New()}, db, dead
	limitMemory(0, o.workers) // raised as longer articles are read
	l.TextRead = (&memoryByLongest{workers: o.workers}).textRead
	s, err := l.Load(ctx, paths)
	if cerr := dead.Close(); cerr != nil && err == nil {
		err = cerr
	}
	report(stdout, stderr, s, o.verbose, false)
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
	const usage = "usage: polgraph unload ID...   (\"-\" reads ids from standard input, one a line)\n\nRemoves the articles and every fact only they support; facts with other sources stay.\n"
	if err := parseFlags(fs, usage, args, stdout, stderr); err != nil {
		return err
	}
	if fs.NArg() == 0 {
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
			fmt.Fprintf(stdout, "unloaded %d of %d %s\n", total, len(ids), plural(len(ids), "article"))
			return err
		}
	}
	fmt.Fprintf(stdout, "unloaded %d of %d %s\n", total, len(ids), plural(len(ids), "article"))
	return nil
}

// openGraphRetrying is openGraph that waits, with backoff, for a Neo4j
// that is starting or restarting.
func openGraphRetrying(ctx context.Context, logger *slog.Logger, retryFor time.Duration) (*graph.DB, error) {
	const firstWait = 500 * time.Millisecond
	start := time.Now()
	wait := firstWait
	for {
		db, err := openGraph(ctx)
		hint := unavailableHint()
		switch {
		case err == nil || !graph.Retryable(err):
			return db, err
		case time.Since(start) > retryFor && hint != "":
			return nil, fmt.Errorf("%w (%s)", err, hint)
		case time.Since(start) > retryFor:
			return nil, err
		}
		args := []any{"in", wait.String(), "err", err}
		if hint != "" && wait == firstWait {
			args = append(args, "hint", hint)
		}
		logger.Warn("Neo4j unavailable, retrying", args...)
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
		if err := os.MkdirAll(filepath.Dir(l.path), 0o755); err != nil {
			return 0, err
		}
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
