package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
)

// errHelp says that help was asked for and printed: the command succeeds.
var errHelp = errors.New("help requested")

// parseFlags parses a command's flags the same way for every command:
// --help (or -h) prints the command's usage and flags once, on stdout, and
// returns errHelp; a flag that cannot be parsed prints the problem and the
// usage on stderr and returns errUsage. usage is the command's text, ending
// in a newline; the flags follow it.
func parseFlags(fs *flag.FlagSet, usage string, args []string, stdout, stderr io.Writer) error {
	var problem bytes.Buffer
	fs.SetOutput(&problem)
	fs.Usage = func() {} // printed below, once
	err := fs.Parse(args)
	fs.Usage = func() { printUsage(fs, usage, stderr) }
	switch {
	case err == nil:
		fs.SetOutput(stderr)
		return nil
	case errors.Is(err, flag.ErrHelp):
		printUsage(fs, usage, stdout)
		return errHelp
	}
	io.Copy(stderr, &problem)
	printUsage(fs, usage, stderr)
	return errUsage
}

// printUsage prints usage and the flags, if any, to w.
func printUsage(fs *flag.FlagSet, usage string, w io.Writer) {
	fs.SetOutput(w)
	fmt.Fprint(w, usage)
	hasFlags := false
	fs.VisitAll(func(*flag.Flag) { hasFlags = true })
	if hasFlags {
		fmt.Fprintln(w, "\nFlags:")
		fs.PrintDefaults()
	}
}

// isHelp tells whether args ask for help, for the commands that take no
// flags.
func isHelp(args []string) bool {
	return len(args) == 1 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help")
}
