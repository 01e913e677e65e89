package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/polgraph/polgraph/extract/parse/conllu"
)

// treebank is one treebank's splits and what was left out of training.
type treebank struct {
	name            string
	train, dev      []conllu.Sentence
	test            []conllu.Sentence
	trainFrom       string // the file or file list train was read from
	excludedDocs    int
	excludedSents   int
	excludedWords   int
	excludedReasons map[string]int // reason → documents
}

func (t *treebank) report(w io.Writer) {
	docs := map[string]bool{}
	for _, s := range t.train {
		docs[s.Doc] = true
	}
	fmt.Fprintf(w, "%s train (%s): %d documents, %d sentences, %d words used\n",
		t.name, t.trainFrom, len(docs), len(t.train), countWords(t.train))
	if t.excludedDocs > 0 {
		reasons := make([]string, 0, len(t.excludedReasons))
		for _, r := range slices.Sorted(maps.Keys(t.excludedReasons)) {
			reasons = append(reasons, fmt.Sprintf("%s %d", r, t.excludedReasons[r]))
		}
		fmt.Fprintf(w, "%s train: %d documents, %d sentences, %d words excluded (documents by reason, some have two: %s)\n",
			t.name, t.excludedDocs, t.excludedSents, t.excludedWords, strings.Join(reasons, ", "))
	}
	fmt.Fprintf(w, "%s dev: %d sentences; test: %d sentences\n", t.name, len(t.dev), len(t.test))
}

// loadEWT reads UD_English-EWT. A clone of the UD repository has
// en_ewt-ud-train.conllu; without it, train is rebuilt from
// not-to-release/file-lists/files.train and the per-document sources, as
// the treebank's own build script does.
func loadEWT(dir string) (*treebank, error) {
	t := &treebank{name: "EWT"}
	var err error
	if t.train, t.trainFrom, err = readSplit(dir, "en_ewt", "train", func(entry string) string { return entry }); err != nil {
		return nil, err
	}
	if t.dev, _, err = readSplit(dir, "en_ewt", "dev", func(entry string) string { return entry }); err != nil {
		return nil, err
	}
	if t.test, _, err = readSplit(dir, "en_ewt", "test", func(entry string) string { return entry }); err != nil {
		return nil, err
	}
	return t, nil
}

// readSplit reads <prefix>-ud-<split>.conllu, or else concatenates the
// sources the split's file list names (source maps a list entry to a
// path under not-to-release/sources). GUM lists its reddit documents but
// cannot distribute them; missing sources whose names skip accepts are
// left out.
func readSplit(dir, prefix, split string, source func(string) string, skip ...func(string) bool) ([]conllu.Sentence, string, error) {
	path := filepath.Join(dir, prefix+"-ud-"+split+".conllu")
	sents, err := conllu.ReadFile(path)
	if err == nil {
		return sents, filepath.Base(path), nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, "", fmt.Errorf("read %s: %w", split, err)
	}
	list := filepath.Join(dir, "not-to-release", "file-lists", "files."+split)
	entries, err := readLines(list)
	if err != nil {
		return nil, "", fmt.Errorf("rebuild %s: %s is missing and so is its file list: %w", split, path, err)
	}
	for _, e := range entries {
		src := filepath.Join(dir, "not-to-release", "sources", source(e))
		doc, err := conllu.ReadFile(src)
		if errors.Is(err, fs.ErrNotExist) && len(skip) > 0 && skip[0](e) {
			continue
		}
		if err != nil {
			return nil, "", fmt.Errorf("rebuild %s from %s: %w", split, list, err)
		}
		sents = append(sents, doc...)
	}
	return sents, "rebuilt from " + filepath.Join("file-lists", "files."+split), nil
}

// ncGenres are GUM genres whose texts are licensed CC BY-NC-SA; left out
// unless asked for so that the weights derive from freely licensed text.
var ncGenres = []string{"GUM_fiction_", "GUM_whow_"}

// loadGUM reads UD_English-GUM, leaving out of training every news
// document (polgraph reads news; no news in training keeps the test on
// news honest), every dev and test document, the documents in excluded
// (polgraph's evaluation documents) and, unless nc, the non-commercial
// genres.
func loadGUM(dir string, excluded map[string]bool, nc bool) (*treebank, error) {
	t := &treebank{name: "GUM", excludedReasons: map[string]int{}}
	source := func(doc string) string { return doc + ".conllu" }
	reddit := func(doc string) bool { return strings.HasPrefix(doc, "GUM_reddit_") }
	var err error
	if t.dev, _, err = readSplit(dir, "en_gum", "dev", source, reddit); err != nil {
		return nil, err
	}
	if t.test, _, err = readSplit(dir, "en_gum", "test", source, reddit); err != nil {
		return nil, err
	}
	heldOut := map[string]bool{}
	for _, s := range slices.Concat(t.dev, t.test) {
		heldOut[s.Doc] = true
	}
	train, from, err := readSplit(dir, "en_gum", "train", source, reddit)
	if err != nil {
		return nil, err
	}
	t.trainFrom = from
	seen := map[string]bool{}
	for _, s := range train {
		if s.Doc == "" {
			return nil, fmt.Errorf("GUM train sentence %q has no document id", s.ID)
		}
		var reasons []string
		if strings.HasPrefix(s.Doc, "GUM_news_") {
			reasons = append(reasons, "news")
		}
		if heldOut[s.Doc] {
			reasons = append(reasons, "in dev/test")
		}
		if excluded[s.Doc] {
			reasons = append(reasons, "polgraph evaluation")
		}
		if !nc && slices.ContainsFunc(ncGenres, func(g string) bool { return strings.HasPrefix(s.Doc, g) }) {
			reasons = append(reasons, "non-commercial licence")
		}
		if len(reasons) == 0 {
			t.train = append(t.train, s)
			continue
		}
		if !seen[s.Doc] {
			seen[s.Doc] = true
			t.excludedDocs++
			for _, r := range reasons {
				t.excludedReasons[r]++
			}
		}
		t.excludedSents++
		t.excludedWords += s.Len()
	}
	for doc := range excluded {
		if !seen[doc] && !heldOut[doc] {
			fmt.Fprintf(os.Stderr, "note: excluded document %s is not in GUM train\n", doc)
		}
	}
	return t, nil
}

// readExcluded reads document names, one per line; # starts a comment.
func readExcluded(path string) (map[string]bool, error) {
	lines, err := readLines(path)
	if err != nil {
		return nil, fmt.Errorf("read excluded documents: %w", err)
	}
	out := map[string]bool{}
	for _, l := range lines {
		out[l] = true
	}
	return out, nil
}

// readLines returns the non-blank lines of a file without # comments.
func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l, _, _ := strings.Cut(sc.Text(), "#")
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}
