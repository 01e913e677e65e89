// How many undated events a timeline has (timeline_undated's rows).
{{template "timelineMatch" .}}
  AND v.dateStart IS NULL
  AND $precisions IS NULL
RETURN count(v) AS n
LIMIT $first
