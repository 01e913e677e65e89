package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// CheckReport is what Check found: edges that should exist once but exist
// several times, provenance naming an article twice, and summaries that
// disagree with the edges they summarise. Graphs written by versions
// before writes were serialised (concurrent loaders) can hold all of them.
type CheckReport struct {
	DuplicateMentions       int // MENTIONS edges beyond one per article and entity
	DuplicateReports        int // REPORTED_IN edges beyond one per event and article
	DuplicateParticipations int // PARTICIPATED_IN edges beyond one per entity, event and role
	DuplicateFacts          int // fact edges beyond one per (from, type, to, role)
	RepeatedSupports        int // participations whose articles list names an article twice
	DuplicateSupports       int // SUPPORTS edges beyond one per article and fact
	FactCounters            int // facts whose supportCount disagrees with their SUPPORTS edges
	EntityCounters          int // entities whose mentionCount or articleCount disagree with their MENTIONS
	EventCounters           int // events whose sourceCount, status counts or first/dating keys disagree with their REPORTED_IN
	Examples                []string
}

// Problems is the number of problems found.
func (r CheckReport) Problems() int {
	return r.DuplicateMentions + r.DuplicateReports + r.DuplicateParticipations + r.DuplicateFacts +
		r.RepeatedSupports + r.DuplicateSupports + r.FactCounters + r.EntityCounters + r.EventCounters
}

// String lists the non-zero findings, one a line, each in its number.
func (r CheckReport) String() string {
	var b strings.Builder
	for _, f := range []struct {
		n         int
		one, many string
	}{
		{r.DuplicateMentions, "duplicate MENTIONS edge", "duplicate MENTIONS edges"},
		{r.DuplicateReports, "duplicate REPORTED_IN edge", "duplicate REPORTED_IN edges"},
		{r.DuplicateParticipations, "duplicate PARTICIPATED_IN edge", "duplicate PARTICIPATED_IN edges"},
		{r.DuplicateFacts, "duplicate fact edge", "duplicate fact edges"},
		{r.RepeatedSupports, "participation naming an article twice", "participations naming an article twice"},
		{r.DuplicateSupports, "duplicate SUPPORTS edge", "duplicate SUPPORTS edges"},
		{r.FactCounters, "fact whose supportCount disagrees with its supports", "facts whose supportCount disagrees with their supports"},
		{r.EntityCounters, "entity whose mentionCount/articleCount disagree with its mentions", "entities whose mentionCount/articleCount disagree with their mentions"},
		{r.EventCounters, "event whose sourceCount, status counts or first report disagree with its reports", "events whose sourceCount, status counts or first report disagree with their reports"},
	} {
		switch {
		case f.n == 1:
			fmt.Fprintf(&b, "1 %s\n", f.one)
		case f.n > 1:
			fmt.Fprintf(&b, "%d %s\n", f.n, f.many)
		}
	}
	return b.String()
}

