package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one UD-English word of a text with its UTF-8 byte span in it:
// Text == s[Start:End].
type Token struct {
	Text       string
	Start, End int
}

// Tokenize splits s into words as UD English treebanks do, so that the
// tagger and parser see what they were trained on: punctuation and
// clitics ('s, n't, 're, 'll, 'd, 've, 'm) are words of their own
// ("can't" → "ca" "n't"), while abbreviations and initials ("U.S.",
// "Mr.", "J."), numbers ("3.5", "1,000", "2019-20"), prefixed words
// ("pro-Russian", "ex-president"), e-mail addresses and URLs stay whole.
// Other hyphenated compounds are split at the hyphen, as in the treebanks
// ("30-year-old" → "30" "-" "year" "-" "old").
func Tokenize(s string) []Token {
	return AppendTokens(make([]Token, 0, len(s)/5+1), s)
}

// AppendTokens appends the words of s, as Tokenize splits them, to toks
// and returns the extended slice: a caller that splits many short texts
// (a text's own tokens, one at a time) reuses one slice for them all.
func AppendTokens(toks []Token, s string) []Token {
	if plainWord(s) {
		return append(toks, Token{Text: s, Start: 0, End: len(s)})
	}
	return appendByRules(toks, s)
}

// appendByRules is AppendTokens by the tokenizer's rules alone.
func appendByRules(toks []Token, s string) []Token {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		next := nextChunk(s, j)
		c := chunk{s: s, atEnd: next == "", nextDigit: next != "" && isDigitByte(next[0])}
		toks = c.split(i, j, toks)
		i = j
	}
	return toks
}

// plainWord reports whether s is one word of ASCII letters and digits
// that UD English does not split ("cannot" it does): the tokenizer's
// answer for most of a text's words, given without its rules, as the
// extractor tokenizes its words one at a time.
func plainWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	if len(s) > maxFused {
		return true // no need to lower-case it
	}
	_, fused := fusedCuts[strings.ToLower(s)]
	return !fused
}

// nextChunk returns the text after the whitespace at s[j:], or "".
func nextChunk(s string, j int) string {
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsSpace(r) {
			return s[j:]
		}
		j += n
	}
	return ""
}

// chunk splits one whitespace-delimited stretch of text.
type chunk struct {
	s         string
	atEnd     bool // nothing but space follows: a final period ends the text
	nextDigit bool // the next chunk starts with a digit ("No. 10")
}

func (c chunk) emit(toks []Token, a, b int) []Token {
	if a >= b {
		return toks
	}
	return append(toks, Token{Text: c.s[a:b], Start: a, End: b})
}

func (c chunk) split(a, b int, toks []Token) []Token {
	s := c.s
	if isURLOrEmail(s[a:b]) {
		for a < b {
			r, n := utf8.DecodeRuneInString(s[a:])
			if !strings.ContainsRune(`([{<"'“‘«`, r) {
				break
			}
			toks = c.emit(toks, a, a+n)
			a += n
		}
		end := b
		for end > a {
			r, n := utf8.DecodeLastRuneInString(s[a:end])
			if !strings.ContainsRune(`.,;:!?)]}>"'”’»`, r) {
				break
			}
			end -= n
		}
		toks = c.emit(toks, a, end)
		return c.splitTrailing(end, b, toks)
	}

	// Leading punctuation: opening quotes and brackets, currency signs.
	for a < b {
		r, n := utf8.DecodeRuneInString(s[a:])
		if !isPunctOrSym(r) || keepsLeading(s[a:b], r, n) {
			break
		}
		run := runOf(s[a:b], r, n)
		toks = c.emit(toks, a, a+run)
		a += run
	}

	// Trailing punctuation, collected right to left.
	var tailBuf [8]Token
	tail := tailBuf[:0]
	keepPeriod := false
	for b > a {
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		if !isPunctOrSym(r) {
			break
		}
		if r == '.' {
			dots := runBack(s[a:b], r, n)
			if dots == n && c.keepsPeriod(s[a:b]) {
				keepPeriod = true
				break
			}
			tail = append(tail, Token{Text: s[b-dots : b], Start: b - dots, End: b})
			b -= dots
			continue
		}
		run := runBack(s[a:b], r, n)
		tail = append(tail, Token{Text: s[b-run : b], Start: b - run, End: b})
		b -= run
	}
	if keepPeriod {
		toks = c.splitMiddle(a, b-1, toks)
		if last := len(toks) - 1; last >= 0 && toks[last].End == b-1 {
			toks[last].End = b // the abbreviation's period
			toks[last].Text = s[toks[last].Start:b]
		} else {
			toks = c.emit(toks, b-1, b)
		}
	} else {
		toks = c.splitMiddle(a, b, toks)
	}
	for k := len(tail) - 1; k >= 0; k-- {
		toks = append(toks, tail[k])
	}
	return toks
}

