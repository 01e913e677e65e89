// What was said: the sentence of every report of an event (REPORTED_IN)
// and of every article's support of a fact (SUPPORTS), in one index so
// that their scores compare, for searchEvidence (graph.SearchEvidence).
// evidence_text, the first version, indexed reports only.
DROP INDEX evidence_text IF EXISTS;
CREATE FULLTEXT INDEX said_text IF NOT EXISTS FOR ()-[r:REPORTED_IN|SUPPORTS]-() ON EACH [r.evidence];
