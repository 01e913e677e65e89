package main

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/graph"
	"github.com/polgraph/polgraph/loader"
)

// report prints what a load did: the summary on stdout; the failures and
// what the folder walk skipped on stderr, one line per kind of file
// skipped, or one per file with verbose.
func report(stdout, stderr io.Writer, s loader.Summary, verbose, dryRun bool) {
	verb := "loaded"
	if dryRun {
		verb = "would load"
	}
	line := fmt.Sprintf("%s %d %s from %d %s in %v", verb, s.Written, plural(s.Written, "article"),
		s.Inputs, plural(s.Inputs, "input"), s.Elapsed.Round(time.Millisecond))
	if s.Written > 0 && !dryRun {
		line += " (" + loader.Rate(s.Written, s.Elapsed) + ")"
	}
	fmt.Fprintf(stdout, "%s; %d failed; %d skipped\n", line, s.Failed, len(s.Skipped))
	for _, f := range s.Failures {
		fmt.Fprintf(stderr, "  failed %s: %v\n", f.Input, f.Err)
	}
	if s.Failed > len(s.Failures) {
		fmt.Fprintf(stderr, "  … and %d more failed\n", s.Failed-len(s.Failures))
	}
	if verbose {
		for _, sk := range s.Skipped {
			fmt.Fprintf(stderr, "  skipped %s: %s (%s)\n", sk.Path, sk.Kind, sk.Reason)
		}
		return
	}
	for _, line := range skipLines(s.Skipped) {
		fmt.Fprintln(stderr, " ", line)
	}
}

// skipLines says what was skipped, one line per kind of file with the first
// few names; sidecars with no article are each named, as they are likely
// mistakes (the article they date was renamed).
func skipLines(skipped []loader.Skip) []string {
	const named = 3
	byKind := map[string][]string{}
	var kinds []string
	for _, sk := range skipped {
		if byKind[sk.Kind] == nil {
			kinds = append(kinds, sk.Kind)
		}
		byKind[sk.Kind] = append(byKind[sk.Kind], sk.Path)
	}
	slices.SortStableFunc(kinds, func(a, b string) int { return cmp.Compare(len(byKind[b]), len(byKind[a])) })
	var lines []string
	for _, kind := range kinds {
		paths := byKind[kind]
		n := len(paths)
		if kind == loader.SkipOrphanSidecar {
			lines = append(lines, fmt.Sprintf("skipped %d %s: %s (no NAME.txt, .html or .json beside it)", n, plural(n, kind), strings.Join(paths, ", ")))
			continue
		}
		shown := strings.Join(paths[:min(n, named)], ", ")
		if n > named {
			shown += fmt.Sprintf(" and %d more (--verbose lists them)", n-named)
		}
		lines = append(lines, fmt.Sprintf("skipped %d %s: %s", n, plural(n, kind), shown))
	}
	return lines
}

// plural is noun with an s unless n is 1: "2 images", "3 hidden files or
// folders", "2 sidecars with no article", "2 dead letters of a load".
func plural(n int, noun string) string {
	if n == 1 {
		return noun
	}
	for _, sep := range []string{" with ", " of "} {
		if head, tail, ok := strings.Cut(noun, sep); ok {
			return plural(n, head) + sep + tail
		}
	}
	if first, rest, ok := strings.Cut(noun, " or "); ok {
		return plural(n, first) + " or " + plural(n, rest)
	}
	if strings.HasSuffix(noun, "y") {
		return strings.TrimSuffix(noun, "y") + "ies"
	}
	return noun + "s"
}

// wouldLoad is the line of a dry run for one article.
func wouldLoad(input string, a polgraph.Article) string {
	date := "no date"
	if a.PublishedAt != "" {
		date = a.PublishedAt
		if a.PublishedFrom != "" {
			date += " from " + a.PublishedFrom
		}
	}
	title := a.Title
	if r := []rune(title); len(r) > 80 {
		title = string(r[:79]) + "…"
	}
	return fmt.Sprintf("would load %s: %s %q (%s)", input, a.ID, title, date)
}

// unavailableHint is what to do when Neo4j does not answer: start the
// local server, when that is what polgraph connects to.
func unavailableHint() string {
	if os.Getenv(graph.EnvURI) != "" {
		return ""
	}
	return "is the local Neo4j running? `polgraph neo4j start` starts it"
}
