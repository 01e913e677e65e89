package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/polgraph/polgraph"
	"github.com/polgraph/polgraph/extract/parse"
)

// syntax is a sentence's dependency tree laid over the article's tokens.
type syntax struct {
	tree parse.Tree
	// tok is the article token of each word, word the first word of each
	// token of the sentence, by token - first: 32 bits each, as a window's
	// trees are held until it is done (a window has some 90,000 words)
	tok  []int32
	word []int32
	// first is the sentence's first token.
	first int
	// cuts are the words that part the sentence's clauses (clauseCuts).
	cuts []int
}

// clauseCuts are the semicolons of the sentence that part two clauses,
// each with a verb of its own, outside quotes and brackets: "The Herald
// reported that two aides had met agents in 2022; her office said the
// report was false" is two sentences' worth, which the parser, reading
// one, joins by a word of each.
func (x *syntax) clauseCuts() []int {
	t := &x.tree
	var cuts []int
	depth, from := 0, 0
	verbIn := func(a, b int) bool {
		return b-a >= 3 && slices.ContainsFunc(t.UPOS[a:b], func(u string) bool { return u == "VERB" })
	}
	for w, word := range t.Words {
		switch word {
		case "(", "[", "\u201c", "``":
			depth++
		case ")", "]", "\u201d", "''":
			depth = max(depth-1, 0)
		case "\"":
			depth ^= 1 // a straight quote opens and closes
		case ";":
			if depth == 0 && verbIn(from, w) && verbIn(w+1, len(t.Words)) {
				cuts = append(cuts, w)
				from = w + 1
			}
		}
	}
	return cuts
}

// apart reports whether words a and b are told in clauses a cut parts.
func (x *syntax) apart(a, b int) bool {
	for _, c := range x.cuts {
		if (a < c) != (b < c) {
			return true
		}
	}
	return false
}

// maxParsedWords bounds the sentences worth a parse: a longer "sentence" is
// a list or a table, which the windows read as well.
const maxParsedWords = 150

// syntaxOf parses sentence si once, on demand, so that only the sentences
// with a trigger or a relation cue pay for a parse. It is nil where the
// sentence is too long to parse.
func (d *doc) syntaxOf(si int) *syntax {
	x := d.taggedOf(si)
	if x != nil && x.tree.Head == nil {
		d.statesReadAsOtherWords(si, x)
		stanceWordsReadAsOther(x)
		d.placeAdjectivesReadAsVerbs(si, x)
		d.namesReadAsVerbs(si, x)
		d.pastsReadAsNames(si, x)
		pastsReadAsPrepositions(x)
		d.titleWordsReadAsVerbs(si, x)
		d.demonymsReadAsNames(si, x)
		gerundsReadAsVerbs(x)
		wordsReadAsFragments(x)
		pastTensesReadAsNouns(x)
		dayPartsReadAsVerbs(x)
		foreignNounsReadAsVerbs(x)
		participleAfterSubject(x)
		participleInTimeClause(x)
		leadVerbAfterHelpReadAsOther(x)
		pastBeforeAgentReadAsTense(x)
		relativeVerbsReadAsNouns(x)
		claimsReadAsVerbs(x)
		reportReadAsNoun(x)
		x.cuts = x.clauseCuts()
		parse.Default().CompleteUnits(&x.tree, x.cuts, func(t *parse.Tree) []parse.Unit { return d.partedUnits(si, x, t) })
		d.titleOverName(si, x)
		d.postedTitleOverName(si, x)
		x.foreignNounAfterObject()
		x.titleCutFromName()
		x.participleAfterPossessive()
		x.nameReadAsList()
		d.andNameReadAsList(si, x)
		d.titledPairReadAsOne(si, x)
		x.possessedReadAsApposition()
		x.dateReadAsHead()
		x.timeBeforeParticiple()
		d.frontedPhraseOnName(si, x)
		x.nameSplitAtHyphen()
		x.dependentOfPunctuation()
		x.possessorOnCompound()
		x.appositionWithoutComma()
		x.subjectSplitAtAnd()
		x.clauseAfterApposedConjunct()
		x.nameReadAsObjectOfName()
		x.agentReadAsSubject()
		x.nameSplitBySubject()
		x.asideBeforeVerb()
		x.subjectInsideModifier()
		x.participleSubjectReadAsClause()
		x.numberSubjectReadAsModifier()
		x.predicateReadAsRelative()
		x.predicateAfterRelativeSubject()
		x.modifierReadAsVerb()
		x.stanceVerbReadAsAdverb()
		x.accordingReadAsVerb()
		x.accordingToReadAsRoot()
		x.verbReadAsParticiple()
		x.presentVerbReadAsNoun()
		x.reportReadAsParticiplesDependent()
		x.participleBetweenCommas()
		x.appositionPastNearerName()
		x.verbAfterRelative()
		x.relativeReadAsParataxis()
		x.timeAfterSubject()
		x.passiveWithoutAuxiliary()
		x.oneSubject()
		x.clauseOnPredicateReadAsModifier()
		x.participleWithObject()
		x.clauseReadAsObjectOfSay()
		x.apposedSubjectReadAsObject()
		x.gappedObject()
		x.finiteJoinedToGerund()
		x.participleJoinedToGerund()
		x.gerundReadAsLabelled()
		x.verbReadAsAdjective()
		x.chainVerbReadAsModifier()
		x.labelReadAsObjectsHead()
		x.labelReadAsComplementsObject()
		x.verbJoinedToSubject()
		x.verbJoinedToApposition()
		x.careerVerbReadAsNoun()
		x.verbTaggedNoun()
		x.gerundOnObliqueNoun()
		x.participleOnTime()
		x.objectReadAsSubjectOfParticiple()
		x.substituteReadAsModifier()
		x.clauseReadAsModifier()
		x.subjectReadAsObject()
		x.subjectOfReportedClause()
		x.speakerForReadAsMark()
		x.actJoinedToPassiveReport()
		x.gerundOnReportedClause()
		x.appositionJoinedToName()
		x.reportingTailSubject()
		x.reportingTailParticiple()
		x.frontedObject()
		x.copulaSubject()
		x.whoseClause()
		x.predicateJoinedToRelative()
		d.personReadAsModifiersName(si, x)
		x.appositionOnModifier()
		d.nameOnTitlesComplement(si, x)
		d.personNameOnBodyNoun(si, x)
		x.thatClauseAfterTime()
		x.thatClauseAfterChannel()
		x.clauseJoinedToNoun()
		x.forReadAsMark()
		x.timeBeforeReportingTail()
		x.nameOrphanedBeforeTime()
		x.absoluteAcrossComma()
		x.prepositionReadAsMarker()
		x.markOffItsClause()
		x.caseReadAsMarker()
		x.titleModifierReadAsVerb()
		x.ofReadAsMarker()
		x.nounAfterPrepositionReadAsVerb()
		x.prepositionReadAsModifier()
		x.particleReadAsCase()
		x.caseOnCompound()
		x.subordinatorReadAsPreposition()
		x.frontedClauseReadAsMain()
		x.subjectReadAsFrontedConjunct()
		x.asClauseReadAsPhrase()
		x.thatReadAsNoun()
		x.objectReadAsComplement()
		x.orderedObjectReadAsSubject()
		x.splitObjectReadAsSubject()
		x.participleReadAsComplement()
		x.participleOnDocumentReadAsClause()
		x.gerundReadAsModifier()
		x.gerundReadAsNoun()
		x.nameReadAsTimeModifier()
		d.bodyAfterStanding(si, x)
		x.relativeMislabelled()
		x.appositionOnVerb()
		d.whoOnBodyName(si, x)
		x.standingReadAsHead()
		x.purposeOnName()
		x.pluralPossessiveReadAsSubject()
		x.possessedReadAsConjunct()
		x.partyNounReadAsOblique()
		x.asideReadAsDep()
		x.nameReadAsPostModifier()
		x.relativeReadAsReport()
		x.relativeOnLaterName()
		x.gerundOfNounReadAsClause()
		x.objectRelativeMisread()
		x.contactRelativeReadAsSubject()
		x.phraseAfterFrontedClause()
		x.purposeReadAsVerbs()
		x.descriptorReadAsObject()
		x.accordingToOnNoun()
		x.standsAccused()
		x.tollReadAsNumber()
		x.prospectPrepositionReadAsVerb()
		x.agentOnKeptFromClause()
		x.dayReadAsObjectModifier()
		x.byReadAsTimeModifier()
		x.predicateBeforeObject()
		x.sayingOnGerund()
		x.adverbialClauseByMark()
		x.whenClauseReadAsConjunct()
		x.listHeadReadAsDep()
		x.timeReadAsRoot()
		x.timeReadAsSubject()
		x.markReadAsSubjectsCase()
		x.claimAfterItsSource()
		x.claimBeforeItsFalsity()
		x.nounModifierWithCase()
		x.listMemberReadAsModifier()
		x.phraseHungInQuote()
		x.openingParticipleReadAsRoot()
		x.finiteParticipleReadAsModifier()
		x.pronounObjectReadAsPossessor()
		x.objectReadAsApposition()
		x.appositionReadAsOblique()
		x.caseOnTitleBeforeName()
		x.subjectReadAsDep()
		x.subjectOnAuxiliary()
		x.freeRelativeReadAsDeterminer()
		x.freeRelativeReadAsPrepositionObject()
		x.conjunctReadAsReport()
		x.thatClauseOffReportingVerb()
	}
	return x
}

