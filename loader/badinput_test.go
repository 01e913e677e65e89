package loader_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/loader"
)

const goodText = "Elsbridge council votes on budget\n\nThe council of Elsbridge approved the budget on Tuesday.\n"

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBadInput puts one bad input next to good ones: the bad one is reported
// with its file (and line), goes to the dead letter, and the rest loads.
func TestBadInput(t *testing.T) {
	big := bytes.Repeat([]byte("The assembly sat late into the night. "), 50<<20/38+1) // 50 MB
	for _, tc := range []struct {
		name      string
		setup     func(t *testing.T, dir string) []string // extra paths to load
		wantInput string                                  // suffix of the failed input
		wantErr   string
		wantGood  int
	}{
		{"unreadable file", func(t *testing.T, dir string) []string {
			os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "news", "dangling.txt"))
			return nil
		}, "dangling.txt", "no such file", 3},
		{"missing path", func(t *testing.T, dir string) []string {
			return []string{filepath.Join(dir, "nowhere")}
		}, "nowhere", "no such file", 3},
		{"invalid UTF-8", func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, "news", "latin1.txt"), []byte("Title\n\nFirst line.\nCaf\xe9 society.\n"))
			return nil
		}, "latin1.txt:4", "invalid UTF-8", 3},
		{"empty", func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, "news", "empty.txt"), nil)
			return nil
		}, "empty.txt", "empty", 3},
		{"empty JSON Lines", func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, "news", "empty.jsonl"), nil)
			return nil
		}, "empty.jsonl", "empty", 3},
		{"blank JSON Lines", func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, "news", "blank.ndjson"), []byte("\n  \n\t\r\n"))
			return nil
		}, "blank.ndjson", "empty", 3},
		{"binary", func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, "news", "blob.txt"), []byte("\x13\x37\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
			return nil
		}, "blob.txt", "binary", 3},
		{"malformed JSON line", func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, "news", "more.jsonl"), []byte(
				`{"title": "Elsbridge one", "text": "Elsbridge voted."}`+"\n"+
					`{"title": "Elsbridge two", "text": "Elsbridge vot`+"\n"+
					"\n"+
					`{"title": "Elsbridge three", "text": "Elsbridge voted again."}`+"\n"))
			return nil
		}, "more.jsonl:2", "malformed JSON", 5},
		{"malformed JSON file", func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, "news", "bad.json"), []byte(
				"{\n  \"title\": \"Elsbridge four\",\n  \"text\": \"Elsbridge voted.\",\n  \"source\" \"Elsbridge Courier\"\n}\n"))
			return nil
		}, "bad.json:4:12", "malformed JSON", 3},
		{"50 MB file", func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, "news", "huge.txt"), big)
			return nil
		}, "huge.txt", "over the size limit", 3},
		{"50 MB JSON line", func(t *testing.T, dir string) []string {
			line, _ := json.Marshal(map[string]string{"title": "Long", "text": string(big)})
			writeFile(t, filepath.Join(dir, "news", "long.jsonl"), append(append(line, '\n'),
				`{"title": "Elsbridge short", "text": "Elsbridge voted."}`+"\n"...))
			return nil
		}, "long.jsonl:1", "over the size limit", 4},
		{"extraction failure", func(t *testing.T, dir string) []string {
			writeFile(t, filepath.Join(dir, "news", "hard.txt"), []byte("Too hard to read\n\nElsbridge is complicated.\n"))
			return nil
		}, "hard.txt", "extractor gave up", 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := graphtest.Open(t)
			ctx := context.Background()
			p := newPrefix(t, db)
			o := newOracle(p)
			o.fail["Too hard to read"] = true
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "news", "a.txt"), []byte(goodText))
			writeFile(t, filepath.Join(dir, "news", "deep", "b.html"), []byte(
				"<html><head><title>Elsbridge mayor re-elected</title></head><body><article><h1>Elsbridge mayor re-elected</h1><p>The mayor of Elsbridge won a second term.</p></article></body></html>"))
			writeFile(t, filepath.Join(dir, "news", "c.json"), []byte(`{"title": "Elsbridge bridge", "text": "Elsbridge opened its bridge.", "publishedAt": "2024-05-01"}`))
			paths := append([]string{dir}, tc.setup(t, dir)...)

			var dead bytes.Buffer
			s, err := newLoader(db, o, &dead).Load(ctx, paths)
			if !errors.Is(err, loader.ErrFailures) {
				t.Fatalf("Load error = %v, want ErrFailures", err)
			}
			if s.Failed != 1 || len(s.Failures) != 1 {
				t.Fatalf("summary %+v: want exactly one failure", s)
			}
			f := s.Failures[0]
			if !strings.HasSuffix(f.Input, tc.wantInput) || !strings.Contains(f.Err.Error(), tc.wantErr) {
				t.Errorf("failure = %s: %v; want input …%s, error containing %q", f.Input, f.Err, tc.wantInput, tc.wantErr)
			}
			if s.Written != tc.wantGood {
				t.Errorf("written = %d, want %d", s.Written, tc.wantGood)
			}
			counts, _ := db.Counts(ctx, p)
			if counts[":Article"] != tc.wantGood {
				t.Errorf("articles in graph = %d, want %d", counts[":Article"], tc.wantGood)
			}
			var line map[string]any
			if err := json.Unmarshal(dead.Bytes(), &line); err != nil || !strings.HasSuffix(line["input"].(string), tc.wantInput) {
				t.Errorf("dead letter %q: want one JSON line for %s (%v)", dead.String(), tc.wantInput, err)
			}
		})
	}
}

