package neo4jlocal

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// jvmFlags are the flags Neo4j's own launcher passes to the server's JVM.
var jvmFlags = []string{
	"-XX:+UseG1GC", "-XX:-OmitStackTraceInFastThrow", "-XX:+UnlockExperimentalVMOptions",
	"-XX:+TrustFinalNonStaticFields", "-XX:+DisableExplicitGC", "-Djdk.nio.maxCachedBufferSize=1024",
	"-Dio.netty.tryReflectionSetAccessible=true",
	"--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
	"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED",
	"-Dlog4j2.disable.jmx=true", "-Dfile.encoding=UTF-8", "-Xms1g", "-Xmx1g",
}

// startTimeout bounds the wait for Bolt to answer after launch.
const startTimeout = 3 * time.Minute

// Start installs Neo4j if needed and starts it, or reuses the server this
// cache already started. It returns once Bolt answers, with the password.
func (s *Server) Start(ctx context.Context, logf func(string, ...any)) (password string, err error) {
	if pid, ok := s.runningPID(); ok {
		logf("reusing Neo4j already started by polgraph (pid %d)", pid)
		if err := s.waitReady(ctx, nil); err != nil {
			return "", err
		}
		return s.password(logf)
	}
	for _, p := range []int{s.BoltPort, s.HTTPPort} {
		if listening(p) {
			return "", fmt.Errorf("port %d on 127.0.0.1 is taken by another program: stop it, choose other ports with NEO4J_BOLT_PORT and NEO4J_HTTP_PORT, or point NEO4J_URI at that server if it is a Neo4j of yours", p)
		}
	}
	if err := s.Install(ctx, logf); err != nil {
		return "", err
	}
	if password, err = s.initPassword(ctx, logf); err != nil {
		return "", err
	}
	if err := s.launch(ctx, logf); err != nil {
		return "", err
	}
	return password, nil
}

// initPassword sets the initial password before the first start; later
// starts keep the password the database already has.
func (s *Server) initPassword(ctx context.Context, logf func(string, ...any)) (string, error) {
	if _, err := os.Stat(filepath.Join(s.home(), "data", "dbms", "auth.ini")); err == nil {
		return s.password(logf)
	}
	pw, err := ensurePassword(s.Cache, s.Password)
	if err != nil {
		return "", err
	}
	cmd := exec.CommandContext(ctx, javaCmd(), "-cp", filepath.Join(s.home(), "lib", "*"),
		"org.neo4j.cli.AdminTool", "dbms", "set-initial-password", pw)
	cmd.Env = append(os.Environ(), "NEO4J_HOME="+s.home(), "NEO4J_CONF="+filepath.Join(s.home(), "conf"))
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("set Neo4j's initial password: %w\n%s", err, tail(string(out), 1000))
	}
	return pw, nil
}

// password is the kept password, warning when NEO4J_PASSWORD asks for
// another one: Neo4j takes an initial password only before its first start.
func (s *Server) password(logf func(string, ...any)) (string, error) {
	kept, err := ReadPassword(s.Cache)
	if err != nil {
		return "", err
	}
	if s.Password != "" && s.Password != kept {
		logf("NEO4J_PASSWORD differs from the password this Neo4j was initialised with; keeping %s", filepath.Join(s.Cache, passwordFile))
	}
	return kept, nil
}

func (s *Server) launch(ctx context.Context, logf func(string, ...any)) error {
	logFile, err := os.OpenFile(s.logFile(), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("open Neo4j log: %w", err)
	}
	defer logFile.Close()
	home, err := filepath.Abs(s.home())
	if err != nil {
		return err
	}
	args := append(append([]string{}, jvmFlags...),
		"-cp", filepath.Join(home, "lib", "*"), "org.neo4j.server.CommunityEntryPoint",
		"--home-dir="+home, "--config-dir="+filepath.Join(home, "conf"), "--console-mode")
	// Not CommandContext: the server outlives this command, in its own session.
	cmd := exec.Command(javaCmd(), args...)
	cmd.Dir = home
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start Neo4j: %w", err)
	}
	if err := os.WriteFile(s.pidFile(), []byte(strconv.Itoa(cmd.Process.Pid)), 0o644); err != nil {
		cmd.Process.Kill()
		return fmt.Errorf("write pid file: %w", err)
	}
	logf("starting Neo4j %s (pid %d), log in %s", Version, cmd.Process.Pid, s.logFile())
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	if err := s.waitReady(ctx, exited); err != nil {
		cmd.Process.Kill()
		os.Remove(s.pidFile())
		return err
	}
	return nil
}

