package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// candidate is an :Event an incoming event may merge into: one already in
// the graph or one created earlier in the same batch.
type candidate struct {
	id, typ    string
	start, end string // "" when undated
	precision  string
	core       map[participant]bool
	reported   []string // an undated event's reports' publication days (YYYY-MM-DD)
}

// Candidates are found from the date side: events of the probe's type that
// start inside its period, or on the first day of a coarser period holding
// its start or end (week, month, quarter, year: a coarser dating always
// starts there). Both are seeks on the event_date index, where walking out
// from a participant would visit every event of a head of government. Then
// one participation check per candidate. The hints keep the plan: one
// compiled while the graph was small would start from the participant, and
// get slower with every event a head of government takes part in. A dated event's period must nest
// with the candidate's; an undated one's probe is the month before its
// article's publication (recentWindow), which the candidate must overlap.
const candidatesCypher = `
UNWIND $probes AS p
CALL (p) {
  MATCH (v:Event) USING INDEX v:Event(dateStart)
  WHERE v.dateStart IN [s IN p.starts | date(s)] AND v.type = p.type RETURN v
  UNION
  MATCH (v:Event) USING INDEX v:Event(dateStart)
  WHERE v.dateStart >= date(p.start) AND v.dateStart <= date(p.end) AND v.type = p.type RETURN v
}
WITH p, v
WHERE CASE WHEN p.overlap THEN v.dateStart <= date(p.end) AND date(p.start) <= v.dateEnd
      ELSE (v.dateStart <= date(p.start) AND date(p.end) <= v.dateEnd)
        OR (date(p.start) <= v.dateStart AND v.dateEnd <= date(p.end)) END
  AND EXISTS { MATCH (:Entity {id: p.entity})-[:PARTICIPATED_IN {role: p.role}]->(v) }
WITH DISTINCT v
` + candidateColumns

const candidateColumns = `
RETURN v.id AS id, v.type AS type, v.precision AS precision,
       coalesce(toString(v.dateStart), '') AS start, coalesce(toString(v.dateEnd), '') AS end,
       COLLECT { MATCH (e:Entity)-[r:PARTICIPATED_IN]->(v) WHERE r.role IN $core RETURN [e.id, r.role] } AS core,
       CASE WHEN v.dateStart IS NULL THEN COLLECT { MATCH (v)-[:REPORTED_IN]->(a:Article) WHERE a.publishedAt IS NOT NULL
                                                    RETURN left(toString(a.publishedAt), 10) } ELSE [] END AS reported`

// existingEventsCypher finds events holding the extractor ids of the batch:
// an extractor that names events by what they are (type, date and
// participants, as extract does) gives one event one id in every article.
const existingEventsCypher = `
UNWIND $ids AS id
MATCH (v:Event {id: id})
WITH DISTINCT v
` + candidateColumns

// qualifiedID is the n-th id an article gives an event whose extractor id
// another event holds.
func qualifiedID(article, extID string, n int) string {
	if n == 1 {
		return article + "#" + extID
	}
	return fmt.Sprintf("%s#%s-%d", article, extID, n)
}

// takenIDsCypher finds the article-qualified ids (see matchEvents) that
// events already hold: an earlier version of an article may have left one,
// kept alive by other articles' reports, and a new event must not join it
// by id alone.
const takenIDsCypher = `
UNWIND $prefixes AS prefix
MATCH (v:Event) WHERE v.id STARTS WITH prefix
RETURN v.id AS id`

