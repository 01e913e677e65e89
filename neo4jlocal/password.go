package neo4jlocal

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// passwordFile holds the generated initial password, readable by its owner only.
const passwordFile = "neo4j/password"

// minPassword is the shortest password Neo4j 5 accepts by default.
const minPassword = 8

// ReadPassword returns the password kept in the cache folder.
func ReadPassword(cache string) (string, error) {
	b, err := os.ReadFile(filepath.Join(cache, passwordFile))
	if err != nil {
		return "", fmt.Errorf("read Neo4j password: %w", err)
	}
	return strings.TrimSpace(string(b)), nil
}

// ensurePassword returns the password to set: want when given, else the one
// already kept, else a new random one, which it keeps.
func ensurePassword(cache, want string) (string, error) {
	path := filepath.Join(cache, passwordFile)
	if want != "" {
		// Checked before it is kept: a refused password must not stay
		// behind to fail every later start.
		if len(want) < minPassword {
			return "", fmt.Errorf("NEO4J_PASSWORD must have at least %d characters", minPassword)
		}
		if strings.HasPrefix(want, "-") {
			// neo4j-admin would read it as an option
			return "", fmt.Errorf("NEO4J_PASSWORD must not start with '-'")
		}
		return want, writePrivate(path, want)
	}
	if pw, err := ReadPassword(cache); err == nil && pw != "" {
		return pw, nil
	}
	buf := make([]byte, 18)
	if _, err := rand.Read(buf); err != nil {
		return "", fmt.Errorf("generate Neo4j password: %w", err)
	}
	// a letter first: base64url may start with '-', which neo4j-admin
	// reads as an option
	pw := "p" + base64.RawURLEncoding.EncodeToString(buf)
	return pw, writePrivate(path, pw)
}

func writePrivate(path, content string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(content+"\n"), 0o600)
}
