MATCH (a:Article)-[m:MENTIONS]->(:Entity)
WITH coalesce(a.source, '') AS source, sum(m.count) AS mentions, count(DISTINCT a) AS articles
RETURN source, mentions, articles
ORDER BY mentions DESC, source
LIMIT $first
