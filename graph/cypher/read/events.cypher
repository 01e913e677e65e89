{{define "eventsMatch"}}{{if .ByParticipant}}MATCH (:Entity {id: $participant})-[:PARTICIPATED_IN]->(v:Event)
WITH DISTINCT v
{{else if .BySource}}MATCH (v:Event)-[:REPORTED_IN]->(:Article {id: $sourceArticle})
{{else}}MATCH (v:Event)
{{end}}WHERE ($types IS NULL OR v.type IN $types)
  AND ($status IS NULL OR v.status IN $status)
  AND ($precision IS NULL OR v.precision IN $precision)
  AND {{template "inDateRange" "v"}}
  AND ($participant IS NULL OR EXISTS { (:Entity {id: $participant})-[p:PARTICIPATED_IN]->(v) WHERE $role IS NULL OR p.role = $role })
  AND ($sourceArticle IS NULL OR EXISTS { (v)-[:REPORTED_IN]->(:Article {id: $sourceArticle}) }){{end}}
{{template "eventsMatch" .}}
RETURN {{template "event" "v"}} AS event
ORDER BY {{.Order}}, v.id
SKIP $skip LIMIT $first
