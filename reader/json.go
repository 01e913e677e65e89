package reader

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/polgraph/polgraph"
)

// jsonArticle is the JSON input of the contract; only text is required.
type jsonArticle struct {
	ID          any     `json:"id"`
	Title       string  `json:"title"`
	Text        *string `json:"text"`
	PublishedAt string  `json:"publishedAt"`
	URL         string  `json:"url"`
	Source      string  `json:"source"`
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

// NormalizeDate turns the usual publication date layouts into YYYY-MM-DD;
// it returns "" for what it cannot read.
func NormalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, layout := range []string{
		"2006-01-02", time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05",
		"2006-01-02T15:04", "20060102", time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822,
		"Mon, 2 Jan 2006 15:04:05 -0700", "January 2, 2006", "2 January 2006", "Jan 2, 2006",
	} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}
