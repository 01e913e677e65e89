package main

import (
	"context"
	"flag"
	"fmt"
	"io"
)

const checkUsage = `usage: polgraph check [--repair]

Looks through the whole graph for what concurrent writers of earlier
versions could leave: duplicate MENTIONS, REPORTED_IN, PARTICIPATED_IN,
SUPPORTS and fact edges, and entity, event and fact counters that disagree
with their edges. With --repair it fixes them from the articles' own
edges, in one transaction under the write lock, then checks again. It
exits 1 when problems remain.
`

// runCheck implements polgraph check.
func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	repair := fs.Bool("repair", false, "fix what is found")
	if err := parseFlags(fs, checkUsage, args, stdout, stderr); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "polgraph check: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return errUsage
	}
	db, err := openGraph(ctx)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(ctx))
	rep, err := db.Check(ctx, "")
	if err != nil {
		return fmt.Errorf("check: %w", err)
	}
	if rep.Problems() == 0 {
		fmt.Fprintln(stdout, "the graph is consistent: no duplicate edge, every counter agrees with its edges")
		return nil
	}
	fmt.Fprint(stdout, rep)
	for _, ex := range rep.Examples {
		fmt.Fprintln(stdout, "  e.g.", ex)
	}
	if !*repair {
		return fmt.Errorf("check: %d %s found; `polgraph check --repair` fixes them", rep.Problems(), plural(rep.Problems(), "problem"))
	}
	if _, err := db.Repair(ctx, ""); err != nil {
		return fmt.Errorf("check: %w", err)
	}
	after, err := db.Check(ctx, "")
	if err != nil {
		return fmt.Errorf("check after repair: %w", err)
	}
	if after.Problems() > 0 {
		fmt.Fprint(stdout, after)
		return fmt.Errorf("check: %d %s left after repair", after.Problems(), plural(after.Problems(), "problem"))
	}
	fmt.Fprintf(stdout, "repaired: %d %s fixed, the graph is consistent\n", rep.Problems(), plural(rep.Problems(), "problem"))
	return nil
}
