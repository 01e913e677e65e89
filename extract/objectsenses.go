package extract

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

//go:embed data/object_senses.tsv
var objectSensesTSV string

// objectSenses is data/object_senses.tsv: verb lemma -> object class ->
// event type; irregularForms the written forms its lemmas have besides
// the regular ones ("sought" of "seek").
var objectSenses, irregularForms = func() (map[string]map[string]string, map[string][]string) {
	out, forms := map[string]map[string]string{}, map[string][]string{}
	for n, line := range strings.Split(objectSensesTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || !objectClasses[f[1]] || f[2] != noEvent && !slices.Contains(polgraph.EventTypes, polgraph.EventType(f[2])) {
			panic(fmt.Sprintf("extract: data/object_senses.tsv:%d: want lemma[/irregular forms], person|victim|body|claim|measure|enactment|stance|aid|trade|truce|thing|weapon|place|at|none|other|audience|asking|charge|ruling|restriction, event type or -: %q", n+1, line))
		}
		words := strings.Split(f[0], "/")
		lemma := words[0]
		if out[lemma] == nil {
			out[lemma] = map[string]string{}
		}
		out[lemma][f[1]] = f[2]
		forms[lemma] = append(forms[lemma], words[1:]...)
	}
	return out, forms
}()

var objectClasses = set("person body claim measure enactment stance aid trade truce thing place at none other victim weapon audience asking charge ruling restriction")

// restrictionPhrases are the rule a state declares or imposes over its
// people (data/words/restriction_phrases.tsv): the class "restriction"
// ("declared martial law", "imposed a curfew"), read only by verbs with
// a row for it.
var restrictionPhrases = wordTable("restriction_phrases.tsv", "restriction")

// restrictionObject reports an object w that names a restriction of
// restrictionPhrases: by its head word, by a modifier and the head
// ("martial law", "a nationwide curfew"), or by the head and its "of"
// phrase ("a state of emergency").
func (x *syntax) restrictionObject(w int) bool {
	if x.pos(w) != "NOUN" {
		return false
	}
	head := strings.ToLower(x.lemma(w))
	if restrictionPhrases[head] != "" {
		return true
	}
	for _, c := range x.childrenWith(w, "amod", "compound") {
		if restrictionPhrases[strings.ToLower(x.tree.Words[c])+" "+head] != "" {
			return true
		}
	}
	for _, c := range x.childrenWith(w, "nmod") {
		if x.caseOf(c) == "of" && restrictionPhrases[head+" of "+strings.ToLower(x.tree.Words[c])] != "" {
			return true
		}
	}
	return false
}

// chargeNouns are the charges and cases brought against someone
// (data/words/charge_nouns.txt): the class "charge" ("dropped all
// charges against X"), read only by verbs with a row for it.
var chargeNouns = wordSet("charge_nouns.txt")

// rulingNouns are a court's decisions on a case
// (data/words/ruling_nouns.txt): the class "ruling" ("appealed the
// acquittal"), read only by verbs with a row for it.
var rulingNouns = wordSet("ruling_nouns.txt")

// audienceNouns are who or what one speaks before (data/words/audience_nouns.txt):
// the class "audience" ("addressed a rally", "addressed the nation").
var audienceNouns = wordSet("audience_nouns.txt")

// askingNouns are what one puts to another to ask of them
// (data/words/asking_nouns.txt): the class "asking" ("addressed a
// question to the minister").
var askingNouns = wordSet("asking_nouns.txt")

// measureNouns are what a legislature votes on: the class "measure".
var measureNouns = wordSet("measure_nouns.txt")

// enactmentNouns are what one hand signs into force or sends: the class
// "enactment".
var enactmentNouns = wordSet("enactment_nouns.txt")

// stanceNouns are what one expresses or voices in a statement
// (data/words/stance_nouns.txt): "expressed deep concern".
var stanceNouns = wordSet("stance_nouns.txt")

