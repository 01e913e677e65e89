// Facts each article in $ids supports: its SUPPORTS edges lead to each
// fact's first entity and name the rest.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Article {id: id})-[sp:SUPPORTS]->(s:Entity)
  MATCH (s)-[r:{{template "factTypes"}}]->(t:Entity {id: sp.to})
  WHERE type(r) = sp.type AND r.role = sp.role
  WITH r, s, t
  ORDER BY type(r), s.name, t.name
  LIMIT $perParent
  RETURN collect({{template "fact"}}) AS facts
}
RETURN id, facts
LIMIT $first