// statesReadAsOtherWords retags as a proper noun a state's name the
// gazetteer knows that the tagger read as another word ("Mali cut
// diplomatic ties" read as an adjective), and tags the words after it
// again, before the sentence is parsed: read as "Mali-cut diplomatic
// ties", the sentence has no verb.
func (d *doc) statesReadAsOtherWords(si int, x *syntax) {
	for _, mi := range d.mentionsOf(si) {
		m := &d.ments[mi]
		if m.kind != polgraph.KindCountry || m.via != "name" {
			continue
		}
		for i := m.first; i < m.last; i++ {
			if w := x.at(i); w >= 0 && d.toks[i].cap && x.pos(w) != "PROPN" && parse.Default().MarkProperNoun(&x.tree, w) {
				parse.Default().RetagAfter(&x.tree, w)
			}
		}
	}
}

// stancePrefixes make a side's adjective of the word they are hyphened
// to ("Pro-Beijing", "Anti-war"; data/words/stance_prefixes.txt).
var stancePrefixes = wordSet("stance_prefixes.txt")

// stanceWordsReadAsOther retags as an adjective a word of a side taken
// ("Pro-Beijing candidates swept the elections") that the tagger read as
// another word, and tags the words after it again: read as a verb, it
// made the sentence's subject its object and its verb a complement.
func stanceWordsReadAsOther(x *syntax) {
	for w, word := range x.tree.Words {
		prefix, rest, ok := strings.Cut(word, "-")
		if ok && rest != "" && stancePrefixes[strings.ToLower(prefix)] && x.pos(w) != "ADJ" && parse.Default().MarkAdjective(&x.tree, w) {
			parse.Default().RetagAfter(&x.tree, w)
		}
	}
}

// placeAdjectivesReadAsVerbs retags as an adjective a word of
// placeAdjectives that the tagger read as a verb before a place's or a
// state's name ("In neighbouring Bolivia, the ruling party expelled…"),
// and tags the words after it again: read as a verb, it made the place
// the sentence's subject. Only after a preposition, a determiner or a
// comma, or first in the sentence: after a subject ("Russia occupied
// Crimea") the word is the verb.
func (d *doc) placeAdjectivesReadAsVerbs(si int, x *syntax) {
	held := false // most sentences hold none: no list of their mentions
	for i, w := range x.tree.Words {
		held = held || placeAdjectives[w] || i == 0 && placeAdjectives[strings.ToLower(w)]
	}
	if !held {
		return
	}
	for _, mi := range d.mentionsOf(si) {
		m := &d.ments[mi]
		w := x.at(m.first - 1)
		if kindGroup(m.kind) != "loc" || w < 0 || x.pos(w) != "VERB" || !placeAdjectives[strings.ToLower(x.tree.Words[w])] {
			continue
		}
		if before := w - 1; before >= 0 && !slices.Contains([]string{"ADP", "DET", "PUNCT", "SCONJ"}, x.pos(before)) {
			continue
		}
		if parse.Default().MarkAdjective(&x.tree, w) {
			parse.Default().RetagAfter(&x.tree, w)
		}
	}
}

// namesReadAsVerbs retags as proper nouns the words of a person's name
// that the tagger read as a verb or an auxiliary ("Xi called on both
// sides", "May said"), of a party's name inside the sentence ("defected
// to Labour", "voted for Reform"), and the lower-case words inside a
// place's name the gazetteer knows ("Dar es Salaam"), before the sentence
// is parsed: a parse that takes a name for a verb finds no subject.
func (d *doc) namesReadAsVerbs(si int, x *syntax) {
	for _, mi := range d.mentionsOf(si) {
		m := &d.ments[mi]
		person := m.strong && m.kind == polgraph.KindPerson && m.via != "pronoun"
		// a capital inside the sentence, not its first word's, is the
		// name's; so is the first word's before a capitalised title or
		// name ("Labour MP Sarah Venn said")
		party := m.kind == polgraph.KindParty && m.named() && (m.first > d.sents[si].first || m.last < d.sents[si].last && d.toks[m.last].cap)
		// a body the gazetteer names in words of its own ("Human Rights
		// Watch", "Save the Children")
		body := kindGroup(m.kind) == "org" && m.via == "name" && m.last-m.first > 1
		if m.kind == polgraph.KindPerson && m.via != "pronoun" {
			for i := m.first; i < m.last; i++ {
				x.syllablesReadAsWords(i)
			}
		}
		if !person && !party && !body && (m.via != "name" || m.kind != polgraph.KindPlace) {
			continue
		}
		for i := m.first; i < m.last; i++ {
			inner := i > m.first && i < m.last-1 && !d.toks[i].cap
			if w := x.at(i); w >= 0 && ((person || party || body) && d.toks[i].cap || !person && !party && !body && inner) && (x.pos(w) == "AUX" || x.pos(w) == "VERB") {
				parse.Default().MarkProperNoun(&x.tree, w)
			}
		}
	}
}

// pastsReadAsNames retags as past tenses the irregular verb forms the
// tagger, never having seen them, reads as the last word of the name
// before them: in "Mara Selig swore in Karl Moss as prime minister",
// "swore" read as a name leaves the sentence no verb and Moss no post. A
// lower-case word right after a person's name, which the name does not
// take in, is no word of it.
func (d *doc) pastsReadAsNames(si int, x *syntax) {
	for _, mi := range d.mentionsOf(si) {
		m := &d.ments[mi]
		if m.kind != polgraph.KindPerson || m.via == "pronoun" || m.last >= len(d.toks) || d.toks[m.last].cap {
			continue
		}
		if w := x.at(m.last); w >= 0 && x.pos(w) == "PROPN" && parse.IrregularPast(strings.ToLower(x.tree.Words[w])) {
			parse.Default().MarkPastTense(&x.tree, w)
		}
	}
}

// pastsReadAsPrepositions retags as past tenses the irregular verb forms
// the tagger, never having seen them, reads as a preposition after a noun,
// and tags the words after them again: in "Minsk froze the assets of
// three firms", "froze" read as a preposition leaves the clause no verb,
// the city no act and the assets no one to freeze them. No irregular past
// is a preposition, and a noun before it is the subject it follows.
func pastsReadAsPrepositions(x *syntax) {
	for w := 1; w < len(x.tree.Words); w++ {
		word := x.tree.Words[w]
		if x.pos(w) != "ADP" || word != strings.ToLower(word) || !parse.IrregularPast(word) {
			continue
		}
		if prev := x.pos(w - 1); (prev == "NOUN" || prev == "PROPN") && parse.Default().MarkPastTense(&x.tree, w) {
			parse.Default().RetagAfter(&x.tree, w)
		}
	}
}

// titleWordsReadAsVerbs retags as adjectives the verb forms the tagger
// reads inside the title before a person's name: in "met IMF managing
// director Stanley Fischer", "managing" read as a verb makes the IMF what
// was met and the director what is managed. The suffix of a capitalised
// title ("Prime Minister-designate") is retagged as a proper noun, as the
// title's words are: read as an adjective it parts title from name and
// lets the parse hang the sentence's time on the wrong clause.
func (d *doc) titleWordsReadAsVerbs(si int, x *syntax) {
	for _, mi := range d.mentionsOf(si) {
		m := &d.ments[mi]
		if m.kind != polgraph.KindPerson || m.office == nil || m.officeStart < 0 {
			continue
		}
		for i := m.officeStart; i < m.first; i++ {
			w := x.at(i)
			switch {
			case w < 0:
			case d.toks[i].cap && strings.Contains(d.toks[i].text, "-"):
				x.syllablesReadAsWords(i) // the parser's words of "Minister-designate"
			case !d.toks[i].cap && x.pos(w) == "VERB":
				parse.Default().MarkAdjective(&x.tree, w)
			}
		}
		if w := x.at(d.titleModifierBefore(si, m.officeStart)); w >= 0 && x.pos(w) == "VERB" {
			// "met with visiting Zambian Foreign Minister X": read as a
			// verb, "visiting" takes the demonym for its object and the
			// minister for a phrase of its own
			parse.Default().MarkAdjective(&x.tree, w)
		}
	}
	d.titleWordsReadAsPredicateVerbs(si, x)
}

// titleModifierBefore is the token of the lower-case word of
// titleModifiers right before a title that opens at token start, or
// before the demonym right before it ("visiting Zambian Foreign
// Minister"); -1 if there is none.
func (d *doc) titleModifierBefore(si, start int) int {
	k := start - 1
	for _, mi := range d.mentionsOf(si) {
		if m := &d.ments[mi]; m.via == "demonym" && m.last == start {
			k = m.first - 1
		}
	}
	if k < d.sents[si].first || d.toks[k].cap || !titleModifiers[d.toks[k].lower] {
		return -1
	}
	return k
}

// titleWordsReadAsPredicateVerbs retags as nouns the lower-case words the
// tagger reads as verbs inside an office title with no name after it: in
// "when he was transport minister", "transport" read as a passive verb
// leaves no title for the clause to give him.
func (d *doc) titleWordsReadAsPredicateVerbs(si int, x *syntax) {
	s := &d.sents[si]
	for i := s.first; i < s.last; i++ {
		w := x.at(i)
		if w < 0 || d.toks[i].cap || x.pos(w) != "VERB" {
			continue
		}
		for j := max(s.first, i-2); j <= i; j++ {
			if n, o := d.officeAt(j, s.last); o != nil && j+n-1 > i {
				parse.Default().MarkNoun(&x.tree, w)
				break
			}
		}
	}
}

// syllablesReadAsWords retags as proper nouns the lower-case syllables
// after a hyphen inside token i of a person's name: the treebanks split
// "Ching-te" into "Ching - te", and a tagger that reads "te" or "un" as a
// common noun lets the parse make it the head of an apposition, cutting
// the name off from its clause.
func (x *syntax) syllablesReadAsWords(i int) {
	w, end := x.at(i), len(x.tree.Words)
	if i+1-x.first < len(x.word) {
		end = x.at(i + 1)
	}
	for w++; w >= 1 && w < end; w++ {
		if x.tree.Words[w-1] == "-" && x.pos(w) != "PROPN" {
			parse.Default().MarkProperNoun(&x.tree, w)
		}
	}
}

