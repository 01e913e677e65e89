package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/gazetteer"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tokWord tokKind = iota
	tokNum
	tokPunct
)

// token is a word, number or punctuation mark with its byte span in the article.
type token struct {
	start, end int
	text       string
	lower      string
	kind       tokKind
	cap        bool // starts with an upper-case letter
	allCaps    bool // two or more letters, none lower-case
	quoted     bool // inside a long quotation
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// tokenize splits text[start:end] into tokens. Possessive "'s" is its own
// token so that "Trudeau's" names Trudeau; dotted abbreviations ("U.S.")
// and inner hyphens and apostrophes ("re-elected", "O'Brien") stay whole.
func tokenize(text string, start, end int, out []token) []token {
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanWord(text, i, end)
			out = append(out, newToken(text, i, j))
			i = j
		default:
			// possessive 's after a word
			if isApos(r) && len(out) > 0 && out[len(out)-1].end == i && out[len(out)-1].kind == tokWord {
				if j := i + n; j < end && (text[j] == 's' || text[j] == 'S') && (j+1 >= end || !isWordByte(text, j+1)) {
					out = append(out, token{start: i, end: j + 1, text: text[i : j+1], lower: "'s", kind: tokPunct})
					i = j + 1
					continue
				}
			}
			out = append(out, token{start: i, end: i + n, text: text[i : i+n], lower: text[i : i+n], kind: tokPunct})
			i += n
		}
	}
	return out
}

func isWordByte(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// scanWord returns the end of the word starting at i.
func scanWord(text string, i, end int) int {
	j := i
	letters, dotted := 0, true
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += n
			letters++
			continue
		}
		if j+n < end && (r == '-' || r == '.' || r == ',' || isApos(r)) {
			next, _ := utf8.DecodeRuneInString(text[j+n:])
			if !(unicode.IsLetter(next) || unicode.IsDigit(next)) {
				break
			}
			switch {
			case r == '.':
				// U.S., a.m., 3.5: letters or digits on both sides, short pieces
				prev, _ := utf8.DecodeLastRuneInString(text[i:j])
				if unicode.IsDigit(prev) && unicode.IsDigit(next) {
					j += n
					continue
				}
				if letters == 1 && dotted {
					j += n
					letters = 0
					continue
				}
				dotted = false
			case r == ',':
				prev, _ := utf8.DecodeLastRuneInString(text[i:j])
				if unicode.IsDigit(prev) && unicode.IsDigit(next) {
					j += n
					continue
				}
			case isApos(r):
				// keep O'Brien and don't; split the possessive 's
				if (next == 's' || next == 'S') && (j+n+1 >= end || !isWordByte(text, j+n+1)) {
					return j
				}
				j += n
				continue
			default: // hyphen
				if acronymBeforeName(text[i:j], text[j+n:end]) || partyLetterLabel(text, i, j, text[j+n:end]) {
					return j // "MPC-Kuala Tebing", "D-Ohio": a party's initials, then a place
				}
				if labelPartyName(text, i) && capitalisedWord(text[j+n:end]) && capitalisedWord(text[i:j]) {
					return j // "(Civic Union-Brenmoor West)": a party's name, then the seat
				}
				if seatOfName(text[i:j], text[j+n:end]) {
					return j // "Nairobi-based": a place's name, then where a body sits
				}
				if backerOfName(text[i:j], text[j+n:end]) {
					return j // "Iran-backed", "Gaza-related": a state's name, then what it does for the group or is to it
				}
				if demonymPair(text[i:j], text[j+n:end]) {
					return j // "British-Iranian": two nationalities, each a mention
				}
				if combiningPair(text[i:j], text[j+n:end]) {
					return j // "Franco-German", "Sino-US": two states, each a mention
				}
				if statePair(text[i:j], text[j+n:end]) {
					return j // "China-U.S.", "Vietnam-China": two states, each a mention
				}
				j += n
				letters = 0
				dotted = false
				continue
			}
			break
		}
		break
	}
	// A dotted abbreviation keeps its final period: "U.S." but not "cat."
	if dotted && j < end && text[j] == '.' && j-i >= 3 && strings.Count(text[i:j], ".") >= 1 {
		j++
	}
	return j
}

