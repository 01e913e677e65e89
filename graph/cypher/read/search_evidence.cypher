// Sentences that match $query (graph.luceneQuery), best first: reports of
// events (REPORTED_IN, from the event to the article) and supports of facts
// (SUPPORTS, from the article to the fact's first entity); of one sentence,
// the events it reports come before the facts it states. The page is cut
// before anything else is read, so an event or fact is read for a hit on
// the page only.
CALL db.index.fulltext.queryRelationships('said_text', $query) YIELD relationship AS rr, score
{{- /* types alone asks for events, relationTypes alone for facts */}}
{{- $events := or (not .Given.relationTypes) .Given.types}}
{{- $facts := or (not .Given.types) .Given.relationTypes}}
WITH rr, score
WHERE {{if $events}}(type(rr) = 'REPORTED_IN'{{if .Given.types}} AND startNode(rr).type IN $types{{end}}){{end}}
  {{- if and $events $facts}} OR {{end}}
  {{- if $facts}}(type(rr) = 'SUPPORTS'{{if .Given.relationTypes}} AND rr.type IN $relationTypes{{end}}){{end}}
WITH rr, score, type(rr) = 'SUPPORTS' AS isFact,
     CASE type(rr) WHEN 'SUPPORTS' THEN startNode(rr) ELSE endNode(rr) END AS pa,
     CASE type(rr) WHEN 'SUPPORTS' THEN rr.fact ELSE startNode(rr).id END AS said
ORDER BY score DESC, isFact, said, pa.id
SKIP $skip LIMIT $first
WITH rr, score, isFact, pa, said, startNode(rr) AS v, endNode(rr) AS s
RETURN CASE type(rr) WHEN 'REPORTED_IN' THEN {{template "event" "v"}} END AS event,
       COLLECT { MATCH (s)-[r:{{template "factTypes"}}]->(t:Entity {id: rr.to})
                 WHERE type(rr) = 'SUPPORTS' AND type(r) = rr.type AND r.role = rr.role
                 RETURN {{template "fact"}} LIMIT 1 } AS facts,
       {article: {{template "article" "pa"}}, sentence: rr.evidence, start: rr.start, end: rr.end, confidence: rr.confidence,
        extractor: coalesce(rr.extractor, pa.extractor)} AS provenance,
       score
ORDER BY score DESC, isFact, said, pa.id
LIMIT $first
