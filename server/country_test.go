package server_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/server"
)

// The reviewer's query: Canada's people and organisations on the seed graph.
// Han Dong represents Don Valley North, which is in Canada; his party and
// the House of Commons, where he holds office, are Canada's.
func TestSeedCountryMembers(t *testing.T) {
	a := newAPI(t, server.Config{})
	loadSeeds(t, a.db)
	var got struct {
		Country struct {
			People        nodes[struct{ ID string }]
			Organizations nodes[struct{ ID, Kind string }]
		}
	}
	a.query(`{ country(id: "country/canada") { people { edges { node { id } } } organizations { edges { node { id kind } } } } }`, nil, &got)
	var people, orgs []string
	for _, p := range got.Country.People {
		people = append(people, p.ID)
	}
	for _, o := range got.Country.Organizations {
		orgs = append(orgs, o.ID)
	}
	if !slices.Contains(people, hanDong) {
		t.Errorf("Canada's people = %v, want Han Dong among them", people)
	}
	for _, want := range []string{"party/liberal-party-of-canada", "organization/house-of-commons-of-canada"} {
		if !slices.Contains(orgs, want) {
			t.Errorf("Canada's organizations = %v, want %s among them", orgs, want)
		}
	}
}

// Who belongs to a country, rule by rule, on a fictional world.
func TestCountryMembers(t *testing.T) {
	a := newAPI(t, server.Config{})
	p := graphtest.Prefix(t, a.db, "country")
	id := func(kind, slug string) string { return p + strings.ToLower(kind) + "/" + slug }
	type ent struct{ kind, slug, name string }
	ents := []ent{
		{polgraph.KindCountry, "ostravia", "Ostravia"},
		{polgraph.KindCountry, "marevia", "Marevia"},
		{polgraph.KindPlace, "velm", "Velm Province"},    // in Ostravia
		{polgraph.KindPlace, "kessa", "Kessa"},           // in Velm
		{polgraph.KindPlace, "old-kessa", "Old Kessa"},   // in Kessa: 3 steps from Ostravia
		{polgraph.KindPlace, "far-hamlet", "Far Hamlet"}, // in Old Kessa: 4 steps, too far
		{polgraph.KindParty, "green-league", "Green League"},
		{polgraph.KindOrganization, "assembly", "Ostravian Assembly"},
		{polgraph.KindOrganization, "kessa-mills", "Kessa Mills"},
		{polgraph.KindOrganization, "tarn-shipping", "Tarn Shipping"},
		{polgraph.KindPerson, "aune-pell", "Aune Pell"},
		{polgraph.KindPerson, "bram-lisk", "Bram Lisk"},
		{polgraph.KindPerson, "cora-venn", "Cora Venn"},
		{polgraph.KindPerson, "dax-orrin", "Dax Orrin"},
		{polgraph.KindPerson, "eli-maro", "Eli Maro"},
		{polgraph.KindPerson, "fen-roe", "Fen Roe"},
		{polgraph.KindPerson, "gil-sarn", "Gil Sarn"},
	}
	ids := map[string]string{}
	var text strings.Builder
	var entities []polgraph.Entity
	for _, e := range ents {
		ids[e.slug] = id(e.kind, e.slug)
		start := text.Len()
		text.WriteString(e.name + ". ")
		entities = append(entities, polgraph.Entity{ID: ids[e.slug], Kind: e.kind, Name: e.name,
			Mentions: []polgraph.Span{{Start: start, End: start + len(e.name), Text: e.name}}})
	}
	rel := func(typ, from, to string) polgraph.Relation {
		return polgraph.Relation{Type: typ, From: ids[from], To: ids[to], Confidence: 0.8,
			Evidence: polgraph.Span{Start: 0, End: 8, Text: "Ostravia"}}
	}
	ex := &polgraph.Extraction{
		Extractor: "test-1",
		Article:   polgraph.Article{ID: p + "a", Title: "Who is who in Ostravia", PublishedAt: "2024-05-01", Text: text.String()},
		Entities:  entities,
		Relations: []polgraph.Relation{
			rel("LOCATED_IN", "velm", "ostravia"),
			rel("LOCATED_IN", "kessa", "velm"),
			rel("LOCATED_IN", "old-kessa", "kessa"),
			rel("LOCATED_IN", "far-hamlet", "old-kessa"),
			rel("LOCATED_IN", "kessa-mills", "old-kessa"), // located in it: 4 steps, through a place 3 steps away
			rel("CITIZEN_OF", "aune-pell", "ostravia"),    // a citizen
			rel("REPRESENTS", "bram-lisk", "kessa"),       // represents a place in it…
			rel("MEMBER_OF", "bram-lisk", "green-league"), // …so his party…
			rel("HOLDS_OFFICE", "bram-lisk", "assembly"),  // …and his assembly are the country's
			rel("MEMBER_OF", "cora-venn", "green-league"), // a member of one of its parties
			rel("WORKS_FOR", "dax-orrin", "kessa-mills"),  // works for an organisation located in it
			rel("WORKS_FOR", "eli-maro", "tarn-shipping"), // an organisation with no tie: neither belongs
			rel("REPRESENTS", "fen-roe", "far-hamlet"),    // a place too far down the chain
			rel("CITIZEN_OF", "gil-sarn", "marevia"),
		},
	}
	if err := a.db.WriteExtractions(context.Background(), []*polgraph.Extraction{ex}); err != nil {
		t.Fatal(err)
	}

	var got map[string]struct {
		People        nodes[struct{ ID string }]
		Organizations nodes[struct{ ID string }]
	}
	a.query(`query($o: ID!, $m: ID!) {
		o: country(id: $o) { people { edges { node { id } } } organizations { edges { node { id } } } }
		m: country(id: $m) { people { edges { node { id } } } organizations { edges { node { id } } } } }`,
		map[string]any{"o": ids["ostravia"], "m": ids["marevia"]}, &got)
	slugs := func(list []struct{ ID string }) []string {
		var out []string
		for _, e := range list {
			_, slug, _ := strings.Cut(strings.TrimPrefix(e.ID, p), "/")
			out = append(out, slug)
		}
		slices.Sort(out)
		return out
	}
	tests := []struct {
		country, field string
		got, want      []string
	}{
		{"Ostravia", "people", slugs(got["o"].People), []string{"aune-pell", "bram-lisk", "cora-venn", "dax-orrin"}},
		{"Ostravia", "organizations", slugs(got["o"].Organizations), []string{"assembly", "green-league", "kessa-mills"}},
		{"Marevia", "people", slugs(got["m"].People), []string{"gil-sarn"}},
		{"Marevia", "organizations", slugs(got["m"].Organizations), nil},
	}
	for _, tt := range tests {
		if !slices.Equal(tt.got, tt.want) {
			t.Errorf("%s's %s = %v, want %v", tt.country, tt.field, tt.got, tt.want)
		}
	}

	// first bounds each list; after pages on, totalCount counts them all.
	var pages []string
	var cursor any
	for range 5 {
		var one struct {
			Country struct {
				People struct {
					TotalCount int
					PageInfo   struct {
						HasNextPage bool
						EndCursor   string
					}
					Edges []struct{ Node struct{ ID string } }
				}
			}
		}
		a.query(`query($o: ID!, $after: String) { country(id: $o) { people(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`,
			map[string]any{"o": ids["ostravia"], "after": cursor}, &one)
		ppl := one.Country.People
		if len(ppl.Edges) != 1 || ppl.TotalCount != 4 {
			t.Fatalf("people(first: 1) page %d = %+v, want one of 4", len(pages)+1, ppl)
		}
		pages = append(pages, ppl.Edges[0].Node.ID)
		if !ppl.PageInfo.HasNextPage {
			break
		}
		cursor = ppl.PageInfo.EndCursor
	}
	var all []string
	for _, p := range got["o"].People {
		all = append(all, p.ID)
	}
	if len(pages) != 4 || !slices.Equal(pages, all) {
		t.Errorf("people page by page = %v, want %v, as one page lists them", pages, all)
	}
}

