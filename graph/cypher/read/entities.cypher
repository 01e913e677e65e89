{{define "entitiesMatch"}}{{if .ByArticle}}MATCH (:Article {id: $mentionedIn})-[:MENTIONS]->(e:Entity)
{{else}}MATCH (e:Entity)
{{end}}WHERE ($kinds IS NULL OR e.kind IN $kinds)
  AND ($name IS NULL OR toLower(e.name) CONTAINS toLower($name))
  AND ($mentionedIn IS NULL OR EXISTS { (:Article {id: $mentionedIn})-[:MENTIONS]->(e) }){{end}}
{{template "entitiesMatch" .}}
RETURN {{template "entity" "e"}} AS entity
ORDER BY {{.Order}}, e.id
SKIP $skip LIMIT $first