// aidNouns are what a state gives another and can withhold to punish it
// (data/words/aid_nouns.txt): "suspended development aid to Niger".
var aidNouns = wordSet("aid_nouns.txt")

// truceNouns are a halt to fighting the sides agree on
// (data/words/truce_nouns.txt): the class "truce" ("violated the
// ceasefire", "broke the ceasefire agreement").
var truceNouns = wordSet("truce_nouns.txt")

// chamberMeasureNouns name a measure where a legislature acts on it.
var chamberMeasureNouns = wordSet("chamber_measure_nouns.txt")

// chamberActs reports a verb v done by a legislature or its members: its
// subject, or its agent in the passive, names a legislature ("the Senate
// approved", "was adopted by the Bundestag") or its members ("lawmakers
// approved", "MPs rejected"), or the passive's "by" gives the count of
// votes only members cast ("the treaty was approved by 201 votes to 12").
func (d *doc) chamberActs(si int, x *syntax, v int) bool {
	doers := x.childrenWith(v, "nsubj")
	if x.rel(v) == "xcomp" && x.head(v) >= 0 {
		doers = append(doers, x.childrenWith(x.head(v), "nsubj")...) // "the Sejm failed to approve"
	}
	for _, c := range x.childrenWith(v, "obl:agent") {
		if x.caseOf(c) == "by" {
			doers = append(doers, c)
		}
	}
	for _, w := range doers {
		if m := d.mentionOver(si, x.token(w)); m != nil {
			for _, e := range d.refs(m) {
				if d.ents[e].kind == polgraph.KindOrganization && (isLegislature(d.ents[e]) || votingBody(d.ents[e])) {
					return true
				}
			}
		}
		if word := foldWord(strings.ToLower(x.tree.Words[w])); legislatorNouns[strings.ToLower(x.lemma(w))] || legislatorNouns[strings.TrimSuffix(word, "s")] || legislatureWords[word] || votingBodyWords[word] {
			return true // "lawmakers", "MPs", "the lower house", an unresolved "the Senate", "the council"
		}
		if x.rel(w) == "obl:agent" && voteNouns[strings.ToLower(x.tree.Words[w])] && len(x.childrenWith(w, "nummod")) > 0 {
			return true // "by 201 votes": a tally
		}
	}
	return false
}

// votingBodyWords name a body that decides by vote though no
// legislature: "council", "committee", "board".
var votingBodyWords = wordSet("voting_body_words.txt")

// votingBody reports an organisation whose name's last word is a
// votingBodyWords word: "Dunmore City Council", "the Planning
// Committee"; "Council of Europe" ends in no such word.
func votingBody(e *entity) bool {
	words := lowerWords(e.name)
	return len(words) > 0 && votingBodyWords[words[len(words)-1]]
}

// stateVoteVerbs tell of a vote only where a state casts it.
var stateVoteVerbs = wordSet("state_vote_verbs.txt")

// stateActs reports a verb v whose subject names a state or a body: "Russia
// vetoed the resolution", "China and Russia vetoed".
func (d *doc) stateActs(si int, x *syntax, v int) bool {
	for _, w := range x.childrenWith(v, "nsubj") {
		if m := d.mentionOver(si, x.token(w)); m != nil {
			for _, e := range d.refs(m) {
				if k := d.ents[e].kind; k == polgraph.KindCountry || k == polgraph.KindOrganization {
					return true
				}
			}
		}
	}
	return false
}

// personActs reports a verb v whose subject is a person: one named, or
// an office title ("the ambassador rejected").
func (d *doc) personActs(si int, x *syntax, v int) bool {
	for _, w := range x.childrenWith(v, "nsubj") {
		if m := d.mentionOver(si, x.token(w)); m != nil {
			for _, e := range d.refs(m) {
				if d.ents[e].kind == polgraph.KindPerson {
					return true
				}
			}
			continue
		}
		if d.officeObject(si, x, w) {
			return true
		}
	}
	return false
}

