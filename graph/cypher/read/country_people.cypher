// The people of each country in $ids, most mentioned first, at most
// $perParent each: persons with a fact to the country, to an entity in it or
// to one of its organisations (_fragments: countryInside, countryOrgs).
UNWIND $ids AS id
CALL (id) {
  MATCH (c:Entity {id: id})
  WITH {{template "countryInside"}} AS inside
  WITH inside, {{template "countryOrgs"}} AS orgs
  UNWIND inside + orgs AS x
  MATCH (p:Entity {kind: $personKind})-[:{{template "factTypes"}}]->(x)
  WITH DISTINCT p
  ORDER BY p.mentionCount DESC, p.name, p.id
  LIMIT $perParent
  RETURN collect({{template "entity" "p"}}) AS items
}
RETURN id, items
LIMIT $first
