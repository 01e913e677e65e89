package server

import (
	"context"
	"slices"
	"sync"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// A loader batches what the items of a list ask, and what root fields side
// by side ask; a field outside any list under the only root field fetches
// its own id alone (there is no sibling to wait for). Both cache what they
// fetched for the rest of the request.
func TestLoaderBatchesWhatSiblingsAsk(t *testing.T) {
	twoRoots := graphql.WithOperationContext(context.Background(), &graphql.OperationContext{
		Operation: &ast.OperationDefinition{SelectionSet: ast.SelectionSet{&ast.Field{Name: "country", Alias: "o"}, &ast.Field{Name: "country", Alias: "m"}}}})
	for _, tc := range []struct {
		name    string
		ctx     func(i int) context.Context
		batched bool // the three loads share fetches (one, or two if the machine delays one past batchWait)
	}{
		{"items of a list", func(i int) context.Context {
			return graphql.WithFieldContext(context.Background(), &graphql.FieldContext{Index: &i})
		}, true},
		{"root fields side by side", func(int) context.Context { return twoRoots }, true},
		{"outside any list", func(int) context.Context { return context.Background() }, false},
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
			start := make(chan struct{})
			for i, id := range []string{"a", "b", "c"} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					if v, err := l.load(tc.ctx(i), id); v != "v"+id || err != nil {
						t.Errorf("load(%s) = %q, %v", id, v, err)
					}
				}()
			}
			close(start)
			wg.Wait()
			if v, _ := l.load(tc.ctx(0), "b"); v != "vb" {
				t.Errorf("cached load(b) = %q", v)
			}
			if all := slices.Sorted(slices.Values(slices.Concat(got...))); !slices.Equal(all, []string{"a", "b", "c"}) {
				t.Errorf("fetches = %v, want each id fetched once", got)
			}
			if shared := len(got) < 3; shared != tc.batched {
				t.Errorf("fetches = %v: shared = %v, want %v", got, shared, tc.batched)
			}
		})
	}
}
