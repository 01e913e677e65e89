package entity

import "github.com/polgraph/polgraph/extract/internal/featurehash"

// Feature templates. The features of a word do not depend on the labels
// around it (the transition weights and Viterbi decoding take care of
// those), so a sentence's features are computed once.
const (
	fBias uint64 = iota + 1
	fWord
	fRaw
	fPre2
	fPre3
	fSuf2
	fSuf3
	fSuf4
	fShape
	fShort
	fCapsMode
	fCapsFirst
	fPrevWord
	fNextWord
	fPrev2Word
	fNext2Word
	fPrevWordWord
	fWordNextWord
	fPrevShape
	fNextShape
	fShortTrigram
	fTag
	fPrevTag
	fNextTag
	fPrevTagTag
	fTagNextTag
	fTagTrigram
	fTagCapsMode
	fTagWord
	fPrevWordCaps
	fNextWordCaps
	fRunPosLen
	fRunFirstPos
	fRunLast
	fRunBefore
	fRunAfter
	fRunBeforeLast
	fRunLastHint
	fRunFirstHint
	fHint
	fPrevHint
	fNextHint
	fHintCaps
	fPosition
)

// numFeatures is how many features wordFeatures appends per word.
const numFeatures = int(fPosition)

// wordFeatures appends the features of word i (an index into the padded
// info) of a sentence in case mode mode.
func wordFeatures(info []wordInfo, i int, mode uint64, out []uint32) []uint32 {
	w, p, pp, n, nn := &info[i], &info[i-1], &info[i-2], &info[i+1], &info[i+2]
	position := uint64(0) // 1: first word, 2: last word
	if i == pad {
		position |= 1
	}
	if i == len(info)-pad-1 {
		position |= 2
	}
	return append(out,
		featurehash.Key1(fBias, 0),
		featurehash.Key1(fWord, w.lower),
		featurehash.Key1(fRaw, w.raw),
		featurehash.Key1(fPre2, w.pre2),
		featurehash.Key1(fPre3, w.pre3),
		featurehash.Key1(fSuf2, w.suf2),
		featurehash.Key1(fSuf3, w.suf3),
		featurehash.Key1(fSuf4, w.suf4),
		featurehash.Key1(fShape, w.shape),
		featurehash.Key1(fShort, w.short),
		featurehash.Key2(fCapsMode, w.caps, mode),
		featurehash.Key2(fCapsFirst, w.caps, position&1),
		featurehash.Key1(fPrevWord, p.lower),
		featurehash.Key1(fNextWord, n.lower),
		featurehash.Key1(fPrev2Word, pp.lower),
		featurehash.Key1(fNext2Word, nn.lower),
		featurehash.Key2(fPrevWordWord, p.lower, w.lower),
		featurehash.Key2(fWordNextWord, w.lower, n.lower),
		featurehash.Key1(fPrevShape, p.shape),
		featurehash.Key1(fNextShape, n.shape),
		featurehash.Key3(fShortTrigram, p.short, w.short, n.short),
		featurehash.Key1(fTag, w.tag),
		featurehash.Key1(fPrevTag, p.tag),
		featurehash.Key1(fNextTag, n.tag),
		featurehash.Key2(fPrevTagTag, p.tag, w.tag),
		featurehash.Key2(fTagNextTag, w.tag, n.tag),
		featurehash.Key3(fTagTrigram, p.tag, w.tag, n.tag),
		featurehash.Key3(fTagCapsMode, w.tag, w.caps, mode),
		featurehash.Key2(fTagWord, w.tag, w.lower),
		featurehash.Key2(fPrevWordCaps, p.lower, w.caps),
		featurehash.Key2(fNextWordCaps, n.lower, w.caps),
		featurehash.Key2(fRunPosLen, w.runPos, w.runLen),
		featurehash.Key2(fRunFirstPos, w.runFirst, w.runPos),
		featurehash.Key1(fRunLast, w.runLast),
		featurehash.Key1(fRunBefore, w.runBefore),
		featurehash.Key1(fRunAfter, w.runAfter),
		featurehash.Key2(fRunBeforeLast, w.runBefore, w.runLast),
		featurehash.Key2(fRunLastHint, w.runLastHint, w.runPos),
		featurehash.Key2(fRunFirstHint, w.runFirstHint, w.runPos),
		featurehash.Key1(fHint, w.hint),
		featurehash.Key1(fPrevHint, p.hint),
		featurehash.Key1(fNextHint, n.hint),
		featurehash.Key2(fHintCaps, w.hint, w.caps),
		featurehash.Key2(fPosition, position, w.caps),
	)
}
