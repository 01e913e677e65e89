// The participants of each event in $ids, by role.
UNWIND $ids AS id
CALL (id) {
  MATCH (e:Entity)-[p:PARTICIPATED_IN]->(v:Event {id: id})
  {{- if .Given.role}}
  WHERE p.role = $role{{end}}
  WITH p, e, v
  ORDER BY p.role, e.name
  LIMIT $perParent
  RETURN collect({role: p.role, entity: {{template "entity" "e"}},
    provenance: [(v)-[r:REPORTED_IN]->(a:Article) WHERE a.id IN coalesce(p.articles, [])[0..{{maxProvenance}}] |
      {article: {{template "article" "a"}}, sentence: r.evidence, start: r.start, end: r.end, confidence: r.confidence, extractor: r.extractor}]}) AS items
}
RETURN id, items
LIMIT $first
