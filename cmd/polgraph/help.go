package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
)

const helpUsage = `usage: polgraph help [COMMAND [SUBCOMMAND]]

Prints a command's usage and flags, as COMMAND --help does, and succeeds;
without a command, polgraph's usage. SUBCOMMAND is neo4j's: start, stop,
status or env. An unknown command is a usage error (exit status 2).
`

// runHelp implements polgraph help: the named command's own --help, run
// with nothing else, so that no argument after the name is ever taken for
// a path to load or a flag.
func runHelp(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	switch {
	case len(args) == 0:
		fmt.Fprint(stdout, usage)
		return nil
	case isHelp(args) || len(args) == 1 && args[0] == "help":
		fmt.Fprint(stdout, helpUsage)
		return nil
	}
	name, rest := args[0], args[1:]
	cmd, ok := commands()[name]
	if !ok {
		fmt.Fprintf(stderr, "polgraph help: unknown command %q\n\n%s", name, usage)
		return errUsage
	}
	// Only neo4j has subcommands: help neo4j env is neo4j env --help.
	if name == "neo4j" && len(rest) == 1 {
		return cmd(ctx, []string{rest[0], "--help"}, stdout, stderr)
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "polgraph help: unexpected argument %q after %s\n\n%s", rest[0], name, helpUsage)
		return errUsage
	}
	return cmd(ctx, []string{"--help"}, stdout, stderr)
}

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
