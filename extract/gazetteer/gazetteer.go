// Package gazetteer holds the curated knowledge the entity recogniser matches: countries, parties, organisations, places, political leaders, offices and honorifics.
//
// # Leaders
//
// data/leaders.tsv lists people who led the countries the party data
// covers, and some international bodies, since 2000 (Kind polgraph.KindPerson,
// ID "person/<slug>"). They are not in [Gazetteer.Lookup], whose readings are
// names of places and bodies; [Gazetteer.LookupLeader] finds them, so that a
// recogniser opts in. Each leader's Terms give the offices held and when.
//
// A full name or full-name alias ("Justin Trudeau", "Volodymyr Zelenskyy",
// Via "name" or "alias") identifies the leader. A bare surname (Via
// "surname": "Trudeau", "Xi", "Lula", "von der Leyen") is only a candidate:
// the recogniser should accept it when the article already mentioned the
// leader by full name (the usual "Justin Trudeau ... Trudeau said"), or when
// the leader's country (Entry.Country, or a Term's Country) is the
// article's country or named in it and no other person of that surname was
// mentioned in full; otherwise the surname is an unknown person's. A
// surname in the entry's Ambiguous (marked "~" in the data) needs more: it
// is shared with another leader ("Kim", "Lee", "Li"), or it is also an
// ordinary word, given name or place ("May", "Brown", "Key", "Cameron"), or
// the press often uses it for someone else ("Clinton", "Johnson"); such a
// surname should resolve only after a full mention of that leader in the
// same article, never from country context alone. A leader's form that is
// also a country, party, organisation or place form ("Fox") is marked "~"
// in the leader's entry; the other entry keeps its own marks, as Lookup
// does not return leaders. An unmarked surname is still a surname: a
// leader's relatives ("Melania Trump", "Hunter Biden") and namesakes share
// it, so a full mention of another person with that surname in the article
// wins over the leader. Terms tell which leader an office title means
// in a given year ("the Prime Minister" of CA in 2020), and a holder of an
// open term (To 0) is the incumbent as of the data, late 2025.
//
// Names are in the order of the English-language press: family name first
// for Chinese and Korean leaders ("Xi Jinping", "Lee Jae-myung", surnames
// "Xi", "Lee"), given name first for Japanese ones ("Shinzo Abe", "Abe").
package gazetteer

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/polgraph/polgraph"
)

// dataFS holds the knowledge as TSV files, one per scope, each opening with
// "#" comments that state the scope it is complete for. A file's first
// other line names its columns. A cell holding several values separates them
// with "|", and a value marked with a leading "~" is a surface form that other
// entries share ("Liberals", "House of Commons"), so the recogniser needs
// context to choose among them. The kind of entity a file holds follows from
// its name: countries*, parties*, organizations*, places*, leaders*.
//
//go:embed data/*.tsv
var dataFS embed.FS

// Entry is one entity the gazetteer knows.
type Entry struct {
	ID   string // ID(Kind, Name): "country/canada"
	Kind string // polgraph.KindCountry, KindParty, KindOrganization, KindPlace or KindPerson (leaders)
	Name string // canonical name: "Canada", "Liberal Party of Canada"

	Aliases   []string // other names that denote it, acronyms and (persons) surnames included
	Ambiguous []string // surface forms (possibly Name) shared with other entries: they need context
	Demonyms  []string // countries: nationality adjectives and nouns ("Canadian", "Canadians")
	Metonyms  []string // countries: capitals standing for the state ("Ottawa")
	Country   string   // ISO 3166 alpha-2 code of its country ("CA"), for a person the country led; "" if international
	Region    string   // parties of a territory with its own party system: the place's name ("Hong Kong"), which context must name rather than the country
	Terms     []Term   // persons: the offices they held, earliest first
	Scope     string   // the data file it comes from, without .tsv: "organizations-media"

	// External keys, where the curated data has them: the Wikidata item
	// ("Q29552") and the English Wikipedia article's title ("Democratic
	// Party (United States)"), so that analysts can join the graph with
	// other data.
	Wikidata, Wikipedia string
}

// Media reports whether the entry is a news outlet or agency.
func (e *Entry) Media() bool { return e.Scope == "organizations-media" }

// International reports whether the entry is an international or
// supranational body (organizations-international.tsv).
func (e *Entry) International() bool { return e.Scope == "organizations-international" }

// Company reports whether the entry is a company.
func (e *Entry) Company() bool { return e.Scope == "organizations-companies" }

// Term is a period in which a person held an office. A term that began
// before 2000 gives its true first year.
type Term struct {
	Office   string // a title of offices.tsv: "Prime Minister", "President", "Monarch"
	Country  string // ISO 3166 alpha-2 code of the country; "" for an international office
	Org      string // for an international office, the ID of its organisation: "organization/united-nations"
	From, To int    // years; To is 0 while the term lasts
}

// Match is one entry that a surface form can denote, and how it denotes it:
// Via is "name", "alias", "acronym", "demonym" or "metonym", and for
// persons "surname" (a bare surname, which needs context: see the package
// documentation).
type Match struct {
	Entry *Entry
	Via   string
}

