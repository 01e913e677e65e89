package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/polgraph/polgraph/extract"
	"github.com/polgraph/polgraph/loader"
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
	// no budget, but an interrupt returns at once, whatever the extractor does
	x, err := loader.ExtractWithin(ctx, extract.New(), a, 0)
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
