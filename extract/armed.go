package extract

import (
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

// armedNouns are weapons and armed forces (data/words/armed_nouns.txt).
var armedNouns = wordSet("armed_nouns.txt")

// armedNoun reports whether word w is one of armedNouns, by its lemma or,
// where the lemmatiser kept a plural ("troops"), by its singular.
func (x *syntax) armedNoun(w int) bool {
	return armedNouns[x.lemma(w)] || armedNouns[strings.TrimSuffix(strings.ToLower(x.tree.Words[w]), "s")]
}

// armedDoer reports whether the verb at tokens [i, i+n) of sentence si is
// done by something armed: its subject, or a passive's by-phrase, is a
// weapon or an armed force ("Russian missiles hit", "was hit by a
// drone"), or a state that the verb takes to a place ("Russia pounded
// Kyiv"; a state hits records and tariff targets as well). A phrasal verb
// tells of something else ("hit back at critics", "hit out at").
func (d *doc) armedDoer(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 || len(x.childrenWith(v, "compound:prt")) > 0 {
		return false
	}
	doers, passive := x.verbDoers(v)
	for _, w := range doers {
		if x.armedNoun(w) {
			return true // "missiles", and "troops", which the lemmatiser keeps plural
		}
		if m := d.mentionOver(si, x.token(w)); !passive && m != nil && d.statelike(m) {
			objs := x.objectsOf(v)
			return len(objs) > 0 && d.objectClass(si, x, objs[0]) == "place"
		}
	}
	return false
}

// truceBroken reports whether the verb at tokens [i, i+n) of sentence si
// is done to a truce: its object, or its passive subject, is of the class
// "truce" ("violated the ceasefire", "accused each other of breaching the
// truce", "the ceasefire agreement was broken"; not "violated the
// constitution", "broke the record", "talks broke down").
func (d *doc) truceBroken(si, i, n int) bool {
	x, w := d.undergoerOfTrigger(si, i, n)
	return w >= 0 && d.objectClass(si, x, w) == "truce"
}

// undergoerOfTrigger is what the verb at tokens [i, i+n) of sentence si
// is done to: its object, else its passive subject ("violated the
// ceasefire", "the truce was broken"), with the tree that holds it; -1
// where it has none, or a particle makes it another verb ("talks broke
// down").
func (d *doc) undergoerOfTrigger(si, i, n int) (*syntax, int) {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 || len(x.childrenWith(v, "compound:prt")) > 0 {
		return nil, -1
	}
	objs := x.objectsOf(v)
	if len(objs) == 0 {
		objs = x.childrenWith(v, "nsubj:pass")
	}
	if len(objs) == 0 {
		return nil, -1
	}
	return x, objs[0]
}

// placesOfStruck are the places and states named where the passive
// subject of the verb trigger o of sentence si is: "A school in Hrudne
// was hit by a guided bomb", "a checkpoint near Kopany was shelled" struck
// Hrudne and Kopany, which the subject names under its noun.
func (d *doc) placesOfStruck(si int, o occurrence) []int {
	x, v := d.verbTriggerAt(si, o.i, o.n)
	if v < 0 {
		return nil
	}
	var out []int
	for _, s := range x.childrenWith(v, "nsubj:pass", "nsubj") {
		out = appendNew(out, d.placesUnderStruck(si, x, s)...)
	}
	return out
}

// placesUnderStruck are the places and states named where what word s
// names as struck is: "a school in Hrudne", "two border posts near the
// village of Tamrek".
func (d *doc) placesUnderStruck(si int, x *syntax, s int) []int {
	var out []int
	for _, c := range x.childrenWith(s, "nmod") {
		if !struckPlaceCases[x.caseOf(c)] {
			continue
		}
		named := []int{c}
		for _, o := range x.childrenWith(c, "nmod") {
			if x.caseOf(o) == "of" {
				named = append(named, o) // "near the village of Kopany"
			}
		}
		for _, w := range named {
			out = appendNew(out, d.placesNamedAt(si, x, w)...)
		}
	}
	return out
}

// fireNouns are what a place or a force comes under in an attack
// (data/words/fire_nouns.txt): "came under fire", "came under heavy
// shelling".
var fireNouns = wordSet("fire_nouns.txt")

// cameUnderFire reports whether the verb at tokens [i, i+n) of sentence si
// ("came under") puts its subject under fire: an oblique "under" of
// fireNouns, and a subject that is no person nor body, which come under
// fire in words ("the village of Hrudne came under fire", "a checkpoint
// near Kopany came under heavy shelling"; not "the minister came under
// fire for his remarks", "the party came under attack from its rivals",
// "came under pressure").
func (d *doc) cameUnderFire(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	fired := slices.ContainsFunc(x.childrenWith(v, "obl"), func(c int) bool {
		return x.caseOf(c) == "under" && (fireNouns[x.lemma(c)] || fireNouns[strings.ToLower(x.tree.Words[c])])
	})
	if !fired {
		return false
	}
	subj := x.childrenWith(v, "nsubj")
	return len(subj) > 0 && !slices.ContainsFunc(subj, func(w int) bool {
		c := d.objectClass(si, x, w)
		return c == "person" || c == "body" || c == ""
	})
}

// struckPlaceCases put what was struck in a place: "a school in Hrudne",
// "a checkpoint near Kopany"; not "a convoy from Kopany".
var struckPlaceCases = set("in at near outside inside")

// armedStrike reports whether the noun at tokens [i, i+n) of sentence si
// tells of an armed strike: a state or something armed makes it (a
// modifier or a possessor: "Israeli strikes", "Russia's strikes",
// "missile strikes") on or against a place or a body, or what one owns
// ("on Gaza", "against Hezbollah", "on Ukraine's energy grid"), or it
// kills ("Israeli strikes killed"); "a rail strike", "strikes on Monday"
// tell of none.
func (d *doc) armedStrike(si, i, n int) bool {
	x, w := d.nounTriggerAt(si, i, n)
	if w < 0 {
		return false
	}
	armedWord := func(c int) bool {
		m := d.mentionOver(si, x.token(c))
		return x.armedNoun(c) || m != nil && d.statelike(m)
	}
	armed := slices.ContainsFunc(x.childrenWith(w, "amod", "compound", "nmod:poss"), armedWord)
	aimed := x.childrenWith(w, "nmod")
	if v := x.head(w); !armed && v >= 0 && carriesStrikes(strings.ToLower(x.tree.Words[v])) && !x.modalOrNegated(v) {
		// "Russian forces launched new strikes on Dravik", "the army
		// carried out strikes against rebel posts", "Russia intensified
		// strikes against Ukraine's energy grid", "an offensive was
		// launched by the 3rd Brigade": the verb's subject, or a
		// passive's "by", makes them, and may be aimed by the verb's
		// phrase
		doers, passive := x.verbDoers(v)
		if made := x.rel(w) == "obj" && !passive || x.rel(w) == "nsubj:pass" && passive; made && slices.ContainsFunc(doers, armedWord) {
			if slices.ContainsFunc(doers, x.armedNoun) {
				return true // "troops launched an offensive near Pelarsk": forces make an armed one wherever it is aimed
			}
			armed, aimed = true, append(aimed, x.childrenWith(v, "obl")...)
		}
	}
	if !armed {
		return false
	}
	if h := x.head(w); x.rel(w) == "nsubj" && h >= 0 && casualtyVerbs[strings.ToLower(x.tree.Words[h])] {
		return true
	}
	struck := func(c int) bool {
		class := d.objectClass(si, x, c)
		return class == "place" || class == "body"
	}
	return slices.ContainsFunc(aimed, func(c int) bool {
		k := x.caseOf(c)
		// "on Gaza", "on Ukraine's energy grid": a place or a body, or
		// what one owns
		return (k == "on" || k == "against") && (struck(c) || slices.ContainsFunc(x.childrenWith(c, "nmod:poss", "compound"), struck))
	})
}

// escalatingVerbs step up or resume what their object tells
// (data/words/escalating_verbs.txt).
var escalatingVerbs = wordSet("escalating_verbs.txt")

// carriesStrikes reports a verb form whose subject makes the strikes it
// takes as its object: a light verb ("launched strikes") or one that
// steps them up or resumes them ("intensified strikes").
func carriesStrikes(f string) bool { return lightVerbs[f] || escalatingVerbs[f] }

// strikerNouns are who stop work in a strike, and the trades whose staff
// do (data/words/striker_nouns.txt).
var strikerNouns = wordSet("striker_nouns.txt")

// workersStrike reports whether the noun at tokens [i, i+n) of sentence si
// is made by workers: its possessor, a modifier, or a "by" or "of" phrase
// is one of strikerNouns, or a name that ends in one ("teachers' strike",
// "the rail strike", "a strike by dock workers", "a strike called by the
// Dockers Union"; not "Israeli strikes on Gaza", "a strike on Monday"), or
// the one who calls or holds it is ("the teachers' union called a strike").
// A verb there is done by workers where its subject is one ("nurses in
// Tarsk walked out"; not "the delegates walked out").
func (d *doc) workersStrike(si, i, n int) bool {
	if x, v := d.verbTriggerAt(si, i, n); v >= 0 {
		doers, passive := x.verbDoers(v)
		return !passive && slices.ContainsFunc(doers, func(c int) bool { return d.namesStrikers(si, x, c) })
	}
	x, w := d.nounTriggerAt(si, i, n)
	if w < 0 {
		return false
	}
	striker := func(c int) bool { return d.namesStrikers(si, x, c) }
	if v := x.head(w); x.organises(v, w) || v >= 0 && x.baseRel(w) == "obj" && lightVerbs[strings.ToLower(x.tree.Words[v])] {
		// "the union called a strike", "dock workers staged a strike":
		// who calls or holds it
		for _, c := range x.childrenWith(v, "nsubj", "obl:agent") {
			if striker(c) {
				return true
			}
		}
	}
	for _, c := range x.childrenWith(w, "nmod:poss", "compound", "amod", "nmod", "acl") {
		switch {
		case x.rel(c) == "acl" && x.tree.XPOS[c] == "VBN":
			// "a strike called by the Dockers Union": who called it
			for _, b := range x.childrenWith(c, "obl", "obl:agent") {
				if x.caseOf(b) == "by" && striker(b) {
					return true
				}
			}
		case x.rel(c) == "nmod" && x.caseOf(c) != "by" && x.caseOf(c) != "of":
		case striker(c):
			return true
		}
	}
	return false
}

// namesStrikers reports whether word c of sentence si's parse x is one of
// strikerNouns or heads a name that ends in one ("the Dockers Union").
func (d *doc) namesStrikers(si int, x *syntax, c int) bool {
	if strikerNouns[strings.ToLower(x.tree.Words[c])] || strikerNouns[strings.ToLower(x.lemma(c))] {
		return true
	}
	m := d.mentionOver(si, x.token(c))
	return m != nil && strikerNouns[foldWord(d.toks[m.last-1].lower)]
}

// aimedGathering reports whether the noun of a gathering at tokens
// [i, i+n) of sentence si is aimed at someone or something, a protest:
// an "against" phrase on it, or a modifier in "anti-" ("a rally against
// the pension reform", "an anti-government march"; not "a campaign rally",
// "the stock market rally"). A capitalised word within the sentence is a
// name or a month ("in March"), no gathering.
func (d *doc) aimedGathering(si, i, n int) bool {
	if d.toks[i].cap && i > d.sents[si].first {
		return false
	}
	x, w := d.nounTriggerAt(si, i, n)
	if w < 0 {
		return false
	}
	for _, c := range x.childrenWith(w, "nmod", "amod", "compound") {
		if x.rel(c) == "nmod" && x.caseOf(c) == "against" && c > w || strings.HasPrefix(strings.ToLower(x.tree.Words[c]), "anti-") {
			return true
		}
	}
	return false
}

// nounTriggerAt is the parse of sentence si and the noun the trigger at
// tokens [i, i+n) is in it, or nil and -1 where the sentence has no parse
// or the parse reads a verb there.
func (d *doc) nounTriggerAt(si, i, n int) (*syntax, int) {
	if x, w := d.triggerTree(si, i, n); w >= 0 && !x.isVerb(w) {
		return x, w
	}
	return nil, -1
}

// verbTriggerAt is the parse of sentence si and the verb the trigger at
// tokens [i, i+n) is in it, or nil and -1 where the sentence has no parse
// or the parse reads no verb there.
func (d *doc) verbTriggerAt(si, i, n int) (*syntax, int) {
	if x, v := d.triggerTree(si, i, n); v >= 0 && x.isVerb(v) {
		return x, v
	}
	return nil, -1
}

// protesterNouns are who protest (data/words/protester_nouns.txt).
var protesterNouns = wordSet("protester_nouns.txt")

// protestPurposes are the verbs whose infinitive of purpose makes a
// crowd of who gathers or blocks (data/words/protest_purposes.txt).
var protestPurposes = wordSet("protest_purposes.txt")

// crowdDoer reports whether the verb at tokens [i, i+n) of sentence si is
// done by protesters: its subject is one of protesterNouns, or counts
// them ("protesters gathered outside parliament", "thousands of
// demonstrators blocked roads"), or it is done to protest ("farmers
// blocked roads to protest", "MPs walked out in protest").
func (d *doc) crowdDoer(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	doers, passive := x.verbDoers(v)
	if passive {
		return false
	}
	for _, c := range x.childrenWith(v, "advcl", "xcomp") {
		if x.markOf(c) == "to" && protestPurposes[x.lemma(c)] {
			return true // "farmers blocked roads to protest": a crowd, whoever they are
		}
	}
	for _, c := range x.childrenWith(v, "obl") {
		if x.caseOf(c) == "in" && x.pos(c) == "NOUN" && protestPurposes[x.lemma(c)] {
			return true // "opposition MPs walked out in protest": a crowd, whoever they are
		}
	}
	return slices.ContainsFunc(doers, x.namesProtesters) || slices.ContainsFunc(doers, x.countsCrowd) // "hundreds of farmers blocked roads"
}

// crowdCounts are the nouns that count a crowd in the hundreds or more
// (data/words/crowd_counts.txt).
var crowdCounts = wordSet("crowd_counts.txt")

// namesProtesters reports whether noun w names protesters, or counts them
// with "of": "thousands of protesters", whose count heads the phrase.
func (x *syntax) namesProtesters(w int) bool {
	for _, c := range append([]int{w}, x.childrenWith(w, "nmod")...) {
		if (c == w || x.caseOf(c) == "of") && (protesterNouns[x.lemma(c)] || protesterNouns[strings.ToLower(x.tree.Words[c])]) {
			return true
		}
	}
	return false
}

// countsCrowd reports whether noun w is a count of crowdCounts with "of"
// a common noun after it, through further counts ("tens of thousands of
// workers").
func (x *syntax) countsCrowd(w int) bool {
	if x.pos(w) != "NOUN" || !crowdCounts[x.lemma(w)] && !crowdCounts[strings.ToLower(x.tree.Words[w])] {
		return false
	}
	for _, c := range x.childrenWith(w, "nmod") {
		if x.caseOf(c) == "of" && x.pos(c) == "NOUN" && (!crowdCounts[x.lemma(c)] && !crowdCounts[strings.ToLower(x.tree.Words[c])] || x.countsCrowd(c)) {
			return true
		}
	}
	return false
}

// courtNouns are courts and judges (data/words/court_nouns.txt).
var courtNouns = wordSet("court_nouns.txt")

// courtInvolved reports whether the verb at tokens [i, i+n) of sentence
// si is done by a court or a judge, or done to one or in one: its
// subject, object or an oblique is a court noun, or a name or title
// with one ("the Supreme Court upheld", "Justice Lucy Moran barred",
// "petitioned the Constitutional Court", "went to the High Court").
func (d *doc) courtInvolved(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	doers, _ := x.verbDoers(v)
	if slices.ContainsFunc(doers, func(w int) bool { return d.electoralAuthority(si, x, w) }) {
		return true // "the Central Election Commission barred X from standing": a ruling on who may stand
	}
	around := append(doers, x.childrenWith(v, "obj")...)
	for _, w := range x.childrenWith(v, "obl", "obl:agent") {
		if c := x.caseOf(w); c == "by" || forumCases[c] {
			around = append(around, w) // "was barred by the court", "went to the High Court"; not "over his remarks about judges"
		}
	}
	for _, o := range x.childrenWith(v, "obj") {
		for _, c := range x.childrenWith(o, "nmod") {
			if forumCases[x.caseOf(c)] {
				around = append(around, c) // "challenged the result in the Supreme Court", as the parse may hang it
			}
		}
	}
	for _, w := range around {
		for _, c := range append([]int{w}, x.childrenWith(w, "compound", "flat", "nmod:desc", "appos")...) {
			if courtNouns[strings.ToLower(x.tree.Words[c])] {
				return true
			}
		}
		if m := d.mentionOver(si, x.token(w)); m != nil {
			for k := m.first; k < m.last; k++ {
				if courtNouns[d.toks[k].lower] {
					return true
				}
			}
		}
	}
	return false
}

// electoralWords make a body an electoral authority
// (data/words/electoral_words.txt).
var electoralWords = wordSet("electoral_words.txt")

// electoralAuthority reports whether doer w is a body that runs
// elections, which rules on candidacies and results as a court does: a
// body named with an electoral word ("the Central Election Commission",
// "the CEC" where it stands for one), or a noun such a word modifies
// ("the electoral commission", "election officials").
func (d *doc) electoralAuthority(si int, x *syntax, w int) bool {
	var bodies []int
	if m := d.mentionOver(si, x.token(w)); m != nil {
		bodies = d.refs(m)
	} else if b := d.bodyCalledBy(si, x.token(w)); b >= 0 {
		bodies = []int{b} // "the commission", after the Central Election Commission
	}
	for _, e := range bodies {
		if d.ents[e].kind != polgraph.KindOrganization {
			continue
		}
		for _, word := range strings.Fields(strings.ToLower(d.ents[e].name)) {
			if electoralWords[word] {
				return true
			}
		}
	}
	if x.pos(w) != "NOUN" {
		return false
	}
	for _, c := range x.childrenWith(w, "compound", "amod") {
		if electoralWords[strings.ToLower(x.tree.Words[c])] {
			return true
		}
	}
	return false
}

// forumCases put a court where a case is brought.
var forumCases = set("in before at to")

// court reports whether entity e is a court: a body whose name has a
// court noun ("the High Court", "the International Criminal Court").
func (d *doc) court(e int) bool {
	if d.ents[e].kind != polgraph.KindOrganization {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(d.ents[e].name)) {
		if courtNouns[w] {
			return true
		}
	}
	return false
}

// chamberDoer reports whether the noun at tokens [i, i+n) of sentence si
// is done by a legislature: its possessor, a modifier or a "by" phrase
// names one or is a word for one ("parliament's approval of the bill",
// "the Senate's rejection of the nominee", "ratification by the Duma").
func (d *doc) chamberDoer(si, i, n int) bool {
	x, w := d.nounTriggerAt(si, i, n)
	if w < 0 {
		return false
	}
	for _, doer := range x.doersOf(w) {
		if d.doerClass(si, x, doer) == "legislature" {
			return true
		}
	}
	return false
}

// namedAuthor reports whether the noun at tokens [i, i+n) of sentence si
// names who wrote it: its possessor, a modifier or a "by" phrase, on it or
// on a participle after it (or on that participle's day, where the parse
// hangs it there), names a person or a body ("a report by Amnesty
// International", "the OSCE's report", "a report released last week by
// the commission", "a report released on Tuesday by the audit office"),
// or the verb that makes it public has one as its doer ("the OSCE issued
// its findings"). "The report" names none: it refers back to a report
// told before, or to none the article dates.
func (d *doc) namedAuthor(si, i, n int) bool {
	x, w := d.nounTriggerAt(si, i, n)
	if w < 0 {
		return false
	}
	authors := slices.DeleteFunc(x.doersOf(w), func(a int) bool {
		// "allegations of torture by the Wagner Group": the "by" after
		// an "of" phrase names who did the act, not who alleged it
		return a > w && x.caseOf(a) == "by" && slices.ContainsFunc(x.childrenWith(w, "nmod"), func(o int) bool { return o > w && o < a && x.caseOf(o) == "of" })
	})
	authors = append(authors, x.participleAgents(w)...)
	if len(d.publishedBy(si, x, w)) > 0 {
		return true // "the OSCE issued its findings", "observers from the OSCE published a report"
	}
	for _, c := range x.childrenWith(w, "nmod") {
		if x.caseOf(c) == "in" {
			authors = append(authors, c) // "a report in the Harbour Gazette": the outlet's, where it is one (below)
		}
	}
	for _, a := range authors {
		// "by the online portal Kestrelnews": the name the noun restates
		for _, b := range append([]int{a}, x.childrenWith(a, "appos")...) {
			m := d.mentionOver(si, x.token(b))
			if m == nil || !m.named() || len(d.refs(m)) == 0 {
				continue
			}
			if x.caseOf(a) == "in" && !slices.Contains(d.media, d.refs(m)[0]) {
				continue // "a report in May", "a report in Velbrook": no author
			}
			return true
		}
	}
	return false
}

// participleAgents are the "by" phrases of the past participles on noun
// w: "a report released last week by the commission", and "a report
// released on Tuesday by the audit office", where the parse hangs the
// phrase on the day.
func (x *syntax) participleAgents(w int) []int {
	var out []int
	for _, p := range x.participlesOn(w) {
		for _, c := range x.childrenWith(p, "obl", "obl:agent", "obl:tmod") {
			if x.caseOf(c) == "by" {
				out = append(out, c)
			}
			if calendarWords[strings.ToLower(x.tree.Words[c])] || timeUnitNouns[strings.ToLower(x.lemma(c))] {
				for _, b := range x.childrenWith(c, "nmod") {
					if x.caseOf(b) == "by" {
						out = append(out, b)
					}
				}
			}
		}
	}
	return out
}

// publishedBy is who made public the report that noun w names, as the
// object of a verb of publishing: the verb's doer ("the OSCE issued its
// findings", "observers from the OSCE published a report": the OSCE), or
// nil.
func (d *doc) publishedBy(si int, x *syntax, w int) []int {
	h := x.head(w)
	if h < 0 || (x.baseRel(w) != "obj" || !publishingVerbs[strings.ToLower(x.lemma(h))]) && !x.foundIn(w) {
		return nil
	}
	var out []int
	doers, _ := x.verbDoers(h)
	for _, s := range doers {
		out = appendNew(out, d.entsAt(si, x, s, "REPORT")...)
	}
	return out
}

// foundIn reports a report noun w that frames a finding: the "in" phrase
// of an active verb of finding or concluding (beliefVerbs, not a verb of
// speech, which tells the report itself) with a clause after it, on a
// noun that names no author of its own but a pronoun: "In a 40-page
// report, the commission concluded that ...", "In its final report, the
// inquiry found that ...". Who concludes in it wrote it.
func (x *syntax) foundIn(w int) bool {
	h := x.head(w)
	if h < 0 || x.baseRel(w) != "obl" || x.caseOf(w) != "in" || !x.isVerb(h) || !beliefVerbs[x.lemma(h)] || speechWords[strings.ToLower(x.tree.Words[h])] {
		return false
	}
	if _, passive := x.verbDoers(h); passive || len(x.childrenWith(h, "ccomp")) == 0 {
		return false
	}
	return !slices.ContainsFunc(x.doersOf(w), func(a int) bool {
		switch {
		case x.tree.XPOS[a] == "PRP$":
			return false // "its report" is the subject's
		case x.baseRel(a) == "compound" || x.baseRel(a) == "amod":
			return x.tree.XPOS[a] == "NNP" || x.tree.XPOS[a] == "NNPS" // "a Harwick Commission report" names its own; "a 40-page report" does not
		}
		return true // "a report by the Herald", "the Herald's report"
	})
}

// publishingVerbs make a report public; their doer is its author
// (data/words/publishing_verbs.txt).
var publishingVerbs = wordSet("publishing_verbs.txt")

// politicalObjects are who and what a state funds to sway politics
// (data/words/political_objects.txt).
var politicalObjects = wordSet("political_objects.txt")

// stateFunds reports whether the verb at tokens [i, i+n) of sentence si
// is a state acting on people or means of politics: its doer (the
// subject, or a passive's "by" phrase) is a state or one of its bodies
// (stateSide), and what it acts on is one of politicalObjects or a party
// or politician named ("Beijing funded candidates", "candidates funded by
// Moscow", "China paid two MPs", "Holm was cultivated by a network run out
// of the Chinese consulate").
func (d *doc) stateFunds(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	doers, passive := x.verbDoers(v)
	doers = append(doers, x.purposeOwners(v)...)
	state := slices.ContainsFunc(doers, func(w int) bool { _, ok := d.stateSide(si, x, w, 2); return ok || x.foreignAgents(w) })
	if !state {
		return false
	}
	funded := x.objectsOf(v)
	if passive {
		funded, _, _ = x.subjectOf(v, 0)
	}
	for _, o := range x.childrenWith(v, "obl") {
		if x.caseOf(o) == "to" {
			funded = append(funded, o) // "funnelled money to candidates": whom the money reaches
		}
	}
	return slices.ContainsFunc(funded, func(o int) bool {
		if politicalObjects[strings.ToLower(x.lemma(o))] || politicalObjects[strings.ToLower(x.tree.Words[o])] {
			return true
		}
		m := d.mentionOver(si, x.token(o))
		return m != nil && m.ent >= 0 && (d.ents[m.ent].kind == polgraph.KindParty || d.ents[m.ent].kind == polgraph.KindPerson)
	})
}

// covertDoer reports whether the act at tokens [i, i+n) of sentence si,
// a covert one (hacking, espionage), is done by a state or its agents:
// the subject of its verb or the "by" of its passive ("Russia hacked the
// servers", "were hacked by Russian intelligence", "accused Russia of
// hacking"), the possessor, modifier or "by" of its noun ("Russia's
// cyberattack", "a Russian cyberattack", "a cyberattack by Russian
// hackers"), or whom an accusation accuses of it ("blamed Russia for the
// cyberattack"). Done by no state, it is no interference: "a teenager
// hacked the website", "charged both men with espionage".
func (d *doc) covertDoer(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	if w < 0 {
		return false
	}
	var doers []int
	if x.isVerb(w) {
		doers, _ = x.verbDoers(w)
		doers = append(doers, x.purposeOwners(w)...)
	} else {
		doers = x.childrenWith(w, "nmod:poss", "amod", "compound")
		for _, c := range x.childrenWith(w, "nmod") {
			if x.caseOf(c) == "by" || x.caseOf(c) == "from" {
				doers = append(doers, c)
			}
		}
		if h := x.head(w); h >= 0 && x.isVerb(h) && accusingLemmas[x.lemma(h)] && (x.caseOf(w) == "of" || x.caseOf(w) == "for") {
			doers = append(doers, x.childrenWith(h, "obj")...)
		}
	}
	if _, c := x.attributedTo(w); c >= 0 {
		doers = append(doers, c) // "attributed the cyberattack to Chinese intelligence"
	}
	return slices.ContainsFunc(doers, func(c int) bool { _, ok := d.stateSide(si, x, c, 2); return ok })
}

// stateRunEffort reports whether the noun at tokens [i, i+n) of sentence
// si, one of a concerted effort (an operation, a campaign, a network), is
// run by a state or its agents: a participle of handling on it ("a
// network run from Russia", which stateSide reads), a passive of handling
// it is the subject of ("the operation was directed by the GRU"), or a
// verb that traces it to them ("attributed the campaign to Russian
// military intelligence"). Its possessor or modifier does not tell it,
// as it does a cyberattack's: "Russia's campaign" may be a war, "the
// party's campaign" a bid for seats; nor is a military operation one.
func (d *doc) stateRunEffort(si, i, n int) bool {
	x, w := d.nounTriggerAt(si, i, n)
	if w < 0 || slices.ContainsFunc(x.childrenWith(w, "amod", "compound"), x.armedNoun) {
		return false
	}
	if _, ok := d.effortState(si, x, w); ok {
		return true
	}
	_, c := x.attributedTo(w)
	if c < 0 {
		return false
	}
	_, ok := d.stateSide(si, x, c, 2)
	return ok
}

// effortState is the state that runs effort w of sentence si, and
// whether one does: by a participle of handling on it ("a network run
// from Russia", as stateSide reads it) or a passive of handling it is the
// subject of ("the operation was directed by the GRU"). A verb that traces
// it to a state is attributedActs' to read, with who traces it.
func (d *doc) effortState(si int, x *syntax, w int) (int, bool) {
	if st, ok := d.stateSide(si, x, w, 1); ok {
		return st, true
	}
	for _, c := range x.handledBy(w) {
		if st, ok := d.stateSide(si, x, c, 2); ok {
			return st, true
		}
	}
	return -1, false
}

// handledBy are who the passive of handling that word w is the subject of
// names as its handlers, by "by" or "from": "the GRU" in "the operation
// was directed by the GRU", "Russia" in "the network was run from Russia".
func (x *syntax) handledBy(w int) []int {
	h := x.handlingPassive(w)
	if h < 0 {
		return nil
	}
	var out []int
	for _, c := range x.childrenWith(h, "obl", "obl:agent") {
		if x.caseOf(c) == "by" || x.caseOf(c) == "from" {
			out = append(out, c)
		}
	}
	return out
}

// hackerNouns head or modify a doer who breaks into computer systems
// and names no one (data/words/hacker_nouns.txt).
var hackerNouns = wordSet("hacker_nouns.txt")

// cyberAttack reports whether the verb at tokens [i, i+n) of sentence si,
// one of breaking into computer systems or, byHackers, one hackers must
// do to make it so, is an attack on someone named: its object, or its
// passive subject, names someone or something of theirs ("hacked the
// Harbour Ministry's servers", "the council's email system was hacked",
// "hackers targeted the commission's website"); where byHackers, its doer
// is one of hackerNouns. Not "a teenager hacked the school's website",
// "the plan targeted the commission".
func (d *doc) cyberAttack(si, i, n int, byHackers bool) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 || len(x.childrenWith(v, "compound:prt")) > 0 {
		return false
	}
	doers, passive := x.verbDoers(v)
	if byHackers && !slices.ContainsFunc(doers, x.hackers) {
		return false
	}
	targets := x.objectsOf(v)
	if passive {
		targets, _, _ = x.subjectOf(v, 0)
	}
	targets = append(targets, x.takenFrom(v)...)
	return slices.ContainsFunc(targets, func(t int) bool { return d.namesIn(si, x, t) })
}

