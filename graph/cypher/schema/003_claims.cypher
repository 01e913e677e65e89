// Claims (graph/write_claims.go): each DENIES and CLAIMS edge is one
// article's word; these find an article's edges when it is corrected or
// unloaded without walking every claim on its events.
CREATE INDEX denies_article IF NOT EXISTS FOR ()-[r:DENIES]-() ON (r.article);
CREATE INDEX claims_article IF NOT EXISTS FOR ()-[r:CLAIMS]-() ON (r.article);
