package extract

import (
	"slices"
	"strconv"
	"strings"
)

// awaitingVerbs take as object an event still to come.
var awaitingVerbs = wordSet("awaiting_verbs.txt")

// irrealisVerbs before "to VERB" make the verb's event wished, planned or
// refused, not told: "urged him to resign", "threatened to quit".
var irrealisVerbs = wordSet("irrealis_verbs.txt")

// infinitiveAfterIrrealis reports a trigger at token i that opens an
// infinitive ("to visit", "to be appointed", "to have met") an irrealis
// verb governs: "plans to visit Latvia", "is set to be appointed".
func (d *doc) infinitiveAfterIrrealis(i, first int) bool {
	j := i - 1
	if j > first && infinitiveAuxiliaries[d.toks[j].lower] {
		j--
	}
	return j > first && d.toks[j].lower == "to" && d.irrealisBefore(j, first)
}

// deemingVerbs state what a rule takes to be so
// (data/words/deeming_verbs.txt).
var deemingVerbs = wordSet("deeming_verbs.txt")

// deemedByRule reports a trigger at token i told as what a rule deems in
// the present: "is deemed to have resigned", "shall be considered to have
// vacated"; not "was deemed to have resigned".
func (d *doc) deemedByRule(i, first int) bool {
	j := i - 1
	if j < first || d.toks[j].lower != "have" {
		return false
	}
	if j -= 2; j < first+1 || d.toks[j+1].lower != "to" || !deemingVerbs[d.toks[j].lower] {
		return false
	}
	switch d.toks[j-1].lower {
	case "is", "are", "be":
		return true
	}
	return false
}

// infinitiveAuxiliaries stand between "to" and a participle.
var infinitiveAuxiliaries = set("be have")

// irrealisBefore reports an irrealis verb in the clause before the "to" at
// token to.
func (d *doc) irrealisBefore(to, first int) bool {
	for j := to - 1; j >= first && j >= to-10; j-- { // "invited Polish Foreign Minister X Y to visit"
		t := &d.toks[j]
		if t.kind == tokPunct || clauseBreaks[t.lower] {
			return false
		}
		if irrealisVerbs[t.lower] {
			return true
		}
	}
	return false
}

// tagsQuotedQuestion reports the verb "ask" at tokens [i, i+n) of
// sentence si as the tag of a quoted question that is the sentence
// before, in the same paragraph ("\"You met the envoy twice?\" Rilke
// asked Brenn."), where it asks for nothing of its own: no infinitive,
// clause or "for" phrase ("Rilke asked him to resign" still requests).
func (d *doc) tagsQuotedQuestion(si, i, n int) bool {
	if si == 0 || d.sents[si-1].para != d.sents[si].para || !d.question(si-1) {
		return false
	}
	prev := &d.sents[si-1]
	if !closingQuotes[quoteMark(d.toks, prev.last-1)] && !closingQuotes[d.toks[prev.last-1].text] {
		return false // the question closes its quotation
	}
	x, w := d.triggerTree(si, i, n)
	if w < 0 || n != 1 || x.lemma(w) != "ask" {
		return false
	}
	for _, c := range x.childrenWith(w, "xcomp", "ccomp", "obl", "advcl") {
		if x.baseRel(c) != "obl" || x.caseOf(c) == "for" {
			return false
		}
	}
	return true
}

