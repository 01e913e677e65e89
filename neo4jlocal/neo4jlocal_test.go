package neo4jlocal

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestNewServerPorts(t *testing.T) {
	tests := []struct {
		env        map[string]string
		bolt, http int
		wantErr    bool
	}{
		{env: nil, bolt: 7687, http: 7474},
		{env: map[string]string{"NEO4J_BOLT_PORT": "17687", "NEO4J_HTTP_PORT": "17474"}, bolt: 17687, http: 17474},
		{env: map[string]string{"NEO4J_BOLT_PORT": "seven"}, wantErr: true},
		{env: map[string]string{"NEO4J_HTTP_PORT": "70000"}, wantErr: true},
	}
	for _, tt := range tests {
		s, err := NewServer(t.TempDir(), func(k string) string { return tt.env[k] })
		if (err != nil) != tt.wantErr {
			t.Errorf("NewServer(%v) error = %v, want error %v", tt.env, err, tt.wantErr)
			continue
		}
		if err == nil && (s.BoltPort != tt.bolt || s.HTTPPort != tt.http) {
			t.Errorf("NewServer(%v) ports = %d, %d; want %d, %d", tt.env, s.BoltPort, s.HTTPPort, tt.bolt, tt.http)
		}
	}
}

func TestEnsurePasswordKeepsGeneratedPassword(t *testing.T) {
	cache := t.TempDir()
	first, err := ensurePassword(cache, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(first) < 8 {
		t.Fatalf("generated password %q is shorter than Neo4j's minimum of 8", first)
	}
	again, err := ensurePassword(cache, "")
	if err != nil || again != first {
		t.Fatalf("second ensurePassword = %q, %v; want the kept %q", again, err, first)
	}
	info, err := os.Stat(filepath.Join(cache, passwordFile))
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm != 0o600 {
		t.Errorf("password file mode = %v, want 0600", perm)
	}
	chosen, err := ensurePassword(cache, "chosen-by-user")
	if err != nil || chosen != "chosen-by-user" {
		t.Fatalf("ensurePassword with NEO4J_PASSWORD = %q, %v", chosen, err)
	}
	if kept, _ := ReadPassword(cache); kept != "chosen-by-user" {
		t.Errorf("kept password = %q, want the user's", kept)
	}
}

// A password Neo4j would refuse is refused before it is kept, so the next
// start without NEO4J_PASSWORD still finds the generated one.
func TestEnsurePasswordRefusesShortPasswordWithoutKeepingIt(t *testing.T) {
	cache := t.TempDir()
	first, err := ensurePassword(cache, "")
	if err != nil {
		t.Fatal(err)
	}
	if pw, err := ensurePassword(cache, "short"); err == nil {
		t.Fatalf("ensurePassword(short) = %q, nil; want an error", pw)
	}
	if kept, _ := ReadPassword(cache); kept != first {
		t.Errorf("kept password = %q after a refused one, want %q", kept, first)
	}
}

// neo4j-admin reads a password that starts with '-' as an option: a
// generated one never does, and a given one is refused by name.
func TestPasswordNeverStartsWithADash(t *testing.T) {
	for range 200 {
		pw, err := ensurePassword(t.TempDir(), "")
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(pw, "-") {
			t.Fatalf("generated password %q starts with '-'", pw)
		}
	}
	if _, err := ensurePassword(t.TempDir(), "-secret-password"); err == nil || !strings.Contains(err.Error(), "NEO4J_PASSWORD") {
		t.Errorf("ensurePassword(-secret-password) error = %v, want one naming NEO4J_PASSWORD", err)
	}
}

func TestStatusWithoutInstallation(t *testing.T) {
	s, err := NewServer(t.TempDir(), func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Status(); got != "not installed" {
		t.Errorf("Status() = %q, want %q", got, "not installed")
	}
	if _, ok := s.runningPID(); ok {
		t.Error("runningPID reports a server in an empty cache")
	}
}

func TestStalePIDFileIsNotARunningServer(t *testing.T) {
	s, err := NewServer(t.TempDir(), func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(s.dir(), 0o755)
	// Our own pid is alive but is not this cache's Neo4j.
	os.WriteFile(s.pidFile(), []byte(strconv.Itoa(os.Getpid())), 0o644)
	if pid, ok := s.runningPID(); ok {
		t.Errorf("runningPID = %d, true for a process that is not Neo4j", pid)
	}
}
