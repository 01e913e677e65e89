package synth_test

import (
	"context"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract"
	"github.com/polgraph/polgraph/synth"
)

// TestExtractorReadsTheWorldAsNews runs polgraph's extractor over synth
// articles, as `polgraph load` does, and checks that the graph it would
// write has the kinds real news gives: parties as Party with members,
// countries as Country holding offices, people as Person. Every person,
// party and country the oracle names must come out under the oracle's id
// (so of its kind), and no extracted entity may carry a country's or a
// party's name under another kind. The same holds of a world of new
// people (NewWithNewPeople), which the scale benchmark writes.
func TestExtractorReadsTheWorldAsNews(t *testing.T) {
	ctx := context.Background()
	x := extract.New()
	kinds := map[string]int{}
	relations := map[string]int{}
	g, fresh := synth.New(3, ""), synth.NewWithNewPeople(3, "", 2)
	for i := range 60 {
		oracle := g.Next()
		if i%3 == 2 {
			oracle = fresh.Next()
		}
		got, err := x.Extract(ctx, oracle.Article)
		if err != nil {
			t.Fatalf("%s: %v", oracle.Article.ID, err)
		}
		byID := map[string]polgraph.Entity{}
		for _, e := range got.Entities {
			byID[e.ID] = e
			kinds[e.Kind]++
		}
		names := map[string]string{} // party and country names -> kind
		for _, e := range oracle.Entities {
			if e.Kind != polgraph.KindParty && e.Kind != polgraph.KindCountry && e.Kind != polgraph.KindPerson {
				continue
			}
			if e.Kind != polgraph.KindPerson {
				names[e.Name] = e.Kind
			}
			if _, ok := byID[e.ID]; !ok {
				t.Errorf("%s: the extractor did not read %s %q as one (entities: %v)", oracle.Article.ID, e.Kind, e.Name, ids(got.Entities))
			}
		}
		for _, e := range got.Entities {
			if k, ok := names[e.Name]; ok && e.Kind != k {
				t.Errorf("%s: %q read as %s, want %s", oracle.Article.ID, e.Name, e.Kind, k)
			}
		}
		for _, r := range got.Relations {
			relations[r.Type+" "+byID[r.From].Kind+"→"+byID[r.To].Kind]++
		}
	}
	for _, k := range []string{polgraph.KindPerson, polgraph.KindParty, polgraph.KindCountry, polgraph.KindPlace, polgraph.KindOrganization} {
		if kinds[k] == 0 {
			t.Errorf("no %s among the extracted entities: %v", k, kinds)
		}
	}
	for _, r := range []string{"MEMBER_OF Person→Party", "LEADS Person→Party", "HOLDS_OFFICE Person→Country",
		"CITIZEN_OF Person→Country", "REPRESENTS Person→Place"} {
		if relations[r] == 0 {
			t.Errorf("no %s among the extracted relations: %v", r, relations)
		}
	}
}

func ids(es []polgraph.Entity) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}