// Office is a role a person can hold. Body is the kind of body the office
// belongs to: "legislature", "government", "head-of-state", "party",
// "company", "diplomatic", "city", "region", "judiciary", "military" or
// "organization" (a role in any organisation: spokesperson, director).
type Office struct {
	Title   string   // canonical title, the role of a relation: "Member of Parliament"
	Aliases []string // other titles: "MP", "MPs", "member of parliament"
	Body    string
}

// Gazetteer answers lookups of surface forms. It is immutable once built
// and so safe for concurrent use.
type Gazetteer struct {
	entries    []*Entry
	exact      map[string][]Match
	folded     map[string][]Match // lowercased surface forms that are not all capitals
	people     map[string][]Match // as exact, for persons
	peopleFold map[string][]Match // as folded, for persons
	countries  map[string]*Entry
	offices    map[string]*Office // exact titles
	officeFold map[string]*Office // lowercased titles that are not all capitals
	// officeFirst holds the lowercased first word of every title: most
	// words of a text start none, and are turned away before any lookup
	officeFirst map[string]bool
	// portfolioWords hold the lowercased words of the portfolios that
	// ministers' titles name after "of" or "for" ("Minister of Foreign
	// Affairs": foreign, affairs)
	portfolioWords map[string]bool
	honorifics     map[string]bool // without periods
	// lowerKeys holds every key of exact, folded, people, peopleFold,
	// offices and officeFold in lower case: a window of words none of
	// whose case variants is a key is turned away before any lookup (see
	// MayName).
	lowerKeys map[string]bool
	maxWords  int
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
)

// Default returns the gazetteer built from the embedded data. The data is
// parsed on first use; a parse error is a bug in the data, which the tests
// catch, so it panics.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		g, err := load(dataFS)
		if err != nil {
			panic(err)
		}
		defaultGaz = g
	})
	return defaultGaz
}

// Lookup returns every entry a surface form can denote, in data order
// (countries, parties, organisations, places), each once.
//
// Matching is exact and case-sensitive, so "US" is the United States and
// "us" is nothing. Headlines and shouting get one concession: when nothing
// matches exactly and the surface form is all capitals ("CANADA") or every
// word starts with a capital ("House Of Commons"), it is compared without
// case against the known forms that are not themselves all capitals, which
// keeps the sentence-initial "Who" from meaning the WHO. Apostrophes do
// not count: "Workers Party" is a form of every "Workers' Party", as
// writers drop or add them ("Peoples Party", "People's Party").
//
// A form several entries share is in each one's Ambiguous and returns them
// all; the country of the surrounding text chooses (for a party with a
// Region, the territory). A form two parties share is Ambiguous even where
// the data does not mark it. Some names are also
// ordinary words or given names ("Reform", "Renaissance", "Chad", "Jordan",
// "Victoria"), which no mark can flag; a sentence-initial match of one word
// needs more evidence than a mid-sentence capital. Via "metonym" means a capital standing for
// its state ("Beijing said"); where the text means the city itself ("in
// Beijing"), the entity is the place ID(polgraph.KindPlace, surface) in the
// match's Entry.Country, which the data does not list a second time.
// Surface forms carry no possessive and no leading lowercase "the", so strip
// "'s" and "the" before looking up.
//
// The returned slice is shared: do not modify it or the entries.
func (g *Gazetteer) Lookup(surface string) []Match {
	surface = formKey(surface)
	if m, ok := g.exact[surface]; ok {
		return m
	}
	if allCaps(surface) || titleCase(surface) {
		if m, ok := lookupLower(g.folded, surface); ok {
			return m
		}
	}
	if allCaps(surface) {
		// "ÖVP", "SPÖ": an acronym the data spells without its
		// diacritics, as Party Facts gives short names ("OVP")
		if plain := foldAcronym(surface); plain != surface {
			return g.exact[plain]
		}
	}
	return nil
}

// LookupParenthesised is Lookup for a surface that writes parentheses
// ("Janata Dal (United)", "JD(U)"): its matches where the parenthesised
// part belongs to the name, nil where it is a qualifier the data adds
// to tell namesakes apart ("Social Democratic Party (Romania)",
// "Communist Party of Nepal (Nepal, 1991)"), which the press does not
// write as part of the name.
func (g *Gazetteer) LookupParenthesised(surface string) []Match {
	open := strings.LastIndexByte(surface, '(')
	if open < 0 || !strings.HasSuffix(surface, ")") || g.qualifier(surface[open+1:len(surface)-1]) {
		return nil
	}
	return g.Lookup(surface)
}

// qualifier reports whether part, the parenthesised end of a name, only
// tells the name from a namesake: a country or place ("Romania", "UK",
// "Sydney"), a year or a list ("Nepal, 1991"), or a description in
// lowercase words ("political party").
func (g *Gazetteer) qualifier(part string) bool {
	if part == "" || strings.ContainsAny(part, ",0123456789") || !startsUpperWords(part) {
		return true
	}
	return slices.ContainsFunc(g.Lookup(part), func(m Match) bool {
		return m.Entry.Kind == polgraph.KindCountry || m.Entry.Kind == polgraph.KindPlace
	})
}

