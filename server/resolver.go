package server

import (
	"context"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
)

// Ingester extracts an article and writes it to the graph: the loader's
// path, so that an article ingested over the API is exactly one loaded from
// the command line. It returns the article's id.
type Ingester interface {
	Ingest(ctx context.Context, a polgraph.Article) (string, error)
}

// Resolver answers the schema's fields from the graph. Resolvers stay thin:
// arguments in, one graph call (usually through a request's loader), models
// out.
type Resolver struct {
	db     *graph.DB
	ingest Ingester
}