// The checks. Each returns n (problems) and up to three example ids; an
// empty prefix matches every id.
var checks = []struct {
	name   string
	field  func(*CheckReport) *int
	cypher string
}{
	{"duplicate mentions", func(r *CheckReport) *int { return &r.DuplicateMentions }, `
MATCH (a:Article)-[m:MENTIONS]->(n:Entity) WHERE a.id STARTS WITH $prefix
WITH a, n, count(m) AS c WHERE c > 1
RETURN sum(c - 1) AS n, collect(a.id + ' MENTIONS ' + n.id)[..3] AS examples`},
	{"duplicate reports", func(r *CheckReport) *int { return &r.DuplicateReports }, `
MATCH (v:Event)-[m:REPORTED_IN]->(a:Article) WHERE a.id STARTS WITH $prefix
WITH a, v, count(m) AS c WHERE c > 1
RETURN sum(c - 1) AS n, collect(v.id + ' REPORTED_IN ' + a.id)[..3] AS examples`},
	{"duplicate participations", func(r *CheckReport) *int { return &r.DuplicateParticipations }, `
MATCH (e:Entity)-[p:PARTICIPATED_IN]->(v:Event) WHERE e.id STARTS WITH $prefix
WITH e, v, p.role AS role, count(p) AS c WHERE c > 1
RETURN sum(c - 1) AS n, collect(e.id + ' PARTICIPATED_IN ' + v.id)[..3] AS examples`},
	{"duplicate facts", func(r *CheckReport) *int { return &r.DuplicateFacts }, `
MATCH (x:Entity)-[f:` + factAlternation + `]->(y:Entity) WHERE x.id STARTS WITH $prefix
WITH x, y, type(f) AS t, f.role AS role, count(f) AS c WHERE c > 1
RETURN sum(c - 1) AS n, collect(x.id + ' ' + t + ' ' + y.id)[..3] AS examples`},
	{"repeated supports", func(r *CheckReport) *int { return &r.RepeatedSupports }, `
MATCH (x:Entity)-[f:PARTICIPATED_IN]->() WHERE x.id STARTS WITH $prefix
  AND size(f.articles) > size(COLLECT { UNWIND f.articles AS a RETURN DISTINCT a })
RETURN count(f) AS n, collect(x.id + ' ' + type(f))[..3] AS examples`},
	{"duplicate supports", func(r *CheckReport) *int { return &r.DuplicateSupports }, `
MATCH (a:Article)-[s:SUPPORTS]->(:Entity) WHERE a.id STARTS WITH $prefix
WITH a, s.fact AS fact, count(s) AS c WHERE c > 1
RETURN sum(c - 1) AS n, collect(a.id + ' SUPPORTS ' + replace(fact, '\u001F', ' '))[..3] AS examples`},
	{"fact counters", func(r *CheckReport) *int { return &r.FactCounters }, `
MATCH (x:Entity)-[r:` + factAlternation + `]->(y:Entity) WHERE x.id STARTS WITH $prefix
  AND coalesce(r.supportCount, -1) <> COUNT { MATCH ()-[s:SUPPORTS]->() WHERE s.fact = ` + factKeyOf("r", "x", "y") + ` }
RETURN count(r) AS n, collect(x.id + ' ' + type(r) + ' ' + y.id)[..3] AS examples`},
	{"entity counters", func(r *CheckReport) *int { return &r.EntityCounters }, `
MATCH (n:Entity) WHERE n.id STARTS WITH $prefix
WITH n, COLLECT { MATCH (:Article)-[m:MENTIONS]->(n) RETURN m.count } AS counts
WHERE n.mentionCount <> reduce(s = 0, c IN counts | s + c) OR n.articleCount <> size(counts)
RETURN count(n) AS n, collect(n.id)[..3] AS examples`},
	{"event counters", func(r *CheckReport) *int { return &r.EventCounters }, staleEvents + `
RETURN count(v) AS n, collect(v.id)[..3] AS examples`},
}

// staleEvents matches the events whose counts or keys (write_event_summary.go)
// disagree with their reports: what the next write would fold a report
// into.
const staleEvents = `
MATCH (v:Event) WHERE v.id STARTS WITH $prefix
WITH v, COLLECT { MATCH (v)-[r:REPORTED_IN]->(a:Article)
                  RETURN {status: r.status, key: ` + reportKeyOf + `, dating: ` + datingKeyOf + `} AS x } AS reps
WHERE coalesce(v.sourceCount, -1) <> size(reps)
   OR coalesce(v.assertedCount, -1) <> size([x IN reps WHERE x.status = 'asserted'])
   OR coalesce(v.allegedCount, -1) <> size([x IN reps WHERE x.status = 'alleged'])
   OR coalesce(v.deniedCount, -1) <> size([x IN reps WHERE x.status = 'denied'])
   OR coalesce(v.firstKey, '') <> reduce(k = '', x IN reps | CASE WHEN k = '' OR x.key < k THEN x.key ELSE k END)
   OR coalesce(v.datingKey, '') <> reduce(k = '', x IN reps | CASE WHEN k = '' OR x.dating < k THEN x.dating ELSE k END)
WITH v`

// Check looks for duplicate edges, repeated provenance and counters that
// disagree with the edges, among nodes whose id starts with prefix ("" for
// the whole graph). It reads only.
func (db *DB) Check(ctx context.Context, prefix string) (CheckReport, error) {
	var rep CheckReport
	for _, c := range checks {
		res, err := db.read(ctx, c.cypher, map[string]any{"prefix": prefix})
		if err != nil {
			return rep, fmt.Errorf("graph: check %s: %w", c.name, err)
		}
		if len(res.Records) == 0 {
			continue
		}
		r := res.Records[0]
		n, _ := r.Get("n")
		if v, ok := n.(int64); ok {
			*c.field(&rep) = int(v)
		}
		ex, _ := r.Get("examples")
		for _, x := range ex.([]any) {
			rep.Examples = append(rep.Examples, c.name+": "+x.(string))
		}
	}
	return rep, nil
}

