package main

import (
	"testing"
	"time"
)

func TestStatCPU(t *testing.T) {
	tests := []struct {
		name, stat string
		want       time.Duration
		wantErr    bool
	}{
		{"java", "4242 (java) S 1 4242 4242 0 -1 4194560 91234 0 12 0 1500 250 0 0 20 0 80 0 1234 5000000 90000 18446744073709551615", 17500 * time.Millisecond, false},
		{"name with spaces and parentheses", "7 (a) b (c) R 1 7 7 0 -1 0 0 0 0 0 3 4 0 0 20 0 1 0 9 0 0", 70 * time.Millisecond, false},
		{"short", "7 (x) R 1 2", 0, true},
		{"no name", "garbage", 0, true},
		{"not a number", "7 (x) R 1 7 7 0 -1 0 0 0 0 0 x 4 0 0", 0, true},
	}
	for _, tt := range tests {
		got, err := statCPU(tt.stat)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("%s: statCPU = %v, %v; want %v (error %v)", tt.name, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestProcCPUOfThisProcess(t *testing.T) {
	deadline := time.Now().Add(50 * time.Millisecond)
	for time.Now().Before(deadline) { // spend some CPU
	}
	got, err := procCPU("self")
	if err != nil || got <= 0 {
		t.Fatalf("procCPU(self) = %v, %v; want a positive time", got, err)
	}
}

func TestSlowestNamesTheVariables(t *testing.T) {
	tm := timing{lat: []time.Duration{2 * time.Millisecond, 90 * time.Millisecond, 5 * time.Millisecond}, vars: []int{0, 3, 1}}
	got := tm.slowest(2)
	want := []string{"90.0 ms (#3)", "5.0 ms (#1)"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("slowest(2) = %v, want %v", got, want)
	}
	if p := tm.p(.5); p != 5*time.Millisecond || tm.lat[0] != 2*time.Millisecond {
		t.Errorf("p(.5) = %v with lat %v: want 5ms and lat left in request order", p, tm.lat)
	}
}
