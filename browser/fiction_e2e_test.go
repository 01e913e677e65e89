//go:build e2e

package browser

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/polgraph/polgraph/extract"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/loader"
)

// fictionPath holds fictional articles (every name made up) that give the
// Browser tests more than the seed: undated events of one type, a denial,
// facts with a validity, two outlets.
const fictionPath = "testdata/fictional.jsonl"

// loadFiction loads the fictional articles beside the seed through the
// project's loader, with the diaries that make the guide's caps bind
// (diaryArticles), and unloads them when the test ends, so that the graph
// `make run` shows keeps only the seed.
func loadFiction(t *testing.T, db *graph.DB) {
	t.Helper()
	diaries, diaryIDs := diaryArticles(t)
	ids := append(fictionIDs(t), diaryIDs...)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	t.Cleanup(func() {
		if _, err := db.UnloadArticles(context.Background(), ids); err != nil {
			t.Errorf("unload the fictional articles: %v", err)
		}
	})
	l := &loader.Loader{Extractor: extract.New(), Store: db, Format: loader.FormatJSONL}
	sum, err := l.Load(ctx, []string{fictionPath, diaries})
	if err != nil {
		t.Fatalf("load %s and the diaries: %v", fictionPath, err)
	}
	if sum.Failed > 0 || sum.Written != len(ids) {
		t.Fatalf("load %s and the diaries: %+v, want their %d articles", fictionPath, sum, len(ids))
	}
}

func fictionIDs(t *testing.T) []string {
	t.Helper()
	f, err := os.Open(fictionPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var ids []string
	for s := bufio.NewScanner(f); s.Scan(); {
		var a struct{ ID string }
		if err := json.Unmarshal(s.Bytes(), &a); err != nil || a.ID == "" {
			t.Fatalf("%s: a line without an id: %v", fictionPath, err)
		}
		ids = append(ids, a.ID)
	}
	return ids
}
