MATCH (m:Entity)-[r:MEMBER_OF]->(p:Entity)
WHERE true{{template "validAsOf" .}}
WITH p, count(DISTINCT m) AS n
RETURN {{template "entity" "p"}} AS party, n
ORDER BY n DESC, party.name
LIMIT $first