// TestDeadLetterLoadsAgain: an article that failed to extract is in the
// dead letter as an article; once the cause is gone, loading the dead
// letter file loads it.
func TestDeadLetterLoadsAgain(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	p := newPrefix(t, db)
	o := newOracle(p)
	o.fail["Too hard to read"] = true
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), []byte(goodText))
	writeFile(t, filepath.Join(dir, "hard.txt"), []byte("Too hard to read\n\nElsbridge is complicated.\n"))
	var dead bytes.Buffer
	if _, err := newLoader(db, o, &dead).Load(ctx, []string{dir}); !errors.Is(err, loader.ErrFailures) {
		t.Fatalf("first load: %v", err)
	}
	deadPath := filepath.Join(t.TempDir(), "failed.jsonl")
	writeFile(t, deadPath, dead.Bytes())

	delete(o.fail, "Too hard to read")
	s, err := newLoader(db, o, nil).Load(ctx, []string{deadPath})
	if err != nil || s.Written != 1 {
		t.Fatalf("loading the dead letter: %+v, %v", s, err)
	}
	// The article from the dead letter is the one that failed: same id.
	sc := bufio.NewScanner(&dead)
	sc.Scan()
	var rec struct{ ID string }
	json.Unmarshal(sc.Bytes(), &rec)
	lines := dump(t, db, p+rec.ID)
	if len(lines) == 0 {
		t.Errorf("article %s not in the graph after reloading the dead letter", rec.ID)
	}
}

