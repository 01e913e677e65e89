package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/polgraph/polgraph/graph/graphtest"
)

// TestSignalStopsPromptly runs the built binary on an article that takes
// many seconds to extract, signals it during the extraction, and wants it
// gone within a few seconds, saying it was interrupted.
func TestSignalStopsPromptly(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	graphtest.Open(t) // load needs Neo4j: fail, not skip, without one
	dir := t.TempDir()
	bin := filepath.Join(dir, "polgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	// 4 MB on one line, wiki headings glued to the text: about 15 s of
	// extraction on a fast machine.
	var text strings.Builder
	for i := 0; text.Len() < 4<<20; i++ {
		text.WriteString("On 12 March 1998 a bomb exploded at the Maristel Cafe in Varnholm.==Background==Minister Oskar Brannlund condemned the attack by NRV. ")
	}
	article, _ := json.Marshal(map[string]string{"id": "zz-signal-test", "title": "Varnholm", "text": text.String()})
	path := filepath.Join(dir, "slow.json")
	if err := os.WriteFile(path, article, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		sig  syscall.Signal
		want string // in stderr
	}{
		{"extract SIGTERM", []string{"extract", path}, syscall.SIGTERM, "context canceled"},
		{"extract SIGINT", []string{"extract", path}, syscall.SIGINT, "context canceled"},
		{"load SIGTERM", []string{"load", "--progress", "log", "--dead-letter", filepath.Join(dir, "dead.jsonl"), path}, syscall.SIGTERM, "interrupted"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(bin, tc.args...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case err := <-done:
				t.Fatalf("finished before the signal (%v): the input is not slow enough\n%s", err, stderr.String())
			case <-time.After(3 * time.Second): // models loaded, extracting
			}
			cmd.Process.Signal(tc.sig)
			signalled := time.Now()
			select {
			case err := <-done:
				if err == nil || !strings.Contains(stderr.String(), tc.want) {
					t.Errorf("exit %v, stderr %q; want a failure saying %q", err, stderr.String(), tc.want)
				}
				t.Logf("stopped %v after the signal", time.Since(signalled).Round(time.Millisecond))
			case <-time.After(10 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("still running 10s after %v\n%s", tc.sig, stderr.String())
			}
		})
	}
}
