package timex

import _ "embed"

//go:embed data/tenure_verbs.txt
var tenureVerbsText string

// tenureVerbs are the past verbs of holding a post or a state through a
// span (data/tenure_verbs.txt).
var tenureVerbs = wordSet(tenureVerbsText)

// heldUntil reports whether the "until" at j ends a span a past verb of
// tenure tells: the nearest tensed word before it in its clause is one
// ("who headed the party until January"), so the end it gives is past.
func (t *tagger) heldUntil(j int) bool {
	for k := j - 1; k >= 0 && k > j-12 && !t.sentenceEnd(k+1); k-- {
		if tenureVerbs[t.word(k)] {
			return true
		}
		if t.tenseOf(k) != 0 || reportVerbs[t.word(k)] {
			return false
		}
	}
	return false
}
