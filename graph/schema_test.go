package graph_test

import (
	"context"
	"testing"

	"github.com/polgraph/polgraph/graph/graphtest"
)

func TestApplySchemaIsIdempotent(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	before, err := db.SchemaNames(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.ApplySchema(ctx); err != nil {
		t.Fatalf("second ApplySchema: %v", err)
	}
	after, err := db.SchemaNames(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"article_id", "entity_id", "event_id", "entity_names", "said_text"} {
		if !after[want] {
			t.Errorf("schema lacks %q; have %v", want, after)
		}
	}
	if len(before) != len(after) {
		t.Errorf("reapplying changed the schema: %d names before, %d after", len(before), len(after))
	}
}

// Processes that start together on a new database (parallel test packages,
// two loaders) apply the schema at once; none of them may fail for it.
func TestApplySchemaConcurrently(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	errs := make(chan error, 4)
	for range 4 {
		go func() { errs <- db.ApplySchema(ctx) }()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Errorf("concurrent ApplySchema: %v", err)
		}
	}
}
