MATCH (v:Event)
WHERE v.dateStart IS NOT NULL
  AND ($types IS NULL OR v.type IN $types)
  AND ($from IS NULL OR v.dateEnd >= date($from))
  AND ($to IS NULL OR v.dateStart <= date($to))
WITH substring(toString(v.dateStart), 0, 7) AS month, v.type AS type, count(v) AS n
RETURN month, type, n
ORDER BY month, type
LIMIT $first
