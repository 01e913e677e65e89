package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/polgraph/polgraph/extract/entity"
)

// readIOB2 reads a UniversalNER file: "#" comments, a line per word with
// its index, form and IOB2 tag in the first three tab-separated columns,
// and a blank line after each sentence.
func readIOB2(path string) ([]entity.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	var (
		out  []entity.Sentence
		cur  entity.Sentence
		tags []string
		line int
	)
	flush := func() {
		if len(cur.Words) > 0 {
			cur.Spans = spansOfIOB2(tags)
			out = append(out, cur)
		}
		cur, tags = entity.Sentence{}, nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line++
		text := sc.Text()
		switch {
		case strings.TrimSpace(text) == "":
			flush()
			continue
		case strings.HasPrefix(text, "#"):
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) < 3 {
			return nil, fmt.Errorf("%s:%d: want index, word and tag", path, line)
		}
		cur.Words = append(cur.Words, cols[1])
		tags = append(tags, cols[2])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	flush()
	return out, nil
}

// spansOfIOB2 reads spans off IOB2 tags; an I- tag that does not continue
// a span of its label opens one, as the CoNLL scorer reads it. Spans of
// labels the tagger does not find are dropped: UNER's first release of
// the training file also marks other names (OTH) and, once a document,
// a full stop as "B-O".
func spansOfIOB2(tags []string) []entity.Span {
	var out []entity.Span
	start, label := -1, ""
	closeAt := func(end int) {
		if start >= 0 && slices.Contains(entity.Labels, label) {
			out = append(out, entity.Span{Start: start, End: end, Label: label})
		}
		start, label = -1, ""
	}
	for i, t := range tags {
		p, l, _ := strings.Cut(t, "-")
		switch {
		case p == "B" || (p == "I" && l != label):
			closeAt(i)
			start, label = i, l
		case p != "I":
			closeAt(i)
		}
	}
	closeAt(len(tags))
	return out
}