// wishedInTree reports a trigger that is, or is the object of, an infinitive governed by a verb
// of wishing, asking or planning takes as object: "urged partners to widen
// sanctions", "plans to hold a referendum", through the infinitives between
// ("want the court to let them meet"). Nothing has happened yet.
// questionPut reports "asked" as a clause with no subject of its own set
// before its verb's subject and asking a question ("Asked whether he had
// met her, Holm said", "When asked about the payments, Holm declined to
// comment"): a participle read passive, its subject the one asked, by
// reporters or an interviewer. Press conferences and interviews tell
// their answers so; the question is no request the speaker made.
func (d *doc) questionPut(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	if w < 0 || n != 1 || x.lemma(w) != "ask" || x.baseRel(w) != "advcl" || len(x.childrenWith(w, "nsubj", "nsubj:pass", "aux", "aux:pass", "obj", "iobj")) > 0 {
		return false
	}
	if w+1 < len(x.tree.Words) {
		if kw := strings.ToLower(x.tree.Words[w+1]); kw == "whether" || kw == "if" || wh[kw] && kw != "which" {
			return true // "When asked if she would resign, Dorn laughed", the question's clause hung on the verb
		}
	}
	h := x.head(w)
	subj := slices.IndexFunc(x.childrenWith(h, "nsubj", "nsubj:pass"), func(c int) bool { return c > w })
	if h < w || subj < 0 {
		return false
	}
	for k := w + 1; k < x.childrenWith(h, "nsubj", "nsubj:pass")[subj]; k++ {
		if kw := strings.ToLower(x.tree.Words[k]); (kw == "whether" || wh[kw]) && x.rel(w+1) == "case" {
			return true // "Asked by reporters whether ...", the question's clause misread as the verb's
		}
	}
	for _, c := range x.childrenWith(w, "ccomp", "obl", "advcl") {
		if m := x.markOf(c); m == "whether" || m == "if" {
			return true // "Asked whether/if ..."
		}
		for _, k := range x.childrenWith(c, "case") {
			if p := strings.ToLower(x.tree.Words[k]); p == "about" || p == "on" {
				return true // "Asked about the payments", "Pressed on ..."
			}
		}
		if st := x.phraseStart(c); st > w && wh[strings.ToLower(x.tree.Words[st])] {
			return true // "Asked why he had resigned"
		}
	}
	return false
}

// wh are the words that open an indirect question.
var wh = set("why what who whom when where how which")

func (d *doc) wishedInTree(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	for depth := 0; w >= 0 && depth < 4; depth++ {
		if x.arrangedByBe(w) {
			return true // "is to meet Dorn on Friday", "the aim is to sign a deal": arranged, not done
		}
		h := x.head(w)
		if h < 0 {
			return false
		}
		rel := x.baseRel(w)
		if rel == "advcl" && x.markOf(w) == "to" {
			rel = "xcomp" // "seek the votes of the Alliance to pass the budget", the purpose read as the noun's
		}
		switch rel {
		case "xcomp":
			if hw := strings.ToLower(x.tree.Words[h]); irrealisVerbs[hw] || x.modalOrNegated(h) && !hesitatingVerbs[hw] {
				return true // "may decide to resign", "did not agree to resign"
			}
			w = h // "want the court to let them meet": the wish holds what it lets happen
		case "acl":
			// "urged partners to widen sanctions", parsed with the
			// infinitive on the object the verb of wishing asks
			if g := x.head(h); g >= 0 && x.markOf(w) == "to" && x.baseRel(h) == "obj" {
				return irrealisVerbs[strings.ToLower(x.tree.Words[g])]
			}
			return false
		case "obj", "obl", "nmod", "compound":
			if x.caseOf(w) == "according to" {
				return false // "was due to appear, according to a statement": the statement was made
			}
			if x.baseRel(w) == "obj" && awaitingVerbs[strings.ToLower(x.tree.Words[h])] {
				return true // "is awaiting extradition": still to come
			}
			w = h
		default:
			return false
		}
	}
	return false
}

// undertakingVerbs name in a "to" phrase an act still to come
// (data/words/undertaking_verbs.txt).
var undertakingVerbs = wordSet("undertaking_verbs.txt")

// undertakenNoun reports an event noun that a verb of undertakingVerbs
// takes in its "to" phrase, alone or listed ("agreed to a truce and to
// further talks"): "agreed to further talks" tells no talks held.
func (d *doc) undertakenNoun(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	if w < 0 {
		return false
	}
	to := x.caseOf(w) == "to" // a conjunct's own "to", wherever the parse hangs it
	for w >= 0 && x.baseRel(w) == "conj" {
		w = x.head(w)
	}
	if w < 0 || x.baseRel(w) != "obl" || !to && x.caseOf(w) != "to" {
		return false
	}
	h := x.head(w)
	return h >= 0 && undertakingVerbs[strings.ToLower(x.lemma(h))]
}

