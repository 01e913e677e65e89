{{/* The claims ClaimFilter selects (graph/query_claims.go says which).
     A claim is an event some entity alleges, asserts or denies (a CLAIMS
     edge, always from an entity: its degree is read, no node visited) or
     one that is alleged or denied (its :Alleged or :Denied label). From
     the entity a filter names, that entity's claims are read and sorted;
     naming none, the page is cut from the event_date index read in order,
     each event checked (eventsInOrder with .Claims: claimFilters), so a
     page costs the events up to its last claim, not every claim. Counting
     reads the claims themselves: the two labels and the CLAIMS
     relationship type (token lookups). */}}
{{define "isClaim"}}(v:Alleged OR v:Denied OR EXISTS { ()-[:CLAIMS]->(v) }){{end}}
{{define "claimFilters"}}
  AND {{template "isClaim"}}
{{- if .Given.denied}}
  AND v:Denied = $denied{{end}}{{end}}
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
  MATCH ()-[:CLAIMS]->(v:Event) RETURN v
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
{{if .NullsLast}}{{template "eventsInOrder" .}}
{{else}}{{template "claimsMatch" .}}
{{end}}RETURN {{template "event" "v"}} AS event
ORDER BY v.dateStart IS NULL, v.dateStart, v.id
SKIP $skip LIMIT $first
