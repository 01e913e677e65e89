package timex

import (
	_ "embed"
	"strings"
)

//go:embed data/scheduled_presents.txt
var scheduledPresentsText string

// scheduledPresents are present verb forms that tell an act fixed for a
// time ahead (data/scheduled_presents.txt).
var scheduledPresents = wordSet(scheduledPresentsText)

// wordSet reads a word list: words separated by blanks, "#" opening a
// comment to the end of its line.
func wordSet(text string) map[string]bool {
	set := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		if k := strings.IndexByte(line, '#'); k >= 0 {
			line = line[:k]
		}
		for _, w := range strings.Fields(line) {
			set[strings.ToLower(w)] = true
		}
	}
	return set
}

// nonSubjects end in -s but are no plural subject before a plain verb
// form: "his return", "this week's close", "was to go".
var nonSubjects = map[string]bool{
	"his": true, "its": true, "this": true, "was": true, "has": true, "is": true,
	"as": true, "us": true, "yes": true, "always": true, "perhaps": true,
	"s": true, "does": true, "means": true, "plus": true, "news": true,
}

// subjectPronouns may stand before a plain present form.
var subjectPronouns = map[string]bool{"they": true, "we": true, "you": true, "i": true}

// scheduledPresent reports whether token j is a present verb form telling
// an act fixed for a time ahead.
func (t *tagger) scheduledPresent(j int) bool {
	w := t.word(j)
	if !scheduledPresents[w] {
		return false
	}
	if plural(w) {
		return true
	}
	p := t.word(j - 1)
	if subjectPronouns[p] {
		return true
	}
	return len(p) > 2 && plural(p) && !nonSubjects[p] && !strings.HasSuffix(p, "ss") && !t.glued(j-1)
}
