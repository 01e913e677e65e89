package loader_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/loader"
)

// stuck is an extractor that never finishes the article titled title and
// does not heed its context either, as an extractor with an endless loop
// would not; every other article goes to next.
type stuck struct {
	next    loader.Extractor
	title   string
	release chan struct{} // closed when the test ends, so no goroutine outlives it
}

func newStuck(t *testing.T, next loader.Extractor, title string) *stuck {
	s := &stuck{next: next, title: title, release: make(chan struct{})}
	t.Cleanup(func() { close(s.release) })
	return s
}

func (s *stuck) Extract(ctx context.Context, a polgraph.Article) (*polgraph.Extraction, error) {
	if a.Title == s.title {
		<-s.release
		return nil, errors.New("released")
	}
	return s.next.Extract(ctx, a)
}

// heeding is an extractor that runs until its context ends.
type heeding struct{}

func (heeding) Extract(ctx context.Context, _ polgraph.Article) (*polgraph.Extraction, error) {
	<-ctx.Done()
	return nil, fmt.Errorf("extract: %w", ctx.Err())
}

func TestExtractWithin(t *testing.T) {
	a := polgraph.Article{ID: "a", Title: "Elsbridge", Text: "Elsbridge voted."}
	quick := newStuck(t, newOracle("budget-"), "never")
	never := newStuck(t, quick, a.Title)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	for _, tc := range []struct {
		name    string
		ctx     context.Context
		x       loader.Extractor
		budget  time.Duration
		wantErr string // "" for a result
	}{
		{"in budget", context.Background(), quick, time.Minute, ""},
		{"no budget", context.Background(), quick, 0, ""},
		{"never ends", context.Background(), never, 50 * time.Millisecond, "extraction exceeded 50ms budget"},
		{"stops for its budget", context.Background(), heeding{}, 50 * time.Millisecond, "extraction exceeded 50ms budget"},
		{"interrupted, never ends", cancelled, never, time.Minute, "context canceled"},
		{"interrupted, no budget", cancelled, never, 0, "context canceled"},
		{"interrupted, stops", cancelled, heeding{}, time.Minute, "context canceled"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := loader.ExtractWithin(tc.ctx, tc.x, a, tc.budget)
			switch {
			case tc.wantErr == "" && (err != nil || ex == nil):
				t.Errorf("ExtractWithin = %v, %v; want an extraction", ex, err)
			case tc.wantErr != "" && (err == nil || err.Error() != tc.wantErr):
				t.Errorf("ExtractWithin = %v, %v; want error %q", ex, err, tc.wantErr)
			}
			var be *loader.BudgetError
			if want := strings.Contains(tc.wantErr, "budget"); errors.As(err, &be) != want {
				t.Errorf("error %v is a BudgetError: %v, want %v", err, !want, want)
			}
		})
	}
}

// TestStuckArticleFailsAlone: an article whose extraction does not end
// fails when its budget runs out, to the dead letter with the reason, and
// the articles around it load.
func TestStuckArticleFailsAlone(t *testing.T) {
	db := graphtest.Open(t)
	p := newPrefix(t, db)
	var lines strings.Builder
	for i := range 12 {
		fmt.Fprintf(&lines, `{"title": "Elsbridge %d", "text": "Elsbridge, part %d."}`+"\n", i, i)
	}
	path := filepath.Join(t.TempDir(), "news.jsonl")
	writeFile(t, path, []byte(lines.String()))
	var dead bytes.Buffer
	l := newLoader(db, nil, &dead)
	l.Extractor = newStuck(t, newOracle(p), "Elsbridge 7")
	l.ExtractBudget = 300 * time.Millisecond
	l.Workers = 2
	s, err := l.Load(context.Background(), []string{path})
	if !errors.Is(err, loader.ErrFailures) || s.Written != 11 || s.Failed != 1 {
		t.Fatalf("Load = %+v, %v; want 11 written and 1 failed", s, err)
	}
	var be *loader.BudgetError
	if f := s.Failures[0]; !strings.HasSuffix(f.Input, "news.jsonl:8") || !errors.As(f.Err, &be) {
		t.Errorf("failure = %s: %v; want news.jsonl:8 out of budget", f.Input, f.Err)
	}
	if got := dead.String(); !strings.Contains(got, `"error":"extraction exceeded 300ms budget"`) || !strings.Contains(got, `"title":"Elsbridge 7"`) {
		t.Errorf("dead letter = %s; want Elsbridge 7 with the budget as its reason", got)
	}
}
