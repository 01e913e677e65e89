package parse

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenTexts are the texts whose trees testdata/trees.golden keeps: the
// benchmark's sentences, the seed article, extract's fictional test
// articles and the project's evaluation articles (evalset, all invented).
func goldenTexts(t *testing.T) []string {
	texts := []string{benchText}
	seed, err := os.ReadFile("../../seeds/canada-mp-resigns.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts = append(texts, string(seed))
	var paths []string
	for _, pattern := range []string{"../testdata/fiction-*.json", "../../evalset/*/*.input.json"} {
		found, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, found...)
	}
	for _, path := range paths {
		if strings.HasSuffix(path, ".golden.json") {
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var a struct{ Text string }
		if err := json.Unmarshal(data, &a); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		texts = append(texts, a.Text)
	}
	if len(texts) < 10 {
		t.Fatalf("found %d texts, want the seed, extract's fiction and evalset's articles", len(texts))
	}
	return texts
}

// sentencesOf splits text into lines and the lines' words after each
// sentence-final mark: sentences enough for comparing trees.
func sentencesOf(text string) [][]string {
	var out [][]string
	for _, line := range strings.Split(text, "\n") {
		var sent []string
		for _, tok := range Tokenize(line) {
			sent = append(sent, tok.Text)
			if tok.Text == "." || tok.Text == "?" || tok.Text == "!" {
				out = append(out, sent)
				sent = nil
			}
		}
		if len(sent) > 0 {
			out = append(out, sent)
		}
	}
	return out
}

// TestParseGolden parses a few hundred sentences and compares every
// word's tags, lemma, head and relation with testdata/trees.golden: a
// change to how the model is stored or scored must not change a tree.
// `go test -update` rewrites the file (review its diff).
func TestParseGolden(t *testing.T) {
	p := Default()
	var buf bytes.Buffer
	n := 0
	for _, text := range goldenTexts(t) {
		for _, words := range sentencesOf(text) {
			tree := p.Parse(words)
			for i, w := range words {
				fmt.Fprintf(&buf, "%d\t%s\t%s\t%s\t%s\t%d\t%s\n", i+1, w, tree.Lemma[i], tree.UPOS[i], tree.XPOS[i], tree.Head[i]+1, tree.Rel[i])
			}
			buf.WriteByte('\n')
			n++
		}
	}
	if n < 250 {
		t.Fatalf("parsed %d sentences, want at least 250", n)
	}
	const path = "testdata/trees.golden"
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		got := strings.Split(buf.String(), "\n")
		wl := strings.Split(string(want), "\n")
		for i := range min(len(got), len(wl)) {
			if got[i] != wl[i] {
				t.Fatalf("trees differ from %s at line %d: got %q, want %q", path, i+1, got[i], wl[i])
			}
		}
		t.Fatalf("trees differ from %s: %d lines, want %d", path, len(got), len(wl))
	}
}
