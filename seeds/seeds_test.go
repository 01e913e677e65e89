package seeds

import (
	"strings"
	"testing"
)

func TestArticlesCarryTheirPublicationDate(t *testing.T) {
	articles, err := Articles()
	if err != nil {
		t.Fatal(err)
	}
	if len(articles) == 0 {
		t.Fatal("no seed articles")
	}
	for _, a := range articles {
		if a.ID == "" || a.PublishedAt == "" {
			t.Errorf("seed %q: id %q, publishedAt %q; want both set", a.Title, a.ID, a.PublishedAt)
		}
		if !strings.Contains(a.Text, a.Title) {
			t.Errorf("seed %q: title not found in its text", a.Title)
		}
	}
	got := articles[0]
	if got.Title != "Canada MP resigns from government over China allegations" || got.PublishedAt != "2023-03-23" {
		t.Errorf("first seed = %q published %q", got.Title, got.PublishedAt)
	}
}
