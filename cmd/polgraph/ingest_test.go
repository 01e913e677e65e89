package main

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract"
	"github.com/polgraph/polgraph/server"
)

// An article whose extraction runs past the budget is refused as the
// client's (BAD_USER_INPUT), saying so, before anything is written.
func TestIngestOverBudget(t *testing.T) {
	in := ingester{x: extract.New(), budget: 1} // 1ns: over at once; no db needed
	_, err := in.Ingest(context.Background(), polgraph.Article{Title: "Elsbridge", Text: "The council of Elsbridge met on Tuesday."})
	if !errors.Is(err, server.ErrBadInput) || !strings.Contains(err.Error(), "extraction exceeded 1ns budget") {
		t.Errorf("Ingest = %v; want a bad-input error naming the budget", err)
	}
}
