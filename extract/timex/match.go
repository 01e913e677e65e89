package timex

import "strings"

// tagger holds the state of one Tag call.
type tagger struct {
	text   string
	toks   []token
	dct    date // publication date; zero when unknown
	anchor date // the last date the text mentioned, for "that year"
	month  date // the last date known to the month, for "that month"
	day    date // the last date known to the day, for "that day", "10 a.m."
	// dayFirst: the text writes its days before their months ("5
	// March") more often than after ("March 5"), as British and most
	// Commonwealth papers do; its numeric dates are then read day first
	// ("5/3" is 5 March) where the numbers allow both orders.
	dayFirst bool
	// last: the year of the last expression the text named, 0 when it
	// named none with a year ("last week"), for a frame year to hold
	last int
	// anchorAt: the token the expression that set anchor starts at, -1
	// while no expression has (the publication date anchors)
	anchorAt int
}

// match is one expression found at a token position.
type match struct {
	start, end int // token range, end exclusive
	value, typ string
	ref        date // date to remember as the discourse anchor, if any
}

type rule func(t *tagger, i int) (match, bool)

// rules are tried at every token that can start an expression; the longest
// match wins, and the earlier rule on a tie.
var rules = []rule{
	(*tagger).isoDate,
	(*tagger).shortDate,
	(*tagger).monthDate,
	(*tagger).dayMonthDate,
	(*tagger).dayList,
	(*tagger).ordinalDay,
	(*tagger).weekdayDate,
	(*tagger).relativeDay,
	(*tagger).deictic,
	(*tagger).season,
	(*tagger).quarter,
	(*tagger).year,
	(*tagger).duration,
	(*tagger).clock,
	(*tagger).set,
	(*tagger).holiday,
	(*tagger).century,
	(*tagger).yearTurn,
}

// starters are the words an expression can begin with; other words are
// skipped without trying the rules, which keeps the scan fast.
var starters = map[string]bool{}

func init() {
	for _, m := range []map[string]int{months, weekdays, numberWords, ordinals} {
		for w := range m {
			starters[w] = true
		}
	}
	for _, m := range []map[string]unit{units} {
		for w := range m {
			starters[w] = true
		}
	}
	for w := range seasons {
		starters[w] = true
	}
	for w := range hedges {
		starters[w] = true
	}
	for p := range hedgePhrases {
		starters[p[0]] = true
	}
	for w := range holidayPhrases {
		starters[w] = true
	}
	for w := range frequencies {
		starters[w] = true
	}
	for w := range holidays {
		starters[w] = true
	}
	for _, w := range []string{
		"early", "late", "mid", "earlier", "later", "the", "this", "last", "next",
		"past", "coming", "previous", "following", "that", "today", "tonight",
		"yesterday", "tomorrow", "now", "currently", "nowadays", "recently", "lately",
		"daily", "weekly", "monthly", "annually", "yearly", "nightly", "hourly",
		"quarterly", "biweekly", "every", "each", "once", "twice", "almost", "nearly",
		"about", "more", "less", "over", "under", "at", "around", "roughly",
		"approximately", "up", "some", "only", "just", "noon", "midnight", "midday",
		"q", "h", "fy", "financial", "budget", "tax", "recent", "for", "another", "half", "thrice", "in", "within", "same",
		"post", "pre", "fiscal", "new", "boxing", "canada", "labor", "labour",
		"memorial", "remembrance", "veterans", "valentine", "mother", "father",
		"independence", "good", "mid", "current", "presently", "future", "second",
		"end", "start", "year",
	} {
		starters[w] = true
	}
}

