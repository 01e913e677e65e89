package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/polgraph/polgraph"
)

// WriteExtractions writes a batch of articles' extractions in one managed
// write transaction, so each article's facts commit together and the driver
// retries the whole batch on transient errors (deadlocks, leader changes,
// a restarted server). An article whose extraction is unchanged since it
// was last written is skipped without touching a property; a changed one (a
// corrected text, new metadata, a new extractor) has its old support removed
// first, in the same transaction. docs/graph-model.md describes the result.
func (db *DB) WriteExtractions(ctx context.Context, exs []*polgraph.Extraction) error {
	arts, err := prepare(exs)
	if err != nil || len(arts) == 0 {
		return err
	}
	_, err = db.executeWrite(ctx, "write_extractions", func(tx neo4j.ManagedTransaction) (any, error) {
		return nil, writeBatch(ctx, tx, arts)
	})
	if err != nil {
		return fmt.Errorf("graph: write %d articles (first %s): %w", len(arts), arts[0].id, err)
	}
	return nil
}

// changedArticles returns the articles of the batch that are new or whose
// extraction changed, and the ids of the changed ones (their old support
// must go first).
func changedArticles(ctx context.Context, tx neo4j.ManagedTransaction, all []*article) (arts []*article, replaced []string, err error) {
	ids := make([]string, len(all))
	for i, a := range all {
		ids[i] = a.id
	}
	res, err := run(ctx, tx, existingArticlesCypher, map[string]any{"ids": ids})
	if err != nil {
		return nil, nil, fmt.Errorf("graph: read article hashes: %w", err)
	}
	hashes := make(map[string]string)
	for _, r := range res {
		hashes[str(r, "id")] = str(r, "hash")
	}
	for _, a := range all {
		h, ok := hashes[a.id]
		switch {
		case ok && h == a.extractionHash:
			continue // unchanged: not a single property rewritten
		case ok:
			replaced = append(replaced, a.id)
		}
		arts = append(arts, a)
	}
	return arts, replaced, nil
}

