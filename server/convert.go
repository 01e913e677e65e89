package server

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/server/generated"
)

// Conversions from the graph's read types to the GraphQL models. Enums are
// the graph's strings in upper case (Person → PERSON, alleged → ALLEGED).

var kindNames = map[generated.EntityKind]string{
	generated.EntityKindPerson:       polgraph.KindPerson,
	generated.EntityKindParty:        polgraph.KindParty,
	generated.EntityKindCountry:      polgraph.KindCountry,
	generated.EntityKindOrganization: polgraph.KindOrganization,
	generated.EntityKindPlace:        polgraph.KindPlace,
}

func kindsOf(ks []generated.EntityKind) []string {
	out := make([]string, 0, len(ks))
	for _, k := range ks {
		out = append(out, kindNames[k])
	}
	return out
}

func lowerAll[T ~string](vs []T) []string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		out = append(out, strings.ToLower(string(v)))
	}
	return out
}

// dateRange is a query's date filter (graph.DateRange).
func dateRange(from, to *string, minPrecision *generated.DatePrecision) graph.DateRange {
	r := graph.DateRange{From: deref(from), To: deref(to)}
	if minPrecision != nil {
		r.MinPrecision = strings.ToLower(string(*minPrecision))
	}
	return r
}

// strs is vs as the graph's strings: event types are spelled alike in both.
func strs[T ~string](vs []T) []string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		out = append(out, string(v))
	}
	return out
}

// roleName is the graph's name of a role argument ("agent"), "" for none.
func roleName(r *generated.ParticipantRole) string {
	if r == nil {
		return ""
	}
	return strings.ToLower(string(*r))
}

func roleOf(role string) generated.ParticipantRole {
	return generated.ParticipantRole(strings.ToUpper(role))
}

func upperAll[T ~string](vs []T) []string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		out = append(out, strings.ToUpper(string(v)))
	}
	return out
}

// entityOf returns the GraphQL type of e's kind; an entity of a kind the
// API does not know shows as an Organization rather than not at all.
func entityOf(e graph.Entity) generated.Entity {
	kind := generated.EntityKind(strings.ToUpper(e.Kind))
	aliases := e.Aliases
	if aliases == nil {
		aliases = []string{}
	}
	var ext *generated.ExternalKeys
	if e.Wikidata != nil || e.Wikipedia != nil {
		ext = &generated.ExternalKeys{Wikidata: e.Wikidata, Wikipedia: e.Wikipedia}
	}
	switch kind {
	case generated.EntityKindPerson:
		return &generated.Person{ID: e.ID, Kind: kind, Name: e.Name, Aliases: aliases, MentionCount: e.MentionCount, External: ext}
	case generated.EntityKindParty:
		return &generated.Party{ID: e.ID, Kind: kind, Name: e.Name, Aliases: aliases, MentionCount: e.MentionCount, External: ext}
	case generated.EntityKindCountry:
		return &generated.Country{ID: e.ID, Kind: kind, Name: e.Name, Aliases: aliases, MentionCount: e.MentionCount, External: ext}
	case generated.EntityKindPlace:
		return &generated.Place{ID: e.ID, Kind: kind, Name: e.Name, Aliases: aliases, MentionCount: e.MentionCount, External: ext}
	}
	return &generated.Organization{ID: e.ID, Kind: generated.EntityKindOrganization, Name: e.Name, Aliases: aliases, MentionCount: e.MentionCount, External: ext}
}

func articleOf(a graph.Article) *generated.Article {
	return &generated.Article{ID: a.ID, Title: a.Title, URL: a.URL, Source: a.Source, PublishedAt: a.PublishedAt, IngestedAt: a.IngestedAt, Extractor: a.Extractor}
}

func eventOf(v graph.Event) *generated.Event {
	precision := generated.DatePrecision(strings.ToUpper(v.Precision))
	if !precision.IsValid() {
		precision = generated.DatePrecisionUnknown
	}
	return &generated.Event{ID: v.ID, Type: generated.EventType(v.Type), Date: v.Date, Precision: precision, DateStart: v.DateStart, DateEnd: v.DateEnd,
		Status: statusOf(v.Status), Summary: v.Summary, FirstReported: v.FirstReported, SourceCount: v.SourceCount}
}

// boundPrecision is the precision of a fact's bound: none without a bound,
// UNKNOWN for one written before precisions were kept.
func boundPrecision(bound *string, precision string) *generated.DatePrecision {
	if bound == nil {
		return nil
	}
	p := generated.DatePrecision(strings.ToUpper(precision))
	if !p.IsValid() {
		p = generated.DatePrecisionUnknown
	}
	return &p
}

func statusOf(s string) generated.EventStatus {
	st := generated.EventStatus(strings.ToUpper(s))
	if !st.IsValid() {
		return generated.EventStatusAsserted
	}
	return st
}

func provenanceOf(p graph.Provenance) *generated.Provenance {
	return &generated.Provenance{Article: articleOf(p.Article), Sentence: p.Sentence, Start: p.Start, End: p.End, Extractor: p.Extractor, Confidence: p.Confidence}
}

func provenancesOf(ps []graph.Provenance) []*generated.Provenance {
	out := make([]*generated.Provenance, 0, len(ps))
	for _, p := range ps {
		out = append(out, provenanceOf(p))
	}
	return out
}

func factsOf(fs []graph.Fact) []*generated.Fact {
	out := make([]*generated.Fact, 0, len(fs))
	for _, f := range fs {
		out = append(out, &generated.Fact{Type: generated.RelationType(f.Type), From: entityOf(f.From), To: entityOf(f.To), Role: f.Role,
			ValidFrom: f.ValidFrom, ValidTo: f.ValidTo, ValidFromPrecision: boundPrecision(f.ValidFrom, f.FromPrecision),
			ValidToPrecision: boundPrecision(f.ValidTo, f.ToPrecision), Confidence: f.Confidence, SupportCount: f.Support, Provenance: provenancesOf(f.Provenance)})
	}
	return out
}

// stepsOf is the steps a path or a neighbourhood may take, as
// relationships and neighbors ask for them.
func stepsOf(relationTypes, excludeRelationTypes []generated.RelationType, via []generated.PathStep) graph.Steps {
	return graph.Steps{RelationTypes: strs(relationTypes), ExcludeRelationTypes: strs(excludeRelationTypes),
		Facts: slices.Contains(via, generated.PathStepFact), Events: slices.Contains(via, generated.PathStepEvent)}
}

func pathNodeOf(n graph.PathNode) *generated.PathNode {
	out := &generated.PathNode{ID: n.ID, Name: n.Name, Kind: n.Kind, Label: n.Label}
	return out
}

func pathOf(p graph.Path) *generated.Path {
	out := &generated.Path{Length: p.Hops()}
	for _, n := range p.Nodes {
		out.Nodes = append(out.Nodes, pathNodeOf(n))
	}
	for _, e := range p.Edges {
		out.Edges = append(out.Edges, &generated.PathEdge{Type: generated.StepType(e.Type), From: e.From, To: e.To, Role: e.Role,
			ValidFrom: e.ValidFrom, ValidTo: e.ValidTo, ValidFromPrecision: boundPrecision(e.ValidFrom, e.FromPrecision),
			ValidToPrecision: boundPrecision(e.ValidTo, e.ToPrecision), SupportCount: e.Support, Provenance: provenancesOf(e.Provenance)})
	}
	return out
}
