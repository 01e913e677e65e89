package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/polgraph/polgraph/extract"
)

// runExtract implements
//
//	polgraph extract [--published YYYY-MM-DD] [--format auto|text|json|html] FILE|-
//
// printing the extraction contract's JSON on stdout.
func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	name, format, published, err := articleArgs("extract", "anchors relative dates", args, stdout, stderr)
	if err != nil {
		return err
	}
	a, _, err := readArticle(name, format, published, os.Stdin)
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	x, err := extract.New().Extract(ctx, a)
	if err != nil {
		return fmt.Errorf("extract %s: %w", name, err)
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(x); err != nil {
		return fmt.Errorf("extract: write: %w", err)
	}
	return nil
}
