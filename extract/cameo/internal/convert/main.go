// Command convert derives the cameo package's data files from a PETRARCH2
// checkout. It is run once by hand, and its output is committed:
//
//	go run ./extract/cameo/internal/convert -petrarch /work/data/petrarch2
//
// The output is deterministic, so re-running it on the same checkout gives a
// byte-identical diff. types.tsv and data/README.md are written by hand, not
// here.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	petrarch := flag.String("petrarch", "", "PETRARCH2 checkout (the directory holding LICENSE and petrarch2/)")
	out := flag.String("out", "extract/cameo/data", "directory the data files are written to")
	flag.Parse()
	if *petrarch == "" {
		fmt.Fprintln(os.Stderr, "convert: -petrarch DIR is required")
		os.Exit(2)
	}
	if err := run(*petrarch, *out); err != nil {
		fmt.Fprintln(os.Stderr, "convert:", err)
		os.Exit(1)
	}
}

func run(petrarch, out string) error {
	dicts := filepath.Join(petrarch, "petrarch2", "data", "dictionaries")

	verbs, err := readVerbDictionary(filepath.Join(dicts, "CAMEO.2.0.txt"))
	if err != nil {
		return err
	}
	if err := writeFile(filepath.Join(out, "synsets.tsv"), verbs.synsetsTSV()); err != nil {
		return err
	}
	if err := writeFile(filepath.Join(out, "verbs.tsv"), verbs.verbsTSV()); err != nil {
		return err
	}
	verbs.report(os.Stderr)

	leaders, err := readActors(filepath.Join(dicts, "Phoenix.Countries.actors.txt"))
	if err != nil {
		return err
	}
	if err := writeFile(filepath.Join(out, "leaders.tsv"), leaders.tsv()); err != nil {
		return err
	}
	leaders.report(os.Stderr)

	licence, err := os.ReadFile(filepath.Join(petrarch, "LICENSE"))
	if err != nil {
		return err
	}
	return writeFile(filepath.Join(out, "LICENSE-PETRARCH2.txt"), string(licence)+dictionaryNotices)
}

// dictionaryNotices records the copyright lines of the two dictionary
// files, which carry the same MIT terms as the repository's LICENSE above
// under their own copyright holders.
const dictionaryNotices = `
----
The dictionary files this package's data derives from carry the same MIT
License text in their headers, with these copyright lines:

  petrarch2/data/dictionaries/CAMEO.2.0.txt:
    Copyright (c) 2015 Open Event Data Alliance
  petrarch2/data/dictionaries/Phoenix.Countries.actors.txt:
    Copyright (c) 2014 Open Event Data Alliance
`

func writeFile(path, text string) error {
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
