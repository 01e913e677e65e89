// A page of the articles reporting each event in $ids, with the reporting
// sentence and who each article says alleges or asserts the event (its
// CLAIMS); total is the event's sourceCount, which counts its REPORTED_IN.
UNWIND $ids AS id
CALL (id) {
  MATCH (v:Event {id: id})-[r:REPORTED_IN]->(a:Article)
  WITH v, r, a
  ORDER BY a.publishedAt, a.id
  SKIP $skip LIMIT $perParent
  RETURN collect({article: {{template "article" "a"}}, status: r.status, attribution: r.attribution, sentence: r.evidence, start: r.start, end: r.end, confidence: r.confidence, extractor: r.extractor,
                  by: COLLECT { MATCH (x:Entity)-[c:CLAIMS]->(v) WHERE c.article = a.id AND c.status <> 'denied'
                                RETURN DISTINCT {{template "entity" "x"}} AS x ORDER BY x.name LIMIT {{maxProvenance}} }}) AS items
}
MATCH (v:Event {id: id})
RETURN id, items, v.sourceCount AS total
LIMIT $first
