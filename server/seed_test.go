package server_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/seeds"
	"github.com/polgraph/polgraph/server"
)

// loadSeeds writes the seed articles as `polgraph load seeds` does. Loading
// is idempotent and the seed belongs in the graph (make run loads it), so
// the test leaves it there.
func loadSeeds(t *testing.T, db *graph.DB) {
	t.Helper()
	ctx := context.Background()
	arts, err := seeds.Articles()
	if err != nil {
		t.Fatal(err)
	}
	x := extract.New()
	var exs []*polgraph.Extraction
	for _, a := range arts {
		ex, err := x.Extract(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		exs = append(exs, ex)
	}
	if err := db.WriteExtractions(ctx, exs); err != nil {
		t.Fatal(err)
	}
}

// seedTitle is the title of the seed article loadSeeds loads.
func seedTitle(t *testing.T) string {
	t.Helper()
	arts, err := seeds.Articles()
	if err != nil || len(arts) != 1 {
		t.Fatalf("seed articles: %d, %v; want one", len(arts), err)
	}
	return arts[0].Title
}

const (
	hanDong = "person/han-dong"
	kovrig  = "person/michael-kovrig"
	spavor  = "person/michael-spavor"
	meng    = "person/meng-wanzhou"
)

// The story the seed article tells, in date order: the two Michaels
// arrested in December 2018, Han Dong's alleged meeting in February 2021,
// their release in September 2021, his resignation on 22 March 2023. Other
// events may lie between.
func TestSeedTimeline(t *testing.T) {
	a := newAPI(t, server.Config{})
	loadSeeds(t, a.db)
	type event struct {
		Type, Status, Precision string
		Date                    *string
		Participants            nodes[struct {
			Role   string
			Entity struct{ ID string }
		}]
		Sources nodes[struct{ Provenance struct{ Sentence string } }]
	}
	var got struct {
		Timeline struct {
			Events struct {
				Edges []struct{ Node event }
			}
		}
	}
	a.query(`query($ids: [ID!]) { timeline(entityIds: $ids, first: 100) { events { edges { node {
		type status precision date participants { edges { node { role entity { id } } } } sources { edges { node { provenance { sentence } } } } } } } } }`,
		map[string]any{"ids": []string{hanDong, kovrig, spavor}}, &got)

	date := func(e event) string {
		if e.Date == nil {
			return ""
		}
		return *e.Date
	}
	involves := func(e event, ids ...string) []string {
		var out []string
		for _, p := range e.Participants {
			if slices.Contains(ids, p.Entity.ID) {
				out = append(out, p.Entity.ID)
			}
		}
		return out
	}
	var seen []string
	for _, e := range got.Timeline.Events.Edges {
		seen = append(seen, e.Node.Type+" "+date(e.Node)+" "+e.Node.Status)
	}

	// Each step of the story: the events it is made of (by position in the
	// timeline), and whom they must involve between them.
	steps := []struct {
		name  string
		match func(event) bool
		who   []string
	}{
		{"December 2018 arrests", func(e event) bool {
			return e.Type == "ARREST" && strings.HasPrefix(date(e), "2018-12") && len(involves(e, kovrig, spavor)) > 0
		}, []string{kovrig, spavor}},
		{"Han Dong's alleged February 2021 meeting", func(e event) bool {
			// alleged by Global News, denied by Han Dong himself
			return e.Type == "MEETING" && date(e) == "2021-02" && e.Status == "DENIED" && len(involves(e, hanDong)) > 0
		}, []string{hanDong}},
		{"September 2021 release", func(e event) bool {
			return e.Type == "RELEASE" && date(e) == "2021-09" && len(involves(e, kovrig, spavor)) > 0
		}, []string{kovrig, spavor}},
		{"22 March 2023 resignation", func(e event) bool {
			return e.Type == "RESIGNATION" && date(e) == "2023-03-22" && e.Precision == "DAY" && len(involves(e, hanDong)) > 0
		}, []string{hanDong}},
	}
	last := -1 // position of the previous step's last event
	for _, st := range steps {
		first, end := -1, -1
		var who []string
		for i, e := range got.Timeline.Events.Edges {
			if !st.match(e.Node) {
				continue
			}
			if first < 0 {
				first = i
			}
			end = i
			who = append(who, involves(e.Node, st.who...)...)
			if len(e.Node.Sources) == 0 || e.Node.Sources[0].Provenance.Sentence == "" {
				t.Errorf("%s: %s %s has no evidence", st.name, e.Node.Type, date(e.Node))
			}
		}
		switch {
		case first < 0:
			t.Fatalf("timeline lacks the %s; got %v", st.name, seen)
		case first <= last:
			t.Errorf("the %s (at %d) does not come after the step before (at %d); got %v", st.name, first, last, seen)
		}
		for _, id := range st.who {
			if !slices.Contains(who, id) {
				t.Errorf("the %s does not involve %s", st.name, id)
			}
		}
		last = end
	}
}

func TestSeedHanDongParty(t *testing.T) {
	a := newAPI(t, server.Config{})
	loadSeeds(t, a.db)
	tests := []struct {
		asOf string
		want []string
	}{
		{"2023-01-01", []string{"party/liberal-party-of-canada"}},
		{"2023-04-01", nil},
	}
	for _, tt := range tests {
		var got struct {
			Person struct {
				Parties []struct{ To struct{ ID string } }
			}
		}
		a.query(`query($id: ID!, $asOf: Date) { person(id: $id) { parties(asOf: $asOf) { to { id } } } }`, map[string]any{"id": hanDong, "asOf": tt.asOf}, &got)
		var ids []string
		for _, p := range got.Person.Parties {
			ids = append(ids, p.To.ID)
		}
		if !slices.Equal(ids, tt.want) {
			t.Errorf("Han Dong's parties asOf %s = %v, want %v", tt.asOf, ids, tt.want)
		}
	}
}

func TestSeedHanDongToMengWanzhou(t *testing.T) {
	a := newAPI(t, server.Config{})
	loadSeeds(t, a.db)
	var got struct {
		Relationships []struct {
			Length int
			Nodes  []struct{ ID string }
			Edges  []struct {
				Type       string
				Provenance []struct{ Sentence string }
			}
		}
	}
	a.query(`query($from: ID!, $to: ID!) { relationships(from: $from, to: $to, maxHops: 4) { length nodes { id } edges { type provenance { sentence } } } }`,
		map[string]any{"from": hanDong, "to": meng}, &got)
	if len(got.Relationships) == 0 {
		t.Fatal("no path between Han Dong and Meng Wanzhou")
	}
	for _, p := range got.Relationships {
		for _, e := range p.Edges {
			if len(e.Provenance) == 0 {
				t.Errorf("edge %s without evidence in path %v", e.Type, p.Nodes)
			}
		}
	}
}

// A party or country the curated data knows carries its external keys, so
// analysts can join polgraph with Wikidata and Wikipedia.
func TestSeedExternalKeys(t *testing.T) {
	a := newAPI(t, server.Config{})
	loadSeeds(t, a.db)
	tests := []struct{ id, wikidata, wikipedia string }{
		{"party/liberal-party-of-canada", "Q138345", "Liberal Party of Canada"},
		{"country/canada", "Q16", ""},
		{"country/china", "Q148", ""},
	}
	for _, tt := range tests {
		var got struct {
			Entity struct {
				External *struct {
					Wikidata  string
					Wikipedia *string
				}
			}
		}
		a.query(`query($id: ID!) { entity(id: $id) { external { wikidata wikipedia } } }`, map[string]any{"id": tt.id}, &got)
		x := got.Entity.External
		if x == nil || x.Wikidata != tt.wikidata || (x.Wikipedia == nil) != (tt.wikipedia == "") || x.Wikipedia != nil && *x.Wikipedia != tt.wikipedia {
			t.Errorf("external keys of %s = %+v, want %s and Wikipedia title %q", tt.id, x, tt.wikidata, tt.wikipedia)
		}
	}
}

// Article.text serves the text the extractor read, so that provenance's
// byte offsets point at the evidence in it; maxBytes cuts it and is
// bounded.
func TestSeedArticleText(t *testing.T) {
	a := newAPI(t, server.Config{})
	loadSeeds(t, a.db)
	var got struct {
		Article struct {
			Text   *string
			Short  *string
			Events []struct {
				Provenance struct {
					Start, End int
					Sentence   string
				}
			}
		}
	}
	a.query(`query($id: ID!) { article(id: $id) { text(maxBytes: 1048576) short: text(maxBytes: 40)
		events(first: 50) { provenance { start end sentence } } } }`, map[string]any{"id": "seed/canada-mp-resigns"}, &got)
	text := got.Article.Text
	if text == nil || len(got.Article.Events) == 0 {
		t.Fatalf("seed article text %v, %d events", text, len(got.Article.Events))
	}
	for _, e := range got.Article.Events {
		p := e.Provenance
		if p.End > len(*text) || (*text)[p.Start:p.End] != p.Sentence {
			t.Errorf("text[%d:%d] is not the evidence %q", p.Start, p.End, p.Sentence)
		}
	}
	if s := got.Article.Short; s == nil || len(*s) > 40 || !strings.HasPrefix(*text, *s) {
		t.Errorf("text(maxBytes: 40) = %v, want the text's first 40 bytes at most", s)
	}
	res := a.do(`{ article(id: "seed/canada-mp-resigns") { text(maxBytes: 0) } }`, nil, "")
	if len(res.Errors) == 0 || res.Errors[0].code() != "BAD_USER_INPUT" || !strings.Contains(res.Errors[0].Message, "maxBytes") {
		t.Errorf("text(maxBytes: 0) errors %+v, want BAD_USER_INPUT naming maxBytes", res.Errors)
	}
}
