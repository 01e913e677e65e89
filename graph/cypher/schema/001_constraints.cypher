// Uniqueness constraints: every MERGE in polgraph matches on one of these keys.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (v:Event) REQUIRE v.id IS UNIQUE;
// The one node writers lock to serialise their transactions (graph/lock.go).
CREATE CONSTRAINT write_lock_id IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.id IS UNIQUE;
// The graph schema version node (graph/schema_version.go).
CREATE CONSTRAINT graph_schema_id IF NOT EXISTS FOR (s:GraphSchema) REQUIRE s.id IS UNIQUE;
