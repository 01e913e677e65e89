{{if .NullsLast}}// Dated events in the event_date index's order, cut at the page; the
// undated, which sort last, only when those do not fill it.
CALL () {
  {{template "eventsMatch" .}}
    AND v.dateStart IS NOT NULL
  WITH v ORDER BY v.dateStart{{if .Desc}} DESC{{end}}, v.id LIMIT $window
  RETURN collect(v) AS ordered
}
CALL (ordered) {
  UNWIND CASE WHEN size(ordered) < $window THEN [true] ELSE [] END AS more
  {{template "eventsMatch" .}}
    AND v.dateStart IS NULL
  WITH v ORDER BY v.id LIMIT $window
  RETURN collect(v) AS rest
}
UNWIND ordered + rest AS v
{{else}}{{template "eventsMatch" .}}
{{end}}RETURN {{template "event" "v"}} AS event
ORDER BY {{.Order}}, v.id
SKIP $skip LIMIT $first
