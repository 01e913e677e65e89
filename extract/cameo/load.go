package cameo

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"strings"
)

// dataFS holds the files extract/cameo/internal/convert derived from
// PETRARCH2, and the hand-written types.tsv; see data/README.md.
//
//go:embed data/*.tsv
var dataFS embed.FS

// load builds a dictionary from the data files in fsys, failing on the
// first malformed line with its file and line number.
func load(fsys fs.FS) (*Dictionary, error) {
	d := &Dictionary{verbs: map[string]verbEntry{}, byName: map[string][]int32{}}
	var err error
	if d.types, err = loadTypes(fsys); err != nil {
		return nil, err
	}
	synsets, err := loadSynsets(fsys)
	if err != nil {
		return nil, err
	}
	if err := d.loadVerbs(fsys, synsets); err != nil {
		return nil, err
	}
	if err := d.loadLeaders(fsys); err != nil {
		return nil, err
	}
	return d, nil
}

// eachRow calls row for every data line of a TSV file, with its 1-based
// line number; comment lines (#) and blank lines are skipped. An error from
// row is wrapped with the file and line.
func eachRow(fsys fs.FS, name string, minCols, maxCols int, row func(cols []string) error) error {
	f, err := fsys.Open("data/" + name)
	if err != nil {
		return fmt.Errorf("cameo: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < minCols || len(cols) > maxCols {
			return fmt.Errorf("cameo: %s:%d: %d columns, want %d to %d", name, n, len(cols), minCols, maxCols)
		}
		if err := row(cols); err != nil {
			return fmt.Errorf("cameo: %s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("cameo: %s: %w", name, err)
	}
	return nil
}

func loadTypes(fsys fs.FS) (typeTable, error) {
	t := typeTable{}
	err := eachRow(fsys, "types.tsv", 3, 4, func(c []string) error {
		code, typ := Code(c[0]), c[1]
		if code != "---" && !isCodeDigits(string(code)) {
			return fmt.Errorf("bad code %q", code)
		}
		if typ != noType && !contractTypes[typ] {
			return fmt.Errorf("code %s: %q is no contract type", code, typ)
		}
		if _, dup := t[code]; dup {
			return fmt.Errorf("code %s listed twice", code)
		}
		t[code] = typ
		return nil
	})
	return t, err
}

func loadSynsets(fsys fs.FS) (map[string]unit, error) {
	synsets := map[string]unit{}
	err := eachRow(fsys, "synsets.tsv", 2, 2, func(c []string) error {
		name, member := strings.TrimPrefix(c[0], "&"), strings.Fields(c[1])
		if name == c[0] || name == "" || len(member) == 0 {
			return fmt.Errorf("want &name and a member, got %q %q", c[0], c[1])
		}
		for i, w := range member {
			member[i] = foldWord(w)
		}
		synsets[name] = append(synsets[name], member)
		return nil
	})
	return synsets, err
}

// loadVerbs reads verbs.tsv: per block, verb rows (pattern empty) then
// pattern rows (verb empty), in source order. A verb met again in a later
// block, or again after spelling folds, keeps its first entry, as PETRARCH2
// keeps the first.
func (d *Dictionary) loadVerbs(fsys fs.FS, synsets map[string]unit) error {
	blocks := map[string]*block{}
	var cur *block
	return eachRow(fsys, "verbs.tsv", 5, 5, func(c []string) error {
		name, verb, text, rawCode := c[0], c[1], c[2], c[3]
		if name == "" {
			return fmt.Errorf("empty block name")
		}
		if cur == nil || cur.name != name {
			if blocks[name] != nil {
				return fmt.Errorf("block %s continues after another block", name)
			}
			cur = &block{name: name}
			blocks[name] = cur
			d.nBlocks++
		}
		code, err := parseCode(rawCode)
		if err != nil {
			return err
		}
		if _, ok := d.types.resolve(code); !ok {
			return fmt.Errorf("code %s has no row in types.tsv", code)
		}
		switch {
		case verb != "" && text == "":
			d.nVerbs++
			if key := foldVerb(verb); d.verbs[key].block == nil {
				d.verbs[key] = verbEntry{code: code, block: cur}
			}
		case verb == "" && text != "":
			p, err := compilePattern(text, synsets)
			if err != nil {
				return fmt.Errorf("pattern %q: %w", text, err)
			}
			p.code, p.origin = code, foldVerb(c[4])
			cur.patterns = append(cur.patterns, p)
		default:
			return fmt.Errorf("want a verb or a pattern, got %q and %q", verb, text)
		}
		return nil
	})
}

// parseCode reads PETRARCH's "active[:passive]" code. A frame has no voice,
// so the active code is used, or the passive one when there is no active
// one (":173"), as PETRARCH2's get_code does.
func parseCode(raw string) (Code, error) {
	if raw == "---" {
		return "---", nil
	}
	active, passive, _ := strings.Cut(raw, ":")
	if active == "" {
		active = passive
	}
	if !isCodeDigits(active) || passive != "" && !isCodeDigits(passive) {
		return "", fmt.Errorf("bad code %q", raw)
	}
	return Code(active), nil
}

func isCodeDigits(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func (d *Dictionary) loadLeaders(fsys fs.FS) error {
	d.iso = map[string]string{}
	err := eachRow(fsys, "countries.tsv", 2, 2, func(c []string) error {
		if c[0] == "cameo" {
			return nil // the header
		}
		if !isUpper3(c[0]) || len(c[1]) != 2 || strings.ToUpper(c[1]) != c[1] {
			return fmt.Errorf("want a CAMEO and an ISO alpha-2 code, got %q", c)
		}
		d.iso[c[0]] = c[1]
		return nil
	})
	if err != nil {
		return err
	}
	// A row's fields are substrings of its line: the names and codes are
	// copied once each, so that the lines can go.
	names := map[string]string{}
	codes := map[string]uint16{}
	code := func(s string) uint16 {
		i, ok := codes[s]
		if !ok {
			i = uint16(len(d.codes))
			codes[s] = i
			d.codes = append(d.codes, strings.Clone(s))
		}
		return i
	}
	err = eachRow(fsys, "leaders.tsv", 7, 7, func(c []string) error {
		if c[0] == "" || !isUpper3(c[2]) || !isUpper3(c[3]) || !strings.HasPrefix(c[6], c[2]) {
			return fmt.Errorf("want name, country, role and actor code, got %q", c)
		}
		var days [2]int32
		for k, date := range []string{c[4], c[5]} {
			if date == "" {
				continue
			}
			day, ok := dayNumber(date)
			if !ok {
				return fmt.Errorf("date: %q is no YYYY-MM-DD", date)
			}
			days[k] = day
		}
		if days[0] != 0 && days[1] != 0 && days[1] <= days[0] {
			return fmt.Errorf("role ends %s, not after it starts %s", c[5], c[4])
		}
		name, ok := names[c[0]]
		if !ok {
			name = strings.Clone(c[0])
			names[name] = name
		}
		i := int32(len(d.roles))
		d.roles = append(d.roles, leaderRole{name: name, from: days[0], to: days[1], country: code(c[2]), code: code(c[3])})
		keys := []string{foldName(name)}
		if c[1] != "" {
			for _, alias := range strings.Split(c[1], "|") {
				keys = append(keys, foldName(alias))
			}
		}
		for _, k := range keys {
			ids, seen := d.byName[k]
			if !seen {
				k = strings.Clone(k) // a key left as written is a substring of the line
			}
			if len(ids) == 0 || ids[len(ids)-1] != i {
				d.byName[k] = append(ids, i)
			}
		}
		return nil
	})
	return err
}

func isUpper3(s string) bool {
	if len(s) != 3 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
