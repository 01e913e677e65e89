package extract

import "strings"

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
