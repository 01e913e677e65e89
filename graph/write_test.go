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

// The articles below are fictional: Alder Voss of the Amber Union party in
// the Republic of Valdoria, and their colleagues.

func testPrefix(t *testing.T, db *graph.DB) string { return graphtest.Prefix(t, db, "test") }

// fixture builds extractions whose ids all start with a prefix.
type fixture struct{ p string }

func (f fixture) entity(kind, slug, name string, aliases ...string) polgraph.Entity {
	return polgraph.Entity{ID: f.p + strings.ToLower(kind) + "/" + slug, Kind: kind, Name: name, Aliases: aliases,
		Mentions: []polgraph.Span{{Start: 0, End: len(name), Text: name}}}
}

func (f fixture) article(id, published, text string, entities ...polgraph.Entity) *polgraph.Extraction {
	return &polgraph.Extraction{
		Article:   polgraph.Article{ID: f.p + id, Title: "Title of " + id, PublishedAt: published, Text: text},
		Entities:  entities,
		Extractor: "test-1",
	}
}

func (f fixture) event(id, typ, date, precision string, parts ...string) polgraph.Event {
	ev := polgraph.Event{ID: f.p + id, Type: typ, Precision: precision, Status: polgraph.StatusAsserted,
		Evidence: polgraph.Span{Start: 0, End: 10, Text: "evidence of " + id}, Confidence: 0.8}
	if date != "" {
		ev.Date = &date
	}
	for i := 0; i+1 < len(parts); i += 2 {
		ev.Participants = append(ev.Participants, polgraph.Participant{Entity: f.p + parts[i], Role: parts[i+1]})
	}
	return ev
}

func (f fixture) relation(typ, from, to, validFrom string, confidence float64) polgraph.Relation {
	r := polgraph.Relation{Type: typ, From: f.p + from, To: f.p + to, Confidence: confidence,
		Evidence: polgraph.Span{Start: 5, End: 25, Text: from + " " + typ + " " + to}}
	if validFrom != "" {
		r.ValidFrom = &validFrom
	}
	return r
}

// voss returns two articles reporting one resignation: the first dates it to
// the month, the second to the day; both say Voss was an Amber Union member.
func (f fixture) voss() (a, b *polgraph.Extraction) {
	voss := f.entity(polgraph.KindPerson, "alder-voss", "Alder Voss", "Voss")
	amber := f.entity(polgraph.KindParty, "amber-union", "Amber Union")
	a = f.article("a", "2024-03-20", "Alder Voss left the Amber Union in March.", voss, amber)
	a.Events = []polgraph.Event{f.event("a-ev1", "RESIGNATION", "2024-03", "month",
		"person/alder-voss", "agent", "party/amber-union", "organization")}
	a.Relations = []polgraph.Relation{f.relation("MEMBER_OF", "person/alder-voss", "party/amber-union", "2019", 0.7)}

	voss2 := f.entity(polgraph.KindPerson, "alder-voss", "Alder J. Voss", "A. Voss")
	mira := f.entity(polgraph.KindPerson, "mira-kell", "Mira Kell")
	b = f.article("b", "2024-03-22", "Alder J. Voss resigned on 12 March, Mira Kell said.", voss2, f.entity(polgraph.KindParty, "amber-union", "Amber Union"), mira)
	b.Events = []polgraph.Event{
		f.event("b-ev1", "RESIGNATION", "2024-03-12", "day", "person/alder-voss", "agent", "person/mira-kell", "source"),
		f.event("b-ev2", "STATEMENT", "2024-03-13", "day", "person/mira-kell", "agent"),
	}
	b.Relations = []polgraph.Relation{f.relation("MEMBER_OF", "person/alder-voss", "party/amber-union", "2018-06", 0.9)}
	return a, b
}

func write(t *testing.T, db *graph.DB, exs ...*polgraph.Extraction) {
	t.Helper()
	if err := db.WriteExtractions(context.Background(), exs); err != nil {
		t.Fatalf("WriteExtractions: %v", err)
	}
}

func dump(t *testing.T, db *graph.DB, prefix string, omit ...string) []string {
	t.Helper()
	lines, err := db.Dump(context.Background(), prefix, omit...)
	if err != nil {
		t.Fatal(err)
	}
	return lines
}

