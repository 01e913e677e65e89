package extract

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/polgraph/polgraph"
)

//go:embed data/doer_senses.tsv
var doerSensesTSV string

// doerReading is what a row of data/doer_senses.tsv makes of a trigger:
// its event type and, where the row gives one, the role of what the verb
// is done to.
type doerReading struct {
	typ, objectRole string
}

// doerSenses is data/doer_senses.tsv: trigger lemma -> doer class ->
// reading.
var doerSenses = func() map[string]map[string]doerReading {
	out := map[string]map[string]doerReading{}
	for n, line := range strings.Split(doerSensesTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 && (len(f) != 4 || !slices.Contains(polgraph.Roles, polgraph.Role(f[3]))) || !doerClasses[f[1]] || !slices.Contains(polgraph.EventTypes, polgraph.EventType(f[2])) {
			panic(fmt.Sprintf("extract: data/doer_senses.tsv:%d: want lemma, police|party|legislature|electorate, event type[, object role]: %q", n+1, line))
		}
		if out[f[0]] == nil {
			out[f[0]] = map[string]doerReading{}
		}
		r := doerReading{typ: f[2]}
		if len(f) == 4 {
			r.objectRole = f[3]
		}
		out[f[0]][f[1]] = r
	}
	return out
}()

var doerClasses = set("police party legislature electorate")

// electorateNouns head a doer of the class "electorate".
var electorateNouns = wordSet("electorate_nouns.txt")

// partyOrganNouns head a body inside a party, a doer of the class
// "party" where a party owns it.
var partyOrganNouns = wordSet("party_organ_nouns.txt")

// policeNouns head a doer of the class "police".
var policeNouns = wordSet("police_nouns.txt")

// irregularForceNouns and irregularForceModifiers tell a doer that is
// armed but no arm of the state: "gunmen", "armed men".
var (
	irregularForceNouns     = wordSet("irregular_force_nouns.txt")
	irregularForceModifiers = wordSet("irregular_force_modifiers.txt")
)

// irregularForceDoes reports a trigger at tokens [i, i+n) of sentence si
// whose doer is an irregular force: "gunmen seized two journalists",
// "armed men detained three engineers", not "soldiers seized him".
func (d *doc) irregularForceDoes(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	if w < 0 {
		return false
	}
	for _, doer := range x.doersOf(w) {
		if x.irregularForce(doer) {
			return true
		}
	}
	return false
}

// irregularForce reports a word that names an irregular force, by itself
// ("militants") or by its modifier ("armed men"); police stay police.
func (x *syntax) irregularForce(w int) bool {
	word := strings.ToLower(x.tree.Words[w])
	if irregularForceNouns[word] {
		return true
	}
	if policeNouns[word] {
		return false
	}
	for _, m := range x.childrenWith(w, "amod") {
		if irregularForceModifiers[strings.ToLower(x.tree.Words[m])] {
			return true
		}
	}
	return false
}

// doerSenseForms are the written forms of the table's triggers, each with
// its lemma: the parse's lemmas of rare verbs go astray ("raided" read as
// "raide"), the forms do not, and a sentence is parsed for its doer only
// where one is used.
var doerSenseForms = func() map[string]string {
	out := map[string]string{}
	for l := range doerSenses {
		for _, f := range verbForms(l) {
			out[f] = l
		}
	}
	return out
}()

// doerSense is the reading a trigger at tokens [i, i+n) of sentence si
// takes from the class of its doer, and whether the table and the tree
// decide it.
func (d *doc) doerSense(si, i, n int) (doerReading, bool) {
	lemma, ok := doerSenseForms[d.toks[i+n-1].lower]
	if !ok {
		return doerReading{}, false
	}
	x, w := d.triggerTree(si, i, n)
	if w < 0 {
		return doerReading{}, false
	}
	if typ, ok := d.objectSense(si, i, n); ok && typ != noEvent {
		return doerReading{}, false // what is done to decides first: "police seized the suspect" is an arrest
	}
	for _, doer := range x.doersOf(w) {
		if r, ok := doerSenses[lemma][d.doerClass(si, x, doer)]; ok {
			return r, true
		}
	}
	return doerReading{}, false
}

