package graph

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// QueryObserver is told of every query the API runs: a read by its name
// (the file in cypher/read), a write transaction by the name it runs under
// (executeWrite), with how long it took and its error. /metrics times Neo4j
// with it, and tests count queries with it.
type QueryObserver func(name string, took time.Duration, err error)

// observers holds each DB's observer. It lives beside DB rather than in it
// so the read side stays in its own files.
var observers sync.Map // *DB → QueryObserver

// Observe makes db report every query to f (nil stops it).
func (db *DB) Observe(f QueryObserver) {
	if f == nil {
		observers.Delete(db)
		return
	}
	observers.Store(db, f)
}

// observe reports one query to db's observer, if it has one.
func (db *DB) observe(name string, took time.Duration, err error) {
	if f, ok := observers.Load(db); ok {
		f.(QueryObserver)(name, took, err)
	}
}

// profilers holds the function a DB hands each read query's plan to, when
// its reads run under PROFILE: set only by tests (export_test.go), which
// check that list queries start from an index.
var profilers sync.Map // *DB → func(name string, plan neo4j.ProfiledPlan)

// profiler returns db's profiler, if it has one.
func (db *DB) profiler() (func(string, neo4j.ProfiledPlan), bool) {
	f, ok := profilers.Load(db)
	if !ok {
		return nil, false
	}
	return f.(func(string, neo4j.ProfiledPlan)), true
}

// txTimeout is the transaction timeout of work done under ctx: the time
// left before its deadline. ctx stops the driver waiting; the timeout also
// stops the server working on a query nobody will read any more.
func txTimeout(ctx context.Context) (time.Duration, bool) {
	deadline, ok := ctx.Deadline()
	if !ok {
		return 0, false
	}
	return max(time.Until(deadline), time.Millisecond), true
}

// spent makes err, from work under ctx, wrap ctx's error once ctx is done:
// the driver reports a spent context as a connectivity error that does not
// wrap it, and callers want to tell timeouts apart.
func spent(ctx context.Context, err error) error {
	if err != nil && ctx.Err() != nil {
		return fmt.Errorf("%w: %w", ctx.Err(), err)
	}
	return err
}

// execRead runs one read query in a managed transaction routed to readers
// (the driver retries transient errors) and reports it to the observer.
func (db *DB) execRead(ctx context.Context, name, cypher string, params map[string]any) (*neo4j.EagerResult, error) {
	opts := []neo4j.ExecuteQueryConfigurationOption{neo4j.ExecuteQueryWithDatabase(db.database), neo4j.ExecuteQueryWithReadersRouting()}
	if timeout, ok := txTimeout(ctx); ok {
		opts = append(opts, neo4j.ExecuteQueryWithTransactionConfig(neo4j.WithTxTimeout(timeout)))
	}
	start := time.Now()
	res, err := neo4j.ExecuteQuery(ctx, db.driver, cypher, params, neo4j.EagerResultTransformer, opts...)
	db.observe(name, time.Since(start), err)
	return res, spent(ctx, err)
}
