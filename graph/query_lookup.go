package graph

import "context"

// EntitiesByID returns the entities with the given ids, keyed by id; ids
// with no entity are absent.
func (db *DB) EntitiesByID(ctx context.Context, ids []string) (map[string]Entity, error) {
	recs, err := db.query(ctx, "entities_by_id", nil, map[string]any{"ids": ids, "first": len(ids)})
	if err != nil {
		return nil, err
	}
	out := make(map[string]Entity, len(recs))
	for _, r := range recs {
		e := recordRow(r).row("entity").entity()
		out[e.ID] = e
	}
	return out, nil
}

// EventsByID returns the events with the given ids, keyed by id.
func (db *DB) EventsByID(ctx context.Context, ids []string) (map[string]Event, error) {
	recs, err := db.query(ctx, "events_by_id", nil, map[string]any{"ids": ids, "first": len(ids)})
	if err != nil {
		return nil, err
	}
	out := make(map[string]Event, len(recs))
	for _, r := range recs {
		v := recordRow(r).row("event").event()
		out[v.ID] = v
	}
	return out, nil
}

// ArticlesByID returns the articles with the given ids, keyed by id.
func (db *DB) ArticlesByID(ctx context.Context, ids []string) (map[string]Article, error) {
	recs, err := db.query(ctx, "articles_by_id", nil, map[string]any{"ids": ids, "first": len(ids)})
	if err != nil {
		return nil, err
	}
	out := make(map[string]Article, len(recs))
	for _, r := range recs {
		a := recordRow(r).row("article").article()
		out[a.ID] = a
	}
	return out, nil
}