// TestDeadLetterRetriesReadFailures: an input that could not be read is in
// the dead letter as the file (or line) to read again, or, for a JSON line,
// as its raw text. Loading the dead letter fails the same way until the
// cause is fixed (in the file, or in the dead letter for raw text), then
// loads just that article, from any folder.
func TestDeadLetterRetriesReadFailures(t *testing.T) {
	const fixed = `{"title": "Elsbridge fixed", "text": "Elsbridge fixed its budget."}`
	good := `{"title": "Elsbridge good", "text": "Elsbridge voted."}` + "\n"
	long := `{"title": "Elsbridge long", "text": "` + strings.Repeat("Elsbridge sat late. ", 100) + `"}` + "\n"
	fixFile := func(data string) func(t *testing.T, file string, dead []byte) []byte {
		return func(t *testing.T, file string, dead []byte) []byte {
			writeFile(t, file, []byte(data))
			return dead
		}
	}
	for _, tc := range []struct {
		name    string
		file    string // the bad input, in the folder loaded
		data    string
		wantErr string
		fix     func(t *testing.T, file string, dead []byte) []byte // returns the dead letter to load
	}{
		{"dangling link", "dangling.txt", "", "no such file", func(t *testing.T, file string, dead []byte) []byte {
			writeFile(t, filepath.Join(filepath.Dir(file), "gone.txt"), []byte(goodText))
			return dead
		}},
		{"invalid UTF-8", "latin1.txt", "Elsbridge caf\xe9s\n\nCaf\xe9 society.\n", "invalid UTF-8",
			fixFile("Elsbridge caf\u00e9s\n\nCaf\u00e9 society.\n")},
		{"empty", "empty.txt", "", "empty", fixFile(goodText)},
		{"binary", "blob.txt", "\x13\x37\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary", fixFile(goodText)},
		{"too large", "huge.txt", strings.Repeat("Elsbridge sat late. ", 100), "over the size limit", fixFile(goodText)},
		{"malformed JSON file", "bad.json", `{"title": "Elsbridge", "text" "Elsbridge voted."}`, "malformed JSON", fixFile(fixed)},
		{"JSON line too long", "long.jsonl", long + good, "over the size limit", fixFile(fixed + "\n" + good)},
		{"malformed JSON line", "more.jsonl", good + `{"title": "Elsbridge two", "text": "Elsbridge vot` + "\n", "malformed JSON",
			func(t *testing.T, _ string, dead []byte) []byte { // fixed in place, in the dead letter
				var rec map[string]any
				if err := json.Unmarshal(dead, &rec); err != nil || rec["raw"] == nil {
					t.Fatalf("dead letter %s: want a raw line (%v)", dead, err)
				}
				rec["raw"] = fixed
				out, _ := json.Marshal(rec)
				return append(out, '\n')
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := graphtest.Open(t)
			ctx := context.Background()
			p := newPrefix(t, db)
			o := newOracle(p)
			dir := t.TempDir()
			t.Chdir(dir) // load relative paths, then the dead letter from elsewhere
			file := filepath.Join(dir, "news", tc.file)
			if tc.name == "dangling link" {
				os.MkdirAll(filepath.Dir(file), 0o755)
				os.Symlink(filepath.Join(dir, "news", "gone.txt"), file)
			} else {
				writeFile(t, file, []byte(tc.data))
			}
			load := func(paths ...string) (loader.Summary, []byte, error) {
				var dead bytes.Buffer
				l := newLoader(db, o, &dead)
				l.MaxSize = 1 << 10
				s, err := l.Load(ctx, paths)
				return s, dead.Bytes(), err
			}
			s, dead, err := load("news")
			if !errors.Is(err, loader.ErrFailures) || s.Failed != 1 {
				t.Fatalf("first load = %+v, %v; want one failure", s, err)
			}
			t.Chdir(t.TempDir())
			deadPath := filepath.Join(t.TempDir(), "failed.jsonl")

			writeFile(t, deadPath, dead)
			s, again, err := load(deadPath)
			if !errors.Is(err, loader.ErrFailures) || s.Failed != 1 || !strings.Contains(s.Failures[0].Err.Error(), tc.wantErr) {
				t.Fatalf("reloading before the fix = %+v, %v; want the same failure (%s)", s, err, tc.wantErr)
			}
			if got, want := retryOf(t, again), retryOf(t, dead); !maps.Equal(got, want) {
				t.Errorf("dead letter of the reload retries %v, want %v, as the first one", got, want)
			}

			writeFile(t, deadPath, tc.fix(t, file, dead))
			s, _, err = load(deadPath)
			if err != nil || s.Records != 1 || s.Written != 1 {
				t.Errorf("reloading after the fix = %+v, %v; want the one article written", s, err)
			}
		})
	}
}

