package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"time"
)

// server is a child process the benchmark started and must stop.
type server struct {
	name    string
	cmd     *exec.Cmd
	done    chan error
	stopped sync.Once
}

// start runs cmd and waits until ready answers true, or the process exits,
// or a minute passes. Its output goes to log.
func start(ctx context.Context, name string, cmd *exec.Cmd, log string, ready func(context.Context) bool) (*server, error) {
	f, err := os.Create(log)
	if err != nil {
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	cmd.Stdout, cmd.Stderr = f, f
	if err := cmd.Start(); err != nil {
		f.Close()
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	s := &server{name: name, cmd: cmd, done: make(chan error, 1)}
	go func() { s.done <- cmd.Wait(); f.Close() }()
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		select {
		case err := <-s.done:
			s.stopped.Do(func() {}) // nothing left to stop
			return nil, fmt.Errorf("start %s: exited (%v):\n%s", name, err, tail(log))
		case <-ctx.Done():
			s.stop()
			return nil, ctx.Err()
		case <-time.After(300 * time.Millisecond):
		}
		if ready(ctx) {
			return s, nil
		}
	}
	s.stop()
	return nil, fmt.Errorf("start %s: not ready after a minute:\n%s", name, tail(log))
}

// tail is the end of a server's output, for an error (the log's folder is
// removed when the benchmark ends).
func tail(log string) string {
	b, _ := os.ReadFile(log)
	return string(b[max(0, len(b)-2000):])
}

// stop asks the process to end (SIGTERM), and kills it after ten
// seconds; stopping again does nothing.
func (s *server) stop() {
	s.stopped.Do(func() {
		_ = s.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-s.done:
		case <-time.After(10 * time.Second):
			_ = s.cmd.Process.Kill()
			<-s.done
		}
	})
}

// startPolgraph serves polgraph's API on addr from bin.
func startPolgraph(ctx context.Context, bin, addr, logDir string) (*server, error) {
	cmd := exec.Command(bin, "serve", "--addr", addr, "--timeout", "2m")
	return start(ctx, "polgraph serve", cmd, filepath.Join(logDir, "polgraph-serve.log"), func(ctx context.Context) bool {
		return get200(ctx, "http://"+addr+"/healthz")
	})
}

// startPeer serves @neo4j/graphql from dir (bench/peer) on addr, after
// `npm ci` when its node_modules is missing (package-lock.json pins every
// package). Node comes from the machine: Debian's nodejs package.
func startPeer(ctx context.Context, dir, addr, logDir string) (*server, error) {
	if _, err := exec.LookPath("node"); err != nil {
		return nil, errors.New("the peer needs Node.js 20 or later: on Debian, sudo apt-get install nodejs npm")
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules")); err != nil {
		fmt.Fprintf(os.Stderr, "bench-scale: npm ci in %s (once)\n", dir)
		npm := exec.CommandContext(ctx, "npm", "ci", "--no-audit", "--no-fund")
		npm.Dir, npm.Stdout, npm.Stderr = dir, os.Stderr, os.Stderr
		if err := npm.Run(); err != nil {
			return nil, fmt.Errorf("npm ci in %s: %w", dir, err)
		}
	}
	cmd := exec.Command("node", "server.mjs")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PEER_ADDR="+addr)
	url := "http://" + addr + "/"
	return start(ctx, "@neo4j/graphql peer", cmd, filepath.Join(logDir, "peer.log"), func(ctx context.Context) bool {
		_, err := post(ctx, url, []byte(`{"query":"{ __typename }"}`))
		return err == nil
	})
}

func get200(ctx context.Context, url string) bool {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return false
	}
	resp, err := client.Do(req)
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}
