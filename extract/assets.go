package extract

import "strings"

// assetNouns are what someone owns that can be frozen to punish them
// (data/words/asset_nouns.txt): "froze Ilse Varga's accounts".
var assetNouns = wordSet("asset_nouns.txt")

// assetsFrozen reports whether the verb at tokens [i, i+n) of sentence si
// is done to assets: its object, or its passive subject, is a noun of
// assetNouns ("Latvia froze Ilse Varga's accounts"; not "froze the
// talks", "temperatures froze").
func (d *doc) assetsFrozen(si, i, n int) bool {
	x, w := d.undergoerOfTrigger(si, i, n)
	return w >= 0 && x.assetNoun(w)
}

// assetNoun reports a noun of assetNouns, by its word or its lemma.
func (x *syntax) assetNoun(w int) bool {
	return x.pos(w) == "NOUN" && (assetNouns[strings.ToLower(x.tree.Words[w])] || assetNouns[strings.ToLower(x.lemma(w))])
}
