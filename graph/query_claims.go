package graph

import "context"

// ClaimFilter selects claims: events some entity alleges, asserts or
// denies, or that are alleged or denied (docs/graph-model.md, "Claims").
// Zero fields do not filter.
type ClaimFilter struct {
	// About keeps claims about this entity: it takes part in the event in
	// a role other than source.
	About string
	// By keeps the events this entity alleges, asserts or denies; Status
	// then filters what it says of them (its CLAIMS edges' status), not
	// the event's status.
	By     string
	Status []string // polgraph.Statuses
	// Denied keeps events that are denied (their status, or a denial that
	// denies them) when true, those that are not when false.
	Denied *bool
	Dates  DateRange
}

func (f ClaimFilter) params() map[string]any {
	var denied any
	if f.Denied != nil {
		denied = *f.Denied
	}
	return f.Dates.params(map[string]any{"about": strOrNil(f.About), "by": strOrNil(f.By), "status": orNil(f.Status), "denied": denied})
}

// data says where the claims queries start matching: from the claimant
// (ByEntity), else from the entity the claims are about (ByParticipant).
func (f ClaimFilter) data(params map[string]any) listData {
	return listData{ByEntity: f.By != "", ByParticipant: f.By == "" && f.About != "", Given: given(params), Claims: true}
}

// Claims returns a page of the claims f selects in date order (undated
// last) and whether more follow. Naming no entity, the page is cut from
// events read in date order (the event_date index) rather than from every
// claim in the graph, sorted.
func (db *DB) Claims(ctx context.Context, f ClaimFilter, p Page) ([]Event, bool, error) {
	params := p.params(f.params())
	data := f.data(params)
	if !data.ByEntity && !data.ByParticipant {
		data.NullsLast, data.OrderedBy = "v.dateStart", sortedBy("v.dateStart", "v.id", Sort{})
	}
	recs, err := db.query(ctx, "claims", data, params)
	if err != nil {
		return nil, false, err
	}
	return trim(readEvents(recs), p)
}

// CountClaims counts the claims f selects.
func (db *DB) CountClaims(ctx context.Context, f ClaimFilter) (int, error) {
	params := f.params()
	return db.count(ctx, "claims_count", f.data(params), params)
}

// Claim is what one entity says of an event in one article.
type Claim struct {
	By         Entity
	Status     string // polgraph.Status
	Provenance Provenance
}

// Denials returns who denies each event in ids, with the article and
// sentence of each denial, earliest article first.
func (db *DB) Denials(ctx context.Context, ids []string, perParent int) (map[string][]Claim, error) {
	return batch(ctx, db, "denials", ids, perParent, map[string]any{}, "items", func(m readRow) Claim {
		return Claim{By: m.row("by").entity(), Status: m.str("status"), Provenance: m.provenance()}
	})
}

// DeniedBy returns the denials that deny each event in ids.
func (db *DB) DeniedBy(ctx context.Context, ids []string, perParent int) (map[string][]Event, error) {
	return batch(ctx, db, "denied_by", ids, perParent, map[string]any{}, "items", readRow.event)
}

// Denies returns the events each denial in ids denies.
func (db *DB) Denies(ctx context.Context, ids []string, perParent int) (map[string][]Event, error) {
	return batch(ctx, db, "denies", ids, perParent, map[string]any{}, "items", readRow.event)
}

func readEntities(rows []readRow) []Entity {
	out := make([]Entity, 0, len(rows))
	for _, r := range rows {
		out = append(out, r.entity())
	}
	return out
}
