package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// What `neo4j env` prints is evaluated by a shell (make does so): every
// password comes back exactly as written, and nothing in it runs.
func TestShellQuoteSurvivesEval(t *testing.T) {
	for _, pw := range []string{
		"plainPassword1",
		"with space",
		"semi;colon$(touch /nonexistent/x)`id`",
		`it's "quoted" \ back`,
		"",
	} {
		out, err := exec.Command("sh", "-c", `eval "export P=$1"; printf %s "$P"`, "sh", shellQuote(pw)).CombinedOutput()
		if err != nil {
			t.Fatalf("eval of %q: %v\n%s", pw, err, out)
		}
		if got := string(out); got != pw {
			t.Errorf("eval of shellQuote(%q) gives %q", pw, got)
		}
	}
}

// `neo4j env` is where the docs send a user for the ports: evaluated by a
// shell, it points at this cache folder's Neo4j on the ports it was given,
// Bolt and Browser both, and Browser's URL opens on that Bolt.
func TestNeo4jEnvNamesBoltAndBrowser(t *testing.T) {
	cache := t.TempDir()
	if err := os.MkdirAll(filepath.Join(cache, "neo4j"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(cache, "neo4j", "password"), []byte("s3cret pass\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("POLGRAPH_CACHE", cache)
	t.Setenv("NEO4J_BOLT_PORT", "17687")
	t.Setenv("NEO4J_HTTP_PORT", "17474")
	var stdout, stderr bytes.Buffer
	if err := run(context.Background(), []string{"neo4j", "env"}, &stdout, &stderr); err != nil {
		t.Fatalf("neo4j env: %v, %s", err, stderr.String())
	}
	out, err := exec.Command("sh", "-c", `eval "$1"; printf '%s|%s|%s|%s' "$NEO4J_URI" "$NEO4J_USER" "$NEO4J_PASSWORD" "$NEO4J_BROWSER_URL"`, "sh", stdout.String()).CombinedOutput()
	if err != nil {
		t.Fatalf("eval %q: %v\n%s", stdout.String(), err, out)
	}
	want := "bolt://127.0.0.1:17687|neo4j|s3cret pass|http://127.0.0.1:17474/browser/?dbms=bolt://neo4j@127.0.0.1:17687"
	if got := string(out); got != want {
		t.Errorf("eval of neo4j env gives %q, want %q", got, want)
	}
}
