package server

import (
	"context"

	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/server/generated"
)

func (r *Resolver) searchEvidence(ctx context.Context, text string, types []generated.EventType, relationTypes []generated.RelationType, first *int, after *string) (*generated.EvidenceConnection, error) {
	p, err := pageOf(first, after)
	if err != nil {
		return nil, err
	}
	hits, more, err := r.db.SearchEvidence(ctx, text, graph.EvidenceFilter{EventTypes: strs(types), RelationTypes: strs(relationTypes)}, p)
	if err != nil {
		return nil, err
	}
	conn := &generated.EvidenceConnection{Edges: make([]*generated.EvidenceEdge, 0, len(hits)), PageInfo: pageInfo(p, len(hits), more)}
	for i, h := range hits {
		hit := &generated.EvidenceHit{Provenance: provenanceOf(h.Provenance), Score: h.Score}
		if h.Event != nil {
			hit.Event = eventOf(*h.Event)
		}
		if h.Fact != nil {
			hit.Fact = factsOf([]graph.Fact{*h.Fact})[0]
		}
		conn.Edges = append(conn.Edges, &generated.EvidenceEdge{Cursor: cursorAt(p.Skip + i), Node: hit})
	}
	return conn, nil
}
