{{if .NullsLast}}// Dated events in the event_date index's order, cut at the page; the
// undated, which sort last, only when those do not fill it.
{{template "datedInOrder" .}}
{{if .Bounded}}WITH ordered, [] AS rest
{{else}}CALL (ordered) {
  UNWIND CASE WHEN size(ordered) < $window THEN [true] ELSE [] END AS more
  {{template "eventsMatch" .}}
    AND v.dateStart IS NULL
  WITH v ORDER BY v.id LIMIT $window
  RETURN collect(v) AS rest
}
{{end}}UNWIND ordered + rest AS v
{{else}}{{template "eventsMatch" .}}
{{end}}RETURN {{template "event" "v"}} AS event
ORDER BY {{.Order}}, v.id
SKIP $skip LIMIT $first