// line returns the one dump line containing every part.
func line(t *testing.T, lines []string, parts ...string) string {
	t.Helper()
	var found []string
	for _, l := range lines {
		ok := true
		for _, p := range parts {
			ok = ok && strings.Contains(l, p)
		}
		if ok {
			found = append(found, l)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d lines contain %q, want 1:\n%s", len(found), parts, strings.Join(lines, "\n"))
	}
	return found[0]
}

func diff(t *testing.T, what string, got, want []string) {
	t.Helper()
	if slices.Equal(got, want) {
		return
	}
	for _, l := range got {
		if !slices.Contains(want, l) {
			t.Errorf("%s: unexpected %s", what, l)
		}
	}
	for _, l := range want {
		if !slices.Contains(got, l) {
			t.Errorf("%s: missing %s", what, l)
		}
	}
}

func TestWriteTwiceChangesNothing(t *testing.T) {
	db := graphtest.Open(t)
	f := fixture{testPrefix(t, db)}
	a, b := f.voss()
	write(t, db, a, b)
	first := dump(t, db, f.p)
	write(t, db, a, b)
	write(t, db, b)
	diff(t, "after writing again", dump(t, db, f.p), first) // ingestedAt included
}

func TestCrossArticleMerge(t *testing.T) {
	db := graphtest.Open(t)
	f := fixture{testPrefix(t, db)}
	a, b := f.voss()
	write(t, db, a)
	write(t, db, b)
	lines := dump(t, db, f.p)

	counts, err := db.Counts(context.Background(), f.p)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{":Article": 2, ":Entity:Person": 2, ":Entity:Party": 1, ":Event": 2,
		"MENTIONS": 5, "REPORTED_IN": 3, "PARTICIPATED_IN": 4, "MEMBER_OF": 1, "SUPPORTS": 2}
	for k, n := range want {
		if counts[k] != n {
			t.Errorf("count %s = %d, want %d (all: %v)", k, counts[k], n, counts)
		}
	}

	for _, tc := range []struct{ name, want string }{
		{"entity name is the fullest", `name: "Alder J. Voss"`},
		{"aliases merged", `aliases: ["A. Voss", "Alder Voss", "Voss"]`},
		{"alias text", `aliasText: "A. Voss\nAlder Voss\nVoss"`},
		{"mentions summed", `mentionCount: 2`},
	} {
		if l := line(t, lines, "node :Entity:Person", "alder-voss"); !strings.Contains(l, tc.want) {
			t.Errorf("%s: %s lacks %s", tc.name, l, tc.want)
		}
	}
	ev := line(t, lines, "node :Event", "RESIGNATION")
	for _, w := range []string{`id: "` + f.p + `a-ev1"`, `date: "2024-03-12"`, `precision: "day"`,
		"dateStart: date(2024-03-12)", "sourceCount: 2", "firstReported: date(2024-03-20)", `firstReportedText: "2024-03-20"`,
		`summary: "evidence of a-ev1"`} {
		if !strings.Contains(ev, w) {
			t.Errorf("merged event %s lacks %s", ev, w)
		}
	}
	fact := line(t, lines, "-[:MEMBER_OF]->")
	for _, w := range []string{"validFrom: date(2018-06-01)", `validFromPrecision: "month"`, `validity: "2018-06–"`, "confidence: 0.9",
		"supportCount: 2"} {
		if !strings.Contains(fact, w) {
			t.Errorf("merged fact %s lacks %s", fact, w)
		}
	}
	// One support per article, in the order they were written.
	for _, w := range [][]string{
		{"(" + f.p + "a)-[:SUPPORTS]->", `validFrom: "2019-01-01~year"`, "seq: 0", "confidence: 0.7"},
		{"(" + f.p + "b)-[:SUPPORTS]->", `validFrom: "2018-06-01~month"`, "seq: 1", "confidence: 0.9"},
	} {
		line(t, lines, w...)
	}
}

func TestEventsMergeOnlyWhenCompatible(t *testing.T) {
	for _, tc := range []struct {
		name       string
		date1, p1  string
		date2, p2  string
		role2      string
		wantEvents int
	}{
		{"day inside month", "2024-03", "month", "2024-03-12", "day", "agent", 1},
		{"same day", "2024-03-12", "day", "2024-03-12", "day", "agent", 1},
		{"different days", "2024-03-12", "day", "2024-03-14", "day", "agent", 2},
		{"other month", "2024-03", "month", "2024-04-02", "day", "agent", 2},
		{"undated joins a recent one", "2024-03-12", "day", "", "unknown", "agent", 1},
		{"undated ignores an old one", "2024-01-02", "day", "", "unknown", "agent", 2},
		{"undated never joins undated", "", "unknown", "", "unknown", "agent", 2},
		{"no shared core participant", "2024-03-12", "day", "2024-03-12", "day", "source", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := graphtest.Open(t)
			f := fixture{testPrefix(t, db)}
			voss := f.entity(polgraph.KindPerson, "alder-voss", "Alder Voss")
			a := f.article("a", "2024-03-20", "one", voss)
			a.Events = []polgraph.Event{f.event("ev1", "DISMISSAL", tc.date1, tc.p1, "person/alder-voss", "patient")}
			b := f.article("b", "2024-04-05", "two", voss)
			b.Events = []polgraph.Event{f.event("ev2", "DISMISSAL", tc.date2, tc.p2, "person/alder-voss", "patient")}
			if tc.role2 != "agent" {
				b.Events[0].Participants[0].Role = tc.role2
			}
			write(t, db, a, b)
			counts, err := db.Counts(context.Background(), f.p)
			if err != nil {
				t.Fatal(err)
			}
			if got := counts[":Event"] + counts[":Event:Undated"]; got != tc.wantEvents {
				t.Errorf("events = %d, want %d", got, tc.wantEvents)
			}
		})
	}
}