// retryOf is what a one-line dead letter retries: all but input and error.
func retryOf(t *testing.T, dead []byte) map[string]any {
	t.Helper()
	var rec map[string]any
	if err := json.Unmarshal(dead, &rec); err != nil {
		t.Fatalf("dead letter %s: %v", dead, err)
	}
	delete(rec, "input")
	delete(rec, "error")
	return rec
}

// TestDeadLetterOfStdinNotKept: standard input too large to keep cannot be
// read again, and loading its dead letter says so, not that text is missing.
func TestDeadLetterOfStdinNotKept(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	p := newPrefix(t, db)
	var dead bytes.Buffer
	l := newLoader(db, newOracle(p), &dead)
	l.MaxSize = 1 << 10
	l.Stdin = strings.NewReader(strings.Repeat("Elsbridge sat late. ", 100))
	if _, err := l.Load(ctx, []string{"-"}); !errors.Is(err, loader.ErrFailures) {
		t.Fatalf("first load: %v", err)
	}
	deadPath := filepath.Join(t.TempDir(), "failed.jsonl")
	writeFile(t, deadPath, dead.Bytes())
	s, err := newLoader(db, newOracle(p), nil).Load(ctx, []string{deadPath})
	if !errors.Is(err, loader.ErrFailures) || s.Failed != 1 {
		t.Fatalf("reloading = %+v, %v; want one failure", s, err)
	}
	if got := s.Failures[0].Err.Error(); !strings.Contains(got, "kept nothing") || !strings.Contains(got, "over the size limit") {
		t.Errorf("failure = %s; want that nothing was kept, and the first error", got)
	}
}

// TestFeedsAndStdin loads an RSS feed, an Atom feed and JSON Lines piped on
// standard input.
func TestFeedsAndStdin(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	p := newPrefix(t, db)
	o := newOracle(p)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "feed.xml"), []byte(`<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Elsbridge Courier</title>
<item><title>Council meets</title><link>https://courier.example/council</link><pubDate>Tue, 07 May 2024 10:00:00 +0000</pubDate>
<description>&lt;p&gt;The Elsbridge council met on Tuesday.&lt;/p&gt;</description></item>
<item><title>Bridge opens</title><link>https://courier.example/bridge</link>
<content:encoded><![CDATA[<p>Elsbridge opened its new bridge.</p><p>Crowds cheered.</p>]]></content:encoded></item>
</channel></rss>`))
	writeFile(t, filepath.Join(dir, "atom.atom"), []byte(`<feed xmlns="http://www.w3.org/2005/Atom"><title>Elsbridge Observer</title>
<entry><title>Mayor speaks</title><link href="https://observer.example/mayor"/><published>2024-05-08T09:00:00Z</published>
<summary>The mayor of Elsbridge spoke.</summary></entry></feed>`))
	l := newLoader(db, o, nil)
	l.Stdin = strings.NewReader(`{"title": "Piped one", "text": "Elsbridge piped."}` + "\n" + `{"title": "Piped two", "text": "Elsbridge piped twice."}` + "\n")
	s, err := l.Load(ctx, []string{dir, "-"})
	if err != nil || s.Written != 5 || s.Inputs != 3 {
		t.Fatalf("Load = %+v, %v; want 5 articles from 3 inputs", s, err)
	}
	lines := dump(t, db, p)
	for _, want := range []string{`title: "Council meets"`, `url: "https://courier.example/council"`,
		`source: "Elsbridge Courier"`, `publishedAt: date(2024-05-07)`, `title: "Mayor speaks"`, `title: "Piped two"`} {
		if !strings.Contains(strings.Join(lines, "\n"), want) {
			t.Errorf("graph lacks %s", want)
		}
	}
}

// poison is the real store, refusing any batch that holds one article (as
// a write that fails for that article's data would).
type poison struct {
	loader.Store
	title string
}

var errPoison = errors.New("the store refused this article")

