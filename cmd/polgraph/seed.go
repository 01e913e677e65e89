package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/polgraph/polgraph/reader"
	"github.com/polgraph/polgraph/seeds"
)

const seedUsage = `usage: polgraph seed [flags]

Loads the seed articles built into the binary (seeds/: each NAME.txt with
its sidecar NAME.meta.json), as polgraph load loads a folder; loading them
again changes nothing. The flags are load's.
`

// runSeed loads the seed articles embedded in the binary, through the same
// path as `polgraph load`: they are handed over as one JSON Lines file, so
// every flag of load applies and loading them again changes nothing.
func runSeed(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("seed", flag.ContinueOnError)
	o := loadFlags(fs)
	if err := parseFlags(fs, seedUsage, args, stdout, stderr); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "polgraph seed: unexpected argument %q (the seed articles are built in; polgraph load loads files)\n", fs.Arg(0))
		fs.Usage()
		return errUsage
	}
	articles, err := seeds.Articles()
	if err != nil {
		return fmt.Errorf("seed: read the built-in articles: %w", err)
	}
	dir, err := os.MkdirTemp("", "polgraph-seeds-")
	if err != nil {
		return fmt.Errorf("seed: %w", err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "seeds.jsonl")
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("seed: %w", err)
	}
	enc := json.NewEncoder(f)
	for _, a := range articles {
		if err := enc.Encode(reader.InputOf(a)); err != nil {
			f.Close()
			return fmt.Errorf("seed: write %s: %w", path, err)
		}
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("seed: %w", err)
	}
	o.format = "jsonl"
	return load(ctx, "seed", o, []string{path}, stdout, stderr)
}
