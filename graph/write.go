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

// writeSteps are the statements that write a batch, in order. Each
// builds its rows only when it runs, so that one statement's rows (and the
// Bolt message the driver makes of them) are live at a time, not every
// statement's: a 50 MB article's thousands of events and their
// participations were the peak of its load (BENCHMARKS.md, "Work and
// memory per article"). MENTIONS and REPORTED_IN are CREATEd: an article being written
// is new or has had its support removed, and each step writes one row per
// article and entity or event.
var writeSteps = []struct {
	name  string
	write func(ctx context.Context, tx neo4j.ManagedTransaction, arts []*article) error
}{
	{"articles", func(ctx context.Context, tx neo4j.ManagedTransaction, arts []*article) error {
		rows := make([]map[string]any, len(arts))
		for i, a := range arts {
			rows[i] = a.row
		}
		return writeChunks(ctx, tx, articlesCypher, "articles", rows)
	}},
	{"entities", func(ctx context.Context, tx neo4j.ManagedTransaction, arts []*article) error {
		var rows []map[string]any
		for _, a := range arts {
			rows = append(rows, a.entities...)
		}
		return writeChunks(ctx, tx, entitiesCypher, "entities", groupEntities(rows))
	}},
	{"mentions", writeMentions},
	{"events", writeEvents},
	{"participations", writeParticipations},
	{"facts", func(ctx context.Context, tx neo4j.ManagedTransaction, arts []*article) error {
		var rows []map[string]any
		for _, a := range arts {
			rows = append(rows, a.facts...)
		}
		// groupFacts orders the whole batch's facts: one statement, as a
		// batch has few (some 850 in a 50 MB article)
		return writeChunks(ctx, tx, factsCypher, "facts", groupFacts(rows))
	}},
}

// writeRows runs the write statements over a batch.
func writeRows(ctx context.Context, tx neo4j.ManagedTransaction, arts []*article) error {
	for _, step := range writeSteps {
		if err := step.write(ctx, tx, arts); err != nil {
			return fmt.Errorf("graph: write %s: %w", step.name, err)
		}
	}
	return nil
}

// rowChunk is the most rows one statement of a batch's write sends; a
// longer list is sent in several statements of the same transaction. A
// batch of ordinary articles (some ten events each) is one statement.
var rowChunk = 2048

// writeChunks runs cypher over rows, as UNWIND $param, rowChunk rows a
// statement, dropping each chunk's rows once sent. Every row must stand
// alone (one per node or relationship written), as the grouping functions
// make them (write_group.go).
func writeChunks(ctx context.Context, tx neo4j.ManagedTransaction, cypher, param string, rows []map[string]any) error {
	for len(rows) > 0 {
		n := min(len(rows), rowChunk)
		if _, err := run(ctx, tx, cypher, map[string]any{param: rows[:n]}); err != nil {
			return err
		}
		clear(rows[:n])
		rows = rows[n:]
	}
	return nil
}

// writeGrouped writes groups of items, rowChunk groups a statement: the
// chunk's items as rows (rowOf), folded by fold into one row per group.
// Since a group is never split, each statement's rows are those fold gives
// for the whole batch, a chunk of them.
func writeGrouped[T any](ctx context.Context, tx neo4j.ManagedTransaction, cypher, param string, groups [][]T,
	rowOf func(T) map[string]any, fold func([]map[string]any) []map[string]any) error {
	for len(groups) > 0 {
		n := min(len(groups), rowChunk)
		var rows []map[string]any
		for _, g := range groups[:n] {
			for _, it := range g {
				rows = append(rows, rowOf(it))
			}
		}
		if _, err := run(ctx, tx, cypher, map[string]any{param: fold(rows)}); err != nil {
			return err
		}
		groups = groups[n:]
	}
	return nil
}

// grouped returns items grouped by key, the groups in order of their first
// item; an item whose key and article came before is left out (two events
// of an article merged into one report it once).
func grouped[T any](items []T, key, article func(T) string) [][]T {
	at := make(map[string]int)
	seen := make(map[string]bool)
	var out [][]T
	for _, it := range items {
		k := key(it)
		ka := k + "\x00" + article(it)
		if seen[ka] {
			continue
		}
		seen[ka] = true
		i, ok := at[k]
		if !ok {
			i = len(out)
			at[k] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], it)
	}
	return out
}

// report is an article's report of an event: a REPORTED_IN edge.
type report struct {
	a  *article
	ev *event
}

// writeEvents writes the batch's events and their REPORTED_IN edges, one
// row per event (groupReports).
func writeEvents(ctx context.Context, tx neo4j.ManagedTransaction, arts []*article) error {
	var reports []report
	for _, a := range arts {
		for _, ev := range a.events {
			reports = append(reports, report{a, ev})
		}
	}
	groups := grouped(reports, func(r report) string { return r.ev.id }, func(r report) string { return r.a.id })
	return writeGrouped(ctx, tx, eventsCypher, "events", groups, func(r report) map[string]any {
		ev := r.ev
		return map[string]any{
			"id": ev.id, "article": r.a.id, "type": ev.typ, "eventId": ev.extID,
			"evidence": ev.evidence.Text, "start": ev.evidence.Start, "end": ev.evidence.End,
			"confidence": ev.confidence, "status": ev.status, "extractor": r.a.row["extractor"],
			"attribution": nullIfEmpty(ev.attribution),
			"date":        ev.date, "precision": ev.precision, "published": ev.published,
			"dateStart": nullIfEmpty(ev.start), "dateEnd": nullIfEmpty(ev.end),
		}
	}, groupReports)
}

// participation is an article's word that an entity took part in an
// event in a role.
type participation struct {
	report
	p participant
}

// writeParticipations writes the batch's PARTICIPATED_IN edges, one row
// per entity, event and role (groupParticipations).
func writeParticipations(ctx context.Context, tx neo4j.ManagedTransaction, arts []*article) error {
	var parts []participation
	for _, a := range arts {
		for _, ev := range a.events {
			for _, p := range ev.parts {
				parts = append(parts, participation{report{a, ev}, p})
			}
		}
	}
	groups := grouped(parts, func(p participation) string { return p.p.entity + "\x00" + p.ev.id + "\x00" + p.p.role },
		func(p participation) string { return p.a.id })
	return writeGrouped(ctx, tx, participationsCypher, "parts", groups, func(p participation) map[string]any {
		return map[string]any{"entity": p.p.entity, "event": p.ev.id, "role": p.p.role, "article": p.a.id}
	}, groupParticipations)
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
		return err
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