// arrangedByBe reports a verb told as an arrangement, a duty or an aim by
// a form of "be" right before its infinitive's "to", or before a word of
// irrealisVerbs that leads to it: "the president is to meet Dorn on
// Friday", "Dorn was to sign the deal, but ...", "is due to sign" (which
// the parse may read with "due" the verb's mark), "the aim of the visit is
// to sign a deal", "are to hold talks" (the parse may hang the verb on
// "are"). What was to be done is not told as done; but a later act told
// from before it ("was later to become prime minister") is.
func (x *syntax) arrangedByBe(v int) bool {
	if v < 0 || !x.isVerb(v) {
		return false
	}
	for _, m := range x.childrenWith(v, "mark") {
		if m > v {
			continue
		}
		k := m - 1
		if w := strings.ToLower(x.tree.Words[m]); w != "to" && !irrealisVerbs[w] {
			continue
		}
		if k >= 0 && irrealisVerbs[strings.ToLower(x.tree.Words[k])] {
			k-- // "is due to", "was about to"
		}
		if k < 0 || x.lemma(k) != "be" || strings.ToLower(x.tree.Words[k]) == "be" {
			continue // "will be to blame" is no arrangement
		}
		if k > 0 && sequenceAdverbs[strings.ToLower(x.tree.Words[k-1])] || k+1 < m && sequenceAdverbs[strings.ToLower(x.tree.Words[k+1])] {
			continue
		}
		return true
	}
	return false
}

// missingVerbs take an infinitive their subject tried and did not
// achieve (data/words/missing_verbs.txt).
var missingVerbs = wordSet("missing_verbs.txt")

// missedInTree reports a verb trigger that is the infinitive of a verb
// of missingVerbs ("failed to win re-election"), or the parse's adverbial
// clause of purpose in its place ("failed on Monday to arrest him").
func (d *doc) missedInTree(si int, o occurrence) bool {
	x, w := d.triggerTree(si, o.i, o.n)
	if w < 0 || x.baseRel(w) != "xcomp" && !(x.baseRel(w) == "advcl" && x.markOf(w) == "to") {
		return false
	}
	return x.head(w) >= 0 && missingVerbs[strings.ToLower(x.tree.Words[x.head(w)])]
}

// heldWhenMissed are the event types whose attempt is itself the
// event, so that one who fails at it still took part in one held:
// "failed to win re-election" (an election she lost), "the bill failed to
// pass" (a vote it lost). Others failed at are not done: "police failed
// to arrest him", "failed to meet the envoy".
var heldWhenMissed = set("ELECTION", "VOTE")

// hesitatingVerbs, negated, do what their infinitive tells ("did not
// hesitate to criticise").
var hesitatingVerbs = wordSet("hesitating_verbs.txt")

// prospectNouns name what may come ("threat", "reward").
var prospectNouns = wordSet("prospect_nouns.txt")

// prospectModifiers say an event noun is to come ("planned", "upcoming").
var prospectModifiers = wordSet("prospect_modifiers.txt")

// prospectInTree reports a noun trigger that a word of prospectModifiers
// modifies ("a planned visit"), or that the tree hangs, within four steps
// through prepositions, participles, objects and conjuncts, under a noun of
// prospectNouns: "the threat of NATO air strikes", "a reward for
// information leading to the arrest of the bombers".
func (d *doc) prospectInTree(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	if w >= 0 && slices.ContainsFunc(x.childrenWith(w, "amod", "acl"), func(a int) bool {
		// not "an election expected to be close", "a vote proposed by the
		// opposition", which says what was thought or done of it
		return prospectModifiers[strings.ToLower(x.tree.Words[a])] && len(x.childrenWith(a, "xcomp", "obl:agent")) == 0 &&
			!slices.ContainsFunc(x.childrenWith(a, "obl"), func(c int) bool { return x.caseOf(c) == "by" })
	}) {
		return true // "a planned visit", "the upcoming summit", "an election expected later this year"
	}
	if x.awaitedByPhrase(w, d.dct.Year()) {
		return true // "flew to Tarsk ahead of talks with Dorn", "on the eve of the summit": still to come
	}
	if w >= 0 && (x.baseRel(w) == "nsubj" || x.baseRel(w) == "nsubj:pass") && x.prospectPredicate(w, x.head(w)) {
		return true // "elections are due in October", "the vote is scheduled for May"
	}
	if w >= 0 && x.baseRel(w) == "nmod" && x.caseOf(w) == "in" && x.head(w) >= 0 && prospectNouns[strings.ToLower(x.lemma(x.head(w)))] {
		return false // "rejected the plan in a referendum": the vote the plan met, not one planned
	}
	for depth := 0; w >= 0 && depth < 4; depth++ {
		switch x.baseRel(w) {
		case "obl", "nmod", "obj", "acl", "conj": // "the arrest and conviction of"
		default:
			return false
		}
		if w = x.head(w); w >= 0 && prospectNouns[strings.ToLower(x.lemma(w))] {
			return true
		}
	}
	return false
}

