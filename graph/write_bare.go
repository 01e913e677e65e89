package graph

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/polgraph/polgraph"
)

// WriteBare writes extractions with the same UNWIND statements as
// WriteExtractions and nothing else: no change detection, no replacement
// of a corrected article, no cross-article event merge (each event keeps
// its extractor id), no recomputed summaries. It exists to measure the
// ceiling of writing this graph on a machine (BENCHMARKS.md); loading
// real data must use WriteExtractions.
func (db *DB) WriteBare(ctx context.Context, exs []*polgraph.Extraction) error {
	arts, err := prepare(exs)
	if err != nil || len(arts) == 0 {
		return err
	}
	for _, a := range arts {
		for _, ev := range a.events {
			ev.id = ev.extID
		}
	}
	sess := db.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db.database, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	_, err = sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return nil, writeRows(ctx, tx, arts)
	})
	return err
}
