package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"strings"
	"testing"
)

func TestRunErrors(t *testing.T) {
	if err := run(context.Background(), nil, io.Discard, io.Discard); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("run with no -ewt = %v, want a usage error", err)
	}
	err := run(context.Background(), []string{"-ewt", t.TempDir()}, io.Discard, io.Discard)
	if err == nil || !strings.HasPrefix(err.Error(), "load EWT:") {
		t.Errorf("run on an empty EWT folder = %v, want the failed step named", err)
	}
}