// theftVerbs take whom they take from by "from"
// (data/words/theft_verbs.txt).
var theftVerbs = wordSet("theft_verbs.txt")

// takenFrom are whom verb v, one of theftVerbs, takes from: "the
// ministry" in "stole emails from the ministry"; nil for any other verb.
func (x *syntax) takenFrom(v int) []int {
	if !theftVerbs[strings.ToLower(x.lemma(v))] {
		return nil
	}
	var out []int
	for _, o := range x.childrenWith(v, "obl") {
		if x.caseOf(o) == "from" {
			out = append(out, o)
		}
	}
	return out
}

// cyberAttackNoun reports whether the noun at tokens [i, i+n) of sentence
// si, one of breaking into computer systems, is an attack on someone
// named: what its "on", "against" or "of" names, or what is theirs ("a
// cyberattack on the Harbour Ministry's servers", "the hacking of the
// council's email system"). Not "a cyberattack on Sunday", nor a noun
// with no one named ("the cyberattack was contained").
func (d *doc) cyberAttackNoun(si, i, n int) bool {
	x, w := d.nounTriggerAt(si, i, n)
	if w < 0 {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(w, "nmod"), func(c int) bool {
		return cyberTargetCases[x.caseOf(c)] && d.namesIn(si, x, c)
	})
}

