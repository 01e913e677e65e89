{{/* Map projections shared by the read queries; each takes a variable name. */}}
{{define "entity"}}{{.}} {.id, .kind, .name, aliases: coalesce({{.}}.aliases, []), mentionCount: coalesce({{.}}.mentionCount, 0)}{{end}}
{{define "article"}}{{.}} {.id, .title, .url, .source, .extractor, publishedAt: toString({{.}}.publishedAt), ingestedAt: toString({{.}}.ingestedAt)}{{end}}
{{define "event"}}{{.}} {.id, .type, .date, .precision, .status, .summary, dateStart: toString({{.}}.dateStart), dateEnd: toString({{.}}.dateEnd), firstReported: toString({{.}}.firstReported), sourceCount: coalesce({{.}}.sourceCount, 0)}{{end}}
{{/* A fact r from s to t. Its supporting articles come as parallel lists
     (ids, evidence, starts, ends, confidences), cut to the first
     maxProvenance (a fact can be stated by hundreds; support counts them
     all), and the articles themselves are found by id (an index seek per
     article). graph zips them into provenance. */}}
{{define "support"}}{{template "supportN" maxProvenance}}{{end}}
{{define "supportN"}}support: size(coalesce(r.articles, [])), ids: coalesce(r.articles, [])[0..{{.}}],
  evidence: coalesce(r.evidence, [])[0..{{.}}], starts: coalesce(r.starts, [])[0..{{.}}],
  ends: coalesce(r.ends, [])[0..{{.}}], confidences: coalesce(r.confidences, [])[0..{{.}}],
  articles: COLLECT { UNWIND coalesce(r.articles, [])[0..{{.}}] AS aid MATCH (pa:Article {id: aid}) RETURN {{template "article" "pa"}} }{{end}}
{{define "fact"}}{type: type(r), from: {{template "entity" "s"}}, to: {{template "entity" "t"}}, role: r.role, validFrom: toString(r.validFrom), validTo: toString(r.validTo), validFromPrecision: r.validFromPrecision, validToPrecision: r.validToPrecision, confidence: r.confidence,
  {{template "support"}}}{{end}}
{{define "factTypes"}}MEMBER_OF|HOLDS_OFFICE|REPRESENTS|LEADS|WORKS_FOR|CITIZEN_OF|LOCATED_IN{{end}}
{{define "validAsOf"}}($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR date($asOf) <= r.validTo))){{end}}
{{/* Who belongs to country c (Country.people and .organizations in
     schema/entity.graphqls state the rule): inside is c and every entity a
     chain of at most 3 LOCATED_IN facts leads from to c; orgs are the
     organisations and parties with a fact to one of those, or whose office
     holders, members or leaders represent one. */}}
{{define "countryInside"}}COLLECT { MATCH (x:Entity)-[:LOCATED_IN*0..3]->(c) RETURN DISTINCT x }{{end}}
{{define "countryOrgs"}}COLLECT {
    UNWIND inside AS x
    MATCH (o:Entity)-[:{{template "factTypes"}}]->(x)
    WHERE o.kind IN $orgKinds
    RETURN o
  UNION
    UNWIND inside AS x
    MATCH (x)<-[:REPRESENTS]-(:Entity {kind: $personKind})-[:HOLDS_OFFICE|MEMBER_OF|LEADS]->(o:Entity)
    WHERE o.kind IN $orgKinds
    RETURN o
  }{{end}}
{{/* The entities a search ($query, built by graph.luceneQuery) finds, of $kinds. */}}
{{define "searchMatch"}}CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node AS e, score
WHERE $kinds IS NULL OR e.kind IN $kinds{{end}}