// matchEvents gives every event of the batch its final :Event id: the id of
// an event it reports too (the event holding its extractor id, if of the
// same type and compatible date; else one of the same type with a shared
// agent or patient and a compatible date; see docs/graph-model.md), else
// its own extractor id, qualified by the article id if another event
// already holds that id.
func matchEvents(ctx context.Context, tx neo4j.ManagedTransaction, arts []*article) error {
	var probes []probe
	var extIDs, qualified []string
	for _, a := range arts {
		for _, ev := range a.events {
			extIDs = append(extIDs, ev.extID)
			qualified = append(qualified, qualifiedID(a.id, ev.extID, 1))
			start, end, overlap := ev.start, ev.end, false
			if start == "" {
				if start, end = recentWindow(ev.published); start == "" {
					continue // undated in an undated article: nothing to anchor a match
				}
				overlap = true
			}
			for _, p := range ev.core {
				probes = append(probes, probe{p, ev.typ, start, end, overlap})
			}
		}
	}
	if len(extIDs) == 0 {
		return nil
	}
	pool, err := candidatePool(ctx, tx, probes)
	if err != nil {
		return err
	}
	res, err := run(ctx, tx, existingEventsCypher, map[string]any{"ids": extIDs, "core": coreRoles})
	if err != nil {
		return fmt.Errorf("graph: find existing event ids: %w", err)
	}
	taken := make(map[string]bool)
	byExtID := make(map[string]*candidate) // the event each extractor id went to
	for _, c := range candidates(res) {
		taken[c.id] = true
		byExtID[c.id] = c
		pool = append(pool, c)
	}
	res, err = run(ctx, tx, takenIDsCypher, map[string]any{"prefixes": qualified})
	if err != nil {
		return fmt.Errorf("graph: find taken event ids: %w", err)
	}
	for _, r := range res {
		id, _ := r.Get("id")
		taken[id.(string)] = true
	}

	for _, a := range arts {
		for _, ev := range a.events {
			c := byExtID[ev.extID]
			if c == nil || c.typ != ev.typ || !(compatible(c, ev) || c.start == "" && (ev.start == "" || datesUndated(c, ev))) {
				c = bestCandidate(pool, ev)
			}
			if c != nil {
				ev.id = c.id
				byExtID[ev.extID] = c
				absorb(c, ev)
				continue
			}
			ev.id = ev.extID
			for n := 1; taken[ev.id]; n++ {
				ev.id = qualifiedID(a.id, ev.extID, n)
			}
			taken[ev.id] = true
			c = &candidate{id: ev.id, typ: ev.typ, start: ev.start, end: ev.end, precision: ev.precision,
				core: make(map[participant]bool)}
			absorb(c, ev)
			pool = append(pool, c)
			byExtID[ev.extID] = c
		}
	}
	return nil
}

// probe looks for events an incoming event may merge into: of its type,
// with a dating that nests with (or, overlap, overlaps) start to end, in
// which its agent or patient took part in that role.
type probe struct {
	p          participant
	typ        string
	start, end string
	overlap    bool
}

// candidatePool finds the events the probes may merge into, each once,
// rowChunk probes a statement: a 50 MB article's 20,000 probes, as rows
// sent at once, and the candidates found for them were a peak of its
// write (BENCHMARKS.md, "Work and memory per article").
func candidatePool(ctx context.Context, tx neo4j.ManagedTransaction, probes []probe) ([]*candidate, error) {
	var pool []*candidate
	seen := make(map[string]bool)
	for len(probes) > 0 {
		n := min(len(probes), rowChunk)
		rows := make([]map[string]any, n)
		for i, p := range probes[:n] {
			rows[i] = map[string]any{"entity": p.p.entity, "role": p.p.role, "type": p.typ, "start": p.start, "end": p.end,
				"starts": append(periodStarts(p.start), periodStarts(p.end)...), "overlap": p.overlap}
		}
		res, err := run(ctx, tx, candidatesCypher, map[string]any{"probes": rows, "core": coreRoles})
		if err != nil {
			return nil, fmt.Errorf("graph: find candidate events: %w", err)
		}
		for _, c := range candidates(res) {
			if !seen[c.id] { // found by an earlier chunk's probes too
				seen[c.id] = true
				pool = append(pool, c)
			}
		}
		probes = probes[n:]
	}
	return pool, nil
}

