package entity

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
		key1(fBias, 0),
		key1(fWord, w.lower),
		key1(fRaw, w.raw),
		key1(fPre2, w.pre2),
		key1(fPre3, w.pre3),
		key1(fSuf2, w.suf2),
		key1(fSuf3, w.suf3),
		key1(fSuf4, w.suf4),
		key1(fShape, w.shape),
		key1(fShort, w.short),
		key2(fCapsMode, w.caps, mode),
		key2(fCapsFirst, w.caps, position&1),
		key1(fPrevWord, p.lower),
		key1(fNextWord, n.lower),
		key1(fPrev2Word, pp.lower),
		key1(fNext2Word, nn.lower),
		key2(fPrevWordWord, p.lower, w.lower),
		key2(fWordNextWord, w.lower, n.lower),
		key1(fPrevShape, p.shape),
		key1(fNextShape, n.shape),
		key3(fShortTrigram, p.short, w.short, n.short),
		key1(fTag, w.tag),
		key1(fPrevTag, p.tag),
		key1(fNextTag, n.tag),
		key2(fPrevTagTag, p.tag, w.tag),
		key2(fTagNextTag, w.tag, n.tag),
		key3(fTagTrigram, p.tag, w.tag, n.tag),
		key3(fTagCapsMode, w.tag, w.caps, mode),
		key2(fTagWord, w.tag, w.lower),
		key2(fPrevWordCaps, p.lower, w.caps),
		key2(fNextWordCaps, n.lower, w.caps),
		key2(fRunPosLen, w.runPos, w.runLen),
		key2(fRunFirstPos, w.runFirst, w.runPos),
		key1(fRunLast, w.runLast),
		key1(fRunBefore, w.runBefore),
		key1(fRunAfter, w.runAfter),
		key2(fRunBeforeLast, w.runBefore, w.runLast),
		key2(fRunLastHint, w.runLastHint, w.runPos),
		key2(fRunFirstHint, w.runFirstHint, w.runPos),
		key1(fHint, w.hint),
		key1(fPrevHint, p.hint),
		key1(fNextHint, n.hint),
		key2(fHintCaps, w.hint, w.caps),
		key2(fPosition, position, w.caps),
	)
}
