package extract

import (
	"maps"
	"slices"
	"strings"
	"testing"
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
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error = %v, want one with %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if words := slices.Sorted(maps.Keys(got)); !slices.Equal(words, tt.want) {
				t.Errorf("words = %q, want %q", words, tt.want)
			}
		})
	}
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