// startsUpperWords reports whether every word of s starts with a capital.
func startsUpperWords(s string) bool {
	for _, w := range strings.Fields(s) {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// foldAcronym is acronym s with its accented capitals as plain ones
// ("ÖVP" as "OVP"), or s where a letter does not fold to one letter.
func foldAcronym(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < utf8.RuneSelf {
			b.WriteRune(r)
			continue
		}
		f := foldRune(r)
		if len(f) != 1 {
			return s
		}
		b.WriteString(strings.ToUpper(f))
	}
	return b.String()
}

// LookupLeader is Lookup for the persons of leaders.tsv: every leader a
// surface form can denote ("Justin Trudeau", "Trudeau", "TRUDEAU"), with the
// same matching rules. A match Via "surname" is a candidate only; see the
// package documentation for the context it needs. The returned slice is
// shared: do not modify it or the entries.
func (g *Gazetteer) LookupLeader(surface string) []Match {
	surface = formKey(surface)
	if m, ok := g.people[surface]; ok {
		return m
	}
	if allCaps(surface) || titleCase(surface) {
		m, _ := lookupLower(g.peopleFold, surface)
		return m
	}
	return nil
}

// MaxWords is the number of space-separated words in the longest surface
// form of any entry or office, the widest window a longest-match scan needs.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// Entries returns all entries in data order, leaders last. Do not modify it.
func (g *Gazetteer) Entries() []*Entry { return g.entries }

// Country returns the country with an ISO 3166 alpha-2 code ("CA", "ca"),
// or nil.
func (g *Gazetteer) Country(code string) *Entry {
	return g.countries[strings.ToUpper(code)]
}

// Office returns the office a title denotes. Titles match regardless of
// case ("Prime Minister", "prime minister"), except all-capital abbreviations,
// which match only as written so that "pm" is not "PM".
func (g *Gazetteer) Office(surface string) (*Office, bool) {
	surface = normalize(surface)
	if o, ok := g.offices[surface]; ok {
		return o, true
	}
	return lookupLower(g.officeFold, surface)
}

// lookupLower is m[strings.ToLower(s)], without the lower-cased copy where
// s is a short ASCII string (a name or a title, nearly always): the
// lookups of every window of words that a scan for names makes would
// otherwise allocate one each.
func lookupLower[V any](m map[string]V, s string) (V, bool) {
	var buf [64]byte
	if len(s) > len(buf) {
		v, ok := m[strings.ToLower(s)]
		return v, ok
	}
	b := buf[:len(s)]
	for i := range len(s) {
		c := s[i]
		if c >= utf8.RuneSelf {
			v, ok := m[strings.ToLower(s)]
			return v, ok
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	v, ok := m[string(b)] // no copy for a map index
	return v, ok
}

// MayName reports whether surface, written in some case, may be a form
// that Lookup, LookupLeader or Office knows. When it reports false, all
// three find nothing for surface however it is capitalised: a scan for
// names tries many windows of words, and most name nothing.
func (g *Gazetteer) MayName(surface string) bool {
	for i := 0; i < len(surface); i++ {
		if surface[i] >= utf8.RuneSelf {
			return true // folded and normalised in ways not worth repeating here
		}
	}
	// Lookup and LookupLeader key forms by formKey, Office titles by
	// normalize: the same string but where surface has an apostrophe.
	key, title := formKey(surface), normalize(surface)
	_, known := lookupLower(g.lowerKeys, key)
	if !known && title != key {
		_, known = lookupLower(g.lowerKeys, title)
	}
	return known
}

// addPortfolio adds the words of a minister's portfolio but its joins.
func (g *Gazetteer) addPortfolio(portfolio string) {
	for _, w := range strings.Fields(portfolio) {
		if w != "and" && w != "the" && w != "of" {
			g.portfolioWords[w] = true
		}
	}
}

// PortfolioWord reports whether word, in lower case, is a word of a
// portfolio a minister's title names ("affairs", "trade", "finance").
func (g *Gazetteer) PortfolioWord(lower string) bool {
	return g.portfolioWords[lower]
}

// OfficeStarts reports whether some office title starts with word, given
// in lower case: a cheap test before the lookups of Office.
func (g *Gazetteer) OfficeStarts(lower string) bool {
	return g.officeFirst[normalize(lower)]
}

// Honorific reports whether word is a title that precedes a person's name
// ("Mr", "Mr.", "Dr", "Rt. Hon.", "Prime Minister"). Periods are ignored;
// case is not.
func (g *Gazetteer) Honorific(word string) bool {
	return g.honorifics[strings.ReplaceAll(normalize(word), ".", "")]
}

// typographic spells a typographic apostrophe and a no-break space as the
// data does; built once, as building a Replacer costs more than replacing.
var typographic = strings.NewReplacer("’", "'", "\u00a0", " ")

// normalize makes the spelling variants that the data does not list match:
// typographic apostrophes and runs of white space.
func normalize(s string) string {
	plain := true // ASCII with single spaces, the usual case: nothing to do
	for i := 0; i < len(s) && plain; i++ {
		plain = s[i] < 0x80 && !(s[i] == ' ' && i+1 < len(s) && s[i+1] == ' ')
	}
	if plain {
		return s
	}
	// The rest works on a copy: s itself then never reaches the heap, and
	// a caller's lookup of a string made from its bytes needs no copy of
	// its own.
	t := strings.Clone(s)
	if strings.ContainsAny(t, "’\u00a0") {
		t = typographic.Replace(t)
	}
	if strings.Contains(t, "  ") {
		t = strings.Join(strings.Fields(t), " ")
	}
	return t
}

// formKey is the key a surface form is indexed and looked up by: its
// normalized spelling without apostrophes, which writers drop or add
// ("Workers Party", "Workers' Party"). Lookup's usual surface, ASCII
// with single spaces and no apostrophe, is its own key: one scan finds so.
func formKey(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c == '\'' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			return strings.ReplaceAll(normalize(s), "'", "")
		}
	}
	return s
}

// SameForm reports whether surface forms a and b are one form as Lookup
// reads them: alike but for case and apostrophes, and an acronym's
// diacritics ("ÖVP", "OVP").
func SameForm(a, b string) bool { return strings.EqualFold(sameFormKey(a), sameFormKey(b)) }

// sameFormKey is the form SameForm compares: formKey, and an acronym's
// capitals without their diacritics.
func sameFormKey(s string) string {
	k := formKey(s)
	if allCaps(k) {
		return foldAcronym(k)
	}
	return k
}

// allCaps reports whether s has letters and none of them is lowercase.
func allCaps(s string) bool {
	letter := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letter = letter || unicode.IsLetter(r)
	}
	return letter
}

