package graph

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/polgraph/polgraph"
)

// MaxStoredText is the longest article text the graph keeps for a rebuild
// (bytes); a longer article keeps none and must be loaded again from its
// file after a rebuild.
const MaxStoredText = 1 << 20

// Extractor reads an article into an extraction (extract.Extractor does).
type Extractor interface {
	Extract(ctx context.Context, a polgraph.Article) (*polgraph.Extraction, error)
}

// RebuildOptions tune Rebuild.
type RebuildOptions struct {
	// Prefix limits the rebuild to articles, entities and events whose id
	// starts with it, and leaves the schema version alone: tests share one
	// database. "" rebuilds the whole graph.
	Prefix string
	Batch  int                        // articles per write transaction (default 100)
	Done   func(n int)                // called after each batch with the articles rewritten so far
	Failed func(id string, err error) // an article the extractor failed on (it stays unwritten)
}

// RebuildReport says what Rebuild did.
type RebuildReport struct {
	Rewritten int // articles re-extracted and written
	NoText    int // articles the graph keeps no text for: load their files again
	Failed    int // articles the extractor failed on
}

// Rebuild rewrites the graph from the article texts it keeps, with x (the
// current extractor), to SchemaVersion. It runs in steps recorded on the
// schema node, each resumable: "clear" deletes every entity and event (and
// so every fact, support, mention and report) a batch at a time and marks
// every article unwritten (extractionHash null); "extract" re-extracts the
// unwritten articles in id order and writes them as a load would. Run
// again after an interruption, it goes on where it stopped; run on a
// finished graph, it rebuilds it again to the same graph.
func (db *DB) Rebuild(ctx context.Context, x Extractor, opt RebuildOptions) (RebuildReport, error) {
	var rep RebuildReport
	if opt.Batch <= 0 {
		opt.Batch = 100
	}
	step, from := "clear", 0
	if opt.Prefix == "" {
		s, err := db.SchemaState(ctx)
		if err != nil {
			return rep, err
		}
		from = s.Version
		if s.Rebuilding != "" {
			step = s.Rebuilding
		} else if err := db.setSchemaState(ctx, SchemaState{Version: from, Rebuilding: step}); err != nil {
			return rep, err
		}
	}
	if step == "clear" {
		if err := db.clearDerived(ctx, opt.Prefix); err != nil {
			return rep, err
		}
		if opt.Prefix == "" {
			if err := db.setSchemaState(ctx, SchemaState{Version: from, Rebuilding: "extract"}); err != nil {
				return rep, err
			}
		}
	}
	after := ""
	for {
		arts, err := db.unwrittenArticles(ctx, opt.Prefix, after, opt.Batch)
		if err != nil || len(arts) == 0 {
			if err != nil {
				return rep, err
			}
			break
		}
		after = arts[len(arts)-1].ID
		var exs []*polgraph.Extraction
		for _, a := range arts {
			if a.Text == "" {
				rep.NoText++
				continue
			}
			ex, err := x.Extract(ctx, a)
			if err != nil {
				if ctx.Err() != nil {
					return rep, ctx.Err()
				}
				rep.Failed++
				if opt.Failed != nil {
					opt.Failed(a.ID, err)
				}
				continue
			}
			exs = append(exs, ex)
		}
		if err := db.WriteExtractions(ctx, exs); err != nil {
			return rep, fmt.Errorf("graph: rebuild: %w", err)
		}
		rep.Rewritten += len(exs)
		if opt.Done != nil {
			opt.Done(rep.Rewritten)
		}
	}
	if opt.Prefix == "" && rep.Failed == 0 {
		return rep, db.setSchemaState(ctx, SchemaState{Version: SchemaVersion})
	}
	return rep, nil
}

// The clear step's statements, each run until it changes nothing: a
// bounded transaction each time, so a graph of any size clears.
var clearSteps = []struct{ name, cypher string }{
	{"delete entities and events", `
CALL () {
  MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN n
  UNION MATCH (n:Event) WHERE n.id STARTS WITH $prefix RETURN n
}
WITH n LIMIT 1000
DETACH DELETE n
RETURN count(*) AS n`},
	{"mark articles unwritten", `
MATCH (a:Article) WHERE a.id STARTS WITH $prefix AND a.extractionHash IS NOT NULL
WITH a LIMIT 5000
SET a.extractionHash = null
RETURN count(*) AS n`},
}

// clearDerived runs the clear step.
func (db *DB) clearDerived(ctx context.Context, prefix string) error {
	for _, s := range clearSteps {
		for {
			n, err := db.executeWrite(ctx, "rebuild_clear", func(tx neo4j.ManagedTransaction) (any, error) {
				if err := lockWrites(ctx, tx); err != nil {
					return 0, err
				}
				res, err := run(ctx, tx, s.cypher, map[string]any{"prefix": prefix})
				if err != nil {
					return 0, err
				}
				n, _ := res[0].Get("n")
				return n.(int64), nil
			})
			if err != nil {
				return fmt.Errorf("graph: rebuild: %s: %w", s.name, err)
			}
			if n.(int64) == 0 {
				break
			}
		}
	}
	return nil
}

const unwrittenArticlesCypher = `
MATCH (a:Article) WHERE a.id STARTS WITH $prefix AND a.id > $after AND a.extractionHash IS NULL
RETURN a.id AS id, a.title AS title, a.url AS url, a.source AS source,
       coalesce(toString(a.publishedAt), '') AS publishedAt, a.publishedFrom AS publishedFrom, a.text AS text
ORDER BY a.id
LIMIT $first`

// unwrittenArticles returns up to n articles after the id after that have
// no extraction written, as the extractor reads them.
func (db *DB) unwrittenArticles(ctx context.Context, prefix, after string, n int) ([]polgraph.Article, error) {
	res, err := db.read(ctx, unwrittenArticlesCypher, map[string]any{"prefix": prefix, "after": after, "first": n})
	if err != nil {
		return nil, fmt.Errorf("graph: rebuild: read articles: %w", err)
	}
	out := make([]polgraph.Article, 0, len(res.Records))
	for _, r := range res.Records {
		a := polgraph.Article{ID: str(r, "id"), Title: str(r, "title"), PublishedAt: str(r, "publishedAt"),
			PublishedFrom: str(r, "publishedFrom"), Text: str(r, "text")}
		if u := str(r, "url"); u != "" {
			a.URL = &u
		}
		if s := str(r, "source"); s != "" {
			a.Source = &s
		}
		out = append(out, a)
	}
	return out, nil
}
