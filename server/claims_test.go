package server_test

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph/graphtest"
	"github.com/polgraph/polgraph/server"
)

// The three questions docs/api.md answers with one query each, as written there.
const (
	claimsAboutQuery = `{
  claims(about: "person/han-dong", first: 50) {
    totalCount
    edges { node { id type date status summary
      sources { edges { node { status by { name } attribution provenance { sentence article { title } } } } }
      denials { by { name } provenance { sentence article { title } } }
      deniedBy { type summary } } }
  }
}`
	deniedQuery = `{
  denied: claims(denied: true, from: "2021-01-01", to: "2021-12-31", first: 100) {
    edges { node { type date summary deniedBy { summary } } }
  }
  notDenied: claims(status: [ALLEGED], denied: false, from: "2021-01-01", to: "2021-12-31", first: 100) {
    edges { node { type date summary } }
  }
}`
	claimsByQuery = `{
  claims(by: "organization/global-news", first: 50) {
    edges { node { type date status summary
      sources { edges { node { status by { name } provenance { sentence } } } } } }
  }
}`
)

func TestClaimsExamplesInDocs(t *testing.T) {
	doc, err := os.ReadFile("../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{claimsAboutQuery, deniedQuery, claimsByQuery} {
		if !strings.Contains(string(doc), q) {
			t.Errorf("docs/api.md lacks the example this test runs:\n%s", q)
		}
	}
}

type claimNode struct {
	ID, Type, Status, Summary string
	Date                      *string
	Sources                   nodes[struct {
		Status      string
		Attribution *string
		By          []struct{ Name string }
		Provenance  struct {
			Sentence string
			Article  struct{ Title string }
		}
	}]
	Denials []struct {
		By         struct{ Name string }
		Provenance struct {
			Sentence string
			Article  struct{ Title string }
		}
	}
	DeniedBy []struct{ Type, Summary string }
}

func (n claimNode) sourcedBy() []string {
	var out []string
	for _, s := range n.Sources {
		for _, b := range s.By {
			out = append(out, b.Name)
		}
	}
	return out
}

func (n claimNode) deniers() []string {
	var out []string
	for _, d := range n.Denials {
		out = append(out, d.By.Name+": "+d.Provenance.Sentence)
	}
	return out
}

// deniersIn is deniers as the article titled title tells them: the
// database is shared, and another package's test may hold a copy of the
// seed text under an id of its own, whose denial is a second telling of
// the same denial.
func (n claimNode) deniersIn(title string) []string {
	var out []string
	for _, d := range n.Denials {
		if d.Provenance.Article.Title == title {
			out = append(out, d.By.Name+": "+d.Provenance.Sentence)
		}
	}
	return out
}

type claimEdges struct {
	TotalCount int
	Edges      []struct{ Node claimNode }
}

// On the seed: Han Dong's alleged February 2021 meeting with a Chinese
// diplomat is linked to his denial ("Dong refuted the report"), and Global
// News is the source of the report told in the same sentence.
func TestSeedClaims(t *testing.T) {
	a := newAPI(t, server.Config{})
	loadSeeds(t, a.db)

	var about struct{ Claims claimEdges }
	a.query(claimsAboutQuery, nil, &about) // TestClaimsBatched counts the queries
	// The meeting ("Earlier in the day the outlet Global News reported that
	// two national security sources had said that the MP had spoken to …")
	// names Global News as its source, and Han Dong's own denial makes it
	// DENIED.
	var meeting *claimNode
	for i, e := range about.Claims.Edges {
		if e.Node.Type == "MEETING" && e.Node.Date != nil && *e.Node.Date == "2021-02" {
			meeting = &about.Claims.Edges[i].Node
		}
	}
	if meeting == nil || about.Claims.TotalCount != len(about.Claims.Edges) {
		t.Fatalf("claims about Han Dong lack the alleged meeting (or totalCount %d is off): %+v", about.Claims.TotalCount, about.Claims.Edges)
	}
	if meeting.Status != "DENIED" {
		t.Errorf("meeting status %s, want DENIED (denied by its own subject)", meeting.Status)
	}
	if d := meeting.deniersIn(seedTitle(t)); len(d) != 1 || !strings.HasPrefix(d[0], "Han Dong: Dong refuted the report") {
		t.Errorf("meeting denied by %q, want Han Dong refuting the report", d)
	}
	if len(meeting.DeniedBy) != 1 || meeting.DeniedBy[0].Type != "DENIAL" {
		t.Errorf("meeting deniedBy %+v, want his DENIAL", meeting.DeniedBy)
	}
	if src := meeting.sourcedBy(); !slices.Contains(src, "Global News") {
		t.Errorf("the meeting names %v as its sources, want Global News", src)
	}
	if len(meeting.Sources) == 0 || meeting.Sources[0].Attribution == nil || *meeting.Sources[0].Attribution != "two national security sources" {
		t.Errorf("the meeting's sources %+v, want one told on the word of \"two national security sources\"", meeting.Sources)
	}

	var denied struct{ Denied, NotDenied claimEdges }
	a.query(deniedQuery, nil, &denied)
	has := func(c claimEdges, typ, date string) bool {
		return slices.ContainsFunc(c.Edges, func(e struct{ Node claimNode }) bool {
			return e.Node.Type == typ && e.Node.Date != nil && *e.Node.Date == date && strings.Contains(e.Node.Summary, "Global News reported")
		})
	}
	if !has(denied.Denied, "MEETING", "2021-02") || has(denied.NotDenied, "MEETING", "2021-02") {
		t.Errorf("the meeting is not among the denied allegations alone: denied %+v, not denied %+v", denied.Denied.Edges, denied.NotDenied.Edges)
	}
	// "allegedly advised that Beijing delay the freeing …": alleged, and
	// the seed has no denial of it.
	if !has(denied.NotDenied, "REQUEST", "2021-02") || has(denied.Denied, "REQUEST", "2021-02") {
		t.Errorf("the alleged advice is not among the undenied allegations alone: not denied %+v", denied.NotDenied.Edges)
	}

	var by struct{ Claims claimEdges }
	a.query(claimsByQuery, nil, &by)
	var reports []string
	for _, e := range by.Claims.Edges {
		if !slices.Contains(e.Node.sourcedBy(), "Global News") {
			t.Errorf("claims by Global News: %s %q does not name it as a source", e.Node.Type, e.Node.Summary)
		}
		reports = append(reports, e.Node.Type)
	}
	if len(reports) < 2 {
		t.Errorf("claims by Global News = %v, want its two reports about Han Dong at least", reports)
	}
}

