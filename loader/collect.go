package loader

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/polgraph/polgraph"
)

// collector receives extracted records, puts them back in input order,
// writes them in batches and accounts for failures.
type collector struct {
	l        *Loader
	window   chan struct{}
	pending  map[int]*record
	next     int
	batch    []*record
	ticked   int // batch size at the last tick
	summary  Summary
	dead     *deadLetter
	progress *progress
}

func newCollector(l *Loader, window chan struct{}) *collector {
	return &collector{l: l, window: window, pending: make(map[int]*record),
		dead: &deadLetter{w: l.DeadLetter}}
}

// flushEvery is how often the collector checks for a batch that stopped
// growing: a slow stream (a feed piped in) still gets written promptly.
const flushEvery = 500 * time.Millisecond

func (c *collector) run(ctx context.Context, results <-chan *record, src *source) error {
	c.progress = newProgress(c.l, src)
	defer c.progress.finish()
	tick := time.NewTicker(flushEvery)
	defer tick.Stop()
	for {
		select {
		case r, ok := <-results:
			if !ok {
				return c.flush(ctx)
			}
			c.pending[r.seq] = r
			for {
				r, ok := c.pending[c.next]
				if !ok {
					break
				}
				delete(c.pending, c.next)
				c.next++
				if err := c.take(ctx, r); err != nil {
					return err
				}
			}
		case <-tick.C:
			// A batch that stopped growing is flushed: the input stalls
			// (a slow pipe), and what came must not wait for more.
			if len(c.batch) > 0 && len(c.batch) == c.ticked {
				if err := c.flush(ctx); err != nil {
					return err
				}
			}
			c.ticked = len(c.batch)
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// take handles the next record in input order.
func (c *collector) take(ctx context.Context, r *record) error {
	c.summary.Records++
	c.progress.took(r.size)
	defer c.progress.update(&c.summary)
	if r.err != nil {
		c.failed(r, r.err)
		<-c.window
		return nil
	}
	if c.l.DryRun != nil {
		c.l.DryRun(r.input, *r.article)
		c.summary.Written++
		<-c.window
		return nil
	}
	c.batch = append(c.batch, r)
	if len(c.batch) >= c.l.BatchSize || r.article != nil && len(r.article.Text) >= largeArticle {
		return c.flush(ctx) // a long article's results are not kept waiting for others
	}
	return nil
}

// flush writes the batch. On an error that retrying does not cure, it
// writes the articles one by one to find those at fault, so one bad
// article never costs its neighbours.
func (c *collector) flush(ctx context.Context) error {
	batch := c.batch
	c.batch = nil
	if len(batch) == 0 {
		return nil
	}
	defer func() {
		for range batch {
			<-c.window
		}
		c.progress.update(&c.summary)
	}()
	err := c.write(ctx, batch)
	switch {
	case err == nil:
		return nil
	case ctx.Err() != nil:
		return ctx.Err()
	case c.l.Retryable(err):
		for _, r := range batch {
			c.failed(r, err)
		}
		return fmt.Errorf("loader: store unavailable for %v: %w", c.l.RetryFor, err)
	case len(batch) == 1:
		c.failed(batch[0], err)
		return nil
	}
	c.l.Logger.Warn("batch failed; writing its articles one by one", "first", batch[0].input, "err", err)
	for _, r := range batch {
		switch err := c.write(ctx, []*record{r}); {
		case err == nil:
		case ctx.Err() != nil:
			return ctx.Err()
		case c.l.Retryable(err):
			c.failed(r, err)
			return fmt.Errorf("loader: store unavailable for %v: %w", c.l.RetryFor, err)
		default:
			c.failed(r, err)
		}
	}
	return nil
}

// write stores records, retrying with capped exponential backoff and jitter
// while the error is retryable (Neo4j down or restarting), for up to
// RetryFor. A retried batch is whole articles in one transaction, and
// writes are idempotent, so nothing is lost or doubled.
func (c *collector) write(ctx context.Context, batch []*record) error {
	exs := make([]*polgraph.Extraction, len(batch))
	for i, r := range batch {
		exs[i] = r.ex
	}
	start := time.Now()
	wait := 250 * time.Millisecond
	defer c.progress.writeEnded()
	for attempt := 1; ; attempt++ {
		c.progress.writeStarted(len(c.window))
		err := c.l.Store.WriteExtractions(ctx, exs)
		if err == nil {
			c.summary.Written += len(batch)
			c.progress.answered()
			return nil
		}
		if ctx.Err() != nil || !c.l.Retryable(err) || time.Since(start) > c.l.RetryFor {
			return err
		}
		c.progress.unavailable(err)
		c.l.Logger.Debug("write failed; retrying", "attempt", attempt, "in", wait.String(), "err", err)
		select {
		case <-time.After(wait/2 + rand.N(wait/2)):
		case <-ctx.Done():
			return ctx.Err()
		}
		wait = min(2*wait, 15*time.Second)
	}
}

// failed reports a record that could not be loaded.
func (c *collector) failed(r *record, err error) {
	c.summary.Failed++
	if len(c.summary.Failures) < c.l.MaxFailures {
		c.summary.Failures = append(c.summary.Failures, Failure{Input: r.input, Err: err})
	}
	c.l.Logger.Error("input failed", "input", r.input, "err", err)
	if err := c.dead.add(r, err); err != nil && !errors.Is(err, errNoDeadLetter) {
		c.l.Logger.Error("dead-letter write failed", "input", r.input, "err", err)
	}
	r.data, r.ex = nil, nil
}