// demonymsReadAsNames retags as adjectives the nationalities the tagger
// read as names before a lower-case noun: in "freed French tourist Luc
// Morel" the parse would make "French" the object and the tourist's name
// an oblique.
func (d *doc) demonymsReadAsNames(si int, x *syntax) {
	for _, mi := range d.mentionsOf(si) {
		m := &d.ments[mi]
		if m.via != "demonym" || m.last-m.first != 1 || m.last >= d.sents[si].last {
			continue
		}
		// opening a list of nationalities before a lower-case noun
		// ("Jordanian, Egyptian and Saudi officials"), which the parse
		// would cut off the noun
		end := d.demonymListEnd(si, m)
		listed := end > m.last && end < d.sents[si].last && d.toks[end].kind == tokWord && !d.toks[end].cap
		if d.toks[m.last].kind != tokWord && !listed {
			continue
		}
		// before a lower-case noun, or a title ("and Hungarian Prime
		// Minister Viktor Orban", where the name would be a conjunct)
		title := false
		if d.toks[m.last].cap {
			n, _ := d.officeAt(m.last, d.sents[si].last)
			title = n > 0
		}
		if w := x.at(m.first); w >= 0 && x.pos(w) == "PROPN" && w+1 < len(x.tree.Words) && (x.pos(w+1) == "NOUN" && !d.toks[m.last].cap || title || listed) {
			parse.Default().MarkAdjective(&x.tree, w)
		}
	}
}

// listedNationality reports whether mention n may go on a list of
// nationalities: a demonym, or a state's acronym set as one ("Egyptian,
// Qatari and US mediators").
func (d *doc) listedNationality(n *mention) bool {
	return n.via == "demonym" || n.via == "acronym" && n.kind == polgraph.KindCountry
}

// demonymListRefs lists the entities of the nationalities in the list
// demonym mention m opens, m's own first.
func (d *doc) demonymListRefs(si int, m *mention) []int {
	var out []int
	end := d.demonymListEnd(si, m)
	for _, mi := range d.mentionsOf(si) {
		if n := &d.ments[mi]; n.first >= m.first && n.last <= end && d.listedNationality(n) {
			out = appendNew(out, d.refs(n)...)
		}
	}
	return out
}

// demonymListOver is the demonym mention that opens the list of
// nationalities demonym mention m is in: "Jordanian" for "Saudi" in
// "Jordanian, Egyptian and Saudi officials", m where m stands alone.
func (d *doc) demonymListOver(si int, m *mention) *mention {
	for _, mi := range d.mentionsOf(si) {
		if o := &d.ments[mi]; o.via == "demonym" && o.first <= m.first && d.demonymListEnd(si, o) >= m.last {
			return o
		}
	}
	return m
}

// demonymListEnd is the token after the list of nationalities that
// demonym mention m opens ("Egyptian and Qatari", "Jordanian, Egyptian and
// Saudi", "Franco-German"), joined by commas, "and", "or" or a hyphen:
// m.last where m stands alone.
func (d *doc) demonymListEnd(si int, m *mention) int {
	end := m.last
	for j := end; j < d.sents[si].last; j++ {
		if l := d.toks[j].lower; l == "," || l == "and" || l == "or" || l == "-" && j > 0 && d.toks[j-1].end == d.toks[j].start && j+1 < len(d.toks) && d.toks[j+1].start == d.toks[j].end {
			continue
		}
		k := slices.IndexFunc(d.mentionsOf(si), func(mi int) bool { return d.ments[mi].first == j && d.listedNationality(&d.ments[mi]) })
		if k < 0 || j == end {
			break
		}
		end = d.ments[d.mentionsOf(si)[k]].last
		j = end - 1
	}
	return end
}

// bodyAfterStanding mends a parse that sets a party's or a body's name
// after its standing beside the standing ("the head of the opposition Civic
// Platform, Jan Borowik, said": "Civic Platform" an apposition of
// "opposition", and the person set off after it an apposition of the
// name). A standing of partyAdjectives right before a name the recogniser
// read as a party or an organisation modifies the name, which heads the
// phrase; a person's name set off after it by commas is then the
// apposition of the office noun the phrase hangs on, as it is with no
// standing ("the head of Civic Platform, Jan Borowik"). A person's name
// after a standing ("Leader of the Opposition Ann Dorr") is left alone.
func (d *doc) bodyAfterStanding(si int, x *syntax) {
	t := &x.tree
	for _, mi := range d.mentionsOf(si) {
		m := &d.ments[mi]
		if m.kind != polgraph.KindParty && m.kind != polgraph.KindOrganization {
			continue
		}
		a, b := x.at(m.first), x.lastWord(m.last-1)
		if a < 1 || b < a || !partyAdjectives[strings.ToLower(t.Words[a-1])] {
			continue
		}
		p, n := a-1, x.spanHead(m.first, m.last)
		if n < 0 || t.Head[n] != p || t.Rel[n] != "appos" || t.Head[p] < 0 {
			continue
		}
		for c, h := range t.Head {
			if h == p && c != n {
				t.Head[c] = n // "of", "the": the name's
			}
		}
		t.Head[n], t.Rel[n] = t.Head[p], t.Rel[p]
		t.Head[p], t.Rel[p] = n, "amod"
		o := t.Head[n]
		if o < 0 || t.UPOS[o] != "NOUN" {
			continue
		}
		for c, h := range t.Head {
			if h != n || c <= b || t.Rel[c] != "appos" || !x.commaBetween(b, c) {
				continue
			}
			if pm := d.mentionAtWord(si, x, c); pm != nil && pm.kind == polgraph.KindPerson {
				t.Head[c] = o // "the head of ... Civic Platform, Jan Borowik": the head's
			}
		}
	}
}

// mentionAtWord is the mention of sentence si whose tokens hold word w, or nil.
func (d *doc) mentionAtWord(si int, x *syntax, w int) *mention {
	i := x.token(w)
	for _, mi := range d.mentionsOf(si) {
		if m := &d.ments[mi]; m.first <= i && i < m.last {
			return m
		}
	}
	return nil
}

// gerundNouns name a crime or a trade after a noun
// (data/words/gerund_nouns.txt).
var gerundNouns = wordSet("gerund_nouns.txt")

// nounOnlyIngs are "-ing" words no verb has (data/words/noun_only_ings.txt).
var nounOnlyIngs = wordSet("noun_only_ings.txt")

// dayPartNouns are nouns of a moment of the day
// (data/words/day_part_nouns.txt).
var dayPartNouns = wordSet("day_part_nouns.txt")

// dayPartsReadAsVerbs retags as nouns the dayPartNouns the tagger read as
// verbs: "before dawn on Tuesday" tells when the clause's act was.
func dayPartsReadAsVerbs(x *syntax) {
	for w := range x.tree.Words {
		if x.pos(w) == "VERB" && dayPartNouns[strings.ToLower(x.tree.Words[w])] {
			parse.Default().MarkNoun(&x.tree, w)
		}
	}
}

// sharingVerbs take a bare infinitive whose act their subject shares in
// ("helped found"; data/words/sharing_verbs.txt).
var sharingVerbs = wordSet("sharing_verbs.txt")

// leadVerbAfterHelpReadAsOther retags as a base form a verb of leading
// (leadVerbs) right after a verb of sharingVerbs that the tagger read as
// another word: in "Ivo Dorn helped found the Harvest Party", "found" read
// as a preposition leaves the party no founder. "helped to found" the
// tagger reads right.
func leadVerbAfterHelpReadAsOther(x *syntax) {
	for w := range x.tree.Words {
		if x.leadVerbReadAsOther(w) {
			parse.Default().MarkBaseVerb(&x.tree, w)
		}
	}
}

// leadVerbReadAsOther reports whether word w, tagged as no verb, is a
// verb of leading's base form right after a verb of sharingVerbs.
func (x *syntax) leadVerbReadAsOther(w int) bool {
	t := &x.tree
	return w > 0 && x.pos(w) != "VERB" && x.pos(w-1) == "VERB" && sharingVerbs[t.Lemma[w-1]] && leadLemmas[strings.ToLower(t.Words[w])]
}

// pastBeforeAgentReadAsTense retags as a past participle a past tense
// set off by a comma after a noun with "by" right after it: in "The Civic
// Bloc, launched by Ana Holm in 2019, won seats", "launched" read as the
// sentence's verb makes the bloc launch Ana Holm and "won" its conjunct.
// A verb whose agent follows it is passive, and with no auxiliary it is a
// participle on the noun before the comma.
func pastBeforeAgentReadAsTense(x *syntax) {
	t := &x.tree
	for w := 2; w+1 < len(t.Words); w++ {
		if t.XPOS[w] == "VBD" && t.Words[w-1] == "," && (t.UPOS[w-2] == "NOUN" || t.UPOS[w-2] == "PROPN") && strings.EqualFold(t.Words[w+1], "by") {
			parse.Default().MarkParticiple(t, w)
		}
	}
}

// nounPastTenses are past tenses that are nouns too
// (data/words/noun_past_tenses.txt).
var nounPastTenses = wordSet("noun_past_tenses.txt")

