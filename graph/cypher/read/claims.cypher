{{/* The claims ClaimFilter selects (graph/query_claims.go says which).
     A claim is an event some entity alleges, asserts or denies (a CLAIMS
     edge) or one that is alleged or denied (its :Alleged or :Denied
     label). The match starts from the entity a filter names, else from
     the two labels and the CLAIMS relationship type (token lookups). */}}
{{define "isClaim"}}(v:Alleged OR v:Denied OR EXISTS { (:Entity)-[:CLAIMS]->(v) }){{end}}
{{define "claimsMatch"}}{{if .ByEntity}}MATCH (:Entity {id: $by})-[c:CLAIMS]->(v:Event)
{{- if .Given.status}}
WHERE c.status IN $status{{end}}
WITH DISTINCT v
{{else if .ByParticipant}}MATCH (:Entity {id: $about})-[p:PARTICIPATED_IN]->(v:Event)
WHERE p.role <> 'source' AND {{template "isClaim"}}
WITH DISTINCT v
{{else}}CALL () {
  MATCH (v:Alleged) RETURN v
  UNION
  MATCH (v:Denied) RETURN v
  UNION
  MATCH (:Entity)-[:CLAIMS]->(v:Event) RETURN v
}
{{end}}WITH v
WHERE true
{{- if and .Given.status (not .ByEntity)}}
  AND v.status IN $status{{end}}
{{- if and .Given.about (not .ByParticipant)}}
  AND EXISTS { (:Entity {id: $about})-[p:PARTICIPATED_IN]->(v) WHERE p.role <> 'source' }{{end}}
{{- if .Given.denied}}
  AND v:Denied = $denied{{end}}
{{- template "inDateRange" .}}{{end}}
{{template "claimsMatch" .}}
RETURN {{template "event" "v"}} AS event
ORDER BY v.dateStart IS NULL, v.dateStart, v.id
SKIP $skip LIMIT $first
