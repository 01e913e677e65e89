// Undated events cannot be placed between from and to, so those bounds do
// not filter them; they come apart from the dated ones, first reported
// first. (A minimum precision leaves none: graph.UndatedTimeline does not
// ask.)
{{template "timelineMatch" .}}
  AND v.dateStart IS NULL
{{- if .Given.types}}
  AND v.type IN $types{{end}}
{{- if .Given.status}}
  AND v.status IN $status{{end}}
RETURN {{template "event" "v"}} AS event
ORDER BY v.firstReported, v.id
SKIP $skip LIMIT $first
