package entity

import (
	"github.com/polgraph/polgraph/extract/internal/featurehash"

	"unicode"
	"unicode/utf8"
)

// wordInfo is what the features know of one word, hashed once per sentence.
type wordInfo struct {
	lower, raw, shape, short  uint64
	pre2, pre3                uint64
	suf2, suf3, suf4          uint64
	tag, hint                 uint64
	caps                      uint64
	runPos, runLen            uint64 // place in the run of name-like words, and the run's length
	runFirst, runLast         uint64 // lower-case forms of the run's first and last words
	runBefore, runAfter       uint64 // lower-case forms of the words either side of the run
	runFirstHint, runLastHint uint64 // hints of the run's first and last words
	nameLike, joiner, alpha   bool
	upper, single             bool
}

// Capitalisation classes.
const (
	capsNone    = iota + 1 // no letters: "1999", ","
	capsLower              // "party"
	capsInitial            // "Varga"
	capsAll                // "NATO", "U.S."
	capsSingle             // "I", "A"
	capsMixed              // "McDonald", "iPhone"
)

// Places in a run of name-like words (B, I, L and U as in BILOU).
const (
	runOutside = iota + 1
	runBegin
	runInside
	runLast
	runUnit
)

// pad is how many sentinel words sit on each side of a sentence.
const pad = 2

// Sentinel values for words outside the sentence.
var (
	startWord = sentinel(1)
	endWord   = sentinel(2)
)

func sentinel(v uint64) wordInfo {
	return wordInfo{lower: v, raw: v, shape: v, short: v, pre2: v, pre3: v, suf2: v, suf3: v, suf4: v,
		tag: v, hint: v, caps: v, runPos: v, runLen: v, runFirst: v, runLast: v, runBefore: v, runAfter: v, runFirstHint: v, runLastHint: v}
}

// joiners are the lower-case words that may sit inside a name between
// two name-like words: "Bank of England", "Procter & Gamble", "Ursula von
// der Leyen".
var joiners = map[string]bool{
	"of": true, "&": true, "for": true, "de": true, "del": true, "da": true, "du": true, "von": true,
	"van": true, "der": true, "den": true, "al": true, "bin": true, "la": true, "le": true, "y": true,
}

// describeWords fills info with pad sentinels, the words, and pad
// sentinels. The lower-case forms share buf.
func describeWords(words, upos, hints []string, info []wordInfo, buf []byte) ([]wordInfo, []byte) {
	info = info[:0]
	buf = buf[:0]
	for range pad {
		info = append(info, startWord)
	}
	for i, w := range words {
		start := len(buf)
		buf = featurehash.LowerInto(buf, w)
		lw := buf[start:len(buf):len(buf)]
		d := wordInfo{
			lower: featurehash.Bytes(lw),
			raw:   featurehash.String(w),
			pre2:  featurehash.Bytes(lw[:featurehash.PrefixEnd(lw, 2)]),
			pre3:  featurehash.Bytes(lw[:featurehash.PrefixEnd(lw, 3)]),
			suf2:  featurehash.Bytes(lw[featurehash.SuffixStart(lw, 2):]),
			suf3:  featurehash.Bytes(lw[featurehash.SuffixStart(lw, 3):]),
			suf4:  featurehash.Bytes(lw[featurehash.SuffixStart(lw, 4):]),
		}
		d.shape, d.short, d.caps = shapeOf(w)
		d.alpha = d.caps != capsNone
		d.upper = d.caps == capsInitial || d.caps == capsAll || d.caps == capsMixed
		d.single = d.caps == capsSingle
		if i < len(upos) {
			d.tag = featurehash.String(upos[i])
			d.nameLike = upos[i] == "PROPN" || (d.upper && i > 0 && commonTag(upos[i]))
		} else {
			d.nameLike = d.upper && i > 0
		}
		if i < len(hints) && hints[i] != "" {
			d.hint = featurehash.String(hints[i])
		}
		d.joiner = joiners[string(lw)]
		info = append(info, d)
	}
	for range pad {
		info = append(info, endWord)
	}
	markRuns(info[pad : pad+len(words)])
	return info, buf
}

// commonTag reports whether a capitalised word with this tag may still be
// part of a name the tagger missed ("the Daily Lantern" tagged ADJ NOUN).
func commonTag(upos string) bool {
	switch upos {
	case "NOUN", "ADJ", "X", "VERB", "NUM", "PROPN":
		return true
	}
	return false
}