// cyberTargetCases mark what a noun of hacking is done to: "a
// cyberattack on the ministry", "against the commission", "the hacking
// of its servers".
var cyberTargetCases = set("on against of")

// hackers reports whether word w, or a word that modifies it, is one of
// hackerNouns: "hackers", "a ransomware gang", "unknown cyber criminals".
func (x *syntax) hackers(w int) bool {
	return slices.ContainsFunc(append(x.childrenWith(w, "compound", "amod"), w), func(c int) bool {
		return hackerNouns[strings.ToLower(x.tree.Words[c])] || hackerNouns[strings.ToLower(x.lemma(c))]
	})
}

// foreignAgents reports whether w names a state's agents or a state that
// it calls foreign, naming none: "foreign agents were targeting Ivo
// Dorn", "a foreign government funded candidates".
func (x *syntax) foreignAgents(w int) bool {
	l := strings.ToLower(x.lemma(w))
	if !stateOrganNouns[l] && !stateOrganNouns[strings.ToLower(x.tree.Words[w])] && !foreignPrincipals[l] {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(w, "amod"), func(a int) bool { return strings.ToLower(x.lemma(a)) == "foreign" })
}

// purposeOwners are who runs the noun of purpose that infinitive v is
// for, and so does what it says: "by Russia" in "a campaign by Russia to
// influence the vote", "Russia's" in "Russia's campaign to sway voters",
// the subject of the verb that runs it in "Russia ran a campaign to
// influence voters"; nil for any other verb.
func (x *syntax) purposeOwners(v int) []int {
	h := x.head(v)
	if h < 0 || x.rel(v) != "acl" || x.markOf(v) != "to" || !purposeNouns[strings.ToLower(x.tree.Words[h])] {
		return nil
	}
	var out []int
	for _, c := range x.childrenWith(h, "nmod", "nmod:poss") {
		if x.rel(c) == "nmod:poss" || x.caseOf(c) == "by" {
			out = append(out, c)
		}
	}
	if g := x.head(h); len(out) == 0 && g >= 0 && x.baseRel(h) == "obj" && x.isVerb(g) {
		out, _ = x.verbDoers(g)
	}
	return out
}

