package main

import (
	"os/exec"
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