func TestUnloadKeepsOtherSources(t *testing.T) {
	db := graphtest.Open(t)
	ctx := context.Background()
	f := fixture{testPrefix(t, db)}
	a, b := f.voss()
	write(t, db, a)
	onlyA := dump(t, db, f.p, "ingestedAt")
	write(t, db, b)

	n, err := db.UnloadArticles(ctx, []string{f.p + "b", f.p + "nope"})
	if err != nil || n != 1 {
		t.Fatalf("UnloadArticles = %d, %v; want 1, nil", n, err)
	}
	diff(t, "after unloading b", dump(t, db, f.p, "ingestedAt"), onlyA)

	if _, err := db.UnloadArticles(ctx, []string{f.p + "a"}); err != nil {
		t.Fatal(err)
	}
	if left := dump(t, db, f.p); len(left) != 0 {
		t.Errorf("unloading every article left:\n%s", strings.Join(left, "\n"))
	}
}

// TestCorrectedArticleReplacesItsFacts loads an article, then a corrected
// version of it; the graph must equal a fresh load of the correction.
func TestCorrectedArticleReplacesItsFacts(t *testing.T) {
	db := graphtest.Open(t)
	a, b := fixture{testPrefix(t, db)}.voss()
	corrected := func(f fixture) *polgraph.Extraction {
		_, c := f.voss()
		c.Article.Text = "Corrected: Alder J. Voss resigned on 14 March."
		c.Events = c.Events[:1]
		d := "2024-03-14"
		c.Events[0].Date = &d
		c.Entities = c.Entities[:2] // Mira Kell is gone
		c.Events[0].Participants = c.Events[0].Participants[:1]
		return c
	}

	f1 := fixture{a.Article.ID[:len(a.Article.ID)-1]}
	write(t, db, a, b)
	write(t, db, corrected(f1))
	got := dump(t, db, f1.p, "ingestedAt", "extractionHash")

	f2 := fixture{testPrefix(t, db)}
	a2, _ := f2.voss()
	write(t, db, a2, corrected(f2))
	want := dump(t, db, f2.p, "ingestedAt", "extractionHash")
	for i := range want {
		want[i] = strings.ReplaceAll(want[i], f2.p, f1.p)
	}
	diff(t, "corrected vs fresh", got, want)
	if strings.Contains(strings.Join(got, "\n"), "mira-kell") {
		t.Errorf("an entity only the old version mentioned survived")
	}
}

// TestOneBatchEqualsOneByOne: writing articles together or in turn gives the
// same graph.
func TestOneBatchEqualsOneByOne(t *testing.T) {
	db := graphtest.Open(t)
	f1 := fixture{testPrefix(t, db)}
	a, b := f1.voss()
	write(t, db, a)
	write(t, db, b)
	want := dump(t, db, f1.p, "ingestedAt", "extractionHash")

	f2 := fixture{testPrefix(t, db)}
	a, b = f2.voss()
	write(t, db, a, b)
	got := dump(t, db, f2.p, "ingestedAt", "extractionHash")
	for i := range got {
		got[i] = strings.ReplaceAll(got[i], f2.p, f1.p)
	}
	slices.Sort(got)
	diff(t, "batch vs one by one", got, want)
}