// markRuns finds the runs of name-like words (joined by joiners) and gives
// each word of a run the run's features; words outside runs get
// runOutside. A run's boundary words and the words around it say what
// kind of name it is ("Corvel Construction said", "in Port Ambrose").
func markRuns(ws []wordInfo) {
	for i := 0; i < len(ws); {
		if !ws[i].nameLike {
			ws[i].runPos, ws[i].runLen = runOutside, 0
			ws[i].runFirst, ws[i].runLast, ws[i].runBefore, ws[i].runAfter = 0, 0, 0, 0
			ws[i].runFirstHint, ws[i].runLastHint = 0, 0
			i++
			continue
		}
		j := i + 1
		for j < len(ws) {
			if ws[j].nameLike {
				j++
				continue
			}
			if ws[j].joiner && j+1 < len(ws) && ws[j+1].nameLike {
				j += 2
				continue
			}
			break
		}
		before, after := uint64(1), uint64(2)
		if i > 0 {
			before = ws[i-1].lower
		}
		if j < len(ws) {
			after = ws[j].lower
		}
		n := uint64(min(j-i, 4))
		for k := i; k < j; k++ {
			pos := uint64(runInside)
			switch {
			case j-i == 1:
				pos = runUnit
			case k == i:
				pos = runBegin
			case k == j-1:
				pos = runLast
			}
			ws[k].runPos, ws[k].runLen = pos, n
			ws[k].runFirst, ws[k].runLast = ws[i].lower, ws[j-1].lower
			ws[k].runBefore, ws[k].runAfter = before, after
			ws[k].runFirstHint, ws[k].runLastHint = ws[i].hint, ws[j-1].hint
		}
		i = j
	}
}

// shapeOf returns the hashes of the word's shape, with runs of a
// character class cut at two ("Varga" → "Xxx", "U.S." → "X.X.",
// "2019-20" → "dd-dd"), and of its short shape, with runs cut at one
// ("Xx", "X.X.", "d-d"); and its capitalisation class.
func shapeOf(w string) (shape, short, caps uint64) {
	h, hs := uint64(featurehash.Offset), uint64(featurehash.Offset)
	var prev rune
	run := 0
	upper, lower, first := 0, 0, true
	firstUpper := false
	for _, r := range w {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			upper++
			if first {
				firstUpper = true
			}
			first = false
		case unicode.IsLower(r):
			c = 'x'
			lower++
			first = false
		case unicode.IsDigit(r):
			c = 'd'
		case unicode.IsLetter(r):
			c = 'l'
			lower++ // caseless scripts count as lower case: no capital cue
			first = false
		default:
			c = r
		}
		if c == prev {
			run++
		} else {
			run = 0
			hs ^= uint64(c)
			hs *= featurehash.Prime
		}
		prev = c
		if run >= 2 {
			continue
		}
		h ^= uint64(c)
		h *= featurehash.Prime
	}
	switch {
	case upper == 0 && lower == 0:
		caps = capsNone
	case upper == 0:
		caps = capsLower
	case lower == 0 && upper == 1 && utf8.RuneCountInString(w) == 1:
		caps = capsSingle
	case lower == 0:
		caps = capsAll
	case firstUpper && upper == 1:
		caps = capsInitial
	default:
		caps = capsMixed
	}
	return h, hs, caps
}

// Sentence case modes: whether capitals mean anything in this sentence.
const (
	modeNormal    = iota + 1
	modeNoCaps    // no capital letters anywhere ("where can i get morcillas in tampa bay")
	modeFirstOnly // only the first word capitalised: no names, or names written in lower case
	modeUpper     // mostly capitals: a shouted line or a headline in capitals
	modeTitle     // most words capitalised: a title
)

// caseMode classifies the sentence (words described from pad on).
func caseMode(ws []wordInfo) uint64 {
	alpha, upper, allCaps := 0, 0, 0
	for i := range ws {
		if i == 0 || !ws[i].alpha || ws[i].single {
			continue // the first word and "I" carry no information
		}
		alpha++
		if ws[i].upper {
			upper++
		}
		if ws[i].caps == capsAll {
			allCaps++
		}
	}
	switch {
	case alpha >= 3 && allCaps*5 >= alpha*4:
		return modeUpper
	case alpha >= 4 && upper*4 >= alpha*3:
		return modeTitle
	case upper == 0 && len(ws) > 0 && !ws[0].upper:
		return modeNoCaps
	case upper == 0:
		return modeFirstOnly
	}
	return modeNormal
}