// pastTensesReadAsNouns retags as past tenses the words of nounPastTenses
// the tagger read as a singular noun right after a noun and before a
// word that opens a noun phrase: in "North Korean hackers stole emails
// from the ministry", "stole" read as a noun leaves the sentence no verb,
// and the hackers no act.
func pastTensesReadAsNouns(x *syntax) {
	t := &x.tree
	for w := 1; w+1 < len(t.Words); w++ {
		if t.XPOS[w] != "NN" || !nounPastTenses[strings.ToLower(t.Words[w])] || t.UPOS[w-1] != "NOUN" && t.UPOS[w-1] != "PROPN" {
			continue
		}
		switch t.UPOS[w+1] {
		case "DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON":
			parse.Default().MarkPastTense(t, w)
		}
	}
}

// wordsReadAsFragments retags as a noun a whole word the tagger read as a
// fragment of a split one (GW, "goes with") after a noun or a modifier of
// one, and tags the words after it again: in "its election win in
// November", "win" read as a piece of "w/in" leaves the election no noun
// of winning, and the month no event to date.
func wordsReadAsFragments(x *syntax) {
	t := &x.tree
	for w := 1; w < len(t.Words); w++ {
		if t.XPOS[w] != "GW" || len(t.Words[w]) < 3 || strings.ContainsFunc(t.Words[w], func(r rune) bool { return !unicode.IsLetter(r) }) {
			continue
		}
		nominal := slices.Contains([]string{"NOUN", "PROPN", "ADJ", "DET", "NUM"}, t.UPOS[w-1]) || t.XPOS[w-1] == "PRP$" || t.XPOS[w-1] == "POS"
		if nominal && parse.Default().MarkNoun(t, w) {
			parse.Default().RetagAfter(t, w)
		}
	}
}

// gerundsReadAsVerbs retags as nouns the "-ing" words that are only
// nouns ("denied wrongdoing"), and the gerunds of gerundNouns the
// tagger read as verbs after a noun: "money laundering" is a compound,
// no clause of its own.
func gerundsReadAsVerbs(x *syntax) {
	for w := range x.tree.Words {
		if x.pos(w) == "VERB" && nounOnlyIngs[strings.ToLower(x.tree.Words[w])] {
			parse.Default().MarkNoun(&x.tree, w)
			continue
		}
		if w > 0 && x.pos(w) == "VERB" && x.pos(w-1) == "NOUN" && gerundNouns[strings.ToLower(x.tree.Words[w])] {
			parse.Default().MarkNoun(&x.tree, w)
		}
	}
}

// foreignNounPhrases are noun phrases borrowed whole from another
// language (data/words/foreign_noun_phrases.tsv).
var foreignNounPhrases = wordTable("foreign_noun_phrases.tsv", "noun")

// foreignPhraseOpeners are the first words of foreignNounPhrases, asked
// before any words are joined, as most sentences hold none.
var foreignPhraseOpeners = func() map[string]bool {
	out := map[string]bool{}
	for p := range foreignNounPhrases {
		first, _, _ := strings.Cut(p, " ")
		out[first] = true
	}
	return out
}()

// foreignPhraseAt is the length in words of the longest phrase of
// foreignNounPhrases that opens at word a of words, or 0.
func foreignPhraseAt(words []string, a int) int {
	if !foreignPhraseOpeners[strings.ToLower(words[a])] {
		return 0
	}
	n := 0
	for k := 2; k <= 3 && a+k <= len(words); k++ {
		if foreignNounPhrases[strings.ToLower(strings.Join(words[a:a+k], " "))] != "" {
			n = k
		}
	}
	return n
}

// foreignNounsReadAsVerbs retags as nouns the words of a phrase of
// foreignNounPhrases that the tagger read as verbs: in "declared two
// diplomats persona non grata, accusing them of spying", "persona" read
// as a verb would take the clause after it as its own.
func foreignNounsReadAsVerbs(x *syntax) {
	for a := range x.tree.Words {
		for k := a; k < a+foreignPhraseAt(x.tree.Words, a); k++ {
			if x.pos(k) == "VERB" {
				parse.Default().MarkNoun(&x.tree, k)
			}
		}
	}
}

// foreignNounAfterObject mends the parse of a phrase of
// foreignNounPhrases right after a verb's object, which the parse hangs
// on the object by any relation or cuts into words of no phrase: in
// "declared two diplomats persona non grata", "persona" is read as a time
// of "diplomats" and "grata" as a stray word, or "grata" as a second
// object joined to "diplomats". The phrase is one noun, the verb's
// complement ("declared the talks a success").
func (x *syntax) foreignNounAfterObject() {
	t := &x.tree
	for a := 1; a < len(t.Words); a++ {
		if n, o := foreignPhraseAt(t.Words, a), a-1; n > 0 && t.Rel[o] == "obj" && t.Head[o] >= 0 && x.phraseHungOn(a, a+n, o) {
			t.Head[a], t.Rel[a] = t.Head[o], "xcomp"
			for k := a + 1; k < a+n; k++ {
				t.Head[k], t.Rel[k] = a, "fixed"
			}
		}
	}
}

// phraseHungOn reports whether the words [from, to) hang on word o alone
// of the words outside them, as a phrase of the parse's or not.
func (x *syntax) phraseHungOn(from, to, o int) bool {
	on := false
	for k := from; k < to; k++ {
		if h := x.tree.Head[k]; h < from || h >= to {
			if h != o {
				return false
			}
			on = true
		}
	}
	return on
}

// participleAfterSubject retags as a past tense the past participle the
// tagger read right after a sentence's opening noun phrase, where no finite
// verb follows: in "Kenyan police fired tear gas on Saturday to disperse
// protesters", "fired" read as a participle makes "police-fired tear gas"
// a phrase with no verb. A reduced relative ("the bill passed by MPs
// bans ...") has its sentence's verb after it; a reporting tail ("...,
// her lawyer said.") is no such verb, nor is a verb joined to it by "and"
// ("Police arrested opposition leader X and charged him"), which shares
// its subject. A wire's lead may set the body's short name in brackets
// after it ("The Anti-Graft Bureau (AGB) on Thursday arrested ...") and
// close on a clause of its own after a comma (", hours after he
// returned"), whose verb is no verb of the sentence's.
func participleAfterSubject(x *syntax) {
	t := &x.tree
	n := len(t.Words)
	if n < 3 || t.Words[n-1] != "." {
		return
	}
	w := 0
	for w < n {
		if c := bracketedName(t, w); c > 0 {
			w = c + 1 // "(AGB)"
			continue
		}
		if pastAfterNoun(t, w) || !(t.UPOS[w] == "DET" || t.UPOS[w] == "ADJ" || t.UPOS[w] == "NOUN" || t.UPOS[w] == "PROPN" || t.UPOS[w] == "NUM" || t.UPOS[w] == "ADP" && w > 0 || t.XPOS[w] == "POS") {
			break
		}
		w++
	}
	if c := relativeAsideEnd(t, w); w > 0 && c > 0 {
		// "Ibarra, who finished second, congratulated Pierce": the
		// subject's aside set off by commas, then the sentence's verb
		if w = c + 1; !pastAfterAside(t, w) {
			return
		}
	} else if w == 0 || w == n || t.XPOS[w] != "VBN" && !pastAfterNoun(t, w) || t.UPOS[w-1] != "NOUN" && t.UPOS[w-1] != "PROPN" && t.Words[w-1] != ")" {
		return
	}
	for j := w + 1; j < x.reportingTailStart(); j++ {
		if (t.Words[j-1] == "," || t.Words[j-2] == ",") && subordinateOpener(t, j) {
			// ", hours after he returned", ", who took office": a clause
			// of its own, up to the comma that closes it
			for j+1 < n && t.Words[j+1] != "," {
				j++
			}
			continue
		}
		if tag := t.XPOS[j]; (finiteTags[tag] || tag == "MD") && t.XPOS[j-1] != "CC" {
			return
		}
	}
	parse.Default().MarkPastTense(t, w)
}

// relativeAsideEnd is the comma that closes a relative clause set off by
// commas at word w (", who finished second,"), or -1.
func relativeAsideEnd(t *parse.Tree, w int) int {
	if w+2 >= len(t.Words) || t.Words[w] != "," || !relativePronouns[strings.ToLower(t.Words[w+1])] {
		return -1
	}
	for c := w + 2; c+1 < len(t.Words); c++ {
		if t.Words[c] == "," {
			return c
		}
	}
	return -1
}

// pastAfterAside reports an "-ed" word the tagger read as an adjective or
// a participle right after a subject's aside, before the words that open
// its object: the sentence's verb in its past.
func pastAfterAside(t *parse.Tree, w int) bool {
	return w+1 < len(t.Words) && (t.XPOS[w] == "VBN" || t.XPOS[w] == "JJ") && strings.HasSuffix(t.Words[w], "ed") && objectOpeners[t.UPOS[w+1]]
}

// timeClauseOpeners open a clause of when another clause's act took
// place (data/words/time_clause_openers.txt).
var timeClauseOpeners = wordSet("time_clause_openers.txt")

// participleInTimeClause retags as a past tense the past participle the
// tagger read right after a time clause's opener and its subject, with an
// object after it and no auxiliary: in "Kiptoo spoke on Wednesday, a day
// after demonstrators stormed parliament", "stormed" read as a participle
// on the demonstrators leaves the storming no clause, and no time of its
// own. A participle with no object after it ("after the men detained last
// week were freed", "after talks held in Geneva") is left as read.
func participleInTimeClause(x *syntax) {
	t := &x.tree
	for o := 0; o+3 < len(t.Words); o++ {
		if !timeClauseOpeners[t.Lemma[o]] || t.UPOS[o] != "ADP" && t.UPOS[o] != "SCONJ" {
			continue
		}
		w := o + 1
		for w < len(t.Words) && slices.Contains([]string{"DET", "ADJ", "NOUN", "PROPN", "NUM"}, t.UPOS[w]) {
			w++
		}
		if w == o+1 || w+1 >= len(t.Words) || t.XPOS[w] != "VBN" || t.UPOS[w-1] != "NOUN" && t.UPOS[w-1] != "PROPN" {
			continue
		}
		switch t.UPOS[w+1] {
		case "DET", "NOUN", "PROPN", "PRON":
			parse.Default().MarkPastTense(t, w)
		}
	}
}

