package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/polgraph/polgraph/neo4jlocal"
)

const neo4jUsage = `Usage: polgraph neo4j start|stop|status|env

  start   install Neo4j ` + neo4jlocal.Version + ` into the cache folder if needed and start it
  stop    stop the Neo4j that polgraph started
  status  say whether it runs
  env     print NEO4J_* assignments for a shell (eval "$(polgraph neo4j env)")

The cache folder is $POLGRAPH_CACHE (default .cache). NEO4J_PASSWORD sets the
initial password; NEO4J_BOLT_PORT and NEO4J_HTTP_PORT move the ports.
`

func runNeo4j(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if isHelp(args) {
		fmt.Fprint(stdout, neo4jUsage)
		return nil
	}
	if len(args) != 1 {
		fmt.Fprint(stderr, neo4jUsage)
		return errUsage
	}
	srv, err := neo4jlocal.NewServer(cacheDir(), os.Getenv)
	if err != nil {
		return err
	}
	logf := func(format string, a ...any) { fmt.Fprintf(stderr, "neo4j: "+format+"\n", a...) }
	switch args[0] {
	case "start":
		pw, err := srv.Start(ctx, logf)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "Neo4j %s is up\n  Bolt     %s\n  Browser  %s  (user neo4j, password %s)\n",
			neo4jlocal.Version, srv.BoltURI(), srv.BrowserURL(), pw)
		return nil
	case "stop":
		return srv.Stop(ctx, logf)
	case "status":
		fmt.Fprintln(stdout, srv.Status())
		return nil
	case "env":
		pw, err := neo4jlocal.ReadPassword(cacheDir())
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "export NEO4J_URI=%s NEO4J_USER=neo4j NEO4J_PASSWORD=%s\n", shellQuote(srv.BoltURI()), shellQuote(pw))
		return nil
	default:
		fmt.Fprint(stderr, neo4jUsage)
		return errUsage
	}
}

// shellQuote quotes s for a POSIX shell, so that `eval "$(polgraph neo4j env)"`
// sets a password with spaces, quotes or $(…) in it as written, never runs it.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
