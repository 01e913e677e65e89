package extract

import (
	"regexp"
	resyntax "regexp/syntax"
	"strings"
)

// wordPattern is a link pattern (patterns.go): a regular expression over
// the words between two mentions. Most of the patterns match the whole
// string, "^...$", with a few words at most, while most pairs of mentions
// in a sentence are far apart: counting the spaces rejects those pairs
// before the expression's backtracking runs, which cost more than all the
// rest of the pairs' reading.
type wordPattern struct {
	*regexp.Regexp
	// maxSpaces is the most spaces a string the pattern matches can hold;
	// unbounded for a pattern that matches a part of a string, or words
	// without bound.
	maxSpaces int
}

// unbounded is the space count of a pattern with no bound.
const unbounded = 1 << 30

// mustWords compiles a link pattern, as regexp.MustCompile does.
func mustWords(expr string) wordPattern {
	re := regexp.MustCompile(expr)
	p := wordPattern{Regexp: re, maxSpaces: unbounded}
	if tree, err := resyntax.Parse(expr, resyntax.Perl); err == nil {
		if tree = tree.Simplify(); anchoredStart(tree) && anchoredEnd(tree) {
			p.maxSpaces = maxSpaces(tree)
		}
	}
	return p
}

// MatchString reports whether the pattern matches s; a string with more
// spaces than the pattern can match is none of its matches.
func (p wordPattern) MatchString(s string) bool {
	if p.maxSpaces < unbounded && strings.Count(s, " ") > p.maxSpaces {
		return false
	}
	return p.Regexp.MatchString(s)
}

// anchoredStart reports whether every match of re starts at the start of
// the text.
func anchoredStart(re *resyntax.Regexp) bool {
	switch re.Op {
	case resyntax.OpBeginText:
		return true
	case resyntax.OpConcat:
		return len(re.Sub) > 0 && anchoredStart(re.Sub[0])
	case resyntax.OpCapture:
		return anchoredStart(re.Sub[0])
	case resyntax.OpAlternate:
		for _, sub := range re.Sub {
			if !anchoredStart(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// anchoredEnd reports whether every match of re ends at the end of the
// text.
func anchoredEnd(re *resyntax.Regexp) bool {
	switch re.Op {
	case resyntax.OpEndText:
		return true
	case resyntax.OpConcat:
		return len(re.Sub) > 0 && anchoredEnd(re.Sub[len(re.Sub)-1])
	case resyntax.OpCapture:
		return anchoredEnd(re.Sub[0])
	case resyntax.OpAlternate:
		for _, sub := range re.Sub {
			if !anchoredEnd(sub) {
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
