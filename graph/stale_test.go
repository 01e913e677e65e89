package graph_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/polgraph/polgraph/graph/graphtest"
)

// TestArticlesIngestedBefore checks the listing graphtest sweeps crashed
// runs' leftovers with: an article is listed once its write is older than
// the bound, never before, and only under the prefix asked.
func TestArticlesIngestedBefore(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	p := testPrefix(t, db)
	other := testPrefix(t, db)
	f := fixture{p}
	a, b := f.voss()
	write(t, db, a, b, fixture{other}.article("c", "2024-03-21", "Mira Kell spoke."))

	tests := []struct {
		name   string
		before time.Time
		first  int
		want   []string
	}{
		{"written before the bound", time.Now().Add(time.Minute), 10, []string{a.Article.ID, b.Article.ID}},
		{"at most first", time.Now().Add(time.Minute), 1, []string{a.Article.ID}},
		{"written after the bound", time.Now().Add(-time.Hour), 10, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.ArticlesIngestedBefore(ctx, p, tt.before, tt.first)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("ArticlesIngestedBefore(%s, %s, %d) = %v, want %v", p, tt.before.Format(time.RFC3339), tt.first, got, tt.want)
			}
		})
	}
	if _, err := db.ArticlesIngestedBefore(ctx, "", time.Now(), 10); err == nil {
		t.Error("ArticlesIngestedBefore with an empty prefix: no error, want one (it would list the whole graph)")
	}
}
