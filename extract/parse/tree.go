package parse

// Tree is a tagged, lemmatised dependency tree over a sentence's words.
type Tree struct {
	Words []string
	UPOS  []string // universal part of speech: "NOUN", "PROPN", "VERB", …
	XPOS  []string // Penn Treebank tag: "NN", "NNP", "VBD", …
	Lemma []string // lower-case lemma: "fire" for "fired", "be" for "'s"
	Head  []int    // index of each word's head in Words; -1 for the root
	Rel   []string // UD relation with subtype: "nsubj", "nsubj:pass", "obl:tmod", "acl:relcl", …

	classes []uint8      // the tagger's class of each word, for Complete
	words   []parserWord // what the parser reads of each word, for Complete
}

// Children returns the dependents of word i in word order.
func (t Tree) Children(i int) []int {
	var out []int
	for d, h := range t.Head {
		if h == i && i >= 0 {
			out = append(out, d)
		}
	}
	return out
}

// Root returns the index of the root word, or -1 for an empty tree.
func (t Tree) Root() int {
	for d, h := range t.Head {
		if h < 0 {
			return d
		}
	}
	return -1
}
