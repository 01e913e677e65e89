package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/polgraph/polgraph/neo4jlocal"
)

const neo4jUsage = `usage: polgraph neo4j start|stop|status|env

  start   install Neo4j ` + neo4jlocal.Version + ` into the cache folder if needed and start it
  stop    stop the Neo4j that polgraph started
  status  say whether it runs, and its Bolt and Browser URLs
  env     print NEO4J_* assignments for a shell (eval "$(polgraph neo4j env)")

The cache folder is $POLGRAPH_CACHE (default .cache). NEO4J_PASSWORD sets the
initial password; NEO4J_BOLT_PORT and NEO4J_HTTP_PORT move the ports.
polgraph neo4j SUBCOMMAND --help says more about each.
`

// neo4jSubUsage is each subcommand's own usage, printed by its --help.
var neo4jSubUsage = map[string]string{
	"start": `usage: polgraph neo4j start

Installs Neo4j ` + neo4jlocal.Version + ` into the cache folder ($POLGRAPH_CACHE, default
.cache) if needed, starts it and waits until it answers; prints its Bolt
URL, its Browser URL (which opens Browser's connect form on this Neo4j) and
the password. Starting a Neo4j that runs already changes nothing.
NEO4J_BOLT_PORT and NEO4J_HTTP_PORT move the ports; NEO4J_PASSWORD sets the
password of a new install.
`,
	"stop": `usage: polgraph neo4j stop

Stops the Neo4j that polgraph neo4j start started from this cache folder.
`,
	"status": `usage: polgraph neo4j status

Says whether the cache folder's Neo4j runs, with its Bolt and Browser URLs,
is stopped or is not installed.
`,
	"env": `usage: polgraph neo4j env

Prints, for a shell to evaluate, the NEO4J_* variables that point polgraph
and its tests at the cache folder's Neo4j: NEO4J_URI (its Bolt URL, with
its port), NEO4J_USER, NEO4J_PASSWORD, and NEO4J_BROWSER_URL (Neo4j
Browser, with its HTTP port):

  eval "$(polgraph neo4j env)"
`,
}

func runNeo4j(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if isHelp(args) {
		fmt.Fprint(stdout, neo4jUsage)
		return nil
	}
	if len(args) == 0 {
		fmt.Fprint(stderr, neo4jUsage)
		return errUsage
	}
	sub, ok := neo4jSubUsage[args[0]]
	switch {
	case !ok:
		fmt.Fprintf(stderr, "polgraph neo4j: unknown subcommand %q\n\n%s", args[0], neo4jUsage)
		return errUsage
	case isHelp(args[1:]):
		fmt.Fprint(stdout, sub)
		return nil
	case len(args) > 1:
		fmt.Fprintf(stderr, "polgraph neo4j %s: unexpected argument %q (it takes none)\n\n%s", args[0], args[1], sub)
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
		fmt.Fprintf(stdout, "export NEO4J_URI=%s NEO4J_USER=neo4j NEO4J_PASSWORD=%s NEO4J_BROWSER_URL=%s\n",
			shellQuote(srv.BoltURI()), shellQuote(pw), shellQuote(srv.BrowserURL()))
		return nil
	default: // neo4jSubUsage names a subcommand this switch lacks
		return fmt.Errorf("neo4j %s: not implemented", args[0])
	}
}

// shellQuote quotes s for a POSIX shell, so that `eval "$(polgraph neo4j env)"`
// sets a password with spaces, quotes or $(…) in it as written, never runs it.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
