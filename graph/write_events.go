package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// candidate is an :Event an incoming event may merge into: one already in
// the graph or one created earlier in the same batch.
type candidate struct {
	id, typ    string
	start, end string // "" when undated
	precision  string
	core       map[participant]bool
}

const candidatesCypher = `
UNWIND $probes AS p
MATCH (:Entity {id: p.entity})-[:PARTICIPATED_IN {role: p.role}]->(v:Event {type: p.type})
WHERE CASE WHEN p.start IS NULL
        THEN v.dateStart IS NULL OR p.published IS NULL OR v.dateStart <= date(p.published)
        ELSE v.dateStart IS NULL OR (v.dateStart <= date(p.start) AND date(p.end) <= v.dateEnd)
             OR (date(p.start) <= v.dateStart AND v.dateEnd <= date(p.end)) END
WITH DISTINCT v
RETURN v.id AS id, v.type AS type, v.precision AS precision,
       coalesce(toString(v.dateStart), '') AS start, coalesce(toString(v.dateEnd), '') AS end,
       COLLECT { MATCH (e:Entity)-[r:PARTICIPATED_IN]->(v) WHERE r.role IN $core RETURN [e.id, r.role] } AS core`

const existingEventsCypher = `
UNWIND $ids AS id
MATCH (v:Event {id: id})
RETURN v.id AS id`

// matchEvents gives every event of the batch its final :Event id: the id of
// an event it reports too (same type, a shared agent or patient, compatible
// dates; see docs/graph-model.md), else its own extractor id, qualified by
// the article id if another event already holds that id.
func matchEvents(ctx context.Context, tx neo4j.ManagedTransaction, arts []*article) error {
	var probes []map[string]any
	var extIDs []string
	for _, a := range arts {
		for _, ev := range a.events {
			extIDs = append(extIDs, ev.extID)
			for _, p := range ev.core {
				probes = append(probes, map[string]any{"entity": p.entity, "role": p.role, "type": ev.typ,
					"start": nullIfEmpty(ev.start), "end": nullIfEmpty(ev.end), "published": nullIfEmpty(ev.published)})
			}
		}
	}
	if len(extIDs) == 0 {
		return nil
	}
	var pool []*candidate
	if len(probes) > 0 {
		res, err := run(ctx, tx, candidatesCypher, map[string]any{"probes": probes, "core": coreRoles})
		if err != nil {
			return fmt.Errorf("graph: find candidate events: %w", err)
		}
		for _, r := range res {
			c := &candidate{id: str(r, "id"), typ: str(r, "type"), precision: str(r, "precision"),
				start: str(r, "start"), end: str(r, "end"), core: make(map[participant]bool)}
			core, _ := r.Get("core")
			for _, pair := range core.([]any) {
				p := pair.([]any)
				c.core[participant{p[0].(string), p[1].(string)}] = true
			}
			pool = append(pool, c)
		}
	}
	res, err := run(ctx, tx, existingEventsCypher, map[string]any{"ids": extIDs})
	if err != nil {
		return fmt.Errorf("graph: find existing event ids: %w", err)
	}
	taken := make(map[string]bool)
	for _, r := range res {
		taken[str(r, "id")] = true
	}

	for _, a := range arts {
		for _, ev := range a.events {
			if c := bestCandidate(pool, ev); c != nil {
				ev.id = c.id
				absorb(c, ev)
				continue
			}
			ev.id = ev.extID
			for n := 1; taken[ev.id]; n++ {
				ev.id = fmt.Sprintf("%s#%s", a.id, ev.extID)
				if n > 1 {
					ev.id = fmt.Sprintf("%s#%s-%d", a.id, ev.extID, n)
				}
			}
			taken[ev.id] = true
			c := &candidate{id: ev.id, typ: ev.typ, start: ev.start, end: ev.end, precision: ev.precision,
				core: make(map[participant]bool)}
			absorb(c, ev)
			pool = append(pool, c)
		}
	}
	return nil
}

// bestCandidate returns the event ev reports too, or nil. Candidates sharing
// more core participants win, then (for a dated event) the more precise date
// or (for an undated one) the latest date not after publication, then the
// smaller id, so the choice does not depend on query order.
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
// nests in the other, or one is undated (an undated report then only joins
// an event dated no later than the article's publication).
func compatible(c *candidate, ev *event) bool {
	if ev.start == "" {
		return c.start == "" || ev.published == "" || c.start <= ev.published
	}
	if c.start == "" {
		return true
	}
	return c.start <= ev.start && ev.end <= c.end || ev.start <= c.start && c.end <= ev.end
}

// absorb updates a candidate with an event merged into it, as the recompute
// at the end of the transaction will: so that later events of the batch
// match against what the graph will hold.
func absorb(c *candidate, ev *event) {
	for _, p := range ev.core {
		c.core[p] = true
	}
	if ev.start != "" && (c.start == "" || precisionRank(ev.precision) < precisionRank(c.precision)) {
		c.start, c.end, c.precision = ev.start, ev.end, ev.precision
	}
}

func precisionRank(p string) int {
	if i := slices.Index([]string{"day", "week", "month", "quarter", "year"}, p); i >= 0 {
		return i
	}
	return 9
}