func (p *poison) WriteExtractions(ctx context.Context, exs []*polgraph.Extraction) error {
	for _, ex := range exs {
		if ex.Article.Title == p.title {
			return errPoison
		}
	}
	return p.Store.WriteExtractions(ctx, exs)
}

// TestBadArticleSparesItsBatch: a batch that fails for good is written
// article by article, so only the article at fault fails.
func TestBadArticleSparesItsBatch(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	p := newPrefix(t, db)
	o := newOracle(p)
	var lines strings.Builder
	for i := range 30 {
		fmt.Fprintf(&lines, `{"title": "Elsbridge %d", "text": "Elsbridge, part %d."}`+"\n", i, i)
	}
	path := filepath.Join(t.TempDir(), "news.jsonl")
	writeFile(t, path, []byte(lines.String()))
	var dead bytes.Buffer
	l := newLoader(&poison{Store: db, title: "Elsbridge 17"}, o, &dead)
	l.BatchSize = 10
	s, err := l.Load(ctx, []string{path})
	if !errors.Is(err, loader.ErrFailures) || s.Written != 29 || s.Failed != 1 {
		t.Fatalf("Load = %+v, %v; want 29 written and 1 failed", s, err)
	}
	if f := s.Failures[0]; !strings.HasSuffix(f.Input, "news.jsonl:18") || !errors.Is(f.Err, errPoison) {
		t.Errorf("failure = %s: %v; want news.jsonl:18 refused by the store", f.Input, f.Err)
	}
	if !strings.Contains(dead.String(), `"title":"Elsbridge 17"`) {
		t.Errorf("dead letter lacks the refused article: %s", dead.String())
	}
}

// TestJSONLinesWithBadFirstLine: JSON Lines not named .jsonl are still read
// line by line when the first line is malformed or longer than the detection
// peek, so only the bad line fails, with its line number.
func TestJSONLinesWithBadFirstLine(t *testing.T) {
	good := `{"title": "Elsbridge harbour", "text": "Elsbridge dredged its harbour."}` + "\n"
	long := strings.Repeat("The Elsbridge assembly sat late. ", 100<<10/33+1) // over the 64 KiB peek
	for _, tc := range []struct {
		name      string
		file      string // "" for stdin
		data      string
		wantInput string // "" for no failure
		wantGood  int
	}{
		{"malformed first line on stdin", "", `{"id": "a", "text": "Elsbridge vot` + "\n" + good, "-:1", 1},
		{"malformed first line in a .json file", "export.json", `{"id": "a", "text": "Elsbridge vot` + "\n" + good, "export.json:1", 1},
		{"long first line on stdin", "", `{"title": "Elsbridge long", "text": "` + long + `"}` + "\n" + good, "", 2},
		{"long malformed first line on stdin", "", `{"title": "Elsbridge long", "text": "` + long + "\n" + good, "-:1", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := graphtest.Open(t)
			p := newPrefix(t, db)
			l := newLoader(db, newOracle(p), nil)
			path := "-"
			if tc.file != "" {
				path = filepath.Join(t.TempDir(), tc.file)
				writeFile(t, path, []byte(tc.data))
			} else {
				l.Stdin = strings.NewReader(tc.data)
			}
			s, err := l.Load(context.Background(), []string{path})
			if s.Written != tc.wantGood {
				t.Errorf("written = %d, want %d (%v)", s.Written, tc.wantGood, err)
			}
			var got []string
			for _, f := range s.Failures {
				got = append(got, f.Input)
			}
			if tc.wantInput == "" {
				if len(got) > 0 || err != nil {
					t.Errorf("failures = %q, %v; want none", got, err)
				}
				return
			}
			if len(got) != 1 || !strings.HasSuffix(got[0], tc.wantInput) || !strings.Contains(s.Failures[0].Err.Error(), "malformed JSON") {
				t.Errorf("failures = %q (%v); want one malformed JSON at …%s", got, s.Failures, tc.wantInput)
			}
		})
	}
}
