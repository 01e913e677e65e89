package extract

import (
	"context"
	"io"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/internal/jsonstream"
)

// Extracted is an article's extraction with a long article's mentions
// still in the windows' compact form: some 3 bytes a mention (spanList),
// where a polgraph.Span takes 32. A 50 MB article has a million mentions,
// and building them all as Spans at once was the peak of `polgraph extract`
// (BENCHMARKS.md, "Work and memory per article").
type Extracted struct {
	ex   *polgraph.Extraction // entities' Mentions are nil while mentions is not
	text string
	// mentions are the entities' mentions, by entity, for a long article;
	// nil when ex holds them.
	mentions []spanList
}

// Mentions are the mentions of entity i as Spans, built anew each time
// for a long article.
func (e *Extracted) Mentions(i int) []polgraph.Span {
	if e.mentions == nil {
		return e.ex.Entities[i].Mentions
	}
	return e.mentions[i].spans(e.text)
}

// Lazy is the extraction with a long article's mentions left compact, for
// a reader that builds them an entity at a time through
// polgraph.Extraction.EntityMentions, as graph's writer and its hash do.
func (e *Extracted) Lazy() *polgraph.Extraction {
	if e.mentions != nil {
		e.ex.MentionsOf = e.Mentions
	}
	return e.ex
}

// Full is the whole extraction, every entity with its mentions; the
// compact form is dropped an entity at a time as its Spans are built.
func (e *Extracted) Full() *polgraph.Extraction {
	if e.mentions != nil {
		for i := range e.ex.Entities {
			e.ex.Entities[i].Mentions = e.Mentions(i)
			e.mentions[i] = spanList{}
		}
		e.mentions, e.ex.MentionsOf = nil, nil
	}
	return e.ex
}

// WriteJSON writes the extraction as jsonstream.Write writes Full(), byte
// for byte, building each entity's Spans only while it is written.
func (e *Extracted) WriteJSON(w io.Writer, o jsonstream.Options) error {
	if e.mentions != nil {
		o.Element = func(field string, i int, v any) any {
			if field != "entities" {
				return v
			}
			ent := v.(polgraph.Entity)
			ent.Mentions = e.Mentions(i)
			return ent
		}
	}
	return jsonstream.Write(w, *e.ex, o)
}

// Lazily is x for a reader of lazy extractions (Extracted.Lazy): its
// Extract keeps a long article's mentions compact. polgraph load writes
// with it, so that a long article's million mentions are not all built as
// Spans while it is hashed and written.
type Lazily struct{ *Extractor }

// Extract is ExtractCompact's extraction, lazy.
func (l Lazily) Extract(ctx context.Context, a polgraph.Article) (*polgraph.Extraction, error) {
	e, err := l.ExtractCompact(ctx, a)
	if err != nil {
		return nil, err
	}
	return e.Lazy(), nil
}
