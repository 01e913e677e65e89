package parse

import (
	"github.com/polgraph/polgraph/extract/internal/featurehash"

	"unicode"
	"unicode/utf8"
)

// wordInfo is what the features know of one word, hashed once per sentence.
type wordInfo struct {
	lower, raw, shape      uint64
	suf1, suf2, suf3, suf4 uint64
	pre1, pre2             uint64
	amb                    uint64 // the tags the word was seen with in training (tagger.annotate)
	capital                bool
}

// pad is how many sentinel words sit on each side of a sentence in the
// tagger's window.
const pad = 2

// Sentinel values for words outside the sentence.
var (
	startWord = wordInfo{lower: 1, raw: 1, shape: 1, suf1: 1, suf2: 1, suf3: 1, suf4: 1, pre1: 1, pre2: 1, amb: 1}
	endWord   = wordInfo{lower: 2, raw: 2, shape: 2, suf1: 2, suf2: 2, suf3: 2, suf4: 2, pre1: 2, pre2: 2, amb: 2}
)

// describeWords fills info with pad sentinels, the words, and pad
// sentinels; lowered receives each word's normalised lower-case form
// (sharing buf).
func describeWords(words []string, info []wordInfo, lowered [][]byte, buf []byte) ([]wordInfo, [][]byte, []byte) {
	info = info[:0]
	lowered = lowered[:0]
	buf = buf[:0]
	for range pad {
		info = append(info, startWord)
	}
	for _, w := range words {
		start := len(buf)
		buf = featurehash.LowerInto(buf, w)
		lowered = append(lowered, buf[start:len(buf):len(buf)])
	}
	for i, w := range words {
		lw := lowered[i]
		r, _ := utf8.DecodeRuneInString(w)
		info = append(info, wordInfo{
			lower:   featurehash.Bytes(lw),
			raw:     featurehash.String(w),
			shape:   featurehash.Shape(w),
			suf1:    featurehash.Bytes(lw[featurehash.SuffixStart(lw, 1):]),
			suf2:    featurehash.Bytes(lw[featurehash.SuffixStart(lw, 2):]),
			suf3:    featurehash.Bytes(lw[featurehash.SuffixStart(lw, 3):]),
			suf4:    featurehash.Bytes(lw[featurehash.SuffixStart(lw, 4):]),
			pre1:    featurehash.Bytes(lw[:featurehash.PrefixEnd(lw, 1)]),
			pre2:    featurehash.Bytes(lw[:featurehash.PrefixEnd(lw, 2)]),
			capital: unicode.IsUpper(r),
		})
	}
	for range pad {
		info = append(info, endWord)
	}
	return info, lowered, buf
}
