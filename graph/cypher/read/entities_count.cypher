{{template "entitiesMatch" .}}
RETURN count(e) AS n
LIMIT $first
