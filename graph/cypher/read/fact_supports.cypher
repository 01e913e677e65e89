// A page of the supports of each fact in $ids (graph.FactKey): the
// articles stating it, in the order they were written, read from the
// support_fact index on (fact, seq) in its order; total counts them there.
UNWIND $ids AS id
CALL (id) {
  MATCH (pa:Article)-[sp:SUPPORTS]->()
  WHERE sp.fact = id AND sp.seq IS NOT NULL
  WITH pa, sp
  ORDER BY sp.fact, sp.seq
  SKIP $skip LIMIT $perParent
  RETURN collect({article: {{template "article" "pa"}}, sentence: sp.evidence, start: sp.start, end: sp.end, confidence: sp.confidence}) AS items
}
CALL (id) {
  MATCH ()-[sp:SUPPORTS]->()
  WHERE sp.fact = id AND sp.seq IS NOT NULL
  RETURN count(sp) AS total
}
RETURN id, items, total
LIMIT $first
