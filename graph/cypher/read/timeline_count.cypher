{{template "timelineMatch" .}}
  AND v.dateStart IS NOT NULL{{template "timelineFilters" .}}
RETURN count(v) AS n
LIMIT $first
