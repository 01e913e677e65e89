package neo4jlocal

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

// Pinned versions: the newest 5.26 LTS patch that Maven Central serves, and
// the Browser release that matches it.
const (
	Version        = "5.26.12"
	BrowserVersion = "5.24.0"
)

// Server is a local Neo4j installation under a cache folder.
type Server struct {
	Cache    string // cache folder; the server lives in Cache/neo4j
	BoltPort int
	HTTPPort int
	Password string // wanted initial password; "" keeps or generates one
	Memory   Memory // heap and page cache (memory.go)
}

// NewServer returns the server under cache with ports, password and memory
// from the environment (NEO4J_BOLT_PORT, NEO4J_HTTP_PORT, NEO4J_PASSWORD,
// NEO4J_HEAP_SIZE, NEO4J_PAGECACHE_SIZE) or defaults (memory sized to the
// machine).
func NewServer(cache string, getenv func(string) string) (*Server, error) {
	s := &Server{Cache: cache, Password: getenv("NEO4J_PASSWORD")}
	var err error
	if s.BoltPort, err = port(getenv, "NEO4J_BOLT_PORT", 7687); err != nil {
		return nil, err
	}
	if s.HTTPPort, err = port(getenv, "NEO4J_HTTP_PORT", 7474); err != nil {
		return nil, err
	}
	if s.Memory, err = memoryFor(getenv, machineMiB()); err != nil {
		return nil, err
	}
	return s, nil
}

func port(getenv func(string) string, name string, def int) (int, error) {
	v := getenv(name)
	if v == "" {
		return def, nil
	}
	p, err := strconv.Atoi(v)
	if err != nil || p <= 0 || p > 65535 {
		return 0, fmt.Errorf("%s=%q is not a port number", name, v)
	}
	return p, nil
}

func (s *Server) dir() string     { return filepath.Join(s.Cache, "neo4j") }
func (s *Server) home() string    { return filepath.Join(s.dir(), "home") }
func (s *Server) pidFile() string { return filepath.Join(s.dir(), "neo4j.pid") }
func (s *Server) logFile() string { return filepath.Join(s.home(), "logs", "console.log") }

// BoltURI is the address clients connect to.
func (s *Server) BoltURI() string { return fmt.Sprintf("bolt://127.0.0.1:%d", s.BoltPort) }

// BrowserURL is Neo4j Browser's address, with dbms= (Browser's URL
// parameter) naming this server's Bolt address and user, so that the
// connect form opens on this Neo4j and not on whatever answers on 7687.
func (s *Server) BrowserURL() string {
	return fmt.Sprintf("http://127.0.0.1:%d/browser/?dbms=bolt://neo4j@127.0.0.1:%d", s.HTTPPort, s.BoltPort)
}

// javaCmd is the java launcher: $JAVA_HOME/bin/java when set, else java on PATH.
func javaCmd() string {
	if jh := os.Getenv("JAVA_HOME"); jh != "" {
		return filepath.Join(jh, "bin", "java")
	}
	return cmp.Or(os.Getenv("POLGRAPH_JAVA"), "java")
}
