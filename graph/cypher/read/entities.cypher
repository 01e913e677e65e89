{{define "entitiesMatch"}}{{if .ByArticle}}MATCH (:Article {id: $mentionedIn})-[:MENTIONS]->(e:Entity)
{{else}}MATCH (e:Entity)
{{end}}WHERE true
{{- if .Given.kinds}}
  AND e.kind IN $kinds{{end}}
{{- if .Given.name}}
  AND toLower(e.name) CONTAINS toLower($name){{end}}{{end}}
{{if .NullsLast}}// In the entity_name index's order, cut at the page; every entity has a
// name, but one without would sort last, read only when the named do not
// fill the page.
CALL () {
  {{template "entitiesMatch" .}}
    AND e.name IS NOT NULL
  WITH e ORDER BY {{.OrderedBy}} LIMIT $window
  RETURN collect(e) AS ordered
}
CALL (ordered) {
  UNWIND CASE WHEN size(ordered) < $window THEN [true] ELSE [] END AS more
  {{template "entitiesMatch" .}}
    AND e.name IS NULL
  WITH e ORDER BY e.id LIMIT $window
  RETURN collect(e) AS rest
}
UNWIND ordered + rest AS e
{{else}}{{template "entitiesMatch" .}}
{{end}}RETURN {{template "entity" "e"}} AS entity
ORDER BY {{.Order}}, e.id
SKIP $skip LIMIT $first
