// The organisations and parties of each country in $ids, most mentioned
// first, at most $perParent each (_fragments: countryInside, countryOrgs).
UNWIND $ids AS id
CALL (id) {
  MATCH (c:Entity {id: id})
  WITH {{template "countryInside"}} AS inside
  UNWIND {{template "countryOrgs"}} AS o
  WITH o
  ORDER BY o.mentionCount DESC, o.name, o.id
  LIMIT $perParent
  RETURN collect({{template "entity" "o"}}) AS items
}
RETURN id, items
LIMIT $first
