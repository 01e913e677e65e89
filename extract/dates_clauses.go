package extract

import (
	"slices"
	"strings"
)

// Which clause a time belongs to, and which words tell an event.

// subordinateBetween reports a subordinating word in tokens [i, j): what
// follows it is another clause, with times of its own.
func (d *doc) subordinateBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if subordinators[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// subordinators open a clause with times of its own.
var subordinators = set("while when because although whereas until")

// tokenAt is the index of the token that starts at byte offset off, or -1.
func (d *doc) tokenAt(off int) int {
	k, ok := slices.BinarySearchFunc(d.toks, off, func(t token, off int) int { return t.start - off })
	if !ok {
		return -1
	}
	return k
}

// eventWords are the words whose times date event ev: its trigger's, and
// for a noun told through a light verb or the subject of a verb, that
// verb's.
func (d *doc) eventWords(ev *event) map[int]bool {
	x, v := d.eventTree(ev)
	if x == nil {
		return nil
	}
	own := map[int]bool{}
	if v < 0 {
		return own
	}
	own[v] = true
	if h := x.head(v); ev.noun && h >= 0 && (carriesNoun(strings.ToLower(x.tree.Words[h])) || x.travelledFor(v) || x.baseRel(v) == "nsubj" && !x.sequelVerb(h) || x.baseRel(v) == "obl" && duringCases[x.caseOf(v)] ||
		x.baseRel(v) == "obl" && x.caseOf(v) == "in" && tollWord(x.tree.Words[h]) || x.placingVerb(v) == h ||
		ev.typ == "PROTEST" && x.organises(h, v) || x.baseRel(v) == "obj" && (escalatingVerbs[strings.ToLower(x.tree.Words[h])] || contestingVerbs[strings.ToLower(x.tree.Words[h])] || conferringVerbs[strings.ToLower(x.lemma(h))] != "" || elicitingVerbs[strings.ToLower(x.tree.Words[h])] || ev.typ == "ELECTION" && x.votersDo(h) || ev.typ == "REPORT" && publishingVerbs[strings.ToLower(x.lemma(h))])) {
		// "opened an investigation on Monday"; "the bombings on Aug. 7
		// killed 258 people": what the event itself did dates it; so
		// does what happened during it ("detained on Monday during a
		// police raid"); a report's publishing ("released a report on
		// Monday"); its stepping up ("resumed strikes on Tuesday"); so does its outcome ("won the parliamentary
		// election on Sunday", "voters rejected the referendum on
		// Sunday"), its giving ("granted him a pardon on Monday",
		// "handed her a fine on Monday"), and its toll ("were killed
		// in an air strike on Monday")
		own[h] = true
	}
	if h := x.head(v); ev.noun && spokenTypes[ev.typ] && h >= 0 && x.isVerb(h) && x.baseRel(v) == "obl" && x.caseOf(v) == "in" {
		// "In a denial on Monday, Dorn called the report a smear": the
		// words the clause tells are what the noun names, said when
		// the verb was
		own[h] = true
	}
	if h := x.head(v); ev.noun && ev.typ == "REPORT" && x.foundIn(v) {
		own[h] = true // "In a 40-page report, the commission concluded on Monday that": the finding's day is the report's
	}
	if ev.noun && (ev.typ == "ELECTION" || ev.typ == "VOTE") && x.caseOf(v) == "in" {
		// "backed the treaty in a referendum on Sunday", "failed to oust
		// Holm in a confidence vote on Thursday": what the voters did in
		// the vote dates it, wherever the parse hangs the vote
		h := x.head(v)
		if h >= 0 && !x.isVerb(h) && x.baseRel(h) == "obj" {
			h = x.head(h)
		}
		for h >= 0 && x.isVerb(h) {
			own[h] = true
			if x.rel(h) != "xcomp" {
				break
			}
			h = x.head(h) // "backed joining the EU in a referendum on Sunday"
		}
	}
	if n := x.head(v); !ev.noun && x.rel(v) == "acl" && n >= 0 && x.baseRel(n) == "obj" && x.head(n) >= 0 && (enactmentNouns[strings.ToLower(x.lemma(n))] || x.onIssuedStatement(v, x.head(n))) {
		// "issued a decree on Monday dismissing X": the decree does it
		// when issued; "released a statement on Friday praising X": the
		// statement says it when released
		own[x.head(n)] = true
	}
	if h := x.head(v); ev.noun && h >= 0 && x.baseRel(v) == "obl" && x.caseOf(v) == "in" && x.rel(h) == "conj" {
		if k := x.head(h); k >= 0 && tollWord(x.tree.Words[k]) && tollWord(x.tree.Words[h]) {
			// "were killed and over 1,000 injured in a bomb blast on
			// Friday": the toll's conjuncts share the attack and its
			// time, which the parse hangs on either
			own[h], own[k] = true, true
		}
	}
	if ev.noun {
		for _, c := range x.childrenWith(v, "acl:relcl") {
			if lightVerbs[strings.ToLower(x.tree.Words[c])] && len(x.ownObjects(c)) == 0 {
				own[c] = true // "a protest she led in January", "the tariffs, which Washington imposed on Monday": the clause that carries it dates it
			}
			if x.relativeSubject(c) && !x.sequelVerb(c) {
				// "the tariffs, which took effect on Monday", "the
				// sanctions, which were announced on Friday": what the
				// event itself did or underwent dates it, as where the
				// noun is the verb's own subject
				own[c] = true
			}
		}
		for _, p := range x.participlesOn(v) {
			own[p] = true // "a report released last week": as the clause that carries it
		}
	}
	if h, _ := d.electionVerbIn(ev.sent, x, v); ev.typ == "ELECTION" && ev.noun && h >= 0 {
		own[h] = true // "won a seat in the election on Sunday": the contest's time
	}
	if h := x.head(v); h >= 0 && !ev.noun && (implicativeVerbs[strings.ToLower(x.tree.Words[h])] || missingVerbs[strings.ToLower(x.tree.Words[h])]) && (x.rel(v) == "xcomp" || x.baseRel(v) == "advcl" && x.markOf(v) == "to") {
		own[h] = true // "decided on Friday to resign": resigned by deciding, then; "failed on Monday to win re-election": the contest lost then
	}
	if ev.typ == "VOTE" && !ev.noun {
		// "voted 289-265 to approve the bill on Monday": what a vote
		// decides is done by the vote, at its time
		for _, c := range x.childrenWith(v, "xcomp", "advcl") {
			if x.rel(c) == "xcomp" || x.markOf(c) == "to" {
				own[c] = true
			}
		}
		for _, m := range x.childrenWith(v, "obj", "nsubj:pass") {
			for _, c := range x.childrenWith(m, "acl") {
				if x.markOf(c) == "to" && x.proposingMeasure(c) == m {
					own[c] = true // "rejected a motion to remove Holm on Friday": the parse hangs the vote's day on what the motion proposes
				}
			}
		}
	}
	// a clause of the same time hands its time up, through any clause of
	// the same time it hangs on in turn: the loop runs until no word is
	// added (a map's iteration may miss the words added during it)
	for added := true; added; {
		added = false
		for w := range own {
			h := x.head(w)
			if h < 0 || own[h] {
				continue
			}
			if x.baseRel(w) == "advcl" && (x.whenClause(w) || x.opensWith(w, "as") || x.opensWith(w, "while") || x.opensWith(w, "by") || x.opensWith(w, "in") && x.tree.XPOS[w] == "VBG") ||
				// "while Poland imposed a ban and Brazil's court threw
				// out a conviction": a conjunct of such a clause is of
				// its time
				x.rel(w) == "conj" && x.isVerb(w) && x.baseRel(h) == "advcl" && (x.whenClause(h) || x.opensWith(h, "as") || x.opensWith(h, "while")) {
				// "began in 2019, when OLAF opened an investigation",
				// "pushed into Chechnya on Sunday as warplanes bombed",
				// "responded on Tuesday by expelling him", "last month
				// joined Lithuania in calling for", "lost its majority
				// on Wednesday when A walked out, while B imposed a
				// ban": one time for both
				own[h], added = true, true
			}
		}
	}
	if h := x.whereClauseHost(v); h >= 0 {
		own[h] = true // "was in Suva on Thursday, where I met X and we signed an accord"
	}
	if d.spoken(ev) && !ev.noun {
		for _, c := range x.childrenWith(v, "obl") {
			if vehicleNoun(x.lemma(c)) && x.caseOf(c) == "in" {
				own[c] = true // "in a statement on Tuesday, X said": the statement is the saying, its time the saying's
			}
		}
	}
	if !ev.noun {
		for w := range x.tree.Words {
			if x.groundsGerund(w, v) {
				own[w] = true // "detained a man on suspicion of spying on Thursday": the parse hangs the day on the grounds
			}
		}
		for _, c := range x.childrenWith(v, "advcl") {
			if d.sameDayClause(x, c) && !d.isEventWord(x, ev.sent)(c) {
				own[c] = true // "was arrested hours after he returned on Friday": that Friday
			}
		}
		for _, c := range x.childrenWith(v, "obl") {
			if !sameDaySpans[strings.ToLower(x.tree.Words[c])] {
				continue
			}
			for _, n := range x.childrenWith(c, "nmod") {
				if cs := x.caseOf(n); cs == "of" || cs == "after" || cs == "before" {
					own[n] = true // "resigned within hours of the vote on Wednesday": that Wednesday
				}
			}
		}
	}
	return own
}

// relativeSubject reports a relative clause c whose subject is its
// relative pronoun, which stands for the noun the clause is on: "which"
// in "the tariffs, which took effect on Monday".
func (x *syntax) relativeSubject(c int) bool {
	return slices.ContainsFunc(x.childrenWith(c, "nsubj", "nsubj:pass"), func(s int) bool { return relativePronouns[strings.ToLower(x.tree.Words[s])] })
}

// tollWords are the verbs of an attack's toll beside casualtyVerbs
// (data/words/toll_words.txt).
var tollWords = wordSet("toll_words.txt")

// tollWord reports a verb of an attack's toll: "killed", "wounded",
// "died".
func tollWord(w string) bool {
	w = strings.ToLower(w)
	return casualtyVerbs[w] || tollWords[w]
}

// sequelVerb reports a verb that tells what its subject led to, its
// object ("the arrest sparked protests on Sunday", "the plan drew
// criticism on Friday"): its time is the sequel's, which came after the
// subject's happening, not the subject's own ("the attack followed on
// Sunday" tells none).
func (x *syntax) sequelVerb(v int) bool {
	return (sequenceVerbs[x.lemma(v)] || elicitingVerbs[strings.ToLower(x.tree.Words[v])]) && len(x.childrenWith(v, "obj")) > 0
}

// groundsGerund reports a gerund g with no subject of its own that "of"
// hangs on a noun of verb v's phrases, or of the phrases of its object:
// the grounds of the act ("detained a national on suspicion of spying",
// "arrested him on charges of spying"), no act told with its own time.
func (x *syntax) groundsGerund(g, v int) bool {
	if x.tree.XPOS[g] != "VBG" || x.rel(g) != "acl" || x.markOf(g) != "of" || len(x.childrenWith(g, "nsubj")) > 0 {
		return false
	}
	n := x.head(g)
	for range 2 {
		if n < 0 || x.pos(n) != "NOUN" {
			return false
		}
		h := x.head(n)
		if h == v && (x.baseRel(n) == "obl" || x.baseRel(n) == "obj") {
			return true
		}
		if x.baseRel(n) != "nmod" {
			return false
		}
		n = h
	}
	return false
}

// sameDayClause reports a clause c that "after" or "before" opens with a
// span too short to leave the day before it ("hours after he returned").
func (d *doc) sameDayClause(x *syntax, c int) bool {
	for _, m := range x.childrenWith(c, "mark") {
		if w := strings.ToLower(x.tree.Words[m]); w == "after" || w == "before" {
			at := x.token(m)
			return at > 0 && sameDaySpans[d.toks[at-1].lower]
		}
	}
	return false
}

// afterAnotherAct reports an event told in a clause "after" opens
// ("days after the IMF urged the government to cut its deficit"), with no
// span short enough to keep the day of the act it hangs on: it came
// before that act, so the story's day is not its own.
func (d *doc) afterAnotherAct(ev *event) bool {
	x, v := d.eventTree(ev)
	if v < 0 {
		return false
	}
	c := x.timedClause(v)
	return c >= 0 && x.markOf(c) == "after" && !d.sameDayClause(x, c)
}

// whereClauseHost is the verb whose place a "where" clause that v tells
// of (or goes on, as a conjunct) describes, or -1: what happened there
// happened in that verb's time ("I was in Suva on Thursday, where I met
// the prime minister").
func (x *syntax) whereClauseHost(v int) int {
	for x.rel(v) == "conj" && x.head(v) >= 0 {
		v = x.head(v)
	}
	place := x.head(v)
	if x.rel(v) != "acl:relcl" || place < 0 || !x.opensWith(v, "where") {
		return -1
	}
	// the clause hangs on the place, or on the time beside it; "I was in
	// Suva" makes the place the head of its clause
	if x.predicate(place) {
		return place
	}
	if h := x.head(place); h >= 0 && (x.baseRel(place) == "obl" || x.baseRel(place) == "nmod") && (x.isVerb(h) || x.predicate(h)) {
		return h
	}
	return -1
}

// predicate reports a word with a copula: the head of its clause.
func (x *syntax) predicate(w int) bool { return len(x.childrenWith(w, "cop")) > 0 }

// opensWith reports whether clause v is opened by the adverb or marker word.
func (x *syntax) opensWith(v int, word string) bool {
	for _, c := range x.childrenWith(v, "advmod", "mark") {
		if c < v && strings.EqualFold(x.tree.Words[c], word) {
			return true
		}
	}
	return false
}

// relativeApart reports whether noun event n of verb event v's sentence
// is told in a relative clause that does not hold v: in "Lee, who lost
// the 2022 election, won his seat in Incheon" the election Lee lost is not
// the one he won his seat in, nor is its year the seat's.
func (d *doc) relativeApart(n, v *event) bool {
	if n.sent != v.sent {
		return false
	}
	x, wn := d.eventTree(n)
	if wn < 0 {
		return false
	}
	wv := x.eventWord(v)
	if wv < 0 {
		return false
	}
	for w := wn; w >= 0; w = x.head(w) {
		if x.dominates(w, wv) {
			return false
		}
		if x.rel(w) == "acl:relcl" && x.tree.XPOS[x.head(w)] != "WP" {
			return true // not a free relative, which names the thing: "what he called a stolen election"
		}
	}
	return false
}

// sameTimedClause reports whether two events of one sentence sit in the
// same clause as far as time goes: an adverbial clause opened by "after",
// "before", "since"… tells a time apart from the clause it hangs on
// ("expelled four diplomats on Thursday after two employees were
// arrested": the arrests were not on Thursday).
func (d *doc) sameTimedClause(a, b *event) bool {
	return d.timedClauseOf(a) == d.timedClauseOf(b)
}

// reportedApart reports whether event o is told in a reported clause
// (a verb's ccomp) that neither holds event ev nor is ev's, or in a clause
// a semicolon parts from ev's: the time of what was reported is not the
// time of a clause beside the report ("The BBC reported that two aides
// had met agents in 2022; the ministry said the report was false").
func (d *doc) reportedApart(o, ev *event) bool {
	x := d.syntaxOf(o.sent)
	if x == nil {
		return false
	}
	vo, ve := x.eventWord(o), x.eventWord(ev)
	if vo < 0 || ve < 0 {
		return false
	}
	if x.apart(vo, ve) {
		return true // "…, the Herald reported on Sunday; her office said the report was false"
	}
	for w := vo; w >= 0; w = x.head(w) {
		if x.dominates(w, ve) {
			return false
		}
		if x.rel(w) == "ccomp" {
			// the verb that reports it after it takes its time: "X was
			// released on Thursday, the ministry said"
			return x.head(w) != ve
		}
	}
	return false
}

// yearAcross is the year of the clause an event's "after" or "before"
// clause hangs on, where that clause is dated: "arrested Halem in March
// 2020, two days after he resigned" tells the resignation's year, not its
// day.
func (d *doc) yearAcross(ev *event) string {
	x := d.syntaxOf(ev.sent)
	c := d.timedClauseOf(ev)
	if x == nil || c < 0 || !nearTimeMarks[x.markOf(c)] {
		return ""
	}
	var near *event
	for _, o := range d.evSent[ev.sent] {
		if o == ev || o.noun || o.dateFrom != "sentence" || len(o.date) < 4 {
			continue
		}
		if v := x.eventWord(o); v >= 0 && !x.dominates(c, v) &&
			(near == nil || abs(o.trig[0]-ev.trig[0]) < abs(near.trig[0]-ev.trig[0])) {
			near = o
		}
	}
	if near == nil {
		return ""
	}
	return near.date[:4]
}

// nearTimeMarks open a clause whose event is close in time to the one it
// hangs on, though not at its time.
var nearTimeMarks = set("after before")

// timedClauseOf is the timed clause (timedClause) an event is told in, or
// -1 for its sentence's main clause or an unparsed sentence.
func (d *doc) timedClauseOf(ev *event) int {
	if x, v := d.eventTree(ev); v >= 0 {
		return x.timedClause(v)
	}
	return -1
}

// timedClause is the innermost adverbial clause over word w (w itself
// included) that a time-setting subordinator opens, or -1.
func (x *syntax) timedClause(w int) int {
	for ; w >= 0; w = x.head(w) {
		if x.baseRel(w) != "advcl" {
			continue
		}
		if clauseTimeMarks[x.markOf(w)] {
			return w
		}
	}
	return -1
}

// markOf is the lowercase word that opens clause w ("after", "if"), or "".
func (x *syntax) markOf(w int) string {
	for _, c := range x.childrenWith(w, "mark") {
		if c < w {
			return strings.ToLower(x.tree.Words[c])
		}
	}
	return ""
}

// duringCases set a noun event beside the verb it hangs on, in time.
var duringCases = set("during amid amidst")

// clauseTimeMarks open an adverbial clause whose event happened at
// another time than the clause it hangs on.
var clauseTimeMarks = set("after before since until till once because unless if although though")

// whenClause reports whether clause v is opened by "when": what it tells
// happened at the time of the clause it hangs on.
func (x *syntax) whenClause(v int) bool { return x.opensWith(v, "when") }

// isEventWord tells, for the tree of sentence si, whether a word is the
// trigger of one of the sentence's events.
func (d *doc) isEventWord(x *syntax, si int) func(w int) bool {
	return func(w int) bool {
		for _, o := range d.evSent[si] {
			if x.eventWord(o) == w {
				return true
			}
		}
		return false
	}
}
