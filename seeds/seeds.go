// Package seeds holds the seed articles that `make run` loads, embedded in the binary.
//
// Each article is NAME.txt, a page as scraped, with its sidecar
// NAME.meta.json beside it for what the page itself does not say (its
// publication date, its source): the convention `polgraph load` follows
// for a folder of articles (reader.Sidecar), so that `polgraph load seeds/`
// and `polgraph seed` load the same article.
package seeds

import (
	"embed"
	"fmt"
	"io/fs"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/reader"
)

//go:embed *.txt *.meta.json
var files embed.FS

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
	a, err := reader.Read(name, data, reader.FormatText)
	if err != nil {
		return polgraph.Article{}, err
	}
	sidecar := reader.SidecarPath(name)
	raw, err := files.ReadFile(sidecar)
	if err != nil {
		return polgraph.Article{}, fmt.Errorf("%s has no %s beside it: %w", name, sidecar, err)
	}
	s, err := reader.ParseSidecar(sidecar, raw)
	if err != nil {
		return polgraph.Article{}, err
	}
	s.Apply(&a)
	return a, nil
}
