package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"

	"github.com/polgraph/polgraph/synth"
)

// runSynth implements polgraph synth [--seed S] [--prefix P] N: N realistic
// articles about a fictional political world, as JSON Lines on stdout.
func runSynth(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("synth", flag.ContinueOnError)
	seed := fs.Uint64("seed", 1, "random seed: the same seed gives the same articles")
	prefix := fs.String("prefix", "", "prefix of every article id")
	const usage = "usage: polgraph synth [--seed S] [--prefix P] N\n\nWrites N fictional political articles as JSON Lines on stdout, for polgraph load.\n"
	if err := parseFlags(fs, usage, args, stdout, stderr); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	n, err := strconv.Atoi(fs.Arg(0))
	if err != nil || n < 0 {
		fs.Usage()
		return errUsage
	}
	w := bufio.NewWriterSize(stdout, 1<<20)
	err = synth.New(*seed, *prefix).WriteJSONL(w, n)
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		return fmt.Errorf("synth: write: %w", err)
	}
	return nil
}