func TestPeriod(t *testing.T) {
	for _, tc := range []struct{ in, start, end, precision string }{
		{"2023-03-22", "2023-03-22", "2023-03-22", "day"},
		{"2023-03-22TEV", "2023-03-22", "2023-03-22", "day"},
		{"2024-02", "2024-02-01", "2024-02-29", "month"},
		{"2021", "2021-01-01", "2021-12-31", "year"},
		{"2021-Q3", "2021-07-01", "2021-09-30", "quarter"},
		{"2023-W12", "2023-03-20", "2023-03-26", "week"},
		{"P1000D", "", "", ""},
		{"PRESENT_REF", "", "", ""},
		{"2023-13", "", "", ""},
	} {
		start, end, _ := graph.Period(tc.in)
		if start != tc.start || end != tc.end {
			t.Errorf("Period(%q) = %q, %q; want %q, %q", tc.in, start, end, tc.start, tc.end)
		}
		if got := graph.Precision(tc.in); got != tc.precision {
			t.Errorf("Precision(%q) = %q, want %q", tc.in, got, tc.precision)
		}
	}
}

// TestSameExtractorIDMerges: an extractor that names events by what they are
// gives one event the same id in two articles; without an agent or patient
// to share, the id alone merges them.
func TestSameExtractorIDMerges(t *testing.T) {
	db := graphtest.Open(t)
	f := fixture{testPrefix(t, db)}
	square := f.entity(polgraph.KindPlace, "amber-square", "Amber Square")
	for _, tc := range []struct{ name, date2 string }{{"a", "2024-03-12"}, {"b", "2024-03-12"}} {
		ex := f.article(tc.name, "2024-03-13", "Crowds filled Amber Square.", square)
		ex.Events = []polgraph.Event{f.event("event/protest-amber-square", "PROTEST", tc.date2, "day", "place/amber-square", "place")}
		write(t, db, ex)
	}
	lines := dump(t, db, f.p)
	ev := line(t, lines, "node :Event")
	if !strings.Contains(ev, "sourceCount: 2") {
		t.Errorf("one protest reported twice: %s", ev)
	}
}

// An article's event whose extractor id another event holds gets an id
// qualified by the article; when a corrected version of that article comes
// back with another event under the same extractor id, the qualified id may
// still be held, by the old event other articles kept alive. The new event
// must not join it.
func TestCorrectedEventDoesNotJoinItsOldQualifiedID(t *testing.T) {
	db := graphtest.Open(t)
	f := fixture{testPrefix(t, db)}
	voss := f.entity(polgraph.KindPerson, "alder-voss", "Alder Voss")
	kell := f.entity(polgraph.KindPerson, "mira-kell", "Mira Kell")
	x := f.article("x", "2024-05-02", "Mira Kell won the election.", kell)
	x.Events = []polgraph.Event{f.event("ev", "ELECTION", "2024-05-01", "day", "person/mira-kell", "agent")}
	a := f.article("a", "2024-03-20", "Alder Voss resigned on 12 March.", voss)
	a.Events = []polgraph.Event{f.event("ev", "RESIGNATION", "2024-03-12", "day", "person/alder-voss", "agent")}
	b := f.article("b", "2024-03-21", "Voss resigned on 12 March.", voss)
	b.Events = []polgraph.Event{f.event("b-ev", "RESIGNATION", "2024-03-12", "day", "person/alder-voss", "agent")}
	write(t, db, x)
	write(t, db, a)
	write(t, db, b)

	corrected := f.article("a", "2024-03-20", "Alder Voss spoke on 1 June.", voss)
	corrected.Events = []polgraph.Event{f.event("ev", "STATEMENT", "2024-06-01", "day", "person/alder-voss", "agent")}
	write(t, db, corrected)

	lines := dump(t, db, f.p)
	if res := line(t, lines, "node :Event", `"RESIGNATION"`); !strings.Contains(res, "sourceCount: 1") {
		t.Errorf("the resignation only b reports now: %s", res)
	}
	line(t, lines, "node :Event", `"STATEMENT"`, "sourceCount: 1")
	line(t, lines, "node :Event", `"ELECTION"`, "sourceCount: 1")
}
