package graph

import (
	"context"

	"github.com/polgraph/polgraph"
)

// MaxGroups bounds the group-by counts, which are not paged.
const MaxGroups = 1000

// Stats are the graph's sizes.
type Stats struct {
	Articles, Events, Facts int
	Entities                []KindCount
}

// KindCount counts the entities of one kind.
type KindCount struct {
	Kind  string
	Count int
}

// Stats counts the graph's nodes and facts.
func (db *DB) Stats(ctx context.Context) (Stats, error) {
	recs, err := db.query(ctx, "stats", nil, map[string]any{"first": 1})
	if err != nil || len(recs) == 0 {
		return Stats{}, err
	}
	row := recordRow(recs[0])
	s := Stats{Articles: row.int("articles"), Events: row.int("events"), Facts: row.int("facts")}
	for _, k := range row.rows("kinds") {
		s.Entities = append(s.Entities, KindCount{Kind: k.str("kind"), Count: k.int("count")})
	}
	return s, nil
}

// MonthCount counts the events of one type that start in one month.
type MonthCount struct {
	Month, Type string
	Count       int
}

// EventsPerMonth counts the events in dates per month (YYYY-MM) and type.
// Only events dated within one month count: a MinPrecision coarser than a
// month, or none, is taken as MONTH, so those dated by year or quarter are
// left out.
func (db *DB) EventsPerMonth(ctx context.Context, types []string, dates DateRange) ([]MonthCount, error) {
	if !polgraph.Precision(dates.MinPrecision).AtLeast(polgraph.PrecisionMonth) {
		dates.MinPrecision = polgraph.PrecisionMonth
	}
	params := dates.params(map[string]any{"types": orNil(types), "first": MaxGroups})
	recs, err := db.query(ctx, "events_per_month", listData{Given: given(params)}, params)
	if err != nil {
		return nil, err
	}
	out := make([]MonthCount, 0, len(recs))
	for _, r := range recs {
		row := recordRow(r)
		out = append(out, MonthCount{Month: row.str("month"), Type: row.str("type"), Count: row.int("n")})
	}
	return out, nil
}

// PartyCount counts a party's members.
type PartyCount struct {
	Party   Entity
	Members int
}

// MembersPerParty counts each party's members, valid on asOf when given.
func (db *DB) MembersPerParty(ctx context.Context, asOf string) ([]PartyCount, error) {
	params := map[string]any{"asOf": strOrNil(asOf), "first": MaxGroups}
	recs, err := db.query(ctx, "members_per_party", listData{Given: given(params)}, params)
	if err != nil {
		return nil, err
	}
	out := make([]PartyCount, 0, len(recs))
	for _, r := range recs {
		row := recordRow(r)
		out = append(out, PartyCount{Party: row.row("party").entity(), Members: row.int("n")})
	}
	return out, nil
}

// SourceCount counts the mentions in one source's articles.
type SourceCount struct {
	Source             string
	Mentions, Articles int
}

// MentionsPerSource counts entity mentions and articles per source.
func (db *DB) MentionsPerSource(ctx context.Context) ([]SourceCount, error) {
	recs, err := db.query(ctx, "mentions_per_source", nil, map[string]any{"first": MaxGroups})
	if err != nil {
		return nil, err
	}
	out := make([]SourceCount, 0, len(recs))
	for _, r := range recs {
		row := recordRow(r)
		out = append(out, SourceCount{Source: row.str("source"), Mentions: row.int("mentions"), Articles: row.int("articles")})
	}
	return out, nil
}
