package graph

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// QueryObserver is told of every read query the API runs: its name (the
// file in cypher/read), how long it took and its error. /metrics times
// Neo4j with it, and tests count queries with it.
type QueryObserver func(name string, took time.Duration, err error)

// observers holds each DB's observer. It lives beside DB rather than in it
// so the read side stays in its own files.
var observers sync.Map // *DB → QueryObserver

// Observe makes db report every read query to f (nil stops it).
func (db *DB) Observe(f QueryObserver) {
	if f == nil {
		observers.Delete(db)
		return
	}
	observers.Store(db, f)
}

// execRead runs one read query in a managed transaction routed to readers
// (the driver retries transient errors) and reports it to the observer.
func (db *DB) execRead(ctx context.Context, name, cypher string, params map[string]any) (*neo4j.EagerResult, error) {
	opts := []neo4j.ExecuteQueryConfigurationOption{neo4j.ExecuteQueryWithDatabase(db.database), neo4j.ExecuteQueryWithReadersRouting()}
	if deadline, ok := ctx.Deadline(); ok {
		// ctx stops the driver waiting; the transaction timeout also stops
		// the server working on a query nobody will read any more.
		opts = append(opts, neo4j.ExecuteQueryWithTransactionConfig(neo4j.WithTxTimeout(max(time.Until(deadline), time.Millisecond))))
	}
	start := time.Now()
	res, err := neo4j.ExecuteQuery(ctx, db.driver, cypher, params, neo4j.EagerResultTransformer, opts...)
	if f, ok := observers.Load(db); ok {
		f.(QueryObserver)(name, time.Since(start), err)
	}
	if err != nil && ctx.Err() != nil {
		// The driver reports a spent context as a connectivity error that
		// does not wrap it; callers want to tell timeouts apart.
		err = fmt.Errorf("%w: %w", ctx.Err(), err)
	}
	return res, err
}
