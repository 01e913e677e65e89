package graph_test

import (
	"context"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
)

func TestShortRole(t *testing.T) {
	tests := []struct{ role, want string }{
		{"Prime Minister", "PM"},                // a whole title
		{"Deputy Prime Minister", "Deputy PM"},  // a whole title before its words
		{"Finance Minister", "Fin. Min."},       // word by word
		{"Minister of Finance", "Min. of Fin."}, // words anywhere in the title
		{"Lieutenant Governor", "Lt. Gov."},     //
		{"Member of the European Parliament", "MEP"},
		{"Mayor", ""},     // nothing shorter
		{"executive", ""}, // case matters: not a title's word
		{"", ""},
	}
	for _, tt := range tests {
		if got := graph.ShortRole(tt.role); got != tt.want {
			t.Errorf("ShortRole(%q) = %q, want %q", tt.role, got, tt.want)
		}
	}
}

// A fact's caption is its role and the years of its validity, the role
// abbreviated where the whole would pass the budget Browser's edges show.
func TestFactCaption(t *testing.T) {
	db := graphtest.Open(t)
	tests := []struct {
		role, short, vf, vt string // vf, vt as factBounds writes them, "" for null
		want                string
	}{
		{"Finance Minister", "Fin. Min.", "2024-05-06~day", "", "Fin. Min. 2024–"},
		{"Finance Minister", "Fin. Min.", "", "2024-05-03~day", "Fin. Min. –2024"},
		{"Finance Minister", "Fin. Min.", "", "", "Finance Minister"}, // fits whole
		{"Member of Parliament", "MP", "2019-01-01~year", "2021-10-01~month", "MP 2019–2021"},
		{"Mayor", "", "2019-01-01~year", "2019-11-01~month", "Mayor 2019"},
		{"Mayor", "", "2019-01-01~year", "2023-01-01~year", "Mayor 2019–2023"},
		{"", "", "2015-01-01~year", "", "2015–"},
		{"", "", "", "", ""},
	}
	for _, tt := range tests {
		params := map[string]any{"r": map[string]any{"role": tt.role, "roleShort": nullable(tt.short)},
			"vf": nullable(tt.vf), "vt": nullable(tt.vt)}
		rows, err := db.ReadOnly(context.Background(), "WITH "+graph.FactYears("$vf", "$vt")+" AS years RETURN "+graph.FactCaption("$r", "years")+" AS s", params)
		if err != nil {
			t.Fatal(err)
		}
		if got := rows[0]["s"]; got != tt.want {
			t.Errorf("caption of %q (%q) %q–%q = %q, want %q", tt.role, tt.short, tt.vf, tt.vt, got, tt.want)
		}
	}
}

// The caption follows the fact's supports: a second article widens the
// years, unloading it narrows them back.
func TestFactCaptionFollowsSupports(t *testing.T) {
	db := graphtest.Open(t)
	f := fixture{testPrefix(t, db)}
	tosk := f.entity(polgraph.KindPerson, "ada-tosk", "Ada Tosk")
	velmoria := f.entity(polgraph.KindCountry, "velmoria", "Velmoria")
	role := "Finance Minister"
	fact := func(from, to string) polgraph.Relation {
		r := f.relation("HOLDS_OFFICE", "person/ada-tosk", "country/velmoria", from, 0.8)
		r.Role = &role
		if to != "" {
			r.ValidTo = &to
		}
		return r
	}
	a := f.article("a", "2021-03-02", "Ada Tosk became finance minister of Velmoria in 2019.", tosk, velmoria)
	a.Relations = []polgraph.Relation{fact("2019", "")}
	b := f.article("b", "2023-03-02", "Ada Tosk was finance minister of Velmoria until 2022.", tosk, velmoria)
	b.Relations = []polgraph.Relation{fact("", "2022")}
	caption := func() string {
		t.Helper()
		rows, err := db.ReadOnly(context.Background(), `MATCH (:Entity {id: $id})-[r:HOLDS_OFFICE]->() RETURN r.caption AS c, r.roleShort AS s`,
			map[string]any{"id": f.p + "person/ada-tosk"})
		if err != nil || len(rows) != 1 {
			t.Fatalf("the fact: %v, %v", rows, err)
		}
		if rows[0]["s"] != "Fin. Min." {
			t.Errorf("roleShort = %v, want Fin. Min.", rows[0]["s"])
		}
		c, _ := rows[0]["c"].(string)
		return c
	}
	write(t, db, a)
	if got := caption(); got != "Fin. Min. 2019–" {
		t.Errorf("one article: caption %q, want %q", got, "Fin. Min. 2019–")
	}
	write(t, db, b)
	if got := caption(); got != "Fin. Min. 2019–2022" {
		t.Errorf("both articles: caption %q, want %q", got, "Fin. Min. 2019–2022")
	}
	if _, err := db.UnloadArticles(context.Background(), []string{f.p + "b"}); err != nil {
		t.Fatal(err)
	}
	if got := caption(); got != "Fin. Min. 2019–" {
		t.Errorf("the second unloaded: caption %q, want %q", got, "Fin. Min. 2019–")
	}
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}
