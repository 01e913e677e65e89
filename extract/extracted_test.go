package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/internal/jsonstream"
	"github.com/polgraph/polgraph/synth"
)

// WriteJSON, which builds a long article's mentions as Spans an entity at
// a time while it writes, writes what encoding/json writes for the whole
// extraction, byte for byte: on the seed article (one window) and on a
// text of synth stories in windows of some 20 KB.
func TestWriteJSONIsTheFullExtraction(t *testing.T) {
	var sb strings.Builder
	for g := synth.New(1, "json"); sb.Len() < 100_000; {
		sb.WriteString(strings.ReplaceAll(g.Next().Article.Text, "\n", " "))
		sb.WriteString(" ")
	}
	long := polgraph.Article{ID: "long", Title: "Stories", Text: sb.String(), PublishedAt: "2023-03-23"}
	for _, tc := range []struct {
		name   string
		a      polgraph.Article
		window int
	}{
		{"seed", seedArticle(t), windowBytes},
		{"windows", long, 20_000},
	} {
		withWindow(t, tc.window, func() {
			compact, err := extractor.ExtractCompact(context.Background(), tc.a)
			if err != nil {
				t.Fatal(err)
			}
			if tc.name == "windows" && compact.mentions == nil {
				t.Fatal("a text of several windows kept no compact mentions: the test tests nothing")
			}
			var got bytes.Buffer
			if err := compact.WriteJSON(&got, jsonstream.Options{Indent: " "}); err != nil {
				t.Fatal(err)
			}
			full, err := extractor.Extract(context.Background(), tc.a)
			if err != nil {
				t.Fatal(err)
			}
			var enc bytes.Buffer // as polgraph extract writes it, less the final newline
			je := json.NewEncoder(&enc)
			je.SetIndent("", " ")
			je.SetEscapeHTML(false)
			if err := je.Encode(full); err != nil {
				t.Fatal(err)
			}
			want := bytes.TrimSuffix(enc.Bytes(), []byte("\n"))
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("%s: WriteJSON wrote %d bytes unlike the full extraction's %d", tc.name, got.Len(), len(want))
			}
			lazy := compact.Lazy() // as polgraph load writes it
			for i, e := range full.Entities {
				if got := lazy.EntityMentions(i); !slices.Equal(got, e.Mentions) {
					t.Errorf("%s: Lazy's mentions of %s: %d, want the full extraction's %d", tc.name, e.ID, len(got), len(e.Mentions))
				}
			}
			if mentions := len(full.Entities[0].Mentions); mentions == 0 {
				t.Errorf("%s: the first entity has no mentions", tc.name)
			}
		})
	}
}
