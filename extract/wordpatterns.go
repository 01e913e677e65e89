package extract

import (
	"regexp"
	resyntax "regexp/syntax"
	"slices"
	"strings"
)

// wordPattern is a link pattern (patterns.go): a regular expression over
// the words between two mentions. Most of the patterns match the whole
// string, "^...$", with a few words at most and ending in one of a few
// ways ("of the "), while most pairs of mentions in a sentence are far
// apart: counting the spaces and testing the ending reject those pairs
// before the expression's backtracking runs, which cost more than all the
// rest of the pairs' reading.
type wordPattern struct {
	*regexp.Regexp
	// maxSpaces is the most spaces a string the pattern matches can hold;
	// unbounded for a pattern that matches a part of a string, or words
	// without bound.
	maxSpaces int
	// endings are strings one of which ends every string the pattern
	// matches; nil where the pattern says no few.
	endings []string
}

// unbounded is the space count of a pattern with no bound.
const unbounded = 1 << 30

// mustWords compiles a link pattern, as regexp.MustCompile does.
func mustWords(expr string) wordPattern {
	re := regexp.MustCompile(expr)
	p := wordPattern{Regexp: re, maxSpaces: unbounded}
	if tree, err := resyntax.Parse(expr, resyntax.Perl); err == nil {
		tree = tree.Simplify()
		if anchoredAt(tree, resyntax.OpBeginText) && anchoredAt(tree, resyntax.OpEndText) {
			p.maxSpaces = maxSpaces(tree)
		}
		if anchoredAt(tree, resyntax.OpEndText) {
			if ends, _ := endings(tree); ends != nil && !slices.Contains(ends, "") {
				// an ending that ends with another says nothing more
				all := slices.Clone(ends)
				p.endings = slices.DeleteFunc(ends, func(e string) bool {
					return slices.ContainsFunc(all, func(f string) bool { return len(f) < len(e) && strings.HasSuffix(e, f) })
				})
			}
		}
	}
	return p
}

// MatchString reports whether the pattern matches s; a string with more
// spaces than the pattern can match, or ending in none of its endings, is
// none of its matches.
func (p wordPattern) MatchString(s string) bool {
	if p.maxSpaces < unbounded && strings.Count(s, " ") > p.maxSpaces {
		return false
	}
	if p.endings != nil && !slices.ContainsFunc(p.endings, func(e string) bool { return strings.HasSuffix(s, e) }) {
		return false
	}
	return p.Regexp.MatchString(s)
}

// maxEndings bounds the endings a pattern keeps: past it, the test would
// cost more than it saves.
const maxEndings = 32

// endings lists strings one of which ends every match of re (of a pattern
// anchored at the end), and whether they are re's matches themselves, all
// of them; nil where no few strings do ("\w+", "(a|b)*").
func endings(re *resyntax.Regexp) (ends []string, whole bool) {
	switch re.Op {
	case resyntax.OpEmptyMatch, resyntax.OpEndText, resyntax.OpBeginText:
		return []string{""}, true
	case resyntax.OpLiteral:
		if re.Flags&resyntax.FoldCase != 0 {
			return nil, false // either case would do
		}
		return []string{string(re.Rune)}, true
	case resyntax.OpCharClass: // "[ds]" of "rule[ds]", as the parser factors "ruled|rules"
		var chars []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(chars) == maxEndings {
					return nil, false
				}
				chars = append(chars, string(r))
			}
		}
		return chars, true
	case resyntax.OpCapture:
		return endings(re.Sub[0])
	case resyntax.OpQuest:
		ends, whole := endings(re.Sub[0])
		if ends == nil {
			return nil, false
		}
		if !slices.Contains(ends, "") {
			ends = append(slices.Clip(ends), "")
		}
		return ends, whole
	case resyntax.OpAlternate:
		var all []string
		whole := true
		for _, sub := range re.Sub {
			ends, w := endings(sub)
			if ends == nil {
				return nil, false
			}
			for _, e := range ends {
				if !slices.Contains(all, e) {
					all = append(all, e)
				}
			}
			whole = whole && w
		}
		if len(all) > maxEndings {
			return nil, false
		}
		return all, whole
	case resyntax.OpConcat:
		// From the last part back: each part's strings before those of
		// the parts after it, while the parts are whole and few.
		acc := []string{""}
		for i := len(re.Sub) - 1; i >= 0; i-- {
			ends, whole := endings(re.Sub[i])
			if ends == nil || len(ends)*len(acc) > maxEndings {
				return acc, false // what the parts after it end with
			}
			var next []string
			for _, e := range ends {
				for _, a := range acc {
					if s := e + a; !slices.Contains(next, s) {
						next = append(next, s)
					}
				}
			}
			acc = next
			if !whole {
				return acc, false
			}
		}
		return acc, true
	}
	return nil, false // repetitions, any character: many strings
}

// anchoredAt reports whether every match of re starts at the start of
// the text (edge OpBeginText) or ends at its end (edge OpEndText).
func anchoredAt(re *resyntax.Regexp, edge resyntax.Op) bool {
	switch re.Op {
	case edge:
		return true
	case resyntax.OpConcat:
		if len(re.Sub) == 0 {
			return false
		}
		if edge == resyntax.OpBeginText {
			return anchoredAt(re.Sub[0], edge)
		}
		return anchoredAt(re.Sub[len(re.Sub)-1], edge)
	case resyntax.OpCapture:
		return anchoredAt(re.Sub[0], edge)
	case resyntax.OpAlternate:
		for _, sub := range re.Sub {
			if !anchoredAt(sub, edge) {
				return false
			}
		}
		return true
	}
	return false
}

// maxSpaces is the most spaces a match of re can hold, or unbounded.
func maxSpaces(re *resyntax.Regexp) int {
	switch re.Op {
	case resyntax.OpLiteral:
		return strings.Count(string(re.Rune), " ")
	case resyntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i] <= ' ' && ' ' <= re.Rune[i+1] {
				return 1
			}
		}
		return 0
	case resyntax.OpAnyChar, resyntax.OpAnyCharNotNL:
		return 1
	case resyntax.OpCapture, resyntax.OpQuest:
		return maxSpaces(re.Sub[0])
	case resyntax.OpStar, resyntax.OpPlus:
		if maxSpaces(re.Sub[0]) == 0 {
			return 0
		}
		return unbounded
	case resyntax.OpRepeat:
		n := maxSpaces(re.Sub[0])
		switch {
		case n == 0:
			return 0
		case re.Max < 0 || n >= unbounded:
			return unbounded
		}
		return min(n*re.Max, unbounded)
	case resyntax.OpConcat:
		sum := 0
		for _, sub := range re.Sub {
			sum = min(sum+maxSpaces(sub), unbounded)
		}
		return sum
	case resyntax.OpAlternate:
		most := 0
		for _, sub := range re.Sub {
			most = max(most, maxSpaces(sub))
		}
		return most
	}
	return 0 // empty-width: anchors, word boundaries, the empty string
}
