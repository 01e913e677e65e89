// Entities and events within {{.Depth}} steps of an entity, nearest first,
// through the relationship types the caller chose ({{.Types}}:
// closed-vocabulary names, checked in Go); articles are never crossed.
MATCH (a:Entity {id: $id})
MATCH p = (a)-[:{{.Types}}*1..{{.Depth}}]-(n)
WHERE n <> a
WITH n, p
ORDER BY length(p)
WITH n, head(collect(p)) AS p
RETURN {{template "pathNode" "n"}} AS node,
       length(p) AS distance, type(last(relationships(p))) AS via
ORDER BY distance, node.name, node.id
SKIP $skip LIMIT $first
