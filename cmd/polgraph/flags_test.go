package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

// Flags out of range are refused with a message in the user's terms,
// before anything is opened, never replaced by a default.
func TestOutOfRangeFlagsRefused(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"load", "--batch", "0", "x"}, "--batch 0 is too small: it must be at least 1"},
		{[]string{"load", "--batch", "100000", "x"}, "--batch 100000 is too large: it must be at most 10000"},
		{[]string{"load", "--workers", "-1", "x"}, "--workers -1 is too small: it must be at least 1"},
		{[]string{"load", "--max-size", "0", "x"}, "--max-size 0 is too small: it must be at least 1024"},
		{[]string{"load", "--retry-for", "-1s", "x"}, "--retry-for -1s must be a positive duration"},
		{[]string{"load", "--format", "pdf", "x"}, `--format "pdf" is not one of auto, text`},
		{[]string{"load", "--progress", "fancy", "x"}, `--progress "fancy" is not one of auto, bar, log`},
		{[]string{"load", "--extract-budget", "0s", "x"}, "--extract-budget 0s must be a positive duration"},
		{[]string{"serve", "--timeout", "0s"}, "--timeout 0s must be a positive duration"},
		{[]string{"serve", "--extract-budget", "-1s"}, "--extract-budget -1s must be a positive duration"},
		{[]string{"serve", "--timeout", "10s"}, "--extract-budget 20s is too long: it must be shorter than --timeout (10s)"},
		{[]string{"serve", "--max-depth", "0"}, "--max-depth 0 is too small: it must be at least 1"},
		{[]string{"serve", "--max-fields", "0"}, "--max-fields 0 is too small"},
		{[]string{"serve", "--max-body", "10"}, "--max-body 10 is too small: it must be at least 1024"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), tt.args, &stdout, &stderr)
		if got := stderr.String(); !errors.Is(err, errUsage) || !strings.Contains(got, tt.want) {
			t.Errorf("polgraph %s: err %v, stderr %q; want a usage error saying %q", strings.Join(tt.args, " "), err, got, tt.want)
		}
	}
}
