package main

import (
	"context"
	"encoding/json"
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
	name, format, published, err := articleArgs("read", "wins over the page's and the sidecar's", args, stdout, stderr)
	if err != nil {
		return err
	}
	a, enc, err := readArticle(name, format, published, os.Stdin)
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	if enc.Name != "" && enc.Name != "utf-8" {
		fmt.Fprintf(stderr, "polgraph read: %s decoded from %s (%s)\n", name, enc.Name, enc.How)
	}
	out := json.NewEncoder(stdout)
	out.SetIndent("", " ")
	out.SetEscapeHTML(false)
	if err := out.Encode(reader.InputOf(a)); err != nil {
		return fmt.Errorf("read: write: %w", err)
	}
	return nil
}

// articleUsage is the usage of read and extract.
var articleUsage = map[string]string{
	"read": `usage: polgraph read [--published YYYY-MM-DD] [--format auto|text|json|html] FILE|-

Prints the article as polgraph reads it, before any extraction, as the JSON
input of extract and load: title, text, publication date and where it came
from, URL, source. A sidecar FILE.meta.json beside FILE applies.
`,
	"extract": `usage: polgraph extract [--published YYYY-MM-DD] [--format auto|text|json|html] FILE|-

Prints the extraction of one article as JSON: entities, dated events and
relations, each with its evidence. A sidecar FILE.meta.json beside FILE
applies.
`,
}

// articleArgs parses the arguments that read and extract share:
// [--published YYYY-MM-DD] [--format auto|text|json|html] FILE|-.
func articleArgs(cmd, publishedDoc string, args []string, stdout, stderr io.Writer) (name, format, published string, err error) {
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	pub := fs.String("published", "", "publication date `YYYY-MM-DD`; "+publishedDoc)
	form := fs.String("format", "auto", "input format: auto, text, json or html")
	if err := parseFlags(fs, articleUsage[cmd], args, stdout, stderr); err != nil {
		return "", "", "", err
	}
	if fs.NArg() != 1 {
		fmt.Fprintf(stderr, "polgraph %s: want exactly one FILE or -\n", cmd)
		fs.Usage()
		return "", "", "", errUsage
	}
	return fs.Arg(0), *form, *pub, nil
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
