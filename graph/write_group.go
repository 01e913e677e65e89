package graph

import (
	"cmp"
	"slices"
)

// A popular entity or fact is touched by many articles of one batch (a
// country by a third of them). groupEntities and groupFacts fold a batch's
// rows into one per node or relationship, so each is rewritten once per
// batch, not once per article: its summary (and a fact's provenance lists,
// which grow with every supporting article) is the costliest write.

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
				"forms": []string{}, "count": 0, "articles": 0}
			byID[id] = g
			out = append(out, g)
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

// groupFacts returns one row per (type, from, to, role) with the batch's
// supports as parallel lists, in article order.
func groupFacts(rows []map[string]any) []map[string]any {
	byKey := make(map[string]map[string]any)
	var out []map[string]any
	for _, r := range rows {
		key := r["type"].(string) + "\x00" + r["from"].(string) + "\x00" + r["to"].(string) + "\x00" + r["role"].(string)
		g, ok := byKey[key]
		if !ok {
			g = map[string]any{"type": r["type"], "from": r["from"], "to": r["to"], "role": r["role"],
				"articles": []string{}, "evidence": []string{}, "starts": []int{}, "ends": []int{},
				"froms": []string{}, "tos": []string{}, "confidences": []float64{}}
			byKey[key] = g
			out = append(out, g)
		}
		g["articles"] = append(g["articles"].([]string), r["article"].(string))
		g["evidence"] = append(g["evidence"].([]string), r["evidence"].(string))
		g["starts"] = append(g["starts"].([]int), r["start"].(int))
		g["ends"] = append(g["ends"].([]int), r["end"].(int))
		g["froms"] = append(g["froms"].([]string), r["validFrom"].(string))
		g["tos"] = append(g["tos"].([]string), r["validTo"].(string))
		g["confidences"] = append(g["confidences"].([]float64), r["confidence"].(float64))
	}
	// Deterministic statement order: the same batch takes locks in the same order.
	slices.SortStableFunc(out, func(a, b map[string]any) int {
		return cmp.Or(cmp.Compare(a["from"].(string), b["from"].(string)), cmp.Compare(a["to"].(string), b["to"].(string)))
	})
	return out
}