// attemptingVerbs take an infinitive their subject set out to do
// (data/words/attempting_verbs.txt).
var attemptingVerbs = wordSet("attempting_verbs.txt")

// stateAttempt reports whether the verb at tokens [i, i+n) of sentence si
// is the infinitive of a verb of attempting whose own subject is a state
// or its agents, neither negated nor still to come: a state's attempt to
// interfere is interference ("Iran tried to influence the election",
// "Russia sought to sway lawmakers"; not "Russia will try to", "did not
// seek to", nor "accused Russia of trying to", whose attempt is the
// accusation's to tell).
func (d *doc) stateAttempt(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 || x.rel(v) != "xcomp" || x.markOf(v) != "to" {
		return false
	}
	h := x.head(v)
	if h < 0 || !attemptingVerbs[strings.ToLower(x.tree.Words[h])] || x.modalOrNegated(h) {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(h, "nsubj"), func(w int) bool { _, ok := d.stateSide(si, x, w, 2); return ok })
}

// stateOrganNouns are the agents and services a state acts through
// (data/words/state_organ_nouns.txt): "Russian intelligence", "Chinese
// diplomats".
var stateOrganNouns = wordSet("state_organ_nouns.txt")

// handlingParticiples tie a group to the body behind it: "a network run
// out of the consulate", "a group linked to the Kremlin"
// (data/words/handling_participles.txt).
var handlingParticiples = wordSet("handling_participles.txt")

