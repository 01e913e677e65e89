package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"log/slog"
	"slices"
	"strings"
	"testing"
)

func TestAcronym(t *testing.T) {
	common, err := readWords("../../data/acronym-words.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ short, want string }{
		{"NPP", "NPP"},
		{"ZANU-PF", "ZANU-PF"},
		{"Dem", ""}, // Party Facts' short labels are not all acronyms
		{"F", ""},
		{"MP", ""},  // an office
		{"RED", ""}, // a word in capitals
		{"AND", ""},
	}
	for _, tt := range tests {
		if got := (&party{short: tt.short}).acronym(common); got != tt.want {
			t.Errorf("acronym(%q) = %q, want %q", tt.short, got, tt.want)
		}
	}
}

// A name two countries' parties share is qualified with each one's country,
// one a country reused with the founding year too, and one the hand list
// has with the country; the bare name stays as a form needing context.
func TestBuildRowsNames(t *testing.T) {
	p := func(id, country, place, english string, first int) *party {
		return &party{id: id, country: country, place: place, english: english, firstYear: first, short: "DP"}
	}
	kept := []*party{
		p("1", "CN", "Hong Kong", "Democratic Party", 1994),
		p("2", "KE", "Kenya", "Democratic Party", 1991),
		p("3", "BF", "Burkina Faso", "Union for Rebirth", 2000),
		p("4", "BF", "Burkina Faso", "Union for Rebirth", 2012),
		p("5", "GH", "Ghana", "New Patriotic Party", 1992),
		p("6", "NO", "Norway", "Republican Party", 1990),
	}
	h := &hand{names: map[string]bool{"republican-party": true}}
	rows := buildRows(kept, h, map[string]bool{}, map[string]bool{}, map[string]string{"CN": "China", "KE": "Kenya", "BF": "Burkina Faso", "GH": "Ghana", "NO": "Norway"})
	got := map[string]outRow{}
	for _, r := range rows {
		got[r.name] = r
	}
	for _, want := range []string{
		"Democratic Party (Hong Kong)", "Democratic Party (Kenya)",
		"Union for Rebirth (Burkina Faso, 2000)", "Union for Rebirth (Burkina Faso, 2012)",
		"New Patriotic Party", "Republican Party (Norway)",
	} {
		if _, ok := got[want]; !ok {
			t.Errorf("no party named %q among %v", want, rows)
		}
	}
	if r := got["Democratic Party (Hong Kong)"]; r.region != "Hong Kong" || !slices.Contains(r.aliases, "~Democratic Party") || !slices.Equal(r.acronyms, []string{"~DP"}) {
		t.Errorf("Hong Kong's Democratic Party = %+v, want region Hong Kong, alias ~Democratic Party, acronym ~DP", r)
	}
}

func TestRunUsage(t *testing.T) {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if err := run(context.Background(), log, []string{"-iso", "x"}); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("run with no -partyfacts = %v, want a usage error", err)
	}
	dir := t.TempDir()
	if err := run(context.Background(), log, []string{"-partyfacts", dir, "-data", dir}); err == nil || !strings.HasPrefix(err.Error(), "read countries:") {
		t.Errorf("run on an empty folder = %v, want the failed step named", err)
	}
}
