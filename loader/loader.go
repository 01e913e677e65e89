// Package loader streams articles from files, folders and standard input
// through extraction into the knowledge graph.
//
// Inputs are read by one goroutine, extracted in parallel by as many workers
// as there are cores, and written in input order, in batches, by one writer:
// one writer never deadlocks against itself, and input order makes a rerun
// produce exactly the graph an uninterrupted load would. A bounded window
// of records in flight keeps memory flat however large the input.
package loader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/polgraph/polgraph"
)

// Extractor extracts the knowledge of one article; *extract.Extractor is one.
type Extractor interface {
	Extract(ctx context.Context, a polgraph.Article) (*polgraph.Extraction, error)
}

// Store writes whole articles' extractions, atomically per article and
// idempotently; *graph.DB is one.
type Store interface {
	WriteExtractions(ctx context.Context, exs []*polgraph.Extraction) error
}

// Formats of an input. Auto detects from the name and the first bytes.
const (
	FormatAuto  = "auto"
	FormatText  = "text"
	FormatJSON  = "json"
	FormatJSONL = "jsonl"
	FormatHTML  = "html"
	FormatFeed  = "feed" // RSS or Atom: one article per item
)

// Formats lists the formats Load accepts.
var Formats = []string{FormatAuto, FormatText, FormatJSON, FormatJSONL, FormatHTML, FormatFeed}

// Loader loads inputs into a Store. Zero fields take the defaults noted.
type Loader struct {
	Extractor Extractor
	Store     Store
	Logger    *slog.Logger // default: discard

	Format      string           // default auto
	Workers     int              // parallel extractions; default GOMAXPROCS
	BatchSize   int              // articles per write transaction; default 100
	MaxSize     int64            // largest article file or JSON line, in bytes; default 8 MiB
	Stdin       io.Reader        // what "-" reads
	DeadLetter  io.Writer        // failed records as JSON Lines, loadable again; nil: none
	Progress    io.Writer        // a terminal to draw a progress bar on; nil: log lines instead
	Retryable   func(error) bool // whether a write error may pass by waiting; nil: none may
	RetryFor    time.Duration    // how long to keep retrying an unavailable store; default 5m
	MaxFailures int              // failures reported in Summary.Failures; default 100
	// UnavailableHint is said with the first report of an unavailable
	// store: how to make it available ("polgraph neo4j start").
	UnavailableHint string
	// DryRun, when set, makes Load read every article, extract and write
	// none, and hand each, in input order, to DryRun; Extractor and Store
	// may be nil. Summary.Written then counts the articles that would be.
	DryRun func(input string, a polgraph.Article)
	// ExtractBudget is the longest one article's extraction may take
	// before it fails alone (see ExtractWithin); default DefaultExtractBudget.
	ExtractBudget time.Duration
	// TextRead, when set, is told the length in bytes of each article's
	// text once it is read and before it is extracted, from the worker that
	// extracts it: polgraph load sizes its memory limit (MemoryLimit) by
	// the longest article so far rather than by MaxSize.
	TextRead func(bytes int64)
}

// Summary says what a load did.
type Summary struct {
	Inputs   int       // files and streams opened
	Records  int       // articles or would-be articles seen
	Written  int       // articles written (including unchanged ones); in a dry run, read
	Failed   int       // records that failed
	Failures []Failure // the first MaxFailures of them
	Skipped  []Skip    // files and folders a folder walk left out
	Elapsed  time.Duration
}

// Failure is one input or record that could not be loaded.
type Failure struct {
	Input string // "file", "file:line", "file:line:column" (malformed JSON) or "-:line"
	Err   error
}

// ErrFailures is returned, wrapped with the count, when some records failed
// but the rest loaded.
var ErrFailures = errors.New("some inputs failed")

func (l *Loader) defaults() {
	if l.Logger == nil {
		l.Logger = slog.New(slog.DiscardHandler)
	}
	if l.Format == "" {
		l.Format = FormatAuto
	}
	if l.Workers <= 0 {
		l.Workers = runtime.GOMAXPROCS(0)
	}
	if l.BatchSize <= 0 {
		l.BatchSize = 100
	}
	if l.MaxSize <= 0 {
		l.MaxSize = 8 << 20
	}
	if l.RetryFor <= 0 {
		l.RetryFor = 5 * time.Minute
	}
	if l.ExtractBudget <= 0 {
		l.ExtractBudget = DefaultExtractBudget
	}
	if l.MaxFailures <= 0 {
		l.MaxFailures = 100
	}
	if l.Retryable == nil {
		l.Retryable = func(error) bool { return false }
	}
}

// Load loads every path ("-" is Stdin; folders are walked recursively). It
// returns an error wrapping ErrFailures when some records failed and the
// rest loaded, or another error when the load stopped early: the context
// was cancelled, or the store stayed unavailable for RetryFor. Either way
// the summary counts what was done; loading the same inputs again finishes
// the job with the same graph.
func (l *Loader) Load(ctx context.Context, paths []string) (Summary, error) {
	l.defaults()
	if l.DryRun == nil && (l.Extractor == nil || l.Store == nil) {
		return Summary{}, errors.New("loader: Extractor and Store are required")
	}
	start := time.Now()
	parent := ctx
	ctx, cancel := context.WithCancel(ctx) // stops the source and workers when the writer stops
	defer cancel()

	window := make(chan struct{}, 4*l.Workers+2*l.BatchSize) // records in flight
	records := make(chan *record, 2*l.Workers)
	results := make(chan *record, 2*l.Workers)
	c := newCollector(l, window)
	src := &source{l: l, window: window, out: records}

	var srcErr error
	go func() {
		srcErr = src.run(ctx, paths)
		close(records)
	}()
	var wg sync.WaitGroup
	for range l.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range records {
				l.process(ctx, r)
				results <- r
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	err := c.run(ctx, results, src)
	cancel()
	for range results { // let workers and the source finish
	}
	s := c.summary
	s.Inputs = src.inputs()
	s.Skipped = src.skipped
	s.Elapsed = time.Since(start)
	if err == nil {
		err = srcErr
	}
	if err == nil && parent.Err() != nil {
		err = parent.Err()
	}
	if err == nil && s.Failed > 0 {
		err = fmt.Errorf("loader: %d of %d records failed: %w", s.Failed, s.Records, ErrFailures)
	}
	return s, err
}

// process reads and extracts one record, in a worker.
func (l *Loader) process(ctx context.Context, r *record) {
	if r.err != nil {
		return
	}
	if r.article == nil {
		a, err := l.read(r)
		if err != nil {
			r.err = err
			return
		}
		r.article = &a
	}
	r.data = nil // the article holds the text now; keep memory to one copy
	if l.DryRun != nil {
		return // read, and nothing more: nothing is written
	}
	if l.TextRead != nil {
		l.TextRead(int64(len(r.article.Text)))
	}
	ex, err := ExtractWithin(ctx, l.Extractor, *r.article, l.ExtractBudget)
	var budget *BudgetError
	switch {
	case errors.As(err, &budget):
		r.err = err // says what happened already
		return
	case err != nil:
		r.err = fmt.Errorf("extract: %w", err)
		return
	}
	if ex.Article.ID == "" {
		ex.Article = *r.article
	}
	if ex.Article.Text == "" {
		ex.Article.Text = r.article.Text // the graph hashes it to spot corrections
	}
	r.ex = ex
}
