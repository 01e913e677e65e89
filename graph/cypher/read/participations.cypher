// The events each entity in $ids took part in, with its role, in date order.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})-[p:PARTICIPATED_IN]->(v:Event)
  {{- if .Given.role}}
  WHERE p.role = $role{{end}}
  WITH p, v
  ORDER BY v.dateStart, v.id, p.role
  SKIP $skip LIMIT $perParent
  RETURN collect({role: p.role, event: {{template "event" "v"}}}) AS items
}
CALL (id) {
  MATCH (:Entity {id: id})-[p:PARTICIPATED_IN]->(:Event)
  {{- if .Given.role}}
  WHERE p.role = $role{{end}}
  RETURN count(p) AS total
}
RETURN id, items, total
LIMIT $first
