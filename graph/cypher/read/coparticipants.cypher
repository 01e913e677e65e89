// A page of the entities that share events with each entity in $ids, most
// shared first, and how many there are.
UNWIND $ids AS id
CALL (id) {
  MATCH (e:Entity {id: id})-[:PARTICIPATED_IN]->(v:Event)<-[:PARTICIPATED_IN]-(o:Entity)
  WHERE o <> e
  WITH o, count(DISTINCT v) AS shared
  ORDER BY shared DESC, o.name, o.id
  SKIP $skip LIMIT $perParent
  RETURN collect({entity: {{template "entity" "o"}}, shared: shared}) AS items
}
CALL (id) {
  MATCH (e:Entity {id: id})-[:PARTICIPATED_IN]->(:Event)<-[:PARTICIPATED_IN]-(o:Entity)
  WHERE o <> e
  RETURN count(DISTINCT o) AS total
}
RETURN id, items, total
LIMIT $first
