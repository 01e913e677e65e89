// A page of the participants of each event in $ids, by role, and how many
// there are in all; with $provenance, the sentences reporting each (which
// read every report of the event per participant: only when asked).
UNWIND $ids AS id
CALL (id) {
  MATCH (e:Entity)-[p:PARTICIPATED_IN]->(v:Event {id: id})
  {{- if .Given.role}}
  WHERE p.role = $role{{end}}
  WITH p, e, v
  ORDER BY p.role, e.name, e.id
  SKIP $skip LIMIT $perParent
  RETURN collect({role: p.role, entity: {{template "entity" "e"}}
    {{- if .Given.provenance}},
    provenance: [(v)-[r:REPORTED_IN]->(a:Article) WHERE a.id IN coalesce(p.articles, [])[0..{{maxProvenance}}] |
      {article: {{template "article" "a"}}, sentence: r.evidence, start: r.start, end: r.end, confidence: r.confidence, extractor: r.extractor}]{{end}}}) AS items
}
CALL (id) {
  MATCH (:Entity)-[p:PARTICIPATED_IN]->(:Event {id: id})
  {{- if .Given.role}}
  WHERE p.role = $role{{end}}
  RETURN count(p) AS total
}
RETURN id, items, total
LIMIT $first