// What the seed cannot show yet: an outlet's allegation of an event, with
// the outlet as the event's source, denied by its subject in another
// article. Fictional names.
func TestClaimsAcrossArticles(t *testing.T) {
	db := graphtest.Open(t)
	a := newAPI(t, server.Config{Graph: db})
	p := graphtest.Prefix(t, db, "claims")
	ent := func(kind, slug, name string) polgraph.Entity {
		return polgraph.Entity{ID: p + strings.ToLower(kind) + "/" + slug, Kind: kind, Name: name}
	}
	voss, kell := ent(polgraph.KindPerson, "alder-voss", "Alder Voss"), ent(polgraph.KindPerson, "mira-kell", "Mira Kell")
	courier := ent(polgraph.KindOrganization, "valdoria-courier", "Valdoria Courier")
	date := func(s string) *string { return &s }
	span := func(s string) polgraph.Span { return polgraph.Span{Start: 0, End: len(s), Text: s} }
	first := &polgraph.Extraction{
		Article:  polgraph.Article{ID: p + "courier", Title: "Voss met Kell, sources say", PublishedAt: "2024-05-02"},
		Entities: []polgraph.Entity{voss, kell, courier},
		Events: []polgraph.Event{{ID: p + "meeting", Type: "MEETING", Date: date("2024-04"), Precision: "month", Status: polgraph.StatusAlleged,
			Participants: []polgraph.Participant{{Entity: voss.ID, Role: "agent"}, {Entity: kell.ID, Role: "participant"}, {Entity: courier.ID, Role: "source"}},
			Evidence:     span("The Valdoria Courier reported that Voss had met Kell in April.")}},
	}
	second := &polgraph.Extraction{
		Article:  polgraph.Article{ID: p + "reply", Title: "Voss denies meeting Kell", PublishedAt: "2024-05-03"},
		Entities: []polgraph.Entity{voss, kell},
		Events: []polgraph.Event{
			{ID: p + "meeting-again", Type: "MEETING", Date: date("2024-04"), Precision: "month", Status: polgraph.StatusDenied,
				Participants: []polgraph.Participant{{Entity: voss.ID, Role: "agent"}}, Evidence: span("Voss had been said to have met Kell in April.")},
			{ID: p + "denial", Type: "DENIAL", Date: date("2024-05-03"), Precision: "day", Status: polgraph.StatusAsserted,
				Participants: []polgraph.Participant{{Entity: voss.ID, Role: "agent"}}, Evidence: span("Voss called the report a fabrication."),
				Denies: []string{p + "meeting-again"}},
		},
	}
	for _, ex := range []*polgraph.Extraction{first, second} {
		if err := db.WriteExtractions(context.Background(), []*polgraph.Extraction{ex}); err != nil {
			t.Fatal(err)
		}
	}

	var got struct {
		Alleged claimEdges
		Denial  struct {
			Denies []struct{ ID string }
		}
	}
	a.query(`query($by: ID!, $denial: ID!) {
		alleged: claims(by: $by, status: [ALLEGED]) { totalCount edges { node { id status
			sources { edges { node { status by { name } attribution provenance { sentence article { title } } } } }
			denials { by { name } provenance { sentence } }
			deniedBy { type summary } } } }
		denial: event(id: $denial) { denies { id } } }`,
		map[string]any{"by": courier.ID, "denial": p + "denial"}, &got)

	if len(got.Alleged.Edges) != 1 || got.Alleged.TotalCount != 1 {
		t.Fatalf("claims the Courier alleged = %+v, want the meeting", got.Alleged)
	}
	m := got.Alleged.Edges[0].Node
	var sources []string
	for _, s := range m.Sources {
		var by []string
		for _, b := range s.By {
			by = append(by, b.Name)
		}
		sources = append(sources, s.Provenance.Article.Title+" | "+s.Status+" | "+strings.Join(by, ","))
	}
	want := []string{"Voss met Kell, sources say | ALLEGED | Valdoria Courier", "Voss denies meeting Kell | DENIED | "}
	if m.ID != p+"meeting" || !slices.Equal(sources, want) {
		t.Errorf("meeting %s sources = %q, want %q", m.ID, sources, want)
	}
	if d := m.deniers(); !slices.Equal(d, []string{"Alder Voss: Voss called the report a fabrication."}) {
		t.Errorf("denials = %q", d)
	}
	if len(m.DeniedBy) != 1 || m.DeniedBy[0].Summary != "Voss called the report a fabrication." {
		t.Errorf("deniedBy = %+v", m.DeniedBy)
	}
	if len(got.Denial.Denies) != 1 || got.Denial.Denies[0].ID != p+"meeting" {
		t.Errorf("the denial denies %+v, want the meeting", got.Denial.Denies)
	}
}
