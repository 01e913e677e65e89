// Events per month and type. Only events dated within one month count (a
// day, a month, a week inside a month): an event dated only by year or
// quarter has no month, and counting it under its first one would invent a
// January peak.
MATCH (v:Event)
WHERE v.dateStart IS NOT NULL
  AND v.dateStart.year = v.dateEnd.year AND v.dateStart.month = v.dateEnd.month
  AND ($types IS NULL OR v.type IN $types)
  AND ($from IS NULL OR v.dateEnd >= date($from))
  AND ($to IS NULL OR v.dateStart <= date($to))
WITH substring(toString(v.dateStart), 0, 7) AS month, v.type AS type, count(v) AS n
RETURN month, type, n
ORDER BY month, type
LIMIT $first
