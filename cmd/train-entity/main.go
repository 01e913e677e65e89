// Command train-entity trains polgraph's named-entity tagger (package
// extract/entity) on GUM's entity layer, reports its span scores on
// UniversalNER English-EWT and on GUM's dev split, and writes the model
// the package embeds.
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
