package extract

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/timex"
	"github.com/polgraph/polgraph/reader"
)

// sentence is a span of tokens [first, last) in doc.toks.
type sentence struct {
	start, end  int
	first, last int
	para        int
	headline    bool
	dateline    bool
	stamp       bool // a live blog entry's time stamp ("12:40 GMT –"), split off its entry
}

// segment splits the text into paragraphs on newlines, drops page furniture,
// tokenises each paragraph and splits it into sentences.
func (d *doc) segment() {
	text := d.text
	// Room for all the tokens at once: prose runs about five bytes a token
	// ("the MP had spoken"), and growing the slice token by token copied
	// it some ten times over.
	d.toks = make([]token, 0, len(text)/4+16)
	para := 0
	off := 0
	headlineDone := false
	strapline := false // the line after the headline may be its strapline
	for off < len(text) {
		nl := strings.IndexByte(text[off:], '\n')
		end := len(text)
		if nl >= 0 {
			end = off + nl
		}
		for end < len(text) && d.softWrap(text[off:end], text[end+1:]) {
			// a line of prose wrapped in mid-sentence ("her spokesman,
			// Jonas\nPellerin, said") goes on in the next
			nl := strings.IndexByte(text[end+1:], '\n')
			if nl < 0 {
				end = len(text)
			} else {
				end += 1 + nl
			}
		}
		line := text[off:end]
		lineStart := off
		off = end + 1
		if strings.TrimSpace(line) == "" || reader.IsFurniture(line) {
			continue
		}
		headline := false
		if !headlineDone {
			headlineDone = true
			headline = d.title != "" && strings.TrimSpace(line) == d.title || off < len(text) && unpunctuatedHeading(line, text[off:])
			strapline = headline && off < len(text) && !blankLineOpens(text[off:])
		} else if strapline {
			// a strapline under the headline, with no blank line between
			// ("Leaders Vow To Cut Tariffs\nSummit Ends With Pledge On
			// Steel\n\n"), heads the story as the headline does
			strapline = false
			headline = off < len(text) && headingLike(line) && blankLineOpens(text[off:])
		}
		dateline := para < 2 && isDateline(line)
		if dateline {
			headline = true // "LYON, France (AP) _" names places, tells nothing
		}
		first := len(d.toks)
		d.toks = tokenize(text, lineStart, end, d.toks)
		if len(d.toks) == first {
			continue
		}
		markQuotes(d.toks[first:])
		n := len(d.sents)
		if k := d.datelinePrefix(first, len(d.toks)); k > first && (para < 2 || k < len(d.toks) && d.sectionDateline(first, k)) && !dateline {
			// "BRUSSELS (Reuters) - The European Union ...": the prefix is a
			// dateline; further down, one opens a round-up's next section
			d.addSentence(first, k, para, true)
			d.sents[len(d.sents)-1].dateline = true
			n, first = len(d.sents), k
		}
		if k := d.stampPrefix(first, len(d.toks)); k > first {
			// "12:40 GMT – Police arrested ...": the stamp tells when the
			// entry was posted, no part of what it tells
			d.addSentence(first, k, para, true)
			d.sents[len(d.sents)-1].stamp = true
			n, first = len(d.sents), k
		}
		d.splitSentences(first, len(d.toks), para, headline)
		for k := n; k < len(d.sents); k++ {
			d.sents[k].dateline = dateline
		}
		para++
	}
}

// softWrap reports whether a newline after line (the paragraph so far)
// only wraps it, the text going on in the sentence it breaks: the line is
// prose of some length that stops in mid-sentence, after a word or comma,
// and the next line goes on at once with a word. Headlines, datelines,
// lists and tables ("Injured: 74") end otherwise or are short.
func (d *doc) softWrap(line, next string) bool {
	const minWrapped = 50
	t := strings.TrimRight(line, " \t\r")
	if len(t) < minWrapped || strings.TrimSpace(t) == d.title || isDateline(t) || next == "" || opensTurn(line, next) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	first, _ := utf8.DecodeRuneInString(next)
	return (unicode.IsLetter(last) || last == ',') && unicode.IsLetter(first) && strings.Count(t, " ") >= minWrapped/10
}

