package graph

import "cmp"

// Environment variables that point polgraph at a Neo4j of the user's own.
const (
	EnvURI      = "NEO4J_URI"
	EnvUser     = "NEO4J_USER"
	EnvPassword = "NEO4J_PASSWORD"
	EnvDatabase = "NEO4J_DATABASE"
)

// Defaults: the local server that `polgraph neo4j start` provisions.
const (
	DefaultURI      = "bolt://127.0.0.1:7687"
	DefaultUser     = "neo4j"
	DefaultDatabase = "neo4j"
)

// ConfigFromEnv reads the NEO4J_* variables through getenv (os.Getenv in
// production), falling back to the defaults. The password has no default.
func ConfigFromEnv(getenv func(string) string) Config {
	return Config{
		URI:      cmp.Or(getenv(EnvURI), DefaultURI),
		User:     cmp.Or(getenv(EnvUser), DefaultUser),
		Password: getenv(EnvPassword),
		Database: cmp.Or(getenv(EnvDatabase), DefaultDatabase),
	}
}