// titleCase reports whether every space-separated word starts with a
// capital. (A loop over the runes, not strings.FieldsSeq: its closure
// would keep s, and every lookup's key, on the heap.)
func titleCase(s string) bool {
	wordStart := true
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			wordStart = true
		case wordStart && !unicode.IsUpper(r):
			return false
		default:
			wordStart = false
		}
	}
	return s != ""
}

// The entity files, in data order, and the kind of entity each holds.
// Files not listed here must be offices.tsv, office-suffixes.tsv,
// honorifics.tsv or party-short-names.tsv.
var entityFiles = []struct {
	prefix, kind string
}{
	{"countries", polgraph.KindCountry},
	{"parties", polgraph.KindParty},
	{"organizations", polgraph.KindOrganization},
	{"places", polgraph.KindPlace},
	{"leaders", polgraph.KindPerson},
}

// columns each file may have; "name" is always required.
var fileColumns = map[string][]string{
	polgraph.KindCountry:      {"code", "name", "aliases", "acronyms", "demonyms", "capitals", "wikidata", "wikipedia"},
	polgraph.KindParty:        {"country", "region", "name", "aliases", "acronyms", "wikidata", "wikipedia"},
	polgraph.KindOrganization: {"country", "name", "aliases", "acronyms"},
	polgraph.KindPlace:        {"country", "name", "aliases", "acronyms"},
	polgraph.KindPerson:       {"country", "name", "aliases", "surnames", "terms"},
	"office":                  {"title", "aliases", "body"},
	"honorific":               {"title"},
	"office-suffix":           {"title"},
	"party-short-name":        {"name", "country", "form"},
}

var officeBodies = []string{
	"legislature", "government", "head-of-state", "party", "company",
	"diplomatic", "city", "region", "judiciary", "military", "organization",
}

// row is one data line with its columns by name.
type row struct {
	file string
	line int
	cell map[string]string
}

func (r row) errorf(format string, args ...any) error {
	return fmt.Errorf("gazetteer: %s:%d: %s", r.file, r.line, fmt.Sprintf(format, args...))
}

// values splits a multi-valued cell.
func (r row) values(col string) []string {
	var vs []string
	for v := range strings.SplitSeq(r.cell[col], "|") {
		if v = strings.TrimSpace(v); v != "" {
			vs = append(vs, v)
		}
	}
	return vs
}

// readTSV reads a data file: "#" lines are comments, blank lines are
// skipped, the first other line names the columns.
func readTSV(fsys fs.FS, name string, allowed []string) ([]row, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %v", err)
	}
	var header []string
	var rows []row
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if header == nil {
			for _, h := range fields {
				if !slices.Contains(allowed, h) {
					return nil, fmt.Errorf("gazetteer: %s:%d: unknown column %q (want some of %s)", name, i+1, h, strings.Join(allowed, ", "))
				}
			}
			if !slices.Contains(fields, "name") && !slices.Contains(fields, "title") {
				return nil, fmt.Errorf("gazetteer: %s:%d: header lacks a name or title column", name, i+1)
			}
			header = fields
			continue
		}
		// Exactly as many fields as columns, so that a lost tab cannot
		// silently shift aliases into the wrong column.
		if len(fields) != len(header) {
			return nil, fmt.Errorf("gazetteer: %s:%d: %d fields, header has %d", name, i+1, len(fields), len(header))
		}
		r := row{file: name, line: i + 1, cell: make(map[string]string, len(header))}
		for j, f := range fields {
			r.cell[header[j]] = strings.TrimSpace(f)
		}
		rows = append(rows, r)
	}
	if header == nil {
		return nil, fmt.Errorf("gazetteer: %s: no header line", name)
	}
	return rows, nil
}

// surfaces of one entry in the order their Via ranks.
type surface struct{ text, via string }