// noEvent is the table's type for an object that makes the verb tell of
// no event of the contract's ("rejected a proposal": a refusal).
const noEvent = "-"

// objectSenseForms are the written forms of the table's verbs: a
// sentence is parsed for an object's class only where one is used.
var objectSenseForms = func() map[string]bool {
	out := map[string]bool{}
	for l := range objectSenses {
		for _, f := range append(verbForms(l), irregularForms[l]...) {
			out[f] = true
		}
	}
	return out
}()

// irregularLemmas are the table's verbs by their irregular forms.
var irregularLemmas = func() map[string]string {
	out := map[string]string{}
	for l, forms := range irregularForms {
		for _, f := range forms {
			out[f] = l
		}
	}
	return out
}()

// senseLemma is the lemma of verb w the table is read by: the parse's,
// else, where the parse leaves an irregular form of a table verb as its
// own lemma ("overrode"), that verb.
func (x *syntax) senseLemma(w int) string {
	if l := x.lemma(w); objectSenses[l] != nil || irregularLemmas[l] == "" {
		return l
	}
	return irregularLemmas[x.lemma(w)]
}

// clauseSense is the type a CAMEO pattern of its whole clause gives verb
// trigger o where the table makes the verb no event whatever its object:
// "added Ivo Dorn" tells nothing, "added Ivo Dorn to its sanctions list"
// a sanction. Words are left to the speech triggers.
func (d *doc) clauseSense(si int, o occurrence) string {
	x, v := d.verbTriggerAt(si, o.i, o.n)
	if v < 0 || !eventlessVerb(x.lemma(v)) {
		return ""
	}
	if m, ok := d.cameoMatch(si, o); ok && m.Specific && !speechActs[m.Type] {
		return m.Type
	}
	return ""
}

// eventlessVerb reports a verb of the table that no object class makes an
// event of.
func eventlessVerb(lemma string) bool {
	senses := objectSenses[lemma]
	for _, typ := range senses {
		if typ != noEvent {
			return false
		}
	}
	return len(senses) > 0
}