// splitTrailing emits s[a:b] as punctuation tokens (after a URL).
func (c chunk) splitTrailing(a, b int, toks []Token) []Token {
	for a < b {
		r, n := utf8.DecodeRuneInString(c.s[a:])
		run := runOf(c.s[a:b], r, n)
		toks = c.emit(toks, a, a+run)
		a += run
	}
	return toks
}

// splitMiddle splits a word-like stretch at inner punctuation that UD
// treats as a word of its own, then splits clitics off each piece.
func (c chunk) splitMiddle(a, b int, toks []Token) []Token {
	s := c.s
	seg := a
	for k := a; k < b; {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !isPunctOrSym(r) || k == a || c.joinsInner(seg, k, b, r, n) {
			k += n
			continue
		}
		toks = c.splitClitics(seg, k, toks)
		run := runOf(s[k:b], r, n)
		toks = c.emit(toks, k, k+run)
		k += run
		seg = k
	}
	return c.splitClitics(seg, b, toks)
}

// joinsInner says whether the punctuation r at s[k:k+n], inside the word
// s[seg:b], belongs to the word.
func (c chunk) joinsInner(seg, k, b int, r rune, n int) bool {
	s := c.s
	if k+n >= b {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[seg:k])
	next, _ := utf8.DecodeRuneInString(s[k+n:])
	alnum := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	switch r {
	case '\'', '’', 'ʼ', '_':
		return true
	case '.':
		if alnum(prev) && alnum(next) {
			return true // "U.S", "3.5", "example.com"
		}
		w := s[seg:k]
		return strings.Contains(w, ".") && isDottedLetters(w) // the last period of "U.S.-led"
	case ',', ':':
		return unicode.IsDigit(prev) && unicode.IsDigit(next) // "1,000", "10:30"
	case '@':
		return alnum(prev) && alnum(next)
	case '/':
		// Dates and short forms stay whole ("4/14/00", "w/o", "L/C");
		// UD splits words joined by a slash ("and / or", "USD / DM").
		if unicode.IsDigit(prev) && unicode.IsDigit(next) {
			return true
		}
		return alnum(prev) && alnum(next) && (utf8.RuneCountInString(s[seg:k]) == 1 || singleRuneWord(s[k+n:b]))
	case '&':
		return unicode.IsLetter(prev) && unicode.IsLetter(next) // "AT&T"
	case '-', '‐', '‑':
		if unicode.IsDigit(prev) && unicode.IsDigit(next) {
			return true // "2019-20"
		}
		return alnum(next) && hyphenPrefixes[strings.ToLower(s[seg:k])]
	}
	return false
}

// hyphenPrefixes keep the hyphen inside the word, as UD English does for
// prefixes ("pro-Russian", "ex-president", "non-profit"); other compounds
// are split ("Polish - born").
var hyphenPrefixes = setOf("anti", "bi", "by", "co", "counter", "cross", "de", "e", "ex", "extra",
	"hyper", "inter", "intra", "macro", "mega", "micro", "mid", "mini", "mis", "multi", "neo",
	"non", "over", "pan", "para", "post", "pre", "pro", "pseudo", "quasi", "re", "semi", "socio",
	"sub", "super", "trans", "tri", "ultra", "un", "under", "vice", "x")

// splitClitics emits s[a:b], splitting off a final clitic ("n't", "'s",
// "'re"…) and the fused forms UD English splits ("cannot", "gonna").
func (c chunk) splitClitics(a, b int, toks []Token) []Token {
	if a >= b {
		return toks
	}
	w := c.s[a:b]
	if cut := cliticCut(w); cut > 0 {
		toks = c.emit(toks, a, a+cut)
		return c.emit(toks, a+cut, b)
	}
	if cut, ok := fusedCuts[strings.ToLower(w)]; ok {
		toks = c.emit(toks, a, a+cut)
		return c.emit(toks, a+cut, b)
	}
	return c.emit(toks, a, b)
}

