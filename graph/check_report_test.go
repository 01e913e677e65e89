package graph

import "testing"

// A check's findings read in their number: "1 duplicate MENTIONS edge",
// "2 duplicate MENTIONS edges".
func TestCheckReportString(t *testing.T) {
	tests := []struct {
		r    CheckReport
		want string
	}{
		{CheckReport{}, ""},
		{CheckReport{DuplicateMentions: 1}, "1 duplicate MENTIONS edge\n"},
		{CheckReport{DuplicateMentions: 2, FactCounters: 1}, "2 duplicate MENTIONS edges\n1 fact whose supportCount disagrees with its supports\n"},
		{CheckReport{EntityCounters: 3}, "3 entities whose mentionCount/articleCount disagree with their mentions\n"},
	}
	for _, tt := range tests {
		if got := tt.r.String(); got != tt.want {
			t.Errorf("%+v: got %q, want %q", tt.r, got, tt.want)
		}
	}
}