// objectSense is the type a verb trigger at tokens [i, i+n) of sentence
// si takes from the class of the object the parse gives it, and whether
// the table and the tree decide it.
func (d *doc) objectSense(si, i, n int) (string, bool) {
	if !slices.ContainsFunc(d.toks[i:i+n], func(t token) bool { return objectSenseForms[t.lower] }) {
		return "", false // most verbs: no parse needed
	}
	x, v := d.triggerTree(si, i, n)
	if v < 0 || !x.isVerb(v) {
		return "", false
	}
	if objectSenses[x.senseLemma(v)] == nil {
		for _, c := range x.childrenWith(v, "xcomp") {
			if c < i+n && objectSenses[x.senseLemma(c)] != nil {
				v = c // "failed to pass the bill": what the verb in the phrase is done to decides
				break
			}
		}
	}
	senses := objectSenses[x.senseLemma(v)]
	if senses == nil {
		return "", false
	}
	vote, measures := senses["measure"]
	measures = measures && vote != noEvent // a verb that tells of a vote on a measure; not "signed the bill"
	var subj []int
	for _, c := range x.childrenWith(v, "nsubj") {
		// "The Housing and Tenancy Bill passed", which the parse reads
		// as "Housing" and "Bill": the conjunct may be the measure
		subj = append(append(subj, c), x.childrenWith(c, "conj")...)
	}
	if measures && slices.ContainsFunc(subj, func(c int) bool { return d.objectClass(si, x, c) == "measure" }) {
		return vote, true // "the bill passed the Senate": a measure that passes is voted on
	}
	objs := x.objectsOf(v)
	if len(objs) == 0 || len(x.childrenWith(v, "aux:pass")) > 0 {
		// "the minister was dismissed"; a passive that keeps its object
		// is done to its subject, who is given or refused the object
		// ("was denied bail")
		objs = append(x.childrenWith(v, "nsubj:pass"), objs...)
	}
	if len(objs) == 0 && measures {
		// "passed the Media Ownership Bill", its object read as an
		// oblique; else its subject: "he passed away", no measure passed
		objs = append(x.bareObliques(v), x.childrenWith(v, "nsubj")...)
	}
	if len(objs) == 0 && x.rel(v) == "acl" && x.head(v) >= 0 && x.head(v) < v {
		objs = []int{x.head(v)} // "a report released last week": the noun it is done to
	} else if len(objs) == 0 && x.participleAfterNoun(v) {
		objs = []int{v - 1} // the same, where the parse hangs the participle elsewhere
	}
	if len(objs) == 0 {
		for _, c := range x.childrenWith(v, "obl") {
			if p := x.caseOf(c); p == "on" || p == "at" {
				typ, ok := senses["at"] // "fired on protesters"
				return typ, ok
			}
		}
		typ, ok := senses["none"] // "she recalled that": remembering
		return typ, ok
	}
	c := d.objectClass(si, x, objs[0])
	if _, ok := senses["audience"]; ok && d.audienceObject(si, x, objs[0]) {
		c = "audience" // "addressed a rally in Lagos": a speech; read only by verbs with a row for it
	}
	if _, ok := senses["asking"]; ok && x.pos(objs[0]) == "NOUN" && askingNouns[strings.ToLower(x.tree.Words[objs[0]])] {
		c = "asking" // "addressed a question to the minister": a request; read only by verbs with a row for it
	}
	if _, ok := senses["restriction"]; ok && x.restrictionObject(objs[0]) {
		c = "restriction" // "declared martial law": a sanction; read only by verbs with a row for it
	}
	if _, ok := senses["charge"]; ok && (chargeNouns[strings.ToLower(x.tree.Words[objs[0]])] || chargeNouns[strings.ToLower(x.lemma(objs[0]))]) {
		c = "charge" // "dropped all charges against X": a legal action; read only by verbs with a row for it
	}
	if _, ok := senses["ruling"]; ok && rulingNouns[strings.ToLower(x.tree.Words[objs[0]])] {
		c = "ruling" // "appealed the acquittal": a legal action; read only by verbs with a row for it
	}
	if c == "thing" && measures && chamberMeasureNouns[strings.ToLower(x.lemma(objs[0]))] && d.chamberActs(si, x, v) {
		c = "measure" // "the Senate approved a pension reform"
	}
	if c == "measure" && stateVoteVerbs[x.lemma(v)] && !d.stateActs(si, x, v) {
		return noEvent, true // "the president vetoed the bill": one hand's refusal, no vote
	}
	if c == "measure" && measures && !d.chamberActs(si, x, v) && d.personActs(si, x, v) {
		// "the ambassador rejected the resolution as unjust": one
		// person's stance on a measure, which only a chamber or a state
		// votes on; the verb means what it does of any other thing
		return senseOf(senses, "thing")
	}
	if c == "person" && x.unnamedSomeone(objs[0]) && !d.officeObject(si, x, objs[0]) {
		if typ, ok := senses["victim"]; ok {
			return typ, ok // "attacked a police officer", "attacked two journalists": a blow, not words
		}
	}
	if c == "thing" && x.armedNoun(x.shareOf(objs[0])) {
		if typ, ok := senses["weapon"]; ok {
			return typ, ok // "launched drones at Kyiv": an attack, not a product launch
		}
	}
	return senseOf(senses, c)
}

// unnamedSomeone reports a common noun for people that the object w
// counts or leaves indefinite ("a police officer", "two journalists"):
// someone the story does not single out, as one hit is and one criticised
// by name or office is not.
func (x *syntax) unnamedSomeone(w int) bool {
	if x.pos(w) != "NOUN" {
		return false
	}
	// the parse may hang the count on the noun's compound: "two police officers"
	for _, h := range append([]int{w}, x.childrenWith(w, "compound")...) {
		for _, c := range x.childrenWith(h, "det", "nummod") {
			if l := strings.ToLower(x.tree.Words[c]); l == "a" || l == "an" || x.tree.UPOS[c] == "NUM" {
				return true
			}
		}
	}
	return false
}

