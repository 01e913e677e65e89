// Command partyfacts derives the gazetteer's parties-partyfacts.tsv from a
// checkout of Party Facts (https://github.com/hdigital/partyfactsdata, MIT)
// and fills the external keys (Wikidata id, Wikipedia title) of the
// hand-curated parties.tsv. It is run once by hand, and its output is
// committed:
//
//	go run ./extract/gazetteer/internal/partyfacts -partyfacts DIR
//
// DIR holds the files import/elecglob/partyfacts-core-parties.csv (the Party
// Facts core parties) and import/wikipedia/wikidata.csv. Country codes are
// mapped with the iso-codes package's iso_3166-1.json (Debian: apt-get
// install iso-codes). The output is deterministic.
//
// Which parties: every core party that is not a technical entry ("other",
// "independent"), was active in 2000 or later, reached a seat share of at
// least 1% (Party Facts' share column) and has an English Wikipedia article.
// Countries the hand list covers (parties*.tsv written by hand) are left to
// it, but for their territories (Hong Kong's parties are China's): Party
// Facts only supplies the keys of the parties it has there.
package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/polgraph/polgraph/extract/gazetteer"
)

func main() {
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if err := run(context.Background(), log, os.Args[1:]); err != nil {
		log.Error("partyfacts", "err", err)
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// run reads the command line args, then the Party Facts files, and writes
// the gazetteer's party files.
func run(ctx context.Context, log *slog.Logger, args []string) error {
	fs := flag.NewFlagSet("partyfacts", flag.ContinueOnError)
	pf := fs.String("partyfacts", "", "Party Facts checkout (the directory holding import/)")
	iso := fs.String("iso", "/usr/share/iso-codes/json/iso_3166-1.json", "ISO 3166-1 codes of the iso-codes package")
	data := fs.String("data", "extract/gazetteer/data", "the gazetteer's data directory, read and written")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("parse flags: %w", err)
	}
	if *pf == "" {
		fs.Usage()
		return fmt.Errorf("-partyfacts DIR is required: %w", flag.ErrHelp)
	}
	return convert(ctx, log, *pf, *iso, *data)
}

// party is one Party Facts core party.
type party struct {
	id                   string
	country              string // ISO alpha-2 of the gazetteer
	place                string // the country's or territory's English name
	short, name, english string
	firstYear, lastYear  int // lastYear 0: still active
	share                float64
	technical            bool
	wikipedia, wikidata  string
	hasShare             bool
}

// territories Party Facts codes apart from their sovereign state, which
// the gazetteer lists as places of that state. (Northern Ireland's parties
// are in the hand list's United Kingdom.)
var territories = map[string]struct{ country, place string }{
	"HKG": {"CN", "Hong Kong"},
	"MAC": {"CN", "Macau"},
}

// convert fills the hand list's keys and writes parties-partyfacts.tsv.
func convert(ctx context.Context, log *slog.Logger, pfDir, isoPath, data string) error {
	countryNames, err := readCountries(filepath.Join(data, "countries.tsv"))
	if err != nil {
		return fmt.Errorf("read countries: %w", err)
	}
	alpha3, err := readISO(isoPath)
	if err != nil {
		return fmt.Errorf("read ISO codes: %w", err)
	}
	keys, err := readWikidata(filepath.Join(pfDir, "import/wikipedia/wikidata.csv"))
	if err != nil {
		return fmt.Errorf("read Wikidata keys: %w", err)
	}
	parties, skipped, err := readCore(filepath.Join(pfDir, "import/elecglob/partyfacts-core-parties.csv"), alpha3, countryNames, keys)
	if err != nil {
		return fmt.Errorf("read core parties: %w", err)
	}
	hand, err := readHand(data)
	if err != nil {
		return fmt.Errorf("read hand list: %w", err)
	}
	others, err := otherForms(data)
	if err != nil {
		return fmt.Errorf("read other names: %w", err)
	}
	commonWords, err := readWords(filepath.Join(data, "acronym-words.txt"))
	if err != nil {
		return fmt.Errorf("read acronym words: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := fillHandKeys(filepath.Join(data, "parties.tsv"), parties); err != nil {
		return fmt.Errorf("fill hand list keys: %w", err)
	}
	var kept []*party
	for _, p := range parties {
		if !p.technical && (p.lastYear == 0 || p.lastYear >= 2000) && p.hasShare && p.share >= 1 && p.wikipedia != "" && !(hand.countries[p.country] && p.place == countryNames[p.country]) && len(p.names()) > 0 {
			kept = append(kept, p)
		}
	}
	kept = dedupe(kept)
	rows := buildRows(kept, hand, others, commonWords, countryNames)
	if err := writeRows(filepath.Join(data, "parties-partyfacts.tsv"), rows); err != nil {
		return fmt.Errorf("write parties: %w", err)
	}
	log.Info("wrote parties-partyfacts.tsv", "core", len(parties), "kept", len(rows), "skipped", strings.Join(skipped, " "))
	return nil
}

func readCSV(path string) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []map[string]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		m := make(map[string]string, len(header))
		for i, h := range header {
			m[h] = strings.TrimSpace(rec[i])
		}
		out = append(out, m)
	}
}

