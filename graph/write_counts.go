package graph

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

const dumpNodesCypher = `
CALL () {
  MATCH (n:Article) WHERE n.id STARTS WITH $prefix RETURN n
  UNION MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN n
  UNION MATCH (n:Event) WHERE n.id STARTS WITH $prefix RETURN n
}
RETURN labels(n) AS labels, properties(n) AS props`

const dumpRelsCypher = `
CALL () {
  MATCH (n:Article) WHERE n.id STARTS WITH $prefix RETURN n
  UNION MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN n
  UNION MATCH (n:Event) WHERE n.id STARTS WITH $prefix RETURN n
}
MATCH (n)-[r]-()
WITH DISTINCT r
RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS props`

// Dump describes every :Article, :Entity and :Event whose id starts with
// prefix, and every relationship touching one, as sorted lines of text
// (properties in key order, those named in omit left out). Tests compare
// dumps to prove that a load changed nothing, or that two ways of loading
// reach the same graph; the shared database forbids comparing it whole.
func (db *DB) Dump(ctx context.Context, prefix string, omit ...string) ([]string, error) {
	if prefix == "" {
		return nil, fmt.Errorf("graph: dump: empty prefix would dump the whole graph")
	}
	var lines []string
	res, err := db.read(ctx, dumpNodesCypher, map[string]any{"prefix": prefix})
	if err != nil {
		return nil, fmt.Errorf("graph: dump nodes: %w", err)
	}
	for _, r := range res.Records {
		labels, _ := r.Get("labels")
		var ls []string
		for _, l := range labels.([]any) {
			ls = append(ls, l.(string))
		}
		slices.Sort(ls)
		props, _ := r.Get("props")
		lines = append(lines, "node :"+strings.Join(ls, ":")+" "+formatProps(props.(map[string]any), omit))
	}
	res, err = db.read(ctx, dumpRelsCypher, map[string]any{"prefix": prefix})
	if err != nil {
		return nil, fmt.Errorf("graph: dump relationships: %w", err)
	}
	for _, r := range res.Records {
		typ, _ := r.Get("type")
		from, _ := r.Get("from")
		to, _ := r.Get("to")
		props, _ := r.Get("props")
		lines = append(lines, fmt.Sprintf("rel (%v)-[:%v]->(%v) %s", from, typ, to, formatProps(props.(map[string]any), omit)))
	}
	slices.Sort(lines)
	return lines, nil
}

const staleArticlesCypher = `
MATCH (a:Article) WHERE a.id STARTS WITH $prefix AND a.ingestedAt < $before
RETURN a.id AS id ORDER BY id LIMIT $first`

// ArticlesIngestedBefore lists up to first ids of the articles under prefix
// last written before before. Tests use it to find what a crashed run of
// theirs left behind: cleanups that never ran, under ids no later run
// draws again.
func (db *DB) ArticlesIngestedBefore(ctx context.Context, prefix string, before time.Time, first int) ([]string, error) {
	if prefix == "" {
		return nil, fmt.Errorf("graph: articles ingested before %s: empty prefix would list the whole graph", before.Format(time.RFC3339))
	}
	res, err := db.read(ctx, staleArticlesCypher, map[string]any{"prefix": prefix, "before": before.UTC(), "first": first})
	if err != nil {
		return nil, fmt.Errorf("graph: articles under %s ingested before %s: %w", prefix, before.Format(time.RFC3339), err)
	}
	ids := make([]string, 0, len(res.Records))
	for _, r := range res.Records {
		id, _ := r.Get("id")
		ids = append(ids, id.(string))
	}
	return ids, nil
}

// Counts returns how many nodes of each label (":Article", ":Entity:Person",
// …) and relationships of each type ("MENTIONS", …) Dump(prefix) holds.
func (db *DB) Counts(ctx context.Context, prefix string) (map[string]int, error) {
	lines, err := db.Dump(ctx, prefix)
	if err != nil {
		return nil, err
	}
	counts := make(map[string]int)
	for _, l := range lines {
		switch f := strings.Fields(l); f[0] {
		case "node":
			counts[f[1]]++
		case "rel":
			_, rest, _ := strings.Cut(l, "-[:")
			typ, _, _ := strings.Cut(rest, "]->")
			counts[typ]++
		}
	}
	return counts, nil
}

func formatProps(props map[string]any, omit []string) string {
	var b strings.Builder
	b.WriteByte('{')
	for _, k := range slices.Sorted(maps.Keys(props)) {
		if slices.Contains(omit, k) {
			continue
		}
		if b.Len() > 1 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s: %s", k, formatValue(props[k]))
	}
	b.WriteByte('}')
	return b.String()
}

func formatValue(v any) string {
	switch v := v.(type) {
	case string:
		return fmt.Sprintf("%q", v)
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = formatValue(x)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case dbtype.Date:
		return "date(" + v.Time().Format(time.DateOnly) + ")"
	case time.Time:
		return "datetime(" + v.UTC().Format(time.RFC3339Nano) + ")"
	default:
		return fmt.Sprintf("%v", v)
	}
}
