package loader

import (
	"context"
	"fmt"
	"time"

	"github.com/polgraph/polgraph"
)

// DefaultExtractBudget is how long one article's extraction may take when
// the caller sets no budget: news articles take well under a second.
const DefaultExtractBudget = 30 * time.Second

// BudgetError is the failure of an article whose extraction took longer
// than its budget.
type BudgetError struct{ Budget time.Duration }

func (e *BudgetError) Error() string {
	return fmt.Sprintf("extraction exceeded %v budget", e.Budget)
}

// ExtractWithin extracts a with x, giving up after budget (none if budget
// is 0) with a *BudgetError, or as soon as ctx ends with ctx's error. It
// returns then even if x does not heed its context: the extraction goes on
// in the background until x notices, and its result is dropped. A safety
// net, so that one article the extractor cannot finish (a bug) fails alone
// and everything else goes on, and so that an interrupt stops at once.
func ExtractWithin(ctx context.Context, x Extractor, a polgraph.Article, budget time.Duration) (*polgraph.Extraction, error) {
	return Within(ctx, x.Extract, a, budget)
}

// Within is ExtractWithin for any form of extraction extract gives.
func Within[T any](ctx context.Context, extract func(context.Context, polgraph.Article) (T, error), a polgraph.Article, budget time.Duration) (T, error) {
	var none T
	parent := ctx
	var cancel context.CancelFunc // stops an abandoned extraction that heeds ctx
	if budget > 0 {
		ctx, cancel = context.WithTimeoutCause(ctx, budget, &BudgetError{budget})
	} else {
		ctx, cancel = context.WithCancel(ctx)
	}
	defer cancel()
	type result struct {
		ex  T
		err error
	}
	done := make(chan result, 1) // the goroutine never blocks, even abandoned
	go func() {
		ex, err := extract(ctx, a)
		done <- result{ex, err}
	}()
	select {
	case r := <-done:
		if r.err != nil && parent.Err() == nil && ctx.Err() != nil {
			return none, context.Cause(ctx) // x stopped for the budget
		}
		return r.ex, r.err
	case <-ctx.Done():
		if err := parent.Err(); err != nil {
			return none, err
		}
		return none, context.Cause(ctx)
	}
}
