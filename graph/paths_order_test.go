package graph_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
)

// Paths of as many hops come best supported first: Ada Lenk and Bo Tarrant
// both work for two companies, one of them by three articles' word, the
// other by one; the path through the better attested company comes first,
// whichever company it is.
func TestPathsOfOneLengthBestSupportedFirst(t *testing.T) {
	db := graphtest.Open(t)
	for _, strong := range []string{"orvik-lines", "pellam-works"} {
		t.Run(strong, func(t *testing.T) {
			f := fixture{testPrefix(t, db)}
			ada := f.entity(polgraph.KindPerson, "ada-lenk", "Ada Lenk")
			bo := f.entity(polgraph.KindPerson, "bo-tarrant", "Bo Tarrant")
			orvik := f.entity(polgraph.KindOrganization, "orvik-lines", "Orvik Lines")
			pellam := f.entity(polgraph.KindOrganization, "pellam-works", "Pellam Works")
			worksFor := func(person, org string) polgraph.Relation {
				return f.relation("WORKS_FOR", "person/"+person, "organization/"+org, "", 0.8)
			}
			weak := "orvik-lines"
			if strong == weak {
				weak = "pellam-works"
			}
			// The first article says both; two more say only the strong one.
			var exs []*polgraph.Extraction
			for i := range 3 {
				a := f.article(fmt.Sprintf("a%d", i), "2024-01-0"+fmt.Sprint(i+1), "Ada Lenk and Bo Tarrant work there.", ada, bo, orvik, pellam)
				a.Relations = []polgraph.Relation{worksFor("ada-lenk", strong), worksFor("bo-tarrant", strong)}
				if i == 0 {
					a.Relations = append(a.Relations, worksFor("ada-lenk", weak), worksFor("bo-tarrant", weak))
				}
				exs = append(exs, a)
			}
			write(t, db, exs...)
			paths, err := db.Relationships(context.Background(), ada.ID, bo.ID, graph.PathFilter{MaxHops: 2, Steps: graph.Steps{Facts: true}})
			if err != nil {
				t.Fatal(err)
			}
			var through []string
			for _, p := range paths {
				if len(p.Nodes) != 3 {
					t.Fatalf("path of %d nodes, want Ada, a company, Bo: %+v", len(p.Nodes), p)
				}
				through = append(through, p.Nodes[1].ID)
			}
			want := []string{f.p + "organization/" + strong, f.p + "organization/" + weak}
			if fmt.Sprint(through) != fmt.Sprint(want) {
				t.Errorf("paths through %v, want %v (three articles' word before one's)", through, want)
			}
		})
	}
}
