// Command polgraph turns political news into a knowledge graph in Neo4j and
// serves it over GraphQL.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `polgraph turns political news into a knowledge graph.

Usage:
  polgraph extract [--published YYYY-MM-DD] [--format auto|text|json|html] FILE|-
  polgraph read [--published YYYY-MM-DD] [--format …] FILE|-   the article as polgraph reads it
  polgraph load [flags] PATH...      extract articles and write them to Neo4j
  polgraph seed                      load the seed articles built into the binary
  polgraph synth [flags] N           write N fictional political articles as JSON Lines
  polgraph unload ID...              remove articles and the facts only they support
  polgraph check [--repair]          find (and fix) duplicate edges and counters that disagree
  polgraph rebuild                   upgrade the graph: re-extract every article from its stored text
  polgraph serve [flags]             serve the GraphQL API
  polgraph neo4j start|stop|status|env   manage the local Neo4j that polgraph provisions
  polgraph version
  polgraph help COMMAND              the command's usage and flags (also COMMAND --help)

Neo4j is reached through NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and
NEO4J_DATABASE; without them, the local server of "polgraph neo4j start".
`

// command runs one subcommand with the arguments after its name.
type command func(ctx context.Context, args []string, stdout, stderr io.Writer) error

// errUsage marks a command line that could not be understood; the message has
// already been printed.
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop() // the first signal asks to stop; a second kills at once
	}()
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	switch {
	case err == nil:
	case errors.Is(err, errUsage):
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "polgraph:", err)
		os.Exit(1)
	}
}

// commands are polgraph's subcommands by name.
func commands() map[string]command {
	return map[string]command{
		"extract": runExtract,
		"read":    runRead,
		"load":    runLoad,
		"seed":    runSeed,
		"synth":   runSynth,
		"unload":  runUnload,
		"check":   runCheck,
		"rebuild": runRebuild,
		"serve":   runServe,
		"neo4j":   runNeo4j,
		"version": runVersion,
		"help":    runHelp,
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || isHelp(args) {
		fmt.Fprint(stdout, usage)
		return nil
	}
	cmd, ok := commands()[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "polgraph: unknown command %q\n\n%s", args[0], usage)
		return errUsage
	}
	if err := cmd(ctx, args[1:], stdout, stderr); !errors.Is(err, errHelp) {
		return err
	}
	return nil
}
