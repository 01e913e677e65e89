package cameo

import (
	"fmt"
	"strings"
)

// verbEntry is a verb's own default code and the block whose patterns it
// shares.
type verbEntry struct {
	code  Code
	block *block
}

type block struct {
	name     string
	patterns []pattern
}

// pattern is a compiled verbs.tsv pattern. PETRARCH matches it against a
// parse tree; a frame has only the words on each side of the verb, so the
// pattern's words must occur on their side in order, with any words between
// them, as PETRARCH skips modifiers and determiners.
type pattern struct {
	text   string
	code   Code
	origin string // the folded verb it was written for, or ""

	before []unit // subject side
	after  []unit // object side, prepositional phrases flattened
	// bareLead is set when the word right after the verb mark is written
	// bare, not in a bracketed phrase: "* off" is the verb's particle or
	// object, as in "fired off a letter", where "* (at convoy)" is a phrase.
	bareLead bool
}

// unit is one pattern token: its alternatives, each a run of folded words
// that must be adjacent in the text. A plain word has one alternative of
// one word, "by/with" two, a synset one per member ("blue helmets").
type unit [][]string

func (p pattern) literals() int { return len(p.before) + len(p.after) }

// compilePattern reads the normalised form verbs.tsv holds: "* &weapon (on
// exercise)". Brackets only group for the reader: "(on exercise)" must match
// "on" then "exercise" in order, which is what flattening gives. Actor marks
// ($ + %) and PETRARCH's skip mark (^) match anything, so they are dropped.
func compilePattern(text string, synsets map[string]unit) (pattern, error) {
	p := pattern{text: text}
	side := &p.before
	stars := 0
	for _, tok := range strings.Fields(strings.NewReplacer("(", " ", ")", " ", "{", " ", "}", " ").Replace(text)) {
		switch {
		case tok == "*":
			stars++
			side = &p.after
		case tok == "$" || tok == "+" || tok == "%" || tok == "^":
		case strings.HasPrefix(tok, "&"):
			members, ok := synsets[tok[1:]]
			if !ok {
				return pattern{}, fmt.Errorf("undefined synset %s", tok)
			}
			*side = append(*side, members)
		default:
			var u unit
			for _, alt := range strings.Split(tok, "/") {
				if alt != "" {
					u = append(u, []string{foldWord(alt)})
				}
			}
			if len(u) == 0 {
				return pattern{}, fmt.Errorf("empty word %q", tok)
			}
			*side = append(*side, u)
		}
	}
	if stars != 1 {
		return pattern{}, fmt.Errorf("pattern has %d verb marks, want 1", stars)
	}
	if rest := strings.TrimSpace(text[strings.Index(text, "*")+1:]); rest != "" && len(p.after) > 0 && !strings.ContainsRune("({&$+%^", rune(rest[0])) {
		p.bareLead = true
	}
	if p.literals() == 0 {
		return pattern{}, fmt.Errorf("pattern has no word, it would match every clause")
	}
	if err := checkBrackets(text); err != nil {
		return pattern{}, err
	}
	return p, nil
}

func checkBrackets(text string) error {
	var open []rune
	for _, r := range text {
		switch r {
		case '(', '{':
			open = append(open, r)
		case ')', '}':
			want := '('
			if r == '}' {
				want = '{'
			}
			if len(open) == 0 || open[len(open)-1] != want {
				return fmt.Errorf("unbalanced %q", r)
			}
			open = open[:len(open)-1]
		}
	}
	if len(open) > 0 {
		return fmt.Errorf("unclosed %q", open[len(open)-1])
	}
	return nil
}

// matches reports whether the pattern's units occur in order in the folded
// words of each side.
func (p pattern) matches(before, after []string) bool {
	return inOrder(p.before, before) && inOrder(p.after, after)
}

