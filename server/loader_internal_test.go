package server

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// A loader batches what the items of a list ask, and what root fields side
// by side ask; a field outside any list under the only root field fetches
// its own id alone (there is no sibling to wait for). Both cache what they
// fetched for the rest of the request. Forty loads that share take a few
// fetches (what a machine's other work delays past batchWait makes a batch
// of its own), never one each.
func TestLoaderBatchesWhatSiblingsAsk(t *testing.T) {
	const loads, bound = 40, 8
	var ids []string
	for i := range loads {
		ids = append(ids, fmt.Sprintf("id%02d", i))
	}
	twoRoots := graphql.WithOperationContext(context.Background(), &graphql.OperationContext{
		Operation: &ast.OperationDefinition{SelectionSet: ast.SelectionSet{&ast.Field{Name: "country", Alias: "o"}, &ast.Field{Name: "country", Alias: "m"}}}})
	for _, tc := range []struct {
		name    string
		ctx     func(i int) context.Context
		batched bool // the loads share 1 to bound fetches, else take one each
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
			for i, id := range ids {
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
			if v, _ := l.load(tc.ctx(0), ids[1]); v != "v"+ids[1] {
				t.Errorf("cached load(%s) = %q", ids[1], v)
			}
			if all := slices.Sorted(slices.Values(slices.Concat(got...))); !slices.Equal(all, ids) {
				t.Errorf("fetches = %v, want each id fetched once", got)
			}
			t.Logf("%d fetches for %d loads", len(got), loads)
			if n := len(got); tc.batched && n > bound {
				t.Errorf("%d fetches for %d loads, want 1 to %d", n, loads, bound)
			} else if !tc.batched && n != loads {
				t.Errorf("%d fetches for %d loads, want %d", n, loads, loads)
			}
		})
	}
}
