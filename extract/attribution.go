package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// reportingWords are the verbs that attribute the clause they govern to
// their subject: the speech verbs of data/triggers.tsv and the one-word
// verbs of reports and accusations ("reported", "alleged").
var reportingWords = func() map[string]bool {
	out := map[string]bool{}
	for _, ts := range triggers {
		for _, t := range ts {
			if len(t.words) == 1 && !t.noun && (t.speech || t.typ == "REPORT" || t.typ == "ACCUSATION") {
				out[t.words[0]] = true
			}
		}
	}
	return out
}()

// thatReportingWords are the verbs that report or accuse only with the
// "that" of their clause in data/triggers.tsv ("alleged that", "charged
// that"), and the statement verbs that are no verbs of speech ("warned",
// "announced"): what they govern with "that" is told on their subject's
// word too.
var thatReportingWords = func() map[string]bool {
	out := map[string]bool{}
	for _, ts := range triggers {
		for _, t := range ts {
			if len(t.words) == 2 && t.words[1] == "that" && !t.noun && (t.typ == "REPORT" || t.typ == "ACCUSATION") {
				out[t.words[0]] = true
			}
			if len(t.words) == 1 && !t.noun && !t.speech && t.typ == "STATEMENT" {
				// "CSIS warned that Holm was acting on behalf of China",
				// "the ministry announced that": a statement's verb with a
				// "that" clause tells it on its subject's word
				out[t.words[0]] = true
			}
		}
	}
	return out
}()

// attributeClaims gives each event told in a reported clause who makes the
// claim: "Global News reported that two security sources had said that the
// MP met the consul" makes Global News the meeting's source, and the
// unnamed "two security sources" its attribution. The nearest named
// speaker up the chain of reported clauses is the source; the nearest
// speaker the article does not name is the attribution. "According to X"
// on the clause names its source too. A speaker who takes part in the
// event ("Holm said she had resigned") is no source of it.
func (d *doc) attributeClaims() {
	for _, ev := range d.events {
		d.citationOnly(ev)
	}
	for _, ev := range d.events {
		if ev.dropped || claimTypes[ev.typ] || ev.typ == "DENIAL" {
			continue
		}
		x, w := d.eventTree(ev)
		if w < 0 {
			continue
		}
		if ev.noun {
			// a noun's event is told by the clause that says who ran it:
			// "Viginum said the operation was directed by the GRU"
			if w = x.handlingPassive(w); w < 0 {
				continue
			}
		}
		source, attribution, held := d.claimant(ev, x, w)
		// who says who ran an effort attributes it: its word, not the article's
		claim := held || anonymous(attribution) || ev.noun && source >= 0 // "people familiar with the matter said"
		if source >= 0 && ev.has(source) && slices.Contains(d.media, source) && !ev.hasRole("source") {
			// "X met the envoy, people with knowledge of the talks told
			// Reuters": the outlet told is who reports it, not one who met
			for k, p := range ev.parts {
				if p.ent == source && p.role == "participant" {
					ev.parts[k].role = "source"
					claim = true
				}
			}
		}
		if source >= 0 && !ev.has(source) {
			ev.add(source, "source")
			claim = claim || slices.Contains(d.media, source) // "Le Monde said X had met": the outlet's claim, not the article's
		}
		if attribution != "" && ev.attribution == "" {
			ev.attribution = attribution
		}
		if claim && ev.status == polgraph.StatusAsserted {
			ev.status = polgraph.StatusAlleged
		}
	}
}

// anonymous reports whether an unnamed speaker's words keep who speaks
// from the reader: "two security sources", "a senior official, speaking
// on condition of anonymity".
func anonymous(speaker string) bool {
	for _, w := range strings.Fields(strings.ToLower(speaker)) {
		if anonymousSourceWords[w] {
			return true
		}
	}
	return false
}

// anonymousSourceWords mark an unnamed speaker as one kept from the reader.
var anonymousSourceWords = wordSet("anonymous_source_words.txt")

// reportedClause are the relations of a clause to the verb that reports
// it: "said that ...", "…, she said", and "cited X as saying" (an adverbial
// clause, as a parser also reads some "that" clauses).
var reportedClause = set("ccomp parataxis advcl")