// audienceObject reports an object w that is who or what one speaks
// before: a noun of audienceNouns ("a rally", "supporters", "the
// nation"), or a named body that one heads or that is a legislature ("the
// UN General Assembly", "the Bundestag").
func (d *doc) audienceObject(si int, x *syntax, w int) bool {
	if m := d.mentionOver(si, x.token(w)); m != nil {
		for _, e := range d.refs(m) {
			if k := d.ents[e].kind; k != polgraph.KindOrganization && k != polgraph.KindParty {
				return false
			}
		}
		last := foldWord(d.toks[m.last-1].lower)
		return audienceNouns[last] || legislatureWords[last]
	}
	return x.pos(w) == "NOUN" && (audienceNouns[strings.ToLower(x.tree.Words[w])] || audienceNouns[strings.ToLower(x.lemma(w))])
}

// officeObject reports an object w that an office title heads ("two
// ministers", "a deputy"): holders of office are criticised far more often
// than struck.
func (d *doc) officeObject(si int, x *syntax, w int) bool {
	if n, _ := d.officeAt(x.token(w), d.sents[si].last); n > 0 {
		return true
	}
	_, ok := d.x.gaz.Office(strings.TrimSuffix(strings.ToLower(x.lemma(w)), "s"))
	return ok
}

// senseOf is the type a verb's senses give an object of class c: its
// own row's, else its row for any other class's.
func senseOf(senses map[string]string, c string) (string, bool) {
	if typ, ok := senses[c]; ok {
		return typ, ok
	}
	if c == "stance" || c == "aid" || c == "truce" || c == "trade" {
		return senseOf(senses, "thing") // "dismissed the concerns", "announced new funding": a thing to a verb with no row for its class
	}
	typ, ok := senses["other"]
	return typ, ok
}

// objectClass sorts the object word w of a verb into the table's classes.
func (d *doc) objectClass(si int, x *syntax, w int) string {
	if c := x.shareOf(w); c != w {
		return d.objectClass(si, x, c) // "captured most of Darfur": Darfur's class
	}
	if h := x.holderOf(w); h != w {
		return d.objectClass(si, x, h) // "suspended Guinea's membership": Guinea's class
	}
	if m := d.mentionOver(si, x.token(w)); m != nil {
		if ents := d.refs(m); len(ents) > 0 {
			switch d.ents[ents[0]].kind {
			case polgraph.KindPerson:
				return "person"
			case polgraph.KindPlace, polgraph.KindCountry:
				return "place"
			case polgraph.KindOrganization, polgraph.KindParty:
				if measureNouns[strings.ToLower(x.tree.Words[w])] {
					return "measure" // "the Public Order (Amendment) Bill 2023": a name a measure's word heads
				}
			}
			return "body"
		}
	}
	lemma := strings.ToLower(x.lemma(w))
	switch {
	case personNouns[lemma] || workRoles[lemma] || workRoles[strings.ToLower(x.tree.Words[w])] || counterpartNouns[lemma]:
		return "person"
	case deniedNouns[lemma] != "":
		return "claim"
	case measureNouns[lemma] || measureNouns[strings.ToLower(x.tree.Words[w])]:
		return "measure"
	case enactmentNouns[lemma] || enactmentNouns[strings.ToLower(x.tree.Words[w])]:
		return "enactment"
	case stanceNouns[lemma] || stanceNouns[strings.ToLower(x.tree.Words[w])]:
		return "stance"
	case aidNouns[lemma] || aidNouns[strings.ToLower(x.tree.Words[w])]:
		return "aid"
	case len(d.goodsStateOf(si, x, w)) > 0:
		return "trade" // "suspended imports of Lithuanian beef": a state's goods kept out
	case x.pos(w) == "NOUN" && slices.ContainsFunc(append([]int{w}, x.childrenWith(w, "compound")...), func(c int) bool { return truceNouns[strings.ToLower(x.tree.Words[c])] }):
		return "truce" // "the ceasefire", "the ceasefire agreement"
	case placeHeads[lemma]:
		return "place" // "the village of Robotyne"
	case x.pos(w) == "NOUN" || x.gerundAsNoun(w):
		if n, _ := d.officeAt(x.token(w), d.sents[si].last); n > 0 || d.appositionNamesPerson(si, x, w) {
			return "person"
		}
		return "thing"
	}
	return ""
}