// subordinateOpener reports a word that opens a clause of its own: a
// subordinating conjunction ("after he returned") or a relative pronoun
// ("who", "which").
func subordinateOpener(t *parse.Tree, w int) bool {
	return t.UPOS[w] == "SCONJ" || t.XPOS[w] == "WDT" || t.XPOS[w] == "WP" || t.XPOS[w] == "WP$"
}

// bracketedName is the closing bracket of a name or short name set in
// brackets that opens at word w ("(AGB)", "(Anti-Graft Bureau)"), or -1.
func bracketedName(t *parse.Tree, w int) int {
	if w < 1 || w >= len(t.Words) || t.Words[w] != "(" {
		return -1
	}
	for c := w + 1; c < len(t.Words) && c <= w+5; c++ {
		if t.Words[c] == ")" {
			if c > w+1 {
				return c
			}
			return -1
		}
		if t.UPOS[c] != "PROPN" && t.UPOS[c] != "NOUN" && strings.ToUpper(t.Words[c]) != t.Words[c] {
			return -1 // a short name in capitals may be tagged as a word it spells ("(AGO)")
		}
	}
	return -1
}

// pastAfterNoun reports a verb's past the tagger read right after a noun
// or a name as an adjective or a noun: an "-ed" word ("A court in Minsk
// on Tuesday sentenced ...", where an adjective would come before its
// noun), or an event's verb of data/triggers.tsv before the words that
// open its object ("The Harvest Party quit Prime Minister X's
// coalition"), or before the particle of a verb phrase of them and then
// those words ("Ukrainian air defences shot down 30 drones").
func pastAfterNoun(t *parse.Tree, w int) bool {
	if w == 0 || t.UPOS[w-1] != "NOUN" && t.UPOS[w-1] != "PROPN" {
		return false
	}
	if armedVerbReadAsModifier(t, w) {
		return true
	}
	switch t.XPOS[w] {
	case "JJ":
		return strings.HasSuffix(t.Words[w], "ed")
	case "NN":
		return slices.ContainsFunc(triggers[strings.ToLower(t.Words[w])], func(tr trigger) bool {
			if tr.noun || tr.speech || len(tr.words) > 2 {
				return false
			}
			o := w + len(tr.words) // the object's first word, after the phrase
			return o < len(t.Words) && objectOpeners[t.UPOS[o]] && (len(tr.words) == 1 || strings.ToLower(t.Words[w+1]) == tr.words[1])
		})
	}
	return false
}

// armedVerbReadAsModifier reports a verb of the trigger form "armed" that
// the tagger read as a noun or an adjective between a weapon or an armed
// force and a bare plural ("Israeli aircraft hit targets in southern
// Lebanon", "Russian troops hit positions near the town"): there it
// modifies nothing, being what the weapon did to the plural.
func armedVerbReadAsModifier(t *parse.Tree, w int) bool {
	if w+1 >= len(t.Words) || t.UPOS[w] != "NOUN" && t.UPOS[w] != "ADJ" || t.XPOS[w+1] != "NNS" {
		return false
	}
	before := strings.ToLower(t.Words[w-1])
	if !armedNouns[before] && !armedNouns[strings.TrimSuffix(before, "s")] {
		return false
	}
	return slices.ContainsFunc(triggers[strings.ToLower(t.Words[w])], func(tr trigger) bool { return tr.armed && !tr.noun })
}

// objectOpeners are the parts of speech an object's phrase opens with.
var objectOpeners = set("DET PROPN ADJ NUM PRON")

// reportingTailStart is the comma that opens the sentence's reporting
// tail ("..., her lawyer said.", "..., said Ivo Holm."): a speaker's
// phrase and a reporting verb, and the full stop. It is the sentence's
// last word where there is no tail.
func (x *syntax) reportingTailStart() int {
	t := &x.tree
	last := len(t.Words) - 1
	c := slices.Index(t.Words[max(0, last-8):], ",")
	if c < 0 {
		return last
	}
	c += max(0, last-8)
	verbs := 0
	for w := c + 1; w < last; w++ {
		switch {
		case reportingWords[strings.ToLower(t.Words[w])] && x.isVerb(w):
			verbs++
		case t.UPOS[w] != "DET" && t.UPOS[w] != "ADJ" && t.UPOS[w] != "NOUN" && t.UPOS[w] != "PROPN" && t.UPOS[w] != "PRON":
			return last
		}
	}
	if verbs != 1 {
		return last
	}
	return c
}

// relativeVerbsReadAsNouns retags as verbs the present tense of a verb
// trigger that ends a relative clause with no pronoun, after its subject,
// which the tagger read as a plural noun: in "accused the government of
// rigging the vote, a charge the government denies", "an accusation the
// Kremlin rejects" and "a charge Budapest rejects", "denies" and "rejects"
// are the clause's verbs, the noun before the subject what they are done
// to. A form
// that is a noun trigger too ("reports", "protests") is left as it is.
func relativeVerbsReadAsNouns(x *syntax) {
	head := func(w int) bool { return w >= 0 && (x.tree.UPOS[w] == "NOUN" || x.tree.XPOS[w] == "WDT") }
	for w := 2; w < len(x.tree.Words); w++ {
		if x.tree.XPOS[w] != "NNS" || w+1 < len(x.tree.Words) && x.pos(w+1) != "PUNCT" {
			continue
		}
		// the subject a noun after its determiner ("a charge the
		// government denies") or a name ("a charge Budapest rejects")
		withDet := (x.tree.UPOS[w-1] == "NOUN" || x.tree.UPOS[w-1] == "PROPN") && x.tree.UPOS[w-2] == "DET" && head(w-3)
		named := x.tree.UPOS[w-1] == "PROPN" && head(w-2)
		if !withDet && !named {
			continue
		}
		ts := triggers[strings.ToLower(x.tree.Words[w])]
		if len(ts) > 0 && !slices.ContainsFunc(ts, func(t trigger) bool { return t.noun || len(t.words) != 1 }) {
			parse.Default().MarkPresentVerb(&x.tree, w)
		}
	}
}

// claimsReadAsVerbs retags the present tense of a verb of denying and the
// claim after it that the tagger read as a plural noun and a verb, or as
// two verbs: in "Kyiv denies reports that Russian troops have taken the
// town" or "Holm rejects claims that she met Lind", "reports" and
// "claims" are what is denied, not the sentence's verb; so a claim read
// as a verb that opens a sentence with its "that" ("Reports that ...").
func claimsReadAsVerbs(x *syntax) {
	if len(x.tree.Words) > 2 && x.tree.XPOS[0] == "VBZ" && deniedNouns[strings.TrimSuffix(strings.ToLower(x.tree.Words[0]), "s")] != "" && strings.ToLower(x.tree.Words[1]) == "that" {
		// "Reports that Holm met Lind are untrue": the sentence's
		// subject, the claim its predicate calls false
		parse.Default().MarkPluralNoun(&x.tree, 0)
	}
	for w := 1; w+1 < len(x.tree.Words); w++ {
		c := w + 1
		if x.tree.XPOS[c] != "VBZ" || x.tree.XPOS[w] != "NNS" && x.tree.XPOS[w] != "VBZ" {
			continue
		}
		noun := strings.TrimSuffix(strings.ToLower(x.tree.Words[c]), "s")
		if deniedNouns[noun] == "" || !denyingForm(strings.ToLower(x.tree.Words[w])) {
			continue
		}
		if x.tree.XPOS[w] == "NNS" {
			parse.Default().MarkPresentVerb(&x.tree, w)
		}
		parse.Default().MarkPluralNoun(&x.tree, c)
	}
}

// reportReadAsNoun retags the present tense of a verb of saying that
// the tagger read as a plural noun after the sentence's opening noun and
// the phrases on it, and a past right after that noun, read as the
// sentence's verb, as a reduced relative's participle: in "A post shared
// 40,000 times on Facebook alleges that Holm met an envoy" and "A post on
// Facebook alleges that ...", "alleges" is read as a noun, so the post
// would not be what tells the meeting. A singular noun opening the
// sentence, then a past or a preposition and only its phrases, up to a
// verb of saying in the present with "that" after it and no determiner
// before it: that verb is the sentence's.
func reportReadAsNoun(x *syntax) {
	t := &x.tree
	p := 0
	for p < len(t.Words) && (t.UPOS[p] == "DET" || t.UPOS[p] == "ADJ" || t.UPOS[p] == "NOUN" || t.UPOS[p] == "PROPN") {
		p++
	}
	if p == 0 || p >= len(t.Words) || t.XPOS[p-1] != "NN" {
		return
	}
	participle := t.UPOS[p] == "VERB" && (t.XPOS[p] == "VBD" || t.XPOS[p] == "VBN")
	if !participle && t.UPOS[p] != "ADP" {
		return
	}
	for r := p + 1; r+1 < len(t.Words); r++ {
		finite := finiteTags[t.XPOS[r]] || t.XPOS[r] == "MD"
		if finite || t.UPOS[r] == "PUNCT" || t.XPOS[r] == "NNS" && presentSaying(t, r) {
			if !presentSaying(t, r) || t.UPOS[r-1] == "DET" || t.UPOS[r-1] == "ADJ" {
				return
			}
			if !finite {
				parse.Default().MarkPresentVerb(t, r)
			}
			if participle {
				parse.Default().MarkParticiple(t, p)
			}
			return
		}
	}
}

