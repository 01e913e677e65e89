package main

import (
	"compress/gzip"
	"context"
	"errors"
	"flag"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if err := run(context.Background(), log, []string{"-words", "x"}); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("run with no -cities = %v, want a usage error", err)
	}
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// GeoNames' dump: name in column 2, country 9, admin1 11, population 15
	row := func(name, pop string) string {
		f := make([]string, 19)
		f[1], f[8], f[10], f[14] = name, "ZZ", "01", pop
		return strings.Join(f, "\t") + "\n"
	}
	cities := write("cities.txt", row("Varnholt", "52000")+row("Mobile", "90000")+row("Brëvik", "41000")+row("Tiny", "900"))
	words := write("words", "mobile\n")
	lists := filepath.Join(dir, "lists")
	if err := os.Mkdir(lists, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"first_names.txt", "female_names.txt", "male_names.txt", "common_words.txt", "common_nouns.txt", "non_names.txt", "calendar_words.txt", "compass_words.txt"} {
		write(filepath.Join("lists", name), "# none\n")
	}
	out := filepath.Join(dir, "out.tsv.gz")
	if err := run(context.Background(), log, []string{"-cities", cities, "-words", words, "-lists", lists, "-out", out}); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		if !strings.HasPrefix(l, "#") && !strings.HasPrefix(l, "name\t") {
			got = append(got, l)
		}
	}
	want := []string{"Brëvik\tZZ\t01\t41000\tBrevik", "Varnholt\tZZ\t01\t52000\t"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows = %q, want %q", got, want)
	}
	if err := run(context.Background(), log, []string{"-cities", filepath.Join(dir, "none.txt"), "-words", words, "-lists", lists, "-out", out}); err == nil || !strings.HasPrefix(err.Error(), "read cities:") {
		t.Errorf("run on a missing file = %v, want the failed step named", err)
	}
}
