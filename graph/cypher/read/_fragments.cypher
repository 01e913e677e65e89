{{/* Map projections shared by the read queries; each takes a variable name. */}}
{{define "entity"}}{{.}} {.id, .kind, .name, .wikidata, .wikipedia, aliases: coalesce({{.}}.aliases, []), mentionCount: coalesce({{.}}.mentionCount, 0)}{{end}}
{{define "article"}}{{.}} {.id, .title, .url, .source, .extractor, publishedAt: toString({{.}}.publishedAt), ingestedAt: toString({{.}}.ingestedAt)}{{end}}
{{define "event"}}{{.}} {.id, .type, .date, .precision, .status, .summary, dateStart: toString({{.}}.dateStart), dateEnd: toString({{.}}.dateEnd), firstReported: toString({{.}}.firstReported), sourceCount: coalesce({{.}}.sourceCount, 0)}{{end}}
{{/* A fact r from s to t. It counts its supporting articles
     (supportCount); each support is an (:Article)-[:SUPPORTS]->(s)
     relationship with the fact's key (graph.factKey), and the first
     maxProvenance, in the order they were written, come from the
     support_fact index, read in its order (fact, seq) and cut at the
     limit: a fact stated by thousands costs no more. */}}
{{define "support"}}{{template "supportN" maxProvenance}}{{end}}
{{define "supportN"}}support: coalesce(r.supportCount, 0),
  supports: COLLECT { MATCH (pa:Article)-[sp:SUPPORTS]->() WHERE sp.fact = {{template "factKey"}} AND sp.seq IS NOT NULL
                      RETURN {article: {{template "article" "pa"}}, sentence: sp.evidence, start: sp.start, end: sp.end, confidence: sp.confidence} AS support
                      ORDER BY sp.fact, sp.seq LIMIT {{.}} }{{end}}
{{define "factKey"}}type(r) + '\u001F' + s.id + '\u001F' + t.id + '\u001F' + r.role{{end}}
{{define "fact"}}{type: type(r), from: {{template "entity" "s"}}, to: {{template "entity" "t"}}, role: r.role, validFrom: toString(r.validFrom), validTo: toString(r.validTo), validFromPrecision: r.validFromPrecision, validToPrecision: r.validToPrecision, confidence: r.confidence,
  {{template "support"}}}{{end}}
{{define "factTypes"}}{{factAlternation}}{{end}}
{{define "validAsOf"}}{{if .Given.asOf}}
  AND (r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR date($asOf) <= r.validTo){{end}}{{end}}
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
{{/* A node on a path or near an entity: an entity, or an event with its
     type, date and the names of its participants other than sources, from
     which graph makes its short label. */}}
{{define "pathNode"}}{id: {{.}}.id, name: coalesce({{.}}.name, {{.}}.summary, {{.}}.type), kind: coalesce({{.}}.kind, 'Event'), type: {{.}}.type, date: {{.}}.date,
  who: [({{.}})<-[pr:PARTICIPATED_IN]-(x:Entity) WHERE pr.role <> 'source' | {role: pr.role, name: x.name}]}{{end}}
{{/* Whether event v is in the date range $from, $to, $precisions
     (graph.DateRange says what that means, and why $spanStarts and
     $spanFloor hold), for the bounds the caller gave (.Given); each line
     starts with AND. Every bound is a range on dateStart, which the
     event_date index serves. .FromPart keeps, of the events ending on or
     after $from, those starting on or after it or those starting before. */}}
{{define "inDateRange"}}
{{- if .Given.from}}{{if eq .FromPart "starting"}}
  AND v.dateStart >= date($from){{else if eq .FromPart "spanning"}}{{/* day: one of $spanStarts (datedInOrder) */}}
  AND v.dateStart = date(day) AND v.dateEnd >= date($from){{else}}
  AND v.dateStart >= date($spanFloor) AND v.dateEnd >= date($from){{end}}{{end}}
{{- if .Given.to}}
  AND v.dateStart <= date($to){{end}}
{{- if .Given.precisions}}
  AND v.precision IN $precisions{{end}}{{end}}
{{/* The first $window dated events an eventsMatch selects, in .OrderedBy
     (dateStart first), as the list ordered: read in the event_date
     index's order and cut there. With $from, those starting on or after
     it are read so; those starting before it, on at most four days, are
     sought apart, a day at a time: `dateStart IN` those days was planned
     as a range up to $to, filtered (every event before the range). The
     eventsMatch here is always MATCH (v:Event), which keeps day. */}}
{{define "datedInOrder"}}CALL () {
  {{- if .Given.from}}
  CALL () {
    UNWIND $spanStarts AS day
    {{template "eventsMatch" .Spanning}}
    RETURN v
    UNION
    {{template "eventsMatch" .Starting}}
    WITH v ORDER BY {{.OrderedBy}} LIMIT $window
    RETURN v
  }
  {{- else}}
  {{template "eventsMatch" .}}
    AND v.dateStart IS NOT NULL
  {{- end}}
  WITH v ORDER BY {{.OrderedBy}} LIMIT $window
  RETURN collect(v) AS ordered
}{{end}}
{{/* The page of a list in dateStart order, nulls last (listData.NullsLast),
     as v: the dated events in the event_date index's order, cut at the
     page; the undated, which sort last, only when those do not fill it. */}}
{{define "eventsInOrder"}}{{template "datedInOrder" .}}
{{if .Bounded}}WITH ordered, [] AS rest
{{else}}CALL (ordered) {
  UNWIND CASE WHEN size(ordered) < $window THEN [true] ELSE [] END AS more
  {{template "eventsMatch" .}}
    AND v.dateStart IS NULL
  WITH v ORDER BY v.id LIMIT $window
  RETURN collect(v) AS rest
}
{{end}}UNWIND ordered + rest AS v{{end}}
{{/* The entities a search ($query, built by graph.luceneQuery) finds, of $kinds. */}}
{{define "searchMatch"}}CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node AS e, score
{{- if .Given.kinds}}
WHERE e.kind IN $kinds{{end}}{{end}}
{{/* The events an EventFilter selects. Only the filters given are
     written (graph.given says why); WHERE true, which the planner drops,
     lets each of them start with AND. */}}
{{define "eventsMatch"}}{{if .ByParticipant}}MATCH (:Entity {id: $participant})-[p:PARTICIPATED_IN]->(v:Event)
{{- if .Given.role}}
WHERE p.role = $role{{end}}
WITH DISTINCT v
{{else if .BySource}}MATCH (v:Event)-[:REPORTED_IN]->(:Article {id: $sourceArticle})
{{else}}MATCH (v:Event)
{{end}}WHERE true
{{- if .Given.types}}
  AND v.type IN $types{{end}}
{{- if .Given.eventType}}
  AND v.type = $eventType{{end}}
{{- if .Given.status}}
  AND v.status IN $status{{end}}
{{- if .Given.precision}}
  AND v.precision IN $precision{{end}}
{{- template "inDateRange" .}}
{{- if and .ByParticipant .Given.sourceArticle}}
  AND EXISTS { (v)-[:REPORTED_IN]->(:Article {id: $sourceArticle}) }{{end}}
{{- if .Claims}}{{template "claimFilters" .}}{{end}}{{end}}
{{/* The events of a timeline (graph.TimelineFilter): those the entities
     $ids took part in, or all; the filters given follow
     (timelineFilters), each starting with AND. */}}
{{define "timelineMatch"}}{{if .ByEntity}}MATCH (e:Entity)-[:PARTICIPATED_IN]->(v:Event)
WHERE e.id IN $ids
WITH DISTINCT v
{{else}}MATCH (v:Event)
{{end}}WHERE true{{end}}
{{define "timelineFilters"}}
{{- if .Given.types}}
  AND v.type IN $types{{end}}
{{- if .Given.status}}
  AND v.status IN $status{{end}}
{{- template "inDateRange" .}}{{end}}
{{/* The first $window dated events of a timeline entity e took part in:
     all of them read, sorted and cut. PARTICIPATED_IN only ever runs from
     an :Entity to an :Event (graph/write.go), so v's label is not checked:
     a DB hit per event of a busy person. */}}
{{define "entityEvents"}}MATCH (e)-[:PARTICIPATED_IN]->(v)
    WHERE v.dateStart IS NOT NULL{{template "timelineFilters" .}}
    WITH DISTINCT v ORDER BY {{.OrderedBy}} LIMIT $window{{end}}
{{/* A page of the participants of event v by role, as items, and how
     many there are in all, as total ($participantRole, $participantSkip,
     $perParent); with provenance, the sentences reporting each (which
     read every report of the event per participant: only when asked).
     participants.cypher reads it for a batch of events, events.cypher for
     its page. */}}
{{define "participantsOf"}}CALL (v) {
  MATCH (e:Entity)-[p:PARTICIPATED_IN]->(v)
  {{- if .Given.participantRole}}
  WHERE p.role = $participantRole{{end}}
  WITH p, e, v
  ORDER BY p.role, e.name, e.id
  SKIP $participantSkip LIMIT $perParent
  RETURN collect({role: p.role, entity: {{template "entity" "e"}}
    {{- if .Given.provenance}},
    provenance: [(v)-[r:REPORTED_IN]->(a:Article) WHERE a.id IN coalesce(p.articles, [])[0..{{maxProvenance}}] |
      {article: {{template "article" "a"}}, sentence: r.evidence, start: r.start, end: r.end, confidence: r.confidence, extractor: r.extractor}]{{end}}}) AS items
}
CALL (v) {
  MATCH (:Entity)-[p:PARTICIPATED_IN]->(v)
  {{- if .Given.participantRole}}
  WHERE p.role = $participantRole{{end}}
  RETURN count(p) AS total
}{{end}}