// opensTurn reports whether a line opens a transcript's next turn with
// its speaker's label: a role's ("A: I did.", "HOST: Welcome."), a name
// in capitals ("SENATOR DORN: We voted against it."), or any short
// label after a line that opened with one ("Q: You met him in March" then
// "Dorn: I did."). A question put without its mark runs on to the end of
// its line and no further.
func opensTurn(line, next string) bool {
	label, ok := turnLabel(next)
	if !ok {
		return false
	}
	words := strings.Fields(label)
	if turnLabels[strings.ToLower(words[0])] != "" || strings.ToUpper(label) == label {
		return true
	}
	_, ok = turnLabel(line)
	return ok
}

// turnLabel is the label a line opens with, set off by a colon ("Q",
// "SENATOR DORN", "Lena Dorn", "REPORTER" of "REPORTER (Radio Tarsk):"):
// one to three words that start with a capital letter, after any marks
// that set it off ("**Dorn:**", "- Q:").
func turnLabel(line string) (string, bool) {
	line = strings.TrimLeft(line, " \t*->•")
	c := strings.IndexByte(line, ':')
	if c <= 0 || c > 60 || c+1 < len(line) && line[c+1] != ' ' && line[c+1] != '*' {
		return "", false // "10:30", a clock's colon
	}
	label := line[:c]
	if k := strings.IndexByte(label, '('); k > 0 {
		label = label[:k] // "REPORTER (Ana Liufau, Pacific Wave Radio)"
	}
	label = strings.TrimRight(label, " *")
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 3 {
		return "", false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '-' && r != '’' }) {
			return "", false
		}
	}
	return label, true
}

// unpunctuatedHeading reports whether an article's first line is its
// headline, given the text after it: short, with no stop at its end, and
// set apart by a blank line ("Former minister jailed for seven years over
// hospital contracts") or by a strapline that is ("Leaders Vow Action\n
// Summit Ends With Pledge On Steel\n\n"). A headline drops the auxiliary
// ("X jailed" is "X was jailed"), which the parse reads as X jailing
// someone.
func unpunctuatedHeading(line, rest string) bool {
	if !headingLike(line) {
		return false
	}
	if blankLineOpens(rest) {
		return true
	}
	next, after, _ := strings.Cut(rest, "\n")
	return headingLike(next) && blankLineOpens(after)
}

// headingLike reports whether a line could be a heading: short, and
// ending in a word or a question mark, not a stop ("Will Kovar Run?").
func headingLike(line string) bool {
	t := strings.TrimSpace(line)
	if t == "" || strings.Count(t, " ") > 20 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsLetter(last) || unicode.IsDigit(last) || last == '?'
}

// blankLineOpens reports whether text, which follows a line's end,
// opens with a blank line.
func blankLineOpens(text string) bool {
	return strings.HasPrefix(strings.TrimLeft(text, " \t\r"), "\n")
}

// isDateline reports whether a short line is a news dateline.
func isDateline(line string) bool {
	t := strings.TrimSpace(line)
	if len(t) > 100 {
		return false
	}
	if strings.HasSuffix(t, "_") || strings.HasSuffix(t, "--") || strings.HasSuffix(t, "—") {
		return true
	}
	for _, a := range []string{"(AP)", "(Reuters)", "(AFP)", "(UPI)", "(Xinhua)", "(CNN)"} {
		if strings.HasSuffix(t, a) {
			return true
		}
	}
	return false
}

// datelinePrefix returns the end of a dateline opening tokens [first, last)
// ("BRUSSELS (Reuters) -", "OSLO, March 3 (Xinhua) --"), or first.
func (d *doc) datelinePrefix(first, last int) int {
	for i := first; i < last && i < first+12; i++ {
		if t := d.toks[i].text; (t == "-" || t == "—" || t == "–" || t == "--") && i > first && d.toks[first].allCaps && d.placeDateline(first, i) {
			return i + 1 // "OTTAWA -", "OSLO, Norway -"
		}
		if d.toks[i].text == ":" && i > first && d.toks[first].allCaps && d.allCapsOrPunct(first, i) && d.knownPlace(first, i) {
			return i + 1 // "KUALA LUMPUR:", as South and Southeast Asian papers file; not "BREAKING:"
		}
		if d.toks[i].text != ")" || i+1 >= last {
			continue
		}
		j := i + 1
		for j < last && (d.toks[j].text == "-" || d.toks[j].text == "—" || d.toks[j].text == "–" || d.toks[j].text == "_") {
			j++
		}
		if j > i+1 && d.toks[first].allCaps {
			return j
		}
		return first
	}
	return first
}

