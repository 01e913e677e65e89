// The articles reporting each event in $ids, with the reporting sentence.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Event {id: id})-[r:REPORTED_IN]->(a:Article)
  WITH r, a
  ORDER BY a.publishedAt, a.id
  LIMIT $perParent
  RETURN collect({article: {{template "article" "a"}}, status: r.status, sentence: r.evidence, start: r.start, end: r.end, confidence: r.confidence, extractor: r.extractor}) AS items
}
RETURN id, items
LIMIT $first
