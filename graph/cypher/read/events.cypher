{{if .NullsLast}}{{template "eventsInOrder" .}}
{{else}}{{template "eventsMatch" .}}
{{end}}RETURN {{template "event" "v"}} AS event
ORDER BY {{.Order}}, v.id
SKIP $skip LIMIT $first
