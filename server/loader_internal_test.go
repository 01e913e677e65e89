package server

import (
	"context"
	"slices"
	"sync"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// A loader batches what the items of a list ask, and a field outside any
// list fetches its own id alone (there is no sibling to wait for); both
// cache what they fetched for the rest of the request.
func TestLoaderBatchesListItemsOnly(t *testing.T) {
	for _, tc := range []struct {
		name string
		ctx  func(i int) context.Context
		want [][]string
	}{
		{"items of a list", func(i int) context.Context {
			return graphql.WithFieldContext(context.Background(), &graphql.FieldContext{Index: &i})
		}, [][]string{{"a", "b", "c"}}},
		{"outside any list", func(int) context.Context { return context.Background() }, [][]string{{"a"}, {"b"}, {"c"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var mu sync.Mutex
			var got [][]string
			l := newLoader(func(_ context.Context, ids []string) (map[string]string, error) {
				mu.Lock()
				defer mu.Unlock()
				got = append(got, slices.Sorted(slices.Values(ids)))
				out := map[string]string{}
				for _, id := range ids {
					out[id] = "v" + id
				}
				return out, nil
			})
			var wg sync.WaitGroup
			for i, id := range []string{"a", "b", "c"} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					if v, err := l.load(tc.ctx(i), id); v != "v"+id || err != nil {
						t.Errorf("load(%s) = %q, %v", id, v, err)
					}
				}()
			}
			wg.Wait()
			if v, _ := l.load(tc.ctx(0), "b"); v != "vb" {
				t.Errorf("cached load(b) = %q", v)
			}
			slices.SortFunc(got, slices.Compare)
			if !slices.EqualFunc(got, tc.want, slices.Equal) {
				t.Errorf("fetches = %v, want %v", got, tc.want)
			}
		})
	}
}
