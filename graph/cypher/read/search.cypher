// $query is a Lucene query built from the user's words (graph.luceneQuery):
// fuzzy terms forgive small misspellings, the analyzer forgives case.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node AS e, score
WHERE $kinds IS NULL OR e.kind IN $kinds
RETURN {{template "entity" "e"}} AS entity, score
ORDER BY score DESC, e.mentionCount DESC, e.id
SKIP $skip LIMIT $first
