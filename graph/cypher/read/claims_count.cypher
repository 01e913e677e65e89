{{template "claimsMatch" .}}
RETURN count(v) AS n
LIMIT $first
