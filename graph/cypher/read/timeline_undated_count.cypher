// How many undated events a timeline has (timeline_undated's rows).
{{template "timelineMatch" .}}
  AND v.dateStart IS NULL
{{- if .Given.types}}
  AND v.type IN $types{{end}}
{{- if .Given.status}}
  AND v.status IN $status{{end}}
RETURN count(v) AS n
LIMIT $first
