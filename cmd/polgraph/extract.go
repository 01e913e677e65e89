package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/polgraph/polgraph/extract"
	"github.com/polgraph/polgraph/internal/jsonstream"
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
	limitMemory(int64(len(a.Text)), 1)
	// no budget, but an interrupt returns at once, whatever the extractor does
	x, err := loader.Within(ctx, extract.New().ExtractCompact, a, 0)
	if err != nil {
		return fmt.Errorf("extract %s: %w", name, err)
	}
	// as json.Encoder with SetIndent("", " ") writes it, a list element at a
	// time: a long article's extraction is not held twice, once as JSON, and
	// its mentions are built as Spans an entity at a time
	err = x.WriteJSON(stdout, jsonstream.Options{Indent: " "})
	if err == nil {
		_, err = io.WriteString(stdout, "\n")
	}
	if err != nil {
		return fmt.Errorf("extract: write: %w", err)
	}
	return nil
}
