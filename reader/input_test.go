package reader

import (
	"encoding/json"
	"testing"

	"github.com/polgraph/polgraph"
)

func TestInputRoundTrip(t *testing.T) {
	url, source := "https://news.example/ferrow-resigns", "Example News"
	want := polgraph.Article{ID: "a1", Title: "Ferrow resigns", Text: "Ferrow resigns\n\nAnna Ferrow resigned on Monday.",
		PublishedAt: "2024-05-06", URL: &url, Source: &source}
	data, err := json.Marshal(InputOf(want))
	if err != nil {
		t.Fatal(err)
	}
	got, err := Read("a1.json", data, "json")
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != want.ID || got.Title != want.Title || got.Text != want.Text || got.PublishedAt != want.PublishedAt ||
		got.URL == nil || *got.URL != url || got.Source == nil || *got.Source != source {
		t.Errorf("Read(InputOf(a)) = %+v, want %+v", got, want)
	}
}
