// The entities each article in $ids mentions, most mentioned first.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Article {id: id})-[m:MENTIONS]->(e:Entity)
  WITH m, e
  ORDER BY m.count DESC, e.name
  LIMIT $perParent
  RETURN collect({entity: {{template "entity" "e"}}, count: m.count, starts: m.starts, ends: m.ends}) AS items
}
RETURN id, items
LIMIT $first
