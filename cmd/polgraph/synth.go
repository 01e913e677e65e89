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
	fs.SetOutput(stderr)
	seed := fs.Uint64("seed", 1, "random seed: the same seed gives the same articles")
	prefix := fs.String("prefix", "", "prefix of every article id")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: polgraph synth [--seed S] [--prefix P] N   (JSON Lines on stdout, for polgraph load)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	n, err := strconv.Atoi(fs.Arg(0))
	if err != nil || n < 0 {
		fs.Usage()
		return errUsage
	}
	w := bufio.NewWriterSize(stdout, 1<<20)
	if err := synth.New(*seed, *prefix).WriteJSONL(w, n); err != nil {
		return err
	}
	return w.Flush()
}