// fusedCuts are the words UD English writes as two: "cannot" → "can" "not".
var fusedCuts = map[string]int{"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3}

// maxFused is the length of the longest of fusedCuts.
const maxFused = len("cannot")

// cliticCut returns where a final clitic starts in w, or 0.
func cliticCut(w string) int {
	if !strings.ContainsAny(w, "'’ʼ") {
		return 0 // most words: no need to lower-case them and try every clitic
	}
	lw := strings.ToLower(w)
	for _, ap := range []string{"'", "’", "ʼ"} {
		if strings.HasSuffix(lw, "n"+ap+"t") {
			if cut := len(w) - len(ap) - 2; cut > 0 {
				return cut
			}
			return 0
		}
		for _, cl := range []string{"s", "m", "d", "re", "ve", "ll"} {
			if strings.HasSuffix(lw, ap+cl) {
				cut := len(w) - len(ap) - len(cl)
				if cl == "s" && allDigits(w[:cut]) {
					return 0 // "the 80's"
				}
				if cut > 0 {
					if r, _ := utf8.DecodeLastRuneInString(w[:cut]); unicode.IsLetter(r) || unicode.IsDigit(r) {
						return cut
					}
				}
				return 0
			}
		}
	}
	return 0
}

// keepsLeading says whether the punctuation r that starts w is part of
// the word: "'90s", ".5", "#hashtag", "@user", "-5".
func keepsLeading(w string, r rune, n int) bool {
	if n >= len(w) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(w[n:])
	switch r {
	case '\'', '’', '.', '-':
		return unicode.IsDigit(next)
	case '#', '@':
		return unicode.IsLetter(next) // "#vote"; "# 10" is two words
	}
	return false
}

// singleRuneWord says whether w starts with a one-letter word.
func singleRuneWord(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsLetter(r) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(w[n:])
	return n == len(w) || !(unicode.IsLetter(next) || unicode.IsDigit(next))
}

// keepsPeriod says whether the final period of w is part of an
// abbreviation or initial rather than a full stop.
func (c chunk) keepsPeriod(w string) bool {
	core := w[:len(w)-1]
	if core == "" {
		return false
	}
	if strings.Contains(core, ".") && isDottedLetters(core) {
		return true // "U.S.", "p.m.", "e.g.", "Ph.D."
	}
	if r, n := utf8.DecodeRuneInString(core); n == len(core) && unicode.IsUpper(r) {
		return !c.atEnd // "J. Smith"; a capital at the end of the text ends the sentence
	}
	lower := strings.ToLower(core)
	switch {
	case endingAbbrevs[lower]:
		return true
	case numberAbbrevs[lower]:
		return c.nextDigit
	case abbrevs[lower]:
		return !c.atEnd
	}
	return false
}

// isDottedLetters reports whether core is letters separated by single
// periods, each piece at most three letters long ("U.S", "Ph.D").
func isDottedLetters(core string) bool {
	for _, piece := range strings.Split(core, ".") {
		if piece == "" || utf8.RuneCountInString(piece) > 3 {
			return false
		}
		for _, r := range piece {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// endingAbbrevs keep their period even at the end of a text, where UD
// writes no second period ("… of Acme Inc.").
var endingAbbrevs = setOf("etc", "inc", "corp", "co", "ltd", "jr", "sr", "bros", "plc", "llc")

// numberAbbrevs are abbreviations only before a number ("No. 10").
var numberAbbrevs = setOf("no", "nos", "vol", "fig", "art", "p", "pp", "ch", "sec", "para", "op")

// abbrevs keep their period inside a text.
var abbrevs = setOf("mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "col",
	"lt", "sgt", "capt", "cpt", "maj", "adm", "cmdr", "cdr", "st", "ste", "messrs", "mme", "mlle", "rev",
	"hon", "pres", "supt", "al", "ont", "insp", "det", "atty", "fr", "sr", "jr", "vs", "v", "etc", "approx", "est",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	"ave", "blvd", "rd", "mt", "ft", "dept", "univ", "assn", "govt", "min", "max", "mln", "bn", "cf",
	"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
	"md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
	"tex", "va", "vt", "wash", "wis", "wyo")

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func isPunctOrSym(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// runOf is the byte length of the run of r (n bytes each) that starts w,
// for marks UD keeps together ("...", "!!", "--"); other marks stand alone.
func runOf(w string, r rune, n int) int {
	if !repeats(r) {
		return n
	}
	k := n
	for k+n <= len(w) && w[k:k+n] == w[:n] {
		k += n
	}
	return k
}

// runBack is runOf from the end of w.
func runBack(w string, r rune, n int) int {
	if !repeats(r) {
		return n
	}
	k := n
	for k+n <= len(w) && w[len(w)-k-n:len(w)-k] == w[len(w)-n:] {
		k += n
	}
	return k
}

func repeats(r rune) bool { return strings.ContainsRune(".!?-*=~_", r) }

// isURLOrEmail recognises web addresses and e-mail addresses, which stay
// one token whatever punctuation they contain.
func isURLOrEmail(w string) bool {
	if !strings.ContainsAny(w, ".:@") {
		return false // every prefix below has one, and every address an "@"
	}
	lw := strings.ToLower(strings.TrimLeft(w, `([{<"'“‘«`))
	for _, p := range []string{"http://", "https://", "ftp://", "www."} {
		if strings.HasPrefix(lw, p) && len(lw) > len(p)+1 {
			return true
		}
	}
	at := strings.IndexByte(lw, '@')
	if at <= 0 {
		return false
	}
	dot := strings.LastIndexByte(lw, '.')
	rest := strings.TrimRight(lw, `.,;:!?)]}>"'”’»`)
	return dot > at+1 && strings.LastIndexByte(rest, '.') > at+1 && !strings.ContainsAny(lw[:at], " ()")
}