// doersOf are the words that name who does trigger w: a verb's subject
// or passive agent, a noun's modifiers and "by" phrase.
func (x *syntax) doersOf(w int) []int {
	if x.isVerb(w) {
		doers, _ := x.verbDoers(w)
		return doers
	}
	out := x.childrenWith(w, "compound", "amod", "nmod:poss")
	for _, c := range x.childrenWith(w, "nmod") {
		if x.caseOf(c) == "by" {
			out = append(out, c)
		}
	}
	return out
}

// verbDoers are the words that name who does verb v: its subject, or a
// passive's by-phrase ("was raided by police"); passive tells which.
func (x *syntax) verbDoers(v int) (doers []int, passive bool) {
	doers, passive, _ = x.subjectOf(v, 0)
	if !passive {
		return doers, false
	}
	var by []int
	for _, c := range x.childrenWith(v, "obl", "obl:agent") {
		if x.caseOf(c) == "by" {
			by = append(by, c)
		}
	}
	return by, true
}

// electorateDoes reports a verb trigger at tokens [i, i+n) of sentence
// si whose subject is the electorate and whose object is one it can
// elect: "voters in Tarsk elected a new parliament", "Velmarans chose a
// new president".
func (d *doc) electorateDoes(si, i, n int) bool {
	x, w := d.triggerTree(si, i, n)
	if w < 0 || !x.isVerb(w) {
		return false
	}
	if !slices.ContainsFunc(x.childrenWith(w, "obj"), func(o int) bool { return d.electable(si, x, o) }) {
		return false // "voters returned home", "chose stability": no one chosen
	}
	doers, passive := x.verbDoers(w)
	return !passive && slices.ContainsFunc(doers, func(doer int) bool { return d.doerClass(si, x, doer) == "electorate" })
}

// electable reports an object word w that voters can elect: a person, a
// party, a legislature ("a new parliament") or an office's holder ("a new
// president"); not "stability", "their ballots".
func (d *doc) electable(si int, x *syntax, w int) bool {
	if m := d.mentionOver(si, x.token(w)); m != nil {
		if ents := d.refs(m); len(ents) > 0 {
			k := d.ents[ents[0]].kind
			return k == polgraph.KindPerson || k == polgraph.KindParty
		}
	}
	if legislatureWords[strings.ToLower(x.lemma(w))] {
		return true
	}
	return d.officeNext(x.token(x.firstUnder(w)), x.token(w)+1)
}

// doerClass sorts doer word w into the table's classes, or "".
func (d *doc) doerClass(si int, x *syntax, w int) string {
	if policeNouns[strings.ToLower(x.tree.Words[w])] {
		return "police"
	}
	if electorateNouns[strings.ToLower(x.tree.Words[w])] {
		return "electorate"
	}
	if m := d.mentionOver(si, x.token(w)); m != nil {
		for i := m.first; i < m.last; i++ {
			if policeNouns[d.toks[i].lower] {
				return "police" // "the Metropolitan Police"
			}
		}
		if m.via == "demonym" && m.kind == polgraph.KindCountry && (x.tree.XPOS[w] == "NNPS" || x.tree.XPOS[w] == "NNS") {
			return "electorate" // "Velmarans elected a new parliament": a state's people at the polls
		}
		if ents := d.refs(m); len(ents) > 0 && d.ents[ents[0]].kind == polgraph.KindParty {
			return "party" // "the Harbour Party expelled Ivo Marek"
		}
		if ents := d.refs(m); len(ents) > 0 && d.ents[ents[0]].kind == polgraph.KindOrganization && isLegislature(d.ents[ents[0]]) {
			return "legislature" // "Georgia's parliament voted to expel two lawmakers"
		}
	}
	if x.lemma(w) == "party" {
		return "party" // "the party expelled him"
	}
	if partyOrganNouns[strings.ToLower(x.lemma(w))] {
		// a party's own body acts for it: "the party's disciplinary
		// committee expelled him", "the executive of the Harbour Party"
		for _, c := range x.childrenWith(w, "nmod:poss", "nmod") {
			if c != w && d.doerClass(si, x, c) == "party" {
				return "party"
			}
		}
	}
	if legislatureWords[strings.ToLower(x.lemma(w))] {
		return "legislature" // "the chamber expelled him", where no body is named
	}
	return ""
}