func load(fsys fs.FS) (*Gazetteer, error) {
	g := &Gazetteer{
		exact:          make(map[string][]Match),
		folded:         make(map[string][]Match),
		people:         make(map[string][]Match),
		peopleFold:     make(map[string][]Match),
		countries:      make(map[string]*Entry),
		offices:        make(map[string]*Office),
		officeFold:     make(map[string]*Office),
		officeFirst:    make(map[string]bool),
		portfolioWords: make(map[string]bool),
		honorifics:     make(map[string]bool),
	}
	names, err := fs.Glob(fsys, "data/*.tsv")
	if err != nil {
		return nil, err
	}
	ids := make(map[string]string) // id -> file:line that defined it
	var deferred []func() error    // country references, checked once all countries are known
	for _, ef := range entityFiles {
		for _, name := range names {
			base := path.Base(name)
			if !strings.HasPrefix(base, ef.prefix) {
				continue
			}
			rows, err := readTSV(fsys, name, fileColumns[ef.kind])
			if err != nil {
				return nil, err
			}
			for _, r := range rows {
				e, surfaces, err := parseEntry(r, ef.kind)
				if err != nil {
					return nil, err
				}
				e.Scope = strings.TrimSuffix(base, ".tsv")
				where := fmt.Sprintf("%s:%d", r.file, r.line)
				if prev, dup := ids[e.ID]; dup {
					return nil, r.errorf("id %s already defined at %s", e.ID, prev)
				}
				ids[e.ID] = where
				if ef.kind == polgraph.KindCountry {
					if g.countries[e.Country] != nil {
						return nil, r.errorf("country code %s used twice", e.Country)
					}
					g.countries[e.Country] = e
				} else {
					codes := []string{e.Country}
					for _, t := range e.Terms {
						codes = append(codes, t.Country)
					}
					deferred = append(deferred, func() error {
						for _, c := range codes {
							if c != "" && g.countries[c] == nil {
								return r.errorf("unknown country code %q", c)
							}
						}
						if e.Region != "" && !slices.ContainsFunc(g.exact[e.Region], func(m Match) bool {
							return m.Entry.Kind == polgraph.KindPlace && m.Entry.Country == e.Country
						}) {
							return r.errorf("region %q is no place of %s", e.Region, e.Country)
						}
						for _, t := range e.Terms {
							if _, ok := ids[t.Org]; t.Org != "" && !ok {
								return r.errorf("unknown organisation %s", t.Org)
							}
							if o, ok := g.offices[t.Office]; !ok || o.Title != t.Office {
								return r.errorf("office %q is no title of offices.tsv", t.Office)
							}
						}
						return nil
					})
				}
				g.entries = append(g.entries, e)
				g.index(e, surfaces)
			}
		}
	}
	if err := g.loadPartyShortNames(fsys); err != nil {
		return nil, err
	}
	g.addNamesWithoutCountry()
	g.addNamesWithoutMiddle()
	g.markSharedPartyForms()
	if err := g.loadOffices(fsys); err != nil {
		return nil, err
	}
	for _, check := range deferred {
		if err := check(); err != nil {
			return nil, err
		}
	}
	if err := g.loadHonorifics(fsys); err != nil {
		return nil, err
	}
	g.lowerKeys = make(map[string]bool, len(g.folded)+len(g.peopleFold)+len(g.officeFold))
	for _, m := range []map[string][]Match{g.exact, g.folded, g.people, g.peopleFold} {
		for k := range m {
			g.lowerKeys[strings.ToLower(k)] = true
		}
	}
	for _, m := range []map[string]*Office{g.offices, g.officeFold} {
		for k := range m {
			g.lowerKeys[strings.ToLower(k)] = true
		}
	}
	return g, nil
}

// parseEntry builds an entry from a row and lists its surface forms.
func parseEntry(r row, kind string) (*Entry, []surface, error) {
	e := &Entry{Kind: kind}
	var surfaces []surface
	var ambiguous []string
	// unmark strips the "~" of a shared form and remembers it.
	unmark := func(v string) string {
		if t, ok := strings.CutPrefix(v, "~"); ok {
			t = strings.TrimSpace(t)
			ambiguous = append(ambiguous, t)
			return t
		}
		return v
	}
	e.Name = unmark(r.cell["name"])
	if e.Name == "" {
		return nil, nil, r.errorf("empty name")
	}
	surfaces = append(surfaces, surface{e.Name, "name"})
	e.ID = ID(kind, e.Name)
	e.Wikidata, e.Wikipedia, e.Region = r.cell["wikidata"], r.cell["wikipedia"], r.cell["region"]
	if e.Wikidata != "" && !validWikidata(e.Wikidata) {
		return nil, nil, r.errorf("wikidata %q is not an item id (Q and digits)", e.Wikidata)
	}
	if kind == polgraph.KindCountry {
		e.Country = r.cell["code"]
	} else {
		e.Country = r.cell["country"]
	}
	if kind == polgraph.KindCountry || e.Country != "" {
		if len(e.Country) != 2 || strings.ToUpper(e.Country) != e.Country {
			return nil, nil, r.errorf("country code %q is not two capital letters", e.Country)
		}
	}
	for _, col := range []struct{ name, via string }{
		{"aliases", "alias"}, {"acronyms", "acronym"},
		{"capitals", "metonym"}, {"demonyms", "demonym"},
		{"surnames", "surname"},
	} {
		for _, v := range r.values(col.name) {
			v = unmark(v)
			if strings.HasPrefix(v, "the ") {
				return nil, nil, r.errorf("%q: surface forms do not start with lowercase \"the\"", v)
			}
			surfaces = append(surfaces, surface{v, col.via})
			switch col.via {
			case "alias", "acronym", "surname":
				e.Aliases = append(e.Aliases, v)
			case "metonym":
				e.Metonyms = append(e.Metonyms, v)
			case "demonym":
				e.Demonyms = append(e.Demonyms, v)
			}
		}
	}
	for _, s := range surfaces {
		if s.text != strings.TrimSpace(s.text) || strings.Contains(s.text, "  ") || strings.ContainsAny(s.text, "\t’") {
			return nil, nil, r.errorf("%q: stray space, tab or typographic apostrophe", s.text)
		}
	}
	for _, v := range r.values("terms") {
		t, err := parseTerm(v, e.Country)
		if err != nil {
			return nil, nil, r.errorf("term %q: %v", v, err)
		}
		e.Terms = append(e.Terms, t)
	}
	if kind == polgraph.KindPerson && len(e.Terms) == 0 {
		return nil, nil, r.errorf("a leader without terms")
	}
	slices.Sort(ambiguous)
	e.Ambiguous = slices.Compact(ambiguous)
	return e, surfaces, nil
}

