package timex

import _ "embed"

//go:embed data/verb_month_modals.txt
var verbMonthModalsText string

//go:embed data/verb_month_followers.txt
var verbMonthFollowersText string

// verbMonthModals are the modals a verb month follows
// (data/verb_month_modals.txt).
var verbMonthModals = wordSet(verbMonthModalsText)

// verbMonthFollowers are the words the verb "march" takes after it
// (data/verb_month_followers.txt).
var verbMonthFollowers = wordSet(verbMonthFollowersText)

// verbMonth reports whether the capitalised month name at j, one that is
// also a verb ("March", "May"), is the verb. Running text writes the verb
// in lower case, which is never read as a month; a title-cased headline
// capitalises it, after a modal inside the sentence ("Thousands Will
// March") or after an infinitive "to" that follows another capitalised
// word, before a route or a repeat ("Farmers Vow to March on Saturday").
func (t *tagger) verbMonth(j int) bool {
	if verbMonthModals[t.word(j-1)] && !t.sentenceEnd(j-1) {
		return true
	}
	titled := t.capital(j-2) && !t.sentenceEnd(j-2)
	return t.is(j-1, "to") && titled && verbMonthFollowers[t.word(j+1)] && !t.sentenceEnd(j+1)
}
