// Facts each article in $ids supports. Both ends of such a fact carry a
// MENTIONS edge from the article, which makes them cheap to find.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Article {id: id})-[:MENTIONS]->(s:Entity)-[r:{{template "factTypes"}}]->(t:Entity)
  WHERE id IN r.articles
  WITH r, s, t
  ORDER BY type(r), s.name, t.name
  LIMIT $perParent
  RETURN collect({{template "fact"}}) AS facts
}
RETURN id, facts
LIMIT $first
