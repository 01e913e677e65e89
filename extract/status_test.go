package extract

import (
	"context"
	"slices"
	"testing"

	"github.com/polgraph/polgraph"
)

// A hedge qualifies the phrase it modifies, not its whole sentence.
func TestStatusScope(t *testing.T) {
	tests := []struct {
		text, typ, status string
	}{
		{"A Varovian MP linked to alleged Russian influence operations has resigned from the Civic Alliance.", "RESIGNATION", polgraph.StatusAsserted},
		{"A Varovian MP linked to alleged Russian influence operations has resigned from the Civic Alliance.", "INTERFERENCE", polgraph.StatusAlleged},
		{"Senator Petra Holm allegedly met Ostrian diplomats in May.", "MEETING", polgraph.StatusAlleged},
		// a state's voice denying what the state is said to have done is
		// the doer's own denial; another state's is not
		{"The Kremlin denied that Russian troops had shelled Kharkiv.", "ATTACK", polgraph.StatusDenied},
		{"The Chinese embassy denied that Chinese diplomats had met Petra Holm in Vellin.", "MEETING", polgraph.StatusDenied},
		{"Belarus denied that Russian troops had shelled Kharkiv.", "ATTACK", polgraph.StatusAlleged},
		{"Senator Petra Holm resigned, reportedly after a dispute.", "RESIGNATION", polgraph.StatusAlleged},
		{"Reportedly, Senator Petra Holm resigned on Monday.", "RESIGNATION", polgraph.StatusAlleged},
		{"Senator Petra Holm resigned on Monday amid claims of fraud.", "RESIGNATION", polgraph.StatusAsserted},
		{"Senator Petra Holm resigned on Monday, according to two sources.", "RESIGNATION", polgraph.StatusAlleged},
		{"It was alleged that Senator Petra Holm met Ostrian diplomats in May.", "MEETING", polgraph.StatusAlleged},
		{"The hearing was moved, according to a statement by Senator Petra Holm.", "STATEMENT", polgraph.StatusAsserted},
		// a suspicion is alleged within its own clause only
		{"Senator Petra Holm is suspected of having met Ostrian diplomats in May.", "MEETING", polgraph.StatusAlleged},
		{"Senator Petra Holm, who is suspected of spying, met Ostrian diplomats in May.", "MEETING", polgraph.StatusAsserted},
		{"Senator Petra Holm, who is alleged to have lied, met Ostrian diplomats in May.", "MEETING", polgraph.StatusAsserted},
		// what a charge or a suspicion names is alleged; what one is
		// convicted of, a court found
		{"Prosecutors charged Senator Petra Holm with spying for Russia on Monday.", "INTERFERENCE", polgraph.StatusAlleged},
		{"Senator Petra Holm was charged with spying for Russia on Monday.", "INTERFERENCE", polgraph.StatusAlleged},
		{"Senator Petra Holm was arrested on suspicion of spying for Russia on Monday.", "INTERFERENCE", polgraph.StatusAlleged},
		{"Senator Petra Holm was arrested on suspicion of spying for Russia on Monday.", "ARREST", polgraph.StatusAsserted},
		{"Senator Petra Holm was convicted of spying for Russia on Monday.", "INTERFERENCE", polgraph.StatusAsserted},
		// a report that closes the sentence frames what it tells; a
		// statement does not
		{"Police arrested Ivo Dorn in Wexcombe on Monday, the Daily Lantern reported.", "ARREST", polgraph.StatusAlleged},
		{"Police arrested Ivo Dorn in Wexcombe on Monday, the ministry said.", "ARREST", polgraph.StatusAsserted},
		{"Senator Petra Holm attended three private dinners with officials from Ostria's consulate in 2022, The Harbour Lantern reported on Wednesday, citing two security sources.", "MEETING", polgraph.StatusAlleged},
		// a post a fact-check cites alleges what it tells, past a reduced
		// relative on it
		{"A post shared 40,000 times on Facebook alleges that Mayor Ivo Brenak met a Varovian envoy in May.", "MEETING", polgraph.StatusAlleged},
		{"A post on Facebook alleges that Mayor Ivo Brenak met a Varovian envoy in May.", "MEETING", polgraph.StatusAlleged},
		// a letter a report's verb publishes is its authors' words, no
		// report framing what a participle on it tells
		{"The Civic Forum published a letter on Monday urging Prime Minister Karel Vost to resign.", "REQUEST", polgraph.StatusAsserted},
	}
	for _, tt := range tests {
		events := eventsOfType(t, tt.text, tt.typ)
		for _, ev := range events {
			if ev.Status != tt.status {
				t.Errorf("%q: %s is %s, want %s", tt.text, tt.typ, ev.Status, tt.status)
			}
		}
		if len(events) == 0 {
			t.Errorf("%q: no %s event", tt.text, tt.typ)
		}
	}
}

