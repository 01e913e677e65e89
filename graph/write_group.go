package graph

import (
	"cmp"
	"slices"
)

// A popular entity, fact or event is touched by many articles of one
// batch (a country by a third of them). groupEntities, groupFacts,
// groupParticipations and groupReports (write_event_summary.go) fold a
// batch's rows into one per node or relationship, so each is rewritten
// once per batch, not once per article: its summary is the costliest write.

// groupEntities returns one row per entity: its kind and label, the best
// name the batch gives (longest, then alphabetical: as recomputeEntities
// chooses), every other form the batch gives, the mention count and the
// number of articles.
func groupEntities(rows []map[string]any) []map[string]any {
	byID := make(map[string]map[string]any)
	var out []map[string]any
	for _, r := range rows {
		id := r["id"].(string)
		g, ok := byID[id]
		if !ok {
			g = map[string]any{"id": id, "kind": r["kind"], "label": r["label"], "name": r["name"],
				"forms": []string{}, "count": 0, "articles": 0, "wikidata": nil, "wikipedia": nil}
			byID[id] = g
			out = append(out, g)
		}
		for _, k := range []string{"wikidata", "wikipedia"} { // external keys: any article's
			if r[k] != nil {
				g[k] = r[k]
			}
		}
		name := r["name"].(string)
		if better := g["name"].(string); len(name) > len(better) || len(name) == len(better) && name < better {
			g["name"] = name
		}
		g["forms"] = append(append(g["forms"].([]string), name), r["aliases"].([]string)...)
		g["count"] = g["count"].(int) + r["count"].(int)
		g["articles"] = g["articles"].(int) + 1
	}
	for _, g := range out {
		g["aliases"] = cleanAliases(g["forms"].([]string), g["name"].(string))
		delete(g, "forms")
	}
	return out
}

// groupFacts returns one row per (type, from, to, role) with its key
// (factKey) and the batch's supports, in article order.
func groupFacts(rows []map[string]any) []map[string]any {
	byKey := make(map[string]map[string]any)
	var out []map[string]any
	for _, r := range rows {
		key := factKey(r["type"].(string), r["from"].(string), r["to"].(string), r["role"].(string))
		g, ok := byKey[key]
		if !ok {
			g = map[string]any{"key": key, "type": r["type"], "from": r["from"], "to": r["to"], "role": r["role"],
				"roleShort": nullIfEmpty(shortRole(r["role"].(string))), "supports": []map[string]any{}}
			byKey[key] = g
			out = append(out, g)
		}
		g["supports"] = append(g["supports"].([]map[string]any), map[string]any{
			"article": r["article"], "evidence": r["evidence"], "start": r["start"], "end": r["end"],
			"validFrom": nullIfEmpty(r["validFrom"].(string)), "validTo": nullIfEmpty(r["validTo"].(string)),
			"confidence": r["confidence"]})
	}
	// Deterministic statement order: the same batch takes locks in the same order.
	slices.SortStableFunc(out, func(a, b map[string]any) int {
		return cmp.Or(cmp.Compare(a["from"].(string), b["from"].(string)), cmp.Compare(a["to"].(string), b["to"].(string)))
	})
	return out
}

// groupParticipations returns one row per (entity, event, role) with the
// batch's articles, in article order: an event's participation in a batch
// of its reports is rewritten once, not once per report.
func groupParticipations(rows []map[string]any) []map[string]any {
	byKey := make(map[string]map[string]any)
	var out []map[string]any
	for _, r := range rows {
		key := r["entity"].(string) + "\x00" + r["event"].(string) + "\x00" + r["role"].(string)
		g, ok := byKey[key]
		if !ok {
			g = map[string]any{"entity": r["entity"], "event": r["event"], "role": r["role"], "articles": []string{}}
			byKey[key] = g
			out = append(out, g)
		}
		g["articles"] = append(g["articles"].([]string), r["article"].(string))
	}
	return out
}
