package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/polgraph/polgraph"
)

// Claims: who alleges, asserts or denies an event, and which denial denies
// which event (docs/graph-model.md, "Claims"). Each edge is one article's
// word, created with the article and removed with it by an index seek on
// its article property, so writing or removing an article costs what it
// says, never what the graph already holds about the same events.

// writeClaims writes the batch's DENIES and CLAIMS edges. It runs after
// matchEvents has given every event its final id, so a denial and what it
// denies meet in the merged events whichever articles reported them first.
func writeClaims(ctx context.Context, tx neo4j.ManagedTransaction, arts []*article) error {
	denials, claims := claimRows(arts)
	if len(denials) > 0 {
		if _, err := run(ctx, tx, writeDenialsCypher, map[string]any{"denials": denials}); err != nil {
			return fmt.Errorf("graph: write denials: %w", err)
		}
	}
	if len(claims) > 0 {
		if _, err := run(ctx, tx, writeClaimsCypher, map[string]any{"claims": claims}); err != nil {
			return fmt.Errorf("graph: write claims: %w", err)
		}
	}
	return nil
}

// claimRows returns the batch's denial links and claims. An event's
// `source` participants claim it with polgraph.ClaimStatus of the article's
// status; a denial's agents claim what it denies with status denied, in the
// denial's sentence. Each (denial, denied) pair and each (entity, event,
// status) claim is written once per article, even when two of the
// article's events merged into one.
func claimRows(arts []*article) (denials, claims []map[string]any) {
	seen := make(map[string]bool)
	once := func(key string) bool {
		if seen[key] {
			return false
		}
		seen[key] = true
		return true
	}
	claim := func(a *article, entity string, status polgraph.Status, ev *event, said *event) {
		if status == "" || !once("c\x00"+a.id+"\x00"+entity+"\x00"+ev.id+"\x00"+string(status)) {
			return
		}
		claims = append(claims, map[string]any{"entity": entity, "event": ev.id, "status": string(status),
			"article": a.id, "evidence": said.evidence.Text, "start": said.evidence.Start, "end": said.evidence.End})
	}
	for _, a := range arts {
		byExtID := make(map[string]*event, len(a.events))
		for _, ev := range a.events {
			byExtID[ev.extID] = ev
		}
		for _, ev := range a.events {
			for _, p := range ev.parts {
				if p.role == polgraph.RoleSource {
					claim(a, p.entity, polgraph.ClaimStatus(ev.status), ev, ev)
				}
			}
			for _, extID := range ev.denies {
				t := byExtID[extID]
				if t == nil || t.id == ev.id || !once("d\x00"+a.id+"\x00"+ev.id+"\x00"+t.id) {
					continue // unknown id, or the denial merged with what it denies
				}
				denials = append(denials, map[string]any{"from": ev.id, "to": t.id, "article": a.id,
					"evidence": ev.evidence.Text, "start": ev.evidence.Start, "end": ev.evidence.End})
				for _, p := range ev.parts {
					if p.role == polgraph.RoleAgent {
						claim(a, p.entity, polgraph.StatusDenied, t, ev)
					}
				}
			}
		}
	}
	return denials, claims
}

// Both are CREATEd: an article being written is new or has had its old
// support removed (removeClaims), and claimRows gives one row per edge.
const (
	writeDenialsCypher = `
UNWIND $denials AS d
MATCH (x:Event {id: d.from}), (y:Event {id: d.to})
CREATE (x)-[:DENIES {article: d.article, evidence: d.evidence, start: d.start, end: d.end}]->(y)`

	writeClaimsCypher = `
UNWIND $claims AS c
MATCH (n:Entity {id: c.entity}), (v:Event {id: c.event})
CREATE (n)-[:CLAIMS {status: c.status, article: c.article, evidence: c.evidence, start: c.start, end: c.end}]->(v)`

	// Seeks on the denies_article and claims_article indexes.
	removeClaimsCypher = `
UNWIND $ids AS id
CALL (id) {
  MATCH ()-[r:DENIES {article: id}]->()
  DELETE r
}
CALL (id) {
  MATCH ()-[r:CLAIMS {article: id}]->()
  DELETE r
}`

	// An event is :Alleged while its status is alleged, :Denied while its
	// status is denied or some denial denies it, :Undated while no article
	// dates it: Neo4j Browser styles nodes by label alone, and "allegations
	// nobody denied" is a label scan. firstReportedText is firstReported
	// as a string, which Browser's caption of an undated event shows
	// (Browser puts a Date property in quotes).
	labelEventsCypher = `
UNWIND $ids AS id
MATCH (v:Event {id: id})
SET v.firstReportedText = toString(v.firstReported)
WITH v, v.status = 'alleged' AS alleged,
     v.status = 'denied' OR EXISTS { (:Event)-[:DENIES]->(v) } AS denied,
     v.dateStart IS NULL AS undated
FOREACH (_ IN CASE WHEN undated AND NOT v:Undated THEN [1] ELSE [] END | SET v:Undated)
FOREACH (_ IN CASE WHEN NOT undated AND v:Undated THEN [1] ELSE [] END | REMOVE v:Undated)
FOREACH (_ IN CASE WHEN alleged AND NOT v:Alleged THEN [1] ELSE [] END | SET v:Alleged)
FOREACH (_ IN CASE WHEN NOT alleged AND v:Alleged THEN [1] ELSE [] END | REMOVE v:Alleged)
FOREACH (_ IN CASE WHEN denied AND NOT v:Denied THEN [1] ELSE [] END | SET v:Denied)
FOREACH (_ IN CASE WHEN NOT denied AND v:Denied THEN [1] ELSE [] END | REMOVE v:Denied)`
)

// removeClaims removes the articles' DENIES and CLAIMS edges.
func removeClaims(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) error {
	if _, err := run(ctx, tx, removeClaimsCypher, map[string]any{"ids": ids}); err != nil {
		return fmt.Errorf("graph: remove claims: %w", err)
	}
	return nil
}

// labelEvents gives the events their status labels from their status and
// denials, and :Undated from their date, after all were recomputed.
func labelEvents(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	if _, err := run(ctx, tx, labelEventsCypher, map[string]any{"ids": ids}); err != nil {
		return fmt.Errorf("graph: label events: %w", err)
	}
	return nil
}
