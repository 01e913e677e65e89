package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/polgraph/polgraph/loader"
)

type loaderSkip = loader.Skip

// Every command's and neo4j subcommand's --help (-h, help COMMAND) prints
// its own usage once, on stdout, and succeeds; nothing is opened or
// started. The table is every command run knows.
func TestEveryCommandHelps(t *testing.T) {
	var cmds [][]string
	for name := range commands() {
		cmds = append(cmds, []string{name})
	}
	for sub := range neo4jSubUsage {
		cmds = append(cmds, []string{"neo4j", sub})
	}
	slices.SortFunc(cmds, slices.Compare)
	for _, cmd := range cmds {
		for _, args := range [][]string{
			append(slices.Clone(cmd), "--help"),
			append(slices.Clone(cmd), "-h"),
			append([]string{"help"}, cmd...),
		} {
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), args, &stdout, &stderr)
			want := "usage: polgraph " + strings.Join(cmd, " ")
			firstLine, _, _ := strings.Cut(stdout.String(), "\n")
			got := strings.ToLower(firstLine)
			if err != nil || stderr.Len() > 0 || !strings.HasPrefix(got, want) || !strings.HasSuffix(stdout.String(), "\n") ||
				strings.Count(strings.ToLower(stdout.String()), "usage:") != 1 {
				t.Errorf("polgraph %s: err %v, stderr %q, stdout starts %q, %d usages; want %q… once on stdout and no error",
					strings.Join(args, " "), err, stderr.String(), firstLine, strings.Count(strings.ToLower(stdout.String()), "usage:"), want)
			}
		}
	}
	var stdout bytes.Buffer
	if err := run(context.Background(), []string{"--help"}, &stdout, &bytes.Buffer{}); err != nil || !strings.Contains(stdout.String(), "neo4j start|stop|status|env") {
		t.Errorf("polgraph --help: %v, %q; want every command, neo4j env included", err, stdout.String())
	}
	for name := range commands() {
		if !strings.Contains(stdout.String(), "\n  polgraph "+name) {
			t.Errorf("polgraph --help does not list %s:\n%s", name, stdout.String())
		}
	}
}

// polgraph help NAME prints NAME's usage on stdout and succeeds, for every
// command, help and neo4j included; an unknown name, or an argument help
// does not take, is a usage error with the list of commands or help's
// usage on stderr.
func TestHelpCommand(t *testing.T) {
	for _, tt := range []struct {
		args       []string
		wantErr    error
		wantStdout string // the first line's start
		wantStderr string // contained
	}{
		{[]string{"help"}, nil, "polgraph turns political news", ""},
		{[]string{"help", "help"}, nil, "usage: polgraph help", ""},
		{[]string{"help", "--help"}, nil, "usage: polgraph help", ""},
		{[]string{"help", "neo4j"}, nil, "usage: polgraph neo4j start|stop|status|env", ""},
		{[]string{"help", "neo4j", "env"}, nil, "usage: polgraph neo4j env", ""},
		{[]string{"help", "load"}, nil, "usage: polgraph load", ""},
		{[]string{"help", "seed"}, nil, "usage: polgraph seed", ""},
		{[]string{"help", "version"}, nil, "usage: polgraph version", ""},
		{[]string{"help", "frobnicate"}, errUsage, "", "unknown command \"frobnicate\""},
		{[]string{"help", "neo4j", "restart"}, errUsage, "", "unknown subcommand \"restart\""},
		{[]string{"help", "load", "articles/"}, errUsage, "", "unexpected argument \"articles/\" after load"},
		{[]string{"help", "help", "help"}, errUsage, "", "usage: polgraph help"},
	} {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), tt.args, &stdout, &stderr)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("polgraph %s: err %v, want %v", strings.Join(tt.args, " "), err, tt.wantErr)
		}
		if got := stdout.String(); !strings.HasPrefix(got, tt.wantStdout) || tt.wantStdout == "" && got != "" {
			t.Errorf("polgraph %s: stdout %.80q, want it to start %q", strings.Join(tt.args, " "), got, tt.wantStdout)
		}
		if got := stderr.String(); !strings.Contains(got, tt.wantStderr) || tt.wantStderr == "" && got != "" {
			t.Errorf("polgraph %s: stderr %.200q, want it to contain %q", strings.Join(tt.args, " "), got, tt.wantStderr)
		}
		// An unknown command lists the commands.
		if tt.wantErr != nil && strings.Contains(tt.wantStderr, "unknown command") && !strings.Contains(stderr.String(), "polgraph load [flags]") {
			t.Errorf("polgraph %s: stderr does not list the commands: %q", strings.Join(tt.args, " "), stderr.String())
		}
	}
}

// A command line that cannot be understood names the problem on stderr and
// fails with errUsage (exit status 2), for each command alike.
func TestUnknownArgumentsAreUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"frobnicate"},
		{"load", "--no-such-flag"},
		{"extract", "--no-such-flag"},
		{"neo4j"},
		{"neo4j", "restart"},
		{"neo4j", "start", "now"},
		{"seed", "extra"},
	} {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), args, &stdout, &stderr)
		if !errors.Is(err, errUsage) || stdout.Len() > 0 || !strings.Contains(strings.ToLower(stderr.String()), "usage:") {
			t.Errorf("polgraph %s: err %v, stdout %q, stderr %.120q; want errUsage and the usage on stderr", strings.Join(args, " "), err, stdout.String(), stderr.String())
		}
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

// The summary line of a load counts in the right number and gives the
// rate with one decimal, per minute below one article a second.
func TestReportSummary(t *testing.T) {
	for _, tt := range []struct {
		s      loader.Summary
		dryRun bool
		want   string
	}{
		{loader.Summary{Inputs: 1, Written: 1, Elapsed: 2500 * time.Millisecond}, false,
			"loaded 1 article from 1 input in 2.5s (24.0 articles/min); 0 failed; 0 skipped\n"},
		{loader.Summary{Inputs: 2, Written: 25, Failed: 1, Elapsed: 10 * time.Second}, false,
			"loaded 25 articles from 2 inputs in 10s (2.5 articles/s); 1 failed; 0 skipped\n"},
		{loader.Summary{Inputs: 1, Failed: 1, Elapsed: time.Second}, false,
			"loaded 0 articles from 1 input in 1s; 1 failed; 0 skipped\n"},
		{loader.Summary{Inputs: 3, Written: 3, Elapsed: time.Second}, true,
			"would load 3 articles from 3 inputs in 1s; 0 failed; 0 skipped\n"},
	} {
		var stdout bytes.Buffer
		report(&stdout, io.Discard, tt.s, false, tt.dryRun)
		if got := stdout.String(); got != tt.want {
			t.Errorf("report(%+v, dry run %v) = %q, want %q", tt.s, tt.dryRun, got, tt.want)
		}
	}
}