// matchesFrame is matches where the frame tells its prepositions: a bare
// word after the verb mark that falls on a preposition is a particle, and a
// particle follows the verb or its object, never another phrase. "* off"
// reads "fired off a letter", not "fired a missile into the sea off its
// coast", where "off" opens a phrase of its own.
func (p pattern) matchesFrame(before, after []string, caseAt []bool, objectEnd int) bool {
	if !p.matches(before, after) {
		return false
	}
	if !p.bareLead || caseAt == nil {
		return true
	}
	for start := 0; start < len(after); start++ {
		for _, alt := range p.after[0] {
			end := start + len(alt)
			if end > len(after) || !hasRunAt(after, start, alt) {
				continue
			}
			if start < len(caseAt) && caseAt[start] && start != 0 && start != objectEnd {
				continue // a preposition adrift of the verb: no particle of it
			}
			if inOrder(p.after[1:], after[end:]) {
				return true
			}
		}
	}
	return false
}

// inOrder is a subsequence test. For each unit it takes the occurrence that
// ends first, which leaves the most room for the units after it, so the
// greedy scan finds a match whenever one exists.
func inOrder(units []unit, words []string) bool {
	pos := 0
	for _, u := range units {
		end := earliestEnd(u, words, pos)
		if end < 0 {
			return false
		}
		pos = end
	}
	return true
}

func earliestEnd(u unit, words []string, from int) int {
	best := -1
	for start := from; start < len(words); start++ {
		if best >= 0 && start+1 >= best {
			break // nothing starting here can end sooner
		}
		for _, alt := range u {
			if end := start + len(alt); end <= len(words) && (best < 0 || end < best) && hasRunAt(words, start, alt) {
				best = end
			}
		}
	}
	return best
}

func hasRunAt(words []string, at int, run []string) bool {
	for i, w := range run {
		if words[at+i] != w {
			return false
		}
	}
	return true
}

// Lookup codes the frame with the patterns written for its verb (or for
// every verb of its block). A verb with a particle is tried first as the
// multi-word verb ("blow up"), then as the bare verb with the particle read
// as the first word after it ("set" + "off explosives"). The pattern with
// the most words matched wins, the first in file order on a tie; with none,
// the verb's own default code applies. It returns false when the verb is not
// in the dictionary.
func (d *Dictionary) Lookup(f Frame) (Match, bool) {
	after := f.After
	caseAt, objectEnd := f.Case, f.ObjectEnd
	e, ok := verbEntry{}, false
	key := ""
	if f.Particle != "" {
		key = foldVerb(f.Verb + " " + f.Particle)
		e, ok = d.verbs[key]
	}
	if !ok {
		key = foldVerb(f.Verb)
		e, ok = d.verbs[key]
		if f.Particle != "" {
			after = append([]string{f.Particle}, f.After...)
			if caseAt != nil {
				caseAt = append([]bool{false}, caseAt...)
			}
			if objectEnd > 0 {
				objectEnd++
			}
		}
	}
	if !ok {
		return Match{}, false
	}
	before := foldWords(f.Before)
	afterFolded := foldWords(after)
	best, bestN := -1, 0
	for i, p := range e.block.patterns {
		if p.origin != "" && p.origin != key {
			// PETRARCH shares a block's patterns among its verbs over a
			// parse tree; over a flat frame, one written for another verb
			// misfires on its synonyms: "take * &town" and "seize *
			// airport" made arrests in Cape Town and at an airport
			// occupations
			continue
		}
		if n := p.literals(); n > bestN && p.matchesFrame(before, afterFolded, caseAt, objectEnd) {
			best, bestN = i, n
		}
	}
	if best < 0 {
		return Match{Code: e.code, Type: d.types.typeOf(e.code)}, true
	}
	p := e.block.patterns[best]
	return Match{Code: p.code, Type: d.types.typeOf(p.code), Pattern: p.text, Specific: true}, true
}

func foldWords(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = foldWord(w)
	}
	return out
}