// contestCallingVerbs call or put off a vote or an election still to be
// held (data/words/contest_calling_verbs.txt).
var contestCallingVerbs = wordSet("contest_calling_verbs.txt")

// contestCalled reports a noun trigger that is, alone or as a conjunct,
// the object of a verb of contestCallingVerbs: "ordered a new vote",
// "called snap elections". Not where a "for" phrase gives the day it is
// set for ("called a snap election for April 28"): that day dates it, and
// tells whether it has been held.
func (d *doc) contestCalled(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	for w >= 0 && x.rel(w) == "conj" {
		w = x.head(w)
	}
	if w < 0 || x.baseRel(w) != "obj" || x.head(w) < 0 || !contestCallingVerbs[x.lemma(x.head(w))] {
		return false
	}
	return !slices.ContainsFunc(x.childrenWith(x.head(w), "obl"), func(c int) bool { return x.caseOf(c) == "for" })
}

// prospectPhrases set an event noun ahead of the act it is told with
// (data/words/prospect_phrases.tsv).
var prospectPhrases = wordTable("prospect_phrases.tsv", "prospect")

// awaitedByPhrase reports an event noun w that a phrase of prospectPhrases
// sets ahead of the act it hangs on: its preposition alone ("pending
// trial"), or the word it hangs on with it ("ahead of talks", "on the eve
// of the summit", "in the run-up to the vote"), that word itself an
// adverbial or an oblique, not what the verb is done to ("discussed the
// preparation for the summit"). A year of its own before the story's
// ("ahead of the 2019 election") tells one held since.
func (x *syntax) awaitedByPhrase(w, storyYear int) bool {
	if w < 0 || x.baseRel(w) != "obl" && x.baseRel(w) != "nmod" {
		return false
	}
	c := x.caseOf(w)
	if c == "" {
		return false
	}
	found := prospectPhrases[c] != ""
	if h := x.head(w); !found && h >= 0 {
		switch x.baseRel(h) {
		case "obl", "nmod", "advmod", "advcl":
			hw := strings.ToLower(x.tree.Words[h])
			if h >= 2 && x.tree.Words[h-1] == "-" {
				hw = strings.ToLower(x.tree.Words[h-2]) + "-" + hw // "run-up", split by the tokens
			}
			found = prospectPhrases[hw+" "+c] != ""
		}
	}
	return found && !x.yearBefore(w, storyYear)
}

// yearBefore reports a year on noun w, as a number modifying it, before
// year, the story's ("the 2019 election"); none where the story has no date.
func (x *syntax) yearBefore(w, year int) bool {
	return slices.ContainsFunc(x.childrenWith(w, "nummod", "compound", "amod"), func(c int) bool {
		y, err := strconv.Atoi(x.tree.Words[c])
		return err == nil && y >= 1000 && y < year && year > 1
	})
}

// prospectPredicate reports whether h, the predicate of subject w, or a
// word between them is a word of prospectModifiers, with no clause of
// its own: "are due in October" (which the parse may read with "due" a
// case of the month), "is scheduled for May"; not "was expected to fail",
// which says what was thought of the event.
func (x *syntax) prospectPredicate(w, h int) bool {
	if h < 0 || len(x.childrenWith(h, "xcomp", "ccomp")) > 0 {
		return false
	}
	if prospectModifiers[strings.ToLower(x.tree.Words[h])] {
		return true
	}
	return slices.ContainsFunc(x.childrenWith(h, "case", "amod", "advmod"), func(c int) bool {
		return c > w && c < h && prospectModifiers[strings.ToLower(x.tree.Words[c])]
	})
}