// claimant walks up from word w through the clauses that report it and
// returns the first named speaker (an entity, or -1) and the first
// unnamed one's words ("two national security sources"), and whether a
// clause on the way is held rather than told: what a speaker believes or
// concludes ("US officials believe Russia attacked the pipeline", "the
// inquiry found that ...") or what a report or a memo says ("a CSIS
// report said ...") is their claim.
func (d *doc) claimant(ev *event, x *syntax, w int) (source int, attribution string, held bool) {
	source = -1
	for c, depth := w, 0; c >= 0 && depth < 8; depth++ {
		s, unnamed := d.accordingToOn(ev, x, c)
		if s >= 0 {
			return s, attribution, held
		}
		if attribution == "" {
			attribution = unnamed // "according to a leaked memo"
		}
		if contrastMarks[x.markOf(c)] {
			break // "said it welcomed the ruling, while the AU called for calm": set against what is reported, however the parse hangs it
		}
		h := x.head(c)
		if h < 0 {
			if t := d.tailVerb(ev.sent, x, c); t >= 0 {
				// "Dorn was arrested on Tuesday, Reuters reported", "...,
				// a police source told AFP"
				s, unnamed, claim := d.speakerOf(ev.sent, x, t)
				if attribution == "" {
					attribution = unnamed
				}
				return s, attribution, held || claim
			}
			break
		}
		if n := x.claimNounOf(c); n >= 0 && !x.asideUnder(c, w) {
			// what a claim says is its maker's claim: "a report by the
			// BBC that Holm had been arrested", "Dal's claim that
			// Ukrainian forces had shelled Vellin"
			// one who speaks of the claim does not make it: "there is no
			// truth to reports that Dal was arrested, the Kremlin said"
			return d.claimOwner(ev.sent, x, n), attribution, true
		}
		// a count of votes is no one's belief: "results showed that X won"
		belief := x.isVerb(h) && (beliefVerbs[x.lemma(h)] || claimingVerbs[x.lemma(h)]) && !(countedTypes[ev.typ] && x.estimateVerb(h, tallyNouns))
		word := strings.ToLower(x.tree.Words[h])
		// a clause a subordinator opens is no report ("said it welcomed
		// the decision, while the OAS called for calm")
		if reportedClause[x.baseRel(c)] && !adverbialMarks[x.markOf(c)] && (reportingWords[word] || thatReportingWords[word] && x.markOf(c) == "that" || citingVerbs[x.lemma(h)] || belief) {
			s, unnamed, claim := d.speakerOf(ev.sent, x, h)
			held = held || belief || claim
			if attribution == "" {
				attribution = unnamed
			}
			if s >= 0 {
				return s, attribution, held
			}
		}
		c = h
	}
	return source, attribution, held
}

// claimOwner is the one named as the maker of the claim claim noun n
// names: by a "by" or "from" phrase ("a report by the BBC") or as its
// possessor ("Dal's claim"); -1 for none.
func (d *doc) claimOwner(si int, x *syntax, n int) int {
	for _, c := range x.childrenWith(n, "nmod", "nmod:poss") {
		cs := x.caseOf(c)
		if x.rel(c) == "nmod" && cs != "by" && cs != "from" && cs != "in" {
			continue
		}
		// "a report by the online portal Kestrelnews": the name the noun
		// restates
		for _, b := range append([]int{c}, x.childrenWith(c, "appos")...) {
			if m := d.mentionOver(si, x.token(b)); m != nil && m.named() {
				if refs := d.refs(m); len(refs) == 1 && (cs != "in" || slices.Contains(d.media, refs[0])) {
					return refs[0] // "a report in the Harbour Gazette": the outlet's
				}
			}
		}
	}
	return -1
}

