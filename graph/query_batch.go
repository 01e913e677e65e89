package graph

import (
	"context"
	"slices"

	"github.com/polgraph/polgraph"
)

// The batch queries answer one field for many parents in one query (the
// API's dataloaders call them with every parent of a request), each parent
// getting at most perParent items.

// FactFilter selects facts around an entity; zero fields do not filter.
type FactFilter struct {
	Types      []string // MEMBER_OF, …
	Direction  string   // "OUT", "IN" or "" for both
	OtherKinds []string // kinds of the entity at the other end
	AsOf       string   // YYYY-MM-DD: only facts valid that day
}

// Facts returns a page of the facts touching each entity in ids, latest
// first, with how many there are.
func (db *DB) Facts(ctx context.Context, ids []string, f FactFilter, p Page) (map[string]Paged[Fact], error) {
	dir := f.Direction
	if dir != "OUT" && dir != "IN" {
		dir = "BOTH"
	}
	params := map[string]any{"types": orNil(f.Types), "dir": dir, "otherKinds": orNil(f.OtherKinds), "asOf": strOrNil(f.AsOf)}
	return batchPage(ctx, db, "facts", ids, p, params, "facts", readRow.fact)
}

// FactsByArticle returns the facts each article in ids supports.
func (db *DB) FactsByArticle(ctx context.Context, ids []string, perParent int) (map[string][]Fact, error) {
	return batch(ctx, db, "facts_by_article", ids, perParent, map[string]any{}, "facts", readRow.fact)
}

// CountryPeople returns a page of the people of each country in ids, most
// mentioned first, with how many there are: persons with a fact to the country, to an entity a chain of at
// most 3 LOCATED_IN facts leads from to it, or to one of its organisations
// (CountryOrganizations).
func (db *DB) CountryPeople(ctx context.Context, ids []string, p Page) (map[string]Paged[Entity], error) {
	return batchPage(ctx, db, "country_people", ids, p, countryParams(), "items", readRow.entity)
}

// CountryOrganizations returns a page of the organisations and parties of
// each country in ids, most mentioned first, with how many there are: those with a fact to the country or
// to an entity in it (as for CountryPeople), and those whose office holders,
// members or leaders represent the country or an entity in it.
func (db *DB) CountryOrganizations(ctx context.Context, ids []string, p Page) (map[string]Paged[Entity], error) {
	return batchPage(ctx, db, "country_organizations", ids, p, countryParams(), "items", readRow.entity)
}

func countryParams() map[string]any {
	return map[string]any{"personKind": polgraph.KindPerson, "orgKinds": []string{polgraph.KindOrganization, polgraph.KindParty}}
}

// ParticipantQuery says which participants of an event to read, and
// whether with their provenance.
type ParticipantQuery struct {
	Role       string // "" for every role
	Provenance bool   // read the sentences reporting each participation (Participant.Provenance)
}

// Participants returns a page of each event's participants, in q.Role if
// given, by role then name, with how many there are.
func (db *DB) Participants(ctx context.Context, ids []string, q ParticipantQuery, p Page) (map[string]Paged[Participant], error) {
	return batchPage(ctx, db, "participants", ids, p, q.params(p, map[string]any{}), "items", readParticipant)
}

// params are the parameters of participantsOf (_fragments.cypher) for
// page p of each event's participants.
func (q ParticipantQuery) params(p Page, into map[string]any) map[string]any {
	var provenance any
	if q.Provenance {
		provenance = true
	}
	into["participantRole"], into["provenance"] = strOrNil(q.Role), provenance
	into["participantSkip"], into["perParent"] = p.skip(), p.Size()
	return into
}

func readParticipant(m readRow) Participant {
	return Participant{Role: m.str("role"), Entity: m.row("entity").entity(), Provenance: m.provenances("provenance")}
}

// Sources returns a page of the articles reporting each event, earliest
// first, with how many there are.
func (db *DB) Sources(ctx context.Context, ids []string, p Page) (map[string]Paged[Source], error) {
	return batchPage(ctx, db, "sources", ids, p, map[string]any{}, "items", func(m readRow) Source {
		return Source{Status: m.strp("status"), Provenance: m.provenance(), By: readEntities(m.rows("by")), Attribution: m.strp("attribution")}
	})
}

// FactSupports returns page p of the supports of each fact in keys
// (FactKey): the articles stating it and their sentences, in the order
// they were written.
func (db *DB) FactSupports(ctx context.Context, keys []string, p Page) (map[string]Paged[Provenance], error) {
	return batchPage(ctx, db, "fact_supports", keys, p, map[string]any{}, "items", readRow.provenance)
}

// FactKey names the fact of type typ from entity from to entity to with
// role ("" for none) in its supports.
func FactKey(typ, from, to, role string) string { return factKey(typ, from, to, role) }

// ArticleEntities returns the entities each article mentions.
func (db *DB) ArticleEntities(ctx context.Context, ids []string, perParent int) (map[string][]Mention, error) {
	return batch(ctx, db, "article_entities", ids, perParent, map[string]any{}, "items", func(m readRow) Mention {
		return Mention{Entity: m.row("entity").entity(), Count: m.int("count"), Starts: m.ints("starts"), Ends: m.ints("ends")}
	})
}

