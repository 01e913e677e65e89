package graph

import (
	"context"
	"sync"
	"sync/atomic"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// EntityLookup is the lookup of one entity made by the first batch read
// (a list under the entity: its facts, co-participants, events, …) run
// under a context from WithEntityLookup, in that read's query. A typed
// root field (person(id:)) needs its entity and the list the query asks
// under it; as two transactions they cost twice a transaction's least
// cost, most of what a small read costs on a loaded machine.
type EntityLookup struct {
	id     string
	taken  atomic.Bool
	done   chan struct{}
	once   sync.Once
	entity Entity
	found  bool
	served bool
}

// NewEntityLookup returns a lookup of the entity with id, not yet made.
func NewEntityLookup(id string) *EntityLookup {
	return &EntityLookup{id: id, done: make(chan struct{})}
}

type entityLookupKey struct{}

// WithEntityLookup returns ctx under which the first batch read also
// looks l's entity up.
func WithEntityLookup(ctx context.Context, l *EntityLookup) context.Context {
	return context.WithValue(ctx, entityLookupKey{}, l)
}

// Done is closed once a read has answered the lookup, or Release was
// called: then Result tells which.
func (l *EntityLookup) Done() <-chan struct{} { return l.done }

// Release closes Done when no read will answer the lookup (every read
// that might have has ended).
func (l *EntityLookup) Release() { l.once.Do(func() { close(l.done) }) }

// Result is the entity, whether it exists, and whether a read answered
// the lookup at all (if not, the caller looks it up itself). Only valid
// after Done.
func (l *EntityLookup) Result() (e Entity, found, served bool) { return l.entity, l.found, l.served }

// batchQuery runs a batch read, whose rows each hold a parent's "id"; the
// first under a context's EntityLookup also looks its entity up
// (with_entity.cypher), and drops the row of nulls a read with no row
// leaves there.
func (db *DB) batchQuery(ctx context.Context, name string, data any, params map[string]any) ([]*neo4j.Record, error) {
	l, _ := ctx.Value(entityLookupKey{}).(*EntityLookup)
	if l == nil || !l.taken.CompareAndSwap(false, true) {
		return db.query(ctx, name, data, params)
	}
	defer l.Release()
	inner, err := readCypher(name, data)
	if err != nil {
		return nil, err
	}
	cypher, err := readCypher("with_entity", inner)
	if err != nil {
		return nil, err
	}
	params["lookupId"] = l.id
	if n, _ := params["first"].(int); n < 1 {
		params["first"] = 1 // the lookup's row, when the read is of no parent
	}
	recs, err := db.run(ctx, name, cypher, params) // name's read, as observed
	if err != nil {
		return nil, err
	}
	rows := recs[:0]
	for i, r := range recs {
		row := recordRow(r)
		if i == 0 && row["lookedUp"] != nil {
			l.entity, l.found = row.row("lookedUp").entity(), true
		}
		if row["id"] != nil {
			rows = append(rows, r)
		}
	}
	l.served = true
	return rows, nil
}
