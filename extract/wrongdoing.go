package extract

import (
	"slices"
	"strings"
)

// wrongdoingActs are the verbs of acts of wrongdoing, by lemma, and what
// each needs to tell one (data/words/wrongdoing_acts.tsv).
var wrongdoingActs = wordTable("wrongdoing_acts.tsv", "bribe", "to", "any")

// wrongdoingForms are the written forms of wrongdoingActs' verbs, each
// with its lemma: the parse's lemmas of rare verbs go astray ("embezzled"
// read as "embezzl"), the regular forms do not.
var wrongdoingForms = func() map[string]string {
	out := map[string]string{}
	for l := range wrongdoingActs {
		for _, f := range verbForms(l) {
			out[f] = l
		}
	}
	return out
}()

// bribeNouns are what one takes or asks for corruptly
// (data/words/bribe_nouns.txt).
var bribeNouns = wordSet("bribe_nouns.txt")

// hedgingAdverbs tell on the verb they modify that it is someone's claim:
// "Holm allegedly took bribes".
var hedgingAdverbs = set("allegedly reportedly purportedly supposedly")

// toldWrongdoing reports whether the verb at tokens [i, i+n) of sentence
// si tells an act of wrongdoing on someone's word: "Prosecutors said Holm
// accepted bribes", "Holm lied to parliament, according to the
// opposition", "Holm allegedly took kickbacks". A gerund with no auxiliary
// is what another word tells ("accused Holm of taking bribes", "charged
// with accepting bribes", "denied lying to parliament"), and an act told
// as fact accuses no one.
func (d *doc) toldWrongdoing(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 || !x.wrongdoingAct(v) {
		return false
	}
	if x.tree.XPOS[v] == "VBG" && len(x.childrenWith(v, "aux")) == 0 {
		return false
	}
	if slices.ContainsFunc(x.childrenWith(v, "advmod"), func(a int) bool { return hedgingAdverbs[strings.ToLower(x.tree.Words[a])] }) {
		return true
	}
	source, attribution, _ := d.claimant(&event{sent: si}, x, v)
	return source >= 0 || attribution != ""
}

// wrongdoingAct reports whether verb v, one of wrongdoingActs, has what
// its entry asks: a bribe taken, one lied to.
func (x *syntax) wrongdoingAct(v int) bool {
	need, ok := wrongdoingActs[strings.ToLower(x.lemma(v))]
	if !ok {
		need = wrongdoingActs[wrongdoingForms[strings.ToLower(x.tree.Words[v])]]
	}
	switch need {
	case "bribe":
		return slices.ContainsFunc(x.objectsOf(v), func(o int) bool {
			return bribeNouns[strings.ToLower(x.lemma(o))] || bribeNouns[strings.ToLower(x.tree.Words[o])]
		})
	case "to":
		return slices.ContainsFunc(x.childrenWith(v, "obl"), func(o int) bool { return x.caseOf(o) == "to" })
	case "any":
		return true
	}
	return false
}

// accuseWrongdoers makes each act of wrongdoing told on someone's word
// the accusation it is: its doer is the target, and the one who tells it
// the accuser, named or not ("Prosecutors said Holm accepted bribes":
// prosecutors accuse Holm).
func (d *doc) accuseWrongdoers() {
	for _, ev := range d.events {
		if ev.dropped || !ev.wrongdoing {
			continue
		}
		x, w := d.eventTree(ev)
		if w < 0 {
			continue
		}
		source, attribution, _ := d.claimant(ev, x, w)
		// the doer is whom it accuses; what else the act names (whom
		// the bribes came from, what the lies were about) the accusation
		// does not
		var parts []part
		for _, p := range ev.parts {
			if p.role == "agent" {
				parts = append(parts, part{p.ent, "target"})
			}
		}
		ev.parts = parts
		if slices.ContainsFunc(d.evSent[ev.sent], func(o *event) bool {
			return o != ev && (!o.dropped || o.same != nil) && !o.wrongdoing && claimTypes[o.typ] && slices.ContainsFunc(parts, func(p part) bool { return o.has(p.ent) })
		}) {
			// "The Herald reported that Dal took bribes": the report
			// accuses him already, even one folded into the same
			// outlet's report told before ("The Herald also reported
			// that Dal had lied")
			ev.dropped = true
			continue
		}
		if source >= 0 && !ev.has(source) {
			ev.add(source, "agent")
		}
		if len(ev.parts) == 0 {
			// "the opposition said the commission misused funds in
			// Vellin": no one named accuses or is accused
			ev.dropped = true
			continue
		}
		if ev.attribution == "" {
			ev.attribution = attribution
		}
	}
}
