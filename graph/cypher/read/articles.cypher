{{define "articlesMatch"}}{{if .ByEntity}}MATCH (a:Article)-[:MENTIONS]->(:Entity {id: $mentions})
{{else}}MATCH (a:Article)
{{end}}WHERE true
{{- if .Given.source}}
  AND a.source = $source{{end}}
{{- if .Given.from}}
  AND a.publishedAt >= date($from){{end}}
{{- if .Given.to}}
  AND a.publishedAt <= date($to){{end}}{{end}}
{{if .NullsLast}}// Dated articles in the article_published index's order, cut at the
// page; the undated, which sort last, only when those do not fill it.
CALL () {
  {{template "articlesMatch" .}}
    AND a.publishedAt IS NOT NULL
  WITH a ORDER BY {{.OrderedBy}} LIMIT $window
  RETURN collect(a) AS ordered
}
CALL (ordered) {
  UNWIND CASE WHEN size(ordered) < $window THEN [true] ELSE [] END AS more
  {{template "articlesMatch" .}}
    AND a.publishedAt IS NULL
  WITH a ORDER BY a.id LIMIT $window
  RETURN collect(a) AS rest
}
UNWIND ordered + rest AS a
{{else}}{{template "articlesMatch" .}}
{{end}}RETURN {{template "article" "a"}} AS article
ORDER BY {{.Order}}, a.id
SKIP $skip LIMIT $first