const existingArticlesCypher = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.extractionHash AS hash`

// writeBatch is the transaction function: it may run several times. Which
// articles to write is decided twice: first without the lock, so that a
// batch of unchanged articles (a second loader over the same input) costs
// one read and waits for no one; then under the write lock (lock.go),
// which is what counts: another writer may have committed some of the
// batch's articles while this one waited for the lock.
func writeBatch(ctx context.Context, tx neo4j.ManagedTransaction, all []*article) error {
	arts, _, err := changedArticles(ctx, tx, all)
	if err != nil || len(arts) == 0 {
		return err
	}
	if err := lockWrites(ctx, tx); err != nil {
		return err
	}
	arts, replaced, err := changedArticles(ctx, tx, all)
	if err != nil || len(arts) == 0 {
		return err
	}
	if err := removeSupport(ctx, tx, replaced); err != nil {
		return err
	}
	if err := matchEvents(ctx, tx, arts); err != nil {
		return err
	}
	if err := writeRows(ctx, tx, arts); err != nil {
		return err
	}
	if err := writeClaims(ctx, tx, arts); err != nil {
		return err
	}
	// Entities and events were summarised as they were written; removeSupport
	// recomputed what the replaced articles took away. Only the events'
	// status labels are left, a denial written by the batch being one cause.
	var events []string
	for _, a := range arts {
		for _, ev := range a.events {
			events = append(events, ev.id)
		}
	}
	return labelEvents(ctx, tx, dedupe(events))
}

// writeSteps are the statements that write a batch, in order: each names
// the UNWIND list of params it takes. MENTIONS and REPORTED_IN are CREATEd: an article being
// written is new or has had its support removed, and params writes one row
// per article and entity or event.
var writeSteps = []struct{ name, cypher, param string }{
	{"articles", articlesCypher, "articles"},
	{"entities", entitiesCypher, "entities"},
	{"mentions", mentionsCypher, "mentions"}, // in chunks: writeMentions
	{"events", eventsCypher, "events"},
	{"participations", participationsCypher, "parts"},
	{"facts", factsCypher, "facts"},
}

// writeRows runs the write statements over a batch's parameters.
func writeRows(ctx context.Context, tx neo4j.ManagedTransaction, arts []*article) error {
	p := params(arts)
	for _, step := range writeSteps {
		if len(p[step.param]) == 0 {
			continue
		}
		if step.param == "mentions" {
			if err := writeMentions(ctx, tx, arts); err != nil {
				return err
			}
			continue
		}
		if _, err := run(ctx, tx, step.cypher, map[string]any{step.param: p[step.param]}); err != nil {
			return fmt.Errorf("graph: write %s: %w", step.name, err)
		}
	}
	return nil
}

// mentionChunk is about how many mentions one MENTIONS statement sends:
// a 50 MB article has a million, and its rows' offsets as lists, with the
// Bolt message the driver builds of them, were the peak of its load
// (BENCHMARKS.md, "Work and memory per article"). An entity with more
// mentions is a statement of its own.
const mentionChunk = 1 << 16

// writeMentions creates the batch's MENTIONS edges, each with its
// mentions' offsets, a chunk of rows at a time, all in the caller's
// transaction; the offsets are listed only for the chunk being sent.
func writeMentions(ctx context.Context, tx neo4j.ManagedTransaction, arts []*article) error {
	var rows []map[string]any
	n := 0
	flush := func() error {
		if len(rows) == 0 {
			return nil
		}
		_, err := run(ctx, tx, mentionsCypher, map[string]any{"mentions": rows})
		rows, n = nil, 0
		if err != nil {
			return fmt.Errorf("graph: write mentions: %w", err)
		}
		return nil
	}
	for _, a := range arts {
		for i, e := range a.entities {
			ms := a.mentions(i)
			if n > 0 && n+len(ms) > mentionChunk {
				if err := flush(); err != nil {
					return err
				}
			}
			starts, ends := make([]int, len(ms)), make([]int, len(ms))
			for k, m := range ms {
				starts[k], ends[k] = m.Start, m.End
			}
			rows = append(rows, map[string]any{"article": e["article"], "id": e["id"], "count": e["count"],
				"name": e["name"], "aliases": e["aliases"], "starts": starts, "ends": ends})
			n += len(ms)
		}
	}
	return flush()
}

// params builds the UNWIND lists of a batch. A report, participation or
// fact that occurs twice for one article (two events of the article merged
// into one) is written once; events, entities and facts get one row each
// (write_group.go).
func params(arts []*article) map[string][]map[string]any {
	p := make(map[string][]map[string]any)
	seen := make(map[string]bool)
	once := func(key string) bool {
		if seen[key] {
			return false
		}
		seen[key] = true
		return true
	}
	for _, a := range arts {
		p["articles"] = append(p["articles"], a.row)
		p["mentions"] = append(p["mentions"], a.entities...)
		p["facts"] = append(p["facts"], a.facts...)
		for _, ev := range a.events {
			if once("r\x00" + ev.id + "\x00" + a.id) {
				p["events"] = append(p["events"], map[string]any{
					"id": ev.id, "article": a.id, "type": ev.typ, "eventId": ev.extID,
					"evidence": ev.evidence.Text, "start": ev.evidence.Start, "end": ev.evidence.End,
					"confidence": ev.confidence, "status": ev.status, "extractor": a.row["extractor"],
					"attribution": nullIfEmpty(ev.attribution),
					"date":        ev.date, "precision": ev.precision, "published": ev.published,
					"dateStart": nullIfEmpty(ev.start), "dateEnd": nullIfEmpty(ev.end),
				})
			}
			for _, pp := range ev.parts {
				if once("p\x00" + pp.entity + "\x00" + ev.id + "\x00" + pp.role + "\x00" + a.id) {
					p["parts"] = append(p["parts"], map[string]any{
						"entity": pp.entity, "event": ev.id, "role": pp.role, "article": a.id})
				}
			}
		}
	}
	p["events"] = groupReports(p["events"])
	p["parts"] = groupParticipations(p["parts"])
	p["entities"] = groupEntities(p["mentions"])
	p["facts"] = groupFacts(p["facts"])
	return p
}

const articlesCypher = `
UNWIND $articles AS a
MERGE (n:Article {id: a.id})
SET n.title = a.title, n.url = a.url, n.source = a.source, n.publishedAt = date(a.publishedAt),
    n.ingestedAt = datetime(), n.extractor = a.extractor, n.contentHash = a.contentHash,
    n.extractionHash = a.extractionHash, n.entityCount = a.entityCount,
    n.eventCount = a.eventCount, n.relationCount = a.relationCount,
    n.publishedFrom = a.publishedFrom, n.text = a.text`

// The kind label is set once, on creation: an id names one kind for good.
// The entity's summary grows by what the batch adds (groupEntities: one
// row per entity) instead of being recomputed from all its mentions (a
// country is mentioned by thousands of articles); the result is the same
// as recomputeEntitiesCypher's. It is one map so that every value is
// computed from the entity as it was.
const entitiesCypher = `
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
  ON CREATE SET n.kind = e.kind, n.name = e.name, n:$(e.label), n.aliases = [], n.aliasText = '',
                n.mentionCount = 0, n.articleCount = 0
