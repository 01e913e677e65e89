package loader

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// progress shows how a load goes: a bar redrawn in place on a terminal
// (done, rate, ETA), or a structured log line every logEvery otherwise.
type progress struct {
	l     *Loader
	src   *source
	term  io.Writer
	start time.Time
	last  time.Time
	bytes int64 // input bytes accounted for by records taken
}

const (
	drawEvery = 200 * time.Millisecond
	logEvery  = 10 * time.Second
)

func newProgress(l *Loader, src *source) *progress {
	now := time.Now()
	return &progress{l: l, src: src, term: l.Progress, start: now, last: now}
}

func (p *progress) update(s *Summary) {
	now := time.Now()
	every := logEvery
	if p.term != nil {
		every = drawEvery
	}
	if now.Sub(p.last) < every {
		return
	}
	p.last = now
	p.show(s, now)
}

func (p *progress) show(s *Summary, now time.Time) {
	elapsed := now.Sub(p.start)
	rate := float64(s.Written) / max(elapsed.Seconds(), 1e-3)
	total := p.src.total.Load()
	var frac float64
	var eta time.Duration
	if total > 0 && p.bytes > 0 {
		frac = min(float64(p.bytes)/float64(total), 1)
		eta = time.Duration(float64(elapsed) * (1 - frac) / frac).Round(time.Second)
	}
	if p.term == nil {
		args := []any{"written", s.Written, "failed", s.Failed, "rate", fmt.Sprintf("%.0f/s", rate)}
		if total > 0 {
			args = append(args, "done", fmt.Sprintf("%.1f%%", 100*frac), "eta", eta.String())
		}
		p.l.Logger.Info("progress", args...)
		return
	}
	line := fmt.Sprintf("%d written  %d failed  %.0f articles/s", s.Written, s.Failed, rate)
	if total > 0 {
		const width = 30
		n := int(frac * width)
		line = fmt.Sprintf("[%s%s] %5.1f%%  %s  ETA %v", strings.Repeat("=", n), strings.Repeat(" ", width-n), 100*frac, line, eta)
	}
	fmt.Fprintf(p.term, "\r\033[K%s", line)
}

func (p *progress) finish(s *Summary) {
	if p.term != nil {
		p.show(s, time.Now())
		fmt.Fprintln(p.term)
	}
}
