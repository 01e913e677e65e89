package graph_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
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
		for _, l := range dump(t, db, f.p, "ingestedAt", "summary", "firstReported", "sourceCount", "dateStart", "dateEnd", "type") {
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
