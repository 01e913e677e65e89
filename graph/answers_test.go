package graph_test

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/synth"
)

var update = flag.Bool("update", false, "rewrite testdata golden files")

// TestAnswersMatchGolden writes a synthetic world of 200 articles and the
// seed article, unloads every 15th synth article, and compares what the
// API reads (the facts of every fourth synth entity and of every seed
// entity with their first provenance, facts by article, timelines, paths)
// with testdata/answers.golden.json. The model before SUPPORTS edges
// (provenance as lists on the fact, main at 9aa50af) and the SUPPORTS model
// gave the same answers on the synth world; the golden file was rewritten
// by the latter when the synth world took news's shape (parties,
// countries), and the seed's answers were added under "seed" with the
// synth world's unchanged. -update rewrites it.
//
// The seed is read from testdata/seed.extraction.json (`polgraph extract
// seeds/canada-mp-resigns.txt`, frozen), not extracted here: the answers
// test the graph's model, and the extractor's changes would move them.
func TestAnswersMatchGolden(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	const prefix = "zz-answers/"
	graphtest.Unload(t, db, prefix) // a run killed midway may have left it
	t.Cleanup(func() { graphtest.Unload(t, db, prefix) })

	g := synth.New(7, prefix)
	var exs []*polgraph.Extraction
	for range 200 {
		exs = append(exs, g.Next())
	}
	seed := readSeedExtraction(t, prefix+"seed/")
	for b := range slices.Chunk(append([]*polgraph.Extraction{seed}, exs...), 101) {
		if err := db.WriteExtractions(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	var gone, kept []string
	entities := map[string]bool{}
	for i, ex := range exs {
		if i%15 == 0 {
			gone = append(gone, ex.Article.ID)
			continue
		}
		kept = append(kept, ex.Article.ID)
		for _, e := range ex.Entities {
			entities[e.ID] = true
		}
	}
	if _, err := db.UnloadArticles(ctx, gone); err != nil {
		t.Fatal(err)
	}
	ids := slices.Sorted(func(yield func(string) bool) {
		for id := range entities {
			if !yield(id) {
				return
			}
		}
	})

	answers := map[string]any{}
	var some []string
	for i := 0; i < len(ids); i += 4 {
		some = append(some, ids[i])
	}
	pages, err := db.Facts(ctx, some, graph.FactFilter{}, graph.Page{First: 10})
	if err != nil {
		t.Fatal(err)
	}
	facts := map[string][]graph.Fact{}
	for id, p := range pages {
		facts[id] = p.Items
	}
	answers["facts"] = facts
	byArticle, err := db.FactsByArticle(ctx, kept[:20], 10)
	if err != nil {
		t.Fatal(err)
	}
	answers["factsByArticle"] = byArticle
	var timelines, paths [][]any
	for i := 0; i+1 < len(ids) && i < 24; i += 4 {
		tl, _, err := db.Timeline(ctx, graph.TimelineFilter{EntityIDs: []string{ids[i]}}, graph.Page{First: 20})
		if err != nil {
			t.Fatal(err)
		}
		timelines = append(timelines, []any{ids[i], tl})
		ps, err := db.Relationships(ctx, ids[i], ids[len(ids)-1-i], graph.PathFilter{MaxHops: 2})
		if err != nil {
			t.Fatal(err)
		}
		var lines []string // allShortestPaths gives its paths in no set order
		for _, p := range ps {
			b, _ := json.Marshal(p)
			lines = append(lines, string(ingestedAtCompact.ReplaceAll(b, []byte(`"IngestedAt":null`))))
		}
		slices.Sort(lines)
		paths = append(paths, []any{ids[i], ids[len(ids)-1-i], lines})
	}
	answers["timelines"], answers["paths"] = timelines, paths
	answers["seed"] = seedAnswers(t, db, seed)

	got, err := json.MarshalIndent(answers, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	got = ingestedAt.ReplaceAll(got, []byte(`"IngestedAt": null`))
	path := filepath.Join("testdata", "answers.golden.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		gotLines, wantLines := splitLines(got), splitLines(want)
		shown := 0
		for i := 0; i < max(len(gotLines), len(wantLines)) && shown < 10; i++ {
			g, w := at(gotLines, i), at(wantLines, i)
			if g != w {
				t.Errorf("line %d:\n got %s\nwant %s", i+1, g, w)
				shown++
			}
		}
		t.Errorf("answers differ from %s (%d lines, want %d)", path, len(gotLines), len(wantLines))
	}
}

// readSeedExtraction reads the seed article's frozen extraction with every
// id under prefix, so that it meets no other test's seed.
func readSeedExtraction(t *testing.T, prefix string) *polgraph.Extraction {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "seed.extraction.json"))
	if err != nil {
		t.Fatal(err)
	}
	var ex polgraph.Extraction
	if err := json.Unmarshal(raw, &ex); err != nil {
		t.Fatalf("testdata/seed.extraction.json: %v", err)
	}
	ex.Article.ID = prefix + ex.Article.ID
	for i := range ex.Entities {
		ex.Entities[i].ID = prefix + ex.Entities[i].ID
	}
	for i, ev := range ex.Events {
		ex.Events[i].ID = prefix + ev.ID
		for j := range ev.Participants {
			ev.Participants[j].Entity = prefix + ev.Participants[j].Entity
		}
		for j := range ev.Denies {
			ev.Denies[j] = prefix + ev.Denies[j]
		}
	}
	for i := range ex.Relations {
		ex.Relations[i].From, ex.Relations[i].To = prefix+ex.Relations[i].From, prefix+ex.Relations[i].To
	}
	return &ex
}

// seedAnswers reads the seed's facts, every one of its entities', the
// timeline of each of its people, and the paths of up to three steps from
// each person to every country.
func seedAnswers(t *testing.T, db *graph.DB, seed *polgraph.Extraction) map[string]any {
	t.Helper()
	ctx := context.Background()
	var ids, people, countries []string
	for _, e := range seed.Entities {
		ids = append(ids, e.ID)
		switch e.Kind {
		case polgraph.KindPerson:
			people = append(people, e.ID)
		case polgraph.KindCountry:
			countries = append(countries, e.ID)
		}
	}
	pages, err := db.Facts(ctx, ids, graph.FactFilter{}, graph.Page{First: 10})
	if err != nil {
		t.Fatal(err)
	}
	facts := map[string][]graph.Fact{}
	for id, p := range pages {
		facts[id] = p.Items
	}
	byArticle, err := db.FactsByArticle(ctx, []string{seed.Article.ID}, 10)
	if err != nil {
		t.Fatal(err)
	}
	var timelines, paths [][]any
	for _, id := range people {
		tl, _, err := db.Timeline(ctx, graph.TimelineFilter{EntityIDs: []string{id}}, graph.Page{First: 20})
		if err != nil {
			t.Fatal(err)
		}
		timelines = append(timelines, []any{id, tl})
		for _, c := range countries {
			ps, err := db.Relationships(ctx, id, c, graph.PathFilter{MaxHops: 3})
			if err != nil {
				t.Fatal(err)
			}
			var lines []string // allShortestPaths gives its paths in no set order
			for _, p := range ps {
				b, _ := json.Marshal(p)
				lines = append(lines, string(ingestedAtCompact.ReplaceAll(b, []byte(`"IngestedAt":null`))))
			}
			slices.Sort(lines)
			paths = append(paths, []any{id, c, lines})
		}
	}
	if len(people) == 0 || len(countries) == 0 || len(facts) == 0 {
		t.Fatalf("the seed gave %d people, %d countries, facts of %d entities: too little to compare", len(people), len(countries), len(facts))
	}
	return map[string]any{"facts": facts, "factsByArticle": byArticle, "timelines": timelines, "paths": paths}
}

// ingestedAt matches the one volatile value of the answers, when an
// article was written, in indented and in compact JSON.
var (
	ingestedAt        = regexp.MustCompile(`"IngestedAt": "[^"]*"`)
	ingestedAtCompact = regexp.MustCompile(`"IngestedAt":"[^"]*"`)
)

func splitLines(b []byte) []string { return strings.Split(string(b), "\n") }

func at(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "(none)"
}
