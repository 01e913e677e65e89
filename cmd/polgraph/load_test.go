package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/synth"
)

// TestLoadKilledThenRerun kills `polgraph load` with SIGKILL midway through
// a file of synthetic articles, runs it again, and compares the graph with
// an uninterrupted load of the same articles (under another id prefix,
// unloaded first: both loads name the same fictional people); then loads
// the file once more, which must change nothing at all.
func TestLoadKilledThenRerun(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	bin := filepath.Join(t.TempDir(), "polgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	n := graphtest.Soak(1500, 5000)
	stamp := strconv.FormatInt(time.Now().UnixNano(), 36)
	omit := []string{"ingestedAt", "extractionHash"}

	load := func(prefix string) (*exec.Cmd, string) {
		path := filepath.Join(t.TempDir(), "news.jsonl")
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := synth.New(9, prefix).WriteJSONL(f, n); err != nil {
			t.Fatal(err)
		}
		f.Close()
		cmd := exec.Command(bin, "load", "--batch", "50", "--progress", "log", "--dead-letter", filepath.Join(t.TempDir(), "dead.jsonl"), path)
		return cmd, path
	}
	unload := func(prefix string) {
		ids := make([]string, n)
		g := synth.New(9, prefix)
		for i := range ids {
			ids[i] = g.Next().Article.ID
		}
		for c := range slices.Chunk(ids, 500) {
			if _, err := db.UnloadArticles(ctx, c); err != nil {
				t.Errorf("unload: %v", err)
			}
		}
	}

	ref := "zz-kill-ref-" + stamp + "/"
	t.Cleanup(func() { unload(ref) })
	cmd, _ := load(ref)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("reference load: %v\n%s", err, out)
	}
	want := dump(t, db, ref, omit)
	unload(ref)

	p := "zz-kill-" + stamp + "/"
	t.Cleanup(func() { unload(p) })
	cmd, path := load(p)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for {
		c, err := db.Counts(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		if c[":Article"] >= 200 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Kill() // SIGKILL: no cleanup, a transaction may be cut off mid-flight
	cmd.Wait()
	c, _ := db.Counts(ctx, p)
	if c[":Article"] >= n {
		t.Fatalf("the load finished before it was killed (%d articles): nothing tested", c[":Article"])
	}
	t.Logf("killed after %d of %d articles", c[":Article"], n)

	rerun := exec.Command(bin, "load", "--batch", "50", "--progress", "log", path)
	if out, err := rerun.CombinedOutput(); err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	// Loading the same file once more changes nothing, not even ingestedAt:
	// the real extractor is deterministic and unchanged articles are skipped.
	before := dump(t, db, p, nil)
	again := exec.Command(bin, "load", "--progress", "log", path)
	if out, err := again.CombinedOutput(); err != nil {
		t.Fatalf("third load: %v\n%s", err, out)
	}
	if after := dump(t, db, p, nil); !slices.Equal(after, before) {
		t.Errorf("loading the same file again changed the graph: %d lines before, %d after", len(before), len(after))
	}

	got := dump(t, db, p, omit)
	for i := range got {
		got[i] = strings.ReplaceAll(got[i], p, ref)
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		missing, extra := 0, 0
		for _, l := range want {
			if !slices.Contains(got, l) {
				if missing++; missing <= 3 {
					t.Errorf("missing after rerun: %s", l)
				}
			}
		}
		for _, l := range got {
			if !slices.Contains(want, l) {
				if extra++; extra <= 3 {
					t.Errorf("extra after rerun: %s", l)
				}
			}
		}
		t.Errorf("killed and rerun: %d lines, uninterrupted: %d (%d missing, %d extra)", len(got), len(want), missing, extra)
	}
}

func dump(t *testing.T, db *graph.DB, prefix string, omit []string) []string {
	t.Helper()
	lines, err := db.Dump(context.Background(), prefix, omit...)
	if err != nil {
		t.Fatal(err)
	}
	return lines
}
