// The events each article in $ids reports, in text order.
UNWIND $ids AS id
CALL (id) {
  MATCH (v:Event)-[r:REPORTED_IN]->(a:Article {id: id})
  WITH r, v, a
  ORDER BY r.start, v.id
  LIMIT $perParent
  RETURN collect({event: {{template "event" "v"}}, article: {{template "article" "a"}}, status: r.status, sentence: r.evidence, start: r.start, end: r.end, confidence: r.confidence, extractor: r.extractor}) AS items
}
RETURN id, items
LIMIT $first
