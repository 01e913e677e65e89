package graph

import (
	"context"
	"fmt"
	"maps"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Sort orders a list by one of its fields.
type Sort struct {
	Field string // one of the list's Order… constants; "" for the default
	Desc  bool
}

// Fields lists can be ordered by.
const (
	OrderName          = "name"
	OrderMentionCount  = "mentionCount"
	OrderDate          = "date"
	OrderFirstReported = "firstReported"
	OrderSourceCount   = "sourceCount"
	OrderPublishedAt   = "publishedAt"
	OrderTitle         = "title"
)

// orderBy maps a Sort onto an ORDER BY clause from a fixed set, so nothing
// the caller sends ever becomes Cypher text. Nulls (undated events, say)
// sort last in either direction.
func orderBy(s Sort, def string, clauses map[string]string) (string, error) {
	field := s.Field
	if field == "" {
		field = def
	}
	c, ok := clauses[field]
	if !ok {
		return "", fmt.Errorf("%w: cannot order by %q", ErrInvalid, field)
	}
	c = c + " IS NULL, " + c
	if s.Desc {
		c += " DESC"
	}
	return c, nil
}

// params adds the paging parameters of a list query: $skip, $first (one more
// than the page, to tell whether another follows) and $window, how many
// items a stream read in order must give for the page to be cut from it.
func (p Page) params(into map[string]any) map[string]any {
	into["skip"], into["first"] = p.skip(), p.Size()+1
	into["window"] = p.skip() + p.Size() + 1
	return into
}

// listData is the template data of the list queries: the ORDER BY clause;
// where to start matching: from the one node a filter names, rather than
// from every node of the label; and which parameters the caller gave
// (given), the only filters the query writes.
type listData struct {
	Order                                        string
	ByEntity, ByParticipant, BySource, ByArticle bool
	// NullsLast, when set, is the property the list is sorted by: one a
	// range index orders and some nodes lack. The query then reads the
	// nodes that have it in index order (OrderedBy, the sort without the
	// nulls), cut at the page, and those without it (which sort last)
	// only when the first do not fill the page.
	NullsLast, OrderedBy string
	Given                map[string]bool
	// FromPart says which events a date range's From keeps (see
	// inDateRange): "" all that end on or after it; fromStarting those
	// starting on or after it; fromSpanning those starting before it.
	FromPart string
	// Claims keeps, of the events an eventsMatch reads, the claims a
	// ClaimFilter selects (claims.cypher, claimFilters).
	Claims bool
	// Participants reads each listed event's participants in the list's
	// query (participantsOf; ParticipantQuery.params).
	Participants bool
}

const (
	fromStarting = "starting"
	fromSpanning = "spanning"
)

// Starting and Spanning are d keeping the events that start on or after
// From, and those that start before it and end on or after it: two index
// seeks on event_date, the first read in its order and cut at the page.
func (d listData) Starting() listData { d.FromPart = fromStarting; return d }
func (d listData) Spanning() listData { d.FromPart = fromSpanning; return d }

// Bounded tells a date range with a bound: it leaves undated events out.
func (d listData) Bounded() bool { return d.Given["from"] || d.Given["to"] || d.Given["precisions"] }

// sortedBy is the sort key of a list sorted on prop, then id, in s's
// direction, the key's nulls aside.
func sortedBy(prop, id string, s Sort) string {
	if s.Desc {
		return prop + " DESC, " + id
	}
	return prop + ", " + id
}

// EntityFilter selects entities; zero fields do not filter.
type EntityFilter struct {
	NameContains string
	Kinds        []string
	MentionedIn  string // article id
}

func (f EntityFilter) params() map[string]any {
	return map[string]any{"kinds": orNil(f.Kinds), "name": strOrNil(f.NameContains), "mentionedIn": strOrNil(f.MentionedIn)}
}

// Entities returns a page of entities and whether more follow.
func (db *DB) Entities(ctx context.Context, f EntityFilter, s Sort, p Page) ([]Entity, bool, error) {
	order, err := orderBy(s, OrderName, map[string]string{OrderName: "e.name", OrderMentionCount: "e.mentionCount"})
	if err != nil {
		return nil, false, err
	}
	params := p.params(f.params())
	data := listData{Order: order, ByArticle: f.MentionedIn != "", Given: given(params)}
	if (s.Field == "" || s.Field == OrderName) && !data.ByArticle {
		data.NullsLast, data.OrderedBy = "e.name", sortedBy("e.name", "e.id", s) // the entity_name index orders them
	}
	recs, err := db.query(ctx, "entities", data, params)
	if err != nil {
		return nil, false, err
	}
	out := make([]Entity, 0, len(recs))
	for _, r := range recs {
		out = append(out, recordRow(r).row("entity").entity())
	}
	return trim(out, p)
}

// CountEntities counts the entities f selects.
func (db *DB) CountEntities(ctx context.Context, f EntityFilter) (int, error) {
	params := f.params()
	return db.count(ctx, "entities_count", listData{ByArticle: f.MentionedIn != "", Given: given(params)}, params)
}

// EventFilter selects events; zero fields do not filter.
type EventFilter struct {
	Types         []string
	Status        []string
	Precision     []string
	Dates         DateRange
	Participant   string // entity id
	Role          string // with Participant: in this role
	SourceArticle string
}

func (f EventFilter) params() map[string]any {
	return f.Dates.params(map[string]any{"types": orNil(f.Types), "status": orNil(f.Status), "precision": orNil(f.Precision),
		"participant": strOrNil(f.Participant), "role": strOrNil(f.Role), "sourceArticle": strOrNil(f.SourceArticle)})
}

func (f EventFilter) data(order string, params map[string]any) listData {
	return listData{Order: order, ByParticipant: f.Participant != "", BySource: f.Participant == "" && f.SourceArticle != "",
		Given: given(params)}
}

// Events returns a page of events and whether more follow.
func (db *DB) Events(ctx context.Context, f EventFilter, s Sort, p Page) ([]Event, bool, error) {
	recs, err := db.events(ctx, f, s, p, nil)
	if err != nil {
		return nil, false, err
	}
	return trim(readEvents(recs), p)
}

// EventsWithParticipants is Events with page pp of each event's
// participants (as Participants reads them, by event id), in the same
// query: a page of events and their participants, the API's usual
// question, is then one transaction, not two.
func (db *DB) EventsWithParticipants(ctx context.Context, f EventFilter, s Sort, p Page, q ParticipantQuery, pp Page) ([]Event, map[string]Paged[Participant], bool, error) {
	recs, err := db.events(ctx, f, s, p, q.params(pp, map[string]any{}))
	if err != nil {
		return nil, nil, false, err
	}
	evs, more, err := trim(readEvents(recs), p)
	participants := make(map[string]Paged[Participant], len(evs))
	for i, v := range evs {
		participants[v.ID] = pagedOf(recordRow(recs[i]).row("participants"), "items", readParticipant)
	}
	return evs, participants, more, err
}

// events runs events.cypher for page p of the events f selects in s's
// order; with participant parameters (ParticipantQuery.params), also
// their participants.
func (db *DB) events(ctx context.Context, f EventFilter, s Sort, p Page, participants map[string]any) ([]*neo4j.Record, error) {
	order, err := orderBy(s, OrderDate, map[string]string{OrderDate: "v.dateStart", OrderFirstReported: "v.firstReported", OrderSourceCount: "v.sourceCount"})
	if err != nil {
		return nil, err
	}
	params := p.params(f.params())
	maps.Copy(params, participants)
	data := f.data(order, params)
	data.Participants = participants != nil
	if (s.Field == "" || s.Field == OrderDate) && !data.ByParticipant && !data.BySource {
		data.NullsLast, data.OrderedBy = "v.dateStart", sortedBy("v.dateStart", "v.id", s) // the event_date index orders them
		if len(f.Types) == 1 {
			// One type is an equality: event_type_date (type, dateStart)
			// then reads that type's events in date order, and a sort on
			// the type first (one value) lets the planner keep that order
			// and stop at the page (PartialTop), where `type IN $types`
			// sorted every event of the range (Top): 1,501 DB hits
			// against 135 for a type in two years of a 20,000-article
			// world.
			params["types"], params["eventType"] = nil, f.Types[0]
			data.Given = given(params)
			data.OrderedBy = sortedBy("v.type", data.OrderedBy, s)
		}
	}
	return db.query(ctx, "events", data, params)
}

// CountEvents counts the events f selects.
func (db *DB) CountEvents(ctx context.Context, f EventFilter) (int, error) {
	params := f.params()
	return db.count(ctx, "events_count", f.data("", params), params)
}

// ArticleFilter selects articles; zero fields do not filter.
type ArticleFilter struct {
	Source   string
	From, To string // publishedAt range, inclusive
	Mentions string // entity id
}

func (f ArticleFilter) params() map[string]any {
	return map[string]any{"source": strOrNil(f.Source), "from": strOrNil(f.From), "to": strOrNil(f.To), "mentions": strOrNil(f.Mentions)}
}

// Articles returns a page of articles and whether more follow.
func (db *DB) Articles(ctx context.Context, f ArticleFilter, s Sort, p Page) ([]Article, bool, error) {
	if s.Field == "" {
		s.Desc = true // newest first
	}
	order, err := orderBy(s, OrderPublishedAt, map[string]string{OrderPublishedAt: "a.publishedAt", OrderTitle: "a.title"})
	if err != nil {
		return nil, false, err
	}
	params := p.params(f.params())
	data := listData{Order: order, ByEntity: f.Mentions != "", Given: given(params)}
	if (s.Field == "" || s.Field == OrderPublishedAt) && !data.ByEntity {
		data.NullsLast, data.OrderedBy = "a.publishedAt", sortedBy("a.publishedAt", "a.id", s) // the article_published index orders them
	}
	recs, err := db.query(ctx, "articles", data, params)
	if err != nil {
		return nil, false, err
	}
	out := make([]Article, 0, len(recs))
	for _, r := range recs {
		out = append(out, recordRow(r).row("article").article())
	}
	return trim(out, p)
}

// CountArticles counts the articles f selects.
func (db *DB) CountArticles(ctx context.Context, f ArticleFilter) (int, error) {
	params := f.params()
	return db.count(ctx, "articles_count", listData{ByEntity: f.Mentions != "", Given: given(params)}, params)
}

func (db *DB) count(ctx context.Context, name string, data listData, params map[string]any) (int, error) {
	params["first"] = 1
	recs, err := db.query(ctx, name, data, params)
	if err != nil || len(recs) == 0 {
		return 0, err
	}
	return recordRow(recs[0]).int("n"), nil
}

func readEvents(recs []*neo4j.Record) []Event {
	out := make([]Event, 0, len(recs))
	for _, r := range recs {
		out = append(out, recordRow(r).row("event").event())
	}
	return out
}

// trim drops the one extra item a list query reads to tell whether another
// page follows.
func trim[T any](items []T, p Page) ([]T, bool, error) {
	if len(items) > p.Size() {
		return items[:p.Size()], true, nil
	}
	return items, false, nil
}
