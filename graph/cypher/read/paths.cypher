// Shortest paths between two entities through the relationship types the
// caller chose ({{.Types}}: closed-vocabulary names, checked in Go). An
// event joins its participants by two PARTICIPATED_IN steps, so the caller
// passes the longest path in relationships ({{.MaxLen}}: twice maxHops).
// Each edge's evidence is found from its own ends (see the fact fragment).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:{{.Types}}*..{{.MaxLen}}]-(b))
WITH p
LIMIT $first
CALL (p) {
  UNWIND range(0, size(relationships(p)) - 1) AS k
  WITH k, relationships(p)[k] AS r
  WITH k, r, startNode(r) AS s, endNode(r) AS t
  ORDER BY k
  RETURN collect(CASE type(r)
    WHEN 'PARTICIPATED_IN' THEN {type: type(r), from: s.id, to: t.id, role: r.role, support: size(coalesce(r.articles, [])),
      reports: [(t)-[rr:REPORTED_IN]->(pa:Article) WHERE pa.id IN coalesce(r.articles, [])[0..{{maxPathProvenance}}] |
        {article: {{template "article" "pa"}}, sentence: rr.evidence, start: rr.start, end: rr.end, confidence: rr.confidence, extractor: rr.extractor}]}
    ELSE {type: type(r), from: s.id, to: t.id, role: r.role, validFrom: toString(r.validFrom), validTo: toString(r.validTo), validFromPrecision: r.validFromPrecision, validToPrecision: r.validToPrecision, {{template "supportN" maxPathProvenance}}}
  END) AS edges
}
RETURN [n IN nodes(p) | {{template "pathNode" "n"}}] AS nodes, edges
LIMIT $first
