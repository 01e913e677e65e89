package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/reader"
)

// runRead implements
//
//	polgraph read [--published YYYY-MM-DD] [--format auto|text|json|html] FILE|-
//
// printing the article as polgraph reads it, before any extraction: the
// JSON input of extract and load (title, text, publication date and where
// it came from, URL, source). Feeding that output to extract gives the same
// extraction as the file itself.
func runRead(_ context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("read", flag.ContinueOnError)
	fs.SetOutput(stderr)
	published := fs.String("published", "", "publication date `YYYY-MM-DD`; wins over the page's and the sidecar's")
	format := fs.String("format", "auto", "input format: auto, text, json or html")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: polgraph read [--published YYYY-MM-DD] [--format auto|text|json|html] FILE|-")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errors.New("read: want exactly one FILE or -")
	}
	a, enc, err := readArticle(fs.Arg(0), *format, *published, os.Stdin)
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	if enc.Name != "" && enc.Name != "utf-8" {
		fmt.Fprintf(stderr, "polgraph read: %s decoded from %s (%s)\n", fs.Arg(0), enc.Name, enc.How)
	}
	out := json.NewEncoder(stdout)
	out.SetIndent("", " ")
	out.SetEscapeHTML(false)
	if err := out.Encode(reader.InputOf(a)); err != nil {
		return fmt.Errorf("read: write: %w", err)
	}
	return nil
}

// readArticle reads one article the way extract and read both do: a file
// with its sidecar (NAME.meta.json), or standard input for "-", and
// --published over both.
func readArticle(name, format, published string, stdin io.Reader) (polgraph.Article, reader.Encoding, error) {
	var (
		a   polgraph.Article
		enc reader.Encoding
		err error
	)
	if name == "-" {
		var data []byte
		if data, err = io.ReadAll(stdin); err != nil {
			return a, enc, fmt.Errorf("read <stdin>: %w", err)
		}
		a, enc, err = reader.ReadEncoded("<stdin>", data, format)
	} else {
		a, enc, err = reader.ReadFile(name, format)
	}
	if err != nil {
		return a, enc, err
	}
	if published != "" {
		if err := reader.Published(&a, published); err != nil {
			return a, enc, err
		}
	}
	return a, enc, nil
}
