package extract

// commonNouns are frequent English nouns, adjectives and interjections that
// a text capitalises at a sentence start, in a heading or for emphasis
// ("Press", "Image", "Control", "Ugh"); alone, and with nothing in the
// context that names a person, they are not names. The list is curated for
// that scope: it leaves out words that are also common given names or
// surnames ("Bill", "Grant", "Baker", "Stone", "King"), whose capitals the
// recogniser must weigh instead.
var commonNouns = wordSet("common_nouns.txt")