// presentVerbInTree reports a word at token i of sentence si that the tree
// reads as a verb in the simple present: in a report's body, a noun
// trigger's form so used tells what someone does by habit, not an event.
func (d *doc) presentVerbInTree(si, i int) bool {
	x, w := d.wordAt(si, i)
	return w >= 0 && x.isVerb(w) && (x.tree.XPOS[w] == "VBZ" || x.tree.XPOS[w] == "VBP")
}

// subjunctiveInTree reports a verb trigger at token i in the mandative
// subjunctive: the base form in a clause "that" marks, with a subject in
// the third person singular and no auxiliary ("demanded that he step
// down", "calls that the minister resign"), which asks for the act, and
// tells of none done.
func (d *doc) subjunctiveInTree(si, i int) bool {
	x, w := d.wordAt(si, i)
	return w >= 0 && x.subjunctive(w)
}

// hearerNoun reports a noun trigger at token i of sentence si that a verb
// of speech takes as whom it tells: its indirect object, or the object of
// "tell" or "inform" ("told the inquiry that", "informed the commission").
func (d *doc) hearerNoun(si, i int) bool {
	x, w := d.wordAt(si, i)
	if w < 0 || x.head(w) < 0 || !x.isVerb(x.head(w)) || !speechWords[strings.ToLower(x.tree.Words[x.head(w)])] {
		return false
	}
	l := strings.ToLower(x.lemma(x.head(w)))
	return x.baseRel(w) == "iobj" || x.baseRel(w) == "obj" && (l == "tell" || l == "inform")
}

// subjunctiveObject reports a noun trigger at token i of sentence si that
// is the object of a verb in the mandative subjunctive ("recommended that
// the government impose sanctions on Russia"): asked for, none imposed.
func (d *doc) subjunctiveObject(si, i int) bool {
	x, w := d.wordAt(si, i)
	return w >= 0 && x.baseRel(w) == "obj" && x.head(w) >= 0 && x.subjunctive(x.head(w))
}

// subjunctive reports verb w in the mandative subjunctive, as
// subjunctiveInTree tells it.
func (x *syntax) subjunctive(w int) bool {
	if !x.isVerb(w) || x.tree.XPOS[w] != "VB" && x.tree.XPOS[w] != "VBP" && !x.baseFormAsPast(w) || len(x.childrenWith(w, "aux", "aux:pass")) > 0 {
		return false
	}
	if h := x.head(w); x.rel(w) == "conj" && h >= 0 && h < w && len(x.childrenWith(w, "nsubj", "mark")) == 0 {
		return x.subjunctive(h) // "that the government impose sanctions and expel two diplomats": the conjunct shares the mood
	}
	if !x.marked(w, "that") {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(w, "nsubj"), func(s int) bool {
		switch strings.ToLower(x.tree.Words[s]) {
		case "he", "she", "it":
			return true
		}
		return x.tree.XPOS[s] == "NN" || x.tree.XPOS[s] == "NNP"
	})
}

// baseFormAsPast reports verb w tagged as a past tense or a third person
// present though its form is its base ("that the government impose
// sanctions", "impose" tagged VBD; "that the government expel them",
// "expel" tagged VBZ): not a form that ends in "-ed", nor one whose past
// is the same word ("cut", "put", "set"; irregularParticiples), which may
// be either.
func (x *syntax) baseFormAsPast(w int) bool {
	l := strings.ToLower(x.tree.Words[w])
	if l != strings.ToLower(x.lemma(w)) {
		return false
	}
	switch x.tree.XPOS[w] {
	case "VBD":
		return !strings.HasSuffix(l, "ed") && !irregularParticiples[l]
	case "VBZ":
		return !strings.HasSuffix(l, "s")
	}
	return false
}

