package graph

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/polgraph/polgraph"
)

// ToListModel rewrites the facts of the articles under prefix as schema
// version 1 kept them (parallel lists on the fact, no SUPPORTS edge, no
// supportCount): a graph an earlier polgraph wrote, for rebuild tests.
func (db *DB) ToListModel(ctx context.Context, prefix string) error {
	_, err := db.write(ctx, `
MATCH (a:Article)-[s:SUPPORTS]->(x:Entity) WHERE a.id STARTS WITH $prefix
MATCH (x)-[r:`+factAlternation+`]->(:Entity {id: s.to}) WHERE type(r) = s.type AND r.role = s.role
WITH r, s, a ORDER BY s.seq
WITH r, collect(s) AS ss, collect(a.id) AS ids
SET r.articles = ids, r.evidence = [s IN ss | s.evidence], r.starts = [s IN ss | s.start],
    r.ends = [s IN ss | s.end], r.froms = [s IN ss | coalesce(s.validFrom, '')],
    r.tos = [s IN ss | coalesce(s.validTo, '')], r.confidences = [s IN ss | s.confidence]
REMOVE r.supportCount
FOREACH (s IN ss | DELETE s)`, map[string]any{"prefix": prefix})
	return err
}

// SetEventProperties sets properties of the events under prefix (null
// removes one): counters gone wrong, or the events of a version 2 graph,
// which kept no counts by status and no keys.
func (db *DB) SetEventProperties(ctx context.Context, prefix string, props map[string]any) error {
	_, err := db.write(ctx, `MATCH (v:Event) WHERE v.id STARTS WITH $prefix SET v += $props`,
		map[string]any{"prefix": prefix, "props": props})
	return err
}

// Profile makes db run every read query under PROFILE, planned afresh,
// and hand its name and plan to f; nil stops it.
func (db *DB) Profile(f func(name string, plan neo4j.ProfiledPlan)) {
	if f == nil {
		profilers.Delete(db)
		return
	}
	profilers.Store(db, f)
}

// Exec runs cypher as a write, for tests that build a graph by hand.
func (db *DB) Exec(ctx context.Context, cypher string, params map[string]any) (*neo4j.EagerResult, error) {
	return db.write(ctx, cypher, params)
}

// ReadRaw runs cypher as a read query, for benchmarks that compare a query
// text with what the package runs.
func (db *DB) ReadRaw(ctx context.Context, cypher string, params map[string]any) (*neo4j.EagerResult, error) {
	return db.read(ctx, cypher, params)
}

// SaidAs is saidAs, for a table test against Neo4j.
var SaidAs = saidAs

// AsWrittenBeforeVersion2 makes article id look as a writer before
// writerVersion 2 left it: its extraction hash without the version, its
// events without :Undated.
func (db *DB) AsWrittenBeforeVersion2(ctx context.Context, id string, ex *polgraph.Extraction) error {
	_, err := db.write(ctx, `
MATCH (a:Article {id: $id}) SET a.extractionHash = $hash
WITH a MATCH (v:Event)-[:REPORTED_IN]->(a) REMOVE v:Undated`, map[string]any{"id": id, "hash": ExtractionHash(ex)})
	return err
}

// ShortRole, FactYears and FactCaption are shortRole, factYears and
// factCaption, for table tests.
var (
	ShortRole   = shortRole
	FactYears   = factYears
	FactCaption = factCaption
)

// MentionChunk is mentionChunk, for a test of an article with more.
const MentionChunk = mentionChunk

// SetRowChunk makes a write statement send at most n rows (rowChunk) until
// the returned function restores it.
func SetRowChunk(n int) (restore func()) {
	old := rowChunk
	rowChunk = n
	return func() { rowChunk = old }
}
