package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/loader"
)

// `polgraph load seeds/` loads exactly the seed article, dated by its
// sidecar, says the Go files were skipped, and succeeds; the seed is
// the one `polgraph seed` loads, so the graph other tests expect stays.
func TestLoadSeedsFolder(t *testing.T) {
	db := graphtest.Open(t)
	seeds, err := filepath.Abs(filepath.Join("..", "..", "seeds"))
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"load", "--progress", "log", seeds}, &stdout, &stderr); err != nil {
		t.Fatalf("load seeds/: %v\n%s%s", err, stdout.String(), stderr.String())
	}
	if !strings.HasPrefix(stdout.String(), "loaded 1 article from 1 input in ") || !strings.Contains(stdout.String(), "; 0 failed; 2 skipped") {
		t.Errorf("summary %q: want exactly the seed article loaded and two files skipped", stdout.String())
	}
	want := "skipped 2 source code files: " + filepath.Join(seeds, "seeds.go") + ", " + filepath.Join(seeds, "seeds_test.go")
	if !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr %q: want %q", stderr.String(), want)
	}
	got, err := db.ArticlesByID(context.Background(), []string{"seed/canada-mp-resigns"})
	a, ok := got["seed/canada-mp-resigns"]
	if err != nil || !ok || a.PublishedAt == nil || *a.PublishedAt != "2023-03-23" {
		t.Errorf("seed article in the graph: %+v, %v; want it dated 2023-03-23 by its sidecar", a, err)
	}
}

// A dry run names what would load, with its id and date, and writes nothing:
// it opens no Neo4j at all.
func TestLoadDryRun(t *testing.T) {
	t.Setenv("NEO4J_URI", "bolt://127.0.0.1:1") // nothing there
	var stdout, stderr bytes.Buffer
	seeds := filepath.Join("..", "..", "seeds")
	if err := run(context.Background(), []string{"load", "--dry-run", seeds}, &stdout, &stderr); err != nil {
		t.Fatalf("dry run: %v\n%s", err, stderr.String())
	}
	want := "would load " + filepath.Join(seeds, "canada-mp-resigns.txt") + `: seed/canada-mp-resigns "Canada MP resigns from government over China allegations" (2023-03-23 from sidecar)` + "\n" +
		"would load 1 article from 1 input in "
	if !strings.HasPrefix(stdout.String(), want) {
		t.Errorf("stdout %q, want it to start %q", stdout.String(), want)
	}
}

// Failed records go under the cache folder, not into the folder the load
// ran in, and the load says where.
func TestDeadLetterUnderCache(t *testing.T) {
	graphtest.Open(t)
	dir := t.TempDir()
	pdf := filepath.Join(dir, "report.pdf")
	if err := os.WriteFile(pdf, []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"load", "--progress", "log", pdf}, &stdout, &stderr)
	if !errors.Is(err, loader.ErrFailures) || !strings.Contains(stderr.String(), pdf+": read "+pdf+": a PDF document, not an article") {
		t.Fatalf("load of a PDF: %v\n%s; want it refused by name", err, stderr.String())
	}
	deadDir := filepath.Join(cacheDir(), "dead-letters")
	_, after, ok := strings.Cut(stderr.String(), "failed records are in ")
	path, _, _ := strings.Cut(after, ":")
	if !ok || !strings.HasPrefix(path, deadDir+string(filepath.Separator)) {
		t.Fatalf("stderr %q: want the dead letter under %s", stderr.String(), deadDir)
	}
	t.Cleanup(func() { os.Remove(path) })
	if _, err := os.Stat(path); err != nil {
		t.Errorf("dead letter: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "report.pdf" && !strings.HasPrefix(e.Name(), ".") { // .cache when POLGRAPH_CACHE is unset
			t.Errorf("the load left %s in the folder it ran in", e.Name())
		}
	}
}
