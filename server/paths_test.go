package server_test

import (
	"fmt"
	"testing"

	"github.com/polgraph/polgraph/graph/readtest"
	"github.com/polgraph/polgraph/server"
)

// Paths can be kept to facts or events and to chosen relation types, and
// every node on them is named shortly: Ilsa met Tomas, who works for the
// company Mira works for.
func TestRelationshipFilters(t *testing.T) {
	a := newAPI(t, server.Config{})
	w := readtest.Load(t, a.db, "srvp")
	meeting := "MEETING 2022-05-03: Ilsa Brandtvik, Tomas Oderlund +1" // agent, patient, then the place
	tests := []struct {
		name, args string
		want       []string // the labels on the first path; none for no path
	}{
		{"any step", ``, []string{"Ilsa Brandtvik", meeting, "Tomas Oderlund", "Kestrel Energy", "Mira Kalvane"}},
		{"only WORKS_FOR facts", `, relationTypes: [WORKS_FOR]`, []string{"Ilsa Brandtvik", meeting, "Tomas Oderlund", "Kestrel Energy", "Mira Kalvane"}},
		{"without WORKS_FOR", `, excludeRelationTypes: [WORKS_FOR]`, nil},
		{"only CITIZEN_OF facts", `, relationTypes: [CITIZEN_OF]`, nil},
		{"facts alone", `, via: [FACT]`, nil},
		{"events alone", `, via: [EVENT]`, nil},
		{"both named", `, via: [FACT, EVENT]`, []string{"Ilsa Brandtvik", meeting, "Tomas Oderlund", "Kestrel Energy", "Mira Kalvane"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got struct {
				Relationships []struct {
					Length int
					Nodes  []struct{ Label string }
				}
			}
			a.query(fmt.Sprintf(`query($from: ID!, $to: ID!) { relationships(from: $from, to: $to, maxHops: 4%s) { length nodes { label } } }`, tt.args),
				map[string]any{"from": w.Ilsa, "to": w.Mira}, &got)
			if tt.want == nil {
				if len(got.Relationships) != 0 {
					t.Errorf("paths %+v, want none", got.Relationships)
				}
				return
			}
			if len(got.Relationships) == 0 {
				t.Fatalf("no path, want %v", tt.want)
			}
			var labels []string
			for _, n := range got.Relationships[0].Nodes {
				labels = append(labels, n.Label)
			}
			if fmt.Sprint(labels) != fmt.Sprint(tt.want) {
				t.Errorf("labels = %q, want %q", labels, tt.want)
			}
			for i := 1; i < len(got.Relationships); i++ {
				if got.Relationships[i].Length < got.Relationships[i-1].Length {
					t.Errorf("a %d-step path after a %d-step one", got.Relationships[i].Length, got.Relationships[i-1].Length)
				}
			}
		})
	}
	res := a.do(`query($from: ID!, $to: ID!) { relationships(from: $from, to: $to, relationTypes: [WORKS_FOR], excludeRelationTypes: [WORKS_FOR], via: [FACT]) { length } }`,
		map[string]any{"from": w.Ilsa, "to": w.Mira}, "")
	if len(res.Errors) != 1 || res.Errors[0].Message != "no relation type is left to follow" || res.Errors[0].code() != "BAD_USER_INPUT" {
		t.Errorf("every step excluded: %+v", res.Errors)
	}
}
