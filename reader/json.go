package reader

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/polgraph/polgraph"
)

// jsonArticle is the JSON input of the contract; only text is required.
type jsonArticle struct {
	ID          any     `json:"id"`
	Title       string  `json:"title"`
	Text        *string `json:"text"`
	PublishedAt string  `json:"publishedAt"`
	// PublishedFrom is kept only with a date it can be about.
	PublishedFrom string `json:"publishedFrom"`
	URL           string `json:"url"`
	Source        string `json:"source"`
}

func readJSON(data []byte) (polgraph.Article, error) {
	var j jsonArticle
	if err := json.Unmarshal(data, &j); err != nil {
		return polgraph.Article{}, fmt.Errorf("%w: %v", ErrBadJSON, err)
	}
	if j.Text == nil {
		return polgraph.Article{}, fmt.Errorf("%w: no \"text\" field", ErrBadJSON)
	}
	a := polgraph.Article{
		Title:       strings.TrimSpace(j.Title),
		Text:        *j.Text,
		PublishedAt: NormalizeDate(j.PublishedAt),
	}
	if a.PublishedAt != "" {
		a.PublishedFrom = strings.TrimSpace(j.PublishedFrom)
	}
	switch id := j.ID.(type) {
	case string:
		a.ID = strings.TrimSpace(id)
	case float64:
		a.ID = fmt.Sprint(id)
	}
	if j.URL != "" {
		a.URL = &j.URL
	}
	if j.Source != "" {
		a.Source = &j.Source
	}
	return a, nil
}
