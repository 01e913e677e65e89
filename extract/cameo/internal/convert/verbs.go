package main

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"sort"
	"strings"
)

// verbDictionary is CAMEO.2.0.txt as read: synonym sets, then verb blocks.
// PETRARCH2 attaches a block's patterns to the block, not to the synonym
// they were first written for (the "# WORD" comment), so every verb of a
// block shares them; verbs.tsv keeps that grouping instead of repeating the
// patterns for each verb, which would make the file ten times larger.
type verbDictionary struct {
	synsetOrder []string
	synsets     map[string][]string // lowercase name without '&' → members
	blocks      []*verbBlock
	dropped     map[string][]string // why → source lines
	orphans     []string            // "verb (block)" added from pattern origins
}

type verbBlock struct {
	name     string // lowercase block name, e.g. "explosive_destruction"
	code     string // the block's default code
	verbs    []blockVerb
	patterns []blockPattern
}

type blockVerb struct {
	verb   string // lowercase lemma, words separated by spaces ("blow up")
	code   string
	orphan bool // named only in pattern origins, see addOrphans
}

type blockPattern struct {
	pattern string // normalised, see normalisePattern
	code    string
	origin  string // the verb the pattern was written for, lowercase
}

func readVerbDictionary(path string) (*verbDictionary, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d := &verbDictionary{synsets: map[string][]string{}, dropped: map[string][]string{}}
	var rawPatterns [][2]string // block-indexed raw lines, resolved once all synsets are known
	inSynsets, inVerbs := false, false
	synset := ""
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), " \t\r")
		switch {
		case strings.HasPrefix(line, "####### SYNONYM SETS"):
			inSynsets = true
			continue
		case strings.HasPrefix(line, "####### VERB PATTERNS"):
			inSynsets, inVerbs = false, true
			continue
		case strings.HasPrefix(line, "######## TRANSFORMATIONS"):
			// Transformations rewrite PETRARCH's nested events
			// ("A says B attacked C"); they have no meaning for a
			// single-verb frame.
			inVerbs = false
			continue
		}
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		switch {
		case inSynsets && strings.HasPrefix(trimmed, "&"):
			synset = synsetName(trimmed)
			if _, dup := d.synsets[synset]; dup {
				return nil, fmt.Errorf("%s:%d: synset &%s defined twice", path, n, synset)
			}
			d.synsets[synset] = nil
			d.synsetOrder = append(d.synsetOrder, synset)
		case inSynsets && strings.HasPrefix(trimmed, "+"):
			if synset == "" {
				return nil, fmt.Errorf("%s:%d: synset member before any synset name", path, n)
			}
			member := phraseWords(stripComment(trimmed)[1:])
			if member != "" && !slices.Contains(d.synsets[synset], member) {
				d.synsets[synset] = append(d.synsets[synset], member)
			}
		case inVerbs && strings.HasPrefix(line, "---"):
			// "---  DISGRACE   [110]---  ---" lacks a space, so the
			// code is found by its brackets, not by field position.
			f := strings.Fields(line)
			open, close := strings.Index(line, "["), strings.Index(line, "]")
			if len(f) < 3 || open < 0 || close < open || !isCode(line[open:close+1]) {
				return nil, fmt.Errorf("%s:%d: malformed block header %q", path, n, line)
			}
			d.blocks = append(d.blocks, &verbBlock{name: strings.TrimSuffix(strings.ToLower(f[1]), "_"), code: cleanCode(line[open : close+1])})
		case inVerbs && strings.HasPrefix(line, "-"):
			if len(d.blocks) == 0 {
				return nil, fmt.Errorf("%s:%d: pattern before any verb block", path, n)
			}
			rawPatterns = append(rawPatterns, [2]string{fmt.Sprint(len(d.blocks) - 1), line})
		case inVerbs:
			if len(d.blocks) == 0 {
				return nil, fmt.Errorf("%s:%d: verb before any verb block", path, n)
			}
			b := d.blocks[len(d.blocks)-1]
			v, ok := parseVerbLine(line, b.code)
			if !ok {
				d.drop("unreadable verb line", line)
				continue
			}
			if !slices.ContainsFunc(b.verbs, func(o blockVerb) bool { return o.verb == v.verb }) {
				b.verbs = append(b.verbs, v)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	for _, rp := range rawPatterns {
		var bi int
		fmt.Sscan(rp[0], &bi)
		p, why := d.parsePatternLine(rp[1])
		if why != "" {
			d.drop(why, rp[1])
			continue
		}
		if slices.Contains(d.blocks[bi].patterns, p) {
			continue // listed twice in the source, same code and origin
		}
		d.blocks[bi].patterns = append(d.blocks[bi].patterns, p)
	}
	d.addOrphans()
	return d, nil
}

func (d *verbDictionary) drop(why, line string) {
	d.dropped[why] = append(d.dropped[why], strings.TrimSpace(line))
}

// parseVerbLine reads a block member: "HURRY {HURRIES HURRIED}",
// "+ASK_FOR {+ASKED_FOR} [020]", "ACCUSE [112]". The '+' of a multi-word
// verb marks the inflected word, which is always the first here; the braces
// hold inflected forms, which a lemma-keyed lookup does not need.
func parseVerbLine(line, blockCode string) (blockVerb, bool) {
	// Two lines use TABARI's ';' comments, one glues its code on.
	text, _, _ := strings.Cut(stripComment(line), ";")
	text = strings.ReplaceAll(text, "[", " [")
	if i := strings.Index(text, "{"); i >= 0 {
		j := strings.Index(text, "}")
		if j < i {
			return blockVerb{}, false
		}
		text = text[:i] + " " + text[j+1:]
	}
	f := strings.Fields(text)
	if len(f) == 0 {
		return blockVerb{}, false
	}
	code := blockCode
	if last := f[len(f)-1]; strings.HasPrefix(last, "[") {
		if !isCode(last) {
			return blockVerb{}, false
		}
		code = cleanCode(last)
		f = f[:len(f)-1]
	}
	if len(f) != 1 {
		return blockVerb{}, false
	}
	verb := phraseWords(strings.TrimPrefix(f[0], "+"))
	if verb == "" || strings.ContainsAny(verb, "+&{}()[]") {
		return blockVerb{}, false
	}
	return blockVerb{verb: verb, code: code}, true
}

// parsePatternLine reads "- * &WEAPON (ON EXERCISE)   [150]   # FIRE".
// It returns a reason when the pattern cannot be used.
func (d *verbDictionary) parsePatternLine(line string) (blockPattern, string) {
	body, comment, _ := strings.Cut(strings.TrimPrefix(line, "-"), "#")
	open, close := strings.LastIndex(body, "["), strings.LastIndex(body, "]")
	if open < 0 || close < open {
		return blockPattern{}, "no [code]"
	}
	code := body[open : close+1]
	if !isCode(code) {
		return blockPattern{}, "malformed code"
	}
	// "*SCEPTICAL", "SPY_*_DEAL": the verb mark glued to words.
	marked := strings.NewReplacer("_*_", " * ", "*_", "* ", "_*", " *", "*", " * ").Replace(body[:open])
	pattern, err := normalisePattern(marked, d.synsets)
	if err != "" {
		return blockPattern{}, err
	}
	return blockPattern{pattern: pattern, code: cleanCode(code), origin: originVerb(comment)}, ""
}

// originVerb reads the "# WORD" comment: the first verb named, lowercase.
// Coder notes ("# URGE <OY 10 Mar 2006>") and alternatives ("# CALL ,
// CALL") are dropped.
func originVerb(comment string) string {
	c := comment
	if i := strings.IndexAny(c, ",<"); i >= 0 {
		c = c[:i]
	}
	return phraseWords(strings.TrimSpace(c))
}

// orphanVerbs are verbs that patterns name as their origin but no block
// lists: CAMEO.2.0.txt lost URGE when the old CALLED_FOR block was merged
// into DEMAND, though 22 of DEMAND's patterns were written for it. The
// other orphan origins are inflected forms of listed verbs ("threw",
// "paid", "wrote"), which a lemma never matches, so only reviewed verbs
// are added here; the converter reports the rest.
var orphanVerbs = map[string]bool{"urge": true}

func (d *verbDictionary) addOrphans() {
	known := map[string]bool{}
	for _, b := range d.blocks {
		for _, v := range b.verbs {
			known[v.verb] = true
		}
	}
	seenIn := map[string][]*verbBlock{}
	var names []string
	for _, b := range d.blocks {
		for _, p := range b.patterns {
			o := p.origin
			if o == "" || known[o] {
				continue
			}
			if len(seenIn[o]) == 0 {
				names = append(names, o)
			}
			if !slices.Contains(seenIn[o], b) {
				seenIn[o] = append(seenIn[o], b)
			}
		}
	}
	sort.Strings(names)
	for _, o := range names {
		if !orphanVerbs[o] || len(seenIn[o]) != 1 {
			d.drop("origin verb listed in no block, not added", o)
			continue
		}
		b := seenIn[o][0]
		b.verbs = append(b.verbs, blockVerb{verb: o, code: b.code, orphan: true})
		d.orphans = append(d.orphans, o+" ("+b.name+")")
	}
}

func (d *verbDictionary) synsetsTSV() string {
	var sb strings.Builder
	sb.WriteString("# CAMEO synonym sets from PETRARCH2 CAMEO.2.0.txt (MIT, see LICENSE-PETRARCH2.txt).\n")
	sb.WriteString("# Generated by extract/cameo/internal/convert: edit the converter, not this file.\n")
	sb.WriteString("# synset\tmember (lowercase; multi-word members separated by spaces)\n")
	for _, name := range d.synsetOrder {
		for _, m := range d.synsets[name] {
			fmt.Fprintf(&sb, "&%s\t%s\n", name, m)
		}
	}
	return sb.String()
}

func (d *verbDictionary) verbsTSV() string {
	var sb strings.Builder
	sb.WriteString("# CAMEO verb patterns from PETRARCH2 CAMEO.2.0.txt (MIT, see LICENSE-PETRARCH2.txt).\n")
	sb.WriteString("# Generated by extract/cameo/internal/convert: edit the converter, not this file.\n")
	sb.WriteString("# Rows of a block are contiguous. A verb row (pattern empty) makes the verb a member of the\n")
	sb.WriteString("# block, with its default code; a pattern row (verb empty) applies to every verb of the block.\n")
	sb.WriteString("# code is PETRARCH's active[:passive] code; --- is \"not an event\". origin is the verb a pattern\n")
	sb.WriteString("# was written for; on a verb row, \"orphan\" marks a verb named only by pattern origins.\n")
	sb.WriteString("# block\tverb\tpattern\tcode\torigin\n")
	for _, b := range d.blocks {
		for _, v := range b.verbs {
			origin := ""
			if v.orphan {
				origin = "orphan"
			}
			fmt.Fprintf(&sb, "%s\t%s\t\t%s\t%s\n", b.name, v.verb, v.code, origin)
		}
		for _, p := range b.patterns {
			fmt.Fprintf(&sb, "%s\t\t%s\t%s\t%s\n", b.name, p.pattern, p.code, p.origin)
		}
	}
	return sb.String()
}

func (d *verbDictionary) report(w io.Writer) {
	verbs, patterns, members := 0, 0, 0
	for _, b := range d.blocks {
		verbs += len(b.verbs)
		patterns += len(b.patterns)
	}
	for _, m := range d.synsets {
		members += len(m)
	}
	fmt.Fprintf(w, "verbs.tsv: %d blocks, %d verbs, %d patterns; synsets.tsv: %d synsets, %d members\n",
		len(d.blocks), verbs, patterns, len(d.synsets), members)
	fmt.Fprintf(w, "added %d orphan verbs: %s\n", len(d.orphans), strings.Join(d.orphans, ", "))
	for _, why := range slices.Sorted(maps.Keys(d.dropped)) {
		fmt.Fprintf(w, "dropped %d (%s):\n", len(d.dropped[why]), why)
		for _, l := range d.dropped[why] {
			fmt.Fprintf(w, "\t%s\n", l)
		}
	}
}

// synsetName is "&AUXVERB1_" → "auxverb1": the trailing underscore only
// stops PETRARCH making plurals, which the matcher handles by itself.
func synsetName(s string) string {
	return strings.TrimSuffix(strings.ToLower(strings.TrimPrefix(stripComment(s), "&")), "_")
}

// phraseWords is "BLOW_UP" → "blow up", "CASH_" → "cash".
func phraseWords(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(s, "_", " "))), " ")
}

func stripComment(s string) string {
	s, _, _ = strings.Cut(s, "#")
	return strings.TrimSpace(s)
}

// isCode accepts "[190]", "[042:043]", "[:173]", "[---]" and the one
// "[080!]" typo.
func isCode(s string) bool {
	if !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, "]") {
		return false
	}
	c := cleanCode(s)
	if c == "---" {
		return true
	}
	active, passive, _ := strings.Cut(c, ":")
	return (active == "" || isDigits(active)) && (passive == "" || isDigits(passive)) && active+passive != ""
}

func cleanCode(s string) string {
	return strings.TrimRight(strings.Trim(s, "[]"), "!")
}

func isDigits(s string) bool {
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