// waitReady polls until Bolt accepts connections and the HTTP discovery
// document answers, or the server exits.
func (s *Server) waitReady(ctx context.Context, exited <-chan error) error {
	ctx, cancel := context.WithTimeout(ctx, startTimeout)
	defer cancel()
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
	for {
		if listening(s.BoltPort) && httpOK(ctx, fmt.Sprintf("http://127.0.0.1:%d/", s.HTTPPort)) {
			return nil
		}
		select {
		case err := <-exited:
			return fmt.Errorf("Neo4j exited while starting (%v); the end of %s:\n%s", err, s.logFile(), s.logTail())
		case <-ctx.Done():
			return fmt.Errorf("Neo4j did not answer on Bolt port %d within %s: %w; the end of %s:\n%s", s.BoltPort, startTimeout, ctx.Err(), s.logFile(), s.logTail())
		case <-tick.C:
		}
	}
}

func (s *Server) logTail() string {
	b, _ := os.ReadFile(s.logFile())
	return tail(string(b), 1500)
}

// Stop stops the server this cache started, and only that one.
func (s *Server) Stop(ctx context.Context, logf func(string, ...any)) error {
	pid, ok := s.runningPID()
	if !ok {
		os.Remove(s.pidFile())
		logf("no Neo4j started by polgraph is running")
		return nil
	}
	proc, _ := os.FindProcess(pid)
	if err := proc.Signal(syscall.SIGTERM); err != nil {
		return fmt.Errorf("stop Neo4j (pid %d): %w", pid, err)
	}
	deadline := time.Now().Add(time.Minute)
	for alive(pid) {
		if time.Now().After(deadline) {
			logf("Neo4j (pid %d) ignored SIGTERM for a minute; killing it", pid)
			proc.Signal(syscall.SIGKILL)
			break
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
	os.Remove(s.pidFile())
	logf("stopped Neo4j (pid %d)", pid)
	return nil
}

// Status describes the server in one line.
func (s *Server) Status() string {
	if pid, ok := s.runningPID(); ok {
		return fmt.Sprintf("running: pid %d, Bolt %s, Browser %s", pid, s.BoltURI(), s.BrowserURL())
	}
	if _, err := os.Stat(filepath.Join(s.home(), "lib", ".polgraph-"+Version)); err == nil {
		return "stopped (Neo4j " + Version + " installed in " + s.home() + ")"
	}
	return "not installed"
}

// runningPID is the pid in the pid file when that process is alive and is
// this cache's Neo4j; a stale file from a crash or reboot does not count.
func (s *Server) runningPID() (int, bool) {
	b, err := os.ReadFile(s.pidFile())
	if err != nil {
		return 0, false
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || !alive(pid) {
		return 0, false
	}
	home, _ := filepath.Abs(s.home())
	cmdline, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err == nil && !strings.Contains(string(cmdline), "--home-dir="+home) {
		return 0, false // the pid was reused by another program
	}
	return pid, true
}

func alive(pid int) bool {
	proc, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	if proc.Signal(syscall.Signal(0)) != nil {
		return false
	}
	// A zombie (exited, not yet reaped) is not a running server.
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err == nil {
		if i := strings.LastIndexByte(string(stat), ')'); i > 0 && i+2 < len(stat) && stat[i+2] == 'Z' {
			return false
		}
	}
	return true
}

func listening(port int) bool {
	conn, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), time.Second)
	if err != nil {
		return false
	}
	conn.Close()
	return true
}

func httpOK(ctx context.Context, url string) bool {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return false
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}
