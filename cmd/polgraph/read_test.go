package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/reader"
)

// page copies reader's test page name into a new folder, with a sidecar
// beside it unless sidecar is "", and returns its path.
func page(t *testing.T, name, sidecar string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "reader", "testdata", "pages", name))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if sidecar != "" {
		if err := os.WriteFile(reader.SidecarPath(path), []byte(sidecar), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func runCmd(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = run(context.Background(), args, &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestReadCommand(t *testing.T) {
	tests := []struct {
		name, page, sidecar string
		flags               []string
		date, from, stderr  string
	}{
		{"the page's JSON-LD", "jsonld-dates.html", "", nil, "2022-11-02", reader.DateFromJSONLD, ""},
		{"a sidecar wins", "jsonld-dates.html", `{"publishedAt":"2022-11-01"}`, nil, "2022-11-01", reader.DateFromSidecar, ""},
		{"--published wins over the sidecar", "jsonld-dates.html", `{"publishedAt":"2022-11-01"}`, []string{"--published", "2022-10-31"}, "2022-10-31", reader.DateFromFlag, ""},
		{"a windows-1252 page says how it was decoded", "windows-1252.html", "", nil, "", "", "decoded from windows-1252 (declared)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append(append([]string{"read"}, tt.flags...), page(t, tt.page, tt.sidecar))
			out, errOut, err := runCmd(t, args...)
			if err != nil {
				t.Fatal(err)
			}
			var in reader.Input
			if err := json.Unmarshal([]byte(out), &in); err != nil {
				t.Fatalf("output is no JSON input: %v\n%s", err, out)
			}
			if in.PublishedAt != tt.date || in.PublishedFrom != tt.from {
				t.Errorf("date = %q from %q, want %q from %q", in.PublishedAt, in.PublishedFrom, tt.date, tt.from)
			}
			if in.Title == "" || in.Text == "" || in.ID == "" {
				t.Errorf("incomplete article: %+v", in)
			}
			if !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stderr = %q, want %q", errOut, tt.stderr)
			}
		})
	}
	if _, _, err := runCmd(t, "read", "--published", "soon", page(t, "nul-byte.html", "")); err == nil || !strings.Contains(err.Error(), `--published "soon"`) {
		t.Errorf("read --published soon: err = %v", err)
	}
}

// TestReadThenExtract: what polgraph read prints is what extract reads, so
// extracting it gives the extraction of the page itself, date source and all.
func TestReadThenExtract(t *testing.T) {
	path := page(t, "jsonld-dates.html", "")
	read, _, err := runCmd(t, "read", path)
	if err != nil {
		t.Fatal(err)
	}
	jsonPath := filepath.Join(t.TempDir(), "article.json")
	if err := os.WriteFile(jsonPath, []byte(read), 0o644); err != nil {
		t.Fatal(err)
	}
	fromPage, _, err := runCmd(t, "extract", "--format", "html", path)
	if err != nil {
		t.Fatal(err)
	}
	fromRead, _, err := runCmd(t, "extract", jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	if fromPage != fromRead {
		t.Errorf("extract of the page and of its read output differ:\n%s\n---\n%s", fromPage, fromRead)
	}
	var x polgraph.Extraction
	if err := json.Unmarshal([]byte(fromPage), &x); err != nil {
		t.Fatal(err)
	}
	if x.Article.PublishedAt != "2022-11-02" || x.Article.PublishedFrom != reader.DateFromJSONLD {
		t.Errorf("extraction's article = %+v", x.Article)
	}
}
