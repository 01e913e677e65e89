// Lookups the API filters and sorts on.
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX event_type IF NOT EXISTS FOR (v:Event) ON (v.type);
CREATE INDEX event_date IF NOT EXISTS FOR (v:Event) ON (v.dateStart);
// Events of given types in a date range, read in date order within a type:
// event_date alone reads every event in the range to keep those types.
CREATE INDEX event_type_date IF NOT EXISTS FOR (v:Event) ON (v.type, v.dateStart);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt);
// Search over names and aliases (aliasText joins the aliases with newlines,
// since full-text indexes take strings, not lists).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText];
// A fact's supports, one per article (graph/write.go): found by the fact's
// key, in the order they were written.
CREATE INDEX support_fact IF NOT EXISTS FOR ()-[s:SUPPORTS]-() ON (s.fact, s.seq);
