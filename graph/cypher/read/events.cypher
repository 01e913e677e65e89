{{if .NullsLast}}{{template "eventsInOrder" .}}
{{else}}{{template "eventsMatch" .}}
{{end}}{{if .Participants}}WITH v
ORDER BY {{.Order}}, v.id
SKIP $skip LIMIT $first
{{/* the page's participants in the same query: one transaction, not two */ -}}
{{template "participantsOf" .}}
RETURN {{template "event" "v"}} AS event, {items: items, total: total} AS participants
ORDER BY {{.Order}}, v.id
{{else}}RETURN {{template "event" "v"}} AS event
ORDER BY {{.Order}}, v.id
SKIP $skip LIMIT $first
{{end}}