// deniedClaimOwner is the one named as the maker of the claim that denial
// ev takes as its object ("dismissed a report by the Harbour Gazette"), or
// -1.
func (d *doc) deniedClaimOwner(ev *event) int {
	if ev.typ != "DENIAL" || ev.noun {
		return -1
	}
	x, v := d.eventTree(ev)
	if v < 0 || !x.isVerb(v) {
		return -1
	}
	for _, o := range x.childrenWith(v, "obj") {
		if deniedNouns[x.lemma(o)] != "" {
			if e := d.claimOwner(ev.sent, x, o); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// contrastMarks open a clause set against another: "while", "whereas".
var contrastMarks = set("while whereas")

// beliefVerbs hold the clause they govern as their subject's belief or
// finding: "believe", "concluded", "assessed", "found that".
var beliefVerbs = wordSet("belief_verbs.txt")

// claimSpeakers are the unnamed speakers and writings whose words are a
// claim: "a CSIS report said", "prosecutors say", "state media said".
var claimSpeakers = wordSet("claim_speakers.txt")

// informationNouns are what a source gives out, whose "of" names the
// source in "according to" (data/words/information_nouns.txt).
var informationNouns = wordSet("information_nouns.txt")

// speakerOf reads who speaks by reporting verb v: the entity its subject
// names, or one a document its subject is was "seen by" ("documents seen
// by Reuters show"), or the outlet it tells ("sources told Reuters"), or
// -1; the words of an unnamed subject ("two security sources") or of an
// unnamed one it cites ("citing two people familiar with the matter");
// and whether its subject is one whose word is a claim ("a CSIS report",
// "prosecutors", "Russian state media").
func (d *doc) speakerOf(si int, x *syntax, v int) (source int, unnamed string, claim bool) {
	source = -1
	// "Citing two people familiar with the matter, Bloomberg reported":
	// whom the speaker cites
	for _, c := range x.childrenWith(v, "advcl") {
		if !citingVerbs[x.lemma(c)] {
			continue
		}
		for _, o := range x.childrenWith(c, "obj") {
			if unnamed == "" && x.pos(o) == "NOUN" && x.speakerNoun(o) && len(d.entsAt(si, x, o, "STATEMENT")) == 0 {
				unnamed = x.phrase(o)
			}
		}
	}
	// "diplomats said, speaking on condition of anonymity", "a Western
	// official said, asking not to be named": the aside keeps the speaker
	// from the reader
	for _, c := range x.childrenWith(v, "advcl", "xcomp") {
		claim = claim || x.keepsUnnamed(c)
	}
	for _, s := range x.childrenWith(v, "nsubj") {
		claim = claim || claimSpeakers[x.lemma(s)]
		for _, c := range x.childrenWith(s, "acl:relcl", "acl") {
			claim = claim || x.keepsUnnamed(c) // "officials, who spoke on condition of anonymity, said"
		}
		if ents := d.entsAt(si, x, s, "STATEMENT"); len(ents) > 0 {
			return ents[0], unnamed, claim
		}
		if e := d.documentHolder(si, x, s); e >= 0 {
			return e, unnamed, claim
		}
		if x.pos(s) == "NOUN" {
			// "an investigation by The Guardian found": whose it is
			for _, b := range x.childrenWith(s, "nmod") {
				if x.caseOf(b) != "by" {
					continue
				}
				if ents := d.entsAt(si, x, b, "STATEMENT"); len(ents) > 0 {
					return ents[0], unnamed, claim
				}
			}
		}
		if unnamed == "" && x.pos(s) == "NOUN" {
			unnamed = x.phrase(s)
		}
	}
	// "sources told Reuters that …": the outlet told reports it
	for _, o := range x.childrenWith(v, "obj", "iobj") {
		for _, e := range d.entsAt(si, x, o, "STATEMENT") {
			if slices.Contains(d.media, e) {
				return e, unnamed, claim
			}
		}
	}
	return source, unnamed, claim
}

// inSpeakersWords reports whether noun event ev is named only in the words
// that describe a speaker kept from the reader, the subject of a verb of
// speech:
// "people familiar with the investigation said", "sources close to the
// inquiry told Reuters", "officials with knowledge of the talks said".
func (d *doc) inSpeakersWords(ev *event) bool {
	x, w := d.eventTree(ev)
	if w < 0 {
		return false
	}
	for c := w; x.head(c) >= 0; c = x.head(c) {
		switch x.rel(c) {
		case "nmod", "obl", "amod":
			continue
		case "nsubj":
			h := x.head(c)
			return c != w && x.pos(c) == "NOUN" && x.isVerb(h) && reportingWords[strings.ToLower(x.tree.Words[h])] && anonymous(x.phrase(c))
		}
		return false
	}
	return false
}

// speakerNoun reports whether noun w names one who can speak or a
// writing that tells: "citing two officials", "citing documents", not
// "citing espionage" or "citing security concerns", which are reasons;
// "citing police" too.
func (x *syntax) speakerNoun(w int) bool {
	l := x.lemma(w)
	return personNouns[l] || policeNouns[strings.ToLower(x.tree.Words[w])] || pluralSpeakers[strings.ToLower(x.tree.Words[w])] || claimSpeakers[l] || anonymousSourceWords[l] || anonymous(x.phrase(w))
}

// unnamingWords tell, in an aside on a speaker, that the speaker is kept
// from the reader: "on condition of anonymity", "asking not to be named",
// "declining to be identified".
var unnamingWords = set("anonymity anonymously named identified")

// keepsUnnamed reports whether clause c, an aside on a speaker or on the
// verb of speaking, has a word of unnamingWords.
func (x *syntax) keepsUnnamed(c int) bool {
	for _, w := range x.subtree(c, nil) {
		if unnamingWords[strings.ToLower(x.tree.Words[w])] {
			return true
		}
	}
	return false
}

// tailVerb is the reporting verb that closes the sentence rooted at r
// after a comma, where the parse hangs it on r ("Dorn was arrested on
// Tuesday, Reuters reported, citing two sources"), with its subject after
// the comma, or -1.
func (d *doc) tailVerb(si int, x *syntax, r int) int {
	for t, h := range x.tree.Head {
		// whatever relation the parse gives it: a conjunct, an aside, even
		// a time; and whatever its tag, where it has a subject ("…, the
		// Herald alleged", "alleged" tagged as an adjective)
		// or on the time or place that ends the clause before it
		if h != r && (h < 0 || x.head(h) != r || h > t) || t < r || !x.isVerb(t) && x.pos(t) != "ADJ" || !tailReporting(x.tree.Words[t]) || len(x.childrenWith(t, "cc", "mark")) > 0 {
			continue
		}
		for _, s := range x.childrenWith(t, "nsubj") {
			if s < t && x.tailSubject(s, t) || s > t && x.inverted(t) {
				return t
			}
		}
	}
	return -1
}

// tailSubject reports whether subject s of tail verb t opens after a
// comma, with its determiner wherever the parse hangs it ("…, the Herald
// alleged", "the" hung on "alleged").
func (x *syntax) tailSubject(s, t int) bool {
	first := x.phraseStart(s)
	for first > 0 && x.head(first-1) == t && x.pos(first-1) == "DET" {
		first--
	}
	return first > 0 && x.tree.Words[first-1] == ","
}

// tailReporting reports whether word, closing a sentence after a comma,
// tells what comes before on its subject's word: a verb of reporting, or
// one that reports only with "that" before its clause, which a tail
// cannot have ("…, the report alleged", "…, the ministry announced").
func tailReporting(word string) bool {
	word = strings.ToLower(word)
	return reportingWords[word] || thatReportingWords[word]
}

// inverted reports whether reporting verb t opens a tail of its own
// before its subject, after a comma or a closing quote: "…, said Lena
// Sorvik, a senior aide", "“…,” said the minister".
func (x *syntax) inverted(t int) bool {
	if t == 0 {
		return false
	}
	switch x.tree.Words[t-1] {
	case ",", "\"", "”", "''":
		return true
	}
	return false
}

// accordingToOn is the entity named in an "according to X" on word c,
// or -1 and the words of an unnamed X ("according to a leaked memo").
// One who takes part in event ev is no source of it.
func (d *doc) accordingToOn(ev *event, x *syntax, c int) (int, string) {
	si := ev.sent
	phrases := x.childrenWith(c, "obl", "nmod")
	for _, p := range x.childrenWith(c, "advcl", "xcomp") {
		if p > c {
			// "paid influencers to promote X, according to documents":
			// the parse hangs the phrase that closes the sentence on its
			// last clause, a purpose of the act it tells
			phrases = append(phrases, x.childrenWith(p, "obl")...)
		}
	}
	for _, o := range phrases {
		if x.caseOf(o) != "according to" {
			continue
		}
		who := []int{o}
		if info := informationNouns[x.lemma(o)]; deniedNouns[x.lemma(o)] == "report" || info {
			// "according to a report by Global News", "according to the
			// information of the newspaper Ziarul Nou": who gave it
			for _, n := range x.childrenWith(o, "nmod") {
				if c := x.caseOf(n); c == "by" || c == "from" || c == "of" && info {
					who = append(who, n)
				}
			}
		}
		for _, w := range who {
			for _, e := range d.entsAt(si, x, w, "STATEMENT") {
				if d.canSpeak(e) && !ev.has(e) {
					return e, ""
				}
			}
		}
		if e := d.documentHolder(si, x, o); e >= 0 {
			return e, "" // "according to documents seen by the BBC"
		}
		if x.pos(o) == "NOUN" {
			return -1, x.phraseWithoutCase(o) // "according to a leaked memo", "according to two people familiar with the matter"
		}
	}
	return -1, ""
}

// documentHolder is who a claim's document is "seen by", "obtained by" or
// "reviewed by", the outlet that tells what it holds ("documents seen by
// the BBC"), or who authored it ("documents released by the defence
// council", authoringVerbs), or -1.
func (d *doc) documentHolder(si int, x *syntax, w int) int {
	if !claimSpeakers[x.lemma(w)] {
		return -1
	}
	for _, p := range x.childrenWith(w, "acl") {
		authored := authoringVerbs[strings.ToLower(x.lemma(p))]
		for _, b := range x.childrenWith(p, "obl", "obl:agent") {
			if x.caseOf(b) != "by" {
				continue
			}
			for _, e := range d.entsAt(si, x, b, "STATEMENT") {
				if slices.Contains(d.media, e) || authored && d.canSpeak(e) {
					return e
				}
			}
		}
	}
	return -1
}

// canSpeak reports whether entity e is of a kind that makes claims: a
// person, a body, a party or a state.
func (d *doc) canSpeak(e int) bool {
	switch d.ents[e].kind {
	case polgraph.KindPerson, polgraph.KindOrganization, polgraph.KindParty, polgraph.KindCountry:
		return true
	}
	return false
}

// phrase is the words of the noun phrase headed by w, without the clauses
// inside it: "two national security sources".
func (x *syntax) phrase(w int) string {
	ws := x.subtree(w, clauseRels)
	if len(ws) == 0 || len(ws) > 8 {
		return ""
	}
	out := make([]string, len(ws))
	for k, w := range ws {
		out[k] = x.tree.Words[w]
	}
	return joinWords(out)
}

// phraseWithoutCase is the phrase headed by w without the preposition
// that opens it: "a leaked memo", not "according to a leaked memo".
func (x *syntax) phraseWithoutCase(w int) string {
	var out []string
	for _, c := range x.subtree(w, clauseRels) {
		if h := x.head(c); h == w && x.rel(c) == "case" || h >= 0 && x.head(h) == w && x.rel(h) == "case" {
			continue
		}
		out = append(out, x.tree.Words[c])
	}
	if len(out) > 8 {
		return ""
	}
	return joinWords(out)
}

// joinWords writes words as text: a space between them, none before a
// possessive or a comma ("Canada's spy agency", not "Canada 's").
func joinWords(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 && !strings.HasPrefix(w, "'") && !strings.HasPrefix(w, "’") && w != "," {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// citationOnly folds a report that only cites someone's words into the
// statement it cites: in "Global News cited a spokesperson as saying that
// ...", the spokesperson's statement is the event, told on Global News's
// word; the citing is no report of its own.
func (d *doc) citationOnly(ev *event) {
	if ev.dropped || ev.noun || ev.typ != "REPORT" {
		return
	}
	x, v := d.eventTree(ev)
	if v < 0 || !citingVerbs[x.lemma(v)] {
		return
	}
	var saying int = -1
	for _, c := range x.childrenWith(v, "advcl", "xcomp") {
		for _, m := range x.childrenWith(c, "mark") {
			if strings.EqualFold(x.tree.Words[m], "as") && reportingWords[strings.ToLower(x.tree.Words[c])] {
				saying = c
			}
		}
	}
	if saying < 0 {
		return
	}
	for _, o := range d.evSent[ev.sent] {
		if o == ev || o.dropped || x.eventWord(o) != saying {
			continue
		}
		for _, p := range ev.parts {
			if p.role == "source" {
				o.add(p.ent, "source")
			}
		}
		ev.dropped = true
	}
}

// citingVerbs cite another's words: "cited X as saying", "quoted X as
// saying".
var citingVerbs = wordSet("citing_verbs.txt")

// claimingVerbs tell the clause they govern as their subject's claim:
// "Varga claimed that Dahl had met the envoy".
var claimingVerbs = wordSet("claiming_verbs.txt")

// claimsWithoutActs keeps the statement a claiming verb tells ("Ruth
// Adler claimed that the ministry had awarded the contract without a
// tender") only where the clause it governs tells no event of its own:
// "Varga claimed that Dahl had met the envoy" is the meeting, told on
// Varga's word, as its source.
func (d *doc) claimsWithoutActs() {
	for _, ev := range d.events {
		if ev.dropped || ev.noun || ev.typ != "STATEMENT" {
			continue
		}
		x, v := d.eventTree(ev)
		if v < 0 || !claimingVerbs[x.lemma(v)] {
			continue
		}
		ev.dropped = slices.ContainsFunc(d.evSent[ev.sent], func(o *event) bool {
			w := x.eventWord(o)
			return o != ev && !o.dropped && w >= 0 && w != v && x.dominates(v, w)
		})
	}
}

// selfReports makes a body that speaks of itself the doer of what it
// tells: in "Poland's police said they detained two men" and "the
// ministry said on Sunday it had struck", the pronoun that is the
// reported verb's subject stands for the speaker, as "she" in "Holm said
// she had resigned" stands for Holm. Only a state, body or party is read
// so: "they" after a person's "said" is someone else.
func (d *doc) selfReports() {
	for _, ev := range d.events {
		if ev.dropped || ev.noun || ev.speech || claimTypes[ev.typ] || ev.typ == "STATEMENT" || ev.hasRole("agent") {
			continue
		}
		x, w := d.eventTree(ev)
		if w < 0 || x.baseRel(w) != "ccomp" || !x.isVerb(w) {
			continue
		}
		h := x.head(w)
		if h < 0 || !reportingWords[strings.ToLower(x.tree.Words[h])] {
			continue
		}
		subj := x.childrenWith(w, "nsubj")
		if len(subj) != 1 || !selfPronouns[strings.ToLower(x.tree.Words[subj[0]])] {
			if !d.policeReportArrest(x, ev, w, h) {
				continue
			}
		}
		s, _, _ := d.speakerOf(ev.sent, x, h)
		if s < 0 {
			continue
		}
		switch d.ents[s].kind {
		case polgraph.KindCountry, polgraph.KindOrganization, polgraph.KindParty:
			ev.add(s, "agent")
		}
	}
}

// policeReportArrest reports a passive arrest or charge, with no one
// named who made it, that police or prosecutors tell: in "Estonian police
// said Ivo Dorn had been detained", the police who tell it made the
// arrest.
func (d *doc) policeReportArrest(x *syntax, ev *event, w, h int) bool {
	if ev.typ != "ARREST" && ev.typ != "LEGAL_ACTION" || len(x.childrenWith(w, "nsubj:pass")) == 0 || len(x.childrenWith(w, "obl:agent")) > 0 {
		return false
	}
	for _, c := range x.childrenWith(w, "obl") {
		if x.caseOf(c) == "by" {
			return false
		}
	}
	return slices.ContainsFunc(x.childrenWith(h, "nsubj"), func(s int) bool { return policeNouns[strings.ToLower(x.tree.Words[s])] })
}

// selfPronouns are the pronouns by which a body speaks of itself in the
// third person.
var selfPronouns = set("it they")
