package neo4jlocal

import (
	"bytes"
	"context"
	_ "embed"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"text/template"
)

//go:embed pom.xml.tmpl
var pomTemplate string

//go:embed neo4j.conf.tmpl
var confTemplate string

// Requirements explains, in one paragraph, what a machine needs.
const requirements = "polgraph runs Neo4j %s itself, which needs Java 17 or 21 " +
	"(a JDK or JRE: on Debian or Ubuntu `apt-get install openjdk-17-jre-headless`, " +
	"on macOS `brew install openjdk@17`; or point JAVA_HOME at one) and Apache Maven 3.6 or newer " +
	"to fetch Neo4j from Maven Central (`apt-get install maven`, `brew install maven`). %s " +
	"To use a Neo4j of your own instead (Docker, Aura, a cluster), set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD."

// Install fetches the pinned Neo4j and Browser into the cache folder and
// writes neo4j.conf. A finished installation is left as it is.
func (s *Server) Install(ctx context.Context, logf func(string, ...any)) error {
	if err := checkJava(ctx); err != nil {
		return err
	}
	lib := filepath.Join(s.home(), "lib")
	marker := filepath.Join(lib, ".polgraph-"+Version)
	if _, err := os.Stat(marker); err != nil {
		if _, err := exec.LookPath("mvn"); err != nil {
			return fmt.Errorf("Maven is missing. "+requirements, Version, "`mvn` is not on PATH.")
		}
		if err := s.fetch(ctx, lib, logf); err != nil {
			return err
		}
		if err := os.WriteFile(marker, nil, 0o644); err != nil {
			return fmt.Errorf("mark installation complete: %w", err)
		}
	}
	return s.writeConf()
}

func (s *Server) fetch(ctx context.Context, lib string, logf func(string, ...any)) error {
	if err := os.MkdirAll(s.dir(), 0o755); err != nil {
		return fmt.Errorf("create %s: %w", s.dir(), err)
	}
	pom := filepath.Join(s.dir(), "pom.xml")
	pomText, err := render(pomTemplate, map[string]string{"Version": Version, "BrowserVersion": BrowserVersion})
	if err != nil {
		return err
	}
	if err := os.WriteFile(pom, pomText, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", pom, err)
	}
	// A half-copied lib/ from an interrupted fetch would mix jar versions.
	if err := os.RemoveAll(lib); err != nil {
		return fmt.Errorf("clear %s: %w", lib, err)
	}
	logf("fetching Neo4j %s and Browser %s from Maven Central (about 130 MB, once)", Version, BrowserVersion)
	abs, err := filepath.Abs(lib)
	if err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, "mvn", "-q", "-B", "-f", pom,
		"dependency:copy-dependencies", "-DoutputDirectory="+abs,
		"-DincludeScope=runtime", "-DexcludeTypes=pom")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("fetch Neo4j with Maven: %w\n%s", err, tail(out.String(), 2000))
	}
	return nil
}

func (s *Server) writeConf() error {
	conf := filepath.Join(s.home(), "conf", "neo4j.conf")
	text, err := render(confTemplate, s)
	if err != nil {
		return err
	}
	for _, d := range []string{"conf", "data", "logs", "plugins", "import", "run"} {
		if err := os.MkdirAll(filepath.Join(s.home(), d), 0o755); err != nil {
			return fmt.Errorf("create %s: %w", d, err)
		}
	}
	if err := os.WriteFile(conf, text, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", conf, err)
	}
	return nil
}

func render(tmpl string, data any) ([]byte, error) {
	t, err := template.New("").Parse(tmpl)
	if err != nil {
		return nil, fmt.Errorf("parse template: %w", err)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		return nil, fmt.Errorf("render template: %w", err)
	}
	return b.Bytes(), nil
}

var javaVersionRE = regexp.MustCompile(`version "(\d+)`)

// checkJava insists on Java 17 or 21, the versions Neo4j 5.26 supports.
func checkJava(ctx context.Context) error {
	java := javaCmd()
	out, err := exec.CommandContext(ctx, java, "-version").CombinedOutput()
	if err != nil {
		return fmt.Errorf("Java is missing. "+requirements, Version, fmt.Sprintf("`%s -version` failed: %v.", java, err))
	}
	m := javaVersionRE.FindStringSubmatch(string(out))
	if m == nil {
		return fmt.Errorf("cannot read the Java version from `%s -version`: %q", java, tail(string(out), 200))
	}
	if v, _ := strconv.Atoi(m[1]); v != 17 && v != 21 {
		return fmt.Errorf("Java %d found, Neo4j %s needs 17 or 21. "+requirements, v, Version, Version, "")
	}
	return nil
}

func tail(s string, n int) string {
	s = strings.TrimSpace(s)
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}
