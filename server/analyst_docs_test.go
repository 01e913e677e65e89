package server_test

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/polgraph/polgraph/server"
)

// analystExamples are the GraphQL blocks of docs/api.md's "An analyst's
// questions", in order.
func analystExamples(t *testing.T) []string {
	t.Helper()
	doc, err := os.ReadFile("../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	_, sec, ok := strings.Cut(string(doc), "## An analyst's questions")
	if !ok {
		t.Fatal(`docs/api.md has no "An analyst's questions"`)
	}
	sec, _, _ = strings.Cut(sec, "\n## ")
	var out []string
	for _, m := range regexp.MustCompile("(?s)```graphql\n(.*?)```").FindAllStringSubmatch(sec, -1) {
		out = append(out, m[1])
	}
	return out
}

// The analyst's questions of docs/api.md run as written on the seed within
// the default limits, and answer what the text says they answer.
func TestAnalystExamples(t *testing.T) {
	a := newAPI(t, server.Config{})
	loadSeeds(t, a.db)
	examples := analystExamples(t)
	if len(examples) != 4 {
		t.Fatalf("%d examples in docs/api.md, want 4", len(examples))
	}
	run := func(q string, v any) {
		t.Helper()
		res := a.do(q, nil, "")
		if len(res.Errors) > 0 {
			t.Fatalf("errors %+v for\n%s", res.Errors, q)
		}
		if err := json.Unmarshal(res.Data, v); err != nil {
			t.Fatal(err)
		}
	}

	var timeline struct {
		Timeline struct {
			Events  struct{ TotalCount int }
			Undated struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Participants nodes[struct{ Entity struct{ ID string } }]
						Sources      nodes[struct{ Provenance struct{ Sentence string } }]
					}
				}
			}
		}
	}
	run(examples[0], &timeline)
	if u := timeline.Timeline.Undated; u.TotalCount == 0 || u.TotalCount < len(u.Edges) {
		t.Errorf("timeline: %d undated events listed of totalCount %d; the seed has undated events of Han Dong", len(u.Edges), u.TotalCount)
	}
	if timeline.Timeline.Events.TotalCount == 0 {
		t.Error("timeline: no dated events of Han Dong and Michael Kovrig")
	}
	for _, e := range timeline.Timeline.Undated.Edges {
		u := e.Node
		if len(u.Participants) == 0 || len(u.Sources) == 0 || u.Sources[0].Provenance.Sentence == "" {
			t.Errorf("undated event without participants or a source sentence: %+v", u)
		}
	}

	var claims struct {
		Claims struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					Status  string
					Sources nodes[struct {
						Article    struct{ Title string }
						Provenance struct{ Sentence string }
					}]
				}
			}
		}
	}
	run(examples[1], &claims)
	if claims.Claims.TotalCount == 0 {
		t.Error("claims: no allegation about Han Dong in the seed")
	}
	for _, e := range claims.Claims.Edges {
		if e.Node.Status != "ALLEGED" && e.Node.Status != "DENIED" {
			t.Errorf("claim of status %s among allegations", e.Node.Status)
		}
		if len(e.Node.Sources) == 0 || e.Node.Sources[0].Provenance.Sentence == "" {
			t.Errorf("allegation without its source sentence: %+v", e.Node)
		}
	}

	var paths struct {
		Relationships []struct {
			Length int
			Nodes  []struct{ Kind, Label string }
			Edges  []struct{ Type string }
		}
	}
	run(examples[2], &paths)
	if len(paths.Relationships) == 0 {
		t.Error("relationships: no path between Han Dong and Michael Kovrig without geography")
	}
	for _, p := range paths.Relationships {
		for _, e := range p.Edges {
			if e.Type == "LOCATED_IN" || e.Type == "CITIZEN_OF" {
				t.Errorf("path through %s: %+v", e.Type, p)
			}
		}
		for _, n := range p.Nodes {
			if n.Label == "" || len(n.Label) > 80 {
				t.Errorf("node label %q: want a short caption", n.Label)
			}
		}
	}

	var said struct {
		SearchEvidence struct {
			Edges []struct {
				Node struct {
					Event      *struct{ ID string }
					Fact       *struct{ Type string }
					Provenance struct {
						Sentence   string
						Start, End int
					}
				}
			}
		}
	}
	run(examples[3], &said)
	if len(said.SearchEvidence.Edges) == 0 {
		t.Error("searchEvidence: no sentence of the seed says arrested")
	}
	events := 0
	for _, e := range said.SearchEvidence.Edges {
		if e.Node.Event != nil {
			events++
		}
		p := e.Node.Provenance
		said := (e.Node.Event != nil && e.Node.Event.ID != "") != (e.Node.Fact != nil && e.Node.Fact.Type != "")
		if !strings.Contains(strings.ToLower(p.Sentence), "arrest") || p.End-p.Start != len(p.Sentence) || !said {
			t.Errorf("hit %+v: want an event or a fact and a sentence about an arrest, its offsets spanning it", e.Node)
		}
	}
	if events == 0 {
		t.Error("searchEvidence: no event among the hits; the seed reports arrests")
	}
}

// Every query of docs/api.md's GraphQL blocks runs as written on the seed
// within the default limits (server.Config{}), with no error, and names
// something the seed has: no root field answers null or an empty list.
// Mutation blocks are left out: they show placeholders ("…") and a token;
// TestRunServe (cmd/polgraph) and TestUnloadArticle run them.
func TestEveryDocsExampleRuns(t *testing.T) {
	a := newAPI(t, server.Config{})
	loadSeeds(t, a.db)
	doc, err := os.ReadFile("../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```graphql\n(.*?)```").FindAllStringSubmatch(string(doc), -1)
	queries := 0
	for _, m := range blocks {
		q := m[1]
		if strings.HasPrefix(strings.TrimSpace(q), "mutation") {
			continue
		}
		queries++
		res := a.do(q, nil, "")
		if len(res.Errors) > 0 {
			t.Errorf("docs/api.md example answers errors %+v:\n%s", res.Errors, q)
			continue
		}
		var data map[string]any
		if err := json.Unmarshal(res.Data, &data); err != nil || len(data) == 0 {
			t.Errorf("docs/api.md example answers no data (%v):\n%s", err, q)
			continue
		}
		for field, v := range data {
			if empty(v) {
				t.Errorf("docs/api.md example: %s is %v on the seed:\n%s", field, v, q)
			}
		}
	}
	if queries < 10 {
		t.Fatalf("%d GraphQL queries in docs/api.md; the block pattern probably broke", queries)
	}
	t.Logf("%d GraphQL queries of docs/api.md ran on the seed", queries)
}

// empty tells a root field's answer that shows nothing: null, an empty
// list, or a connection with no edges.
func empty(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case []any:
		return len(v) == 0
	case map[string]any:
		if edges, ok := v["edges"]; ok {
			return empty(edges)
		}
	}
	return false
}