// stateSide is the state that word w of sentence si names or acts for,
// and whether there is one: the state itself ("China", or its capital
// anywhere, "an agent of Beijing"), a body of it, its mission or service
// ("the Chinese consulate", "the Kremlin", "the consulate" where China's
// was named before), its agents by their noun and
// the state that modifies it ("Russian intelligence", "China's
// diplomats"), or, within depth steps, a group run out of or linked to
// one of these ("a network run out of the consulate"). The state is -1
// where the article names only its capital.
func (d *doc) stateSide(si int, x *syntax, w, depth int) (int, bool) {
	if m := d.mentionOver(si, x.token(w)); m != nil {
		if d.statelike(m) {
			return d.refs(m)[0], true
		}
		if r := d.refs(m); len(r) == 1 {
			if st, ok := d.stateBody(r[0]); ok {
				return st, true
			}
			if c := d.ents[r[0]].capitalOf; c != nil && d.ents[r[0]].kind == polgraph.KindPlace {
				return d.gazEntity(c), true // "linked to Beijing": the state, though the city is its mention here, and the article need not name it ("spied for Moscow")
			}
		}
	}
	if st := d.missionStateBefore(x.token(w)); st >= 0 {
		return st, true // "a network run out of the consulate", China's named before
	}
	if stateOrganNouns[strings.ToLower(x.lemma(w))] {
		// "Russian intelligence", "officials at the Chinese consulate"
		for _, c := range x.childrenWith(w, "amod", "compound", "nmod:poss", "nmod") {
			if st, ok := d.stateSide(si, x, c, 0); ok {
				return st, true
			}
		}
	}
	if depth == 0 {
		return -1, false
	}
	for _, p := range x.childrenWith(w, "acl") {
		if !handlingParticiples[strings.ToLower(x.tree.Words[p])] {
			continue
		}
		for _, c := range x.childrenWith(p, "obl", "obl:agent") {
			if st, ok := d.stateSide(si, x, c, depth-1); ok {
				return st, true
			}
		}
	}
	return -1, false
}

