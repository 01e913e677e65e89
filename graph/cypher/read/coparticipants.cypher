// A page of the entities that share events with each entity in $ids, most
// shared first, and how many there are: one walk over the entity's events
// gives both.
UNWIND $ids AS id
CALL (id) {
  MATCH (e:Entity {id: id})-[:PARTICIPATED_IN]->(v:Event)<-[:PARTICIPATED_IN]-(o:Entity)
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
