package graph

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hit is one search result.
type Hit struct {
	Entity Entity
	Score  float64
}

// Search finds entities whose name or aliases match text, best first. Kinds
// (polgraph.KindPerson, …) narrow it when given.
func (db *DB) Search(ctx context.Context, text string, kinds []string, p Page) ([]Hit, bool, error) {
	q, err := searchQuery(text)
	if err != nil {
		return nil, false, err
	}
	params := p.params(map[string]any{"query": q, "kinds": orNil(kinds)})
	recs, err := db.query(ctx, "search", listData{Given: given(params)}, params)
	if err != nil {
		return nil, false, err
	}
	out := make([]Hit, 0, len(recs))
	for _, r := range recs {
		row := recordRow(r)
		score, _ := row["score"].(float64)
		out = append(out, Hit{Entity: row.row("entity").entity(), Score: score})
	}
	return trim(out, p)
}

// CountSearch counts the entities Search finds for text and kinds, on
// every page together.
func (db *DB) CountSearch(ctx context.Context, text string, kinds []string) (int, error) {
	q, err := searchQuery(text)
	if err != nil {
		return 0, err
	}
	params := map[string]any{"query": q, "kinds": orNil(kinds)}
	return db.count(ctx, "search_count", listData{Given: given(params)}, params)
}

// Bounds on what a search may ask: names are short, and Lucene refuses a
// fuzzy term past a few hundred characters (which the API reported as an
// internal error).
const (
	maxSearchText = 1000 // characters of the whole text
	maxSearchWord = 100  // characters of one word
)

// searchQuery is LuceneQuery of text, or ErrInvalid saying which bound
// text breaks.
func searchQuery(text string) (string, error) {
	if n := utf8.RuneCountInString(text); n > maxSearchText {
		return "", fmt.Errorf("%w: search text is %d characters long; at most %d are allowed", ErrInvalid, n, maxSearchText)
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if n := utf8.RuneCountInString(w); n > maxSearchWord {
			return "", fmt.Errorf("%w: a search word is %d characters long; at most %d are allowed", ErrInvalid, n, maxSearchWord)
		}
	}
	q := LuceneQuery(text)
	if q == "" {
		return "", fmt.Errorf("%w: search text has no words", ErrInvalid)
	}
	return q, nil
}

// LuceneQuery turns what a user typed into a Lucene query that forgives
// case (the index analyzer lowercases), small misspellings (fuzzy terms:
// one edit for short words, two for longer ones) and unfinished words
// (prefix terms), and ranks exact words and the whole phrase highest. Only
// letters and digits survive, so no Lucene syntax from the user gets in.
func LuceneQuery(text string) string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) > 8 {
		words = words[:8] // long queries make fuzzy expansion slow and add nothing
	}
	var clauses []string
	if len(words) > 1 {
		clauses = append(clauses, fmt.Sprintf("%q^4", strings.Join(words, " ")))
	}
	for _, w := range words {
		c := w + "^2"
		switch n := len([]rune(w)); {
		case n >= 6:
			c += " " + w + "~2 " + w + "*"
		case n >= 3:
			c += " " + w + "~1 " + w + "*"
		}
		clauses = append(clauses, "("+c+")")
	}
	return strings.Join(clauses, " ")
}

// EvidenceHit is a sentence that matches a search: an article's report
// of an event, or its support of a fact.
type EvidenceHit struct {
	Event      *Event     // the event reported, or nil
	Fact       *Fact      // the fact stated, or nil
	Provenance Provenance // the article and the matching sentence
	Score      float64
}

// EvidenceFilter narrows SearchEvidence. EventTypes alone keeps reports of
// events of those types, RelationTypes alone supports of facts of those
// types, both keep either; neither keeps every sentence.
type EvidenceFilter struct {
	EventTypes, RelationTypes []string
}

// SearchEvidence finds the sentences that report an event or state a fact
// and match text, best first.
func (db *DB) SearchEvidence(ctx context.Context, text string, f EvidenceFilter, p Page) ([]EvidenceHit, bool, error) {
	q, err := searchQuery(text)
	if err != nil {
		return nil, false, err
	}
	params := p.params(map[string]any{"query": q, "types": orNil(f.EventTypes), "relationTypes": orNil(f.RelationTypes)})
	recs, err := db.query(ctx, "search_evidence", listData{Given: given(params)}, params)
	if err != nil {
		return nil, false, err
	}
	out := make([]EvidenceHit, 0, len(recs))
	for _, r := range recs {
		row := recordRow(r)
		h := EvidenceHit{Provenance: row.row("provenance").provenance()}
		h.Score, _ = row["score"].(float64)
		if row["event"] != nil {
			v := row.row("event").event()
			h.Event = &v
		}
		if fs := row.rows("facts"); len(fs) > 0 {
			f := fs[0].fact()
			h.Fact = &f
		}
		out = append(out, h)
	}
	return trim(out, p)
}
