{{define "timelineMatch"}}{{if .ByEntity}}MATCH (e:Entity)-[:PARTICIPATED_IN]->(v:Event)
WHERE e.id IN $ids
WITH DISTINCT v
{{else}}MATCH (v:Event)
{{end}}WHERE ($types IS NULL OR v.type IN $types)
  AND ($status IS NULL OR v.status IN $status){{end}}
// Dated events in date order; a period sorts by its first day, then the
// more precise (shorter) period first.
{{template "timelineMatch" .}}
  AND v.dateStart IS NOT NULL
  AND {{template "inDateRange" "v"}}
RETURN {{template "event" "v"}} AS event
ORDER BY v.dateStart, v.dateEnd, v.id
SKIP $skip LIMIT $first
