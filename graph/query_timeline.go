package graph

import "context"

// TimelineFilter selects a timeline's events; zero fields do not filter.
type TimelineFilter struct {
	EntityIDs []string // events any of these took part in
	Dates     DateRange
	Types     []string
	Status    []string
}

// data sorts a timeline in date order; a period sorts by its first day,
// then the more precise (shorter) period first.
func (f TimelineFilter) data(params map[string]any) listData {
	return listData{ByEntity: len(f.EntityIDs) > 0, Given: given(params),
		NullsLast: "v.dateStart", OrderedBy: "v.dateStart, v.dateEnd, v.id"}
}

func (f TimelineFilter) params() map[string]any {
	return f.Dates.params(map[string]any{"ids": orNil(f.EntityIDs), "types": orNil(f.Types), "status": orNil(f.Status)})
}

// A timeline of several entities reads a busy entity's events (see
// cypher/read/timeline.cypher) from the event_date index in date order,
// checking each: at most scanPerPage times the page. An entity is busy when
// the events it took part in, squared, exceed busyFactor × the page × all
// events (then reading its first page so costs less than reading all its
// events), and they are at least busySkew ÷ scanPerPage of all events
// (then the scan, at its expected length, page × events ÷ its events,
// ends within the bound even if its early events are busySkew times
// sparser than the rest).
const (
	busyFactor  = 2
	scanPerPage = 50
	busySkew    = 4
)

// Timeline returns a page of dated events in date order and whether more
// follow. Each event is one node however many articles report it, so it
// appears once.
func (db *DB) Timeline(ctx context.Context, f TimelineFilter, p Page) ([]Event, bool, error) {
	params := p.params(f.params())
	params["scan"] = scanPerPage * params["window"].(int)
	recs, err := db.query(ctx, "timeline", f.data(params), params)
	if err != nil {
		return nil, false, err
	}
	return trim(readEvents(recs), p)
}

// CountTimeline counts the dated events of a timeline.
func (db *DB) CountTimeline(ctx context.Context, f TimelineFilter) (int, error) {
	params := f.params()
	return db.count(ctx, "timeline_count", f.data(params), params)
}

// UndatedTimeline returns a page of a timeline's events that have no date,
// first reported first, and whether more follow. A minimum precision
// leaves none: an undated event has none.
func (db *DB) UndatedTimeline(ctx context.Context, f TimelineFilter, p Page) ([]Event, bool, error) {
	if f.Dates.MinPrecision != "" {
		return nil, false, nil
	}
	params := f.params()
	params["skip"], params["first"] = p.skip(), p.Size()+1
	recs, err := db.query(ctx, "timeline_undated", f.data(params), params)
	if err != nil {
		return nil, false, err
	}
	return trim(readEvents(recs), p)
}

// CountUndatedTimeline counts the undated events of a timeline.
func (db *DB) CountUndatedTimeline(ctx context.Context, f TimelineFilter) (int, error) {
	if f.Dates.MinPrecision != "" {
		return 0, nil
	}
	params := f.params()
	return db.count(ctx, "timeline_undated_count", f.data(params), params)
}
