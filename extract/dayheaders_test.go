package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
)

// Entries under a day's heading happened that day, the anterior ones
// excepted, whatever day the page was published.
func TestDayHeadingsDateTheirEntries(t *testing.T) {
	text := "Friday 3 May\n\n" +
		"20:10 Orla Brenn, the leader of the Harbour Party, has told supporters in Velmar that the count is far from over.\n\n" +
		"Saturday 4 May\n\n" +
		"06:40 Stefan Orrel has resigned as leader of the Coast Alliance.\n\n" +
		"07:15 Orrel had led the Coast Alliance since its founding.\n\n" +
		"09:30 Brenn says her party will talk to every group in parliament.\n"
	x, err := New().Extract(context.Background(), polgraph.Article{Text: text, PublishedAt: "2024-05-05"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		typ, evidence, want string
	}{
		{"STATEMENT", "20:10 Orla Brenn", "2024-05-03"},
		{"RESIGNATION", "06:40 Stefan Orrel", "2024-05-04"},
		{"STATEMENT", "09:30 Brenn says", "2024-05-04"},
	}
	for _, tt := range tests {
		checkDatedByEvidence(t, x, tt.typ, tt.evidence, tt.want)
	}
	for _, ev := range x.Events {
		if ev.Evidence.Text[:5] == "07:15" && ev.Date != nil && *ev.Date == "2024-05-04" {
			t.Errorf("%s told in the past perfect dated by its heading", ev.Type)
		}
	}
}

// A round-up's section lead ("In other news on Tuesday:", "Sunday's
// round-up.") dates the entries under it, and a live blog's time stamp
// dates its entry to the day of the page when no heading names one; a
// sentence that tells something on its day heads nothing.
func TestSectionLeadsAndStampsDateTheirEntries(t *testing.T) {
	tests := []struct {
		text, typ, evidence, want string
	}{
		{"Sunday's round-up.\n\nKenya: Ivo Marr resigned as interior minister.", "RESIGNATION", "Kenya: Ivo Marr", "2024-05-05"},
		{"Around the world on Saturday:\n\nIn Ghana, police arrested the activist Ana Holm in Accra.", "ARREST", "In Ghana", "2024-05-04"},
		{"In other news on Tuesday: police in Lima detained the activist Ana Holm.", "ARREST", "In other news", "2024-04-30"},
		{"12:40 GMT – Foreign Minister Ivo Marr met his Polish counterpart in Warsaw.", "MEETING", "Foreign Minister Ivo Marr", "2024-05-06"},
		{"Update 18:30: Police in Nairobi arrested the activist Ana Holm.", "ARREST", "Police in Nairobi arrested", "2024-05-06"},
		{"0832 GMT - Police in Nairobi arrested the activist Ana Holm.", "ARREST", "Police in Nairobi arrested", "2024-05-06"},
		{"Updated at 16:20 GMT: Protesters gathered outside the parliament in Tbilisi.", "PROTEST", "Protesters gathered", "2024-05-06"},
		{"Officials in Dresk spoke on Sunday.\n\nPolice in Nairobi arrested the activist Ana Holm.", "ARREST", "Police in Nairobi", ""},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: "Round-up\n\n" + tt.text, PublishedAt: "2024-05-06"})
		if err != nil {
			t.Fatal(err)
		}
		checkDatedByEvidence(t, x, tt.typ, tt.evidence, tt.want)
	}
}

// checkDatedByEvidence checks that x holds an event of type typ whose
// evidence opens with evidence, and that each such event is dated want.
func checkDatedByEvidence(t *testing.T, x *polgraph.Extraction, typ, evidence, want string) {
	t.Helper()
	found := false
	for _, ev := range x.Events {
		if string(ev.Type) != typ || !strings.HasPrefix(ev.Evidence.Text, evidence) {
			continue
		}
		found = true
		if got := deref(ev.Date); got != want {
			t.Errorf("%s %q dated %q, want %q", typ, evidence, got, want)
		}
	}
	if !found {
		t.Errorf("no %s in an event's evidence opening %q", typ, evidence)
	}
}

// A live blog's time stamp is split off its entry: it is no name, no
// part of the entry's evidence, and the entry is parsed without it.
func TestStampsStandApartFromTheirEntries(t *testing.T) {
	tests := []struct {
		text, typ string
		want      bool // whether an event of type typ is found
	}{
		{"07:30 GMT – Talks between Armenia and Azerbaijan collapsed on Sunday.", "MEETING", false},
		{"12:40 GMT – Foreign Minister Ivo Marr met his Polish counterpart in Warsaw.", "MEETING", true},
		{"Update 18:30: Police in Nairobi arrested the activist Ana Holm.", "ARREST", true},
		{"0832 GMT: Police in Nairobi arrested the activist Ana Holm.", "ARREST", true},
		{"Updated at 16:20 GMT: Police in Nairobi arrested the activist Ana Holm.", "ARREST", true},
	}
	for _, tt := range tests {
		x, err := New().Extract(context.Background(), polgraph.Article{Text: "Live\n\n" + tt.text, PublishedAt: "2024-05-06"})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, ev := range x.Events {
			if string(ev.Type) != tt.typ {
				continue
			}
			found = true
			if strings.ContainsAny(ev.Evidence.Text[:1], "0123456789U") {
				t.Errorf("%q: evidence %q holds the stamp", tt.text, ev.Evidence.Text)
			}
		}
		if found != tt.want {
			t.Errorf("%q: %s found %v, want %v", tt.text, tt.typ, found, tt.want)
		}
		for _, e := range x.Entities {
			if e.Name == "GMT" {
				t.Errorf("%q: the time zone read as a name", tt.text)
			}
		}
	}
}
