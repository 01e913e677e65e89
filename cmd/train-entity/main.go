// Command train-entity trains polgraph's named-entity tagger (package
// extract/entity) on GUM's entity layer and UniversalNER English-EWT's
// training split, reports its span scores on UniversalNER's test split
// and on GUM's dev split, and writes the model the package embeds. With
// -heldout it writes GUM's test split (less news and reddit) as a corpus
// for the evaluation's scorer instead.
package main

import (
	"context"
	"errors"
	"flag"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		log.Error("train-entity", "err", err)
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}
