{{template "eventsMatch" .}}
RETURN count(v) AS n
LIMIT $first
