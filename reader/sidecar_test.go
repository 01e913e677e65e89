package reader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writePage writes testdata/pages/jsonld-dates.html (dated 2022-11-02 by its
// JSON-LD) into a new folder as story.html, with sidecar beside it unless "".
func writePage(t *testing.T, sidecar string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "pages", "jsonld-dates.html"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "story.html")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if sidecar != "" {
		if err := os.WriteFile(filepath.Join(dir, "story.meta.json"), []byte(sidecar), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func TestReadFileSidecar(t *testing.T) {
	tests := []struct {
		name, sidecar        string
		date, from, url, err string
		idPrefix             string
	}{
		{name: "no sidecar: the page's JSON-LD", date: "2022-11-02", from: DateFromJSONLD, idPrefix: "sha-"},
		{name: "sidecar date wins", sidecar: `{"publishedAt": "2022-11-01", "source": "Wire"}`, date: "2022-11-01", from: DateFromSidecar, idPrefix: "sha-"},
		{name: "sidecar URL names the article", sidecar: `{"url": "https://courier.example/2022/11/03/customs"}`,
			date: "2022-11-02", from: DateFromJSONLD, url: "https://courier.example/2022/11/03/customs", idPrefix: "url-"},
		{name: "sidecar id", sidecar: `{"id": "courier/customs"}`, date: "2022-11-02", from: DateFromJSONLD, idPrefix: "courier/customs"},
		{name: "broken sidecar", sidecar: `{"publishedAt": `, err: "story.meta.json"},
		{name: "sidecar date that is no date", sidecar: `{"publishedAt": "soon"}`, err: `publishedAt "soon"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _, err := ReadFile(writePage(t, tt.sidecar), FormatAuto)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want one naming %s", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.PublishedAt != tt.date || a.PublishedFrom != tt.from {
				t.Errorf("date = %q from %q, want %q from %q", a.PublishedAt, a.PublishedFrom, tt.date, tt.from)
			}
			if tt.url != "" && (a.URL == nil || *a.URL != tt.url) {
				t.Errorf("URL = %v, want %q", a.URL, tt.url)
			}
			if !strings.HasPrefix(a.ID, tt.idPrefix) {
				t.Errorf("ID = %q, want prefix %q", a.ID, tt.idPrefix)
			}
		})
	}
}

func TestSidecarURLDatesAnUndatedPage(t *testing.T) {
	a, err := Read("p.html", []byte(page("", "An undated page with a long enough paragraph of text to be read as the article.")), FormatAuto)
	if err != nil {
		t.Fatal(err)
	}
	Sidecar{URL: "https://news.example/2020/07/14/x"}.Apply(&a)
	if a.PublishedAt != "2020-07-14" || a.PublishedFrom != DateFromURL {
		t.Errorf("date = %q from %q", a.PublishedAt, a.PublishedFrom)
	}
}

func TestPublishedFlagWins(t *testing.T) {
	a, _, err := ReadFile(writePage(t, `{"publishedAt": "2022-11-01"}`), FormatAuto)
	if err != nil {
		t.Fatal(err)
	}
	if err := Published(&a, "2022-10-31"); err != nil {
		t.Fatal(err)
	}
	if a.PublishedAt != "2022-10-31" || a.PublishedFrom != DateFromFlag {
		t.Errorf("date = %q from %q", a.PublishedAt, a.PublishedFrom)
	}
	if err := Published(&a, "last week"); err == nil || !strings.Contains(err.Error(), "--published") {
		t.Errorf("Published(last week) = %v", err)
	}
}