func (t *tagger) match(i int) (match, bool) {
	tok := &t.toks[i]
	switch tok.kind {
	case kWord:
		if !starters[tok.low] {
			return match{}, false
		}
	case kPunct:
		// Only a decade ("'90s") starts with punctuation.
		if tok.low != "'" && tok.low != "\u2019" || t.toks[min(i+1, len(t.toks)-1)].kind != kNum {
			return match{}, false
		}
		return t.year(i)
	}
	var best match
	found := false
	for _, r := range rules {
		m, ok := r(t, i)
		if ok && m.end > i && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	return best, found
}

// word returns the lower-cased word at i, or "" for numbers, punctuation
// and positions outside the text.
func (t *tagger) word(i int) string {
	if i < 0 || i >= len(t.toks) || t.toks[i].kind != kWord {
		return ""
	}
	return t.toks[i].low
}

// is reports whether token i is the word or punctuation s (lower case).
func (t *tagger) is(i int, s string) bool {
	if i < 0 || i >= len(t.toks) {
		return false
	}
	return t.toks[i].low == s
}

// isAny is is for several alternatives.
func (t *tagger) isAny(i int, ss ...string) bool {
	for _, s := range ss {
		if t.is(i, s) {
			return true
		}
	}
	return false
}

// glued reports whether token i follows token i-1 without a space.
func (t *tagger) glued(i int) bool {
	return i > 0 && i < len(t.toks) && !t.toks[i].space
}

// capital reports whether token i is a capitalised word.
func (t *tagger) capital(i int) bool {
	if i < 0 || i >= len(t.toks) || t.toks[i].kind != kWord {
		return false
	}
	c := t.text[t.toks[i].start]
	return c >= 'A' && c <= 'Z'
}

// number returns the value of the number token at i and its plain digit
// count (0 for grouped numbers such as 1,000).
func (t *tagger) number(i int) (n, digits int, ok bool) {
	if i < 0 || i >= len(t.toks) || t.toks[i].kind != kNum {
		return 0, 0, false
	}
	return int(t.toks[i].num), int(t.toks[i].digits), true
}

// quote reports whether token i is an apostrophe.
func (t *tagger) quote(i int) bool { return t.isAny(i, "'", "\u2019", "`") }

// sentenceEnd reports whether a sentence ends before token i.
func (t *tagger) sentenceEnd(i int) bool {
	if i <= 0 || i >= len(t.toks) {
		return true
	}
	if t.toks[i].para {
		return true
	}
	p := t.toks[i-1]
	if p.kind != kPunct || !t.toks[i].space {
		return false
	}
	switch p.low {
	case "!", "?", ";":
		return true
	case ".":
		// "Aug. 7", "Mr. Dong", "a.m. Tuesday", "U.S. officials": a dot
		// after an abbreviation or a single letter does not end a sentence.
		if w := t.word(i - 2); abbreviations[w] || len(w) == 1 && t.glued(i-1) {
			return false
		}
		return t.capital(i) || t.toks[i].kind == kPunct
	}
	return false
}

// aheadOfPast is the tense of a time a past act looked ahead to ("expelled
// two diplomats ahead of the October election"): to come then, and now
// the nearest of its kind on either side.
const aheadOfPast = 2

// tense guesses whether the clause around token i speaks of the future (+1)
// or the past (-1), from the nearest auxiliary or verb form; 0 when unsure;
// aheadOfPast for a time a past act looked ahead to.
func (t *tagger) tense(i int) int {
	const window = 30
	if j := i - 1; reportVerbs[t.word(j)] || t.is(j, "on") && reportVerbs[t.word(j-1)] {
		return -1
	}
	if t.isAny(i-1, "by", "before") && t.deadlineOfInfinitive(i-2) {
		return 1 // "urged him to resign by Friday": a deadline to come
	}
	if t.isAny(i-1, "upcoming", "coming") || t.is(i-1, "the") && t.is(i-2, "of") && t.is(i-3, "ahead") {
		if t.nearestTenseBefore(i) < 0 {
			return aheadOfPast // "targeted voters ahead of the March 9 election": to come when they were targeted, not now
		}
		return 1 // "ahead of the October election", "the upcoming June vote": a time to come
	}
	if t.is(i-1, "for") && (pollNouns[t.word(i-2)] || stoppageNouns[t.word(i-2)]) {
		return 1 // "called a snap election for November", "a general strike for Thursday": set for a time to come
	}
	if t.fronted(i) {
		// "In a statement on Tuesday, the party said it would vote": a
		// time before the clause is its verb's, however long its
		// subject, when that verb is one of telling
		for j := i + 1; j < len(t.toks) && !t.sentenceEnd(j); j++ {
			if reportVerbs[t.word(j)] {
				return -1
			}
			if t.tenseOf(j) != 0 {
				break
			}
		}
	}
	back, fwd := true, true
	aside := t.inRelativeAside(i)
	// told, the tense of a "that" clause after the time: it yields to a
	// verb of telling before the time, whose time it is ("told reporters
	// in Tallinn on Friday that he would run": the telling's Friday, however
	// far back the verb stands), and to nothing else
	told, that := 0, false
	for d := 1; d <= window && (back || fwd); d++ {
		if back {
			if j := i - d; j < 0 || t.sentenceEnd(j+1) {
				back = false
			} else if d > 2 && t.is(j, "until") && t.isAny(j+1, "his", "her", "its", "their", "the", "a", "an") {
				// "remained in custody until her release on Friday": an
				// end told by its event, not a date to hold until ("until
				// 9 a.m. Tuesday"); the clause's verb says when
			} else if told > 0 && t.doneOnNoun(j, i) {
				return -1 // "held a referendum on Sunday that will limit terms": the clause tells what the referendum will do, not when it was held
			} else if told != 0 && !reportVerbs[t.word(j)] && t.tenseOf(j) != 0 {
				return told // "the meeting on Friday that will decide": the clause's own
			} else if v := t.tenseOf(j); v != 0 && told == 0 {
				return v
			} else if reportVerbs[t.word(j)] {
				return -1 // "told reporters on Sunday that she would": the telling's Sunday
			}
		}
		if fwd {
			if j := i + d; j >= len(t.toks) || t.sentenceEnd(j) || subordinators[t.word(j)] || t.is(j, "since") || t.isAny(j, "and", "but") && t.isAny(j+1, "will", "shall") || t.is(j, ",") && t.isAny(j+1, "and", "but") && t.tenseOf(j+2) == 0 || aside && t.is(j, ",") {
				// "... on Thursday as he was about to be deported": another
				// clause, however near ("go to the polls on Sunday after a
				// campaign dominated by housing"); so is a future joined
				// after it ("won the first round on Sunday and will face X
				// in a runoff"), or a clause with a subject of its own
				// joined after a comma ("met Dorn on Friday, and the two
				// agreed to cut tariffs": the meeting's Friday, not the
				// intent's; but "our talks on Tuesday, and would be glad"
				// goes on with the same subject); "on Sunday for the
				// first time since 2021": a "since" after the time reaches
				// back from it, whether it opens a clause or a phrase, and
				// tells nothing of the clause's own tense; the comma that
				// closes a relative aside the time is in ends the aside's
				// clause ("X, who was sworn in on Thursday, promised to"):
				// the verb after it is the sentence's, not the aside's
				fwd = false
			} else if t.isAny(j, "that", "which") {
				that = true
			} else if v := t.tenseOf(j); v != 0 && that {
				told, fwd = v, false
			} else if v != 0 {
				return v
			} else if d <= 3 && reportVerbs[t.word(j)] {
				return -1 // "In August, May said the vote would wait."
			}
		}
	}
	return told
}

// nearestTenseBefore is the tense of the nearest tensed word before token
// i in its sentence, 0 where there is none.
func (t *tagger) nearestTenseBefore(i int) int {
	for j := i - 1; j >= 0 && !t.sentenceEnd(j+1); j-- {
		if v := t.tenseOf(j); v != 0 {
			return v
		}
	}
	return 0
}

// doneOnNoun reports a past verb at j that governs the noun and the time
// at i after it with nothing between that sets the time ahead ("held a
// referendum on Sunday", "passed a law on Thursday"; not "called a vote
// for Sunday", "gathered ahead of the summit on Friday"): the noun's act
// was done on that day, whatever a clause on the noun after the time
// looks ahead to.
func (t *tagger) doneOnNoun(j, i int) bool {
	w := t.word(j)
	if t.tenseOf(j) >= 0 || reportVerbs[w] || pendingVerbs[w] {
		return false
	}
	for k := j + 1; k < i; k++ {
		if pendingWords[t.word(k)] || t.tenseOf(k) != 0 {
			return false
		}
	}
	return true
}

// clauseTense is tenseOf word j, where a verb of reporting whose form
// tells no tense counts as past.
func (t *tagger) clauseTense(j int) int {
	if v := t.tenseOf(j); v != 0 || !reportVerbs[t.word(j)] {
		return v
	}
	return -1
}

// pastTense is tense, or -2 where the clause tells a thing done: the
// nearest tensed word before i is a past verb that governs the date
// itself, with no infinitive, modal, present auxiliary or purpose between
// them ("lost the June referendum", "resigned in July", "said in June").
// A past verb with a time still to come between it and the date ("invited
// ministers to a ceremony on March 12", "decided to admit them in early
// March", "called a vote for June"), or one that plans or puts off
// ("postponed the June summit"), keeps the plain past.
func (t *tagger) pastTense(i int) int {
	dir := t.tense(i)
	if dir >= 0 {
		return dir
	}
	for j := i - 1; j >= 0 && j > i-30 && !t.sentenceEnd(j+1); j-- {
		w, v := t.word(j), t.clauseTense(j)
		if pendingWords[w] || v > 0 {
			return dir
		}
		if v < 0 {
			switch {
			case w == "since":
				return -2 // "held since July", "since the coup in July": a span reaching to now began in a time gone by
			case w == "has" || w == "have" || w == "had":
				return dir // "has a June deadline"; a verb of having alone owns no date
			case reportVerbs[w] && (j == i-1 || j == i-2 && datePreps[t.word(i-1)] && !t.is(i-1, "that")):
				return -2 // "said in June", "announced on June 2"
			case reportVerbs[w]:
				return dir // "announced the June election": told now, to come
			case pendingVerbs[w] && t.actTimed(j, i):
				return -2 // "was suspended in June": the act's own month, not one it put off to
			case pendingVerbs[w]:
				return dir
			}
			return -2
		}
	}
	if !t.fronted(i) {
		return dir
	}
	// "In June, Vell quit the party", "The June vote was lost": the
	// sentence's first tensed verb after the date, a past one that does
	// not look ahead ("In June, the council was due to vote").
	for j := i + 1; j < len(t.toks) && j < i+30 && !t.sentenceEnd(j); j++ {
		w, v := t.word(j), t.clauseTense(j)
		if pendingWords[w] || v > 0 {
			return dir
		}
		if v < 0 {
			next := t.word(j + 1)
			if pendingVerbs[w] || pendingWords[next] || pendingVerbs[next] || futureWords[next] || aimVerbs[next] {
				return dir
			}
			return -2
		}
	}
	return dir
}

// actTimed reports whether the date at i is the time of the verb at j
// itself: a preposition of when a thing happened stands right between them
// ("was suspended in June", "postponed on March 3"), with no object
// between that the date could tell of ("postponed the summit in June"), nor
// "for", "to" or "until" that set the time it was put off to.
func (t *tagger) actTimed(j, i int) bool {
	return j == i-2 && t.isAny(i-1, "in", "on", "during")
}

// scheduled reports whether the date phrase at i, after a preposition, is
// what a present "is" or "are" says of its subject: "the vote is in the
// autumn", "the talks are in May" tell when a thing is to be.
func (t *tagger) scheduled(i int) bool {
	return t.tense(i) == 0 && t.isAny(i-2, "is", "are")
}

// fronted reports whether token i stands in a phrase that opens its
// sentence: no verb form with a tense stands before it.
func (t *tagger) fronted(i int) bool {
	for j := i - 1; j >= 0 && !t.sentenceEnd(j+1); j-- {
		if t.tenseOf(j) != 0 || reportVerbs[t.word(j)] {
			return false
		}
	}
	return true
}

// deadlineOfInfinitive reports whether the words back from j, up to a
// tensed verb, open with an infinitive's "to": what a deadline after them
// ("to resign by Friday", "to hand over the files before Monday") bounds
// is yet to be done.
func (t *tagger) deadlineOfInfinitive(j int) bool {
	for k := j; k > j-6 && k > 0 && !t.sentenceEnd(k+1); k-- {
		if t.tenseOf(k) != 0 {
			return false
		}
		if t.is(k, "to") {
			return true
		}
	}
	return false
}

// infinitiveAfter reports an infinitive's "to" after the verb at j: not
// the preposition before a noun phrase ("agreed to a ceasefire on
// Friday" agreed that Friday; "agreed to meet on Friday" looks ahead).
func (t *tagger) infinitiveAfter(j int) bool {
	return t.is(j+1, "to") && !nounPhraseOpeners[t.word(j+2)]
}

func (t *tagger) tenseOf(j int) int {
	w := t.word(j)
	if w == "" {
		return 0
	}
	switch {
	case intentVerbs[w] && t.infinitiveAfter(j), w == "early" && t.is(j-1, "as"):
		return 1
	case (w == "was" || w == "were") && aimVerbs[t.word(j+1)] && t.is(j+2, "to"):
		return 1 // "were planning to drive"
	case w == "would" && !t.isAny(j+1, "have", "not", "n"):
		return 1 // "said he would resign Friday"; not "would have"
	}
	if t.scheduledPresent(j) {
		return 1 // "polls close on Sunday", "the court sits again in the spring"
	}
	if futureWords[w] {
		if w == "until" && t.heldUntil(j) {
			return -1 // "headed the party until January": a span ended
		}
		if (w == "plan" || w == "plans") && t.isAny(j-1, "the", "a", "an", "his", "her", "its", "their", "our", "this", "that") {
			return 0 // "sought support on Tuesday for the plan": a noun, no tense
		}
		if w == "set" || w == "going" || w == "due" {
			// "due in August", "set for May": a time to come; not "set
			// fire", "going home" ("due" alone is no verb: "payments due")
			if !t.is(j+1, "to") && !t.is(j+1, "for") && !(w == "due" && t.isAny(j+1, "in", "on", "by", "before", "next", "this", "later", "early")) {
				return 0
			}
		}
		return 1
	}
	if t.isAny(j-1, "a", "an", "the") {
		return 0 // "a televised debate", "the proposed law": an adjective, no tense
	}
	if pastWords[w] || len(w) > 4 && w[len(w)-2:] == "ed" && !notPast[w] {
		// A participle after "be" takes the tense of what precedes:
		// "will be held", "is to be signed", "will be formally elected".
		a := t.beforeAdverbs(j)
		if t.is(a, "be") {
			if p := t.word(a - 1); futureWords[p] || p == "to" {
				return 1
			}
			return 0
		}
		if t.isAny(a, "is", "are") {
			// "when he is sentenced": a present passive after "when" is to come
			if subordinators[t.word(a-1)] || subordinators[t.word(a-2)] {
				return 1
			}
			return 0
		}
		return -1
	}
	return 0
}

// beforeAdverbs is the token before j and before the lowercase "-ly"
// adverbs, at most two, that stand between it and j: the auxiliary of a
// participle in "will be formally elected".
func (t *tagger) beforeAdverbs(j int) int {
	k := j - 1
	for k > j-3 && strings.HasSuffix(t.word(k), "ly") && !t.capital(k) {
		k--
	}
	return k
}

// notPast are words ending in -ed that are not past verb forms, or are
// used as adjectives in news.
var notPast = map[string]bool{
	"need": true, "indeed": true, "speed": true, "hundred": true, "united": true,
	"based": true, "alleged": true, "proposed": true, "supposed": true, "feed": true,
	"breed": true, "seed": true, "creed": true, "greed": true, "exceed": true,
	"proceed": true, "succeed": true, "embed": true, "naked": true, "wicked": true,
	"sacred": true, "kindred": true, "limited": true, "armed": true, "required": true,
	"advanced": true, "concerned": true, "related": true, "detailed": true,
}

// subordinators open a clause of their own: a tense after one belongs to it.
var subordinators = map[string]bool{
	"as": true, "when": true, "while": true, "because": true, "after": true, "before": true,
	"although": true, "though": true, "once": true, "if": true, "unless": true, "whereas": true,
}

// inRelativeAside reports whether token i stands in a relative clause set
// off by a comma ("X, who was sworn in on Thursday, ..."): a relative
// pronoun right after a comma comes before it, with no other comma
// between, in its sentence.
func (t *tagger) inRelativeAside(i int) bool {
	for j := i - 1; j > 0 && !t.sentenceEnd(j+1); j-- {
		if t.is(j, ",") {
			return false
		}
		if t.isAny(j, "who", "which", "whom", "whose") && t.is(j-1, ",") {
			return true
		}
	}
	return false
}
