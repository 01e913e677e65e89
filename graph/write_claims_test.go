package graph_test

import (
	"context"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/graph/graphtest"
)

// claimArticles returns two fictional articles about one alleged meeting.
// In the first, the Valdoria Courier alleges that Alder Voss met Mira Kell
// and Voss denies it. In the second, published later, Pell Radio alleges
// the same meeting and Voss denies it again.
func (f fixture) claimArticles() (a, b *polgraph.Extraction) {
	voss := f.entity(polgraph.KindPerson, "alder-voss", "Alder Voss")
	kell := f.entity(polgraph.KindPerson, "mira-kell", "Mira Kell")
	courier := f.entity(polgraph.KindOrganization, "valdoria-courier", "Valdoria Courier")
	radio := f.entity(polgraph.KindOrganization, "pell-radio", "Pell Radio")

	a = f.article("claims-a", "2024-05-02", "The Valdoria Courier reported that Voss had met Kell in April. Voss denied meeting her.", voss, kell, courier)
	meeting := f.event("claims-a-meeting", "MEETING", "2024-04", "month",
		"person/alder-voss", "agent", "person/mira-kell", "participant", "organization/valdoria-courier", "source")
	meeting.Status = polgraph.StatusAlleged
	meeting.Evidence = polgraph.Span{Start: 0, End: 62, Text: "The Valdoria Courier reported that Voss had met Kell in April."}
	denial := f.event("claims-a-denial", "DENIAL", "2024-05-02", "day", "person/alder-voss", "agent")
	denial.Evidence = polgraph.Span{Start: 63, End: 87, Text: "Voss denied meeting her."}
	denial.Denies = []string{meeting.ID}
	a.Events = []polgraph.Event{meeting, denial}

	b = f.article("claims-b", "2024-05-09", "Pell Radio said Voss met Kell in April 2024. He called the claim false.", voss, kell, radio)
	meeting2 := f.event("claims-b-meeting", "MEETING", "2024-04", "month",
		"person/alder-voss", "agent", "pell-radio", "source", "organization/pell-radio", "source")
	meeting2.Status = polgraph.StatusAlleged
	meeting2.Evidence = polgraph.Span{Start: 0, End: 44, Text: "Pell Radio said Voss met Kell in April 2024."}
	denial2 := f.event("claims-b-denial", "DENIAL", "2024-05-09", "day", "person/alder-voss", "agent")
	denial2.Evidence = polgraph.Span{Start: 45, End: 71, Text: "He called the claim false."}
	denial2.Denies = []string{meeting2.ID, "no-such-event"}
	b.Events = []polgraph.Event{meeting2, denial2}
	return a, b
}

// claimLines returns the dump's claim lines and event nodes, the ingestion
// times left out.
func claimLines(t *testing.T, db *graph.DB, prefix string) []string {
	t.Helper()
	var out []string
	for _, l := range dump(t, db, prefix, "ingestedAt", "summary", "firstReported", "firstReportedText", "sourceCount", "assertedCount", "allegedCount", "deniedCount", "firstKey", "datingKey", "date", "dateStart", "dateEnd", "precision", "type") {
		if strings.Contains(l, "[:DENIES]") || strings.Contains(l, "[:CLAIMS]") || strings.HasPrefix(l, "node :Alleged") ||
			strings.HasPrefix(l, "node :Denied") || strings.HasPrefix(l, "node :Event") {
			out = append(out, strings.ReplaceAll(l, prefix, ""))
		}
	}
	return out
}

