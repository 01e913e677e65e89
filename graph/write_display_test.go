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

// An event is :Undated exactly while no article dates it, through loads
// and unloads: Neo4j Browser marks undated events by that label.
func TestUndatedLabelFollowsTheDate(t *testing.T) {
	db := graphtest.Open(t)
	f := fixture{testPrefix(t, db)}
	voss := f.entity(polgraph.KindPerson, "alder-voss", "Alder Voss")
	undated := f.article("undated", "2024-04-05", "Voss was dismissed.", voss)
	undated.Events = []polgraph.Event{f.event("undated-dismissal", "DISMISSAL", "", "unknown", "person/alder-voss", "patient")}
	dated := f.article("dated", "2024-03-20", "Voss was dismissed on 12 March.", voss)
	dated.Events = []polgraph.Event{f.event("dated-dismissal", "DISMISSAL", "2024-03-12", "day", "person/alder-voss", "patient")}

	eventLabels := func() []string {
		t.Helper()
		var out []string
		for _, l := range dump(t, db, f.p, "ingestedAt", "summary", "firstReported", "firstReportedText", "sourceCount", "assertedCount", "allegedCount", "deniedCount", "firstKey", "datingKey", "dateStart", "dateEnd", "type") {
			if strings.HasPrefix(l, "node :Event") {
				out = append(out, strings.ReplaceAll(l, f.p, ""))
			}
		}
		slices.Sort(out)
		return out
	}
	// The undated report joins the dated event, reported a month before.
	write(t, db, dated, undated)
	isDated := []string{`node :Event {date: "2024-03-12", id: "dated-dismissal", precision: "day", status: "asserted"}`}
	diff(t, "dated, and an undated report of it", eventLabels(), isDated)
	if _, err := db.UnloadArticles(context.Background(), []string{f.p + "dated"}); err != nil {
		t.Fatal(err)
	}
	diff(t, "the dating article unloaded", eventLabels(), []string{`node :Event:Undated {id: "dated-dismissal", precision: "unknown", status: "asserted"}`})
}

// The article that dated an event, unloaded and loaded again, rejoins the
// event the undated report kept alive: one event, dated again, reported
// by both, not a second one beside it.
func TestReloadedDatingRejoinsItsEvent(t *testing.T) {
	db := graphtest.Open(t)
	f := fixture{testPrefix(t, db)}
	voss := f.entity(polgraph.KindPerson, "alder-voss", "Alder Voss")
	undated := f.article("undated", "2024-04-05", "Voss was dismissed.", voss)
	undated.Events = []polgraph.Event{f.event("undated-dismissal", "DISMISSAL", "", "unknown", "person/alder-voss", "patient")}
	dated := f.article("dated", "2024-03-20", "Voss was dismissed on 12 March.", voss)
	dated.Events = []polgraph.Event{f.event("dated-dismissal", "DISMISSAL", "2024-03-12", "day", "person/alder-voss", "patient")}
	events := func() []string {
		t.Helper()
		var out []string
		for _, l := range dump(t, db, f.p, "ingestedAt", "summary", "firstReported", "firstReportedText", "assertedCount", "allegedCount", "deniedCount", "firstKey", "datingKey", "dateStart", "dateEnd", "type") {
			if strings.HasPrefix(l, "node :Event") || strings.Contains(l, "REPORTED_IN") {
				out = append(out, strings.ReplaceAll(l, f.p, ""))
			}
		}
		slices.Sort(out)
		return out
	}
	write(t, db, dated, undated)
	want := events()
	if n := len(slices.DeleteFunc(slices.Clone(want), func(l string) bool { return !strings.HasPrefix(l, "node :Event") })); n != 1 {
		t.Fatalf("dated, and an undated report of it: %d events, want 1\n%s", n, strings.Join(want, "\n"))
	}
	if _, err := db.UnloadArticles(context.Background(), []string{f.p + "dated"}); err != nil {
		t.Fatal(err)
	}
	write(t, db, dated)
	diff(t, "the dating article unloaded and loaded again", events(), want)
}

// An article an earlier writer left without :Undated is rewritten, not
// skipped, when it is loaded again unchanged: the writer's version is part
// of the hash that tells an unchanged article.
func TestReloadAddsWhatAnEarlierWriterLacked(t *testing.T) {
	db := graphtest.Open(t)
	f := fixture{testPrefix(t, db)}
	voss := f.entity(polgraph.KindPerson, "alder-voss", "Alder Voss")
	a := f.article("old", "2024-04-05", "Voss was dismissed.", voss)
	a.Events = []polgraph.Event{f.event("old-dismissal", "DISMISSAL", "", "unknown", "person/alder-voss", "patient")}
	write(t, db, a)
	if err := db.AsWrittenBeforeVersion2(context.Background(), f.p+"old", a); err != nil {
		t.Fatal(err)
	}
	labels := func() []string {
		var out []string
		for _, l := range dump(t, db, f.p) {
			if strings.HasPrefix(l, "node :Event") {
				out = append(out, strings.Fields(l)[1])
			}
		}
		return out
	}
	if got := labels(); !slices.Equal(got, []string{":Event"}) {
		t.Fatalf("before the reload: %v", got)
	}
	write(t, db, a)
	if got := labels(); !slices.Equal(got, []string{":Event:Undated"}) {
		t.Errorf("reloaded unchanged: %v, want the event :Undated", got)
	}
}

// A fact's validity, for Browser's edge captions, is written at the
// precision the article gave each bound: "since 2019" is 2019, not
// 2019-01-01.
func TestFactValiditySaidAs(t *testing.T) {
	db := graphtest.Open(t)
	tests := []struct{ bound, want string }{
		{"2019-01-01~year", "2019"},
		{"2021-03-01~month", "2021-03"},
		{"2021-04-01~quarter", "2021-Q2"},
		{"2023-03-31~quarter", "2023-Q1"},
		{"2023-03-06~week", "2023-W10"},
		{"2021-01-03~week", "2020-W53"},
		{"2023-02-14~day", "2023-02-14"},
		{"2023-02-14~", "2023-02-14"},
	}
	for _, tt := range tests {
		rows, err := db.ReadOnly(context.Background(), "RETURN "+graph.SaidAs("$v")+" AS s", map[string]any{"v": tt.bound})
		if err != nil {
			t.Fatal(err)
		}
		if got := rows[0]["s"]; got != tt.want {
			t.Errorf("%s said as %v, want %s", tt.bound, got, tt.want)
		}
	}
	rows, err := db.ReadOnly(context.Background(), "RETURN "+graph.SaidAs("$v")+" AS s", map[string]any{"v": nil})
	if err != nil || rows[0]["s"] != "" {
		t.Errorf("no bound said as %v (%v), want \"\"", rows, err)
	}
}
