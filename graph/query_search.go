package graph

import (
	"context"
	"fmt"
	"strings"
	"unicode"
)

// Hit is one search result.
type Hit struct {
	Entity Entity
	Score  float64
}

// Search finds entities whose name or aliases match text, best first. Kinds
// (polgraph.KindPerson, …) narrow it when given.
func (db *DB) Search(ctx context.Context, text string, kinds []string, p Page) ([]Hit, bool, error) {
	q := luceneQuery(text)
	if q == "" {
		return nil, false, fmt.Errorf("%w: search text has no words", ErrInvalid)
	}
	recs, err := db.query(ctx, "search", nil, map[string]any{"query": q, "kinds": orNil(kinds), "skip": p.skip(), "first": p.Size() + 1})
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
	q := luceneQuery(text)
	if q == "" {
		return 0, fmt.Errorf("%w: search text has no words", ErrInvalid)
	}
	return db.count(ctx, "search_count", listData{}, map[string]any{"query": q, "kinds": orNil(kinds)})
}

// luceneQuery turns what a user typed into a Lucene query that forgives
// case (the index analyzer lowercases), small misspellings (fuzzy terms:
// one edit for short words, two for longer ones) and unfinished words
// (prefix terms), and ranks exact words and the whole phrase highest. Only
// letters and digits survive, so no Lucene syntax from the user gets in.
func luceneQuery(text string) string {
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
