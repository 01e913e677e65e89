{{template "timelineMatch" .}}
  AND v.dateStart IS NOT NULL
  AND {{template "inDateRange" "v"}}
RETURN count(v) AS n
LIMIT $first
