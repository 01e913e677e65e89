package reader

import "github.com/polgraph/polgraph"

// Input is an article in the JSON input form of extract and load, one line
// of a JSON Lines file: what Read with format "json" reads back.
type Input struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Text        string `json:"text"`
	PublishedAt string `json:"publishedAt,omitempty"`
	// PublishedFrom is where PublishedAt came from (DateFrom*), when
	// polgraph read it from a page; Read keeps it with the date.
	PublishedFrom string  `json:"publishedFrom,omitempty"`
	URL           *string `json:"url,omitempty"`
	Source        *string `json:"source,omitempty"`
}

// InputOf is a's JSON input form.
func InputOf(a polgraph.Article) Input {
	return Input{a.ID, a.Title, a.Text, a.PublishedAt, a.PublishedFrom, a.URL, a.Source}
}
