// Undated events cannot be placed between from and to, so those bounds do
// not filter them; they come apart from the dated ones, first reported
// first. A minimum precision leaves none: an undated event has none.
{{template "timelineMatch" .}}
  AND v.dateStart IS NULL
  AND $precisions IS NULL
RETURN {{template "event" "v"}} AS event
ORDER BY v.firstReported, v.id
SKIP $skip LIMIT $first
