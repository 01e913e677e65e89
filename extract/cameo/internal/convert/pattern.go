package main

import (
	"strings"
)

// normalisePattern rewrites a PETRARCH pattern body ("* &WEAPON (ON
// EXERCISE)") into the lowercase form verbs.tsv holds ("* &weapon (on
// exercise)"): tokens separated by single spaces, "(prep words)" for a
// prepositional phrase, "{a b}" for a noun phrase, "&name" for a synonym
// set, "*" for the verb and $ + % ^ for PETRARCH's actor and skip marks.
// A token joined by underscores ("NOT_TO", "FIGHTER_&AIRCRAFT") becomes a
// phrase, as PETRARCH2 would otherwise compare it with a single parse word
// and never match it. It returns a reason when the pattern is unusable.
func normalisePattern(body string, synsets map[string][]string) (string, string) {
	var out []string
	depth := []byte{} // open '(' and '{' not yet closed
	stars := 0
	for _, tok := range strings.Fields(body) {
		for len(tok) > 0 && (tok[0] == '(' || tok[0] == '{') {
			depth = append(depth, tok[0])
			out = append(out, string(tok[0]))
			tok = tok[1:]
		}
		closers := ""
		for len(tok) > 0 && (tok[len(tok)-1] == ')' || tok[len(tok)-1] == '}') {
			closers = string(tok[len(tok)-1]) + closers
			tok = tok[:len(tok)-1]
		}
		if tok != "" {
			word, why := patternWord(tok, synsets, len(depth) > 0 && depth[len(depth)-1] == '{')
			if why != "" {
				return "", why
			}
			if word == "*" {
				if len(depth) > 0 {
					return "", "verb mark inside a phrase"
				}
				stars++
			}
			out = append(out, word)
		}
		for i := 0; i < len(closers); i++ {
			want := byte('(')
			if closers[i] == '}' {
				want = '{'
			}
			if len(depth) == 0 || depth[len(depth)-1] != want {
				return "", "unbalanced brackets"
			}
			depth = depth[:len(depth)-1]
			out = append(out, string(closers[i]))
		}
	}
	if len(depth) > 0 {
		return "", "unbalanced brackets"
	}
	if stars != 1 {
		return "", "not exactly one verb mark"
	}
	s := strings.Join(out, " ")
	s = strings.NewReplacer("( ", "(", "{ ", "{", " )", ")", " }", "}").Replace(s)
	if !hasLiteral(out) {
		return "", "no literal word (actor marks only), would match every clause"
	}
	return s, ""
}

// patternWord normalises one token without brackets.
func patternWord(tok string, synsets map[string][]string, inPhrase bool) (string, string) {
	switch tok {
	case "*", "$", "+", "%", "^":
		return tok, ""
	}
	lower := strings.ToLower(tok)
	if strings.HasPrefix(lower, "&") {
		if _, ok := synsets[strings.TrimSuffix(lower[1:], "_")]; ok {
			return "&" + strings.TrimSuffix(lower[1:], "_"), ""
		}
	}
	parts := strings.FieldsFunc(lower, func(r rune) bool { return r == '_' })
	if len(parts) == 0 {
		return "", "empty token"
	}
	for _, p := range parts {
		if strings.HasPrefix(p, "&") {
			if _, ok := synsets[p[1:]]; !ok {
				return "", "undefined synset " + p
			}
		}
		if strings.ContainsAny(p, "*$%^[]") {
			return "", "unexpected mark in word " + tok
		}
	}
	words := strings.Join(parts, " ")
	if len(parts) > 1 && !inPhrase {
		words = "{" + words + "}"
	}
	return words, ""
}

func hasLiteral(tokens []string) bool {
	for _, t := range tokens {
		switch t {
		case "*", "$", "+", "%", "^", "(", ")", "{", "}":
		default:
			return true
		}
	}
	return false
}