// parseTerm reads "[WHERE:]Office FROM-[TO]": "Prime Minister 2015-2025",
// "President 2025-" (still in office), "CA:Monarch 1952-2022" (an office of
// another country than the row's), "United Nations:Secretary-General
// 2017-" (an international office, WHERE the name of an organisation).
func parseTerm(v, country string) (Term, error) {
	t := Term{Country: country}
	if where, rest, ok := strings.Cut(v, ":"); ok {
		v = rest
		if len(where) == 2 && strings.ToUpper(where) == where {
			t.Country = where
		} else {
			t.Country, t.Org = "", ID(polgraph.KindOrganization, where)
		}
	}
	i := strings.LastIndexByte(v, ' ')
	if i < 0 {
		return t, fmt.Errorf("want \"Office FROM-TO\"")
	}
	t.Office = v[:i]
	from, to, ok := strings.Cut(v[i+1:], "-")
	if !ok {
		return t, fmt.Errorf("want years FROM-TO or FROM-")
	}
	if t.Country == "" && t.Org == "" {
		return t, fmt.Errorf("an international office needs \"Organisation name:\"")
	}
	var err error
	if t.From, err = year(from); err != nil {
		return t, err
	}
	if to != "" {
		if t.To, err = year(to); err != nil {
			return t, err
		}
		if t.To < t.From {
			return t, fmt.Errorf("ends before it starts")
		}
	}
	return t, nil
}

func year(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1900 || n > 2100 {
		return 0, fmt.Errorf("%q is not a year", s)
	}
	return n, nil
}

// index adds an entry's surface forms, each once per entry, with the first
// (highest ranking) way it was listed.
func (g *Gazetteer) index(e *Entry, surfaces []surface) {
	exact, folded := g.exact, g.folded
	if e.Kind == polgraph.KindPerson {
		exact, folded = g.people, g.peopleFold
	}
	seen := make(map[string]bool, len(surfaces))
	foldSeen := make(map[string]bool, len(surfaces))
	for _, s := range surfaces {
		key := formKey(s.text)
		if !seen[key] {
			seen[key] = true
			m := exact[key]
			exact[key] = append(m[:len(m):len(m)], Match{e, s.via})
		}
		if !allCaps(s.text) {
			k := strings.ToLower(key)
			if !foldSeen[k] {
				foldSeen[k] = true
				m := folded[k]
				folded[k] = append(m[:len(m):len(m)], Match{e, s.via})
			}
		}
		g.maxWords = max(g.maxWords, len(strings.Fields(s.text)))
	}
}

// addNamesWithoutMiddle gives a leader whose full name has a middle name
// or a patronymic the given name and surname alone ("Recep Erdoğan" of
// "Recep Tayyip Erdoğan"), as the press sometimes writes them: for each
// full name of three words or more that ends in one of the leader's
// unmarked surnames. A form another person already has, or that two
// leaders' names would both give ("George Bush"), stays nobody's.
func (g *Gazetteer) addNamesWithoutMiddle() {
	derived := map[string][]*Entry{}
	var order []string
	for _, e := range g.entries {
		if e.Kind != polgraph.KindPerson {
			continue
		}
		for _, full := range append([]string{e.Name}, e.Aliases...) {
			words := strings.Fields(full)
			if len(words) < 3 {
				continue
			}
			for _, sur := range e.Aliases {
				if !g.isSurname(e, sur) || ambiguousOf(e, sur) || !strings.HasSuffix(full, " "+sur) || len(strings.Fields(sur)) > len(words)-2 {
					continue
				}
				if middle := words[1 : len(words)-len(strings.Fields(sur))]; initialWord(words[0]) || !slices.ContainsFunc(middle, startsUpper) {
					continue // not "A. Kalam", nor "Dominique Villepin" of "Dominique de Villepin"
				}
				short := words[0] + " " + sur
				if _, taken := g.people[formKey(short)]; taken || slices.Contains(derived[short], e) {
					continue
				}
				if derived[short] == nil {
					order = append(order, short)
				}
				derived[short] = append(derived[short], e)
			}
		}
	}
	for _, short := range order {
		if es := derived[short]; len(es) == 1 {
			es[0].Aliases = append(es[0].Aliases, short)
			g.index(es[0], []surface{{short, "alias"}})
		}
	}
}

