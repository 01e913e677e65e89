package loader

import (
	"testing"
	"time"
)

func TestRate(t *testing.T) {
	for _, tt := range []struct {
		n    int
		d    time.Duration
		want string
	}{
		{1, 4 * time.Second, "15.0 articles/min"},
		{1, 12 * time.Second, "5.0 articles/min"},
		{3, 2 * time.Second, "1.5 articles/s"},
		{2500, 80 * time.Second, "31.2 articles/s"},
		{0, time.Second, "no articles yet"},
	} {
		if got := Rate(tt.n, tt.d); got != tt.want {
			t.Errorf("Rate(%d, %v) = %q, want %q", tt.n, tt.d, got, tt.want)
		}
	}
}

func TestStalled(t *testing.T) {
	now := time.Date(2024, 3, 14, 12, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		writing, down time.Duration // before now; 0: none
		want          string
	}{
		{0, 0, ""},
		{time.Second, 0, ""},
		{5 * time.Second, 0, "Neo4j has not answered for 5s, 40 articles waiting"},
		{2 * time.Second, 45 * time.Second, "Neo4j unavailable for 45s, retrying, 40 articles waiting"},
	} {
		var writing, down time.Time
		if tt.writing > 0 {
			writing = now.Add(-tt.writing)
		}
		if tt.down > 0 {
			down = now.Add(-tt.down)
		}
		if got := stalled(now, writing, down, 40); got != tt.want {
			t.Errorf("stalled(writing %v ago, down %v ago) = %q, want %q", tt.writing, tt.down, got, tt.want)
		}
	}
}
