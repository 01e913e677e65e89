package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Writers serialise on one lock node. Every write transaction that changes
// the graph (WriteExtractions, UnloadArticles, Repair) first takes the
// exclusive lock on the (:WriteLock {id: "graph"}) node, which Neo4j holds
// until the transaction commits or rolls back, and only then reads what it
// decides on (which articles are new or changed, which events an incoming
// one merges into). So two loaders, or a loader and an ingestArticle call,
// never both decide that an article is new, and each sees everything the
// other committed: concurrent writers end with the graph of some sequential
// order of their transactions, with no duplicate edge and no lost counter
// update. Extraction, the costly part, stays parallel; only the writes
// queue. The node is created by the first writer (write_lock_id makes two
// first writers agree on one node) and never changes otherwise: setting and
// removing a property in the same statement is what takes the lock.
const lockCypher = `
MERGE (l:WriteLock {id: 'graph'})
SET l.locked = true
REMOVE l.locked`

// lockWrites takes the write lock for the rest of tx.
func lockWrites(ctx context.Context, tx neo4j.ManagedTransaction) error {
	if _, err := run(ctx, tx, lockCypher, nil); err != nil {
		return fmt.Errorf("graph: take the write lock: %w", err)
	}
	return nil
}
