package extract

import (
	"context"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// A state's embassy or consulate is a body of its own, one node for each
// state's mission in one country: named by the state's name, its demonym
// (known or made like one) or "of" and the state, in the country the text
// posts it to, else the one the story is filed from, else the article's
// own; never the state that sends it.
func TestDiplomaticMissions(t *testing.T) {
	canberra := "The Chinese embassy in Canberra rejected the report on Monday as groundless. " +
		"China's embassy had been asked to comment on Friday, and the Chinese Embassy said on Sunday that Ivo Dorn had not met its staff."
	filed := "NAIROBI, Kenya (Reuters) - The Chinese embassy said on Monday it had not been told of the expulsions, while the Russian consulate in Mombasa was closed."
	fictional := "On Monday, Oskavia recalled its ambassador. The Oskavian embassy also denied the report, and the Embassy of the Kingdom of Marvesh said its staff were safe."
	checkIDs(t, []idCase{
		{"a known demonym and its host", canberra, "Chinese embassy", 0, "organization/embassy-of-china--au"},
		{"the state's possessive, the same mission", canberra, "China's embassy", 0, "organization/embassy-of-china--au"},
		{"in capitals, the same mission", canberra, "Chinese Embassy", 0, "organization/embassy-of-china--au"},
		{"the country it is filed from", filed, "Chinese embassy", 0, "organization/embassy-of-china--ke"},
		{"a consulate is another mission", filed, "Russian consulate", 0, "organization/consulate-of-russia--ke"},
		{"an unknown state's demonym", fictional, "Oskavian embassy", 0, gazetteer.ScopedID("organization/embassy-of-oskavia", "", fictional)},
		{"of an unknown state", fictional, "Embassy of the Kingdom of Marvesh", 0, gazetteer.ScopedID("organization/embassy-of-kingdom-of-marvesh", "", fictional)},
	})
}

// The mission, not its state, is who denies: "The Chinese embassy in
// Canberra rejected the report" is the embassy's denial. Its staff act
// for the state: who meets "officials from the Chinese consulate" meets
// China.
func TestMissionSpeaks(t *testing.T) {
	text := "The Australian Daily reported on Friday that Ivo Dorn had met officials from the Chinese consulate in Perth.\n\nThe Chinese embassy in Canberra rejected the report on Monday."
	x, err := New().Extract(context.Background(), polgraph.Article{ID: "t", Text: text, PublishedAt: "2025-03-04"})
	if err != nil {
		t.Fatal(err)
	}
	if !hasEvent(x, "DENIAL", "", "organization/embassy-of-china--au", "agent") || hasEvent(x, "DENIAL", "", "country/china", "agent") {
		t.Errorf("want the embassy's denial, not China's: %s", eventsString(x))
	}
	if !hasEvent(x, "MEETING", "", "country/china", "participant") {
		t.Errorf("want a meeting with China: %s", eventsString(x))
	}
}
