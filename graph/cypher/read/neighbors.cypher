// Entities and events within {{.Depth}} steps of an entity, nearest first.
// Only the given relationship types are followed (all of them when $types
// is null); articles are never crossed.
MATCH (a:Entity {id: $id})
MATCH p = (a)-[:{{template "factTypes"}}|PARTICIPATED_IN*1..{{.Depth}}]-(n)
WHERE n <> a{{if .Given.types}} AND all(r IN relationships(p) WHERE type(r) IN $types){{end}}
WITH n, p
ORDER BY length(p)
WITH n, head(collect(p)) AS p
RETURN {{template "pathNode" "n"}} AS node,
       length(p) AS distance, type(last(relationships(p))) AS via
ORDER BY distance, node.name, node.id
LIMIT $first