// modalInTree reports a trigger whose clause a modal puts in the future
// or the hypothetical ("would appeal to the Supreme Court", "will hold
// talks"), or a negation denies ("did not resign"): no event happened.
// A subject that denies the verb denies no event the verb's "in" phrase
// sets it in: "neither party won a majority in the election" tells the
// election held.
func (d *doc) modalInTree(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	setting := false
	if w >= 0 && !x.isVerb(w) {
		switch x.baseRel(w) {
		case "nsubj":
			if h := x.head(w); x.rel(w) == "nsubj:pass" && h >= 0 && lightVerbs[strings.ToLower(x.tree.Words[h])] {
				w = h // "the next summit will be held in May", "the deal will be signed": the verb that carries it says it is to come
				break
			}
			if !slices.ContainsFunc(x.childrenWith(w, "det"), func(a int) bool { return indefiniteArticles[strings.ToLower(x.tree.Words[a])] }) {
				return false // "the attack could lead to war": one that happened
			}
			w = x.head(w) // "an assault on Rafah could lead to a slaughter": one that may come
		case "obj", "nsubj:pass":
			w = x.head(w) // "would launch an inquiry"
		case "obl":
			if x.caseOf(w) != "in" && !x.travelledFor(w) {
				return false // "will comment after the meeting": held, maybe, before the comment
			}
			w, setting = x.head(w), true // "will go to the polls on Sunday in a snap election", "will fly to Tarsk for talks": one yet to be held
		default:
			return false
		}
	}
	if setting {
		return w >= 0 && (x.futureModal(w) || x.negatedByAdverb(w))
	}
	return w >= 0 && x.modalOrNegated(w)
}

// modalOrNegated reports a verb a modal puts in the future or the
// hypothetical, or a negation denies.
func (x *syntax) modalOrNegated(w int) bool {
	for _, a := range x.childrenWith(w, "aux") {
		if futureModals[strings.ToLower(x.tree.Words[a])] {
			return true
		}
	}
	return x.negatedVerb(w)
}

// negatedVerb reports a verb a negation denies: "did not say", "never
// met", "nobody has accused".
func (x *syntax) negatedVerb(w int) bool {
	return x.negatedByAdverb(w) || x.negativeSubject(w)
}

// negatedByAdverb reports a verb a negating adverb denies: "did not
// say", "never met".
func (x *syntax) negatedByAdverb(w int) bool {
	return slices.ContainsFunc(x.childrenWith(w, "advmod"), func(a int) bool { return negations[strings.ToLower(x.tree.Words[a])] })
}

// negativeSubjects deny a verb through its subject
// (data/words/negative_subjects.txt).
var negativeSubjects = wordSet("negative_subjects.txt")

// negativeSubject reports a verb whose subject denies it: one of
// negativeSubjects ("Nobody has accused him") or a phrase one opens ("No
// one has charged her", "Neither Dorn nor Holm condemned it", whose
// "Neither" the parse may hang on the verb).
func (x *syntax) negativeSubject(w int) bool {
	if slices.ContainsFunc(x.childrenWith(w, "cc:preconj"), func(a int) bool { return a < w && negativeSubjects[x.lemma(a)] }) {
		return true
	}
	return slices.ContainsFunc(x.childrenWith(w, "nsubj", "nsubj:pass"), func(s int) bool {
		if negativeSubjects[x.lemma(s)] {
			return true
		}
		return slices.ContainsFunc(x.childrenWith(s, "det", "cc:preconj"), func(a int) bool {
			return a < s && negativeSubjects[x.lemma(a)]
		})
	})
}

var negations = set("not n't never")

// unsaidInTree reports a verb of speech a negation right before it
// denies: "Vasko did not say that the government would close hospitals",
// a fact-check's answer to a claim, tells no statement of hers. A
// negation further off, in a quote the parse hangs on "said" ("“… and
// not that of the government,” Estefan said"), denies nothing said; a
// negative subject does ("Nobody has accused the minister").
func (d *doc) unsaidInTree(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	if w < 0 || !x.isVerb(w) {
		return false
	}
	return x.negativeSubject(w) || slices.ContainsFunc(x.childrenWith(w, "advmod"), func(a int) bool {
		return negations[strings.ToLower(x.tree.Words[a])] && a < w && a >= w-3 && !x.punctuationBetween(a, w)
	})
}

// punctuationBetween reports a punctuation mark among words (a, b).
func (x *syntax) punctuationBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if x.tree.UPOS[k] == "PUNCT" {
			return true
		}
	}
	return false
}

