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
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
)

func main() {
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if err := run(context.Background(), log, os.Args[1:], os.Stderr); err != nil {
		log.Error("convert", "err", err)
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// run reads the command line args, converts the dictionaries and writes
// the report of what was kept and dropped to report.
func run(ctx context.Context, log *slog.Logger, args []string, report io.Writer) error {
	fs := flag.NewFlagSet("convert", flag.ContinueOnError)
	fs.SetOutput(report)
	petrarch := fs.String("petrarch", "", "PETRARCH2 checkout (the directory holding LICENSE and petrarch2/)")
	out := fs.String("out", "extract/cameo/data", "directory the data files are written to")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("parse flags: %w", err)
	}
	if *petrarch == "" {
		fs.Usage()
		return fmt.Errorf("-petrarch DIR is required: %w", flag.ErrHelp)
	}
	return convert(ctx, log, *petrarch, *out, report)
}

func convert(ctx context.Context, log *slog.Logger, petrarch, out string, report io.Writer) error {
	dicts := filepath.Join(petrarch, "petrarch2", "data", "dictionaries")

	verbs, err := readVerbDictionary(filepath.Join(dicts, "CAMEO.2.0.txt"))
	if err != nil {
		return fmt.Errorf("read verb dictionary: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := writeFile(log, filepath.Join(out, "synsets.tsv"), verbs.synsetsTSV()); err != nil {
		return fmt.Errorf("write synsets: %w", err)
	}
	if err := writeFile(log, filepath.Join(out, "verbs.tsv"), verbs.verbsTSV()); err != nil {
		return fmt.Errorf("write verbs: %w", err)
	}
	verbs.report(report)

	leaders, err := readActors(filepath.Join(dicts, "Phoenix.Countries.actors.txt"))
	if err != nil {
		return fmt.Errorf("read actor dictionary: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := writeFile(log, filepath.Join(out, "leaders.tsv"), leaders.tsv()); err != nil {
		return fmt.Errorf("write leaders: %w", err)
	}
	leaders.report(report)

	licence, err := os.ReadFile(filepath.Join(petrarch, "LICENSE"))
	if err != nil {
		return fmt.Errorf("read licence: %w", err)
	}
	if err := writeFile(log, filepath.Join(out, "LICENSE-PETRARCH2.txt"), string(licence)+dictionaryNotices); err != nil {
		return fmt.Errorf("write licence: %w", err)
	}
	return nil
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

func writeFile(log *slog.Logger, path, text string) error {
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		return err
	}
	log.Info("wrote", "file", path, "bytes", len(text))
	return nil
}