// covertObjects are what one takes from or gives to a state's agents in
// its service (data/words/covert_objects.txt): "received money from
// Moscow", "passed secrets to a Russian diplomat".
var covertObjects = wordSet("covert_objects.txt")

// foreignPrincipals are the nouns that, called foreign, name a state
// unnamed (data/words/foreign_principals.txt): "on behalf of a foreign
// state".
var foreignPrincipals = wordSet("foreign_principals.txt")

// noPrincipal is principalOf's answer where no state is served; an
// unnamed one ("a foreign state") is -1.
const noPrincipal = -2

// principalOf is the state the verb at tokens [i, i+n) of sentence si
// is done for, from or to, by an oblique of the verb or of its object
// (one of covertObjects; a verb with another object serves no state):
// China in "spied for China", "acted as an agent of Beijing", "passed
// secrets to a Chinese diplomat", Russia in "received money from a group
// linked to the Kremlin"; -1 for "a foreign state", which names none;
// noPrincipal where there is none.
func (d *doc) principalOf(si, i, n int) int {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return noPrincipal
	}
	// one of politics serves a state not their own: "Holm received money
	// from Moscow", not "Toronto received funding from Ottawa" or a
	// minister of Canada who "acted on behalf of Canada"
	doers, passive := x.verbDoers(v)
	for _, w := range doers {
		if d.mentionOver(si, x.token(w)) == nil {
			// "charged a former army officer, Pieter Vos, with spying
			// for Russia": the name set beside the noun is the doer
			doers = append(doers, x.childrenWith(w, "appos")...)
		}
	}
	var served []int
	named := false
	for _, w := range doers {
		if m := d.mentionOver(si, x.token(w)); m != nil && !passive {
			for _, e := range d.refs(m) {
				if k := d.ents[e].kind; k == polgraph.KindPerson || k == polgraph.KindParty {
					served = append(served, e)
					named = named || m.named()
				}
			}
		}
	}
	if len(served) == 0 {
		return noPrincipal
	}
	foreign := func(st int) bool {
		if st < 0 {
			// a state unnamed ("a foreign state") leaves the one who
			// serves it all the act names: a pronoun's guess is too
			// little ("his client … any claim he had acted on behalf of
			// a foreign state", where "he" is not the lawyer)
			return named
		}
		return !slices.ContainsFunc(served, func(e int) bool { return d.countryOf(e) == st })
	}
	heads := []int{v}
	for _, o := range x.childrenWith(v, "obj") {
		if !covertObjects[strings.ToLower(x.lemma(o))] && !covertObjects[strings.ToLower(x.tree.Words[o])] { // "funding", tagged a verb
			return noPrincipal // "received the ambassador", "passed the bill to the Senate"
		}
		heads = append(heads, o)
	}
	for _, o := range x.childrenWith(v, "advcl", "xcomp") {
		if o == v+1 && covertObjects[strings.ToLower(x.tree.Words[o])] {
			heads = append(heads, o) // "received funding from …", its object read as a clause
		}
	}
	for _, h := range heads[1:] {
		for _, c := range x.childrenWith(h, "amod", "nmod:poss") {
			if st := d.principalNoun(si, x, c); st != noPrincipal && foreign(st) {
				return st // "took Russian money", "Beijing's money"
			}
		}
	}
	for _, c := range x.childrenWith(v, "obl", "obj") {
		for _, b := range x.childrenWith(c, "nmod") {
			if x.lemma(b) == "behalf" && x.caseOf(b) == "on" {
				heads = append(heads, c) // "spied on dissidents on behalf of China": the parse hangs the phrase on the noun before it
			}
		}
	}
	for _, h := range heads {
		for _, c := range x.childrenWith(h, "obl", "nmod") {
			if h != v && x.rel(h) != "obj" && x.lemma(c) != "behalf" {
				continue // a noun before "on behalf of" serves for that phrase only
			}
			switch x.caseOf(c) {
			case "for", "from", "to", "as", "on", "of":
			default:
				continue
			}
			if x.lemma(c) == "behalf" { // "on behalf of a foreign state"
				for _, b := range x.childrenWith(c, "nmod") {
					if st := d.principalNoun(si, x, b); st != noPrincipal && foreign(st) {
						return st
					}
				}
				continue
			}
			if st := d.principalNoun(si, x, c); st != noPrincipal && foreign(st) {
				return st
			}
		}
	}
	return noPrincipal
}