SET n += {
  name: CASE WHEN size(e.name) > size(n.name) OR (size(e.name) = size(n.name) AND e.name < n.name)
             THEN e.name ELSE n.name END,
  aliases: CASE WHEN e.name = n.name AND all(x IN e.aliases WHERE x IN n.aliases) THEN n.aliases
    ELSE COLLECT { UNWIND n.aliases + [n.name, e.name] + e.aliases AS x
                   WITH DISTINCT x
                   WHERE x <> '' AND x <> CASE WHEN size(e.name) > size(n.name) OR (size(e.name) = size(n.name) AND e.name < n.name)
                                                THEN e.name ELSE n.name END
                   RETURN x ORDER BY x } END,
  mentionCount: n.mentionCount + e.count,
  articleCount: n.articleCount + e.articles,
  wikidata: coalesce(e.wikidata, n.wikidata),
  wikipedia: coalesce(e.wikipedia, n.wikipedia)
}
SET n.aliasText = reduce(s = '', x IN n.aliases | CASE WHEN s = '' THEN x ELSE s + '\n' + x END)`

const mentionsCypher = `
UNWIND $mentions AS e
MATCH (a:Article {id: e.article}), (n:Entity {id: e.id})
CREATE (a)-[:MENTIONS {count: e.count, starts: e.starts, ends: e.ends, name: e.name, aliases: e.aliases}]->(n)`

// A participation's articles list grows by the batch's articles
// (groupParticipations: one row per participation). No article of the
// batch is in it already: each is new or has had its support removed, as
// for REPORTED_IN; so the list is appended to, not searched.
const participationsCypher = `
UNWIND $parts AS p
MATCH (n:Entity {id: p.entity}), (v:Event {id: p.event})
MERGE (n)-[r:PARTICIPATED_IN {role: p.role}]->(v)
SET r.articles = coalesce(r.articles, []) + p.articles`

// A fact is one relationship (x)-[r:TYPE {role}]->(y) holding only
// aggregates: supportCount, validity and confidence. Each article's
// support is its own (:Article)-[:SUPPORTS]->(x) relationship carrying the
// sentence, offsets, bounds and confidence, found by the fact's key (see
// factKey) through the support_fact index. Writing an article adds its
// supports and folds them into the aggregates: it never reads or rewrites
// the supports of other articles, so its cost does not grow with the
// fact's history (docs/graph-model.md).

// factKey names a fact in its supports: type, from, to and role joined by
// the unit separator, which no id or role holds.
func factKey(typ, from, to, role string) string {
	return typ + "\x1f" + from + "\x1f" + to + "\x1f" + role
}

// factKeyOf is factKey in Cypher, for a fact r from s to t.
func factKeyOf(r, s, t string) string {
	return "type(" + r + ") + '\\u001F' + " + s + ".id + '\\u001F' + " + t + ".id + '\\u001F' + " + r + ".role"
}

// factBounds is a fact's current validity as supports keep theirs: each
// bound written "YYYY-MM-DD~precision" (see periodBound), so that ISO
// dates of one width compare as strings, the earliest start and the
// latest end are string extremes, and the precision comes with the day it
// qualifies ("2019-01-01~year": the article said 2019).
const factBounds = `CASE WHEN r.validFrom IS NOT NULL THEN toString(r.validFrom) + '~' + coalesce(r.validFromPrecision, '') END AS vf0,
     CASE WHEN r.validTo IS NOT NULL THEN toString(r.validTo) + '~' + coalesce(r.validToPrecision, '') END AS vt0`

// factAggregate is a unit subquery setting fact r's validity and
// confidence from ss, a list of {validFrom, validTo, confidence}: its
// supports, or its current aggregate and the supports a batch adds (a
// minimum and two maximums need nothing else). r.validity is the same
// period as the articles said it ("2019–2023-02-14", "2021-Q1–") and
// r.caption the role and years short enough for Neo4j Browser's edge
// captions, which can only show properties (caption.go).
var factAggregate = `
CALL (r, ss) {
  WITH r, reduce(m = null, s IN ss | CASE WHEN s.validFrom IS NULL OR (m IS NOT NULL AND m <= s.validFrom) THEN m ELSE s.validFrom END) AS vf,
       reduce(m = null, s IN ss | CASE WHEN s.validTo IS NULL OR (m IS NOT NULL AND m >= s.validTo) THEN m ELSE s.validTo END) AS vt,
       reduce(m = 0.0, s IN ss | CASE WHEN s.confidence > m THEN s.confidence ELSE m END) AS c
  WITH r, vf, vt, c, ` + factYears("vf", "vt") + ` AS years
  SET r.validFrom = date(left(vf, 10)), r.validFromPrecision = CASE WHEN size(vf) > 11 THEN substring(vf, 11) END,
      r.validTo = date(left(vt, 10)), r.validToPrecision = CASE WHEN size(vt) > 11 THEN substring(vt, 11) END,
      r.validity = CASE WHEN vf IS NOT NULL OR vt IS NOT NULL THEN ` + saidAs("vf") + ` + '–' + ` + saidAs("vt") + ` END,
      r.caption = ` + factCaption("r", "years") + `,
      r.confidence = c
}`

// saidAs is a Cypher expression writing a fact bound ("2019-01-01~year",
// see factBounds) at the precision the article gave it: 2019, 2019-03,
// 2019-Q1, 2019-W09 or 2019-03-02; "" for none.
func saidAs(v string) string {
	d := "date(left(" + v + ", 10))"
	return "CASE substring(" + v + ", 11) WHEN 'year' THEN left(" + v + ", 4) WHEN 'month' THEN left(" + v + ", 7) " +
		"WHEN 'quarter' THEN left(" + v + ", 4) + '-Q' + toString(" + d + ".quarter) " +
		"WHEN 'week' THEN toString(" + d + ".weekYear) + '-W' + right('0' + toString(" + d + ".week), 2) " +
		"ELSE coalesce(left(" + v + ", 10), '') END"
}

// factsCypher MERGEs each fact with a static type (one branch per type of
// factTypes, never from data): a static type lets MERGE look only at the
// relationships of that type between two entities that a thousand
// articles mention, where a dynamic one scans them all. groupFacts gives
// one row per fact, so no two rows update one relationship. A support's
// seq orders a fact's supports as they were written (the API's first N);
// the next one is found by the support_fact index, highest first (ordering
// by both of the index's properties is what lets the planner read it in
// order and stop at one, rather than sort every support of the fact).
var factsCypher = func() string {
	var branches []string
	for _, t := range factTypes {
		branches = append(branches, "  WITH x, y, f WHERE f.type = '"+t+"' MERGE (x)-[r:"+t+" {role: f.role}]->(y) RETURN r")
	}
	return `
