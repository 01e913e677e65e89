package loader

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// progress shows how a load goes, from its own goroutine so that it goes on
// reporting while a write blocks: a line redrawn in place on a terminal
// (articles done of the total when known, rate, failures, ETA), or a
// structured log line every logEvery otherwise. While the store is
// unavailable it says so, and how many articles wait to be written.
type progress struct {
	l     *Loader
	src   *source
	term  io.Writer
	start time.Time
	stop  chan struct{}
	done  chan struct{}

	mu      sync.Mutex
	written int
	failed  int
	bytes   int64     // input bytes accounted for by records taken
	waiting int       // articles in flight during the write under way
	writing time.Time // when the write under way started; zero between writes
	down    time.Time // when the store stopped answering; zero while it answers
	warned  bool      // the first outage was reported with the hint
}

const (
	drawEvery = 200 * time.Millisecond
	logEvery  = 10 * time.Second
	// stallAfter is how long a write may take before progress says Neo4j
	// has not answered: the driver retries for 30 s before it reports an
	// outage, and a batch takes well under a second.
	stallAfter = 3 * time.Second
)

func newProgress(l *Loader, src *source) *progress {
	p := &progress{l: l, src: src, term: l.Progress, start: time.Now(),
		stop: make(chan struct{}), done: make(chan struct{})}
	go p.run()
	return p
}

func (p *progress) run() {
	defer close(p.done)
	every := logEvery
	if p.term != nil {
		every = drawEvery
	}
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case <-tick.C:
			p.show(time.Now())
		case <-p.stop:
			return
		}
	}
}

// took accounts for the input bytes of a record taken.
func (p *progress) took(size int64) {
	p.mu.Lock()
	p.bytes += size
	p.mu.Unlock()
}

// update records what the summary says so far.
func (p *progress) update(s *Summary) {
	p.mu.Lock()
	p.written, p.failed = s.Written, s.Failed
	p.mu.Unlock()
}

// writeStarted records that a write begins, with waiting articles in
// flight (read but not yet written).
func (p *progress) writeStarted(waiting int) {
	p.mu.Lock()
	p.writing, p.waiting = time.Now(), waiting
	p.mu.Unlock()
}

// unavailable records that a write failed on an unavailable store. The
// first time, it warns at once, with the loader's hint (how to start a
// local Neo4j).
func (p *progress) unavailable(err error) {
	p.mu.Lock()
	first := p.down.IsZero()
	if first {
		p.down = p.writing // it stopped answering when the write began
	}
	hint := !p.warned && p.l.UnavailableHint != ""
	p.warned = true
	waiting := p.waiting
	p.mu.Unlock()
	if first {
		args := []any{"waiting", waiting, "err", err}
		if hint {
			args = append(args, "hint", p.l.UnavailableHint)
		}
		p.l.Logger.Warn("Neo4j unavailable, retrying", args...)
	}
}

// writeEnded records that the write under way returned.
func (p *progress) writeEnded() {
	p.mu.Lock()
	p.writing, p.waiting = time.Time{}, 0
	p.mu.Unlock()
}

// answered records that a write succeeded: the store answers again.
func (p *progress) answered() {
	p.mu.Lock()
	down := p.down
	p.down = time.Time{}
	p.mu.Unlock()
	if !down.IsZero() {
		p.l.Logger.Info("Neo4j is back", "after", time.Since(down).Round(time.Second).String())
	}
}

// stalled says how long the store has not answered, if it has not for
// stallAfter: what progress reports instead of an ETA.
func stalled(now, writing, down time.Time, waiting int) string {
	switch {
	case !down.IsZero():
		return fmt.Sprintf("Neo4j unavailable for %v, retrying, %d %s waiting", now.Sub(down).Round(time.Second), waiting, plural(waiting, "article"))
	case !writing.IsZero() && now.Sub(writing) >= stallAfter:
		return fmt.Sprintf("Neo4j has not answered for %v, %d %s waiting", now.Sub(writing).Round(time.Second), waiting, plural(waiting, "article"))
	}
	return ""
}

func (p *progress) show(now time.Time) {
	p.mu.Lock()
	written, failed, bytes := p.written, p.failed, p.bytes
	stall := stalled(now, p.writing, p.down, p.waiting)
	p.mu.Unlock()
	elapsed := now.Sub(p.start)
	total, articles := p.src.total.Load(), p.src.articles.Load()
	var frac float64
	switch {
	case articles > 0:
		frac = min(float64(written+failed)/float64(articles), 1)
	case total > 0:
		frac = min(float64(bytes)/float64(total), 1)
	}
	var eta time.Duration
	if frac > 0 {
		eta = time.Duration(float64(elapsed) * (1 - frac) / frac).Round(time.Second)
	}
	done := fmt.Sprintf("%d %s", written, plural(written, "article"))
	if articles > 0 {
		done = fmt.Sprintf("%d/%d articles", written, articles)
	}
	if p.term == nil {
		if stall != "" {
			p.l.Logger.Warn(stall, "written", done, "failed", failed)
			return
		}
		args := []any{"written", done, "failed", failed, "rate", Rate(written, elapsed)}
		if frac > 0 {
			args = append(args, "done", fmt.Sprintf("%.1f%%", 100*frac), "eta", eta.String())
		}
		p.l.Logger.Info("progress", args...)
		return
	}
	line := fmt.Sprintf("%s  %s  %d failed", done, Rate(written, elapsed), failed)
	if stall != "" {
		line += "  " + stall
	} else if frac > 0 {
		line += fmt.Sprintf("  ETA %v", eta)
	}
	if total > 0 || articles > 0 {
		const width = 20
		n := int(frac * width)
		line = fmt.Sprintf("[%s%s] %5.1f%%  %s", strings.Repeat("=", n), strings.Repeat(" ", width-n), 100*frac, line)
	}
	fmt.Fprintf(p.term, "\r\033[K%s", line)
}

func (p *progress) finish() {
	close(p.stop)
	<-p.done
	if p.term != nil {
		p.show(time.Now())
		fmt.Fprintln(p.term)
	}
}

// Rate says how fast n articles went in d, in terms that are right for
// short loads too: articles a second with one decimal, or a minute when
// fewer than one a second.
func Rate(n int, d time.Duration) string {
	perSec := float64(n) / max(d.Seconds(), 1e-3)
	switch {
	case n == 0:
		return "no articles yet"
	case perSec >= 0.95:
		return fmt.Sprintf("%.1f articles/s", perSec)
	}
	return fmt.Sprintf("%.1f articles/min", 60*perSec)
}

// plural is noun, with an s unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return noun
	}
	return noun + "s"
}