// sectionDateline reports whether the dateline prefix [first, k) of a
// paragraph after the lead opens a section of a round-up filed from
// several places ("NAIROBI - Kenyan police ...", "SEOUL, Feb 10 - ..."):
// its place is one the gazetteer knows, or it gives a day or an agency as
// datelines do; a label in capitals ("UPDATE -", "EXCLUSIVE -") is neither.
func (d *doc) sectionDateline(first, k int) bool {
	p := first
	for p < k && d.toks[p].kind == tokWord && d.toks[p].allCaps {
		p++
	}
	if p > first && d.knownPlace(first, p) {
		return true
	}
	for _, t := range d.toks[p:k] {
		if t.text == "(" || t.kind == tokWord && calendarWords[t.bare()] {
			return true
		}
	}
	return false
}

// placeDateline reports whether tokens [i, j) are a dateline's place: words
// in capitals ("OTTAWA", "NEW YORK"), then optionally a comma and the
// country or state in ordinary capitals ("OSLO, Norway", "WELLINGTON, New
// Zealand", "ALBANY, N.Y."), as agencies file stories without their name.
func (d *doc) placeDateline(i, j int) bool {
	if d.toks[j-1].allCaps && d.allCapsOrPunct(i, j) {
		return true
	}
	k := i
	for k < j && d.toks[k].text != "," {
		k++
	}
	if k == i || k+1 >= j || j-k > 5 || !d.allCapsOrPunct(i, k) {
		return false
	}
	if d.dayOnly(k+1, j) {
		return true // "TALLINN, March 4 -": the place and the day it files from
	}
	for _, t := range d.toks[k+1 : j] {
		if t.kind == tokWord && !t.cap || t.kind != tokWord && t.text != "." {
			return false
		}
	}
	return true
}

// dayOnly reports whether tokens [i, j) are one calendar date and nothing
// else ("March 4", "4 March 2025"), read before the times are tagged.
func (d *doc) dayOnly(i, j int) bool {
	exprs := timex.Tag(d.text[d.toks[i].start:d.toks[j-1].end], time.Time{})
	return len(exprs) == 1 && exprs[0].Type == "DATE" && exprs[0].Start == 0 && exprs[0].End == d.toks[j-1].end-d.toks[i].start
}

// knownPlace reports whether tokens [i, j) name a place, capital or country
// the gazetteer knows.
func (d *doc) knownPlace(i, j int) bool {
	for _, m := range d.x.gaz.Lookup(d.text[d.toks[i].start:d.toks[j-1].end]) {
		if k := m.Entry.Kind; k == polgraph.KindCountry || k == polgraph.KindPlace || m.Via == "metonym" {
			return true
		}
	}
	return false
}

// allCapsOrPunct reports whether tokens [i, j) are words in capitals,
// numbers or punctuation, as in "WASHINGTON, Aug. 8".
func (d *doc) allCapsOrPunct(i, j int) bool {
	for k := i; k < j; k++ {
		if t := &d.toks[k]; t.kind == tokWord && !t.allCaps && !calendarWords[t.bare()] {
			return false
		}
	}
	return true
}

// splitSentences cuts tokens [first, last) of one paragraph into sentences.
func (d *doc) splitSentences(first, last, para int, headline bool) {
	s := first
	for i := first; i < last; i++ {
		if i-s >= maxSentence {
			// text without sentence ends: cut it so that work per sentence stays bounded
			d.addSentence(s, i, para, headline)
			s = i
		}
		t := &d.toks[i]
		if t.kind != tokPunct || !(t.text == "." || t.text == "!" || t.text == "?" || t.text == "…") {
			if t.kind == tokWord && strings.HasSuffix(t.text, ".") && i+1 < last && d.endsAfterAbbrev(i) {
				d.addSentence(s, i+1, para, headline)
				s = i + 1
			}
			continue
		}
		// closing quotes and brackets belong to the sentence they close
		j := i + 1
		for j < last && isCloser(d.toks[j].text) && d.toks[j].start == d.toks[j-1].end {
			j++
		}
		if j < last && !d.startsSentence(j) {
			continue
		}
		if t.text == "." && i > first && d.isAbbrev(i-1) && j < last && !d.strongStart(j) {
			continue
		}
		d.addSentence(s, j, para, headline)
		s = j
		i = j - 1
	}
	if s < last {
		d.addSentence(s, last, para, headline)
	}
}

