package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/polgraph/polgraph/reader"
	"github.com/polgraph/polgraph/seeds"
)

// runSeed loads the seed articles embedded in the binary, through the same
// path as `polgraph load`: they are handed over as one JSON Lines file, so
// every flag of load applies and loading them again changes nothing.
func runSeed(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	articles, err := seeds.Articles()
	if err != nil {
		return err
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
	return runLoad(ctx, append(append([]string{}, args...), "--format", "jsonl", path), stdout, stderr)
}
