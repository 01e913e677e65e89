{{define "articlesMatch"}}{{if .ByEntity}}MATCH (a:Article)-[:MENTIONS]->(:Entity {id: $mentions})
{{else}}MATCH (a:Article)
{{end}}WHERE ($source IS NULL OR a.source = $source)
  AND ($from IS NULL OR a.publishedAt >= date($from))
  AND ($to IS NULL OR a.publishedAt <= date($to))
  AND ($mentions IS NULL OR EXISTS { (a)-[:MENTIONS]->(:Entity {id: $mentions}) }){{end}}
{{template "articlesMatch" .}}
RETURN {{template "article" "a"}} AS article
ORDER BY {{.Order}}, a.id
SKIP $skip LIMIT $first
