package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
)

// TestRun checks that the committed schema is what run writes, and that
// run asks for its -o.
func TestRun(t *testing.T) {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if err := run(context.Background(), log, nil); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("run with no -o = %v, want a usage error", err)
	}
	out := filepath.Join(t.TempDir(), "vocabulary.graphqls")
	if err := run(context.Background(), log, []string{"-o", out}); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../schema/vocabulary.graphqls")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("schema/vocabulary.graphqls is not what vocabgen writes: run go generate")
	}
}
