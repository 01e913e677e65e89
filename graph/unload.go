package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// UnloadArticles removes the articles and every fact only they supported:
// their mentions, reports, their share of participations and facts (which
// go when no other article supports them), then events no longer reported
// and entities no longer mentioned. Facts with other sources stay, with
// their summaries recomputed. Unknown ids are ignored. It returns how many
// articles it removed.
func (db *DB) UnloadArticles(ctx context.Context, ids []string) (int, error) {
	if len(ids) == 0 {
		return 0, nil
	}
	n, err := db.executeWrite(ctx, "unload_articles", func(tx neo4j.ManagedTransaction) (any, error) {
		if err := lockWrites(ctx, tx); err != nil {
			return 0, err
		}
		if err := removeSupport(ctx, tx, ids); err != nil {
			return 0, err
		}
		res, err := run(ctx, tx, deleteArticlesCypher, map[string]any{"ids": ids})
		if err != nil {
			return 0, fmt.Errorf("graph: delete articles: %w", err)
		}
		n, _ := res[0].Get("n")
		return int(n.(int64)), nil
	})
	if err != nil {
		return 0, fmt.Errorf("graph: unload %d articles: %w", len(ids), err)
	}
	return n.(int), nil
}

const deleteArticlesCypher = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
DETACH DELETE a
RETURN count(*) AS n`

// touched lists the entities and events (by id) and facts (by element id)
// whose summaries must be recomputed.
type touched struct{ entities, events, facts []string }

// factAlternation is "MEMBER_OF|HOLDS_OFFICE|…": a static type list lets
// the expansion skip an entity's thousands of other relationships.
var factAlternation = strings.Join(factTypes, "|")

// The statements of removeSupport. Facts must go before the mentions
// (which delete entities left unmentioned).
var (
	// An article's supports, grouped by fact, are deleted and the fact's
	// count goes down by them. Only when a deleted support held one of the
	// fact's extremes (earliest start, latest end, highest confidence) are
	// the aggregates recomputed from the supports left (the support_fact
	// index finds them); a fact left with none goes.
	removeFactsCypher = `
UNWIND $ids AS id
MATCH (:Article {id: id})-[s:SUPPORTS]->(x:Entity)
WITH x, s.fact AS key, s.type AS type, s.to AS to, s.role AS role, collect(s) AS gone
WITH x, key, type, to, role, gone, [s IN gone | s {.validFrom, .validTo, .confidence}] AS lost
FOREACH (s IN gone | DELETE s)
WITH x, key, type, to, role, lost
MATCH (x)-[r:` + factAlternation + `]->(:Entity {id: to}) WHERE type(r) = type AND r.role = role
WITH r, key, lost, ` + factBounds + `
WITH r, key, size(lost) AS n, any(s IN lost WHERE s.confidence = r.confidence OR s.validFrom = vf0 OR s.validTo = vt0) AS extreme
SET r.supportCount = r.supportCount - n
WITH r, key, extreme
CALL (r, key, extreme) {
  WITH r, key WHERE r.supportCount > 0 AND extreme
  WITH r, COLLECT { MATCH ()-[s:SUPPORTS]->() WHERE s.fact = key RETURN s {.validFrom, .validTo, .confidence} } AS ss` +
		indent(factAggregate) + `
}
CALL (r) {
  WITH r WHERE r.supportCount <= 0
  DELETE r
}`

	// An article's reports go and the event's counts go down by them; a
	// participation loses the article. An event whose first report or
	// dating went, or left with no report of a known status, is returned
	// to be recomputed from its reports (write_event_summary.go); one left
	// with none goes. Every other surviving event is returned too, for its
	// status labels.
	removeReportsCypher = `
UNWIND $ids AS id
MATCH (v:Event)-[r:REPORTED_IN]->(a:Article {id: id})
WITH v, collect(id) AS gone, collect(r) AS reps, collect(r.status) AS statuses,
     collect(` + reportKeyOf + `) AS keys, collect(` + datingKeyOf + `) AS datings
CALL (v, gone) {
  MATCH (:Entity)-[p:PARTICIPATED_IN]->(v)
  WITH p, [x IN p.articles WHERE NOT x IN gone] AS keep
  SET p.articles = keep
  WITH p WHERE size(keep) = 0
  DELETE p
}
FOREACH (r IN reps | DELETE r)
SET v += {
  sourceCount: v.sourceCount - size(reps),
  assertedCount: v.assertedCount - size([s IN statuses WHERE s = 'asserted']),
  allegedCount: v.allegedCount - size([s IN statuses WHERE s = 'alleged']),
  deniedCount: v.deniedCount - size([s IN statuses WHERE s = 'denied'])
}
SET v.status = CASE WHEN v.assertedCount > 0 THEN 'asserted' WHEN v.allegedCount > 0 THEN 'alleged'
                    WHEN v.deniedCount > 0 THEN 'denied' ELSE v.status END
WITH v, v.id AS vid, v.firstKey IN keys OR v.datingKey IN datings
     OR v.assertedCount + v.allegedCount + v.deniedCount = 0 AS stale
CALL (v) {
  WITH v WHERE NOT EXISTS { (v)-[:REPORTED_IN]->() }
  DETACH DELETE v
}
RETURN collect(CASE WHEN stale THEN vid END) AS stale, collect(vid) AS events`

	// Counts go down by what the articles contributed. The name and
	// aliases need a recompute only if a surface form the articles gave is
	// now given by no other article (each check stops at the first other
	// article that does): a country's thousand mentions are not re-read.
	removeMentionsCypher = `
UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(n:Entity)
WITH n, collect(m) AS ms
WITH n, ms, reduce(c = 0, m IN ms | c + m.count) AS gone,
     reduce(fs = [], m IN ms | fs + [m.name] + m.aliases) AS forms
FOREACH (m IN ms | DELETE m)
SET n.mentionCount = n.mentionCount - gone, n.articleCount = n.articleCount - size(ms)
WITH n, n.id AS nid, forms, EXISTS { (:Article)-[:MENTIONS]->(n) } AS alive
WITH n, nid, alive, alive AND NOT all(x IN forms WHERE x = '' OR
       EXISTS { MATCH (:Article)-[k:MENTIONS]->(n) WHERE k.name = x OR x IN k.aliases }) AS stale
CALL (n, alive) {
  WITH n, alive WHERE NOT alive
  DETACH DELETE n
}
RETURN collect(CASE WHEN stale THEN nid END) AS entities`
)

// removeSupport removes everything the articles contributed, keeping the
// :Article nodes, deletes events and entities left without support and
// brings the others' summaries up to date at once, so a corrected article
// written next in the same transaction starts from the graph as if it had
// never been loaded: its events match against what the other articles say.
func removeSupport(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	p := map[string]any{"ids": ids}
	if err := removeClaims(ctx, tx, ids); err != nil {
		return err
	}
	if err := removeFacts(ctx, tx, ids); err != nil {
		return err
	}
	res, err := run(ctx, tx, removeReportsCypher, p)
	if err != nil {
		return fmt.Errorf("graph: remove reports: %w", err)
	}
	var t touched
	t.events = stringList(res, "stale") // those whose summaries need a recompute
	events := stringList(res, "events")
	res, err = run(ctx, tx, removeMentionsCypher, p)
	if err != nil {
		return fmt.Errorf("graph: remove mentions: %w", err)
	}
	t.entities = stringList(res, "entities") // those whose names need a recompute
	if err := recompute(ctx, tx, t); err != nil {
		return err
	}
	return labelEvents(ctx, tx, dedupe(events)) // their status, and the denials removed
}

// removeFacts removes the articles' supports from the facts they support,
// and facts left with none.
func removeFacts(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) error {
	if _, err := run(ctx, tx, removeFactsCypher, map[string]any{"ids": ids}); err != nil {
		return fmt.Errorf("graph: remove facts: %w", err)
	}
	return nil
}

// indent indents a Cypher fragment by two spaces, to sit in a subquery.
func indent(s string) string { return strings.ReplaceAll(s, "\n", "\n  ") }

// Recomputing summaries from the edges (docs/graph-model.md). A deleted
// node simply no longer matches.
const (
	recomputeEntitiesCypher = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH n, COLLECT { MATCH (:Article)-[m:MENTIONS]->(n) RETURN m.name AS x ORDER BY size(x) DESC, x LIMIT 1 }[0] AS name,
        COLLECT { MATCH (:Article)-[m:MENTIONS]->(n) RETURN m.count AS c } AS counts
SET n.name = name,
    n.mentionCount = reduce(s = 0, c IN counts | s + c),
    n.articleCount = size(counts),
    n.aliases = COLLECT { MATCH (:Article)-[m:MENTIONS]->(n) UNWIND [m.name] + m.aliases AS x
                          WITH DISTINCT x WHERE x <> name AND x <> '' RETURN x ORDER BY x }
WITH n
SET n.aliasText = reduce(s = '', x IN n.aliases | CASE WHEN s = '' THEN x ELSE s + '\n' + x END)`
)

// recomputeFactsCypher gives facts their count and aggregates back from
// their supports; a fact with none goes.
var recomputeFactsCypher = `
UNWIND $ids AS rid
MATCH (x:Entity)-[r]->(y:Entity) WHERE elementId(r) = rid
WITH r, COLLECT { MATCH ()-[s:SUPPORTS]->() WHERE s.fact = ` + factKeyOf("r", "x", "y") + `
                  RETURN s {.validFrom, .validTo, .confidence} } AS ss
SET r.supportCount = size(ss)
WITH r, ss` + factAggregate + `
WITH r WHERE r.supportCount = 0
DELETE r`

// recompute refreshes the summaries of touched entities, events and facts.
func recompute(ctx context.Context, tx neo4j.ManagedTransaction, t touched) error {
	if ids := dedupe(t.entities); len(ids) > 0 {
		if _, err := run(ctx, tx, recomputeEntitiesCypher, map[string]any{"ids": ids}); err != nil {
			return fmt.Errorf("graph: recompute entities: %w", err)
		}
	}
	if ids := dedupe(t.events); len(ids) > 0 {
		if _, err := run(ctx, tx, recomputeEventsCypher, map[string]any{"ids": ids}); err != nil {
			return fmt.Errorf("graph: recompute events: %w", err)
		}
		if err := labelEvents(ctx, tx, ids); err != nil {
			return err
		}
	}
	if ids := dedupe(t.facts); len(ids) > 0 {
		if _, err := run(ctx, tx, recomputeFactsCypher, map[string]any{"ids": ids}); err != nil {
			return fmt.Errorf("graph: recompute facts: %w", err)
		}
	}
	return nil
}

// stringList returns a list column of the first record as strings.
func stringList(res []*neo4j.Record, key string) []string {
	if len(res) == 0 {
		return nil
	}
	v, _ := res[0].Get(key)
	var out []string
	for _, x := range v.([]any) {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}
