// Events per month and type: the events in the date range (graph.DateRange,
// whose minimum precision is at least MONTH here) counted under the month
// their period lies in. An event dated only by year or quarter has no
// month, and counting it under its first one would invent a January peak;
// a week across two months is left out for the same reason.
MATCH (v:Event)
WHERE v.dateStart IS NOT NULL
  AND v.dateStart.year = v.dateEnd.year AND v.dateStart.month = v.dateEnd.month
{{- if .Given.types}}
  AND v.type IN $types{{end}}
{{- template "inDateRange" .}}
WITH substring(toString(v.dateStart), 0, 7) AS month, v.type AS type, count(v) AS n
RETURN month, type, n
ORDER BY month, type
LIMIT $first
