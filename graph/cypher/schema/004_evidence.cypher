// What was said: the evidence sentence of every report of an event, for
// searchEvidence (graph.SearchEvidence).
CREATE FULLTEXT INDEX evidence_text IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON EACH [r.evidence];
