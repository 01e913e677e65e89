// The events each denial in $ids denies, in date order.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Event {id: id})-[:DENIES]->(d:Event)
  WITH DISTINCT d
  ORDER BY d.dateStart IS NULL, d.dateStart, d.id
  LIMIT $perParent
  RETURN collect({{template "event" "d"}}) AS items
}
RETURN id, items
LIMIT $first