// presentSaying reports whether word r is the present tense of a verb of
// saying (data/words/saying_verbs.txt) with "that" after it.
func presentSaying(t *parse.Tree, r int) bool {
	w := strings.ToLower(t.Words[r])
	return strings.HasSuffix(w, "s") && sayingVerbs[w] && strings.EqualFold(t.Words[r+1], "that")
}

// denyingForm reports whether form f is the present tense of a verb of
// denying: a denial's own trigger ("denies"), or a verb refusing a claim
// ("rejects", "dismisses", "disputes").
func denyingForm(f string) bool {
	if slices.ContainsFunc(triggers[f], func(t trigger) bool { return t.typ == "DENIAL" && !t.noun && len(t.words) == 1 }) {
		return true
	}
	for _, l := range []string{strings.TrimSuffix(f, "s"), strings.TrimSuffix(f, "es"), strings.TrimSuffix(f, "ies") + "y"} {
		if l != f && refutationUses[l] == "refuse" {
			return true
		}
	}
	return false
}

// modifiesGerund reports a noun trigger at tokens [i, i+n) of sentence si
// that modifies a gerund of gerundNouns: "vote rigging", "vote buying"
// name a practice, no vote held.
func (d *doc) modifiesGerund(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	return w >= 0 && x.rel(w) == "compound" && x.head(w) > w && gerundNouns[strings.ToLower(x.tree.Words[x.head(w)])]
}

// classifierHeads are nouns an event noun before them only classifies
// (data/words/classifier_heads.txt).
var classifierHeads = wordSet("classifier_heads.txt")

// classifiesNoun reports an event noun trigger at tokens [i, i+n) that
// the tree reads as a modifier of one of classifierHeads: "election
// observers", "an arrest warrant" tell of no election held, no arrest made.
func (d *doc) classifiesNoun(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	return w >= 0 && x.rel(w) == "compound" && x.head(w) > w && classifierHeads[strings.ToLower(x.lemma(x.head(w)))]
}

// arrestOrdered reports whether the arrest noun at tokens [i, i+n) of
// sentence si is one ordered, not made: the object of a verb of
// arrestOrders or a "for" phrase on one of its nouns ("ordered the arrest
// of Ivo Dorn", "a warrant for Dorn's arrest").
func (d *doc) arrestOrdered(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	if w < 0 {
		return false
	}
	h := x.head(w)
	if h < 0 {
		return false
	}
	if !arrestOrders[strings.ToLower(x.lemma(h))] {
		return x.orderedClause(w)
	}
	if x.isVerb(h) {
		return x.rel(w) == "obj" || x.rel(w) == "ccomp"
	}
	return (x.baseRel(w) == "nmod" || x.baseRel(w) == "obl") && x.caseOf(w) == "for"
}

// orderedClause reports an arrest word w in a clause with its own
// subject that a verb of arrestOrders takes as its complement, or an
// oblique of that clause's verb: "ordered that Ivo Dorn be detained",
// "ordered that Dorn be placed under house arrest". (Not "ordered Dorn
// detained", "ordered police to arrest Dorn", whose clause has no
// subject of its own, which the parse would leave the doer's.)
func (x *syntax) orderedClause(w int) bool {
	c := w
	if x.baseRel(c) == "obl" && x.head(c) >= 0 && x.isVerb(x.head(c)) {
		c = x.head(c) // "placed under house arrest": the verb the arrest is told by
	}
	h := x.head(c)
	if c == w && !x.isVerb(w) || h < 0 || !x.isVerb(h) || !arrestOrders[strings.ToLower(x.lemma(h))] {
		return false
	}
	return x.rel(c) == "ccomp"
}

var arrestOrders = wordSet("arrest_orders.txt")

// mentionsOf lists the mentions of sentence si: from the index where it
// is built, else (the kinds read from context parse sentences before
// then) from all the article's mentions.
func (d *doc) mentionsOf(si int) []int {
	if si < len(d.sentMents) {
		return d.sentMents[si]
	}
	var out []int
	for mi := range d.ments {
		if d.ments[mi].sent == si {
			out = append(out, mi)
		}
	}
	return out
}

