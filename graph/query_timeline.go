package graph

import "context"

// TimelineFilter selects a timeline's events; zero fields do not filter.
type TimelineFilter struct {
	EntityIDs []string // events any of these took part in
	Dates     DateRange
	Types     []string
	Status    []string
}

func (f TimelineFilter) data() listData { return listData{ByEntity: len(f.EntityIDs) > 0} }

func (f TimelineFilter) params() map[string]any {
	return f.Dates.params(map[string]any{"ids": orNil(f.EntityIDs), "types": orNil(f.Types), "status": orNil(f.Status)})
}

// Timeline returns a page of dated events in date order and whether more
// follow. Each event is one node however many articles report it, so it
// appears once.
func (db *DB) Timeline(ctx context.Context, f TimelineFilter, p Page) ([]Event, bool, error) {
	params := f.params()
	params["skip"], params["first"] = p.skip(), p.Size()+1
	recs, err := db.query(ctx, "timeline", f.data(), params)
	if err != nil {
		return nil, false, err
	}
	return trim(readEvents(recs), p)
}

// CountTimeline counts the dated events of a timeline.
func (db *DB) CountTimeline(ctx context.Context, f TimelineFilter) (int, error) {
	return db.count(ctx, "timeline_count", f.data(), f.params())
}

// UndatedTimeline returns a page of a timeline's events that have no date,
// first reported first, and whether more follow.
func (db *DB) UndatedTimeline(ctx context.Context, f TimelineFilter, p Page) ([]Event, bool, error) {
	params := f.params()
	params["skip"], params["first"] = p.skip(), p.Size()+1
	recs, err := db.query(ctx, "timeline_undated", f.data(), params)
	if err != nil {
		return nil, false, err
	}
	return trim(readEvents(recs), p)
}

// CountUndatedTimeline counts the undated events of a timeline.
func (db *DB) CountUndatedTimeline(ctx context.Context, f TimelineFilter) (int, error) {
	return db.count(ctx, "timeline_undated_count", f.data(), f.params())
}
