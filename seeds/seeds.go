// Package seeds holds the seed articles that `make run` loads, embedded in the binary.
//
// Each article is NAME.txt, a page as scraped, with NAME.meta.json beside it
// for what the page itself does not say (its publication date, its source).
package seeds

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/reader"
)

//go:embed *.txt *.meta.json
var files embed.FS

// meta is what NAME.meta.json may say about NAME.txt.
type meta struct {
	ID          string `json:"id"`
	PublishedAt string `json:"publishedAt"`
	URL         string `json:"url"`
	Source      string `json:"source"`
}

// Articles reads every seed article.
func Articles() ([]polgraph.Article, error) {
	names, err := fs.Glob(files, "*.txt")
	if err != nil {
		return nil, err
	}
	articles := make([]polgraph.Article, 0, len(names))
	for _, name := range names {
		a, err := read(name)
		if err != nil {
			return nil, fmt.Errorf("seeds: %w", err)
		}
		articles = append(articles, a)
	}
	return articles, nil
}

func read(name string) (polgraph.Article, error) {
	data, err := files.ReadFile(name)
	if err != nil {
		return polgraph.Article{}, err
	}
	a, err := reader.Read(name, data, "text")
	if err != nil {
		return polgraph.Article{}, err
	}
	raw, err := files.ReadFile(strings.TrimSuffix(name, path.Ext(name)) + ".meta.json")
	if err != nil {
		return polgraph.Article{}, fmt.Errorf("%s has no .meta.json beside it: %w", name, err)
	}
	var m meta
	if err := json.Unmarshal(raw, &m); err != nil {
		return polgraph.Article{}, fmt.Errorf("%s.meta.json: %w", name, err)
	}
	if m.ID != "" {
		a.ID = m.ID
	}
	if m.PublishedAt != "" {
		a.PublishedAt = m.PublishedAt
	}
	if m.URL != "" {
		a.URL = &m.URL
	}
	if m.Source != "" {
		a.Source = &m.Source
	}
	return a, nil
}
