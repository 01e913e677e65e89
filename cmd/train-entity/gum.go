package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/polgraph/polgraph/extract/entity"
	"github.com/polgraph/polgraph/extract/parse/conllu"
)

// GUM's entity types that are names of the kinds the tagger finds.
var gumLabels = map[string]string{"person": "PER", "organization": "ORG", "place": "LOC"}

// bracketValues reads a WebAnno column of "Title[4]|Other[9]" as mention
// id → value; a missing column or "_" gives none.
func bracketValues(cols []string, i int) map[string]string {
	out := map[string]string{}
	if i >= len(cols) || cols[i] == "_" {
		return out
	}
	for _, v := range strings.Split(cols[i], "|") {
		if val, id, ok := strings.Cut(v, "["); ok {
			out[strings.TrimSuffix(id, "]")] = val
		}
	}
	return out
}

// gumDoc is one GUM document's sentences with their named mentions.
type gumDoc struct {
	name  string
	sents []entity.Sentence
}

// readGUMDoc reads a document's entity layer (coref/gum/tsv/<doc>.tsv,
// WebAnno TSV) and its dependency trees (dep/<doc>.conllu), which have
// the same words, and keeps the named mentions of people, organisations
// and places.
func readGUMDoc(dir, doc string) (gumDoc, error) {
	trees, mentions, err := readGUMLayers(dir, doc)
	if err != nil {
		return gumDoc{}, err
	}
	out := gumDoc{name: doc}
	for i, m := range mentions {
		out.sents = append(out.sents, entity.Sentence{Words: trees[i].Words, Spans: namedSpans(&trees[i], m.spans)})
	}
	return out, nil
}

// readGUMLayers reads a document's trees and entity layer, a sentence of
// each for every sentence, with the same words.
func readGUMLayers(dir, doc string) ([]conllu.Sentence, []webAnnoSentence, error) {
	trees, err := conllu.ReadFile(filepath.Join(dir, "dep", doc+".conllu"))
	if err != nil {
		return nil, nil, fmt.Errorf("read GUM %s: %w", doc, err)
	}
	mentions, err := readWebAnno(filepath.Join(dir, "coref", "gum", "tsv", doc+".tsv"))
	if err != nil {
		return nil, nil, fmt.Errorf("read GUM %s: %w", doc, err)
	}
	if len(mentions) != len(trees) {
		return nil, nil, fmt.Errorf("read GUM %s: %d sentences in the entity layer, %d trees", doc, len(mentions), len(trees))
	}
	for i, m := range mentions {
		if !slices.Equal(m.words, trees[i].Words) {
			return nil, nil, fmt.Errorf("read GUM %s: sentence %d has words %q in the entity layer, %q in the tree", doc, i+1, m.words, trees[i].Words)
		}
	}
	return trees, mentions, nil
}

// webAnnoSentence is one sentence of the entity layer: its words and the
// mentions of the types in gumLabels (as GUM types), word positions in
// order.
type webAnnoSentence struct {
	words []string
	spans []mention
}

type mention struct {
	typ      string
	words    []int
	identity string // the Wikipedia title GUM links the mention to, or ""
}

// readWebAnno reads a WebAnno TSV 3 file: "#Text=" opens a sentence, and
// each word line has the word in column 3 and its mentions in column 4,
// "person[4]|place[10]": a type with an id spans every word carrying that
// id, a type without one is a one-word mention.
func readWebAnno(path string) ([]webAnnoSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	var (
		out  []webAnnoSentence
		byID map[string]int // mention id → index in the current sentence's spans
		line int
	)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line++
		text := sc.Text()
		switch {
		case strings.HasPrefix(text, "#Text="):
			out = append(out, webAnnoSentence{})
			byID = map[string]int{}
			continue
		case text == "" || strings.HasPrefix(text, "#"):
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) < 4 || len(out) == 0 {
			return nil, fmt.Errorf("%s:%d: not a word line of a sentence", path, line)
		}
		if strings.Contains(cols[0], ".") {
			continue // a sub-token: the trees do not have it
		}
		s := &out[len(out)-1]
		pos := len(s.words)
		s.words = append(s.words, cols[2])
		if cols[3] == "_" || cols[3] == "*" {
			continue
		}
		identities := bracketValues(cols, 6)
		for _, ann := range strings.Split(cols[3], "|") {
			typ, id, hasID := strings.Cut(ann, "[")
			if _, ok := gumLabels[typ]; !ok {
				continue
			}
			if !hasID {
				s.spans = append(s.spans, mention{typ: typ, words: []int{pos}})
				continue
			}
			id = strings.TrimSuffix(id, "]")
			if _, err := strconv.Atoi(id); err != nil {
				return nil, fmt.Errorf("%s:%d: mention id %q", path, line, id)
			}
			if k, ok := byID[id]; ok {
				s.spans[k].words = append(s.spans[k].words, pos)
				continue
			}
			byID[id] = len(s.spans)
			s.spans = append(s.spans, mention{typ: typ, words: []int{pos}, identity: identities[id]})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}
