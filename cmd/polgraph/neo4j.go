package main

import (
	"context"
	"io"
)

func runNeo4j(ctx context.Context, args []string, stdout, stderr io.Writer) error { return errNotBuilt }
