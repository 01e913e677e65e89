// A page of the organisations and parties of each country in $ids, most
// mentioned first, and how many there are (_fragments: countryInside,
// countryOrgs).
UNWIND $ids AS id
CALL (id) {
  MATCH (c:Entity {id: id})
  WITH {{template "countryInside"}} AS inside
  WITH {{template "countryOrgs"}} AS orgs
  CALL (orgs) {
    UNWIND orgs AS o
    WITH o
    ORDER BY o.mentionCount DESC, o.name, o.id
    SKIP $skip LIMIT $perParent
    RETURN collect({{template "entity" "o"}}) AS items
  }
  RETURN items, size(orgs) AS total
}
RETURN id, items, total
LIMIT $first
