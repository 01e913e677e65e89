// Shortest paths between two entities through facts and shared events. An
// event joins its participants by two PARTICIPATED_IN steps, so the caller
// passes the longest path in relationships ({{.MaxLen}}: twice maxHops).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:{{template "factTypes"}}|PARTICIPATED_IN*..{{.MaxLen}}]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity OR n:Event)
RETURN
  [n IN nodes(p) | {id: n.id, name: coalesce(n.name, n.summary, n.type), label: coalesce(n.kind, 'Event')}] AS nodes,
  [r IN relationships(p) | {
    type: type(r), from: startNode(r).id, to: endNode(r).id, role: r.role,
    validFrom: toString(r.validFrom), validTo: toString(r.validTo),
    provenance: CASE type(r)
      WHEN 'PARTICIPATED_IN' THEN [(:Event {id: endNode(r).id})-[rr:REPORTED_IN]->(pa:Article) WHERE pa.id IN coalesce(r.articles, []) |
        {article: {{template "article" "pa"}}, sentence: rr.evidence, start: rr.start, end: rr.end, confidence: rr.confidence, extractor: rr.extractor}]
      ELSE [i IN range(0, size(coalesce(r.articles, [])) - 1) |
        {article: head(COLLECT { MATCH (pa:Article {id: r.articles[i]}) RETURN {{template "article" "pa"}} }), sentence: r.evidence[i], start: r.starts[i], end: r.ends[i], confidence: r.confidences[i]}]
    END
  }] AS edges
LIMIT $first
