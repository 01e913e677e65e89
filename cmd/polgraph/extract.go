package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
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
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	published := fs.String("published", "", "publication date `YYYY-MM-DD`; anchors relative dates")
	format := fs.String("format", "auto", "input format: auto, text, json or html")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: polgraph extract [--published YYYY-MM-DD] [--format auto|text|json|html] FILE|-")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errors.New("extract: want exactly one FILE or -")
	}
	name := fs.Arg(0)
	a, _, err := readArticle(name, *format, *published, os.Stdin)
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
