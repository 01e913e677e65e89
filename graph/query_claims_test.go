package graph_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
)

func TestClaimQueries(t *testing.T) {
	db := graphtest.Open(t)
	f := fixture{testPrefix(t, db)}
	a, b := f.claimArticles()
	// Also in a: the Courier alleges a bribe nobody denies (dated 1887, a
	// year no other test uses, so the unfiltered query can be tested in a
	// shared database), and Voss resigned, which is no claim.
	a.Events = append(a.Events,
		f.event("claims-a-bribe", "LEGAL_ACTION", "1887-02", "month", "person/alder-voss", "agent", "organization/valdoria-courier", "source"),
		f.event("claims-a-resignation", "RESIGNATION", "2024-04-30", "day", "person/alder-voss", "agent"))
	a.Events[2].Status = polgraph.StatusAlleged
	write(t, db, a, b)
	ctx := context.Background()
	meeting, bribe := f.p+"claims-a-meeting", f.p+"claims-a-bribe"
	yes, no := true, false

	for _, tc := range []struct {
		name string
		f    graph.ClaimFilter
		want []string
	}{
		{"about Voss", graph.ClaimFilter{About: f.p + "person/alder-voss"}, []string{bribe, meeting}},
		{"about Voss, denied", graph.ClaimFilter{About: f.p + "person/alder-voss", Denied: &yes}, []string{meeting}},
		{"about Voss, not denied", graph.ClaimFilter{About: f.p + "person/alder-voss", Denied: &no}, []string{bribe}},
		{"about Voss, asserted", graph.ClaimFilter{About: f.p + "person/alder-voss", Status: []string{"asserted"}}, nil},
		{"about Voss, from 2000", graph.ClaimFilter{About: f.p + "person/alder-voss", Dates: graph.DateRange{From: "2000-01-01"}}, []string{meeting}},
		{"about the Courier: only as a source", graph.ClaimFilter{About: f.p + "organization/valdoria-courier"}, nil},
		{"by the Courier, alleged", graph.ClaimFilter{By: f.p + "organization/valdoria-courier", Status: []string{"alleged"}}, []string{bribe, meeting}},
		{"by the Courier, asserted", graph.ClaimFilter{By: f.p + "organization/valdoria-courier", Status: []string{"asserted"}}, nil},
		{"by Pell Radio", graph.ClaimFilter{By: f.p + "organization/pell-radio"}, []string{meeting}},
		{"by Voss, denied", graph.ClaimFilter{By: f.p + "person/alder-voss", Status: []string{"denied"}}, []string{meeting}},
		{"by Voss about Kell", graph.ClaimFilter{By: f.p + "person/alder-voss", About: f.p + "person/mira-kell"}, []string{meeting}},
		{"all alleged in 1887, not denied", graph.ClaimFilter{Status: []string{"alleged"}, Denied: &no, Dates: graph.DateRange{From: "1887-01-01", To: "1887-12-31"}}, []string{bribe}},
		{"all denied in 1887", graph.ClaimFilter{Denied: &yes, Dates: graph.DateRange{From: "1887-01-01", To: "1887-12-31"}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs, more, err := db.Claims(ctx, tc.f, graph.Page{First: 10})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, v := range evs {
				got = append(got, v.ID)
			}
			if !slices.Equal(got, tc.want) || more {
				t.Errorf("Claims = %v (more %v), want %v", got, more, tc.want)
			}
			n, err := db.CountClaims(ctx, tc.f)
			if err != nil || n != len(tc.want) {
				t.Errorf("CountClaims = %d, %v; want %d", n, err, len(tc.want))
			}
		})
	}

	t.Run("denials of the meeting", func(t *testing.T) {
		got, err := db.Denials(ctx, []string{meeting, bribe}, 10)
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, c := range got[meeting] {
			lines = append(lines, strings.Join([]string{c.By.Name, c.Status, strings.TrimPrefix(c.Provenance.Article.ID, f.p), c.Provenance.Sentence}, " | "))
		}
		want := []string{"Alder Voss | denied | claims-a | Voss denied meeting her.", "Alder Voss | denied | claims-b | He called the claim false."}
		if !slices.Equal(lines, want) || len(got[bribe]) != 0 {
			t.Errorf("Denials(meeting) = %q, want %q; bribe's: %v", lines, want, got[bribe])
		}
	})

	t.Run("deniedBy and denies", func(t *testing.T) {
		by, err := db.DeniedBy(ctx, []string{meeting}, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(by[meeting]) != 2 || by[meeting][0].ID != f.p+"claims-a-denial" || by[meeting][1].ID != f.p+"claims-b-denial" {
			t.Errorf("DeniedBy(meeting) = %+v", by[meeting])
		}
		denies, err := db.Denies(ctx, []string{f.p + "claims-b-denial", bribe}, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(denies[f.p+"claims-b-denial"]) != 1 || denies[f.p+"claims-b-denial"][0].ID != meeting || len(denies[bribe]) != 0 {
			t.Errorf("Denies = %+v", denies)
		}
	})

	t.Run("sources name who alleges", func(t *testing.T) {
		got, err := db.Sources(ctx, []string{meeting}, graph.Page{First: 10})
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, s := range got[meeting].Items {
			var by []string
			for _, e := range s.By {
				by = append(by, e.Name)
			}
			lines = append(lines, strings.TrimPrefix(s.Provenance.Article.ID, f.p)+": "+strings.Join(by, ", "))
		}
		// Voss denies the meeting in both articles but is no source of it.
		if want := []string{"claims-a: Valdoria Courier", "claims-b: Pell Radio"}; !slices.Equal(lines, want) {
			t.Errorf("Sources(meeting) = %q, want %q", lines, want)
		}
	})
}