UNWIND $facts AS f
MATCH (x:Entity {id: f.from}), (y:Entity {id: f.to})
CALL (x, y, f) {
` + strings.Join(branches, "\n  UNION\n") + `
}
WITH r, f, x, ` + factBounds + `,
     COLLECT { MATCH ()-[s:SUPPORTS]->() WHERE s.fact = f.key AND s.seq IS NOT NULL
               RETURN s.seq AS seq ORDER BY s.fact DESC, s.seq DESC LIMIT 1 } AS top
WITH r, f, x, coalesce(top[0] + 1, 0) AS base,
     [{validFrom: vf0, validTo: vt0, confidence: r.confidence}] + f.supports AS ss
SET r.supportCount = coalesce(r.supportCount, 0) + size(f.supports), r.roleShort = f.roleShort
WITH r, f, x, base, ss` + factAggregate + `
WITH f, x, base
UNWIND range(0, size(f.supports) - 1) AS i
WITH f, x, base + i AS seq, f.supports[i] AS s
MATCH (a:Article {id: s.article})
CREATE (a)-[:SUPPORTS {fact: f.key, seq: seq, type: f.type, to: f.to, role: f.role,
    evidence: s.evidence, start: s.start, end: s.end, validFrom: s.validFrom, validTo: s.validTo,
    confidence: s.confidence}]->(x)`
}()

// run runs one statement in tx and collects its records.
func run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// str returns a record's string value, "" when null or missing.
func str(r *neo4j.Record, key string) string {
	v, _ := r.Get(key)
	s, _ := v.(string)
	return s
}

// dedupe sorts and compacts ids.
func dedupe(ids []string) []string {
	slices.Sort(ids)
	return slices.Compact(ids)
}