// ArticleTexts returns the text each article keeps; an article written
// before the graph kept texts has none.
func (db *DB) ArticleTexts(ctx context.Context, ids []string) (map[string]string, error) {
	texts, err := batch(ctx, db, "article_texts", ids, 1, map[string]any{}, "items", func(m readRow) string { return m.str("text") })
	out := make(map[string]string, len(texts))
	for id, t := range texts {
		if len(t) > 0 {
			out[id] = t[0]
		}
	}
	return out, err
}

// ArticleEvents returns the events each article reports.
func (db *DB) ArticleEvents(ctx context.Context, ids []string, perParent int) (map[string][]Report, error) {
	return batch(ctx, db, "article_events", ids, perParent, map[string]any{}, "items", func(m readRow) Report {
		return Report{Event: m.row("event").event(), Status: m.strp("status"), Provenance: m.provenance()}
	})
}

// CoParticipants returns a page of the entities sharing events with each
// entity, most shared first, with how many there are.
func (db *DB) CoParticipants(ctx context.Context, ids []string, p Page) (map[string]Paged[CoParticipant], error) {
	return batchPage(ctx, db, "coparticipants", ids, p, map[string]any{}, "items", func(m readRow) CoParticipant {
		return CoParticipant{Entity: m.row("entity").entity(), SharedEvents: m.int("shared")}
	})
}

// Participations returns a page of each entity's events with its role.
func (db *DB) Participations(ctx context.Context, ids []string, role string, p Page) (map[string]Participations, error) {
	params := map[string]any{"ids": ids, "first": len(ids), "role": strOrNil(role), "skip": p.skip(), "perParent": p.Size()}
	recs, err := db.batchQuery(ctx, "participations", listData{Given: given(params)}, params)
	if err != nil {
		return nil, err
	}
	out := make(map[string]Participations, len(recs))
	for _, r := range recs {
		row := recordRow(r)
		ps := Participations{Total: row.int("total")}
		for _, it := range row.rows("items") {
			ps.Items = append(ps.Items, Participation{Role: it.str("role"), Event: it.row("event").event()})
		}
		out[row.str("id")] = ps
	}
	return out, nil
}

// MentionedIn returns a page of the articles mentioning each entity.
func (db *DB) MentionedIn(ctx context.Context, ids []string, p Page) (map[string]Mentions, error) {
	recs, err := db.batchQuery(ctx, "mentions", nil, map[string]any{"ids": ids, "first": len(ids), "skip": p.skip(), "perParent": p.Size()})
	if err != nil {
		return nil, err
	}
	out := make(map[string]Mentions, len(recs))
	for _, r := range recs {
		row := recordRow(r)
		ms := Mentions{Total: row.int("total")}
		for _, it := range row.rows("items") {
			ms.Items = append(ms.Items, Mention{Article: it.row("article").article(), Count: it.int("count"), Starts: it.ints("starts"), Ends: it.ints("ends")})
		}
		out[row.str("id")] = ms
	}
	return out, nil
}

// batchPage runs a query that returns one row per parent id with a page of
// items (skipping p.Skip, at most p.Size()) and the total they are a page of.
func batchPage[T any](ctx context.Context, db *DB, name string, ids []string, p Page, params map[string]any, key string, decode func(readRow) T) (map[string]Paged[T], error) {
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	params["ids"], params["first"], params["skip"], params["perParent"] = ids, len(ids), p.skip(), p.Size()
	recs, err := db.batchQuery(ctx, name, listData{Given: given(params)}, params)
	if err != nil {
		return nil, err
	}
	out := make(map[string]Paged[T], len(recs))
	for _, r := range recs {
		row := recordRow(r)
		out[row.str("id")] = pagedOf(row, key, decode)
	}
	return out, nil
}

// pagedOf decodes the page a row holds: its items under key, and how many
// there are in all under total.
func pagedOf[T any](row readRow, key string, decode func(readRow) T) Paged[T] {
	page := Paged[T]{Total: row.int("total"), Items: []T{}}
	for _, it := range row.rows(key) {
		page.Items = append(page.Items, decode(it))
	}
	return page
}

// batch runs a query that returns one row per parent id with a list of
// items under key, and decodes each item.
func batch[T any](ctx context.Context, db *DB, name string, ids []string, perParent int, params map[string]any, key string, decode func(readRow) T) (map[string][]T, error) {
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	params["ids"], params["first"], params["perParent"] = ids, len(ids), Page{First: perParent}.Size()
	recs, err := db.batchQuery(ctx, name, listData{Given: given(params)}, params)
	if err != nil {
		return nil, err
	}
	out := make(map[string][]T, len(recs))
	for _, r := range recs {
		row := recordRow(r)
		items := row.rows(key)
		list := make([]T, 0, len(items))
		for _, it := range items {
			list = append(list, decode(it))
		}
		out[row.str("id")] = list
	}
	return out, nil
}
