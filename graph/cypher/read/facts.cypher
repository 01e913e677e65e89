// Facts touching each entity in $ids, at most $perParent each, one row per id.
UNWIND $ids AS id
CALL (id) {
  MATCH (e:Entity {id: id})-[r:{{template "factTypes"}}]-(o:Entity)
  WHERE ($dir = 'BOTH' OR ($dir = 'OUT' AND startNode(r) = e) OR ($dir = 'IN' AND endNode(r) = e))
  {{- if .Given.types}}
    AND type(r) IN $types{{end}}
  {{- if .Given.otherKinds}}
    AND o.kind IN $otherKinds{{end}}
  {{- template "validAsOf" .}}
  WITH r, startNode(r) AS s, endNode(r) AS t, o
  ORDER BY r.validFrom DESC, type(r), o.name
  LIMIT $perParent
  RETURN collect({{template "fact"}}) AS facts
}
RETURN id, facts
LIMIT $first
