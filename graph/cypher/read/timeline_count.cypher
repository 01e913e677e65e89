{{template "timelineMatch" .}}
  AND v.dateStart IS NOT NULL
  AND ($from IS NULL OR v.dateEnd >= date($from))
  AND ($to IS NULL OR v.dateStart <= date($to))
RETURN count(v) AS n
LIMIT $first
