// Dated events in date order; a period sorts by its first day, then the
// more precise (shorter) period first.
{{if .ByEntity}}// Each entity's events, sorted and cut at the page apart (one stream per
// entity), then merged: an event two of them took part in is kept once.
// The events of all of them are never sorted together.
UNWIND $ids AS id
CALL (id) {
  MATCH (:Entity {id: id})-[:PARTICIPATED_IN]->(v:Event)
  WHERE v.dateStart IS NOT NULL{{template "timelineFilters" .}}
  WITH DISTINCT v
  ORDER BY {{.OrderedBy}}
  LIMIT $window
  RETURN v
}
WITH DISTINCT v
{{else}}// Read in the event_date index's order and cut at the page.
{{template "datedInOrder" .}}
UNWIND ordered AS v
{{end}}RETURN {{template "event" "v"}} AS event
ORDER BY {{.OrderedBy}}
SKIP $skip LIMIT $first
