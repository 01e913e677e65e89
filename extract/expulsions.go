package extract

import (
	"slices"
	"strings"
)

// envoyNouns are a state's diplomats (data/words/envoy_nouns.txt).
var envoyNouns = wordSet("envoy_nouns.txt")

// departingVerbs send who is ordered out (data/words/departing_verbs.txt).
var departingVerbs = wordSet("departing_verbs.txt")

// envoyOrderedOut reports whether the verb at tokens [i, i+n) of sentence
// si orders an envoy to leave, which expels him: its object, or its
// passive subject, is one of envoyNouns and an infinitive of
// departingVerbs hangs on it ("ordered the Belarusian ambassador to leave
// the country within 72 hours", "two diplomats were ordered to leave";
// not "ordered the protesters to leave", "ordered the ambassador to
// return").
func (d *doc) envoyOrderedOut(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	departs := false
	for _, c := range x.childrenWith(v, "xcomp", "advcl", "ccomp") {
		if x.markOf(c) == "to" && departingVerbs[x.lemma(c)] {
			departs = true
		}
	}
	if !departs {
		return false
	}
	for _, o := range x.childrenWith(v, "obj", "nsubj:pass") {
		if envoyNouns[x.lemma(o)] || envoyNouns[strings.ToLower(x.tree.Words[o])] {
			return true
		}
	}
	return false
}

// envoyUndergoes reports whether the verb at tokens [i, i+n) of sentence
// si is done to an envoy (data/words/envoy_nouns.txt): its object or its
// passive subject ("called in the French ambassador", "the ambassador was
// called in"). Without a parse it answers no.
func (d *doc) envoyUndergoes(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	return slices.ContainsFunc(x.childrenWith(v, "obj", "nsubj:pass"), func(o int) bool {
		return envoyNouns[x.lemma(o)] || envoyNouns[strings.ToLower(x.tree.Words[o])]
	})
}

// tieNouns are the ties between states (data/words/tie_nouns.txt).
var tieNouns = wordSet("tie_nouns.txt")

// tieModifiers make ties a state's (data/words/tie_modifiers.txt).
var tieModifiers = wordSet("tie_modifiers.txt")

// tiesCut reports whether the verb at tokens [i, i+n) of sentence si cuts
// the ties between states, which CAMEO codes 161 (reduce or break
// diplomatic relations), the contract's sanction: its object, or its
// passive subject, is one of tieNouns, or dealings of contactNouns that
// the verb stops, that a modifier calls diplomatic, or that a state keeps
// or has with another, as the verb's subject, a possessor or a "with"
// phrase of the verb or of the noun ("cut diplomatic ties with Iran",
// "Morocco severed relations with Tehran", "ties with Kabul were
// suspended", "halted talks with Kabul", "froze Kovia's accession"; not
// "cut taxes", "the party cut ties with the donor", "the union halted
// its strike").
func (d *doc) tiesCut(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	objs := x.objectsOf(v)
	passive := len(objs) == 0
	if passive {
		objs = x.childrenWith(v, "nsubj:pass")
	}
	if len(objs) == 0 || x.pos(objs[0]) != "NOUN" {
		return false
	}
	o := objs[0]
	if !tieNouns[strings.ToLower(x.tree.Words[o])] && !x.contactStopped(v, o) {
		return false
	}
	for _, c := range x.childrenWith(o, "amod", "compound") {
		if tieModifiers[strings.ToLower(x.tree.Words[c])] {
			return true // "diplomatic ties", "consular relations"
		}
	}
	sides := append(x.childrenWith(o, "nmod", "nmod:poss"), x.childrenWith(v, "obl")...)
	if !passive {
		sides = append(sides, x.childrenWith(v, "nsubj")...)
	}
	for _, w := range sides {
		if x.rel(w) != "nsubj" && x.rel(w) != "nmod:poss" && x.caseOf(w) != "with" {
			continue
		}
		if m := d.mentionOver(si, x.token(w)); m != nil && d.statelike(m) {
			return true // "Morocco severed ties", "cut ties with Iran"
		}
	}
	return false
}

// contactNouns are the dealings a state keeps open with another, with the
// verbs that stop them (data/words/contact_nouns.tsv).
var contactNouns = wordTable("contact_nouns.tsv")

// contactStopped reports whether verb v, with its particle, stops the
// dealings of contactNouns that noun o or a compound on it names ("halted
// talks", "broke off negotiations", "froze the accession process",
// "closed its border"; not "halted its strike", "closed the meeting").
func (x *syntax) contactStopped(v, o int) bool {
	verb := strings.ToLower(x.lemma(v))
	for _, p := range x.childrenWith(v, "compound:prt") {
		verb += "-" + strings.ToLower(x.tree.Words[p])
	}
	for _, w := range append([]int{o}, x.childrenWith(o, "compound")...) {
		for _, noun := range []string{strings.ToLower(x.lemma(w)), strings.ToLower(x.tree.Words[w])} {
			if slices.Contains(strings.Fields(contactNouns[noun]), verb) {
				return true
			}
		}
	}
	return false
}

// outcastLabels are what a state declares a diplomat or a group it casts
// out (data/words/outcast_labels.tsv).
var outcastLabels = wordTable("outcast_labels.tsv", "outcast")

// declaredOutcast reports whether the verb at tokens [i, i+n) of sentence
// si makes what it is done to, its object or its passive subject, an
// outcast of outcastLabels by its complement or an "as" phrase, which
// expels or bans it: "declared two diplomats persona non grata",
// "designated the Front a terrorist organisation", "was declared an
// undesirable organisation"; not "declared the talks a success".
func (d *doc) declaredOutcast(si, i, n int) bool {
	x, v := d.verbTriggerAt(si, i, n)
	if v < 0 {
		return false
	}
	objs := x.childrenWith(v, "obj")
	switch {
	case len(x.childrenWith(v, "nsubj:pass")) > 0:
		objs = nil // "was declared an undesirable organisation": a passive's object is the label
	case len(objs) == 0:
		return false // "declared that ...": no one cast out
	}
	return slices.ContainsFunc(x.labelsOf(v, objs), x.outcastLabel)
}

// outcastLabel reports whether the phrase of word p, a determiner
// dropped, opens with a label of outcastLabels ("persona non grata", "a
// terrorist organisation"), which the parse may head by any of its words.
func (x *syntax) outcastLabel(p int) bool {
	w := x.phraseStart(p)
	if determiners[strings.ToLower(x.tree.Words[w])] {
		w++
	}
	label := ""
	for k := w; k < len(x.tree.Words) && k < w+3; k++ {
		if label += strings.ToLower(x.tree.Words[k]); outcastLabels[label] != "" {
			return true
		}
		label += " "
	}
	return false
}
