package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// readList reads document names, one a line; blank lines and "#"
// comments are skipped.
func readList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read document list: %w", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read document list %s: %w", path, err)
	}
	return out, nil
}

// readSplits reads GUM's splits.md: "## <split>" headings, each followed
// by "  * <document>" lines.
func readSplits(gumDir string) (map[string][]string, error) {
	path := filepath.Join(gumDir, "splits.md")
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read GUM splits: %w", err)
	}
	defer f.Close()
	out := map[string][]string{}
	split := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if h, ok := strings.CutPrefix(line, "## "); ok {
			split = strings.TrimSpace(h)
			continue
		}
		if doc, ok := strings.CutPrefix(line, "* "); ok && split != "" {
			out[split] = append(out[split], strings.TrimSpace(doc))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read GUM splits %s: %w", path, err)
	}
	for _, s := range []string{"train", "dev", "test"} {
		if len(out[s]) == 0 {
			return nil, fmt.Errorf("read GUM splits %s: no %s documents", path, s)
		}
	}
	return out, nil
}

// genre is a GUM document's genre: "news" for GUM_news_iodine.
func genre(doc string) string {
	parts := strings.SplitN(doc, "_", 3)
	if len(parts) < 3 {
		return ""
	}
	return parts[1]
}

// ncGenres are the genres whose texts GUM's LICENSE.txt gives under
// non-commercial licences (the annotations are CC BY 4.0 throughout).
// reddit has no text in the repository at all.
var ncGenres = map[string]bool{"essay": true, "fiction": true, "letter": true, "podcast": true, "whow": true}
