package graph

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

//go:embed cypher/schema/*.cypher
var schemaFiles embed.FS

// ApplySchema creates polgraph's constraints and indexes. Every statement is
// IF NOT EXISTS, so applying it again changes nothing.
func (db *DB) ApplySchema(ctx context.Context) error {
	names, err := fs.Glob(schemaFiles, "cypher/schema/*.cypher")
	if err != nil {
		return fmt.Errorf("graph: list schema files: %w", err)
	}
	for _, name := range names {
		src, err := schemaFiles.ReadFile(name)
		if err != nil {
			return fmt.Errorf("graph: read %s: %w", name, err)
		}
		for _, stmt := range splitStatements(string(src)) {
			if _, err := db.write(ctx, stmt, nil); err != nil && !alreadyExists(err) {
				return fmt.Errorf("graph: apply %s: %q: %w", name, stmt, err)
			}
		}
	}
	if _, err := db.write(ctx, "CALL db.awaitIndexes(300)", nil); err != nil {
		return fmt.Errorf("graph: await indexes: %w", err)
	}
	return nil
}

// alreadyExists reports the error Neo4j gives when another client created
// the same index or constraint between IF NOT EXISTS's check and its
// creation: two processes applying the schema at once on a new database.
func alreadyExists(err error) bool {
	var nerr *neo4j.Neo4jError
	if !errors.As(err, &nerr) {
		return false
	}
	switch nerr.Code {
	case "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
		"Neo.ClientError.Schema.IndexAlreadyExists",
		"Neo.ClientError.Schema.ConstraintAlreadyExists":
		return true
	}
	return false
}

// splitStatements splits a .cypher file on semicolons, dropping // comments
// and blank statements. Schema files hold no string literals with semicolons.
func splitStatements(src string) []string {
	var b strings.Builder
	for _, line := range strings.Split(src, "\n") {
		if t := strings.TrimSpace(line); strings.HasPrefix(t, "//") {
			continue
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	var out []string
	for _, s := range strings.Split(b.String(), ";") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// SchemaNames returns the names of the database's constraints and indexes.
func (db *DB) SchemaNames(ctx context.Context) (map[string]bool, error) {
	names := make(map[string]bool)
	for _, show := range []string{"SHOW CONSTRAINTS YIELD name", "SHOW INDEXES YIELD name"} {
		res, err := db.read(ctx, show, nil)
		if err != nil {
			return nil, fmt.Errorf("graph: %s: %w", show, err)
		}
		for _, r := range res.Records {
			name, _ := r.Get("name")
			names[name.(string)] = true
		}
	}
	return names, nil
}
