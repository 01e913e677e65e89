package graph

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/polgraph/polgraph"
)

// An event's summary (date, precision, period, status, summary sentence,
// first report, sourceCount) is kept up to date report by report, as an
// entity's or a fact's is: writing an article folds its reports into the
// summaries of the events it reports, without reading the other reports,
// so an event reported by thousands of articles costs the next one no more
// than the first. Two sortable keys make that possible (docs/graph-model.md):
//
//   - a report's key, "publishedAt|articleId" ("~" for an undated
//     article, so that it sorts last): the first report, which gives the
//     summary sentence and firstReported, is the one with the least key;
//   - its dating key, the rank of its precision (0 for day … 9 for
//     unknown) followed by its key: the event takes the dating of the
//     report with the least one, the most precise and earliest among
//     equals.
//
// The event keeps both least keys (firstKey, datingKey) and a count of
// reports per status (assertedCount, allegedCount, deniedCount). Removing
// reports decrements the counts; only when a removed report held one of
// the two keys (or no report of a known status is left) is the event
// recomputed from its reports.

// reportKey is the key of a report in an article published on published
// (YYYY-MM-DD or "").
func reportKey(published, articleID string) string {
	return cmp.Or(published, "~") + "|" + articleID
}

// datingKey is the dating key of a report of the given precision.
func datingKey(precision, key string) string {
	return strconv.Itoa(precisionRank(precision)) + key
}

// reportKeyOf and datingKeyOf are reportKey and datingKey in Cypher, for
// report r of article a.
const (
	reportKeyOf     = `coalesce(toString(a.publishedAt), '~') + '|' + a.id`
	datingKeyOf     = `toString(` + precisionRankOf + `) + ` + reportKeyOf
	precisionRankOf = `CASE r.precision WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2
                WHEN 'quarter' THEN 3 WHEN 'year' THEN 4 ELSE 9 END`
)

// groupReports folds a batch's report rows (one per event and article)
// into one row per event: its reports, how many there are of each status,
// and the batch's first report and most precise dating, which
// eventsCypher compares with the event's own.
func groupReports(rows []map[string]any) []map[string]any {
	byID := make(map[string]map[string]any)
	var out []map[string]any
	for _, r := range rows {
		id := r["id"].(string)
		g, ok := byID[id]
		if !ok {
			g = map[string]any{"id": id, "type": r["type"], "reports": []map[string]any{},
				"asserted": 0, "alleged": 0, "denied": 0}
			byID[id] = g
			out = append(out, g)
		}
		g["reports"] = append(g["reports"].([]map[string]any), r)
		if status := r["status"].(string); slices.Contains(polgraph.Statuses, polgraph.Status(status)) {
			g[status] = g[status].(int) + 1 // assertedCount, allegedCount, deniedCount
		}
		key := reportKey(r["published"].(string), r["article"].(string))
		if first, ok := g["first"].(map[string]any); !ok || key < first["key"].(string) {
			g["first"] = map[string]any{"key": key, "evidence": r["evidence"], "status": r["status"],
				"published": nullIfEmpty(r["published"].(string))}
		}
		dating := datingKey(r["precision"].(string), key)
		if d, ok := g["dating"].(map[string]any); !ok || dating < d["key"].(string) {
			g["dating"] = map[string]any{"key": dating, "date": r["date"], "precision": r["precision"],
				"start": r["dateStart"], "end": r["dateEnd"]}
		}
	}
	return out
}

// eventsCypher writes one row of groupReports: the event (created by its
// first report), its summary folded with the batch's reports, then the
// reports. Each value is computed from the event as it was before the SET.
const eventsCypher = `
UNWIND $events AS g
MERGE (v:Event {id: g.id})
  ON CREATE SET v.type = g.type, v.sourceCount = 0, v.assertedCount = 0, v.allegedCount = 0, v.deniedCount = 0
WITH v, g, v.firstKey IS NULL OR g.first.key < v.firstKey AS first,
     v.datingKey IS NULL OR g.dating.key < v.datingKey AS dating
SET v += {
  sourceCount: v.sourceCount + size(g.reports),
  assertedCount: v.assertedCount + g.asserted,
  allegedCount: v.allegedCount + g.alleged,
  deniedCount: v.deniedCount + g.denied,
  status: CASE WHEN v.assertedCount + g.asserted > 0 THEN 'asserted'
               WHEN v.allegedCount + g.alleged > 0 THEN 'alleged'
               WHEN v.deniedCount + g.denied > 0 THEN 'denied'
               WHEN first THEN g.first.status ELSE v.status END
}
SET v += CASE WHEN first THEN {firstKey: g.first.key, summary: g.first.evidence,
                               firstReported: date(g.first.published)} ELSE {} END
SET v += CASE WHEN dating THEN {datingKey: g.dating.key, date: g.dating.date, precision: g.dating.precision,
                                dateStart: date(g.dating.start), dateEnd: date(g.dating.end)} ELSE {} END
WITH v, g
UNWIND g.reports AS e
MATCH (a:Article {id: e.article})
CREATE (v)-[:REPORTED_IN {evidence: e.evidence, start: e.start, end: e.end, confidence: e.confidence,
    status: e.status, extractor: e.extractor, eventId: e.eventId, type: e.type, attribution: e.attribution,
    date: e.date, precision: e.precision,
    dateStart: date(e.dateStart), dateEnd: date(e.dateEnd)}]->(a)`

// recomputeEventsCypher gives events their summary back from all their
// reports, after a removal took away a report holding one of its keys, or
// a repair: the first report (least key) gives the summary, the least
// dating key the date.
const recomputeEventsCypher = `
UNWIND $ids AS id
MATCH (v:Event {id: id})
WITH v, COLLECT { MATCH (v)-[r:REPORTED_IN]->(a:Article)
                  RETURN {date: r.date, precision: r.precision, start: r.dateStart, end: r.dateEnd,
                          status: r.status, evidence: r.evidence, published: a.publishedAt,
                          key: ` + reportKeyOf + `, dating: ` + datingKeyOf + `} AS x
                  ORDER BY x.key } AS reps
WITH v, reps, [x IN reps | x.status] AS statuses,
     reduce(best = null, x IN reps | CASE WHEN best IS NULL OR x.dating < best.dating THEN x ELSE best END) AS d
WITH v, reps, d, size([s IN statuses WHERE s = 'asserted']) AS asserted,
     size([s IN statuses WHERE s = 'alleged']) AS alleged, size([s IN statuses WHERE s = 'denied']) AS denied
SET v.date = d.date, v.precision = d.precision, v.dateStart = d.start, v.dateEnd = d.end, v.datingKey = d.dating,
    v.summary = reps[0].evidence, v.firstReported = reps[0].published, v.firstKey = reps[0].key,
    v.sourceCount = size(reps), v.assertedCount = asserted, v.allegedCount = alleged, v.deniedCount = denied,
    v.status = CASE WHEN asserted > 0 THEN 'asserted' WHEN alleged > 0 THEN 'alleged'
                    WHEN denied > 0 THEN 'denied' ELSE reps[0].status END`
