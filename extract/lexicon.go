package extract

import "strings"

// set builds a lookup set from space-separated words.
func set(words ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		for f := range strings.FieldsSeq(w) {
			m[f] = true
		}
	}
	return m
}

// commonWords are lowercase English words that start sentences or headings
// capitalised without being names. A capitalised token whose lowercase form
// is here does not start a name at the start of a sentence, and is never a
// name on its own.
var commonWords = wordSet("common_words.txt")

// months and weekdays are times, never names on their own.
var calendarWords = wordSet("calendar_words.txt")

// abbreviations end with a period that does not end the sentence.
var abbreviations = wordSet("abbreviations.txt")

// connectors may join capitalised words inside a name ("House of Commons",
// "Ludwig van Beethoven", "Abu bin Hamid").
var connectors = wordSet("connectors.txt")

// titleSmallWords are the articles, conjunctions and prepositions a
// Title Case headline leaves in lower case (titleCased).
var titleSmallWords = wordSet("title_small_words.txt")

// orgHeads end or open organisation names.
var orgHeads = wordSet("org_heads.txt")

// mediaHeads end the names of news outlets.
var mediaHeads = wordSet("media_heads.txt")

// bareDays are the days the press writes with no preposition ("said
// Monday"); dayOpeners open a day's phrase themselves ("last Monday").
var (
	bareDays   = wordSet("bare_days.txt")
	dayOpeners = wordSet("day_openers.txt")
)

// resultVerbs tell what something leads to ("information leading to the
// arrest of X").
var resultVerbs = wordSet("result_verbs.txt")

// habitWords make a verb a habit, not one day's act ("has been arrested a
// dozen times").
var habitWords = wordSet("habit_words.txt")

// mediaOpeners open the names of broadcasters ("Radio Okavango").
var mediaOpeners = wordSet("media_openers.txt")

// memberGroupNouns open the names of bodies named by their members
// ("Physicians for Human Rights").
var memberGroupNouns = wordSet("member_group_nouns.txt")

// placeHeads end or open place names.
var placeHeads = wordSet("place_heads.txt")

// partitiveNouns name a share or hold of their "of" phrase ("most of Darfur").
var partitiveNouns = wordSet("partitive_nouns.txt")

// placeNameEnds end natural places' and sights' names ("Eagle Point"),
// but are common nouns too ("peak traffic").
var placeNameEnds = wordSet("place_name_ends.txt")

// compassWords name a part of a region ("West Africa", "Central Asia").
var compassWords = wordSet("compass_words.txt")

// placeOpeners start place names ("Lake Ontario", "Mount Kenya", "Port Moresby").
var placeOpeners = wordSet("place_openers.txt")

// placePrepositions before a name hint that it is a place.
var placePrepositions = wordSet("place_prepositions.txt")

// openers are characters that may open a sentence before its first word.
var openers = set("\" “ ‘ ' ` « ( [ — – -")

// plural number words for groups ("the two Michaels").
var numberWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}

// personNouns are common nouns for people; after a demonym they make a
// person's nationality ("Varovian banker Ilie Dorn").
var personNouns = wordSet("person_nouns.txt")

// workRoles are roles that make a WORKS_FOR relation with an organisation
// ("senior Huawei executive Meng Wanzhou").
var workRoles = wordSet("work_roles.txt")

// firstNames is a small list of common given names across languages: a
// capitalised two-word run opening with one of them is a person.
var firstNames = func() map[string]bool {
	m := wordSet("first_names.txt")
	for w := range auxiliaryGivenNames {
		m[w] = true
	}
	return m
}()

// auxiliaryGivenNames are given names that are auxiliary verbs too
// ("Will Hurd", "May Dorn"): firstNames holds them, and a question that
// opens with the verb (auxiliaryQuestion) is told apart.
var auxiliaryGivenNames = wordSet("auxiliary_given_names.txt")

// Honorifics the extractor knows even without the gazetteer's list.
var honorifics = wordSet("honorifics.txt")

// nameTitles are the honorifics a person's name keeps where one given
// name follows (data/words/name_titles.txt).
var nameTitles = wordSet("name_titles.txt")

// nameSyllableHonorifics are honorifics that are a name's syllable too
// ("Tun" of "Tun Mahathir" and of "Tun Kyaw Oo"; nameSyllables).
var nameSyllableHonorifics = wordSet("name_syllable_honorifics.txt")

// partyNameWords are the words party names of many countries are made of:
// a name of these words only ("National Unity", "Social Democrats") names
// a party the gazetteer knows only where the article names its country.
var partyNameWords = wordSet("party_name_words.txt")

// genericPartyName reports whether every word of a party's name is a
// common word of party names.
func genericPartyName(name string) bool { return allWordsIn(name, partyNameWords) }

// allWordsIn reports whether name has words and every one, lowercased, is in
// words.
func allWordsIn(name string, words map[string]bool) bool {
	n := 0
	for w := range strings.FieldsSeq(strings.ToLower(strings.ReplaceAll(name, "’", "'"))) {
		if !words[w] {
			return false
		}
		n++
	}
	return n > 0
}

// bodyNameWords are the words the names of state bodies are made of in
// every country: "Security Service", "Supreme Court", "Foreign Ministry".
var bodyNameWords = wordSet("body_name_words.txt")

// nationalBodyForms are names made of bodyNameWords that the press uses
// for one country's body alone ("State Department").
var nationalBodyForms = wordTable("national_body_forms.tsv")

// genericBodyName reports whether every word of a body's name is a common
// word of state bodies' names, and the press does not keep the name for one
// country's body.
func genericBodyName(name string) bool {
	if !allWordsIn(name, bodyNameWords) {
		return false // most names: no need to look for a national form
	}
	_, national := nationalBodyForms[strings.ToLower(name)]
	return !national
}