func readISO(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc map[string][]struct {
		Alpha2 string `json:"alpha_2"`
		Alpha3 string `json:"alpha_3"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	m := map[string]string{}
	for _, c := range doc["3166-1"] {
		m[c.Alpha3] = c.Alpha2
	}
	return m, nil
}

func readWikidata(path string) (map[string]string, error) {
	rows, err := readCSV(path)
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	for _, r := range rows {
		if strings.HasPrefix(r["wikidata_id"], "Q") {
			m[r["partyfacts_id"]] = r["wikidata_id"]
		}
	}
	return m, nil
}

func readCore(path string, alpha3, countryNames, keys map[string]string) ([]*party, []string, error) {
	rows, err := readCSV(path)
	if err != nil {
		return nil, nil, err
	}
	var out []*party
	skipped := map[string]bool{}
	for _, r := range rows {
		p := &party{id: r["partyfacts_id"], short: r["name_short"], name: cleanName(r["name"]), english: cleanName(r["name_english"]),
			technical: r["technical"] != "", wikidata: keys[r["partyfacts_id"]]}
		if t, ok := territories[r["country"]]; ok {
			p.country, p.place = t.country, t.place
		} else {
			p.country = alpha3[r["country"]]
			if r["country"] == "XKX" || r["country"] == "KSV" {
				p.country = "XK"
			}
			p.place = countryNames[p.country]
		}
		if p.place == "" {
			skipped[r["country"]] = true
			continue
		}
		p.firstYear, _ = strconv.Atoi(r["year_first"])
		p.lastYear, _ = strconv.Atoi(r["year_last"])
		if s, err := strconv.ParseFloat(r["share"], 64); err == nil {
			p.share, p.hasShare = s, true
		}
		if u, ok := strings.CutPrefix(r["wikipedia"], "https://en.wikipedia.org/wiki/"); ok {
			if t, err := url.PathUnescape(u); err == nil {
				p.wikipedia = strings.ReplaceAll(t, "_", " ")
			}
			if strings.Contains(p.wikipedia, "election") || strings.HasPrefix(p.wikipedia, "List of") {
				p.wikipedia = "" // Party Facts links some parties to an election's article or a list
			}
		}
		out = append(out, p)
	}
	return out, slices.Sorted(func(yield func(string) bool) {
		for k := range skipped {
			if !yield(k) {
				return
			}
		}
	}), nil
}

// dedupe keeps one of the parties Party Facts lists twice (the same
// Wikipedia article or Wikidata item): the one with the larger share.
func dedupe(ps []*party) []*party {
	for _, key := range []func(*party) string{
		func(p *party) string { return p.wikipedia },
		func(p *party) string { return cmp.Or(p.wikidata, p.wikipedia) },
	} {
		best := map[string]*party{}
		for _, p := range ps {
			if q := best[key(p)]; q == nil || p.share > q.share {
				best[key(p)] = p
			}
		}
		ps = slices.DeleteFunc(ps, func(p *party) bool { return best[key(p)] != p })
	}
	return ps
}

// cleanName drops stray punctuation Party Facts names sometimes end with,
// and spells apostrophes and spaces as the gazetteer does.
func cleanName(s string) string {
	s = strings.NewReplacer("’", "'", "|", " ", "\u00a0", " ").Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimPrefix(s, "the ")
	return strings.TrimSpace(strings.Trim(s, ";,"))
}

// names are a party's English names, first the canonical one: the title of
// its Wikipedia article, the common English name, then Party Facts' English
// and native names, which separate alternatives with " / ".
func (p *party) names() []string {
	var out []string
	for _, n := range []string{stripQualifier(p.wikipedia), p.english, p.name} {
		for part := range strings.SplitSeq(n, " / ") {
			part = cleanName(part)
			if part != "" && latin(part) && !slices.Contains(out, part) {
				out = append(out, part)
			}
		}
	}
	return out
}

// stripQualifier drops a trailing parenthesised qualifier: "Democratic
// Party (Hong Kong)" -> "Democratic Party".
func stripQualifier(s string) string {
	if i := strings.LastIndex(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		return s[:i]
	}
	return s
}

// latin reports whether a name is written in the Latin alphabet: the news
// in English does not name parties in other scripts.
func latin(s string) bool {
	slug := gazetteer.Slug(s)
	return slug != "" && !strings.HasPrefix(slug, "x-") && len(slug) >= len([]rune(strings.Join(strings.Fields(s), "")))/2
}

// acronym is a party's short name when it is a usable abbreviation: two to
// eight capitals or digits, not an abbreviation of something else, nor a
// common word in capitals (commonWords: data/acronym-words.txt).
func (p *party) acronym(commonWords map[string]bool) string {
	a := p.short
	if len(a) < 2 || len(a) > 8 || stopAcronyms[a] || commonWords[strings.ToLower(a)] {
		return ""
	}
	letters := 0
	for _, r := range a {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9', r == '-', r == '&':
		default:
			return ""
		}
	}
	if letters < 2 {
		return ""
	}
	return a
}

// stopAcronyms are abbreviations the news uses for other things.
var stopAcronyms = map[string]bool{
	"MP": true, "PM": true, "TV": true, "AM": true, "PR": true, "ID": true, "OK": true, "CEO": true, "GDP": true,
	"AI": true, "IT": true, "PC": true, "NO": true, "GO": true, "MR": true, "DR": true, "AD": true, "BC": true,
	"NA": true, "LSD": true, "UN": true, "EU": true, "US": true, "UK": true, "USA": true, "NATO": true,
}

// readWords reads a word list of the gazetteer's data: lower-case words
// separated by spaces or lines, after # comment lines.
func readWords(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string]bool{}
	for line := range strings.Lines(string(b)) {
		if !strings.HasPrefix(line, "#") {
			for _, w := range strings.Fields(line) {
				m[w] = true
			}
		}
	}
	return m, nil
}

// hand is what the hand-written party files hold.
type hand struct {
	countries map[string]bool
	names     map[string]bool // slugs of canonical names, qualifiers dropped, and of the other forms
}

func readHand(data string) (*hand, error) {
	h := &hand{countries: map[string]bool{}, names: map[string]bool{}}
	files, _ := filepath.Glob(filepath.Join(data, "parties*.tsv"))
	for _, f := range files {
		if strings.HasSuffix(f, "parties-partyfacts.tsv") {
			continue
		}
		rows, _, err := readTSV(f)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			h.countries[r["country"]] = true
			h.names[gazetteer.Slug(stripQualifier(strings.TrimPrefix(r["name"], "~")))] = true
			for v := range strings.SplitSeq(r["aliases"]+"|"+r["acronyms"], "|") {
				if v = strings.TrimPrefix(v, "~"); v != "" {
					h.names[gazetteer.Slug(v)] = true
				}
			}
		}
	}
	return h, nil
}

// otherForms are the surface forms of the gazetteer's other entities:
// countries, organisations, places and leaders, folded.
func otherForms(data string) (map[string]bool, error) {
	forms := map[string]bool{}
	files, _ := filepath.Glob(filepath.Join(data, "*.tsv"))
	for _, f := range files {
		base := filepath.Base(f)
		if strings.HasPrefix(base, "parties") || base == "offices.tsv" || base == "honorifics.tsv" {
			continue
		}
		rows, _, err := readTSV(f)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			for col, cell := range r {
				if col == "country" || col == "code" || col == "terms" {
					continue
				}
				for v := range strings.SplitSeq(cell, "|") {
					if v = strings.TrimPrefix(strings.TrimSpace(v), "~"); v != "" {
						forms[v] = true
					}
				}
			}
		}
	}
	return forms, nil
}

// readTSV reads a gazetteer data file: its comment lines, then its rows by
// column name.
func readTSV(path string) ([]map[string]string, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var header []string
	var rows []map[string]string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if header == nil {
			header = fields
			continue
		}
		m := map[string]string{}
		for i, h := range header {
			if i < len(fields) {
				m[h] = fields[i]
			}
		}
		rows = append(rows, m)
	}
	return rows, header, sc.Err()
}

// outRow is one line of parties-partyfacts.tsv.
type outRow struct {
	country, region, name string
	aliases, acronyms     []string
	wikidata, wikipedia   string
}

// buildRows names the kept parties so that no two share a canonical name,
// with the hand list's names counted as taken: a name parties of several
// countries share gets the country in parentheses ("Democratic Party (Hong
// Kong)"), and a name a country reused the founding year too. The bare name
// stays as a form marked "~", which resolves only where the article's
// country supports it.
func buildRows(kept []*party, h *hand, others, commonWords map[string]bool, countryNames map[string]string) []outRow {
	slices.SortFunc(kept, func(a, b *party) int {
		return cmp.Or(cmp.Compare(a.country, b.country), cmp.Compare(strings.ToLower(a.names()[0]), strings.ToLower(b.names()[0])), cmp.Compare(a.firstYear, b.firstYear), cmp.Compare(a.id, b.id))
	})
	byName := map[string][]*party{} // slug of canonical name -> parties
	formCount := map[string]int{}   // slug of a form -> parties having it
	for _, p := range kept {
		n := gazetteer.Slug(p.names()[0])
		byName[n] = append(byName[n], p)
		seen := map[string]bool{}
		for _, f := range append(p.names(), p.acronym(commonWords)) {
			if k := gazetteer.Slug(f); f != "" && !seen[k] {
				seen[k] = true
				formCount[k]++
			}
		}
	}
	var rows []outRow
	used := map[string]bool{} // slugs of canonical names
	for _, p := range kept {
		names := slices.DeleteFunc(p.names(), func(n string) bool { return others[n] })
		if len(names) == 0 || others[p.names()[0]] {
			continue // a body the gazetteer lists as an organisation ("Hamas")
		}
		canon := names[0]
		n := gazetteer.Slug(canon)
		if len(byName[n]) > 1 || formCount[n] > 1 || h.names[n] {
			sameCountry := 0
			for _, q := range byName[n] {
				if q.country == p.country && q.place == p.place {
					sameCountry++
				}
			}
			if sameCountry > 1 {
				canon = fmt.Sprintf("%s (%s, %d)", canon, p.place, p.firstYear)
			} else {
				canon = fmt.Sprintf("%s (%s)", canon, p.place)
			}
		}
		if used[gazetteer.Slug(canon)] {
			canon = fmt.Sprintf("%s (%s, %d, Party Facts %s)", names[0], p.place, p.firstYear, p.id)
		}
		used[gazetteer.Slug(canon)] = true
		mark := func(f string) string {
			// shared or one word (often an ordinary word): needs the
			// article's country
			if formCount[gazetteer.Slug(f)] > 1 || h.names[gazetteer.Slug(f)] || !strings.Contains(f, " ") {
				return "~" + f
			}
			return f
		}
		r := outRow{country: p.country, name: canon, wikidata: p.wikidata, wikipedia: p.wikipedia}
		if p.place != countryNames[p.country] {
			r.region = p.place
		}
		if canon != names[0] {
			r.aliases = append(r.aliases, "~"+names[0])
		} else if m := mark(canon); m != canon {
			// a canonical name is never shared, but may still need context
			r.name = m
		}
		for _, a := range names[1:] {
			if strings.Contains(a, " ") {
				// a one-word other name is often a translation that is an
				// ordinary word ("Forward" for Siumut), and inside longer
				// names it would split them
				r.aliases = append(r.aliases, mark(a))
			}
		}
		if a := p.acronym(commonWords); a != "" && !others[a] && !slices.Contains(names, a) {
			// Party Facts' short names include labels no press uses and
			// letters other things abbreviate ("MEC", "KK" before a name):
			// they resolve only in an article of the party's country
			r.acronyms = append(r.acronyms, "~"+a)
		}
		rows = append(rows, r)
	}
	return rows
}

const header = `# parties-partyfacts.tsv: political parties of the countries parties.tsv
# does not cover, from Party Facts (https://partyfacts.herokuapp.com/,
# https://github.com/hdigital/partyfactsdata at 764de89, core parties and
# their Wikidata ids). Generated by extract/gazetteer/internal/partyfacts;
# do not edit by hand, change the converter or parties.tsv instead.
# Scope: every Party Facts core party that is no technical entry, was active
# in 2000 or later, held at least 1% of the seats of a national election
# and has an English Wikipedia article.
# Columns as parties.tsv, and region: Hong Kong's and Macau's parties have
# country CN and the territory as region, which the article must name for
# their shared forms to resolve. A name that parties of several countries share
# carries its country in parentheses, and the founding year where a country
# reused it; forms marked "~" (shared names, one-word names, all acronyms)
# need the article's country; one-word other names are left out. wikidata = Wikidata
# item id; wikipedia = title of the English Wikipedia article.
#
# Party Facts data: MIT License, Copyright (c) 2022 Party Facts authors.
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
# The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
# LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
# SOFTWARE.
country	region	name	aliases	acronyms	wikidata	wikipedia
`

func writeRows(path string, rows []outRow) error {
	var b strings.Builder
	b.WriteString(header)
	for _, r := range rows {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.country, r.region, r.name, strings.Join(r.aliases, "|"), strings.Join(r.acronyms, "|"), r.wikidata, r.wikipedia)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// fillHandKeys writes the Wikidata id and Wikipedia title of the hand
// list's parties that Party Facts has: the party of the same country whose
// names and acronym agree with most of the entry's forms.
func fillHandKeys(path string, parties []*party) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	byCountry := map[string][]*party{}
	for _, p := range parties {
		if !p.technical && p.wikipedia != "" {
			byCountry[p.country] = append(byCountry[p.country], p)
		}
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	var header []string
	for i, line := range lines {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if header == nil {
			header = []string{"country", "name", "aliases", "acronyms", "wikidata", "wikipedia"}
			lines[i] = strings.Join(header, "\t")
			continue
		}
		for len(f) < len(header) {
			f = append(f, "")
		}
		forms := map[string]bool{strings.ToLower(stripQualifier(strings.TrimPrefix(f[1], "~"))): true}
		for _, cell := range f[2:4] {
			for v := range strings.SplitSeq(cell, "|") {
				if v = strings.TrimPrefix(v, "~"); v != "" {
					forms[strings.ToLower(v)] = true
				}
			}
		}
		var best *party
		bestScore, tie := 0, false
		for _, p := range byCountry[f[0]] {
			score := 0
			for _, n := range append(p.names(), p.short) {
				if forms[strings.ToLower(n)] {
					score += 2
				}
			}
			if p.lastYear == 0 || p.lastYear >= 2000 {
				score++
			}
			switch {
			case score > bestScore:
				best, bestScore, tie = p, score, false
			case score == bestScore:
				tie = true
			}
		}
		f[4], f[5] = "", ""
		if best != nil && bestScore >= 3 && !tie {
			f[4], f[5] = best.wikidata, best.wikipedia
		}
		lines[i] = strings.Join(f[:len(header)], "\t")
	}
	return os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}

// readCountries maps the gazetteer's country codes to their names.
func readCountries(path string) (map[string]string, error) {
	rows, _, err := readTSV(path)
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	for _, r := range rows {
		m[r["code"]] = strings.TrimPrefix(r["name"], "~")
	}
	return m, nil
}
