package extract

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph/extract/gazetteer"
)

func TestParseWordSet(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		err        string // a part of the error, "" for none
	}{
		{name: "words and comments", text: "# a list\n# Source: here\n\nholm strand\n  varn\n", want: []string{"holm", "strand", "varn"}},
		{name: "punctuation and accents", text: "e.g % people's jürgen\n", want: []string{"%", "e.g", "jürgen", "people's"}},
		{name: "capitals", text: "# a list\nholm\nStrand\n", err: `data/words/x.txt:3: "Strand": want lowercase`},
		{name: "twice", text: "holm strand\n\nvarn holm\n", err: `data/words/x.txt:3: "holm" is listed twice`},
		{name: "no words", text: "# a list\n\n", err: "data/words/x.txt: no words"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseWordSet("data/words/x.txt", tt.text)
			if parseFailed(t, err, tt.err) {
				return
			}
			if words := slices.Sorted(maps.Keys(got)); !slices.Equal(words, tt.want) {
				t.Errorf("words = %q, want %q", words, tt.want)
			}
		})
	}
}

// parseFailed fails t unless err is as want says, nil for "" and else an
// error whose text has want; it reports whether the parse failed.
func parseFailed(t *testing.T, err error, want string) bool {
	t.Helper()
	if want == "" {
		if err != nil {
			t.Fatal(err)
		}
		return false
	}
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("error = %v, want one with %q", err, want)
	}
	return true
}

// Every list says where it came from and under which licence.
func TestWordFilesHeader(t *testing.T) {
	files, err := wordFiles.ReadDir("data/words")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		text, err := wordFiles.ReadFile("data/words/" + f.Name())
		if err != nil {
			t.Fatal(err)
		}
		var header []string
		for line := range strings.Lines(string(text)) {
			if !strings.HasPrefix(line, "#") {
				break
			}
			header = append(header, line)
		}
		h := strings.Join(header, "")
		if len(header) < 3 || !strings.Contains(h, "Source:") || !strings.Contains(h, "licence") {
			t.Errorf("data/words/%s: its opening comments say what it is for, its Source: and its licence; got %q", f.Name(), h)
		}
	}
}

func TestParseWordTable(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string
		err        string // a part of the error, "" for none
	}{
		{name: "rows and comments", text: "# a table\n\nwin\tagent\nlose\tparticipant\n", want: map[string]string{"win": "agent", "lose": "participant"}},
		{name: "no tab", text: "win\tagent\nlose participant\n", err: `data/words/x.tsv:2: want key, tab, value: "lose participant"`},
		{name: "three columns", text: "win\tagent\tx\n", err: `data/words/x.tsv:1: want key, tab, value`},
		{name: "empty value", text: "# a table\nwin\t\n", err: `data/words/x.tsv:2: want key, tab, value`},
		{name: "unknown value", text: "win\tagent\nlose\tloser\n", err: `data/words/x.tsv:2: "loser": want one of agent, participant`},
		{name: "twice", text: "win\tagent\nwin\tparticipant\n", err: `data/words/x.tsv:2: "win" is listed twice`},
		{name: "no rows", text: "# a table\n", err: "data/words/x.tsv: no rows"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseWordTable("data/words/x.tsv", tt.text, []string{"agent", "participant"})
			if parseFailed(t, err, tt.err) {
				return
			}
			if !maps.Equal(got, tt.want) {
				t.Errorf("table = %v, want %v", got, tt.want)
			}
		})
	}
}

// A chamber's title is one the gazetteer gives a legislator, or it never
// matches.
func TestChamberWordsAreOffices(t *testing.T) {
	g := gazetteer.Default()
	for title := range chamberWords {
		if o, ok := g.Office(title); !ok || o.Title != title {
			t.Errorf("data/words/chamber_words.tsv: %q is no office title of the gazetteer", title)
		}
	}
}

// BenchmarkWordLists is what the word lists add to start-up: reading and
// parsing every file of data/words once.
func BenchmarkWordLists(b *testing.B) {
	files, err := wordFiles.ReadDir("data/words")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		for _, f := range files {
			path := "data/words/" + f.Name()
			text, err := wordFiles.ReadFile(path)
			if err != nil {
				b.Fatal(err)
			}
			if strings.HasSuffix(path, ".tsv") {
				_, err = parseWordTable(path, string(text), nil)
			} else {
				_, err = parseWordSet(path, string(text))
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}