// acronymBeforeName reports an acronym of two or more capitals joined by
// a hyphen to a capitalised word ("UPF-Batang", "US-China"), which are two
// names in a label or a pair, not one word; an all-capital pair
// ("ANTI-GOVERNMENT" in a headline) stays one.
func acronymBeforeName(left, right string) bool {
	if utf8.RuneCountInString(left) < 2 {
		return false
	}
	for _, r := range left {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return capitalisedWord(right)
}

// seatParticiples say, after a place's name and a hyphen, where a body
// sits: "Nairobi-based" (data/words/seat_participles.txt).
var seatParticiples = wordSet("seat_participles.txt")

// seatOfName reports a capitalised word joined by a hyphen to a seat
// participle ("Nairobi-based", "UK-based"): the name is a word of its own.
func seatOfName(left, right string) bool {
	first, _ := utf8.DecodeRuneInString(left)
	if !unicode.IsUpper(first) {
		return false
	}
	return seatParticiples[strings.ToLower(openingLetters(right))]
}

// backingParticiples say, after a name and a hyphen, who stands behind a
// group, an outlet or a company: "Kremlin-backed", "Iran-backed",
// "Saudi-led" (data/words/backing_participles.txt).
var backingParticiples = wordSet("backing_participles.txt")

// backerOfName reports a capitalised word joined by a hyphen to a backing
// participle ("Iran-backed", "Beijing-funded") or a topic one
// ("Gaza-related"): the name is a word of its own, a mention of the state
// or body behind what follows, or of what it is about.
func backerOfName(left, right string) bool {
	first, _ := utf8.DecodeRuneInString(left)
	if !unicode.IsUpper(first) || strings.ContainsRune(left, '-') {
		return false
	}
	if l := strings.ToLower(left); (commonWords[l] || commonNouns[l]) && left != strings.ToUpper(left) {
		return false // "Government-backed", "State-owned": an adjective, no name inside ("US-led" has one)
	}
	if demonym(left) {
		return false // "Chinese-owned farmland": a nationality, no mention of its own, as "Chinese farmland"
	}
	w := strings.ToLower(openingLetters(right))
	return backingParticiples[w] || topicParticiples[w]
}

// topicParticiples say, after a name and a hyphen, what something is
// about or tied to: "Hong Kong-related" (data/words/topic_participles.txt).
var topicParticiples = wordSet("topic_participles.txt")

// demonymPair reports whether left, a word, and the word that opens right
// are both nationalities the gazetteer knows: "British-Iranian" (a dual
// national), "Russian-Ukrainian" (talks between the two).
func demonymPair(left, right string) bool {
	return capitalisedWord(left) && capitalisedWord(right) && demonym(left) && demonym(openingLetters(right))
}

// combiningForms map the combining form of a nationality to its demonym:
// "franco" to "French" (data/words/combining_forms.tsv).
var combiningForms = wordTable("combining_forms.tsv")

// combiningForm is the demonym that word, capitalised, stands for as a
// combining form ("Franco" for "French"), or "".
func combiningForm(word string) string {
	if !capitalisedWord(word) {
		return ""
	}
	return lowerIndex(combiningForms, word)
}

// lowerIndex is m[strings.ToLower(s)], without the lower-cased copy where
// s is a short ASCII word: a capitalised word's lookup would otherwise
// allocate one.
func lowerIndex[V any](m map[string]V, s string) V {
	var buf [32]byte
	if len(s) > len(buf) {
		return m[strings.ToLower(s)]
	}
	b := buf[:len(s)]
	for i := range len(s) {
		c := s[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(s)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return m[string(b)] // no copy for a map index
}

// combiningPair reports whether left is a nationality's combining form and
// the word that opens right a nationality, another combining form or a
// country's name: "Franco-German", "Sino-Russian", "Sino-US". "Indo-Pacific"
// names a region, no states.
func combiningPair(left, right string) bool {
	if combiningForm(left) == "" {
		return false
	}
	k := strings.IndexFunc(right, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })
	if k < 0 {
		k = len(right)
	}
	w := strings.TrimSuffix(right[:k], ".")
	if combiningForm(w) != "" || capitalisedWord(w) && demonym(w) {
		return true
	}
	for _, m := range gazetteer.Default().Lookup(w) {
		if m.Entry.Kind == polgraph.KindCountry && (m.Via == "name" || m.Via == "acronym") {
			return true
		}
	}
	return false
}

// statePair reports whether left and the words that open right name two
// states by their names ("China-U.S. relations", "Vietnam-China
// cooperation", "Japan-South Korea talks"): a pair of states, each a
// mention, where the words whole name no one place ("Guinea-Bissau").
func statePair(left, right string) bool {
	if !stateName(left) || len(gazetteer.Default().Lookup(left+"-"+openingLetters(right))) > 0 {
		return false
	}
	words := strings.Fields(right)
	for n := 1; n <= min(3, len(words)); n++ {
		if stateName(strings.TrimRightFunc(strings.Join(words[:n], " "), func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })) {
			return true
		}
	}
	return false
}

// openingLetters is the letters that open s.
func openingLetters(s string) string {
	if k := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		return s[:k]
	}
	return s
}

