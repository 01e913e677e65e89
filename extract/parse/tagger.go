package parse

import (
	"slices"

	"github.com/polgraph/polgraph/extract/internal/featurehash"
)

// tagger is a greedy left-to-right averaged-perceptron tagger (after
// Honnibal's "A good part-of-speech tagger in about 200 lines of Python").
// Its classes are (UPOS, XPOS) pairs: the Penn tag's finer distinctions
// (VBD/VBN, NN/NNS) come for free and help the parser.
type tagger struct {
	classes []tagClass
	w       *weights
	// dict tags frequent words that nearly always have the same tag
	// without scoring them: faster, and no less accurate.
	dict map[string]uint8
	// lex lists the classes each word of the training data was seen
	// with (its "ambiguity class"), and amb hashes each list. A feature
	// on it lets a word's known tags outvote an odd context: "won" is a
	// verb even after "Varga's party".
	lex map[string][]uint8
	amb map[string]uint64
}

// Ambiguity-class values for words outside the lexicon.
const unknownAmb = 3

func ambHash(classes []uint8) uint64 {
	h := uint64(unknownAmb + 1)
	for _, c := range classes {
		h = featurehash.Mix(h, uint64(c)+1)
	}
	return h
}

func (t *tagger) setLexicon(lex map[string][]uint8) {
	t.lex = lex
	t.amb = make(map[string]uint64, len(lex))
	for w, cs := range lex {
		t.amb[w] = ambHash(cs)
	}
}

// annotate sets the ambiguity class of each word (info is padded).
func (t *tagger) annotate(info []wordInfo, lowered [][]byte) {
	for i, lw := range lowered {
		a, ok := t.amb[string(lw)]
		if !ok {
			a = unknownAmb
		}
		info[i+pad].amb = a
	}
}

// withWeights returns a copy of t with weights w.
func (t tagger) withWeights(w *weights) tagger {
	t.w = w
	return t
}

type tagClass struct{ UPOS, XPOS string }

// Tagger feature templates.
const (
	tBias uint64 = iota + 1
	tWord
	tRaw
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tShape
	tCapFirst
	tPrev1
	tPrev2
	tPrev12
	tPrev1Word
	tPrevWord
	tPrevSuf3
	tPrev2Word
	tNextWord
	tNextSuf3
	tNext2Word
	tNextShape
	tPrevWordWord
	tWordNextWord
	tPrev1NextWord
	tPrevShape
	tNext2Suf3
	tAmb
	tAmbNext
	tAmbNext2
	tAmbPrev
	tPrev1Amb
	tAmbAmbNext
	tAmbSuf3
)

// tagFeatures appends the features of word i (index into the padded info)
// given the two previous tags.
func tagFeatures(info []wordInfo, i int, prev1, prev2 uint64, out []uint32) []uint32 {
	w, p, pp, n, nn := &info[i], &info[i-1], &info[i-2], &info[i+1], &info[i+2]
	first := uint64(0)
	if i == pad {
		first = 1
	}
	cap := uint64(0)
	if w.capital {
		cap = 1
	}
	return append(out,
		featurehash.Key1(tBias, 0),
		featurehash.Key1(tWord, w.lower),
		featurehash.Key1(tRaw, w.raw),
		featurehash.Key1(tSuf1, w.suf1),
		featurehash.Key1(tSuf2, w.suf2),
		featurehash.Key1(tSuf3, w.suf3),
		featurehash.Key1(tSuf4, w.suf4),
		featurehash.Key1(tPre1, w.pre1),
		featurehash.Key1(tPre2, w.pre2),
		featurehash.Key1(tShape, w.shape),
		featurehash.Key2(tCapFirst, cap, first),
		featurehash.Key1(tPrev1, prev1),
		featurehash.Key1(tPrev2, prev2),
		featurehash.Key2(tPrev12, prev1, prev2),
		featurehash.Key2(tPrev1Word, prev1, w.lower),
		featurehash.Key1(tPrevWord, p.lower),
		featurehash.Key1(tPrevSuf3, p.suf3),
		featurehash.Key1(tPrev2Word, pp.lower),
		featurehash.Key1(tNextWord, n.lower),
		featurehash.Key1(tNextSuf3, n.suf3),
		featurehash.Key1(tNext2Word, nn.lower),
		featurehash.Key1(tNextShape, n.shape),
		featurehash.Key2(tPrevWordWord, p.lower, w.lower),
		featurehash.Key2(tWordNextWord, w.lower, n.lower),
		featurehash.Key2(tPrev1NextWord, prev1, n.lower),
		featurehash.Key1(tPrevShape, p.shape),
		featurehash.Key1(tNext2Suf3, nn.suf3),
		featurehash.Key1(tAmb, w.amb),
		featurehash.Key1(tAmbNext, n.amb),
		featurehash.Key1(tAmbNext2, nn.amb),
		featurehash.Key1(tAmbPrev, p.amb),
		featurehash.Key2(tPrev1Amb, prev1, w.amb),
		featurehash.Key2(tAmbAmbNext, w.amb, n.amb),
		featurehash.Key2(tAmbSuf3, w.amb, w.suf3),
	)
}

// history values for the tag features: class+3, with sentinels below.
const noTag = 1

func tagHistory(cls uint8) uint64 { return uint64(cls) + 3 }

// tag assigns a class to each word of the sentence described by info.
func (t *tagger) tag(words []string, info []wordInfo, out []uint8, feats []uint32, sc *scratch, scores *scoreArray) ([]uint8, []uint32) {
	out = slices.Grow(out[:0], len(words))[:len(words)]
	return out, t.tagFrom(words, info, out, 0, feats, sc, scores)
}

// tagFrom assigns a class to each word of out from word from on, the
// classes before it being the history the tagger reads them by.
func (t *tagger) tagFrom(words []string, info []wordInfo, out []uint8, from int, feats []uint32, sc *scratch, scores *scoreArray) []uint32 {
	p1, p2 := uint64(noTag), uint64(noTag)
	if from > 0 {
		p1 = tagHistory(out[from-1])
	}
	if from > 1 {
		p2 = tagHistory(out[from-2])
	}
	for j := from; j < len(words); j++ {
		cls, ok := t.dict[words[j]]
		if !ok {
			feats = tagFeatures(info, j+pad, p1, p2, feats[:0])
			clear(scores[:len(t.classes)])
			t.w.score(feats, scores, sc)
			cls = uint8(argmax(scores[:len(t.classes)]))
		}
		out[j] = cls
		p2, p1 = p1, tagHistory(cls)
	}
	return feats
}

func argmax(scores []int32) int {
	best := 0
	for c, s := range scores {
		if s > scores[best] {
			best = c
		}
	}
	return best
}
