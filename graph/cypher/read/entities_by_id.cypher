UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN {{template "entity" "e"}} AS entity
LIMIT $first
