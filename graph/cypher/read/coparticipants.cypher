// The entities that share events with each entity in $ids, most shared first.
UNWIND $ids AS id
CALL (id) {
  MATCH (e:Entity {id: id})-[:PARTICIPATED_IN]->(v:Event)<-[:PARTICIPATED_IN]-(o:Entity)
  WHERE o <> e
  WITH o, count(DISTINCT v) AS shared
  ORDER BY shared DESC, o.name
  LIMIT $perParent
  RETURN collect({entity: {{template "entity" "o"}}, shared: shared}) AS items
}
RETURN id, items
LIMIT $first
