package graph

import "github.com/neo4j/neo4j-go-driver/v5/neo4j"

// readRow reads one map a read query returns. Its getters tolerate missing
// keys and nulls: a graph written by an older loader lacks some properties,
// and the API would rather show null than fail.
type readRow map[string]any

func recordRow(r *neo4j.Record) readRow { return readRow(r.AsMap()) }

func (m readRow) str(k string) string {
	s, _ := m[k].(string)
	return s
}

func (m readRow) strp(k string) *string {
	if s, ok := m[k].(string); ok {
		return &s
	}
	return nil
}

func (m readRow) int(k string) int {
	switch v := m[k].(type) {
	case int64:
		return int(v)
	case float64:
		return int(v)
	}
	return 0
}

func (m readRow) floatp(k string) *float64 {
	switch v := m[k].(type) {
	case float64:
		return &v
	case int64:
		f := float64(v)
		return &f
	}
	return nil
}

func (m readRow) row(k string) readRow {
	r, _ := m[k].(map[string]any)
	return readRow(r)
}

func (m readRow) rows(k string) []readRow {
	l, _ := m[k].([]any)
	out := make([]readRow, 0, len(l))
	for _, v := range l {
		if r, ok := v.(map[string]any); ok {
			out = append(out, readRow(r))
		}
	}
	return out
}

func (m readRow) strs(k string) []string {
	l, _ := m[k].([]any)
	out := make([]string, 0, len(l))
	for _, v := range l {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func (m readRow) ints(k string) []int {
	l, _ := m[k].([]any)
	out := make([]int, 0, len(l))
	for _, v := range l {
		if n, ok := v.(int64); ok {
			out = append(out, int(n))
		}
	}
	return out
}

func (m readRow) entity() Entity {
	return Entity{ID: m.str("id"), Kind: m.str("kind"), Name: m.str("name"), Aliases: m.strs("aliases"), MentionCount: m.int("mentionCount"),
		Wikidata: m.strp("wikidata"), Wikipedia: m.strp("wikipedia")}
}

func (m readRow) article() Article {
	return Article{ID: m.str("id"), Title: m.str("title"), URL: m.strp("url"), Source: m.strp("source"),
		PublishedAt: m.strp("publishedAt"), IngestedAt: m.strp("ingestedAt"), Extractor: m.strp("extractor")}
}

func (m readRow) event() Event {
	return Event{ID: m.str("id"), Type: m.str("type"), Date: m.strp("date"), Precision: m.str("precision"),
		Status: m.str("status"), Summary: m.strp("summary"), DateStart: m.strp("dateStart"), DateEnd: m.strp("dateEnd"),
		FirstReported: m.strp("firstReported"), SourceCount: m.int("sourceCount")}
}

// provenance reads {article, sentence, start, end, confidence, extractor?}.
func (m readRow) provenance() Provenance {
	p := Provenance{Article: m.row("article").article(), Sentence: m.str("sentence"), Start: m.int("start"), End: m.int("end"),
		Extractor: m.strp("extractor"), Confidence: m.floatp("confidence")}
	if p.Extractor == nil {
		p.Extractor = p.Article.Extractor
	}
	return p
}

func (m readRow) provenances(k string) []Provenance {
	rows := m.rows(k)
	out := make([]Provenance, 0, len(rows))
	for _, r := range rows {
		out = append(out, r.provenance())
	}
	return out
}

func (m readRow) fact() Fact {
	return Fact{Type: m.str("type"), From: m.row("from").entity(), To: m.row("to").entity(), Role: nonEmpty(m.strp("role")),
		ValidFrom: m.strp("validFrom"), ValidTo: m.strp("validTo"), FromPrecision: m.str("validFromPrecision"), ToPrecision: m.str("validToPrecision"),
		Confidence: m.floatp("confidence"),
		Support:    m.int("support"), Provenance: m.support()}
}

// support reads a fact's first supports (see the "support" fragment) as
// provenance, in the order they were written.
func (m readRow) support() []Provenance { return m.provenances("supports") }

// nonEmpty maps "" to nil: the loader stores a missing role as "" because a
// MERGE key cannot be null.
func nonEmpty(s *string) *string {
	if s == nil || *s == "" {
		return nil
	}
	return s
}
