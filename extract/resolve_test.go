package extract

import (
	"context"
	"testing"

	"github.com/polgraph/polgraph"
)

// A name a dateline writes in capitals takes the article's own spelling
// where the text writes it too.
func TestDatelineCapitalsAreNoSpelling(t *testing.T) {
	text := "VARNESSA, Sept 14 - Varnessa expelled two diplomats on Thursday. Officials in Varnessa said more would follow."
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2023-09-14"})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range x.Entities {
		for _, m := range e.Mentions {
			if m.Text == "VARNESSA" && e.Name != "Varnessa" {
				t.Errorf("%s named %q, want %q", e.ID, e.Name, "Varnessa")
			}
			if m.Text == "VARNESSA" {
				return
			}
		}
	}
	t.Fatalf("no entity for the dateline among %+v", x.Entities)
}
