// A page of the entities that share events with each entity in $ids, most
// shared first, and how many there are: one walk over the entity's events
// gives both. PARTICIPATED_IN only ever runs from an :Entity to an :Event
// (graph/write.go), so the walk checks no label: a quarter of its DB hits
// for a head of government.
UNWIND $ids AS id
CALL (id) {
  MATCH (e:Entity {id: id})-[:PARTICIPATED_IN]->(v)<-[:PARTICIPATED_IN]-(o)
  WHERE o <> e
  WITH o, count(DISTINCT v) AS shared
  ORDER BY shared DESC, o.name, o.id
  WITH collect({o: o, shared: shared}) AS ranked
  CALL (ranked) {
    UNWIND ranked[$skip..$skip + $perParent] AS x
    WITH x.o AS o, x.shared AS shared
    RETURN collect({entity: {{template "entity" "o"}}, shared: shared}) AS items
  }
  RETURN items, size(ranked) AS total
}
RETURN id, items, total
LIMIT $first
