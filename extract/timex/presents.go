package timex

import (
	_ "embed"
	"strings"
)

//go:embed data/scheduled_presents.txt
var scheduledPresentsText string

//go:embed data/noun_phrase_openers.txt
var nounPhraseOpenersText string

// nounPhraseOpeners are the determiners and possessives that open a noun
// phrase (data/noun_phrase_openers.txt).
var nounPhraseOpeners = wordSet(nounPhraseOpenersText)

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

// subjectPhrasePreps open a phrase that can stand between a subject and
// its verb: "voters in Marsk", "delegates from twelve countries".
var subjectPhrasePreps = map[string]bool{"in": true, "of": true, "from": true, "across": true}

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
	if subjectPronouns[t.word(j-1)] {
		return true
	}
	return t.pluralSubject(j-1) || t.pluralSubject(t.phraseOpener(j))
}

// pluralSubject reports whether token k is a plural noun that can be the
// subject of a plain present form.
func (t *tagger) pluralSubject(k int) bool {
	p := t.word(k)
	return len(p) > 2 && plural(p) && !nonSubjects[p] && !strings.HasSuffix(p, "ss") && !t.glued(k)
}

// phraseOpener is the word before the preposition of a short phrase that
// ends straight before token j ("voters in Marsk go", "MPs from both
// parties vote": the subject the phrase hangs on), or -1 where none does.
// The phrase holds only words and no verb or "to": a mark, a number or a
// verb ends the search ("officials in Marsk decided to go").
func (t *tagger) phraseOpener(j int) int {
	for k := j - 2; k >= j-5 && t.word(k+1) != "" && !t.is(k+1, "to") && t.tenseOf(k+1) == 0 && !t.sentenceEnd(k+1); k-- {
		if subjectPhrasePreps[t.word(k)] {
			return k - 1
		}
	}
	return -1
}
