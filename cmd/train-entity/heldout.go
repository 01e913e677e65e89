package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// The held-out corpus is GUM's test split less its news (the project's
// own held-out measure) and reddit (no text): documents neither trained
// on nor in polgraph's evaluation, written as extract's JSON input and a
// gold file the evaluation's scorer reads, so that changes to the tagger
// can be measured on text no rule or choice was made against.

// kindOfLabel is the extraction contract's kind of each tagger label.
var kindOfLabel = map[string]string{"PER": "Person", "ORG": "Organization", "LOC": "Place"}

type heldoutInput struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Text        string `json:"text"`
	PublishedAt string `json:"publishedAt,omitempty"`
}

type heldoutMention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type heldoutEntity struct {
	Kind     string           `json:"kind"`
	Name     string           `json:"name"`
	Aliases  []string         `json:"aliases"`
	Mentions []heldoutMention `json:"mentions"`
}

type heldoutGold struct {
	About    string          `json:"about"`
	Layers   []string        `json:"layers"`
	Entities []heldoutEntity `json:"entities"`
}

// heldoutDocs are the documents of GUM's test split that are neither news
// nor reddit.
func heldoutDocs(splits map[string][]string) []string {
	var out []string
	for _, d := range splits["test"] {
		if g := genre(d); g != "news" && g != "reddit" {
			out = append(out, d)
		}
	}
	return out
}

// writeHeldout writes each held-out document as dir/NAME.input.json and
// dir/NAME.gold.json.
func writeHeldout(gumDir, dir string, w io.Writer) error {
	splits, err := readSplits(gumDir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("held-out corpus: %w", err)
	}
	names := 0
	docs := heldoutDocs(splits)
	for _, d := range docs {
		in, gold, err := heldoutDoc(gumDir, d)
		if err != nil {
			return err
		}
		for _, e := range gold.Entities {
			names += len(e.Mentions)
		}
		if err := writeJSON(filepath.Join(dir, d+".input.json"), in); err != nil {
			return err
		}
		if err := writeJSON(filepath.Join(dir, d+".gold.json"), gold); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "held-out corpus %s: %d GUM test documents (news and reddit left out), %d named mentions\n", dir, len(docs), names)
	return nil
}

// heldoutDoc builds one document's text (its sentences a line each, words
// spaced as the trees' SpaceAfter says) and gold entities: the named
// mentions the trainer reads, one entity per Wikipedia identity, else per
// kind and name.
func heldoutDoc(gumDir, doc string) (heldoutInput, heldoutGold, error) {
	trees, mentions, err := readGUMLayers(gumDir, doc)
	if err != nil {
		return heldoutInput{}, heldoutGold{}, err
	}
	date, err := gumDateCreated(filepath.Join(gumDir, "dep", doc+".conllu"))
	if err != nil {
		return heldoutInput{}, heldoutGold{}, err
	}
	var text strings.Builder
	byKey := map[string]int{}
	gold := heldoutGold{About: "GUM test split, named mentions as train-entity reads them", Layers: []string{"entities", "mentions"}, Entities: []heldoutEntity{}}
	for i := range trees {
		t := &trees[i]
		if i > 0 {
			text.WriteByte('\n')
		}
		starts, ends := make([]int, len(t.Words)), make([]int, len(t.Words))
		for k, word := range t.Words {
			starts[k] = text.Len()
			text.WriteString(word)
			ends[k] = text.Len()
			if k < len(t.Words)-1 && !strings.Contains(t.Misc[k], "SpaceAfter=No") {
				text.WriteByte(' ')
			}
		}
		for _, n := range namedMentions(t, mentions[i].spans) {
			sp := n.span
			start, end := starts[sp.Start], ends[sp.End-1]
			m := heldoutMention{Start: start, End: end, Text: text.String()[start:end]}
			key := n.identity
			if key == "" {
				key = sp.Label + "|" + strings.ToLower(m.Text)
			}
			e, ok := byKey[key]
			if !ok {
				e = len(gold.Entities)
				byKey[key] = e
				gold.Entities = append(gold.Entities, heldoutEntity{Kind: kindOfLabel[sp.Label], Name: m.Text, Aliases: []string{}})
			}
			ent := &gold.Entities[e]
			ent.Mentions = append(ent.Mentions, m)
			if m.Text != ent.Name && !slices.Contains(ent.Aliases, m.Text) {
				ent.Aliases = append(ent.Aliases, m.Text)
			}
		}
	}
	return heldoutInput{ID: doc, Title: doc, Text: text.String(), PublishedAt: date}, gold, nil
}

// gumDateCreated reads a GUM document's "# meta::dateCreated" comment.
func gumDateCreated(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("read GUM date: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "# meta::dateCreated = "); ok {
			return strings.TrimSpace(v), nil
		}
	}
	if err := sc.Err(); err != nil {
		return "", fmt.Errorf("read GUM date %s: %w", path, err)
	}
	return "", nil
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