// capitalisedRun reports whether words a to b are all capitalised and not
// punctuation.
func (x *syntax) capitalisedRun(a, b int) bool {
	for w := a; w <= b; w++ {
		if r, _ := utf8.DecodeRuneInString(x.tree.Words[w]); x.tree.UPOS[w] == "PUNCT" || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// circumstance reports a participle's clause on a verb, with neither a
// subject nor a conjunction of its own ("speaking to reporters, she
// said"): it happens as the verb does. "After resigning in March" is a
// clause of another time.
func (x *syntax) circumstance(v int) bool {
	return x.rel(v) == "advcl" && x.head(v) >= 0 && x.tree.XPOS[v] == "VBG" &&
		len(x.childrenWith(v, "nsubj", "nsubj:pass", "mark")) == 0
}

// gerundOfTime reports a gerund's clause on a verb that a conjunction of
// time opens, with no subject of its own ("sacked the minister after
// accusing him"): of another time than the verb's, but done by the verb's
// subject.
func (x *syntax) gerundOfTime(v int) bool {
	if x.rel(v) != "advcl" || x.head(v) < 0 || x.tree.XPOS[v] != "VBG" || len(x.childrenWith(v, "nsubj", "nsubj:pass")) > 0 {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(v, "mark"), func(m int) bool { return clauseOpeners[strings.ToLower(x.tree.Words[m])] })
}

// finiteTags are the Penn tags of a finite verb.
var finiteTags = set("VBD VBZ VBP")

// phraseStart is the first word of w's phrase, punctuation aside: the
// first word w dominates (as slices.Min(x.subtree(w, nil)), without
// building the subtree, which parse mends ask of every sentence).
func (x *syntax) phraseStart(w int) int {
	for c := range w {
		if x.tree.UPOS[c] != "PUNCT" && x.dominates(w, c) {
			return c
		}
	}
	if x.tree.UPOS[w] != "PUNCT" {
		return w
	}
	if sub := x.subtree(w, nil); len(sub) > 0 {
		return slices.Min(sub) // a mark heading words after it
	}
	return w
}

// afterComma reports whether w's phrase opens right after a comma: the
// subject of a closing reporting verb (", Reuters reported").
func (x *syntax) afterComma(w int) bool {
	first := x.phraseStart(w)
	return first > 0 && x.tree.Words[first-1] == ","
}

// onlyPunctBetween reports whether only punctuation stands between words
// a and b.
func (x *syntax) onlyPunctBetween(a, b int) bool {
	for w := a + 1; w < b; w++ {
		if x.tree.UPOS[w] != "PUNCT" {
			return false
		}
	}
	return true
}

// commaBetween reports whether a comma stands between words a and b.
func (x *syntax) commaBetween(a, b int) bool {
	for w := min(a, b) + 1; w < max(a, b); w++ {
		if x.tree.Words[w] == "," {
			return true
		}
	}
	return false
}

// taggedOf tags and lemmatises sentence si once, on demand, without
// parsing it, for what needs only the words' tags and lemmas (tagging
// costs a sixth of a parse): its tree has no Head or Rel until syntaxOf
// asks for them. It is nil where the sentence is too long to parse.
func (d *doc) taggedOf(si int) *syntax {
	if d.trees == nil {
		d.trees = make([]*syntax, len(d.sents))
		d.parsed = make([]bool, len(d.sents))
	}
	if d.parsed[si] {
		return d.trees[si]
	}
	d.parsed[si] = true
	s := &d.sents[si]
	if s.last-s.first > maxParsedWords {
		return nil
	}
	// A token is a word or two, seldom more: room for all of them at once.
	n := s.last - s.first
	x := &syntax{first: s.first, word: make([]int32, n), tok: make([]int32, 0, n+n/4)}
	words := make([]string, 0, n+n/4)
	var split []parse.Token // a token's words, one token at a time
	for i := s.first; i < s.last; i++ {
		x.word[i-s.first] = int32(len(words))
		// the treebank's own word split within the token: "don't" is "do
		// n't", "Carleton-Rideau" is "Carleton - Rideau"
		if d.possessiveApostrophe(i, s.first, s.last) {
			// "Morales' bill": the treebank's possessive, which a bare
			// apostrophe the parser reads as a quote or a plural's is not
			words = append(words, "'s")
			x.tok = append(x.tok, int32(i))
			continue
		}
		if d.toks[i].kind != tokWord { // "'s" and punctuation are words as they are
			words = append(words, d.toks[i].text)
			x.tok = append(x.tok, int32(i))
			continue
		}
		if d.abbreviationAt(i, s.last) {
			// "Nov.", "Sen.": the treebank's one word with its period,
			// which alone the parser would read as the sentence's end
			words = append(words, d.toks[i].text+".")
			x.tok = append(x.tok, int32(i))
			x.word[i+1-s.first] = x.word[i-s.first]
			i++
			continue
		}
		if d.bareDay(i, s.first, s.last) {
			// "arrested Ana Holm Sunday", "the Kremlin said Wednesday":
			// the wire's bare day, which the parser reads as a name's last
			// word or a subject, is parsed as the treebank writes it, "on
			// Wednesday"; the token's word is the day's
			words = append(words, "on")
			x.tok = append(x.tok, int32(i))
			x.word[i-s.first] = int32(len(words))
		}
		split = parse.AppendTokens(split[:0], d.toks[i].text)
		for _, w := range split {
			words = append(words, w.Text)
			x.tok = append(x.tok, int32(i))
		}
	}
	x.tree = parse.Default().Tag(words)
	d.trees[si] = x
	return x
}

// possessiveApostrophe reports a bare apostrophe at token i, in the
// sentence of tokens [first, last), that makes the word ending in "s"
// before it a possessor ("President Morales' bill", "the Philippines'
// coast guard"): it closes that word, a word follows it after a space,
// and no single quote the sentence opened before it is still open, whose
// close it would be ("called it 'a matter for the courts' and left").
func (d *doc) possessiveApostrophe(i, first, last int) bool {
	t, r := &d.toks[i], []rune(d.toks[i].text)
	if len(r) != 1 || !isApos(r[0]) || i == first || i+1 >= last {
		return false
	}
	p, n := &d.toks[i-1], &d.toks[i+1]
	if p.kind != tokWord || p.end != t.start || !strings.HasSuffix(p.lower, "s") || n.kind != tokWord || n.start == t.end {
		return false
	}
	open := false
	for k := first; k < i; k++ {
		q := []rune(d.toks[k].text)
		if len(q) != 1 || !isApos(q[0]) && q[0] != '‘' {
			continue
		}
		opens := (k == first || d.toks[k-1].end < d.toks[k].start) && d.toks[k+1].start == d.toks[k].end
		open = opens || open && d.toks[k-1].end != d.toks[k].start
	}
	return !open
}

// bareDay reports a day at token i, in the sentence of tokens [first,
// last), that no preposition or determiner opens: after a word, and
// neither a possessive ("Sunday's vote") nor a name's first word ("the
// Sunday Times") itself.
func (d *doc) bareDay(i, first, last int) bool {
	if i == first || !bareDays[d.toks[i].lower] || d.toks[i-1].kind != tokWord || dayOpeners[d.toks[i-1].lower] {
		return false
	}
	if i+1 < last {
		next := d.toks[i+1]
		return next.lower != "'s" && next.lower != "’s" && !(next.kind == tokWord && next.cap)
	}
	return true
}

// abbreviationAt reports a word token of abbreviations with its period
// right after it, before limit.
func (d *doc) abbreviationAt(i, limit int) bool {
	return i+1 < limit && abbreviations[d.toks[i].lower] && d.toks[i+1].text == "." && d.toks[i+1].start == d.toks[i].end
}

// hasWord reports whether a word of the sentence has one of lemmas.
func (x *syntax) hasWord(lemmas map[string]bool) bool {
	for w := range x.tree.Words {
		if lemmas[x.lemma(w)] {
			return true
		}
	}
	return false
}

// hasVerb reports whether a word of the sentence is a verb with one of
// lemmas, which its tags tell before any parse. The tag is tested first:
// it is cheaper than the lookup, and most words are no verb.
func (x *syntax) hasVerb(lemmas map[string]bool) bool {
	for w := range x.tree.Words {
		if x.isVerb(w) && lemmas[x.lemma(w)] {
			return true
		}
	}
	return false
}

// at is the word of token i, or -1 outside the sentence.
func (x *syntax) at(i int) int {
	if i < x.first || i-x.first >= len(x.word) {
		return -1
	}
	return int(x.word[i-x.first])
}

// wordAt is sentence si's tree and the word of token i in it; w is -1
// where the sentence has no tree.
func (d *doc) wordAt(si, i int) (x *syntax, w int) {
	if x = d.syntaxOf(si); x == nil {
		return nil, -1
	}
	return x, x.at(i)
}

// rootWord is the first word of the tree with no head: the root of its
// sentence.
func (x *syntax) rootWord() int {
	for w := range x.tree.Words {
		if x.head(w) < 0 {
			return w
		}
	}
	return 0
}

// token is the article token of word w.
func (x *syntax) token(w int) int { return int(x.tok[w]) }

func (x *syntax) head(w int) int     { return x.tree.Head[w] }
func (x *syntax) rel(w int) string   { return x.tree.Rel[w] }
func (x *syntax) lemma(w int) string { return x.tree.Lemma[w] }
func (x *syntax) pos(w int) string   { return x.tree.UPOS[w] }

// baseRel is a relation without its subtype: "nsubj:pass" is "nsubj".
func (x *syntax) baseRel(w int) string {
	r := x.tree.Rel[w]
	if i := strings.IndexByte(r, ':'); i >= 0 {
		return r[:i]
	}
	return r
}

// objectsOf is verb v's objects as the tree gives them; for a relative
// clause whose object is the relative pronoun or left out ("a charge the
// government rejected", "the allegations, which Holm dismissed"), the noun
// the clause is about.
func (x *syntax) objectsOf(v int) []int {
	objs := x.childrenWith(v, "obj")
	if x.rel(v) == "acl:relcl" && x.head(v) >= 0 && (len(objs) == 0 || x.pos(objs[0]) == "PRON") {
		return []int{x.head(v)}
	}
	return objs
}

// childrenWith lists the dependents of w whose relation is one of rels.
func (x *syntax) childrenWith(w int, rels ...string) []int {
	var out []int
	for c, h := range x.tree.Head {
		if h == w {
			for _, r := range rels {
				if x.tree.Rel[c] == r {
					out = append(out, c)
					break
				}
			}
		}
	}
	return out
}

// caseOf is the preposition of a nominal ("in", "according to"), or "".
func (x *syntax) caseOf(w int) string {
	parts := make([]string, 0, 4) // on the stack: "according to", "in front of" fit
	for c, h := range x.tree.Head {
		if h == w && x.tree.Rel[c] == "case" && c < w {
			parts = append(parts, strings.ToLower(x.tree.Words[c]))
			for f, hf := range x.tree.Head {
				if hf == c && x.tree.Rel[f] == "fixed" {
					parts = append(parts, strings.ToLower(x.tree.Words[f]))
				}
			}
		}
	}
	return strings.Join(parts, " ")
}

// firstConjunct is the first of the conjuncts word w is one of, which
// holds the relation and the case of them all ("including Morrow and
// Vessa"), or w itself.
func (x *syntax) firstConjunct(w int) int {
	for x.rel(w) == "conj" && x.head(w) >= 0 && x.head(w) < w {
		w = x.head(w)
	}
	return w
}

// isVerb reports whether the parser reads word w as a verb.
func (x *syntax) isVerb(w int) bool {
	p := x.tree.UPOS[w]
	return p == "VERB" || p == "AUX"
}

// nameOrPronoun reports whether word w is a name or a pronoun, which can
// stand for someone.
func (x *syntax) nameOrPronoun(w int) bool { return x.pos(w) == "PROPN" || x.pos(w) == "PRON" }

// dominates reports whether a is b or an ancestor of b.
func (x *syntax) dominates(a, b int) bool {
	for n := 0; b >= 0 && n <= len(x.tree.Head); n++ {
		if a == b {
			return true
		}
		b = x.tree.Head[b]
	}
	return false
}

// firstUnder is the first word of the subtree of w, a word that is no
// punctuation, that is no punctuation either: subtree(w, nil)[0], without
// listing the subtree.
func (x *syntax) firstUnder(w int) int {
	for c := range w {
		if x.tree.UPOS[c] != "PUNCT" && x.dominates(w, c) {
			return c
		}
	}
	return w
}

// lastWord is the last word of token i.
func (x *syntax) lastWord(i int) int {
	if i+1-x.first < len(x.word) {
		return int(x.word[i+1-x.first]) - 1
	}
	return len(x.tree.Words) - 1
}

// spanHead is the word of tokens [first, last) whose head lies outside
// them, or -1.
func (x *syntax) spanHead(first, last int) int {
	if first < x.first || last <= first || last-x.first > len(x.word) {
		return -1
	}
	lo, hi := x.at(first), x.lastWord(last-1)
	if lo < 0 || hi < lo {
		return -1
	}
	for w := lo; w <= hi; w++ {
		if h := x.tree.Head[w]; h < lo || h > hi {
			return w
		}
	}
	return -1
}

// timeOwner is the word a time expression over tokens [first, last)
// dates, or -1 when the tree does not say. A time that modifies a noun
// ("the 2015 raid", "last year's vote") dates that noun; one in a
// prepositional phrase under a noun dates it when it is an event, else the
// verb above it (the phrase may hang on the wrong noun); one on a verb
// ("resigned on Monday") dates that verb.
func (x *syntax) timeOwner(first, last int, isEvent func(w int) bool) int {
	w := x.spanHead(first, last)
	if w < 0 {
		return -1
	}
	h := x.head(w)
	if h < 0 {
		return -1
	}
	switch x.baseRel(w) {
	case "compound", "amod", "nummod", "det":
		if v := x.occasionVerb(h, isEvent); v >= 0 {
			return v
		}
		return h
	case "nmod":
		if x.pos(h) == "NUM" {
			return h // "won 240 seats, down from 303 in 2019": the year dates the figure compared, not the win
		}
		if v := x.head(h); x.caseOf(w) == "on" && isEvent(h) && x.caseOf(h) == "at" && x.baseRel(h) == "obl" && v >= 0 && isEvent(v) {
			// "resigned at a meeting in Velmora on Wednesday": the day
			// of the gathering an act is done at is the act's day
			return v
		}
		if x.rel(w) == "nmod:poss" {
			if v := x.occasionVerb(h, isEvent); v >= 0 {
				return v
			}
			return h
		}
		if isEvent(h) {
			return h
		}
	case "mark", "nsubj":
		if r := x.baseRel(h); (r == "acl" || r == "advcl") && x.head(h) >= 0 && strings.HasSuffix(strings.ToLower(x.tree.Words[h]), "ing") {
			// "left the party that July, calling the deal…", parsed with
			// "that July" opening the participle's clause, which has
			// neither a subject nor a "that": the time is the verb's
			// the clause hangs on
			h = x.head(h)
		}
	}
	for n, steps := h, 0; n >= 0 && steps < len(x.tree.Words); n, steps = x.head(n), steps+1 {
		if x.issuesVehicle(n) {
			n = x.head(n) // on to the verb above the noun the participle modifies
			continue
		}
		if x.circumstance(n) && !isEvent(n) {
			// "speaking at a news conference on Wednesday, accused": the
			// aside tells when the verb it hangs on happened
			continue
		}
		if x.rel(n) == "acl:relcl" || x.rel(n) == "xcomp" && x.participleAfterNoun(n) || x.rel(n) == "appos" && !isEvent(n) && x.afterComma(n) {
			// a relative clause keeps its times: "NATO, of which Pelsara
			// has been a member since 2009, said": not 2009; so does a
			// participle on a noun the parse reads as a complement
			// ("citing a report released last week, he said"), and a
			// description set beside a name ("Ivo Dorn, a member of the
			// party since 2004, announced")
			return n
		}
		if isEvent(n) || x.isVerb(n) && x.rel(n) != "xcomp" || x.predicate(n) {
			// an infinitive that tells no event of its own hands its time
			// up: "were invited to join NATO in July 1997" is July's
			// invitation; a predicate with a copula heads its clause ("was
			// in Suva on Thursday")
			return n
		}
	}
	return -1
}

// vehicleNouns are what a statement is made in (data/words/vehicle_nouns.txt).
var vehicleNouns = wordSet("vehicle_nouns.txt")

// vehicleNoun reports a noun lemma a statement is made in, or a report
// published in ("in a report published Tuesday, X said").
func vehicleNoun(lemma string) bool {
	return vehicleNouns[lemma] || deniedNouns[lemma] == "report"
}

// issuesVehicle reports a participle that issues what its verb speaks
// through: "denied the claims in a statement issued late on Tuesday", "in
// a report published Tuesday, X said",
// where the statement is the denial's, and so is its time (the parser
// may hang the participle on the object, "in a statement" beside it). It
// does not report "charged with a murder committed in 2015".
func (x *syntax) issuesVehicle(n int) bool {
	noun := x.head(n)
	if x.rel(n) != "acl" || !x.isVerb(n) || noun < 0 || !participle(x.tree.Words[n]) {
		return false
	}
	for _, c := range append([]int{noun}, x.childrenWith(noun, "nmod")...) {
		if vehicleNoun(x.lemma(c)) && x.caseOf(c) == "in" {
			return true
		}
	}
	return false
}

// subtree lists, in order, the words of w's subtree, leaving out
// punctuation and the dependents (with theirs) whose relation is in skip.
func (x *syntax) subtree(w int, skip map[string]bool) []int {
	// Each word's way up is walked once: a word is known to be in the
	// subtree (inSubtree) or out of it (outOfSubtree) from the first walk
	// that passes it, and a later walk stops there, where it stopped at
	// w, at a word of a skipped relation or at the root.
	const inSubtree, outOfSubtree = 1, 2
	n := len(x.tree.Words)
	known := make([]uint8, n)
	known[w] = inSubtree
	var path []int // one buffer for every word's way up
	for c := range n {
		path = path[:0]
		h := c
		for h >= 0 && known[h] == 0 && !skip[x.rel(h)] && len(path) <= n {
			path = append(path, h)
			h = x.head(h)
		}
		mark := uint8(outOfSubtree)
		if h >= 0 && known[h] == inSubtree {
			mark = inSubtree
		}
		for _, p := range path {
			known[p] = mark
		}
	}
	var out []int
	for c, k := range known {
		if k == inSubtree && x.tree.UPOS[c] != "PUNCT" {
			out = append(out, c)
		}
	}
	return out
}

// words are the lowercase forms of words ws.
func (x *syntax) words(ws []int) []string {
	out := make([]string, len(ws))
	for k, w := range ws {
		out[k] = strings.ToLower(x.tree.Words[w])
	}
	return out
}

// compoundOf is noun w with the nouns compounded right before it, in
// lowercase: "air strikes".
func (x *syntax) compoundOf(w int) []string {
	c := w
	for c > 0 && x.head(c-1) == w && x.rel(c-1) == "compound" {
		c--
	}
	words := make([]string, 0, w-c+1)
	for ; c <= w; c++ {
		words = append(words, strings.ToLower(x.tree.Words[c]))
	}
	return words
}

// eventWord is the word of event ev's trigger, or -1.
func (x *syntax) eventWord(ev *event) int {
	return x.trigger(ev.trig[0], ev.trig[1]-ev.trig[0])
}

// trigger is the word that heads a trigger of n tokens from token i: "was
// elected" is "elected", "stepped down" is "stepped"; so is one token the
// parser splits: "by-election" is "election".
func (x *syntax) trigger(i, n int) int {
	if w := x.spanHead(i, i+n); w >= 0 {
		return w
	}
	return x.at(i)
}

// marked reports whether clause w is introduced by the marker m ("to", "that").
func (x *syntax) marked(w int, m string) bool {
	for _, c := range x.childrenWith(w, "mark") {
		if strings.EqualFold(x.tree.Words[c], m) {
			return true
		}
	}
	return false
}

// inReport is the report noun a verb of speech v is told in ("in a report
// published Tuesday, Amnesty said", "in an article, the daily said"), or
// -1: the statement is that report's.
func (x *syntax) inReport(v int) int {
	for _, c := range x.childrenWith(v, "obl") {
		if deniedNouns[x.lemma(c)] == "report" && x.caseOf(c) == "in" {
			return c
		}
	}
	return -1
}

// eventTree is the parse of event ev's sentence and its trigger's word in
// it; the word is -1 where the sentence has no parse or the parse no such
// word.
func (d *doc) eventTree(ev *event) (*syntax, int) {
	return d.triggerTree(ev.sent, ev.trig[0], ev.trig[1]-ev.trig[0])
}

// triggerTree is the parse of sentence si and the word of the trigger of
// n tokens from token i in it, as eventTree gives an event's; the word is
// -1 where the sentence has no parse or the parse no such word.
func (d *doc) triggerTree(si, i, n int) (*syntax, int) {
	x := d.syntaxOf(si)
	if x == nil {
		return nil, -1
	}
	return x, x.trigger(i, n)
}

// tokenTree is the parse of sentence si and the word of token i in it; the
// word is -1 where the sentence has no parse or the parse no such word.
func (d *doc) tokenTree(si, i int) (*syntax, int) {
	x := d.syntaxOf(si)
	if x == nil {
		return nil, -1
	}
	return x, x.at(i)
}

// occasionVerb is the verb whose oblique noun n is, where n tells no
// event of its own: a span "during" ("attended dinners during the 2022
// election campaign"), or a happening "in" or "at" ("won 12 seats in
// Sunday's by-elections", "was arrested at Friday's rally"), dates what
// is done in it; -1 otherwise.
func (x *syntax) occasionVerb(n int, isEvent func(w int) bool) int {
	if x.baseRel(n) != "obl" || x.head(n) < 0 || isEvent(n) {
		return -1
	}
	switch x.caseOf(n) {
	case "during":
		return x.head(n)
	case "in", "at":
		if occasionNouns[strings.ToLower(x.tree.Words[n])] {
			return x.head(n)
		}
	}
	return -1
}

// occasionNouns are happenings acts are done in or at
// (data/words/occasion_nouns.txt).
var occasionNouns = wordSet("occasion_nouns.txt")

// occasionOf is the verb noun w tells the occasion of, or -1: w is the
// verb's oblique "during" ("laid a wreath on Tuesday during a visit to
// Kenya"), or "on" where meeting is set ("paid tribute on a visit to East
// Africa"; a visit is gone "on", but "commented on the arrest" is no
// occasion). What the verb's clause does happens within the occasion, so
// the clause's time falls inside it.
//
// The parser often hangs such a phrase on the object's noun before it
// ("laid a wreath at the embassy during a visit"): a noun phrase is no
// time span, so the phrase is climbed to the verb the nouns hang on.
func (x *syntax) occasionOf(w int, meeting bool) int {
	if w < 0 || x.baseRel(w) != "obl" && x.baseRel(w) != "nmod" {
		return -1
	}
	if c := x.caseOf(w); c != "during" && !(c == "on" && meeting) {
		return -1
	}
	for n, steps := x.head(w), 0; n >= 0 && steps < 4; n, steps = x.head(n), steps+1 {
		if x.isVerb(n) {
			return n
		}
		if x.pos(n) != "NOUN" && x.pos(n) != "PROPN" || x.baseRel(n) != "obj" && x.baseRel(n) != "obl" && x.baseRel(n) != "nmod" {
			return -1
		}
	}
	return -1
}

// gatheringAt is the verb whose oblique "at" noun w is, where w tells a
// gathering one attends (a meeting, a protest), or -1: "spoke at the Riga
// summit on Friday", "was arrested at a protest on Friday". What the verb
// does happens at the gathering, so the verb's time dates it too, however
// the parse hangs the time, or the verb an aside so placed hangs on
// ("speaking at the summit on Friday, Holm said"). Other events are no place one is at ("hinted
// at a deal on Friday": the deal is still to come).
func (x *syntax) gatheringAt(w int, typ string) int {
	if w < 0 || typ != "MEETING" && typ != "PROTEST" || x.baseRel(w) != "obl" || x.caseOf(w) != "at" {
		return -1
	}
	v := x.head(w)
	if v < 0 || !x.isVerb(v) {
		return -1
	}
	if x.circumstance(v) {
		v = x.head(v) // "speaking at the summit on Friday, she said": the time the aside hands up
	}
	return v
}

// tokenAfterParticles is the token right after verb v and the particles
// that follow it ("set up" in "set up by X"): where its next phrase opens.
func (x *syntax) tokenAfterParticles(v int) int {
	next := x.token(v) + 1
	for _, p := range x.childrenWith(v, "compound:prt") {
		if p > v && x.token(p) >= next {
			next = x.token(p) + 1
		}
	}
	return next
}
