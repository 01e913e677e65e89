package entity

import (
	"github.com/polgraph/polgraph/extract/internal/featurehash"

	"bufio"
	"bytes"
	"embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// Hints are what polgraph's gazetteer knows of a sentence's words, one
// string per word ("" for nothing): the kind of the longest known name,
// office or honorific starting at each place, prefixed B- for its first
// word and I- for the others ("B-country", "I-party", "B-office",
// "B-honorific"); failing that, whether the word is a common given name
// or surname ("given", "surname", "given-surname") or, capitalised, a
// word that says what a name names ("designator-org" for "Corp.",
// "designator-place" for "River"). The tagger takes them as features;
// they suggest, the context decides.
//
// Lower-case words are also looked up title-cased ("tampa bay" as "Tampa
// Bay"), as web text often drops capitals; the weights learn how far to
// trust such a match.
func Hints(words []string) []string {
	out := make([]string, len(words))
	gazetteerHints(words, out, nil)
	return out
}

// gazetteerIndex is what gazetteerHints needs of the gazetteer beyond its
// lookups: every lower-cased word of its surface forms, each with the most
// words of a form it starts (0 for none), so that the many words that
// start no form cost one map lookup instead of one per window, and a
// window ends at the first word no form has.
type gazetteerIndex struct {
	g     *gazetteer.Gazetteer
	words map[string]int
}

var (
	indexOnce sync.Once
	index     *gazetteerIndex
)

func defaultIndex() *gazetteerIndex {
	indexOnce.Do(func() {
		g := gazetteer.Default()
		ix := &gazetteerIndex{g: g, words: map[string]int{}}
		addForm := func(f string) {
			fields := strings.Fields(strings.ToLower(f))
			for _, w := range fields {
				ix.words[w] += 0 // a word of a form, starting none so far
			}
			if len(fields) > 0 {
				ix.words[fields[0]] = max(ix.words[fields[0]], len(fields))
			}
		}
		for _, e := range g.Entries() {
			for _, forms := range [][]string{{e.Name}, e.Aliases, e.Ambiguous, e.Demonyms, e.Metonyms} {
				for _, f := range forms {
					addForm(f)
				}
			}
		}
		index = ix
	})
	return index
}

// gazetteerHints fills out (len(words)) with the hints of words; buf is
// scratch space, returned for reuse.
func gazetteerHints(words []string, out []string, buf []byte) []byte {
	ix := defaultIndex()
	g := ix.g
	out = out[:len(words)]
	clear(out)
	maxWords := max(g.MaxWords(), 1)
	// formWords[k] is the most words of a form that word k starts, -1
	// where no form has the word: each word looked up once.
	var small [64]int32
	formWords := small[:0]
	for _, w := range words {
		buf = featurehash.LowerInto(buf[:0], w)
		n, ok := ix.words[string(buf)]
		if !ok {
			n = -1
		}
		formWords = append(formWords, int32(n))
	}
	var window []byte
	for i := 0; i < len(words); {
		if !startsName(words[i]) {
			i++
			continue
		}
		buf = featurehash.LowerInto(buf[:0], words[i])
		n := max(int(formWords[i]), 0)
		if g.OfficeStarts(string(buf)) {
			n = maxWords
		}
		// The window ends at the first word no surface form has.
		for k := i + 1; k < min(i+n, len(words)); k++ {
			if formWords[k] < 0 {
				n = k - i
				break
			}
		}
		kind, found := "", 0
		// Longest first: the window's words joined by spaces, cut back a
		// word at a time.
		window = window[:0]
		var ends [16]int
		m := min(n, len(words)-i, len(ends))
		for k := range m {
			if k > 0 {
				window = append(window, ' ')
			}
			window = append(window, words[i+k]...)
			ends[k] = len(window)
		}
		for k := m - 1; k >= 0; k-- {
			if kd := lookupKind(g, string(window[:ends[k]])); kd != "" {
				kind, found = kd, k+1
				break
			}
		}
		if found == 0 {
			if r, _ := utf8.DecodeRuneInString(words[i]); unicode.IsUpper(r) && g.Honorific(words[i]) {
				out[i] = "B-honorific"
			} else {
				out[i] = wordHint(buf, words[i])
			}
			i++
			continue
		}
		b, in := spanHints(kind)
		out[i] = b
		for k := i + 1; k < i+found; k++ {
			out[k] = in
		}
		i += found
	}
	return buf
}

// startsName reports whether a known name could start with w: a letter
// or digit first.
func startsName(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// lookupKind names what surface is in the gazetteer, or "".
func lookupKind(g *gazetteer.Gazetteer, surface string) string {
	if !g.MayName(surface) {
		return "" // nothing kindOf looks up, in any case: most windows
	}
	if k := kindOf(g, surface); k != "" {
		return k
	}
	if strings.ToLower(surface) == surface {
		if k := kindOf(g, titleCase(surface)); k != "" {
			return "lower-" + k
		}
	}
	return ""
}

func kindOf(g *gazetteer.Gazetteer, surface string) string {
	if ms := g.Lookup(surface); len(ms) > 0 {
		m := ms[0]
		switch m.Via {
		case "demonym", "metonym":
			return m.Via
		}
		switch {
		case m.Entry.Kind == polgraph.KindOrganization && m.Entry.Media():
			return "media"
		case m.Entry.Kind == polgraph.KindOrganization && m.Entry.Company():
			return "company"
		}
		return strings.ToLower(m.Entry.Kind)
	}
	for _, m := range g.LookupLeader(surface) {
		if m.Via == "name" || m.Via == "alias" {
			return "leader"
		}
	}
	if _, ok := g.Office(surface); ok {
		return "office"
	}
	return ""
}

// titleCase capitalises the first letter of every space-separated word.
func titleCase(s string) string {
	b := []byte(s)
	up := true
	for i, c := range b {
		if up && 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == ' '
	}
	return string(b)
}

// namesFS holds lists of common given names and surnames, one a line.
//
//go:embed data/given-names.txt data/surnames.txt data/designators.txt
var namesFS embed.FS

const (
	givenName = 1 << iota
	surname
)

var (
	namesOnce   sync.Once
	names       map[string]uint8  // lower-case name → givenName|surname
	designators map[string]string // lower case, without a final period → its hint
)

func loadNames() {
	names = map[string]uint8{}
	designators = map[string]string{}
	data, err := namesFS.ReadFile("data/designators.txt")
	if err != nil {
		panic(err) // embedded: cannot happen
	}
	for _, line := range strings.Split(string(data), "\n") {
		fields := strings.Fields(line)
		if len(fields) < 2 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		for _, w := range fields[1:] {
			designators[strings.ToLower(w)] = "designator-" + fields[0]
		}
	}
	for _, f := range []struct {
		path string
		bit  uint8
	}{{"data/given-names.txt", givenName}, {"data/surnames.txt", surname}} {
		for _, line := range readList(f.path) {
			names[strings.ToLower(line)] |= f.bit
		}
	}
}

// wordHint is the hint of a word that is a common given name or surname,
// written with or without capitals, or a word that says what kind of thing
// a name names ("Corp.", "Institute", "River"). lower is the word lower-cased.
func wordHint(lower []byte, w string) string {
	namesOnce.Do(loadNames)
	if string(lower) != w { // capitalised: in lower case "group" or "court" names nothing
		if d, ok := designators[string(bytes.TrimSuffix(lower, []byte(".")))]; ok {
			return d
		}
	}
	bits := names[string(lower)]
	if bits == 0 {
		return ""
	}
	if string(lower) == w {
		return lowerNameHints[bits]
	}
	return nameHints[bits]
}

// The hints of names by their bits: written with a capital or without.
var (
	nameHints      = [4]string{"", "given", "surname", "given-surname"}
	lowerNameHints = [4]string{"", "lower-given", "lower-surname", "lower-given-surname"}
)

// spanHints returns "B-"+kind and "I-"+kind, made once per kind.
func spanHints(kind string) (string, string) {
	if h, ok := kindHints.Load(kind); ok {
		p := h.(*[2]string)
		return p[0], p[1]
	}
	p := &[2]string{"B-" + kind, "I-" + kind}
	kindHints.Store(kind, p)
	return p[0], p[1]
}

var kindHints sync.Map // kind → *[2]string

// readList reads an embedded list: a name a line, "#" comments.
func readList(path string) []string {
	data, err := namesFS.ReadFile(path)
	if err != nil {
		panic(err) // embedded: cannot happen
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}