// principalNoun is the state word w names or acts for (stateSide), -1
// for a foreign one unnamed ("a foreign government"), else noPrincipal.
func (d *doc) principalNoun(si int, x *syntax, w int) int {
	if st, ok := d.stateSide(si, x, w, 2); ok {
		return st
	}
	if foreignPrincipals[strings.ToLower(x.lemma(w))] && slices.ContainsFunc(x.childrenWith(w, "amod"), func(a int) bool { return strings.ToLower(x.lemma(a)) == "foreign" }) {
		return -1
	}
	return noPrincipal
}

// stateBody is the state whose mission or government body entity b is,
// and whether it is one: the Chinese consulate's China, the Kremlin's
// Russia (-1 where the article does not name the state). A body of the
// article's home country is none: "received funding from the culture
// ministry" at home is no state's interference.
func (d *doc) stateBody(b int) (int, bool) {
	e := d.ents[b]
	if e.kind != polgraph.KindOrganization {
		return -1, false
	}
	if e.missionOf != "" {
		return d.countryEntity(e.missionOf), true
	}
	if e.gaz == nil || e.gaz.Scope != "organizations-government" || e.gaz.Country == "" {
		return -1, false
	}
	st := d.countryEntity(e.gaz.Country)
	if st >= 0 && st == d.homeCountryEntity() {
		return -1, false
	}
	return st, true
}

// handlingPassive is the passive of handling (data/words/
// handling_participles.txt) that word w is the subject of, or -1:
// "directed" in "the operation was directed by the GRU".
func (x *syntax) handlingPassive(w int) int {
	h := x.head(w)
	if h < 0 || x.rel(w) != "nsubj:pass" || !handlingParticiples[strings.ToLower(x.tree.Words[h])] {
		return -1
	}
	return h
}

// stateAgents give an interference told by a verb the state its doer
// acts for, where the doer names none itself: in "Holm was cultivated by
// a network run out of the Chinese consulate" or "was recruited by
// Chinese intelligence" China is the one that interferes. One who acts
// for a state, or takes from it, is its target, the state its agent:
// "Holm spied for China", "received money from Moscow".
func (d *doc) stateAgents() {
	for _, ev := range d.events {
		if ev.dropped || ev.typ != "INTERFERENCE" {
			continue
		}
		x, v := d.eventTree(ev)
		if v < 0 {
			continue
		}
		if ev.noun {
			d.effortAgent(ev, x, v)
			continue
		}
		if !x.isVerb(v) {
			continue
		}
		if st := d.principalOf(ev.sent, ev.trig[0], ev.trig[1]-ev.trig[0]); st != noPrincipal {
			// "Holm spied for China": China interferes, through Holm
			for k, p := range ev.parts {
				if p.role == "agent" {
					ev.parts[k].role = "target"
				}
			}
			// the body or the capital it was served through is no place,
			// nor a body of the state served its target: "received funding
			// from a group linked to the Kremlin", "spied on dissidents on
			// behalf of China's Ministry of State Security"
			ev.parts = slices.DeleteFunc(ev.parts, func(p part) bool {
				e := d.ents[p.ent]
				if b, ok := d.stateBody(p.ent); ok && b == st && st >= 0 && p.role == "target" {
					return true
				}
				return p.ent == st && st >= 0 || p.role == "place" && (e.kind == polgraph.KindOrganization || e.capitalOf != nil && d.entityOf(e.capitalOf) == st)
			})
			if st >= 0 {
				ev.add(st, "agent")
			}
			continue
		}
		if d.agentOf(ev) >= 0 {
			continue
		}
		doers, _ := x.verbDoers(v)
		doers = append(doers, x.purposeOwners(v)...)
		for _, w := range doers {
			if st, _ := d.stateSide(ev.sent, x, w, 2); st >= 0 {
				// the state may have been taken for where it was done:
				// "by officials at the Chinese consulate"
				ev.parts = slices.DeleteFunc(ev.parts, func(p part) bool { return p.ent == st && p.role == "place" })
				ev.add(st, "agent")
				break
			}
		}
	}
}

// effortAgent gives an interference told by noun w of its sentence's
// parse x the state that runs the effort, where it names no doer itself:
// in "the operation was directed by the GRU" Russia, the GRU's state,
// interferes. The state is no place of it.
func (d *doc) effortAgent(ev *event, x *syntax, w int) {
	if d.agentOf(ev) >= 0 {
		return
	}
	if st, _ := d.effortState(ev.sent, x, w); st >= 0 {
		ev.parts = slices.DeleteFunc(ev.parts, func(p part) bool { return p.ent == st && p.role == "place" })
		ev.add(st, "agent")
	}
}

// participlesOn are the past participles that modify noun w ("a report
// released last week", "the protest held in May"). The parse may hang one
// after an object on the object's verb, as its complement ("citing a
// report released by ...").
func (x *syntax) participlesOn(w int) []int {
	var out []int
	for _, p := range x.childrenWith(w, "acl") {
		if x.tree.XPOS[p] == "VBN" {
			out = append(out, p)
		}
	}
	if h := x.head(w); h >= 0 && x.baseRel(w) == "obj" {
		for _, p := range x.childrenWith(h, "xcomp") {
			if p > w && x.tree.XPOS[p] == "VBN" {
				out = append(out, p)
			}
		}
	}
	return out
}

