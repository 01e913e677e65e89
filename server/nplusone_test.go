package server_test

import (
	"bufio"
	"strconv"
	"strings"
	"testing"

	"github.com/polgraph/polgraph/graph/readtest"
	"github.com/polgraph/polgraph/server"
)

// queryCounts reads how many Neo4j queries of each name the server has run
// from its /metrics.
func (a *api) queryCounts() map[string]int {
	a.t.Helper()
	_, body := a.get("/metrics")
	out := make(map[string]int)
	sc := bufio.NewScanner(strings.NewReader(body))
	for sc.Scan() {
		line := sc.Text()
		rest, ok := strings.CutPrefix(line, `polgraph_neo4j_query_duration_seconds_count{query="`)
		if !ok {
			continue
		}
		name, val, _ := strings.Cut(rest, `"} `)
		n, _ := strconv.Atoi(val)
		out[name] = n
	}
	return out
}

// Nested lists cost one query per field, however many parents: the
// request's loaders batch them.
func TestNoNPlusOne(t *testing.T) {
	a := newAPI(t, server.Config{})
	w := readtest.Load(t, a.db, "srvn")
	before := a.queryCounts()
	var got struct {
		Timeline struct {
			Events struct {
				Edges []struct {
					Node struct {
						Sources      []struct{ Article struct{ ID string } }
						Participants []struct {
							Entity struct {
								ID          string
								MentionedIn struct{ TotalCount int }
								Relations   []struct{ Type string }
							}
						}
					}
				}
			}
		}
	}
	a.query(`query($ids: [ID!]) { timeline(entityIds: $ids) { events { edges { node {
		sources { article { id } }
		participants { entity { id mentionedIn(first: 1) { totalCount } relations { type } } } } } } } }`,
		map[string]any{"ids": []string{w.Ilsa, w.Tomas, w.Mira}}, &got)
	after := a.queryCounts()

	events, participants := len(got.Timeline.Events.Edges), 0
	for _, e := range got.Timeline.Events.Edges {
		participants += len(e.Node.Participants)
	}
	if events < 3 || participants < 5 {
		t.Fatalf("fixture too small to show N+1: %d events, %d participants", events, participants)
	}
	want := map[string]int{"timeline": 1, "sources": 1, "participants": 1, "mentions": 1, "facts": 1}
	total := 0
	for name, n := range after {
		if d := n - before[name]; d > 0 {
			total += d
			if d != want[name] {
				t.Errorf("%d %q queries for %d events and %d participants, want %d", d, name, events, participants, want[name])
			}
		}
	}
	if total != 5 {
		t.Errorf("%d queries in all, want 5 (one per field)", total)
	}
}
