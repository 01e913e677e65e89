package graphtest

import (
	"context"
	"fmt"
	"time"

	"github.com/polgraph/polgraph/graph"
)

// testPrefix starts the ids of every article Prefix hands out.
const testPrefix = "zz-"

// leftoverAge is the age past which a test's article is a crashed run's:
// longer than any test binary may run (`make soak`'s 90 minutes), so no
// test still running loses its data.
const leftoverAge = 3 * time.Hour

// sweepLeftovers unloads the articles crashed runs left under testPrefix:
// a test binary killed by its timeout, or a run stopped mid-way, never ran
// its cleanups, and a database kept between runs (the .cache of `make
// test`) piles them up until they fill the pages other tests read.
func sweepLeftovers(ctx context.Context, db *graph.DB) error {
	for {
		ids, err := db.ArticlesIngestedBefore(ctx, testPrefix, time.Now().Add(-leftoverAge), 500)
		if err != nil || len(ids) == 0 {
			return err
		}
		if _, err := db.UnloadArticles(ctx, ids); err != nil {
			return fmt.Errorf("unload %d leftover test articles: %w", len(ids), err)
		}
	}
}