// initialWord reports an initial or initials ("A.", "APJ") for a given name.
func initialWord(w string) bool { return strings.Contains(w, ".") || allCaps(w) }

// startsUpper reports a word that opens with a capital: a name, not a
// particle ("de", "van").
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isSurname reports whether form s is listed among person e's surnames.
func (g *Gazetteer) isSurname(e *Entry, s string) bool {
	return slices.Contains(g.people[formKey(s)], Match{e, "surname"})
}

// ambiguousOf reports whether entry e marks form s as shared.
func ambiguousOf(e *Entry, s string) bool {
	return slices.ContainsFunc(e.Ambiguous, func(a string) bool { return strings.EqualFold(a, s) })
}

// addNamesWithoutCountry gives a party whose name opens with its
// country's ("Bangladesh Awami League"), or whose English name opens with
// its country's adjective ("Estonian Reform Party" for Eesti
// Reformierakond), the rest of that name ("Awami League", "Reform Party")
// as an alias, which the press of its country uses alone: a form that
// needs the country named, as other parties may end so too. A rest that
// opens with a word of grammar ("Andorra for Change") is no name, and one
// that is another party's canonical name stays that party's alone.
func (g *Gazetteer) addNamesWithoutCountry() {
	canonical := map[string]bool{}
	for _, e := range g.entries {
		if e.Kind == polgraph.KindParty {
			canonical[strings.ToLower(formKey(e.Name))] = true
		}
	}
	for _, e := range g.entries {
		c := g.countries[e.Country]
		if e.Kind != polgraph.KindParty || c == nil {
			continue
		}
		for _, rest := range namesWithoutCountry(e, c) {
			if len(strings.Fields(rest)) < 2 || !unicode.IsUpper([]rune(rest)[0]) || canonical[strings.ToLower(formKey(rest))] || slices.Contains(e.Aliases, rest) || rest == e.Name {
				continue
			}
			e.Aliases = append(e.Aliases, rest)
			e.Ambiguous = append(e.Ambiguous, rest)
			g.index(e, []surface{{rest, "alias"}})
		}
	}
}

// namesWithoutCountry are the rests of party e's name after its country
// c's name, and of its name and other names after c's adjective.
func namesWithoutCountry(e, c *Entry) []string {
	var out []string
	if rest, ok := strings.CutPrefix(e.Name, c.Name+" "); ok {
		out = append(out, rest)
	}
	for _, f := range append([]string{e.Name}, e.Aliases...) {
		for _, dem := range c.Demonyms {
			if rest, ok := strings.CutPrefix(f, dem+" "); ok && !slices.Contains(out, rest) {
				out = append(out, rest)
			}
		}
	}
	return out
}

// markSharedPartyForms marks a form that several parties have ("NPP" of
// Ghana, Hong Kong and Taiwan) as needing context in each of them, whether
// or not the data marked it: with parties of every country, a file cannot
// know which of its forms another file shares. The mark is each party's
// own spelling of the form ("Workers' Party", "Workers Party"). So is a
// party's form that state bodies of other countries share and the data
// marks in them ("National Congress": Sudan's party, and the legislature
// of Brazil, Chile or Paraguay).
func (g *Gazetteer) markSharedPartyForms() {
	for key, ms := range g.exact {
		var parties []*Entry
		sharedBody := false
		for _, m := range ms {
			if m.Entry.Kind == polgraph.KindParty && !slices.Contains(parties, m.Entry) {
				parties = append(parties, m.Entry)
			}
			if m.Entry.Kind != polgraph.KindParty && m.Entry.Country != "" && slices.ContainsFunc(m.Entry.Ambiguous, func(a string) bool { return formKey(a) == key }) {
				sharedBody = true
			}
		}
		if len(parties) < 2 && (len(parties) == 0 || !sharedBody) {
			continue
		}
		for _, e := range parties {
			for _, form := range append([]string{e.Name}, e.Aliases...) {
				if formKey(form) == key && !slices.Contains(e.Ambiguous, form) {
					e.Ambiguous = append(e.Ambiguous, form)
					slices.Sort(e.Ambiguous)
				}
			}
		}
	}
}

func validWikidata(s string) bool {
	if len(s) < 2 || s[0] != 'Q' {
		return false
	}
	_, err := strconv.ParseUint(s[1:], 10, 64)
	return err == nil
}

