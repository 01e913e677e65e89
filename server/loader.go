package server

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

// A loader batches the per-parent fetches of one request: every resolver
// that asks within batchWait (gqlgen resolves a list's items concurrently)
// shares one query, so a list of n parents costs one query per field, not n.
// A resolver outside any list in an operation of one root field (person(id:)
// and the fields under it) has no siblings to wait for: it fetches at once,
// unless a batch is already waiting; root fields side by side (o: country,
// m: country) still share one. Results are cached for the rest of the request.
type loader[V any] struct {
	fetch func(ctx context.Context, ids []string) (map[string]V, error)

	mu      sync.Mutex
	pending *loaderBatch[V]
	byID    map[string]*loaderBatch[V]
}

type loaderBatch[V any] struct {
	ids  []string
	done chan struct{}
	res  map[string]V
	err  error
}

const (
	batchWait = time.Millisecond
	batchMax  = 100
)

func newLoader[V any](fetch func(context.Context, []string) (map[string]V, error)) *loader[V] {
	return &loader[V]{fetch: fetch, byID: make(map[string]*loaderBatch[V])}
}

// load returns id's value (the zero value when the fetch found none).
func (l *loader[V]) load(ctx context.Context, id string) (V, error) {
	l.mu.Lock()
	b, ok := l.byID[id]
	if !ok && l.pending == nil && alone(ctx) {
		b = &loaderBatch[V]{ids: []string{id}, done: make(chan struct{})}
		l.byID[id] = b
		l.mu.Unlock()
		l.run(ctx, b)
		return b.res[id], b.err
	}
	if !ok {
		if l.pending == nil {
			nb := &loaderBatch[V]{done: make(chan struct{})} // the timer's own: b is written below
			l.pending = nb
			time.AfterFunc(batchWait, func() { l.flush(ctx, nb) })
		}
		b = l.pending
		b.ids = append(b.ids, id)
		l.byID[id] = b
		if len(b.ids) >= batchMax {
			l.pending = nil
			go l.run(ctx, b)
		}
	}
	l.mu.Unlock()
	select {
	case <-b.done:
	case <-ctx.Done():
		var zero V
		return zero, ctx.Err()
	}
	return b.res[id], b.err
}

// prime gives the loader values read beside another query (an events
// page's participants, in the page's query): loading their ids then reads
// nothing. An id already loading or loaded keeps its value.
func (l *loader[V]) prime(values map[string]V) {
	b := &loaderBatch[V]{done: make(chan struct{}), res: values}
	close(b.done)
	l.mu.Lock()
	defer l.mu.Unlock()
	for id := range values {
		if _, ok := l.byID[id]; !ok {
			l.byID[id] = b
		}
	}
}

// alone tells whether ctx resolves a field no other resolver of the
// request can ask the same loader beside: not the field of a list's item,
// and under the operation's only root field.
func alone(ctx context.Context) bool {
	for fc := graphql.GetFieldContext(ctx); fc != nil; fc = fc.Parent {
		if fc.Index != nil {
			return false
		}
	}
	if !graphql.HasOperationContext(ctx) {
		return true
	}
	oc := graphql.GetOperationContext(ctx)
	return oc.Operation == nil || len(graphql.CollectFields(oc, oc.Operation.SelectionSet, nil)) <= 1
}

// flush runs b unless it already ran for being full.
func (l *loader[V]) flush(ctx context.Context, b *loaderBatch[V]) {
	l.mu.Lock()
	if l.pending != b {
		l.mu.Unlock()
		return
	}
	l.pending = nil
	l.mu.Unlock()
	l.run(ctx, b)
}

func (l *loader[V]) run(ctx context.Context, b *loaderBatch[V]) {
	defer close(b.done)
	defer func() {
		// A panic in a timer goroutine would kill the process; make it an error.
		if p := recover(); p != nil {
			b.err = fmt.Errorf("loader panic: %v", p)
		}
	}()
	b.res, b.err = l.fetch(ctx, b.ids)
}

// loaders holds one request's loaders, one per field and arguments.
type loaders struct {
	mu sync.Mutex
	m  map[string]any
}

type loadersKey struct{}

func withLoaders(ctx context.Context) context.Context {
	return context.WithValue(ctx, loadersKey{}, &loaders{m: make(map[string]any)})
}

// loaderFor returns the request's loader for key, making it with fetch the
// first time. Without per-request loaders (a resolver called outside a
// request) every call gets a fresh loader, which is correct, just unbatched.
func loaderFor[V any](ctx context.Context, key string, fetch func(context.Context, []string) (map[string]V, error)) *loader[V] {
	ls, _ := ctx.Value(loadersKey{}).(*loaders)
	if ls == nil {
		return newLoader(fetch)
	}
	ls.mu.Lock()
	defer ls.mu.Unlock()
	if l, ok := ls.m[key].(*loader[V]); ok {
		return l
	}
	l := newLoader(fetch)
	ls.m[key] = l
	return l
}
