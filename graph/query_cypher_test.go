package graph

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"
)

// Every read query, in each of its shapes, renders and is bounded: its last
// clause is LIMIT $first.
func TestReadQueriesEndInLimitFirst(t *testing.T) {
	names, err := fs.Glob(readFiles, "cypher/read/*.cypher")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range names {
		name := strings.TrimSuffix(path[len("cypher/read/"):], ".cypher")
		if strings.HasPrefix(name, "_") {
			continue
		}
		type data struct {
			listData
			MaxLen, Depth int
			Types         string
		}
		every := map[string]bool{}
		for _, p := range []string{"types", "status", "precision", "precisions", "from", "to", "role", "participant", "sourceArticle",
			"kinds", "name", "mentionedIn", "source", "mentions", "about", "by", "denied", "ids", "asOf", "otherKinds"} {
			every[p] = true
		}
		for _, d := range []data{
			{listData{Order: "x"}, 2, 1, "MEMBER_OF"},
			{listData{Order: "x", NullsLast: "v.dateStart", OrderedBy: "v.dateStart, v.id"}, 2, 1, "MEMBER_OF"},
			{listData{Order: "x", ByEntity: true, ByParticipant: true, BySource: true, ByArticle: true, Given: every}, 2, 1, "MEMBER_OF|PARTICIPATED_IN"},
			{listData{Order: "x", NullsLast: "v.dateStart", OrderedBy: "v.dateStart DESC, v.id", Given: every}, 2, 1, "MEMBER_OF|PARTICIPATED_IN"},
		} {
			var tmplData any = d
			if name == "with_entity" { // it wraps a rendered read
				tmplData = "UNWIND $ids AS id RETURN id LIMIT $first"
			}
			cypher, err := readCypher(name, tmplData)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			if !strings.HasSuffix(strings.TrimSpace(cypher), "LIMIT $first") {
				t.Errorf("%s does not end in LIMIT $first:\n%s", name, cypher)
			}
			if regexp.MustCompile(`\{\{|<no value>`).MatchString(cypher) {
				t.Errorf("%s: template left unexpanded:\n%s", name, cypher)
			}
			// Queries write only the filters given (given says why).
			if nullTest.MatchString(cypher) {
				t.Errorf("%s: a filter reads `$x IS NULL OR …`:\n%s", name, cypher)
			}
		}
	}
}

// nullTest matches a filter that tests whether its parameter was given.
var nullTest = regexp.MustCompile(`\$\w+ IS NULL OR`)

func TestLuceneQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"trudeau", "(trudeau^2 trudeau~2 trudeau*)"},
		{"Han Dong", `"han dong"^4 (han^2 han~1 han*) (dong^2 dong~1 dong*)`},
		{`a:b) OR "x`, `"a b or x"^4 (a^2) (b^2) (or^2) (x^2)`},
		{"  ", ""},
	}
	for _, tt := range tests {
		if got := LuceneQuery(tt.in); got != tt.want {
			t.Errorf("LuceneQuery(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPageSize(t *testing.T) {
	tests := []struct{ first, want int }{{0, DefaultPage}, {-5, DefaultPage}, {1, 1}, {100, 100}, {101, MaxPage}, {1 << 30, MaxPage}}
	for _, tt := range tests {
		if got := (Page{First: tt.first}).Size(); got != tt.want {
			t.Errorf("Page{First: %d}.Size() = %d, want %d", tt.first, got, tt.want)
		}
	}
}
