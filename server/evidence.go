package server

import (
	"context"

	"github.com/polgraph/polgraph/server/generated"
)

func (r *Resolver) searchEvidence(ctx context.Context, text string, types []generated.EventType, first *int, after *string) (*generated.EvidenceConnection, error) {
	p, err := pageOf(first, after)
	if err != nil {
		return nil, err
	}
	hits, more, err := r.db.SearchEvidence(ctx, text, strs(types), p)
	if err != nil {
		return nil, err
	}
	conn := &generated.EvidenceConnection{Edges: make([]*generated.EvidenceEdge, 0, len(hits)), PageInfo: pageInfo(p, len(hits), more)}
	for i, h := range hits {
		conn.Edges = append(conn.Edges, &generated.EvidenceEdge{Cursor: cursorAt(p.Skip + i),
			Node: &generated.EvidenceHit{Event: eventOf(h.Event), Provenance: provenanceOf(h.Provenance), Score: h.Score}})
	}
	return conn, nil
}
