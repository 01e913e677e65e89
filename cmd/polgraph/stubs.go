package main

// Subcommands still being built. Each moves to its own file when it lands.

import (
	"context"
	"errors"
	"io"
)

var errNotBuilt = errors.New("not built yet")

func runLoad(ctx context.Context, args []string, stdout, stderr io.Writer) error { return errNotBuilt }
func runUnload(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return errNotBuilt
}
