// Dated events in date order; a period sorts by its first day, then the
// more precise (shorter) period first.
{{if .ByEntity}}// Of several entities: each one's first $window events, read apart and
// merged (an event two of them took part in is kept once), never all
// their events sorted together. An entity in few events has all of them
// read and the first kept (entityEvents); a busy one meets its first ones
// soon in the event_date index read in order, of which at most $scan are
// read; if those hold fewer than $window of its events, it is read as the
// others. Busy is in a large share of all events (a head of government),
// by two bounds: its degree squared above busyFactor × $window × events,
// where the scan costs less than reading its events; and its degree at
// least busySkew × events ÷ scanPerPage, where the scan, at its expected
// length ($window × events ÷ degree), meets a page within $scan even if
// the entity's early events are busySkew times sparser than its average
// (at 20,000 articles a person in 5% of the events, most of them late,
// met 12 of 21 in the scan, which then read all 1,888 of them anyway).
CALL () { MATCH (v:Event) RETURN count(v) AS events }
CALL (events) {
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  WITH e, COUNT { (e)-[:PARTICIPATED_IN]->() } AS degree
  WITH e WHERE NOT ({{template "busy"}})
  CALL (e) {
    {{template "entityEvents" .}}
    RETURN v
  }
  RETURN v
  UNION
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  WITH e, COUNT { (e)-[:PARTICIPATED_IN]->() } AS degree
  WITH e WHERE {{template "busy"}}
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
{{define "busy"}}degree ^ 2 > {{busyFactor}} * $window * events AND degree * {{scanPerPage}} >= {{busySkew}} * events{{end}}
