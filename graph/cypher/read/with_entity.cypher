// A batch read (inserted below) and the lookup of one entity, $lookupId, in
// one query: person(id:) { coParticipants } is then one transaction,
// not two (graph.WithEntityLookup). OPTIONAL CALL keeps the lookup when
// the read has no row (the read's columns are null then), and the
// read's rows are one a parent, at most $first, $first at least 1.
CALL () {
  OPTIONAL MATCH (lookedUp:Entity {id: $lookupId})
  RETURN {{template "entity" "lookedUp"}} AS lookedUp
}
OPTIONAL CALL () {
{{.}}
}
RETURN *
LIMIT $first
