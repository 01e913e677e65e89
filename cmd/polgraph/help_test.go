package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/polgraph/polgraph/loader"
)

type loaderSkip = loader.Skip

// Every command's --help prints its own usage once, on stdout, and
// succeeds; nothing is opened or started.
func TestEveryCommandHelps(t *testing.T) {
	for _, args := range [][]string{
		{"extract", "--help"}, {"read", "-h"}, {"load", "--help"}, {"seed", "--help"}, {"synth", "--help"},
		{"unload", "--help"}, {"check", "--help"}, {"rebuild", "--help"}, {"serve", "--help"}, {"neo4j", "--help"}, {"version", "--help"},
		{"help", "load"},
	} {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), args, &stdout, &stderr)
		cmd := args[0]
		if cmd == "help" {
			cmd = args[1]
		}
		out := strings.ToLower(stdout.String())
		if err != nil || stderr.Len() > 0 || !strings.HasPrefix(out, "usage: polgraph "+cmd) || strings.Count(out, "usage:") != 1 {
			t.Errorf("polgraph %s: err %v, stderr %q, stdout %.80q…; want its own usage once on stdout and no error", strings.Join(args, " "), err, stderr.String(), stdout.String())
		}
	}
	var stdout bytes.Buffer
	if err := run(context.Background(), []string{"--help"}, &stdout, &bytes.Buffer{}); err != nil || !strings.Contains(stdout.String(), "neo4j start|stop|status|env") {
		t.Errorf("polgraph --help: %v, %q; want every command, neo4j env included", err, stdout.String())
	}
}

func TestSkipLines(t *testing.T) {
	for _, tt := range []struct {
		kinds []string
		want  string
	}{
		{[]string{"source code file", "source code file"}, "skipped 2 source code files: p0, p1"},
		{[]string{"image"}, "skipped 1 image: p0"},
		{[]string{"hidden file or folder", "hidden file or folder"}, "skipped 2 hidden files or folders: p0, p1"},
		{[]string{"note or documentation file", "note or documentation file", "note or documentation file", "note or documentation file", "note or documentation file"},
			"skipped 5 notes or documentation files: p0, p1, p2 and 2 more (--verbose lists them)"},
		{[]string{"sidecar with no article", "sidecar with no article", "sidecar with no article", "sidecar with no article"},
			"skipped 4 sidecars with no article: p0, p1, p2, p3 (no NAME.txt, .html or .json beside it)"},
	} {
		var skipped []loaderSkip
		for i, k := range tt.kinds {
			skipped = append(skipped, loaderSkip{Path: "p" + string(rune('0'+i)), Kind: k})
		}
		if got := skipLines(skipped); len(got) != 1 || got[0] != tt.want {
			t.Errorf("skipLines(%v) = %q, want %q", tt.kinds, got, tt.want)
		}
	}
}
