// The participants of each event in $ids, by role.
UNWIND $ids AS id
CALL (id) {
  MATCH (e:Entity)-[p:PARTICIPATED_IN]->(:Event {id: id})
  WHERE $role IS NULL OR p.role = $role
  WITH p, e
  ORDER BY p.role, e.name
  LIMIT $perParent
  RETURN collect({role: p.role, entity: {{template "entity" "e"}}}) AS items
}
RETURN id, items
LIMIT $first
