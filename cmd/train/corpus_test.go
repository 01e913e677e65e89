package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph/extract/parse/conllu"
)

func doc(name string) string {
	return "# newdoc id = " + name + "\n# sent_id = " + name + "-1\n" +
		"1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n"
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A GUM checkout without en_gum-ud-train.conllu: train is rebuilt from
// the file list, leaving out news, dev/test, evaluation and
// non-commercial documents, and the reddit ones the repository lacks.
func TestLoadGUMExcludes(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "not-to-release", "sources")
	for _, d := range []string{"GUM_bio_kept", "GUM_news_paper", "GUM_court_eval", "GUM_whow_cake", "GUM_essay_devdoc"} {
		write(t, filepath.Join(src, d+".conllu"), doc(d))
	}
	write(t, filepath.Join(dir, "not-to-release", "file-lists", "files.train"),
		"GUM_bio_kept\nGUM_news_paper\nGUM_court_eval\nGUM_whow_cake\nGUM_essay_devdoc\nGUM_reddit_gone\n")
	write(t, filepath.Join(dir, "en_gum-ud-dev.conllu"), doc("GUM_essay_devdoc"))
	write(t, filepath.Join(dir, "en_gum-ud-test.conllu"), doc("GUM_bio_other"))

	gum, err := loadGUM(dir, map[string]bool{"GUM_court_eval": true}, false)
	if err != nil {
		t.Fatal(err)
	}
	var docs []string
	for _, s := range gum.train {
		docs = append(docs, s.Doc)
	}
	if !slices.Equal(docs, []string{"GUM_bio_kept"}) {
		t.Errorf("trained on %v, want only GUM_bio_kept", docs)
	}
	if gum.excludedDocs != 4 {
		t.Errorf("%d documents excluded, want 4", gum.excludedDocs)
	}
	withNC, err := loadGUM(dir, map[string]bool{"GUM_court_eval": true}, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(withNC.train) != 2 {
		t.Errorf("-gum-nc trains on %d documents, want 2", len(withNC.train))
	}
}

func TestRestoreUnmarked(t *testing.T) {
	sents, err := conllu.Read(strings.NewReader(
		"1\tMonday\tMonday\tPROPN\tNNP\t_\t3\tobl:unmarked\t_\tTemporalNPAdjunct=Yes\n" +
			"2\tthey\tthey\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n" +
			"3\tpaid\tpay\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
			"4\tdollars\tdollar\tNOUN\tNNS\t_\t5\tobl:unmarked\t_\t_\n" +
			"5\teach\teach\tDET\tDT\t_\t3\tobl\t_\t_\n" +
			"6\tweek\tweek\tNOUN\tNN\t_\t3\tobl:unmarked\t_\t_\n"))
	if err != nil {
		t.Fatal(err)
	}
	restoreUnmarked(sents, map[string]bool{"week": true})
	want := []string{"obl:tmod", "nsubj", "root", "obl:npmod", "obl", "obl:tmod"}
	if !slices.Equal(sents[0].Rel, want) {
		t.Errorf("relations %v, want %v", sents[0].Rel, want)
	}
}