func (g *Gazetteer) loadOffices(fsys fs.FS) error {
	const name = "data/offices.tsv"
	rows, err := readTSV(fsys, name, fileColumns["office"])
	if err != nil {
		return err
	}
	for _, r := range rows {
		o := &Office{Title: r.cell["title"], Aliases: r.values("aliases"), Body: r.cell["body"]}
		if o.Title == "" {
			return r.errorf("empty title")
		}
		if !slices.Contains(officeBodies, o.Body) {
			return r.errorf("body %q is none of %s", o.Body, strings.Join(officeBodies, ", "))
		}
		for _, t := range append([]string{o.Title}, o.Aliases...) {
			if prev, dup := g.offices[t]; dup {
				return r.errorf("title %q already belongs to %q", t, prev.Title)
			}
			g.offices[t] = o
			g.maxWords = max(g.maxWords, len(strings.Fields(t)))
			first, _, _ := strings.Cut(strings.ToLower(t), " ")
			g.officeFirst[first] = true
			g.officeFirst[strings.TrimSuffix(first, ".")] = true // "Rep.", its stop a token of its own
			if _, portfolio, ok := strings.Cut(strings.ToLower(t), "minister of "); ok {
				g.addPortfolio(portfolio)
			} else if _, portfolio, ok := strings.Cut(strings.ToLower(t), "minister for "); ok {
				g.addPortfolio(portfolio)
			}
		}
	}
	if err := g.addPendingOffices(fsys); err != nil {
		return err
	}
	// Case-folded titles second, so that an exact title always wins and a
	// fold never shadows one.
	for t, o := range g.offices {
		if allCaps(t) {
			continue
		}
		k := strings.ToLower(t)
		if prev, ok := g.officeFold[k]; ok && prev != o {
			return fmt.Errorf("gazetteer: %s: titles %q and %q differ only in case", name, prev.Title, o.Title)
		}
		g.officeFold[k] = o
	}
	return nil
}

// addPendingOffices adds, for each title of an office and each suffix of
// office-suffixes.tsv, the title of one chosen for the office and not yet
// in it ("Prime Minister-designate"), as an office of its own of the same
// body; a title offices.tsv lists already keeps its office.
func (g *Gazetteer) addPendingOffices(fsys fs.FS) error {
	rows, err := readTSV(fsys, "data/office-suffixes.tsv", fileColumns["office-suffix"])
	if err != nil {
		return err
	}
	pending := make(map[string]*Office) // offices' titles with suffix
	titles := slices.Sorted(maps.Keys(g.offices))
	for _, r := range rows {
		suffix := r.cell["title"]
		if suffix == "" || strings.ContainsFunc(suffix, func(c rune) bool { return !unicode.IsLetter(c) }) {
			return r.errorf("suffix %q is not one word", suffix)
		}
		for _, t := range titles {
			o := g.offices[t]
			if _, listed := g.offices[t+"-"+suffix]; listed || strings.HasSuffix(o.Title, "-"+suffix) {
				continue
			}
			title := o.Title + "-" + suffix
			p, listed := g.offices[title] // "Presidents-elect": "President-elect"
			if !listed {
				if p = pending[title]; p == nil {
					p = &Office{Title: title, Body: o.Body}
					pending[title] = p
				}
			}
			g.offices[t+"-"+suffix] = p
		}
	}
	return nil
}

// loadPartyShortNames adds the one-word short names of party-short-names.tsv
// ("Smer") to parties the generated Party Facts file has, as aliases: the
// party keeps its id, and a form marked "~" needs the article's country like
// any shared form of the parties files.
func (g *Gazetteer) loadPartyShortNames(fsys fs.FS) error {
	const name = "data/party-short-names.tsv"
	if _, err := fs.Stat(fsys, name); errors.Is(err, fs.ErrNotExist) {
		return nil // a test's data without the overlay
	}
	rows, err := readTSV(fsys, name, fileColumns["party-short-name"])
	if err != nil {
		return err
	}
	for _, r := range rows {
		id := ID(polgraph.KindParty, r.cell["name"])
		i := slices.IndexFunc(g.entries, func(e *Entry) bool { return e.ID == id })
		if i < 0 {
			return r.errorf("no party %q", r.cell["name"])
		}
		e := g.entries[i]
		if e.Country != r.cell["country"] {
			return r.errorf("party %q is of %q, not %q", e.Name, e.Country, r.cell["country"])
		}
		form := r.cell["form"]
		if t, ok := strings.CutPrefix(form, "~"); ok {
			form = strings.TrimSpace(t)
			e.Ambiguous = append(e.Ambiguous, form)
			slices.Sort(e.Ambiguous)
		}
		if form == "" || strings.ContainsAny(form, " \t’") {
			return r.errorf("form %q is not one word", form)
		}
		if _, size := utf8.DecodeRuneInString(form); !allCaps(form) && (!titleCase(form) || strings.ToLower(form[size:]) != form[size:]) {
			// "SaS" would match "SAS" folded, the airline's or the
			// regiment's name
			return r.errorf("form %q is neither capitalised nor capitals", form)
		}
		if slices.Contains(e.Aliases, form) {
			return r.errorf("party %q already has the form %q", e.Name, form)
		}
		e.Aliases = append(e.Aliases, form)
		g.index(e, []surface{{form, "alias"}})
	}
	return nil
}

func (g *Gazetteer) loadHonorifics(fsys fs.FS) error {
	rows, err := readTSV(fsys, "data/honorifics.tsv", fileColumns["honorific"])
	if err != nil {
		return err
	}
	for _, r := range rows {
		t := strings.ReplaceAll(r.cell["title"], ".", "")
		if t == "" {
			return r.errorf("empty title")
		}
		g.honorifics[t] = true
	}
	return nil
}
