package browser

import (
	"bytes"
	"os"
	"regexp"
	"testing"
)

// Neo4j's default ports in a page about Browser send a user to whatever
// Neo4j answers there; polgraph's own may run elsewhere (NEO4J_BOLT_PORT,
// NEO4J_HTTP_PORT). The pages say how to find the ports instead.
func TestDocsNameNoNeo4jPort(t *testing.T) {
	defaultPort := regexp.MustCompile(`\b(7474|7473|7687)\b`)
	for _, page := range []string{"../docs/browser.md", "../docs/cypher.md"} {
		src, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		if got := defaultPort.FindAll(src, -1); len(got) > 0 {
			t.Errorf("%s names Neo4j's default ports %q; say `polgraph neo4j env` instead", page, got)
		}
		if !bytes.Contains(src, []byte("polgraph neo4j env")) {
			t.Errorf("%s does not say where the ports are (`polgraph neo4j env`)", page)
		}
	}
}
