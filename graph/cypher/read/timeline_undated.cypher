// Undated events cannot be placed between from and to, so those bounds do
// not filter them; they come apart from the dated ones, first reported first.
{{template "timelineMatch" .}}
  AND v.dateStart IS NULL
RETURN {{template "event" "v"}} AS event
ORDER BY v.firstReported, v.id
LIMIT $first
