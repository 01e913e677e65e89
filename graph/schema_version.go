package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// SchemaVersion is the version of the graph model this polgraph reads and
// writes (docs/graph-model.md, "Schema version"). Version 1 is every graph
// written before versions were kept: facts held their provenance as lists
// and articles kept no text. Version 2: one SUPPORTS edge per fact and
// article, articles keep their text. Version 3: events keep counts of
// their reports by status and the keys of their first report and dating
// (firstKey, datingKey), so a report folds into its event's summary
// without reading the event's other reports.
const SchemaVersion = 3

// ErrSchemaOutdated is returned when the graph is older than SchemaVersion,
// or a rebuild of it has not finished: `polgraph rebuild` upgrades it.
var ErrSchemaOutdated = errors.New("graph: the graph must be rebuilt")

// SchemaState is what the graph's (:GraphSchema {id: 'graph'}) node says.
type SchemaState struct {
	Version    int
	Rebuilding string // "" or the step of an unfinished rebuild: "clear", "extract"
}

// Problem says why this polgraph must not read or write the graph as it
// is, or nil.
func (s SchemaState) Problem() error {
	switch {
	case s.Rebuilding != "":
		return fmt.Errorf("%w: a rebuild to schema version %d was interrupted: run `polgraph rebuild` to finish it", ErrSchemaOutdated, SchemaVersion)
	case s.Version < SchemaVersion:
		return fmt.Errorf("%w: the graph has schema version %d, this polgraph needs %d: run `polgraph rebuild` (it re-extracts every article from the text the graph keeps)", ErrSchemaOutdated, s.Version, SchemaVersion)
	case s.Version > SchemaVersion:
		return fmt.Errorf("graph: the graph has schema version %d, written by a newer polgraph than this one (%d): upgrade polgraph", s.Version, SchemaVersion)
	}
	return nil
}

// The node is created by the first polgraph to open the graph: a graph
// with articles and no node was written before versions were kept
// (version 1); an empty one gets this version.
const schemaStateCypher = `
WITH EXISTS { (:Article) } AS written
MERGE (s:GraphSchema {id: 'graph'})
  ON CREATE SET s.schemaVersion = CASE WHEN written THEN 1 ELSE $version END
RETURN s.schemaVersion AS version, coalesce(s.rebuilding, '') AS rebuilding`

// SchemaState reads the graph's schema version, stamping an empty graph
// with SchemaVersion.
func (db *DB) SchemaState(ctx context.Context) (SchemaState, error) {
	res, err := db.write(ctx, schemaStateCypher, map[string]any{"version": SchemaVersion})
	if err != nil {
		return SchemaState{}, fmt.Errorf("graph: read schema version: %w", err)
	}
	r := res.Records[0]
	v, _ := r.Get("version")
	n, _ := v.(int64)
	return SchemaState{Version: int(n), Rebuilding: str(r, "rebuilding")}, nil
}

// setSchemaState records s under the write lock.
func (db *DB) setSchemaState(ctx context.Context, s SchemaState) error {
	_, err := db.executeWrite(ctx, "set_schema_state", func(tx neo4j.ManagedTransaction) (any, error) {
		if err := lockWrites(ctx, tx); err != nil {
			return nil, err
		}
		_, err := run(ctx, tx, `
MERGE (s:GraphSchema {id: 'graph'})
SET s.schemaVersion = $version, s.rebuilding = CASE WHEN $rebuilding = '' THEN null ELSE $rebuilding END`,
			map[string]any{"version": s.Version, "rebuilding": s.Rebuilding})
		return nil, err
	})
	if err != nil {
		return fmt.Errorf("graph: record schema state: %w", err)
	}
	return nil
}

// MarkSchemaCurrent records that the graph is at SchemaVersion without
// rebuilding it: for a database known to hold nothing older, such as the
// one tests share.
func (db *DB) MarkSchemaCurrent(ctx context.Context) error {
	return db.setSchemaState(ctx, SchemaState{Version: SchemaVersion})
}
