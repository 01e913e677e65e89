package graphtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/polgraph/polgraph/graph"
)

// Prefix returns a fresh id prefix ("zz-<kind>-1a2b3c4d/") for a test's
// articles and entities, and when the test ends unloads every article under
// it, and so everything they supported, failing the test if anything is left.
// The database is shared with other tests: they never touch other ids.
func Prefix(t testing.TB, db *graph.DB, kind string) string {
	t.Helper()
	b := make([]byte, 4)
	rand.Read(b)
	p := testPrefix + kind + "-" + hex.EncodeToString(b) + "/"
	t.Cleanup(func() { Unload(t, db, p) })
	return p
}

// Unload unloads every article whose id starts with prefix and checks that
// nothing under prefix is left.
func Unload(t testing.TB, db *graph.DB, prefix string) {
	t.Helper()
	ctx := context.Background()
	lines, err := db.Dump(ctx, prefix)
	if err != nil {
		t.Errorf("cleanup: dump %s: %v", prefix, err)
		return
	}
	var ids []string
	for _, l := range lines {
		if strings.HasPrefix(l, "node :Article ") {
			_, rest, _ := strings.Cut(l, `id: "`)
			id, _, _ := strings.Cut(rest, `"`)
			ids = append(ids, id)
		}
	}
	for len(ids) > 0 { // bounded transactions
		n := min(len(ids), 500)
		if _, err := db.UnloadArticles(ctx, ids[:n]); err != nil {
			t.Errorf("cleanup: unload: %v", err)
			return
		}
		ids = ids[n:]
	}
	if left, _ := db.Dump(ctx, prefix); len(left) > 0 {
		t.Errorf("cleanup left %d lines under %s, first %s", len(left), prefix, left[0])
	}
}
