// Command train-entity trains polgraph's named-entity tagger (package
// extract/entity) on GUM's entity layer and UniversalNER English-EWT's
// training split, reports its span scores on UniversalNER's test split
// and on GUM's dev split, and writes the model the package embeds. With
// -heldout it writes GUM's test split (less news and reddit) as a corpus
// for the evaluation's scorer instead.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "train-entity:", err)
		os.Exit(1)
	}
}
