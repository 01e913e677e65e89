// Dated events in date order; a period sorts by its first day, then the
// more precise (shorter) period first.
{{if .ByEntity}}// Of several entities: each one's first $window events, read apart and
// merged (an event two of them took part in is kept once), never all
// their events sorted together. An entity in few events has all of them
// read and the first kept (entityEvents); a busy one, in a large share of
// all events (a head of government: its degree squared above
// busyFactor × $window × events), meets its first ones soon in the
// event_date index read in order, of which at most $scan are read; if
// those hold fewer than $window of its events, it is read as the others.
CALL () { MATCH (v:Event) RETURN count(v) AS events }
CALL (events) {
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  WITH e WHERE COUNT { (e)-[:PARTICIPATED_IN]->() } ^ 2 <= {{busyFactor}} * $window * events
  CALL (e) {
    {{template "entityEvents" .}}
    RETURN v
  }
  RETURN v
  UNION
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  WITH e WHERE COUNT { (e)-[:PARTICIPATED_IN]->() } ^ 2 > {{busyFactor}} * $window * events
  CALL (e) {
    MATCH (v:Event) USING INDEX v:Event(dateStart)
    WHERE v.dateStart IS NOT NULL{{template "timelineFilters" .}}
    WITH v ORDER BY {{.OrderedBy}} LIMIT $scan
    WITH v WHERE EXISTS { (e)-[:PARTICIPATED_IN]->(v) }
    WITH v ORDER BY {{.OrderedBy}} LIMIT $window
    RETURN collect(v) AS found
  }
  CALL (e, found) {
    UNWIND CASE WHEN size(found) < $window THEN [true] ELSE [] END AS more
    {{template "entityEvents" .}}
    RETURN collect(v) AS all
  }
  UNWIND CASE WHEN size(found) < $window THEN all ELSE found END AS v
  RETURN v
}
WITH DISTINCT v
{{else}}// Read in the event_date index's order and cut at the page.
{{template "datedInOrder" .}}
UNWIND ordered AS v
{{end}}RETURN {{template "event" "v"}} AS event
ORDER BY {{.OrderedBy}}
SKIP $skip LIMIT $first
