// A page of the people of each country in $ids, most mentioned first, and
// how many there are: persons with a fact to the country, to an entity in
// it or to one of its organisations (_fragments: countryInside, countryOrgs).
UNWIND $ids AS id
CALL (id) {
  MATCH (c:Entity {id: id})
  WITH {{template "countryInside"}} AS inside
  WITH inside, {{template "countryOrgs"}} AS orgs
  WITH COLLECT {
    UNWIND inside + orgs AS x
    MATCH (p:Entity {kind: $personKind})-[:{{template "factTypes"}}]->(x)
    RETURN DISTINCT p
  } AS people
  CALL (people) {
    UNWIND people AS p
    WITH p
    ORDER BY p.mentionCount DESC, p.name, p.id
    SKIP $skip LIMIT $perParent
    RETURN collect({{template "entity" "p"}}) AS items
  }
  RETURN items, size(people) AS total
}
RETURN id, items, total
LIMIT $first
