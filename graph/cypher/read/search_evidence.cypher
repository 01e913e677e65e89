// Reports whose evidence sentence matches $query (graph.luceneQuery), best
// first, each with its event and article.
CALL db.index.fulltext.queryRelationships('evidence_text', $query) YIELD relationship AS rr, score
WITH rr, score, startNode(rr) AS v, endNode(rr) AS pa
{{- if .Given.types}}
WHERE v.type IN $types{{end}}
RETURN {{template "event" "v"}} AS event,
       {article: {{template "article" "pa"}}, sentence: rr.evidence, start: rr.start, end: rr.end, confidence: rr.confidence, extractor: rr.extractor} AS provenance,
       score
ORDER BY score DESC, v.id, pa.id
SKIP $skip LIMIT $first