// stateName reports whether s, opening with a capital, is a state's name,
// alias or acronym in the gazetteer ("China", "U.S.", "ROK"): no
// nationality, and no capital standing for its state.
func stateName(s string) bool {
	if first, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(first) {
		return false
	}
	for _, m := range gazetteer.Default().Lookup(s) {
		if m.Entry.Kind == polgraph.KindCountry && (m.Via == "name" || m.Via == "alias" || m.Via == "acronym") {
			return true
		}
	}
	return false
}

// demonym reports whether word is a nationality in the gazetteer.
func demonym(word string) bool {
	for _, m := range gazetteer.Default().Lookup(word) {
		if m.Via == "demonym" {
			return true
		}
	}
	return false
}

// capitalisedWord reports whether s opens with a capital and a lowercase
// letter: a name's word, not an acronym.
func capitalisedWord(s string) bool {
	first, n := utf8.DecodeRuneInString(s)
	second, _ := utf8.DecodeRuneInString(s[n:])
	return unicode.IsUpper(first) && unicode.IsLower(second)
}

// labelPartyName reports whether the word at text[i:] ends the second
// or a later capitalised word after a label's "(" that follows a
// capitalised word: "Ana Holm (Civic Union-Brenmoor West)", a member's
// party and seat.
func labelPartyName(text string, i int) bool {
	words := 0
	k := i
	for k >= 2 && text[k-1] == ' ' {
		w := strings.LastIndexAny(text[:k-1], " (") + 1
		if w >= k-1 || !capitalisedWord(text[w:k-1]) {
			return false
		}
		words++
		k = w
		if k >= 1 && text[k-1] == '(' {
			return words >= 1 && k >= 3 && text[k-2] == ' ' && unicode.IsLetter(rune(text[k-3]))
		}
	}
	return false
}

// partyLetterLabel reports a party's letter at text[i:j], in a label
// opened by "(" or ", " and joined by a hyphen to a capitalised word or
// a dotted abbreviation, the state: "(D-Ohio)", ", R-Texas,", "D-N.Y.".
// The letter and the state are two names; "D-Day" is one word.
func partyLetterLabel(text string, i, j int, right string) bool {
	opened := i >= 1 && text[i-1] == '(' || i >= 2 && text[i-2:i] == ", "
	return j-i == 1 && opened && partyLetters[strings.ToLower(text[i:j])] != "" && (capitalisedWord(right) || dottedInitial(right))
}

// dottedInitial reports whether s opens with a capital and a period:
// "N.Y.", "W.Va.".
func dottedInitial(s string) bool {
	first, n := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(first) && strings.HasPrefix(s[n:], ".")
}

// partyLetters are the parties one-letter labels stand for
// (data/words/party_letters.tsv).
var partyLetters = wordTable("party_letters.tsv")

func newToken(text string, s, e int) token {
	t := token{start: s, end: e, text: text[s:e]}
	t.lower = strings.ToLower(t.text)
	r, _ := utf8.DecodeRuneInString(t.text)
	if unicode.IsDigit(r) {
		t.kind = tokNum
		return t
	}
	t.cap = unicode.IsUpper(r) || articlePrefixed(t.text) || elisionPrefixed(t.text)
	letters, lowers := 0, 0
	for _, c := range t.text {
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsLower(c) {
				lowers++
			}
		}
	}
	t.allCaps = letters >= 2 && lowers == 0
	return t
}

// bare is a token's lowercase form without periods ("U.S." -> "us").
func (t *token) bare() string {
	if strings.IndexByte(t.lower, '.') < 0 {
		return t.lower
	}
	return strings.ReplaceAll(t.lower, ".", "")
}

// elidedNamePrefixes are articles and prepositions elided before a
// name's word: "d'Ivoire", "nell'Emilia".
var elidedNamePrefixes = wordSet("elided_name_prefixes.txt")

// elisionPrefixed reports a word that is a name's word after an elided
// article, "d'Ivoire": capitalised after the apostrophe, and so a name's
// word ("Côte d'Ivoire", "Giscard d'Estaing").
func elisionPrefixed(word string) bool {
	for i, r := range word {
		if !isApos(r) {
			continue
		}
		rest := word[i+utf8.RuneLen(r):]
		f, _ := utf8.DecodeRuneInString(rest)
		return elidedNamePrefixes[strings.ToLower(word[:i])] && unicode.IsUpper(f)
	}
	return false
}

// nameArticlePrefixes join a name's article to the word it goes with:
// "al-Assad", "el-Sisi".
var nameArticlePrefixes = wordSet("name_article_prefixes.txt")

// articlePrefixed reports a word that is a name with its article before
// it, "al-Megrahi": capitalised after the hyphen, and so a name's word.
func articlePrefixed(word string) bool {
	prefix, rest, ok := strings.Cut(word, "-")
	if !ok || !nameArticlePrefixes[prefix] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}