func TestClaimsWrittenMergedAndUnloaded(t *testing.T) {
	db := graphtest.Open(t)
	f := fixture{testPrefix(t, db)}
	a, b := f.claimArticles()
	ctx := context.Background()

	aOnly := []string{
		`node :Alleged:Denied:Event {id: "claims-a-meeting", status: "alleged"}`,
		`node :Event {id: "claims-a-denial", status: "asserted"}`,
		`rel (claims-a-denial)-[:DENIES]->(claims-a-meeting) {article: "claims-a", end: 87, evidence: "Voss denied meeting her.", start: 63}`,
		`rel (organization/valdoria-courier)-[:CLAIMS]->(claims-a-meeting) {article: "claims-a", end: 62, evidence: "The Valdoria Courier reported that Voss had met Kell in April.", start: 0, status: "alleged"}`,
		`rel (person/alder-voss)-[:CLAIMS]->(claims-a-meeting) {article: "claims-a", end: 87, evidence: "Voss denied meeting her.", start: 63, status: "denied"}`,
	}
	write(t, db, a)
	diff(t, "article a", claimLines(t, db, f.p), aOnly)

	// b's meeting merges into a's (same type, agent, month); its denial is
	// another day's, so a second DENIAL event denies the same meeting. The
	// unknown id b's denial names and the source not in b's entities are
	// dropped.
	write(t, db, b)
	both := append(aOnly[1:],
		`node :Alleged:Denied:Event {id: "claims-a-meeting", status: "alleged"}`,
		`node :Event {id: "claims-b-denial", status: "asserted"}`,
		`rel (claims-b-denial)-[:DENIES]->(claims-a-meeting) {article: "claims-b", end: 71, evidence: "He called the claim false.", start: 45}`,
		`rel (organization/pell-radio)-[:CLAIMS]->(claims-a-meeting) {article: "claims-b", end: 44, evidence: "Pell Radio said Voss met Kell in April 2024.", start: 0, status: "alleged"}`,
		`rel (person/alder-voss)-[:CLAIMS]->(claims-a-meeting) {article: "claims-b", end: 71, evidence: "He called the claim false.", start: 45, status: "denied"}`,
	)
	diff(t, "articles a and b", claimLines(t, db, f.p), both)
	write(t, db, a, b)
	diff(t, "a and b written again", claimLines(t, db, f.p), both)

	// A corrected b asserts the meeting and no longer carries the denial:
	// b's old claims go, the meeting is no longer :Alleged, a's denial stays.
	b2 := *b
	b2.Events = []polgraph.Event{b.Events[0]}
	b2.Events[0].Status = polgraph.StatusAsserted
	write(t, db, &b2)
	diff(t, "b corrected", claimLines(t, db, f.p), []string{
		`node :Denied:Event {id: "claims-a-meeting", status: "asserted"}`,
		aOnly[1], aOnly[2], aOnly[3], aOnly[4],
		`rel (organization/pell-radio)-[:CLAIMS]->(claims-a-meeting) {article: "claims-b", end: 44, evidence: "Pell Radio said Voss met Kell in April 2024.", start: 0, status: "asserted"}`,
	})

	// Unloading a takes its denial and claims; nothing denies the meeting now.
	if _, err := db.UnloadArticles(ctx, []string{f.p + "claims-a"}); err != nil {
		t.Fatal(err)
	}
	diff(t, "a unloaded", claimLines(t, db, f.p), []string{
		`node :Event {id: "claims-a-meeting", status: "asserted"}`,
		`rel (organization/pell-radio)-[:CLAIMS]->(claims-a-meeting) {article: "claims-b", end: 44, evidence: "Pell Radio said Voss met Kell in April 2024.", start: 0, status: "asserted"}`,
	})
}

// An event its own subject denies keeps who alleged it: its source alleges,
// not denies.
func TestDeniedEventKeepsItsAccuser(t *testing.T) {
	db := graphtest.Open(t)
	f := fixture{testPrefix(t, db)}
	a, _ := f.claimArticles()
	a.Events[0].Status = polgraph.StatusDenied
	write(t, db, a)
	lines := claimLines(t, db, f.p)
	line(t, lines, `node :Denied:Event {id: "claims-a-meeting", status: "denied"}`)
	line(t, lines, `(organization/valdoria-courier)-[:CLAIMS]->(claims-a-meeting)`, `status: "alleged"`)
	line(t, lines, `(person/alder-voss)-[:CLAIMS]->(claims-a-meeting)`, `status: "denied"`)
}