// The repairs, run in order in one transaction. Duplicate article edges
// are copies written by two writers of one article: one copy stays (a
// support, the first written). Duplicate participations merge into one,
// their article lists concatenated, then lists naming an article twice
// keep its first support. Duplicate facts: one stays, and like every fact
// whose supports changed, gets its aggregates back from them.
var repairs = []struct{ name, cypher string }{
	{"duplicate mentions", `
MATCH (a:Article)-[m:MENTIONS]->(n:Entity) WHERE a.id STARTS WITH $prefix
WITH a, n, collect(m) AS ms WHERE size(ms) > 1
FOREACH (m IN tail(ms) | DELETE m)
RETURN collect(n.id) AS entities, [] AS events, [] AS facts`},
	{"duplicate reports", `
MATCH (v:Event)-[m:REPORTED_IN]->(a:Article) WHERE a.id STARTS WITH $prefix
WITH a, v, collect(m) AS ms WHERE size(ms) > 1
FOREACH (m IN tail(ms) | DELETE m)
RETURN [] AS entities, collect(v.id) AS events, [] AS facts`},
	{"duplicate participations", `
MATCH (e:Entity)-[p:PARTICIPATED_IN]->(v:Event) WHERE e.id STARTS WITH $prefix
WITH e, v, p.role AS role, collect(p) AS ps WHERE size(ps) > 1
WITH v, head(ps) AS keep, tail(ps) AS drop
SET keep.articles = keep.articles + reduce(l = [], p IN drop | l + p.articles)
FOREACH (p IN drop | DELETE p)
RETURN [] AS entities, collect(v.id) AS events, [] AS facts`},
	{"duplicate facts", `
MATCH (x:Entity)-[f:` + factAlternation + `]->(y:Entity) WHERE x.id STARTS WITH $prefix
WITH x, y, type(f) AS t, f.role AS role, collect(f) AS fs WHERE size(fs) > 1
FOREACH (f IN tail(fs) | DELETE f)
RETURN [] AS entities, [] AS events, collect(elementId(head(fs))) AS facts`},
	{"repeated participations", `
MATCH (e:Entity)-[p:PARTICIPATED_IN]->(v:Event) WHERE e.id STARTS WITH $prefix
  AND size(p.articles) > size(COLLECT { UNWIND p.articles AS a RETURN DISTINCT a })
SET p.articles = reduce(l = [], a IN p.articles | CASE WHEN a IN l THEN l ELSE l + a END)
RETURN [] AS entities, collect(v.id) AS events, [] AS facts`},
	{"duplicate supports", `
MATCH (a:Article)-[s:SUPPORTS]->(x:Entity) WHERE a.id STARTS WITH $prefix
WITH a, x, s ORDER BY s.seq
WITH a, x, s.fact AS fact, collect(s) AS ss WHERE size(ss) > 1
WITH x, head(ss) AS keep, tail(ss) AS drop
FOREACH (s IN drop | DELETE s)
WITH x, keep
MATCH (x)-[r:` + factAlternation + `]->(:Entity {id: keep.to}) WHERE type(r) = keep.type AND r.role = keep.role
RETURN [] AS entities, [] AS events, collect(elementId(r)) AS facts`},
	{"fact counters", `
MATCH (x:Entity)-[r:` + factAlternation + `]->(y:Entity) WHERE x.id STARTS WITH $prefix
  AND coalesce(r.supportCount, -1) <> COUNT { MATCH ()-[s:SUPPORTS]->() WHERE s.fact = ` + factKeyOf("r", "x", "y") + ` }
RETURN [] AS entities, [] AS events, collect(elementId(r)) AS facts`},
	{"entity counters", `
MATCH (n:Entity) WHERE n.id STARTS WITH $prefix
WITH n, COLLECT { MATCH (:Article)-[m:MENTIONS]->(n) RETURN m.count } AS counts
WHERE n.mentionCount <> reduce(s = 0, c IN counts | s + c) OR n.articleCount <> size(counts)
RETURN collect(n.id) AS entities, [] AS events, [] AS facts`},
	{"event counters", staleEvents + `
RETURN [] AS entities, collect(v.id) AS events, [] AS facts`},
}

// Repair fixes what Check finds, under the write lock and in one
// transaction, from the articles' own edges: duplicate copies of an
// article's MENTIONS, REPORTED_IN and SUPPORTS go, duplicate
// participations and facts merge with each article's support kept once,
// and the summaries of every entity, event and fact touched are recomputed
// from their edges. It returns what Check found before repairing.
func (db *DB) Repair(ctx context.Context, prefix string) (CheckReport, error) {
	rep, err := db.Check(ctx, prefix)
	if err != nil || rep.Problems() == 0 {
		return rep, err
	}
	_, err = db.executeWrite(ctx, "repair", func(tx neo4j.ManagedTransaction) (any, error) {
		if err := lockWrites(ctx, tx); err != nil {
			return nil, err
		}
		var t touched
		for _, r := range repairs {
			res, err := run(ctx, tx, r.cypher, map[string]any{"prefix": prefix})
			if err != nil {
				return nil, fmt.Errorf("graph: repair %s: %w", r.name, err)
			}
			t.entities = append(t.entities, stringList(res, "entities")...)
			t.events = append(t.events, stringList(res, "events")...)
			t.facts = append(t.facts, stringList(res, "facts")...)
		}
		return nil, recompute(ctx, tx, t)
	})
	if err != nil {
		return rep, fmt.Errorf("graph: repair: %w", err)
	}
	return rep, nil
}
