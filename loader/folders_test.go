package loader_test

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract"
	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/loader"
	"github.com/polgraph/polgraph/reader"
)

// A folder as people keep it, built here: articles beside source code,
// images, documents, archives, notes, hidden folders and a dead letter.
// The walk loads only the articles, by extension and then by content, and
// lists everything else with what it is.
func folderAsKept(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"a.txt":                                 goodText,
		"deep/b.html":                           "<html><head><title>Elsbridge mayor re-elected</title></head><body><article><h1>Elsbridge mayor re-elected</h1><p>The mayor of Elsbridge won a second term.</p></article></body></html>",
		"c.json":                                `{"title": "Elsbridge bridge", "text": "Elsbridge opened its bridge."}`,
		"page":                                  "<!DOCTYPE html><html><body><p>The Elsbridge council met on Monday.</p></body></html>",
		"seeds.go":                              "package seeds\n\n// Articles reads every seed article.\nfunc Articles() {}\n",
		"seeds_test.go":                         "package seeds\n",
		"logo.png":                              "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
		"scan.txt":                              "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", // an image, whatever its name
		"report.pdf":                            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nBT /F1 12 Tf (Elsbridge) Tj ET\n",
		"minutes.txt":                           "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n",
		"bundle.zip":                            "PK\x03\x04\x14\x00\x00\x00\x08\x00a.txt",
		"notes.md":                              "# To read\n\nThe Elsbridge budget story.\n",
		"README":                                "Articles collected for the Elsbridge story.\n",
		"sitemap.xml":                           `<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>`,
		".git/config":                           "[core]\n",
		".DS_Store":                             "\x00\x00\x00\x01Bud1",
		"polgraph-failed-20240101T000000.jsonl": `{"input": "x.txt", "error": "read x.txt: empty input", "file": "/tmp/x.txt"}` + "\n",
		"renamed.jsonl":                         `{"input": "y.txt", "error": "read y.txt: empty input", "file": "/tmp/y.txt"}` + "\n",
	}
	for name, data := range files {
		writeFile(t, filepath.Join(dir, name), []byte(data))
	}
	return dir
}

// dryRun loads paths with nothing written and returns the inputs that
// would load, in order, with their articles.
func dryRun(t *testing.T, l *loader.Loader, paths ...string) (loader.Summary, []string, []polgraph.Article, error) {
	t.Helper()
	var inputs []string
	var articles []polgraph.Article
	l.DryRun = func(input string, a polgraph.Article) {
		inputs = append(inputs, input)
		articles = append(articles, a)
	}
	s, err := l.Load(context.Background(), paths)
	return s, inputs, articles, err
}

func TestFolderWalkLoadsOnlyArticles(t *testing.T) {
	dir := folderAsKept(t)
	s, inputs, _, err := dryRun(t, &loader.Loader{}, dir)
	if err != nil || s.Failed != 0 || s.Inputs != 4 {
		t.Fatalf("dry run: %+v, %v; want 4 inputs and no failure", s, err)
	}
	rel := func(p string) string { r, _ := filepath.Rel(dir, p); return filepath.ToSlash(r) }
	var got []string
	for _, in := range inputs {
		got = append(got, rel(in))
	}
	if want := []string{"a.txt", "c.json", "deep/b.html", "page"}; !slices.Equal(got, want) {
		t.Errorf("loaded %v, want %v", got, want)
	}
	skipped := map[string]string{}
	for _, sk := range s.Skipped {
		skipped[rel(sk.Path)] = sk.Kind
	}
	want := map[string]string{
		"seeds.go": "source code file", "seeds_test.go": "source code file",
		"logo.png": "image", "scan.txt": "image",
		"report.pdf": "PDF document", "minutes.txt": "PDF document",
		"bundle.zip":  "archive",
		"notes.md":    "note or documentation file",
		"README":      loader.SkipUnknown,
		"sitemap.xml": loader.SkipUnknown,
		".git":        loader.SkipHidden, ".DS_Store": loader.SkipHidden,
		"polgraph-failed-20240101T000000.jsonl": loader.SkipDeadLetter,
		"renamed.jsonl":                         loader.SkipDeadLetter,
	}
	for path, kind := range want {
		if skipped[path] != kind {
			t.Errorf("%s: skipped as %q, want %q", path, skipped[path], kind)
		}
	}
	if len(skipped) != len(want) {
		t.Errorf("skipped %v, want exactly %v", skipped, want)
	}
}