// Countries asked side by side share their people's and organisations'
// queries: a handful for forty countries, never one a country. A loader
// batches what arrives within a millisecond, so on a machine whose other
// work delays some root fields past that, a field takes a few queries
// rather than one (two countries asked at once took two, now and then);
// the bound is a constant far below the forty an N+1 would cost.
func TestCountriesShareQueries(t *testing.T) {
	const countries, bound = 40, 8
	a := newAPI(t, server.Config{})
	p := graphtest.Prefix(t, a.db, "countries")
	var text strings.Builder
	var entities []polgraph.Entity
	var relations []polgraph.Relation
	entity := func(kind, name string) string {
		id := p + strings.ToLower(kind) + "/" + strings.ToLower(strings.ReplaceAll(name, " ", "-"))
		start := text.Len()
		text.WriteString(name + ". ")
		entities = append(entities, polgraph.Entity{ID: id, Kind: kind, Name: name,
			Mentions: []polgraph.Span{{Start: start, End: start + len(name), Text: name}}})
		return id
	}
	ids, vars := make([]string, countries), map[string]any{}
	var query, args strings.Builder
	for i := range countries {
		n := fmt.Sprintf("%c%c", 'A'+i/26, 'a'+i%26) // Aa, Ab, … : names without digits
		ids[i] = entity(polgraph.KindCountry, "Land "+n)
		for _, r := range []polgraph.Relation{
			{Type: "CITIZEN_OF", From: entity(polgraph.KindPerson, "Oren "+n), To: ids[i]},
			{Type: "LOCATED_IN", From: entity(polgraph.KindOrganization, n+" Mills"), To: ids[i]},
		} {
			r.Confidence, r.Evidence = 0.8, polgraph.Span{Start: 0, End: 4, Text: "Land"}
			relations = append(relations, r)
		}
		fmt.Fprintf(&args, "$c%d: ID!,", i)
		fmt.Fprintf(&query, "c%d: country(id: $c%d) { people { edges { node { id } } } organizations { edges { node { id } } } }\n", i, i)
		vars[fmt.Sprintf("c%d", i)] = ids[i]
	}
	ex := &polgraph.Extraction{Extractor: "test-1", Entities: entities, Relations: relations,
		Article: polgraph.Article{ID: p + "a", Title: "Forty lands", PublishedAt: "2024-05-01", Text: text.String()}}
	if err := a.db.WriteExtractions(context.Background(), []*polgraph.Extraction{ex}); err != nil {
		t.Fatal(err)
	}

	var got map[string]struct {
		People        nodes[struct{ ID string }]
		Organizations nodes[struct{ ID string }]
	}
	before := a.queryCounts()
	a.query("query("+strings.TrimSuffix(args.String(), ",")+") {\n"+query.String()+"}", vars, &got)
	after := a.queryCounts()
	for i, id := range ids {
		c := got[fmt.Sprintf("c%d", i)]
		if len(c.People) != 1 || len(c.Organizations) != 1 {
			t.Errorf("%s: %d people and %d organizations, want 1 and 1", id, len(c.People), len(c.Organizations))
		}
	}
	for _, q := range []string{"country_people", "country_organizations"} {
		n := after[q] - before[q]
		t.Logf("%d %s queries for %d countries", n, q, countries)
		if n < 1 || n > bound {
			t.Errorf("%d %s queries for %d countries, want 1 to %d", n, q, countries, bound)
		}
	}
}