// shareOf is what a share or a count names by its "of" phrase: Darfur
// in "most of Darfur", the drones in "61 of the 85 drones"; else w itself.
func (x *syntax) shareOf(w int) int {
	if !partitiveNouns[strings.ToLower(x.tree.Words[w])] && x.tree.UPOS[w] != "NUM" {
		return w
	}
	for _, c := range x.childrenWith(w, "nmod") {
		if x.caseOf(c) == "of" {
			return c
		}
	}
	return w
}

// holdingNouns are what a member holds in a body and the body can take
// away (data/words/holding_nouns.txt): "suspended Guinea's membership".
var holdingNouns = wordSet("holding_nouns.txt")

// holderOf is the member a holding noun w belongs to, by its possessive
// or its "of" phrase: Guinea in "Guinea's membership", "the membership of
// Guinea"; else w itself.
func (x *syntax) holderOf(w int) int {
	if x.pos(w) != "NOUN" || !holdingNouns[strings.ToLower(x.lemma(w))] {
		return w
	}
	for _, c := range x.childrenWith(w, "nmod:poss", "nmod") {
		if x.rel(c) == "nmod:poss" || x.caseOf(c) == "of" {
			return c
		}
	}
	return w
}

// gerundAsNoun reports a gerund the parse leaves a verb that a
// determiner makes a noun: "suspended the sitting", "adjourned the
// hearing" do what they do to a thing, not to someone sitting.
func (x *syntax) gerundAsNoun(w int) bool {
	return x.tree.XPOS[w] == "VBG" && len(x.childrenWith(w, "det")) > 0 && len(x.childrenWith(w, "obj", "nsubj")) == 0
}

// appositionNamesPerson reports a person named in apposition to the noun
// w: "fired the head of the armed forces, Ivo Marek" fires a person,
// whatever the noun's word. The parse hangs the apposition on w or on the
// last noun of its "of" phrase.
func (d *doc) appositionNamesPerson(si int, x *syntax, w int) bool {
	for _, h := range append([]int{w}, x.childrenWith(w, "nmod")...) {
		for _, a := range x.childrenWith(h, "appos") {
			if m := d.mentionOver(si, x.token(a)); m != nil {
				if ents := d.refs(m); len(ents) > 0 && d.ents[ents[0]].kind == polgraph.KindPerson {
					return true
				}
			}
		}
	}
	return false
}

// participleAfterNoun reports a past participle right after a noun, with
// neither a subject nor an auxiliary of its own: "a report released last
// week by the commission" tells of the noun.
func (x *syntax) participleAfterNoun(v int) bool {
	return v > 0 && x.tree.XPOS[v] == "VBN" && x.pos(v-1) == "NOUN" &&
		len(x.childrenWith(v, "nsubj", "nsubj:pass", "aux", "aux:pass")) == 0
}

// bareObliques are the obliques after verb v with no preposition that
// name no time: the parse's reading of an object it did not see as one
// ("passed the Media Ownership Bill", "Bill" an oblique).
func (x *syntax) bareObliques(v int) []int {
	var out []int
	for _, c := range x.childrenWith(v, "obl") {
		w := strings.ToLower(x.tree.Words[c])
		if c > v && (x.pos(c) == "NOUN" || x.pos(c) == "PROPN") && len(x.childrenWith(c, "case")) == 0 && !calendarWords[w] && !timeUnitNouns[w] {
			out = append(out, c)
		}
	}
	return out
}