// conditionalInTree reports a trigger inside a clause the tree opens with
// a conjunction of condition ("if the ministry promised to release him",
// "unless the talks are held"), or of time under a clause still to come
// ("would not resign until the court had ruled"): what may happen, not
// what did (unrealClause).
func (d *doc) conditionalInTree(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	for depth := 0; w >= 0 && depth <= len(x.tree.Head); w, depth = x.head(w), depth+1 {
		if x.baseRel(w) == "advcl" && x.unrealClause(w, d.sents[si].headline) {
			return true
		}
		if x.baseRel(w) == "ccomp" && (x.markOf(w) == "whether" || x.markOf(w) == "if") {
			return true // "asked whether she had met him": a question, not what happened
		}
	}
	return false
}

// unrealSubordinators open an adverbial clause whose event is not told
// as done: always ("condition") or under a clause still to come ("time")
// (data/words/unreal_subordinators.tsv).
var unrealSubordinators = wordTable("unreal_subordinators.tsv", "condition", "time")

// subordinator is the entry of unrealSubordinators that opens adverbial
// clause w, read off the words that end at its mark ("as soon as the
// inquiry is completed", "on condition that the prisoners are freed",
// whose first words the parse hangs elsewhere), the longest that fits;
// "" if none.
func (x *syntax) subordinator(w int) string {
	for _, c := range x.childrenWith(w, "mark", "advmod") {
		if c >= w || x.rel(c) == "advmod" && unrealSubordinators[strings.ToLower(x.tree.Words[c])] != "time" {
			continue // "when" may be read as an adverb; "not", "also" are none
		}
		found := ""
		for k := 1; k <= 4 && c-k+1 >= 0; k++ {
			words := make([]string, 0, k)
			for j := c - k + 1; j <= c; j++ {
				words = append(words, strings.ToLower(x.tree.Words[j]))
			}
			if key := strings.Join(words, " "); unrealSubordinators[key] != "" {
				found = key
			}
		}
		if found != "" {
			return found
		}
	}
	return ""
}

// unrealClause reports adverbial clause w as one whose event is not
// told as done: opened by a conjunction of condition ("if", "unless", "as
// long as"), or by one of time ("until", "before", "once") where the
// clause it hangs on is still to come ("would not resign until the court
// had ruled", "vowed to stay until the inquiry reports") or, outside a
// headline (whose present tells the past), where its own verb is in the
// present with the clause it hangs on not in the past ("no deal will be
// signed before any vote is held").
func (x *syntax) unrealClause(w int, headline bool) bool {
	switch unrealSubordinators[x.subordinator(w)] {
	case "condition":
		return true
	case "time":
	default:
		return false
	}
	g := x.head(w)
	for g >= 0 && x.baseRel(g) == "advmod" {
		g = x.head(g) // "as soon as", "as long as": the clause hangs on "soon"
	}
	if g < 0 {
		return false
	}
	if x.futureModal(g) {
		return true
	}
	if h := x.head(g); x.baseRel(g) == "xcomp" && h >= 0 && irrealisVerbs[strings.ToLower(x.tree.Words[h])] {
		return true // "vowed to stay until the inquiry reports"
	}
	return !headline && x.presentTense(w) && !x.pastTense(g)
}

// futureModal reports a clause a modal puts in the future or the
// hypothetical ("would not resign", "will comment"), negated or not.
func (x *syntax) futureModal(v int) bool {
	return slices.ContainsFunc(x.childrenWith(v, "aux"), func(a int) bool { return futureModals[strings.ToLower(x.tree.Words[a])] })
}

// presentTense reports a clause whose finite verb, or its first
// auxiliary, is in the present ("rules", "is held", "has ruled").
func (x *syntax) presentTense(v int) bool {
	return x.finiteTag(v) == "VBZ" || x.finiteTag(v) == "VBP"
}

// pastTense reports a clause whose finite verb, or its first auxiliary,
// is in the past ("ruled", "was held", "had ruled").
func (x *syntax) pastTense(v int) bool { return x.finiteTag(v) == "VBD" }

// finiteTag is the tag of clause v's first auxiliary before it, else of
// v itself.
func (x *syntax) finiteTag(v int) string {
	for _, a := range x.childrenWith(v, "aux", "aux:pass", "cop") {
		if a < v {
			return x.tree.XPOS[a]
		}
	}
	return x.tree.XPOS[v]
}