// maxSentence is the most tokens a sentence may have.
const maxSentence = 250

func (d *doc) addSentence(first, last, para int, headline bool) {
	d.sents = append(d.sents, sentence{
		start: d.toks[first].start, end: d.toks[last-1].end,
		first: first, last: last, para: para, headline: headline,
	})
}

func isCloser(s string) bool {
	return s == "\"" || s == "”" || s == "’" || s == "'" || s == ")" || s == "]"
}

// isAbbrev reports whether token i is an abbreviation that keeps its period
// inside the sentence: "Mr", "Jan", "Rt", or an initial "J".
func (d *doc) isAbbrev(i int) bool {
	t := &d.toks[i]
	if t.kind != tokWord || d.toks[i+1].start != t.end {
		return false
	}
	if abbreviations[t.lower] {
		return true
	}
	return len(t.text) == 1 && t.cap
}

// startsSentence reports whether token j can open a sentence.
func (d *doc) startsSentence(j int) bool {
	t := &d.toks[j]
	if t.kind == tokNum || t.cap {
		return true
	}
	return openers[t.text]
}

// strongStart is a token that opens a sentence even after an abbreviation.
func (d *doc) strongStart(j int) bool {
	t := &d.toks[j]
	return t.cap && commonWords[t.lower] && !calendarWords[t.lower]
}

// endsAfterAbbrev handles a dotted abbreviation that ends a sentence
// ("... in the U.S. The ...").
func (d *doc) endsAfterAbbrev(i int) bool {
	return strings.Count(d.toks[i].text, ".") >= 2 && d.strongStart(i+1)
}

// markQuotes flags tokens inside quotations of six words or more: quoted
// speech is reported, not narrated, so it yields no events. Short quotes
// ("back channel") are scare quotes and stay in the narrative.
func markQuotes(toks []token) {
	open := -1
	for i := range toks {
		switch quoteMark(toks, i) {
		case "“", "«", "``": // typographic, French, and the wires' old typewriter quotes
			open = i
		case "”", "»", "''":
			if open >= 0 {
				flagQuote(toks[open : i+1])
			}
			open = -1
		case "\"":
			if open >= 0 {
				flagQuote(toks[open : i+1])
				open = -1
			} else {
				open = i
			}
		}
	}
}

// quoteMark is token i's text, doubled where it is the first of two
// backquotes or two apostrophes written together: the wires' old
// typewriter quotation marks, which the tokenizer splits.
func quoteMark(toks []token, i int) string {
	t := toks[i].text
	if (t == "`" || t == "'") && i+1 < len(toks) && toks[i+1].text == t && toks[i+1].start == toks[i].end {
		return t + t
	}
	return t
}

func flagQuote(q []token) {
	words := 0
	for _, t := range q {
		if t.kind == tokWord {
			words++
		}
	}
	if words < 6 {
		return
	}
	for i := range q {
		q[i].quoted = true
	}
}

// liveStamp is a live blog entry's time stamp: a clock time, maybe after
// a word ("Update", "Updated at"), maybe with its zone, then a dash or
// colon or the end of the line. Agency copy writes the clock time in four
// digits ("0832 GMT"); with its zone that is no year.
var liveStamp = regexp.MustCompile(`^(?:[A-Z][a-z]+(?:\s+at)?:?\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?|[0-2]\d[0-5]\d\s+[A-Z]{2,5})\s*(?:[–—:|-]|$)`)

// stampPrefix is the token after a live blog time stamp that opens the
// line of tokens [first, last), or first where there is none.
func (d *doc) stampPrefix(first, last int) int {
	line := d.text[d.toks[first].start:d.toks[last-1].end]
	loc := liveStamp.FindStringIndex(line)
	if loc == nil {
		return first
	}
	end := d.toks[first].start + loc[1]
	k := first
	for k < last && d.toks[k].start < end {
		k++
	}
	return k
}
