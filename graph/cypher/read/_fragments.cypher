{{/* Map projections shared by the read queries; each takes a variable name. */}}
{{define "entity"}}{{.}} {.id, .kind, .name, aliases: coalesce({{.}}.aliases, []), mentionCount: coalesce({{.}}.mentionCount, 0)}{{end}}
{{define "article"}}{{.}} {.id, .title, .url, .source, .extractor, publishedAt: toString({{.}}.publishedAt), ingestedAt: toString({{.}}.ingestedAt)}{{end}}
{{define "event"}}{{.}} {.id, .type, .date, .precision, .status, .summary, dateStart: toString({{.}}.dateStart), dateEnd: toString({{.}}.dateEnd), firstReported: toString({{.}}.firstReported), sourceCount: coalesce({{.}}.sourceCount, 0)}{{end}}
{{/* A fact r from s to t with one provenance entry per supporting article. */}}
{{define "fact"}}{type: type(r), from: {{template "entity" "s"}}, to: {{template "entity" "t"}}, role: r.role, validFrom: toString(r.validFrom), validTo: toString(r.validTo), confidence: r.confidence,
  provenance: [i IN range(0, size(coalesce(r.articles, [])) - 1) | {article: head(COLLECT { MATCH (pa:Article {id: r.articles[i]}) RETURN {{template "article" "pa"}} }), sentence: r.evidence[i], start: r.starts[i], end: r.ends[i], confidence: r.confidences[i]}]}{{end}}
{{define "factTypes"}}MEMBER_OF|HOLDS_OFFICE|REPRESENTS|LEADS|WORKS_FOR|CITIZEN_OF|LOCATED_IN{{end}}
{{define "validAsOf"}}($asOf IS NULL OR ((r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR date($asOf) <= r.validTo))){{end}}