// candidates reads the rows of candidateColumns.
func candidates(res []*neo4j.Record) []*candidate {
	var out []*candidate
	for _, r := range res {
		c := &candidate{id: str(r, "id"), typ: str(r, "type"), precision: str(r, "precision"),
			start: str(r, "start"), end: str(r, "end"), core: make(map[participant]bool)}
		core, _ := r.Get("core")
		for _, pair := range core.([]any) {
			p := pair.([]any)
			c.core[participant{p[0].(string), p[1].(string)}] = true
		}
		reported, _ := r.Get("reported")
		for _, day := range reported.([]any) {
			c.reported = append(c.reported, day.(string))
		}
		out = append(out, c)
	}
	return out
}

// bestCandidate returns the event ev reports too, or nil. Candidates sharing
// more core participants win, then (for a dated event) the more precise date
// or (for an undated one) the latest start, then the smaller id, so the
// choice does not depend on query order.
func bestCandidate(pool []*candidate, ev *event) *candidate {
	var best *candidate
	bestShared := 0
	for _, c := range pool {
		if c.typ != ev.typ || !compatible(c, ev) {
			continue
		}
		shared := 0
		for _, p := range ev.core {
			if c.core[p] {
				shared++
			}
		}
		if shared == 0 {
			continue
		}
		if best == nil || shared > bestShared || shared == bestShared && better(c, best, ev) {
			best, bestShared = c, shared
		}
	}
	return best
}

func better(c, than *candidate, ev *event) bool {
	if ev.start != "" {
		if d := cmp.Compare(precisionRank(c.precision), precisionRank(than.precision)); d != 0 {
			return d < 0
		}
	} else if c.start != than.start {
		return c.start > than.start
	}
	return c.id < than.id
}

// compatible reports whether two datings can be of one event: one period
// nests in the other; an undated report joins a dated event that overlaps
// the month before its article's publication (news reports what is
// recent); two undated ones never merge, having nothing to anchor them.
func compatible(c *candidate, ev *event) bool {
	if c.start == "" {
		return false
	}
	if ev.start == "" {
		from, to := recentWindow(ev.published)
		return from != "" && c.start <= to && from <= c.end
	}
	return c.start <= ev.start && ev.end <= c.end || ev.start <= c.start && c.end <= ev.end
}

// datesUndated reports whether dated event ev can date the undated event c
// that holds its extractor id: some report of c could have joined ev (its
// period overlaps the month before that report's article). So the article
// that dated an event, unloaded and loaded again, rejoins the event its
// undated reports kept alive instead of beginning a second one.
func datesUndated(c *candidate, ev *event) bool {
	for _, day := range c.reported {
		if from, to := recentWindow(day); from != "" && ev.start <= to && from <= ev.end {
			return true
		}
	}
	return false
}

// recentWindow is the period an undated report in an article published on
// day may refer to: the 30 days up to it. "" when day is unknown.
func recentWindow(day string) (start, end string) {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return "", ""
	}
	return t.AddDate(0, 0, -30).Format(time.DateOnly), day
}

// absorb updates a candidate with an event merged into it, as writing the
// batch's reports will (eventsCypher): so that later events of the batch
// match against what the graph will hold.
func absorb(c *candidate, ev *event) {
	for _, p := range ev.core {
		c.core[p] = true
	}
	if ev.start != "" && (c.start == "" || precisionRank(ev.precision) < precisionRank(c.precision)) {
		c.start, c.end, c.precision = ev.start, ev.end, ev.precision
	}
}

// periodStarts returns the first days of the week, month, quarter and year
// holding day (YYYY-MM-DD): where any coarser dating holding it starts.
func periodStarts(day string) []string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return nil
	}
	monday := t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	month := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	quarter := time.Date(t.Year(), time.Month((int(t.Month())-1)/3*3+1), 1, 0, 0, 0, 0, time.UTC)
	year := time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	var out []string
	for _, s := range []time.Time{monday, month, quarter, year} {
		out = append(out, s.Format(time.DateOnly))
	}
	return out
}

func precisionRank(p string) int {
	if i := slices.Index([]string{"day", "week", "month", "quarter", "year"}, p); i >= 0 {
		return i
	}
	return 9
}
