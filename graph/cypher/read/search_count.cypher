// How many entities search finds, on every page together.
{{template "searchMatch" .}}
RETURN count(e) AS n
LIMIT $first
