package reader

import (
	"strings"
	"unicode"
)

// furniturePhrases are lines a scraped page carries around the article:
// comment forms, share buttons, navigation. Compared lowercased, without
// trailing punctuation.
var furniturePhrases = map[string]bool{
	"leave a reply": true, "leave a comment": true, "leave a reply cancel reply": true,
	"your email address will not be published": true, "required fields are marked": true,
	"post comment": true, "submit comment": true, "comments": true, "comment": true,
	"share": true, "share this": true, "share this article": true, "tweet": true, "email": true,
	"print": true, "related": true, "related posts": true, "related articles": true,
	"read more": true, "advertisement": true, "subscribe": true, "sign up": true,
	"save my name, email, and website in this browser for the next time i comment": true,
	"name": true, "website": true, "facebook": true, "twitter": true, "whatsapp": true,
	"linkedin": true, "telegram": true, "reddit": true, "menu": true, "search": true,
	"skip to content": true, "you may also like": true, "more stories": true,
	"cancel reply": true, "reply": true, "login": true, "log in": true,
}

// IsFurniture reports whether a line of a scraped page is page furniture
// rather than article text: view and share counters ("0 132"), comment-form
// boilerplate ("Leave A Reply"), share buttons.
func IsFurniture(line string) bool {
	t := strings.TrimSpace(line)
	if t == "" {
		return false
	}
	if onlyCounters(t) {
		return true
	}
	k := strings.ToLower(strings.TrimRight(t, ".:!*"))
	if furniturePhrases[k] {
		return true
	}
	return strings.HasPrefix(k, "your email address will not be published") ||
		strings.HasPrefix(k, "save my name, email") ||
		strings.HasPrefix(k, "copyright ©") || strings.HasPrefix(k, "© ") ||
		strings.HasPrefix(k, "all rights reserved")
}

// onlyCounters is true for lines made only of numbers and separators.
func onlyCounters(t string) bool {
	digits := false
	for _, r := range t {
		switch {
		case unicode.IsDigit(r):
			digits = true
		case unicode.IsSpace(r) || r == ',' || r == '.' || r == '|' || r == '/' || r == 'K' || r == 'k':
		default:
			return false
		}
	}
	return digits && len(t) < 40
}
