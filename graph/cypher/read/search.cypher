// $query is a Lucene query built from the user's words (graph.luceneQuery):
// fuzzy terms forgive small misspellings, the analyzer forgives case.
{{template "searchMatch" .}}
RETURN {{template "entity" "e"}} AS entity, score
ORDER BY score DESC, e.mentionCount DESC, e.id
SKIP $skip LIMIT $first
