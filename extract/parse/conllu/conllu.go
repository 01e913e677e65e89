// Package conllu reads the word lines of CoNLL-U treebanks.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Sentence is one tree of a treebank, words only: multiword-token ranges
// ("3-4") and empty nodes ("3.1") are left out, as the parser never sees them.
type Sentence struct {
	ID    string // sent_id comment, or "" when the file has none
	Doc   string // newdoc id in force, or ""
	Words []string
	Lemma []string
	UPOS  []string
	XPOS  []string
	Head  []int // 0-based index of the head word; -1 for the root
	Rel   []string
	Misc  []string
}

// Len is the number of words.
func (s *Sentence) Len() int { return len(s.Words) }

// ReadFile reads every sentence of a .conllu file.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("conllu: open %s: %w", path, err)
	}
	defer f.Close()
	sents, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("conllu: read %s: %w", path, err)
	}
	return sents, nil
}

// Read parses CoNLL-U text. A line that is neither a comment nor ten
// tab-separated columns is an error, with its line number.
func Read(r io.Reader) ([]Sentence, error) {
	var (
		out  []Sentence
		cur  Sentence
		doc  string
		line int
	)
	flush := func() error {
		if len(cur.Words) == 0 {
			cur = Sentence{}
			return nil
		}
		for i, h := range cur.Head {
			if h < -1 || h >= len(cur.Words) {
				return fmt.Errorf("sentence %q word %d: head %d out of range", cur.ID, i+1, h+1)
			}
		}
		cur.Doc = doc
		out = append(out, cur)
		cur = Sentence{}
		return nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line++
		text := sc.Text()
		switch {
		case text == "":
			if err := flush(); err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
			continue
		case strings.HasPrefix(text, "#"):
			if v, ok := comment(text, "sent_id"); ok {
				cur.ID = v
			} else if v, ok := comment(text, "newdoc id"); ok {
				doc = v
			}
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 10 {
			return nil, fmt.Errorf("line %d: %d columns, want 10", line, len(cols))
		}
		if strings.ContainsAny(cols[0], "-.") {
			continue // multiword token range or empty node
		}
		id, err := strconv.Atoi(cols[0])
		if err != nil {
			return nil, fmt.Errorf("line %d: word id %q: %w", line, cols[0], err)
		}
		if id != len(cur.Words)+1 {
			return nil, fmt.Errorf("line %d: word id %d out of sequence", line, id)
		}
		head, err := strconv.Atoi(cols[6])
		if err != nil {
			return nil, fmt.Errorf("line %d: head %q: %w", line, cols[6], err)
		}
		cur.Words = append(cur.Words, cols[1])
		cur.Lemma = append(cur.Lemma, cols[2])
		cur.UPOS = append(cur.UPOS, cols[3])
		cur.XPOS = append(cur.XPOS, cols[4])
		cur.Head = append(cur.Head, head-1)
		cur.Rel = append(cur.Rel, cols[7])
		cur.Misc = append(cur.Misc, cols[9])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line, err)
	}
	if err := flush(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line, err)
	}
	return out, nil
}

// comment returns the value of a "# key = value" comment line.
func comment(line, key string) (string, bool) {
	rest := strings.TrimSpace(strings.TrimPrefix(line, "#"))
	if !strings.HasPrefix(rest, key) {
		return "", false
	}
	rest = strings.TrimSpace(rest[len(key):])
	if !strings.HasPrefix(rest, "=") {
		return "", false
	}
	return strings.TrimSpace(rest[1:]), true
}
