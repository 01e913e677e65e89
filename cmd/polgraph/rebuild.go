package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"

	"github.com/polgraph/polgraph/extract"
	"github.com/polgraph/polgraph/graph"
)

const rebuildUsage = `usage: polgraph rebuild [--batch N]

Upgrades the graph to this polgraph's schema version by rebuilding it from
the article texts it keeps, with the current extractor: every entity, event
and fact is deleted, then every article is extracted again and written as
"polgraph load" would. Articles keep their ids, titles, dates and texts.
Interrupted, it goes on where it stopped when run again; load and serve
refuse the graph until it has finished. Articles the graph keeps no text
for (written before schema version 2, or longer than 1 MiB) are listed by
count: load their files again afterwards.
`

// runRebuild implements polgraph rebuild.
func runRebuild(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("rebuild", flag.ContinueOnError)
	batch := fs.Int("batch", 100, "articles per write transaction")
	if err := parseFlags(fs, rebuildUsage, args, stdout, stderr); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "polgraph rebuild: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return errUsage
	}
	if err := firstProblem(atLeast("--batch", int64(*batch), 1, "articles per write transaction"), atMost("--batch", int64(*batch), 10_000)); err != nil {
		fmt.Fprintf(stderr, "polgraph rebuild: %v\n", err)
		return errUsage
	}
	db, err := openGraphAnyVersion(ctx)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(ctx))
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	rep, err := db.Rebuild(ctx, extract.New(), graph.RebuildOptions{
		Batch:  *batch,
		Done:   func(n int) { logger.Info("rebuild", "articles", n) },
		Failed: func(id string, err error) { logger.Error("rebuild: extract failed", "article", id, "err", err) },
	})
	fmt.Fprintf(stdout, "rebuilt %d %s with the current extractor; %d failed; %d kept no text\n", rep.Rewritten, plural(rep.Rewritten, "article"), rep.Failed, rep.NoText)
	switch {
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "interrupted: run polgraph rebuild again to finish")
		return err
	case err != nil:
		return fmt.Errorf("rebuild: %w", err)
	case rep.Failed > 0:
		return fmt.Errorf("rebuild: %d %s failed to extract (logged above); the graph stays marked unfinished: fix and run again", rep.Failed, plural(rep.Failed, "article"))
	}
	if rep.NoText > 0 {
		have := "have"
		if rep.NoText == 1 {
			have = "has"
		}
		fmt.Fprintf(stdout, "%d %s %s no stored text: load their files again with polgraph load to restore their facts\n", rep.NoText, plural(rep.NoText, "article"), have)
	}
	fmt.Fprintf(stdout, "the graph is at schema version %d\n", graph.SchemaVersion)
	return nil
}