// A file named on the command line is always tried: a PDF or a ZIP given
// so is refused, naming the file and its format, and the rest loads.
func TestNamedNonArticlesRefused(t *testing.T) {
	dir := folderAsKept(t)
	paths := []string{filepath.Join(dir, "report.pdf"), filepath.Join(dir, "bundle.zip"), filepath.Join(dir, "minutes.txt"), filepath.Join(dir, "a.txt")}
	s, inputs, _, err := dryRun(t, &loader.Loader{}, paths...)
	if !errors.Is(err, loader.ErrFailures) || s.Failed != 3 || len(inputs) != 1 {
		t.Fatalf("dry run: %+v, %v; want three failures and a.txt loaded", s, err)
	}
	for i, want := range []string{"a PDF document, not an article", "a ZIP archive, not an article", "a PDF document, not an article"} {
		f := s.Failures[i]
		if f.Input != paths[i] || !errors.Is(f.Err, reader.ErrNotArticle) || !strings.Contains(f.Err.Error(), want) || !strings.Contains(f.Err.Error(), paths[i]) {
			t.Errorf("failure %d = %s: %v; want %s refused as %q", i, f.Input, f.Err, paths[i], want)
		}
	}
}

// The sidecar's date is the article's, so its relative dates ("on
// Tuesday") resolve from it.
func TestSidecarDatesTheArticle(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "resigns.txt"), []byte("Elsbridge mayor resigns\n\nSara Holm, the mayor of Elsbridge, resigned on Tuesday, the council said.\n"))
	writeFile(t, filepath.Join(dir, "resigns.meta.json"), []byte(`{"publishedAt": "2024-03-14", "source": "Elsbridge Courier", "url": "https://courier.example/elsbridge-mayor"}`))
	s, inputs, articles, err := dryRun(t, &loader.Loader{}, dir)
	if err != nil || len(articles) != 1 || len(s.Skipped) != 0 {
		t.Fatalf("dry run: %+v, %v, %v; want one article, its sidecar not skipped but applied", s, inputs, err)
	}
	a := articles[0]
	if a.PublishedAt != "2024-03-14" || a.PublishedFrom != reader.DateFromSidecar || a.Source == nil || *a.Source != "Elsbridge Courier" || !strings.HasPrefix(a.ID, "url-") {
		t.Fatalf("article = %+v; want the sidecar's date, source and URL (id from the URL)", a)
	}
	ex, err := extract.New().Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	var dates []string
	for _, ev := range ex.Events {
		if ev.Type == "RESIGNATION" {
			dates = append(dates, deref(ev.Date))
		}
	}
	if !slices.Contains(dates, "2024-03-12") {
		t.Errorf("resignation dated %v, want 2024-03-12: the Tuesday before the sidecar's 2024-03-14", dates)
	}
}

// A sidecar with no article is listed by name; an article whose sidecar
// is broken fails, naming the sidecar; the rest loads. Once the sidecar is
// fixed, the dead letter loads the article with its date.
func TestSidecarProblemsReportedByName(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	p := newPrefix(t, db)
	o := newOracle(p)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), []byte(goodText))
	writeFile(t, filepath.Join(dir, "orphan.meta.json"), []byte(`{"publishedAt": "2024-03-14"}`))
	writeFile(t, filepath.Join(dir, "broken.txt"), []byte("Elsbridge budget passes\n\nThe Elsbridge budget passed.\n"))
	writeFile(t, filepath.Join(dir, "broken.meta.json"), []byte(`{"publishedAt": "2024-03-14",`))

	var dead bytes.Buffer
	s, err := newLoader(db, o, &dead).Load(ctx, []string{dir})
	if !errors.Is(err, loader.ErrFailures) || s.Written != 1 || s.Failed != 1 {
		t.Fatalf("load: %+v, %v; want a.txt written and broken.txt failed", s, err)
	}
	if f := s.Failures[0]; !strings.HasSuffix(f.Input, "broken.txt") || !strings.Contains(f.Err.Error(), "broken.meta.json") {
		t.Errorf("failure = %s: %v; want broken.txt failing on broken.meta.json", f.Input, f.Err)
	}
	if len(s.Skipped) != 1 || !strings.HasSuffix(s.Skipped[0].Path, "orphan.meta.json") || s.Skipped[0].Kind != loader.SkipOrphanSidecar {
		t.Errorf("skipped %+v; want orphan.meta.json, a sidecar with no article", s.Skipped)
	}

	writeFile(t, filepath.Join(dir, "broken.meta.json"), []byte(`{"publishedAt": "2024-03-14", "id": "broken"}`))
	deadPath := filepath.Join(t.TempDir(), "failed.jsonl")
	writeFile(t, deadPath, dead.Bytes())
	if s, err := newLoader(db, o, nil).Load(ctx, []string{deadPath}); err != nil || s.Written != 1 {
		t.Fatalf("loading the dead letter after the fix: %+v, %v", s, err)
	}
	got, err := db.ArticlesByID(ctx, []string{p + "broken"})
	if a, ok := got[p+"broken"]; err != nil || !ok || deref(a.PublishedAt) != "2024-03-14" {
		t.Errorf("article %sbroken = %+v, %v; want it dated 2024-03-14 by its sidecar", p, got, err)
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
