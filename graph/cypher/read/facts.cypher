{{define "factFilter"}}($dir = 'BOTH' OR ($dir = 'OUT' AND startNode(r) = e) OR ($dir = 'IN' AND endNode(r) = e))
  {{- if .Given.types}}
    AND type(r) IN $types{{end}}
  {{- if .Given.otherKinds}}
    AND o.kind IN $otherKinds{{end}}
  {{- template "validAsOf" .}}{{end}}
// A page of the facts touching each entity in $ids, and how many there are.
UNWIND $ids AS id
CALL (id) {
  MATCH (e:Entity {id: id})-[r:{{template "factTypes"}}]-(o:Entity)
  WHERE {{template "factFilter" .}}
  WITH r, startNode(r) AS s, endNode(r) AS t, o
  ORDER BY r.validFrom DESC, type(r), o.name, o.id
  SKIP $skip LIMIT $perParent
  RETURN collect({{template "fact"}}) AS facts
}
CALL (id) {
  MATCH (e:Entity {id: id})-[r:{{template "factTypes"}}]-(o:Entity)
  WHERE {{template "factFilter" .}}
  RETURN count(r) AS total
}
RETURN id, facts, total
LIMIT $first
