package polgraph

import "testing"

func TestClaimStatus(t *testing.T) {
	tests := []struct {
		event string
		want  Status
	}{
		{StatusAsserted, StatusAsserted},
		{StatusAlleged, StatusAlleged},
		{StatusDenied, StatusAlleged}, // the accuser's word stands beside the denial
		{"", ""},
		{"rumoured", ""},
	}
	for _, tt := range tests {
		if got := ClaimStatus(tt.event); got != tt.want {
			t.Errorf("ClaimStatus(%q) = %q, want %q", tt.event, got, tt.want)
		}
	}
}
