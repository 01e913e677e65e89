// The articles mentioning each entity in $ids, newest first.
UNWIND $ids AS id
CALL (id) {
  MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: id})
  WHERE m.count > 0
  WITH m, a
  ORDER BY a.publishedAt DESC, a.id
  SKIP $skip LIMIT $perParent
  RETURN collect({article: {{template "article" "a"}}, count: m.count, starts: m.starts, ends: m.ends}) AS items
}
CALL (id) {
  MATCH (:Article)-[m:MENTIONS]->(:Entity {id: id})
  WHERE m.count > 0
  RETURN count(m) AS total
}
RETURN id, items, total
LIMIT $first
