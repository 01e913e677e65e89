package graph

import (
	"context"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// executeWrite runs work in a managed write transaction (the driver retries
// it on transient errors) as execRead runs a read: with the time left
// before ctx's deadline as the transaction timeout, reported to the
// observer under name, its error wrapping ctx's once ctx is done.
// WriteExtractions ("write_extractions") and UnloadArticles
// ("unload_articles") run through it.
func (db *DB) executeWrite(ctx context.Context, name string, work neo4j.ManagedTransactionWork) (any, error) {
	sess := db.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db.database, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	var config []func(*neo4j.TransactionConfig)
	if timeout, ok := txTimeout(ctx); ok {
		config = append(config, neo4j.WithTxTimeout(timeout))
	}
	start := time.Now()
	res, err := sess.ExecuteWrite(ctx, work, config...)
	db.observe(name, time.Since(start), err)
	return res, spent(ctx, err)
}
