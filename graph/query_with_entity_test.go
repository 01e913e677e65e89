package graph_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/graph/readtest"
)

// A batch read under WithEntityLookup answers as it does alone, and looks
// the entity up as EntitiesByID does: found, missing, and beside a read
// with no row (of no ids; the lookup's row then holds the read's nulls,
// which must not become a parent "").
// Only the first read under the context takes the lookup.
func TestBatchReadLooksEntityUp(t *testing.T) {
	db := graphtest.Open(t)
	w := readtest.Load(t, db, "graphwe")
	ctx := context.Background()
	for _, tt := range []struct {
		name, id string
		read     []string // the parents the read is of
		found    bool
	}{
		{"found", w.Ilsa, []string{w.Ilsa}, true},
		{"read with no row", w.Party, nil, true},
		{"missing", "person/nobody-graphwe", []string{"person/nobody-graphwe"}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			want, err := db.CoParticipants(ctx, tt.read, graph.Page{First: 5})
			if err != nil {
				t.Fatal(err)
			}
			wantEntity, err := db.EntitiesByID(ctx, []string{tt.id})
			if err != nil {
				t.Fatal(err)
			}
			lookup := graph.NewEntityLookup(tt.id)
			lctx := graph.WithEntityLookup(ctx, lookup)
			got, err := db.CoParticipants(lctx, tt.read, graph.Page{First: 5})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("co-participants with the lookup = %+v, want %+v (as alone)", got, want)
			}
			<-lookup.Done()
			e, found, served := lookup.Result()
			if !served || found != tt.found || found && !reflect.DeepEqual(e, wantEntity[tt.id]) {
				t.Errorf("lookup = %+v found %v served %v, want %+v found %v served", e, found, served, wantEntity[tt.id], tt.found)
			}
			// The lookup is taken: a second read under ctx is a plain one.
			if _, err := db.Facts(lctx, []string{tt.id}, graph.FactFilter{}, graph.Page{First: 5}); err != nil {
				t.Fatal(err)
			}
			if e2, _, _ := lookup.Result(); !reflect.DeepEqual(e2, e) {
				t.Errorf("a second read changed the lookup: %+v, was %+v", e2, e)
			}
		})
	}
}
