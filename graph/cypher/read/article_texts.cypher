// The text each article in $ids keeps (graphs of schema version 2 on).
UNWIND $ids AS id
CALL (id) {
  MATCH (a:Article {id: id})
  WHERE a.text IS NOT NULL
  RETURN collect({text: a.text})[..$perParent] AS items
}
RETURN id, items
LIMIT $first
