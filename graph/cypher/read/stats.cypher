CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (v:Event) RETURN count(v) AS events }
CALL () { MATCH (:Entity)-[r:{{template "factTypes"}}]->(:Entity) RETURN count(r) AS facts }
CALL () {
  MATCH (e:Entity)
  WITH e.kind AS kind, count(e) AS n
  ORDER BY kind
  RETURN collect({kind: kind, count: n}) AS kinds
}
RETURN articles, events, facts, kinds
LIMIT $first