// interceptingVerbs stop a weapon in flight (data/words/intercepting_verbs.txt).
var interceptingVerbs = wordSet("intercepting_verbs.txt")

// interceptions turn an attack told by its stopping round: in "Ukraine
// downed 40 Russian drones" the state whose weapons were downed attacked,
// and the one that downed them was attacked. The weapon's state, which
// the parse makes the object's modifier and the windows the patient,
// becomes the agent; the subject becomes the patient.
func (d *doc) interceptions() {
	for _, ev := range d.events {
		if ev.typ != "ATTACK" || ev.noun || ev.dropped || !interceptingVerbs[d.toks[ev.trig[1]-1].lower] {
			continue
		}
		x, v := d.eventTree(ev)
		if v < 0 {
			continue
		}
		downed := false
		var weaponStates []int
		// what was downed: the object, or a passive's subject ("61 Russian
		// drones were shot down"), or what a count of it names ("61 of 85
		// Russian drones")
		for _, o := range append(x.objectsOf(v), x.childrenWith(v, "nsubj:pass")...) {
			if o = x.shareOf(o); !x.armedNoun(o) {
				continue
			}
			downed = true
			weaponStates = append(weaponStates, d.entsAt(ev.sent, x, o, ev.typ)...)
			for _, a := range x.childrenWith(o, "acl") {
				// "a missile fired from Yemen", "drones launched by Russia"
				for _, c := range x.childrenWith(a, "obl", "obl:agent") {
					if k := x.caseOf(c); k == "from" || k == "by" {
						weaponStates = append(weaponStates, d.entsAt(ev.sent, x, c, ev.typ)...)
					}
				}
			}
		}
		if !downed {
			continue
		}
		// the one that downs a weapon is what it was aimed at, whether or
		// not the sentence says whose it was ("Ukrainian air defences
		// shot down 30 drones")
		for k := range ev.parts {
			p := &ev.parts[k]
			switch {
			case slices.Contains(weaponStates, p.ent):
				p.role = "agent"
			case p.role == "agent":
				p.role = "patient"
			}
		}
		for _, e := range weaponStates {
			if !ev.has(e) {
				ev.add(e, "agent")
			}
		}
	}
}

// crowdTargets are the cases of an oblique that what a verb is done
// against names: "used water cannon against protesters", "fired tear gas
// at demonstrators".
var crowdTargets = set("against at on")

// crowdTargeted reports whether the verb at tokens [i, i+n) of sentence si
// is done to or against protesters: its object, or an oblique "against",
// "at" or "on" it, is one of protesterNouns or counts them ("dispersed
// the demonstrators", "used water cannon against protesters", "fired
// tear gas at thousands of protesters").
func (d *doc) crowdTargeted(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	var targets []int
	for _, c := range x.childrenWith(v, "obj", "obl") {
		if x.baseRel(c) == "obj" || crowdTargets[x.caseOf(c)] {
			targets = append(targets, c)
		}
	}
	for _, o := range x.childrenWith(v, "obj") {
		// "used tear gas against protesters", as the parse may hang it on
		// the gas, or on the last of the means ("fired tear gas and water
		// cannon at demonstrators")
		for _, m := range append([]int{o}, x.childrenWith(o, "conj")...) {
			for _, c := range x.childrenWith(m, "nmod") {
				if crowdTargets[x.caseOf(c)] {
					targets = append(targets, c)
				}
			}
		}
	}
	return slices.ContainsFunc(targets, x.namesProtesters)
}

// riotControlNouns are the means police use to break up a crowd
// (data/words/riot_control_nouns.txt).
var riotControlNouns = wordSet("riot_control_nouns.txt")

// riotControlObject reports whether the verb at tokens [i, i+n) of
// sentence si has an object that names a means of riot control: "fired
// tear gas", "fired rubber bullets"; not "fired live rounds", nor "fired
// on" with no object.
func (d *doc) riotControlObject(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(v, "obj"), func(o int) bool {
		return slices.ContainsFunc(x.subtree(o, nil), func(w int) bool { return riotControlNouns[strings.ToLower(x.tree.Words[w])] })
	})
}

// owningVerbs tell who owns an attack (data/words/owning_verbs.txt).
var owningVerbs = wordSet("owning_verbs.txt")

// claimedBy reads an attack told by its noun that is the object of a
// verb of claiming, or its passive subject: "the Karvan Front claimed
// the bombing", "the attack, which killed 12, was claimed by the Karvan
// Front": who claims it did it. ok is false where the noun is no such
// word, the verb is negated or still to come, or it names no one.
func (d *doc) claimedBy(si int, o occurrence) (doers []int, ok bool) {
	x, w := d.tokenTree(si, o.i+o.n-1)
	if w < 0 {
		return nil, false
	}
	v := x.head(w)
	if v < 0 || !x.isVerb(v) || !owningVerbs[strings.ToLower(x.lemma(v))] || x.modalOrNegated(v) {
		return nil, false
	}
	switch x.rel(w) {
	case "obj":
		if subj, passive, _ := x.subjectOf(v, 0); !passive {
			for _, s := range subj {
				doers = appendNew(doers, d.entsAt(si, x, s, "ATTACK")...)
			}
		}
	case "nsubj:pass":
		for _, c := range x.childrenWith(v, "obl:agent") {
			doers = appendNew(doers, d.entsAt(si, x, c, "ATTACK")...)
		}
	}
	doers = slices.DeleteFunc(doers, func(e int) bool { return d.ents[e].kind == polgraph.KindPlace })
	return doers, len(doers) > 0
}

// captiveNouns are what one is taken as when abducted
// (data/words/captive_nouns.txt): "took a pastor hostage".
var captiveNouns = wordSet("captive_nouns.txt")

// takenHostage reports whether the verb at tokens [i, i+n) of sentence si
// takes someone hostage: its object or complement is a bare noun of
// captiveNouns, or one the parse gives the one taken as a modifier or an
// object ("gunmen took a pastor hostage", "took hostage three aid
// workers"); not "took the hostages to safety", "took the hostage to
// hospital", where the captive is only carried.
func (d *doc) takenHostage(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	for _, c := range x.childrenWith(v, "obj", "xcomp") {
		if !captiveNouns[strings.ToLower(x.tree.Words[c])] {
			continue
		}
		if len(x.childrenWith(c, "det")) == 0 || len(x.childrenWith(c, "compound", "obj")) > 0 || len(x.childrenWith(v, "obj")) > 1 {
			return true
		}
	}
	return false
}