// eventsOfType extracts text, published 2024-06-05, and returns its
// events of type typ.
func eventsOfType(t *testing.T, text, typ string) []polgraph.Event {
	t.Helper()
	x, err := extractor.Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2024-06-05"})
	if err != nil {
		t.Fatal(err)
	}
	return slices.DeleteFunc(x.Events, func(ev polgraph.Event) bool { return ev.Type != typ })
}

// What people of one side say happened, opening the sentence with no one
// named ("Protesters said police fired", "Opponents say"), is their claim.
func TestSideSaysAlleges(t *testing.T) {
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: "Opponents said troops fired on the crowd in Orvik on Saturday.", PublishedAt: "2025-05-12"})
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range x.Events {
		if ev.Type == "ATTACK" && ev.Status != polgraph.StatusAlleged {
			t.Errorf("ATTACK is %s, want alleged", ev.Status)
		}
	}
	if !slices.ContainsFunc(x.Events, func(ev polgraph.Event) bool { return ev.Type == "ATTACK" }) {
		t.Errorf("no ATTACK among %v", x.Events)
	}
}

// A count of votes tells a win as fact, dated by the day it is given or
// shows the win; an estimate before the count (exit polls, projections)
// leaves it alleged, with no one its source.
func TestCountsAndEstimatesOfAWin(t *testing.T) {
	tests := []struct {
		text, status, date string
	}{
		{"The Meadow Party won the election in Norway, official results showed on Tuesday.", polgraph.StatusAsserted, "2024-06-04"},
		{"The Meadow Party won 40 seats in Norway's election, according to preliminary results released on Tuesday.", polgraph.StatusAlleged, "2024-06-04"},
		{"Official results released on Tuesday showed that the Meadow Party won the election in Norway.", polgraph.StatusAsserted, "2024-06-04"},
		{"The Meadow Party won the election in Norway, exit polls suggested on Tuesday.", polgraph.StatusAlleged, ""},
		{"The Meadow Party won the election in Norway, according to exit polls.", polgraph.StatusAlleged, ""},
		{"Exit polls showed that the Meadow Party won the election in Norway.", polgraph.StatusAlleged, ""},
	}
	for _, tt := range tests {
		elections := eventsOfType(t, tt.text, "ELECTION")
		for _, ev := range elections {
			got := ""
			if ev.Date != nil {
				got = *ev.Date
			}
			if ev.Status != tt.status || got != tt.date {
				t.Errorf("%q: ELECTION is %s on %q, want %s on %q", tt.text, ev.Status, got, tt.status, tt.date)
			}
			for _, p := range ev.Participants {
				if p.Role == "source" {
					t.Errorf("%q: ELECTION has source %s, want none", tt.text, p.Entity)
				}
			}
		}
		if len(elections) == 0 {
			t.Errorf("%q: no ELECTION", tt.text)
		}
	}
	// a count that shows no event tells none
	x, err := extractor.Extract(context.Background(), polgraph.Article{Text: "Official results showed wide support for the reform on Tuesday.", PublishedAt: "2024-06-05"})
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Events) != 0 {
		t.Errorf("a count showing support: got events %v, want none", x.Events)
	}
}
