package server

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/server/generated"
)

// wantsTotal tells whether the query selected totalCount on the
// connection being resolved: counting costs a query of its own.
func wantsTotal(ctx context.Context) bool {
	for _, f := range graphql.CollectFieldsCtx(ctx, nil) {
		if f.Name == "totalCount" {
			return true
		}
	}
	return false
}

// selects tells whether the query selected the field at path (edges,
// node, provenance) under the field being resolved, through any fragment:
// what nobody asked for is not read.
func selects(ctx context.Context, path ...string) bool {
	return len(collectedAt(graphql.GetOperationContext(ctx), graphql.CollectFieldsCtx(ctx, nil), path...)) > 0
}

// collectedAt is the fields at path under fields, through any fragment.
func collectedAt(oc *graphql.OperationContext, fields []graphql.CollectedField, path ...string) []graphql.CollectedField {
	for i, name := range path {
		var next []graphql.CollectedField
		for _, f := range fields {
			switch {
			case f.Name != name:
			case i == len(path)-1:
				next = append(next, f)
			default:
				next = append(next, graphql.CollectFields(oc, f.Selections, nil)...)
			}
		}
		fields = next
	}
	return fields
}

func sortOf(field string, dir *generated.SortDirection, defDesc bool) graph.Sort {
	s := graph.Sort{Field: field, Desc: defDesc}
	if dir != nil {
		s.Desc = *dir == generated.SortDirectionDesc
	}
	return s
}

func entityFilter(w *generated.EntityWhere) graph.EntityFilter {
	if w == nil {
		return graph.EntityFilter{}
	}
	return graph.EntityFilter{NameContains: deref(w.NameContains), Kinds: kindsOf(w.Kinds), MentionedIn: deref(w.MentionedIn)}
}

func entitySort(o *generated.EntityOrder) graph.Sort {
	if o == nil {
		return graph.Sort{}
	}
	field := map[generated.EntityOrderField]string{generated.EntityOrderFieldName: graph.OrderName, generated.EntityOrderFieldMentionCount: graph.OrderMentionCount}[o.Field]
	return sortOf(field, o.Direction, false)
}

func eventFilter(w *generated.EventWhere) graph.EventFilter {
	if w == nil {
		return graph.EventFilter{}
	}
	return graph.EventFilter{Types: strs(w.Types), Status: lowerAll(w.Status), Precision: lowerAll(w.Precision), Dates: dateRange(w.From, w.To, w.MinPrecision),
		Participant: deref(w.Participant), Role: roleName(w.Role), SourceArticle: deref(w.SourceArticle)}
}

func eventSort(o *generated.EventOrder) graph.Sort {
	if o == nil {
		return graph.Sort{}
	}
	field := map[generated.EventOrderField]string{generated.EventOrderFieldDate: graph.OrderDate, generated.EventOrderFieldFirstReported: graph.OrderFirstReported,
		generated.EventOrderFieldSourceCount: graph.OrderSourceCount}[o.Field]
	return sortOf(field, o.Direction, false)
}

func articleFilter(w *generated.ArticleWhere) graph.ArticleFilter {
	if w == nil {
		return graph.ArticleFilter{}
	}
	return graph.ArticleFilter{Source: deref(w.Source), From: deref(w.From), To: deref(w.To), Mentions: deref(w.Mentions)}
}

func articleSort(o *generated.ArticleOrder) graph.Sort {
	if o == nil {
		return graph.Sort{}
	}
	field := map[generated.ArticleOrderField]string{generated.ArticleOrderFieldPublishedAt: graph.OrderPublishedAt, generated.ArticleOrderFieldTitle: graph.OrderTitle}[o.Field]
	return sortOf(field, o.Direction, true)
}

func eventConnection(evs []graph.Event, p graph.Page, more bool) *generated.EventConnection {
	conn := &generated.EventConnection{Edges: make([]*generated.EventEdge, 0, len(evs)), PageInfo: pageInfo(p, len(evs), more)}
	for i, v := range evs {
		conn.Edges = append(conn.Edges, &generated.EventEdge{Cursor: cursorAt(p.Skip + i), Node: eventOf(v)})
	}
	return conn
}
