{{template "articlesMatch" .}}
RETURN count(a) AS n
LIMIT $first
