package reader

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/pages/*.golden.json")

// readPage reads testdata/pages/name as polgraph read does.
func readPage(t *testing.T, name string) (Input, Encoding) {
	t.Helper()
	path := filepath.Join("testdata", "pages", name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, enc, err := ReadEncoded(path, data, FormatAuto)
	if err != nil {
		t.Fatalf("ReadEncoded(%s): %v", name, err)
	}
	return InputOf(a), enc
}

// TestPages checks what must and must not be read from pages written for
// the cases that break main-text readers: the article split over sibling
// containers with text outside <p>, a comment list longer than the
// article, a windows-1252 page, JSON-LD beside lists of other articles, a
// related post's <time> before the article's own, a NUL byte.
func TestPages(t *testing.T) {
	tests := []struct {
		page              string
		title, date, from string
		encoding          string
		has, hasNot       []string
	}{
		{page: "sibling-containers.html", title: "Assembly speaker resigns over expenses", date: "2024-03-12", from: DateFromURL, encoding: "utf-8",
			has:    []string{"Orlan Destry, the speaker", "forty-one claims", "repay every one of them", "His deputy, Calla Renwick, will chair", "widen its inquiry"},
			hasNot: []string{"Advertisement", "Copyright", "Home"}},
		{page: "long-comments.html", title: "Port council approves ferry subsidy", date: "2023-09-14", from: DateFromMeta, encoding: "utf-8",
			has:    []string{"subsidy of two million crowns", "harbour fund", "Green List voted against"},
			hasNot: []string{"Comment number", "thoughts on", "Leave a Reply", "Your email address"}},
		{page: "windows-1252.html", title: "Stadtrat streitet über Straßenbahn", encoding: "windows-1252",
			has: []string{"Bürgermeisterin Greta Fähnrich", "„unverzichtbar“", "48 Millionen €", "Freien Wähler"}},
		{page: "jsonld-dates.html", title: "Customs chief charged with bribery", date: "2022-11-02", from: DateFromJSONLD, encoding: "utf-8",
			has: []string{"Lisander Moor", "300,000 crowns"}},
		{page: "related-time.html", title: "Governor vetoes mining bill", date: "2019-05-31", from: DateFromTime, encoding: "utf-8",
			has: []string{"Governor Elsie Marrow vetoed", "override the veto"}, hasNot: []string{"Mining bill drafted", "River permits"}},
		{page: "nul-byte.html", title: "Harbour strike ends", encoding: "utf-8",
			has: []string{"twelve per cent. The strike had lasted nine days."}, hasNot: []string{"\x00"}},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			in, enc := readPage(t, tt.page)
			if in.Title != tt.title {
				t.Errorf("title = %q, want %q", in.Title, tt.title)
			}
			if in.PublishedAt != tt.date || in.PublishedFrom != tt.from {
				t.Errorf("date = %q from %q, want %q from %q", in.PublishedAt, in.PublishedFrom, tt.date, tt.from)
			}
			if enc.Name != tt.encoding {
				t.Errorf("encoding = %q, want %q", enc.Name, tt.encoding)
			}
			for _, s := range tt.has {
				if !strings.Contains(in.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, in.Text)
				}
			}
			for _, s := range tt.hasNot {
				if strings.Contains(in.Text, s) {
					t.Errorf("text has %q:\n%s", s, in.Text)
				}
			}
		})
	}
}

// TestPagesGolden compares what polgraph read prints for each page with
// testdata/pages/NAME.golden.json; `go test -update` rewrites them.
func TestPagesGolden(t *testing.T) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	if len(pages) == 0 {
		t.Fatal("no pages in testdata/pages")
	}
	for _, p := range pages {
		name := filepath.Base(p)
		t.Run(name, func(t *testing.T) {
			in, enc := readPage(t, name)
			got, err := json.MarshalIndent(struct {
				Input
				Encoding Encoding `json:"encoding"`
			}{in, enc}, "", " ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(p, ".html") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s; run go test -update and review the diff:\n%s", name, golden, got)
			}
		})
	}
}

// TestReadConcurrently: load reads pages on several goroutines at once;
// each must read as it does alone (go-trafilatura keeps no shared state
// that one page's reading could leave to another's).
func TestReadConcurrently(t *testing.T) {
	pages, _ := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	asJSON := func(in Input) string {
		b, _ := json.Marshal(in)
		return string(b)
	}
	want := map[string]string{}
	for _, p := range pages {
		in, _ := readPage(t, filepath.Base(p))
		want[p] = asJSON(in)
	}
	errs := make(chan string, 4*len(pages))
	done := make(chan struct{})
	for range 4 {
		go func() {
			defer func() { done <- struct{}{} }()
			for _, p := range pages {
				data, err := os.ReadFile(p)
				if err != nil {
					errs <- err.Error()
					continue
				}
				a, err := Read(p, data, FormatAuto)
				if err != nil || asJSON(InputOf(a)) != want[p] {
					errs <- p
				}
			}
		}()
	}
	for range 4 {
		<-done
	}
	close(errs)
	for e := range errs {
		t.Errorf("read differently on a goroutine: %s", e)
	}
}
