// Who denies each event in $ids, with the article and sentence of the
// denial: the CLAIMS edges with status denied, earliest article first.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Event {id: id})<-[c:CLAIMS]-(x:Entity)
  WHERE c.status = 'denied'
  MATCH (a:Article {id: c.article})
  WITH x, c, a
  ORDER BY a.publishedAt, a.id, x.name
  LIMIT $perParent
  RETURN collect({by: {{template "entity" "x"}}, status: c.status, article: {{template "article" "a"}},
                  sentence: c.evidence, start: c.start, end: c.end}) AS items
}
RETURN id, items
LIMIT $first
